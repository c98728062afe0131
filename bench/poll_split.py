"""Where the polling process's time goes during a cycle (bench_poll_cycle.py --split).

The poller's steps are wrapped, in the benchmark's child process only, to record for each
call its wall interval and the CPU of the thread that ran it (time.thread_time):
- `parse`: parse_feed_document, in a thread of the polling process (or the worker's
  share when the worker parses: then `worker` is the wait for the worker's answer);
- `analysis`: analyse_each in a thread of the polling process;
- `worker`: a batch handed to the analysis worker process, waited for in a thread
  (wall only: the CPU is the worker's, counted by the benchmark as its children's);
- `store`: the poll's transaction on the loop's thread (inserts, search index, stories);
- `stories`: of it, putting each relevant entry into its story (StoryAttacher.attach),
  counted inside `store` too, so left out of the sum that gives the rest.
Whatever else the process spent (fetching, decompressing, hashing items, the event loop)
is the cycle's CPU less the steps'; it is split in two by the CPU of the thread that runs
the event loop over the cycle (begin() to take()): the loop's own rest (its CPU less the
`store` step's: fetches, gunzip, item hashes, the reads before a batch is analysed) and the
other threads' (the hand-over to the worker, `worker`, whose CPU is this process's, and
whatever the thread pool and the collector spent). Wall intervals say what overlapped:
`busy` is the wall time during which at least one call of the step ran.
"""

from __future__ import annotations

import functools
import time
from collections import defaultdict

_calls: dict[str, list[tuple[float, float, float]]] = defaultdict(list)  # step -> (start, end, cpu)
_loop_cpu_at_start: list[float] = []  # the loop thread's CPU clock when the cycle began (begin())


def _timed(step: str, function):
    @functools.wraps(function)
    def wrapper(*args, **kwargs):
        started, cpu = time.perf_counter(), time.thread_time()
        try:
            return function(*args, **kwargs)
        finally:
            _calls[step].append((started, time.perf_counter(), time.thread_time() - cpu))

    return wrapper


def install() -> None:
    """Wrap the poller's steps (see the module docstring)."""
    import bot.pipeline as pipeline
    from bot.analysis_worker import AnalysisWorkers
    from bot.story_attachment import StoryAttacher

    pipeline.parse_feed_document = _timed("parse", pipeline.parse_feed_document)
    pipeline.analyse_each = _timed("analysis", pipeline.analyse_each)
    pipeline.FeedPoller._store_without_failing_items = _timed("store",
                                                              pipeline.FeedPoller._store_without_failing_items)
    StoryAttacher.attach = _timed("stories", StoryAttacher.attach)
    for name in ("analyse", "parse_and_analyse"):
        if hasattr(AnalysisWorkers, name):
            setattr(AnalysisWorkers, name, _timed("worker", getattr(AnalysisWorkers, name)))


# Steps timed inside another step (their CPU is in that step's already) or in another process.
_NESTED = frozenset({"worker", "stories"})


def _busy(intervals: list[tuple[float, float, float]]) -> float:
    """Wall seconds covered by at least one interval."""
    total, reach = 0.0, float("-inf")
    for start, end, _ in sorted(intervals):
        if end > reach:
            total += end - max(start, reach)
            reach = end
    return total


def intervals() -> dict[str, list[tuple[float, float, float]]]:
    """The calls recorded so far, per step: (start, end, thread CPU), perf_counter moments."""
    return {step: list(calls) for step, calls in _calls.items()}


def begin() -> None:
    """Note the CPU clock of the thread that will run the cycle's event loop (the caller's)."""
    _loop_cpu_at_start[:] = [time.thread_time()]


def take(cycle_started: float) -> dict:
    """The cycle's figures per step (calls, thread CPU, wall busy, last end from the
    cycle's start), and forget them for the next cycle. Called from the loop's thread: with
    begin(), the figures hold that thread's CPU over the cycle too (`loop`, not a step)."""
    figures = {step: {"calls": len(calls), "cpu": sum(c for _, _, c in calls), "busy": _busy(calls),
                      "last_end": max(end for _, end, _ in calls) - cycle_started}
               for step, calls in _calls.items() if calls}
    if _loop_cpu_at_start:
        figures["loop"] = {"cpu": time.thread_time() - _loop_cpu_at_start.pop()}
    _calls.clear()
    return figures


def print_split(cycles: list[dict]) -> None:
    """One line per cycle that has a split."""
    for number, cycle in enumerate(cycles):
        split = cycle.get("split")
        if not split:
            continue
        own_cpu = cycle["cpu"] - cycle.get("worker_cpu", 0)
        loop = split.get("loop")
        split = {step: f for step, f in split.items() if step != "loop"}
        steps = "; ".join(f"{step} {f['cpu']:.2f} s CPU / {f['busy']:.2f} s busy ({f['calls']} calls, last end "
                          f"{f['last_end']:.2f} s)" for step, f in sorted(split.items()))
        rest = own_cpu - sum(f["cpu"] for step, f in split.items() if step not in _NESTED)
        parts = ""
        if loop is not None:
            loop_rest = loop["cpu"] - split.get("store", {}).get("cpu", 0.0)
            parts = f" (the loop's {loop_rest:.2f} s, other threads' {rest - loop_rest:.2f} s)"
        print(f"  cycle {number}: wall {cycle['wall']:.2f} s, polling process {own_cpu:.2f} s CPU, worker "
              f"{cycle.get('worker_cpu', 0):.2f} s; {steps}; the rest (fetch, gunzip, item hashes, loop) "
              f"{rest:.2f} s{parts}")
