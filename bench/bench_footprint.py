"""Footprint benchmark: how big the database grows and how fast /pledges and /search
stay after D days of F feeds.

    python bench/bench_footprint.py [--days 3] [--feeds 100]
    python bench/bench_footprint.py --days 30 --feeds 1000     # the issue's full size (~1.5 M entries)

Each feed yields --per-day new entries a day (default 50). Rows are written
straight through SqliteStore (insert_entry, stories, story sources, pledges, the
verdict) in transactions of --batch entries, skipping fetch and rules, so only
storage is measured. About --relevant of the entries (default 3.5%, real feeds
give 2-5%) are military-aid news: each gets a story (three outlets share one) and
the pledges labelled in the evaluation set. Texts come from that set.

Then: database size, peak RSS, and the time of the /pledges path
(store.pledge_rows + the command's filter, as bot/store_chat_services and the command
table do; also the whole command with its reply) and of /search
(store.search_entries): median and p95 over --runs runs. Target: < 50 ms.
"""

from __future__ import annotations

import argparse
import inspect
import json  # noqa: E402
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from common import EVAL_ITEMS, human_bytes, peak_rss_mb, percentile, summary_ms

from bot.adapters.sqlite_store import SqliteStore  # noqa: E402
from bot.config import load_entities  # noqa: E402
from bot.core.chat.commands import CommandTable  # noqa: E402
from bot.core.chat.services import ChatContext  # noqa: E402
from bot.core.models import Entry, Feed, Pledge  # noqa: E402
from bot.core.pledges.listing.filters import parse_pledge_filters  # noqa: E402
from bot.core.ports import SystemClock  # noqa: E402
from bot.rule_admin import RuleAdmin  # noqa: E402
from bot.store_chat_services import StoreChatServices  # noqa: E402

TARGET_MS = 50.0
OUTLETS_PER_STORY = 3
PLEDGE_QUERIES = ("", "germany", "air_defence 7d", "germany air_defence 30d")
SEARCH_QUERIES = ("IRIS-T", "Leopard tanks", "ammunition Ukraine", "weather")
PLEDGE_FIELDS = ("donor", "category", "status", "item", "system", "quantity", "value", "currency")


def labelled_items() -> tuple[list[dict], list[dict]]:
    """(relevant, other) items of the evaluation set, with their labelled pledges."""
    relevant, other = [], []
    for line in EVAL_ITEMS.read_text(encoding="utf-8").splitlines():
        if line.strip():
            item = json.loads(line)
            item["pledge_values"] = tuple(
                Pledge(**{k: p[k] for k in PLEDGE_FIELDS if p.get(k) is not None}, evidence=item["title"])
                for p in item.get("pledges") or ())
            (relevant if item["relevant"] else other).append(item)
    return relevant, other


