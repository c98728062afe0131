from __future__ import annotations

import json
import logging
import os
import tempfile
from pathlib import Path

import pytest
from hypothesis import settings

from tests.support.fakes import FakeClock
from tests.support.migrated_store import migrated_store
from tests.support.seeded_bytecode import seed_bytecode_prefix
from tests.support.servers import FeedServer
from tests.support.warm_rules_cache import shared_folder

# What several test modules share lives in helper modules named for what they provide,
# never in another test module. Their asserts report like a test's own (rewritten), and
# the fixtures of the first four (the command table's `admin`, `table` and `fuzz_table`,
# Telegram's `stub`, the poll `harness`, the shipped rules `defaults` of the wire rounds)
# reach every test from here, unimported.
HARNESSES = ["tests.support.command_harness", "tests.support.telegram_harness", "tests.support.poll_harness",
             "tests.support.wire_reading"]
pytest.register_assert_rewrite(*HARNESSES, "tests.support.discord_harness", "tests.support.merge_scenes", "tests.support.run_process",
                               "tests.support.seed_feed", "tests.support.story_articles")
pytest_plugins = HARNESSES

# The test command must give the same verdict on every run (CI has one chance per stop),
# so property tests replay a fixed sequence of examples by default. Bugs are hunted with
# HYPOTHESIS_PROFILE=explore, which draws fresh random examples each run.
# No per-example deadline in either: it is a wall-clock assertion (200 ms by default)
# that a loaded machine breaks on a first call paying a lazy set-up (.ci/explore hit it
# twice so); a test that really hangs is failed by its pytest-timeout limit instead.
settings.register_profile("repeatable", derandomize=True, deadline=None)
settings.register_profile("explore", derandomize=False, deadline=None, print_blob=True)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "repeatable"))

# The tests, and the commands they run, use no compiled-rules cache (bot.adapters.lexicon_cache)
# unless given one: nothing is written to the user's cache, and no test with rules of its own
# waits for a table build (seconds per rule set). tests/rules/test_lexicon.py tests the cache
# in directories of its own, and its answers against the lemmatiser's.
os.environ.setdefault("PLEDGEWATCH_CACHE_DIR", "")
# A test that builds its subprocess's environment anew keeps PLEDGEWATCH_CACHE_DIR; should
# one not, its cache goes to a scratch XDG_CACHE_HOME, not to the user's.
_SCRATCH_CACHE = tempfile.TemporaryDirectory(prefix="pledgewatch-test-xdg-")
os.environ["XDG_CACHE_HOME"] = _SCRATCH_CACHE.name
# The tests that start commands on the shipped rules give them a warm cache of their own
# (tests/support/warm_rules_cache.py), copied from one this run builds once: such a command
# paid the rules' word tables at every start (1.9 s of CPU for `analyze` of one item, 0.6 s warm).
_SHARED_RULES_CACHE = shared_folder()

# Where PYTHONDONTWRITEBYTECODE is set (as on the shared development machine, and so in its
# CI), every process the tests start compiled the bot's modules it imports from source (all
# 385 of them are 0.45 s of CPU), and each xdist worker rewrote the asserts of every test
# module (24 s of CPU to collect the suite, 10 s from byte code; 2026-12-07). The processes
# started from here keep their byte code in one scratch folder instead (PYTHONPYCACHEPREFIX),
# deleted with it: nothing is written beside the sources, which is what the variable asks,
# and a module is compiled once per run. Set in the first process (xdist's controller), the
# workers inherit it and share the folder. A prefix the user set is used instead: one that
# lasts (say ~/.cache/pledgewatch-test/bytecode) spares the next runs' collection too.
if os.environ.get("PYTHONDONTWRITEBYTECODE"):
    if not os.environ.get("PYTHONPYCACHEPREFIX"):
        _SCRATCH_BYTECODE = tempfile.TemporaryDirectory(prefix="pledgewatch-test-bytecode-")
        os.environ["PYTHONPYCACHEPREFIX"] = _SCRATCH_BYTECODE.name
        # Under a prefix Python no longer reads the byte code compiled beside the standard
        # library and the installed packages: linked in, they are not compiled again
        # (tests/support/seeded_bytecode.py; each worker's collection 22.5 -> 17-18 s of CPU).
        seed_bytecode_prefix(Path(_SCRATCH_BYTECODE.name))
    del os.environ["PYTHONDONTWRITEBYTECODE"]

# A test that measures something worth reading on every run (the feed corpus) records it
# as a property under this name; the summary at the end prints it. A print would be lost:
# the tests run in pytest-xdist workers, whose output the terminal never shows.
FIGURES = "figures"
_figures: list[str] = []


def pytest_runtest_logreport(report):
    if report.when == "call":
        _figures.extend(str(value) for name, value in report.user_properties if name == FIGURES)


