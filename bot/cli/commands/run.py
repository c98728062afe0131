"""`pledgewatch run`: the main job, polling every feed on its schedule and delivering
alerts until SIGINT or SIGTERM."""

from __future__ import annotations

import argparse
import logging
import time
from typing import TYPE_CHECKING, TextIO

from bot import __version__
from bot.cli.database_place import start_line as database_start_line
from bot.cli.stop_signals import stop_on_signals
from bot.config import read_seed_rules, seed_rules_file
from bot.config.feed_spelling import same_feed_key
from bot.errors import ConfigError, RuleError

if TYPE_CHECKING:  # the app pulls in the rule engine: imported only when the command runs
    from bot.app import App

log = logging.getLogger("bot")


def cmd_run(app: App, args: argparse.Namespace, stdin: TextIO, out: TextIO) -> int:
    import asyncio

    from bot.run_loop import PROGRESS_SECONDS, run_until_stopped

    app.use_chats(app.default_chats())

    async def main_job() -> None:
        stop = stop_on_signals()
        log.info("pledgewatch %s running", __version__)
        for line in [*describe_setup(app), describe_alert_targets(app)]:
            log.info("%s", line)
        log.info("first poll of every feed now (one failing since before waits out its back-off), then each feed "
                 "every %d s or so (adaptive; see `status`); "
                 "progress of that first round every %d s, then a summary line each minute that polled",
                 app.settings.poll_interval, PROGRESS_SECONDS)
        started = time.monotonic()
        polled = await run_until_stopped(app, stop)
        log.info("%s", polled.stopped(time.monotonic() - started))

    asyncio.run(main_job())
    return 0


def describe_setup(app: App) -> list[str]:
    """What this process works with, said once at start: which rules and feeds, from where."""
    rules = app.rules.rules()
    if app.seeded_rules:
        origin = f"imported now from {seed_rules_file(app.settings)}"
    else:
        origin = "stored in the database (edit with `pledgewatch rules`)" + _rules_file_note(app)
    feeds = app.store.list_feeds()
    configured = {same_feed_key(f.url) for f in app.settings.feeds}
    listed = sum(1 for f in feeds if same_feed_key(f.url) in configured)
    files = ", ".join(str(p) for p in (app.settings.feeds_file, app.settings.source) if p)
    # With no feed, `run` said "first poll of every feed now" and then nothing, ever.
    nothing = ("; nothing to poll: add one with `pledgewatch feeds add URL` (a running job takes it "
               "within a minute) or list [[feed]] tables in the settings") if not feeds else ""
    feeds_line = (f"feeds: {len(feeds)}: {listed} listed in the settings ({files}), "
                  f"{len(feeds) - listed} added with `feeds add` or in chat{nothing}")
    return [f"rules: {len(rules)}, {origin}", feeds_line, database_start_line(app.settings.database),
            app.analysis_workers_choice().describe()]


def _rules_file_note(app: App) -> str:
    """Said when the seed rules file differs from the database's rules: a newcomer who
    edits config/rules.toml after the first start (as the README's Configuration
    suggests) saw `run` start on the stored rules without a word that the edit was not
    read. Nothing when they agree, or when the file cannot be read (it is no longer
    needed: the database's rules are the ones used)."""
    from bot.core.rules.diff import diff_rules
    from bot.core.rules.files import load_rules_toml

    path = seed_rules_file(app.settings)
    try:
        incoming, threshold = load_rules_toml(read_seed_rules(app.settings))
    except (ConfigError, RuleError):  # a rule broken in the file since: the file is not used
        return ""
    diff = diff_rules(app.rules.rules(), app.rules.threshold(), incoming, threshold)
    if diff.is_empty():
        return ""
    return (f"; {path} differs from them in {diff.count()} place(s) and is read only into a new database: "
            f"`pledgewatch rules diff` shows how, `pledgewatch rules import {path}` takes the file's rules")


def describe_alert_targets(app: App) -> str:
    """Where alerts go: the platforms whose tokens are set, else the console."""
    platforms = [name for name, on in (("Telegram", app.settings.telegram.enabled),
                                       ("Discord", app.settings.discord.enabled)) if on]
    if platforms:
        return f"alerts go to: {' and '.join(platforms)} (subscribed chats)"
    # What to do for chats, said where a newcomer reads that there are none; and what the
    # console follows: topics or a digest chosen with `pledgewatch chat` days ago would
    # otherwise look like alerts gone missing.
    return (f"alerts go to: this console (no TELEGRAM_BOT_TOKEN or DISCORD_BOT_TOKEN set), {_console_follows(app)}; "
            "set one to alert the chats that /subscribe (README, \"Alert a chat\")")


def _console_follows(app: App) -> str:
    """The console chat's topics, mode and language, in words, with the command that changes them."""
    from bot.adapters.console_chat import CONSOLE_CHAT_ID
    from bot.core.chat.digest import DEFAULT_DIGEST_TIME

    follows = _console_topics_and_mode(app, DEFAULT_DIGEST_TIME, CONSOLE_CHAT_ID)
    # Alerts in French or German, chosen with /lang in a session long ago, are said where they come from.
    lang = app.console_lang(CONSOLE_CHAT_ID)
    if lang != "en":
        follows += f", in {LANGUAGE_WORDS[lang]} (`pledgewatch chat /lang en`)"
    return follows


# The console chat's languages as the start line names them.
LANGUAGE_WORDS = {"en": "English", "fr": "French", "de": "German"}


def _console_topics_and_mode(app: App, default_time: str, chat_id: str) -> str:
    """The console chat's topics and mode (a digest's time, `default_time` unless it chose one)."""
    subscription = app.store.chat_subscription("console", chat_id)
    if subscription is None or not subscription.active:  # its user's /unsubscribe from every topic, kept
        return "no topic: it unsubscribed from every topic (`pledgewatch chat /subscribe` prints them again)"
    if subscription.topics:
        topics = f"topics {', '.join(subscription.topics)} (`pledgewatch chat /subscribe` alone: every topic)"
    elif subscription.excluded:
        topics = (f"every topic but {', '.join(subscription.excluded)} "
                  "(`pledgewatch chat /subscribe` alone: every topic)")
    else:
        topics = "every topic (`pledgewatch chat /subscribe TOPIC` keeps some)"
    if subscription.mode == "digest":
        return (f"{topics}, in a daily digest at {subscription.digest_time or default_time} UTC "
                "(`pledgewatch chat /mode instant`)")
    return topics
