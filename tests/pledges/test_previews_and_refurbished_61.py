"""Pledges, two readings of stories round 61 (stories61), each a form of wire copy; every sentence is written for this
file, none taken from the real-article set or a review's articles.

1. An order an announcement still to come previews is no order placed: "will announce a large order of drones next
   week", "annoncera la semaine prochaine une importante commande", "wird kommende Woche einen großen Auftrag ...
   bekanntgeben" are discussed (status_cues._previewed). Before: production in every language, while a French
   headline "Londres annoncera des drones" read discussed, and busy day 60's two reports of Britain's preview split.
   An order placed, or announced done, stays production.
2. French "remis à neuf" is refurbished, no handover: "va fournir ... 30 chars Leopard 1 remis à neuf" is the
   promise (status_cues._REFURBISHED_FR). Before: delivered, and busy day 61's French report of Denmark's tanks split
   from the English ones. "remis à l'armée ukrainienne", "a remis à l'Ukraine" stay deliveries.
"""

from __future__ import annotations

import pytest

from tests.support.wire_labels import D, M, P, X
from tests.support.wire_reading import figures

DRONES, TANKS = "drones", "tanks"

PREVIEWED_ORDERS = [
    ("en", "Britain will announce a large order of drones for Ukraine next week, the defence secretary said.",
     {("GB", DRONES, X, None)}),
    ("fr", "Le Royaume-Uni annoncera la semaine prochaine une importante commande de drones pour l'Ukraine, a dit le "
           "ministre.", {("GB", DRONES, X, None)}),
    ("de", "Großbritannien wird kommende Woche einen großen Auftrag über Drohnen für die Ukraine bekanntgeben, sagte "
           "der Minister.", {("GB", DRONES, X, None)}),
]
ORDERS_PLACED = [
    ("en", "Britain has placed a large order of 20,000 drones from British firms for Ukraine, the defence secretary "
           "said.", {("GB", DRONES, M, 20000)}),
    ("fr", "Le Royaume-Uni a passé une importante commande de 20 000 drones pour l'Ukraine, a dit le ministre.",
     {("GB", DRONES, M, 20000)}),
    ("en", "Britain announced a large order of drones for Ukraine on Tuesday.", {("GB", DRONES, M, None)}),
]
REFURBISHED = [
    ("fr", "Le Danemark va fournir l'an prochain à l'Ukraine 30 chars Leopard 1 remis à neuf, a annoncé le ministre.",
     {("DK", TANKS, P, 30)}),
    ("fr", "Le Danemark a livré à l'Ukraine 30 chars Leopard 1 remis à neuf, a annoncé le ministre.",
     {("DK", TANKS, D, 30)}),
]
HANDED_OVER = [
    ("fr", "Les 30 chars Leopard 1 ont été remis à l'armée ukrainienne, a annoncé le ministre danois.",
     {("DK", TANKS, D, 30)}),
    ("fr", "Le Danemark a remis à l'Ukraine 30 chars Leopard 1, a annoncé le ministre.", {("DK", TANKS, D, 30)}),
]


@pytest.mark.parametrize(("lang", "text", "expected"), PREVIEWED_ORDERS + REFURBISHED)
def test_round_61_readings(lang: str, text: str, expected: set) -> None:
    assert figures(text, lang) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), ORDERS_PLACED + HANDED_OVER)
def test_the_same_words_in_other_senses(lang: str, text: str, expected: set) -> None:
    assert figures(text, lang) == expected
