"""Story grouping round 17: rolling updates that add the figures, late re-tellings that name the
day, and a German summit named by its city's adjective.

Busy day 39 (tests/data/busy_day_39.jsonl, written and labelled by event before any run: 27
reports of 8 events, 13-17 September, EN/FR/DE) puts Germany's two air defence deals of one Monday
(three IRIS-T SLM, the wire's first version without figures and its "UPDATE 1-"; $500 million of US
Patriot missiles through PURL, with a live entry and an analysis the next day) beside an EU summit
in Brussels and a Nordic-Baltic summit in Riga on one Wednesday, Sweden's 18 Archer pledged in Riga
(the French agency's twelve and its "RECTIFICATIF"), Norway's NASAMS on Thursday (again a first
version without figures and its "UPDATE 1-", and a paper running the German agency's copy word for
word), another IRIS-T handed over that Thursday, a German weekly's comment on Monday's pledge and
an English week in review. Busy day 40 (26 reports of 9 events, 8-12 March): Belgium's first F-16
handed over on Monday and told arrived by Kyiv on Wednesday, the US's drawdown package ("about $400
million", then "UPDATE 1-" $425 million) and HAWK sale (a wrong sum and its "CORRECTED-") of one
Tuesday, a NATO summit in Ankara and a Black Sea conference in Bucharest on one Thursday, Canada's
and the Netherlands' pledges at the summit (a wrong weekday and its "KORREKTUR:", a comment the next
day), a French weekly's round-up.

First run (both date modes; the file's order, 6 shuffles and newest first, 8 orders; main's code):
day 39 pair precision 1.00, recall 1.00 in 7 orders and 0.89 in one, nothing hidden: in that order
Norway's first version without figures came after its "UPDATE 1-" had joined the other outlets'
copies, and as the wire's second report in that story it had to be a revision of the update: 0.49
alike, no figure shared (the first had none). Day 40: 1.00 / 1.00 in every order. Day 39's German
comment and week in review are not found relevant (25 of 27 stored; see the xfails; since stories round
18 the comment is, and joins the pledge's story in every order: 26 of 27, 39 pairs, 1.00 / 1.00). Fixed in
bot/core/stories/:
- a marked update giving counts or sums where its first version gave none, agreeing with it on who
  gives what and on the day, is that version's revision (revision_pairs._fills_in_figures): day 39 at
  1.00 in every order;
- a late report (past the story window, within its late reach) from another feed joins a story
  when it names the same calendar day, a weekday read back from each report's own publication to
  the latest such day on or before it, and agrees on the pledges and the system
  (report_times.same_day_read_back): tests/stories/test_review_40.py's German weekly 70 hours after the
  English news, a strict xfail of round 16, passes (now a plain test). So does a late report
  sharing an event key on that day (a package's number), the held-out day's explainer below. Only a
  report telling one event alike joins so: the same governments, no other weekday or date where
  both name some (story_score._tell_one_event_alike; without it one probe below, a week's round-up
  naming two governments' news on two days, joined the first of them 100 hours later);
- a German summit named by its city's adjective ("Londoner Gipfel", "Warschauer Konferenz") is
  keyed by its country like "London summit" (gatherings._GATHERING_AT): the round 16 review's
  "Londoner Gipfel", not read as a venue, now joins the English round-up;
- German participants counted in the dative plural ("von mehr als 20 Ländern") are no count.

Busy day 41 (24 reports of 7 events, 17-24 May) was written after those fixes as a held-out
check, labelled before any run: Poland's 24 Krab (a first version without the number and its
"UPDATE 1-", a live entry, a German weekly three days later naming Monday) and its shells the same
Monday; a conference in Berlin ("Berliner Konferenz") and a Nordic summit in Helsinki on one
Wednesday, with Germany's IRIS-T pledged at the conference and a French editorial the next day;
Sweden's 21st package (a wrong sum and its "KORREKTUR:", an explainer the next Monday); a week's
round-up. First run: 1.00 / 1.00 in every order dated today, 1.00 / 0.89 in every order dated as
published (the explainer, whose verbs read no pledge, 4 days after the package: past the window,
its package number an event key the late path did not take); 1.00 / 1.00 once a late report
sharing an event key and the calendar day joins. The conference's live entry telling it over is
not found relevant (23 of 24 stored) on this round's rules; relevance round 16, merged beside it,
finds it, and it joins the conference in every order (24 stored, 39 pairs).

The pairs below were written for the round in the style of wire copy and labelled by hand before
their first run, after the fixes, aimed at them and their look-alikes (22 with the readings of
the city adjective): all pass with the fixes; main's code fails 7 (the weekly naming the day, the
explainer of a numbered package, the German city adjective in a pair and in three readings, the
update filling in figures). PROBES, written after that: 9 of 10 on their first run (the week's
round-up above), then 10 of 10; main's code 9 of 10 (a comment two days after a refusal, naming
its day, stays apart).

The real-article set (../shared/eval/score_stories.py; bench/bench_story_orders.py, 8 orders) does
not move: 1.00 / 0.96 (27 of 28) dated as published, 1.00 / 0.86 (24 of 28) all dated now, hidden
0/72, before and after.
"""

