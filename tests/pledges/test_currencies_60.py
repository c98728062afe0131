"""The money of donors wire copy tells in their own currency without converting it: the Czech crown by its
own name ("koruna", "Kč"), Iceland's crown, Romania's lei, Bulgaria's leva, Hungary's forints, Ukraine's
hryvnias and South Korea's won. Before stop 60 only euros, dollars, pounds, the Nordic and Czech crowns
with their country, yen and zlotys were money: "500 million lei for shells" read as 500,000,000 shells.
Every sentence is invented for this file."""

from __future__ import annotations

import pytest

from bot.core.pledges.quantities.numbers import find_counts, find_money

SUMS = [
    ("Prague set aside 800 million koruna for the shells.", "en", "CZK", 800e6),
    ("Prag stellt 800 Mio. Kč für die Granaten bereit.", "de", "CZK", 800e6),
    ("Reykjavik will pay 2 billion Icelandic kronur into the fund.", "en", "ISK", 2e9),
    ("Bucarest débloque 300 millions de lei pour des obus.", "fr", "RON", 300e6),
    ("Romania will spend 300 million lei on the shells.", "en", "RON", 300e6),
    ("Sofia approved 90 million leva for ammunition.", "en", "BGN", 90e6),
    ("Budapest würde 40 Milliarden Forint nicht freigeben.", "de", "HUF", 40e9),
    ("Kyiv put 12 billion hryvnias into drone production.", "en", "UAH", 12e9),
    ("Kiew steckt 12 Milliarden Hrywnja in die Drohnenproduktion.", "de", "UAH", 12e9),
    ("Séoul a débloqué 200 milliards de wons sud-coréens.", "fr", "KRW", 200e9),
]


@pytest.mark.parametrize(("text", "lang", "currency", "value"), SUMS)
def test_a_sum_in_the_donors_own_money_is_money_and_no_count(text, lang, currency, value):
    (money,) = find_money(text, lang)
    assert (money.currency, money.value) == (currency, value)
    assert not find_counts(text, lang)


@pytest.mark.parametrize("text", [
    "Hungary won 3 seats on the council.",          # "won" the verb is no Korean money
    "In 2024 Lei Jun's firm delivered nothing.",     # a name after a year
    "Seoul won 2 contracts in Poland.",
])
def test_the_same_letters_in_other_senses_are_no_money(text):
    assert not find_money(text, "en")
