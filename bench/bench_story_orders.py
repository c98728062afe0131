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
benchmark: it prints figures, it asserts nothing (tests/quality/test_quality_stories.py holds
the floors).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # run from a checkout without installing

from bot.config import load_settings  # noqa: E402
from bot.file_rules import analyzer_from_rules_file  # noqa: E402
from tests.support.story_replay import by_outlet, orders, pair_figures, replay  # noqa: E402

REAL_ARTICLES = ROOT.parent / "shared" / "eval" / "articles.jsonl"


def _replay_in_scratch(order, analyzer, dates: str) -> dict[str, int]:
    with tempfile.TemporaryDirectory(prefix="pw-orders-") as folder:
        return asyncio.run(replay(order, analyzer, Path(folder) / "pw.db", dates))


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
    analyzer = analyzer_from_rules_file(load_settings(environ={}))
    started = time.process_time()
    results = []
    # The first order as the scorer serves each outlet: newest first.
    for number, order in enumerate(orders(by_outlet(items), args.orders, newest_first=True)):
        figures = pair_figures(_replay_in_scratch(order, analyzer, args.dates), order, by_id)
        results.append((figures.precision, figures.recall, len(figures.hidden)))
        print(f"order {number:2}: pair precision {figures.precision:.2f}, pair recall {figures.recall:.2f}, "
              f"hidden {len(figures.hidden)}/{figures.events}")
    precisions, recalls, hiddens = zip(*results)
    print(f"{args.orders} orders, dates {args.dates}: pair precision {min(precisions):.2f}-{max(precisions):.2f}, "
          f"pair recall {min(recalls):.2f}-{max(recalls):.2f}, hidden at most {max(hiddens)} "
          f"({time.process_time() - started:.1f} s CPU)")


if __name__ == "__main__":
    main()
