"""The chat commands that only read run off the event loop (bot/adapters/command_readers.py),
on Telegram and Discord alike: while one chat's /rule_test is held, another chat's command is
answered; a chat's own commands are answered in the order sent.

Before stop 58 every command ran on the event loop: the held /rule_test held the loop itself,
and nothing else was answered until it ended. The hold is bounded (tests/support/held_calls.HOLD seconds), so
that code fails these tests instead of hanging them."""

from __future__ import annotations

import asyncio
import threading

from bot.rule_admin import RuleAdmin
from tests.support import discord_harness
from tests.support.discord_harness import ADMIN as DISCORD_ADMIN
from tests.support.discord_harness import CHANNEL, OTHER, content_of
from tests.support.held_calls import HeldMethod
from tests.support.telegram_harness import ADMIN, USER, Bot, replies

# About 4 KB of an article pasted into /rule_test, as an admin trying a rule does.
LONG_TEXT = " ".join(["The defence ministry said it would send more armoured vehicles and shells."] * 54)


class HeldRuleTest(HeldMethod):
    """RuleAdmin.test held until released (or HOLD s), recording the thread it ran on."""

    def install(self, monkeypatch) -> None:
        super().install(monkeypatch, RuleAdmin, "test")


def test_telegram_answers_another_chat_while_a_rule_test_runs_off_the_loop(tmp_path, stub, monkeypatch):
    held = HeldRuleTest()
    held.install(monkeypatch)

    async def go() -> tuple[int, list[str], bool]:
        async with Bot(tmp_path, stub) as bot:
            stub.send_text(ADMIN, "/rule_test " + LONG_TEXT)
            await stub.until(lambda: held.threads)
            other = await bot.command(USER, "/topics")  # another chat, while the test is held
            answered_while_held = not held.ended.is_set()
            held.release.set()
            await stub.until(lambda: stub.messages_to(ADMIN))
            return threading.get_ident(), other, answered_while_held

    loop_thread, other, answered_while_held = asyncio.run(go())
    assert held.threads and held.threads[0] != loop_thread
    assert answered_while_held and other
    assert replies(stub, ADMIN)[0].startswith(("relevant", "not relevant"))  # the test's own answer, once released


def test_telegram_answers_one_chats_commands_in_the_order_sent(tmp_path, stub, monkeypatch):
    held = HeldRuleTest()
    held.install(monkeypatch)

    async def go() -> list[str]:
        async with Bot(tmp_path, stub) as bot:
            stub.send_text(ADMIN, "/rule_test " + LONG_TEXT)
            await stub.until(lambda: held.threads)
            stub.send_text(ADMIN, "/topics")  # sent after, and quick: still answered after
            await asyncio.sleep(0.3)  # time for an answer out of turn to go out (none may)
            held.release.set()
            await stub.until(lambda: len(stub.messages_to(ADMIN)) >= 2)
            return replies(stub, ADMIN)

    first, second = asyncio.run(go())
    assert first.startswith(("relevant", "not relevant")) and not second.startswith(("relevant", "not relevant"))


def test_discord_answers_another_channel_while_a_rule_test_runs_off_the_loop(tmp_path, monkeypatch):
    held = HeldRuleTest()
    held.install(monkeypatch)
    seen: dict[str, object] = {}

    async def body(h: discord_harness.Harness) -> None:
        seen["loop"] = threading.get_ident()
        token = await asyncio.to_thread(h.stub.slash_command, "rule_test", {"text": LONG_TEXT}, channel_id=CHANNEL,
                                        guild_id=discord_harness.GUILD, user_id=DISCORD_ADMIN)
        await discord_harness.until(lambda: held.threads)
        other = await h.command("topics", channel_id=OTHER)
        seen["answered_while_held"] = not held.ended.is_set()
        seen["other"] = content_of(other[-1])
        held.release.set()
        await h.stub.wait_async(lambda: any((call.body or {}).get("type") != 5
                                            for call in h.stub.interaction_replies(token)))
        seen["test"] = content_of(h.stub.interaction_replies(token)[-1])

    discord_harness.run(tmp_path, body)
    assert held.threads and held.threads[0] != seen["loop"]
    assert seen["answered_while_held"] and seen["other"]
    assert str(seen["test"]).startswith(("relevant", "not relevant"))


def _table_on(path):
    from bot.adapters.sqlite_store import SqliteStore
    from bot.config import load_settings
    from bot.core.chat.commands import CommandTable
    from bot.store_chat_services import StoreChatServices
    from tests.support.fakes import FakeClock

    store = SqliteStore(path)
    store.migrate()
    clock = FakeClock()
    rules = RuleAdmin(store, clock)
    rules.import_if_empty(load_settings(environ={}).rules_file.read_text(encoding="utf-8"))
    return store, CommandTable(StoreChatServices(store, rules), clock, rules.entities)


def test_what_a_command_on_the_loop_wrote_is_what_the_readers_thread_reads_next(tmp_path):
    from bot.adapters.command_readers import CommandReaders
    from bot.core.chat.i18n import t
    from bot.core.chat.services import ChatContext

    store, table = _table_on(tmp_path / "chat.db")
    ctx = ChatContext("telegram", "5", "5", is_admin=False, can_manage_chat=True)
    readers = CommandReaders()

    async def go() -> tuple[str, str]:
        try:
            before = (await readers.answer(table, ctx, "latest", "")).text  # the thread's connection opened
            await readers.answer(table, ctx, "lang", "fr")  # a write: on the loop's connection
            return before, (await readers.answer(table, ctx, "latest", "")).text
        finally:
            await readers.close()

    before, after = asyncio.run(go())
    store.close()
    assert (before, after) == (t("en", "latest_none"), t("fr", "latest_none"))


def test_a_database_the_readers_cannot_open_is_answered_as_unavailable_without_a_traceback(tmp_path, caplog):
    from bot.adapters.command_readers import CommandReaders
    from bot.core.chat.i18n import t
    from bot.core.chat.services import ChatContext

    path = tmp_path / "chat.db"
    store, table = _table_on(path)
    for moved in tmp_path.glob("chat.db*"):  # the loop's connection keeps its open files
        moved.unlink()
    path.mkdir()  # a folder where the database was: no second connection opens it
    ctx = ChatContext("telegram", "5", "5", is_admin=False, can_manage_chat=True)
    readers = CommandReaders()

    async def go() -> str:
        try:
            return (await readers.answer(table, ctx, "latest", "")).text
        finally:
            await readers.close()

    said = asyncio.run(go())
    store.close()
    assert said == t("en", "error_store")
    assert not [r for r in caplog.records if r.exc_info]
