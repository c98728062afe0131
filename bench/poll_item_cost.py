"""Where one item of bench_poll_cycle's first cycle goes, step by step, in one process.

    python bench/poll_item_cost.py [--bodies 100] [--warm 20] [--rounds 3] [--cut 1021]

Not a benchmark of its own: the per-item price of each step the analysis worker runs on a
body (bot.analysis_worker: parse, then analyse every entry, then its answer pickled back to
the bot), on the feed farm's own documents (bench_poll_cycle.FeedFarm, first cycle), so that
a cycle's CPU can be read item by item against bench_analyze.py's figures:

- `feedparser alone`: feedparser.parse over the bodies, as pledgewatch calls it (no
  sanitising, no relative links resolved), without pledgewatch's own reading of the result;
- `parse_feed_document`: pledgewatch's parse (bot/adapters/feed_parse.py), the Entry values;
- `analysis as the worker runs it`: bot.analysis_worker's answer for those entries
  (analyse_each: the rules, the pledges of relevant items and their story fingerprints,
  then each entry's canonical URL);
- `the same, texts cut to N characters`: the analysis with each item's text cut at the
  last word before `--cut` characters (bench_analyze's varied texts average ~1,000
  characters, the farm's ~1,340): how much of the difference is the length;
- `hand-over, pickled` and `unpickled`: the worker's answer (the parsed feed and the
  outcomes) through pickle, as multiprocessing's pipe carries it;
- `feedparser's C1 mapping`: the str.translate feedparser applies to every element's text
  (Windows-1252's characters for U+0080-U+009F), over each item's title and description,
  with feedparser's dict and with a 256-character table (the same output, checked).

Process time, best of `--rounds` alternating rounds (other work on the machine only slows a
round down); the first `--warm` bodies warm the caches first and are not counted.
"""

from __future__ import annotations

import argparse
import io
import os
import pickle
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

from bench_poll_cycle import FeedFarm
from common import RULES_FILE, news_items

CONTENT_TYPE = "application/rss+xml; charset=utf-8"


def _cut(text: str, chars: int) -> str:
    return text if len(text) <= chars else text[:chars].rsplit(" ", 1)[0]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--bodies", type=int, default=100, help="first-cycle bodies counted (50 items each)")
    parser.add_argument("--warm", type=int, default=20, help="bodies analysed first, not counted")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--cut", type=int, default=1021, help="characters of text in the cut analysis")
    args = parser.parse_args(argv)

    import feedparser
    import feedparser.html

    from bot.adapters.feed_parse import parse_feed_document
    from bot.adapters.sqlite_store import SqliteStore
    from bot.analysis_worker import _analysed
    from bot.core.analysis import Analyzer
    from bot.core.ports import SystemClock
    from bot.rule_admin import RuleAdmin

    farm = FeedFarm(args.warm + args.bodies, 50, 0.0, news_items(), mix="validators")
    farm.reset()
    bodies = [state.body for state in farm.states]
    warm, counted = bodies[: args.warm], bodies[args.warm:]
    items = 50 * len(counted)

    def parsed_of(body: bytes):
        return parse_feed_document(body, "http://bench.example/feed.xml", content_type=CONTENT_TYPE)

    with tempfile.TemporaryDirectory() as folder:
        store = SqliteStore(Path(folder) / "cost.db")
        store.migrate()
        admin = RuleAdmin(store, SystemClock())
        admin.import_if_empty(RULES_FILE.read_text(encoding="utf-8"))
        analyzer = Analyzer(admin.compile(), admin.entities)
        for body in warm:
            _analysed(analyzer, 1, parsed_of(body).entries)

        documents = [parsed_of(body) for body in counted]
        cut_entries = [[replace(e, summary=_cut(e.summary, args.cut)) for e in document.entries]
                       for document in documents]
        outcomes = [_analysed(analyzer, 1, document.entries) for document in documents]
        answers = [pickle.dumps(("done", (document, outcome)), protocol=pickle.HIGHEST_PROTOCOL)
                   for document, outcome in zip(documents, outcomes, strict=True)]
        texts = [text for document in documents for entry in document.entries for text in (entry.title, entry.summary)]
        c1_dict = feedparser.html._cp1252  # feedparser's own (feed_parse may have put a table in its parser's place)
        c1_table = "".join(c1_dict.get(code, chr(code)) for code in range(256))
        assert [t.translate(c1_dict) for t in texts] == [t.translate(c1_table) for t in texts]

        steps = {
            "feedparser alone": lambda: [feedparser.parse(io.BytesIO(body), response_headers={
                "content-type": CONTENT_TYPE}, sanitize_html=False, resolve_relative_uris=False) for body in counted],
            "parse_feed_document": lambda: [parsed_of(body) for body in counted],
            "analysis as the worker runs it": lambda: [_analysed(analyzer, 1, d.entries) for d in documents],
            f"the same, texts cut to {args.cut} characters": lambda: [_analysed(analyzer, 1, e) for e in cut_entries],
            "hand-over, pickled": lambda: [pickle.dumps(("done", (d, o)), protocol=pickle.HIGHEST_PROTOCOL)
                                           for d, o in zip(documents, outcomes, strict=True)],
            "hand-over, unpickled": lambda: [pickle.loads(answer) for answer in answers],
            "feedparser's C1 mapping, its dict": lambda: [t.translate(c1_dict) for t in texts],
            "the same, a 256-character table": lambda: [t.translate(c1_table) for t in texts],
        }
        best = dict.fromkeys(steps, float("inf"))
        for _ in range(args.rounds):
            for name, step in steps.items():
                started = time.process_time()
                step()
                best[name] = min(best[name], time.process_time() - started)

    lengths = [len(entry.summary) for document in documents for entry in document.entries]
    relevant = sum(1 for outcome in outcomes for analysis, _, _ in outcome if getattr(analysis, "relevant", False))
    print(f"{time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}, load average {os.getloadavg()[0]:.1f}; "
          f"{len(counted)} first-cycle bodies, {items} items ({relevant} found relevant), text mean "
          f"{sum(lengths) / len(lengths):,.0f} characters; best of {args.rounds} rounds, process time")
    for name, seconds in best.items():
        print(f"  {name:48s} {seconds / items * 1e3:7.3f} ms an item")
    print(f"  answer of the worker: {sum(map(len, answers)) / items:,.0f} bytes an item")
    return 0


if __name__ == "__main__":
    sys.exit(main())
