"""`pledgewatch run` as a user runs it, measured from outside, round by round, beside a
warm reader process that updates the same feeds on the same interval.

    python bench/bench_run_rounds.py [--feeds 200] [--mix volatile] [--rounds 3] [--interval 30]

The feeds are bench_poll_cycle's farm (same mixes, ~1.3 KB item texts, gzip, +100 ms per
request), served by this process. pledgewatch: `python -m bot --config S run`, with
poll_interval = --interval. reader (not a project dependency; skipped with a message
when absent): a process that adds the feeds, then calls update_feeds every --interval
seconds. For each side: the first round (until pledgewatch logs "first round done", or
reader's first update returns), then --rounds windows of --interval seconds, 10% of the
feeds changed at the start of each: CPU seconds per window from /proc/PID/stat (user +
system, all threads), requests served per window, peak RSS (VmHWM). pledgewatch's log
is checked for APScheduler "skipped" warnings and tracebacks, and its SIGTERM exit code.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from bench_poll_cycle import MIXES, FeedFarm, pledgewatch_settings
from common import ROOT, news_items

from tests.support.servers import FeedServer

READER_LOOP = """
import sys, time
from reader import make_reader
db, urls, workers, interval = sys.argv[1], open(sys.argv[2]).read().split(), int(sys.argv[3]), float(sys.argv[4])
r = make_reader(db)
for url in urls:
    r.add_feed(url)
while True:
    started = time.monotonic()
    for _ in r.update_feeds_iter(workers=workers, scheduled=False):
        pass
    print("round", flush=True)
    time.sleep(max(0.0, interval - (time.monotonic() - started)))
