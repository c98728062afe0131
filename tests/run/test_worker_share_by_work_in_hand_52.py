"""The analysis worker gets a body when it has no more in hand than the bot's own process
(issue 15, stop 50: bot.work_in_hand).

Until this stop a busy worker took a body whenever it held fewer than two, and the bot
parsed the rest, whatever it had to do besides: in a first cycle of 200 feeds the polling
process kept about half of the bodies on top of every poll's transaction and bounded the
cycle's wall time while the worker idled for a fifth of it. Now the bot's work in hand
(the items of the bodies it parses and analyses, and a share of every changed body's
transaction) is weighed against the items the worker holds: the body goes to the side that
gets to it first, up to QUEUED_BODIES behind the one the worker computes.

Observed without timing: the worker is stopped (SIGSTOP), so what it was given stays in its
hands, and each hand-over is asked with a chosen work in hand of the bot's. The answers and
the guarantees of a stopped or dying worker are those of the other worker tests.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import os
import signal
import time

import pytest

from bot.adapters.feed_http import HttpFeedSource
from bot.analysis_worker import QUEUED_BODIES
from bot.core.models import Entry
from bot.pipeline import FeedPoller
from bot.poll_analysis import FeedDocument
from tests.support.analysis_workers import DEADLINE, until
from tests.support.poll_rows import aid_and_other_items
from tests.support.servers import rss

pytestmark = pytest.mark.timeout(120)

ITEMS = 30  # items of each body below


def _document(start: int) -> FeedDocument:
    body = rss(aid_and_other_items(start + ITEMS)[start:])
    return FeedDocument(body, f"https://wire.example/{start}.xml", "application/rss+xml", None)


def _until(reached, what: str, handed: list[concurrent.futures.Future]) -> None:
    """Wait until `reached()`, failing when a hand-over ended (it raised, or came back) first."""
    end = time.monotonic() + DEADLINE
    while not reached():
        assert time.monotonic() < end and not any(future.done() for future in handed), what
        time.sleep(0.01)


def test_a_busy_worker_takes_a_body_only_while_the_bot_has_more_in_hand(harness, workers):
    analyzer = harness.current_analyzer()
    assert workers.analyse(analyzer, None, aid_and_other_items_entries(2)) is not None  # the rules are built
    [pid] = workers.pids()
    os.kill(pid, signal.SIGSTOP)
    handed = []  # the bodies the worker was given, in the order given
    pool = concurrent.futures.ThreadPoolExecutor(4)
    try:
        def hand(start: int, here: float) -> concurrent.futures.Future:
            return pool.submit(workers.parse_and_analyse, analyzer, None, _document(start), ITEMS, "", here)

        handed.append(hand(0, 0.0))  # an idle worker takes a body whatever the bot has
        _until(lambda: workers.in_hand == 1, "the idle worker was not given the first body", handed)
        # The worker holds 30 items: a bot with fewer in hand parses the next body itself, at once.
        assert hand(100, ITEMS - 1).result(timeout=DEADLINE) is None
        assert workers.in_hand == 1
        # A bot with as many or more has it wait behind the worker's, up to QUEUED_BODIES of them.
        for queued in range(QUEUED_BODIES):
            handed.append(hand(200 + 100 * queued, ITEMS * (queued + 1)))
            _until(lambda: workers.in_hand == 2 + queued, f"body {queued + 2} was not queued for the worker", handed)
        assert hand(900, 10_000).result(timeout=DEADLINE) is None, "more than QUEUED_BODIES queued"
        # Without the bot's figure, a busy worker takes bodies up to the same depth, as before stop 50.
        assert workers.parse_and_analyse(analyzer, None, _document(1000), ITEMS) is None
    finally:
        os.kill(pid, signal.SIGCONT)
    taken = [future.result(timeout=DEADLINE) for future in handed]
    assert len(taken) == 1 + QUEUED_BODIES and None not in taken
    for parsed, prepared in taken:
        assert len(parsed.entries) == ITEMS
        assert sum(1 for entry in prepared if entry.analysis.relevant) == ITEMS // 2
    assert workers.in_hand == 0 and workers.deaths == 0 and not workers.busy


def test_a_batch_parsed_here_goes_to_a_busy_worker_only_while_the_bot_has_more_in_hand(harness, workers):
    analyzer = harness.current_analyzer()
    entries = aid_and_other_items_entries(ITEMS)
    assert workers.analyse(analyzer, None, entries[:2]) is not None  # the rules are built
    [pid] = workers.pids()
    os.kill(pid, signal.SIGSTOP)
    pool = concurrent.futures.ThreadPoolExecutor(2)
    try:
        first = pool.submit(workers.parse_and_analyse, analyzer, None, _document(0), ITEMS, "", 0.0)
        _until(lambda: workers.in_hand == 1, "the idle worker was not given the body", [first])
        assert workers.analyse(analyzer, None, entries, wait=False, here=ITEMS - 1) is None
        assert workers.analyse(analyzer, None, entries, wait=False) is None, "busy: not without the bot's figure"
        second = pool.submit(workers.analyse, analyzer, None, entries, "", False, ITEMS)
        _until(lambda: workers.in_hand == 2, "the batch was not queued for the busy worker", [first, second])
    finally:
        os.kill(pid, signal.SIGCONT)
    assert first.result(timeout=DEADLINE) is not None
    prepared = second.result(timeout=DEADLINE)
    assert prepared is not None and sum(1 for entry in prepared if entry.analysis.relevant) == ITEMS // 2
    assert workers.in_hand == 0 and workers.deaths == 0


def test_the_poller_weighs_its_work_in_hand_against_the_worker_s(harness, feed_server, workers):
    """A poll hands its body to a stopped worker holding one of 30 items when the poller has
    more in hand than that (here other polls' transactions, entered by hand), and parses it
    itself when it has less; after the polls nothing is left counted."""
    for name, start in (("warm", 0), ("held", 100), ("light", 200), ("heavy", 300)):
        feed_server.set_feed(f"/{name}.xml", rss(aid_and_other_items(start + ITEMS)[start:]))
    warm, held, light, heavy = (harness.feed(f"/{name}.xml", name.title())
                                for name in ("warm", "held", "light", "heavy"))
    [pid] = workers.pids()

    async def scenario():
        async with HttpFeedSource(timeout=5) as source:
            poller = FeedPoller(harness.store, source, harness.current_analyzer, harness.clock,
                                analysis_workers=workers)
            results = [await poller.poll(warm)]  # the worker builds the rules
            assert workers.parsed == 1 and poller.work_in_hand.items == 0
            os.kill(pid, signal.SIGSTOP)
            try:
                polls = [asyncio.create_task(poller.poll(held))]
                await until(lambda: workers.in_hand == 1, "the held body never went to the idle worker", polls)
                # The held poll's own transaction counts (30 items at STORE_SHARE): less than the worker's 30.
                results.append(await poller.poll(light))
                assert workers.parsed == 1 and workers.in_hand == 1, "parsed here: the bot had less in hand"
                with poller.work_in_hand.storing(10 * ITEMS):  # other polls' transactions waiting
                    polls.append(asyncio.create_task(poller.poll(heavy)))
                    await until(lambda: workers.in_hand == 2, "the heavy poller's body was not queued", polls)
            finally:
                os.kill(pid, signal.SIGCONT)
            results += await asyncio.gather(*polls)
            assert poller.work_in_hand.items == 0
            return results

    results = asyncio.run(scenario())
    assert [(r.error, r.new_entries, r.matches) for r in results] == [(None, ITEMS, ITEMS // 2)] * 4
    assert workers.parsed == 3 and workers.deaths == 0 and workers.in_hand == 0


def aid_and_other_items_entries(count: int) -> list[Entry]:
    """The made-up items as entries, for a batch handed over without a body."""
    return [Entry(feed_url="https://wire.example/feed", guid=f"made-{n}", url=f"https://wire.example/made-{n}",
                  title=item["title"], summary=item["description"])
            for n, item in enumerate(aid_and_other_items(count))]
