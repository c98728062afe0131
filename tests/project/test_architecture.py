"""The core stays pure. bot.core may use the standard library's computing modules and a
few named pure libraries, nothing else: no adapter library, no heavy dependency pulled
in by accident, and no file, socket, process or database access of its own (files such
as config/entities.toml are read by bot.config and handed in).

Both lists below are allow-lists: a new import in bot/core fails here until someone
decides it belongs to the core and names it.

Also held here: the web's page modules load no server or database, the command line
keeps one module per command (bot/cli/commands/NAME.py), none importing another,
story attachment (bot/story_attachment.py) imports nothing of polling, and the rule
engine's modules (match_keys, nodes, compiler, engine) import downwards only, and so do the
pledge reader's modules, in their reading order (extract.py's docstring gives it), and so
do the settings' modules (bot/config/: its __init__.py and the modules beside it, in the order its
docstring gives). The chat commands' groups (bot/core/chat/*_commands.py) import neither
each other nor the table that runs them (commands.py), and the table's module gives only
the table: every other name is imported from its own module. And no module of bot/ imports
another's private (underscored) name: what two modules share has a public name.
The adapters (bot/adapters/) import the core, each other, the settings and the errors,
never the layer that builds and runs them (bot.app, bot.pipeline, bot.cli, ...).
"""

from __future__ import annotations

import ast
import json
import pkgutil
import subprocess
import sys
from pathlib import Path

import bot.core

CORE = Path(bot.core.__file__).parent

# Third-party distributions the core may load (directly or through each other), and why.
ALLOWED_LIBRARIES = {
    "re2": "google-re2: rule regexes in linear time (a pattern cannot hang a poll)",
    "simplemma": "word lemmas for rule matching; reads only its own packaged dictionaries",
    "text_to_num": "text2num: the value of number words in EN/FR/DE (pure computation, no data files)",
}

# Standard-library modules the core's own source may import: computation on values.
# Not listed on purpose: os, io, pathlib, shutil, tempfile, glob, importlib (resources),
# sqlite3, socket, ssl, http, urllib.request, subprocess, asyncio. threading is allowed for its
# locks only (bot/core/text/lazy_pattern.py numbers the literals of patterns compiled at first use,
# possibly in the poller's analysis thread): the core starts no thread (a test below says so).
ALLOWED_STDLIB = {
    "__future__", "abc", "array", "base64", "binascii", "bisect", "calendar", "codecs", "collections",
    "contextlib", "copy", "dataclasses", "datetime", "decimal", "difflib", "enum", "fractions", "functools",
    "hashlib", "heapq", "hmac", "html", "inspect", "ipaddress", "itertools", "json", "logging", "math",
    "numbers", "operator", "random", "re", "reprlib", "statistics", "string", "struct", "textwrap", "threading", "time",
    "tomllib", "types", "typing", "unicodedata", "urllib.parse", "warnings", "weakref", "zlib",
}

# Modules of this project the core may import: itself and the exception tree.
ALLOWED_PROJECT = ("bot.core", "bot.errors")


def _core_modules() -> list[str]:
    return [m.name for m in pkgutil.walk_packages(bot.core.__path__, prefix="bot.core.")]


def _imports(path: Path) -> list[tuple[int, str]]:
    """(line, module) of every absolute import in a source file."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.append((node.lineno, node.module))
    return found


def _allowed_import(module: str) -> bool:
    top = module.split(".")[0]
    if top == "bot":
        return module.startswith(ALLOWED_PROJECT)
    if top in ALLOWED_LIBRARIES:
        return True
    # A listed name allows itself and its submodules ("html" covers html.parser);
    # "urllib.parse" allows only that, not urllib.request.
    return any(module == name or module.startswith(name + ".") for name in ALLOWED_STDLIB)


def core_import_violations(root: Path = CORE) -> list[str]:
    """Imports in the core's source that are not on the allow-lists."""
    return [
        f"{path.relative_to(root.parent.parent)}:{line}: import {module}"
        for path in sorted(root.rglob("*.py"))
        for line, module in _imports(path)
        if not _allowed_import(module)
    ]


