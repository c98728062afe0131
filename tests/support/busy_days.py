"""Small busy news days, labelled by event, replayed through the real poller in several feed
orders: what the busy-day probe files (tests/stories/test_review_41.py to test_review_44.py,
test_story_grouping_18.py, test_story_grouping_20.py) share. Each file keeps its days and its
strict xfails (`left`); the replays and the four checks come from here (busy_day_checks)."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest

from tests.support.story_replay import labelled_reports, pair_figures, replays_in_orders

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
        self._stories_of: dict[str, tuple[dict[str, int], ...]] = {}

    def replays(self, day: str, dates: str, analyzer) -> list:
        """(order name, figures) of the day in every feed order."""
        if (day, dates) not in self._runs:
            items = self.days[day]
            by_id = {item["id"]: item for item in items}
            with tempfile.TemporaryDirectory() as folder:
                replays = replays_in_orders(items, analyzer, Path(folder), dates, self.shuffles)
            self._runs[(day, dates)] = [(name, pair_figures(story_of, order, by_id))
                                        for name, order, story_of in replays]
        return self._runs[(day, dates)]

    def stories_of(self, day: str, analyzer) -> tuple[dict[str, int], ...]:
        """Report id -> story id in every feed order of the day (dated now), the look-alikes stored as
        relevant included (the four checks count only the reports labelled relevant)."""
        if day not in self._stories_of:
            with tempfile.TemporaryDirectory() as folder:
                self._stories_of[day] = tuple(
                    story_of for _, _, story_of
                    in replays_in_orders(self.days[day], analyzer, Path(folder), "today", self.shuffles))
        return self._stories_of[day]

    def look_alikes_stored(self, day: str, analyzer) -> list[list[str]]:
        """The reports labelled not relevant that a feed order stored as relevant, one list per such order."""
        labelled_not = {item["id"] for item in self.days[day] if not item["relevant"]}
        return [sorted(labelled_not & story_of.keys()) for story_of in self.stories_of(day, analyzer)
                if labelled_not & story_of.keys()]

    def cases(self, check: str) -> list:
        """The (day, dates) parameters of one check, strict xfails where `left` says so."""
        return [
            pytest.param(day, dates, id=f"day-{day}-{dates}",
                         marks=[pytest.mark.xfail(strict=True, reason=self.left[(check, day, dates)])]
                         if (check, day, dates) in self.left else [])
            for day in self.days for dates in DATE_MODES
        ]


def busy_day_checks(busy_days: BusyDays) -> tuple:
    """The four checks of a busy-day file, parametrized over its days and date modes, each a strict
    xfail where its `left` says so. A file binds them to its own names starting with `test_`, so
    pytest collects them there (with tests/stories/conftest.py's `analyzer` fixture)."""

    @pytest.mark.parametrize(("day", "dates"), busy_days.cases("stored"))
    def every_report_labelled_relevant_is_stored_as_relevant(day, dates, analyzer):
        relevant = sum(item["relevant"] for item in busy_days.days[day])
        assert [(name, figures.stored) for name, figures in busy_days.replays(day, dates, analyzer)
                if figures.stored != relevant] == []

    @pytest.mark.parametrize(("day", "dates"), busy_days.cases("apart"))
    def no_story_joins_two_events(day, dates, analyzer):
        assert [(name, figures.wrong) for name, figures in busy_days.replays(day, dates, analyzer)
                if figures.wrong] == []

    @pytest.mark.parametrize(("day", "dates"), busy_days.cases("hidden"))
    def no_event_is_hidden(day, dates, analyzer):
        assert [(name, figures.hidden) for name, figures in busy_days.replays(day, dates, analyzer)
                if figures.hidden] == []

    @pytest.mark.parametrize(("day", "dates"), busy_days.cases("joined"))
    def every_report_joins_the_story_of_its_event(day, dates, analyzer):
        assert [(name, figures.missed) for name, figures in busy_days.replays(day, dates, analyzer)
                if figures.missed] == []

    return (every_report_labelled_relevant_is_stored_as_relevant, no_story_joins_two_events, no_event_is_hidden,
            every_report_joins_the_story_of_its_event)


def assert_days_as_briefed(days: dict[str, list[dict]]) -> None:
    """What a busy-day probe is briefed to hold: days of 8-12 reports, each day in English, French
    and German, no report id twice."""
    for items in days.values():
        assert 8 <= len(items) <= 12
        assert {item["lang"] for item in items} == {"en", "fr", "de"}
    ids = [item["id"] for items in days.values() for item in items]
    assert len(ids) == len(set(ids))


# The orders the busy days of tests/stories/test_story_busy_day*.py are replayed in: the file's,
# then 5 shuffles (and newest first, as the scorer serves each feed).
DAY_SHUFFLES = 6


def replayed_day(name: str, analyzer, folder: Path, dates: str = "today") -> tuple[dict[str, dict], list]:
    """Report id -> report of tests/data/`name`, and its replays: (order name, order, report id
    -> story id) in DAY_SHUFFLES orders and newest first, each database in `folder`."""
    items = labelled_reports(name)
    return {item["id"]: item for item in items}, replays_in_orders(items, analyzer, folder, dates, DAY_SHUFFLES)


def together_in_every_replay(replayed: tuple[dict[str, dict], list], *ids: str) -> bool:
    """Whether the reports `ids` are stored, all in one story, in every replay of a
    replayed_day."""
    _, replays = replayed
    return all(len({story_of.get(i) for i in ids}) == 1 and None not in {story_of.get(i) for i in ids}
               for _, _, story_of in replays)
