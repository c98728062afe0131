"""Poll-cycle benchmark: pledgewatch against the `reader` library on the same feeds.

    python bench/bench_poll_cycle.py [--feeds 200] [--concurrency 100] [--cycles 3]
    python bench/bench_poll_cycle.py --feeds 1000            # the issue's full size

N feeds of 50 items each are served over loopback HTTP with 100 ms added to every
request. Half the feeds send ETag/Last-Modified and answer 304 to a conditional
GET; the other half send no validators and repeat the same body. Between two
cycles 10% of the feeds get new items. Each side runs in its own subprocess (so
its peak RSS is its own) and reports, per cycle: wall time, CPU seconds (all its
threads) and peak RSS.

pledgewatch: App with a temporary database and the shipped rules, App.poll_once()
(fetch, parse, dedupe, rules, pledges, stories, outbox), concurrency N.
Why 100 by default: with 100 ms per request, 1,000 fetches 20 at a time need 5 s of
waiting alone, so the issue's "under 5 s" asks for more; both sides get the same N.
reader (lemon24/reader, NOT a project dependency; `pip install reader`):
make_reader(temporary database), add_feed for each, update_feeds(workers=N).
reader only stores entries; pledgewatch also analyses every new one, so the
ratio prices that analysis too.
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import importlib.util
import json
import random
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

from common import RULES_FILE, ROOT, NewsItem, human_bytes, news_items, peak_rss_mb

import tests.servers  # noqa: E402
from tests.servers import FeedServer, RecordedRequest, Response, rss  # noqa: E402

# socketserver's listen backlog is 5: with 20+ simultaneous connects the kernel drops
# SYNs and clients retry after 1 s, which would measure the stand-in, not the pollers.
tests.servers._Httpd.request_queue_size = 1024

SIDES = ("pledgewatch", "reader")
RELEVANT_EVERY = 30  # about 3% of items are military-aid news, as in real general feeds


# -- the feeds (parent process) ---------------------------------------------------------


@dataclass
class FeedState:
    """One served feed: its newest items (numbers), body and validators."""

    index: int
    items: list[int]
    validators: bool
    body: bytes = b""
    etag: str = ""
    last_modified: str = ""


@dataclass
class FeedFarm:
    """All the feeds, served by one FeedServer with an added latency per request."""

    feeds: int
    items_per_feed: int
    latency: float
    texts: list[NewsItem]
    base: datetime = field(default_factory=lambda: datetime.now(UTC) - timedelta(days=1))
    states: list[FeedState] = field(default_factory=list)
    next_item: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)
    requests: int = 0
    not_modified: int = 0

    def __post_init__(self) -> None:
        self._relevant = [t for t in self.texts if t.relevant]
        self._other = [t for t in self.texts if not t.relevant]

    def reset(self) -> None:
        """Back to the same initial feeds, so each side sees exactly the same thing."""
        self.next_item = 0
        self.requests = self.not_modified = 0
        self.states = []
        for index in range(self.feeds):
            state = FeedState(index, self._new_items(self.items_per_feed), validators=index % 2 == 0)
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
        text = relevant[number % len(relevant)] if number % RELEVANT_EVERY == 0 else other[number % len(other)]
        return {
            "title": text.title,
            "link": f"https://news.example/{number}",
            "guid": f"item-{number}",
            "description": text.text,
            "pubDate": self.base + timedelta(seconds=number),
        }

    def _render(self, state: FeedState) -> None:
        state.body = rss([self._item(n) for n in state.items], title=f"Feed {state.index}", lang=None)
        state.etag = f'"{hashlib.sha256(state.body).hexdigest()[:16]}"'
        state.last_modified = format_datetime(self.base + timedelta(seconds=self.next_item), usegmt=True)

    def serve(self, server: FeedServer) -> list[str]:
        for index in range(self.feeds):
            server.set_route(f"/feed/{index}.xml", self._handler(index))
        return [server.url(f"/feed/{index}.xml") for index in range(self.feeds)]

    def _handler(self, index: int):
        def handle(request: RecordedRequest) -> Response:
            time.sleep(self.latency)  # the network and the far server
            with self.lock:
                state = self.states[index]
                self.requests += 1
                headers = {"Content-Type": "application/rss+xml; charset=utf-8"}
                if not state.validators:
                    return Response(200, state.body, headers)
                headers |= {"ETag": state.etag, "Last-Modified": state.last_modified}
                if _fresh(request.headers, state.etag, state.last_modified):
                    self.not_modified += 1
                    return Response(304, b"", headers)
                return Response(200, state.body, headers)

        return handle


def _fresh(headers: dict[str, str], etag: str, last_modified: str) -> bool:
    if "if-none-match" in headers:
        return etag in [t.strip() for t in headers["if-none-match"].split(",")]
    since = headers.get("if-modified-since")
    try:
        return bool(since) and parsedate_to_datetime(last_modified) <= parsedate_to_datetime(since)
    except (TypeError, ValueError):
        return False


# -- one side (child process) -------------------------------------------------------------


def cycle_figures(started_wall: float, started_cpu: float, **extra: object) -> dict:
    return {"wall": time.perf_counter() - started_wall, "cpu": time.process_time() - started_cpu,
            "rss": peak_rss_mb(), **extra}


def run_pledgewatch(urls: list[str], db: Path, concurrency: int, cycles: int) -> None:
    from bot.app import App
    from bot.config import Settings
    from bot.core.models import Feed

    feeds = tuple(Feed(url=url, name=f"feed {i}") for i, url in enumerate(urls))
    # Settings built directly: the TOML loader caps max_concurrent_fetches at 200.
    settings = Settings(database=db, feeds=feeds, rules_file=RULES_FILE, max_concurrent_fetches=concurrency,
                        fetch_timeout=120)
    app = App(settings)
    app.prepare()
    app.analyzer()  # compile the rules before the clock starts (done once per process)
    print(json.dumps({"setup_rss": peak_rss_mb()}), flush=True)
    for cycle in range(cycles):
        wall, cpu = time.perf_counter(), time.process_time()
        with profiled(f"pledgewatch-cycle{cycle}"):
            results = asyncio.run(app.poll_once())
        report(cycle_figures(wall, cpu, new=sum(r.new_entries for r in results),
                             relevant=sum(r.matches for r in results),
                             errors=sum(1 for r in results if r.error),
                             not_modified=sum(1 for r in results if r.not_modified),
                             skipped_same_body=sum(1 for r in results if r.unchanged),
                             db_bytes=_db_bytes(db)))
    app.close()


PROFILE_DIR = None  # set by --profile: where each cycle's pyinstrument report goes


@contextmanager
def profiled(name: str):
    """Profile the block with pyinstrument (an optional tool, not a dependency) when asked."""
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


def run_reader(urls: list[str], db: Path, concurrency: int, cycles: int) -> None:
    from reader import make_reader

    feed_reader = make_reader(str(db))
    for url in urls:
        feed_reader.add_feed(url)
    print(json.dumps({"setup_rss": peak_rss_mb()}), flush=True)
    for cycle in range(cycles):
        wall, cpu = time.perf_counter(), time.process_time()
        new = errors = not_modified = 0
        # scheduled=False: update every feed now, whatever its update interval says.
        with profiled(f"reader-cycle{cycle}"):
            results = list(feed_reader.update_feeds_iter(workers=concurrency, scheduled=False))
        for result in results:
            if result.error is not None:
                errors += 1
            elif result.value is None:
                not_modified += 1
            else:
                new += result.value.new
        report(cycle_figures(wall, cpu, new=new, relevant=None, errors=errors, not_modified=not_modified,
                             skipped_same_body=None, db_bytes=_db_bytes(db)))
    feed_reader.close()


def _db_bytes(db: Path) -> int:
    return sum(p.stat().st_size for p in db.parent.glob(db.name + "*"))


def report(figures: dict) -> None:
    """One cycle's figures to the parent; then wait until it has changed the feeds."""
    print(json.dumps(figures), flush=True)
    sys.stdin.readline()


