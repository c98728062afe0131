"""One chat's flood of commands delays no other chat's commands or alerts (stop 59), on the
real python-telegram-bot against the loopback Bot API stand-in, and on discord.py against
the loopback Discord stand-in.

On Telegram, 300 commands sent at once in a group by 60 accounts took all 256 of PTB's
update slots while they waited for the group's turn; the group's answers go out paced (one
a second in a chat), so a private chat's /topics waited behind them (measured 19 s, 300 or 500). Now an
update waits for its chat's turn before it takes a slot, and no more than
MAX_WAITING_PER_CHAT of a chat's messages wait at once: the rest are not read, the chat is
told once (as the throttle tells it: one notice for the flood), and the log counts them. The bound these tests hold the other chat to: its
answer within FLOOD_BOUND seconds of the flood, the group's first commands still answered."""

from __future__ import annotations

import asyncio
import logging
import time

from bot.adapters.telegram_chat import TelegramLimits
from bot.adapters.telegram_updates import MAX_WAITING_PER_CHAT
from bot.core.chat.render_telegram import label
from tests.support import discord_harness
from tests.support.discord_harness import CHANNEL, OTHER, content_of
from tests.support.telegram_harness import GROUP, USER, Bot, replies, sample_alert

# Telegram's own pacing of the answers to one chat (one a second, 20 a minute in a group),
# with the whole bot's budget left generous: the flood's answers are what is paced.
PACED = TelegramLimits(chat_interval=1.0, group_per_minute=20, overall_per_second=1000, poll_timeout=2)
FLOOD = 300
ACCOUNTS = 60
FLOOD_BOUND = 3.0  # seconds: the other chat's answer and alert, however long the group's flood lasts
QUIET = 1002  # a chat that subscribes before the flood and is sent an alert during it


def _flood_group(stub) -> None:
    for n in range(FLOOD):
        stub.send_text(GROUP, "/topics", user_id=20_000 + n % ACCOUNTS, chat_type="supergroup")


def test_a_groups_flood_does_not_delay_another_chats_command(tmp_path, stub, caplog):
    caplog.set_level(logging.WARNING, logger="bot.adapters.telegram_updates")

    async def go():
        async with Bot(tmp_path, stub, limits=PACED) as bot:
            _flood_group(stub)
            await stub.until(lambda: stub.messages_to(GROUP))  # the flood is being read
            started = time.monotonic()
            answer = await bot.command(USER, "/topics")
            waited = time.monotonic() - started
            # The group is told, once, as the throttle tells it (what it refuses, it refuses too).
            told = label("en", "slow_down")
            await stub.until(lambda: told in replies(stub, GROUP))
            await asyncio.sleep(1.5)  # the next of the group's answers, paced: no second notice
            return waited, answer, replies(stub, GROUP), bot.chat.app.update_processor.dropped_total

    waited, answer, group_said, dropped = asyncio.run(go())
    assert answer and waited < FLOOD_BOUND, f"the private chat waited {waited:.1f} s behind the group's flood"
    assert group_said.count(label("en", "slow_down")) == 1
    assert dropped >= FLOOD - 100  # the stand-in hands 100 updates a call: at least two calls' worth over the bound
    assert any("were not read" in r.getMessage() and str(GROUP) in r.getMessage() for r in caplog.records)


def test_a_groups_flood_does_not_delay_an_alert_to_another_chat(tmp_path, stub):
    async def go():
        async with Bot(tmp_path, stub, limits=PACED) as bot:
            await bot.command(QUIET, "/subscribe")
            await asyncio.sleep(1.0)  # the next answer to QUIET is due a second after this one
            _flood_group(stub)
            await stub.until(lambda: stub.messages_to(GROUP))
            bot.queue(sample_alert())
            started = time.monotonic()
            await bot.dispatcher.drain()
            await stub.until(lambda: len(stub.messages_to(QUIET)) >= 2)
            return time.monotonic() - started

    assert asyncio.run(go()) < FLOOD_BOUND


def test_what_the_throttle_allows_is_still_answered_in_turn(tmp_path, stub):
    """The bound is above CommandThrottle's: a burst of a group's 20 commands from 20
    accounts (what the throttle allows in 10 s) is answered whole, and in the order sent."""
    limits = TelegramLimits(chat_interval=0.0, group_per_minute=1000, overall_per_second=1000, poll_timeout=2)

    async def go():
        async with Bot(tmp_path, stub, limits=limits):
            for n in range(20):
                stub.send_text(GROUP, f"/help {'latest' if n % 2 else 'topics'}", user_id=30_000 + n,
                               chat_type="supergroup")
            await stub.until(lambda: len(stub.messages_to(GROUP)) >= 20)
            await asyncio.sleep(0.3)  # nothing more is said
            return replies(stub, GROUP)

    said = asyncio.run(go())
    assert len(said) == 20
    assert all(("/latest" in text) == bool(n % 2) for n, text in enumerate(said))


def test_a_channels_flood_on_discord_does_not_delay_another_channels_command(tmp_path):
    """discord.py runs each interaction as a task of its own, with no pool of slots to take,
    and the throttle refuses a flood's commands before they wait for their channel's turn:
    60 commands in one channel, another channel is answered meanwhile."""
    seen: dict[str, float] = {}

    async def body(h: discord_harness.Harness) -> None:
        def flood() -> None:
            for n in range(60):
                h.stub.slash_command("topics", {}, channel_id=CHANNEL, guild_id=discord_harness.GUILD,
                                     user_id=50_000 + n % 30)

        flooding = asyncio.create_task(asyncio.to_thread(flood))
        await asyncio.sleep(0.2)
        started = time.monotonic()
        other = await h.command("topics", channel_id=OTHER)
        seen["waited"] = time.monotonic() - started
        seen["other"] = bool(content_of(other[-1]))
        await flooding

    discord_harness.run(tmp_path, body)
    assert seen["other"] and seen["waited"] < FLOOD_BOUND
