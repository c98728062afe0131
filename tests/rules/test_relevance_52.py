"""Relevance, round 52's fixes (review 52, causes c1-c3): three ways wire copy tells a handover that no sentence of
weapon, giving word and Ukraine holds, each in the languages it is written in, with the look-alikes each fix must
leave alone. Every item is invented for this file (none is taken from the real-article set).

- A German approval of a handover ("billigt die Abgabe", "genehmigt die Lieferung", "gibt ... frei") with Ukraine
  told in the next sentence, often as the things "going" to Ukraine ("sollen an die Ukraine gehen"). Not an
  approval for another country's order, nor money that "goes" to Ukraine for schools.
- Money a donor has transferred to Ukraine ("has transferred", "a versé", "überweist"), its weapons told in a
  sentence of their own. Not budget support (pensions and wages): the real-article set labels military financing
  relevant and has no budget support among its aid items.
- A government's demining vehicles told for the front as well as for fields ("to clear farmland and front-line
  roads"): the army's engineering work, so aid. Not demining machines for farmers alone, for an emergency service or
  for a humanitarian programme (the humanitarian-demining trap). Ruling in README.md, "Approvals, transfers,
  demining".
"""

from __future__ import annotations

import pytest

from bot.core.rules.language import RuleSet
from tests.support.wire_reading import assert_relevance, read

# (lang, headline, lead, relevant): labelled by hand before the rules were changed.
APPROVALS = [
    ("de", "Bundesregierung billigt Abgabe von 40 Marder-Schützenpanzern",
     "Die Fahrzeuge sollen noch vor dem Winter an die Ukraine gehen, teilte ein Regierungssprecher mit.", True),
    ("de", "Haushaltsausschuss genehmigt Lieferung weiterer IRIS-T-Systeme",
     "Zwei Feuereinheiten sollen im Frühjahr an die Ukraine gehen.", True),
    ("de", "Berlin gibt Lieferung von 20 Gepard-Flakpanzern frei",
     "Die Systeme stammen aus Industriebeständen und sollen an die Ukraine gehen.", True),
    # Look-alikes: another buyer's order approved (Ukraine named only as an example), money for schools.
    ("de", "Bundesregierung genehmigt Lieferung von Leopard-Panzern an Indien",
     "Die Panzer sollen bis 2028 an das indische Heer gehen, Indien hatte die Ukraine zuvor als Vorbild genannt.",
     False),
    ("de", "Hilfsgelder: 500 Millionen Euro sollen an die Ukraine gehen",
     "Mit dem Geld sollen Schulen und Krankenhäuser wiederaufgebaut werden.", False),
]

TRANSFERS = [
    ("en", "Norway has transferred $250 million to Ukraine",
     "The money will go to air-defence interceptors and artillery shells, the defence ministry in Oslo said.", True),
    ("fr", "La Norvège a versé 250 millions d'euros à Kiev",
     "L'argent servira à des obus d'artillerie et des missiles antiaériens, selon Oslo.", True),
    ("de", "Niederlande überweisen Kiew 300 Millionen Euro",
     "Das Geld ist für Artilleriemunition und Drohnenabwehr der ukrainischen Armee bestimmt, teilte Den Haag mit.",
     True),
    # Look-alikes: budget support, in the three languages.
    ("en", "EU transfers EUR 4 billion to Ukraine's budget",
     "The money will pay pensions and public-sector wages, the Commission said.", False),
    ("fr", "L'UE verse 3 milliards d'euros au budget ukrainien",
     "Les fonds serviront à payer les retraites et les salaires des fonctionnaires.", False),
    ("de", "Deutschland überweist der Ukraine 1 Milliarde Euro Budgethilfe",
     "Das Geld soll Renten und Gehälter im öffentlichen Dienst sichern.", False),
]

DEMINING = [
    ("en", "Sweden will give Ukraine 30 armoured mine-clearing vehicles",
     "Stockholm will hand Ukraine 30 armoured mine-clearing vehicles to clear farmland and roads near the front "
     "line, the defence minister said.", True),
    ("fr", "La Belgique va livrer 12 engins blindés de déminage à l'Ukraine",
     "Bruxelles fournira à l'Ukraine 12 véhicules blindés de déminage pour dégager les terres agricoles et les "
     "routes du front, a indiqué le ministère.", True),
    ("de", "Deutschland gibt der Ukraine 15 Minenräumpanzer",
     "Die Bundesregierung liefert der Ukraine 15 gepanzerte Minenräumfahrzeuge, die Ackerflächen und Straßen an "
     "der Front räumen sollen.", True),
    # Look-alikes: machines for farmers, for an emergency service, for a humanitarian programme.
    ("en", "Japan donates 20 demining machines to Ukraine",
     "Tokyo will give Ukraine 20 demining machines so that farmers can sow farmland in the Kharkiv region again.",
     False),
    ("en", "Japan donates 20 demining machines to Ukraine's emergency service",
     "The machines will clear farmland in the Kharkiv region for farmers to sow again.", False),
    ("de", "Österreich überweist der Ukraine 80 Millionen Euro für Minenräumung",
     "Das Geld geht an humanitäre Minenräumprogramme, damit Landwirte ihre Ackerflächen wieder bestellen können.",
     False),
]


@pytest.mark.parametrize(("lang", "headline", "lead", "relevant"), APPROVALS + TRANSFERS + DEMINING)
def test_items_are_read_as_labelled(defaults: RuleSet, lang: str, headline: str, lead: str, relevant: bool):
    assert_relevance(defaults, read(defaults, headline, lead), relevant)