def file_access_calls(root: Path = CORE) -> list[str]:
    """Calls of the builtin open() or of pathlib's read/write helpers in the core's source."""
    io_methods = {"read_text", "read_bytes", "write_text", "write_bytes", "open", "iterdir", "glob"}
    found = []
    for path in sorted(root.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            if (isinstance(func, ast.Name) and func.id == "open") or (
                isinstance(func, ast.Attribute) and func.attr in io_methods
            ):
                found.append(f"{path.name}:{node.lineno}")
    return found


def thread_starts(root: Path = CORE) -> list[str]:
    """Uses of threading other than its locks in the core's source (threads, timers, ...)."""
    locks = {"Lock", "RLock"}
    found = []
    for path in sorted(root.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == "threading" \
                    and node.attr not in locks:
                found.append(f"{path.name}:{node.lineno}: threading.{node.attr}")
            if isinstance(node, ast.ImportFrom) and node.module == "threading":
                found += [f"{path.name}:{node.lineno}: from threading import {alias.name}"
                          for alias in node.names if alias.name not in locks]
    return found


def loaded_by_importing(modules: list[str]) -> set[str]:
    """Top-level names of the modules a fresh interpreter loads to import `modules`
    (what the interpreter loads at start-up, site hooks included, is not counted)."""
    code = (
        "import importlib, json, sys\n"
        "before = set(sys.modules)\n"
        f"for name in {modules!r}: importlib.import_module(name)\n"
        "print(json.dumps(sorted(set(sys.modules) - before)))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return set(json.loads(done.stdout))


def test_core_loads_only_the_standard_library_and_named_pure_libraries():
    modules = _core_modules()
    assert len(modules) >= 8
    loaded = loaded_by_importing(modules)
    outside = sorted(
        name for name in {m.split(".")[0] for m in loaded}
        if name not in sys.stdlib_module_names and name not in ALLOWED_LIBRARIES and name != "bot"
    )
    assert outside == [], f"importing bot.core loads libraries that are not on the allow-list: {outside}"
    project = sorted(m for m in loaded if m.startswith("bot.") and not m.startswith(ALLOWED_PROJECT))
    assert project == [], f"bot.core imports outside the core: {project}"


def test_core_source_imports_only_allowed_modules():
    assert core_import_violations() == []


def test_core_source_opens_no_files():
    assert file_access_calls() == []


def test_core_source_starts_no_thread():
    assert thread_starts() == []


# -- the checks themselves fail when they should ----------------------------------------------


def test_a_heavy_or_io_import_in_the_core_is_caught(tmp_path):
    fake_core = tmp_path / "bot" / "core"
    fake_core.mkdir(parents=True)
    (fake_core / "plot.py").write_text(
        "import matplotlib.pyplot as plt\nimport os\nfrom importlib import resources\nimport urllib.request\n"
        "import urllib.parse\nfrom bot.config import load_entities\nfrom bot.core.text import fold\n"
        "import re2\n",
        encoding="utf-8",
    )
    flagged = [line.split(": import ")[1] for line in core_import_violations(fake_core)]
    assert flagged == ["matplotlib.pyplot", "os", "importlib", "urllib.request", "bot.config"]


def test_a_file_read_in_the_core_is_caught(tmp_path):
    (tmp_path / "reader.py").write_text(
        "def load(path):\n    return open(path).read() + path.read_text()\n\ndef fine(text):\n    return text.upper()\n",
        encoding="utf-8",
    )
    assert file_access_calls(tmp_path) == ["reader.py:2", "reader.py:2"]


def test_a_thread_started_in_the_core_is_caught(tmp_path):
    (tmp_path / "worker.py").write_text(
        "import threading\nfrom threading import Thread, Lock\n_guard = threading.Lock()\n"
        "def go(job):\n    threading.Thread(target=job).start()\n",
        encoding="utf-8",
    )
    assert thread_starts(tmp_path) == ["worker.py:2: from threading import Thread", "worker.py:5: threading.Thread"]


def test_a_library_loaded_by_the_core_is_caught():
    """matplotlib is installed (the chart adapter uses it): importing it next to the
    core shows up as a library that is not on the allow-list."""
    loaded = {m.split(".")[0] for m in loaded_by_importing(["bot.core.text", "matplotlib.pyplot"])}
    assert "matplotlib" in loaded and "matplotlib" not in ALLOWED_LIBRARIES


def test_the_web_pages_render_without_a_server_or_a_database():
    """bot/web's page modules are pure functions of rows (tested without a socket): only
    server.py speaks HTTP and only data.py reads the store."""
    pure = ["bot.web.params", "bot.web.texts", "bot.web.chart", "bot.web.pages", "bot.web.downloads", "bot.web.style",
            "bot.web.pledge_page", "bot.web.story_page", "bot.web.deliveries"]
    loaded = {m.split(".")[0] for m in loaded_by_importing(pure)}
    assert loaded & {"aiohttp", "sqlite3", "sqlite_utils", "matplotlib", "asyncio"} == set()


# -- the command line: `pledgewatch NAME` is bot/cli/commands/NAME.py ------------------------

CLI_COMMANDS = CORE.parent / "cli" / "commands"


def command_cross_imports(root: Path = CLI_COMMANDS) -> list[str]:
    """Imports of one command module by another, or of the dispatcher or the package
    entry (bot.cli) by a command: what commands share belongs in bot.cli.output or
    below bot.cli, so that each command reads alone."""
    found = []
    for path in sorted(root.glob("*.py")):
        for line, module in _imports(path):
            if module == "bot.cli" or module.startswith(("bot.cli.commands", "bot.cli.dispatch")):
                found.append(f"{path.name}:{line}: import {module}")
    return found


def test_command_modules_do_not_import_each_other():
    assert command_cross_imports() == []


def test_each_command_of_the_parser_has_its_module():
    from bot.cli.parser import build_parser

    commands = next(a for a in build_parser()._actions if a.dest == "command").choices

    def handled_in_its_module(name: str) -> bool:
        module = CLI_COMMANDS / f"{name}.py"
        return module.exists() and f"def cmd_{name}(" in module.read_text(encoding="utf-8")

    # The demo is bot/demo.py, started by bot.cli.dispatch.
    missing = [name for name in commands if name != "demo" and not handled_in_its_module(name)]
    assert len(commands) >= 12 and missing == []


def test_a_command_importing_another_is_caught(tmp_path):
    (tmp_path / "poll.py").write_text(
        "from bot.cli.commands.feeds import cmd_feeds\nimport bot.cli.dispatch\nfrom bot.cli import main\n"
        "from bot.cli.output import report_error\nfrom bot.config import parse_listen\n",
        encoding="utf-8",
    )
    assert [entry.split(": import ")[1] for entry in command_cross_imports(tmp_path)] == [
        "bot.cli.commands.feeds", "bot.cli.dispatch", "bot.cli"]


# -- the poll: bot/pipeline.py fetches and stores, bot/story_attachment.py joins stories -------

STORY_ATTACHMENT = CORE.parent / "story_attachment.py"


def fetching_imports(path: Path = STORY_ATTACHMENT) -> list[str]:
    """Imports that would make story attachment know about polling: the poller itself (an
    import cycle, as the poller imports it), feed fetching or parsing, or the event loop.
    Attachment gets an entry already stored and the poll's open transaction, nothing more."""
    polling = ("bot.pipeline", "bot.adapters.feed_", "asyncio", "bot.app", "bot.run_loop")
    return [f"{path.name}:{line}: import {module}" for line, module in _imports(path) if module.startswith(polling)]


def test_story_attachment_knows_nothing_of_polling():
    assert STORY_ATTACHMENT.exists() and fetching_imports() == []


def test_story_attachment_importing_the_poller_is_caught(tmp_path):
    module = tmp_path / "story_attachment.py"
    module.write_text("import asyncio\nfrom bot.pipeline import PollLimits\nfrom bot.adapters.feed_items import ItemChunks\n"
                      "from bot.core.stories.merges import plan_merge\n", encoding="utf-8")
    assert [entry.split(": import ")[1] for entry in fetching_imports(module)] == [
        "asyncio", "bot.pipeline", "bot.adapters.feed_items"]


# -- the rule engine's layers: match keys and nodes below the compiler, the compiler below the rule set --

RULES = CORE / "rules"
# Each module may import only the layers listed for it among these four (besides anything else).
RULE_LAYERS = {
    "match_keys": set(),
    "nodes": set(),
    "compiler": {"match_keys", "nodes"},
    "engine": {"match_keys", "nodes", "compiler"},
}


def rule_layer_violations(root: Path = RULES) -> list[str]:
    """Imports of a higher layer of the rule engine by a lower one (which would also be a cycle)."""
    found = []
    for name, allowed in RULE_LAYERS.items():
        path = root / f"{name}.py"
        for line, module in _imports(path):
            layer = module.removeprefix("bot.core.rules.")
            if layer in RULE_LAYERS and layer != name and layer not in allowed:
                found.append(f"{name}.py:{line}: import {module}")
    return found


def test_the_rule_engine_layers_import_downwards_only():
    assert all((RULES / f"{name}.py").exists() for name in RULE_LAYERS)
    assert rule_layer_violations() == []


def test_a_rule_layer_importing_upwards_is_caught(tmp_path):
    for name in RULE_LAYERS:
        (tmp_path / f"{name}.py").write_text("", encoding="utf-8")
    (tmp_path / "nodes.py").write_text("from bot.core.rules.compiler import Compiler\nfrom bot.core.text import fold\n",
                                       encoding="utf-8")
    (tmp_path / "compiler.py").write_text("from bot.core.rules.nodes import Node\nimport bot.core.rules.engine\n",
                                          encoding="utf-8")
    assert rule_layer_violations(tmp_path) == [
        "nodes.py:1: import bot.core.rules.compiler", "compiler.py:2: import bot.core.rules.engine"]


# -- the pledge reader's modules, in reading order: each imports only those after it --

PLEDGES = CORE / "pledges"
# From the article down to what every reading shares; the modules of bot.core.pledges not
# listed (item_words, items, numbers, records ...) are below all of these.
PLEDGE_READING_ORDER = (
    "extract", "article_passes", "sentence_reading", "sentence_cues", "given_items", "money_items",
    "item_records", "destinations", "item_givers", "gapping", "nearest_cue", "sentence",
    "status_cues", "attributive_cues", "denials", "receiving", "cue_qualifiers", "tense_readings", "status_matches", "cue_patterns",
    # who gives: whom a request asks, the giver of an item, leave to give, which donor words
    # may give (and what each kind of non-giver is), the EU named without its name, groups
    "asked_givers", "givers", "leave", "non_givers", "donor_places", "makers", "schemes", "speakers", "eu_mentions",
    "donor_groups", "datelines",
)


def pledge_module_path(root: Path, name: str) -> Path:
    """The file of pledge module `name`, in whichever folder below `root` it stands."""
    found = sorted(root.rglob(f"{name}.py"))
    return found[0] if found else root / f"{name}.py"


def pledge_order_violations(root: Path = PLEDGES) -> list[str]:
    """Imports of a module earlier in the reading order by a later one (a cycle in the making)."""
    found = []
    for rank, name in enumerate(PLEDGE_READING_ORDER):
        for line, module in _imports(pledge_module_path(root, name)):
            # bot.core.pledges.status.cue_patterns is the module cue_patterns of the order
            other = module.rpartition(".")[2] if module.startswith("bot.core.pledges.") else module
            if other in PLEDGE_READING_ORDER[:rank]:
                found.append(f"{name}.py:{line}: import {module}")
    return found


def test_the_pledge_reader_imports_downwards_only():
    assert all(pledge_module_path(PLEDGES, name).exists() for name in PLEDGE_READING_ORDER)
    assert pledge_order_violations() == []


def test_a_pledge_module_importing_upwards_is_caught(tmp_path):
    for name in PLEDGE_READING_ORDER:
        (tmp_path / f"{name}.py").write_text("", encoding="utf-8")
    (tmp_path / "sentence.py").write_text("from bot.core.pledges.passes.records import Cue\n"
                                          "from bot.core.pledges.extract import extract_pledges\n", encoding="utf-8")
    (tmp_path / "gapping.py").write_text("from bot.core.pledges.status.nearest_cue import nearest_cue\n"
                                         "import bot.core.pledges.passes.item_records\n", encoding="utf-8")
    assert pledge_order_violations(tmp_path) == [
        "gapping.py:2: import bot.core.pledges.passes.item_records", "sentence.py:2: import bot.core.pledges.extract"]


# -- the settings: bot/config/__init__.py over one module per job, each importing only those below it --

CONFIG = CORE.parent / "config"
# From the entry (bot/config/__init__.py: load_settings, settings_from_dict) down to the
# settings' dataclasses.
CONFIG_ORDER = ("__init__", "sections", "feeds", "environment", "shipped", "toml_files", "values", "model")


def _config_module(module: str) -> str:
    """The CONFIG_ORDER name an import of bot.config or one of its modules names ("" for others)."""
    if module == "bot.config":
        return "__init__"
    return module.removeprefix("bot.config.") if module.startswith("bot.config.") else ""


def config_order_violations(root: Path = CONFIG) -> list[str]:
    """Imports of a settings module earlier in CONFIG_ORDER by a later one (a cycle in the making)."""
    found = []
    for rank, name in enumerate(CONFIG_ORDER):
        for line, module in _imports(root / f"{name}.py"):
            if _config_module(module) in CONFIG_ORDER[:rank]:
                found.append(f"{name}.py:{line}: import {module}")
    return found


def test_the_settings_modules_import_downwards_only():
    assert all((CONFIG / f"{name}.py").exists() for name in CONFIG_ORDER)
    assert config_order_violations() == []


def test_a_settings_module_importing_upwards_is_caught(tmp_path):
    for name in CONFIG_ORDER:
        (tmp_path / f"{name}.py").write_text("", encoding="utf-8")
    (tmp_path / "values.py").write_text("from bot.config.model import Settings\n"
                                        "from bot.config import load_settings\n", encoding="utf-8")
    (tmp_path / "feeds.py").write_text("import bot.config.sections\nfrom bot.config.toml_files import read_toml\n",
                                       encoding="utf-8")
    assert config_order_violations(tmp_path) == [
        "feeds.py:1: import bot.config.sections", "values.py:2: import bot.config"]


# -- the chat commands: one module per group, none importing another or the table ------------

CHAT = CORE / "chat"
COMMAND_GROUPS = ("subscription_commands", "query_commands", "rule_commands", "feed_commands", "status_commands")
# What the groups build on: they may import these, which import no group and not the table.
COMMAND_BASES = ("command_group", "command_list", "services", "replies")


def command_group_cross_imports(root: Path = CHAT) -> list[str]:
    """Imports of one command group by another or by a module the groups build on, or of
    the table (commands.py) by any of them: each group reads alone, and what groups share
    belongs in command_group.py or below."""
    found = []
    for name in COMMAND_GROUPS + COMMAND_BASES:
        for line, module in _imports(root / f"{name}.py"):
            other = module.removeprefix("bot.core.chat.")
            if other == "commands" or (other in COMMAND_GROUPS and other != name):
                found.append(f"{name}.py:{line}: import {module}")
    return found


def test_command_groups_do_not_import_each_other_or_the_table():
    assert all((CHAT / f"{name}.py").exists() for name in COMMAND_GROUPS + COMMAND_BASES)
    assert command_group_cross_imports() == []


def test_every_chat_command_is_answered_by_one_group():
    """Each command of COMMANDS is a method of exactly one group, or (/start, /help) of the
    table itself: a newcomer finds a command's code in the module its group names."""
    from bot.core.chat.command_list import COMMANDS
    from bot.core.chat.commands import CommandTable

    groups = [group for group in CommandTable.__bases__ if group.__module__.startswith("bot.core.chat.")]
    assert sorted(g.__module__.removeprefix("bot.core.chat.") for g in groups) == sorted(COMMAND_GROUPS)
    owners = {c.name: [g.__name__ for g in (CommandTable, *groups) if f"_cmd_{c.name}" in vars(g)] for c in COMMANDS}
    assert {name: found for name, found in owners.items() if len(found) != 1} == {}
    assert [name for name, found in owners.items() if found == ["CommandTable"]] == ["start", "help"]


def test_a_command_group_importing_another_is_caught(tmp_path):
    for name in COMMAND_GROUPS + COMMAND_BASES:
        (tmp_path / f"{name}.py").write_text("", encoding="utf-8")
    (tmp_path / "feed_commands.py").write_text("from bot.core.chat.rule_commands import audit_actor\n"
                                               "from bot.core.chat.command_group import CommandGroup\n", encoding="utf-8")
    (tmp_path / "services.py").write_text("import bot.core.chat.commands\n", encoding="utf-8")
    assert command_group_cross_imports(tmp_path) == [
        "feed_commands.py:1: import bot.core.chat.rule_commands", "services.py:1: import bot.core.chat.commands"]


def names_taken_from_the_table(roots: tuple[Path, ...]) -> list[str]:
    """Names other than CommandTable imported from the table's module (commands.py): each
    name is imported from the module it lives in (command_list.py, services.py,
    replies.py...), so a reader finds it where the import says. The table had re-exported
    twenty of them."""
    found = []
    for root in roots:
        for path in sorted(root.rglob("*.py")):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
                if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module == "bot.core.chat.commands":
                    found += [f"{path.relative_to(root.parent)}:{node.lineno}: {alias.name}"
                              for alias in node.names if alias.name != "CommandTable"]
    return found


def test_only_the_command_table_is_imported_from_its_module():
    repo = CORE.parent.parent
    assert names_taken_from_the_table((repo / "bot", repo / "tests", repo / "bench")) == []


def test_a_name_taken_from_the_table_s_module_is_caught(tmp_path):
    (tmp_path / "bot").mkdir()
    (tmp_path / "bot" / "chat.py").write_text(
        "from bot.core.chat.commands import CommandTable, Reply\nfrom bot.core.chat.replies import MAX_REPLY\n",
        encoding="utf-8")
    assert names_taken_from_the_table((tmp_path / "bot",)) == ["bot/chat.py:1: Reply"]


# -- private names: a name written with a leading underscore is used by its own module only --

BOT = CORE.parent


def private_name_imports(root: Path = BOT) -> list[str]:
    """`from bot.x import _name` anywhere in bot/: a helper another module needs is public
    (bot.core.iso_times' utc_iso, not store/base.py's _iso imported by five store files),
    so a newcomer reading `_name` knows it is used in that file alone."""
    found = []
    for path in sorted(root.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
            if isinstance(node, ast.ImportFrom) and node.level == 0 and (node.module or "").startswith("bot"):
                found += [f"{path.relative_to(root.parent)}:{node.lineno}: {node.module}.{alias.name}"
                          for alias in node.names if alias.name.startswith("_") and not alias.name.startswith("__")]
    return found


def test_no_module_of_the_bot_imports_another_modules_private_name():
    assert private_name_imports() == []


def test_a_private_name_imported_from_another_module_is_caught(tmp_path):
    package = tmp_path / "bot"
    package.mkdir()
    (package / "listing.py").write_text("from bot.adapters.store.base import StoreBase, _iso\n"
                                        "from bot.core.iso_times import utc_iso\nfrom __future__ import annotations\n",
                                        encoding="utf-8")
    assert private_name_imports(package) == ["bot/listing.py:1: bot.adapters.store.base._iso"]


# -- the adapters: translations to the outside world, below what wires them together --

ADAPTERS = BOT / "adapters"
# What an adapter may import of the project: the core it translates for, other adapters,
# the settings, the exception tree, the cache folder and the package's version. Not the
# layer above, which builds and runs adapters (bot.app, bot.pipeline, bot.delivery, bot.cli,
# bot.web, the services such as bot.rule_admin): an adapter importing it would be a cycle.
ADAPTER_MAY_IMPORT = ("bot.core", "bot.adapters", "bot.config", "bot.errors", "bot.cache_directory")


def adapter_upward_imports(root: Path = ADAPTERS) -> list[str]:
    found = []
    for path in sorted(root.rglob("*.py")):
        for line, module in _imports(path):
            if module.split(".")[0] == "bot" and module != "bot" and not module.startswith(ADAPTER_MAY_IMPORT):
                found.append(f"{path.relative_to(root)}:{line}: import {module}")
    return found


def test_adapters_import_nothing_of_the_layer_that_runs_them():
    assert ADAPTERS.is_dir() and adapter_upward_imports() == []


def test_an_adapter_importing_the_app_is_caught(tmp_path):
    (tmp_path / "store").mkdir()
    (tmp_path / "store" / "feeds.py").write_text("from bot.rule_admin import RuleAdmin\n", encoding="utf-8")
    (tmp_path / "console_chat.py").write_text(
        "import bot\nfrom bot.core.models import Alert\nfrom bot.config import Settings\n\n"
        "def later():\n    from bot.app import App\n    import bot.pipeline\n", encoding="utf-8")
    assert adapter_upward_imports(tmp_path) == [
        "console_chat.py:6: import bot.app", "console_chat.py:7: import bot.pipeline",
        "store/feeds.py:1: import bot.rule_admin"]


def roles_nobody_plays(ports: Path, package: Path) -> list[str]:
    """The classes of the ports module that no other module of `package` names: a role
    written down for the core but asked of no adapter (AlertEditor stood so, while the outbox
    looked for a sender's `edit` by itself)."""
    roles = [node.name for node in ast.parse(ports.read_text(encoding="utf-8")).body if isinstance(node, ast.ClassDef)]
    named = set()
    for path in package.rglob("*.py"):
        if path != ports:
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.Name):
                    named.add(node.id)
                elif isinstance(node, ast.alias):
                    named.add(node.name.rsplit(".", 1)[-1])
    return [role for role in roles if role not in named]


def test_every_port_is_a_role_some_module_asks_for():
    assert roles_nobody_plays(CORE / "ports.py", BOT) == []


def test_a_port_nobody_names_is_caught(tmp_path):
    (tmp_path / "core").mkdir()
    (tmp_path / "core" / "ports.py").write_text("class Clock: ...\nclass Editor: ...\n", encoding="utf-8")
    (tmp_path / "app.py").write_text("from bot.core.ports import Clock\n", encoding="utf-8")
    assert roles_nobody_plays(tmp_path / "core" / "ports.py", tmp_path) == ["Editor"]
