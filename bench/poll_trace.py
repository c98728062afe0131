"""When a cycle's fetches start and end, on both sides (bench_poll_cycle.py --trace).

The feed server (the benchmark's parent process) notes for every request the moment it
arrived and the moment its answer was ready (after the added latency); each side's child
sends the moment its cycle started and ended. All are time.perf_counter(), which on Linux
is CLOCK_MONOTONIC, one clock for every process of the machine, so the moments of both
processes line up. The server sees what either poller does the same way: a request
arriving late means the poller started it late (its loop or its threads were busy, or its
concurrency bound held it), whatever the poller is.

The pledgewatch child also runs a ticker on its event loop (every 2 ms) that records the
loop's stalls, and, with --split, the poll steps' intervals (bench/poll_split.py) are
placed on the same time line.
"""

from __future__ import annotations

import asyncio
import functools
import gc
import threading
import time

TICK = 0.002  # the ticker's sleep; a gap longer than this plus STALL is a stall
STALL = 0.010


class RequestLog:
    """The server's side: (arrived, answered) per request, in the order they arrived."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.requests: list[tuple[float, float]] = []

    def note(self, arrived: float, answered: float) -> None:
        with self._lock:
            self.requests.append((arrived, answered))

    def take(self) -> list[tuple[float, float]]:
        with self._lock:
            taken, self.requests = sorted(self.requests), []
        return taken


class LoopStalls:
    """The poller's event loop, ticked every TICK seconds: each gap of more than
    TICK + STALL between two ticks is a stall (the loop ran something else that long).
    The garbage collector's collections of the oldest generation are timed too (any thread)."""

    def __init__(self) -> None:
        self.stalls: list[tuple[float, float]] = []  # (start, length)
        self.collections: list[tuple[float, float]] = []  # (start, length) of generation-2 collections
        self._task: asyncio.Task | None = None
        self._collecting = 0.0

    def start(self) -> None:
        self._task = asyncio.get_running_loop().create_task(self._tick())
        gc.callbacks.append(self._collected)

    def _collected(self, phase: str, info: dict) -> None:
        if info.get("generation") != 2:
            return
        if phase == "start":
            self._collecting = time.perf_counter()
        else:
            self.collections.append((self._collecting, time.perf_counter() - self._collecting))

    async def _tick(self) -> None:
        before = time.perf_counter()
        while True:
            await asyncio.sleep(TICK)
            now = time.perf_counter()
            if now - before > TICK + STALL:
                self.stalls.append((before, now - before - TICK))
            before = now

    def stop(self) -> list[tuple[float, float]]:
        if self._task is not None:
            self._task.cancel()
            gc.callbacks.remove(self._collected)
        taken, self.stalls = self.stalls, []
        return taken


_marks: dict[str, list[tuple[float, float, float]]] = {}  # step -> (start, end, 0.0), as poll_split's


def _marked(step: str, function):
    """`function` (a coroutine function), its calls' start and end noted under `step`."""
    @functools.wraps(function)
    async def wrapper(*args, **kwargs):
        started = time.perf_counter()
        try:
            return await function(*args, **kwargs)
        finally:
            _marks.setdefault(step, []).append((started, time.perf_counter(), 0.0))

    return wrapper


def install_client_marks() -> None:
    """Note, in the polling process, when each fetch (HttpFeedSource.fetch: from the call to
    the decoded body) and each changed body's parse and store (FeedPoller._parse_and_store,
    its waits included) start and end."""
    from bot.adapters.feed_http import HttpFeedSource
    from bot.pipeline import FeedPoller

    HttpFeedSource.fetch = _marked("fetch", HttpFeedSource.fetch)
    FeedPoller._parse_and_store = _marked("parse_and_store", FeedPoller._parse_and_store)


def take_marks() -> dict[str, list[tuple[float, float, float]]]:
    taken = {step: list(calls) for step, calls in _marks.items()}
    _marks.clear()
    return taken


def _ms(moment: float, start: float) -> str:
    return f"{(moment - start) * 1e3:6.0f}"


def summary(requests: list[tuple[float, float]], start: float, end: float, concurrency: int,
            stalls: list[tuple[float, float]] | None = None, steps: dict | None = None,
            collections: list[tuple[float, float]] | None = None) -> list[str]:
    """The cycle's time line in milliseconds from its start: when the requests of each
    wave of `concurrency` arrived (first, median, last), when the last answer was ready,
    the cycle's end; the loop's stalls; the poll steps' intervals."""
    lines = []
    if requests:
        for wave_start in range(0, len(requests), concurrency):
            wave = requests[wave_start:wave_start + concurrency]
            arrived = [a for a, _ in wave]
            lines.append(f"requests {wave_start + 1}-{wave_start + len(wave)}: arrived {_ms(arrived[0], start)} .. "
                         f"{_ms(arrived[len(arrived) // 2], start)} .. {_ms(arrived[-1], start)} ms, answers ready "
                         f"by {_ms(max(b for _, b in wave), start)} ms")
    lines.append(f"the cycle ended at {_ms(end, start)} ms")
    if stalls is not None:
        longest = max((length for _, length in stalls), default=0.0)
        lines.append(f"event-loop stalls over {STALL * 1e3:.0f} ms: {len(stalls)}, {sum(l for _, l in stalls) * 1e3:.0f} "
                     f"ms in all, the longest {longest * 1e3:.0f} ms; "
                     + ", ".join(f"{_ms(s, start).strip()}+{length * 1e3:.0f}" for s, length in stalls[:12]))
    if collections is not None:
        lines.append(f"full garbage collections: {len(collections)}, "
                     + ", ".join(f"{_ms(s, start).strip()}+{length * 1e3:.0f}" for s, length in collections))
    for step, intervals in sorted((steps or {}).items()):
        spans = sorted(intervals)
        if len(spans) > 24:  # many: their starts' and ends' spread
            starts, ends = [a for a, _, _ in spans], sorted(b for _, b, _ in spans)
            lines.append(f"{step} ({len(spans)}): started {_ms(starts[0], start).strip()} .. "
                         f"{_ms(starts[len(starts) // 2], start).strip()} .. {_ms(starts[-1], start).strip()}, "
                         f"ended {_ms(ends[0], start).strip()} .. {_ms(ends[len(ends) // 2], start).strip()} .. "
                         f"{_ms(ends[-1], start).strip()} ms")
            continue
        lines.append(f"{step} ({len(spans)}): " + ", ".join(f"{_ms(a, start).strip()}-{_ms(b, start).strip()}"
                                                            for a, b, _ in spans[:24]))
    return lines
