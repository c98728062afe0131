"""A running analysis worker takes a steady poll's small bodies too (issue 15, stop 42).

Until stop 42 only a body of at least WORKER_MIN_ITEMS new items went to the worker, so a
steady cycle (20 changed feeds of 200, 5 new items each) was parsed and analysed in the
polling process alone, beside its 200 fetches and 20 transactions, while the worker, started
by the first cycle, sat idle on the other core. Now a worker that is already running and
ready takes a body of any size (its start is paid); only a large body may start one, so a
steady `poll --once` or `demo` still starts no process.

What must not change: the stored rows (a small body parsed and analysed in the worker stores
what it stores parsed in the bot), and no worker is started by small polls.

Real processes: a spawned worker, feeds on loopback, SQLite in a temporary folder. Texts:
short made-up headlines (tests/support/poll_rows.py). Checked to fail: with `takes` asking
for WORKER_MIN_ITEMS whatever runs (the code before), the worker parses no body
(`workers.parsed == 0`) in the first test.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from bot.adapters.feed_http import HttpFeedSource
from bot.adapters.sqlite_store import SqliteStore
from bot.analysis_worker import WORKER_MIN_ITEMS, AnalysisWorkers
from bot.pipeline import FeedPoller
from tests.support.analysis_workers import DEADLINE
from tests.support.fakes import FakeClock
from tests.support.poll_harness import Harness
from tests.support.poll_rows import aid_and_other_items, rows_of
from tests.support.servers import rss

pytestmark = pytest.mark.timeout(120)

SMALL = 6  # new items of a steady poll: well under WORKER_MIN_ITEMS


def _small_poll_into(path: Path, feed_server, workers: AnalysisWorkers | None) -> tuple[tuple, dict[str, list[tuple]]]:
    """One poll of a feed of SMALL items (half of them about aid): its result and every table's rows."""
    store = SqliteStore(path)
    store.migrate()
    try:
        clock = FakeClock()
        harness = Harness(store, clock, feed_server)
        # No validators: the server dates its Last-Modified when the feed is set, which the two
        # polls would store apart.
        feed_server.set_feed("/small.xml", rss(aid_and_other_items(SMALL)), etag=False, last_modified=False)
        feed = harness.feed("/small.xml", "Small")

        async def poll():
            async with HttpFeedSource(timeout=5) as source:
                return await FeedPoller(store, source, harness.current_analyzer, clock,
                                        analysis_workers=workers).poll(feed)

        result = asyncio.run(poll())
        return (result.error, result.new_entries, result.matches), rows_of(store)
    finally:
        store.close()


def test_a_running_worker_parses_a_small_body_and_stores_the_same_rows(tmp_path, feed_server):
    assert SMALL < WORKER_MIN_ITEMS
    in_bot = _small_poll_into(tmp_path / "bot.db", feed_server, None)
    pool = AnalysisWorkers(1)  # the bot's own threshold
    try:
        assert pool.start(wait=DEADLINE), "the analysis worker never became ready"
        in_worker = _small_poll_into(tmp_path / "worker.db", feed_server, pool)
        assert pool.parsed == 1 and pool.batches == 1 and pool.deaths == 0
    finally:
        pool.close()
    assert in_bot[0] == (None, SMALL, SMALL // 2), in_bot[0]
    assert in_worker == in_bot


def test_small_polls_start_no_worker(tmp_path, feed_server):
    pool = AnalysisWorkers(1)
    try:
        result, _ = _small_poll_into(tmp_path / "bot.db", feed_server, pool)
        assert result == (None, SMALL, SMALL // 2)
        assert pool.pids() == [] and pool.batches == 0
        assert not pool.takes(SMALL), "no worker runs: a small batch stays in the bot"
    finally:
        pool.close()
