"""Poll-cycle benchmark: pledgewatch against the `reader` library on the same feeds.

    python bench/bench_poll_cycle.py [--feeds 200] [--mix half|validators|identical|volatile]
                                     [--mode warm|fresh] [--cycles 4] [--concurrency 100]
                                     [--source-only]
    python bench/bench_poll_cycle.py --feeds 1000            # the issue's full size

N feeds of 50 items each (item texts of about 1.3 KB in EN/FR/DE: the project's
labelled items followed by generated neutral filler drawn for each item, so that no two
items share their title and text, bench/common.py) are served over
loopback HTTP, gzip when asked, with 100 ms added to every request, by this (parent)
process; each side polls from a process of its own. Between two cycles 10% of the
feeds get new items. The feed mixes (--mix):

- validators: every feed sends ETag/Last-Modified and answers 304 to a conditional GET;
- identical: no validators, the same bytes again until the feed changes;
- volatile: no validators, and the channel's lastBuildDate is "now" on every request,
  so the body changes every time although the items do not (many CMSs do this);
- half (the default, the original mix): half validators, half identical.

--mode warm (default): one process per side runs all cycles (what `pledgewatch run` does
each round, and reader's update_feeds in a loop) and reports each cycle's wall time, CPU
seconds (all its threads) and peak RSS.
--mode fresh: every cycle is a new process, timed from outside as a user runs it
(`pledgewatch poll --once` against a settings file; for reader a script calling
make_reader + update_feeds): wall time, user+system CPU and peak RSS from wait4().

The steady cycles' minimum and median are printed with the machine's load average
(os.getloadavg) before and after.

pledgewatch (warm): App with a temporary database and the shipped rules,
App.poll_once() (fetch, parse, dedupe, rules, pledges, stories, outbox), concurrency N.
Why 100 by default: with 100 ms per request, 1,000 fetches 20 at a time need 5 s of
waiting alone; both sides get the same N.
reader (lemon24/reader, NOT a project dependency; `pip install reader`):
make_reader(temporary database), add_feed for each, update_feeds(workers=N).
reader only stores entries; pledgewatch also analyses every new one, so the
ratio prices that analysis too.

--cprofile DIR (warm mode) writes each cycle's cProfile statistics of the polling process's
event-loop thread (fetches, item hashes, the poll's transactions; not the parse and analysis
threads), timed by that thread's CPU clock, to DIR/SIDE-cycleN.pstats, for `python -m pstats` (the standard library's profiler:
nothing to install, unlike --profile's pyinstrument).

--parts (warm mode) prices the parts of pledgewatch's cycles by polling again without
the analysis, without the search index and without both; then, in the parent, it times
the floor of the first cycle: bench_analyze's one-regex-per-topic filter (common.py)
over the first cycle's items, and feedparser over its documents, called as reader calls
it and as pledgewatch does (its share of reader's first cycle: the part of reader's time
any feedparser-based poller spends too).
"""

from __future__ import annotations

import argparse
import asyncio
import gzip
import hashlib
import importlib.util
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime, parsedate_to_datetime
from pathlib import Path

import poll_split
import poll_trace
from common import (
    ROOT,
    RULES_FILE,
    DistinctNewsItems,
    NewsItem,
    children_cpu,
    children_peak_rss_mb,
    human_bytes,
    news_items,
    peak_rss_mb,
    regex_per_topic,
    workers_without_this_script,
)

import tests.support.servers  # noqa: E402
from tests.support.servers import FeedServer, RecordedRequest, Response, rss  # noqa: E402

# socketserver's listen backlog is 5: with 20+ simultaneous connects the kernel drops
# SYNs and clients retry after 1 s, which would measure the stand-in, not the pollers.
tests.support.servers._Httpd.request_queue_size = 1024

SIDES = ("pledgewatch", "reader")
PARTS = ("analysis", "search-index", "both")  # what --parts leaves out, one run each
MIXES = ("half", "validators", "identical", "volatile")
RELEVANT_EVERY = 30  # about 3% of items are military-aid news, as in real general feeds


# -- the feeds (parent process) ---------------------------------------------------------


@dataclass
class FeedState:
    """One served feed: its newest items (numbers), body and validators."""

    index: int
    items: list[int]
    validators: bool
    volatile: bool = False  # lastBuildDate rewritten on every request
    body: bytes = b""
    gzipped: bytes = b""
    etag: str = ""
    last_modified: str = ""


