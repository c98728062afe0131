"""Round 45: delivery's waits survive a restart and count from the refusal, through the real
python-telegram-bot against the loopback Bot API stand-in (tests/support/telegram_stub.py),
over a real SQLite file. The alerts' titles are short texts written for these tests.
Each test failed before its fix:
- MAX_OUTAGE counted from the alert's queueing: an alert that had waited three days behind
  a closed topic failed at the first 502 of an outage. It now counts from the platform's
  first failure on that alert (outbox.failing_since, migration 30); an edit's likewise.
- A chat's pause lived in the dispatcher's memory: after a restart every waiting alert was
  sent into the refusal again before the hour was up, and the week (PAUSED_LIMIT) counted
  from the first refusal after the restart. The pause is kept in paused_chats.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from bot.delivery import MAX_OUTAGE, PAUSED_LIMIT, PAUSED_RETRY
from tests.support.telegram_harness import GROUP, Bot, run, sample_alert

SECOND = dict(title="Oslo sends NASAMS", url="https://example.org/nasams")


def _refused_sends(stub) -> int:
    return sum(1 for call in stub.calls_to("sendMessage") if call.status != 200)


def test_an_alert_held_days_by_a_closed_topic_survives_the_first_answers_of_an_outage(tmp_path, stub):
    async def go():
        async with Bot(tmp_path, stub) as bot:
            bot.store.subscribe("telegram", str(GROUP), (), bot.clock.now())
            bot.queue(sample_alert())
            stub.mute(GROUP, "TOPIC_CLOSED")
            await bot.dispatcher.drain()
            bot.clock.advance(days=3)  # the topic stays closed for three days
            await bot.dispatcher.drain()
            stub.unmute(GROUP)
            stub.proxy_answers(100_000, 502, "<html>Bad Gateway</html>")  # and Telegram fails as it reopens
            bot.clock.advance(seconds=PAUSED_RETRY.total_seconds())
            first = await bot.dispatcher.drain()
            counts_at_first = bot.store.outbox_counts()
            bot.clock.advance(seconds=(MAX_OUTAGE - timedelta(minutes=10)).total_seconds())
            before_limit = await bot.dispatcher.drain()
            bot.clock.advance(minutes=11)
            at_limit = await bot.dispatcher.drain()
            return first, counts_at_first, before_limit, at_limit, bot.store.outbox_counts()

    first, counts_at_first, before_limit, at_limit, counts = run(go())
    assert (first.failed, first.retried) == (0, 1) and counts_at_first == {"pending": 1}, (first, counts_at_first)
    assert (before_limit.failed, before_limit.retried) == (0, 1), before_limit
    assert at_limit.failed == 1 and counts == {"failed": 1}, (at_limit, counts)


def test_an_outage_that_ended_is_not_counted_into_the_next(tmp_path, stub):
    async def go():
        async with Bot(tmp_path, stub) as bot:
            bot.store.subscribe("telegram", str(GROUP), (), bot.clock.now())
            bot.queue(sample_alert())
            stub.proxy_answers(1, 502, "<html>Bad Gateway</html>")  # one failure, then Telegram answers
            stub.mute(GROUP, "TOPIC_CLOSED")  # but the topic is closed
            await bot.dispatcher.drain()
            bot.clock.advance(minutes=1)
            await bot.dispatcher.drain()
            bot.clock.advance(days=3)
            stub.unmute(GROUP)
            stub.proxy_answers(100_000, 502, "<html>Bad Gateway</html>")
            again = await bot.dispatcher.drain()
            return again, bot.store.outbox_counts()

    again, counts = run(go())
    assert (again.failed, again.retried) == (0, 1) and counts == {"pending": 1}, (again, counts)


def test_a_paused_chat_stays_paused_across_a_restart_and_its_week_is_not_counted_anew(tmp_path, stub):
    async def go():
        async with Bot(tmp_path, stub) as bot:
            bot.store.subscribe("telegram", str(GROUP), (), bot.clock.now())
            bot.queue(sample_alert())
            stub.mute(GROUP, "TOPIC_CLOSED")
            await bot.dispatcher.drain()
            first_refusal = bot.clock.now()
            bot.clock.advance(days=3)  # still closed three days on
            await bot.dispatcher.drain()
            stopped_at = bot.clock.now()
        refused_before_restart = _refused_sends(stub)
        async with Bot(tmp_path, stub) as bot:  # the bot restarts ten minutes later
            bot.clock.current = stopped_at + timedelta(minutes=10)
            bot.queue(sample_alert(**SECOND))  # news for the closed topic meanwhile
            after_restart = await bot.dispatcher.drain()
            refused_after_restart = _refused_sends(stub) - refused_before_restart
            # Asked every six hours, still refused, until a week after the first refusal.
            while bot.clock.now() < first_refusal + PAUSED_LIMIT - timedelta(hours=6):
                bot.clock.advance(hours=6)
                await bot.dispatcher.drain()
            still = [s.chat_id for s in bot.store.subscriptions("telegram")]
            bot.clock.advance(hours=6)
            ended = await bot.dispatcher.drain()
            return (refused_before_restart, after_restart, refused_after_restart, still, ended,
                    bot.store.subscriptions("telegram"), bot.store.outbox_counts(), bot.store.paused_chats("telegram"))

    (refused_before_restart, after_restart, refused_after_restart, still, ended, subscriptions, counts,
     paused) = run(go())
    assert refused_before_restart == 2
    assert after_restart.retried == after_restart.sent == 0 and refused_after_restart == 0, after_restart
    assert still == [str(GROUP)]
    assert ended.deactivated == 1 and subscriptions == [], ended
    assert "pending" not in counts and paused == [], (counts, paused)


def test_a_paused_chat_that_takes_messages_again_after_a_restart_gets_them_all_and_is_unpaused(tmp_path, stub):
    async def go():
        async with Bot(tmp_path, stub) as bot:
            bot.store.subscribe("telegram", str(GROUP), (), bot.clock.now())
            bot.queue(sample_alert())
            bot.queue(sample_alert(**SECOND))
            stub.mute(GROUP, "CHAT_RESTRICTED")
            await bot.dispatcher.drain()
            paused_before = [p.chat_id for p in bot.store.paused_chats("telegram")]
            stopped_at = bot.clock.now()
        stub.unmute(GROUP)
        async with Bot(tmp_path, stub) as bot:
            bot.clock.current = stopped_at + PAUSED_RETRY
            reopened = await bot.dispatcher.drain()
            return paused_before, reopened, bot.store.paused_chats("telegram"), bot.store.outbox_counts()

    paused_before, reopened, paused_after, counts = run(go())
    assert paused_before == [str(GROUP)]
    assert reopened.sent == 2 and counts == {"sent": 2}, (reopened, counts)
    assert paused_after == []


def test_an_edit_held_days_by_a_closed_topic_survives_the_first_answers_of_an_outage(tmp_path, stub):
    async def go():
        async with Bot(tmp_path, stub) as bot:
            bot.store.subscribe("telegram", str(GROUP), (), bot.clock.now())
            alert = bot.with_story(sample_alert())
            bot.store.enqueue(alert, bot.store.subscriptions("telegram"), bot.clock.now())
            assert (await bot.dispatcher.drain()).sent == 1
            bot.store.update_story_alert(replace(alert, sources=("AFP", "DW", "Reuters")), bot.clock.now())
            stub.mute(GROUP, "TOPIC_CLOSED")
            await bot.dispatcher.drain()
            bot.clock.advance(days=3)
            await bot.dispatcher.drain()
            stub.unmute(GROUP)
            stub.proxy_answers(100_000, 502, "<html>Bad Gateway</html>")
            bot.clock.advance(seconds=PAUSED_RETRY.total_seconds())
            first = await bot.dispatcher.drain()
            counts_at_first = bot.store.edit_counts()
            bot.clock.advance(seconds=(MAX_OUTAGE + timedelta(minutes=1)).total_seconds())
            at_limit = await bot.dispatcher.drain()
            return first, counts_at_first, at_limit, bot.store.edit_counts()

    first, counts_at_first, at_limit, counts = run(go())
    assert first.failed == 0 and counts_at_first == {"pending": 1}, (first, counts_at_first)
    assert at_limit.failed == 1 and counts == {"failed": 1}, (at_limit, counts)
