"""A poll gives its fetch slot back when its changed body's parse and store begin (issue 15, stop 42).

`poll --once` and `run` bound the polls fetching at once (max_concurrent_fetches). The bound
held for the whole poll, so a changed feed kept its slot while its body was parsed, analysed
and stored, and the next feeds' fetches waited for that CPU work: in a steady cycle (200
feeds, 100 at once, 20 changed) the changed feeds of the first hundred held back as many
fetches of the second. Now the slot goes back when the body's turn to be parsed comes
(FeedPoller.poll's `fetch_slots`); a body still waiting for its turn keeps it, so no more
bodies wait in memory than before.

Real parts: the loopback feed server, the real store and rules. The analysis of the first
feed is held on an event (in its worker thread, off the loop) while a second feed is
polled with the only slot (a "not modified": nothing to analyse). Checked to fail: with the
slot held for the whole poll (the code before), the second poll waits for the first and the
test times out on it.
"""

from __future__ import annotations

import asyncio
import threading

import pytest

from bot.adapters.feed_http import HttpFeedSource
from bot.pipeline import FeedPoller
from tests.support.poll_rows import aid_and_other_items
from tests.support.servers import rss

pytestmark = pytest.mark.timeout(60)

DEADLINE = 20.0  # only a failure waits this long


class HeldAnalysis:
    """The shipped rules, once `go` is set; `started` says the analysis has begun."""

    def __init__(self, real):
        self.real = real
        self.entities = real.entities
        self.started = threading.Event()
        self.go = threading.Event()

    def analyze(self, title, text, lang=None, published=None):
        self.started.set()
        assert self.go.wait(DEADLINE), "the test never let the analysis go on"
        return self.real.analyze(title, text, lang, published)


def test_a_changed_feed_being_analysed_holds_no_fetch_slot(harness, feed_server):
    feed_server.set_feed("/changed.xml", rss(aid_and_other_items(6)[2:]))
    feed_server.set_feed("/other.xml", rss(aid_and_other_items(2)))
    changed, other = harness.feed("/changed.xml", "Changed"), harness.feed("/other.xml", "Other")
    asyncio.run(harness.poll(other))  # polled before: now it answers "not modified", nothing to analyse
    held = HeldAnalysis(harness.current_analyzer())

    async def polls():
        slots = asyncio.Semaphore(1)
        async with HttpFeedSource(timeout=5) as source:
            poller = FeedPoller(harness.store, source, lambda: held, harness.clock, harness.limits)
            first = asyncio.create_task(poller.poll(changed, fetch_slots=slots))
            assert await asyncio.to_thread(held.started.wait, DEADLINE), "the first poll's analysis never began"
            try:
                # Polled with the only slot while the first body is analysed: it needs none of that.
                second = await asyncio.wait_for(poller.poll(other, fetch_slots=slots), DEADLINE / 2)
                assert not first.done()
            finally:
                held.go.set()
            return await first, second

    first, second = asyncio.run(polls())
    assert (first.error, first.new_entries) == (None, 4)
    assert second.error is None and second.not_modified