@dataclass
class FeedFarm:
    """All the feeds, served by one FeedServer with an added latency per request."""

    feeds: int
    items_per_feed: int
    latency: float
    texts: list[NewsItem]  # the labelled items; each served item pads one with filler of its own
    mix: str = "half"
    base: datetime = field(default_factory=lambda: datetime.now(UTC) - timedelta(days=1))
    states: list[FeedState] = field(default_factory=list)
    next_item: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)
    requests: int = 0
    not_modified: int = 0
    request_log: poll_trace.RequestLog | None = None  # --trace: when each request arrived and was answered
    distinct: DistinctNewsItems = field(default_factory=DistinctNewsItems)  # every item new in words

    def __post_init__(self) -> None:
        self._relevant = [t for t in self.texts if t.relevant]
        self._other = [t for t in self.texts if not t.relevant]

    def reset(self) -> None:
        """Back to the same initial feeds, so each side sees exactly the same thing."""
        self.next_item = 0
        self.requests = self.not_modified = 0
        self.states = []
        for index in range(self.feeds):
            validators = {"half": index % 2 == 0, "validators": True}.get(self.mix, False)
            state = FeedState(index, self._new_items(self.items_per_feed), validators=validators,
                              volatile=self.mix == "volatile")
            self._render(state)
            self.states.append(state)

    def change(self, cycle: int, fraction: float, new_items: int) -> int:
        """Give `fraction` of the feeds `new_items` new items each; returns how many changed."""
        chosen = random.Random(cycle).sample(range(self.feeds), max(1, round(self.feeds * fraction)))
        with self.lock:
            for index in chosen:
                state = self.states[index]
                state.items = (self._new_items(new_items) + state.items)[: self.items_per_feed]
                self._render(state)
        return len(chosen)

    def _new_items(self, count: int) -> list[int]:
        first = self.next_item
        self.next_item += count
        return list(range(first + count - 1, first - 1, -1))  # newest first

    def _item(self, number: int) -> dict:
        relevant, other = self._relevant, self._other
        base = relevant[number % len(relevant)] if number % RELEVANT_EVERY == 0 else other[number % len(other)]
        text = self.distinct.item(number, base)
        return {
            "title": text.title,
            "link": f"https://news.example/{number}",
            "guid": f"item-{number}",
            "description": text.text,
            "pubDate": self.base + timedelta(seconds=number),
        }

    def _render(self, state: FeedState) -> None:
        state.body = rss([self._item(n) for n in state.items], title=f"Feed {state.index}", lang=None)
        state.gzipped = gzip.compress(state.body, compresslevel=6)
        state.etag = f'"{hashlib.sha256(state.body).hexdigest()[:16]}"'
        state.last_modified = format_datetime(self.base + timedelta(seconds=self.next_item), usegmt=True)

    def serve(self, server: FeedServer) -> list[str]:
        for index in range(self.feeds):
            server.set_route(f"/feed/{index}.xml", self._handler(index))
        return [server.url(f"/feed/{index}.xml") for index in range(self.feeds)]

    def _handler(self, index: int):
        def traced(request: RecordedRequest) -> Response:
            arrived = time.perf_counter()
            try:
                return handle(request)
            finally:
                if self.request_log is not None:
                    self.request_log.note(arrived, time.perf_counter())

        def handle(request: RecordedRequest) -> Response:
            time.sleep(self.latency)  # the network and the far server
            with self.lock:
                state = self.states[index]
                self.requests += 1
                body, gzipped = state.body, state.gzipped
                headers = {"Content-Type": "application/rss+xml; charset=utf-8"}
                if state.validators:
                    headers |= {"ETag": state.etag, "Last-Modified": state.last_modified}
                    if _fresh(request.headers, state.etag, state.last_modified):
                        self.not_modified += 1
                        return Response(304, b"", headers)
            if state.volatile:  # the channel says it was built now: new bytes on every request
                stamp = format_datetime(datetime.now(UTC), usegmt=True).encode()
                body = body.replace(b"<description>", b"<lastBuildDate>" + stamp + b"</lastBuildDate><description>", 1)
                gzipped = b""
            if "gzip" in request.headers.get("accept-encoding", ""):
                headers["Content-Encoding"] = "gzip"
                return Response(200, gzipped or gzip.compress(body, compresslevel=6), headers)
            return Response(200, body, headers)

        return traced


def _fresh(headers: dict[str, str], etag: str, last_modified: str) -> bool:
    if "if-none-match" in headers:
        return etag in [t.strip() for t in headers["if-none-match"].split(",")]
    since = headers.get("if-modified-since")
    try:
        return bool(since) and parsedate_to_datetime(last_modified) <= parsedate_to_datetime(since)
    except (TypeError, ValueError):
        return False


# -- one side (child process) -------------------------------------------------------------


def cycle_figures(started_wall: float, started_cpu: float, started_children: float, **extra: object) -> dict:
    """One cycle's figures. "cpu" counts the side's child processes too (pledgewatch's
    analysis worker: bot.analysis_worker), "worker_cpu" is their part; "rss" is the side's
    own peak, "worker_rss" its running children's peaks summed."""
    children = children_cpu() - started_children
    return {"wall": time.perf_counter() - started_wall, "cpu": time.process_time() - started_cpu + children,
            "worker_cpu": children, "rss": peak_rss_mb(), "worker_rss": children_peak_rss_mb(), **extra}


