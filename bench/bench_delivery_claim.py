"""What an alert's claim costs while a poll group's search index is still queued.

    python bench/bench_delivery_claim.py [--entries 9950] [--polls 199] [--runs 5]

A fresh database; --entries new entries (bench/common.py's long news items, cycled, each
with its own link) are stored by --polls transactions as a first cycle's polls store them
while others are still on their way (EntryStore.search_index_left_queued: committed,
queued for the search index; 9,950 stays under the 10,000 a commit may leave queued).
Then one alert is queued to one chat and claimed
(`claim_alert`, the transaction a delivery commits before it sends) and marked sent, as
the dispatcher does between two polls of the group. Printed per run: the claim's wall and
CPU time (thread CPU), how many statements its transaction ran, whether it wrote the
index, and how many entries were left queued after it; then the same for writing the
queue as the poller does once the group is over. With the code of stops 41-42 the claim
wrote the group's index before it committed; from stop 43 only transactions that store
entries do.
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from pathlib import Path

from common import long_news_items


def one_run(entries: int, polls: int) -> dict:
    from bot.adapters.sqlite_store import SqliteStore
    from bot.core.models import Alert, Entry, Feed, Subscription
    from bot.core.ports import SystemClock

    clock = SystemClock()
    items = long_news_items()
    with tempfile.TemporaryDirectory() as folder:
        store = SqliteStore(Path(folder) / "claim.db")
        store.migrate()
        feed, _ = store.add_feed(Feed(url="https://bench.example/rss"), clock.now())
        per_poll = max(1, entries // polls)
        for start in range(0, entries, per_poll):
            with store.search_index_left_queued(), store.transaction():
                for n in range(start, min(entries, start + per_poll)):
                    item = items[n % len(items)]
                    store.insert_entry(feed, Entry("u", f"g{n}", f"https://bench.example/{n}", item.title,
                                                   item.text, lang=item.lang), None, clock.now())
        story = store.create_story("t", "https://bench.example/0", clock.now(), None, "bench", ("tanks",), 1.0)
        store.enqueue(Alert(story, "t", "u", (), None, ()), [Subscription("bench", "1")], clock.now())
        [item] = store.due_outbox("bench", clock.now())
        statements: list[str] = []
        store.db.conn.set_trace_callback(statements.append)
        wall, cpu = time.perf_counter(), time.thread_time()
        assert store.claim_alert(item.id, "bench", "1") is not None
        claim_cpu, claim_wall = time.thread_time() - cpu, time.perf_counter() - wall
        store.db.conn.set_trace_callback(None)
        store.mark_sent(item.id, clock.now(), "1")
        queued = store.db.execute("SELECT count(*) FROM entries_unindexed").fetchone()[0]
        wall, cpu = time.perf_counter(), time.thread_time()
        store.index_queued_entries()
        flush_cpu, flush_wall = time.thread_time() - cpu, time.perf_counter() - wall
        store.close()
    return {"claim_wall": claim_wall, "claim_cpu": claim_cpu, "statements": len(statements),
            "wrote_index": any("entries_fts" in s for s in statements), "queued_after": queued,
            "flush_wall": flush_wall, "flush_cpu": flush_cpu}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--entries", type=int, default=9_950)
    parser.add_argument("--polls", type=int, default=199)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    for run in range(args.runs):
        r = one_run(args.entries, args.polls)
        print(f"run {run + 1}: claim {r['claim_wall'] * 1000:.1f} ms wall, {r['claim_cpu'] * 1000:.1f} ms CPU, "
              f"{r['statements']} statements, index written: {'yes' if r['wrote_index'] else 'no'}, "
              f"left queued {r['queued_after']}; the group's index afterwards {r['flush_wall'] * 1000:.1f} ms wall, "
              f"{r['flush_cpu'] * 1000:.1f} ms CPU; load {os.getloadavg()[0]:.1f}", flush=True)


if __name__ == "__main__":
    main()
