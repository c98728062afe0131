"""Web tracker benchmark: the time of each page of `pledgewatch web` (bot/web) on the
footprint benchmark's database, through the real server on loopback.

    python bench/bench_web.py [--days 3] [--feeds 100]
    python bench/bench_web.py --days 30 --feeds 1000 --db /tmp/full.db   # the issue's full size (64k pledges)
    python bench/bench_web.py --db /tmp/full.db                           # again on that database (no refill)
    python bench/bench_web.py --db /tmp/full.db --big-story 5000         # and one story of 5,000 articles

The database is filled by bench_footprint.fill (entries, stories, sources and the
evaluation set's labelled pledges, dated over the last D days), or reused when --db
exists (migrated first, so the web's indexes are there). Then every page is asked
--runs times in turn by an HTTP client in this process: wall time from request to the
last byte, so the query, the rendering and HTTP are all in it. Target: p95 < 100 ms per
page. The pages of one record (/pledges/<id>, /stories/<id>) are asked on the heaviest
records the database holds (most reports, most articles). The downloads (CSV / JSON of a
whole view) are timed too, without a target: they are files, not pages. The pages of a range
of days and of one donor (stop 45) take their days from --days: give the fill's --days again
when reusing a database (`--days 30 --db /tmp/full.db`). So do those of stop 46: the stories
and the feed over a range of days, and two donors compared (/donors/compare).
"""

from __future__ import annotations

import argparse
import asyncio
import re
import tempfile
import threading
import time
import urllib.error
import urllib.request
from datetime import UTC, datetime, timedelta
from pathlib import Path

from bench_footprint import add_fill_arguments, fill
from common import human_bytes, percentile, summary_ms

from bot.adapters.sqlite_store import SqliteStore  # noqa: E402
from bot.config import load_entities  # noqa: E402
from bot.core.models import Entry, Feed, Pledge  # noqa: E402
from bot.core.ports import SystemClock  # noqa: E402
from bot.web.data import ARTICLE_PAGE_SIZE, PAGE_SIZE, STORY_PAGE_SIZE, WebData  # noqa: E402
from bot.web.pages import last_page  # noqa: E402
from bot.web.params import parse_view  # noqa: E402
from bot.web.server import WebServer  # noqa: E402

TARGET_MS = 100.0
TOTALS_QUERIES = ("", "30d", "germany", "air_defence 7d")
PAGES = (
    "/pledges", "/pledges?q=germany", "/pledges?q=germany+air_defence+30d", "/pledges?q=air_defence+7d",
    "/pledges?q=delivered&sort=oldest", "/pledges?sort=donor", "/pledges?sort=value", "/pledges?sort=status",
    "/pledges?q=%22leopard+2%22", "/pledges?page=200", "/pledges?lang=fr&q=allemagne+6m",
    # Deep pages (offset 60,000 at full size; lowered to the last page on a smaller fill), stop 45.
    "/pledges?page=1201", "/pledges?sort=donor&page=1201", "/pledges?sort=value&page=1201",
    "/pledges?sort=status&page=1201", "/pledges?sort=category&page=1201",
    "/totals", "/totals?q=30d", "/totals?q=germany", "/totals?q=air_defence+7d",
    "/stories", "/stories?q=7d", "/stories?page=100", "/pledges.atom",
)
# The pages of one record (stop 44), on the records with the most reports and articles (the
# heaviest of their kind): {pledge} and {story} are filled in from the database.
RECORD_PAGES = ("/pledges/{pledge}", "/pledges/{pledge}?lang=de", "/stories/{story}", "/stories/{story}?page={last}",
                "/pledges/{steps}")
