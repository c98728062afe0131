"""Stop 43's round of store failures met by delivery, on a real SQLite file.

Found and fixed here, failing before its fix:
- A database that refuses delivery's writes (read-only, full, locked by another process)
  stopped every drain at its first claim, as it should, but the run's delivery loop logged
  that StoreError with a full traceback, as a bug, at every drain: every 5 s for as long as
  the database refused, where a poll meeting the same database says one line
  (bot/pipeline.py). It is now one line, said once while the same refusal lasts, and one
  more when delivery goes on; the alerts wait in the outbox and go out then, none lost.

Tried and already right (tests/store/test_disk_full.py, tests/store/test_lock_and_audit.py,
tests/run/test_crash.py cover them): a full disk and a read-only file during a poll, a
second `run` on one database, a kill at each step of a delivery.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import replace

from bot.delivery import OutboxDispatcher
from tests.support.fakes import FakeChat
from tests.support.telegram_harness import sample_alert


def _queue_one(store, clock) -> None:
    store.subscribe("fake", "chat-1", (), clock.now())
    alert = sample_alert()
    story = store.create_story(alert.title, alert.url, clock.now(), alert.published, "fp", alert.topics, 1.0)
    store.enqueue(replace(alert, story_id=story), store.subscriptions("fake"), clock.now())


async def _until(condition, timeout: float = 30.0) -> None:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not condition():
        assert loop.time() < deadline, "timed out"
        await asyncio.sleep(0.02)


def test_a_database_refusing_delivery_is_said_once_in_one_line_and_the_alert_goes_out_after(store, clock,
                                                                                           caplog):
    _queue_one(store, clock)
    chat = FakeChat()
    dispatcher = OutboxDispatcher(store, chat, clock)

    def paused():
        return [r for r in caplog.records if r.name == "bot.delivery" and "paused" in r.getMessage()]

    async def go():
        stop = asyncio.Event()
        store.db.execute("PRAGMA query_only = 1")  # SQLite's own refusal of every write
        running = asyncio.create_task(dispatcher.run(stop, idle_seconds=0.02))
        await _until(lambda: len(paused()) >= 4)  # several drains refused
        assert chat.sent == []
        store.db.execute("PRAGMA query_only = 0")
        await _until(lambda: chat.sent)
        stop.set()
        await running

    with caplog.at_level(logging.DEBUG, logger="bot.delivery"):
        asyncio.run(go())
    delivery = [r for r in caplog.records if r.name == "bot.delivery"]
    assert not [r for r in delivery if r.exc_info], "a traceback for an expected condition"
    said = [r for r in paused() if r.levelno >= logging.WARNING]
    assert len(said) == 1 and said[0].levelno == logging.ERROR
    assert "read-only" in said[0].getMessage() and "the alerts wait" in said[0].getMessage()
    assert [r.getMessage() for r in delivery if "goes on" in r.getMessage()] == [
        "delivery to fake goes on: the database takes writes again"]
    assert len(chat.sent) == 1 and store.outbox_counts() == {"sent": 1}
