"""Story grouping round 23: two risks stop 43 noticed in round 22's headline-only reports (see
tests/stories/test_story_grouping_22.py), checked on two busy days of wire copy.

- A headline alone telling a handing-over in the present ("delivers", "livre", "liefert") conflicts with
  neither phase since round 22: on a day when the same donor both delivers a system and pledges more of it,
  it may join the pledge's story instead of the delivery's (day D).
- Other present-tense verbs of handing over ("sends", "envoie", "schickt", "hands over", "remet") may be
  read as decisions, so that a headline alone telling them stays apart from the full report of the delivery
  it tells (day E).

Every text and figure was invented for this file (wire style, EN/FR/DE), none taken from the real-article
set or the probes; each report was labelled by hand with its event before the first run, following
../shared/eval/README.md. Where a headline alone is open to two readings, it is labelled by its verb as
written: a present of handing over ("delivers", "envoie", "schickt") tells the delivery, as the full reports
of the day do.

- Day D (Tuesday 8 June 2027, 10 reports): Sweden pledges 18 more Archer howitzers (EN, DE) and the same day
  reports the last six of its earlier package delivered (FR in full, EN and DE as headlines alone); Italy's
  second SAMP/T battery promised (EN, FR); Norway's NASAMS launchers delivered (EN in full, FR as a headline
  alone); Sweden buying Archers for its own army (DE, not relevant).
- Day E (Thursday 10 June 2027, 10 reports): Denmark's six F-16s delivered (EN in full; FR "envoie", DE
  "schickt", EN "sends" as headlines alone); the Czech Dana howitzers handed over (DE in full; EN "hands
  over", FR "remet" as headlines alone); Poland's 30 Krab howitzers promised (EN, FR); a Danish frigate sent
  to the Baltic (DE, not relevant).

Each day is replayed through the real poller (tests/support/busy_days.py) in 7 feed orders, dated now and
dated as published, and counted as ../shared/eval/score_stories.py counts.

First run (2026-12-05, this branch = main at 89f3ea1 with relevance round 20's rule, labels unchanged; the two
date modes gave the same figures in every order): both risks are real.
- Day D: 9 of 9 relevant stored; in 3 of 7 orders (shuffles 3, 4, 5) the two headlines alone ("Sweden delivers
  Archer howitzers", "Schweden liefert Archer-Haubitzen") join the story of Sweden's new pledge (4 wrong pairs,
  2 missed with the French report of the delivery, and in one order the pledge's event hidden under the
  delivery's); the other 4 orders right. Norway's headline alone joins its delivery in all 7.
- Day E: 9 of 9 relevant stored; no wrong pair, but in all 7 orders the three headlines alone telling Denmark's
  F-16s "sent" ("sends", "envoie", "schickt") make a story of their own apart from the full report of the
  delivery (3 missed pairs); the Czech "hands over" and "remet" headlines join the German report of the
  handing-over in all 7.

Fixed in bot/core/stories: a headline alone told in either phase now conflicts in phase with a report of a
decision only unless the two share a count or a sum (same_event._present_headline_beside_decision), and counts
its things in both phases (events.py, `counted`); "sends", "envoie(nt)", "schickt/schicken" are verbs of such
headlines (lead_pledges._PRESENT_HANDING_OVER). Then both days right in all 7 orders and both date modes.

The pairs below (written after the busy days, labelled before their first run): on main's code at 39657dc, 3
of 6 - the three announcements that parliament must still approve joined the vote's report (nothing told
the two steps apart); the controls and the headline naming the pledge's count right. Fixed by
bot/core/stories/evidence/approvals.py (an approval given against one still to come: conflict "step" in
same_event.compare): 6 of 6, and review 45's day B right in all 7 orders dated now.
"""


from __future__ import annotations

import pytest

from tests.support.busy_days import BusyDays, busy_day_checks, report
from tests.support.story_pairs import matcher_joins, pair_case

EN, EN2, FR, DE, DE2 = "Wire EN", "Paper EN", "Agence FR", "Agentur DE", "Zeitung DE"