from __future__ import annotations

from datetime import timedelta

import pytest

from bot.core.stories.scoring.story_score import same_event_score
from tests.support.story_pairs import (  # noqa: F401 - the analyzer fixture
    matcher_joins,
    report_fingerprint,
    shipped_analyzer,
)
from tests.support.story_replay import headline, reports_by_id

# (name, (lang, title, text), (lang, title, text), hours apart, one event?), labelled by hand
# before their first run.
_NASAMS_FIRST = ("en", "Norway to send Ukraine more NASAMS air defence",
                 "Norway will send more NASAMS air defence equipment to Ukraine, Defence Minister Tore O. Sandvik "
                 "said on Tuesday, without giving details.")
_NASAMS_WEEKLY = ("de", "Wochenrückblick: Norwegen schickt Kiew zwei NASAMS",
                  "Norwegen hat der Ukraine am Dienstag zwei weitere NASAMS-Flugabwehrsysteme im Wert von 2,5 "
                  "Milliarden Kronen zugesagt, teilte die Regierung in Oslo mit.")
_NASAMS_WIRE = ("en", "Norway to give Ukraine two NASAMS systems worth 2.5 billion crowns",
                "Norway will give Ukraine two more NASAMS air defence systems worth 2.5 billion Norwegian crowns, "
                "Defence Minister Tore O. Sandvik said on Tuesday.")
_CAESAR_WIRE = ("en", "Denmark to fund 12 more Caesar howitzers for Ukraine",
                "Denmark will pay for 12 more Caesar self-propelled howitzers for Ukraine, the defence ministry in "
                "Copenhagen said on Wednesday.")
_PACKAGE_21 = ("en", "Finland unveils 21st military aid package for Ukraine",
               "Finland will send Ukraine a 21st military aid package worth 250 million euros, including air "
               "defence missiles and mortar shells, Defence Minister Antti Hakkanen said on Thursday.")
_LONDON_EN = ("en", "European leaders pledge more air defence for Ukraine at London summit",
              "Leaders of more than 20 countries meeting in London on Tuesday promised Ukraine more air defence and "
              "drones before the winter, Prime Minister Keir Starmer said.")
_LONDON_DE = ("de", "Londoner Gipfel: Europäer sagen Kiew mehr Flugabwehr zu",
              "Die Staats- und Regierungschefs von mehr als 20 Ländern haben der Ukraine am Dienstag in der "
              "britischen Hauptstadt mehr Flugabwehr und Drohnen vor dem Winter zugesagt.")

