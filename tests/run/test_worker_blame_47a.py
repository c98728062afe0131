"""Stop 47, review: a feed was kept from the analysis workers for the rest of the run at the
first death of a worker that had its request (bot/analysis_worker.py), but one death does
not tell the feed that caused it. A worker SIGKILLed while idle keeps its end of the pipe open
for a few milliseconds, so a request written then is accepted and its feed was blamed; the
first request of a new worker carries the rule set, built before the feed's body is read; a
bot stopped with its worker (Ctrl-Z) past a batch's deadline kills the worker on resuming.
Now a feed is kept from the workers at its second death (DEATHS_TO_KEEP_A_FEED), which a
poison body reaches at its second poll (tests/run/test_worker_poison_feed_47.py).

Real worker processes and the real Analyzer of the shipped rules; made-up entries."""

from __future__ import annotations

import logging
import os
import signal

import pytest

from bot.adapters.sqlite_store import SqliteStore
from bot.analysis_worker import DEATHS_TO_KEEP_A_FEED, MAX_WORKER_DEATHS, AnalysisWorkers
from bot.core.models import Entry
from tests.support.analysis_workers import DEADLINE
from tests.support.fakes import FakeClock
from tests.support.poll_harness import Harness

pytestmark = pytest.mark.timeout(240)

FEED = 7


@pytest.fixture
def analyzer(tmp_path):
    store = SqliteStore(tmp_path / "rules.db")
    store.migrate()
    yield Harness(store, FakeClock(), None).current_analyzer()
    store.close()


def _entries(count: int = 30) -> list[Entry]:
    return [Entry("https://feed.example/rss", f"g{n}", f"https://feed.example/{n}",
                  f"Germany sends {n} more tanks to Ukraine") for n in range(count)]


def _stopped_until_killed(pool: AnalysisWorkers) -> int:
    """The ready worker stopped (SIGSTOP), as a body that hangs it or a stopped terminal leaves
    it: killed at the batch's deadline. Its pid."""
    assert pool.start(wait=DEADLINE), "a worker is ready"
    [pid] = pool.pids()
    os.kill(pid, signal.SIGSTOP)
    return pid


def test_one_death_on_a_feeds_request_leaves_it_with_the_workers_and_a_second_keeps_it_away(analyzer, caplog):
    assert DEATHS_TO_KEEP_A_FEED == 2 < MAX_WORKER_DEATHS
    pool = AnalysisWorkers(1, min_items=1, deadline_floor=0.5, deadline_per_item=0.0)
    try:
        with caplog.at_level(logging.WARNING, logger="bot.analysis_worker"):
            _stopped_until_killed(pool)  # the new worker's first request carries the rule set
            assert pool.analyse(analyzer, FEED, _entries()) is None, "analysed in the bot after the death"
            assert pool.deaths == 1 and not pool.kept_from_workers(FEED)
            # The feed's next request goes to a worker again (one that can keep its deadline).
            pool.deadline_floor = 120.0
            assert pool.start(wait=DEADLINE)
            batches = pool.batches
            assert pool.analyse(analyzer, FEED, _entries()) is not None
            assert pool.batches == batches + 1
            # A second death on its requests keeps it away.
            pool.deadline_floor = 0.5
            _stopped_until_killed(pool)
            assert pool.analyse(analyzer, FEED, _entries()) is None
        said = [r.getMessage() for r in caplog.records if r.name == "bot.analysis_worker"]
        assert pool.deaths == 2 and pool.in_use and pool.kept_from_workers(FEED), said
        assert len(said) == 2, said
        assert f"request of feed {FEED} (with the rule set, built first), which a worker gets again" in said[0]
        assert f"feed {FEED} is analysed in the bot's process from now on" in said[1]
        pool.deadline_floor = 120.0
        assert pool.start(wait=DEADLINE)
        batches = pool.batches
        assert pool.analyse(analyzer, FEED, _entries()) is None and pool.batches == batches
        assert pool.analyse(analyzer, FEED + 1, _entries()) is not None, "other feeds keep the worker"
    finally:
        pool.close()


def test_a_worker_killed_while_idle_and_handed_a_batch_at_once_does_not_keep_the_feed_away(analyzer):
    """The reviewer's race: the send after a SIGKILL is accepted in the first milliseconds, so
    the request cannot be told from one the worker read. A single death keeps no feed away."""
    for _ in range(2):
        pool = AnalysisWorkers(1, min_items=1)
        try:
            assert pool.start(wait=DEADLINE)
            assert pool.analyse(analyzer, 99, _entries()) is not None  # it holds the rules, as a running bot's does
            [pid] = pool.pids()
            os.kill(pid, signal.SIGKILL)
            assert pool.analyse(analyzer, FEED, _entries()) is None
            assert pool.deaths == 1 and not pool.kept_from_workers(FEED)
        finally:
            pool.close()
