"""A sixth round of wire-copy phenomena, read on matrices of short sentences written for
these tests (none is taken from the real-article set), each varying one dimension in the
three languages: words standing for a system named a sentence before, money earmarked
for items, donors named by a leader's title, deliveries told in the passive with the giver
after. The earlier rounds are tests/test_pledges_wire.py to _5."""

from __future__ import annotations

import pytest

from bot.config import load_entities
from bot.core.pledges.extract import extract_pledges
from bot.core.stories.events import event_evidence
from tests.wire_reading import records

P, D = "pledged", "delivered"


# A promise naming a system, then a sentence telling what became of part of it through a
# word standing for the system: "the first of them", "the first launchers", "the rest",
# "le premier d'entre eux", "les premiers lanceurs", "le reste", "das erste davon", "die
# ersten Startgeräte", "der Rest". The delivery is the promiser's, of that system; a rest
# still to come repeats the promise.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Germany promised Ukraine four IRIS-T systems. The first of them arrived on Monday.",
         {("DE", "air_defence", P), ("DE", "air_defence", D)}),
        ("Germany promised Ukraine four IRIS-T systems. The first of them has been delivered.",
         {("DE", "air_defence", P), ("DE", "air_defence", D)}),
        ("Germany promised Ukraine four IRIS-T systems. The first launchers arrived on Monday.",
         {("DE", "air_defence", P), ("DE", "air_defence", D)}),
        ("Germany promised Ukraine four IRIS-T systems. The first launcher arrived on Monday.",
         {("DE", "air_defence", P), ("DE", "air_defence", D)}),
        ("Germany promised Ukraine four IRIS-T systems. The remaining ones will follow next year.",
         {("DE", "air_defence", P)}),
        ("Germany promised Ukraine four IRIS-T systems. The rest will be delivered next year.",
         {("DE", "air_defence", P)}),
        ("Germany promised Ukraine four IRIS-T systems. The first was delivered in October, the rest will follow.",
         {("DE", "air_defence", P), ("DE", "air_defence", D)}),
        ("Norway pledged 14 Leopard tanks to Ukraine. The first of them have arrived.",
         {("NO", "tanks", P), ("NO", "tanks", D)}),
        ("Norway pledged 14 Leopard tanks to Ukraine. The remaining ones have now been delivered.",
         {("NO", "tanks", P), ("NO", "tanks", D)}),
        ("Norway pledged 14 Leopard tanks to Ukraine. The rest have now been delivered.",
         {("NO", "tanks", P), ("NO", "tanks", D)}),
        ("La France a promis six canons Caesar à l'Ukraine. Le premier d'entre eux a été livré lundi.",
         {("FR", "artillery", P), ("FR", "artillery", D)}),
        ("L'Allemagne a promis quatre systèmes IRIS-T à l'Ukraine. Les premiers lanceurs sont arrivés lundi.",
         {("DE", "air_defence", P), ("DE", "air_defence", D)}),
        ("L'Allemagne a promis quatre systèmes IRIS-T à l'Ukraine. Le premier lanceur est arrivé lundi.",
         {("DE", "air_defence", P), ("DE", "air_defence", D)}),
        ("La France a promis six canons Caesar à l'Ukraine. Le reste sera livré l'an prochain.",
         {("FR", "artillery", P)}),
        ("La France a promis six canons Caesar à l'Ukraine. Le reste a été livré en mars.",
         {("FR", "artillery", P), ("FR", "artillery", D)}),
        ("Deutschland hat der Ukraine vier IRIS-T-Systeme zugesagt. Das erste davon wurde im Oktober geliefert.",
         {("DE", "air_defence", P), ("DE", "air_defence", D)}),
        ("Deutschland hat der Ukraine vier IRIS-T-Systeme zugesagt. Die ersten Startgeräte sind eingetroffen.",
         {("DE", "air_defence", P), ("DE", "air_defence", D)}),
        ("Deutschland hat der Ukraine vier IRIS-T-Systeme zugesagt. Den Rest will Berlin im nächsten Jahr liefern.",
         {("DE", "air_defence", P)}),
        ("Deutschland hat der Ukraine vier IRIS-T-Systeme zugesagt. Der Rest wurde inzwischen geliefert.",
         {("DE", "air_defence", P), ("DE", "air_defence", D)}),
        ("Deutschland hat der Ukraine vier IRIS-T-Systeme zugesagt. Die übrigen wurden inzwischen geliefert.",
         {("DE", "air_defence", P), ("DE", "air_defence", D)}),
        ("Deutschland hat der Ukraine 18 Leopard-Panzer zugesagt. Die ersten davon sind angekommen.",
         {("DE", "tanks", P), ("DE", "tanks", D)}),
    ],
)
def test_a_word_standing_for_the_promised_system_tells_its_delivery(text: str, expected: set) -> None:
    assert records(text) == expected


