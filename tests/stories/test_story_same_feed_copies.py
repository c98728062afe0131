"""Stories round 8: one wire copy run by two outlets, and the day a re-issue corrects.

An agency re-issues its report with the day fixed and says nothing; matching takes such a
near-copy from the same feed as the report corrected and settles the two days into one
(bot/core/stories/own_reports/corrections.py). Round 7 left a suspicion: the flag that said "the same
feed" meant "the newcomer's feed already reports this story", not "the two reports
compared come from one feed". A newspaper that runs the wire's copy of one event and, days
later, its copy of the next (the same donor, system and words, another day) had joined a
story through its first report; the second copy, a near-copy of the wire's own report in
that story, was then read as the newspaper's re-issue of the wire's report, the two days
were settled into one, and the second event joined the first: its alert hidden, or its
reports split.

The texts were written for this test in the style of wire copy, labelled before they were
run. Before the fix, in both date modes, the newspaper's copy of Wednesday's pledge joined
Monday's story in 2 of 7 feed orders (Wednesday's other report then opened its own story),
and when the copy was Wednesday's only report in 3 of 7, Wednesday's pledge hidden in all 3
(no alert). After, a re-issue settles a day only against a report of its own feed
(StoryFingerprint.feed, kept with each report of a story), and every order keeps the two
events apart. The agency's own unmarked re-issue still joins its report
(tests/stories/test_story_corrections.py, in every order).
"""

from __future__ import annotations

import asyncio
from dataclasses import replace
from datetime import timedelta

import pytest

from bot.core.stories.fingerprint.fingerprints import fingerprint
from bot.core.stories.scoring.likeness import similarity
from bot.core.stories.scoring.story_score import same_event_score
from tests.support.story_replay import AnalysedOnce, by_outlet, orders, pair_figures, replay

WIRE_MONDAY = ("Germany to send Ukraine more IRIS-T missiles, Pistorius says",
               "BERLIN (Wire) - Germany will send Ukraine more IRIS-T air defence missiles from Bundeswehr stocks, "
               "Defence Minister Boris Pistorius said on Monday.")
# The newspaper's own report of Monday's pledge, in its own words.
HERALD_MONDAY = ("Berlin pledges further IRIS-T interceptors for Kyiv",
                 "Ukraine will get more interceptor missiles for its IRIS-T systems from German army stocks, Boris "
                 "Pistorius announced on Monday in Berlin.")
# The newspaper's copy of the wire's report of Wednesday's pledge: the same template, another day.
HERALD_WEDNESDAY = ("Germany to send Ukraine more IRIS-T missiles, Pistorius says",
                    "BERLIN (Wire) - Germany will send Ukraine more IRIS-T air defence missiles from Bundeswehr "
                    "stocks, Defence Minister Boris Pistorius said Wednesday.")
POST_WEDNESDAY = ("Pistorius adds IRIS-T missiles for Ukraine for the second time this week",
                  "Germany is sending Ukraine another batch of IRIS-T air defence missiles, Defence Minister Boris "
                  "Pistorius said on Wednesday, two days after he announced the last one.")
ITEMS = [
    ("wire-mon", "Wire EN", "2026-02-02", "monday", WIRE_MONDAY),
    ("herald-mon", "Herald EN", "2026-02-02", "monday", HERALD_MONDAY),
    ("herald-wed", "Herald EN", "2026-02-04", "wednesday", HERALD_WEDNESDAY),
    ("post-wed", "Post EN", "2026-02-04", "wednesday", POST_WEDNESDAY),
]
REPLAY_ORDERS = 6


def _items(others: bool = True) -> list[dict]:
    """The reports as feed items; without `others`, the newspaper's copy is Wednesday's
    only report."""
    return [{"id": id_, "lang": "en", "title": title, "summary": text, "source": source, "date": date,
             "relevant": True, "event": event} for id_, source, date, event, (title, text) in ITEMS
            if others or id_ != "post-wed"]


def _print(report: tuple[str, str], analyzer, feed: int | None = None):
    title, text = report
    pledges = analyzer.analyze(title, text, "en").pledges
    return replace(fingerprint(title, text, pledges=pledges, entities=analyzer.entities, lang="en"), feed=feed)


@pytest.mark.parametrize("others", [True, False], ids=["with-other-outlet", "copy-alone"])
@pytest.mark.parametrize("dates", ["today", "real"])
def test_one_outlets_copies_of_two_events_of_one_wire_stay_two_stories(dates, others, analyzer, tmp_path):
    items = _items(others)
    by_id = {item["id"]: item for item in items}
    feeds = by_outlet(items)
    analysed_once = AnalysedOnce(analyzer)  # the orders share each report's analysis
    for number, order in enumerate(orders(feeds, REPLAY_ORDERS) + orders(feeds, 1, newest_first=True)):
        story_of = asyncio.run(replay(order, analysed_once, tmp_path / f"{dates}-{number}.db", dates))
        figures = pair_figures(story_of, order, by_id)
        assert figures.stored == len(items), (number, story_of)
        assert figures.wrong == [] and figures.hidden == [], (number, figures)


def test_a_near_copy_settles_a_day_only_against_a_report_of_its_own_feed(analyzer):
    """The newspaper (feed 2) reports Monday's story through its own report; its copy of
    Wednesday's wire text is a near-copy of the wire's (feed 1) Monday report, another
    day. Against the story it is apart, whatever feeds the story has; against the wire's
    report re-issued by the wire itself (feed 1), the day is the one corrected."""
    wire, herald, copy = (_print(WIRE_MONDAY, analyzer, 1), _print(HERALD_MONDAY, analyzer, 2),
                          _print(HERALD_WEDNESDAY, analyzer, 2))
    assert similarity(wire, copy) >= 0.8  # what might mislead: the same text but the day
    story = wire.with_member(herald)
    assert same_event_score(copy, story, same_feed=True, apart=timedelta(hours=2)) == 0.0
    assert same_event_score(copy, story, apart=timedelta(hours=2)) == 0.0
    reissued = replace(copy, feed=1)
    assert same_event_score(reissued, story, same_feed=True, apart=timedelta(hours=2)) > 0.0
    # A report whose feed is not known (a story stored before feeds were kept) is no
    # report of the newcomer's feed: only a marked correction settles its day.
    assert same_event_score(replace(copy, feed=None), replace(story, feed=None), same_feed=True,
                            apart=timedelta(hours=2)) == 0.0
