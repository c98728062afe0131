"""From parsed arguments to a command's result: whether the database may be created,
only read, previewed in memory or migrated for this command, then the command's
handler (bot/cli/commands/NAME.py). This policy is one table for every command, so it
lives here and not in each handler."""

from __future__ import annotations

import argparse
import dataclasses
from datetime import datetime, timezone
from pathlib import Path
from typing import TextIO

from bot import gc_pauses
from bot.adapters.store.link_loops import in_a_link_loop, link_loop_error
from bot.cli.commands.analyze import cmd_analyze
from bot.cli.commands.audit import cmd_audit
from bot.cli.commands.chat import cmd_chat
from bot.cli.commands.db import cmd_db
from bot.cli.commands.feeds import cmd_feeds
from bot.cli.commands.pledges import cmd_pledges
from bot.cli.commands.poll import cmd_poll
from bot.cli.commands.reanalyze import cmd_reanalyze, parse_since
from bot.cli.commands.rules import check_rules_to_import, cmd_rules
from bot.cli.commands.run import cmd_run
from bot.cli.commands.status import cmd_status
from bot.cli.commands.stories import cmd_stories
from bot.cli.commands.web import cmd_web, listen_option
from bot.cli.database_place import missing_database, missing_database_for_web
from bot.cli.output import command_as_typed, report_note
from bot.config import Settings
from bot.errors import CommandError, PledgewatchError, StoreError


def _database_exists(settings: Settings) -> bool:
    return str(settings.database) == ":memory:" or Path(settings.database).exists()


# Where the database does not exist yet (a new user, a typo in PLEDGEWATCH_DB, another
# folder), a command that only reads creates none: an empty database made on the spot
# looked like a healthy tracker with nothing found, and `rules list` left a file behind.
# - commands that read what earlier runs stored say so (exit 1);
# - commands that show what a database starts from (its rules, its feeds) show what a new
#   one would start from, read from the settings, and say so in one line on stderr;
# - `analyze` compiles the rules file, `web` refuses with its own words, `rules undo` has
#   nothing to undo (see dispatch);
# - commands that store things create it: run, poll, demo (its own), rules add, edit,
#   remove and import, feeds add and remove, chat (its commands subscribe, add rules...).
_READS_STORED = {"status", "pledges", "stories", "audit", "db", "reanalyze"}
_SHOWS_WHAT_A_DATABASE_STARTS_FROM = {("rules", "list"), ("rules", "export"), ("rules", "test"), ("rules", "diff"),
                                      ("feeds", "list")}


def _reads_stored_results(args: argparse.Namespace) -> bool:
    if args.command == "rules" and args.action == "test":
        if args.stored:  # tries a rule on stored articles
            return True
        from bot.core.chat.rule_commands import is_article_address

        # What became of a stored article: without a database, "no article seen" was a
        # wrong answer, not a finding (a typo in PLEDGEWATCH_DB, another folder).
        return is_article_address(args.text)
    return args.command in _READS_STORED


# Commands that only read the database: they use it as it is (App.open_to_read), never
# migrating it or adding the settings' feeds or the seed rules to it.
_ONLY_READ = {"status", "pledges", "stories", "audit", "web", "analyze"}
_ONLY_READ_ACTIONS = {("db", "stats"), ("db", "backup"), ("rules", "list"), ("rules", "export"), ("rules", "test"),
                      ("rules", "diff"), ("feeds", "list")}


def _only_reads(args: argparse.Namespace) -> bool:
    if args.command == "reanalyze":
        return args.dry_run
    # Not getattr(args, "action"): `audit --action PREFIX` has one too.
    return args.command in _ONLY_READ or (args.command in ("db", "rules", "feeds")
                                          and (args.command, args.action) in _ONLY_READ_ACTIONS)


def _shows_what_a_database_starts_from(args: argparse.Namespace) -> bool:
    return args.command in ("rules", "feeds") and (args.command, args.action) in _SHOWS_WHAT_A_DATABASE_STARTS_FROM


