"""Review 45a, finding 2: an edit's failing_since (the platform's first outage answer on it,
from which MAX_OUTAGE counts) was never cleared once the edit was made. outbox_edits keeps one
row per sent message, reused for every later revision, so a story updated days after one 502
had its next edit failed for good at the first 502. The edits go through the real
python-telegram-bot against the loopback Bot API stand-in (tests/support/telegram_stub.py),
over a real SQLite file. The alert side had the same gap in hold_pending: an alert that had
met an outage, then was held behind its chat's refusal, kept its old failure time."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

from bot.adapters.sqlite_store import SqliteStore
from bot.core.models import Alert, Subscription
from tests.support.fakes import FakeClock
from tests.support.telegram_harness import GROUP, Bot, run, sample_alert

BAD_GATEWAY = "<html>Bad Gateway</html>"


def test_a_later_revision_of_an_edit_is_not_failed_by_an_outage_that_ended_days_ago(tmp_path, stub):
    async def go():
        async with Bot(tmp_path, stub) as bot:
            bot.store.subscribe("telegram", str(GROUP), (), bot.clock.now())
            alert = bot.with_story(sample_alert())
            bot.store.enqueue(alert, bot.store.subscriptions("telegram"), bot.clock.now())
            assert (await bot.dispatcher.drain()).sent == 1
            bot.store.update_story_alert(replace(alert, sources=("AFP", "DW")), bot.clock.now())
            stub.proxy_answers(1, 502, BAD_GATEWAY)  # the first edit meets one 502
            await bot.dispatcher.drain()
            bot.clock.advance(minutes=1)
            made = await bot.dispatcher.drain()  # and is made a minute later
            bot.clock.advance(days=3)  # three days on the story grows again
            bot.store.update_story_alert(replace(alert, sources=("AFP", "DW", "Reuters")), bot.clock.now())
            stub.proxy_answers(1, 502, BAD_GATEWAY)  # and Telegram answers one 502
            second = await bot.dispatcher.drain()
            counts_then = bot.store.edit_counts()
            bot.clock.advance(minutes=1)
            third = await bot.dispatcher.drain()
            return made, second, counts_then, third, bot.store.edit_counts()

    made, second, counts_then, third, counts = run(go())
    assert made.edited == 1, made
    assert (second.failed, second.retried) == (0, 1) and counts_then == {"pending": 1}, (second, counts_then)
    assert third.edited == 1 and counts == {"done": 1}, (third, counts)
    assert "Reuters" in stub.edits_to(GROUP)[-1]["text"]


def test_an_alert_held_behind_its_chats_refusal_no_longer_counts_an_earlier_outage(tmp_path):
    clock = FakeClock()
    store = SqliteStore(tmp_path / "bot.db")
    store.migrate()
    try:
        store.subscribe("telegram", "-100", (), clock.now())
        story = store.create_story("Aid", "https://example.org/a", clock.now(), None, "fp", ("aid",), 1.0)
        store.enqueue(Alert(story, "Aid", "https://example.org/a", ("AFP",), clock.now(), ("aid",)),
                      [Subscription("telegram", "-100")], clock.now())
        (item,) = store.due_outbox("telegram", clock.now())
        store.claim_alert(item.id, "telegram", "-100")
        store.wait_out_outage(item.id, "telegram: 502", clock.now() + timedelta(seconds=5), clock.now())
        later = clock.now() + timedelta(seconds=5)
        (waiting,) = store.due_outbox("telegram", later)
        assert waiting.failing_since == clock.now()  # the outage answer is kept ...
        # ... until the chat answers with a refusal of its own, which holds its alerts
        assert store.hold_pending("telegram", "-100", later + timedelta(hours=1)) == 1
        (held,) = store.due_outbox("telegram", later + timedelta(hours=1))
        assert held.failing_since is None
    finally:
        store.close()