# "The rest" of something else, "the first" as a rank and a launcher word inside another
# weapon's name stand for nothing named before.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Germany promised Ukraine four IRIS-T systems. The rest of the money goes to reconstruction.",
         {("DE", "air_defence", P)}),
        ("Deutschland hat der Ukraine vier IRIS-T-Systeme zugesagt. Der Rest der Welt zögert.",
         {("DE", "air_defence", P)}),
        ("Germany delivered IRIS-T systems to Ukraine. The United States will send two rocket launchers.",
         {("DE", "air_defence", D), ("US", "artillery", P)}),
        ("Norway pledged 14 Leopard tanks to Ukraine. Poland was the first, officials said.",
         {("NO", "tanks", P)}),
    ],
)
def test_rest_and_first_in_other_senses_refer_to_nothing(text: str, expected: set) -> None:
    assert records(text) == expected


# ... and for story grouping the delivery so told is the system's first one.
@pytest.mark.parametrize(
    ("body", "lang"),
    [
        ("Germany promised Ukraine four IRIS-T systems. The first of them arrived on Monday.", "en"),
        ("L'Allemagne a promis quatre systèmes IRIS-T à l'Ukraine. Les premiers lanceurs sont arrivés lundi.", "fr"),
        ("Deutschland hat der Ukraine vier IRIS-T-Systeme zugesagt. Das erste davon wurde im Oktober geliefert.", "de"),
    ],
)
def test_the_first_of_them_delivered_is_a_first_delivery_key(body: str, lang: str) -> None:
    entities = load_entities()
    pledges = extract_pledges(body, entities=entities)
    assert event_evidence("", body, pledges, entities, lang).first_deliveries == frozenset({"IRIS-T"})


def _valued(text: str) -> set[tuple]:
    found = extract_pledges(text, entities=load_entities())
    return {(p.donor, p.category, p.status, p.value, p.currency) for p in found}


