"""What a Telegram chat user meets beyond a typed command (stop 58):

- a forwarded message was run as a command of whoever forwarded it: a bot admin forwarding a
  conversation to the bot with "/rule_del 3" in it deleted rule 3, and a linked channel's post
  copied into its discussion group ran there as the channel's. Not run now; a private chat is
  told why, a group says nothing;
- a command written as the caption of a photo (Telegram shows it as a command there too) got
  no answer at all. Answered now as typed text is;
- a Discord channel (or thread) deleted while subscribed stayed subscribed until its next alert
  was refused. Its subscription ends when Discord says it is gone, its waiting alerts counted
  as not sent to an unsubscribed chat.
"""

from __future__ import annotations

import asyncio
import logging

from tests.support import discord_harness
from tests.support.discord_harness import CHANNEL, GUILD, OTHER
from tests.support.telegram_harness import ADMIN, GROUP, USER, Bot, replies


def test_a_forwarded_admin_command_is_not_run_and_a_private_chat_is_told_why(tmp_path, stub):
    async def go() -> tuple[int, int]:
        async with Bot(tmp_path, stub) as bot:
            before = len(bot.rules.rules())
            rule_id = bot.rules.rules()[0].id
            stub.send_text(ADMIN, f"/rule_del {rule_id}", forwarded_from=USER)
            await stub.until(lambda: stub.messages_to(ADMIN))
            return before, len(bot.rules.rules())

    before, after = asyncio.run(go())
    assert after == before  # nothing deleted
    (said,) = replies(stub, ADMIN)
    assert said.startswith("I do not run forwarded messages: send /rule_del yourself")


def test_a_forwarded_command_in_a_group_runs_nothing_and_says_nothing(tmp_path, stub):
    async def go() -> tuple[str, list[str]]:
        async with Bot(tmp_path, stub) as bot:
            topics = (await bot.command(USER, "/topics"))[-1]  # what the group's own /topics will say
            stub.send_text(GROUP, "/subscribe", user_id=ADMIN, forwarded_from=USER)
            stub.send_text(GROUP, "/topics", user_id=ADMIN)  # a chat's commands are answered in turn
            await stub.until(lambda: topics in replies(stub, GROUP))
            return topics, replies(stub, GROUP)

    topics, said = asyncio.run(go())
    assert said == [topics]
    assert not [s for s in _subscriptions(tmp_path) if s.chat_id == str(GROUP)]


def _subscriptions(tmp_path):
    from bot.adapters.sqlite_store import SqliteStore

    store = SqliteStore(tmp_path / "telegram.db")
    try:
        return store.subscriptions("telegram", active_only=False)
    finally:
        store.close()


def test_a_command_in_a_photos_caption_is_answered_as_typed_text_is(tmp_path, stub):
    async def go() -> list[str]:
        async with Bot(tmp_path, stub) as bot:
            stub.send_text(USER, "/topics", as_caption=True)
            await stub.until(lambda: stub.messages_to(USER))
            return replies(stub, USER) + [(await bot.command(USER, "/topics"))[-1]]

    from_caption, typed = asyncio.run(go())
    assert from_caption == typed


def test_a_deleted_discord_channel_or_thread_ends_its_subscription_at_once(tmp_path, caplog):
    caplog.set_level(logging.INFO)
    thread = 444444444444444444
    seen: dict[str, object] = {}

    async def body(h: discord_harness.Harness) -> None:
        for place in (CHANNEL, OTHER, thread):
            h.store.subscribe("discord", str(place), ("air_defence",), h.clock.now())
        await asyncio.to_thread(h.stub.open_thread, GUILD, thread, OTHER)
        for place in (CHANNEL, OTHER):
            h.queue_alert(f"Berlin pledges IRIS-T ({place})", place)  # waiting for each
        await asyncio.to_thread(h.stub.delete_channel, GUILD, CHANNEL)
        await asyncio.to_thread(h.stub.delete_thread, GUILD, thread, OTHER)
        await discord_harness.until(lambda: len(h.store.subscriptions("discord")) == 1)
        seen["active"] = [s.chat_id for s in h.store.subscriptions("discord")]
        drained = await h.dispatcher.drain()
        seen["drained"] = (drained.sent, drained.failed, drained.retried)
        seen["refused"] = [c for c in h.stub.calls if c.path.startswith(f"/channels/{CHANNEL}/messages")]

    discord_harness.run(tmp_path, body)
    assert seen["active"] == [str(OTHER)]
    assert seen["drained"] == (1, 0, 0) and seen["refused"] == []  # the deleted channel's alert never tried
    assert not [r for r in caplog.records if r.exc_info or r.levelno >= logging.ERROR]
