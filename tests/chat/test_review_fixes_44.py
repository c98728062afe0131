"""Stop 44's review findings in delivery, through the real python-telegram-bot and discord.py
against the loopback stand-ins of tests/support, over a real SQLite file. The alerts' titles
are short texts written for these tests. Each test failed before its fix:
- One chat answered with an error read as an outage (a 500 for that chat only): its alert,
  put back to wait, kept the lowest id and was read first at every drain, failed again and
  stopped the drain, so no other chat got anything for two days. Due alerts (and edits) are
  now read by when they became due; an edit refused by an outage or a pause also gives up
  at the alerts' age limits instead of waiting forever. A 413 (PTB's NetworkError, like a
  5xx) fails its alert instead of being read as an outage; a 500 for one chat still is one.
- A digest chat whose subscription the week-long pause ended still got the rest of that
  digest part's alerts once its topic reopened: they had been put back to wait.
- The week of a pause counted from the oldest alert's queueing only: after the bot was down
  for a week, the first refusal on its return ended the subscription at once.
- Discord: a server removing the bot ended its channels' subscriptions, not its threads'.
- `ever_sent_to` read every sent alert of the platform (now an index by chat).
"""

from __future__ import annotations

import asyncio
from dataclasses import replace
from datetime import timedelta

from bot.core.models import Subscription
from bot.delivery import MAX_OUTAGE, PAUSED_LIMIT
from tests.support.discord_harness import CHANNEL, GUILD, Harness
from tests.support.discord_harness import run as discord_run
from tests.support.telegram_harness import GROUP, USER, Bot, sample_alert
from tests.support.telegram_harness import run as telegram_run

SECOND = dict(title="Oslo sends NASAMS", url="https://example.org/nasams")
THREAD = 444444444444444444  # not a channel of the harness server


def _queue_to(bot: Bot, alert, chat_ids) -> object:
    """Queue `alert` as a new story's to these chats, in this order; the alert as stored."""
    story_id = bot.store.create_story(alert.title, alert.url, bot.clock.now(), alert.published,
                                      f"fp-{alert.title}", alert.topics, 1.0)
    alert = replace(alert, story_id=story_id)
    bot.store.enqueue(alert, [Subscription("telegram", str(c)) for c in chat_ids], bot.clock.now())
    return alert


def test_one_chat_answering_500_does_not_stop_delivery_to_the_other_chats(tmp_path, stub):
    async def go():
        async with Bot(tmp_path, stub) as bot:
            for chat in (GROUP, USER):
                bot.store.subscribe("telegram", str(chat), (), bot.clock.now())
            _queue_to(bot, sample_alert(), [GROUP])  # the lowest id goes to the failing chat
            _queue_to(bot, sample_alert(**SECOND), [GROUP, USER])
            stub.fail_chat(GROUP, 500, "Internal Server Error: something went wrong for this chat")
            for _ in range(6):  # an hour of drains, one every ten minutes
                await bot.dispatcher.drain()
                bot.clock.advance(minutes=10)
            return len(stub.messages_to(USER)), bot.store.outbox_counts()

    to_user, counts = telegram_run(go())
    assert to_user == 1
    assert counts == {"sent": 1, "pending": 2}, counts  # the failing chat's wait, keeping their attempts


def test_a_413_for_one_chat_fails_that_alert_and_is_no_outage(tmp_path, stub):
    async def go():
        async with Bot(tmp_path, stub) as bot:
            for chat in (GROUP, USER):
                bot.store.subscribe("telegram", str(chat), (), bot.clock.now())
            _queue_to(bot, sample_alert(), [GROUP, USER])
            stub.fail_chat(GROUP, 413, "Request Entity Too Large")
            drained = await bot.dispatcher.drain()
            return drained, len(stub.messages_to(USER)), bot.store.outbox_counts()

    drained, to_user, counts = telegram_run(go())
    assert (drained.sent, drained.failed) == (1, 1) and to_user == 1, drained
    assert counts == {"sent": 1, "failed": 1}, counts