def fill(store: SqliteStore, days: int, feeds: int, per_day: int, relevant_share: float, batch: int) -> dict:
    """Write the simulated history; returns counts and the time it took."""
    relevant, other = labelled_items()
    now = datetime.now(UTC)
    start = now - timedelta(days=days)
    feed_ids = [store.add_feed(Feed(url=f"https://outlet{n}.example/feed.xml", name=f"Outlet {n}"), start)[0]
                for n in range(feeds)]
    total = days * feeds * per_day
    every = max(1, round(1 / relevant_share)) if relevant_share > 0 else 0
    step = timedelta(days=days) / total
    counts = {"entries": 0, "relevant": 0, "stories": 0, "pledges": 0}
    story_id = None
    started = time.perf_counter()
    for first in range(0, total, batch):
        with store.transaction():
            for number in range(first, min(total, first + batch)):
                feed_id = feed_ids[number % feeds]
                when = start + step * number
                is_relevant = bool(every) and number % every == 0
                pool = relevant if is_relevant else other
                text = pool[(number // max(1, every)) % len(pool)] if is_relevant else pool[number % len(pool)]
                url = f"https://outlet{number % feeds}.example/{number}"
                entry = Entry(feed_url="", guid=f"g{number}", url=url, title=text["title"], summary=text["text"],
                              published=when, lang=text["lang"])
                entry_id = store.insert_entry(feed_id, entry, url, when)
                counts["entries"] += 1
                if not is_relevant or entry_id is None:
                    continue
                counts["relevant"] += 1
                # Several outlets carry the same story: a new story every OUTLETS_PER_STORY items.
                if story_id is None or counts["relevant"] % OUTLETS_PER_STORY == 1:
                    story_id = store.create_story(text["title"], url, when, when, "{}", text["topics"], 2.0)
                    counts["stories"] += 1
                store.add_story_source(story_id, entry_id, feed_id, f"Outlet {number % feeds}", url, when)
                counts["pledges"] += store.add_pledges(story_id, entry_id, text["pledge_values"], when)
                store.set_entry_verdict(entry_id, True, 2.0, story_id)
    counts["seconds"] = time.perf_counter() - started
    return counts


def db_bytes(store: SqliteStore) -> int:
    """The database file after a WAL checkpoint (so the WAL holds nothing)."""
    store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    path = Path(store.path)
    return sum(p.stat().st_size for p in path.parent.glob(path.name + "*"))


def timed(action, runs: int) -> tuple[list[float], object]:
    durations, result = [], None
    for _ in range(runs):
        started = time.perf_counter()
        result = action()
        durations.append(time.perf_counter() - started)
    return durations, result


def measure_queries(store: SqliteStore, runs: int) -> list[tuple[str, list[float], str]]:
    clock = SystemClock()
    entities = load_entities()
    services = StoreChatServices(store, RuleAdmin(store, clock, entities))
    table = CommandTable(services, clock, entities)
    ctx = ChatContext(platform="bench", chat_id="1", user_id="1", is_admin=False,
                      can_manage_chat=True)
    rows: list[tuple[str, list[float], str]] = []
    for args in PLEDGE_QUERIES:
        flt = parse_pledge_filters(args, entities)

        def store_path(flt=flt) -> list[dict]:
            since = clock.now() - timedelta(days=flt.days) if flt.days else None
            return services.pledges(since, flt)

        durations, found = timed(store_path, runs)
        rows.append((f"/pledges {args}".rstrip() + "  (all matching rows)", durations, f"{len(found)} pledges"))
        durations, _ = timed(lambda args=args: table.handle(ctx, "pledges", args), runs)
        rows.append((f"/pledges {args}".rstrip() + "  (whole reply)", durations, ""))
    for query in SEARCH_QUERIES:
        durations, found = timed(lambda query=query: services.search(query, 10), runs)
        rows.append((f"/search {query}", durations, f"{len(found)} hits"))
    return rows


def try_prune(store: SqliteStore, days: int) -> str:
    """Call SqliteStore.prune when it exists (retention is planned, not built yet)."""
    prune = getattr(store, "prune", None)
    if prune is None:
        return "no retention policy exists yet (SqliteStore has no prune): the database only grows"
    keep = max(1, days // 2)
    first = next(iter(inspect.signature(prune).parameters), "")
    before = db_bytes(store)
    started = time.perf_counter()
    result = prune(keep) if "day" in first else prune(datetime.now(UTC) - timedelta(days=keep))
    pruned = time.perf_counter() - started
    after = db_bytes(store)
    started = time.perf_counter()
    store.db.execute("VACUUM")
    vacuumed = time.perf_counter() - started
    return (f"retention: prune keeping {keep} of {days} days removed {result!r} unrelated entries in {pruned:.1f} s; "
            f"size {human_bytes(before)} -> {human_bytes(after)} (freed pages are reused, the file does not "
            f"shrink) -> {human_bytes(db_bytes(store))} after VACUUM ({vacuumed:.1f} s). The default "
            f"retention_days is 30, so a 30-day run keeps everything.")


def add_fill_arguments(parser: argparse.ArgumentParser) -> None:
    """The size of the database `fill` builds (shared with bench_web.py)."""
    parser.add_argument("--days", type=int, default=3, help="days simulated (default 3; the issue: 30)")
    parser.add_argument("--feeds", type=int, default=100, help="feeds (default 100; the issue: 1000)")
    parser.add_argument("--per-day", type=int, default=50, help="new entries per feed per day (default 50)")
    parser.add_argument("--relevant", type=float, default=0.035, help="share of relevant entries (0.035)")
    parser.add_argument("--batch", type=int, default=5000, help="entries per transaction (default 5000)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    add_fill_arguments(parser)
    parser.add_argument("--runs", type=int, default=50, help="timed runs per query (default 50)")
    parser.add_argument("--db", type=Path, help="keep the database at this path (default: a temporary one)")
    args = parser.parse_args(argv)
    if min(args.days, args.feeds, args.per_day, args.batch, args.runs) < 1:
        parser.error("--days, --feeds, --per-day, --batch and --runs must be >= 1")
    if not 0 <= args.relevant <= 1:
        parser.error("--relevant must be between 0 and 1")
    if args.db is not None and args.db.exists():
        parser.error(f"{args.db} exists; give a new path")

    with tempfile.TemporaryDirectory() as tmp:
        store = SqliteStore(args.db or Path(tmp) / "footprint.db")
        store.migrate()
        counts = fill(store, args.days, args.feeds, args.per_day, args.relevant, args.batch)
        size = db_bytes(store)
        fill_rss = peak_rss_mb()
        results = measure_queries(store, args.runs)
        prune_note = try_prune(store, args.days)
        store.close()

    rate = counts["entries"] / counts["seconds"]
    print(f"{args.days} days x {args.feeds} feeds x {args.per_day} entries/day = {counts['entries']:,} entries "
          f"({counts['relevant']:,} relevant, {counts['stories']:,} stories, {counts['pledges']:,} pledges)")
    print(f"written in {counts['seconds']:.1f} s ({rate:,.0f} entries/s, batches of {args.batch})")
    print(f"database {human_bytes(size)} ({size / max(1, counts['entries']):,.0f} bytes/entry, FTS included)  "
          f"peak RSS {fill_rss:.0f} MiB after writing, {peak_rss_mb():.0f} MiB after the queries")
    print(f"query times over {args.runs} runs (target < {TARGET_MS:.0f} ms at p95):")
    for label, durations, note in results:
        verdict = "ok" if percentile(durations, 0.95) * 1000 < TARGET_MS else "MISSES TARGET"
        print(f"  {label:50} {summary_ms(durations)}  {note:>14}  {verdict}")
    print(prune_note)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