def run_pledgewatch(urls: list[str], db: Path, concurrency: int, cycles: int, without: str = "",
                    analysis_workers: int | str = "auto", split: bool = False, trace: bool = False) -> None:
    from bot import dataclass_code, gc_pauses, regex_code

    # The collector as the command has it (bot.launch, bot.cli.dispatch): off during start-up,
    # then what start-up made frozen. Without this the benchmark's collections scanned the
    # compiled rules and every module again and again, which `run` and `poll --once` never do:
    # a full collection in the first steady cycle took 0.19 s of the loop's thread (load ~4).
    gc_pauses.pause_for_start_up()
    # The dataclasses' methods and the regexes' code read back from the cache as the command
    # does (bot.launch; since stop 63: before it the polling process compiled them afresh, the
    # worker did not): the first cycle imports the pipeline, whose ~360 patterns are most of it.
    dataclass_code.use_cache()
    regex_code.use_cache()
    from bot.app import App
    from bot.config import Settings
    from bot.core.models import Analysis, Feed

    feeds = tuple(Feed(url=url, name=f"feed {i}") for i, url in enumerate(urls))
    # Settings built directly: the TOML loader caps max_concurrent_fetches at 200.
    settings = Settings(database=db, feeds=feeds, rules_file=RULES_FILE, max_concurrent_fetches=concurrency,
                        fetch_timeout=120, analysis_workers=analysis_workers)
    app = App(settings)
    app.prepare()
    gc_pauses.start_up_done()
    app.analyzer()  # compile the rules before the clock starts (done once per process)
    print(app.analysis_workers_choice().describe(), file=sys.stderr, flush=True)
    # --parts: the same poll with one kind of work left out, to price it (never in a real run).
    if without in ("analysis", "both"):
        class NoAnalysis:  # every article found unrelated at no cost: no rules, no pledges
            def analyze(self, title: str, text: str, lang: str | None = None, published=None) -> Analysis:
                return Analysis(relevant=False, score=0.0, topics=())

        app.analyzer = lambda: NoAnalysis()  # type: ignore[method-assign]
    if without in ("search-index", "both"):
        app.store.db.execute("DROP TRIGGER entries_ai")  # the full-text index of new articles
    if split:
        poll_split.install()
    if trace:
        poll_trace.install_client_marks()
    print(json.dumps({"setup_rss": peak_rss_mb()}), flush=True)
    for cycle in range(cycles):
        wall, cpu, children = time.perf_counter(), time.process_time(), children_cpu()
        if split:
            poll_split.begin()
        stalls = poll_trace.LoopStalls()
        with profiled(f"pledgewatch-cycle{cycle}"):
            results = asyncio.run(_polled(app, stalls if trace else None))
        traced = {"t0": wall, "t1": time.perf_counter(), "stalls": stalls.stalls, "collections": stalls.collections,
                  "steps": poll_split.intervals() | poll_trace.take_marks()} if trace else None
        report(cycle_figures(wall, cpu, children, split=poll_split.take(wall) if split else None, trace=traced,
                             new=sum(r.new_entries for r in results),
                             relevant=sum(r.matches for r in results),
                             errors=sum(1 for r in results if r.error),
                             not_modified=sum(1 for r in results if r.not_modified),
                             skipped_same_body=sum(1 for r in results if r.unchanged),
                             db_bytes=_db_bytes(db)))
    app.close()


async def _polled(app, stalls: poll_trace.LoopStalls | None):
    """One App.poll_once(), its event loop ticked for stalls (--trace) when `stalls` is given."""
    if stalls is not None:
        stalls.start()
    try:
        return await app.poll_once()
    finally:
        if stalls is not None:
            stalls.stalls = stalls.stop()


PROFILE_DIR = None  # set by --profile: where each cycle's pyinstrument report goes
CPROFILE_DIR = None  # set by --cprofile: where each cycle's cProfile statistics go


@contextmanager
def profiled(name: str):
    """Profile the block with cProfile (--cprofile) or pyinstrument (--profile, an optional tool, not a
    dependency) when asked."""
    if CPROFILE_DIR is not None:  # the standard library's profiler: the loop's thread only
        import cProfile

        # Timed by the thread's own CPU clock: with the wall clock (until stop 48) every call
        # that released the GIL (SQLite, zlib, sockets) was charged the wait for it back
        # while the parse and analysis threads and the worker ran.
        profile = cProfile.Profile(time.thread_time)
        profile.enable()
        try:
            yield
        finally:
            profile.disable()
            profile.dump_stats(str(Path(CPROFILE_DIR, f"{name}.pstats")))
        return
    if PROFILE_DIR is None:
        yield
        return
    from pyinstrument import Profiler

    profiler = Profiler(interval=0.001, async_mode="disabled")
    profiler.start()
    try:
        yield
    finally:
        profiler.stop()
        Path(PROFILE_DIR, f"{name}.txt").write_text(profiler.output_text(show_all=False, timeline=False))