ROUND_PAIRS = [
    ("a weekly 3 days after the wire naming the same Tuesday, in German", _NASAMS_WIRE, _NASAMS_WEEKLY, 70, True),
    ("a French regional paper 4 days after the wire naming the same Wednesday",
     _CAESAR_WIRE,
     ("fr", "Copenhague finance douze canons Caesar de plus pour Kiev",
      "Le Danemark va financer douze canons automoteurs Caesar supplémentaires pour l'Ukraine, a annoncé mercredi le "
      "ministère danois de la Défense."),
     94, True),
    ("a weekly naming Tuesday, published after the next Tuesday: the next week's pledge",
     _NASAMS_WIRE,
     ("de", "Norwegen sagt Kiew weitere NASAMS zu",
      "Norwegen hat der Ukraine am Dienstag zwei weitere NASAMS-Flugabwehrsysteme zugesagt, teilte die Regierung in "
      "Oslo mit."),
     166, False),
    ("a weekly 3 days after the pledge naming the same day, telling the systems delivered",
     _NASAMS_WIRE,
     ("de", "Wochenrückblick: Norwegen hat Kiew zwei NASAMS übergeben",
      "Norwegen hat der Ukraine am Dienstag zwei NASAMS-Flugabwehrsysteme übergeben, teilte die Regierung in Oslo "
      "mit."),
     70, False),
    ("a weekly 3 days later naming the same day, another system of the same donor",
     _NASAMS_WIRE,
     ("de", "Wochenrückblick: Norwegen schickt Kiew F-16-Munition",
      "Norwegen hat der Ukraine am Dienstag Munition für F-16-Kampfjets im Wert von 2,5 Milliarden Kronen "
      "zugesagt, teilte die Regierung in Oslo mit."),
     70, False),
    ("an explainer of a numbered package the Monday after, naming its Thursday",
     _PACKAGE_21,
     ("en", "Explainer: What Finland's 21st aid package brings Ukraine",
      "The 250 million euro package Defence Minister Antti Hakkanen announced on Thursday adds air defence "
      "missiles and mortar shells to what Finland has sent Ukraine since 2022."),
     90, True),
    ("an explainer of the next numbered package, naming a Thursday, four days after the one before",
     _PACKAGE_21,
     ("en", "Explainer: What Finland's 22nd aid package brings Ukraine",
      "The 250 million euro package Defence Minister Antti Hakkanen announced on Thursday adds air defence "
      "missiles and mortar shells to what Finland has sent Ukraine since 2022."),
     90, False),
    ("an explainer of a numbered package the Monday after, naming another day",
     _PACKAGE_21,
     ("en", "Explainer: What Finland's 21st aid package brings Ukraine",
      "The 250 million euro package Defence Minister Antti Hakkanen announced on Tuesday adds air defence "
      "missiles and mortar shells to what Finland has sent Ukraine since 2022."),
     90, False),
    ("a summit's round-ups, the German naming it by the city's adjective", _LONDON_EN, _LONDON_DE, 2, True),
    ("two summits' round-ups of one day, both named by the city's adjective",
     _LONDON_DE,
     ("de", "Pariser Gipfel: Unterstützer sagen Kiew mehr Munition zu",
      "Die Staats- und Regierungschefs von rund 15 Ländern haben der Ukraine am Dienstag in der französischen "
      "Hauptstadt mehr Artilleriemunition zugesagt."),
     3, False),
    ("a round-up named by the city's adjective and one government's pledge made there",
     _LONDON_DE,
     ("de", "Großbritannien gibt 350 Millionen Pfund für Drohnen für Kiew",
      "Großbritannien stellt der Ukraine 350 Millionen Pfund für Drohnen bereit. Das kündigte Premierminister Keir "
      "Starmer am Dienstag beim Londoner Gipfel an."),
     2, False),
]


@pytest.mark.parametrize(("name", "first", "second", "hours", "one_event"), ROUND_PAIRS,
                         ids=[pair[0] for pair in ROUND_PAIRS])
def test_round_17_pairs(name, first, second, hours, one_event, analyzer):
    assert matcher_joins(analyzer, first, second, hours) == one_event


