"""The subscriber's side of the WebSub tests (tests/feeds/test_websub*.py): the WebSub
settings naming the bot's callback server on a loopback port (tests/support/servers.py's
free_port gives one), the shipped rules and
a feed item they alert on, and a wait for something another task of the loop does. The hub
they subscribe to is tests/support/websub_hub.py."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from pathlib import Path

from bot.config import WebSubSettings

SHIPPED_RULES = Path(__file__).resolve().parents[2] / "config" / "rules.toml"
# A feed item the shipped rules take as aid news: its title is the alert's.
PLEDGE_ITEM = {"title": "Germany pledges 14 Leopard 2 tanks to Ukraine",
               "description": "Berlin will deliver 14 Leopard 2 tanks to Ukraine, the defence ministry said.",
               "link": "https://news.example/leopard", "guid": "leopard"}


def websub_settings(port: int, lease_days: int = 10) -> WebSubSettings:
    """WebSub on: the callback server listens on `port` of loopback and hubs are given its URL."""
    return WebSubSettings(callback_url=f"http://127.0.0.1:{port}/websub", listen_port=port, lease_days=lease_days)


async def eventually(condition: Callable[[], bool], what: str, timeout: float = 60.0) -> None:
    """Wait until `condition()` holds; an AssertionError naming `what` after `timeout` s."""
    # A deadline, not a measure: on a loaded 2-core CI machine a cold rules compile alone
    # can take several seconds, and 10 s failed now and then in group runs.
    try:
        async with asyncio.timeout(timeout):
            while not condition():
                await asyncio.sleep(0.02)  # waiting on another task of this loop, not on time
    except TimeoutError:
        raise AssertionError(f"not seen within {timeout:.0f} s: {what}") from None
