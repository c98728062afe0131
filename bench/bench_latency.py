"""Latency benchmark: from the moment an item appears in a feed to the moment its
alert reaches a Telegram chat, through the real `python -m bot run` (a subprocess:
scheduler, httpx, feedparser, rules, outbox, python-telegram-bot) and the loopback
Telegram stand-in (tests/telegram_stub.py).

    python bench/bench_latency.py [--items 4] [--interval 30]

The feed is polled every --interval seconds (30 is the smallest the settings allow).
Each item is published at a random moment of the poll period, then we wait for its
alert. The total splits into "waiting for the next poll" (publish -> the feed's
fetch that returns it) and "pipeline" (that fetch -> the alert at the stand-in).
Polling is the only way in: WebSub (push) is not implemented, so the wait is on
average half the poll interval plus the pipeline.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from common import RULES_FILE, ROOT, news_items

from bot.adapters.sqlite_store import SqliteStore  # noqa: E402
from tests.servers import FeedServer, RecordedRequest, Response, rss  # noqa: E402
from tests.telegram_stub import TOKEN, TelegramStub  # noqa: E402

CHAT = 1001
FEED_PATH = "/wire.xml"


@dataclass
class LiveFeed:
    """A feed whose items we add while the bot runs; records when it was fetched
    and which item numbers each fetch returned."""

    items: list[dict] = field(default_factory=list)
    fetches: list[tuple[float, int]] = field(default_factory=list)  # (monotonic time, items served)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def publish(self, item: dict) -> float:
        with self.lock:
            self.items.insert(0, item)
            return time.monotonic()

    def handler(self, request: RecordedRequest) -> Response:
        with self.lock:
            body = rss(self.items, title="Wire", lang=None)
            etag = f'"{len(self.items)}"'
            headers = {"Content-Type": "application/rss+xml; charset=utf-8", "ETag": etag}
            self.fetches.append((time.monotonic(), len(self.items)))
            if request.headers.get("if-none-match") == etag:
                return Response(304, b"", headers)
            return Response(200, body, headers)

    def first_fetch_with(self, count: int, after: float) -> float | None:
        with self.lock:
            return next((at for at, served in self.fetches if served >= count and at >= after), None)


def relevant_items(count: int) -> list[dict]:
    """`count` relevant news items about different pledges (spread over the eval set)."""
    pool = [t for t in news_items() if t.relevant]
    step = max(1, len(pool) // count)
    now = datetime.now(UTC)
    return [{"title": text.title, "description": text.text, "link": f"https://news.example/latency-{n}",
             "guid": f"latency-{n}", "pubDate": now}
            for n, text in enumerate(pool[::step][:count])]


def write_settings(tmp: Path, feed_url: str, api_url: str, interval: int) -> Path:
    path = tmp / "settings.toml"
    path.write_text(
        f'database = "{(tmp / "latency.db").as_posix()}"\n'
        f'rules = "{RULES_FILE.as_posix()}"\n'
        f"poll_interval = {interval}\n"
        f'[[feed]]\nurl = "{feed_url}"\nname = "Wire"\ninterval = {interval}\n'
        f'[telegram]\ntoken = "{TOKEN}"\napi_url = "{api_url}"\n',
        encoding="utf-8",
    )
    return path


def subscribe_chat(db: Path) -> None:
    """The chat is subscribed before the bot starts (the /subscribe path is tested elsewhere)."""
    store = SqliteStore(db)
    store.migrate()
    store.subscribe("telegram", str(CHAT), (), datetime.now(UTC))
    store.close()


def wait_until(predicate, timeout: float, proc: subprocess.Popen) -> bool:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if predicate():
            return True
        if proc.poll() is not None:
            raise SystemExit(f"pledgewatch exited early with code {proc.returncode}")
        time.sleep(0.05)  # a benchmark polling its own stand-ins, not a test
    return False


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--items", type=int, default=4, help="items to publish one after another (default 4)")
    parser.add_argument("--interval", type=int, default=30, help="poll interval in seconds (>= 30, default 30)")
    parser.add_argument("--seed", type=int, default=7, help="random seed for the publication moments")
    args = parser.parse_args(argv)
    if args.items < 1:
        parser.error("--items must be at least 1")
    if args.interval < 30:
        parser.error("--interval must be at least 30 (the settings' minimum)")

    rng = random.Random(args.seed)
    items = relevant_items(args.items)
    feed = LiveFeed()
    rows: list[tuple[str, float, float | None, float | None]] = []
    with tempfile.TemporaryDirectory() as tmp_name, FeedServer() as server, TelegramStub() as stub:
        tmp = Path(tmp_name)
        server.set_route(FEED_PATH, feed.handler)
        settings = write_settings(tmp, server.url(FEED_PATH), stub.url, args.interval)
        subscribe_chat(tmp / "latency.db")
        env = {k: v for k, v in os.environ.items()
               if not k.endswith("_TOKEN") and not k.startswith(("DISCORD_", "TELEGRAM_", "PLEDGEWATCH_"))}
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
        with (tmp / "run.log").open("w") as log:
            proc = subprocess.Popen([sys.executable, "-m", "bot", "--config", str(settings), "run"],
                                    stdout=log, stderr=subprocess.STDOUT, env=env, cwd=tmp)
        try:
            if not wait_until(lambda: feed.fetches, 60, proc):
                raise SystemExit("pledgewatch never fetched the feed")
            for number, item in enumerate(items, start=1):
                # A random moment of the poll period, like news that does not know our schedule.
                time.sleep(rng.uniform(0, args.interval))
                published = feed.publish(item)
                arrived = wait_until(lambda n=number: len(stub.delivered()) >= n, 3 * args.interval + 30, proc)
                fetched = feed.first_fetch_with(number, published)
                at = stub.delivered()[number - 1].at if arrived else None
                rows.append((item["title"], published, fetched, at))
                if not arrived:
                    break  # merged into an earlier story, or not alerted: later counts would be off
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()

    print(f"{len(rows)} items, poll interval {args.interval} s, Telegram stand-in over loopback "
          f"(WebSub push is not implemented: polling only)")
    print(f"{'item':44} {'total s':>8} {'wait for poll':>14} {'pipeline s':>11}")
    totals, waits, pipes = [], [], []
    for title, published, fetched, at in rows:
        if at is None:
            print(f"{title[:44]:44} {'no alert':>8}")
            continue
        total = at - published
        wait = (fetched - published) if fetched else float("nan")
        pipe = (at - fetched) if fetched else float("nan")
        totals.append(total)
        waits.append(wait)
        pipes.append(pipe)
        print(f"{title[:44]:44} {total:8.2f} {wait:14.2f} {pipe:11.2f}")
    if totals:
        print(f"total    : min {min(totals):.2f}  median {statistics.median(totals):.2f}  "
              f"max {max(totals):.2f} s  (expected about interval/2 + pipeline = {args.interval / 2:.0f} s + pipeline)")
        print(f"pipeline : min {min(pipes):.2f}  median {statistics.median(pipes):.2f}  max {max(pipes):.2f} s "
              f"(fetch -> parse -> rules -> outbox -> Telegram)")
    return 0 if len(totals) == len(items) else 1


if __name__ == "__main__":
    raise SystemExit(main())
