"""Labelled articles replayed through the real poller, and story grouping counted as
../shared/eval/score_stories.py counts it.

Shared by tests/stories/test_story_wire_clusters.py (the synthetic wire clusters), the busy
days (tests/support/busy_days.py, tests/stories/test_story_busy_day*.py) and
bench/bench_story_orders.py (the real-article set over many feed orders): one feed
document per outlet, ingested by `FeedPoller.ingest` (analysis, pledge extraction, the
store on a scratch SQLite file, story matching and merging) in a given order of feeds.
Articles are dicts with the eval set's fields: id, title, summary, lang, source, date,
event, relevant.
"""

from __future__ import annotations

import asyncio
import email.utils
import html
import itertools
import json
import random
import re
import sqlite3
from collections import defaultdict
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from bot.core.analysis import Analyzer
from bot.core.models import Analysis, Feed, PollResult
from bot.pipeline import FeedPoller, PollLimits
from tests.support.migrated_store import migrated_store

# The poll time of every replay: fixed, so that every order sees the same clock; later for
# a file dated as published after it (poll_time).
NOW = datetime(2026, 12, 2, 12, 0, tzinfo=UTC)
_FIRST_SENTENCE = re.compile(r"(?<=[.!?…])\s+")

Order = list[tuple[str, list[dict]]]  # (feed name, its items in document order), in arrival order

# The labelled days and clusters of wire copy (busy_day*.jsonl, wire_clusters*.jsonl).
DATA = Path(__file__).parents[1] / "data"


def labelled_reports(name: str) -> list[dict]:
    """The reports of tests/data/`name`, one JSON object a line, in the file's order."""
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def reports_by_id(*names: str) -> dict[str, dict]:
    """Report id -> report, over the files of tests/data `names`."""
    return {item["id"]: item for name in names for item in labelled_reports(name)}


@dataclass(frozen=True)
class FixedClock:
    at: datetime

    def now(self) -> datetime:
        return self.at


def headline(item: dict) -> tuple[str, str]:
    """(title, summary). An item without a title is headed by its lead's first sentence,
    as the scorer's feed server does."""
    title, summary = (item.get("title") or "").strip(), (item.get("summary") or "").strip()
    if title:
        return title, summary
    parts = _FIRST_SENTENCE.split(summary, maxsplit=1)
    return parts[0], parts[1] if len(parts) > 1 else ""


def item_date(item: dict) -> datetime | None:
    """The item's date, midnight UTC (a month alone is the 1st, as feeds give it), or None. A date
    with its time ("2026-11-25T09:00", taken as UTC) keeps it."""
    raw = (item.get("date") or "").strip()
    if len(raw) > 10 and raw[10] == "T":
        try:
            return datetime.fromisoformat(raw).replace(tzinfo=UTC)
        except ValueError:
            pass
    for fmt, size in (("%Y-%m-%d", 10), ("%Y-%m", 7), ("%Y", 4)):
        try:
            return datetime.strptime(raw[:size], fmt).replace(tzinfo=UTC)
        except ValueError:
            continue
    return None


def poll_time(items: list[dict], dates: str = "today") -> datetime:
    """The replay's clock: NOW, or, dated as published, noon UTC of the day after the latest
    report when that is later. The poller reads a date more than a day after its clock as no
    date at all (bot.core.feeds.dates): a file dated after NOW, replayed at NOW, would be
    dated now, not as published. Files dated before NOW keep NOW, as the scorer's clock is
    the day it runs (its undated items are dated then, as here)."""
    known = [when for when in map(item_date, items) if when is not None] if dates == "real" else []
    return max([NOW, *(when + timedelta(days=1, hours=12) for when in known)])


def _pub_date(item: dict, dates: str, now: datetime = NOW) -> str:
    """RFC 822: with dates="real" the item's date; else, or when the item has none, the
    poll time `now` (the busy day)."""
    when = item_date(item) if dates == "real" else None
    return email.utils.format_datetime(when or now, usegmt=True)


def rss(items: list[dict], dates: str = "today", now: datetime = NOW) -> bytes:
    """One outlet's feed document holding `items`, in that order, polled at `now`."""
    rows = []
    for item in items:
        title, summary = headline(item)
        # An item may give its own address (an outlet's rewrite at its report's address).
        link = item.get("link") or f"https://example.org/articles/{item['id']}.html"
        rows.append(
            f"<item><title>{html.escape(title, quote=False)}</title>"
            f"<link>{html.escape(link)}</link>"
            f"<guid isPermaLink=\"false\">{item['id']}</guid>"
            f"<description>{html.escape(summary, quote=False)}</description>"
            f"<pubDate>{_pub_date(item, dates, now)}</pubDate></item>"
        )
    lang = f"<language>{items[0]['lang']}</language>" if items and items[0].get("lang") else ""
    return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>t</title>'
            f"<link>https://example.org/</link><description>d</description>{lang}{''.join(rows)}"
            "</channel></rss>").encode()


