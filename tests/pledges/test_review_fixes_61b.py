"""Fixes of review 61's causes given to fix 61b (tests/pledges/test_review_61.py), each read as a form of wire
copy in the three languages. Every sentence is invented for this file.

- (6) A donor paying Ukraine's makers for things (the Danish model): the makers told between the paying verb and
  the things ("paying Ukrainian factories for Bohdana howitzers", "paie des fabricants ukrainiens pour des
  obusiers", "bezahlt ukrainische Fabriken für Haubitzen") and German's separable "mit" ("die Herstellung
  ukrainischer Haubitzen mitzufinanzieren") give production of the things, in their own category: the makers'
  word is no making of the category production (money/paid_makers.py).
"""

from __future__ import annotations

import pytest

from tests.support.wire_labels import M
from tests.support.wire_reading import figures

MAKERS_PAID = [
    ("en", "Norway set the example last year, paying Ukrainian factories for 24 Bohdana howitzers, and Sweden "
     "has said it will follow.", {("NO", "artillery", M, 24)}),
    ("en", "The Netherlands is paying Ukrainian manufacturers for mortars that will reach the front this spring.",
     {("NL", "artillery", M, None)}),
    ("fr", "La Norvège a ouvert la voie en payant des usines ukrainiennes pour 24 obusiers Bohdana.",
     {("NO", "artillery", M, 24)}),
    ("fr", "Les Pays-Bas paient des fabricants d'armes ukrainiens pour des mortiers livrés au printemps.",
     {("NL", "artillery", M, None)}),
    ("de", "Norwegen bezahlt ukrainische Fabriken für 24 Haubitzen vom Typ Bohdana.",
     {("NO", "artillery", M, 24)}),
    ("de", "Auch die Niederlande haben angekündigt, die Herstellung ukrainischer Mörser mitzufinanzieren.",
     {("NL", "artillery", M, None)}),
]


@pytest.mark.parametrize(("lang", "text", "expected"), MAKERS_PAID)
def test_makers_paid_for_things_give_the_things_production(lang: str, text: str, expected: set) -> None:
    assert figures(text, lang) == expected