def test_an_edit_refused_by_an_outage_lets_the_others_through_and_gives_up_after_max_outage(tmp_path, stub):
    async def go():
        async with Bot(tmp_path, stub) as bot:
            for chat in (GROUP, USER):
                bot.store.subscribe("telegram", str(chat), (), bot.clock.now())
            alert = _queue_to(bot, sample_alert(), [GROUP, USER])
            assert (await bot.dispatcher.drain()).sent == 2
            bot.store.update_story_alert(replace(alert, sources=("AFP", "DW", "Reuters")), bot.clock.now())
            stub.fail_chat(GROUP, 500, "Internal Server Error")
            for _ in range(3):
                await bot.dispatcher.drain()
                bot.clock.advance(minutes=10)
            edited_meanwhile = len(stub.edits_to(USER))
            bot.clock.advance(seconds=MAX_OUTAGE.total_seconds())
            last = await bot.dispatcher.drain()
            return edited_meanwhile, last, bot.store.edit_counts()

    edited_meanwhile, last, counts = telegram_run(go())
    assert edited_meanwhile == 1
    assert last.failed == 1 and counts == {"done": 1, "failed": 1}, (last, counts)


def test_a_digest_chat_ended_by_a_week_of_refusals_gets_nothing_after(tmp_path, stub):
    async def go():
        async with Bot(tmp_path, stub) as bot:
            bot.store.subscribe("telegram", str(GROUP), (), bot.clock.now())
            bot.store.set_alert_mode("telegram", str(GROUP), "digest", "12:00", bot.clock.now())
            stub.mute(GROUP, "TOPIC_CLOSED")
            for day in range(8):  # one alert a day; the digest asked (and refused) every three hours
                _queue_to(bot, sample_alert(title=f"Aid package {day}", url=f"https://example.org/{day}"), [GROUP])
                for _ in range(8):
                    await bot.dispatcher.drain()
                    bot.clock.advance(hours=3)
            active = [s.chat_id for s in bot.store.subscriptions("telegram")]
            stub.unmute(GROUP)
            before = len(stub.messages_to(GROUP))
            for _ in range(16):
                await bot.dispatcher.drain()
                bot.clock.advance(hours=3)
            return active, len(stub.messages_to(GROUP)) - before, bot.store.outbox_counts()

    active, after_reopening, counts = telegram_run(go())
    assert active == []
    assert after_reopening == 0
    assert "pending" not in counts and "sent" not in counts, counts


def test_a_week_long_pause_counts_from_the_first_refusal_not_from_the_queueing(tmp_path, stub):
    async def go():
        async with Bot(tmp_path, stub) as bot:
            bot.store.subscribe("telegram", str(GROUP), (), bot.clock.now())
            _queue_to(bot, sample_alert(), [GROUP])
            bot.clock.advance(days=8)  # the bot was down for over a week
            stub.mute(GROUP, "TOPIC_CLOSED")
            first = await bot.dispatcher.drain()
            still = [s.chat_id for s in bot.store.subscriptions("telegram")]
            bot.clock.advance(seconds=PAUSED_LIMIT.total_seconds())
            last = await bot.dispatcher.drain()
            return first, still, last, bot.store.subscriptions("telegram")

    first, still, last, after_a_week = telegram_run(go())
    assert first.retried == 1 and first.deactivated == 0, first
    assert still == [str(GROUP)]
    assert last.deactivated == 1 and after_a_week == [], last


def test_a_discord_server_removing_the_bot_ends_its_threads_subscriptions_too(tmp_path):
    outcome = {}

    async def until(condition, timeout: float = 20.0) -> None:
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while not condition():
            assert loop.time() < deadline, "timed out"
            await asyncio.sleep(0.02)

    async def body(h: Harness) -> None:
        await asyncio.to_thread(h.stub.open_thread, GUILD, THREAD, CHANNEL)
        await until(lambda: h.chat.client.get_guild(GUILD) is not None
                    and h.chat.client.get_guild(GUILD).get_thread(THREAD) is not None)
        for place in (CHANNEL, THREAD):
            h.store.subscribe("discord", str(place), ("air_defence",), h.clock.now())
        await asyncio.to_thread(h.stub.remove_bot_from, GUILD)
        await until(lambda: str(CHANNEL) not in {s.chat_id for s in h.store.subscriptions("discord")})
        outcome["left"] = [s.chat_id for s in h.store.subscriptions("discord")]

    discord_run(tmp_path, body)
    assert outcome["left"] == []


def test_ever_sent_to_reads_one_chats_rows_by_index(tmp_path, stub):
    async def go():
        async with Bot(tmp_path, stub) as bot:
            return [r["detail"] for r in bot.store._rows(
                "EXPLAIN QUERY PLAN SELECT EXISTS (SELECT 1 FROM outbox WHERE platform = ? AND chat_id = ? "
                "AND state = 'sent')", ["telegram", str(USER)])]

    plan = " ".join(telegram_run(go()))
    assert "outbox_chat" in plan, plan