def by_outlet(items: list[dict]) -> dict[str, list[dict]]:
    """The items grouped into one feed per outlet (its name made URL-safe), in file order."""
    feeds: dict[str, list[dict]] = defaultdict(list)
    for item in items:
        feeds[re.sub(r"[^a-z0-9]+", "-", (item.get("source") or "wire").lower()).strip("-")].append(item)
    return feeds


def orders(feeds: dict[str, list[dict]], count: int, *, newest_first: bool = False) -> list[Order]:
    """`count` arrival orders: the first as the file gives the outlets (each feed's items
    reversed with newest_first, as the scorer serves them), then shuffles of the outlets
    and of the items within each, with fixed seeds."""
    first = [(feed, list(reversed(items)) if newest_first else list(items)) for feed, items in feeds.items()]
    result = [first]
    for seed in range(1, count):
        rng = random.Random(seed)
        shuffled = [(feed, rng.sample(items, len(items))) for feed, items in feeds.items()]
        rng.shuffle(shuffled)
        result.append(shuffled)
    return result


async def replay(order: Order, analyzer, path: Path, dates: str = "today") -> dict[str, int]:
    """Ingest the feeds in this order into a new store at `path`; item id -> story id of
    the items stored as relevant (read from the database, as the scorer reads it)."""
    now = poll_time([item for _, items in order for item in items], dates)
    store = migrated_store(path)
    try:
        # Every new story may alert, as in the scorer (its max_alerts_per_poll is 1,000).
        poller = FeedPoller(store, None, lambda: analyzer, FixedClock(now), PollLimits(max_alerts_per_poll=100_000))
        for name, items in order:
            feed_id, _ = store.add_feed(Feed(url=f"https://example.org/{name}.xml", name=name), now)
            await poller.ingest(feed_id, rss(items, dates, now), "application/rss+xml")
    finally:
        store.close()
    with sqlite3.connect(path) as db:
        rows = db.execute("SELECT guid, relevant, story_id FROM entries").fetchall()
    return {guid: story_id for guid, relevant, story_id in rows if relevant and story_id is not None}


def replays_in_orders(items: list[dict], analyzer, folder: Path, dates: str,
                      shuffles: int) -> list[tuple[str, Order, dict]]:
    """(order name, order, item id -> story id) of `items` replayed in `shuffles` orders (the
    file's outlets as written, then shuffles) and newest first, as the scorer serves each
    feed; each replay's database in `folder`."""
    feeds = by_outlet(items)
    named = [(f"order {number}", order) for number, order in enumerate(orders(feeds, shuffles))]
    named.append(("newest first 0", orders(feeds, 1, newest_first=True)[0]))
    analysed_once = AnalysedOnce(analyzer)
    return [(name, order, asyncio.run(replay(order, analysed_once, folder / f"{dates}-{name}.db", dates)))
            for name, order in named]


class AnalysedOnce(Analyzer):
    """`analyzer`, answering an article it was asked about before (the same title, body, language and
    date) with the analysis it made then. For the replays of one set of articles in several feed orders
    (replays_in_orders): each order asked the rules and the extractor about every article again, ~40% of
    a replay's CPU (a busy day of 25 reports: 1.1 s a replay set, 0.4 s of it analysing, 2026-12-08),
    for the same answers: an Analyzer answers from its arguments alone (the story tests share one per
    process on that ground, tests/support/story_pairs.py) and an Analysis is frozen. What the orders
    test, the poller's storing and story grouping, still runs in every order; the first order analyses
    every article for real. A replay on its own (`replay`, the bench) analyses as the poller does."""

    def __init__(self, analyzer: Analyzer):
        super().__init__(analyzer.ruleset, analyzer.entities)
        # (asked itself, not Analyzer.analyze: an analyzer of another kind passed here answers as it would)
        self._analyzer = analyzer
        self._answers: dict[tuple, Analysis] = {}

    def analyze(self, title: str, body: str, lang: str | None = None, published: date | None = None) -> Analysis:
        key = (title, body, lang, published)
        answer = self._answers.get(key)
        if answer is None:
            answer = self._answers[key] = self._analyzer.analyze(title, body, lang, published)
        return answer