DAY_D = [
    report("RD-EN-01", "en", EN, "2027-06-08", "se-archer-pledge",
           "Sweden to send 18 more Archer howitzers to Ukraine",
           "STOCKHOLM (Wire) - Sweden will send Ukraine 18 more Archer self-propelled howitzers next year, the "
           "government said on Tuesday, its largest artillery pledge so far."),
    report("RD-DE-01", "de", DE, "2027-06-08", "se-archer-pledge",
           "Schweden sagt der Ukraine 18 weitere Archer-Haubitzen zu",
           "STOCKHOLM (Agentur) - Schweden will der Ukraine im kommenden Jahr 18 weitere Radhaubitzen vom Typ "
           "Archer liefern, teilte die Regierung am Dienstag mit."),
    report("RD-FR-01", "fr", FR, "2027-06-08", "se-archer-delivered",
           "La Suède a livré ses derniers canons Archer promis à l'Ukraine",
           "STOCKHOLM (Agence) - La Suède a livré à l'Ukraine les six derniers canons automoteurs Archer de son "
           "précédent paquet d'aide, a indiqué mardi le ministère suédois de la Défense."),
    report("RD-EN-02", "en", EN2, "2027-06-08", "se-archer-delivered",
           "Sweden delivers Archer howitzers to Ukraine", ""),
    report("RD-DE-02", "de", DE2, "2027-06-08", "se-archer-delivered",
           "Schweden liefert Archer-Haubitzen an die Ukraine", ""),
    report("RD-EN-03", "en", EN, "2027-06-08", "it-samp",
           "Italy to send second SAMP/T battery to Ukraine",
           "ROME (Wire) - Italy will send Ukraine a second SAMP/T air defence battery before the winter, the "
           "defence minister told parliament on Tuesday."),
    report("RD-FR-02", "fr", FR, "2027-06-08", "it-samp",
           "L'Italie va fournir une deuxième batterie SAMP/T à l'Ukraine",
           "ROME (Agence) - L'Italie fournira à l'Ukraine une deuxième batterie de défense aérienne SAMP/T avant "
           "l'hiver, a annoncé mardi le ministre italien de la Défense devant le Parlement."),
    report("RD-EN-04", "en", EN2, "2027-06-08", "no-nasams",
           "Norway has delivered two NASAMS launchers to Ukraine",
           "OSLO (Paper) - Norway has handed two more NASAMS air defence launchers over to Ukraine, the Norwegian "
           "defence ministry said on Tuesday."),
    report("RD-FR-03", "fr", FR, "2027-06-08", "no-nasams",
           "La Norvège livre deux lanceurs NASAMS à l'Ukraine", ""),
    report("RD-DE-03", "de", DE, "2027-06-08", "se-own-archer",
           "Schweden bestellt neue Archer-Haubitzen für die eigene Armee",
           "STOCKHOLM (Agentur) - Die schwedische Armee hat bei BAE Systems 24 neue Radhaubitzen vom Typ Archer "
           "bestellt. Sie sollen ab 2029 an die Artillerieregimenter gehen.", relevant=False),
]

DAY_E = [
    report("RE-EN-01", "en", EN, "2027-06-10", "dk-f16",
           "Denmark has delivered six more F-16s to Ukraine",
           "COPENHAGEN (Wire) - Denmark has delivered six more F-16 fighter jets to Ukraine, the Danish defence "
           "ministry said on Thursday."),
    report("RE-FR-01", "fr", FR, "2027-06-10", "dk-f16",
           "Le Danemark envoie six F-16 supplémentaires à l'Ukraine", ""),
    report("RE-DE-01", "de", DE, "2027-06-10", "dk-f16",
           "Dänemark schickt sechs weitere F-16 in die Ukraine", ""),
    report("RE-EN-02", "en", EN2, "2027-06-10", "dk-f16",
           "Denmark sends six more F-16 jets to Ukraine", ""),
    report("RE-DE-02", "de", DE2, "2027-06-10", "cz-dana",
           "Tschechien hat der Ukraine zwölf Dana-Haubitzen übergeben",
           "PRAG (Zeitung) - Tschechien hat der Ukraine zwölf Radhaubitzen vom Typ Dana übergeben, teilte das "
           "Verteidigungsministerium in Prag am Donnerstag mit."),
    report("RE-EN-03", "en", EN, "2027-06-10", "cz-dana",
           "Czech Republic hands over 12 Dana howitzers to Ukraine", ""),
    report("RE-FR-02", "fr", FR, "2027-06-10", "cz-dana",
           "La République tchèque remet douze obusiers Dana à l'Ukraine", ""),
    report("RE-EN-04", "en", EN2, "2027-06-10", "pl-krab",
           "Poland to send 30 more Krab howitzers to Ukraine",
           "WARSAW (Paper) - Poland will send Ukraine 30 more Krab self-propelled howitzers by the end of the year, "
           "the Polish defence minister said on Thursday."),
    report("RE-FR-03", "fr", FR, "2027-06-10", "pl-krab",
           "La Pologne va livrer 30 obusiers Krab supplémentaires à l'Ukraine",
           "VARSOVIE (Agence) - La Pologne livrera à l'Ukraine 30 obusiers automoteurs Krab supplémentaires d'ici "
           "la fin de l'année, a annoncé jeudi le ministre polonais de la Défense."),
    report("RE-DE-03", "de", DE, "2027-06-10", "dk-frigate",
           "Dänemark schickt Fregatte in die Ostsee",
           "KOPENHAGEN (Agentur) - Dänemark schickt eine Fregatte in die Ostsee, um Unterseekabel und Pipelines "
           "zu überwachen, teilte die Marine am Donnerstag mit.", relevant=False),
]

DAYS = {"D": DAY_D, "E": DAY_E}
SHUFFLES = 6  # the file's order and 5 shuffles, then newest first: 7 orders

