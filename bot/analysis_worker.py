"""The analysis of a poll's new entries in a worker process (setting `analysis_workers`).

Analysed in a thread of the bot's own process (bot.pipeline), a large poll still held
the GIL most of the time: chat and the web tracker waited up to 1.7 s between two turns
of the event loop during a poll of 1,000 new items, and the analysis used one core of
the machine while fetching, parsing and storing needed the same one. Here a poll's
batch of new entries is sent to a process of its own (multiprocessing, "spawn": the bot
has threads and an event loop, which a fork would copy half-way), which answers with
each entry's Analysis and story fingerprint (bot.poll_analysis.analyse_each, the same
function the thread runs): the same stored rows.

A poll's body of at least WORKER_MIN_ITEMS items to parse goes to the worker whole
(parse_and_analyse, stop 39): it parses the body (parse_feed_document, the function the bot
runs) and analyses every entry. With the worker analysing only, the bot's process parsed
every body itself (~2.9 s of a first cycle of 10,000 items, against the poll's transactions'
~1.4 s) and was the cycle's longer half. A busy worker takes a body more when what it holds
is no more than the bot's own work in hand (bot.work_in_hand: the bodies the bot parses
and the transactions it owes, stop 50), up to QUEUED_BODIES, each written into its pipe at
once so that it reads it the moment it has answered (stop 46); else the bot parses the
body, and analyses it, itself, rather than wait: both processes stay busy while bodies are
left, and run out of them together. A body that does not parse in the worker is
parsed again in the bot, which fails the poll exactly as before (no death of the worker:
a feed's fault).

Started when the bot may use 2 CPUs or more (analysis_workers = "auto", the default since
stop 40; bot.cpu_share decides): on an idle 2-core machine it made a first cycle of 10,000
new items 6.7-7.4 s of wall time against 10.0-11.1 s in a thread. It costs 0.4-1.0 s more
CPU in all (its start, its own caches, the pickling), so with one CPU it cannot pay; on a
2-core machine busy with other work (bench/README.md, "Analysis worker process") neither
that cycle's wall time nor the loop's longest stall got shorter either.

- The rules: a batch names its rule set by a digest of the rules, threshold and entity
  lists; a worker that has not built that set yet gets them with the batch
  (ruleset_cache.dump_recipe, ~230 KB) and builds it, from the compiled-rules cache when
  the bot compiled it there. A rule edit from chat or the CLI makes another digest, so the
  next batch carries it; the same set is never sent twice to one worker.
- Small batches (below WORKER_MIN_ITEMS new entries) never start a worker, and stay in the
  bot's process until a large batch has: `demo` and a steady `poll --once` never start a
  process. Once a worker runs and is ready, it takes bodies and batches of any size (stop
  42): a steady cycle of `run` after a large first round (20 changed feeds of 200, 5 new
  items each) was parsed and analysed in the polling process alone, beside its fetches and
  transactions, while the worker sat idle on the other core. The start happens beside the
  bot: until the worker says it is ready (its imports, 0.17-0.24 s of CPU), batches are
  analysed in the bot as before, so no poll waits for it.
- A worker that dies (killed, out of memory) loses nothing: its batch is analysed again in
  the bot's process, said in one log line, and the next large batch starts a new worker.
  A worker that hangs (stuck in a loop, stopped by SIGSTOP) would hold its poll for ever:
  a batch has a deadline that grows with its size (batch_deadline), past which the worker
  is killed and counted as a death, its batch analysed in the bot as above.
  After MAX_WORKER_DEATHS deaths the bot analyses in its own process for good (one more
  line), rather than start workers that die in a loop.
- A feed whose request was, twice, the one a worker had first when it died (written to it
  and not answered, or being written when the worker was killed past its deadline) is
  analysed in the bot's process for the rest of the run, said in the line of the second
  death: a body that kills or hangs the worker on every poll (stop 47) killed a new worker at
  each of three polls, and every feed lost the worker for good; now it costs two deaths,
  under MAX_WORKER_DEATHS. Not the first death (DEATHS_TO_KEEP_A_FEED): the pipe does
  not tell the request that killed the worker from one that merely met its death. A worker
  SIGKILLed while idle keeps its end of the pipe open until the kernel has torn it down, and a
  request written in those milliseconds is accepted; the first request of a new worker, or the
  first after a rule edit, carries the rule set, which the worker builds before it reads the
  feed's body, so a death building the rules falls on that feed (the line says it carried
  them); a bot stopped with its worker (Ctrl-Z, a frozen container) past a batch's deadline
  kills the worker on resuming. Those come once, as a rule (a rule set that kills every
  worker building it may fall twice on one feed, but its third death ends the workers
  anyway); a poison body comes at every poll. A request whose write found the pipe broken
  already counts against no feed.
- A program that embeds pledgewatch and starts the bot at its top level, not under
  `if __name__ == "__main__":`, is run again by each worker as it starts ("spawn" imports
  the main module): that copy would be a second bot. It exits as soon as it makes an App
  (exit_if_main_module_reran), and the bot, told so by the exit code, says the cause in one
  line and analyses in its own process from then on: the next worker would do the same.
- Stopping: close() ends the workers (SIGTERM, then SIGKILL); they are daemonic, and a
  worker whose bot is gone reads the end of its pipe and exits, so none outlives the bot.
  A worker ignores SIGINT: Ctrl-C in a terminal reaches the whole process group, and the
  bot stops its worker itself.
"""

