"""Small busy news days, labelled by event, replayed through the real poller in several feed
orders: what the busy-day probe files (tests/stories/test_review_41.py to test_review_53.py,
the stories rounds' busy days) share. Each file keeps its days and its strict xfails (`left`);
the replays and the four checks come from here (busy_day_checks), and for the held-out probes
from test_review_47.py on, all six of their tests (busy_day_probe_tests)."""

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
        self._replayed: dict[tuple[str, str], list] = {}

    def _replays_of(self, day: str, dates: str, analyzer) -> list:
        """(order name, order, report id -> story id) of the day in every feed order, replayed once
        for both the four checks and the look-alikes."""
        if (day, dates) not in self._replayed:
            with tempfile.TemporaryDirectory() as folder:
                self._replayed[(day, dates)] = replays_in_orders(
                    self.days[day], analyzer, Path(folder), dates, self.shuffles)
        return self._replayed[(day, dates)]

    def replays(self, day: str, dates: str, analyzer) -> list:
        """(order name, figures) of the day in every feed order."""
        by_id = {item["id"]: item for item in self.days[day]}
        return [(name, pair_figures(story_of, order, by_id))
                for name, order, story_of in self._replays_of(day, dates, analyzer)]

    def stories_of(self, day: str, analyzer) -> tuple[dict[str, int], ...]:
        """Report id -> story id in every feed order of the day (dated now), the look-alikes stored as
        relevant included (the four checks count only the reports labelled relevant)."""
        return tuple(story_of for _, _, story_of in self._replays_of(day, "today", analyzer))

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



def busy_day_probe_tests(busy_days: BusyDays) -> type:
    """The six tests every held-out story probe (tests/stories/test_review_47.py on) runs on its days:
    the four checks (`busy_day_checks`), its days as briefed (`assert_days_as_briefed`) and no
    look-alike stored as relevant on any day. Written once, so every probe is checked alike; the
    probe keeps its days, labels and LEFT and binds the class to a name of its own, `TestBusyDays =
    busy_day_probe_tests(BUSY_DAYS)` (pytest collects it there, with the probe file's `analyzer`)."""
    stored, apart, hidden, joined = busy_day_checks(busy_days)

    def test_the_probe_is_as_briefed(self) -> None:
        """Days of 8-12 reports, each in English, French and German, no report id twice."""
        assert_days_as_briefed(busy_days.days)

    @pytest.mark.parametrize("day", list(busy_days.days))
    def test_no_report_labelled_not_relevant_is_stored(self, day: str, analyzer) -> None:
        # The four checks count only the reports labelled relevant; this looks at the look-alikes.
        assert busy_days.look_alikes_stored(day, analyzer) == []

    return type("TestBusyDays", (), {
        "__doc__": "The held-out probe's checks (tests/support/busy_days.py's busy_day_probe_tests).",
        "test_every_report_labelled_relevant_is_stored_as_relevant": _as_method(stored),
        "test_no_story_joins_two_events": _as_method(apart),
        "test_no_event_is_hidden": _as_method(hidden),
        "test_every_report_joins_the_story_of_its_event": _as_method(joined),
        "test_the_probe_is_as_briefed": test_the_probe_is_as_briefed,
        "test_no_report_labelled_not_relevant_is_stored": test_no_report_labelled_not_relevant_is_stored,
    })


def _as_method(check):
    """One of busy_day_checks' module-level tests as a test method: the same check and parameters."""
    return staticmethod(check)

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