# Probes written after the fixes above, labelled before their first run, aimed at what the fixes
# might over-reach on (a late report naming the same day that tells more than one event) and at
# the day's mix (rolling updates, two summits of a day, a follow-up days later, an opinion piece,
# a count told roughly in translation, a comment on a refusal two days later).
PROBES = [
    ("rolling update: rough dollars first, exact euros in the update (other feed)",
     ("en", "US to send Ukraine roughly $300 million in air defence",
      "The United States will send Ukraine roughly $300 million in air defence equipment, including Patriot missiles,"
      " a US official said on Tuesday."),
     ("de", "USA liefern Kiew Patriot-Raketen für 310 Millionen Dollar",
      "Die USA schicken der Ukraine Flugabwehr im Wert von 310 Millionen Dollar, darunter Patriot-Raketen. Das teilte"
      " das Pentagon am Dienstag mit."),
     3, True),
    ("Sweden pledges at Riga and at the EU summit the same day: two pledges",
     ("en", "Sweden to send Ukraine 18 more Archer howitzers",
      "Sweden will send Ukraine 18 more Archer howitzers, Prime Minister Ulf Kristersson said at a summit in Riga on "
      "Wednesday."),
     ("en", "Sweden pledges 2 billion crowns for Ukraine's drones at EU summit",
      "Sweden will give Ukraine 2 billion crowns for drones, Prime Minister Ulf Kristersson told EU leaders in "
      "Brussels on Wednesday."),
     2, False),
    ("pledge on Thursday and Kyiv confirming arrival of the same NASAMS on Monday: two events",
     ("en", "Norway to give Ukraine two NASAMS systems",
      "Norway will give Ukraine two more NASAMS air defence systems, Defence Minister Tore O. Sandvik said on "
      "Thursday."),
     ("en", "Ukraine says two Norwegian NASAMS systems have arrived",
      "Two NASAMS air defence systems from Norway have arrived in Ukraine, the air force said on Monday."),
     96, False),
    ("an opinion piece the next day on the US package naming its sum",
     ("en", "US unveils $425 million arms package for Ukraine",
      "The United States will send Ukraine a $425 million package of weapons drawn from US stocks, including HIMARS "
      "rockets and Stinger missiles, Secretary of State Marco Rubio said on Tuesday."),
     ("fr", "Éditorial : 425 millions de dollars, le service minimum de Washington",
      "Les 425 millions de dollars d'armes annoncés mardi par Marco Rubio montrent que Washington aide encore Kiev, "
      "mais du bout des lèvres."),
     26, True),
    ("a round-up titled by two events' systems, one of them beside its own report",
     ("en", "Germany to send Ukraine three more IRIS-T systems",
      "Germany will send Ukraine three more IRIS-T SLM air defence systems worth 450 million euros, Defence Minister "
      "Boris Pistorius said on Monday."),
     ("en", "IRIS-T and NASAMS: a week of air defence pledges for Ukraine",
      "Germany pledged three IRIS-T systems on Monday and Norway two NASAMS systems on Thursday, as Kyiv pressed "
      "allies for air defence before the winter."),
     100, False),
    ("the wire's UPDATE with a new headline changing the count of a correction",
     ("en", "Denmark to send Ukraine 12 more F-16 jets",
      "Denmark will send Ukraine 12 more F-16 fighter jets, the defence ministry in Copenhagen said on Monday."),
     ("fr", "Le Danemark va livrer huit F-16 de plus à l'Ukraine",
      "Le Danemark livrera huit avions F-16 supplémentaires à l'Ukraine, a annoncé lundi le ministère danois de la "
      "Défense."),
     3, False),
    ("a weekly 5 days later naming the date, the same delivery",
     ("en", "Spain hands over ten more Leopard tanks to Ukraine",
      "Spain has handed over ten more Leopard 2A4 battle tanks to Ukraine, the defence ministry in Madrid said on "
      "Wednesday, June 9."),
     ("fr", "L'Espagne a livré dix chars Leopard à l'Ukraine",
      "L'Espagne a remis le 9 juin dix chars Leopard 2A4 à l'Ukraine, selon le ministère de la Défense."),
     120, True),
    ("a weekly 5 days later naming the same weekday: a second Leopard delivery the next week",
     ("en", "Spain hands over ten more Leopard tanks to Ukraine",
      "Spain has handed over ten more Leopard 2A4 battle tanks to Ukraine, the defence ministry in Madrid said on "
      "Wednesday."),
     ("de", "Spanien übergibt Kiew weitere Leopard-Panzer",
      "Spanien hat der Ukraine am Mittwoch weitere Kampfpanzer vom Typ Leopard 2A4 übergeben, teilte das "
      "Verteidigungsministerium in Madrid mit."),
     168, False),
    ("translations of one wire story, the French telling the count as 'une douzaine'",
     ("en", "Belgium to send Ukraine 12 more F-16 jets",
      "Belgium will send Ukraine 12 more F-16 fighter jets by 2028, Defence Minister Theo Francken said on Friday."),
     ("fr", "La Belgique promet une douzaine de F-16 supplémentaires à Kiev",
      "La Belgique livrera d'ici 2028 une douzaine d'avions F-16 supplémentaires à l'Ukraine, a annoncé vendredi le "
      "ministre de la Défense Theo Francken."),
     2, True),
    ("a comment two days later on a refusal, naming the day",
     ("en", "Germany again rules out Taurus missiles for Ukraine",
      "Germany will not send Taurus cruise missiles to Ukraine, Chancellor Friedrich Merz said on Monday."),
     ("de", "Kommentar: Das Taurus-Nein ist ein Fehler",
      "Dass Kanzler Merz am Montag erneut Nein zur Lieferung von Taurus-Marschflugkörpern an die Ukraine gesagt hat, "
      "schwächt Kiew."),
     50, True),
]


