"""Pledges, round 52r: the causes of review 52 (tests/pledges/test_review_52.py), each written anew in
several forms and in the three languages, with ordinary copy beside it that must keep its reading.
Every text is invented for this file.

- a1, a belligerent's claim of destroying, downing or intercepting things (bot/core/pledges/battle_claims.py):
  the things' donor ("Dutch-supplied", "livrés par la Norvège", "von Deutschland gelieferte") tells where
  they came from, the clause's news is their loss: no record. A giving told in another clause, or after
  the act with a giving verb of its own, keeps its record.

First run (2026-12-06 11:40 UTC, branch fix52p at review52 4bcf427): every case of the lists below but the
KEEP lists failed before the change (the KEEP cases, ordinary copy, passed before and after), but for
"Moskau hat nach eigenen Angaben ... vernichtet", read as nothing before too, kept as the German verb-last form.
"""

from __future__ import annotations

import pytest

from tests.support.wire_labels import AIR, ARMOUR, D, P
from tests.support.wire_reading import figures

# (lang, title, text, records as (donor, category, status, figure))
BATTLE_CLAIMS = [
    ("en", "", "Russia's defence ministry said its troops had destroyed four Dutch-supplied Leopard 1 tanks and "
     "intercepted ten American ATACMS missiles.", set()),
    ("en", "Kremlin says forces hit U.S.-supplied HIMARS launchers near Kharkiv",
     "The claim could not be verified.", set()),
    ("fr", "", "Moscou affirme avoir abattu trois avions F-16 livrés par la Norvège près de Zaporijia.", set()),
    ("fr", "", "Le ministère russe a publié un bilan. Il dit aussi avoir détruit deux obusiers Caesar livrés par "
     "la France.", set()),
    ("de", "", "Das russische Verteidigungsministerium will zwei von Deutschland gelieferte Leopard-Panzer "
     "zerstört haben.", set()),
    ("de", "", "Russland meldet Abschuss eines Kampfjets – Deutschland liefert der Ukraine 20 weitere Marder.",
     {("DE", ARMOUR, P, 20)}),
    ("de", "", "Moskau hat nach eigenen Angaben sechs amerikanische HIMARS-Raketenwerfer vernichtet.", set()),
]
BATTLE_CLAIMS_KEEP = [
    ("en", "", "Russia claims it destroyed a Patriot system; Germany said it would send another Patriot system "
     "to Ukraine.", {("DE", AIR, P, None)}),
    ("en", "", "After Russia hit Kyiv's power grid overnight, Germany pledged two more IRIS-T systems.",
     {("DE", AIR, P, 2)}),
    ("fr", "", "La Russie a détruit la centrale, et la France a promis dix canons Caesar à l'Ukraine.",
     {("FR", "artillery", P, 10)}),
    ("en", "", "Germany has delivered 40 Gepard guns that have shot down hundreds of Russian drones.",
     {("DE", AIR, D, 40)}),
]


@pytest.mark.parametrize(("lang", "title", "text", "expected"), BATTLE_CLAIMS + BATTLE_CLAIMS_KEEP)
def test_a_belligerents_claim_of_hits_gives_nothing(lang: str, title: str, text: str, expected: set) -> None:
    assert figures(text, lang, title=title) == expected