def run_reader(urls: list[str], db: Path, concurrency: int, cycles: int, search: bool = False,
               trace: bool = False) -> None:
    from reader import make_reader

    feed_reader = make_reader(str(db))
    if search:  # --reader-search: reader keeps a full-text index too, as pledgewatch does
        feed_reader.enable_search()
    for url in urls:
        feed_reader.add_feed(url)
    print(json.dumps({"setup_rss": peak_rss_mb()}), flush=True)
    for cycle in range(cycles):
        wall, cpu, children = time.perf_counter(), time.process_time(), children_cpu()
        new = errors = not_modified = 0
        # scheduled=False: update every feed now, whatever its update interval says.
        with profiled(f"reader-cycle{cycle}"):
            results = list(feed_reader.update_feeds_iter(workers=concurrency, scheduled=False))
            if search:
                feed_reader.update_search()
        for result in results:
            if result.error is not None:
                errors += 1
            elif result.value is None:
                not_modified += 1
            else:
                new += result.value.new
        report(cycle_figures(wall, cpu, children, new=new, relevant=None, errors=errors, not_modified=not_modified,
                             skipped_same_body=None, db_bytes=_db_bytes(db),
                             trace={"t0": wall, "t1": time.perf_counter()} if trace else None))
    feed_reader.close()


def _db_bytes(db: Path) -> int:
    return sum(p.stat().st_size for p in db.parent.glob(db.name + "*"))


def report(figures: dict) -> None:
    """One cycle's figures to the parent; then wait until it has changed the feeds."""
    print(json.dumps(figures), flush=True)
    sys.stdin.readline()


def child_main(args: argparse.Namespace) -> int:
    global PROFILE_DIR, CPROFILE_DIR
    workers_without_this_script()
    PROFILE_DIR = args.profile
    CPROFILE_DIR = args.cprofile
    urls = Path(args.urls).read_text().split()
    db = Path(args.db)
    if args.child == "pledgewatch":
        run_pledgewatch(urls, db, args.concurrency, args.cycles, args.without or "", args.analysis_workers, args.split,
                        args.trace)
    else:
        run_reader(urls, db, args.concurrency, args.cycles, args.reader_search, args.trace)
    return 0


# -- the parent ----------------------------------------------------------------------------


def run_side(side: str, farm: FeedFarm, urls_file: Path, tmp: Path, args: argparse.Namespace,
             without: str = "") -> list[dict]:
    farm.reset()
    if side == "pledgewatch":  # as in --mode fresh: the modules an installed pledgewatch has compiled
        remove_project_bytecode() if args.source_only else compile_project_bytecode()
    folder = tmp / (f"{side}-without-{without}" if without else side)
    command = [sys.executable, str(Path(__file__).resolve()), "--child", side, "--urls", str(urls_file),
               "--db", str(folder / "bench.db"), "--concurrency", str(args.concurrency),
               "--cycles", str(args.cycles)] + (["--profile", str(Path(args.profile).resolve())] if args.profile else [])
    command += ["--without", without] if without else []
    command += ["--cprofile", str(Path(args.cprofile).resolve())] if args.cprofile else []
    command += ["--reader-search"] if args.reader_search else []
    command += ["--analysis-workers", str(args.analysis_workers)]
    command += ["--split"] if args.split and not without else []
    command += ["--trace"] if args.trace and not without else []
    folder.mkdir()
    farm.request_log = poll_trace.RequestLog() if args.trace and not without else None
    cycles: list[dict] = []
    with subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, cwd=ROOT) as child:
        assert child.stdin is not None and child.stdout is not None
        setup = json.loads(child.stdout.readline() or "{}")
        for cycle in range(args.cycles):
            line = child.stdout.readline()
            if not line:
                raise SystemExit(f"{side}: the benchmark process ended early (exit {child.wait()})")
            figures = json.loads(line)
            if farm.request_log is not None and figures.get("trace"):
                traced = figures["trace"]
                figures["trace_lines"] = poll_trace.summary(farm.request_log.take(), traced["t0"], traced["t1"],
                                                            args.concurrency, traced.get("stalls"), traced.get("steps"),
                                                            traced.get("collections"))
            figures["setup_rss"] = setup.get("setup_rss", float("nan"))
            figures["requests"], figures["served_304"] = farm.requests, farm.not_modified
            farm.requests = farm.not_modified = 0
            figures["changed_before"] = cycles[-1]["changed_after"] if cycles else 0
            figures["changed_after"] = farm.change(cycle + 1, args.changed, args.new_items)
            cycles.append(figures)
            child.stdin.write("next\n")
            child.stdin.flush()
        child.stdin.close()
        if child.wait() != 0:
            raise SystemExit(f"{side}: the benchmark process failed (exit {child.returncode})")
    return cycles


# -- fresh processes, timed from outside (--mode fresh) --------------------------------------

# reader's side of `poll --once`: a new process that opens the database, adds the feeds
# the first time, and updates them all once.
READER_ONCE = """
import sys
from reader import make_reader
db, urls, workers = sys.argv[1], open(sys.argv[2]).read().split(), int(sys.argv[3])
r = make_reader(db)
if not any(True for _ in r.get_feeds(limit=1)):
    for url in urls:
        r.add_feed(url)
errors = sum(1 for res in r.update_feeds_iter(workers=workers, scheduled=False) if res.error is not None)
if sys.argv[4:] == ["search"]:
    r.enable_search()
    r.update_search()
r.close()
sys.exit(1 if errors else 0)
"""


def workers_setting(value: str) -> int | str:
    """--analysis-workers: a number, or "auto" as the settings file takes it."""
    return value if value == "auto" else int(value)


