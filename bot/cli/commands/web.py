"""`pledgewatch web`: the read-only web tracker (bot/web/) served until stopped."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, TextIO

from bot.cli.stop_signals import stop_on_signals
from bot.config import parse_listen
from bot.errors import CommandError, ConfigError

if TYPE_CHECKING:  # the app pulls in the rule engine: imported only when the command runs
    from bot.app import App


def listen_option(value: str) -> tuple[str, int]:
    """--listen HOST:PORT, read as [web] listen is; a bad one is an error of the command
    line ("pledgewatch: error: --listen: ..."), not of the settings."""
    try:
        return parse_listen(value, "--listen")
    except ConfigError as exc:
        raise CommandError(str(exc)) from None


def cmd_web(app: App, args: argparse.Namespace, stdin: TextIO, out: TextIO) -> int:
    """Serve the web tracker on --listen, else [web] listen, else 127.0.0.1:8000."""
    from bot.config import DEFAULT_WEB_LISTEN

    if args.listen:
        (host, port), listen_from = listen_option(args.listen), "--listen"
    elif app.settings.web.enabled:
        host, port, listen_from = app.settings.web.listen_host, app.settings.web.listen_port, "web.listen"
    else:
        (host, port), listen_from = DEFAULT_WEB_LISTEN, "the default address (choose one with --listen)"
    server = app.web_server(host, port, listen_from)

    import asyncio

    async def serve() -> None:
        stop = stop_on_signals()
        await server.start()
        try:
            out.write(f"serving the pledge tracker on {server.url} (Ctrl-C stops)\n")
            out.flush()
            await stop.wait()
        finally:
            await server.stop()

    asyncio.run(serve())
    return 0
