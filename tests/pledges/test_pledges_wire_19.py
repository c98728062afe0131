"""A nineteenth round of wire copy (in progress: figures follow with the round's articles).
Its first part mends three general misreadings: a relative clause naming an earlier gift
("the NASAMS systems it donated to Ukraine", "qu'elle a livrés", "die es der Ukraine
geliefert hat") was read as the status of what the sentence now gives; a dateline with
the month cut short ("BRUSSELS, Dec 3 (Reuters)") let "Brussels" stand for Belgium or the
EU; and the words of a package's worth told on its own were written twice. Every text here
was written for these tests (none is taken from the real-article set). The earlier rounds
are tests/pledges/test_pledges_wire.py to _18."""

from __future__ import annotations

import pytest

from tests.support.wire_reading import figures

P, D, X, R, M = "pledged", "delivered", "discussed", "refused", "production"
AIR, ARMOUR, AMMO, MONEY, ARMS = "air_defence", "armoured_vehicles", "ammunition", "funding", "small_arms"


# ------------------------------------------------------------ known misreadings, mended


# A relative clause recalling an earlier gift describes the thing; the sentence's news is
# the new money or promise. Alone in its sentence the gift still tells a delivery.
@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Canada will spend 300 million Canadian dollars on interceptors for the NASAMS batteries it donated to "
           "Ukraine last year, Ottawa said on Tuesday.",
     {("CA", AIR, P, 300e6)}),
    ("en", "Belgium will spend 120 million euros on ammunition for the F-16 fighter jets it gave Ukraine, the "
           "defence minister said.",
     {("BE", AMMO, P, 120e6)}),
    ("en", "Sweden will pay for spare parts for the CV90 vehicles that it has delivered to Kyiv.",
     {("SE", ARMOUR, P, None)}),
    ("fr", "La Norvège va financer des obus pour les canons Caesar qu'elle a livrés à l'Ukraine au printemps, a "
           "indiqué Oslo.",
     {("NO", AMMO, P, None)}),
    ("fr", "Le Danemark fournira des pièces détachées pour les chars Leopard qu'il avait cédés à Kiev en 2023.",
     {("DK", "tanks", P, None)}),
    ("de", "Deutschland wird 300 Millionen Euro für Munition für die Gepard-Panzer bereitstellen, die es der "
           "Ukraine geliefert hat.",
     {("DE", AMMO, P, 300e6)}),
    ("de", "Die Niederlande finanzieren Ersatzteile für die F-16-Kampfjets, die sie Kiew übergeben haben.",
     {("NL", "aircraft", P, None)}),
])
def test_an_earlier_gift_in_a_relative_clause_is_not_the_news(lang: str, text: str, expected: set) -> None:
    assert figures(text, lang) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Norway has delivered the NASAMS systems it promised to Ukraine, the ministry said.", {("NO", AIR, D, None)}),
    ("de", "Polen, das der Ukraine bereits MiG-29 geliefert hat, will nun auch Panzer liefern.",
     {("PL", "tanks", P, None), ("PL", "aircraft", D, None)}),
    ("fr", "Le Portugal a livré à l'Ukraine les trois chars Leopard qu'il avait promis.", {("PT", "tanks", D, 3)}),
])
def test_a_gift_told_as_the_news_still_delivers(lang: str, text: str, expected: set) -> None:
    assert figures(text, lang) == expected


# A dateline names a place, whatever form its date takes: "BRUSSELS, Dec 3 (Reuters)" is
# no Belgian giving (as "BRUSSELS (Reuters)" and "BRUSSELS, 3 March" were not).
@pytest.mark.parametrize(("lang", "title", "text", "expected"), [
    ("en", "Belgium weighs more F-16s for Ukraine",
     "BRUSSELS, Dec 3 (Reuters) - Ukraine will receive 200 million euros for artillery shells, the Dutch government "
     "said.",
     {("NL", AMMO, P, 200e6), ("BE", "aircraft", X, None)}),
    ("en", "Belgium weighs more F-16s for Ukraine",
     "BRUSSELS, Sept. 14 (Reuters) - Ukraine will receive 200 million euros for artillery shells, the Dutch "
     "government said.",
     {("NL", AMMO, P, 200e6), ("BE", "aircraft", X, None)}),
    ("fr", "La Belgique envisage d'autres F-16 pour l'Ukraine",
     "BRUXELLES, déc. 3 (AFP) - L'Ukraine recevra 200 millions d'euros pour des obus d'artillerie, a annoncé le "
     "gouvernement néerlandais.",
     {("NL", AMMO, P, 200e6), ("BE", "aircraft", X, None)}),
    ("de", "Belgien erwägt weitere F-16 für die Ukraine",
     "BRÜSSEL, Dez. 3 (dpa) - Die Ukraine soll 200 Millionen Euro für Artilleriemunition erhalten, teilte die "
     "niederländische Regierung mit.",
     {("NL", AMMO, P, 200e6), ("BE", "aircraft", X, None)}),
])
def test_a_dateline_with_its_month_cut_short_names_nobody(lang: str, title: str, text: str, expected: set) -> None:
    assert figures(text, lang, title=title) == expected
