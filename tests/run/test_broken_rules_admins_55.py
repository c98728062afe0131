"""Stop 55, hostile: rules in the database that stop compiling leave the running bot on the
last rules that did, and the log and the audit log say so once per rules version (stop 54);
the bot admins were not told, and read /rules that no longer matched what alerted. Now one
message goes to each Telegram admin's private chat with the bot, as command replies go, in
the language that chat chose, once per broken version: not at every poll.

Real parts: the App with its Telegram chat on the real python-telegram-bot against the
loopback Bot API stand-in, the loopback feed server, SQLite; the rule is broken as an
outside writer would, through sqlite3 (tests/support/rule_writes.py)."""

from __future__ import annotations

import asyncio

import pytest

from bot.app import App
from bot.config import settings_from_dict
from bot.core.chat.i18n import t
from bot.core.models import Feed
from tests.support.poll_rows import aid_and_other_items
from tests.support.rule_writes import write_behind_the_bots_back
from tests.support.servers import rss
from tests.support.telegram_harness import replies

pytestmark = pytest.mark.timeout(120)

ADMIN, FRENCH_ADMIN, USER = 7000, 7001, 1001


async def _until(check, seconds: float = 10.0) -> None:
    for _ in range(int(seconds / 0.05)):
        if check():
            return
        await asyncio.sleep(0.05)


def test_the_admins_are_told_once_per_broken_version_in_their_chats_language(tmp_path, feed_server, stub):
    items = aid_and_other_items(16)
    database = str(tmp_path / "bot.db")
    app = App(settings_from_dict({
        "database": database, "analysis_workers": 0,
        "telegram": {"token": stub.token, "api_url": stub.url, "admins": [ADMIN, FRENCH_ADMIN]},
    }, base_dir=tmp_path, environ={}))

    async def go() -> None:
        app.prepare()
        app.store.set_chat_lang("telegram", str(FRENCH_ADMIN), "fr", app.clock.now())
        app.store.add_feed(Feed(url=feed_server.url("/wire.xml"), name="Wire"), app.clock.now(), actor="cli")
        app.use_chats(app.default_chats())
        (chat,) = app.chats
        await chat.start()
        try:
            feed_server.set_feed("/wire.xml", rss(items[:4]))
            await app.poll_once()
            kept = app.rules.version()
            write_behind_the_bots_back(database, "tank AND (")
            broken = app.rules.version()
            for more in (8, 12):
                feed_server.set_feed("/wire.xml", rss(items[:more]))
                await app.poll_once()
            await _until(lambda: replies(stub, ADMIN) and replies(stub, FRENCH_ADMIN))
            await asyncio.sleep(0.5)  # (a second message would have come by now)
            (english,) = replies(stub, ADMIN)
            (french,) = replies(stub, FRENCH_ADMIN)
            assert english.startswith(t("en", "rules_broken_admins", version=broken, kept=kept, error="")[:60])
            assert french.startswith(t("fr", "rules_broken_admins", version=broken, kept=kept, error="")[:60])
            assert "ends where a term was expected" in english and "version " + kept in english
            assert replies(stub, USER) == []  # a user who is no admin is told nothing

            write_behind_the_bots_back(database, "tank OR (")  # broken again: another version, told again
            feed_server.set_feed("/wire.xml", rss(items))
            await app.poll_once()
            await _until(lambda: len(replies(stub, ADMIN)) == 2)
            assert len(replies(stub, ADMIN)) == 2 and len(replies(stub, FRENCH_ADMIN)) == 2
        finally:
            await chat.stop()

    try:
        asyncio.run(go())
    finally:
        app.close()
