"""Relevance, round 51: the causes (c) of review 51 (tests/rules/test_review_51.py, tests/stories/test_review_51.py).

Every text here was written for this file in the style of wire copy, labelled by hand before the rules were run
on it, and never taken from the real-article set.
- A donor's reorder for its own army told after the giving ("Nach Abgabe an die Ukraine: Bundeswehr bestellt 22
  neue Panzerhaubitzen") was kept: the giving retold gave the aid rules their two points, and the backfill trap
  needs a word of replacing. A trap of its own now reads "after / après / nach" + the giving + Ukraine near the
  donor's order, unless the order is for Ukraine.
- Paying Ukrainian makers for weapons, with no "to/for Ukraine" ("will pay Ukrainian firms 400 million euros for
  600 long-range drones", "paiera des fabricants ukrainiens") scored 1: paying a Ukrainian is now a word of
  support (English "pay Ukrainian", French "payer" next to Ukraine, as buying is).
- The recipient's receipt ("Kiev confirme la réception de 200 000 obus", "Ukraine confirms receipt of", "Kiew
  bestätigt den Empfang von") scored 1 or 0: the nouns of receiving count next to Ukraine as its verbs do.
Main (d5efa976) missed every AID_NEWS item and raised every NOT_AID item; GUARDS read the same before and after.
"""

from __future__ import annotations

import pytest

from bot.core.rules.language import RuleSet
from tests.support.wire_reading import assert_relevance, read

AID_NEWS = [
    # paying Ukrainian makers, no "to/for Ukraine"
    ("", "10:05 GMT - Denmark will pay Ukrainian manufacturers 250 million euros for 400 interceptor drones, the "
         "Danish defence ministry said. Details to follow."),
    ("Norway to pay Ukrainian drone makers for 1,000 strike drones",
     "OSLO (Wire) - Norway's government said on Monday it had agreed the contracts with three companies."),
    ("La Suède paiera des fabricants ukrainiens pour 300 drones à longue portée",
     "STOCKHOLM (Agence) - Le contrat, signé lundi, porte sur des appareils livrés d'ici à l'été."),
    # the recipient's receipt
    ("Ukraine confirms receipt of first Gripen fighter jets",
     "KYIV (Wire) - Ukraine's defence ministry said on Friday the aircraft had landed at an air base in the west."),
    ("Kiev confirme la réception de deux systèmes IRIS-T",
     "KIEV (Agence) - Le ministère ukrainien de la Défense a annoncé jeudi leur arrivée dans le pays."),
    ("Kiew bestätigt den Empfang von 40 Schützenpanzern",
     "KIEW (Agentur) - Das ukrainische Verteidigungsministerium teilte am Dienstag mit, die Fahrzeuge seien bereits "
     "an der Front."),
]

NOT_AID = [
    # a donor's own reorder, told after the giving
    ("After giving its Gepards to Ukraine, Germany orders 19 Skyranger systems for the Bundeswehr",
     "BERLIN (Wire) - The contract with Rheinmetall is worth 600 million euros, the defence ministry said."),
    ("Après avoir cédé ses Caesar à l'Ukraine, le Danemark commande 19 nouveaux canons",
     "COPENHAGUE (Agence) - Les pièces, commandées à KNDS France, rejoindront l'armée danoise en 2027."),
    ("Nach der Abgabe von 14 Leopard an die Ukraine bestellt Polen 180 neue Kampfpanzer",
     "WARSCHAU (Agentur) - Der Vertrag mit Hyundai Rotem wurde am Mittwoch unterzeichnet."),
]

GUARDS = [
    # the order is for Ukraine: aid news
    ("After sending howitzers to Ukraine, Germany orders 10 more for Kyiv", "", True),
    ("Nach Abgabe an die Ukraine: Bundeswehr bestellt neue Patriot-Systeme für die Ukraine", "", True),
    # a giving to come beside the replacement: aid news (round 48's backfill trap keeps it too)
    ("Germany hands Ukraine 12 more howitzers and orders replacements", "", True),
    # paying someone else, or Ukraine's own affairs, with no weapon: not aid news
    ("Poland to pay Ukrainian farmers' hauliers after border blockade", "", False),
    ("Zelensky hosts reception in Kyiv for foreign diplomats", "", False),
]


@pytest.mark.parametrize(("headline", "lead"), AID_NEWS)
def test_aid_news_of_round_51_is_relevant(defaults: RuleSet, headline: str, lead: str):
    assert_relevance(defaults, read(defaults, headline, lead), True)


@pytest.mark.parametrize(("headline", "lead"), NOT_AID)
def test_a_donors_reorder_after_giving_is_not_aid_news(defaults: RuleSet, headline: str, lead: str):
    assert_relevance(defaults, read(defaults, headline, lead), False)


@pytest.mark.parametrize(("headline", "lead", "relevant"), GUARDS)
def test_the_readings_of_round_51_stop_where_they_should(defaults: RuleSet, headline: str, lead: str, relevant: bool):
    assert_relevance(defaults, read(defaults, headline, lead), relevant)
