"""Story grouping round 15: a refusal and the comments on it, denials, and a live entry
telling a meeting over.

Busy day 34 (tests/data/busy_day_34.jsonl, written and labelled by event before any run: 30
reports of 8 events, 19-23 April, EN/FR/DE) puts Switzerland's veto on Germany passing Swiss
35 mm Gepard ammunition on to Ukraine (three agencies, a live entry, and on Tuesday a German
explainer and an English analysis that lead with Germany's Gepard pledges and deliveries of
earlier years), Germany's order of Gepard ammunition from Rheinmetall on Wednesday ("two days
after Switzerland blocked ..."), Denmark's 28th package (the German agency's wrong sum and its
"KORREKTUR:", an English lead closing on its F-16 pledge of 2023) and the last of those F-16s
handed over the same Tuesday, Sweden's 20 CV90 pledged on Wednesday and its ten of January
delivered on Friday ("On Wednesday, Stockholm pledged 20 more"), the Pentagon denying a pause
in Patriot deliveries (three agencies and a live entry) and the contact group by video
conference on Thursday (round-ups in three languages, an untitled live entry "have wrapped up
their video conference"). First run (both date modes, the file's order, 6 shuffles and newest
first): pair precision 1.00, nothing hidden, recall 0.62-0.67 (26-28 of 42); the contact
group's live entry is not found relevant (29 of 30 stored; 30 since relevance round 16). What stayed apart, and the general
cause, fixed in bot/core/stories/:
- the veto's explainer and analysis (13 pairs): the explainer's lead reads as Germany's
  pledge (a phase against the refusal), the analysis names its own day (Tuesday against the
  veto's Monday). A headline telling a government's refusal by a noun ("Swiss veto leaves
  ...", "Was das Schweizer Nein ... bedeutet", "le refus allemand"; not one lifted) marks a
  comment on it (refusals_told.refusal_told); when that government pledges nothing else in it and
  the other report has it refusing a kind of thing the comment names, on a day one or two days
  before the comment's or on none, the comment's day and its lead's background do not conflict,
  and the two join within NAMED_DAY_WINDOW (same_event._follows_up, story_score.story_score);
- the denial (5 pairs): the French copy reads "dément toute pause dans les livraisons" as the
  deliveries pledged, the live entry reads no pledge. Two reports denying a report
  (refusals_told.denial: "denies", "dément", "dementiert", "calls a report ... false"), sharing the
  government and a system or the day, hours apart, join whatever pledges their words are read
  as.
Busy day 34 is then at 1.00 / 1.00, nothing hidden, in every order and both date modes.

The live entry telling a meeting over (round 14's strict xfail: busy day 33's "NATO defence
ministers have wrapped up their meeting in Brussels", 0.07-0.25 alike to the round-ups) joins
the one round-up story of that standing meeting in the window (sittings.sole_sittings); with
two (the real-article set replayed all dated now holds several contact-group sittings) which
one ended is a guess and it stays apart. Busy day 33: 0.88 -> 1.00; busy day 21: 0.67 -> 0.79
(its entry telling the ministers' meeting over joins); no other busy day's figures change.

The real-article set (../shared/eval/score_stories.py; bench/bench_story_orders.py, 15 orders):
unchanged at 1.00 / 0.96 (27 of 28) dated as published and 1.00 / 0.86 (24 of 28) all dated
now, hidden 0/72. A first version of the comment rule took every government a headline names
as the refuser; with the refuser read from the comment's own refusal it joined, all dated now,
"Scholz will bei seinem Nein ... bleiben" (a Wednesday) with his refusal of a month before (a
Saturday): one hidden event, until the comment's day had to follow the refusal's. Still apart:
the Swiss veto's second report reads Germany's Gepard pledge of its lead as the news and tells
no refusal in its headline ("without Swiss help" is a question, not a veto told): joining it on
Switzerland and ammunition alone would join any two Swiss statements on ammunition. All dated
now, the contact group's quote, preview and teaser (three pairs) share only the standing
meeting, which several sittings of the set share, and the one day named is not the day they
are dated.

Busy day 35 (28 reports of 7 events, 4-8 October) was written after those fixes as a held-out
check, before any run: Germany ruling out Taurus again on Monday (three agencies; on Tuesday
"Berlin's Taurus refusal leaves Kyiv counting on British missiles" and "Le refus allemand ...
déçoit Kiev") beside its two IRIS-T SLM announced at the same press conference (a live entry
telling both, the pledge first), EU defence ministers on Tuesday and NATO's on Thursday, each
with an untitled live entry telling it over, Norway denying a halt of NASAMS deliveries and
pledging two NASAMS launchers the same Wednesday, Finland's 29th package with the wire's
"CORRECTED-" sum. First run (both date modes, 8 orders): 1.00 / 0.91 (39 of 43) in 6 orders,
0.86 (37) in 2, nothing hidden (main's code before the round: 1.00 / 0.77): the English comment
names Britain in its headline, which the comment rule took for a refuser that delivers. 1.00 /
1.00 in every order once the refusers are those the comment reads refusing
(same_event._refusers).

The pairs below were written for this round in the style of wire copy, EN, FR and DE, and
labelled by hand (one event or not) before they were first run, after the rules were in place,
aimed at them and their look-alikes (a refusal lifted, one repeated days later, a government's
decision told beside the refusal it works around, a denial beside the same government's pledge
of the same system): 10 of 10 on their first run; main's code before the round: 5 of 10 (the
three comments on a refusal and the two denials apart).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from bot.core.stories.matching import StoryCandidate, match_story
from bot.core.stories.story_index import StoryIndex
from tests.support.story_pairs import matcher_joins, report_fingerprint
from tests.support.story_replay import headline, reports_by_id

_VETO = ("en", "Switzerland blocks re-export of anti-aircraft rounds to Ukraine",
         "Switzerland will not allow Germany to pass Swiss-made 35 mm rounds for Gepard anti-aircraft guns on to "
         "Ukraine, the economy ministry in Bern said on Monday.")
_TAURUS_NO = ("en", "Germany again rules out Taurus for Ukraine",
              "Germany will not supply Taurus cruise missiles to Ukraine, the chancellor said in Berlin on Monday.")
_DENIAL = ("en", "Norway denies halting NASAMS deliveries to Kyiv",
           "Norway on Wednesday denied a newspaper report that it had stopped deliveries of NASAMS air defence "
           "systems to Ukraine.")

# (name, (lang, title, text), (lang, title, text), hours apart, one event?)
ROUND_PAIRS = [
    ("a refusal and an analysis of it the next day, EN",
     _VETO,
     ("en", "Swiss veto threatens Ukraine's Gepard air defence",
      "The Swiss refusal to let Berlin re-export ammunition may ground Ukraine's Gepard guns, military experts "
      "said on Tuesday. Germany has handed Kyiv dozens of the anti-aircraft vehicles since 2022."),
     22, True),
    ("a refusal and a comment on it the next day, FR",
     ("fr", "La Suisse interdit la réexportation de munitions de Gepard vers l'Ukraine",
      "La Suisse n'autorise pas l'Allemagne à céder à l'Ukraine des munitions de 35 mm pour les Gepard, a "
      "indiqué lundi le ministère de l'Economie à Berne."),
     ("fr", "Le veto suisse prive les Gepard ukrainiens de munitions",
      "Le refus de Berne de laisser l'Allemagne transmettre ses munitions pourrait clouer au sol les Gepard "
      "livrés à Kiev, estiment mardi des experts."),
     22, True),
    ("a refusal and an explainer leading with another government's old pledge, DE",
     ("de", "Schweiz untersagt Weitergabe von Gepard-Munition an Kiew",
      "Die Schweiz erlaubt Deutschland nicht, Munition für den Flugabwehrpanzer Gepard an die Ukraine "
      "weiterzugeben. Das teilte das Wirtschaftsministerium in Bern am Montag mit."),
     ("de", "Das Nein aus Bern und die Folgen für die Gepard-Panzer",
      "Berlin hatte Kiew im vergangenen Jahr 20 weitere Gepard zugesagt. Nach der Absage der Schweiz fehlt "
      "dafür die passende Munition."),
     20, True),
    ("a comment on the refusal and a government's decision told beside it",
     ("en", "Swiss veto threatens Ukraine's Gepard air defence",
      "The Swiss refusal to let Berlin re-export ammunition may ground Ukraine's Gepard guns, military experts "
      "said on Tuesday."),
     ("en", "Germany buys Gepard rounds for Ukraine from Rheinmetall",
      "Germany has ordered 150,000 rounds of Gepard ammunition for Ukraine from Rheinmetall, the defence "
      "ministry said on Wednesday, after Switzerland blocked re-exports."),
     24, False),
    ("a refusal and the refusal lifted",
     _VETO,
     ("en", "Switzerland lifts its veto on Gepard rounds for Ukraine",
      "Switzerland will let Germany pass Swiss-made Gepard ammunition on to Ukraine after all, the government "
      "in Bern said on Tuesday."),
     24, False),
    ("a refusal and the same refusal repeated three days later",
     _TAURUS_NO,
     ("en", "Chancellor sticks to Taurus refusal despite Kyiv's pleas",
      "Germany's chancellor on Thursday stood by his refusal to send Taurus missiles to Ukraine, telling "
      "parliament that his position had not changed."),
     40, False),
    ("a refusal and a comment on it the next day, on the same missiles",
     _TAURUS_NO,
     ("en", "Berlin's Taurus refusal dismays Kyiv",
      "Germany's refusal to send Taurus missiles dismayed officials in Kyiv, the foreign minister said on "
      "Tuesday."),
     20, True),
    ("a denial and its French copy",
     _DENIAL,
     ("fr", "Oslo dément tout arrêt des livraisons de NASAMS à l'Ukraine",
      "La Norvège a démenti mercredi une information selon laquelle elle aurait cessé de livrer des systèmes "
      "de défense aérienne NASAMS à l'Ukraine."),
     2, True),
    ("a denial and a live entry calling the report false",
     _DENIAL,
     ("en", "Oslo says NASAMS deliveries to Ukraine go on and calls a newspaper report false.", ""),
     1, True),
    ("a denial and the same government's pledge of the same system that day",
     _DENIAL,
     ("en", "Norway to give Ukraine two more NASAMS launchers",
      "Norway will give Ukraine two more NASAMS air defence launchers, the defence minister said in Oslo on "
      "Wednesday."),
     3, False),
]


@pytest.mark.parametrize(("name", "first", "second", "hours", "one_event"), ROUND_PAIRS,
                         ids=[pair[0] for pair in ROUND_PAIRS])
def test_round_15_pairs(name, first, second, hours, one_event, analyzer):
    assert matcher_joins(analyzer, first, second, hours) == one_event


@pytest.mark.parametrize(("lang", "title", "refusal_told"), [
    ("en", "Swiss veto leaves Ukraine's Gepard guns short of shells", True),
    ("en", "Berlin's Taurus refusal dismays Kyiv", True),
    ("fr", "Le refus allemand sur les Taurus déçoit Kiev", True),
    ("de", "Was das Schweizer Nein für Kiew bedeutet", True),
    # The act itself told by a verb, a refusal lifted, a headline naming no government.
    ("en", "Switzerland blocks re-export of Gepard rounds to Ukraine", False),
    ("en", "Switzerland lifts its veto on Gepard rounds for Ukraine", False),
    ("de", "Schweiz gibt ihr Nein zur Gepard-Munition auf", False),
    ("en", "Veto leaves Ukraine's guns short of shells", False),
])
def test_a_headline_telling_a_governments_refusal_by_a_noun_marks_a_comment(lang, title, refusal_told, analyzer):
    evidence = report_fingerprint(analyzer, lang, title, "").event
    assert ("refusal told" in evidence.occasions) == refusal_told


# The live entry telling a meeting over, and the round-ups of one or two sittings.
_OVER = ("en", "NATO defence ministers have wrapped up their meeting in Brussels.",
         "Air defence for Ukraine topped the agenda, officials said.")
_ROUND_UP = ("en", "NATO ministers promise Ukraine more air defence",
             "NATO defence ministers meeting in Brussels on Thursday promised Ukraine more air defence before the "
             "winter.")
_OTHER_SITTING = ("en", "NATO ministers back more ammunition for Ukraine",
                  "NATO defence ministers meeting in Brussels on Wednesday backed more ammunition production for "
                  "Ukraine.")
_NOW = datetime(2027, 9, 16, 18, tzinfo=UTC)


def _candidates(analyzer, *texts) -> list[StoryCandidate]:
    return [StoryCandidate(number, report_fingerprint(analyzer, *text), _NOW - timedelta(hours=4))
            for number, text in enumerate(texts, start=1)]


def _index(candidates: list[StoryCandidate]) -> StoryIndex:
    index = StoryIndex()
    for candidate in candidates:
        index.add(candidate, candidate.first_seen)
    return index


def test_a_live_entry_telling_a_meeting_over_joins_the_one_sitting_of_that_meeting(analyzer):
    entry, candidates = report_fingerprint(analyzer, *_OVER), _candidates(analyzer, _ROUND_UP)
    assert match_story(entry, _NOW, candidates) == 1
    assert _index(candidates).match(entry, _NOW) == 1


def test_a_round_up_joins_the_live_entry_that_opened_the_story(analyzer):
    round_up, candidates = report_fingerprint(analyzer, *_ROUND_UP), _candidates(analyzer, _OVER)
    assert match_story(round_up, _NOW, candidates) == 1


def test_a_live_entry_telling_a_meeting_over_beside_two_sittings_stays_apart(analyzer):
    entry, candidates = report_fingerprint(analyzer, *_OVER), _candidates(analyzer, _ROUND_UP, _OTHER_SITTING)
    assert match_story(entry, _NOW, candidates) is None
    assert _index(candidates).match(entry, _NOW) is None


def test_a_live_entry_on_another_standing_meeting_is_no_sitting_of_it(analyzer):
    entry = report_fingerprint(analyzer, "en", "EU defence ministers have ended their meeting in Brussels.",
                   "Shells for Ukraine were the main topic.")
    assert match_story(entry, _NOW, _candidates(analyzer, _ROUND_UP)) is None


# A strict xfail until relevance round 16 (tests/rules/test_rules_relevance_16.py): the contact group named by its
# defence ministers is Ukraine's, and its meeting (a video conference too) naming a weapon is about arms for Ukraine.
def test_a_live_entry_naming_only_the_contact_group_is_found_relevant(analyzer):
    item = reports_by_id("busy_day_34.jsonl")["BK-LV-05"]
    assert analyzer.analyze(*headline(item), item["lang"]).relevant
