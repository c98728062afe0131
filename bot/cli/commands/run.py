"""`pledgewatch run`: the main job, polling every feed on its schedule and delivering
alerts until SIGINT or SIGTERM."""

from __future__ import annotations

import argparse
import logging
import time
from typing import TYPE_CHECKING, TextIO

from bot import __version__
from bot.cli.stop_signals import stop_on_signals

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
        for line in [*app.describe_setup(), describe_alert_targets(app)]:
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


def describe_alert_targets(app: App) -> str:
    """Where alerts go: the platforms whose tokens are set, else the console."""
    platforms = [name for name, on in (("Telegram", app.settings.telegram.enabled),
                                       ("Discord", app.settings.discord.enabled)) if on]
    if platforms:
        return f"alerts go to: {' and '.join(platforms)} (subscribed chats)"
    return "alerts go to: this console (no TELEGRAM_BOT_TOKEN or DISCORD_BOT_TOKEN set)"
