"""How long the event loop stalls while one poll of many new items is analysed and stored.

    python bench/bench_loop_stall.py [--items 1000] [--workers 0|1] [--runs 3] [--cold]

One feed of --items new items (the labelled texts of bench/common.py, cycled, each padded
with filler of its own so that no two share their title and text: before stop 48 a feed of
1,000 repeated ~290 texts, and since stop 47b pledgewatch stores a feed's repeated words
once; about a tenth found relevant), or --feeds such feeds, is served on loopback; a fresh database with the
shipped rules polls them once (FeedPoller, as `run` does, 100 at a time) while a ticker task on the same loop wakes every 5 ms and
records the gaps between two of its turns: the longest (how long a chat command or a web
page would have waited at worst), and how many exceed 100 ms and how long they last in all. --workers 0 analyses in a thread of this process (the code
before bot.analysis_worker); --workers 1 in the worker process, started and ready before
the poll (a `run` that met a large poll before), or with --cold started by this poll (its
first batch is then analysed in this process while the worker starts). Each run is a new
process; the worker's CPU is counted (its /proc figures before it is stopped).
Prints, per run: the longest stall, the poll's wall time, and CPU of this process and the
worker, with the load average.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import ROOT, RULES_FILE, DistinctNewsItems, news_items, peak_rss_mb, workers_without_this_script

TICK = 0.005
LATE = 0.1  # a gap longer than this is a stall a chat user could notice


def _proc_cpu(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def _proc_peak_rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return 0.0


def one_run(items: int, workers: int, cold: bool, feeds: int = 1) -> dict:
    from bot.adapters.feed_http import HttpFeedSource
    from bot.adapters.sqlite_store import SqliteStore
    from bot.analysis_worker import AnalysisWorkers
    from bot.core.analysis import Analyzer
    from bot.core.models import Feed
    from bot.core.ports import SystemClock
    from bot.pipeline import FeedPoller
    from bot.rule_admin import RuleAdmin
    from tests.support.servers import FeedServer, rss

    texts, distinct = news_items(), DistinctNewsItems()  # every item new in words, as in bench_poll_cycle

    def feed_items(feed: int) -> list[dict]:
        numbers = range(feed * items, (feed + 1) * items)
        made = [distinct.item(n, texts[n % len(texts)]) for n in numbers]
        return [{"title": item.title, "guid": f"i{n}", "link": f"https://news.example/{n}",
                 "description": item.text} for n, item in zip(numbers, made, strict=True)]

    clock = SystemClock()
    with tempfile.TemporaryDirectory() as tmp, FeedServer() as server:
        store = SqliteStore(Path(tmp) / "stall.db")
        store.migrate()
        admin = RuleAdmin(store, clock)
        admin.import_if_empty(RULES_FILE.read_text(encoding="utf-8"))
        analyzer = Analyzer(admin.compile(), admin.entities)
        polled = []
        for number in range(feeds):
            server.set_feed(f"/feed{number}.xml", rss(feed_items(number)))
            store.add_feed(Feed(url=server.url(f"/feed{number}.xml"), name=f"feed {number}"), clock.now())
            polled.append(store.feed_by_url(server.url(f"/feed{number}.xml")))
        pool = AnalysisWorkers(workers) if workers else None
        if pool is not None and not cold:
            assert pool.start(wait=30), "the worker never became ready"
        worker_cpu_before = sum(_proc_cpu(pid) for pid in pool.pids()) if pool else 0.0

        async def poll_with_ticker():
            gaps: list[float] = []
            done = asyncio.Event()

            async def ticker():
                last = time.perf_counter()
                while not done.is_set():
                    await asyncio.sleep(TICK)
                    now = time.perf_counter()
                    gaps.append(now - last - TICK)
                    last = now

            tick = asyncio.create_task(ticker())
            async with HttpFeedSource(timeout=60, max_connections=100) as source:
                poller = FeedPoller(store, source, lambda: analyzer, clock, analysis_workers=pool)
                started = time.perf_counter()
                limit = asyncio.Semaphore(100)  # as App.poll_once with max_concurrent_fetches = 100

                async def one(feed):
                    async with limit:
                        return await poller.poll(feed)

                results = await asyncio.gather(*(one(feed) for feed in polled))
                wall = time.perf_counter() - started
            done.set()
            await tick
            return results, wall, gaps

        cpu = time.process_time()
        results, wall, gaps = asyncio.run(poll_with_ticker())
        cpu = time.process_time() - cpu
        worker_cpu = sum(_proc_cpu(pid) for pid in pool.pids()) - worker_cpu_before if pool else 0.0
        worker_rss = sum(_proc_peak_rss_mb(pid) for pid in pool.pids()) if pool else 0.0
        batches = pool.batches if pool else 0
        if pool:
            pool.close()
        store.close()
    late = [gap for gap in gaps if gap > LATE]
    return {"new": sum(r.new_entries for r in results), "relevant": sum(r.matches for r in results),
            "errors": sum(1 for r in results if r.error), "stall": max(gaps),
            "late": len(late), "late_total": sum(late),
            "wall": wall, "cpu": cpu, "worker_cpu": worker_cpu, "batches_in_worker": batches,
            "rss": peak_rss_mb(), "worker_rss": worker_rss}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--items", type=int, default=1000, help="new items per feed (default 1000)")
    parser.add_argument("--feeds", type=int, default=1, help="feeds polled at once (default 1; e.g. 200 with "
                        "--items 50: bench_poll_cycle's first cycle)")
    parser.add_argument("--workers", type=int, default=1, help="analysis worker processes (0: a thread here)")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--cold", action="store_true", help="the worker starts with the poll, not before")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        workers_without_this_script()
        print(json.dumps(one_run(args.items, args.workers, args.cold, args.feeds)))
        return 0
    for run in range(args.runs):
        load = os.getloadavg()[0]
        command = [sys.executable, __file__, "--child", "--items", str(args.items), "--workers", str(args.workers),
                   "--feeds", str(args.feeds)]
        out = subprocess.run(command + (["--cold"] if args.cold else []), capture_output=True, text=True, cwd=ROOT,
                             check=True).stdout
        r = json.loads(out.strip().splitlines()[-1])
        print(f"run {run + 1}: workers={args.workers}{' cold' if args.cold else ''} load {load:.1f}: "
              f"{r['new']} new, {r['relevant']} relevant, longest loop stall {r['stall']:.3f} s, stalls over "
              f"{LATE * 1000:.0f} ms: {r['late']} ({r['late_total']:.2f} s in all), poll wall "
              f"{r['wall']:.2f} s, CPU here {r['cpu']:.2f} s + worker {r['worker_cpu']:.2f} s "
              f"(batches in worker: {r['batches_in_worker']}), peak RSS {r['rss']:.0f} + {r['worker_rss']:.0f} MiB",
              flush=True)
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    raise SystemExit(main())
