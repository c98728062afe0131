"""`pledgewatch rules ...`: list, test, add, edit, remove, undo, import, export and diff
the keyword rules (the edits themselves are bot.rule_admin, shared with chat)."""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from bot.cli.parser import STORED_TRIAL_TOPIC, STORED_TRIAL_WEIGHT
from bot.cli.whole_files import write_whole
from bot.config.regular_files import NotAnOrdinaryFile, read_ordinary_file
from bot.errors import CommandError, ConfigError, RuleError, naming_the_rules_file

if TYPE_CHECKING:  # the app pulls in the rule engine: imported only when the command runs
    from bot.app import App


# `rules test URL` of an address not stored: the console's ways, not the chat's commands.
CLI_ARTICLE_NOT_SEEN = (
    "No article at this address was seen. The bot reads only the feeds it watches (pledgewatch feeds list), "
    "and deletes the articles no rule matched after a while (retention_days). To see what the rules make of "
    "an article, give its title and first paragraph: pledgewatch rules test 'TEXT'")

# `rules import`: the shipped rules file is about 30 KB.
MAX_RULES_FILE_BYTES = 4 * 1024 * 1024


def cmd_rules(app: App, args: argparse.Namespace, stdin: TextIO, out: TextIO) -> int:
    admin, actor = app.rules, "cli"
    if args.action == "list":
        from bot.core.text import one_line

        for rule in admin.rules():
            out.write(f"{rule.id:>4}  {rule.topic:<16} {rule.weight:>5g}  {one_line(rule.expression)}\n")
        out.write(f"threshold {admin.threshold():g}\n")
        return 0
    if args.action == "test":
        from bot.core.chat.rule_commands import is_article_address, pasted_address

        if args.stored:
            topic = STORED_TRIAL_TOPIC if args.topic is None else args.topic
            weight = STORED_TRIAL_WEIGHT if args.weight is None else args.weight
            out.write(admin.test_on_stored(args.text, topic=topic, weight=weight) + "\n")
        elif is_article_address(args.text):
            # What became of the article at that address, as /rule_test says it (its words were
            # tested, "no rule fired"). Without a database the command stops before this.
            from bot.core.chat.services import ChatContext

            table = app.command_table()
            if table.services.article(pasted_address(args.text)) is None:
                out.write(CLI_ARTICLE_NOT_SEEN + "\n")  # the chat's words name chat commands
                return 0
            operator = ChatContext("console", "cli", actor, is_admin=True, can_manage_chat=True)
            out.write(table.handle(operator, "rule_test", args.text).text + "\n")
        else:
            out.write(admin.test(args.text) + "\n")
        return 0
    if args.action == "export":
        text = admin.export_toml()
        if args.file:
            write_whole(args.file, text.encode("utf-8"))
        else:
            out.write(text)
        return 0
    if args.action == "import":
        with _naming_the_rules_file(args.file):
            count = admin.import_toml(_read_rules_file(args.file), actor=actor)
        out.write(f"imported {count} rules\n")
        return 0
    if args.action == "diff":
        return _rules_diff(app, args.file, out)
    if args.action == "add":
        change = admin.add(args.topic, args.expression, args.weight, actor=actor, force=args.force,
                           new_topic=args.new_topic)
    elif args.action == "edit":
        change = admin.edit(args.id, args.expression, actor=actor, weight=args.weight, force=args.force)
    elif args.action == "remove":
        change = admin.remove(args.id, actor=actor)
    else:
        change = admin.undo(actor=actor)
    out.write(change.message + "\n")
    for warning in change.warnings:
        out.write(f"warning: {warning}\n")
    return 0


@contextmanager
def _naming_the_rules_file(path: Path) -> Iterator[None]:
    """A rules file that fails to load or validate, named in its error: "rules: invalid
    TOML: ... (at line 1, column 5)" and "rule #1: unknown key(s) name" left the user to
    guess which file the line and the rule number were in."""
    try:
        yield
    except (RuleError, ConfigError) as exc:
        raise naming_the_rules_file(exc, str(path)) from None


def _read_rules_file(path: Path) -> str:
    try:
        # Bounded, and only an ordinary file: `rules import /dev/zero` read without end, and a
        # named pipe nobody writes to was waited on for ever.
        data = read_ordinary_file(path, MAX_RULES_FILE_BYTES)
        if len(data) > MAX_RULES_FILE_BYTES:
            raise CommandError(f"{path}: larger than {MAX_RULES_FILE_BYTES} bytes; not a rules file")
        return data.decode("utf-8-sig")  # a byte order mark (Windows editors) skipped
    except NotAnOrdinaryFile as exc:
        raise CommandError(f"{path}: is {exc.kind}, not a rules file; name an ordinary file") from None
    except OSError as exc:  # "No such file or directory", not "[Errno 2] No such file ...: 'x.toml'"
        raise CommandError(f"{path}: cannot read: {exc.strerror or exc}") from None
    except UnicodeDecodeError as exc:
        raise CommandError(f"{path}: cannot read: not UTF-8 text ({exc.reason} at byte {exc.start}); "
                           "save it as UTF-8") from None


def check_rules_to_import(path: Path) -> None:
    """`rules import FILE` read and validated as the import will, without a database: run
    before the command makes one, so a mistyped or broken file creates no database (it
    made one, seeded it, then refused the file). The check is remembered: the import
    itself does not validate the same text again (bot.rule_admin.checked_rules_toml)."""
    from bot.adapters.lexicon_cache import DiskLexicon
    from bot.config import load_entities
    from bot.rule_admin import checked_rules_toml

    with _naming_the_rules_file(path):
        checked_rules_toml(_read_rules_file(path), load_entities(), DiskLexicon.from_environment())


def _rules_diff(app: App, file: Path | None, out: TextIO) -> int:
    """`rules diff`: the database's rules against a rules file; exit 1 when they differ."""
    from bot.config import seed_rules_file
    from bot.core.rules.diff import diff_rules, render_diff
    from bot.core.rules.files import load_rules_toml

    path = file or seed_rules_file(app.settings)
    with _naming_the_rules_file(path):
        incoming, threshold = load_rules_toml(_read_rules_file(path))
    stored = app.rules.rules()
    diff = diff_rules(stored, app.rules.threshold(), incoming, threshold)
    enabled = sum(rule.enabled for rule in incoming)
    # Without a database file the rules compared are those a new one would start from (a
    # preview built in memory, see bot.cli.dispatch): "the database's" said otherwise.
    whose = "a new database's" if str(app.settings.database) == ":memory:" else "the database's"
    out.write(f"{whose} {len(stored)} rules (threshold {app.rules.threshold():g}) against the {enabled} of "
              f"{path} (threshold {threshold:g}): ")
    if diff.is_empty():
        out.write("the same\n")
        return 0
    out.write(f"{diff.count()} difference(s)\n")
    for line in render_diff(diff, str(path)):
        out.write(line + "\n")
    out.write(f"`pledgewatch rules export mine.toml` keeps the database's rules; `pledgewatch rules import {path}` "
              "replaces them all with the file's\n")
    return 1