DOWNLOADS = ("/pledges.csv?q=germany+air_defence+30d", "/pledges.json?q=germany+air_defence+30d", "/pledges.csv")
# Stop 45: a range of days (the fill's pledges are dated over the last D days: {first} is D*2/3
# days ago, {last} D/3) and the page of one donor over time (Germany: the most records).
RANGE_PAGES = ("/pledges?from={first}&to={last}", "/pledges?q=germany&from={first}&to={last}&sort=value",
               "/totals?from={first}&to={last}", "/totals?q=air_defence&from={first}&to={last}",
               "/donors/DE", "/donors/US", "/donors/DE?from={first}&to={last}&lang=fr")
RANGE_DOWNLOADS = ("/pledges.csv?q=germany&from={first}&to={last}",)
# Stop 46: the stories and the Atom feed over a range of days (the stories' report day was
# indexed after the stop's review, migration 34: before it, a range matching nothing,
# `to=2001-01-01`, read every story), and two donors compared
# (Germany and the United States: the most records).
STOP_46_PAGES = ("/stories?from={first}&to={last}", "/stories?from={first}&to={last}&lang=de", "/stories?to=2001-01-01",
                 "/pledges.atom?from={first}&to={last}", "/pledges.atom?q=germany&from={first}&to={last}",
                 "/donors/compare?a=DE&b=US", "/donors/compare?a=DE&b=US&from={first}&to={last}&lang=fr",
                 "/donors/compare?a=GB&b=FR")


def serve(db: Path) -> tuple[str, callable]:
    server = WebServer(db, load_entities(), SystemClock(), "127.0.0.1", 0)
    loop = asyncio.new_event_loop()
    ready, stop = threading.Event(), asyncio.Event()

    async def run() -> None:
        await server.start()
        ready.set()
        await stop.wait()
        await server.stop()

    thread = threading.Thread(target=loop.run_until_complete, args=(run(),), daemon=True)
    thread.start()
    ready.wait(30)

    def shutdown() -> None:
        loop.call_soon_threadsafe(stop.set)
        thread.join(30)

    return f"http://127.0.0.1:{server.port}", shutdown


def within_range(path: str, pledges: int, stories: int) -> str:
    """`path` with its page number lowered to the last page the database has: a page past
    the last answers 404 (page 200 of /pledges needs 10,000 pledges; the default fill has fewer)."""
    match = re.search(r"page=(\d+)", path)
    if not match:
        return path
    rows, size = (stories, STORY_PAGE_SIZE) if path.startswith("/stories") else (pledges, PAGE_SIZE)
    return path.replace(match.group(0), f"page={min(int(match.group(1)), last_page(rows, size))}")


def heaviest_records(store: SqliteStore) -> dict[str, int]:
    """The pledge with the most reports, the story with the most articles (and its last page
    of them), and the pledge whose system has the most records across stories (its status
    steps read the most rows): the slowest record pages of the database."""
    conn = store.db.conn
    pledge = conn.execute("SELECT pledge_id FROM pledge_sources GROUP BY pledge_id ORDER BY count(*) DESC LIMIT 1"
                          ).fetchone()
    story, articles = conn.execute("SELECT story_id, count(*) FROM story_sources GROUP BY story_id "
                                   "ORDER BY count(*) DESC LIMIT 1").fetchone() or (1, 0)
    steps = conn.execute("SELECT max(id) FROM pledges WHERE system != '' GROUP BY donor, category, system "
                         "ORDER BY count(*) DESC LIMIT 1").fetchone()
    return {"pledge": pledge[0] if pledge else 1, "story": story, "last": last_page(articles, ARTICLE_PAGE_SIZE),
            "steps": steps[0] if steps else 1}


BIG_STORY_TITLE = "bench: one story reported by many articles"


