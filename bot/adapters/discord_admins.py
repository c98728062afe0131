"""Telling the bot's Discord admins ([discord] admins) something only they need to know
(rules in the database that stopped compiling): a direct message to each, as Telegram's
admins are written to in their private chats.

A bot may open a DM with any user it shares a server with, but a user who turned off
"direct messages from server members" refuses it (403, code 50007). Such an admin is
written to, with a mention, in the last server channel where they ran one of the bot's
commands, which AdminSightings remembers (in the store's settings, so across restarts);
an admin who never ran a command in a server cannot be reached then, and the log says so.

The language is the DM channel's (/lang run there), else the one the admin's Discord
client showed at their last command (its locale), else English.

Admins by Manage Server (`manage_server_admins`) are not written to: Discord tells a bot
who has that right only inside an interaction, member by member; they read /audit."""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import aiohttp
import discord

from bot.adapters.discord_failures import http_error_text
from bot.core.chat.i18n import LANGUAGES
from bot.core.chat.render_discord import neutralise
from bot.errors import PledgewatchError

log = logging.getLogger(__name__)

# The store's setting that says where an admin was last seen, one per admin:
# {"channel": "<server channel id or empty>", "lang": "<en|fr|de>"}.
SIGHTING_SETTING = "discord_admin_seen:{user_id}"
CANNOT_MESSAGE_USER = 50007  # Discord's code for DMs refused by the user's privacy settings


@dataclass(frozen=True)
class Sighting:
    """Where and in which language an admin last ran a command: `channel` a server channel
    (None when only seen in DMs), `lang` their Discord client's language."""

    channel: int | None
    lang: str


class AdminSightings:
    """The last server channel and language of each admin, in memory and in the store's
    settings (written only when they change: not a write per command). A store that
    cannot answer is logged, not fatal."""

    def __init__(self, store: Any):
        self.store = store
        self._seen: dict[int, Sighting] = {}

    def note(self, user_id: int, channel: int | None, lang: str) -> None:
        """An admin ran a command in `channel` (None: a DM, which keeps the server channel
        known before: a DM is no way round closed DMs)."""
        before = self.seen(user_id)
        sighting = Sighting(channel if channel is not None else (before.channel if before else None), lang)
        if sighting == before:
            return
        self._seen[user_id] = sighting
        if self.store is None:
            return
        value = json.dumps({"channel": str(sighting.channel or ""), "lang": sighting.lang})
        try:
            self.store.set_setting(SIGHTING_SETTING.format(user_id=user_id), value)
        except PledgewatchError as exc:
            log.warning("discord: where admin %s was seen not recorded: %s", user_id, exc)

    def seen(self, user_id: int) -> Sighting | None:
        if user_id in self._seen or self.store is None:
            return self._seen.get(user_id)
        try:
            raw = self.store.get_setting(SIGHTING_SETTING.format(user_id=user_id), "")
        except PledgewatchError as exc:
            log.warning("discord: where admin %s was seen cannot be read: %s", user_id, exc)
            return None
        sighting = _read_sighting(raw or "")
        if sighting is not None:
            self._seen[user_id] = sighting
        return sighting


def _read_sighting(raw: str) -> Sighting | None:
    try:
        value = json.loads(raw) if raw else None
        channel = str(value.get("channel") or "")
        lang = str(value.get("lang") or "en")
    except (ValueError, AttributeError):
        return None  # unreadable (written by hand): as never seen
    return Sighting(int(channel) if channel.isdigit() else None, lang if lang in LANGUAGES else "en")


async def tell_admin(client: discord.Client, user_id: int, text_in: Callable[[str], str],
                     sightings: AdminSightings, lang_of_chat: Callable[[str, str], str]) -> str:
    """Write `text_in(lang)` to one admin: by DM, else (DMs closed) with a mention in the
    channel they were last seen in. Returns where it went ("dm", "channel") or "" when
    it could go nowhere (logged). `lang_of_chat(chat_id, default)` is the language a chat
    chose. Never raises: telling must not stop anything else."""
    seen = sightings.seen(user_id)
    their_lang = seen.lang if seen else "en"
    refused = ""
    try:
        dm = await client.create_dm(discord.Object(id=user_id))
        lang = lang_of_chat(str(dm.id), their_lang)
        await dm.send(neutralise(text_in(lang)), allowed_mentions=discord.AllowedMentions.none())
        return "dm"
    except (discord.Forbidden, discord.NotFound) as exc:  # DMs closed, or no such user
        refused = http_error_text(exc)
    except (discord.HTTPException, aiohttp.ClientError, OSError) as exc:
        # (a 5xx or a dropped connection: the DM may have gone; not written twice)
        log.warning("discord: admin %s not told by direct message: %s", user_id, _error_text(exc))
        return ""
    if seen is None or seen.channel is None:
        log.warning("discord: admin %s refuses direct messages (%s) and ran no command in a server channel "
                    "the bot knows: not told", user_id, refused)
        return ""
    admin = discord.Object(id=user_id)
    try:
        channel = client.get_partial_messageable(seen.channel)
        await channel.send(f"<@{user_id}> " + neutralise(text_in(their_lang)),
                           allowed_mentions=discord.AllowedMentions(everyone=False, roles=False, users=[admin]))
    except (discord.HTTPException, aiohttp.ClientError, OSError) as exc:
        log.warning("discord: admin %s refuses direct messages (%s), and channel %s refused the message too: %s",
                    user_id, refused, seen.channel, _error_text(exc))
        return ""
    log.info("discord: admin %s refuses direct messages (%s): told in channel %s", user_id, refused, seen.channel)
    return "channel"


def _error_text(exc: BaseException) -> str:
    return http_error_text(exc) if isinstance(exc, discord.HTTPException) else type(exc).__name__
