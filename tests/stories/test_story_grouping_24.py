"""Story grouping round 24: outlets giving different figures for one delivery, and a report of a halt
with the government's denials of it (review 46's causes K1 and K2, tests/stories/test_review_46.py).

Two busy days of wire copy, every text and figure invented for this file (none from the probe or the
real-article set), each report labelled by hand with its event before the first run, following the
conventions of review 46:
- outlets giving different but close figures for one delivery, on the same day named, report one
  event ("some 120,000 rounds" against another agency's "140 000 obus");
- a report that a government halted deliveries and that government's denials of it are one event;
  a denial by that government of another kind of report (a ban on using its missiles, not a halt) is
  another event;
- counter-cases: one donor's two deliveries of one kind on one day, of clearly different sizes, are
  two events; another government's halt is another event; the denying government's new pledge of the
  day is another event.

First run (2026-12-05, main's code at e56e111, labels unchanged), 7 orders, both date modes alike:
- Day D: 8 of 8 relevant stored, 5 pairs, 2 joined, none wrong, nothing hidden: the French "140 000"
  apart from the two "120,000" reports; the French report of the EU-funded vehicles apart from the
  English one.
- Day E: 8 of 8 relevant stored, 5 pairs, 1 joined, 1 wrong (the French denial of the freeze joined
  the English denial of the missile ban), no-ban hidden in 4 of 7 orders per date mode; the halt
  report and its two denials apart, the two reports of Slovakia's halt apart.
After the fixes on this branch (same_event._counts_close, _denies_report, _halts_agree; a freeze
"gel"/"eingefroren" read as a halt in refusals_told):
- Day D: 4 of 5 pairs, none wrong, nothing hidden, every order: what is left is the French report
  of the EU-funded delivery, read as pledged by the pledge extraction (strict xfail below).
- Day E: 5 of 5 pairs, none wrong, nothing hidden, every order and both date modes.
The close-figure pairs at the end (written after the days, labelled before their first run): 3 of 3
on this branch; on main's code the rough-against-exact pair stays apart (2 of 3).
"""

from __future__ import annotations

import pytest

from tests.support.busy_days import BusyDays, busy_day_checks, report
from tests.support.story_pairs import matcher_joins, pair_case

WIRE, PAPER, AGENCE, AGENTUR = "Wire EN", "Paper EN", "Agence FR", "Agentur DE"


DAY_D = [
    # One delivery, three figures (one event): rough 120,000 twice, an exact 140 000 once.
    report("GD-EN-01", "en", WIRE, "2027-10-13", "pl-rounds",
           "Poland says it has delivered some 120,000 artillery rounds to Ukraine since spring",
           "WARSAW (Wire) - Poland has delivered some 120,000 artillery rounds to Ukraine since the spring, "
           "the Polish defence minister told reporters on Wednesday."),
    report("GD-FR-01", "fr", AGENCE, "2027-10-13", "pl-rounds",
           "La Pologne a livré 140 000 obus d'artillerie à l'Ukraine depuis le printemps",
           "VARSOVIE (Agence) - La Pologne a livré 140 000 obus d'artillerie à l'Ukraine depuis le "
           "printemps, a déclaré mercredi le ministre polonais de la Défense devant la presse."),
    report("GD-DE-01", "de", AGENTUR, "2027-10-13", "pl-rounds",
           "Polen hat rund 120.000 Artilleriegeschosse an die Ukraine geliefert",
           "WARSCHAU (Agentur) - Polen hat seit dem Frühjahr rund 120.000 Artilleriegeschosse an die Ukraine "
           "geliefert, sagte der polnische Verteidigungsminister am Mittwoch vor Journalisten."),
    # One donor, one kind, one day, two deliveries of clearly different sizes (two events).
    report("GD-EN-02", "en", WIRE, "2027-10-13", "ee-apc-a",
           "Estonia hands over 12 armoured personnel carriers to Ukraine",
           "TALLINN (Wire) - Estonia has handed over 12 armoured personnel carriers from its own stocks to "
           "Ukraine, the Estonian defence forces said on Wednesday."),
    report("GD-DE-02", "de", AGENTUR, "2027-10-13", "ee-apc-a",
           "Estland übergibt der Ukraine zwölf Schützenpanzerwagen",
           "TALLINN (Agentur) - Estland hat der Ukraine zwölf gepanzerte Mannschaftstransporter aus eigenen "
           "Beständen übergeben, teilten die Streitkräfte am Mittwoch mit."),
    report("GD-EN-03", "en", PAPER, "2027-10-13", "ee-apc-b",
           "Estonia delivers 40 armoured vehicles bought with EU funds to Ukraine",
           "TALLINN (Paper) - Estonia has delivered 40 armoured vehicles bought from a Finnish maker with "
           "European Union money to Ukraine, the procurement agency said on Wednesday."),
    report("GD-FR-02", "fr", AGENCE, "2027-10-13", "ee-apc-b",
           "L'Estonie livre 40 blindés financés par l'UE à l'Ukraine",
           "TALLINN (Agence) - L'Estonie a livré à l'Ukraine 40 véhicules blindés achetés à un fabricant "
           "finlandais avec des fonds de l'Union européenne, a indiqué mercredi l'agence des achats."),
    # Another donor's pledge of the day (its own event).
    report("GD-DE-03", "de", AGENTUR, "2027-10-13", "be-f16",
           "Belgien sagt der Ukraine zwei weitere F-16 zu",
           "BRÜSSEL (Agentur) - Belgien wird der Ukraine zwei weitere Kampfjets vom Typ F-16 überlassen, "
           "kündigte die Verteidigungsministerin am Mittwoch an."),
    report("GD-EN-04", "en", PAPER, "2027-10-13", "harvest",
           "Polish farmers expect record maize harvest",
           "WARSAW (Paper) - Polish farmers expect a record maize harvest this year after a warm autumn, the "
           "agriculture ministry said on Wednesday.", relevant=False),
]