def add_big_story(store: SqliteStore, articles: int) -> None:
    """One story of `articles` articles, each reporting the same pledge with its own sentence
    (a feed giving its items new links on every poll makes such stories): the record pages'
    worst case, which the fill's stories (3 articles, 1 report per pledge) never reach. Added
    once per database (found again by its title)."""
    if store.db.conn.execute("SELECT 1 FROM stories WHERE title = ?", [BIG_STORY_TITLE]).fetchone():
        return
    now = datetime.now(UTC)
    feed_id = store.add_feed(Feed(url="https://big.example/feed.xml", name="Big"), now)[0]
    with store.transaction():
        story_id = store.create_story(BIG_STORY_TITLE, "https://big.example/0", now, now, "{}", ["air_defence"], 2.0)
        for n in range(articles):
            url = f"https://big.example/{n}"
            entry_id = store.insert_entry(feed_id, Entry(feed_url="", guid=f"big{n}", url=url, title=f"Report {n}",
                                                         published=now, lang=("en", "de", "fr")[n % 3]), url, now)
            store.add_story_source(story_id, entry_id, feed_id, f"Outlet {n % 400}", url, now)
            store.add_pledges(story_id, entry_id, [Pledge("DE", "air_defence", "pledged", "IRIS-T", "IRIS-T SLM", 4,
                                                          evidence=f"Sentence of report {n}.")], now)


def fetch(url: str) -> tuple[float, int]:
    started = time.perf_counter()
    with urllib.request.urlopen(url, timeout=60) as response:
        size = len(response.read())
    return time.perf_counter() - started, size


def revalidate(url: str) -> tuple[float, int]:
    """A download asked again with the tag of the copy held (If-None-Match): the time to
    its 304, and the status (304, or 200 when the tracker made it again)."""
    with urllib.request.urlopen(url, timeout=60) as response:
        response.read()
        tag = response.headers["ETag"]
    started = time.perf_counter()
    try:
        with urllib.request.urlopen(urllib.request.Request(url, headers={"If-None-Match": tag}), timeout=60) as again:
            again.read()
            status = again.status
    except urllib.error.HTTPError as answer:  # urllib raises on a 304
        status = answer.code
    return time.perf_counter() - started, status


