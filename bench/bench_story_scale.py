"""Story matching against a feed of many relevant reports alike: how do the pair comparisons
and the CPU of one poll grow with their number?

    python bench/bench_story_scale.py [--sizes 100,200,500,1000] [--feeds 1|many|both]

A hostile (or just very busy) feed may bring, in one poll, hundreds of relevant items that
share donors, systems and words but each tell another pledge (another count, another
donor): none joins another, so each opens a story, and each later item is a candidate of
every story opened before it. Here N such items (generated wire-style text: a donor, a
system and a count, in a few templates) are served over loopback HTTP (tests/support's
FeedServer) from one feed, or spread over N/10 feeds ("many"), and polled by the real
FeedPoller into a real SQLite store (a scratch file) with the shipped rules.

The feeds are polled (every 10 minutes of a fake clock) until no relevant entry waits for
its story (bot.pipeline.RELEVANT_ENTRIES_PER_POLL puts off those beyond a poll's budget;
without it, one poll). For each N it prints the items stored, the stories opened, the
scored comparisons (calls of bot.core.stories.scoring.story_score.story_score, counted through a
wrapper), the polls, and the CPU seconds of all polls and of the longest (process time:
this process runs the polls; the server thread idles meanwhile). A
benchmark: it prints figures, it asserts nothing (tests/stories/test_story_scale_40.py
counts the comparisons).
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # run from a checkout without installing

from bot.adapters.feed_http import HttpFeedSource  # noqa: E402
from bot.adapters.sqlite_store import SqliteStore  # noqa: E402
from bot.core.stories.scoring import story_score  # noqa: E402
from tests.support.fakes import FakeClock  # noqa: E402
from tests.support.poll_harness import Harness  # noqa: E402
from tests.support.servers import FeedServer, rss  # noqa: E402
from tests.support.story_scale import alike_items, counted_story_scores  # noqa: E402


def poll_all(size: int, feeds: int) -> dict[str, float]:
    """One poll of `feeds` feeds carrying `size` alike items between them; its figures."""
    with tempfile.TemporaryDirectory() as folder, FeedServer() as server:
        store = SqliteStore(Path(folder) / "scale.db")
        store.migrate()
        clock = FakeClock()
        harness = Harness(store, clock, server)
        items = alike_items(size, clock.now() - timedelta(hours=1))
        polled = []
        for number in range(feeds):
            path = f"/feed-{number}.xml"
            server.set_feed(path, rss(items[number::feeds]))
            polled.append(harness.feed(path, f"Outlet {number}"))

        async def run():
            async with HttpFeedSource(timeout=30) as source:
                poller.source = source
                return [await poller.poll(feed) for feed in polled]

        from bot.pipeline import FeedPoller  # noqa: PLC0415 - after the path is set
        poller = FeedPoller(store, None, harness.current_analyzer, clock, harness.limits)
        results, polls, longest, cpu = [], 0, 0.0, 0.0
        with counted_story_scores() as count:
            # Until no relevant entry waits for its story (see bot.pipeline.RELEVANT_ENTRIES_PER_POLL).
            while polls == 0 or waiting(store):
                started = time.process_time()
                results += asyncio.run(run())
                spent = time.process_time() - started
                cpu, longest, polls = cpu + spent, max(longest, spent), polls + 1
                clock.advance(minutes=10)
        stored = count_of(store, "SELECT COUNT(*) AS n FROM entries")
        stories = count_of(store, "SELECT COUNT(*) AS n FROM stories")
        store.close()
    errors = [r.error for r in results if r.error]
    return {"items": size, "feeds": feeds, "stored": stored, "stories": stories, "scored": count.calls,
            "polls": polls, "cpu": cpu, "longest": longest, "errors": len(errors)}


def count_of(store: SqliteStore, sql: str) -> int:
    return next(store.db.query(sql))["n"]


def waiting(store: SqliteStore) -> int:
    """Relevant entries in no story yet (none before the per-poll budget existed)."""
    return count_of(store, "SELECT COUNT(*) AS n FROM entries WHERE relevant = 1 AND story_id IS NULL")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="100,200,500,1000")
    parser.add_argument("--feeds", choices=("1", "many", "both"), default="both")
    args = parser.parse_args()
    print(f"{'items':>6} {'feeds':>5} {'stored':>6} {'stories':>7} {'scored':>8} {'polls':>5} {'cpu s':>7} "
          f"{'longest poll s':>14}")
    for size in map(int, args.sizes.split(",")):
        spreads = {"1": [1], "many": [max(1, size // 10)], "both": [1, max(1, size // 10)]}[args.feeds]
        for feeds in spreads:
            row = poll_all(size, feeds)
            print(f"{row['items']:>6} {row['feeds']:>5} {row['stored']:>6} {row['stories']:>7} "
                  f"{row['scored']:>8} {row['polls']:>5} {row['cpu']:>7.2f} {row['longest']:>14.2f}" + (f"  errors {row['errors']}" if row["errors"] else ""),
                  flush=True)


if __name__ == "__main__":
    assert story_score.story_score  # the function counted
    main()