@dataclass
class PairFigures:
    """Story grouping of one replay, counted over the items labelled relevant and stored as
    relevant: pairs of reports in one story (`wrong`: of different events; `missed`:
    reports of one event apart) and the events that opened no story of their own."""

    true_pairs: int = 0
    wrong: list[tuple[str, str]] = field(default_factory=list)
    missed: list[tuple[str, str]] = field(default_factory=list)
    hidden: list[str] = field(default_factory=list)
    events: int = 0
    stored: int = 0

    @property
    def precision(self) -> float:
        judged = self.true_pairs + len(self.wrong)
        return self.true_pairs / judged if judged else 1.0

    @property
    def recall(self) -> float:
        pairs = self.pairs
        return self.true_pairs / pairs if pairs else 1.0

    @property
    def pairs(self) -> int:
        """Pairs of reports of one event among the stored items."""
        return self.true_pairs + len(self.missed)


def pair_figures(story_of: dict[str, int], order: Order, by_id: dict[str, dict]) -> PairFigures:
    ids = sorted(i for i in story_of if by_id[i]["relevant"])
    figures = PairFigures(stored=len(ids))
    for x, y in itertools.combinations(ids, 2):
        same_story, same_event = story_of[x] == story_of[y], by_id[x]["event"] == by_id[y]["event"]
        figures.true_pairs += same_story and same_event
        if same_story and not same_event:
            figures.wrong.append((x, y))
        elif same_event and not same_story:
            figures.missed.append((x, y))
    # A story's opener is its first stored report: the first in arrival order.
    opener: dict[int, str] = {}
    for _, items in order:
        for item in items:
            if item["id"] in story_of:
                opener.setdefault(story_of[item["id"]], item["id"])
    events = {by_id[i]["event"] for i in ids}
    figures.events = len(events)
    figures.hidden = sorted(events - {by_id[i]["event"] for i in opener.values()})
    return figures


def replay_polls(path: Path, analyzer, polls: list[list[dict]], *, feed_per: str = "outlet",
                 max_alerts: int = 100, sent_between: bool = False,
                 foreign: frozenset[int] = frozenset(), dates: str = "today",
                 results: list[PollResult] | None = None) -> sqlite3.Connection:
    """Each poll's items (report dicts as `rss` takes them) ingested by a real FeedPoller into a new
    store at `path`, a chat subscribed to every topic; the store, opened read-only for the test.
    `feed_per`: "outlet" (one feed per item source) or "item" (every item its own feed).
    `sent_between`: every alert queued so far counts as sent before the next poll. The polls at the
    indexes `foreign` come from a feed known for another site (stored, not shown). `dates`: as `rss`
    (with "real", each item's "date"; the clock stays NOW). Each poll's PollResult is appended to
    `results` when given."""
    asyncio.run(_ingest_polls(path, analyzer, polls, feed_per, max_alerts, sent_between, foreign, dates,
                              results))
    db = sqlite3.connect(path)
    db.row_factory = sqlite3.Row
    return db


async def _ingest_polls(path: Path, analyzer, polls: list[list[dict]], feed_per: str, max_alerts: int,
                        sent_between: bool, foreign: frozenset[int], dates: str,
                        results: list[PollResult] | None) -> None:
    store = migrated_store(path)
    try:
        store.subscribe("telegram", "100", [], NOW)
        poller = FeedPoller(store, None, lambda: analyzer, FixedClock(NOW), PollLimits(max_alerts_per_poll=max_alerts))
        feeds: dict[str, int] = {}
        for n, items in enumerate(polls):
            key = items[0]["source"] if feed_per == "outlet" else items[0]["id"]
            if key not in feeds:
                feeds[key], _ = store.add_feed(
                    Feed(url=f"https://example.org/feed-{len(feeds)}.xml", name=items[0]["source"]), NOW)
            if n in foreign:
                store.save_feed_state(feeds[key], replace(store.feed_state(feeds[key]), site="elsewhere.example"))
            result = await poller.ingest(feeds[key], rss(items, dates, NOW), "application/rss+xml")
            if results is not None:
                results.append(result)
            if sent_between:
                with store.transaction():
                    store._exec("UPDATE outbox SET state = 'sent', sent_at = ?, message_id = id "
                                "WHERE state = 'pending'", [NOW.isoformat()])
    finally:
        store.close()


def story_by_guid(db: sqlite3.Connection) -> dict[str, int]:
    """Each stored entry's guid -> its story's id."""
    return {row["guid"]: row["story_id"] for row in db.execute("SELECT guid, story_id FROM entries")}
