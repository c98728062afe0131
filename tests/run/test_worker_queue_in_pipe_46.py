"""A body queued for the analysis worker is in its pipe while the worker computes the one
before (issue 15, stop 46).

A busy worker takes one body more (bot.analysis_worker.QUEUED_BODIES), but until this stop
the thread holding that body sent it only once it had the worker to itself: after the
thread of the first body had read and unpickled its answer. In a first cycle of 200 feeds
the bot's threads (parsing, analysing, storing) held the GIL meanwhile, and the next body
reached the worker 30-45 ms after it had answered, ~90 times (traced in the worker, load
~2-3; the worker idle for that time). Now every request is written at once, in order, and
the answers are read in the same order.

What must not change: the answers (each poll's rows as before, the order of the answers
kept), a worker that dies or hangs with requests queued behind (the tests of
tests/run/test_poll_analysis_in_worker.py and test_poll_parse_in_worker.py, unchanged).

Observed without timing: the worker is stopped (SIGSTOP) so it reads nothing, and the bytes
the bot has written that it has not read (the socket's outgoing queue, TIOCOUTQ) are read
after the first body went to it and after the second: they grow with the second body.
Checked to fail with the code before (the second body waits for the first's answer, the
queue stays as it was: the wait below ends on its deadline).
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import fcntl
import os
import pickle
import signal
import struct
import termios
from dataclasses import replace

import pytest

from bot.adapters.feed_http import HttpFeedSource
from bot.core.models import Entry
from bot.pipeline import FeedPoller
from tests.support.analysis_workers import DEADLINE, until
from tests.support.poll_rows import aid_and_other_items
from tests.support.servers import rss

pytestmark = pytest.mark.timeout(120)

# How long the bytes of the second body may take to show in the queue (they are written by
# a thread as soon as the poll has its body: milliseconds, seconds on a loaded machine).
QUEUE_DEADLINE = 10.0


def _unread_bytes(workers) -> int:
    """Bytes the bot wrote into its worker's pipe that the worker has not read (Linux:
    TIOCOUTQ on a Unix socket)."""
    [worker] = workers._workers
    return struct.unpack("i", fcntl.ioctl(worker.conn.fileno(), termios.TIOCOUTQ, struct.pack("i", 0)))[0]


def test_a_second_body_is_in_the_stopped_worker_s_pipe_before_the_first_is_answered(harness, feed_server, workers):
    for name, start in (("warm", 0), ("first", 100), ("second", 200)):
        feed_server.set_feed(f"/{name}.xml", rss(aid_and_other_items(start + 30)[start:]))
    warm, first, second = (harness.feed(f"/{name}.xml", name.title()) for name in ("warm", "first", "second"))
    [pid] = workers.pids()

    async def scenario():
        async with HttpFeedSource(timeout=5) as source:
            poller = FeedPoller(harness.store, source, harness.current_analyzer, harness.clock,
                                analysis_workers=workers)
            warmed = await poller.poll(warm)  # the worker builds the rules: later requests are bodies alone
            os.kill(pid, signal.SIGSTOP)
            try:
                polls = [asyncio.create_task(poller.poll(first))]
                await until(lambda: workers.in_hand == 1 and _unread_bytes(workers) > 0,
                            "the first body never reached the worker's pipe", polls)
                with_first = _unread_bytes(workers)
                # The bot busier than the worker (other polls' transactions, entered by hand): the
                # second body is queued for the worker rather than parsed here (bot.work_in_hand).
                with poller.work_in_hand.storing(200):
                    polls.append(asyncio.create_task(poller.poll(second)))
                    await until(lambda: workers.in_hand == 2, "the second body never went to the worker", polls)
                await until(lambda: _unread_bytes(workers) > with_first,
                            f"the second body waits outside the pipe ({with_first} bytes unread, still)", polls,
                            QUEUE_DEADLINE)
            finally:
                os.kill(pid, signal.SIGCONT)
            return [warmed, *(await asyncio.gather(*polls))]

    results = asyncio.run(scenario())
    assert [(r.error, r.new_entries, r.matches) for r in results] == [(None, 30, 15)] * 3
    assert workers.parsed == 3 and workers.deaths == 0 and workers.in_hand == 0
    assert not workers.busy


def test_a_batch_that_does_not_pickle_leaves_the_worker_answering_the_next(harness, workers):
    """A request that cannot be written (here an entry holding a function) raises to its
    caller as before; it must leave no place in the worker's queue behind it (the next
    batch would wait for that place's answer for ever, and the worker be killed as hung)."""
    analyzer = harness.current_analyzer()
    entry = Entry(feed_url="https://wire.example/feed", guid="made-1", url="https://wire.example/made-1",
                  title="Norway to send 12 howitzers to Ukraine, ministry says",
                  summary="Norway will deliver 12 howitzers to Ukraine next month, its defence ministry said.")
    with pytest.raises((pickle.PicklingError, AttributeError, TypeError)):
        workers.analyse(analyzer, None, [replace(entry, lang=lambda: "en")], "unpicklable")
    done = concurrent.futures.ThreadPoolExecutor(1).submit(workers.analyse, analyzer, None, [entry], "after")
    prepared = done.result(timeout=DEADLINE)
    assert prepared is not None and prepared[0].analysis.relevant
    assert workers.deaths == 0 and not workers.busy and workers.in_hand == 0
