"""Defects the review of stop 46's chat changes found (reread46b), through the real
python-telegram-bot against the loopback Bot API stand-in (tests/support/telegram_stub.py)
over a real store. Each test failed before its fix."""

from __future__ import annotations

import asyncio
import json
import sqlite3
from datetime import timedelta

from bot.adapters.feed_check import FeedChecker
from bot.core.chat.commands import CommandTable
from bot.core.models import Entry, Feed
from bot.rule_admin import BROAD_SAMPLE
from bot.store_chat_services import StoreChatServices
from tests.support.telegram_harness import ADMIN, GROUP, Bot, replies, run

FEED = "https://wire.example/rss"
MEMBER = 4321
KICKED = "Forbidden: bot was kicked from the supergroup chat"


def _store_articles(bot, count: int, *, word: str, spread: timedelta) -> None:
    """`count` articles fetched one after another over the last `spread`, each naming `word`."""
    feed_id, _ = bot.store.add_feed(Feed(url=FEED, name="Wire EN"), bot.clock.now())
    start = bot.clock.now() - spread
    with bot.store.transaction():
        for n in range(count):
            fetched = start + spread * (n / count)
            entry = Entry(feed_url=FEED, guid=f"item-{n}", url=f"https://wire.example/{n}",
                          title=f"Harbour report {n}: {word} convoy reaches port",
                          summary=f"Dock workers unloaded the {word} shipment number {n}.", published=fetched)
            bot.store.insert_entry(feed_id, entry, None, fetched)


def test_the_broad_rule_check_reads_only_the_newest_sample_through_the_index(tmp_path, stub, monkeypatch):
    # /rule_add's "fires on nearly everything" check read every article of the last three
    # days (1.6 s and 218 MB on a 1.5-million-article database, on the event loop) to keep
    # the newest 300. It must ask the store for those 300 only, through an index.
    # Since stop 59 it runs on the chat readers' thread, on a connection of its own (opened at
    # the thread's first command): every connection opened from here on is traced.
    statements: list[str] = []
    connect = sqlite3.connect

    def traced(*args, **kwargs):
        connection = connect(*args, **kwargs)
        connection.set_trace_callback(statements.append)
        return connection

    async def go():
        async with Bot(tmp_path, stub) as bot:
            _store_articles(bot, BROAD_SAMPLE + 60, word="quillfern", spread=timedelta(days=2))
            monkeypatch.setattr(sqlite3, "connect", traced)
            answer = (await bot.command(ADMIN, "/rule_add aid quillfern", user_id=ADMIN, language_code="en"))[-1]
            monkeypatch.setattr(sqlite3, "connect", connect)
            reads = [s for s in statements if "FROM feeds f JOIN entries e" in s]
            plans = [[row[-1] for row in bot.store.db.conn.execute(f"EXPLAIN QUERY PLAN {s}")] for s in reads]
            return answer, reads, plans, len(bot.rules.rules())

    answer, reads, plans, _ = run(go())
    assert f"{BROAD_SAMPLE} newest stored articles" in answer  # refused as broad, as before
    assert len(reads) == 1, reads
    assert f"LIMIT {BROAD_SAMPLE}" in reads[0], reads[0]
    # Since stop 47b the newest of each feed (tests/chat/test_broad_rule_sample_47b.py), each
    # feed's read in the entries_feed_fetched index: the entries table is never scanned (only
    # the feeds are), and the one sort is of the feeds' shares, at most BROAD_SAMPLE + a share.
    assert sum("entries_feed_fetched" in step for step in plans[0]) == 2, plans[0]
    assert [step.split()[1] for step in plans[0] if step.startswith("SCAN")] == ["f", "g"], plans[0]


def test_the_newest_entries_since_are_the_newest_in_time_order(tmp_path, stub):
    async def go():
        async with Bot(tmp_path, stub) as bot:
            _store_articles(bot, 12, word="quillfern", spread=timedelta(days=6))
            newest = bot.store.newest_entries_since(bot.clock.now() - timedelta(days=3), 4)
            inside = bot.store.entries_since(bot.clock.now() - timedelta(days=3))
            return [row["guid"] for row in newest], [row["guid"] for row in inside]

    newest, inside = run(go())
    assert newest == inside[-4:] == ["item-8", "item-9", "item-10", "item-11"]


def _refused_in(stub, chat_id: int) -> bool:
    return any(c.status == 403 and str(c.params.get("chat_id")) == str(chat_id) for c in stub.calls_to("sendMessage"))


def test_an_admins_rules_del_in_a_group_that_refuses_is_reported_in_private(tmp_path, stub):
    # "/rules del N" is run as /rule_del, but the private resend asked whether "rules" was an
    # admin command (it is not): the rule was deleted and the admin was told nothing.
    async def go():
        async with Bot(tmp_path, stub) as bot:
            doomed = bot.rules.rules()[-1].id
            stub.fail_chat(GROUP, 403, KICKED)
            stub.send_text(GROUP, f"/rules del {doomed}", user_id=ADMIN, language_code="en")
            await stub.until(lambda: stub.messages_to(ADMIN))
            return doomed, replies(stub, ADMIN), bot.store.get_rule(doomed)

    doomed, told, rule = run(go())
    assert rule is None
    assert len(told) == 1 and "/rule_del" in told[0] and str(doomed) in told[0], told