DAY_E = [
    # A report of a halt and two denials of it (one event).
    report("GE-EN-01", "en", PAPER, "2027-11-04", "no-halt",
           "Norway has frozen arms deliveries to Ukraine, broadcaster says",
           "OSLO (Paper) - Norway has frozen its deliveries of weapons to Ukraine for the past month, a "
           "Norwegian broadcaster reported on Thursday, citing officials."),
    report("GE-FR-01", "fr", AGENCE, "2027-11-04", "no-halt",
           "Oslo dément avoir gelé ses livraisons d'armes à Kiev",
           "OSLO (Agence) - Le ministère norvégien de la Défense a démenti jeudi tout gel de ses livraisons "
           "d'armes à l'Ukraine. « Les livraisons se poursuivent comme prévu », a-t-il déclaré."),
    report("GE-DE-01", "de", AGENTUR, "2027-11-04", "no-halt",
           "Norwegen dementiert Stopp seiner Waffenlieferungen an die Ukraine",
           "OSLO (Agentur) - Norwegen hat Berichte über einen Stopp seiner Waffenlieferungen an die Ukraine "
           "dementiert. Die Lieferungen liefen weiter wie geplant, hieß es aus dem Ministerium."),
    # The same government denies another kind of report that day (another event).
    report("GE-EN-02", "en", WIRE, "2027-11-04", "no-ban",
           "Norway denies barring Ukraine from firing its missiles into Russia",
           "OSLO (Wire) - Norway on Thursday denied a report that it had barred Ukraine from using "
           "Norwegian-supplied missiles against targets inside Russia."),
    # The same government's new pledge of the day (another event).
    report("GE-DE-02", "de", AGENTUR, "2027-11-04", "no-drones",
           "Norwegen gibt 500 Millionen Kronen für Drohnen für die Ukraine",
           "OSLO (Agentur) - Norwegen stellt der Ukraine 500 Millionen Kronen für den Kauf von Drohnen bereit, "
           "teilte das Verteidigungsministerium am Donnerstag mit."),
    report("GE-EN-03", "en", WIRE, "2027-11-04", "no-drones",
           "Norway to fund drones for Ukraine with 500 million crowns",
           "OSLO (Wire) - Norway will give Ukraine 500 million crowns to buy drones, the defence ministry "
           "said on Thursday."),
    # Another government's halt (another event).
    report("GE-FR-02", "fr", AGENCE, "2027-11-04", "sk-halt",
           "La Slovaquie suspend ses livraisons d'armes à l'Ukraine",
           "BRATISLAVA (Agence) - Le gouvernement slovaque a annoncé jeudi suspendre ses livraisons d'armes "
           "à l'Ukraine, invoquant ses propres besoins de défense."),
    report("GE-EN-04", "en", WIRE, "2027-11-04", "sk-halt",
           "Slovakia suspends arms deliveries to Ukraine",
           "BRATISLAVA (Wire) - Slovakia's government said on Thursday it was suspending weapons deliveries to "
           "Ukraine, citing its own defence needs."),
    report("GE-DE-03", "de", AGENTUR, "2027-11-04", "fish",
           "Norwegen meldet Rekordexport von Lachs",
           "OSLO (Agentur) - Norwegen hat im Oktober so viel Lachs exportiert wie nie zuvor, teilte der "
           "Fischereirat am Donnerstag mit.", relevant=False),
]