# What is left: (check, day, dates) -> what is read instead (strict xfails).
# What is left: (check, day, dates) -> what is read instead (strict xfails). Nothing since the fixes below.
LEFT: dict[tuple[str, str, str], str] = {}

BUSY_DAYS = BusyDays(DAYS, SHUFFLES, LEFT)


(test_every_report_labelled_relevant_is_stored_as_relevant, test_no_story_joins_two_events, test_no_event_is_hidden,
 test_every_report_joins_the_story_of_its_event) = busy_day_checks(BUSY_DAYS)


def test_the_days_are_as_described() -> None:
    """Two days of 10 reports in the three languages, ids unique."""
    for items in DAYS.values():
        assert len(items) == 10
        assert {item["lang"] for item in items} == {"en", "fr", "de"}
    ids = [item["id"] for items in DAYS.values() for item in items]
    assert len(ids) == len(set(ids))


# ---- Pairs, labelled by hand before their first run (one event or not), published `hours` apart with no
# date: a government's announcement that parliament must still approve against the vote (review 45's day B,
# dated now, R1's report once stored), and a headline alone naming the figure of a decision.
_DUTCH_PENDING_DE = ("de", "Niederlande wollen 500 Millionen Euro für Munition an Kiew geben",
                     "DEN HAAG (Agentur) - Die niederländische Regierung will der Ukraine 500 Millionen Euro für "
                     "Artilleriemunition geben. Das Parlament muss dem Paket noch zustimmen.")
_DUTCH_PENDING_EN = ("en", "Netherlands to give Ukraine 500 million euros for ammunition",
                     "THE HAGUE (Wire) - The Dutch government will give Ukraine 500 million euros for artillery "
                     "ammunition, pending parliamentary approval.")
_DUTCH_VOTE_EN = ("en", "Dutch parliament approves 500 million euros for Ukraine's ammunition",
                  "THE HAGUE (Wire) - The Dutch parliament approved 500 million euros to buy artillery ammunition "
                  "for Ukraine by a wide majority.")
_DUTCH_VOTE_DE = ("de", "Niederländisches Parlament billigt 500 Millionen Euro für Munition",
                  "DEN HAAG (Agentur) - Das niederländische Parlament hat 500 Millionen Euro für Artilleriemunition "
                  "für die Ukraine gebilligt.")
_SWEDISH_PLEDGE = DAY_D[0]["lang"], DAY_D[0]["title"], DAY_D[0]["summary"]

PAIRS = [
    pair_case("announcement-pending-apart-from-vote-de-en", _DUTCH_PENDING_DE, _DUTCH_VOTE_EN, 2, False),
    pair_case("announcement-pending-apart-from-vote-en-de", _DUTCH_PENDING_EN, _DUTCH_VOTE_DE, 2, False),
    pair_case("danish-announcement-apart-from-vote",
              ("en", "Denmark unveils DKK 3 billion drone package for Ukraine",
               "COPENHAGEN (Wire) - Denmark's government unveiled a 3 billion crown package of drones for Ukraine, "
               "subject to approval by parliament."),
              ("fr", "Le Parlement danois approuve 3 milliards de couronnes de drones pour l'Ukraine",
               "COPENHAGUE (Agence) - Le Parlement danois a approuvé une enveloppe de 3 milliards de couronnes "
               "destinée à l'achat de drones pour l'Ukraine."), 2, False),
    # Controls: two reports of one vote, two of one announcement.
    pair_case("two-reports-of-the-vote", _DUTCH_VOTE_EN, _DUTCH_VOTE_DE, 2, True),
    pair_case("two-reports-of-the-announcement", _DUTCH_PENDING_DE, _DUTCH_PENDING_EN, 2, True),
    # A headline alone in the present naming the decision's figure is that decision's headline.
    pair_case("present-headline-with-the-pledge-count",
              ("en", "Sweden delivers 18 Archer howitzers to Ukraine", ""), _SWEDISH_PLEDGE, 2, True),
]


@pytest.mark.parametrize(("name", "first", "second", "hours", "one_event"), PAIRS)
def test_pairs(name, first, second, hours, one_event, analyzer):
    assert matcher_joins(analyzer, first, second, hours) is one_event


@pytest.mark.parametrize(("lead", "told"), [
    ("The package still needs the approval of the Norwegian parliament.", {"approval pending"}),
    ("Das Parlament muss dem Paket noch zustimmen.", {"approval pending"}),
    ("Le Parlement danois a approuvé mercredi l'enveloppe.", {"approval given"}),
    # Another government's consent (a re-export) is no parliament's step.
    ("Germany still needs the approval of Switzerland to pass the ammunition on.", set()),
    ("The government will send more drones, the minister said.", set()),
])
def test_the_step_of_a_parliament_is_read_from_the_lead(lead, told):
    from bot.core.stories.evidence.approvals import approval_told
    from bot.core.text import fold

    assert approval_told(fold(lead)) == told