@pytest.mark.parametrize(("name", "first", "second", "hours", "one_event"), PROBES, ids=[pair[0] for pair in PROBES])
def test_round_17_probes(name, first, second, hours, one_event, analyzer):
    assert matcher_joins(analyzer, first, second, hours) == one_event


# An outlet's own reports: (first, second, one event?). Labelled before their first run.
SAME_FEED = [
    ("the wire's first version without figures and its UPDATE 1- giving them", _NASAMS_FIRST,
     ("en", "UPDATE 1-Norway to give Ukraine two NASAMS systems worth 2.5 billion crowns",
      "Norway will give Ukraine two more NASAMS air defence systems worth 2.5 billion Norwegian crowns ($235 "
      "million), Defence Minister Tore O. Sandvik said on Tuesday, adding that the first would arrive before the "
      "end of the year."),
     True),
    ("the same, in German with (aktualisiert)",
     ("de", "Deutschland schickt Kiew weitere Iris-T-Systeme",
      "Deutschland liefert der Ukraine noch vor dem Winter weitere Flugabwehrsysteme vom Typ Iris-T SLM. Das kündigte "
      "Verteidigungsminister Boris Pistorius am Montag in Berlin an, ohne Einzelheiten zu nennen."),
     ("de", "Berlin gibt Kiew drei Iris-T-Systeme für 450 Millionen Euro (aktualisiert)",
      "Deutschland liefert der Ukraine noch vor dem Winter drei weitere Flugabwehrsysteme vom Typ Iris-T SLM im Wert "
      "von 450 Millionen Euro. Pistorius nannte am Montag in Berlin auch den Zeitplan."),
     True),
    ("an unmarked second report with figures after a first without", _NASAMS_FIRST,
     ("en", "Norway gives Ukraine two NASAMS systems worth 2.5 billion crowns",
      "Norway will give Ukraine two more NASAMS air defence systems worth 2.5 billion Norwegian crowns, Defence "
      "Minister Tore O. Sandvik said on Tuesday."),
     False),
    ("a marked update with figures telling a delivery, after a first version telling a pledge", _NASAMS_FIRST,
     ("en", "UPDATE 1-Norway hands over two NASAMS systems to Ukraine",
      "Norway has handed over two NASAMS air defence systems worth 2.5 billion Norwegian crowns to Ukraine, Defence "
      "Minister Tore O. Sandvik said on Tuesday."),
     False),
    ("a marked update with figures naming another day than the first version", _NASAMS_FIRST,
     ("en", "UPDATE 1-Norway to give Ukraine two NASAMS systems worth 2.5 billion crowns",
      "Norway will give Ukraine two more NASAMS air defence systems worth 2.5 billion Norwegian crowns, Defence "
      "Minister Tore O. Sandvik said on Thursday."),
     False),
    ("a marked update with figures of another system of the same donor", _NASAMS_FIRST,
     ("en", "UPDATE 1-Norway to give Ukraine F-16 munitions worth 2.5 billion crowns",
      "Norway will give Ukraine munitions for its F-16 fighter jets worth 2.5 billion Norwegian crowns, Defence "
      "Minister Tore O. Sandvik said on Tuesday."),
     False),
]