def _starting_point_note(args: argparse.Namespace, settings: Settings) -> str:
    """The one line saying that what follows is what a new database would hold."""
    from bot.config import seed_rules_file

    where = f"no database at {settings.database} yet"
    if args.command == "rules":
        return (f"pledgewatch: {where}: these are the rules a new one starts from ({seed_rules_file(settings)}); "
                "none was created")
    files = ", ".join(str(p) for p in (settings.feeds_file, settings.source) if p)
    if not settings.feeds:
        return (f"pledgewatch: {where} and no feed in the settings ({files}); "
                "add one with `pledgewatch feeds add URL`")
    counted = "this is the feed" if len(settings.feeds) == 1 else f"these are the {len(settings.feeds)} feeds"
    return (f"pledgewatch: {where}: {counted} the settings ({files}) would add to a new one; none is stored yet")


def dispatch(args: argparse.Namespace, settings: Settings, stdin: TextIO, out: TextIO) -> int:
    if args.command == "demo":
        gc_pauses.start_up_done()
        import asyncio

        from bot.demo import run_demo

        return asyncio.run(run_demo(settings, out, keep_db=args.db, command=command_as_typed()))
    if args.command == "reanalyze":
        parse_since(args.since, datetime.now(timezone.utc))  # a bad period is named first (exit 2), database or not
    if str(settings.database) != ":memory:" and in_a_link_loop(Path(settings.database)):
        # Before the checks below, which took such a path for no database at all.
        raise StoreError(link_loop_error(Path(settings.database)))
    if _reads_stored_results(args) and not _database_exists(settings):
        # Opening it would create an empty database that looks like a healthy tracker
        # with nothing found (a typo in PLEDGEWATCH_DB, another folder).
        raise PledgewatchError(missing_database(settings.database))
    if args.command == "web" and not _database_exists(settings):
        # It made an empty database and served empty pages: PLEDGEWATCH_DB=demo.db from
        # another folder, or a typo, looked like a tracker with nothing found.
        if args.listen:
            listen_option(args.listen)  # a bad address is still named first
        raise PledgewatchError(missing_database_for_web(settings.database))
    if args.command == "analyze" and not _database_exists(settings):
        from bot.file_rules import analyzer_from_rules_file

        analyzer = analyzer_from_rules_file(settings)
        gc_pauses.start_up_done()
        return cmd_analyze(analyzer, args, stdin, out)
    if args.command == "rules" and args.action == "undo" and not _database_exists(settings):
        # It created the database, seeded it, then refused to undo that seeding.
        raise CommandError(f"nothing to undo: no database at {settings.database} yet")
    from bot.app import App

    preview = _shows_what_a_database_starts_from(args) and not _database_exists(settings)
    # A preview is a new database built in memory, from the same settings by the same
    # code: what it shows is exactly what the file would start with, and no file is made.
    if not preview and not _only_reads(args) and args.command != "db" and not _database_exists(settings):
        from bot.app import check_seed_rules

        check_seed_rules(settings)  # a seed file that fails stops the command before the database is made
        if args.command == "rules" and args.action == "import":
            check_rules_to_import(args.file)  # so does the file to import
    if args.command == "chat" and not _database_exists(settings):
        # Its commands store things (/subscribe, /rule_add), so it makes the database; said,
        # since a mistyped PLEDGEWATCH_DB or another folder would answer "no pledges found yet".
        report_note(f"pledgewatch: no database at {settings.database} yet: a new one is made, with the settings' "
                    "feeds and rules (check --config / PLEDGEWATCH_DB if you meant another)")
    app = App(dataclasses.replace(settings, database=Path(":memory:")) if preview else settings)
    try:
        if args.command == "run":
            app.acquire_instance_lock()
        if preview:
            app.prepare()  # the database in memory
            report_note(_starting_point_note(args, settings))
        elif _only_reads(args):
            # A backup copies the database as it is: the copy to keep from before an upgrade.
            app.open_to_read(older_schema_ok=args.command == "db" and args.action == "backup")
        elif args.command == "db":  # `db upgrade`: the migrations alone, no feeds or rules added (commands/db.py)
            pass
        else:
            app.prepare()
        gc_pauses.start_up_done()
        handler = {
            "run": cmd_run,
            "poll": cmd_poll,
            "analyze": lambda app, args, stdin, out: cmd_analyze(app.analyzer(), args, stdin, out),
            "rules": cmd_rules,
            "feeds": cmd_feeds,
            "db": cmd_db,
            "status": cmd_status,
            "pledges": cmd_pledges,
            "reanalyze": cmd_reanalyze,
            "audit": cmd_audit,
            "stories": cmd_stories,
            "web": cmd_web,
            "chat": cmd_chat,
        }[args.command]
        return handler(app, args, stdin, out)
    finally:
        app.close()