"""

TICKS = os.sysconf("SC_CLK_TCK")


def cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICKS  # utime, stime


def peak_rss_mib(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def wait_for(predicate, proc: subprocess.Popen, what: str, limit: float = 1800) -> None:
    end = time.monotonic() + limit
    while not predicate():
        if proc.poll() is not None:
            raise SystemExit(f"the process ended (exit {proc.returncode}) waiting for {what}")
        if time.monotonic() > end:
            raise SystemExit(f"timed out waiting for {what}")
        time.sleep(0.2)


def measure(side: str, farm: FeedFarm, urls: list[str], tmp: Path, args: argparse.Namespace) -> dict:
    farm.reset()
    (tmp / side).mkdir()
    db, log = tmp / side / "bench.db", tmp / side / "stderr.log"
    urls_file = tmp / "urls.txt"
    if side == "pledgewatch":
        settings = pledgewatch_settings(urls, db, args.concurrency)
        # A top-level key: before the [[feed]] tables.
        settings.write_text(f"poll_interval = {args.interval}\n" + settings.read_text(encoding="utf-8"),
                            encoding="utf-8")
        command = [sys.executable, "-m", "bot", "--config", str(settings), "run"]
    else:
        command = [sys.executable, "-c", READER_LOOP, str(db), str(urls_file), str(args.concurrency), str(args.interval)]
    env = {k: v for k, v in os.environ.items() if not k.endswith("_TOKEN")}
    started = time.monotonic()
    with log.open("wb") as err:
        proc = subprocess.Popen(command, stdout=subprocess.PIPE if side == "reader" else subprocess.DEVNULL,
                                stderr=err, cwd=ROOT, env=env, text=True)
    try:
        if side == "pledgewatch":
            wait_for(lambda: "first round done" in log.read_text(encoding="utf-8", errors="replace"), proc,
                     "the first round")
        else:
            assert proc.stdout is not None
            proc.stdout.readline()
        first = {"wall": time.monotonic() - started, "cpu": cpu_seconds(proc.pid), "requests": farm.requests}
        farm.requests = farm.not_modified = 0
        rounds = []
        for number in range(args.rounds):
            farm.change(number + 1, args.changed, args.new_items)
            before = cpu_seconds(proc.pid)
            time.sleep(args.interval)
            rounds.append({"cpu": cpu_seconds(proc.pid) - before, "requests": farm.requests})
            farm.requests = farm.not_modified = 0
        rss = peak_rss_mib(proc.pid)
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            code = proc.wait(timeout=60)
        except subprocess.TimeoutExpired:
            proc.kill()
            code = proc.wait()
    text = log.read_text(encoding="utf-8", errors="replace")
    return {"first": first, "rounds": rounds, "rss": rss, "exit": code,
            "skipped": text.count("maximum number of running instances"), "tracebacks": text.count("Traceback"),
            "progress_lines": text.count("first round: ")}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--feeds", type=int, default=200)
    parser.add_argument("--items", type=int, default=50)
    parser.add_argument("--mix", choices=MIXES, default="volatile")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--interval", type=int, default=30, help="poll_interval, seconds (at least 30)")
    parser.add_argument("--latency", type=float, default=0.1)
    parser.add_argument("--changed", type=float, default=0.1)
    parser.add_argument("--new-items", type=int, default=5)
    parser.add_argument("--concurrency", type=int, default=100)
    parser.add_argument("--side", choices=("pledgewatch", "reader", "both"), default="both")
    args = parser.parse_args(argv)
    sides = ["pledgewatch", "reader"] if args.side == "both" else [args.side]
    if "reader" in sides and importlib.util.find_spec("reader") is None:
        print("reader is not installed (`pip install reader sgmllib3k`): measuring pledgewatch alone", file=sys.stderr)
        sides.remove("reader")
    farm = FeedFarm(args.feeds, args.items, args.latency, news_items(), mix=args.mix)
    load_before = os.getloadavg()
    results = {}
    with tempfile.TemporaryDirectory() as tmp, FeedServer() as server:
        urls = farm.serve(server)
        Path(tmp, "urls.txt").write_text("\n".join(urls))
        for side in sides:
            results[side] = measure(side, farm, urls, Path(tmp), args)
    load_after = os.getloadavg()
    print(f"{datetime.now(UTC):%Y-%m-%d %H:%M} UTC, {os.cpu_count()} cores; load average before "
          f"{load_before[0]:.1f}/{load_before[1]:.1f}, after {load_after[0]:.1f}/{load_after[1]:.1f} (1/5 min)")
    print(f"{args.feeds} feeds x {args.items} items, mix {args.mix}, +{args.latency * 1000:.0f} ms per request, "
          f"interval {args.interval} s, {args.changed:.0%} of feeds changed per round, concurrency {args.concurrency}")
    for side, r in results.items():
        # A window need not hold exactly one poll of every feed (jitter; a feed polled
        # late in the first round skips a turn): CPU per round is scaled by feeds/requests.
        cpus = [w["cpu"] * args.feeds / max(w["requests"], 1) for w in r["rounds"]]
        r["per_round"] = statistics.median(cpus)
        print(f"{side}: first round {r['first']['wall']:.1f} s wall, {r['first']['cpu']:.1f} s CPU "
              f"({r['first']['requests']} requests); CPU per round (per {args.feeds} requests) "
              + ", ".join(f"{c:.2f}" for c in cpus)
              + f" s (min {min(cpus):.2f}, median {statistics.median(cpus):.2f}); requests per round "
              + ", ".join(str(w["requests"]) for w in r["rounds"]) + f"; peak RSS {r['rss']:.0f} MiB; "
              f"SIGTERM exit {r['exit']}")
        if side == "pledgewatch":
            print(f"  log: {r['skipped']} 'skipped: maximum number of running instances', {r['tracebacks']} "
                  f"tracebacks, {r['progress_lines']} progress lines")
    if len(results) == 2:
        ours, theirs = results["pledgewatch"]["per_round"], results["reader"]["per_round"]
        print(f"ratio pledgewatch / reader: CPU per round (median) {ours / theirs:.2f}x, "
              f"peak RSS {results['pledgewatch']['rss'] / results['reader']['rss']:.2f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
