"""What the wire rounds and the held-out probes share: their parameters (tests/support/wire_reading.py's
left_as_xfails: ids that name the item, a strict xfail exactly where a file's LEFT says so) and the
checks that a probe is as briefed (busy_days.py's assert_days_as_briefed, wire_reading.py's
assert_relevance_probe_as_briefed), and the tests a probe binds (busy_days.py's busy_day_probe_tests,
wire_reading.py's relevance_probe_test). Items here are invented and tiny."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from tests.support.busy_days import BusyDays, assert_days_as_briefed, busy_day_probe_tests, report
from tests.support.wire_reading import (
    assert_relevance_probe_as_briefed,
    left_as_xfails,
    probe_key,
    relevance_probe_test,
)

ITEMS = [
    ("en", "Norway to send two NASAMS systems to Ukraine, ministry says", "Oslo said on Monday ...", True),
    ("de", "", "+++ 09:40 Uhr +++ Ein Eintrag ohne Titel, mit mehr als vierzig Zeichen", False),
]


def _xfail_reasons(param) -> list[str]:
    return [mark.kwargs["reason"] for mark in param.marks if mark.name == "xfail" and mark.kwargs["strict"]]


def test_each_item_is_named_by_its_language_and_headline_or_an_untitled_entry_by_its_body():
    params = left_as_xfails(ITEMS, {})
    assert [param.id for param in params] == [
        "en-Norway to send two NASAMS systems to Ukr",
        "de-+++ 09:40 Uhr +++ Ein Eintrag ohne Titel",
    ]
    assert [param.values for param in params] == ITEMS
    assert probe_key("", ITEMS[1][2]) == ITEMS[1][2][:40]


def test_only_the_items_left_names_are_strict_xfails_with_its_reason():
    untitled_key = probe_key(ITEMS[1][1], ITEMS[1][2])
    params = left_as_xfails(ITEMS, {untitled_key: "read as something else"})
    assert [_xfail_reasons(param) for param in params] == [[], ["read as something else"]]


def test_a_param_keeps_its_own_marks_beside_the_xfail():
    given = [pytest.param(*ITEMS[0], marks=pytest.mark.timeout(5)), ITEMS[1]]
    params = left_as_xfails(given, {ITEMS[0][1]: "left"})
    assert [mark.name for mark in params[0].marks] == ["timeout", "xfail"]
    assert params[0].values == ITEMS[0]


def _day(prefix: str, count: int) -> list[dict]:
    langs = ("en", "fr", "de")
    return [report(f"{prefix}-{n}", langs[n % 3], "wire", "2027-01-01", "e", "t", "s") for n in range(count)]


def test_busy_days_as_briefed_pass_and_a_repeated_id_or_a_short_day_does_not():
    assert_days_as_briefed({"A": _day("A", 8), "B": _day("B", 12)})
    with pytest.raises(AssertionError):
        assert_days_as_briefed({"A": _day("A", 8), "B": _day("A", 8)})  # the same ids on two days
    with pytest.raises(AssertionError):
        assert_days_as_briefed({"A": _day("A", 7)})


def _relevance_items(lang: str, relevant: int, count: int = 10) -> list[tuple[str, str, str, bool]]:
    return [(lang, f"{lang} headline {n}", "lead", n < relevant) for n in range(count)]


def test_a_relevance_probe_as_briefed_passes_and_one_off_balance_or_named_twice_does_not():
    briefed = _relevance_items("en", 5) + _relevance_items("fr", 5) + _relevance_items("de", 5)
    assert_relevance_probe_as_briefed(briefed)
    with pytest.raises(AssertionError):
        assert_relevance_probe_as_briefed(_relevance_items("en", 6) + briefed[10:])
    with pytest.raises(AssertionError):
        assert_relevance_probe_as_briefed(briefed[:-1] + [briefed[-2]])


class _NamesNasams:
    """A stand-in for the shipped rules: an item is aid news when its text names NASAMS."""

    def analyze(self, text: str, title: str = "") -> SimpleNamespace:
        return SimpleNamespace(relevant="NASAMS" in text)

    def explain(self, analysis: SimpleNamespace) -> str:
        return "read as aid: NASAMS named" if analysis.relevant else "read as no aid: no NASAMS"


def test_a_relevance_probes_test_reads_each_item_as_labelled_with_the_ids_and_xfails_of_its_table():
    untitled_key = probe_key(ITEMS[1][1], ITEMS[1][2])
    test = relevance_probe_test(ITEMS, {untitled_key: "read as something else"})
    assert test.__name__ == "test_review_items_are_read_as_labelled"  # pytest collects it by the probe's name
    [parametrized] = test.pytestmark
    names, params = parametrized.args
    assert names == ("lang", "headline", "lead", "relevant")
    assert [param.id for param in params] == [param.id for param in left_as_xfails(ITEMS, {})]
    assert [_xfail_reasons(param) for param in params] == [[], ["read as something else"]]
    for param in params:
        test(_NamesNasams(), *param.values)  # both read as labelled
    with pytest.raises(AssertionError, match="no NASAMS"):
        test(_NamesNasams(), "en", "Norway to send two IRIS-T systems to Ukraine", "", True)


class _Replayed(BusyDays):
    """Busy days whose replays are given (report id -> story id, one map per feed order): no poller run."""

    def __init__(self, days: dict[str, list[dict]], left: dict, stories: dict[str, list[dict[str, int]]]):
        super().__init__(days, 1, left)
        self.stories = stories

    def _replays_of(self, day: str, dates: str, analyzer) -> list:
        order = [("wire", self.days[day])]
        return [(f"order {n}", order, story_of) for n, story_of in enumerate(self.stories[day])]


def _two_events(prefix: str) -> list[dict]:
    """Eight reports in the three languages: two events of three, a look-alike, and a report left unstored."""
    langs, events = ("en", "fr", "de"), ("e1", "e1", "e1", "e2", "e2", "e2", "e3", "x")
    return [report(f"{prefix}-{n}", langs[n % 3], "wire", "2027-01-01", event, "t", "s", relevant=event != "x")
            for n, event in enumerate(events)]


def _bound(day: list[dict], stories: list[dict[str, int]], left: dict | None = None):
    return busy_day_probe_tests(_Replayed({"A": day}, left or {}, {"A": stories}))()


def test_a_busy_day_probes_tests_are_the_six_with_the_ids_and_xfails_of_its_left():
    day = _two_events("A")
    left = {("hidden", "A", "real"): "one event hidden"}
    probe = busy_day_probe_tests(_Replayed({"A": day}, left, {"A": []}))
    assert probe.__name__.startswith("Test")  # pytest collects it under the probe's name for it
    checks = {name for name in vars(probe) if name.startswith("test_")}
    assert checks == {
        "test_every_report_labelled_relevant_is_stored_as_relevant", "test_no_story_joins_two_events",
        "test_no_event_is_hidden", "test_every_report_joins_the_story_of_its_event", "test_the_probe_is_as_briefed",
        "test_no_report_labelled_not_relevant_is_stored"}
    [parametrized] = probe.test_no_event_is_hidden.pytestmark
    assert [param.id for param in parametrized.args[1]] == ["day-A-today", "day-A-real"]
    assert [_xfail_reasons(param) for param in parametrized.args[1]] == [[], ["one event hidden"]]


def test_a_busy_day_probes_checks_pass_on_the_right_stories_and_fail_on_a_joined_or_a_split_event():
    day = _two_events("A")
    right = {"A-0": 1, "A-1": 1, "A-2": 1, "A-3": 2, "A-4": 2, "A-5": 2, "A-6": 3}
    probe = _bound(day, [right])
    probe.test_every_report_labelled_relevant_is_stored_as_relevant("A", "today", None)
    probe.test_no_story_joins_two_events("A", "today", None)
    probe.test_no_event_is_hidden("A", "today", None)
    probe.test_every_report_joins_the_story_of_its_event("A", "today", None)
    probe.test_no_report_labelled_not_relevant_is_stored("A", None)
    probe.test_the_probe_is_as_briefed()
    joined = _bound(day, [{**right, "A-3": 1, "A-4": 1, "A-5": 1}])  # e2 in e1's story: opened by e1
    with pytest.raises(AssertionError):
        joined.test_no_story_joins_two_events("A", "today", None)
    with pytest.raises(AssertionError):
        joined.test_no_event_is_hidden("A", "today", None)
    split = _bound(day, [{**right, "A-2": 4}])
    with pytest.raises(AssertionError):
        split.test_every_report_joins_the_story_of_its_event("A", "today", None)
    unstored = _bound(day, [{key: story for key, story in right.items() if key != "A-6"}])
    with pytest.raises(AssertionError):
        unstored.test_every_report_labelled_relevant_is_stored_as_relevant("A", "today", None)
    look_alike_stored = _bound(day, [{**right, "A-7": 5}])
    with pytest.raises(AssertionError):
        look_alike_stored.test_no_report_labelled_not_relevant_is_stored("A", None)
    with pytest.raises(AssertionError):
        _bound(day[:7], [right]).test_the_probe_is_as_briefed()  # seven reports: a short day
