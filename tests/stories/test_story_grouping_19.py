"""Story grouping round 19: package numbers written in words, copies of one refusal, and a round-up's lead.

The review of stop 42 (tests/stories/test_review_42.py, three busy days nobody tuned the code to) traced three
grouping causes, each general to wire copy:
- a package's number in words ("elftes Paket", "eleventh package", "onzième paquet") was not read as its number,
  so a copy retelling Italy's 11th package the next day in German never joined the "11th" and "11e" copies;
- the English and German copies of one refusal (Canada's CF-18 jets), agreeing on the giver, the pledge and the day
  but carrying no number and no system the entities know, were 0.27 alike in wording, under the 0.3 that copies
  agreeing on their pledges need;
- a round-up led by one event (the first Mirage jets in Ukraine) and naming the day's other news joined whichever
  story scored highest: France's drone money (a shared sum) or Spain's tanks (a shared count).
Fixed in bot/core/stories/:
- ordinals in words, 2 to 99, in English, French and German (all genders and cases: "zwölften", "vingt et unième",
  "twenty-first"), are read as the package's number (bot/core/stories/figures/ordinal_words.py,
  package_ordinals.NTH_PACKAGE). "first" is left out: "the first package this year", "the first package under the new
  fund" are told of a period or a
  scheme far more often than of the donor's series. A number followed by "this year" / "of the year" is no series
  number in the opening either (it was already none in the lead's later sentences);
- two reports telling nothing but refusals (every pledge read refused: same_event._only_refusals), agreeing on
  them and naming the same day, within the pledge agreement window and at least SAME_STORY_THRESHOLD alike, are one
  refusal (story_score.story_score): a government says no to a kind of thing once on a day;
- a report's lead (EventEvidence.lead_pledge) is the pledge of the donor its opening names first (of that donor's,
  the item named first; a donor's numbered package counts, "NO|package|pledged": a package told by its number often
  has no item the extraction reads). A report telling several governments giving (not refusing or debating) and one
  telling one government's pledges (or reading none but naming kinds of thing) conflict when their leads are other
  news, another donor or kind of thing (same_event._lead_untold): a round-up reports the event it leads with. Not
  when either tells a gathering (a meeting's round-ups are told apart by their meeting), nor for the same kind of
  thing of a system both name (a system two governments give together), nor when both report one numbered event (a
  first delivery, a package's number): "More Dutch F-16s arrive as France delivers its first Mirage" is the
  Mirage's, as the real-article set labels it; then the story the round-up leads with ranks first among those it
  qualifies for (matching.Rank). The first version (any shared event key waiving the conflict, the lead read by
  the item named first) split three real-set events (score_stories.py real 0.96 -> 0.89) or let the probe's
  round-up join Spain's tanks by their shared count (3 of 7 orders, one hiding Spain's event).
What K3 could not give: a round-up filed by the same wire as its lead event's report stays apart from that report (a
feed's own reports join only as near-copies or marked revisions), as in the review's day C.

Busy day 42 (DAY below, 10 reports of 5 events, 9 relevant, written and labelled by event before any run) and the
pairs below were written for the round, each labelled before its first run. First runs (2026-12-05):
- the pairs on main's code (d02602e): 9 of 12. The twelfth and the thirteenth package, told alike, joined (no number
  read in words; the same sum and day joined them); the round-up led by Norway's package stayed apart from the report
  of that package and joined Spain's vehicles (a shared count). On the round's first code 11 of 12: the round-up's
  lead was read as Spain's vehicles, Norway's package having no item; with the package as a lead, 12 of 12.
- the busy day on main's code, 7 orders in each date mode: Friday's German restatement of Greece's refusal ("bleibt
  beim Nein", its own event) joined Thursday's English report of the refusal in every run, read as a comment on it
  (same_event._follows_up), and the German copy of Thursday stayed apart: 7 of 8 pairs, one wrong, the restatement's
  event hidden in 12 of 14 runs. With the refusal path above, 1.00 / 1.00 in the 4 runs where the German copy came
  first, the rest as on main. A headline telling a refusal restated ("bleibt beim Nein", "sticks to", "maintient",
  "reaffirms", refusals_told._REFUSAL_RESTATED) tells no comment now but that day's news: 1.00 / 1.00 in all 14 runs,
  nothing hidden.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest

from bot.core.stories.figures.ordinal_words import ordinal_value
from bot.core.stories.figures.package_ordinals import numbered_packages
from bot.core.text import fold
from tests.support.busy_days import report
from tests.support.story_pairs import matcher_joins, shipped_analyzer  # noqa: F401 - the analyzer fixture
from tests.support.story_replay import pair_figures, replays_in_orders

# ---------------------------------------------------------------- ordinals in words


@pytest.mark.parametrize(("words", "number"), [
    ("second", 2), ("eleventh", 11), ("twelfth", 12), ("twentieth", 20), ("twenty-first", 21), ("thirty second", 32),
    ("onzieme", 11), ("douzieme", 12), ("dix-septieme", 17), ("vingtieme", 20), ("vingt et unieme", 21),
    ("vingt-deuxieme", 22), ("soixante-dixieme", 70), ("quatre-vingt-onzieme", 91),
    ("elftes", 11), ("elften", 11), ("zwolfte", 12), ("siebzehnter", 17), ("zwanzigstes", 20),
    ("einundzwanzigsten", 21), ("dreissigste", 30), ("funfundvierzigstem", 45),
    ("first", None), ("premier", None), ("erste", None), ("eleven", None), ("onze", None),
])
def test_ordinals_in_words(words: str, number: int | None):
    assert ordinal_value(words) == number


@pytest.mark.parametrize(("opening", "keys"), [
    ("Italien schnürt elftes Militärpaket für Kiew", {"IT|11"}),
    ("Italy approves eleventh military aid package for Ukraine", {"IT|11"}),
    ("L'Italie adopte un onzième paquet d'aide militaire", {"IT|11"}),
    ("Italien beschließt das dreißigste Hilfspaket", {"IT|30"}),
    ("Italy's twenty-first aid package", {"IT|21"}),
    ("le vingt et unième paquet d'aide italien", {"IT|21"}),
    ("im zweiundzwanzigsten Paket aus Rom", {"IT|22"}),
    ("Italien: elftes großes Hilfspaket", {"IT|11"}),
    ("Italy approves 11th package", {"IT|11"}),
    # "first" and a count of the year are no series number
    ("Italy approves its first aid package for Ukraine this year", set()),
    ("Italy approves second aid package of the year for Ukraine", set()),
    ("Italy approves 2nd package this year", set()),
    # an ordinal with no package after it
    ("Italy's eleventh minister visits Kyiv", set()),
])
def test_package_numbers_in_words(opening: str, keys: set[str]):
    assert numbered_packages(fold(opening), {"IT"}) == keys


# ---------------------------------------------------------------- pairs

# (name, (lang, title, text), (lang, title, text), hours apart, one event?), labelled by hand before their first run.
_NO_PACKAGE_EN = ("en", "Norway approves twelfth military aid package for Ukraine",
                  "Norway's government on Wednesday approved its twelfth package of military aid for Ukraine, worth "
                  "1.5 billion crowns, Defence Minister Tore O. Sandvik said.")
_SPAIN_REFUSES_EN = ("en", "Spain rules out sending its Harrier jets to Ukraine",
                     "Spain will not hand its Harrier jump jets to Ukraine, Defence Minister Margarita Robles said on "
                     "Tuesday, because the navy still flies them from its only carrier.")
_ROUND_UP = ("en", "Norway's new package leads busy day of Ukraine aid",
             "Norway approved its twelfth military aid package for Ukraine on Wednesday, on a day when Spain also "
             "promised 20 more armoured vehicles and Denmark said it would pay for 300 drones.")

PAIRS = [
    # K1
    ("a package's number in digits and in words, German the next day", _NO_PACKAGE_EN,
     ("de", "Norwegen schnürt zwölftes Hilfspaket für Kiew",
      "Die norwegische Regierung hat am Mittwoch ein zwölftes Paket mit Militärhilfe für die Ukraine beschlossen. Es "
      "hat einen Wert von 1,5 Milliarden Kronen, sagte Verteidigungsminister Tore O. Sandvik in Oslo."),
     26, True),
    ("a package's number in words and '12e', French", _NO_PACKAGE_EN,
     ("fr", "La Norvège adopte un 12e paquet d'aide militaire à l'Ukraine",
      "Le gouvernement norvégien a adopté mercredi un 12e paquet d'aide militaire à l'Ukraine, d'une valeur de 1,5 "
      "milliard de couronnes, a indiqué le ministre de la Défense Tore O. Sandvik."),
     3, True),
    ("the twelfth and the thirteenth package of one donor, told alike", _NO_PACKAGE_EN,
     ("de", "Norwegen schnürt dreizehntes Hilfspaket für Kiew",
      "Die norwegische Regierung hat am Mittwoch ein dreizehntes Paket mit Militärhilfe für die Ukraine beschlossen. "
      "Es hat einen Wert von 1,5 Milliarden Kronen, sagte Verteidigungsminister Tore O. Sandvik in Oslo."),
     30, False),
    ("an ordinal in words in French, the same package as the English words",
     ("en", "Sweden unveils twentieth military aid package for Ukraine",
      "Sweden will send Ukraine a twentieth package of military aid, including air defence missiles and artillery "
      "shells, Defence Minister Pal Jonson said on Monday."),
     ("fr", "La Suède dévoile un vingtième paquet d'aide militaire pour Kiev",
      "La Suède enverra à l'Ukraine un vingtième paquet d'aide militaire, comprenant des missiles de défense "
      "aérienne et des obus d'artillerie, a annoncé lundi le ministre de la Défense Pal Jonson."),
     4, True),
    # K2
    ("the English and French copies of one refusal, no number, no known system", _SPAIN_REFUSES_EN,
     ("fr", "L'Espagne exclut de céder ses avions Harrier à Kiev",
      "L'Espagne ne cédera pas ses avions Harrier à l'Ukraine, a déclaré mardi la ministre de la Défense Margarita "
      "Robles, la marine en ayant encore besoin sur son unique porte-avions."),
     2, True),
    ("the English and German copies of one refusal", _SPAIN_REFUSES_EN,
     ("de", "Spanien lehnt Abgabe von Harrier-Jets an Kiew ab",
      "Spanien wird der Ukraine keine Senkrechtstarter vom Typ Harrier überlassen. Die Marine brauche die Flugzeuge "
      "weiter für ihren einzigen Flugzeugträger, sagte Verteidigungsministerin Margarita Robles am Dienstag."),
     3, True),
    ("one government's refusal and its pledge of the same day: two news", _SPAIN_REFUSES_EN,
     ("de", "Spanien sagt Kiew 20 weitere Schützenpanzer zu",
      "Spanien wird der Ukraine 20 weitere Schützenpanzer aus Beständen des Heeres liefern, sagte "
      "Verteidigungsministerin Margarita Robles am Dienstag in Madrid."),
     2, False),
    ("one government's two refusals of one day, other kinds of thing", _SPAIN_REFUSES_EN,
     ("fr", "L'Espagne refuse d'envoyer des missiles à longue portée à Kiev",
      "L'Espagne n'enverra pas de missiles à longue portée à l'Ukraine, a déclaré mardi la ministre de la Défense "
      "Margarita Robles, invoquant le risque d'escalade."),
     3, False),
    ("the same refusal told again on another day", _SPAIN_REFUSES_EN,
     ("de", "Spanien lehnt Abgabe von Harrier-Jets an Kiew erneut ab",
      "Spanien wird der Ukraine keine Senkrechtstarter vom Typ Harrier überlassen, bekräftigte "
      "Verteidigungsministerin Margarita Robles am Donnerstag."),
     46, False),
    # K3
    ("a round-up and a report of the event it leads with", _ROUND_UP,
     ("fr", "La Norvège adopte un douzième paquet d'aide militaire à l'Ukraine",
      "Le gouvernement norvégien a adopté mercredi son douzième paquet d'aide militaire à l'Ukraine, a indiqué le "
      "ministre de la Défense Tore O. Sandvik."),
     2, True),
    ("a round-up and a report of an event it names after its lead", _ROUND_UP,
     ("en", "Spain to send Ukraine 20 more armoured vehicles",
      "Spain will send Ukraine 20 more armoured vehicles from army stocks, Defence Minister Margarita Robles said in "
      "Madrid on Wednesday."),
     2, False),
    ("a round-up and a report of another event reading no pledge, naming its kind of thing", _ROUND_UP,
     ("de", "Dänemark zahlt für 300 Drohnen aus der Ukraine",
      "Dänemark übernimmt die Kosten für 300 Drohnen aus ukrainischer Fertigung. Das teilte das "
      "Verteidigungsministerium in Kopenhagen am Mittwoch mit."),
     2, False),
]


@pytest.mark.parametrize(("name", "first", "second", "hours", "one_event"), PAIRS, ids=[pair[0] for pair in PAIRS])
def test_round_19_pairs(name, first, second, hours, one_event, analyzer):
    assert matcher_joins(analyzer, first, second, hours) == one_event


# ---------------------------------------------------------------- busy day 42

EN, FR, DE, LIVE = "Wire EN", "Agence FR", "Agentur DE", "Live blog"


# Thursday 3 and Friday 4 June 2027: Greece's refusal of its F-4 Phantom jets beside its pledge of shells the same
# day, and the refusal restated the next day (its own event); Belgium's sixteenth package (digits, "seizième",
# "sechzehntes" the next day), a live round-up led by Belgium's package naming Greece's shells, a purchase for the
# buyer's own army. (The first version had Portugal refusing its Alpha Jet trainers: not found relevant, no weapon
# word for a trainer, which this round does not change; rewritten as Greece's fighter jets before the grouping was
# run on it.)
DAY = [
    report("R19-EN-01", "en", EN, "2027-06-03", "gr-refusal",
            "Greece rules out giving Ukraine its F-4 Phantom fighter jets",
            "Greece will not give Ukraine its ageing F-4 Phantom fighter jets, Defence Minister Nikos Dendias said on "
            "Thursday, because the air force still needs them for patrols over the Aegean."),
    report("R19-DE-01", "de", DE, "2027-06-03", "gr-refusal",
            "Griechenland lehnt Abgabe von Phantom-Kampfjets an Kiew ab",
            "Griechenland wird der Ukraine keine Kampfflugzeuge vom Typ F-4 Phantom überlassen. Die Luftwaffe brauche "
            "die Maschinen weiter über der Ägäis, sagte Verteidigungsminister Nikos Dendias am Donnerstag in Athen."),
    report("R19-FR-02", "fr", FR, "2027-06-03", "gr-shells",
            "La Grèce promet 20 000 obus d'artillerie à l'Ukraine",
            "La Grèce va livrer à l'Ukraine 20 000 obus d'artillerie prélevés sur les stocks de son armée, a annoncé "
            "jeudi à Athènes le ministre de la Défense Nikos Dendias."),
    report("R19-EN-02", "en", EN, "2027-06-03", "gr-shells",
            "Greece to send Ukraine 20,000 artillery shells",
            "Greece will send Ukraine 20,000 artillery shells from army stocks, Defence Minister Nikos Dendias said in "
            "Athens on Thursday."),
    report("R19-EN-03", "en", EN, "2027-06-03", "be-package",
            "Belgium approves 16th military aid package for Ukraine",
            "Belgium's government approved a 16th package of military aid for Ukraine on Thursday, worth 400 million "
            "euros, Defence Minister Theo Francken said."),
    report("R19-FR-03", "fr", FR, "2027-06-03", "be-package",
            "La Belgique adopte un seizième paquet d'aide militaire à l'Ukraine",
            "Le gouvernement belge a adopté jeudi un seizième paquet d'aide militaire à l'Ukraine, d'une valeur de "
            "400 millions d'euros, a indiqué le ministre de la Défense Theo Francken."),
    report("R19-DE-03", "de", DE, "2027-06-04", "be-package",
            "Belgien schnürt sechzehntes Militärpaket für Kiew",
            "Die belgische Regierung hat am Donnerstag ein sechzehntes Paket mit Militärhilfe für die Ukraine "
            "beschlossen. Es hat einen Wert von 400 Millionen Euro, sagte Verteidigungsminister Theo Francken."),
    report("R19-LV-04", "en", LIVE, "2027-06-03", "be-package", "",
            "Belgium has approved a 16th military aid package for Ukraine worth 400 million euros, its defence "
            "minister says. Greece said earlier today it would send 20,000 artillery shells."),
    report("R19-FR-05", "fr", FR, "2027-06-03", "nl-own",
            "Les Pays-Bas commandent 46 chars Leopard 2A8 pour leur armée",
            "Les Pays-Bas ont commandé jeudi 46 chars Leopard 2A8 pour reconstituer leurs propres bataillons de "
            "chars, a annoncé le ministère néerlandais de la Défense.", relevant=False),
    report("R19-DE-06", "de", DE, "2027-06-04", "gr-refusal-again",
            "Griechenland bleibt beim Nein zu Phantom-Jets für Kiew",
            "Griechenland wird der Ukraine auch künftig keine Kampfflugzeuge vom Typ F-4 Phantom überlassen, "
            "bekräftigte Verteidigungsminister Nikos Dendias am Freitag im Parlament."),
]
SHUFFLES = 6  # the file's order and 5 shuffles, then newest first: 7 orders


@pytest.fixture(scope="module")
def day_runs(analyzer) -> list:
    by_id = {item["id"]: item for item in DAY}
    runs = []
    with tempfile.TemporaryDirectory() as folder:
        for dates in ("today", "real"):
            runs += [(f"{dates} {name}", pair_figures(story_of, order, by_id))
                     for name, order, story_of in replays_in_orders(DAY, analyzer, Path(folder), dates, SHUFFLES)]
    return runs


def test_busy_day_stores_every_relevant_report(day_runs):
    relevant = sum(item["relevant"] for item in DAY)
    assert [(name, figures.stored) for name, figures in day_runs if figures.stored != relevant] == []


def test_busy_day_joins_no_two_events(day_runs):
    assert [(name, figures.wrong) for name, figures in day_runs if figures.wrong] == []


def test_busy_day_hides_no_event(day_runs):
    assert [(name, figures.hidden) for name, figures in day_runs if figures.hidden] == []


def test_busy_day_joins_every_report_to_its_event(day_runs):
    assert [(name, figures.missed) for name, figures in day_runs if figures.missed] == []
