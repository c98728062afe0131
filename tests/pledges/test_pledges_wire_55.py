"""Pledges, round 55: leftovers of reviews 51-54 that recur in wire copy, each written anew in several
forms and in the three languages, with ordinary copy beside it that must keep its reading. Every text is
invented for this file; none is taken from the probes nor from the real-article set.

- a gapped list whose counts follow a colon ("Germany pledged IRIS-T systems: 4, and Norway NASAMS: 2",
  "et la Belgique des obus : 3 000", "und Norwegen NASAMS: 2"): each later giver gives its own thing
  and count (gapping.py), as "Norway two NASAMS" does;
- the things a donor pays for told as a coordinated list with their making in Ukraine told after the
  last ("has paid for 18 howitzers, 40 mortars and 200 drones built by Ukrainian factories", "hat 18
  Haubitzen und 200 Drohnen bezahlt, die in der Ukraine gebaut werden", "36 of the guns and 200 of the
  drones"): every thing of the list is production (paid_lists.py);
- a German quotation closed by “ („...“) ends its sentence when a stop stands before the mark;
- satellite communication terminals and cyber defence are things given ("other"), and a sum alone in
  brackets right after things ("satellite communication terminals (€15 million)") is their worth.
"""

from __future__ import annotations

import pytest

from bot.core.text import sentences
from tests.support.wire_labels import AIR, AMMO, D, M, P
from tests.support.wire_reading import figures

# ------------------------------------------------------------------ gapped givers, counts after a colon

# (lang, text, records as (donor, category, status, figure))
GAPPED_COLON_COUNTS = [
    ("en", "BERLIN (Wire) - Germany pledged IRIS-T systems: 4, and Norway NASAMS: 2.",
     {("DE", AIR, P, 4), ("NO", AIR, P, 2)}),
    ("en", "BRUSSELS (Wire) - At the meeting, Sweden promised CV90 vehicles: 20, and Finland howitzers: 12.",
     {("SE", "armoured_vehicles", P, 20), ("FI", "artillery", P, 12)}),
    ("en", "OSLO (Wire) - Norway has delivered NASAMS launchers: 3; Denmark Caesar howitzers: 6.",
     {("NO", AIR, D, 3), ("DK", "artillery", D, 6)}),
    ("fr", "PARIS (Agence) - La France a promis des canons Caesar : 6, et la Belgique des obus : 3 000.",
     {("FR", "artillery", P, 6), ("BE", AMMO, P, 3000)}),
    ("fr", "ROME (Agence) - L'Italie a livré des lanceurs SAMP/T : 2, et l'Espagne des chars Leopard : 10.",
     {("IT", AIR, D, 2), ("ES", "tanks", D, 10)}),
    ("de", "BERLIN (Agentur) - Deutschland sagte IRIS-T-Systeme zu: 4, und Norwegen NASAMS: 2.",
     {("DE", AIR, P, 4), ("NO", AIR, P, 2)}),
    ("de", "BERLIN (Agentur) - Deutschland hat Panzerhaubitzen geliefert: 8; Dänemark Caesar-Haubitzen: 6.",
     {("DE", "artillery", D, 8), ("DK", "artillery", D, 6)}),
]

# Ordinary copy beside it: a one-giver list after a colon, a gapped count without a colon, and a
# nationality before a thing (which names who gives it) keep their readings.
GAPPED_ORDINARY = [
    ("en", "OSLO (Wire) - Norway approved a new aid package for Ukraine. The breakdown: NASAMS launchers: 2; "
     "artillery shells: 8,000.", {("NO", AIR, P, 2), ("NO", AMMO, P, 8000)}),
    ("en", "HELSINKI (Wire) - Finland sent three tanks to Ukraine, Norway eight.",
     {("FI", "tanks", D, 3), ("NO", "tanks", D, 8)}),
    ("fr", "PARIS (Agence) - La France a livré des chars à l'Ukraine et des drones allemands.",
     {("FR", "tanks", D, None), ("DE", "drones", D, None)}),
    ("de", "BERLIN (Agentur) - Deutschland hat der Ukraine 20 Panzer und norwegische Haubitzen geliefert.",
     {("DE", "tanks", D, 20), ("NO", "artillery", D, None)}),
]


@pytest.mark.parametrize(("lang", "text", "expected"), GAPPED_COLON_COUNTS + GAPPED_ORDINARY)
def test_a_gapped_giver_with_its_count_after_a_colon_gives_its_own_thing(lang: str, text: str, expected: set) -> None:
    assert figures(text, lang) == expected


# ------------------------------------------------------------------ lists of things paid for, made in Ukraine

PAID_LISTS = [
    ("en", "COPENHAGEN (Wire) - Denmark has paid for 18 howitzers, 40 mortars and 200 drones built by Ukrainian "
     "factories.", {("DK", "artillery", M, 18), ("DK", "drones", M, 200)}),
    ("en", "COPENHAGEN (Wire) - Denmark will finance 18 Bohdana howitzers, 60 mortars and 200 long-range drones "
     "made in Ukraine.", {("DK", "artillery", M, 18), ("DK", "drones", M, 200)}),
    ("en", "COPENHAGEN (Wire) - Kyiv is fielding new howitzers and drones built by Ukrainian factories with Danish "
     "money. Denmark has paid for 36 of the guns and 200 of the drones.",
     {("DK", "artillery", M, 36), ("DK", "drones", M, 200), ("DK", "production", M, None)}),
    ("de", "KOPENHAGEN (Agentur) - Dänemark hat 18 Haubitzen und 200 Drohnen bezahlt, die in der Ukraine gebaut "
     "werden.", {("DK", "artillery", M, 18), ("DK", "drones", M, 200)}),
    ("de", "STOCKHOLM (Agentur) - Schweden finanziert 12 Haubitzen, 30 Mörser und 500 Drohnen, die in der Ukraine "
     "hergestellt werden.", {("SE", "artillery", M, 12), ("SE", "drones", M, 500)}),
    ("fr", "COPENHAGUE (Agence) - Le Danemark a financé 18 canons Bohdana, 40 mortiers et 200 drones fabriqués en "
     "Ukraine.", {("DK", "artillery", M, 18), ("DK", "drones", M, 200)}),
]

