"""Where and in which language the bot greets a Discord server that adds it: a server that
added the bot heard nothing from it until someone found the slash commands.

The channel is the server's system channel (where Discord itself posts "X joined"), else
the first text channel in the server's order, whichever the bot may see and write in first;
none such, no greeting (nothing is forced, nothing fails). The language is the server's
preferred locale (Community servers set it; others have Discord's default, English (US)).

Only a server the bot joined a moment ago is greeted: discord.py also reports as joined a
server whose GUILD_CREATE comes after it stopped waiting for them at start (`guild_ready_timeout`),
a server the bot had been in for months, which a restart then greeted again. And a server is
greeted once per stay (GreetingRecord): a restart or a new gateway session minutes after the
join reported it as joined again, with a join time still recent, and it was greeted twice."""

from __future__ import annotations

import logging
from datetime import datetime, timedelta
from typing import Any

import discord

from bot.adapters.discord_pages import locale_lang
from bot.errors import PledgewatchError

log = logging.getLogger(__name__)

# How long after the bot joined a server it still counts as just added (the join's event
# comes within seconds; a server's GUILD_CREATE late at start comes with the old join time).
JUST_JOINED = timedelta(minutes=10)


def greeting_channel(guild: discord.Guild) -> discord.TextChannel | None:
    """The channel to greet `guild` in, or None where the bot may write in none."""
    me = guild.me
    if me is None:  # the server's member list holds no bot member yet: nothing to check rights against
        return None
    for channel in (guild.system_channel, *sorted(guild.text_channels, key=lambda c: (c.position, c.id))):
        if channel is None:
            continue
        rights = channel.permissions_for(me)
        if rights.view_channel and rights.send_messages:
            return channel
    return None


def greeting_lang(guild: discord.Guild) -> str:
    """The greeting's language: the server's preferred locale's, English for any other."""
    return locale_lang(guild.preferred_locale)


def just_joined(guild: discord.Guild, now: datetime) -> bool:
    """The bot joined `guild` within JUST_JOINED of `now` (Discord's clock, UTC); a join time
    Discord left out counts as now."""
    joined = guild.me.joined_at if guild.me is not None else None
    return joined is None or now - joined <= JUST_JOINED


# The store's setting that says a server was greeted (its value: when), one per server.
GREETED_SETTING = "discord_greeted:{guild_id}"


class GreetingRecord:
    """The servers greeted during the bot's present stay in them, in the store's settings so
    that a restart remembers them. A store that cannot answer is logged, not fatal: the
    servers greeted since the start are remembered in memory all the same."""

    def __init__(self, store: Any):
        self.store = store
        self._greeted: set[int] = set()

    def greeted(self, guild_id: int) -> bool:
        if guild_id in self._greeted:
            return True
        if self.store is None:
            return False
        try:
            return bool(self.store.get_setting(GREETED_SETTING.format(guild_id=guild_id), ""))
        except PledgewatchError as exc:
            log.warning("discord: whether server %s was greeted cannot be read: %s", guild_id, exc)
            return False

    def record(self, guild_id: int, when: datetime) -> None:
        self._greeted.add(guild_id)
        self._write(guild_id, when.isoformat())

    def forget(self, guild_id: int) -> None:
        """The bot left the server: a later stay starts with a greeting."""
        self._greeted.discard(guild_id)
        self._write(guild_id, "")

    def _write(self, guild_id: int, value: str) -> None:
        if self.store is None:
            return
        try:
            self.store.set_setting(GREETED_SETTING.format(guild_id=guild_id), value)
        except PledgewatchError as exc:
            log.warning("discord: the greeting of server %s not recorded: %s", guild_id, exc)
