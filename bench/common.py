"""Small helpers shared by the benchmarks: the repository on sys.path, resource
figures, percentiles and the labelled news items used as realistic feed text.

Benchmarks print figures; they are not tests. Nothing here reaches the internet.
"""

from __future__ import annotations

import json
import resource
import statistics
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))  # run from a checkout without installing

EVAL_ITEMS = ROOT / "tests" / "data" / "eval_items.jsonl"
RULES_FILE = ROOT / "config" / "rules.toml"


@dataclass(frozen=True)
class NewsItem:
    title: str
    text: str
    lang: str
    relevant: bool


def news_items(path: Path = EVAL_ITEMS) -> list[NewsItem]:
    """The labelled evaluation items (EN/FR/DE wire-style news, about half relevant)."""
    items = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            raw = json.loads(line)
            items.append(NewsItem(raw["title"], raw["text"], raw["lang"], bool(raw["relevant"])))
    return items


def peak_rss_mb() -> float:
    """This process's peak resident set size so far, in MiB (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def percentile(values: list[float], fraction: float) -> float:
    """Nearest-rank percentile: good enough for 50 timings, no interpolation surprises."""
    ordered = sorted(values)
    rank = max(0, min(len(ordered) - 1, round(fraction * len(ordered) + 0.5) - 1))
    return ordered[rank]


def summary_ms(seconds: list[float]) -> str:
    """'median X ms  p95 Y ms  max Z ms' for a list of durations in seconds."""
    ms = [s * 1000 for s in seconds]
    return f"median {statistics.median(ms):7.1f} ms  p95 {percentile(ms, 0.95):7.1f} ms  max {max(ms):7.1f} ms"


def human_bytes(size: float) -> str:
    for unit in ("B", "KiB", "MiB", "GiB"):
        if size < 1024 or unit == "GiB":
            return f"{size:.1f} {unit}"
        size /= 1024
    return f"{size:.1f} GiB"


def queue_fanout_alert(store, platform: str, chat_ids, clock):
    """Subscribe `chat_ids` on `platform` and queue one realistic alert to all of them
    (the fan-out benchmarks' set-up). Returns the alert."""
    from datetime import datetime, timezone

    from bot.core.models import Alert, Pledge

    now = clock.now()
    with store.transaction():
        for chat_id in chat_ids:
            store.subscribe(platform, str(chat_id), (), now)
    published = datetime(2023, 2, 13, 18, 40, tzinfo=timezone.utc)
    title = "NATO allies want to deliver faster"
    story_id = store.create_story(title, "https://example.org/seed-0", now, published, "bench", ("ammunition",), 1.0)
    alert = Alert(story_id=story_id, title=title, url="https://example.org/seed-0", sources=("AFP", "DW"),
                  published=published, topics=("ammunition",),
                  pledges=(Pledge(donor="DE", category="air_defence", status="pledged", system="Gepard"),),
                  summary="Allies meet in Brussels to speed up deliveries of arms and ammunition to Ukraine.")
    store.enqueue(alert, store.subscriptions(platform), now)
    return alert
