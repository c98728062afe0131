"""Stop 56, hostile: rules in the database that stop compiling are told to the Telegram admins
(stop 55), and the Discord admins heard nothing: they read /rules that no longer matched what
alerted. Now each [discord] admin gets one direct message per broken version, in their
language (the DM's /lang, else the language their Discord client showed at their last
command); an admin whose DMs are closed is written to, with a mention, in the server channel
they last ran a command in; one never seen in a server cannot be reached, and the log says so.

Real parts: the App with its Discord chat on the real discord.py against the loopback
Discord stand-in (REST and gateway, DMs included), the loopback feed server, SQLite; the rule
is broken as an outside writer would, through sqlite3 (tests/support/rule_writes.py)."""

from __future__ import annotations

import asyncio
import logging

import pytest

from bot.app import App
from bot.config import settings_from_dict
from bot.core.chat.i18n import t
from bot.core.models import Feed
from tests.support.discord_harness import CHANNEL, GUILD, OTHER, TOKEN, content_of, until
from tests.support.discord_stub import DiscordStub
from tests.support.poll_rows import aid_and_other_items
from tests.support.rule_writes import write_behind_the_bots_back
from tests.support.servers import rss

pytestmark = pytest.mark.timeout(120)

# English (never ran a command), French (ran one with a French client), German by /lang in
# the DM, DMs closed but seen in a channel (a German client), DMs closed and never seen.
ENGLISH, FRENCH, GERMAN_DM, CLOSED, CLOSED_UNSEEN = 7000, 7001, 7002, 7003, 7004
USER = 1001
GERMAN_DM_CHANNEL = 555000000000000001


def _opening(lang: str, version: str, kept: str) -> str:
    return t(lang, "rules_broken_admins", version=version, kept=kept, error="")[:50]


def test_the_discord_admins_are_told_once_per_broken_version_by_dm_or_where_they_were_seen(
        tmp_path, feed_server, caplog):
    caplog.set_level(logging.INFO, logger="bot.adapters.discord_admins")
    items = aid_and_other_items(16)
    database = str(tmp_path / "bot.db")
    with DiscordStub(token=TOKEN, guilds={GUILD: [CHANNEL, OTHER]}) as stub:
        stub.dm_channels[GERMAN_DM] = GERMAN_DM_CHANNEL
        stub.close_dms(CLOSED)
        stub.close_dms(CLOSED_UNSEEN)
        app = App(settings_from_dict({
            "database": database, "analysis_workers": 0,
            "discord": {"token": TOKEN, "api_url": stub.api_url, "gateway_url": stub.gateway_url,
                        "guild_ids": [GUILD], "admins": [ENGLISH, FRENCH, GERMAN_DM, CLOSED, CLOSED_UNSEEN]},
        }, base_dir=tmp_path, environ={}))

        def dms(user: int) -> list[str]:
            return [body.get("content") or "" for body in stub.dm_messages(user)]

        def in_channel() -> list[str]:
            return [body.get("content") or "" for body in stub.messages(OTHER)]

        async def command_by(user: int, locale: str) -> None:
            token = await asyncio.to_thread(stub.slash_command, "help", channel_id=OTHER, guild_id=GUILD,
                                            user_id=user, locale=locale)
            await stub.wait_async(lambda: stub.interaction_replies(token))

        async def go() -> None:
            app.prepare()
            app.store.set_chat_lang("discord", str(GERMAN_DM_CHANNEL), "de", app.clock.now())
            app.store.add_feed(Feed(url=feed_server.url("/wire.xml"), name="Wire"), app.clock.now(), actor="cli")
            app.use_chats(app.default_chats())
            (chat,) = app.chats
            await chat.start()
            try:
                await command_by(FRENCH, "fr")
                await command_by(CLOSED, "de")
                await command_by(USER, "en-US")
                feed_server.set_feed("/wire.xml", rss(items[:4]))
                await app.poll_once()
                kept = app.rules.version()
                write_behind_the_bots_back(database, "tank AND (")
                broken = app.rules.version()
                for more in (8, 12):
                    feed_server.set_feed("/wire.xml", rss(items[:more]))
                    await app.poll_once()
                await until(lambda: dms(ENGLISH) and dms(FRENCH) and dms(GERMAN_DM) and in_channel()
                            and "7004" in caplog.text)
                await asyncio.sleep(0.5)  # (a second message would have come by now)
                (english,) = dms(ENGLISH)
                (french,) = dms(FRENCH)
                (german,) = dms(GERMAN_DM)
                (mentioned,) = in_channel()
                assert english.startswith(_opening("en", broken, kept))
                assert french.startswith(_opening("fr", broken, kept))
                assert german.startswith(_opening("de", broken, kept))
                # DMs closed: in the channel where they ran /help, naming them, in their client's language.
                assert mentioned.startswith(f"<@{CLOSED}> " + _opening("de", broken, kept))
                mention_rule = stub.calls_to("POST", f"/channels/{OTHER}/messages")[-1].body["allowed_mentions"]
                assert [int(u) for u in mention_rule["users"]] == [CLOSED] and mention_rule["parse"] == []
                assert "ends where a term was expected" in english and "version " + kept in english
                assert dms(CLOSED) == [] and dms(CLOSED_UNSEEN) == [] and dms(USER) == []
                assert "admin 7004 refuses direct messages" in caplog.text and "not told" in caplog.text

                write_behind_the_bots_back(database, "tank OR (")  # broken again: another version, told again
                feed_server.set_feed("/wire.xml", rss(items))
                await app.poll_once()
                await until(lambda: len(dms(ENGLISH)) == 2 and len(in_channel()) == 2)
                assert len(dms(FRENCH)) == 2 and len(dms(GERMAN_DM)) == 2
            finally:
                await chat.stop()

        try:
            asyncio.run(go())
        finally:
            app.close()


def test_where_an_admin_was_seen_outlives_a_restart_and_a_dm_keeps_the_server_channel(tmp_path):
    """The channel and language are kept in the store (a restart between the command and the
    broken rules must not lose the way to an admin whose DMs are closed), written only when they
    change; a command in DMs keeps the server channel known before (a DM cannot reach them)."""
    from bot.adapters.discord_admins import AdminSightings, Sighting
    from bot.adapters.sqlite_store import SqliteStore

    store = SqliteStore(tmp_path / "bot.db")
    store.migrate()
    try:
        writes: list[str] = []
        setting = store.set_setting
        store.set_setting = lambda name, value: (writes.append(name), setting(name, value))[1]
        sightings = AdminSightings(store)
        sightings.note(CLOSED, CHANNEL, "fr")
        sightings.note(CLOSED, CHANNEL, "fr")
        sightings.note(CLOSED, None, "de")  # a command in DMs, the client now German
        assert len(writes) == 2
        assert AdminSightings(store).seen(CLOSED) == Sighting(CHANNEL, "de")
        assert AdminSightings(store).seen(ENGLISH) is None
        store.set_setting(f"discord_admin_seen:{ENGLISH}", "{not json")  # written by hand: as never seen
        assert AdminSightings(store).seen(ENGLISH) is None
    finally:
        store.close()
