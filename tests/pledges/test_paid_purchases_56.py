"""Things a seller hands Ukraine that a donor paid for, the payer told after them as the money
used (stop 56, the lead's ruling on review 55's Türkiye article: bot/core/pledges/
paid_purchases.py), in sentences written for these tests; and the same words where the giver
stays the subject."""

from __future__ import annotations

import pytest

from tests.support.wire_labels import AMMO, ARMOUR, D, P
from tests.support.wire_reading import figures

PAID_BY_ANOTHER = [
    ("en", "ANKARA (Wire) - Türkiye has delivered another 50 Kirpi armoured vehicles to Ukraine, bought by Ukraine "
     "with money from a Dutch grant.", {("NL", ARMOUR, D, 50)}),
    ("en", "ANKARA (Wire) - Türkiye has delivered 50 Kirpi armoured vehicles to Ukraine, bought with Dutch money.",
     {("NL", ARMOUR, D, 50)}),
    ("en", "SEOUL (Wire) - South Korea will ship 100,000 shells to Ukraine next month, which were purchased with "
     "funds from Germany.", {("DE", AMMO, P, 100000)}),
    ("fr", "ANKARA (Agence) - La Turquie a livré 50 blindés Kirpi à l'Ukraine, achetés grâce à un don néerlandais.",
     {("NL", ARMOUR, D, 50)}),
    ("fr", "ANKARA (Agence) - La Turquie a livré 50 blindés Kirpi à l'Ukraine, achetés avec de l'argent "
     "néerlandais.", {("NL", ARMOUR, D, 50)}),
    ("de", "ANKARA (Agentur) - Die Türkei hat der Ukraine 50 Kirpi-Radpanzer geliefert, die mit niederländischem "
     "Geld gekauft wurden.", {("NL", ARMOUR, D, 50)}),
    ("de", "ANKARA (Agentur) - Die Türkei hat der Ukraine 50 Kirpi-Radpanzer geliefert, gekauft mit Geld aus den "
     "Niederlanden.", {("NL", ARMOUR, D, 50)}),
]

SUBJECT_GIVES = [
    ("en", "WARSAW (Wire) - Poland has delivered 20 tanks to Ukraine, bought with money from its own budget.",
     {("PL", "tanks", D, 20)}),
    ("en", "ANKARA (Wire) - Türkiye has delivered 50 Kirpi armoured vehicles to Ukraine.", {("TR", ARMOUR, D, 50)}),
    ("en", "OSLO (Wire) - Norway has delivered 20 howitzers to Ukraine, bought with money it set aside last year.",
     {("NO", "artillery", D, 20)}),
    ("fr", "VARSOVIE (Agence) - La Pologne a livré 20 chars à l'Ukraine, achetés en Allemagne il y a dix ans.",
     {("PL", "tanks", D, 20)}),
    ("de", "WARSCHAU (Agentur) - Polen hat der Ukraine 20 Panzer geliefert, die mit eigenem Geld gekauft wurden.",
     {("PL", "tanks", D, 20)}),
]


@pytest.mark.parametrize(("lang", "text", "expected"), PAID_BY_ANOTHER, ids=[r[1][:60] for r in PAID_BY_ANOTHER])
def test_the_payer_of_a_purchase_gives(lang: str, text: str, expected: set) -> None:
    assert figures(text, lang) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), SUBJECT_GIVES, ids=[r[1][:60] for r in SUBJECT_GIVES])
def test_with_no_other_payer_the_subject_gives(lang: str, text: str, expected: set) -> None:
    assert figures(text, lang) == expected
