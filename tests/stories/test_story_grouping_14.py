"""Story grouping round 14: a busy day written to trap the matcher.

Busy day 32 (tests/data/busy_day_32.jsonl, written and labelled by event before any run: 29
reports of 8 events, 14-18 June, EN/FR/DE) puts on one Tuesday the contact group at
Ramstein (round-ups in three languages naming three governments' pledges, a live entry
telling it over, a quote before the talks), Germany's two announcements of the day told by
one agency in one template headline (two IRIS-T SLM, with the wire's "UPDATE 1-", a live
entry and a preview on Monday, "Germany is expected to announce more air defence ... at
Ramstein on Tuesday"; money for drones made in Ukraine), two donors' Patriot (the
Netherlands' launchers, Spain's missiles with the wire's "CORRECTED-" count), a US sale of
Patriot parts the next day, and Sweden's eight Archer pledged on Monday and handed over on
Friday. First run (both date modes, the file's order and 7 shuffles): pair precision 1.00,
recall 0.88 (35 of 40), nothing hidden; the quote is not found relevant (28 of 29 stored).
What stayed apart: the preview, whose expected announcement the pledge extraction reads as
a debate ("discussed"), from the decision's five reports. The general cause, fixed in
bot/core/stories/:
- a lead telling an announcement still to be made ("is expected to announce", "is set to
  unveil", "devrait annoncer", "s'apprête à dévoiler", "wird voraussichtlich ... zusagen")
  is a preview (gatherings._ANNOUNCEMENT_AHEAD, EventEvidence.occasions); a preview whose every
  donor and kind of thing the other report pledges, sharing a donor and the day or the
  standing meeting, joins it within NAMED_DAY_WINDOW at SAME_STORY_THRESHOLD
  (same_event._previews, story_score.story_score). A debate with no announcement ahead
  ("Germany is considering ...") stays its own event, as the real-article set labels it.
Busy day 32 is then at 1.00 / 1.00, nothing hidden, in every order and both date modes;
every other busy day's figures are unchanged in 8 orders, both date modes.

The real-article set's three missed pairs (dates as published; bench/bench_story_pairs.py)
were tried with general rules only. A round-up whose opening names the Ramstein meeting and
whose headline (an untitled item's first sentence) names four governments' announcements was
read as one government's pledge, so the round-up rules never compared it with the meeting's
preview and quote: a headline naming three or more governments under an opening naming a
standing meeting heads the meeting's round-up (EventEvidence.is_about_an_item,
heads_several_governments_at_a_meeting), no single government's report for the subject
conflict either. Dated as published it joins the preview naming the day it was published
(report_times.publication_day_named): ../shared/eval/score_stories.py --dates real 0.89 (25 of
28) -> 0.96 (27 of 28), precision 1.00, hidden 0/72; --dates today unchanged at 0.86 (24 of
28; the three reports share no day when all are dated now). Still apart: the Swiss veto, whose
second report ("Geht Ukraine ohne Schweizer Hilfe 35mm-Munition aus?") is read as Germany's
Gepard pledge of its lead, a decision against the veto's refusal, 0.14 alike.

Busy day 33 (28 reports of 8 events, 13-17 September) was written after those fixes as a
held-out check, before any run: NATO ministers in Brussels with a preview, a quote, a live
entry and a round-up headed by the three governments that announced there, Britain's
missiles with a preview ("Britain is expected to announce"), Norway's two announcements in
one template headline, Canada paying for NASAMS missiles beside Norway's NASAMS launchers,
France's Caesar with an "UPDATE 1-" under a new headline, Poland's Krab pledged and handed
over. First run: 1.00 / 0.88 (28 of 32) in every order, both date modes, nothing hidden (main's
code before the round: 1.00 / 0.69); the meeting's preview and the quote are not found
relevant (26 of 28 stored). Still apart, a strict xfail in tests/stories/
test_story_busy_day.py (in test_story_busy_day_cases.py since stop 43): the live entry
telling the meeting over, 0.07-0.25 alike to the round-ups, below MEETING_OVER_SIMILARITY.

The pairs below were written for this round in the style of wire copy, EN, FR and DE, and
labelled by hand (one event or not) before they were first run, after the preview reading
was in place, aimed at it and its look-alikes (the same donor's other announcement of the
day, another donor's air defence, a debate without an announcement ahead, a round-up headed
by three governments against one headed by the allies and against one government's report):
8 of 8 on their first run; main's code before the round: 6 of 8 (the English preview and
the round-up headed by three governments apart).
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.core.stories.matching import StoryCandidate, match_story
from tests.support.story_pairs import matcher_joins, report_fingerprint

# (name, (lang, title, text), (lang, title, text), hours apart, one event?)
_DE_IRIS = ("en", "Germany to send Ukraine two more IRIS-T systems",
            "Germany will send Ukraine two more IRIS-T SLM air defence systems, Defence Minister Boris Pistorius "
            "said at a meeting of the Ukraine Defence Contact Group at Ramstein on Thursday.")
_ROUND_UP_GROUP = ("en", "Allies promise Ukraine more air defence at Ramstein",
                   "Ukraine's allies promised more air defence at a meeting of the Ukraine Defence Contact Group at "
                   "Ramstein on Thursday, with Germany, Sweden and Norway each announcing new systems.")
ROUND_PAIRS = [
    ("a preview of a donor's announcement and the announcement, EN",
     ("en", "Germany expected to unveil more air defence for Ukraine at Ramstein",
      "Germany is expected to announce more air defence for Ukraine when the contact group meets at Ramstein on "
      "Thursday, two officials in Berlin said on Wednesday."),
     _DE_IRIS, 20, True),
    ("a preview of a donor's announcement and the announcement, FR",
     ("fr", "L'Allemagne devrait promettre davantage de défense aérienne à Kiev",
      "L'Allemagne devrait annoncer jeudi à Ramstein de nouveaux moyens de défense aérienne pour l'Ukraine, selon "
      "des sources gouvernementales à Berlin."),
     ("fr", "Berlin va livrer deux systèmes IRIS-T de plus à l'Ukraine",
      "L'Allemagne va fournir deux systèmes de défense aérienne IRIS-T SLM supplémentaires à l'Ukraine, a annoncé "
      "jeudi à Ramstein le ministre de la Défense Boris Pistorius."),
     18, True),
    ("a preview of a donor's announcement and the announcement, DE",
     ("de", "Berlin will in Ramstein weitere Flugabwehr zusagen",
      "Deutschland wird der Ukraine beim Treffen der Kontaktgruppe in Ramstein am Donnerstag voraussichtlich "
      "weitere Flugabwehr zusagen. Das verlautete am Mittwoch aus Regierungskreisen."),
     ("de", "Deutschland liefert der Ukraine zwei weitere Iris-T-Systeme",
      "Deutschland gibt der Ukraine zwei weitere Flugabwehrsysteme vom Typ Iris-T SLM. Das sagte "
      "Verteidigungsminister Boris Pistorius am Donnerstag beim Treffen der Kontaktgruppe in Ramstein."),
     20, True),
    ("a preview of a donor's air defence and its money for drones the same day",
     ("en", "Germany expected to unveil more air defence for Ukraine at Ramstein",
      "Germany is expected to announce more air defence for Ukraine when the contact group meets at Ramstein on "
      "Thursday, two officials in Berlin said on Wednesday."),
     ("en", "Germany to fund Ukrainian-made drones with 400 million euros",
      "Germany will pay 400 million euros for long-range drones built in Ukraine, the defence ministry in Berlin "
      "said on Thursday."),
     20, False),
    ("a preview of one donor's air defence and another donor's air defence",
     ("en", "Germany expected to unveil more air defence for Ukraine at Ramstein",
      "Germany is expected to announce more air defence for Ukraine when the contact group meets at Ramstein on "
      "Thursday, two officials in Berlin said on Wednesday."),
     ("en", "Sweden to give Ukraine a second air defence system",
      "Sweden will give Ukraine a second air defence system, Defence Minister Pal Jonson said at Ramstein on "
      "Thursday."),
     20, False),
    ("a debate with no announcement ahead and the decision",
     ("en", "Germany weighs sending more air defence to Ukraine",
      "Germany is considering sending more air defence systems to Ukraine, government sources in Berlin said on "
      "Thursday, as the contact group met at Ramstein."),
     _DE_IRIS, 4, False),
    ("a round-up headed by three governments and one headed by the allies",
     ("en", "Germany, Sweden and Norway add air defence for Ukraine at Ramstein",
      "Germany, Sweden and Norway each announced new air defence systems for Ukraine at a meeting of the "
      "Ukraine Defence Contact Group at Ramstein on Thursday."),
     _ROUND_UP_GROUP, 2, True),
    ("a round-up headed by three governments and one government's own report",
     ("en", "Germany, Sweden and Norway add air defence for Ukraine at Ramstein",
      "Germany, Sweden and Norway each announced new air defence systems for Ukraine at a meeting of the "
      "Ukraine Defence Contact Group at Ramstein on Thursday."),
     _DE_IRIS, 2, False),
]


@pytest.mark.parametrize(("name", "first", "second", "hours", "one_event"), ROUND_PAIRS,
                         ids=[pair[0] for pair in ROUND_PAIRS])
def test_round_14_pairs(name, first, second, hours, one_event, analyzer):
    assert matcher_joins(analyzer, first, second, hours) == one_event


@pytest.mark.parametrize(("lang", "title", "text", "preview"), [
    ("en", "Germany expected to unveil more air defence for Ukraine",
     "Germany is expected to announce more air defence for Ukraine on Thursday, officials said.", True),
    ("en", "Britain set to pledge more missiles", "Britain is set to unveil more missiles for Ukraine on Friday.", True),
    ("fr", "L'Allemagne devrait promettre plus de défense aérienne",
     "L'Allemagne devrait annoncer jeudi de nouveaux moyens de défense aérienne pour l'Ukraine.", True),
    ("fr", "Paris prêt à annoncer des canons", "La France s'apprête à annoncer de nouveaux canons Caesar pour Kiev.", True),
    ("de", "Berlin will weitere Flugabwehr zusagen",
     "Deutschland wird der Ukraine am Donnerstag voraussichtlich weitere Flugabwehr zusagen.", True),
    # A debate, an announcement made and an arrival expected are no preview of an announcement.
    ("en", "Germany weighs more air defence for Ukraine",
     "Germany is considering sending more air defence systems to Ukraine, officials said on Thursday.", False),
    ("en", "Germany to send two more IRIS-T systems",
     "Germany will send Ukraine two more IRIS-T SLM systems, the defence minister announced on Thursday.", False),
    ("en", "Swedish guns due in Ukraine",
     "The eight Archer howitzers Sweden promised are expected to arrive in Ukraine next week.", False),
])
def test_an_announcement_still_to_be_made_is_read_as_a_preview(lang, title, text, preview, analyzer):
    assert ("preview" in report_fingerprint(analyzer, lang, title, text).event.occasions) == preview


# An untitled item headed by its first sentence, naming three governments' announcements
# before a meeting its opening names, and a preview of the meeting naming its day (the
# real-article set's pair, found by ../shared/eval/score_stories.py dated as published, is
# measured, never copied: these are written for the test).
_MEETING_PREVIEW = ("en", "Contact group to meet at Ramstein on June 9",
                    "Defence ministers of the Ukraine Defence Contact Group will meet at the US air base in Ramstein "
                    "on June 9, the Pentagon said, with air defence and ammunition at the top of the agenda.")
_GOVERNMENTS_BEFORE = ("en", "Norway, Denmark and Finland announced new weapons for Ukraine, hours before allied "
                             "defence ministers met at Ramstein.",
                       "Oslo will send air defence missiles, Copenhagen artillery shells and Helsinki a package "
                       "whose contents stay secret.")


def _governments_joined(analyzer, preview_published: datetime, report_published: datetime) -> bool:
    preview, report = (report_fingerprint(analyzer, *text) for text in (_MEETING_PREVIEW, _GOVERNMENTS_BEFORE))
    return match_story(report, report_published, [StoryCandidate(1, preview, preview_published)]) == 1


def test_a_headline_naming_three_governments_at_a_meeting_heads_its_round_up(analyzer):
    report = report_fingerprint(analyzer, *_GOVERNMENTS_BEFORE).event
    assert len(report.headline_donors) == 3 and report.meetings
    assert not report.is_about_an_item()


def test_governments_announcing_before_a_meeting_join_its_preview_on_the_day_named(analyzer):
    assert _governments_joined(analyzer, datetime(2027, 6, 7, 9, tzinfo=UTC), datetime(2027, 6, 9, 8, tzinfo=UTC))


def test_governments_announcing_the_day_before_the_day_named_stay_apart(analyzer):
    assert not _governments_joined(analyzer, datetime(2027, 6, 7, 9, tzinfo=UTC),
                                   datetime(2027, 6, 8, 8, tzinfo=UTC))
