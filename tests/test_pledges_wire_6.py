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
