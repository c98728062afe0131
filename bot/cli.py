"""The `pledgewatch` command (also `python -m bot`). Thin: parses arguments, builds
the App from settings and calls it. Every command is documented in README.md, and
tests/test_docs.py fails when one is not."""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import signal
import sys
from collections.abc import Sequence
from datetime import datetime, timezone
from pathlib import Path
from typing import TextIO

from bot import __version__
from bot.app import App
from bot.config import Settings, check_feed_url, load_settings
from bot.core.commands import ChatContext, Reply
from bot.core.models import Feed
from bot.core.websub import ACTIVE, WebSubSubscription
from bot.errors import ConfigError, PledgewatchError, RuleError

log = logging.getLogger("bot")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="pledgewatch",
        description="Watches the news about military aid to Ukraine and alerts Telegram, Discord or the console.",
    )
    parser.add_argument("--version", action="version", version=f"pledgewatch {__version__}")
    parser.add_argument("--config", metavar="FILE", help="settings file (default: $PLEDGEWATCH_CONFIG or the shipped defaults)")
    parser.add_argument("--log-level", default="INFO", choices=["DEBUG", "INFO", "WARNING", "ERROR"])
    parser.add_argument("--log-format", default="text", choices=["text", "json"], help="log lines as text or JSON")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    commands.add_parser("run", help="the main job: poll feeds on schedule and send alerts until stopped")
    commands.add_parser("demo", help="offline demo: serve sample feeds on loopback, poll them once, print alerts")

    poll = commands.add_parser("poll", help="poll feeds now and print what matched")
    poll.add_argument("--once", action="store_true", required=True, help="poll each feed once, then exit")
    poll.add_argument("--feed", metavar="URL", help="only this feed")

    analyze = commands.add_parser("analyze", help="classify JSON Lines from stdin ({id, title, summary, lang?})")
    analyze.add_argument("--explain", action="store_true", help="add which rules fired and on which words")

    rules = commands.add_parser("rules", help="list, edit, test, import and export the keyword rules")
    rule_commands = rules.add_subparsers(dest="action", required=True, metavar="ACTION")
    rule_commands.add_parser("list", help="every rule with its id")
    add = rule_commands.add_parser("add", help="add a rule")
    add.add_argument("topic")
    add.add_argument("expression")
    add.add_argument("--weight", type=float, default=1.0)
    add.add_argument("--force", action="store_true", help="save even if validation warns (e.g. matches almost everything)")
    edit = rule_commands.add_parser("edit", help="change a rule's expression (and weight)")
    edit.add_argument("id", type=int)
    edit.add_argument("expression")
    edit.add_argument("--weight", type=float)
    edit.add_argument("--force", action="store_true", help="save even if validation warns")
    remove = rule_commands.add_parser("remove", help="delete a rule")
    remove.add_argument("id", type=int)
    rule_commands.add_parser("undo", help="reverse the last rule change")
    test = rule_commands.add_parser("test", help="show which rules fire on a text, and why")
    test.add_argument("text")
    imp = rule_commands.add_parser("import", help="replace all rules with those of a TOML file")
    imp.add_argument("file", type=Path)
    exp = rule_commands.add_parser("export", help="write the rules as TOML (to stdout or a file)")
    exp.add_argument("file", type=Path, nargs="?")

    feeds = commands.add_parser("feeds", help="list, add and remove feeds")
    feed_commands = feeds.add_subparsers(dest="action", required=True, metavar="ACTION")
    feed_commands.add_parser("list", help="every feed with its id and health")
    feed_add = feed_commands.add_parser("add", help="add a feed")
    feed_add.add_argument("url")
    feed_add.add_argument("--name", default="")
    feed_add.add_argument("--lang")
    feed_add.add_argument("--interval", type=int)
    feed_remove = feed_commands.add_parser("remove", help="stop polling a feed (by id or URL)")
    feed_remove.add_argument("feed")

    pledges = commands.add_parser("pledges", help="the pledge table: newest first, filtered, summary, chart, export")
    pledges.add_argument("words", nargs="*", metavar="FILTER",
                         help="donor, category, system, period (30d, 6m) in any order; or summary, chart, export")
    pledges.add_argument("--out", type=Path, help="file to write the chart (PNG) or the export to")
    pledges.add_argument("--format", choices=["csv", "json"], default="csv", help="export format")

    db = commands.add_parser("db", help="database maintenance")
    db_commands = db.add_subparsers(dest="action", required=True, metavar="ACTION")
    db_commands.add_parser("stats", help="row counts, outbox states and file size")
    backup = db_commands.add_parser("backup", help="copy the database to a new file (safe while running)")
    backup.add_argument("file", type=Path)

    commands.add_parser("status", help="feed health, outbox depth and delivery failures")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    setup_logging(args.log_level, args.log_format)
    try:
        settings = load_settings(args.config)
        return dispatch(args, settings, sys.stdin, sys.stdout)
    except ConfigError as exc:
        print(f"pledgewatch: configuration error: {exc}", file=sys.stderr)
        return 2
    except RuleError as exc:
        print(f"pledgewatch: {describe_rule_error(exc)}", file=sys.stderr)
        return 2
    except PledgewatchError as exc:
        print(f"pledgewatch: error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130


def dispatch(args: argparse.Namespace, settings: Settings, stdin: TextIO, out: TextIO) -> int:
    if args.command == "demo":
        from bot.demo import run_demo

        return asyncio.run(run_demo(settings, out))
    app = App(settings)
    try:
        if args.command == "run":
            app.acquire_instance_lock()
        app.prepare()
        handler = {
            "run": cmd_run,
            "poll": cmd_poll,
            "analyze": cmd_analyze,
            "rules": cmd_rules,
            "feeds": cmd_feeds,
            "db": cmd_db,
            "status": cmd_status,
            "pledges": cmd_pledges,
        }[args.command]
        return handler(app, args, stdin, out)
    finally:
        app.close()


# -- commands ------------------------------------------------------------------


def cmd_run(app: App, args: argparse.Namespace, stdin: TextIO, out: TextIO) -> int:
    app.use_chats(app.default_chats())

    async def main_job() -> None:
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for signum in (signal.SIGINT, signal.SIGTERM):
            loop.add_signal_handler(signum, stop.set)
        log.info("pledgewatch %s running: %d feeds, database %s", __version__, len(app.store.list_feeds()),
                 app.settings.database)
        await app.run(stop)
        log.info("pledgewatch stopped cleanly")

    asyncio.run(main_job())
    return 0


def cmd_poll(app: App, args: argparse.Namespace, stdin: TextIO, out: TextIO) -> int:
    if args.feed and app.store.feed_by_url(args.feed) is None:
        raise ConfigError(f"--feed: {args.feed} is not a known feed (see `pledgewatch feeds list`)")
    # The console delivers at once; chat platforms need their connection, so their
    # alerts stay queued in the outbox for `pledgewatch run`.
    app.use_chats([chat for chat in app.default_chats() if not hasattr(chat, "start")])
    results = asyncio.run(app.poll_once(args.feed))
    failed = 0
    for r in results:
        if r.error:
            failed += 1
            out.write(f"FAIL  {r.feed_url}: {r.error}\n")
            continue
        state = "not modified" if r.not_modified else "unchanged" if r.unchanged else f"{r.entries} items, {r.new_entries} new"
        out.write(f"ok    {r.feed_url}: {state}, {r.matches} relevant\n")
        for title in r.matched_titles:
            out.write(f"      match: {title}\n")
    out.write(f"{len(results)} feeds polled, {failed} failed\n")
    # A feed that could not be fetched is the feed's problem (see `status`); a poll that
    # could not be stored is ours: say so and fail.
    store_failures = [r for r in results if r.error and r.error.startswith("storing failed")]
    if store_failures:
        print(f"pledgewatch: error: {store_failures[0].error}", file=sys.stderr)
        return 1
    return 0


def cmd_analyze(app: App, args: argparse.Namespace, stdin: TextIO, out: TextIO) -> int:
    analyzer = app.analyzer()
    for number, line in enumerate(stdin, start=1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
            if not isinstance(item, dict):
                raise ValueError("each line must be a JSON object")
            title, summary = str(item.get("title") or ""), str(item.get("summary") or "")
            lang = item.get("lang") if isinstance(item.get("lang"), str) else None
        except ValueError as exc:
            out.write(json.dumps({"id": None, "line": number, "error": f"invalid input: {exc}"}) + "\n")
            continue
        verdict = analyzer.analyze(title, summary, lang)
        record = {
            "id": item.get("id"),
            "relevant": verdict.relevant,
            "score": round(verdict.score, 3),
            "topics": list(verdict.topics),
            "pledges": [pledge_dict(p) for p in verdict.pledges],
        }
        if args.explain:
            record["explain"] = analyzer.ruleset.explain(verdict)
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
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
        for rule in admin.rules():
            out.write(f"{rule.id:>4}  {rule.topic:<16} {rule.weight:>5g}  {rule.expression}\n")
        out.write(f"threshold {admin.threshold():g}\n")
        return 0
    if args.action == "test":
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
        try:
            text = args.file.read_text(encoding="utf-8")
        except OSError as exc:
            raise ConfigError(f"{args.file}: cannot read: {exc}") from None
        out.write(f"imported {admin.import_toml(text, actor=actor)} rules\n")
        return 0
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


def cmd_feeds(app: App, args: argparse.Namespace, stdin: TextIO, out: TextIO) -> int:
    if args.action == "list":
        for row in app.store.feed_health():
            health = f"failing ({row['failures']}x): {row['last_error']}" if row["failures"] else (
                f"ok, last success {row['last_success']}" if row["last_success"] else "not polled yet")
            out.write(f"{row['id']:>4}  {row['url']}  [{row['name']}]  {health}\n")
        return 0
    if args.action == "add":
        check_feed_url(args.url)
        if args.interval is not None and args.interval < 30:
            raise ConfigError("--interval: must be at least 30 seconds")
        feed = Feed(url=args.url, name=args.name or args.url, lang=args.lang, interval=args.interval)
        feed_id, created = app.store.add_feed(feed, datetime.now(timezone.utc))
        out.write(f"feed {feed_id} {'added' if created else 'already present'}: {args.url}\n")
        return 0
    if not app.store.remove_feed(args.feed):
        raise ConfigError(f"feed {args.feed}: no such feed")
    out.write(f"feed {args.feed} removed\n")
    return 0


def cmd_pledges(app: App, args: argparse.Namespace, stdin: TextIO, out: TextIO) -> int:
    """The same answers as /pledges in chat (one command table), plus export."""
    if args.words[:1] == ["export"]:
        from bot.pledge_export import pledges_to_csv, pledges_to_json

        rows = app.store.pledge_rows()
        text = pledges_to_csv(rows) if args.format == "csv" else pledges_to_json(rows)
        if args.out:
            args.out.write_text(text, encoding="utf-8")
            out.write(f"{len(rows)} pledges written to {args.out}\n")
        else:
            out.write(text)
        return 0
    console = ChatContext(platform="console", chat_id="cli", user_id="cli", chat_kind="private",
                          is_admin=True, can_manage_chat=True)
    reply = app.command_table().handle(console, "pledges", " ".join(args.words))
    out.write(terminal_text(reply, out) + "\n")
    if reply.photo is not None:
        target = args.out or Path("pledges.png")
        target.write_bytes(reply.photo)
        out.write(f"chart written to {target}\n")
    return 0


def terminal_text(reply: Reply, out: TextIO) -> str:
    """A reply for the terminal: on an interactive one, pieces with a URL (an outlet's
    name) become clickable hyperlinks (the OSC 8 escape most terminals understand);
    otherwise plain text (the links are in `pledges export`)."""
    interactive = getattr(out, "isatty", lambda: False)()
    if not reply.segments or not interactive:
        return reply.text
    parts = []
    for text, url in reply.segments:
        # Feed text must not smuggle terminal escapes of its own into the output.
        text = "".join(c for c in text if c.isprintable() or c == "\n")
        safe = url if url.startswith(("http://", "https://")) and url.isprintable() and " " not in url else ""
        parts.append(f"\x1b]8;;{safe}\x1b\\{text}\x1b]8;;\x1b\\" if safe else text)
    return "".join(parts)


def cmd_db(app: App, args: argparse.Namespace, stdin: TextIO, out: TextIO) -> int:
    if args.action == "backup":
        app.store.backup(args.file)
        out.write(f"database copied to {args.file}\n")
        return 0
    out.write(json.dumps(app.store.stats(), indent=2) + "\n")
    return 0


def cmd_status(app: App, args: argparse.Namespace, stdin: TextIO, out: TextIO) -> int:
    """Exit status 0 when every feed's last poll succeeded, 3 when some are failing."""
    rows = app.store.feed_health()
    failing = [r for r in rows if r["failures"]]
    pushes = {s.feed_id: s for s in app.store.websub_subscriptions()}
    for row in rows:
        if row["failures"]:
            out.write(f"FAILING {row['url']}: {row['failures']} failure(s), last error: {row['last_error']}, "
                      f"next try {row['next_poll']}\n")
        else:
            out.write(f"ok      {row['url']}: last success {row['last_success'] or 'never'}\n")
        if row["id"] in pushes:
            out.write(f"        push: {describe_websub(pushes[row['id']])}\n")
    outbox = app.store.outbox_counts()
    edits = app.store.edit_counts()
    out.write(f"feeds: {len(rows)} ({len(failing)} failing); outbox: {outbox.get('pending', 0)} pending, "
              f"{outbox.get('sent', 0)} sent, {outbox.get('failed', 0)} failed, "
              f"{outbox.get('uncertain', 0)} uncertain; story updates: {edits.get('pending', 0)} to edit, "
              f"{edits.get('done', 0)} edited, {edits.get('failed', 0)} dropped\n")
    return 3 if failing else 0


# -- helpers --------------------------------------------------------------------


def describe_websub(subscription: WebSubSubscription) -> str:
    if subscription.state == ACTIVE and subscription.lease_expires is not None:
        return f"active at {subscription.hub} until {subscription.lease_expires.isoformat(timespec='minutes')}"
    error = f" ({subscription.last_error})" if subscription.last_error else ""
    return f"{subscription.state} at {subscription.hub}{error}"


def describe_rule_error(exc: RuleError) -> str:
    where = f" at position {exc.position}" if exc.position is not None else ""
    expected = f" (expected {exc.expected})" if exc.expected else ""
    return f"invalid rule{where}: {exc}{expected}"


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
