"""A poll's feed body parsed in the analysis worker process too (issue 15, stop 39).

With `analysis_workers = 1` (stop 38) the worker analysed a large poll's new entries, but
the bot's process still parsed every body (feedparser): in a first cycle of 200 feeds x 50
items (bench/bench_poll_cycle.py --split) the bot's process spent 5.3 s of CPU (parse
2.8 s, the poll's transactions 1.4 s, fetching and the rest 1.0 s) against the worker's
3.7 s, and while the worker had a batch the other polls waited for it. Now a body of at
least WORKER_MIN_ITEMS items goes to the worker whole when it is free: it parses it and
analyses every entry. A busy worker takes one body more (its thread sends it the moment the
worker answers, without waiting for the event loop, busy storing); past that the bot parses
and analyses the body itself, so neither process waits for the other while bodies are left.

What must not change: the stored rows (the same as a body parsed and analysed in the bot,
also when some of the parsed items were stored before: their insert skips them), a feed
that does not parse (it fails the poll as before, with the same error, and is no death of
the worker), and the crash cases of tests/run/test_poll_analysis_in_worker.py (a killed or
stopped worker: those tests now go through this path, the first batch being a body).

Real processes throughout: the worker is a spawned Python, the feeds are served on
loopback, the store is SQLite in a temporary folder. No test compares elapsed times: the
busy-worker test tells ORDER (the second poll stored while the stopped worker still holds
the first body). Texts: the stories tests' hand-written wire articles
(tests/support/story_articles) and short made-up headlines; nothing from the real set.

Checked to fail: with parse_and_analyse waiting for a busy worker however many bodies wait
for it (the analysis path's behaviour before this stop) the third poll of the order test
waits for the stopped worker until the test's deadline (TimeoutError); with the worker's
parse error taken as a death, the parse-error test fails on its log line.

Figures (not asserted; bench/README.md "The worker parses too", 2026-12-05, load 12-17 from
other helpers on the 2 cores, alternating runs of the code before and after in one session):
first cycle CPU with the worker's the same within the noise (9.5-10.1 against 9.3-10.1 s);
wall lower in 5 pairs of 7 (19.3-30.7 against 24.3-33.8 s); the worker parsed 85-87 of 200
bodies with one queued behind it, 53-68 when it took them only free.
"""

from __future__ import annotations

import asyncio
import logging
import os
import signal
from pathlib import Path

import pytest

from bot.adapters.feed_http import HttpFeedSource
from bot.adapters.sqlite_store import SqliteStore
from bot.analysis_worker import AnalysisWorkers
from bot.pipeline import FeedPoller
from tests.support.analysis_workers import DEADLINE, until
from tests.support.fakes import FakeClock
from tests.support.poll_harness import Harness
from tests.support.poll_rows import aid_and_other_items, many_items, poll_into, rows_of
from tests.support.servers import rss

pytestmark = pytest.mark.timeout(120)



def test_a_body_parsed_and_analysed_in_the_worker_stores_the_same_rows_as_one_parsed_in_the_bot(
        tmp_path, feed_server, workers):
    feed_server.set_feed("/many.xml", rss(many_items(FakeClock())))
    in_bot = poll_into(tmp_path / "bot.db", feed_server, FeedPoller)
    in_worker = poll_into(tmp_path / "worker.db", feed_server,
                          lambda *parts: FeedPoller(*parts, analysis_workers=workers))
    assert workers.parsed == 1 and workers.batches == 1 and workers.deaths == 0
    assert len(in_bot["entries"]) == 70 and in_bot["stories"] and in_bot["pledges"] and in_bot["matches"]
    assert in_worker == in_bot


def _edited(items: list[dict]) -> list[dict]:
    """The same items (same GUIDs and links) with a corrected line: their bytes, so their
    hashes, change, and the poll parses them again."""
    return [dict(item, description=item["description"] + " (Corrects spelling of a name.)") for item in items]


def _two_polls_into(path: Path, feed_server, workers: AnalysisWorkers | None) -> tuple[list, dict[str, list[tuple]]]:
    """Two polls of /wire.xml: 30 items, then the same 30 edited and 26 new ones. The
    results of both polls and every table's rows after them."""
    items = aid_and_other_items(56)
    store = SqliteStore(path)
    store.migrate()
    try:
        clock = FakeClock()
        harness = Harness(store, clock, feed_server)
        feed_server.set_feed("/wire.xml", rss(items[:30]), etag=False, last_modified=False)
        feed = harness.feed("/wire.xml", "Wire")

        async def poll():
            async with HttpFeedSource(timeout=5) as source:
                return await FeedPoller(store, source, harness.current_analyzer, clock,
                                        analysis_workers=workers).poll(feed)

        first = asyncio.run(poll())
        feed_server.set_feed("/wire.xml", rss(_edited(items[:30]) + items[30:]), etag=False, last_modified=False)
        clock.advance(minutes=10)
        second = asyncio.run(poll())
        return [(r.error, r.entries, r.new_entries, r.matches) for r in (first, second)], rows_of(store)
    finally:
        store.close()


