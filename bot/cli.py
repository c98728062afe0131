"""The `pledgewatch` command (also `python -m bot`). Thin: parses arguments, builds
the App from settings and calls it. Every command is documented in README.md, and
tests/test_docs.py fails when one is not."""

from __future__ import annotations

import argparse
import dataclasses
import json
import logging
import os
import signal
import sys
from collections.abc import Sequence
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from bot import __version__, collector
from bot.config import MAX_POLL_INTERVAL, MIN_POLL_INTERVAL, Settings, check_feed_url, load_settings, parse_listen
from bot.core.feeds.urls import feed_source_name, shown_feed_url, without_feed_secrets
from bot.errors import CommandError, ConfigError, PledgewatchError, RuleError

if TYPE_CHECKING:  # the app pulls in the rule engine and its dictionaries: imported only when a command runs,
    # so `--version` and `--help` answer at once
    from bot.app import App
    from bot.core.analysis import Analyzer
    from bot.core.chat.commands import Reply
    from bot.core.feeds.websub import WebSubSubscription

log = logging.getLogger("bot")


class _HelpFormatter(argparse.RawDescriptionHelpFormatter):
    """Wider option column, so every argument's help stays on one readable line."""

    def __init__(self, prog: str) -> None:
        super().__init__(prog, max_help_position=32)


def _global_options(parser: argparse.ArgumentParser, *, top: bool) -> None:
    """--config, --log-level and --log-format, accepted before or after the command.

    On the sub-commands the defaults are SUPPRESS, so an option given there
    overrides the top-level value and an option left out does not reset it."""

    def default(value: object) -> object:
        return value if top else argparse.SUPPRESS

    parser.add_argument("--config", metavar="FILE", default=default(None),
                        help="settings file (default: $PLEDGEWATCH_CONFIG, else the shipped config/pledgewatch.toml)")
    parser.add_argument("--log-level", default=default("INFO"), choices=["DEBUG", "INFO", "WARNING", "ERROR"],
                        help="least severe log level written to standard error (default: INFO)")
    parser.add_argument("--log-format", default=default("text"), choices=["text", "json"],
                        help="log lines as text or one JSON object per line (default: text)")