@pytest.mark.parametrize(("name", "first", "second", "one_event"), SAME_FEED, ids=[pair[0] for pair in SAME_FEED])
def test_round_17_one_outlets_reports(name, first, second, one_event, analyzer):
    a, b = report_fingerprint(analyzer, *first), report_fingerprint(analyzer, *second)
    assert (same_event_score(a, b, same_feed=True, apart=timedelta(hours=2)) > 0.0) == one_event


@pytest.mark.parametrize(("lang", "title", "summits"), [
    ("de", "Londoner Gipfel: Europäer sagen Kiew mehr Flugabwehr zu", {"SUMMIT@GB"}),
    ("de", "Pariser Ukraine-Gipfel endet mit Zusagen für Flugabwehr", {"SUMMIT@FR"}),
    ("de", "Warschauer Konferenz: Unterstützer sagen Kiew Munition zu", {"SUMMIT@PL"}),
    # A word ending in "-er" that names no place names no summit's place.
    ("de", "Neuer Gipfel: Unterstützer sagen Kiew Munition zu", set()),
    ("de", "Nächster Gipfel soll Kiew mehr Flugabwehr bringen", set()),
])
def test_a_german_summit_named_by_its_citys_adjective_is_keyed_by_its_country(lang, title, summits, analyzer):
    assert set(report_fingerprint(analyzer, lang, title, "").event.meetings) == summits


# Reports of the round's days the relevance rules (config/rules.toml, not this round's area) do
# not store: they never reach the matcher.
_UNDER_THE_THRESHOLD = ("the relevance rules score it 1.0, one rule hit, under the threshold: the weekly hits only "
                        "aid and names no Ukraine; no pledge is read from it, so it never reaches the matcher")


@pytest.mark.parametrize(("name", "item_id"), [
    # Found since stop 42: stories round 18's German weapon rule (a relative clause's 13 words,
    # tests/rules/test_rules_leftovers_18.py) and, independently, pledges round 29's readings.
    pytest.param("busy_day_39.jsonl", "BP-DE-09", id="day 39's German comment on Monday's IRIS-T pledge"),
    pytest.param("busy_day_39.jsonl", "BP-EN-09", id="day 39's week in review, naming no Ukraine",
                 marks=pytest.mark.xfail(strict=True, reason=_UNDER_THE_THRESHOLD)),
    # Found since relevance round 16 (a summit held on Ukraine is a meeting of its own).
    pytest.param("busy_day_41.jsonl", "BR-LV-02", id="day 41's live entry telling the Berlin conference over"),
])
def test_the_rounds_comment_weekly_and_live_entry_are_found_relevant(name, item_id, analyzer):
    item = reports_by_id(name)[item_id]
    assert analyzer.analyze(*headline(item), item["lang"]).relevant