from __future__ import annotations

import hashlib
import logging
import multiprocessing
import os
import pickle
import signal
import threading
import time
import traceback
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from multiprocessing.connection import Connection
from typing import TYPE_CHECKING
from weakref import WeakKeyDictionary

# Nothing of the analysis is imported here: a spawned worker imports this module first,
# before serve() can ignore SIGINT, and a short import keeps that moment short (see _sigint_ignored_by_the_new_process).
if TYPE_CHECKING:
    from multiprocessing.process import BaseProcess

    from bot.adapters.feed_parse import ParsedFeed
    from bot.core.analysis import Analyzer
    from bot.core.models import Entry
    from bot.poll_analysis import FeedDocument, PreparedEntry

log = logging.getLogger(__name__)

# Below this many new entries a poll's analysis never starts a worker, and stays in the bot's
# process while none runs. Analysing 20 entries costs ~5-50 ms of CPU (0.26 ms a
# non-relevant one, 2.5 ms a relevant one); a batch's round trip to a running worker ~1-3 ms,
# and the worker's start ~0.15 s of CPU once. A steady poll brings a few items per feed; a
# feed's first poll, or a busy feed after a pause, brings 20 to 100. A running worker takes
# any batch (AnalysisWorkers.takes): its start is paid, and handing a steady body over (5
# new items) costs the bot less than parsing and analysing it (the polling process's CPU of
# a steady cycle 0.21 -> 0.18 s median, docs/performance-history.md, stop 42).
WORKER_MIN_ITEMS = 20
# Bodies a busy worker may be given to parse beside the one it has: written into its pipe
# at once (_Worker.turn), so the worker reads the next the moment it has answered, waiting
# neither for the bot's event loop (busy storing polls, ~3 s of a first cycle of 10,000
# items) nor for a thread of the bot to get the GIL. Whether it gets them is the bot's work
# in hand against the worker's (parse_and_analyse's `here`, stop 50); this is the most, so
# that a worker that hangs holds no more bodies (and slots of the poller's, see
# bot.pipeline.FeedPoller._changed_feeds_at_once) than this while its deadline runs.
QUEUED_BODIES = 2
# Deaths after which the bot stops starting workers (see the module docstring).
MAX_WORKER_DEATHS = 3
# Deaths on one feed's requests after which that feed is kept from the workers (see the
# module docstring: one death does not tell the feed that caused it).
DEATHS_TO_KEEP_A_FEED = 2
# A batch's deadline: BATCH_DEADLINE_FLOOR + BATCH_DEADLINE_PER_ITEM seconds per entry, past
# which the worker is taken for hung and killed. Generous on purpose: a worker slow on a
# loaded machine must never be killed, only one that will not answer. The floor covers a
# worker building its rule set with the batch (a compile with a cold cache took 3.6-9.2 s,
# docs/performance-history.md; from the cache ~0.2 s) 13-33 times over; the per-item
# allowance is 20 times a relevant entry's analysis (2.5 ms) and ~135 times the mean
# measured in the worker (3.5-3.8 s of CPU for 10,000 entries, bench/README.md). A batch of
# 100 entries gets 125 s, one of 1,000 gets 170 s.
BATCH_DEADLINE_FLOOR = 120.0
BATCH_DEADLINE_PER_ITEM = 0.05
# The worker processes' name: a process of that name running the bot is a worker whose
# start ran the main module again (see exit_if_main_module_reran).
WORKER_NAME = "pledgewatch-analysis"
# The exit code such a worker ends with, which the bot reads (any other is a death).
MAIN_MODULE_RERAN_EXIT = 97
# How long close() lets a worker end after SIGTERM before it is killed.
STOP_SECONDS = 5.0


