"""Leftovers of the pledge reader fixed at stop 59 (pledges59), each in a general form of wire copy, in
sentences written for these tests (none from a probe or the real-article set).

- a count written as a year's four digits ("2000 Drohnen", "2000 drones", "2000 obus") is a count when a
  thing follows it, and stays a year where the words before date it ("im Jahr 2000", "seit 2022", "by
  2027") or it names a model ("Mirage 2000");
- a delay told inside German's verb-last "nicht vor dem Frühjahr geplant" is no refusal, as "not planned
  before spring" already was not;
- a giving denied by its thing's determiner ("transferred no aircraft", "n'a livré aucun", "hat keine ...
  geliefert") gives no record outside a fact check either;
- things a finite giving gave that a relative clause tells held on their way ("donated 12 howitzers,
  which are stuck in ...") are promised, as held_gifts.py reads "donated by ... are stuck"; the French
  "sont retenus" holds them as "are held at" does;
- a share's sum whose currency the sentence before named ("... 900 million euros. Of this, 300 million
  ...") is money in that currency, not a count of things.
"""

from __future__ import annotations

import pytest

from tests.support.wire_reading import figures

D, P, R = "delivered", "pledged", "refused"


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("de", "Litauen hat der Ukraine 2000 Drohnen geliefert.", {("LT", "drones", D, 2000)}),
        ("de", "Finnland will der Ukraine 1950 gepanzerte Fahrzeuge überlassen.", {("FI", "armoured_vehicles", P, 1950)}),
        ("en", "Lithuania has delivered 2000 drones to Ukraine.", {("LT", "drones", D, 2000)}),
        ("en", "Lithuania sent 2000 kamikaze drones to Ukraine.", {("LT", "drones", D, 2000)}),
        ("fr", "La Lituanie a livré 2000 drones à l'Ukraine.", {("LT", "drones", D, 2000)}),
        ("fr", "La Lituanie a livré 2000 obus à l'Ukraine.", {("LT", "ammunition", D, 2000)}),
        # (a year dated by the words before it stays a year; the count after it is the count)
        ("en", "Lithuania will send 2000 drones to Ukraine by 2027.", {("LT", "drones", P, 2000)}),
        # (after the noun of a giving, "of", "von", "des" introduce the count)
        ("en", "Lithuania announced the delivery of 2000 drones to Ukraine.", {("LT", "drones", P, 2000)}),
        ("de", "Litauen kündigte die Lieferung von 2000 Drohnen an die Ukraine an.", {("LT", "drones", P, 2000)}),
    ],
)
def test_a_year_s_four_digits_before_a_thing_count_it(lang: str, text: str, expected: set) -> None:
    assert figures(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("de", "Polen hat seit 2022 Panzer an die Ukraine geliefert.", {("PL", "tanks", D, None)}),
        ("de", "Estland will der Ukraine bis 2027 Haubitzen liefern.", {("EE", "artillery", P, None)}),
        ("en", "In 2023 tanks were sent to Ukraine by Poland.", {("PL", "tanks", D, None)}),
        ("en", "Poland said the summer of 2023 tank deliveries to Ukraine went well.", {("PL", "tanks", P, None)}),
        ("en", "Poland said the 2023 tank deliveries to Ukraine went well.", {("PL", "tanks", P, None)}),
        ("fr", "La France a livré en 2024 des drones à l'Ukraine.", {("FR", "drones", D, None)}),
        ("en", "France sent Mirage 2000 jets to Ukraine.", {("FR", "aircraft", D, None)}),
        ("en", "Canada's 2024 aid package for Ukraine includes drones.", {("CA", "drones", P, None)}),
    ],
)
def test_a_year_told_as_one_stays_a_year(lang: str, text: str, expected: set) -> None:
    assert figures(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("de", "Schweden teilte mit, die Gripen für die Ukraine seien nicht vor dem Frühjahr geplant.",
         {("SE", "aircraft", P, None)}),
        ("de", "Schweden hat der Ukraine zehn Gripen zugesagt, die Lieferungen sind aber nicht vor dem Frühjahr geplant.",
         {("SE", "aircraft", P, 10)}),
        ("en", "Sweden said the Gripen jets for Ukraine are not planned before spring.", {("SE", "aircraft", P, None)}),
        ("fr", "La Suède a indiqué que les Gripen pour l'Ukraine ne sont pas prévus avant le printemps.",
         {("SE", "aircraft", P, None)}),
        # (with no time, things not planned are refused, as before)
        ("de", "Schweden teilte mit, weitere Gripen für die Ukraine seien nicht geplant.", {("SE", "aircraft", R, None)}),
        ("en", "Sweden said further Gripen jets for Ukraine are not planned.", {("SE", "aircraft", R, None)}),
    ],
)
def test_things_not_planned_before_a_time_are_delayed_not_refused(lang: str, text: str, expected: set) -> None:
    assert figures(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Norway transferred no aircraft to Ukraine last year."),
        ("en", "Norway has sent no tanks to Ukraine."),
        ("en", "Norway delivered no new howitzers to Ukraine in May."),
        ("fr", "La Norvège n'a encore livré aucun char à l'Ukraine."),
        ("fr", "Aucun avion n'a été livré par la Norvège à l'Ukraine."),
        ("de", "Norwegen hat der Ukraine bislang keine Panzer geschickt."),
        ("de", "Norwegen hat der Ukraine keine Leopard-Panzer geliefert."),
    ],
)
def test_a_giving_denied_by_its_thing_s_determiner_gives_nothing(lang: str, text: str) -> None:
    assert figures(text, lang) == set()


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # (a thing given beside the denied one keeps its record)
        ("en", "Norway sent no tanks to Ukraine but delivered howitzers.", {("NO", "artillery", D, None)}),
        # (a decision not to give is a refusal)
        ("en", "Poland will send no more jets to Ukraine.", {("PL", "aircraft", R, None)}),
        ("de", "Polen liefert der Ukraine keine weiteren Kampfjets.", {("PL", "aircraft", R, None)}),
    ],
)
def test_beside_a_denied_giving_the_rest_is_read_as_before(lang: str, text: str, expected: set) -> None:
    assert figures(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Portugal donated 12 howitzers to Ukraine, which are stuck in a Polish port."),
        ("en", "Portugal donated 12 howitzers to Ukraine, which have been held at the border for weeks."),
        ("fr", "Le Portugal a donné 12 obusiers à l'Ukraine, qui sont retenus dans un port polonais."),
        ("fr", "Le Portugal a donné 12 obusiers à l'Ukraine, qui restent bloqués à la frontière."),
        ("fr", "Les 12 obusiers donnés par le Portugal sont retenus à la frontière."),
        ("de", "Portugal hat der Ukraine 12 Haubitzen gespendet, die in einem polnischen Hafen feststecken."),
        ("de", "Portugal hat der Ukraine 12 Haubitzen gespendet, die seit Wochen an der Grenze festgehalten werden."),
    ],
)
def test_things_given_and_told_held_on_their_way_are_promised(lang: str, text: str) -> None:
    assert figures(text, lang) == {("PT", "artillery", P, 12)}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Portugal donated 12 howitzers to Ukraine, which arrived last week."),
        ("en", "Portugal donated 12 howitzers to Ukraine, which are now in use at the front."),
    ],
)
def test_things_given_whose_clause_tells_no_hold_stay_delivered(lang: str, text: str) -> None:
    assert figures(text, lang) == {("PT", "artillery", D, 12)}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Belgium pledged 900 million euros to Ukraine. Of this, 300 million go to ammunition."),
        ("fr", "La Belgique a promis 900 millions d'euros à l'Ukraine. Sur cette somme, 300 millions iront aux munitions."),
        ("de", "Belgien hat der Ukraine 900 Millionen Euro zugesagt. Davon gehen 300 Millionen in Munition."),
    ],
)
def test_a_share_s_sum_in_the_currency_of_the_sentence_before_is_money(lang: str, text: str) -> None:
    # (read as the same sentence with its currency named: the share counted in the whole)
    assert figures(text, lang) == {("BE", "funding", P, 900000000)}


def test_a_share_s_sum_with_no_currency_is_no_count_of_things() -> None:
    found = figures("La Belgique a promis 900 millions d'euros à l'Ukraine. Dont 300 millions pour les munitions.", "fr")
    assert ("BE", "ammunition", P, 300000000) not in found
    assert ("BE", "funding", P, 900000000) in found