def _command(group: argparse._SubParsersAction, name: str, summary: str, description: str = "") -> argparse.ArgumentParser:
    """A sub-command whose --help shows its summary, its description and the global options."""
    parser = group.add_parser(name, help=summary, description=description or summary, formatter_class=_HelpFormatter)
    _global_options(parser, top=False)
    return parser


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="pledgewatch",
        description="Watches the news about military aid to Ukraine and alerts Telegram, Discord or the console.",
        formatter_class=_HelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"pledgewatch {__version__}")
    _global_options(parser, top=True)
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    _command(commands, "run", "the main job: poll feeds on schedule and send alerts until stopped",
             "Poll every feed on its interval and deliver alerts (to the chats whose tokens are set, else the "
             "console) until SIGINT or SIGTERM.")
    demo = _command(commands, "demo", "offline demo: serve sample feeds on loopback, poll them once, print alerts")
    demo.add_argument("--db", type=Path, metavar="FILE",
                      help="keep the demo's database in this new file, to try `pledges`, `pledges chart`... on it "
                           "(default: a temporary database, deleted at the end)")

    poll = _command(commands, "poll", "poll every feed (or one) once, print what matched, exit",
                    "Poll every feed (or the one given by --feed) once, print what matched and the console alerts, "
                    "then exit. For continuous polling use `pledgewatch run`.")
    poll.add_argument("--once", action="store_true",
                      help="accepted for compatibility: poll always polls once")
    poll.add_argument("--feed", metavar="ID_OR_URL", help="only this feed, by id (see `feeds list`) or URL "
                                                          "(default: every feed)")

    analyze = _command(commands, "analyze", "classify JSON Lines from stdin ({id, title, summary, lang?})",
                       "Read one JSON object per line from standard input ({\"id\", \"title\", \"summary\", "
                       "\"lang\"?}) and print one JSON line per input with the verdict and the pledges found. A "
                       "line that cannot be analysed gives an error line and the rest go on.")
    analyze.add_argument("--explain", action="store_true", help="add which rules fired and on which words")

    reanalyze = _command(commands, "reanalyze", "run the current rules again over stored articles",
                         "Run the current rules over the articles stored in the period: newly relevant ones get "
                         "their matches, story and pledges (no alerts: old news). --dry-run only reports what "
                         "would change.")
    reanalyze.add_argument("--since", default="30d", metavar="PERIOD",
                           help="how far back: 24h, 30d, 12w, 6m, 1y or all (default: 30d; unrelated articles older "
                                "than retention_days are already deleted)")
    reanalyze.add_argument("--dry-run", action="store_true",
                           help="report how many articles the rules would match and which are new; change nothing")

    rules = _command(commands, "rules", "list, edit, test, import and export the keyword rules")
    rule_commands = rules.add_subparsers(dest="action", required=True, metavar="ACTION")
    _command(rule_commands, "list", "every rule with its id, topic, weight and expression, and the threshold")
    add = _command(rule_commands, "add", "add a rule (validated first)")
    add.add_argument("topic", help="the rule's topic, e.g. air_defence (topic `trap` for negative rules)")
    add.add_argument("expression", help="the rule's expression, e.g. 'Patriot NEAR/5 @ukraine' (see README: Rules)")
    add.add_argument("--weight", type=float, default=1.0, help="weight added to the score when it fires (default: 1)")
    add.add_argument("--force", action="store_true", help="save even if validation warns (e.g. matches almost everything)")
    edit = _command(rule_commands, "edit", "change a rule's expression (and weight)")
    edit.add_argument("id", type=_rule_id, help="the rule's id (see `rules list`)")
    edit.add_argument("expression", help="the new expression")
    edit.add_argument("--weight", type=float, help="new weight (default: keep the current one)")
    edit.add_argument("--force", action="store_true", help="save even if validation warns")
    remove = _command(rule_commands, "remove", "delete a rule")
    remove.add_argument("id", type=_rule_id, help="the rule's id (see `rules list`)")
    _command(rule_commands, "undo", "reverse the last rule add, edit or remove")
    test = _command(rule_commands, "test", "show which rules fire on a text, and why; or try a rule on stored articles")
    test.add_argument("text", help="the text to analyse (quote it); with --stored, the rule expression to try")
    test.add_argument("--stored", action="store_true",
                      help="try TEXT as a new rule on the stored articles of the last 30 days: how many it fires on "
                           "and which it would newly make relevant (nothing is saved)")
    test.add_argument("--topic", default="aid", help="topic of the rule tried with --stored (default: aid)")
    test.add_argument("--weight", type=float, default=1.0, help="weight of the rule tried with --stored (default: 1)")
    imp = _command(rule_commands, "import", "replace all rules with those of a TOML file (all validated first)")
    imp.add_argument("file", type=Path, help="a TOML file as written by `rules export`")
    exp = _command(rule_commands, "export", "write the rules as TOML (to stdout or a file)")
    exp.add_argument("file", type=Path, nargs="?", help="file to write (default: standard output)")
    diff = _command(rule_commands, "diff", "how the database's rules differ from a rules file (exit 1 when they do)",
                    "Compare the rules in the database (edited from chat, or left from an older release) with a "
                    "rules file, by default the one the settings name, else the shipped config/rules.toml: rules "
                    "changed, only in the database, only in the file, and the threshold. Changes nothing; exit 0 "
                    "when they agree, 1 when they differ.")
    diff.add_argument("file", type=Path, nargs="?",
                      help="the rules file to compare with (default: the settings' rules_file, else the shipped one)")

    feeds = _command(commands, "feeds", "list, add and remove feeds")
    feed_commands = feeds.add_subparsers(dest="action", required=True, metavar="ACTION")
    feed_list = _command(feed_commands, "list", "every feed with its id and health")
    feed_list.add_argument("--show-secrets", action="store_true",
                           help="show each URL whole, with its user name, password and query (default: without them, "
                                "as in chat)")
    feed_add = _command(feed_commands, "add", "add a feed (the running job picks it up within a minute)")
    feed_add.add_argument("url", help="the feed's http(s) URL")
    feed_add.add_argument("--name", default="",
                          help="shown as the source of its alerts (default: the URL without credentials or query)")
    feed_add.add_argument("--lang", help="language hint such as en, fr, de (default: the feed's own)")
    feed_add.add_argument("--interval", type=int,
                          help="seconds between polls, 30 to 604800 (a week) (default: poll_interval)")
    feed_remove = _command(feed_commands, "remove", "stop polling a feed (by id or URL)")
    feed_remove.add_argument("feed", help="the feed's id (see `feeds list`) or URL")

    pledges = _command(commands, "pledges", "the pledge table: newest first, filtered, summary, chart, export",
                       "The pledges found, newest first (the newest 15 unless --limit or --all). Filters in any "
                       "order: donor (germany, allemagne, DE), category (air_defence, funding, production, "
                       "training, other; also in words: \"air defence\", Flugabwehr), system or family (patriot, "
                       "\"leopard 2\", leopard = every Leopard), status (pledged, delivered, ordered, discussed, refused), "
                       "period (30d, 12w, 6m, 1y). A first word "
                       "`summary`, `chart` or `export` gives totals, a PNG chart or the matching pledges as "
                       "CSV/JSON.")
    pledges.add_argument("words", nargs="*", metavar="FILTER",
                         help="donor, category, system, status, period (30d, 6m) in any order; or summary, chart, export")
    shown = pledges.add_mutually_exclusive_group()
    shown.add_argument("--limit", type=int, metavar="N",
                       help=f"list the newest N pledges (default: {MAX_LISTED_PLEDGES}, as in chat)")
    shown.add_argument("--all", action="store_true", help="list every pledge the filters keep")
    pledges.add_argument("--out", type=Path,
                         help="file to write the chart or the export to (default: pledges.png for the chart, "
                              "standard output for the export)")
    pledges.add_argument("--format", choices=["csv", "json"], default="csv", help="export format (default: csv)")

    web = _command(commands, "web", "serve the read-only web pledge tracker until stopped",
                   "A read-only site of the pledges (filters, sorting, pages), their totals and the stories, in "
                   "English and French, with CSV, JSON and Atom downloads. Stop it with Ctrl-C.")
    web.add_argument("--listen", metavar="HOST:PORT",
                     help="where to listen (default: [web] listen in the settings, else 127.0.0.1:8000)")

    stories = _command(commands, "stories", "the stories of a period with their sources and pledges",
                       "The stories first seen in the period, oldest first: first-seen time, title, each source "
                       "(outlet, link, language) and the pledges found.")
    stories.add_argument("--since", default="7d", metavar="PERIOD",
                         help="how far back, by first-seen time: 30d, 12w, 6m, 1y (default: 7d)")
    stories.add_argument("--json", action="store_true", help="one JSON object per story per line (JSON Lines)")

    db = _command(commands, "db", "database maintenance")
    db_commands = db.add_subparsers(dest="action", required=True, metavar="ACTION")
    _command(db_commands, "stats", "row counts, outbox states, schema version and file size, as JSON")
    backup = _command(db_commands, "backup", "copy the database to a new file (safe while running)")
    backup.add_argument("file", type=Path, help="the copy to create (never overwritten)")
    _command(db_commands, "upgrade", "bring a database made by an older pledgewatch to this version's schema",
             "Apply the schema migrations this version has and the database lacks (`run` and `poll` do it at "
             "start; commands that only read refuse an older database instead of changing it).")

    status = _command(commands, "status", "feed health, outbox depth and delivery failures (exit 3 when feeds fail)")
    status.add_argument("--health", action="store_true",
                        help="one line and exit 0 while some feed was polled successfully within 3 poll intervals "
                             "(or there are no feeds), else 1: the container health check")
    audit = _command(commands, "audit", "the audit log: rule and feed changes, feed anomalies, newest first",
                     "The audit log, newest first: who changed which rule or feed when (before and after), and "
                     "the anomalies the poller recorded (floods, feeds serving another site).")
    audit.add_argument("--limit", type=int, default=20, help="how many entries (default: 20)")
    audit.add_argument("--action", default="", metavar="PREFIX",
                       help="only actions starting with this, e.g. rule. or feed. (default: all)")
    audit.add_argument("--json", action="store_true", help="one JSON object per line, with before and after in full")
    audit.add_argument("--show-secrets", action="store_true",
                       help="with --json, feed URLs of entries written by older versions as stored, with their user "
                            "name, password and query (default: without them, as on the text lines)")
    # The text lines are for reading at a terminal and never show a feed's credentials:
    # given without --json, --show-secrets did nothing, silently. Refused, saying how.
    audit.set_defaults(check_options=lambda args: audit.error(
        "--show-secrets applies to --json only (the text lines never show a feed's user name, password or key): "
        "use `pledgewatch audit --json --show-secrets`") if args.show_secrets and not args.json else None)
    return parser