@dataclass(frozen=True)
class Recipe:
    """The rule set a batch is analysed with: its digest, and what rebuilds it."""

    key: str
    blob: bytes


# One recipe per Analyzer (made once: ~20 ms of CPU), forgotten with it.
_recipes: WeakKeyDictionary[Analyzer, Recipe] = WeakKeyDictionary()
# Held while a recipe is made. A first cycle's first bodies ask for it from several threads
# at once (one a poll handed to the worker, before any has it): each made its own, five
# pickles of the rule set where one does, on the polling process's busiest moment.
_recipe_making = threading.Lock()


def recipe_of(analyzer: object) -> Recipe | None:
    """The analyzer's recipe; None for anything but a plain Analyzer (a test's or a
    benchmark's stand-in analyses in the bot's process, as written)."""
    from bot.core.analysis import Analyzer

    if type(analyzer) is not Analyzer:
        return None
    recipe = _recipes.get(analyzer)
    if recipe is not None:
        return recipe
    with _recipe_making:
        recipe = _recipes.get(analyzer)  # made by the thread that held the lock before this one
        if recipe is None:
            from bot.adapters.ruleset_cache import dump_recipe

            ruleset = analyzer.ruleset
            blob = dump_recipe(ruleset.rules, ruleset.threshold, analyzer.entities)
            recipe = Recipe(hashlib.sha256(blob).hexdigest(), blob)
            _recipes[analyzer] = recipe
    return recipe


@contextmanager
def _sigint_ignored_by_the_new_process() -> Iterator[None]:
    """SIGINT ignored while a process is started from the main thread: a signal ignored at
    exec stays ignored, and Python then installs no KeyboardInterrupt handler. A Ctrl-C
    while the worker imported, before serve() ignores SIGINT, printed a traceback (a
    blocked SIGINT is not enough: the spawned process starts with no signal blocked).
    SIGINT is blocked meanwhile, so a Ctrl-C at that moment reaches the bot afterwards.
    From another thread Python cannot change a handler: the worker is started as is."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    blocked = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    handler = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, handler)
        signal.pthread_sigmask(signal.SIG_SETMASK, blocked)


class WorkerDied(Exception):
    """The worker process ended (or its pipe broke) while it had a batch."""


def batch_deadline(count: int, floor: float = BATCH_DEADLINE_FLOOR,
                   per_item: float = BATCH_DEADLINE_PER_ITEM) -> float:
    """Seconds a worker has to answer a batch of `count` entries (see BATCH_DEADLINE_FLOOR)."""
    return floor + per_item * count


class WorkerFailed(Exception):
    """The worker could not analyse a batch (its traceback is the message): a bug."""


class WorkerCouldNotParse(Exception):
    """The feed body the worker was given did not parse (its traceback is the message):
    the bot parses it itself, meets the same problem and handles it as it always did."""


def prepared_entries(entries: list[Entry], outcomes: list[tuple[object, ...]]) -> list[PreparedEntry]:
    """The worker's outcomes (see _outcome) for `entries`, in their order."""
    from bot.poll_analysis import PreparedEntry

    return [PreparedEntry(entry, *outcome) for entry, outcome in zip(entries, outcomes, strict=True)]


class _InFlight:
    """One request sent to a worker and not yet answered (see _Worker.turn)."""

    __slots__ = ("carried_rules", "deadline", "sent", "timer")

    def __init__(self, deadline: float):
        self.deadline = deadline
        self.sent: BaseException | None = None  # what the send raised, if it did
        self.carried_rules = False  # the request carried the rule set, which the worker builds first
        self.timer: threading.Timer | None = None


