"""Two reports judged one event or two, as the story grouping rounds test them
(tests/stories/test_story_grouping_12.py, _13.py): the shipped rules' analyzer (a
module-scoped fixture), a report's fingerprint with its pledges, and whether the matcher
joins two reports published `hours` apart (beyond the default story window, as the poller
matches them: the first report a story published on the weekday it names, the second a late
report, bot.core.stories.matching.matching_stories)."""

from __future__ import annotations

import functools
from datetime import UTC, datetime, timedelta

import pytest

from bot.config import load_settings
from bot.core.stories.fingerprint.fingerprints import fingerprint
from bot.core.stories.matching import StoryCandidate, matching_stories
from bot.core.stories.scoring.story_score import same_event_score
from bot.file_rules import analyzer_from_rules_file


# Built once per test process: each module of tests/stories built its own (2 s of CPU on a
# loaded machine, after the first); an Analyzer gives the same answers however often it is
# asked, and no test changes it.
@functools.cache
def _shipped_analyzer():
    return analyzer_from_rules_file(load_settings(environ={}))


# Named "analyzer" for the tests; imported under its own name, so the tests' `analyzer`
# parameters do not shadow the import.
@pytest.fixture(scope="module", name="analyzer")
def shipped_analyzer():
    return _shipped_analyzer()


def report_fingerprint(analyzer, lang: str, title: str, text: str, feed: int | None = None):
    """A report's story fingerprint with the pledges the shipped analyzer reads in it (`feed`:
    the feed it came from, where a check needs it)."""
    analysis = analyzer.analyze(title, text, lang)
    return fingerprint(title, text, pledges=analysis.pledges, entities=analyzer.entities, lang=lang, feed=feed)


# The poller's default story window (Settings.story_window_hours).
_WINDOW = timedelta(hours=48)
# A Monday noon: the first report of a pair further apart than the window is published on the
# first weekday it names, counted from here (wire copy says "on Tuesday" on that Tuesday).
_A_MONDAY = datetime(2027, 6, 7, 12, 0, tzinfo=UTC)


def matcher_joins(analyzer, first, second, hours: float) -> bool:
    """Whether the matcher puts the second report, published `hours` after the first, into the
    first's story; each report a (lang, title, text)."""
    a, b = report_fingerprint(analyzer, *first), report_fingerprint(analyzer, *second)
    if timedelta(hours=hours) <= _WINDOW:
        return same_event_score(a, b, apart=timedelta(hours=hours)) > 0.0
    published = _A_MONDAY + timedelta(days=min(a.event.weekdays, default=0))
    story = StoryCandidate(1, a, published)
    return bool(matching_stories(b, published + timedelta(hours=hours), [story], window=_WINDOW))


def pair_case(name: str, first, second, hours: float, one_event: bool, marks=()):
    """One case of a review's table of pairs, its id its name: (name, first, second, hours
    apart, one event?), each report a (lang, title, text) as matcher_joins takes them."""
    return pytest.param(name, first, second, hours, one_event, marks=marks, id=name)
