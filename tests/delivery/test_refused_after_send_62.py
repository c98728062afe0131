"""Stop 62: the database refuses to record a send that went out (its disk filled, or another
program locked it, between the claim and the record). Real SQLite; the refusal is SQLite's own
(`PRAGMA query_only`, the StoreError a full or read-only file gives: tests/store/test_hostile_43.py).

Before: the alert stayed 'sending' for the rest of the run, its message id lost, so the story's
later edits were dropped and the next start counted it 'uncertain' though it was sent. Now the
outcome is kept and written at the next drain the database allows; nothing is sent twice.
"""

from __future__ import annotations

import asyncio
from dataclasses import replace

import pytest

from bot.delivery import OutboxDispatcher
from bot.errors import StoreError
from tests.support.fakes import FakeChat
from tests.support.telegram_harness import sample_alert


class RefusedRightAfterSending(FakeChat):
    """A chat whose send succeeds just as the database stops taking writes."""

    def __init__(self, store):
        super().__init__()
        self.store = store

    async def send(self, chat_id, alert):
        result = await super().send(chat_id, alert)
        if len(self.sent) == 1:
            self.store.db.execute("PRAGMA query_only = 1")
        return result


def test_a_send_the_database_refused_to_record_is_recorded_once_room_is_made_and_not_sent_again(store, clock):
    store.subscribe("fake", "chat-1", (), clock.now())
    for n in range(2):
        alert = replace(sample_alert(), title=f"Riga pledges {n + 3} more radars to Kyiv")
        story = store.create_story(alert.title, alert.url, clock.now(), alert.published, f"fp{n}", alert.topics, 1.0)
        store.enqueue(replace(alert, story_id=story), store.subscriptions("fake"), clock.now())
    chat = RefusedRightAfterSending(store)
    dispatcher = OutboxDispatcher(store, chat, clock)

    with pytest.raises(StoreError) as refused:
        asyncio.run(dispatcher.drain())
    assert refused.value.refusal
    with pytest.raises(StoreError):  # still refused: nothing else sent meanwhile
        asyncio.run(dispatcher.drain())
    assert len(chat.sent) == 1

    store.db.execute("PRAGMA query_only = 0")  # room made
    outcome = asyncio.run(dispatcher.drain())

    assert outcome.sent == 2 and len(chat.sent) == 2  # the first recorded, the second sent; none twice
    assert store.outbox_counts() == {"sent": 2}
    ids = [row[0] for row in store.db.conn.execute("SELECT message_id FROM outbox ORDER BY id")]
    assert ids == ["m1", "m2"]  # the first one's message id kept: its story's edits can find it