class _Worker:
    """One worker process and the parent's end of its pipe. Requests are written in the
    order they are answered (see turn): a request queued behind another is in the pipe
    while the worker still computes the first."""

    def __init__(self) -> None:
        context = multiprocessing.get_context("spawn")
        here, there = context.Pipe()
        self.process: BaseProcess = context.Process(target=serve, args=(there,), name=WORKER_NAME,
                                                    daemon=True)
        with _sigint_ignored_by_the_new_process():
            self.process.start()
        there.close()  # the worker's end lives in the worker: its exit ends our reads
        self.conn: Connection = here
        self.ready = False
        self.recipe_key: str | None = None  # the rule set the worker has built, or will before its next request
        self._sending = threading.Lock()  # one request written at a time
        self._watch = threading.Condition()  # guards _in_flight, killed_as_hung; told when the head leaves
        self._in_flight: list[_InFlight] = []  # sent (or being sent), in the order of their answers
        self.claims = 0  # requests in hand or waiting (guarded by AnalysisWorkers._lock)
        self.items = 0  # their items to analyse (guarded by AnalysisWorkers._lock), see parse_and_analyse
        self.killed_as_hung: float | None = None  # the deadline it missed, when it did

    @property
    def busy(self) -> bool:
        with self._watch:
            return bool(self._in_flight)

    def is_ready(self) -> bool:
        """Whether the worker has said it is ready (never waits). Raises WorkerDied."""
        if not self.ready:
            try:
                if self.conn.poll(0):
                    self.ready = self.conn.recv() == "ready"
            except (EOFError, OSError) as exc:
                raise WorkerDied(str(exc)) from exc
        return self.ready

    @contextmanager
    def turn(self, recipe: Recipe, request: tuple, deadline: float) -> Iterator[_InFlight]:
        """Send `request` now, then wait until every request sent before it is answered:
        inside the block the caller reads its answer (receive). The request goes into the
        pipe at once, also while the worker computes an earlier one: handed over only once
        the earlier answer was read, the next body reached the worker 30-45 ms after it
        had answered (the bot's threads waiting for the GIL of a process busy parsing),
        ~90 times a first cycle of 200 feeds, the worker idle meanwhile (bench/README.md,
        stop 46). The block ends, and the next request gets its turn, only after the caller
        has dealt with a death (AnalysisWorkers._answer buries the worker inside it), so no
        thread reads a pipe that is being closed.

        The worker is killed as hung when a request is not answered within its deadline
        counted from its send plus the deadlines of the requests ahead of it (each of those
        may take its own in full before the worker gets to this one)."""
        ticket = _InFlight(deadline)
        try:
            with self._sending:
                with self._watch:
                    ahead = sum(earlier.deadline for earlier in self._in_flight)
                    self._in_flight.append(ticket)
                ticket.timer = threading.Timer(ahead + deadline, self._kill_as_hung, args=(ticket,))
                ticket.timer.daemon = True
                ticket.timer.start()
                blob = recipe.blob if recipe.key != self.recipe_key else None
                ticket.carried_rules = blob is not None
                try:
                    # (A request that does not pickle raises before a byte is written.)
                    self.conn.send((recipe.key, blob, *request))
                    self.recipe_key = recipe.key  # the worker builds it before it reads the next request
                except (EOFError, OSError) as exc:
                    ticket.sent = exc
            with self._watch:
                while self._in_flight[0] is not ticket:
                    self._watch.wait()
            yield ticket
        finally:
            if ticket.timer is not None:
                ticket.timer.cancel()
            with self._watch:  # answered, or given up: a timer firing now finds nothing to kill
                if ticket in self._in_flight:
                    self._in_flight.remove(ticket)
                self._watch.notify_all()

    def receive(self, ticket: _InFlight) -> object:
        """The answer to the request of `ticket`, inside its turn. Raises WorkerDied, also
        when the worker was killed for missing the deadline, and WorkerFailed."""
        try:
            if ticket.sent is not None:
                raise ticket.sent
            answer = self.conn.recv()
        except (EOFError, OSError) as exc:
            raise WorkerDied(str(exc) or type(exc).__name__) from exc
        if self.killed_as_hung is not None:  # killed as its answer came: the process is gone all the same
            raise WorkerDied("killed past its deadline")
        if answer[0] == "failed":
            self.recipe_key = None  # maybe the rule set's build failed: the next request carries it again
            raise WorkerFailed(answer[1])
        if answer[0] == "unparsed":
            raise WorkerCouldNotParse(answer[1])
        return answer[1]

    def _kill_as_hung(self, ticket: _InFlight) -> None:
        with self._watch:
            if ticket in self._in_flight and self.killed_as_hung is None:
                self.killed_as_hung = ticket.deadline
                self.process.kill()  # SIGKILL: it works on a stopped process too

    def exit_description(self) -> str:
        if self.killed_as_hung is not None:
            return (f"no answer within the batch's deadline of {self.killed_as_hung:.3g} s: hung or stopped, "
                    "so killed")
        self.process.join(1.0)
        code = self.process.exitcode
        if code is None:
            return "its pipe broke"
        if code < 0:
            try:
                return f"killed by {signal.Signals(-code).name}"
            except ValueError:
                return f"killed by signal {-code}"
        return f"exit code {code}"

    def stop(self) -> None:
        if self.process.is_alive():
            self.process.terminate()
            self.process.join(STOP_SECONDS)
            if self.process.is_alive():
                self.process.kill()
                self.process.join(STOP_SECONDS)
        # A thread queued behind the request that found the worker dead may still be inside
        # conn.send, writing a big body in several writes. Closed under it, Connection's write
        # loop would go on with no handle and raise TypeError, not the OSError turn() expects,
        # failing that feed's poll instead of leaving the body to the bot (or, between the
        # close and the handle's reset, write into a reused descriptor). The process is gone,
        # so such a write ends at once (EPIPE): the pipe is closed once no send is under way.
        with self._sending:
            self.conn.close()


