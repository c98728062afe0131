"""Story grouping over many feed orders, in process: pair precision, pair recall and
hidden events of the real-article set (../shared/eval/articles.jsonl, read at run time;
PLEDGEWATCH_EVAL_DIR points elsewhere) when its reports reach the story matcher in N
shuffled orders (order 0: the file's own).

score_stories.py serves the set in feeds and runs one real poll, so it measures one order
(the one the concurrent fetches happened to give); the order matters because a story is
opened by whichever report comes first. This drives StoryIndex as bot/pipeline.py does
(match, join or open, and merge the stories a report links: bot/core/stories/merges.py),
without the store, the outbox or HTTP, and with no alert ever sent (so any linked stories
may merge; in `run` a story whose alert went out before the linking report is never
absorbed). `--no-merge` shows the matcher alone.

    .venv/bin/python bench/bench_story_orders.py [--orders 31] [--dates real|today] [--no-merge]
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import random
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

from bot.config import load_settings
from bot.core.stories.matching import StoryCandidate, StoryIndex, fingerprint
from bot.core.stories.merges import plan_merge
from bot.file_rules import analyzer_from_rules_file

REPO = Path(__file__).resolve().parents[1]
EVAL_DIR = Path(os.environ.get("PLEDGEWATCH_EVAL_DIR") or REPO.parent / "shared" / "eval")
NOW = datetime(2026, 12, 2, 12, tzinfo=timezone.utc)
WINDOW = timedelta(hours=48)


def published(date: str | None, dates: str) -> datetime:
    """The item's date as score_stories.py gives it: as labelled, or all now (a busy day)."""
    if dates == "today" or not date:
        return NOW
    parts = [int(p) for p in date.split("-")]
    year, month, day = (parts + [1, 1])[:3]
    return datetime(year, month, day, 12 if len(parts) == 3 else 0, tzinfo=timezone.utc)


def split_title(title: str | None, summary: str | None) -> tuple[str, str]:
    """The scorer's own (its feed server's): an item without a title is served with its
    lead's first sentence as one."""
    sys.path.insert(0, str(EVAL_DIR))
    from feed_server import split_title as served

    return served(title, summary)


def load(dates: str):
    analyzer = analyzer_from_rules_file(load_settings(environ={}))
    feeds: dict[str, int] = {}
    reports = []
    for line in (EVAL_DIR / "articles.jsonl").read_text(encoding="utf-8").splitlines():
        item = json.loads(line)
        if not item.get("event") or not item.get("relevant"):
            continue
        title, text = split_title(item.get("title"), item.get("summary"))
        analysis = analyzer.analyze(title, text, item["lang"])
        if not analysis.relevant:
            continue
        feed = feeds.setdefault(item["source"], len(feeds) + 1)
        print_ = fingerprint(title, text, pledges=analysis.pledges, entities=analyzer.entities, lang=item["lang"])
        reports.append((item["id"], item["event"], feed, published(item.get("date"), dates), print_))
    return reports


def replay(reports, merge: bool) -> dict[str, str]:
    """Item id -> its story (ids are the opening item's), the reports read in this order."""
    index, story_of, next_id = StoryIndex(), {}, 0
    for item_id, _, feed, when, print_ in reports:
        ranked = index.matching(print_, when, WINDOW, feed=feed)
        story = ranked[0] if ranked else None
        if merge and len(ranked) > 1:
            plan = plan_merge([index.candidate(r) for r in ranked], shown=(), window=WINDOW)
            if plan is not None:
                for absorbed in plan.absorbed:
                    index.absorb(plan.survivor, absorbed, plan.fingerprint)
                    story_of = {k: plan.survivor if v == absorbed else v for k, v in story_of.items()}
                story = plan.survivor
        if story is None:
            next_id += 1
            story = next_id
            index.add(StoryCandidate(story, print_, when, frozenset({feed})), stored_at=NOW)
        else:
            index.note_feed(story, feed)
            grown = index.fingerprint_of(story).with_member(print_)
            index.add_member(story, grown)
        story_of[item_id] = story
    return story_of


def score(reports, order, story_of) -> tuple[float, float, int]:
    event = {r[0]: r[1] for r in reports}
    truth = {frozenset(p) for p in itertools.combinations(event, 2) if event[p[0]] == event[p[1]]}
    found = {frozenset(p) for p in itertools.combinations(event, 2) if story_of[p[0]] == story_of[p[1]]}
    tp = len(found & truth)
    opened_by: dict[int, str] = {}
    for item_id, *_ in order:  # a story is the alert of the event of its first report
        opened_by.setdefault(story_of[item_id], event[item_id])
    hidden = len(set(event.values()) - set(opened_by.values()))
    return tp / max(1, len(found)), tp / max(1, len(truth)), hidden


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--orders", type=int, default=31)
    parser.add_argument("--dates", choices=("real", "today"), default="real")
    parser.add_argument("--no-merge", action="store_true")
    args = parser.parse_args()
    reports = load(args.dates)
    figures = []
    for seed in range(args.orders):
        order = list(reports)
        if seed:
            random.Random(seed).shuffle(order)
        figures.append(score(reports, order, replay(order, merge=not args.no_merge)))
    precision, recall, hidden = zip(*figures)
    print(f"{args.dates}: {len(reports)} reports, {args.orders} orders, merge {'off' if args.no_merge else 'on'}: "
          f"pairP {min(precision):.2f}-{max(precision):.2f} pairR {min(recall):.2f}-{max(recall):.2f} "
          f"(order 0: {recall[0]:.2f}) hidden max {max(hidden)}")


if __name__ == "__main__":
    main()