# `rules import`: the shipped rules file is about 30 KB.
MAX_RULES_FILE_BYTES = 4 * 1024 * 1024


def _rule_id(text: str) -> int:
    """A rule id as argparse reads it: SQLite's integers end at 2**63 - 1, and a larger
    one ended `rules edit` in an OverflowError traceback."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a rule id (see `rules list`)") from None
    if not 1 <= value < 2**63:
        raise argparse.ArgumentTypeError(f"{text!r} is not a rule id (see `rules list`)")
    return value


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if check_options := getattr(args, "check_options", None):
        check_options(args)  # a combination argparse cannot express: exits 2 with the usage, as argparse does
    setup_logging(args.log_level, args.log_format)
    try:
        settings = load_settings(args.config)
        code = dispatch(args, settings, sys.stdin, _TerminalSafe(sys.stdout))
        sys.stdout.flush()  # here, so a closed pipe is caught below rather than at exit
        return code
    except ConfigError as exc:
        report_error(f"pledgewatch: configuration error: {exc}")
        return 2
    except RuleError as exc:
        report_error(f"pledgewatch: {describe_rule_error(exc)}")
        return 2
    except CommandError as exc:
        # A request refused as given (a rule id that does not exist, a rule validation
        # warns about without --force, nothing to undo): the input, like a missing feed
        # id (a ConfigError). 1 is left for operations that were tried and failed.
        report_error(f"pledgewatch: error: {exc}")
        return 2
    except PledgewatchError as exc:
        report_error(f"pledgewatch: error: {exc}")
        return 1
    except KeyboardInterrupt:
        # Ctrl-C ended `poll` (or any command) with no word at all: say that it stopped and
        # what becomes of the work. A poll's writes commit per feed, whole or not at all.
        report_error(f"pledgewatch: interrupted{_INTERRUPTED.get(args.command, '')}")
        return 130
    except BrokenPipeError:
        # The reader went away (`pledgewatch rules list | head`): stop quietly, as Unix
        # tools killed by SIGPIPE do. Point stdout at /dev/null so the interpreter's
        # final flush does not raise again.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 141
    except OSError as exc:
        # A file the user named that cannot be written (`--out /no/such/dir/x.csv`, a
        # folder, a full disk): one line naming it, not a traceback.
        where = f"{exc.filename}: " if exc.filename else ""
        report_error(f"pledgewatch: error: {where}{exc.strerror or exc}")
        return 1
    except Exception:
        if _log_format != "json":
            raise  # a bug: the plain traceback
        # With JSON logs, even a crash is one JSON object (its traceback inside), so a
        # log collector parsing standard error never meets a stray text line.
        logging.getLogger("bot").exception("pledgewatch: unexpected error")
        return 1


_INTERRUPTED = {
    "poll": ": the feeds polled so far are stored (their console alerts print on the next poll or run); "
            "the others are fetched again next time",
}


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
#   remove and import, feeds add and remove.
_READS_STORED = {"status", "pledges", "stories", "audit", "db", "reanalyze"}
_SHOWS_WHAT_A_DATABASE_STARTS_FROM = {("rules", "list"), ("rules", "export"), ("rules", "test"), ("rules", "diff"),
                                      ("feeds", "list")}


def _reads_stored_results(args: argparse.Namespace) -> bool:
    if args.command == "rules" and args.action == "test" and args.stored:  # tries a rule on stored articles
        return True
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
    return (f"pledgewatch: {where}: these are the {len(settings.feeds)} feeds the settings ({files}) "
            "would add to a new one; none is stored yet")


def dispatch(args: argparse.Namespace, settings: Settings, stdin: TextIO, out: TextIO) -> int:
    if args.command == "demo":
        collector.start_up_done()
        import asyncio

        from bot.demo import run_demo

        return asyncio.run(run_demo(settings, out, keep_db=args.db))
    if args.command == "reanalyze":
        parse_since(args.since, datetime.now(timezone.utc))  # a bad period is named first (exit 2), database or not
    if _reads_stored_results(args) and not _database_exists(settings):
        # Opening it would create an empty database that looks like a healthy tracker
        # with nothing found (a typo in PLEDGEWATCH_DB, another folder).
        raise PledgewatchError(f"no database at {settings.database} (nothing has run with these settings; "
                               "check --config / PLEDGEWATCH_DB, or start `pledgewatch run`)")
    if args.command == "web" and not _database_exists(settings):
        # It made an empty database and served empty pages: PLEDGEWATCH_DB=demo.db from
        # another folder, or a typo, looked like a tracker with nothing found.
        if args.listen:
            parse_listen(args.listen, "--listen")  # a bad address is still named first
        raise PledgewatchError(f"no database at {settings.database}: nothing to show (check --config / "
                               "PLEDGEWATCH_DB; `pledgewatch run` or `pledgewatch demo --db FILE` makes one)")
    if args.command == "analyze" and not _database_exists(settings):
        from bot.file_rules import analyzer_from_rules_file

        analyzer = analyzer_from_rules_file(settings)
        collector.start_up_done()
        return cmd_analyze(analyzer, args, stdin, out)
    if args.command == "rules" and args.action == "undo" and not _database_exists(settings):
        # It created the database, seeded it, then refused to undo that seeding.
        raise CommandError(f"nothing to undo: no database at {settings.database} yet")
    from bot.app import App

    preview = _shows_what_a_database_starts_from(args) and not _database_exists(settings)
    # A preview is a new database built in memory, from the same settings by the same
    # code: what it shows is exactly what the file would start with, and no file is made.
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
        elif args.command == "db":  # `db upgrade`: the migrations alone, no feeds or rules added (cmd_db)
            pass
        else:
            app.prepare()
        collector.start_up_done()
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
        }[args.command]
        return handler(app, args, stdin, out)
    finally:
        app.close()


# -- commands ------------------------------------------------------------------


def cmd_run(app: App, args: argparse.Namespace, stdin: TextIO, out: TextIO) -> int:
    import asyncio

    from bot.app import PROGRESS_SECONDS

    app.use_chats(app.default_chats())

    async def main_job() -> None:
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for signum in (signal.SIGINT, signal.SIGTERM):
            loop.add_signal_handler(signum, stop.set)
        log.info("pledgewatch %s running", __version__)
        for line in [*app.describe_setup(), describe_alert_targets(app)]:
            log.info("%s", line)
        log.info("first poll of every feed now, then each feed every %d s or so (adaptive; see `status`); "
                 "progress of that first round every %d s, then a summary line each minute that polled",
                 app.settings.poll_interval, PROGRESS_SECONDS)
        await app.run(stop)
        log.info("pledgewatch stopped cleanly")

    asyncio.run(main_job())
    return 0


def cmd_poll(app: App, args: argparse.Namespace, stdin: TextIO, out: TextIO) -> int:
    if args.feed and args.feed.strip().isdigit():
        # By id, as `feeds remove` takes it: `feeds list` shows a private feed's URL without
        # its key, and that shortened URL is not the feed's.
        by_id = {str(f.id): f.url for f in app.store.list_feeds()}
        if args.feed.strip() not in by_id:
            raise ConfigError(f"--feed: no feed with id {args.feed.strip()} (see `pledgewatch feeds list`)")
        args.feed = by_id[args.feed.strip()]
    elif args.feed and app.store.feed_by_url(args.feed) is None:
        raise ConfigError(f"--feed: {shown_feed_url(args.feed)} is not a known feed (see `pledgewatch feeds list`)")
    import asyncio

    # The console delivers at once; chat platforms need their connection, so their
    # alerts stay queued in the outbox for `pledgewatch run`.
    app.use_chats([chat for chat in app.default_chats() if not hasattr(chat, "start")])
    results = asyncio.run(app.poll_once(args.feed))
    failed = 0
    for r in results:
        if r.error:
            failed += 1
            out.write(f"FAIL  {shown_feed_url(r.feed_url)}: {r.error}\n")
            continue
        state = "not modified" if r.not_modified else "unchanged" if r.unchanged else f"{r.entries} items, {r.new_entries} new"
        out.write(f"ok    {shown_feed_url(r.feed_url)}: {state}, {r.matches} relevant\n")
        for title in r.matched_titles:
            out.write(f"      match: {title}\n")
    out.write(f"{len(results)} feeds polled, {failed} failed\n")
    # A feed that could not be fetched is the feed's problem (see `status`), unless every
    # feed failed (nothing was polled: a script must know); a poll that could not be
    # stored is ours: say so and fail.
    store_failures = [r for r in results if r.error and r.error.startswith("storing failed")]
    if store_failures:
        report_error(f"pledgewatch: error: {store_failures[0].error}")
        return 1
    if results and failed == len(results):
        report_error(f"pledgewatch: error: every feed failed ({failed}); see `pledgewatch status`")
        return 1
    return 0


# One JSON line of `analyze` may hold at most this many bytes (the feed path's 100,000
# characters of text, plus room for JSON escapes); a longer line is skipped with an
# error line instead of being read whole (a 50 MB line once took 300 s and 3 GB).
MAX_ANALYZE_LINE_BYTES = 4 * 1024 * 1024
# `pledges` lists as many as /pledges in chat (bot.core.chat.commands.MAX_PLEDGE_LINES; not
# imported here so that --help and --version load no rules; a test keeps them equal).
MAX_LISTED_PLEDGES = 15


def cmd_analyze(analyzer: Analyzer, args: argparse.Namespace, stdin: TextIO, out: TextIO) -> int:
    """One JSON line per input line. A line that cannot be read or analysed (not JSON,
    not UTF-8, too long, or a rule that fails on it) gives an error line; the rest go on.
    The rules are the database's where one exists, else the rules file's (see dispatch)."""
    from bot.core.text.safe_text import MAX_TEXT_CHARS, MAX_TITLE_CHARS, clean_text

    for number, raw in enumerate(_bounded_lines(stdin, MAX_ANALYZE_LINE_BYTES), start=1):
        item_id = None
        try:
            if raw is None:
                raise ValueError(f"line longer than {MAX_ANALYZE_LINE_BYTES} bytes")
            line = raw.decode("utf-8") if isinstance(raw, bytes) else raw
            if not line.strip():
                continue
            item = json.loads(line)
            if not isinstance(item, dict):
                raise ValueError("each line must be a JSON object")
            item_id = item.get("id")
            # An id we could not write back is refused here: a lone surrogate, or NaN and
            # Infinity (also 1e999), which Python reads but which are not JSON.
            json.dumps(item_id, ensure_ascii=False, allow_nan=False).encode("utf-8")
            # The same cleaning and caps as text from a feed (bot.adapters.feed_parse).
            title = clean_text(str(item.get("title") or ""))[:MAX_TITLE_CHARS]
            summary = clean_text(str(item.get("summary") or ""))[:MAX_TEXT_CHARS]
            lang = item.get("lang") if isinstance(item.get("lang"), str) else None
        except (ValueError, UnicodeError, TypeError, RecursionError) as exc:
            # RecursionError: JSON nested too deep to read ("[[[[..." 100,000 deep) ended the run.
            reason = "nested too deeply" if isinstance(exc, RecursionError) else exc
            out.write(json.dumps({"id": None, "line": number, "error": f"invalid input: {reason}"}) + "\n")
            continue
        try:
            verdict = analyzer.analyze(title, summary, lang)
            record = {
                "id": item_id,
                "relevant": verdict.relevant,
                "score": round(verdict.score, 3),
                "topics": list(verdict.topics),
                "pledges": [pledge_dict(p) for p in verdict.pledges],
            }
            if args.explain:
                record["explain"] = analyzer.ruleset.explain(verdict)
            text = json.dumps(record, ensure_ascii=False)
        except Exception as exc:  # noqa: BLE001 - one item a rule or extractor fails on must not end the run
            log.debug("analyze: line %d failed", number, exc_info=True)
            text = json.dumps({"id": item_id, "line": number, "error": f"analysis failed: {type(exc).__name__}: {exc}"},
                              ensure_ascii=True)
        out.write(text + "\n")
    return 0


def _bounded_lines(stdin: TextIO, limit: int):
    """The lines of stdin as bytes (None for a line over `limit` bytes, which is
    skipped without being held). Bytes, so one line that is not UTF-8 is that line's
    error, not the end of the run; a text stream without a buffer (tests) gives str."""
    binary = getattr(stdin, "buffer", None)
    if binary is None:
        yield from stdin
        return
    while True:
        line = binary.readline(limit + 1)
        if not line:
            return
        if len(line) > limit and not line.endswith(b"\n"):
            while line and not line.endswith(b"\n"):  # skip the rest of the long line
                line = binary.readline(1024 * 1024)
            yield None
            continue
        yield line


_PERIOD_UNITS = {"h": 1 / 24, "d": 1, "w": 7, "m": 30, "y": 365}


def parse_since(text: str, now: datetime) -> datetime | None:
    """"30d" -> now minus 30 days; "all" -> None (everything stored)."""
    from datetime import timedelta

    text = text.strip().lower()
    if text == "all":
        return None
    number, unit = text[:-1], text[-1:]
    if not number.isdigit() or unit not in _PERIOD_UNITS or not 0 < int(number) <= 10_000:
        raise ConfigError(f"--since: {text!r} is not a period such as 24h, 30d, 12w, 6m, 1y or all")
    return now - timedelta(days=int(number) * _PERIOD_UNITS[unit])


def cmd_reanalyze(app: App, args: argparse.Namespace, stdin: TextIO, out: TextIO) -> int:
    from bot.reanalysis import reanalyze

    since = parse_since(args.since, app.clock.now())
    poller = app.poller(source=None)  # re-reads the store; fetches nothing
    report = reanalyze(poller, app.analyzer(), since, dry_run=args.dry_run, rules=len(app.rules.rules()))
    for line in report.lines():
        out.write(line + "\n")
    return 0


def pledge_dict(pledge) -> dict:
    return {
        "donor": pledge.donor,
        "item": pledge.item,
        "system": pledge.system,
        "category": pledge.category,
        "quantity": pledge.quantity,
        "value": pledge.value,
        "currency": pledge.currency,
        "status": pledge.status,
        "evidence": pledge.evidence,
    }


def cmd_rules(app: App, args: argparse.Namespace, stdin: TextIO, out: TextIO) -> int:
    admin, actor = app.rules, "cli"
    if args.action == "list":
        from bot.rule_admin import one_line

        for rule in admin.rules():
            out.write(f"{rule.id:>4}  {rule.topic:<16} {rule.weight:>5g}  {one_line(rule.expression)}\n")
        out.write(f"threshold {admin.threshold():g}\n")
        return 0
    if args.action == "test":
        if args.stored:
            out.write(admin.test_on_stored(args.text, topic=args.topic, weight=args.weight) + "\n")
        else:
            out.write(admin.test(args.text) + "\n")
        return 0
    if args.action == "export":
        text = admin.export_toml()
        if args.file:
            args.file.write_text(text, encoding="utf-8")
        else:
            out.write(text)
        return 0
    if args.action == "import":
        out.write(f"imported {admin.import_toml(_read_rules_file(args.file), actor=actor)} rules\n")
        return 0
    if args.action == "diff":
        return _rules_diff(app, args.file, out)
    if args.action == "add":
        change = admin.add(args.topic, args.expression, args.weight, actor=actor, force=args.force)
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


def _read_rules_file(path: Path) -> str:
    try:
        # Bounded: `rules import /dev/zero` (or a FIFO nobody closes) read without end.
        with path.open("rb") as handle:
            data = handle.read(MAX_RULES_FILE_BYTES + 1)
        if len(data) > MAX_RULES_FILE_BYTES:
            raise ConfigError(f"{path}: larger than {MAX_RULES_FILE_BYTES} bytes; not a rules file")
        return data.decode("utf-8-sig")  # a byte order mark (Windows editors) skipped
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read: {exc}") from None


def _rules_diff(app: App, file: Path | None, out: TextIO) -> int:
    """`rules diff`: the database's rules against a rules file; exit 1 when they differ."""
    from bot.config import seed_rules_file
    from bot.core.rules.diff import diff_rules, render_diff
    from bot.core.rules.files import load_rules_toml

    path = file or seed_rules_file(app.settings)
    incoming, threshold = load_rules_toml(_read_rules_file(path))
    stored = app.rules.rules()
    diff = diff_rules(stored, app.rules.threshold(), incoming, threshold)
    enabled = sum(rule.enabled for rule in incoming)
    out.write(f"the database's {len(stored)} rules (threshold {app.rules.threshold():g}) against the {enabled} of "
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


def cmd_feeds(app: App, args: argparse.Namespace, stdin: TextIO, out: TextIO) -> int:
    if args.action == "list":
        hidden = 0
        for row in app.store.feed_health():
            url, name, error = row["url"], row["name"], row["last_error"] or ""
            if not args.show_secrets:
                # As on /feeds: a private feed's user name, password or key (its query) stay
                # off the screen, out of a pasted terminal log and out of a shared recording.
                url = shown_feed_url(row["url"])
                hidden += url != row["url"]
                name = without_feed_secrets(feed_source_name(name, row["url"]), row["url"])
                error = without_feed_secrets(error, row["url"])
            health = f"failing ({row['failures']}x): {error}" if row["failures"] else (
                f"ok, last success {row['last_success']}" if row["last_success"] else "not polled yet")
            out.write(f"{row['id']:>4}  {url}  [{name}]  {health}\n")
        if hidden:
            report_note(f"pledgewatch: {hidden} feed URL(s) shown without user name, password, query or fragment; "
                        "`feeds list --show-secrets` shows them whole")
        known = {feed.url for feed in app.store.list_feeds(include_disabled=True)}
        unstored = [feed for feed in app.settings.feeds if feed.url not in known]
        if unstored:  # listed in the settings since the last start: `feeds list` no longer stores them itself
            report_note(f"pledgewatch: {len(unstored)} feed(s) of the settings not stored yet (the next "
                        "`pledgewatch run` or `poll` adds them): "
                        + ", ".join(shown_feed_url(f.url) for f in unstored[:3]) + (", ..." if len(unstored) > 3 else ""))
        return 0
    if args.action == "add":
        from bot.config import check_lang
        from bot.core.models import Feed
        from bot.core.text.safe_text import clean_line

        # A URL pasted with a blank or line break around it was "not an http:// URL".
        args.url = args.url.strip()
        check_feed_url(args.url, "url", app.settings.feed_addresses)
        check_lang(args.lang, "--lang")
        if args.interval is not None and not MIN_POLL_INTERVAL <= args.interval <= MAX_POLL_INTERVAL:
            raise ConfigError(
                f"--interval: must be between {MIN_POLL_INTERVAL} and {MAX_POLL_INTERVAL} seconds (a week)"
            )
        name = clean_line(args.name)[:200]  # shown in every alert: no control characters
        feed = Feed(url=args.url, name=name or shown_feed_url(args.url), lang=args.lang, interval=args.interval)
        feed_id, created = app.store.add_feed(feed, datetime.now(timezone.utc), actor="cli")
        out.write(f"feed {feed_id} {'added' if created else 'already present'}: {shown_feed_url(args.url)}\n")
        return 0
    if not app.store.remove_feed(args.feed, actor="cli"):
        raise ConfigError(f"feed {shown_feed_url(args.feed)}: no such feed")
    out.write(f"feed {shown_feed_url(args.feed)} removed\n")
    return 0


def cmd_pledges(app: App, args: argparse.Namespace, stdin: TextIO, out: TextIO) -> int:
    """The same answers as /pledges in chat (one command table and one filter parser),
    plus the whole list (--all / --limit) and the export, which honours the filters."""
    from bot.core.chat.commands import ChatContext
    from bot.core.pledges.filters import PledgeFilterError, parse_pledge_filters

    table = app.command_table()
    exporting = args.words[:1] == ["export"]
    words = " ".join(args.words[1:] if exporting else args.words)
    console = ChatContext(platform="console", chat_id="cli", user_id="cli", chat_kind="private",
                          is_admin=True, can_manage_chat=True)
    try:
        flt = parse_pledge_filters(words, table.entities)
    except PledgeFilterError:
        # The same answer as in chat, but as an error: a script must not take it for a result.
        report_error(table.handle(console, "pledges", words).text)
        return 2
    if args.limit is not None and not 1 <= args.limit <= 1_000_000:
        raise ConfigError("--limit: must be at least 1 (or use --all)")
    if exporting:
        return _export_pledges(app, args, flt, out)
    if flt.summary or flt.chart:
        reply = table.handle(console, "pledges", words)
    else:
        reply = table.pledge_list(flt, "en", None if args.all else (args.limit or MAX_LISTED_PLEDGES),
                                  more_hint=" (--all lists every one, --limit N the newest N)")
    _write_built(out, terminal_text(reply, out) + "\n")
    if reply.photo is not None:
        target = args.out or Path("pledges.png")
        target.write_bytes(reply.photo)
        out.write(f"chart written to {target}\n")
    return 0


def _export_pledges(app: App, args: argparse.Namespace, flt, out: TextIO) -> int:
    """Every pledge the filters keep (all of them without filters), newest first."""
    from bot.pledge_export import organisation_codes, pledges_to_csv, pledges_to_json

    if flt.summary or flt.chart:
        raise ConfigError("pledges export: takes filters (donor, category, system, period), not summary or chart")
    since = app.clock.now() - timedelta(days=flt.days) if flt.days else None
    rows = app.store.pledge_rows(since, donor=flt.donor, category=flt.category, systems=flt.systems)
    organisations = organisation_codes(app.rules.entities)
    text = (pledges_to_csv(rows, organisations) if args.format == "csv"
            else pledges_to_json(rows, organisations))
    if args.out:
        args.out.write_text(text, encoding="utf-8")
        out.write(f"{len(rows)} pledges written to {args.out}\n")
    else:
        out.write(text)
    return 0


def cmd_stories(app: App, args: argparse.Namespace, stdin: TextIO, out: TextIO) -> int:
    """Stories first seen within --since, oldest first, as text or JSON Lines."""
    from bot.core.pledges.filters import period_days
    from bot.story_listing import stories_json_lines, stories_text

    days = period_days(args.since)
    if days is None:
        raise ConfigError(f"--since: {args.since!r} is not a period such as 30d, 12w, 6m or 1y")
    rows = app.store.stories_since(app.clock.now() - timedelta(days=days))
    out.write(stories_json_lines(rows) if args.json else stories_text(rows))
    return 0


def cmd_web(app: App, args: argparse.Namespace, stdin: TextIO, out: TextIO) -> int:
    """Serve the web tracker on --listen, else [web] listen, else 127.0.0.1:8000."""
    from bot.config import DEFAULT_WEB_LISTEN

    if args.listen:
        (host, port), listen_from = parse_listen(args.listen, "--listen"), "--listen"
    elif app.settings.web.enabled:
        host, port, listen_from = app.settings.web.listen_host, app.settings.web.listen_port, "web.listen"
    else:
        (host, port), listen_from = DEFAULT_WEB_LISTEN, "the default address (choose one with --listen)"
    server = app.web_server(host, port, listen_from)

    import asyncio

    async def serve() -> None:
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for signum in (signal.SIGINT, signal.SIGTERM):
            loop.add_signal_handler(signum, stop.set)
        await server.start()
        try:
            shown = f"[{host}]" if ":" in host else host
            out.write(f"serving the pledge tracker on http://{shown}:{server.port}/ (Ctrl-C stops)\n")
            out.flush()
            await stop.wait()
        finally:
            await server.stop()

    asyncio.run(serve())
    return 0


def terminal_text(reply: Reply, out: TextIO) -> str:
    """A reply for the terminal: on an interactive one, pieces with a URL (an outlet's
    name) become clickable hyperlinks (the OSC 8 escape most terminals understand);
    otherwise plain text (the links are in `pledges export`).

    Every piece is cleaned as all standard output is (feed text must not smuggle terminal
    escapes of its own); the hyperlinks' escapes are added after, so write the result with
    _write_built: _TerminalSafe.write would strip those too (it did: no link ever showed)."""
    from bot.core.text.safe_text import clean_text

    interactive = getattr(out, "isatty", lambda: False)()
    if not reply.segments or not interactive:
        return clean_text(reply.text)
    parts = []
    for text, url in reply.segments:
        text = clean_text(text)
        safe = url if url.startswith(("http://", "https://")) and url.isprintable() and " " not in url else ""
        parts.append(f"\x1b]8;;{safe}\x1b\\{text}\x1b]8;;\x1b\\" if safe else text)
    return "".join(parts)


def _write_built(out: TextIO, text: str) -> None:
    """Text built here from cleaned pieces and escapes of this module's own (terminal_text),
    written past _TerminalSafe's filter."""
    getattr(out, "write_built", out.write)(text)


def cmd_db(app: App, args: argparse.Namespace, stdin: TextIO, out: TextIO) -> int:
    if args.action == "upgrade":
        applied = app.store.migrate()
        out.write(f"database {app.settings.database} upgraded: schema version(s) {', '.join(map(str, applied))} "
                  "applied\n" if applied else f"database {app.settings.database} is up to date\n")
        return 0
    if args.action == "backup":
        if args.file.exists():  # the file named is wrong (exit 2), not the copy (see SqliteStore.backup)
            raise CommandError(f"{args.file} already exists; choose a new file for the backup")
        app.store.backup(args.file)
        out.write(f"database copied to {args.file}\n")
        return 0
    out.write(json.dumps(app.store.stats(), indent=2) + "\n")
    return 0


def cmd_audit(app: App, args: argparse.Namespace, stdin: TextIO, out: TextIO) -> int:
    from bot.core.chat.audit_text import change_text, without_feed_credentials

    if not 1 <= args.limit <= 10_000:
        raise ConfigError("--limit: must be between 1 and 10000")
    for row in app.store.audit_log(limit=args.limit, action_prefix=args.action):
        if not (args.json and args.show_secrets):  # older entries hold feed URLs with their credentials
            row = without_feed_credentials(row)
        if args.json:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
            continue
        change = change_text(row)
        target = str(row["target"] or "")
        out.write(f"{str(row['at'])[:19]}  {row['actor']:<12} {row['action']:<14} {target}  {change}\n")
    return 0


def cmd_status(app: App, args: argparse.Namespace, stdin: TextIO, out: TextIO) -> int:
    """Exit status 0 when every feed's last poll succeeded, 3 when some are failing."""
    rows = app.store.feed_health()
    if args.health:
        return _health(app, rows, out)
    failing = [r for r in rows if r["failures"]]
    # A feed not polled yet is neither ok nor failing: it was listed as "ok ... last
    # success never", as if it worked (the chat's /status says "not polled yet").
    waiting = [r for r in rows if not r["failures"] and not r["last_success"]]
    pushes = {s.feed_id: s for s in app.store.websub_subscriptions()}
    for row in rows:
        if row["failures"]:
            out.write(f"FAILING {shown_feed_url(row['url'])}: {row['failures']} failure(s), "
                      f"last error: {row['last_error']}, "
                      f"next try {row['next_poll']}\n")
        elif row["last_success"]:
            out.write(f"ok      {shown_feed_url(row['url'])}: last success {row['last_success']}\n")
        else:
            out.write(f"waiting {shown_feed_url(row['url'])}: not polled yet\n")
        if row["id"] in pushes:
            out.write(f"        push: {describe_websub(pushes[row['id']])}\n")
    outbox = app.store.outbox_counts()
    edits = app.store.edit_counts()
    not_yet = f", {len(waiting)} not polled yet" if waiting else ""
    out.write(f"feeds: {len(rows)} ({len(failing)} failing{not_yet}); outbox: {outbox.get('pending', 0)} pending, "
              f"{outbox.get('sent', 0)} sent, {outbox.get('failed', 0)} failed, "
              f"{outbox.get('uncertain', 0)} uncertain; story updates: {edits.get('pending', 0)} to edit, "
              f"{edits.get('done', 0)} edited, {edits.get('failed', 0)} dropped\n")
    return 3 if failing else 0


# -- helpers --------------------------------------------------------------------


def _health(app: App, rows: list[dict], out: TextIO) -> int:
    """Is the bot doing its job? Some of many public feeds are failing at any time, so
    "every feed healthy" would keep a container unhealthy; the job is done while some
    feed succeeds. Unhealthy: feeds exist and none succeeded within 3 poll intervals
    (network gone, database not written, poller stuck)."""
    from datetime import timedelta

    now = app.clock.now()
    window = timedelta(seconds=3 * app.settings.poll_interval)
    successes = [datetime.fromisoformat(r["last_success"]) for r in rows if r["last_success"]]
    latest = max(successes, default=None)
    if not rows or (latest is not None and now - latest <= window):
        out.write(f"healthy: {len(rows)} feeds, last success {latest.isoformat(timespec='seconds') if latest else '-'}\n")
        return 0
    out.write(f"unhealthy: no feed polled successfully in the last {window.total_seconds():.0f} s "
              f"(last success: {latest.isoformat(timespec='seconds') if latest else 'never'})\n")
    return 1


def describe_alert_targets(app: App) -> str:
    """Where alerts go: the platforms whose tokens are set, else the console."""
    platforms = [name for name, on in (("Telegram", app.settings.telegram.enabled),
                                       ("Discord", app.settings.discord.enabled)) if on]
    if platforms:
        return f"alerts go to: {' and '.join(platforms)} (subscribed chats)"
    return "alerts go to: this console (no TELEGRAM_BOT_TOKEN or DISCORD_BOT_TOKEN set)"


def describe_websub(subscription: WebSubSubscription) -> str:
    from bot.core.feeds.websub import ACTIVE

    if subscription.state == ACTIVE and subscription.lease_expires is not None:
        until = subscription.lease_expires.isoformat(timespec="minutes")
        return f"active at {shown_feed_url(subscription.hub)} until {until}"
    error = f" ({subscription.last_error})" if subscription.last_error else ""
    # A hub on the feed's own host, named by a relative link, carries the feed's credentials.
    return f"{subscription.state} at {shown_feed_url(subscription.hub)}{error}"


def describe_rule_error(exc: RuleError) -> str:
    where = f" at position {exc.position}" if exc.position is not None else ""
    expected = f" (expected {exc.expected})" if exc.expected else ""
    return f"invalid rule{where}: {exc}{expected}"


_log_format = "text"


def report_note(text: str) -> None:
    """Something the user should know about the output, on standard error: one plain
    line, or with `--log-format json` a JSON log object (WARNING, shown at every level
    but ERROR)."""
    if _log_format == "json":
        logging.getLogger("bot").warning("%s", text)
    else:
        print(text, file=sys.stderr)


def report_error(text: str) -> None:
    """A fatal error or a refusal, on standard error: one plain line, or with
    `--log-format json` one JSON log object like every other line there."""
    if _log_format == "json":
        logging.getLogger("bot").error("%s", text)
    else:
        print(text, file=sys.stderr)


class _TerminalSafe:
    """Standard output without escape sequences or control characters (line breaks and
    tabs kept): what the CLI prints comes largely from feeds (titles, errors, names)."""

    def __init__(self, stream: TextIO):
        self._stream = stream

    def write(self, text: str) -> int:
        from bot.core.text.safe_text import clean_text

        return self._stream.write(clean_text(text))

    def write_built(self, text: str) -> int:
        """As it is: only for text whose pieces were cleaned already and whose escapes are
        pledgewatch's own (the hyperlinks of terminal_text)."""
        return self._stream.write(text)

    def __getattr__(self, name: str) -> object:
        return getattr(self._stream, name)


class _JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        data = {
            "time": datetime.fromtimestamp(record.created, timezone.utc).isoformat(),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        if record.exc_info:
            # exc_text first: adapters put a token-scrubbed traceback there.
            data["exception"] = record.exc_text or self.formatException(record.exc_info)
        return json.dumps(data, ensure_ascii=False)


def setup_logging(level: str, fmt: str) -> None:
    global _log_format
    _log_format = fmt
    handler = logging.StreamHandler(sys.stderr)
    if fmt == "json":
        handler.setFormatter(_JsonFormatter())
    else:
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    # httpx logs every request URL at INFO; URLs may carry tokens (Telegram puts
    # the token in the path), so keep library request logs quiet.
    for noisy in ("httpx", "httpcore", "apscheduler", "telegram", "discord"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
