"""Story grouping over many feed orders: how much does the order in which reports arrive
change which reports end up in one story?

    python bench/bench_story_orders.py [--dates real|today] [--orders 31] [--articles FILE]

`../shared/eval/score_stories.py` measures one `poll --once` over the real-article set,
and the order in which that poll reaches the reports depends on which fetch finishes
first. This replays the same articles through the real poller (`FeedPoller.ingest`: the
analysis, the store on a scratch SQLite file, story matching) in --orders orders: one
feed document per outlet, as the scorer serves them (newest first), the first order in
the order the outlets first appear in the file, the others shuffled (outlets, and the
items within each outlet) with a fixed seed. For each order it counts, among the items
labelled relevant that were stored as relevant, the pairs of reports put in one story
(precision: the share that report one event; recall: the share of one event's pairs put
together) and the events that opened no story of their own (hidden: no alert), the
scorer's own definitions. It prints each order's figures and the range.

The articles are read at run time from ../shared/eval/articles.jsonl (never copied into
the repository); `--dates today` dates every item now, the scorer's busy day. A
benchmark: it prints figures, it asserts nothing (tests/test_quality_stories.py holds
the floors).
"""

from __future__ import annotations

import argparse
import asyncio
import email.utils
import html
import itertools
import json
import random
import re
import sqlite3
import sys
import tempfile
import time
from collections import defaultdict
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # run from a checkout without installing

from bot.adapters.sqlite_store import SqliteStore  # noqa: E402
from bot.config import load_settings  # noqa: E402
from bot.core.models import Feed  # noqa: E402
from bot.file_rules import analyzer_from_rules_file  # noqa: E402
from bot.pipeline import FeedPoller, PollLimits  # noqa: E402

REAL_ARTICLES = ROOT.parent / "shared" / "eval" / "articles.jsonl"
# The poll time of every order: fixed, so that every order sees the same clock.
NOW = datetime(2026, 12, 2, 12, 0, tzinfo=timezone.utc)
_FIRST_SENTENCE = re.compile(r"(?<=[.!?…])\s+")


class _FixedClock:
    def now(self) -> datetime:
        return NOW


def _headline(item: dict) -> tuple[str, str]:
    """A feed item always has a title: without one, the lead's first sentence heads it
    (as the scorer's feed server does)."""
    title, summary = (item.get("title") or "").strip(), (item.get("summary") or "").strip()
    if title:
        return title, summary
    parts = _FIRST_SENTENCE.split(summary, maxsplit=1)
    return parts[0], parts[1] if len(parts) > 1 else ""


def _pub_date(item: dict, dates: str) -> str:
    """RFC 822: the item's date (a month alone is midnight UTC on the 1st, as feeds give
    it), or the poll time on the busy day or when the item has none."""
    when = NOW
    raw = (item.get("date") or "").strip()
    if dates == "real" and raw:
        for fmt, size in (("%Y-%m-%d", 10), ("%Y-%m", 7), ("%Y", 4)):
            try:
                when = datetime.strptime(raw[:size], fmt).replace(tzinfo=timezone.utc)
                break
            except ValueError:
                continue
    return email.utils.format_datetime(when, usegmt=True)


def _rss(items: list[dict], dates: str) -> bytes:
    rows = []
    for item in items:
        title, summary = _headline(item)
        rows.append(
            f"<item><title>{html.escape(title, quote=False)}</title>"
            f"<link>https://example.org/articles/{item['id']}.html</link>"
            f"<guid isPermaLink=\"false\">{item['id']}</guid>"
            f"<description>{html.escape(summary, quote=False)}</description>"
            f"<pubDate>{_pub_date(item, dates)}</pubDate></item>"
        )
    lang = f"<language>{items[0]['lang']}</language>" if items and items[0].get("lang") else ""
    return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>t</title>'
            f"<link>https://example.org/</link><description>d</description>{lang}{''.join(rows)}"
            "</channel></rss>").encode()