def pledgewatch_settings(urls: list[str], db: Path, concurrency: int, analysis_workers: int | str = "auto") -> Path:
    path = db.parent / "settings.toml"
    feeds = "".join(f'[[feed]]\nurl = "{url}"\nname = "feed {i}"\n' for i, url in enumerate(urls))
    path.write_text(f'database = "{db.as_posix()}"\nrules = "{RULES_FILE.as_posix()}"\n'
                    f"max_concurrent_fetches = {min(concurrency, 200)}\nfetch_timeout = 120\n"
                    f"analysis_workers = {json.dumps(analysis_workers)}\n{feeds}",
                    encoding="utf-8")
    return path


def timed_process(command: list[str], log: Path) -> dict:
    """Run `command` to its end; its wall time, user+system CPU and peak RSS (wait4)."""
    env = {k: v for k, v in os.environ.items() if not k.endswith("_TOKEN")}
    with log.open("ab") as err:
        started = time.perf_counter()
        child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=err, cwd=ROOT, env=env)
        _, status, usage = os.wait4(child.pid, 0)
        wall = time.perf_counter() - started
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode != 0:
        raise SystemExit(f"{' '.join(command[:4])}... exited {child.returncode}; see {log}")
    return {"wall": wall, "cpu": usage.ru_utime + usage.ru_stime, "rss": usage.ru_maxrss / 1024}


def _entries(db: Path) -> int:
    import sqlite3

    conn = sqlite3.connect(db)
    try:
        return conn.execute("SELECT count(*) FROM entries").fetchone()[0]
    finally:
        conn.close()


def compile_project_bytecode() -> None:
    """Byte-compile the project's modules, as `pip install` does for an installed package
    (reader's modules were compiled so when it was installed). An editable install run
    with PYTHONDONTWRITEBYTECODE set (as on the machine of the figures in bench/README.md)
    otherwise compiles its modules from source in every process: ~60 in a steady `poll --once`
    (~0.05 s of CPU), ~300 in a first cycle's polling process and as many in its analysis
    worker (0.3-0.35 s of CPU in each, stop 64), which an installed pledgewatch never spends.
    Done in both modes since stop 64 (fresh mode only before). --source-only measures that case."""
    import compileall

    compileall.compile_dir(ROOT / "bot", quiet=1)


def remove_project_bytecode() -> None:
    """--source-only: the project's compiled modules removed (build output, ignored by
    git), so that each fresh process compiles them from source (with
    PYTHONDONTWRITEBYTECODE set it writes none back)."""
    import shutil

    for cache in (ROOT / "bot").rglob("__pycache__"):
        shutil.rmtree(cache, ignore_errors=True)


def run_side_fresh(side: str, farm: FeedFarm, urls_file: Path, tmp: Path, args: argparse.Namespace) -> list[dict]:
    farm.reset()
    (tmp / side).mkdir()
    db = tmp / side / "bench.db"
    if side == "pledgewatch" and args.source_only:
        remove_project_bytecode()
    elif side == "pledgewatch":
        compile_project_bytecode()
    if side == "pledgewatch":
        settings = pledgewatch_settings(urls_file.read_text().split(), db, args.concurrency, args.analysis_workers)
        command = [sys.executable, "-m", "bot", "--config", str(settings), "poll", "--once"]
    else:
        command = [sys.executable, "-c", READER_ONCE, str(db), str(urls_file), str(args.concurrency)]
        command += ["search"] if args.reader_search else []
    cycles: list[dict] = []
    before = 0
    for cycle in range(args.cycles):
        figures = timed_process(command, tmp / side / "stderr.log")
        after = _entries(db)
        figures |= {"new": after - before, "relevant": None, "errors": 0, "not_modified": farm.not_modified,
                    "skipped_same_body": None, "db_bytes": _db_bytes(db), "setup_rss": float("nan"),
                    "requests": farm.requests, "served_304": farm.not_modified}
        before = after
        farm.requests = farm.not_modified = 0
        figures["changed_after"] = farm.change(cycle + 1, args.changed, args.new_items)
        cycles.append(figures)
    return cycles


def steady(cycles: list[dict], key: str) -> float:
    """The median of the steady cycles (all but the first)."""
    rest = [c[key] for c in cycles[1:]]
    return statistics.median(rest) if rest else float("nan")


def steady_min(cycles: list[dict], key: str) -> float:
    rest = [c[key] for c in cycles[1:]]
    return min(rest) if rest else float("nan")