DAYS = {"D": DAY_D, "E": DAY_E}
SHUFFLES = 6  # the file's order and 5 shuffles, then newest first: 7 orders

# What is left: nothing. The French report of Estonia's EU-funded delivery ('a livré ... 40 véhicules
# blindés achetés ... avec des fonds de l'Union européenne'), read as pledged until stop 59, reads as a
# delivery since stop 59's merges and joins the English report (its two strict xfails removed).
LEFT: dict[tuple[str, str, str], str] = {}


BUSY_DAYS = BusyDays(DAYS, SHUFFLES, LEFT)


(test_every_report_labelled_relevant_is_stored_as_relevant, test_no_story_joins_two_events, test_no_event_is_hidden,
 test_every_report_joins_the_story_of_its_event) = busy_day_checks(BUSY_DAYS)


def test_the_round_is_as_labelled() -> None:
    """Two days of 9 reports in the three languages, ids unique, a control that is no aid on each."""
    for items in DAYS.values():
        assert len(items) == 9
        assert {item["lang"] for item in items} == {"en", "fr", "de"}
        assert sum(not item["relevant"] for item in items) == 1
    ids = [item["id"] for items in DAYS.values() for item in items]
    assert len(ids) == len(set(ids))


# Pairs of the close-figures rule (same_event._counts_close), labelled before their first run: a
# rough figure and another outlet's exact one for one delivery, on the same day named, are one event;
# two exact small counts of one donor's system on one day are two batches; figures far apart are two
# deliveries.
_DK_DRONES_ROUGH = ("en", "Denmark says it has sent about 9,000 drones to Ukraine this year",
                    "COPENHAGEN (Wire) - Denmark has delivered about 9,000 drones to Ukraine so far this year, "
                    "the Danish defence minister said on Monday.")
_DK_DRONES_EXACT = ("de", "Dänemark hat der Ukraine 10.000 Drohnen geliefert",
                    "KOPENHAGEN (Agentur) - Dänemark hat der Ukraine in diesem Jahr 10.000 Drohnen geliefert, "
                    "sagte der dänische Verteidigungsminister am Montag.")
_DK_DRONES_FAR = ("fr", "Le Danemark a livré 2 000 drones de reconnaissance à l'Ukraine",
                  "COPENHAGUE (Agence) - Le Danemark a livré 2 000 drones de reconnaissance à l'Ukraine, a "
                  "indiqué lundi le ministre danois de la Défense.")
_DK_CAESAR_12 = ("en", "Denmark delivers 12 Caesar howitzers to Ukraine",
                 "COPENHAGEN (Wire) - Denmark has delivered 12 Caesar self-propelled howitzers to Ukraine, the "
                 "defence ministry said on Monday.")
_DK_CAESAR_14 = ("fr", "Le Danemark a livré 14 canons Caesar à l'Ukraine",
                 "COPENHAGUE (Agence) - Le Danemark a livré 14 canons automoteurs Caesar à l'Ukraine, a "
                 "annoncé lundi le ministère danois de la Défense.")

CLOSE_FIGURE_CASES = [
    pair_case("rough and exact figure of one delivery, same day", _DK_DRONES_ROUGH, _DK_DRONES_EXACT, 3, True),
    pair_case("figures far apart, same donor and day", _DK_DRONES_ROUGH, _DK_DRONES_FAR, 3, False),
    pair_case("two exact small counts of one system, same day", _DK_CAESAR_12, _DK_CAESAR_14, 3, False),
]


@pytest.mark.parametrize(("name", "first", "second", "hours", "one_event"), CLOSE_FIGURE_CASES)
def test_close_figures_pairs(name, first, second, hours, one_event, analyzer):
    assert matcher_joins(analyzer, first, second, hours) == one_event
