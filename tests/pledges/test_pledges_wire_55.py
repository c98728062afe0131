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
from tests.support.wire_labels import AIR, AMMO, MONEY, D, M, P
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

# (the mortars beside the howitzers are a lot of their own, as the real set labels lists of one kind:
# round pledges58's listed_lots.py; this round took one record a kind)
PAID_LISTS = [
    ("en", "COPENHAGEN (Wire) - Denmark has paid for 18 howitzers, 40 mortars and 200 drones built by Ukrainian "
     "factories.", {("DK", "artillery", M, 18), ("DK", "artillery", M, 40), ("DK", "drones", M, 200)}),
    ("en", "COPENHAGEN (Wire) - Denmark will finance 18 Bohdana howitzers, 60 mortars and 200 long-range drones "
     "made in Ukraine.", {("DK", "artillery", M, 18), ("DK", "artillery", M, 60), ("DK", "drones", M, 200)}),
    ("en", "COPENHAGEN (Wire) - Kyiv is fielding new howitzers and drones built by Ukrainian factories with Danish "
     "money. Denmark has paid for 36 of the guns and 200 of the drones.",
     # (the things "built ... with Danish money" are Denmark's production too: one record a kind)
     {("DK", "artillery", M, 36), ("DK", "drones", M, 200)}),
    ("de", "KOPENHAGEN (Agentur) - Dänemark hat 18 Haubitzen und 200 Drohnen bezahlt, die in der Ukraine gebaut "
     "werden.", {("DK", "artillery", M, 18), ("DK", "drones", M, 200)}),
    ("de", "STOCKHOLM (Agentur) - Schweden finanziert 12 Haubitzen, 30 Mörser und 500 Drohnen, die in der Ukraine "
     "hergestellt werden.", {("SE", "artillery", M, 12), ("SE", "artillery", M, 30), ("SE", "drones", M, 500)}),
    ("fr", "COPENHAGUE (Agence) - Le Danemark a financé 18 canons Bohdana, 40 mortiers et 200 drones fabriqués en "
     "Ukraine.", {("DK", "artillery", M, 18), ("DK", "artillery", M, 40), ("DK", "drones", M, 200)}),
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


# ------------------------------------------------------------------ review 54's money forms and payers

MONEY_FORMS = [
    # money moved to a purpose, told with the money (a promise of what it buys, review 54's ruling)
    ("de", "STOCKHOLM (Agentur) - Schweden hat der Ukraine 40 Milliarden Kronen zugesagt. Aus Restmitteln werden "
     "außerdem 500 Millionen Kronen für Drohnen umgeschichtet.",
     {("SE", MONEY, P, 40000000000), ("SE", "drones", P, 500000000)}),
    ("de", "OSLO (Agentur) - Norwegen sagt der Ukraine 10 Milliarden Kronen zu. Zudem werden aus dem Vorjahr 300 "
     "Millionen Kronen für Flugabwehr umgewidmet.", {("NO", MONEY, P, 10000000000), ("NO", AIR, P, 300000000)}),
    ("de", "BERLIN (Agentur) - Berlin hat 300 Millionen Euro für Munition umgewidmet.", {("DE", AMMO, P, 300000000)}),
    # a grant told as a noun, paid out before ("déjà versé", "bereits ausgezahlt"): delivered
    ("fr", "OTTAWA (Agence) - Le Canada va prêter 2 milliards de dollars à l'Ukraine. Ce prêt s'ajoute à un don de "
     "300 millions de dollars pour des drones, déjà versé en septembre.",
     {("CA", MONEY, P, 2000000000), ("CA", "drones", D, 300000000)}),
    ("de", "OTTAWA (Agentur) - Kanada leiht der Ukraine 2 Milliarden Dollar. Hinzu kommt ein Zuschuss von 300 "
     "Millionen Dollar für Drohnen, der bereits ausgezahlt wurde.",
     {("CA", MONEY, P, 2000000000), ("CA", "drones", D, 300000000)}),
    # a sum written into a budget or its reserve for a purpose: promised (review 54's ruling)
    ("fr", "TIRANA (Agence) - L'Albanie a inscrit 4 millions d'euros dans sa réserve budgétaire pour des munitions "
     "destinées à Kiev.", {("AL", AMMO, P, 4000000)}),
    ("fr", "VILNIUS (Agence) - La Lituanie a réservé 5 millions d'euros pour des drones destinés à l'Ukraine.",
     {("LT", "drones", P, 5000000)}),
    ("en", "VILNIUS (Wire) - Lithuania has set aside €5 million in its budget for ammunition for Kyiv.",
     {("LT", AMMO, P, 5000000)}),
]

# Ordinary copy beside it: staff moved, a place reserved and an enrolment are no money given.
MONEY_ORDINARY = [
    ("de", "BERLIN (Agentur) - Die Bundeswehr hat Personal umgeschichtet, um die Ausbildung ukrainischer Soldaten "
     "zu beschleunigen.", set()),
    ("fr", "PARIS (Agence) - L'hôtel a réservé 200 chambres pour la délégation ukrainienne.", set()),
    ("fr", "PARIS (Agence) - Le pilote s'est inscrit à une formation en France.", set()),
    # (found by the round's reread of ordinary copy: the English article before "reserve", and money moved
    # with no kind of thing named, which is no new money)
    ("en", "TALLINN (Wire) - Estonia's budget includes a reserve of €50 million for unforeseen defence costs.", set()),
    ("de", "BERLIN (Agentur) - Die Regierung hat 500 Millionen Euro für Schulen umgeschichtet.", set()),
]


@pytest.mark.parametrize(("lang", "text", "expected"), MONEY_FORMS + MONEY_ORDINARY)
def test_money_moved_paid_out_or_budgeted_for_a_purpose(lang: str, text: str, expected: set) -> None:
    assert figures(text, lang) == expected


# Things made with a donor's money, the payer named by the money ("with Norwegian money", "mit
# norwegischem Geld", "avec de l'argent norvégien", "mit Geld aus Norwegen"): the payer's production.
PAID_WITH_MONEY = [
    ("en", "KYIV (Wire) - With Danish money, 18 howitzers are being built in Ukraine.", {("DK", "artillery", M, 18)}),
    ("en", "KYIV (Wire) - 24 howitzers are being built in Ukraine with Norwegian money.",
     {("NO", "artillery", M, 24)}),
    ("fr", "KIEV (Agence) - Grâce à des fonds danois, 18 canons sont fabriqués en Ukraine.",
     {("DK", "artillery", M, 18)}),
    ("fr", "KIEV (Agence) - Avec de l'argent norvégien, 24 canons sont fabriqués en Ukraine.",
     {("NO", "artillery", M, 24)}),
    ("de", "KIEW (Agentur) - Mit dänischem Geld werden in der Ukraine 18 Haubitzen gebaut.",
     {("DK", "artillery", M, 18)}),
    ("de", "KIEW (Agentur) - Mit Geld aus Norwegen werden in der Ukraine 24 Haubitzen gebaut.",
     {("NO", "artillery", M, 24)}),
    # (ordinary copy: money spent on no thing, or away from Ukraine, gives nothing; a partner "with" the
    # giver, or a delivery "mit Norwegen", keeps its reading)
    ("fr", "OSLO (Agence) - Grâce à des fonds norvégiens, l'ONG a reconstruit des écoles en Ukraine.", set()),
    ("de", "OSLO (Agentur) - Mit norwegischem Geld wurde in Oslo ein neues Museum gebaut.", set()),
    # (a cue opening with "mit" and no money, "mit der Fertigung von ... beauftragt", keeps its things)
    ("de", "BERLIN (Agentur) - Das Bundesamt hat KNDS Deutschland mit der Fertigung von zwölf Haubitzen für die "
     "Ukraine beauftragt.", {("DE", "artillery", M, 12)}),
    ("de", "BERLIN (Agentur) - Deutschland hat mit Norwegen 18 Haubitzen an die Ukraine geliefert.",
     {("DE", "artillery", D, 18)}),
    ("en", "BERLIN (Wire) - Germany will send tanks to Ukraine together with Norway.",
     {("DE", "tanks", P, None), ("NO", "tanks", P, None)}),
]


@pytest.mark.parametrize(("lang", "text", "expected"), PAID_WITH_MONEY)
def test_things_made_with_a_donors_money_are_its_production(lang: str, text: str, expected: set) -> None:
    assert figures(text, lang) == expected


# Regional groups of allies named as one ("Nordics", "les pays nordiques", "die nordischen Länder",
# "the Baltic states") give as the allies (ALLIES), not as a dateline's city or an earlier giver.
REGIONAL_GROUPS = [
    ("en", "STOCKHOLM (Wire) - The Nordic countries will pay for two Patriot systems for Ukraine.",
     {("ALLIES", AIR, P, 2)}),
    ("fr", "STOCKHOLM (Agence) - Les pays nordiques financeront deux systèmes Patriot pour l'Ukraine.",
     {("ALLIES", AIR, P, 2)}),
    ("de", "STOCKHOLM (Agentur) - Die nordischen Länder finanzieren zwei Patriot-Systeme für die Ukraine.",
     {("ALLIES", AIR, P, 2)}),
    ("en", "TALLINN (Wire) - Ships in the Baltic Sea were inspected on Monday.", set()),
]


# The names were taken out of config/entities.toml at the stop's end: read as the allies' group in a headline
# ("Trois pays nordiques annoncent des obus", "Explainer: Nordic aid to Kyiv") they changed story grouping
# (tests/stories/test_review_38.py, test_story_grouping_30.py: a group-headed report against a country-headed one).
_GROUP_NAMES_OUT = pytest.mark.xfail(strict=True, reason="regional group names not in entities.toml (stop 55's end): "
                                     "the sentence's dateline city gives instead")


@pytest.mark.parametrize(("lang", "text", "expected"), [
    pytest.param(*case, marks=_GROUP_NAMES_OUT) if case[2] else case for case in REGIONAL_GROUPS])
def test_a_regional_group_of_allies_gives_as_the_allies(lang: str, text: str, expected: set) -> None:
    assert figures(text, lang) == expected