def print_table(results: dict[str, list[dict]]) -> None:
    print(f"{'side':12} {'cycle':8} {'wall s':>8} {'CPU s':>8} {'worker':>7} {'peak RSS':>10} {'+worker':>8} "
          f"{'new':>7} {'relevant':>8} {'304s':>6} {'same body':>9} {'errors':>6} {'DB':>10}")
    for side, cycles in results.items():
        for number, c in enumerate(cycles):
            label = "first" if number == 0 else f"steady{number}"
            print(f"{side:12} {label:8} {c['wall']:8.2f} {c['cpu']:8.2f} {c.get('worker_cpu', 0):7.2f} "
                  f"{c['rss']:7.0f} MiB {c.get('worker_rss', 0):4.0f} MiB {c['new']:7d} "
                  f"{_opt(c['relevant']):>8} {c['not_modified']:6d} {_opt(c['skipped_same_body']):>9} "
                  f"{c['errors']:6d} {human_bytes(c['db_bytes']):>10}")
    for side, cycles in results.items():
        if cycles[0]["setup_rss"] == cycles[0]["setup_rss"]:  # not NaN (warm mode)
            print(f"{side}: peak RSS {cycles[0]['setup_rss']:.0f} MiB at start-up, before the first fetch "
                  f"(imports, database, feeds added{'; rules compiled' if side == 'pledgewatch' else ''})")
    for side, cycles in results.items():
        print(f"{side}: steady cycles ({len(cycles) - 1}): wall min {steady_min(cycles, 'wall'):.2f} s, "
              f"median {steady(cycles, 'wall'):.2f} s; CPU min {steady_min(cycles, 'cpu'):.2f} s, "
              f"median {steady(cycles, 'cpu'):.2f} s; peak RSS {max(c['rss'] for c in cycles):.0f} MiB")
    if set(SIDES) <= results.keys():
        ours, theirs = results["pledgewatch"], results["reader"]
        print("ratio pledgewatch / reader (below 1 means pledgewatch is faster or smaller):")
        for key, name in (("wall", "wall"), ("cpu", "CPU")):
            first = ours[0][key] / theirs[0][key]
            print(f"  {name:5} first {first:5.2f}x   steady median {steady(ours, key) / steady(theirs, key):5.2f}x"
                  f"   steady min {steady_min(ours, key) / steady_min(theirs, key):5.2f}x")
        ours_rss, theirs_rss = max(c["rss"] for c in ours), max(c["rss"] for c in theirs)
        print(f"  peak RSS     {ours_rss / theirs_rss:5.2f}x (all cycles)", end="")
        with_workers = max(c["rss"] + c.get("worker_rss", 0) for c in ours) / theirs_rss
        print(f" [{with_workers:5.2f}x with the analysis worker's]", end="")
        ours_rss, theirs_rss = max(c["rss"] for c in ours[1:]), max(c["rss"] for c in theirs[1:])
        print(f"   {ours_rss / theirs_rss:5.2f}x (steady cycles: {ours_rss:.0f} against {theirs_rss:.0f} MiB; "
              "in --mode fresh each is its own process)")


