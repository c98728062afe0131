"""Story grouping round 13: one agency's template sentence telling two events.

Agencies and ministries write every announcement in one template ("Die Niederlande liefern
der Ukraine neue Militärhilfe mit ... Das teilte das Verteidigungsministerium in Den Haag am
Montag mit."): two announcements of one ministry differ in a word or a figure and are as
alike in wording as a copy (0.84 to 1.00, where NEAR_COPY is 0.80), and a near-copy joined
whatever its evidence said. Busy day 30 (tests/data/busy_day_30.jsonl, written and labelled
by event before any run: 29 reports of 7 events over 8-15 February, one ministry's two
packages a week apart under one template headline, two donors' 15 CV90 on one Tuesday, a
German IRIS-T SLM pledged while one promised last autumn arrives, live entries of four
events, the French agency's count and its "RECTIFICATIF -") first ran, 7 orders: dated
today, pair precision 0.70 / recall 0.82 in the file's order, 0.94 / 0.88 in two orders
(1.00 / 0.94 in four), nothing hidden; dated as published, 0.94 / 0.88 in two orders,
1.00 / 0.94 in five. The general causes, fixed in bot/core/stories/:
- the wire's marked update of the first package ("UPDATE 1-" under the template headline)
  was taken as a revision of the second package's report, whose headline is the same:
  a marked update is no revision of a report whose pledges share no donor and kind with
  it (revision_pairs._other_things_pledged; the file's order 0.70 -> 1.00);
- a live entry telling an IRIS-T SLM promised last autumn "is now in the country and will
  soon be on duty" was read as the promise and joined the new pledge: things promised
  told now in the country have arrived, and a future in a clause joined after the arrival
  that gives nothing is what comes next to them (pledge_news.promise_that_arrived; two
  orders 0.94 / 0.88 -> 1.00 / 1.00);
- two texts at near-copy likeness of which each names a kind of thing the other does not
  (item words, read whether or not a pledge was: things_named.things_named), or whose sums or
  counts differ, are two announcements in one template, not a copy, unless one is the
  other's marked revision (story_score._one_template_two_events).
Busy day 30 is at 1.00 / 1.00, nothing hidden, in every order and both date modes; the
other days' floors hold.

Busy day 31 (22 reports of 6 events, 1-5 March) was written after those fixes as a
held-out check, before any run (Belgium's two announcements of one Monday in one template,
the Czech-led initiative's shells all handed over beside Denmark paying for shells through
it, a weekly's re-telling, Germany's two more Skynex with the German agency's wrong count
and its "KORREKTUR:", Denmark paying for one Skynex the same day). First run: precision
1.00 and nothing hidden in every order and both date modes, recall 0.74 (0.61 in two orders
dated as published). Then 0.81 in every order: promised things told handed over in the
passive ("have all been handed over", "ont tous été livrés", "sind alle ... übergeben") are
delivered (pledge_news._ARRIVED), and the report that links two stories counts as a report
of each for a merge's likeness (merges.may_merge): the weekly, three days after the wire,
had opened a story that the wire's report linked to the French and German ones but could
not merge with.

The real-article set (../shared/eval/score_stories.py): stories 1.00 / 0.86, nothing
hidden, in both date modes before the round; dated as published 1.00 / 0.89 (25 of 28
pairs) after it, dated today unchanged at 0.86: a report of a standing meeting that names
no day, published on the day a report of the same meeting names, shares that day with it
(report_times.publication_day_named; tested below on texts written for it).

The texts below were written for this round in the style of wire copy, EN, FR and DE, and
labelled by hand (one event or not) before they were first run. ROUND_PAIRS (7 pairs, one
ministry's two announcements in one template and copies of one announcement) first ran at
3 of 7: the four template pairs joined as near-copies (0.84, 0.90, 0.99, 1.00 alike), and a
first version naming no contents stays apart from an outlet's copy that lists them (0.20
alike, below the 0.30 at which agreeing pledges join): 6 of 7 after the round, that pair a
strict xfail. HELD_OUT_PAIRS (7 pairs) were written after the template fix and run once:
5 of 7. A copy headed by the things it lists ("Italy to send Ukraine shells and air defence
missiles") did not agree with the template's "Italy announces new military aid for
Ukraine", whose "aid" was read as Italy's funding, news the copy must share: money a
headline names while the report names no sum is the template's umbrella word
(same_event._headline_news). And an agency's "RECTIFICATIF -" of its sum was compared as
if from another outlet (apart: the sums differ); from the agency's one feed it is its first
version's marked revision and joins (MARKED_CORRECTION_OF_A_SUM, its own test): 6 of 6.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from bot.core.stories.matching import StoryCandidate, match_story
from bot.core.stories.scoring.likeness import NEAR_COPY, similarity
from bot.core.stories.scoring.story_score import same_event_score
from tests.support.story_pairs import matcher_joins, report_fingerprint

_NL_DRONES = ("de", "Niederlande kündigen neue Militärhilfe für die Ukraine an",
              "Die Niederlande liefern der Ukraine neue Militärhilfe mit Drohnen und Artilleriemunition. Das teilte "
              "das Verteidigungsministerium in Den Haag am Montag mit.")
_CANADA_VEHICLES = ("en", "Canada announces new military aid for Ukraine",
                    "Canada will provide Ukraine with armoured vehicles and winter equipment, Defence Minister David "
                    "McGuinty said on Friday.")

# (name, (lang, title, text), (lang, title, text), hours apart, one event?)
ROUND_PAIRS = [
    ("one ministry's two announcements of a day in one template, DE",
     _NL_DRONES,
     ("de", "Niederlande kündigen neue Militärhilfe für die Ukraine an",
      "Die Niederlande liefern der Ukraine neue Militärhilfe mit Radargeräten und Artilleriemunition. Das teilte "
      "das Verteidigungsministerium in Den Haag am Montag mit."),
     3, False),
    ("one ministry's two announcements of a day in one template, FR",
     ("fr", "La Norvège annonce une nouvelle aide militaire à l'Ukraine",
      "La Norvège va fournir à l'Ukraine des drones de surveillance et des pièces détachées, a annoncé lundi le "
      "ministère norvégien de la Défense."),
     ("fr", "La Norvège annonce une nouvelle aide militaire à l'Ukraine",
      "La Norvège va fournir à l'Ukraine des munitions d'artillerie et des pièces détachées, a annoncé lundi le "
      "ministère norvégien de la Défense."),
     3, False),
    ("one ministry's two announcements of a day in one template, EN",
     _CANADA_VEHICLES,
     ("en", "Canada announces new military aid for Ukraine",
      "Canada will provide Ukraine with surveillance drones and winter equipment, Defence Minister David "
      "McGuinty said on Friday."),
     3, False),
    ("one template, two sums",
     ("de", "Niederlande kündigen neue Militärhilfe für die Ukraine an",
      "Die Niederlande liefern der Ukraine neue Militärhilfe im Wert von 200 Millionen Euro mit Drohnen und "
      "Artilleriemunition. Das teilte das Verteidigungsministerium in Den Haag am Montag mit."),
     ("de", "Niederlande kündigen neue Militärhilfe für die Ukraine an",
      "Die Niederlande liefern der Ukraine neue Militärhilfe im Wert von 300 Millionen Euro mit Drohnen und "
      "Artilleriemunition. Das teilte das Verteidigungsministerium in Den Haag am Montag mit."),
     3, False),
    ("a newspaper's light edit of the agency's report, DE",
     _NL_DRONES,
     ("de", "Den Haag schickt Kiew neue Militärhilfe",
      "Die Niederlande schicken der Ukraine neue Militärhilfe mit Drohnen und Artilleriemunition, wie das "
      "Verteidigungsministerium in Den Haag am Montag mitteilte."),
     2, True),
    ("the agency's report and a copy that adds the minister's words, EN",
     _CANADA_VEHICLES,
     ("en", "Canada to send armoured vehicles and winter kit to Ukraine",
      "Canada will provide Ukraine with armoured vehicles and winter equipment, Defence Minister David McGuinty "
      "said on Friday. \"Ukraine's soldiers need to be ready for the cold months,\" he told reporters in Ottawa."),
     2, True),
]

# Written and labelled before the first run, as ROUND_PAIRS; still apart after the round.
FIRST_VERSION_AND_A_COPY_LISTING_ITS_CONTENTS = (
    ("fr", "La Norvège annonce une nouvelle aide militaire à l'Ukraine",
     "La Norvège va fournir à l'Ukraine une nouvelle aide militaire, a annoncé lundi le ministère norvégien de la "
     "Défense, sans donner de détails."),
    ("fr", "La Norvège annonce une nouvelle aide militaire à l'Ukraine",
     "La Norvège va fournir à l'Ukraine une nouvelle aide militaire, comprenant des drones de surveillance et des "
     "pièces détachées, a annoncé lundi le ministère norvégien de la Défense."),
)

HELD_OUT_PAIRS = [
    ("a promise told now in the country, beside a new pledge of the system, FR",
     ("fr", "L'Allemagne promet un nouveau système IRIS-T à l'Ukraine",
      "L'Allemagne fournira un système de défense aérienne IRIS-T SLM supplémentaire à l'Ukraine, a annoncé jeudi "
      "le ministre de la Défense Boris Pistorius."),
     ("fr", "Le système IRIS-T promis par Berlin est désormais en Ukraine",
      "Le système de défense aérienne IRIS-T SLM promis par Berlin au printemps est désormais en Ukraine et sera "
      "bientôt opérationnel, selon l'armée de l'air ukrainienne."),
     4, False),
    ("a promise told now in the country, and its delivery, DE",
     ("de", "Zugesagtes Iris-T-System in der Ukraine angekommen",
      "Ein von Deutschland im Frühjahr zugesagtes Flugabwehrsystem Iris-T SLM ist in der Ukraine angekommen. Das "
      "teilte die ukrainische Luftwaffe am Donnerstag mit."),
     ("de", "Iris-T-System jetzt in der Ukraine",
      "Das im Frühjahr von Deutschland zugesagte Flugabwehrsystem Iris-T SLM ist inzwischen in der Ukraine und soll "
      "bald einsatzbereit sein, teilte die Luftwaffe mit."),
     3, True),
    ("one ministry's two announcements of a day in one template, EN",
     ("en", "Italy announces new military aid for Ukraine",
      "Italy will send Ukraine artillery ammunition and spare parts for its howitzers, the defence ministry in Rome "
      "said on Wednesday."),
     ("en", "Italy announces new military aid for Ukraine",
      "Italy will send Ukraine air defence missiles and spare parts for its howitzers, the defence ministry in Rome "
      "said on Wednesday."),
     2, False),
    ("one template, two sums in crowns, DE",
     ("de", "Schweden gibt der Ukraine weitere Millionen für Munition",
      "Schweden stellt der Ukraine weitere 500 Millionen Kronen für Artilleriemunition bereit. Das teilte das "
      "Verteidigungsministerium in Stockholm am Dienstag mit."),
     ("de", "Schweden gibt der Ukraine weitere Millionen für Munition",
      "Schweden stellt der Ukraine weitere 800 Millionen Kronen für Artilleriemunition bereit. Das teilte das "
      "Verteidigungsministerium in Stockholm am Dienstag mit."),
     3, False),
    ("a copy that drops one of the things listed, EN",
     ("en", "Italy announces new military aid for Ukraine",
      "Italy will send Ukraine artillery ammunition, air defence missiles and spare parts for its howitzers, the "
      "defence ministry in Rome said on Wednesday."),
     ("en", "Italy to send Ukraine shells and air defence missiles",
      "Italy will send Ukraine artillery ammunition and air defence missiles, the defence ministry in Rome said on "
      "Wednesday."),
     2, True),
    ("one donor's sum in a template and a copy converting it, EN",
     ("en", "Sweden gives Ukraine 500 million crowns for shells",
      "Sweden will spend 500 million crowns on artillery ammunition for Ukraine, the defence ministry in Stockholm "
      "said on Tuesday."),
     ("en", "Sweden gives Ukraine 500 million crowns for shells",
      "Sweden will spend 500 million crowns (about 44 million euros) on artillery ammunition for Ukraine, the "
      "defence ministry in Stockholm said on Tuesday."),
     2, True),
]


# Written with HELD_OUT_PAIRS: an agency's report and its marked correction of the sum, both
# from the agency's one feed (the first run compared them as two outlets': apart, the sums
# differ).
MARKED_CORRECTION_OF_A_SUM = (
    ("fr", "La Suède débloque 500 millions de couronnes pour des munitions ukrainiennes",
     "La Suède va consacrer 500 millions de couronnes à l'achat de munitions d'artillerie pour l'Ukraine, a "
     "annoncé mardi le ministère suédois de la Défense."),
    ("fr", "RECTIFICATIF - La Suède débloque 800 millions de couronnes pour des munitions ukrainiennes",
     "La Suède va consacrer 800 millions de couronnes à l'achat de munitions d'artillerie pour l'Ukraine, a "
     "annoncé mardi le ministère suédois de la Défense."),
)


@pytest.mark.parametrize(("name", "first", "second", "hours", "one_event"), ROUND_PAIRS,
                         ids=[pair[0] for pair in ROUND_PAIRS])
def test_round_13_pairs(name, first, second, hours, one_event, analyzer):
    assert matcher_joins(analyzer, first, second, hours) == one_event


@pytest.mark.parametrize(("name", "first", "second", "hours", "one_event"), HELD_OUT_PAIRS,
                         ids=[pair[0] for pair in HELD_OUT_PAIRS])
def test_round_13_held_out_pairs(name, first, second, hours, one_event, analyzer):
    assert matcher_joins(analyzer, first, second, hours) == one_event


def test_template_announcements_are_as_alike_as_copies(analyzer):
    """What the round is about: the template's two announcements are near-copies in
    wording, so only what each gives keeps them apart."""
    first, second = ROUND_PAIRS[0][1], ROUND_PAIRS[0][2]
    assert similarity(report_fingerprint(analyzer, *first), report_fingerprint(analyzer, *second)) >= NEAR_COPY


def test_an_agencys_marked_correction_of_its_sum_joins_its_first_version(analyzer):
    first, correction = (report_fingerprint(analyzer, *text) for text in MARKED_CORRECTION_OF_A_SUM)
    assert same_event_score(first, correction, same_feed=True, apart=timedelta(hours=1)) > 0.0


@pytest.mark.xfail(strict=True, reason="a first version naming no contents and another outlet's copy listing them "
                                       "agree on their pledges (Norway's aid) and day, but the list makes them 0.20 "
                                       "alike in wording, below the 0.30 at which agreeing pledges join; read as "
                                       "containing the first version, a bare template would join every later "
                                       "announcement of the ministry")
def test_a_first_version_naming_no_contents_joins_a_copy_listing_them(analyzer):
    first, second = FIRST_VERSION_AND_A_COPY_LISTING_ITS_CONTENTS
    assert matcher_joins(analyzer, first, second, 2)


# A preview of a contact-group sitting naming its day, and a report from the sitting,
# published that day, naming none (the real-article set's one such pair, found by
# ../shared/eval/score_stories.py dated as published, is measured, never copied: these are
# written for the test).
_PREVIEW = ("de", "Kontaktgruppe berät über Kampfpanzer",
            "Die Verteidigungsminister der Ukraine-Kontaktgruppe kommen am 14. März auf dem US-Stützpunkt Ramstein "
            "zusammen. Im Mittelpunkt soll die Frage stehen, wer der Ukraine Kampfpanzer liefert.")
_FROM_THE_SITTING = ("de", "Resnikow: Wir brauchen jetzt Panzer",
                     "\"Wer Panzer hat, soll sie schicken\", sagte der ukrainische Verteidigungsminister Olexij "
                     "Resnikow vor Beginn der Beratungen der Ukraine-Kontaktgruppe in Ramstein.")


def _sitting_joined(analyzer, preview_published: datetime, report_published: datetime) -> bool:
    preview, report = (report_fingerprint(analyzer, *text) for text in (_PREVIEW, _FROM_THE_SITTING))
    story = StoryCandidate(1, preview, preview_published)
    return match_story(report, report_published, [story]) == 1


def test_a_report_from_a_sitting_naming_no_day_joins_the_preview_naming_the_day_it_was_published(analyzer):
    assert _sitting_joined(analyzer, datetime(2027, 3, 12, 9, tzinfo=UTC), datetime(2027, 3, 14, 8, tzinfo=UTC))


def test_a_report_naming_no_day_published_the_day_before_the_sitting_stays_apart(analyzer):
    assert not _sitting_joined(analyzer, datetime(2027, 3, 12, 9, tzinfo=UTC), datetime(2027, 3, 13, 8, tzinfo=UTC))
