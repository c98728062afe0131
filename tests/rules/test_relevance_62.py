"""Relevance, stories round 62: a budget or bill funding both a restocking and new arms for Ukraine. Every item is
invented for this file (none is taken from the real-article set or a probe); each was labelled by hand by
../shared/eval/README.md (military financing is relevant).

Busy day 61's bill factbox ("$20 billion to replenish U.S. weapons stocks sent to Kyiv", "$14 billion to buy new
weapons for Ukraine") fired both stock-replenishment traps: their premise is a purchase for the buyer, the aid only
its reason. A text that buys weapons FOR Ukraine funds the aid itself, so the traps stand aside (as the order-after-
giving trap already did for "for Ukraine"). A purchase to refill the buyer's own stocks stays a trap.
"""

from __future__ import annotations

import pytest

from bot.core.rules.language import RuleSet
from tests.support.wire_reading import assert_relevance, read

# (lang, headline, lead, relevant)
ITEMS = [
    ("en", "What the Senate's defence bill holds for Kyiv",
     "The bill sets aside $6 billion to replenish U.S. stocks of shells sent to Ukraine and $4 billion to buy new "
     "air defence weapons for Ukraine.",
     True),
    ("fr", "Ce que prévoit le budget néerlandais pour Kiev",
     "Le budget réserve 900 millions d'euros pour reconstituer les stocks d'obus envoyés à l'Ukraine et 600 millions "
     "pour acheter des armes pour l'Ukraine.",
     True),
    ("de", "Was der Haushalt für Kiew vorsieht",
     "Der Haushalt sieht 700 Millionen Euro vor, um Munitionsbestände aufzufüllen, die an die Ukraine geliefert "
     "wurden, und 500 Millionen, um neue Waffen für die Ukraine zu kaufen.",
     True),
    # The buyer's own restocking alone stays the trap.
    ("en", "Army orders 40,000 shells to replenish stocks sent to Ukraine",
     "The army will buy 40,000 artillery shells to replenish its own stocks, drawn down by deliveries to Ukraine.",
     False),
]


@pytest.mark.parametrize(("lang", "headline", "lead", "relevant"), ITEMS)
def test_items_are_read_as_labelled(defaults: RuleSet, lang: str, headline: str, lead: str, relevant: bool) -> None:
    assert_relevance(defaults, read(defaults, headline, lead), relevant)
