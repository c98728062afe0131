"""Small busy news days, labelled by event, replayed through the real poller in several feed
orders: what the busy-day probe files (tests/stories/test_review_41.py, test_review_42.py,
test_story_grouping_18.py) share. Each file keeps its days, its strict xfails (`left`) and
its four checks; the replays and the checks' parameters come from here."""

from __future__ import annotations

import asyncio
import tempfile
from pathlib import Path

import pytest

from tests.support.story_replay import by_outlet, orders, pair_figures, replay

DATE_MODES = ("today", "real")


def report(id_, lang, source, date, event, title, summary, relevant=True) -> dict:
    """One labelled report, with the eval set's fields."""
    return {"id": id_, "lang": lang, "title": title, "summary": summary, "source": source, "date": date,
            "relevant": relevant, "event": event}


class BusyDays:
    """`days` (name -> reports) replayed in the file's order, `shuffles - 1` shuffles and newest
    first, each (day, date mode) once per test module; `left` maps (check, day, dates) to the
    reason of a strict xfail."""

    def __init__(self, days: dict[str, list[dict]], shuffles: int, left: dict[tuple[str, str, str], str]):
        self.days, self.shuffles, self.left = days, shuffles, left
        self._runs: dict[tuple[str, str], list] = {}

    def replays(self, day: str, dates: str, analyzer) -> list:
        """(order name, figures) of the day in every feed order."""
        if (day, dates) not in self._runs:
            items = self.days[day]
            by_id = {item["id"]: item for item in items}
            runs = []
            with tempfile.TemporaryDirectory() as folder:
                for newest_first in (False, True):
                    for number, order in enumerate(orders(by_outlet(items), 1 if newest_first else self.shuffles,
                                                          newest_first=newest_first)):
                        name = f"{'newest first' if newest_first else 'order'} {number}"
                        database = Path(folder) / f"{newest_first}-{number}.db"
                        story_of = asyncio.run(replay(order, analyzer, database, dates))
                        runs.append((name, pair_figures(story_of, order, by_id)))
            self._runs[(day, dates)] = runs
        return self._runs[(day, dates)]

    def cases(self, check: str) -> list:
        """The (day, dates) parameters of one check, strict xfails where `left` says so."""
        return [
            pytest.param(day, dates, id=f"day-{day}-{dates}",
                         marks=[pytest.mark.xfail(strict=True, reason=self.left[(check, day, dates)])]
                         if (check, day, dates) in self.left else [])
            for day in self.days for dates in DATE_MODES
        ]
