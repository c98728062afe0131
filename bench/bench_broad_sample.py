"""The sample /rule_add's broad-rule check reads (bot/rule_admin.py, BROAD_SAMPLE articles of the
last BROAD_DAYS days), on a database bench_footprint.py kept: the newest of each feed, an equal
share at most (EntryStore.newest_entries_per_feed_since, stop 47b), beside the newest across all
feeds it read before (newest_entries_since). Prints each read's time and how many feeds the
sample spans.

    python bench/bench_footprint.py --days 30 --feeds 1000 --runs 1 --db /tmp/footprint.db
    python bench/bench_broad_sample.py /tmp/footprint.db [--runs 20]

The footprint database's entries are dated from when it was filled: measure soon after, or the
window holds fewer of them.
"""

from __future__ import annotations

import argparse
import statistics
import time
from datetime import timedelta
from pathlib import Path

from bot.adapters.sqlite_store import SqliteStore
from bot.core.ports import SystemClock
from bot.rule_admin import BROAD_DAYS, BROAD_SAMPLE


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("db", type=Path, help="a database bench_footprint.py --db kept")
    parser.add_argument("--runs", type=int, default=20, help="timed runs of each read (default 20)")
    args = parser.parse_args(argv)
    store = SqliteStore(args.db)
    store.migrate()  # a database kept by an older checkout lacks migration 38's index
    since = SystemClock().now() - timedelta(days=BROAD_DAYS)
    entries = store._rows("SELECT count(*) AS n FROM entries")[0]["n"]
    print(f"{entries:,} entries; sample {BROAD_SAMPLE} of the last {BROAD_DAYS} days")
    for name, read in (("newest across feeds (before)", store.newest_entries_since),
                       ("newest of each feed (now)", store.newest_entries_per_feed_since)):
        rows, durations = [], []
        for _ in range(max(args.runs, 1)):
            started = time.perf_counter()
            rows = read(since, BROAD_SAMPLE)
            durations.append(time.perf_counter() - started)
        feeds = len({row["feed_id"] for row in rows})
        most = max((sum(1 for row in rows if row["feed_id"] == feed) for feed in {r["feed_id"] for r in rows}),
                   default=0)
        print(f"  {name:30} median {statistics.median(durations) * 1000:7.2f} ms  max {max(durations) * 1000:7.2f} ms"
              f"  {len(rows)} rows from {feeds} feeds (at most {most} of one)")
    store.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
