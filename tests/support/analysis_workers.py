"""The analysis worker pool the worker tests of tests/run share (bot.analysis_worker)."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from bot.analysis_worker import AnalysisWorkers

# For a worker to be ready, or a state to be reached: only a failure waits this long
# (a spawned worker on a loaded 2-core CI machine has taken several seconds to start).
DEADLINE = 30.0


@contextmanager
def one_ready_worker() -> Iterator[AnalysisWorkers]:
    """One worker taking batches of any size, started and ready; closed afterwards."""
    pool = AnalysisWorkers(1, min_items=1)
    try:
        assert pool.start(wait=DEADLINE), "the analysis worker never became ready"
        yield pool
    finally:
        pool.close()


async def until(reached: Callable[[], bool], what: str, polls: list[asyncio.Task], seconds: float = DEADLINE) -> None:
    """Wait on the event loop until `reached()`; fail with `what` when `seconds` pass or a poll
    of `polls` ends first (it would then never reach the state the test waits for)."""
    end = time.monotonic() + seconds
    while not reached():
        assert time.monotonic() < end and not any(poll.done() for poll in polls), what
        await asyncio.sleep(0.01)