def child_main(args: argparse.Namespace) -> int:
    global PROFILE_DIR
    PROFILE_DIR = args.profile
    urls = Path(args.urls).read_text().split()
    db = Path(args.db)
    runner = run_pledgewatch if args.child == "pledgewatch" else run_reader
    runner(urls, db, args.concurrency, args.cycles)
    return 0


# -- the parent ----------------------------------------------------------------------------


def run_side(side: str, farm: FeedFarm, urls_file: Path, tmp: Path, args: argparse.Namespace) -> list[dict]:
    farm.reset()
    command = [sys.executable, str(Path(__file__).resolve()), "--child", side, "--urls", str(urls_file),
               "--db", str(tmp / side / "bench.db"), "--concurrency", str(args.concurrency),
               "--cycles", str(args.cycles)] + (["--profile", str(Path(args.profile).resolve())] if args.profile else [])
    (tmp / side).mkdir()
    cycles: list[dict] = []
    with subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, cwd=ROOT) as child:
        assert child.stdin is not None and child.stdout is not None
        setup = json.loads(child.stdout.readline() or "{}")
        for cycle in range(args.cycles):
            line = child.stdout.readline()
            if not line:
                raise SystemExit(f"{side}: the benchmark process ended early (exit {child.wait()})")
            figures = json.loads(line)
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