def test_items_stored_before_and_parsed_again_in_the_worker_are_skipped_as_in_the_bot(
        tmp_path, feed_server, workers):
    """The worker analyses every entry it parses, the store has 30 of them already: their
    analyses are dropped by their insert, the 26 new ones stored as the bot stores them."""
    in_bot = _two_polls_into(tmp_path / "bot.db", feed_server, None)
    in_worker = _two_polls_into(tmp_path / "worker.db", feed_server, workers)
    assert in_bot[0] == [(None, 30, 30, 15), (None, 56, 26, 13)], in_bot[0]
    assert workers.parsed == 2, "both bodies were parsed in the worker"
    assert in_worker == in_bot


ENTITY_DECLARATION = b'<!DOCTYPE rss [<!ENTITY wire "Wire">]>\n<rss version'


def test_a_body_that_does_not_parse_in_the_worker_fails_the_poll_as_in_the_bot_and_no_worker_dies(
        harness, feed_server, workers, caplog):
    """A body declaring XML entities is refused by the parser: in the worker too. The bot
    parses it again and fails the poll as it always did; the worker lives on."""
    body = rss(aid_and_other_items(30)).replace(b"<rss version", ENTITY_DECLARATION, 1)
    feed_server.set_feed("/entities.xml", body)
    feed_server.set_feed("/wire.xml", rss(aid_and_other_items(30)))
    [pid] = workers.pids()

    async def poll(*feeds):
        async with HttpFeedSource(timeout=5) as source:
            poller = FeedPoller(harness.store, source, harness.current_analyzer, harness.clock,
                                analysis_workers=workers)
            return [await poller.poll(feed) for feed in feeds]

    refused_feed, good_feed = harness.feed("/entities.xml", "Entities"), harness.feed("/wire.xml", "Wire")
    with caplog.at_level(logging.WARNING):
        refused, good = asyncio.run(poll(refused_feed, good_feed))
    assert refused.error == "feed declares XML entities; refused" and refused.new_entries == 0
    assert harness.store.feed_state(refused_feed.id).last_error == refused.error
    assert not [r for r in caplog.records if r.name == "bot.analysis_worker"], "a feed's error is no worker death"
    assert workers.deaths == 0 and workers.pids() == [pid]
    assert good.error is None and good.new_entries == 30 and good.matches == 15
    assert workers.parsed == 1, "the next body went to the same worker"


def test_a_busy_worker_takes_one_body_more_and_the_bot_parses_the_next_itself(harness, feed_server, workers):
    """The worker is stopped (SIGSTOP) once it has the first body and the second waits for
    it: the third poll is parsed, analysed and stored in the bot's process meanwhile,
    without waiting. Continued, the worker parses the first two. The second goes to the busy
    worker only because the bot has more work in hand than the worker (other polls'
    transactions, entered by hand: bot.work_in_hand); the third is parsed here because the
    bot has less once the worker holds two bodies (tests/run/test_worker_share_by_work_in_hand_52.py)."""
    order: list[str] = []
    for name, start in (("first", 0), ("second", 100), ("third", 200)):
        feed_server.set_feed(f"/{name}.xml", rss(aid_and_other_items(start + 30)[start:]))
    feeds = [harness.feed(f"/{name}.xml", name.title()) for name in ("first", "second", "third")]
    [pid] = workers.pids()

    async def scenario():
        async with HttpFeedSource(timeout=5) as source:
            poller = FeedPoller(harness.store, source, harness.current_analyzer, harness.clock,
                                analysis_workers=workers)
            os.kill(pid, signal.SIGSTOP)
            try:
                waiting: list[asyncio.Task] = []
                for feed, in_hand in zip(feeds[:2], (1, 2)):
                    with poller.work_in_hand.storing(200):  # 40 items' worth: more than the worker's 30
                        waiting.append(asyncio.create_task(poller.poll(feed)))
                        waiting[-1].add_done_callback(lambda _, name=feed.name: order.append(f"{name} stored"))
                        await until(lambda in_hand=in_hand: workers.in_hand == in_hand,
                                    f"{feed.name}: the body never reached the worker", waiting)
                third = await asyncio.wait_for(poller.poll(feeds[2]), DEADLINE)
                order.append("Third stored")
            finally:
                os.kill(pid, signal.SIGCONT)
            return [*(await asyncio.gather(*waiting)), third]

    results = asyncio.run(scenario())
    assert order[0] == "Third stored" and sorted(order[1:]) == ["First stored", "Second stored"], order
    assert [(r.error, r.new_entries, r.matches) for r in results] == [(None, 30, 15)] * 3
    assert workers.parsed == 2 and workers.deaths == 0 and workers.in_hand == 0
