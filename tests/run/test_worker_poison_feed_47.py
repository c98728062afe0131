"""Stop 47, hostile: a feed whose body the analysis worker dies on at every poll (bot/analysis_worker.py).

The worker that died was buried, its batch analysed again in the bot's process (nothing lost), and
the next large poll started a new worker, which the same feed's next poll killed again: after
MAX_WORKER_DEATHS polls of that one feed, every feed was analysed in the bot's process for good.
Now the feed whose request the worker was computing is kept from the workers for the rest of the
run (said in the death's log line); the other feeds keep the worker.

The poison is a worker that will not answer (stopped with SIGSTOP before the feed's poll, as a body
that hangs it would leave it), killed at the batch's deadline: the real kill and burial, with no
body of ours that hangs Python. A worker killed while idle blames no feed (its pipe is broken before
the request is written): tests/run/test_poll_analysis_in_worker.py keeps that case. Real worker
processes, feeds on loopback HTTP, real SQLite; the items are made up (tests/support/poll_rows.py).
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
from bot.analysis_worker import MAX_WORKER_DEATHS, AnalysisWorkers
from bot.pipeline import FeedPoller
from tests.support.analysis_workers import DEADLINE
from tests.support.fakes import FakeClock
from tests.support.poll_harness import Harness
from tests.support.poll_rows import aid_and_other_items, rows_of
from tests.support.servers import rss

pytestmark = pytest.mark.timeout(180)


def _poll(path: Path, feed_server, feed_path: str, workers: AnalysisWorkers | None, feed_number: int):
    """Every table's rows after one poll of `feed_path` into a new store at `path`, as its feed number
    `feed_number` (the feeds before it are added and never polled)."""
    store = SqliteStore(path)
    store.migrate()
    try:
        harness = Harness(store, FakeClock(), feed_server)
        for n in range(1, feed_number):
            harness.feed(f"/unpolled-{n}.xml", f"Unpolled {n}")
        feed = harness.feed(feed_path, "Polled")
        assert feed.id == feed_number

        async def poll():
            async with HttpFeedSource(timeout=5) as source:
                return await FeedPoller(store, source, harness.current_analyzer, harness.clock,
                                        analysis_workers=workers).poll(feed)

        result = asyncio.run(poll())
        assert result.error is None and result.new_entries == 30
        return rows_of(store)
    finally:
        store.close()


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


def test_a_feed_that_kills_the_worker_at_every_poll_is_kept_from_it_and_the_other_feeds_keep_it(
        tmp_path, feed_server, caplog):
    feed_server.set_feed("/poison.xml", rss(aid_and_other_items(30)))
    feed_server.set_feed("/plain.xml", rss(aid_and_other_items(30)))
    in_thread = _poll(tmp_path / "thread.db", feed_server, "/poison.xml", None, 1)
    pool = AnalysisWorkers(1, min_items=1, deadline_floor=0.3, deadline_per_item=0.0)
    try:
        with caplog.at_level(logging.WARNING, logger="bot.analysis_worker"):
            for n in range(MAX_WORKER_DEATHS):
                assert pool.start(wait=DEADLINE), "a worker is ready for the feed's poll"
                [pid] = pool.pids()
                os.kill(pid, signal.SIGSTOP)  # the feed's body would leave it so
                try:
                    rows = _poll(tmp_path / f"poison-{n}.db", feed_server, "/poison.xml", pool, 1)
                finally:
                    if _alive(pid):
                        os.kill(pid, signal.SIGCONT)
                assert rows == in_thread, "the feed's items are stored whole, whoever analysed them"
        said = [r.getMessage() for r in caplog.records if r.name == "bot.analysis_worker"]
        # One death for the feed, not one per poll: its later polls never reached a worker.
        assert pool.deaths == 1 and pool.in_use, said
        assert len(said) == 1 and "feed 1 is analysed in the bot's process from now on" in said[0], said
        assert pool.kept_from_workers(1) and not pool.kept_from_workers(2)
        # Another feed still has the worker, now given a deadline a worker building its rules can keep.
        pool.deadline_floor = 120.0
        assert pool.start(wait=DEADLINE)
        batches = pool.batches
        rows = _poll(tmp_path / "plain.db", feed_server, "/plain.xml", pool, 2)
        assert pool.batches == batches + 1 and pool.deaths == 1
        assert len(rows["entries"]) == 30
    finally:
        pool.close()