def time_story_reads(store: SqliteStore, days: int, runs: int) -> dict[str, list[float]]:
    """The store's reads behind one /stories page (WebData.story_page and latest_story), timed
    without HTTP or rendering: over a range of report days (the same days as STOP_46_PAGES),
    a range before any story (every story outside it), a period (by first sight) and all time.
    A range bounds the stories' report time, which migration 34 indexes (stop 46 review)."""
    now = datetime.now(UTC)
    midnight = datetime.combine(now.date(), datetime.min.time(), tzinfo=UTC)
    windows = {
        "range of days": (midnight - timedelta(days=days * 2 // 3), midnight - timedelta(days=days // 3 - 1), True),
        "range before any story": (None, datetime(2001, 1, 2, tzinfo=UTC), True),
        "period 7d": (now - timedelta(days=7), None, False),
        "all time": (None, None, False),
    }
    timed: dict[str, list[float]] = {}
    for name, (since, until, reported) in windows.items():
        timed[name] = []
        for _ in range(runs):
            started = time.perf_counter()
            store.story_count(since, until, reported)
            store.latest_story_time(since, until, reported)
            store.story_page(since, STORY_PAGE_SIZE, 0, until=until, reported=reported)
            timed[name].append(time.perf_counter() - started)
    return timed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    add_fill_arguments(parser)
    parser.add_argument("--runs", type=int, default=40, help="requests per page (default 40)")
    parser.add_argument("--big-story", type=int, default=0, metavar="N",
                        help="add one story of N articles reporting one pledge (the record pages' worst case)")
    parser.add_argument("--db", type=Path, help="database to fill (a new path) or reuse (an existing one)")
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or Path(tmp) / "web.db"
        reuse = db.exists()
        store = SqliteStore(db)
        store.migrate()
        if not reuse:
            counts = fill(store, args.days, args.feeds, args.per_day, args.relevant, args.batch)
            print(f"filled in {counts['seconds']:.0f} s: {counts['entries']:,} entries, {counts['stories']:,} stories, "
                  f"{counts['pledges']:,} pledges")
        if args.big_story > 0:
            add_big_story(store, args.big_story)
        pledges = sum(store.pledge_status_counts().values())
        stories = store.story_count(None)
        records = heaviest_records(store)
        store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        store.close()
        print(f"database {db.name}: {human_bytes(db.stat().st_size)}, {pledges:,} pledges, {stories:,} stories")
        # The server keeps computed totals until a pledge is added: the requests below mostly
        # find them kept. What a first request (or one after a poll) pays is timed here.
        entities, clock = load_entities(), SystemClock()
        store = SqliteStore(db)
        uncached = {}
        for words in TOTALS_QUERIES:
            view = parse_view({"q": [words]}, ("q",), entities)
            uncached[words] = []
            for _ in range(max(5, args.runs // 4)):
                started = time.perf_counter()
                WebData(store).totals(view, clock.now())
                uncached[words].append(time.perf_counter() - started)
        story_reads = time_story_reads(store, args.days, max(5, args.runs // 4))
        store.close()
        pages = tuple(within_range(path, pledges, stories) for path in PAGES)
        pages += tuple(path.format(**records) for path in RECORD_PAGES)
        today = datetime.now(UTC).date()
        days = {"first": (today - timedelta(days=args.days * 2 // 3)).isoformat(),
                "last": (today - timedelta(days=args.days // 3)).isoformat()}
        pages += tuple(path.format(**days) for path in RANGE_PAGES + STOP_46_PAGES)
        downloads_asked = DOWNLOADS + tuple(path.format(**days) for path in RANGE_DOWNLOADS)
        print("record pages on: pledge {pledge} (most reports), story {story} (most articles; page {last} is its "
              "last), pledge {steps} (most records of its system)".format(**records))
        base, shutdown = serve(db)
        try:
            results = {}
            for path in pages + downloads_asked:  # one warm-up each (the first query reads the file into the cache)
                fetch(base + path)
            for _ in range(args.runs):
                for path in pages:
                    results.setdefault(path, []).append(fetch(base + path))
            downloads = {path: [fetch(base + path) for _ in range(max(3, args.runs // 10))]
                         for path in downloads_asked}
            revalidated = {path: [revalidate(base + path) for _ in range(max(3, args.runs // 10))]
                           for path in downloads_asked}
        finally:
            shutdown()
    print(f"page times over {args.runs} requests each, through HTTP (target p95 < {TARGET_MS:.0f} ms):")
    worst = 0.0
    for path, timings in results.items():
        durations = [d for d, _ in timings]
        p95 = percentile(durations, 0.95) * 1000
        worst = max(worst, p95)
        verdict = "ok" if p95 < TARGET_MS else "MISSES TARGET"
        print(f"  {path:42} {summary_ms(durations)}  {human_bytes(timings[-1][1]):>10}  {verdict}")
    print(f"slowest page p95: {worst:.1f} ms")
    print("totals computed without the kept copy (the first request, or the first after a poll), query only:")
    for words, durations in uncached.items():
        print(f"  totals {words or '(all time)':35} {summary_ms(durations)}")
    print("a /stories page's three reads (count, latest report, one page of 20), query only:")
    for name, durations in story_reads.items():
        print(f"  stories {name:33} {summary_ms(durations)}")
    print("downloads (no target):")
    for path, timings in downloads.items():
        print(f"  {path:42} {summary_ms([d for d, _ in timings])}  {human_bytes(timings[-1][1]):>10}")
    print("downloads asked again with their tag (If-None-Match), to the answer:")
    for path, timings in revalidated.items():
        statuses = sorted({status for _, status in timings})
        print(f"  {path:42} {summary_ms([d for d, _ in timings])}  status {', '.join(map(str, statuses))}")
    return 0 if worst < TARGET_MS else 1


if __name__ == "__main__":
    raise SystemExit(main())