def test_a_members_refused_admin_command_is_not_sent_to_their_private_chat(tmp_path, stub):
    # The resend checked that the command was an admin one, not that the sender was an
    # admin: a member's refused /rule_add reached their private chat about a group they left.
    async def go():
        async with Bot(tmp_path, stub) as bot:
            stub.fail_chat(GROUP, 403, KICKED)
            before = len(bot.rules.rules())
            stub.send_text(GROUP, "/rule_add aid quillfern", user_id=MEMBER, language_code="en")
            await stub.until(lambda: _refused_in(stub, GROUP))
            stub.send_text(MEMBER, "/topics", user_id=MEMBER, language_code="en")  # a later reply, as a marker
            await stub.until(lambda: stub.messages_to(MEMBER))
            return replies(stub, MEMBER), len(bot.rules.rules()) - before

    told, added = run(go())
    assert added == 0
    assert len(told) == 1 and "/rule_add" not in told[0], told


def test_a_feed_check_after_a_private_resend_goes_to_the_private_chat(tmp_path, stub):
    # /feed_add's background check went to the group that had just refused the answer, so
    # the admin read what /feed_add did but never what the feed holds.
    def broken_source():
        raise RuntimeError("no fetching in this test")

    async def go():
        async with Bot(tmp_path, stub) as bot:
            bot.chat.commands = CommandTable(StoreChatServices(bot.store, bot.rules, chat_feed_addresses="loopback"),
                                             bot.clock, bot.rules.entities)
            bot.chat.feed_checker = FeedChecker(broken_source)
            stub.fail_chat(GROUP, 403, KICKED)
            stub.send_text(GROUP, "/feed_add http://127.0.0.1:9/aid.xml", user_id=ADMIN, language_code="en")
            await stub.until(lambda: len(stub.messages_to(ADMIN)) >= 2)
            return replies(stub, ADMIN)

    told = run(go())
    assert "/feed_add" in told[0], told
    assert told[1].startswith("Feed 1 could not be read:"), told


def _scope(call) -> dict:
    scope = call.params.get("scope") or {}
    return json.loads(scope) if isinstance(scope, str) else scope


def test_two_quick_commands_of_an_admin_in_a_group_set_their_menu_there_once(tmp_path, stub):
    # The (group, admin) pair was marked only after getChatMember's answer: a second command
    # within that round trip started a second getChatMember and three more setMyCommands.
    async def go():
        async with Bot(tmp_path, stub) as bot:
            sets, members = len(stub.calls_to("setMyCommands")), len(stub.calls_to("getChatMember"))
            stub.send_text(GROUP, "/topics", user_id=ADMIN, language_code="en")
            stub.send_text(GROUP, "/status", user_id=ADMIN, language_code="en")
            await stub.until(lambda: len(stub.messages_to(GROUP)) >= 2)
            await stub.until(lambda: (f"chat_member:{GROUP}:{ADMIN}", "de") in stub.menus)
            await asyncio.sleep(0.5)
            chat_member = [c for c in stub.calls_to("setMyCommands")[sets:] if _scope(c).get("type") == "chat_member"]
            return len(chat_member), len(stub.calls_to("getChatMember")) - members

    sets, members = run(go())
    assert (sets, members) == (3, 1)


def test_a_429_on_a_group_menu_stops_the_menu_calls_until_its_wait_has_passed(tmp_path, stub):
    # A refused group menu was asked again at every command of the admin there (getChatMember
    # and setMyCommands each time), and each call during the flood wait only made it longer.
    async def go():
        async with Bot(tmp_path, stub) as bot:
            stub.fail_menus(50, retry_after=2)
            sets, members = len(stub.calls_to("setMyCommands")), len(stub.calls_to("getChatMember"))
            for text in ("/topics", "/status", "/help", "/topics"):
                await bot.command(GROUP, text, user_id=ADMIN, language_code="en")
                await asyncio.sleep(0.1)
            during = (len(stub.calls_to("setMyCommands")) - sets, len(stub.calls_to("getChatMember")) - members)
            await asyncio.sleep(2.2)  # the wait over: asked again at the next command
            await bot.command(GROUP, "/status", user_id=ADMIN, language_code="en")
            await stub.until(lambda: len(stub.calls_to("setMyCommands")) - sets > during[0])
            return during, len(stub.calls_to("getChatMember")) - members

    during, members_after = run(go())
    assert during == (1, 1), during
    assert members_after == 2


def test_a_group_menu_is_not_set_on_a_guess_when_telegram_cannot_say_who_manages_the_group(tmp_path, stub):
    # When getChatMember failed the admin was taken for a plain member and their menu in the
    # group (the chat_member scope outranks the administrators' one) lacked /subscribe and
    # /unsubscribe until a restart, though they administer the group.
    def offered(lang: str = "") -> set[str]:
        return {c["command"] for c in stub.menus.get((f"chat_member:{GROUP}:{ADMIN}", lang), [])}

    async def go():
        async with Bot(tmp_path, stub) as bot:
            stub.set_member(GROUP, ADMIN, "administrator")
            stub.fail_member_lookups(1)
            await bot.command(GROUP, "/topics", user_id=ADMIN, language_code="en")
            await stub.until(lambda: any(c.status == 500 for c in stub.calls_to("getChatMember")))
            await asyncio.sleep(0.3)
            after_failure = offered()
            await bot.command(GROUP, "/status", user_id=ADMIN, language_code="en")
            await stub.until(lambda: offered("de"))
            return after_failure, offered()

    after_failure, menu = run(go())
    assert after_failure == set()
    assert {"subscribe", "unsubscribe", "rule_add"} <= menu
