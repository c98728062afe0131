"""Stop 43's review finding on delivery and the store, on a real SQLite file; failed
before its fix: every StoreError met by the delivery loop was said as a passing refusal
("delivery paused ... go out once it takes writes again", no traceback), also a missing
table or column, which no wait mends. Only refusals (read-only, full, locked, I/O) are
said so now; anything else is logged with its traceback."""

from __future__ import annotations

import asyncio
import logging
from dataclasses import replace

from bot.delivery import OutboxDispatcher
from tests.support.fakes import FakeChat
from tests.support.telegram_harness import sample_alert


def test_a_database_missing_the_outbox_is_logged_as_a_failure_with_its_traceback(store, clock, caplog):
    store.subscribe("fake", "chat-1", (), clock.now())
    alert = sample_alert()
    story = store.create_story(alert.title, alert.url, clock.now(), alert.published, "fp", alert.topics, 1.0)
    store.enqueue(replace(alert, story_id=story), store.subscriptions("fake"), clock.now())
    store.db.execute("ALTER TABLE outbox RENAME TO outbox_elsewhere")  # as a damaged or foreign file
    dispatcher = OutboxDispatcher(store, FakeChat(), clock)

    def delivery_records():
        return [r for r in caplog.records if r.name == "bot.delivery"]

    async def go():
        stop = asyncio.Event()
        running = asyncio.create_task(dispatcher.run(stop, idle_seconds=0.02))
        loop = asyncio.get_running_loop()
        deadline = loop.time() + 30
        while not delivery_records():
            assert loop.time() < deadline, "timed out"
            await asyncio.sleep(0.02)
        stop.set()
        await running

    with caplog.at_level(logging.DEBUG, logger="bot.delivery"):
        asyncio.run(go())
    first = delivery_records()[0]
    assert "paused" not in first.getMessage(), first.getMessage()
    assert first.exc_info and "no such table" in str(first.exc_info[1])
