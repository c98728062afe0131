"""The words-key lookups of a poll (bot/core/feeds/republished.py): asked of each entry new by
its id and link, once before the analysis and once as it is stored. Until stop 48 each was one
statement (EntryStore.same_item_stored, now items_with_words, by the entries_feed_content index of migration 38); now
a batch reads them in one (EntryStore.words_read inside entry_keys_read) and each ask is
answered from what it read. On a database bench_footprint.py kept, for each of --feeds feeds:
its newest --items entries as a rotating feed's items (their words stored: found) and as many
keys of new items (not found). Prints the time of each way per poll step and per entry, checks
that they answer alike, and prints the load average.

    python bench/bench_footprint.py --days 30 --feeds 100 --runs 1 --db /tmp/footprint.db
    python bench/bench_words_read.py /tmp/footprint.db [--feeds 100] [--items 50] [--runs 5]
"""

from __future__ import annotations

import argparse
import os
import statistics
import time
from datetime import timedelta
from pathlib import Path

from bot.adapters.sqlite_store import SqliteStore
from bot.core.iso_times import utc_iso
from bot.core.ports import SystemClock

RETENTION = timedelta(days=30)  # the default retention_days: the window a poll looks in


# Stop 47b's statement for one ask, as it was: SQLite chose the fetch-time index for it.
_STATEMENT_47B = ("SELECT EXISTS (SELECT 1 FROM entries WHERE feed_id = ? AND content_key = ? "
                  "AND fetched_at >= ?) AS found")


def _asks(store: SqliteStore, feed_id: int, keys: list[int], since, batch: bool | None) -> list[bool]:
    """One poll step's asks for `keys`: one statement each (None: stop 47b's), or one batch
    read answering them."""
    if batch is None:
        moment = utc_iso(since)
        return [bool(store._rows(_STATEMENT_47B, [feed_id, key, moment])[0]["found"]) for key in keys]
    if not batch:
        return [bool(store.items_with_words(feed_id, key, since)) for key in keys]
    with store.entry_keys_read(feed_id, ()):
        store.words_read(feed_id, keys, since)
        return [bool(store.items_with_words(feed_id, key, since)) for key in keys]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("db", type=Path, help="a database bench_footprint.py --db kept")
    parser.add_argument("--feeds", type=int, default=100, help="feeds polled (default 100)")
    parser.add_argument("--items", type=int, default=50, help="rotated items per feed, and as many new (50)")
    parser.add_argument("--runs", type=int, default=5, help="timed runs of each way (default 5)")
    args = parser.parse_args(argv)
    store = SqliteStore(args.db)
    store.migrate()  # an older database gets migration 38's index and 39's keys
    since = SystemClock().now() - RETENTION
    feeds = [row["id"] for row in store._rows("SELECT id FROM feeds ORDER BY id LIMIT ?", [args.feeds])]
    asked: dict[int, list[int]] = {}
    for feed_id in feeds:
        stored = [row["k"] for row in store._rows(
            "SELECT content_key AS k FROM entries WHERE feed_id = ? AND content_key IS NOT NULL "
            "ORDER BY fetched_at DESC LIMIT ?", [feed_id, args.items])]
        asked[feed_id] = stored + [-(key or 1) ^ 0x5A5A for key in stored]  # keys no entry has (mostly)
    count = sum(len(keys) for keys in asked.values())
    print(f"{len(feeds)} feeds, {count:,} words keys asked per poll step "
          f"({args.items} rotated items and as many new per feed); load {os.getloadavg()[0]:.2f}")
    answers, times = {}, {}
    for batch in (None, False, True, False, True) * max(args.runs, 1):
        started = time.process_time()
        answer = [_asks(store, feed_id, keys, since, batch) for feed_id, keys in asked.items()]
        times.setdefault(batch, []).append(time.process_time() - started)
        answers.setdefault(batch, answer)
    found = sum(sum(answer) for answer in answers[True])
    same = answers[True] == answers[False] == answers[None]
    for batch, name in ((None, "one statement an entry (47b)"), (False, "one statement an entry (48)"),
                        (True, "one statement a batch (48)")):
        median = statistics.median(times[batch])
        print(f"  {name:32} CPU median {median * 1000:8.1f} ms a step  {median / count * 1e6:6.2f} us an entry")
    print(f"  answers alike: {same} ({found:,} found stored of {count:,}); load {os.getloadavg()[0]:.2f}")
    store.close()
    return 0 if same else 1


if __name__ == "__main__":
    raise SystemExit(main())
