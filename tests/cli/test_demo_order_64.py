"""`pledgewatch demo` prints its alerts in the order a reader expects: by the time each story
was published, oldest first, then by the order its feeds are listed in (they came in the order
the feeds' fetches ended: 1 December, 3 December, then 17 November)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from datetime import UTC, datetime

from bot.core.models import Alert
from bot.demo_console import in_reading_order
from tests.support.warm_rules_cache import with_warm_rules_cache


def _alert(story_id: int, source: str, day: int | None) -> Alert:
    published = datetime(2026, 11, day, 9, tzinfo=UTC) if day else None
    return Alert(story_id=story_id, title=f"story {story_id}", url="", sources=(source,), published=published,
                 topics=())


def test_alerts_by_publication_time_then_feed_order_then_as_made():
    alerts = [_alert(1, "Second feed", 3), _alert(2, "First feed", 5), _alert(3, "Second feed", 1),
              _alert(4, "First feed", 3), _alert(5, "First feed", None), _alert(6, "Unknown feed", 3)]
    ordered = in_reading_order(alerts, ["First feed", "Second feed"])
    assert [a.story_id for a in ordered] == [3, 4, 1, 6, 2, 5]


def test_the_demo_prints_its_alerts_oldest_first(tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.endswith("_TOKEN") and not k.startswith("PLEDGEWATCH_")}
    env = with_warm_rules_cache(env, tmp_path / "rules-cache")
    proc = subprocess.run([sys.executable, "-m", "bot", "demo"], capture_output=True, text=True, timeout=120,
                          cwd=tmp_path, env=env)
    assert proc.returncode == 0, proc.stderr
    alerts = proc.stdout.split("demo done")[0]
    dates = re.findall(r"^  date: +(\d{4}-\d\d-\d\d \d\d:\d\d) UTC$", alerts, flags=re.M)
    assert len(dates) == alerts.count("ALERT ") == 5
    assert dates == sorted(dates), dates
    # The joined story's pledges are listed in the order its alert gave them.
    (story,) = [block for block in alerts.split("ALERT ")[1:] if block.count("  source: ") and "," in
                block.split("  source: ")[1].split("\n")[0]]
    in_alert = [line.split(": ", 1)[1] for line in story.splitlines() if line.startswith("  pledge: ")]
    joined = [line.split(": ", 1)[1] for line in proc.stdout.split("joined story: ")[1].splitlines()
              if line.startswith("    pledge: ")]
    assert joined[:len(in_alert)] == in_alert, (joined, in_alert)