def steady(cycles: list[dict], key: str) -> float:
    rest = [c[key] for c in cycles[1:]]
    return sum(rest) / len(rest) if rest else float("nan")


def print_table(results: dict[str, list[dict]]) -> None:
    print(f"{'side':12} {'cycle':8} {'wall s':>8} {'CPU s':>8} {'peak RSS':>10} {'new':>7} {'relevant':>8} "
          f"{'304s':>6} {'same body':>9} {'errors':>6} {'DB':>10}")
    for side, cycles in results.items():
        for number, c in enumerate(cycles):
            label = "first" if number == 0 else f"steady{number}"
            print(f"{side:12} {label:8} {c['wall']:8.2f} {c['cpu']:8.2f} {c['rss']:7.0f} MiB {c['new']:7d} "
                  f"{_opt(c['relevant']):>8} {c['not_modified']:6d} {_opt(c['skipped_same_body']):>9} "
                  f"{c['errors']:6d} {human_bytes(c['db_bytes']):>10}")
    for side, cycles in results.items():
        print(f"{side}: peak RSS {cycles[0]['setup_rss']:.0f} MiB at start-up, before the first fetch "
              f"(imports, database, feeds added{'; rules compiled' if side == 'pledgewatch' else ''})")
    if set(SIDES) <= results.keys():
        ours, theirs = results["pledgewatch"], results["reader"]
        print("ratio pledgewatch / reader (below 1 means pledgewatch is faster or smaller):")
        for key, name in (("wall", "wall"), ("cpu", "CPU")):
            first = ours[0][key] / theirs[0][key]
            print(f"  {name:5} first {first:5.2f}x   steady {steady(ours, key) / steady(theirs, key):5.2f}x")
        print(f"  peak RSS     {ours[-1]['rss'] / theirs[-1]['rss']:5.2f}x")


def _opt(value: object) -> str:
    return "-" if value is None else str(value)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--feeds", type=int, default=200, help="number of feeds (default 200; the issue: 1000)")
    parser.add_argument("--items", type=int, default=50, help="items per feed (default 50)")
    parser.add_argument("--latency", type=float, default=0.1, help="seconds added to every request (default 0.1)")
    parser.add_argument("--changed", type=float, default=0.1, help="fraction of feeds changed per cycle (0.1)")
    parser.add_argument("--new-items", type=int, default=5, help="new items in a changed feed (default 5)")
    parser.add_argument("--cycles", type=int, default=3, help="first cycle + steady cycles (default 3)")
    parser.add_argument("--concurrency", type=int, default=100, help="parallel fetches / reader workers (100)")
    parser.add_argument("--profile", metavar="DIR", help="write a pyinstrument report per cycle into DIR "
                        "(needs `pip install pyinstrument`)")
    parser.add_argument("--side", choices=(*SIDES, "both"), default="both")
    parser.add_argument("--child", choices=SIDES, help=argparse.SUPPRESS)
    parser.add_argument("--urls", help=argparse.SUPPRESS)
    parser.add_argument("--db", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        return child_main(args)
    if args.feeds < 1 or args.items < 1 or args.cycles < 2 or args.concurrency < 1:
        parser.error("--feeds, --items and --concurrency must be >= 1, --cycles >= 2")
    if not 0 < args.changed <= 1 or args.new_items < 1 or args.latency < 0:
        parser.error("--changed must be in (0, 1], --new-items >= 1, --latency >= 0")

    sides = list(SIDES) if args.side == "both" else [args.side]
    if "reader" in sides and importlib.util.find_spec("reader") is None:
        print("reader is not installed; `pip install reader` (into this virtualenv) to compare, or use "
              "--side pledgewatch. Running pledgewatch alone.", file=sys.stderr)
        sides.remove("reader")
    if not sides:
        return 1

    farm = FeedFarm(args.feeds, args.items, args.latency, news_items())
    results: dict[str, list[dict]] = {}
    with tempfile.TemporaryDirectory() as tmp, FeedServer() as server:
        urls_file = Path(tmp) / "urls.txt"
        urls_file.write_text("\n".join(farm.serve(server)))
        for side in sides:
            results[side] = run_side(side, farm, urls_file, Path(tmp), args)
    print(f"{args.feeds} feeds x {args.items} items, +{args.latency * 1000:.0f} ms per request, "
          f"{args.changed:.0%} of feeds get {args.new_items} new items between cycles, "
          f"concurrency {args.concurrency}; half the feeds answer 304, half repeat the body")
    print_table(results)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