def pytest_terminal_summary(terminalreporter):
    if _figures:
        terminalreporter.section("figures measured by the tests")
        for line in _figures:
            terminalreporter.write_line(line)


# Under pytest-xdist a run lasts as long as its busiest worker, and a worker keeps the tests
# it was sent. In file order the longest tests (browser sessions in tests/web, the last folder;
# the crash test's restarts) came last, and one worker ran them while the other sat idle. Here
# the tests that declare a longer time limit than the default (the few that run whole
# processes, browsers or corpora) go first, longest limit first, so that the last tests
# handed out are short ones; every other test keeps its file order (a stable sort), and so
# do all tests in one process (`-n 0`), where the order costs nothing.
def pytest_collection_modifyitems(config, items):
    if not hasattr(config, "workerinput"):
        return
    try:
        default = float(config.getini("timeout") or 0)
    except ValueError:  # pytest-timeout not loaded: nothing declares a limit
        return

    def declared_limit(item) -> float:
        marker = item.get_closest_marker("timeout")
        if marker is None:
            return default
        limit = marker.args[0] if marker.args else marker.kwargs.get("timeout", default)
        return float(limit or 0)

    items.sort(key=lambda item: -max(declared_limit(item), default))


DATA = Path(__file__).parent / "data"
SEEDS = DATA / "seeds"

# The database the `env` fixture's commands use, inside the test's own folder.
CLI_DB = "cli.db"


@pytest.fixture
def env(tmp_path, monkeypatch):
    """Commands run against a throw-away database (`env / CLI_DB`) with the shipped
    settings, from the test's own folder (which the fixture returns)."""
    monkeypatch.setenv("PLEDGEWATCH_DB", str(tmp_path / CLI_DB))
    monkeypatch.delenv("PLEDGEWATCH_CONFIG", raising=False)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def texts_to_try_rules_on() -> list[str]:
    """The project's own evaluation items, the seeds and, when it sits beside the
    repository, the real-article set (read at run time, never copied)."""
    from tests.support.real_eval import ARTICLES

    found = [
        json.loads(line)["title"] + "\n\n" + json.loads(line)["text"]
        for line in (DATA / "eval_items.jsonl").read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    found += [path.read_text(encoding="utf-8") for path in sorted(SEEDS.glob("*.txt"))]
    if ARTICLES.is_file():
        for line in ARTICLES.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            found.append(f"{row.get('title') or ''}\n\n{row['summary']}")
    return found


def seed_texts() -> list[str]:
    """The two seed articles (the user's own documents), without the stray date prefix."""
    texts = []
    for path in sorted(SEEDS.glob("*.txt")):
        text = path.read_text(encoding="utf-8").strip()
        if text.startswith("date "):
            text = text.split(" ", 2)[2]
        texts.append(text)
    return texts


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def store(tmp_path: Path):
    s = migrated_store(tmp_path / "test.db")
    yield s
    s.close()


@pytest.fixture
def feed_server():
    with FeedServer() as server:
        yield server


def first_run_database(path: Path | None = None, config: Path | None = None) -> Path:
    """The database a first `pledgewatch run` would leave (migrated, with the feeds and
    the seed rules of the settings file `config`, else the usual one), at `path` or where
    the settings put it, made without polling: `feeds list` and `rules list` made it
    before, and create none any more."""
    import dataclasses

    from bot.app import App
    from bot.config import load_settings

    settings = load_settings(config)
    if path is not None:
        settings = dataclasses.replace(settings, database=path)
    app = App(settings)
    try:
        app.prepare()
    finally:
        app.close()
    return Path(settings.database)


def _handlers_of(name: str | None) -> list:
    """The handlers of a logger but pytest's own (which it adds and removes around each phase)."""
    return [h for h in logging.getLogger(name).handlers if not type(h).__module__.startswith("_pytest")]


@pytest.fixture(autouse=True)
def _no_log_handler_left_behind():
    """A test must leave the root and "bot" loggers' handlers as it found them. A CLI main()
    run in-process left its handler on the root logger, bound to the test's captured standard
    error: a later test's worker thread logged into that closed stream and printed "--- Logging
    error ---" (a CI run, tests/run/test_poll_analysis_in_worker.py). Put back, then failed."""
    before = {name: _handlers_of(name) for name in (None, "bot")}
    yield
    left = {name: handlers for name in before if (handlers := _handlers_of(name)) != before[name]}
    for name in left:
        ours = [h for h in logging.getLogger(name).handlers if type(h).__module__.startswith("_pytest")]
        logging.getLogger(name).handlers[:] = before[name] + ours
    if left:
        pytest.fail(f"the test changed the handlers of the loggers {sorted(map(str, left))}: {left}", pytrace=False)