class AnalysisWorkers:
    """Up to `processes` worker processes, started at the first large batch. analyse() is
    blocking (the poller calls it in a thread); any number of threads may call it."""

    def __init__(self, processes: int, min_items: int = WORKER_MIN_ITEMS,
                 deadline_floor: float = BATCH_DEADLINE_FLOOR, deadline_per_item: float = BATCH_DEADLINE_PER_ITEM):
        self.processes = processes
        self.min_items = min_items
        self.deadline_floor = deadline_floor
        self.deadline_per_item = deadline_per_item
        self.deaths = 0
        self.batches = 0  # analysed by a worker
        self.parsed = 0  # of them, bodies the worker parsed too (parse_and_analyse)
        self._workers: list[_Worker] = []
        self._lock = threading.Lock()  # the list of workers, the deaths and the feeds kept from them
        # Deaths of workers on each feed's requests; the feeds with DEATHS_TO_KEEP_A_FEED of them
        # are never sent to one again (see the module docstring).
        self._deaths_on_feed: dict[int, int] = {}
        self._kept_from_workers: set[int] = set()
        self._closed = False

    @property
    def in_use(self) -> bool:
        return self.processes > 0 and self.deaths < MAX_WORKER_DEATHS and not self._closed

    @property
    def in_hand(self) -> int:
        """Requests the workers have or that wait for them."""
        with self._lock:
            return sum(worker.claims for worker in self._workers)

    @property
    def bodies_at_once(self) -> int:
        """Bodies the workers may hold at once: the one each parses and those queued behind."""
        return self.processes * (1 + QUEUED_BODIES)

    def takes(self, count: int) -> bool:
        """Whether a batch of `count` new entries is worth a worker: a large one always (it
        may start the worker), any other once a worker is running and ready, whose start is
        paid already (see WORKER_MIN_ITEMS)."""
        if not self.in_use or count < 1:
            return False
        return count >= self.min_items or self._has_ready_worker()

    def _has_ready_worker(self) -> bool:
        """Whether a worker is started and ready (never starts one, never waits)."""
        with self._lock:
            return bool(self._workers) and bool(self._ready_workers_locked())

    def kept_from_workers(self, feed_id: int | None) -> bool:
        """Whether feed `feed_id` is analysed in the bot's process, a worker having died on its request."""
        with self._lock:
            return feed_id in self._kept_from_workers

    def pids(self) -> list[int]:
        return [worker.process.pid for worker in self._workers if worker.process.pid is not None]

    @property
    def busy(self) -> bool:
        """Whether a worker has a batch now."""
        return any(worker.busy for worker in self._workers)

    def start(self, wait: float = 0.0) -> bool:
        """Start the workers now rather than at the first large batch; with `wait`, wait up
        to that many seconds until one is ready. Whether one is."""
        deadline = time.monotonic() + wait
        while self._ready_worker() is None:
            if time.monotonic() >= deadline or not self.in_use:
                return False
            time.sleep(0.01)
        return True

    def launch(self) -> None:
        """Start the missing workers, without waiting for them. Called on the loop's thread
        (the main one) when a large batch comes, see _sigint_ignored_by_the_new_process."""
        with self._lock:
            while self.in_use and len(self._workers) < self.processes:
                self._workers.append(_Worker())

    def analyse(self, analyzer: object, feed_id: int | None, entries: list[Entry],
                label: str = "", wait: bool = True, here: float | None = None) -> list[PreparedEntry] | None:
        """The batch analysed by a worker, or None: analyse it in the bot's process
        (a small batch, a stand-in analyzer, no worker ready yet, the worker died, or,
        `wait` false, no worker is free; with `here`, the bot's own work in hand, as
        parse_and_analyse decides)."""
        if self.kept_from_workers(feed_id):
            return None
        recipe = recipe_of(analyzer) if self.takes(len(entries)) else None
        if here is not None:
            depth: int | None = 1 + QUEUED_BODIES
        else:
            depth = None if wait else 1
        worker = self._claimed_worker(depth, len(entries), here) if recipe is not None else None
        if worker is None:
            return None
        outcomes = self._answer(worker, recipe, ("analyse", feed_id, entries), len(entries),
                                f"analysing {len(entries)} new items of feed {label or feed_id}")
        return None if outcomes is None else prepared_entries(entries, outcomes)

    def parse_and_analyse(self, analyzer: object, feed_id: int | None, document: FeedDocument, items: int,
                          label: str = "", here: float | None = None) -> tuple[ParsedFeed, list[PreparedEntry]] | None:
        """The feed body parsed by a worker, with each of its entries analysed; or None:
        parse it in the bot's process (under `min_items` items to parse, a stand-in
        analyzer, no worker ready, every worker busy with QUEUED_BODIES queued behind, or,
        with `here`, busier than the bot, the worker died, or the body did not parse there).
        The worker analyses every entry it parsed; storing them, the bot skips those it has
        already (bot.pipeline).

        `here`: the bot's own work in hand, in items to analyse (bot.work_in_hand), beside
        which a busy worker's is weighed: the body goes to the worker that has the fewest
        items in hand when those are no more than `here` (an idle worker always takes it),
        else the bot's process parses it rather than wait. A body's wait for the worker is
        the worker's items ahead of it; its wait here is the bot's: the body goes where it
        is done first, and both sides run out of bodies together (stop 50). Without `here`,
        a busy worker takes up to QUEUED_BODIES more whatever the bot has."""
        if self.kept_from_workers(feed_id):
            return None
        recipe = recipe_of(analyzer) if self.takes(items) else None
        worker = self._claimed_worker(1 + QUEUED_BODIES, items, here) if recipe is not None else None
        if worker is None:
            return None
        answer = self._answer(worker, recipe, ("parse", feed_id, document), items,
                              f"parsing and analysing {items} new items of feed {label or feed_id}")
        if answer is None:
            return None
        parsed, outcomes = answer
        self.parsed += 1
        return parsed, prepared_entries(parsed.entries, outcomes)

    def _answer(self, worker: _Worker, recipe: Recipe, request: tuple, count: int, doing: str) -> object | None:
        """The worker's answer to `request` (about `count` items), waiting for the worker
        (claimed by the caller: _claimed_worker), or None when it could not answer (said in
        a log line, but for a body that did not parse, which the bot meets again when it
        parses it). A dead worker is buried before the next thread waiting for it gets
        the pipe: that thread then finds the pipe closed, not an end that may be reused."""
        try:
            with worker.turn(recipe, request, batch_deadline(count, self.deadline_floor,
                                                              self.deadline_per_item)) as ticket:
                try:
                    return self._counted(worker.receive(ticket))
                except WorkerDied:
                    # The death counts against the feed if its write went through (not proof that the
                    # worker read it: see the module docstring), or the worker was killed as hung while it
                    # was written (a request carrying the rules is more than a pipe holds); not if the write
                    # found the pipe broken already.
                    reached = ticket.sent is None or worker.killed_as_hung is not None
                    self._bury(worker, f"while {doing}", request[1] if reached else None, ticket.carried_rules)
                except WorkerCouldNotParse:
                    pass
                except WorkerFailed as exc:
                    log.error("analysis worker (pid %s) failed %s; they are analysed in the bot's process "
                              "instead:\n%s", worker.process.pid, doing, str(exc).rstrip())
                return None
        finally:
            with self._lock:
                worker.claims -= 1
                worker.items -= count

    def _counted(self, answer: object) -> object:
        self.batches += 1
        return answer

    def _claimed_worker(self, depth: int | None = None, items: int = 0, here: float | None = None) -> _Worker | None:
        """A ready worker with fewer than `depth` requests in hand or waiting (None: any
        number) and, with `here`, no more items in them than `here` (see parse_and_analyse),
        the least loaded first, claimed for one more request of `items` items (_answer gives
        it back); None when there is none. Starts the missing workers (without waiting for them)."""
        self.launch()  # started by the caller already, as a rule
        with self._lock:
            worker = min(self._ready_workers_locked(), key=lambda worker: (worker.items, worker.claims), default=None)
            if worker is None or (depth is not None and worker.claims >= depth):
                return None
            if here is not None and worker.items > here:
                return None
            worker.claims += 1
            worker.items += items
            return worker

    def _ready_worker(self) -> _Worker | None:
        """A ready worker, if any (for start()); starts the missing ones."""
        self.launch()
        with self._lock:
            return next(iter(self._ready_workers_locked()), None)

    def _ready_workers_locked(self) -> list[_Worker]:
        if not self.in_use:
            return []
        ready = []
        for worker in list(self._workers):
            try:
                if worker.is_ready():
                    ready.append(worker)
            except WorkerDied:
                self._bury_locked(worker, "as it started", batch=False)
        return ready

    def _bury(self, worker: _Worker, when: str, feed_id: int | None = None, carried_rules: bool = False) -> None:
        with self._lock:
            self._bury_locked(worker, when, feed_id=feed_id, carried_rules=carried_rules)

    def _bury_locked(self, worker: _Worker, when: str, batch: bool = True, feed_id: int | None = None,
                     carried_rules: bool = False) -> None:
        """Forget a dead worker, in one log line: what it had (analysed again by the caller,
        in the bot's process), and what comes next. `feed_id`: the feed whose request it had
        first (sent whole, not answered), which the death counts against: at the
        DEATHS_TO_KEEP_A_FEED-th, the feed is kept from the workers from now on.
        `carried_rules`: that request carried the rule set."""
        if worker not in self._workers or self._closed:
            return  # said already by another batch of the same worker (the first one found the death), or stopping
        self._workers.remove(worker)
        self.deaths += 1
        how = worker.exit_description()
        if feed_id is not None:
            # The first request to find the death is the one the worker had first (they are
            # answered in order, and the next waits until this one is dealt with).
            deaths_on_feed = self._deaths_on_feed.get(feed_id, 0) + 1
            self._deaths_on_feed[feed_id] = deaths_on_feed
            with_rules = " (with the rule set, built first)" if carried_rules else ""
            if deaths_on_feed >= DEATHS_TO_KEEP_A_FEED:
                self._kept_from_workers.add(feed_id)
                how += (f"; death {deaths_on_feed} on a request of feed {feed_id}{with_rules}: feed {feed_id} is "
                        "analysed in the bot's process from now on")
            else:
                how += (f"; it had a request of feed {feed_id}{with_rules}, which a worker gets again (kept from "
                        f"them at death {DEATHS_TO_KEEP_A_FEED} on its requests)")
        worker.stop()
        if worker.process.exitcode == MAIN_MODULE_RERAN_EXIT:  # every worker would: no second try
            self.deaths = MAX_WORKER_DEATHS
            log.error("analysis worker (pid %s) could not start: the program that started the bot starts it again "
                      "when imported (no `if __name__ == \"__main__\":` around its start), and each worker process "
                      "imports that program (multiprocessing's \"spawn\"); every poll is analysed in the bot's "
                      "process from now on", worker.process.pid)
            return
        again = "; they are analysed in the bot's process instead" if batch else ""
        if self.deaths < MAX_WORKER_DEATHS:
            log.warning("analysis worker (pid %s) ended %s (%s)%s; the next large poll starts a new worker",
                        worker.process.pid, when, how, again)
        else:
            log.error("analysis worker (pid %s) ended %s (%s)%s; after %d deaths of workers, every poll is analysed "
                      "in the bot's process from now on", worker.process.pid, when, how, again, self.deaths)

    def close(self) -> None:
        """End every worker (see the module docstring). A batch waiting for one reads its
        end and is left to the poll's cancellation."""
        with self._lock:
            self._closed = True
            workers, self._workers = self._workers, []
        for worker in workers:
            worker.stop()