def _opt(value: object) -> str:
    return "-" if value is None else str(value)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--feeds", type=int, default=200, help="number of feeds (default 200; the issue: 1000)")
    parser.add_argument("--items", type=int, default=50, help="items per feed (default 50)")
    parser.add_argument("--latency", type=float, default=0.1, help="seconds added to every request (default 0.1)")
    parser.add_argument("--changed", type=float, default=0.1, help="fraction of feeds changed per cycle (0.1)")
    parser.add_argument("--new-items", type=int, default=5, help="new items in a changed feed (default 5)")
    parser.add_argument("--cycles", type=int, default=4, help="first cycle + steady cycles (default 4: 3 steady)")
    parser.add_argument("--mix", choices=MIXES, default="half", help="which feeds send validators, repeat or "
                        "rewrite their bytes (see above; default half)")
    parser.add_argument("--mode", choices=("warm", "fresh"), default="warm",
                        help="one process for all cycles, or a new process per cycle timed from outside")
    parser.add_argument("--concurrency", type=int, default=100, help="parallel fetches / reader workers (100)")
    parser.add_argument("--profile", metavar="DIR", help="write a pyinstrument report per cycle into DIR, made if "
                        "missing (needs `pip install pyinstrument`)")
    parser.add_argument("--source-only", action="store_true", help="do not byte-compile the project first, "
                        "remove its compiled modules instead (see compile_project_bytecode)")
    parser.add_argument("--cprofile", metavar="DIR",
                        help="write each cycle's cProfile statistics (SIDE-cycleN.pstats) into DIR, made if missing: "
                             "the thread that runs the event loop (fetches, the poll's transactions), not the parse "
                             "and analysis threads; a wall-clock profile, inflated where the thread waits for the GIL")
    parser.add_argument("--side", choices=(*SIDES, "both"), default="both")
    parser.add_argument("--parts", action="store_true",
                        help="--mode warm: also poll without the analysis, without the search index and "
                             "without both, to show where the first cycle's time goes; then time, in this "
                             "process, a one-regex-per-topic filter over the first cycle's items and "
                             "feedparser over its documents (the floor any analysis and any poller stand on)")
    parser.add_argument("--reader-search", action="store_true",
                        help="reader keeps a full-text index as pledgewatch does (enable_search, then "
                             "update_search in every cycle); by default it keeps none")
    parser.add_argument("--analysis-workers", type=workers_setting, default="auto",
                        help="pledgewatch's analysis_workers setting: 0 (analysis in a thread of the polling "
                             "process), 1 (in a worker process, bot.analysis_worker) or auto (the default, the "
                             "setting's: 1 when the process may use 2 CPUs, else 0; the run prints which)")
    parser.add_argument("--split", action="store_true",
                        help="warm mode: where the polling process's time goes per step (bench/poll_split.py)")
    parser.add_argument("--keep-db", metavar="DIR",
                        help="copy each side's database into DIR (made if missing) when the run ends, "
                             "SIDE.db: to compare the rows two versions of the code stored")
    parser.add_argument("--trace", action="store_true",
                        help="warm mode: each cycle's time line, both sides: when the requests reached the feed "
                             "server and were answered, the cycle's end; pledgewatch's event-loop stalls and, with "
                             "--split, its steps (bench/poll_trace.py)")
    parser.add_argument("--child", choices=SIDES, help=argparse.SUPPRESS)
    parser.add_argument("--without", choices=PARTS, help=argparse.SUPPRESS)
    parser.add_argument("--urls", help=argparse.SUPPRESS)
    parser.add_argument("--db", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        return child_main(args)
    if args.feeds < 1 or args.items < 1 or args.cycles < 2 or args.concurrency < 1:
        parser.error("--feeds, --items and --concurrency must be >= 1, --cycles >= 2")
    if not 0 < args.changed <= 1 or args.new_items < 1 or args.latency < 0:
        parser.error("--changed must be in (0, 1], --new-items >= 1, --latency >= 0")
    if args.profile:
        # Made here, before anything runs: a folder not there yet failed the benchmark with
        # FileNotFoundError after its whole first cycle, when the first report was written.
        try:
            Path(args.profile).mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            parser.error(f"--profile: cannot make the folder {args.profile}: {exc.strerror or exc}")
    if args.cprofile:
        try:
            Path(args.cprofile).mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            parser.error(f"--cprofile: cannot make the folder {args.cprofile}: {exc.strerror or exc}")
    if args.profile and importlib.util.find_spec("pyinstrument") is None:
        # (else the first cycle would run in full before the profiler's import failed)
        parser.error("--profile needs pyinstrument, which is not a project dependency: pip install pyinstrument")

    sides = list(SIDES) if args.side == "both" else [args.side]
    if "reader" in sides and importlib.util.find_spec("reader") is None:
        print("reader is not installed; `pip install reader` (into this virtualenv) to compare, or use "
              "--side pledgewatch. Running pledgewatch alone.", file=sys.stderr)
        sides.remove("reader")
    if not sides:
        return 1

    farm = FeedFarm(args.feeds, args.items, args.latency, news_items(), mix=args.mix)
    results: dict[str, list[dict]] = {}
    load_before = os.getloadavg()
    runner = run_side if args.mode == "warm" else run_side_fresh
    with tempfile.TemporaryDirectory() as tmp, FeedServer() as server:
        urls_file = Path(tmp) / "urls.txt"
        urls_file.write_text("\n".join(farm.serve(server)))
        for side in sides:
            results[side] = runner(side, farm, urls_file, Path(tmp), args)
        parts = {}
        if args.parts and "pledgewatch" in sides:
            parts = {without: run_side("pledgewatch", farm, urls_file, Path(tmp), args, without) for without in PARTS}
        if args.keep_db:
            import shutil

            Path(args.keep_db).mkdir(parents=True, exist_ok=True)
            for side in sides:
                for suffix in ("", "-wal"):  # the log too, if the child left one
                    if (Path(tmp) / side / f"bench.db{suffix}").exists():
                        shutil.copyfile(Path(tmp) / side / f"bench.db{suffix}", Path(args.keep_db) / f"{side}.db{suffix}")
    floor = first_cycle_floor(farm) if parts else {}
    load_after = os.getloadavg()
    mixes = {"half": "half the feeds answer 304, half repeat the body", "validators": "every feed answers 304",
             "identical": "no validators, the same bytes until changed",
             "volatile": "no validators, lastBuildDate rewritten on every request"}
    print(f"{datetime.now(UTC):%Y-%m-%d %H:%M} UTC, {os.cpu_count()} cores; load average before "
          f"{load_before[0]:.1f}/{load_before[1]:.1f}, after {load_after[0]:.1f}/{load_after[1]:.1f} (1/5 min)")
    print(f"{args.feeds} feeds x {args.items} items, +{args.latency * 1000:.0f} ms per request, "
          f"{args.changed:.0%} of feeds get {args.new_items} new items between cycles, "
          f"concurrency {args.concurrency}; mix {args.mix}: {mixes[args.mix]}; mode {args.mode}; reader {'with' if args.reader_search else 'without'} a search index"
          + "; project bytecode " + ("not compiled (--source-only)" if args.source_only else "compiled first"))
    print_table(results)
    if args.split and "pledgewatch" in results:
        print("the polling process's steps (--split; CPU of the thread that ran them, wall time busy):")
        poll_split.print_split(results["pledgewatch"])
    if args.trace:
        print("time lines (--trace; milliseconds from each cycle's start):")
        for side, cycles in results.items():
            for number, cycle in enumerate(cycles):
                print(f"  {side} {'first' if number == 0 else f'steady{number}'}:")
                for line in cycle.get("trace_lines", []):
                    print(f"    {line}")
    if parts:
        print_parts(results, parts)
        print_floor(results, parts, floor)
    return 0


def print_parts(results: dict[str, list[dict]], parts: dict[str, list[dict]]) -> None:
    """Where pledgewatch's cycles go: the CPU seconds of each run with a part left out, and
    the part's price as the difference (the runs are separate processes on the same feeds,
    so a difference carries the noise of two runs)."""
    full = results["pledgewatch"]
    print("where pledgewatch's CPU goes (--parts; a part's price is the run's CPU less the run without it):")
    for label, pick in (("first cycle", lambda cycles: cycles[0]["cpu"]),
                        ("steady median", lambda cycles: steady(cycles, "cpu"))):
        rest = pick(parts["both"])
        line = (f"  {label:14}: all {pick(full):.2f} s; rules + pledges {pick(full) - pick(parts['analysis']):.2f} s; "
                f"search index {pick(full) - pick(parts['search-index']):.2f} s; the rest (fetch, parse, store, "
                f"stories) {rest:.2f} s")
        if "reader" in results:
            line += f"; reader {pick(results['reader']):.2f} s (the rest alone: {rest / pick(results['reader']):.2f}x)"
        print(line)



def first_cycle_floor(farm: FeedFarm) -> dict[str, float]:
    """CPU seconds, in this process, of what no poller of the first cycle can do without:
    - `regex`: a one-regex-per-topic filter (bench_analyze's, from common.py) over the
      first cycle's items, as "title\n\nbody", the text the analysis reads (the item
      bodies are plain text, so no markup to strip first);
    - `reader_parse`: feedparser.parse over the first cycle's documents as reader calls
      it (sanitize_html and resolve_relative_uris on: reader's _parser/feedparser.py);
    - `our_parse`: pledgewatch's own parse_feed_document over the same documents.
    The parsers: best of two runs (other work on the machine only slows a run down)."""
    import io

    import feedparser

    from bot.adapters.feed_parse import parse_feed_document
    from bot.config import load_entities
    from bot.core.rules.files import load_rules_toml

    farm.reset()  # the same documents both sides met in their first cycle
    documents = [state.body for state in farm.states]
    items = [farm._item(number) for state in farm.states for number in state.items]
    texts = [f"{item['title']}\n\n{item['description']}" for item in items]
    rules, _ = load_rules_toml(RULES_FILE.read_text(encoding="utf-8"))
    per_topic = regex_per_topic(rules, load_entities())
    content_type = "application/rss+xml; charset=utf-8"

    def best(work, runs: int) -> float:
        times = []
        for _ in range(runs):
            started = time.process_time()
            work()
            times.append(time.process_time() - started)
        return min(times)

    regex_each = []
    for text in texts:  # once: at first-cycle size this takes about a minute
        started = time.process_time()
        per_topic(text)
        regex_each.append(time.process_time() - started)
    return {
        "items": len(texts),
        "relevant_by_regex": sum(map(per_topic, texts)),
        "regex": sum(regex_each),
        "regex_each": regex_each,
        "reader_parse": best(lambda: [feedparser.parse(io.BytesIO(body), resolve_relative_uris=True, sanitize_html=True,
                                                       response_headers={"content-type": content_type})
                                      for body in documents], 2),
        "our_parse": best(lambda: [parse_feed_document(body, f"http://bench/{i}", content_type=content_type)
                                   for i, body in enumerate(documents)], 2),
    }


def print_floor(results: dict[str, list[dict]], parts: dict[str, list[dict]], floor: dict) -> None:
    """The first cycle's floor: pledgewatch with its analysis free, and with a regex filter
    in its place; next to reader's first cycle and the share of it that is feedparser."""
    without_analysis = parts["analysis"][0]["cpu"]
    costs = sorted(floor["regex_each"])
    print(f"the first cycle's floor (CPU; the filter and the parsers timed in this process over the same "
          f"{floor['items']:,} items, {floor['relevant_by_regex']:,} of them matched by the filter):")
    print(f"  one regex per topic over the items : {floor['regex']:.2f} s, {floor['regex'] / floor['items'] * 1e3:.2f} ms "
          f"an item (median {costs[len(costs) // 2] * 1e3:.2f} ms; {sum(c > 1e-3 for c in costs):,} items over 1 ms: "
          f"an item whose match comes late or never is scanned by one alternation after another)")
    reader = results["reader"][0]["cpu"] if "reader" in results else None
    ratio = (lambda cpu: f" = {cpu / reader:.2f}x reader's {reader:.2f} s") if reader else (lambda cpu: "")
    print(f"  pledgewatch, its analysis free     : {without_analysis:.2f} s{ratio(without_analysis)}")
    print(f"  ... with the regex filter instead  : {without_analysis + floor['regex']:.2f} s"
          f"{ratio(without_analysis + floor['regex'])}")
    print(f"  feedparser as pledgewatch calls it : {floor['our_parse']:.2f} s "
          f"({floor['our_parse'] / without_analysis:.0%} of pledgewatch's cycle without analysis)")
    print(f"  feedparser as reader calls it      : {floor['reader_parse']:.2f} s"
          + (f" ({floor['reader_parse'] / reader:.0%} of reader's first cycle)" if reader else ""))


if __name__ == "__main__":
    raise SystemExit(main())
