"""Discord's gateway closing the connection: what each close means, in one line, and the
spacing of connections that end as soon as they begin.

discord.py reconnects at once, with no wait at all, after any close it takes for a passing
one (every code but 1000 sent by itself and the fatal ones, 4004 and 4010-4014), and after an
"invalid session": a gateway (or a proxy named in `gateway_url`) that closed every connection
right after its HELLO had the bot connect 1,029 times in 6 s on the loop that serves the
commands and alerts, and Discord resets a token that identifies 1,000 times in a day. Each
connection that follows one opened less than STABLE_SECONDS before now waits 1 s, then 2, 4 ...
up to LONGEST_WAIT; one after a connection that lasted, none (a reconnect after a network drop
is not slowed).

The fatal closes (a token refused, intents refused, sharding or an API version the gateway
will not take) ended discord.py's task with a bare ConnectionClosed: at start, "gateway
connection failed (ConnectionClosed)"; while running, nothing at all, and Discord was silent
from then on. Each is now named with what to do (gateway_close_text).
"""

from __future__ import annotations

import asyncio
import logging
import time
import weakref
from dataclasses import dataclass

import discord
from discord.gateway import DiscordWebSocket

log = logging.getLogger(__name__)

STABLE_SECONDS = 60.0
FIRST_WAIT = 1.0
# Below discord.py's 60 s bound on opening a connection, which the wait is counted in.
LONGEST_WAIT = 30.0
# A warning once a run of short connections is this long (one short connection is a blip).
WARN_AFTER = 3

_PORTAL = "the Discord Developer Portal (your application, Bot)"
_FATAL: dict[int, str] = {
    4004: "Discord refused this bot token (gateway close 4004: authentication failed): a typo, or a token reset "
          f"since; copy it again from {_PORTAL}",
    4010: "the Discord gateway refused the shard asked for (gateway close 4010: invalid shard); pledgewatch runs "
          "one shard: check discord.gateway_url / DISCORD_GATEWAY_URL",
    4011: "the Discord gateway asks for sharding (gateway close 4011: the bot is in too many servers for one "
          "connection); pledgewatch runs one shard",
    4012: "the Discord gateway refused the API version asked for (gateway close 4012): check discord.gateway_url / "
          "DISCORD_GATEWAY_URL",
    4013: "the Discord gateway refused the intents asked for (gateway close 4013: invalid intents); pledgewatch asks "
          "for Guilds, Guild Messages and Direct Messages only: check discord.gateway_url / DISCORD_GATEWAY_URL",
    4014: "the Discord gateway refused the intents asked for (gateway close 4014: disallowed intents); pledgewatch asks "
          f"for no privileged intent: check discord.gateway_url / DISCORD_GATEWAY_URL, or the intents in {_PORTAL}",
}
TOKEN_REFUSED = 4004
# Closes refusing what the settings ask (shard, API version, intents): a configuration error,
# exit 2. 4011 (sharding required) is no setting's fault: it stops the start all the same.
SETTING_REFUSED = frozenset({4010, 4012, 4013, 4014})


def close_code(failure: BaseException | None) -> int | None:
    """The gateway's close code a failure of discord.py's connection carries, if any."""
    if isinstance(failure, discord.PrivilegedIntentsRequired):
        return 4014
    if isinstance(failure, discord.ConnectionClosed):
        return failure.code
    return None


def gateway_close_text(failure: BaseException | None) -> str | None:
    """One line saying what a fatal close means and what to do; None for any other failure."""
    return _FATAL.get(close_code(failure))  # type: ignore[arg-type]


@dataclass
class GatewayPacer:
    """How long to wait before each new gateway connection (see the module docstring). Pure:
    the caller gives the time."""

    last_opened: float | None = None
    short_in_a_row: int = 0

    def wait_before_next(self, now: float) -> float:
        if self.last_opened is None or now - self.last_opened >= STABLE_SECONDS:
            self.short_in_a_row = 0
            wait = 0.0
        else:
            wait = min(FIRST_WAIT * 2 ** self.short_in_a_row, LONGEST_WAIT)
            self.short_in_a_row += 1
        self.last_opened = now + wait
        return wait


_pacers: weakref.WeakKeyDictionary[discord.Client, GatewayPacer] = weakref.WeakKeyDictionary()


def pace(client: discord.Client) -> GatewayPacer:
    """Space `client`'s gateway connections from now on (installs the hook once)."""
    _install()
    pacer = _pacers[client] = GatewayPacer()
    return pacer


def _install() -> None:
    original = DiscordWebSocket.from_client
    if getattr(original, "paced", False):
        return
    opening = original.__func__  # type: ignore[attr-defined]

    async def from_client(cls, client, **kwargs):  # type: ignore[no-untyped-def]
        pacer = _pacers.get(client)
        if pacer is not None:
            wait = pacer.wait_before_next(time.monotonic())
            if pacer.short_in_a_row == WARN_AFTER:
                log.warning("discord: the gateway closed %d connections in a row within a minute of opening them "
                            "(last close code %s); waiting %g s before the next, up to %g s", WARN_AFTER,
                            last_close_code(client), wait, LONGEST_WAIT)
            if wait:
                await asyncio.sleep(wait)
        return await opening(cls, client, **kwargs)

    from_client.paced = True  # type: ignore[attr-defined]
    DiscordWebSocket.from_client = classmethod(from_client)  # type: ignore[method-assign,assignment]


def last_close_code(client: discord.Client | None) -> object:
    """The code the gateway last closed `client`'s connection with ("none" if it did not)."""
    ws = getattr(client, "ws", None)
    socket = getattr(ws, "socket", None)
    return getattr(ws, "_close_code", None) or getattr(socket, "close_code", None) or "none"