# Money and what it buys. An amount earmarked for one named thing ("€400 million for
# drones", "pour des drones", "für Drohnen", "for Ukraine to buy drones", "à l'achat de",
# "damit sie Drohnen kaufen kann") or told as its worth ("drones worth £50 million", "d'une
# valeur de", "im Wert von") is that thing's value, no gift of its own. One amount for two
# things together is no one thing's value: it stays the money given. A second amount
# that drops the currency ("et 100 millions pour des drones") is in the first one's. A
# share of a package told with its total ("including", "of which", "dont", "darunter",
# "davon") is counted once, in the total: the thing is recorded without it.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Germany will provide €400 million for drones for Ukraine.",
         {("DE", "drones", P, 4e8, "EUR")}),
        ("The Netherlands pledged €200 million for air defence for Ukraine.",
         {("NL", "air_defence", P, 2e8, "EUR")}),
        ("Denmark will give Ukraine €50 million for artillery shells and €30 million for drones.",
         {("DK", "ammunition", P, 5e7, "EUR"), ("DK", "drones", P, 3e7, "EUR")}),
        ("Norway will give Ukraine NOK 1 billion for air defence and ammunition.",
         {("NO", "air_defence", P, None, None), ("NO", "ammunition", P, None, None), ("NO", "funding", P, 1e9, "NOK")}),
        ("Germany will deliver ammunition worth €100 million to Ukraine.",
         {("DE", "ammunition", P, 1e8, "EUR")}),
        ("Britain has sent Ukraine drones worth £50 million.",
         {("GB", "drones", D, 5e7, "GBP")}),
        ("Sweden will give Ukraine SEK 500 million to buy drones.",
         {("SE", "drones", P, 5e8, "SEK")}),
        ("Canada will give $100 million for Ukraine to buy drones.",
         {("CA", "drones", P, 1e8, "USD")}),
        ("Germany announced a €2 billion package for Ukraine, including €400 million for drones.",
         {("DE", "drones", P, None, None), ("DE", "funding", P, 2e9, "EUR")}),
        ("Germany announced a €2 billion military aid package for Ukraine, of which €400 million is for drones.",
         {("DE", "drones", P, None, None), ("DE", "funding", P, 2e9, "EUR")}),
        ("La France va consacrer 100 millions d'euros à l'achat de drones pour l'Ukraine.",
         {("FR", "drones", P, 1e8, "EUR")}),
        ("La France va débloquer 100 millions d'euros pour des drones destinés à l'Ukraine.",
         {("FR", "drones", P, 1e8, "EUR")}),
        ("La France va livrer des munitions d'une valeur de 100 millions d'euros à l'Ukraine.",
         {("FR", "ammunition", P, 1e8, "EUR")}),
        ("La Belgique a promis 200 millions d'euros pour des obus et 100 millions pour des drones.",
         {("BE", "ammunition", P, 2e8, "EUR"), ("BE", "drones", P, 1e8, "EUR")}),
        ("La Suède va verser 50 millions d'euros à l'Ukraine pour acheter des drones.",
         {("SE", "drones", P, 5e7, "EUR")}),
        ("La France a annoncé une aide de 2 milliards d'euros à l'Ukraine, dont 400 millions pour des drones.",
         {("FR", "drones", P, None, None), ("FR", "funding", P, 2e9, "EUR")}),
        ("Deutschland stellt der Ukraine 400 Millionen Euro für Drohnen bereit.",
         {("DE", "drones", P, 4e8, "EUR")}),
        ("Deutschland wird Munition im Wert von 100 Millionen Euro an die Ukraine liefern.",
         {("DE", "ammunition", P, 1e8, "EUR")}),
        ("Dänemark gibt der Ukraine 50 Millionen Euro für Granaten und 30 Millionen Euro für Drohnen.",
         {("DK", "ammunition", P, 5e7, "EUR"), ("DK", "drones", P, 3e7, "EUR")}),
        ("Norwegen zahlt der Ukraine 50 Millionen Euro, damit sie Drohnen kaufen kann.",
         {("NO", "drones", P, 5e7, "EUR")}),
        ("Deutschland kündigte ein Paket von zwei Milliarden Euro für die Ukraine an, "
         "darunter 400 Millionen Euro für Drohnen.",
         {("DE", "drones", P, None, None), ("DE", "funding", P, 2e9, "EUR")}),
        ("Deutschland hat ein Hilfspaket im Wert von zwei Milliarden Euro angekündigt, "
         "davon 400 Millionen Euro für Drohnen.",
         {("DE", "drones", P, None, None), ("DE", "funding", P, 2e9, "EUR")}),
    ],
)
def test_money_is_the_value_of_what_it_buys_counted_once(text: str, expected: set) -> None:
    assert _valued(text) == expected


# Numbers with a scale word that count people, or stand in another sentence, are no money;
# a share of a total told as a worth is not counted twice either.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Germany will give Ukraine €500 million in military aid for a country of 40 million people.",
         {("DE", "funding", P, 5e8, "EUR")}),
        ("La France a promis 200 millions d'euros à l'Ukraine, un pays de 38 millions d'habitants.",
         {("FR", "funding", P, 2e8, "EUR")}),
        ("Germany will provide €2 billion in military aid to Ukraine, including Patriot systems worth €1 billion.",
         {("DE", "funding", P, 2e9, "EUR"), ("DE", "air_defence", P, None, None)}),
    ],
)
def test_other_large_numbers_and_shares_add_no_money(text: str, expected: set) -> None:
    assert _valued(text) == expected