# -- the worker process ------------------------------------------------------------------


def exit_if_main_module_reran() -> None:
    """End this process at once if it is an analysis worker still starting, in which the
    main module, imported again by "spawn", is making a bot (see the module docstring).
    It has done nothing yet but that program's imports: it exits without cleaning up, and
    its exit code tells the bot why (AnalysisWorkers._bury_locked)."""
    if multiprocessing.current_process().name == WORKER_NAME:
        os._exit(MAIN_MODULE_RERAN_EXIT)


def serve(conn: Connection) -> None:
    """The worker's main: batches in, their analyses out, until the bot closes the pipe."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # see the module docstring
    from bot import dataclass_code, gc_pauses, regex_code

    # Started as the bot's own process is (bot.launch): its imports and first rule set
    # are long-lived objects the collector need not scan again and again.
    gc_pauses.pause_for_start_up()
    dataclass_code.use_cache()
    regex_code.use_cache()
    from bot.adapters import feed_parse  # noqa: F401 - imported before "ready", not at the first body
    from bot.adapters.lexicon_cache import DiskLexicon

    lexicon = DiskLexicon.from_environment()
    analyzer: Analyzer | None = None
    built: str | None = None
    gc_pauses.start_up_done()
    conn.send("ready")
    while True:
        try:
            key, blob, kind, feed_id, payload = conn.recv()
        except (EOFError, OSError):  # the bot closed the pipe, or ended (killed: "connection reset")
            return
        try:
            if key != built:
                if blob is None:
                    raise RuntimeError("a batch named a rule set this worker was never given")
                with gc_pauses.paused(keep=built is None):  # the first set lives as long as the worker
                    analyzer, built = _analyzer_from(blob, lexicon), key
            answer = _parsed_and_analysed(analyzer, feed_id, payload) if kind == "parse" else \
                ("done", _analysed(analyzer, feed_id, payload))
        except Exception:  # noqa: BLE001 - said to the bot, which analyses the batch itself
            answer = ("failed", traceback.format_exc())
        try:
            conn.send(answer)
        except OSError:  # the bot ended (killed?) while this batch was analysed: so does the worker
            return
        regex_code.save_new(at_least=16)  # after the answer: a signal ends this process, not exit handlers


def _analysed(analyzer: Analyzer, feed_id: int | None, entries: list[Entry],
              words_keys: bool = False) -> list[tuple[object, ...]]:
    from bot.poll_analysis import analyse_each

    return [_outcome(prepared, words_keys) for prepared in analyse_each(analyzer, feed_id, entries)]


def _parsed_and_analysed(analyzer: Analyzer, feed_id: int | None, document: FeedDocument) -> tuple:
    """("done", (the ParsedFeed, each entry's outcome)), or ("unparsed", the traceback)
    when parsing raised: the bot parses the body again and handles what it raises
    (bot.pipeline), so a feed that does not parse fails as it always did."""
    from bot.adapters.feed_parse import parse_feed_document

    try:
        parsed = parse_feed_document(document.body, document.feed_url, content_type=document.content_type,
                                     lang=document.lang)
    except Exception:  # noqa: BLE001 - the bot meets it again when it parses the body itself
        return ("unparsed", traceback.format_exc())
    return ("done", (parsed, _analysed(analyzer, feed_id, parsed.entries, words_keys=True)))


def _analyzer_from(blob: bytes, lexicon) -> Analyzer:
    from bot.adapters.ruleset_cache import compile_rules, load_recipe
    from bot.core.analysis import Analyzer

    rules, threshold, entities = load_recipe(blob, lexicon)
    return Analyzer(compile_rules(rules, threshold=threshold, entities=entities, lexicon=lexicon), entities)


def _outcome(prepared: PreparedEntry, words_key: bool = False) -> tuple[object, ...]:
    """What goes back for one entry: its analysis, fingerprint and canonical URL (read here,
    not on the bot's event loop, which stores the entry), and with `words_key` its words'
    key (bot/core/feeds/republished.py) too; an exception as one the bot can read, with the
    worker's traceback as a note (the bot logs it with the item).

    The words key goes back for the entries of a body the worker parsed, which the bot
    parsed not at all: made on the loop before the poll's inserts, it cost the polling
    process ~30 us an entry (~0.15 s of a first cycle's 5,000 such entries, at load 16), on
    the side of the cycle that bounds its wall time. For a batch the bot sends, the bot has
    made the keys already (FeedPoller._analysed). The key is the entry's whatever the store
    holds; the bot still uses it only for an entry new by its id and link."""
    from bot.core.feeds.republished import entry_content_key
    from bot.poll_analysis import canonical_of

    analysis = prepared.analysis
    if isinstance(analysis, Exception):
        where = "".join(traceback.format_exception(analysis)).rstrip()
        try:
            pickle.dumps(analysis)
        except Exception:  # noqa: BLE001 - an exception that does not pickle: told as text
            analysis = RuntimeError(f"{type(analysis).__name__}: {analysis}")
        analysis.add_note(f"raised in the analysis worker (pid {os.getpid()}):\n{where}")
    if words_key:
        return analysis, prepared.fingerprint, canonical_of(prepared.entry), entry_content_key(prepared.entry)
    return analysis, prepared.fingerprint, canonical_of(prepared.entry)
