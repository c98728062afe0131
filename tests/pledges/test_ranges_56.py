"""Ranges read at their lower bound (stop 56, the lead's ruling: docs/reading-pledges.md,
bot/core/pledges/quantities/ranges.py), in sentences written for these tests, with the ordinary copy
around the same words that must read as before: "up to", a change from one figure to another,
a span of dates or years, a model's number, "between" two parties."""

from __future__ import annotations

import pytest

from tests.support.wire_labels import AIR, ARMOUR, MONEY, P
from tests.support.wire_reading import figures

RANGES = [
    ("en", "OSLO (Wire) - Norway will send Ukraine between six and eight NASAMS launchers this year.",
     {("NO", AIR, P, 6)}),
    ("en", "ROME (Wire) - Italy will send Ukraine 20 to 30 self-propelled howitzers, the ministry said.",
     {("IT", "artillery", P, 20)}),
    ("en", "OTTAWA (Wire) - Canada pledged between $200 million and $300 million in military aid to Ukraine.",
     {("CA", MONEY, P, 200e6)}),
    ("en", "WARSAW (Wire) - Poland pledged a package worth between 1.1 billion and 1.3 billion zlotys to Ukraine.",
     {("PL", MONEY, P, 1.1e9)}),
    ("fr", "MADRID (Agence) - L'Espagne livrera à l'Ukraine entre 10 et 12 chars Leopard 2 d'ici à l'été.",
     {("ES", "tanks", P, 10)}),
    ("fr", "ROME (Agence) - L'Italie enverra à l'Ukraine de 20 à 30 obusiers automoteurs dans les mois à venir.",
     {("IT", "artillery", P, 20)}),
    ("fr", "PARIS (Agence) - La France a promis entre 200 et 300 millions d'euros d'aide militaire à l'Ukraine.",
     {("FR", MONEY, P, 200e6)}),
    ("de", "BERLIN (Agentur) - Deutschland liefert der Ukraine zwischen 10 und 15 Schützenpanzer vom Typ Marder.",
     {("DE", ARMOUR, P, 10)}),
    ("de", "BERLIN (Agentur) - Deutschland sagte der Ukraine zwischen 1,1 und 1,3 Milliarden Euro Militärhilfe zu.",
     {("DE", MONEY, P, 1.1e9)}),
    ("de", "PRAG (Agentur) - Tschechien will der Ukraine 30\u201335 Schützenpanzer liefern.",
     {("CZ", ARMOUR, P, 30)}),
]

# The same words where no range is told: each reads as it did before the ruling.
NO_RANGE = [
    ("en", "OSLO (Wire) - Norway will send up to 40 howitzers to Ukraine.", {("NO", "artillery", P, 40)}),
    ("en", "OSLO (Wire) - Norway raised its pledge from 40 to 50 howitzers for Ukraine.",
     {("NO", "artillery", P, 50)}),
    ("fr", "ROME (Agence) - L'Italie va porter de 20 à 30 le nombre d'obusiers promis à l'Ukraine.",
     {("IT", "artillery", P, 30)}),
    ("en", "COPENHAGEN (Wire) - Denmark will deliver 19 F-16 jets to Ukraine between 2025 and 2026.",
     {("DK", "aircraft", P, 19)}),
    ("en", "COPENHAGEN (Wire) - Denmark pledged 300 million euros for Ukraine between January and March.",
     {("DK", MONEY, P, 300e6)}),
    ("fr", "PARIS (Agence) - La France a livré à l'Ukraine six Mirage 2000-5 entre 2024 et 2025.",
     {("FR", "aircraft", "delivered", 6)}),
    ("de", "BERLIN (Agentur) - Zwischen Berlin und Kiew wurde vereinbart, dass Deutschland 20 Panzer liefert.",
     {("DE", "tanks", P, 20)}),
    ("de", "BERLIN (Agentur) - Deutschland will der Ukraine 20 Schützenpanzer bis 2027 liefern.",
     {("DE", ARMOUR, P, 20)}),
    ("en", "LONDON (Wire) - Britain will send Ukraine 14 tanks and 30 AS-90 guns, talks between the two "
     "governments having ended.", {("GB", "tanks", P, 14), ("GB", "artillery", P, 30)}),
]


@pytest.mark.parametrize(("lang", "text", "expected"), RANGES, ids=[r[1][:60] for r in RANGES])
def test_a_range_gives_its_lower_bound(lang: str, text: str, expected: set) -> None:
    assert figures(text, lang) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), NO_RANGE, ids=[r[1][:60] for r in NO_RANGE])
def test_what_is_no_range_reads_as_before(lang: str, text: str, expected: set) -> None:
    assert figures(text, lang) == expected
