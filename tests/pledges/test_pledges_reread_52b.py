"""Regressions a reread of round 52's pledge rules found (findings 3 and 4 of reviewer reread52p), in
invented wire sentences (the reviewer's and variants of ours; none from the real-article set), English,
French and German, labelled by hand as (donor, category, status, figure).

- An adverbial gerund of giving after a promise or an announcement in the main clause ("promised to
  help Ukraine by supplying", "announced a new package, providing", "s'est engagée à soutenir
  l'Ukraine en lui livrant") read as done: the main clause tells a time to come, so the giving is
  promised, as before round 52 (gerund_givings).
- A running total that was the sentence's only figure ("unveiled a new aid package, bringing its total
  military support to 75 billion crowns") took the whole sentence with it: the news stays, as the
  sentence reads without the total, a package with no sum (running_totals, called by money_items).
"""

from __future__ import annotations

import pytest

from tests.support.wire_labels import ARMOUR, MONEY, D, P
from tests.support.wire_reading import figures

PROMISED_GERUNDS = [
    ("en", "LONDON (Wire) - Britain promised to help Ukraine by supplying 14 Challenger 2 tanks.",
     {("GB", "tanks", P, 14)}),
    ("en", "COPENHAGEN (Wire) - Denmark vowed to keep up the pressure on Moscow by donating 19 F-16 jets to "
     "Ukraine.", {("DK", "aircraft", P, 19)}),
    ("en", "THE HAGUE (Wire) - The Netherlands offered to help by providing 18 F-16 jets to Ukraine.",
     {("NL", "aircraft", P, 18)}),
    ("en", "OTTAWA (Wire) - Canada agreed on Monday to help Ukraine by supplying 50 armoured vehicles.",
     {("CA", ARMOUR, P, 50)}),
    ("en", "WASHINGTON (Wire) - The Pentagon announced a new $400 million package on Friday, providing Ukraine "
     "with 20 Bradley fighting vehicles.", {("US", ARMOUR, P, 20), ("US", MONEY, P, 400_000_000)}),
    ("en", "STOCKHOLM (Wire) - Sweden approved a new aid package on Thursday, sending 10 CV90 infantry fighting "
     "vehicles to Ukraine.", {("SE", ARMOUR, P, 10)}),
    ("fr", "PARIS (Agence) - La France s'est engagée à soutenir l'Ukraine en lui livrant 12 canons Caesar.",
     {("FR", "artillery", P, 12)}),
    ("fr", "PARIS (Agence) - La France a promis d'aider l'Ukraine en lui livrant 12 canons Caesar.",
     {("FR", "artillery", P, 12)}),
    ("fr", "PARIS (Agence) - La France a annoncé une nouvelle aide, envoyant 12 canons Caesar à l'Ukraine.",
     {("FR", "artillery", P, 12)}),
]


@pytest.mark.parametrize(("lang", "text", "expected"), PROMISED_GERUNDS)
def test_a_gerund_of_giving_after_a_promise_is_promised(lang: str, text: str, expected: set) -> None:
    assert figures(text, lang) == expected


# A promise kept is done: the noun "promise" is no promise of the gerund's giving.
KEPT = [
    ("en", "LONDON (Wire) - Britain kept its promise to Kyiv by sending 14 Challenger 2 tanks.",
     {("GB", "tanks", D, 14)}),
    ("fr", "PARIS (Agence) - La France a tenu sa promesse en livrant 12 canons Caesar à l'Ukraine.",
     {("FR", "artillery", D, 12)}),
]


@pytest.mark.parametrize(("lang", "text", "expected"), KEPT)
def test_a_promise_kept_by_a_gerund_of_giving_is_done(lang: str, text: str, expected: set) -> None:
    assert figures(text, lang) == expected


TOTAL_ONLY = [
    ("en", "STOCKHOLM (Wire) - Sweden unveiled a new aid package on Friday, bringing its total military support "
     "to Ukraine to 75 billion crowns.", {("SE", "other", P, None)}),
    ("en", "COPENHAGEN (Wire) - Denmark pledged a new military aid package on Friday, bringing its total "
     "military aid to Ukraine to 60 billion crowns.", {("DK", "other", P, None)}),
    ("en", "OSLO (Wire) - Norway approved a new aid package for Ukraine on Friday, bringing its total military "
     "support to 60 billion crowns.", {("NO", "other", P, None)}),
    ("fr", "STOCKHOLM (Agence) - La Suède a dévoilé vendredi un nouveau paquet d'aide, portant à 75 milliards "
     "de couronnes le total de son aide militaire.", {("SE", "other", P, None)}),
    ("fr", "ROME (Agence) - L'Italie a approuvé un nouveau paquet d'aide à l'Ukraine, ce qui porte le montant "
     "total de son aide à 3 milliards d'euros.", {("IT", "other", P, None)}),
    ("de", "STOCKHOLM (Agentur) - Schweden kündigte ein neues Hilfspaket an, womit sich seine Militärhilfe auf "
     "insgesamt 75 Milliarden Kronen summiert.", {("SE", "other", P, None)}),
    ("de", "STOCKHOLM (Agentur) - Schweden hat ein neues Hilfspaket angekündigt, womit sich seine Militärhilfe "
     "auf insgesamt 75 Milliarden Kronen summiert.", {("SE", "other", P, None)}),
]


@pytest.mark.parametrize(("lang", "text", "expected"), TOTAL_ONLY)
def test_a_running_total_as_the_only_figure_leaves_the_package(lang: str, text: str, expected: set) -> None:
    assert figures(text, lang) == expected


# Beside a sum or things of the news, the total is still background: no record of its own.
TOTAL_BESIDE_NEWS = [
    ("en", "BERLIN (Wire) - Germany pledged 500 million euros in new military aid, bringing its total to 4 "
     "billion euros.", {("DE", MONEY, P, 500_000_000)}),
    ("en", "STOCKHOLM (Wire) - Sweden delivered 10 CV90 infantry fighting vehicles to Ukraine on Friday, "
     "bringing its total military aid to 75 billion crowns.", {("SE", ARMOUR, D, 10)}),
]


@pytest.mark.parametrize(("lang", "text", "expected"), TOTAL_BESIDE_NEWS)
def test_a_running_total_beside_the_news_stays_background(lang: str, text: str, expected: set) -> None:
    assert figures(text, lang) == expected