def _orders(by_feed: dict[str, list[dict]], count: int) -> list[list[tuple[str, list[dict]]]]:
    """The first order as the file gives the outlets (each feed newest first, as served);
    then `count - 1` shuffled ones (fixed seeds)."""
    first = [(feed, list(reversed(items))) for feed, items in by_feed.items()]
    orders = [first]
    for seed in range(1, count):
        rng = random.Random(seed)
        feeds = [(feed, rng.sample(items, len(items))) for feed, items in by_feed.items()]
        rng.shuffle(feeds)
        orders.append(feeds)
    return orders


async def _replay(order: list[tuple[str, list[dict]]], analyzer, dates: str) -> dict[str, int | None]:
    """Ingest the feeds in this order into a scratch store; item id -> story id of the
    items stored as relevant."""
    with tempfile.TemporaryDirectory(prefix="pw-orders-") as folder:
        path = Path(folder) / "pw.db"
        store = SqliteStore(path)
        try:
            store.migrate()
            clock = _FixedClock()
            # Every new story may alert, as in the scorer (its max_alerts_per_poll is 1,000).
            poller = FeedPoller(store, None, lambda: analyzer, clock, PollLimits(max_alerts_per_poll=100_000))
            for name, items in order:
                feed_id, _ = store.add_feed(Feed(url=f"https://example.org/{name}.xml", name=name), NOW)
                await poller.ingest(feed_id, _rss(items, dates), "application/rss+xml")
        finally:
            store.close()
        with sqlite3.connect(path) as db:  # read as the scorer reads it
            rows = db.execute("SELECT guid, relevant, story_id FROM entries").fetchall()
    return {guid: story_id for guid, relevant, story_id in rows if relevant and story_id is not None}


def _figures(story_of: dict[str, int], order: list[tuple[str, list[dict]]], by_id: dict[str, dict]
             ) -> tuple[float, float, int, int]:
    """(pair precision, pair recall, hidden events, events), as score_stories.py counts them."""
    ids = sorted(i for i in story_of if by_id[i]["relevant"])
    tp = fp = fn = 0
    for x, y in itertools.combinations(ids, 2):
        same_story, same_event = story_of[x] == story_of[y], by_id[x]["event"] == by_id[y]["event"]
        tp += same_story and same_event
        fp += same_story and not same_event
        fn += same_event and not same_story
    # A story's opener is its first stored report: the first in arrival order.
    arrival = [item["id"] for _, items in order for item in items]
    opener: dict[int, str] = {}
    for iid in arrival:
        if iid in story_of:
            opener.setdefault(story_of[iid], iid)
    events = {by_id[i]["event"] for i in ids}
    opened = {by_id[i]["event"] for i in opener.values()}
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    return precision, recall, len(events - opened), len(events)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dates", choices=("real", "today"), default="real")
    parser.add_argument("--orders", type=int, default=31)
    parser.add_argument("--articles", type=Path, default=REAL_ARTICLES)
    args = parser.parse_args()
    if not args.articles.is_file():
        sys.exit(f"{args.articles} is absent: this benchmark needs the real-article set (../shared/eval/)")
    items = [json.loads(line) for line in args.articles.read_text(encoding="utf-8").splitlines() if line.strip()]
    items = [item for item in items if item.get("event")]
    by_id = {item["id"]: item for item in items}
    by_feed: dict[str, list[dict]] = defaultdict(list)
    for item in items:
        by_feed[re.sub(r"[^a-z0-9]+", "-", (item.get("source") or "wire").lower()).strip("-")].append(item)
    analyzer = analyzer_from_rules_file(load_settings(environ={}))
    started = time.process_time()
    results = []
    for number, order in enumerate(_orders(by_feed, args.orders)):
        story_of = asyncio.run(_replay(order, analyzer, args.dates))
        precision, recall, hidden, events = _figures(story_of, order, by_id)
        results.append((precision, recall, hidden))
        print(f"order {number:2}: pair precision {precision:.2f}, pair recall {recall:.2f}, "
              f"hidden {hidden}/{events}")
    precisions, recalls, hiddens = zip(*results)
    print(f"{args.orders} orders, dates {args.dates}: pair precision {min(precisions):.2f}-{max(precisions):.2f}, "
          f"pair recall {min(recalls):.2f}-{max(recalls):.2f}, hidden at most {max(hiddens)} "
          f"({time.process_time() - started:.1f} s CPU)")


if __name__ == "__main__":
    main()