# Ordinary copy beside it: things a payer sends beside those made in Ukraine keep their promise, and a
# list with no making in Ukraine stays promised.
PAID_ORDINARY = [
    ("en", "COPENHAGEN (Wire) - Denmark has paid for 18 howitzers built by Ukrainian factories and will also send "
     "10 tanks.", {("DK", "artillery", M, 18), ("DK", "tanks", P, 10)}),
    ("en", "STOCKHOLM (Wire) - Sweden will finance 18 howitzers and 200 drones for Ukraine.",
     {("SE", "artillery", P, 18), ("SE", "drones", P, 200)}),
    ("fr", "PARIS (Agence) - La France financera 12 canons et 300 drones pour l'Ukraine.",
     {("FR", "artillery", P, 12), ("FR", "drones", P, 300)}),
    ("de", "BERLIN (Agentur) - Deutschland finanziert 20 Panzer und 100 Drohnen für die Ukraine.",
     {("DE", "tanks", P, 20), ("DE", "drones", P, 100)}),
]


@pytest.mark.parametrize(("lang", "text", "expected"), PAID_LISTS + PAID_ORDINARY)
def test_every_thing_of_a_paid_list_made_in_ukraine_is_production(lang: str, text: str, expected: set) -> None:
    assert figures(text, lang) == expected


# ------------------------------------------------------------------ German closing quotes

def test_a_german_closing_quote_after_a_stop_ends_the_sentence() -> None:
    text = ("BERLIN (Agentur) - „Wir liefern der Ukraine zwei weitere Systeme.“ Das sagte der Minister am Montag. "
            "„Es bleibt dabei“, sagte er.")
    assert sentences(text) == [
        "BERLIN (Agentur) - „Wir liefern der Ukraine zwei weitere Systeme.“",
        "Das sagte der Minister am Montag.",
        "„Es bleibt dabei“, sagte er.",
    ]


def test_an_english_opening_quote_still_opens_the_next_sentence() -> None:
    assert sentences("He said so. “We will send more.” Then he left.") == [
        "He said so.", "“We will send more.”", "Then he left."
    ]


QUOTED_GERMAN = [
    # (the quoted refusal and the promise after it are two sentences: the refusal is the giver's before it,
    # the promise keeps its own things)
    ("de", "WARSCHAU (Agentur) - Polen hat der Ukraine 30 Panzer übergeben. „Wir werden keine Kampfjets "
     "liefern.“ Schweden sagte acht Haubitzen zu.",
     {("PL", "tanks", D, 30), ("PL", "aircraft", "refused", None), ("SE", "artillery", P, 8)}),
    # (a quotation naming no giver lends its things to no sentence after it)
    ("de", "BERLIN (Agentur) - „Wir haben der Ukraine vier IRIS-T-Systeme geliefert.“ Frankreich sagte zwölf "
     "Caesar-Haubitzen zu.", {("FR", "artillery", P, 12)}),
]


@pytest.mark.parametrize(("lang", "text", "expected"), QUOTED_GERMAN)
def test_a_closed_german_quote_is_a_sentence_of_its_own(lang: str, text: str, expected: set) -> None:
    assert figures(text, lang) == expected


# ------------------------------------------------------------------ terminals, cyber defence, sums in brackets

SERVICES = [
    ("en", "LUXEMBOURG (Wire) - Luxembourg will pay for satellite communication terminals for Ukrainian units "
     "(€15 million).", {("LU", "other", P, 15000000)}),
    ("en", "LUXEMBOURG (Wire) - Luxembourg will provide 12 howitzers (€15 million) and 4 radars to Ukraine.",
     {("LU", "artillery", P, 12), ("LU", "other", P, 4)}),
    ("fr", "LUXEMBOURG (Agence) - Le Luxembourg fournira à l'Ukraine des terminaux de communication par satellite "
     "pour 15 millions d'euros.", {("LU", "other", P, 15000000)}),
    ("fr", "TALLINN (Agence) - L'Estonie va débloquer 30 millions d'euros pour la cyberdéfense de l'Ukraine.",
     {("EE", "other", P, 30000000)}),
    ("en", "TALLINN (Wire) - Estonia will provide €30 million for Ukraine's cyber defence.",
     {("EE", "other", P, 30000000)}),
    ("de", "TALLINN (Agentur) - Estland wird 30 Millionen Euro für die Cyberabwehr der Ukraine bereitstellen.",
     {("EE", "other", P, 30000000)}),
    ("de", "LUXEMBURG (Agentur) - Luxemburg wird der Ukraine Satellitenkommunikationsterminals liefern.",
     {("LU", "other", P, None)}),
    # (ordinary copy: a sum with more than itself in the brackets stays the money given)
    ("en", "LONDON (Wire) - Britain will send 20 drones (and €15 million in cash) to Ukraine.",
     {("GB", "drones", P, 20), ("GB", "funding", P, 15000000)}),
]


@pytest.mark.parametrize(("lang", "text", "expected"), SERVICES)
def test_terminals_and_cyber_defence_are_things_and_a_bracketed_sum_their_worth(
    lang: str, text: str, expected: set
) -> None:
    assert figures(text, lang) == expected
