"""Story grouping pair by pair: which reports of one event the matcher keeps apart, which
reports of different events come closest to being joined, and what holds each pair.

    python bench/bench_story_pairs.py [--articles FILE] [--closest 25] [--min-similarity 0.15]

`../shared/eval/score_stories.py` and bench/bench_story_orders.py say how many pairs end up
in one story; this says why. Every item of the real-article set with an event, labelled
relevant and found relevant by the shipped rules, is analysed and fingerprinted as the
poller does it (a feed item without a title is headed by its lead's first sentence, as the
scorer's feed server serves it); then each pair is compared on its own:

- similarity: `likeness.similarity`, the likeness in wording;
- the event verdict (`same_event.compare`): a conflict (donors, systems, phase, date, weekday),
  anchors (shared donors and systems), details (shared counts, amounts, dates), days,
  event keys, pledge agreement;
- the score `story_score.same_event_score` gives the pair on the busy day (the scorer's
  `--dates today`: published together) and as dated (`--dates real`; pairs further apart
  than the 48-hour story window are marked, since only a late re-telling joins them).

A pair on its own is not the whole story: in the poller a report joins a story when it
matches any of the story's reports, and one report can link two stories into one (see
bot/core/stories/merges.py), so same-event pairs held apart here may still share a story
there. Different-event pairs that score above 0 here are wrong pairs waiting to happen.
The articles are read at run time (never copied into the repository); only item ids,
event labels and figures are printed. A benchmark: it asserts nothing.
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # run from a checkout without installing

from bot.config import load_settings
from bot.core.stories.fingerprint.fingerprints import StoryFingerprint, fingerprint
from bot.core.stories.scoring import likeness, report_times, story_score
from bot.core.stories.scoring.same_event import EventMatch, compare
from bot.file_rules import analyzer_from_rules_file
from tests.support.story_replay import headline

REAL_ARTICLES = ROOT.parent / "shared" / "eval" / "articles.jsonl"
WINDOW = timedelta(hours=48)  # the default story window (PollLimits.story_window)


def _published(item: dict) -> datetime | None:
    """The item's date; a month alone is midnight UTC on the 1st, as feeds give it."""
    raw = (item.get("date") or "").strip()
    for fmt, size in (("%Y-%m-%d", 10), ("%Y-%m", 7)):
        try:
            return datetime.strptime(raw[:size], fmt).replace(tzinfo=UTC)
        except ValueError:
            continue
    return None


def _verdict(v: EventMatch) -> str:
    return (f"anchors {v.anchors} (systems {v.systems}) details {v.details} days {v.days} keys {v.event_keys} "
            f"agree {'yes' if v.pledges_agree else 'no'} conflict {v.conflict or '-'}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=Path, default=REAL_ARTICLES)
    parser.add_argument("--closest", type=int, default=25, help="different-event pairs to list")
    parser.add_argument("--min-similarity", type=float, default=story_score.SAME_STORY_THRESHOLD,
                        help="count what holds apart the different-event pairs at least this alike")
    args = parser.parse_args()
    if not args.articles.is_file():
        sys.exit(f"{args.articles} is absent: this benchmark needs the real-article set (../shared/eval/)")
    items = [json.loads(line) for line in args.articles.read_text(encoding="utf-8").splitlines() if line.strip()]
    analyzer = analyzer_from_rules_file(load_settings(environ={}))
    prints: dict[str, tuple[dict, StoryFingerprint]] = {}
    for item in items:
        if not (item.get("event") and item.get("relevant")):
            continue
        title, body = headline(item)
        analysis = analyzer.analyze(title, body, item.get("lang"))
        if analysis.relevant:
            prints[item["id"]] = (item, fingerprint(title, body, pledges=analysis.pledges,
                                                    entities=analyzer.entities, lang=item.get("lang")))

    same_apart, different = [], []
    held = Counter()
    for x, y in itertools.combinations(sorted(prints), 2):
        (item_x, fp_x), (item_y, fp_y) = prints[x], prints[y]
        same_feed = item_x.get("source") == item_y.get("source")
        sim = likeness.similarity(fp_x, fp_y)
        verdict = compare(fp_x.event, fp_y.event)
        today = story_score.same_event_score(fp_x, fp_y, same_feed=same_feed, apart=timedelta(0))
        when_x, when_y = _published(item_x), _published(item_y)
        apart = report_times.time_apart(when_x, when_y) if when_x and when_y else None  # month-only dates as the poller reads them
        # Beyond the story window only a late re-telling joins (not scored here): None.
        real = None if apart is not None and apart > WINDOW else story_score.same_event_score(
            fp_x, fp_y, same_feed=same_feed, apart=apart)
        shown = f"{real:.3f}" if real is not None else f"{apart.days}d apart"
        line = f"{x} {y} sim {sim:.3f} today {today:.3f} real {shown} | {_verdict(verdict)}"
        if item_x["event"] == item_y["event"]:
            if today <= 0.0 or not real:
                same_apart.append(f"  [{item_x['event']}] {line}")
            continue
        if today > 0.0 or real:
            line += "   <- JOINED"
        different.append((sim, line))
        if sim >= args.min_similarity:
            held[verdict.conflict or ("same feed" if same_feed else "no shared detail, event key or agreement")] += 1

    print(f"{len(prints)} items (event, labelled and found relevant); {len(different)} different-event pairs")
    print(f"\nsame event, not one story on their own ({len(same_apart)}):")
    print("\n".join(same_apart) or "  none")
    print(f"\ndifferent events, the {args.closest} most alike:")
    print("\n".join(line for _, line in sorted(different, reverse=True)[:args.closest]))
    print(f"\nwhat holds apart the different-event pairs with similarity >= {args.min_similarity}:")
    for reason, count in held.most_common():
        print(f"  {count:4} {reason}")
    joined = sum(line.endswith("<- JOINED") for _, line in different)
    print(f"different-event pairs one story on their own: {joined}")


if __name__ == "__main__":
    main()
