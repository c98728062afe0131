"""Latency benchmark: from the moment an item appears in a feed to the moment its
alert reaches a Telegram chat, through the real `python -m bot run` (a subprocess:
scheduler, httpx, feedparser, rules, outbox, python-telegram-bot) and the loopback
Telegram stand-in (tests/support/telegram_stub.py).

    python bench/bench_latency.py [--items 4] [--interval 30] [--websub]

The feed is polled every --interval seconds (30 is the smallest the settings allow).
Each item is published at a random moment of the poll period, then we wait for its
alert. The total splits into "waiting for the next poll" (publish -> the feed's
fetch that returns it) and "pipeline" (that fetch -> the alert at the stand-in).
By polling alone the wait is on average half the poll interval plus the pipeline.

With --websub the feed also advertises a WebSub hub (the stand-in of
tests/support/websub_hub.py, run here): the bot subscribes through its callback server,
and each publication is pushed by the hub at once, so the total is the push plus
the pipeline, whatever the poll interval.
"""

from __future__ import annotations

import argparse
import asyncio
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

from common import ROOT, RULES_FILE, news_items

from bot.adapters.sqlite_store import SqliteStore  # noqa: E402
from tests.support.servers import FeedServer, RecordedRequest, Response, rss  # noqa: E402
from tests.support.telegram_stub import TOKEN, TelegramStub  # noqa: E402
from tests.support.websub_hub import WebSubHub  # noqa: E402

CHAT = 1001
FEED_PATH = "/wire.xml"


@dataclass
class LiveFeed:
    """A feed whose items we add while the bot runs; records when it was fetched
    and which item numbers each fetch returned."""

    items: list[dict] = field(default_factory=list)
    fetches: list[tuple[float, int]] = field(default_factory=list)  # (monotonic time, items served)
    lock: threading.Lock = field(default_factory=threading.Lock)
    hub: str | None = None  # advertised in the feed when set
    self_url: str | None = None

    def body(self) -> bytes:
        return rss(self.items, title="Wire", lang=None, hub=self.hub, self_url=self.self_url)

    def publish(self, item: dict) -> float:
        with self.lock:
            self.items.insert(0, item)
            return time.monotonic()

    def handler(self, request: RecordedRequest) -> Response:
        with self.lock:
            body = self.body()
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


def write_settings(tmp: Path, feed_url: str, api_url: str, interval: int, websub_port: int | None) -> Path:
    path = tmp / "settings.toml"
    websub = (f'[websub]\ncallback_url = "http://127.0.0.1:{websub_port}/websub"\n'
              f'listen = "127.0.0.1:{websub_port}"\n') if websub_port else ""
    path.write_text(
        f'database = "{(tmp / "latency.db").as_posix()}"\n'
        f'rules = "{RULES_FILE.as_posix()}"\n'
        f"poll_interval = {interval}\n"
        f'[[feed]]\nurl = "{feed_url}"\nname = "Wire"\ninterval = {interval}\n'
        f'[telegram]\ntoken = "{TOKEN}"\napi_url = "{api_url}"\n' + websub,
        encoding="utf-8",
    )
    return path


class HubThread:
    """The WebSub hub stand-in on its own event loop, driven from this (synchronous) script."""

    def __init__(self) -> None:
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, daemon=True)
        self.hub = WebSubHub()

    def __enter__(self) -> HubThread:
        self.thread.start()
        self.call(self._enter())
        return self

    async def _enter(self) -> None:
        self.hub.verified = asyncio.Event()  # bound to the hub's own loop
        await self.hub.__aenter__()

    def __exit__(self, *exc: object) -> None:
        self.call(self.hub.__aexit__(None, None, None))
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(timeout=5)

    def call(self, coroutine):
        return asyncio.run_coroutine_threadsafe(coroutine, self.loop).result(timeout=30)


def free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


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
    parser.add_argument("--websub", action="store_true", help="advertise a WebSub hub: alerts come by push")
    args = parser.parse_args(argv)
    if args.items < 1:
        parser.error("--items must be at least 1")
    if args.interval < 30:
        parser.error("--interval must be at least 30 (the settings' minimum)")

    rng = random.Random(args.seed)
    items = relevant_items(args.items)
    feed = LiveFeed()
    rows: list[tuple[str, float, float | None, float | None]] = []
    with (tempfile.TemporaryDirectory() as tmp_name, FeedServer() as server, TelegramStub() as stub,
          HubThread() as hub):
        tmp = Path(tmp_name)
        server.set_route(FEED_PATH, feed.handler)
        websub_port = free_port() if args.websub else None
        if args.websub:
            feed.hub, feed.self_url = hub.hub.url, server.url(FEED_PATH)
        settings = write_settings(tmp, server.url(FEED_PATH), stub.url, args.interval, websub_port)
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
            if args.websub and not wait_until(lambda: hub.hub.subscribers, 30, proc):
                raise SystemExit("pledgewatch never subscribed at the hub")
            for number, item in enumerate(items, start=1):
                # A random moment of the poll period, like news that does not know our schedule
                # (with push the schedule does not matter: a short pause is enough).
                time.sleep(rng.uniform(0, 2 if args.websub else args.interval))
                published = feed.publish(item)
                if args.websub:
                    statuses = hub.call(hub.hub.publish(feed.self_url, feed.body(), "application/rss+xml"))
                    if statuses != [204]:
                        print(f"push answered {statuses}")
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

    how = "WebSub push from the hub stand-in, polling as fallback" if args.websub else "polling only"
    print(f"{len(rows)} items, poll interval {args.interval} s, Telegram stand-in over loopback ({how})")
    print(f"{'item':44} {'total s':>8} {'wait for poll':>14} {'pipeline s':>11}")
    totals, waits, pipes = [], [], []
    for title, published, fetched, at in rows:
        if at is None:
            print(f"{title[:44]:44} {'no alert':>8}")
            continue
        total = at - published
        if args.websub or (fetched is not None and fetched > at):
            fetched = published  # pushed: no poll to wait for, the whole total is the pipeline
        wait = (fetched - published) if fetched else float("nan")
        pipe = (at - fetched) if fetched else float("nan")
        totals.append(total)
        waits.append(wait)
        pipes.append(pipe)
        print(f"{title[:44]:44} {total:8.2f} {wait:14.2f} {pipe:11.2f}")
    if totals:
        expected = "push + pipeline" if args.websub else f"interval/2 + pipeline = {args.interval / 2:.0f} s + pipeline"
        print(f"total    : min {min(totals):.2f}  median {statistics.median(totals):.2f}  "
              f"max {max(totals):.2f} s  (expected about {expected})")
        start = "push" if args.websub else "fetch"
        print(f"pipeline : min {min(pipes):.2f}  median {statistics.median(pipes):.2f}  max {max(pipes):.2f} s "
              f"({start} -> parse -> rules -> outbox -> Telegram)")
    return 0 if len(totals) == len(items) else 1


if __name__ == "__main__":
    raise SystemExit(main())
