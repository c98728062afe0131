"""A seventh round of wire-copy phenomena, on sentences written for these tests (none is
taken from the real-article set), in the three languages: counts told with the thing left
out ("le Portugal en a envoyé trois, et dix pour la Suède", "Finland sent three, Norway
eight"), an item's worth told after its recipient, a package's shares told in a later
sentence, leaders named by surname after a first full mention, and French approximate
counts. The earlier rounds are tests/pledges/test_pledges_wire.py to _6."""

from __future__ import annotations

import pytest

from tests.support.wire_labels import D, P
from tests.support.wire_reading import reading_of

full_records = reading_of("donor", "category", "status", "quantity", "value")


# A second giver told with its count, the verb and the thing left out; the French
# partitive "en" with its count after the verb; a giving verb before a bare number.
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("fr", "Plusieurs pays ont promis des chars Leopard 2 à l'Ukraine. La Finlande en a envoyé trois, et huit pour "
         "la Norvège.", {("FI", "tanks", D, 3, None), ("NO", "tanks", D, 8, None)}),
        ("fr", "La Finlande a envoyé trois chars Leopard 2 à l'Ukraine, et huit pour la Norvège.",
         {("FI", "tanks", D, 3, None), ("NO", "tanks", D, 8, None)}),
        ("fr", "L'Allemagne a promis des obusiers à l'Ukraine. Berlin en a déjà livré quatre.",
         {("DE", "artillery", P, None, None), ("DE", "artillery", D, 4, None)}),
        ("fr", "Les Pays-Bas ont livré six obusiers PzH 2000 à l'Ukraine, et quatre pour l'Italie.",
         {("NL", "artillery", D, 6, None), ("IT", "artillery", D, 4, None)}),
        ("fr", "La Belgique a promis 12 avions F-16 à l'Ukraine, contre 19 pour le Danemark.",
         {("BE", "aircraft", P, 12, None), ("DK", "aircraft", P, 19, None)}),
        ("en", "Finland sent three Leopard 2 tanks to Ukraine, Norway eight.",
         {("FI", "tanks", D, 3, None), ("NO", "tanks", D, 8, None)}),
        ("en", "Finland sent three Leopard 2 tanks to Ukraine and Norway eight.",
         {("FI", "tanks", D, 3, None), ("NO", "tanks", D, 8, None)}),
        # (the allies before the countries that gave sum them up, as a headline's allies do:
        # no giver of their own, since round 26)
        ("en", "Several allies have delivered Leopard 2 tanks to Ukraine. Finland sent three, Norway eight.",
         {("FI", "tanks", D, 3, None), ("NO", "tanks", D, 8, None)}),
        ("en", "Belgium promised 12 F-16 jets to Ukraine, and Denmark 19.",
         {("BE", "aircraft", P, 12, None), ("DK", "aircraft", P, 19, None)}),
        ("de", "Finnland lieferte der Ukraine drei Leopard-2-Panzer, Norwegen acht.",
         {("FI", "tanks", D, 3, None), ("NO", "tanks", D, 8, None)}),
        ("de", "Finnland hat der Ukraine drei Leopard-2-Panzer geliefert, Norwegen acht.",
         {("FI", "tanks", D, 3, None), ("NO", "tanks", D, 8, None)}),
        ("de", "Mehrere Verbündete haben Leopard-2-Panzer an die Ukraine geliefert. Finnland schickte drei, Norwegen acht.",
         {("FI", "tanks", D, 3, None), ("NO", "tanks", D, 8, None)}),
        ("de", "Belgien hat der Ukraine 12 F-16-Kampfjets zugesagt, Dänemark 19.",
         {("BE", "aircraft", P, 12, None), ("DK", "aircraft", P, 19, None)}),
    ],
)
def test_a_count_told_with_the_thing_left_out_counts_it(lang: str, text: str, expected: set) -> None:
    assert full_records(text, lang) == expected


# A count with a noun of its own, or a donor that is where things go, is no gapped giver.
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "Finland sent three Leopard 2 tanks to Ukraine on 12 March.", {("FI", "tanks", D, 3, None)}),
        ("de", "Finnland lieferte der Ukraine drei Leopard-2-Panzer, sagte Ministerin Anna Meier am 12.",
         {("FI", "tanks", D, 3, None)}),
    ],
)
def test_a_count_with_its_own_noun_is_no_gapped_giver(lang: str, text: str, expected: set) -> None:
    assert full_records(text, lang) == expected


# An item's worth told after its recipient is the item's value, not a gift of money.
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "Washington approved Patriot missiles for Ukraine worth $300 million.",
         {("US", "air_defence", P, None, 300e6)}),
        ("en", "The Pentagon will send Patriot missiles worth $300 million to Ukraine.",
         {("US", "air_defence", P, None, 300e6)}),
        ("en", "Germany pledged IRIS-T systems for Ukraine worth 500 million euros.",
         {("DE", "air_defence", P, None, 500e6)}),
        ("fr", "Washington a approuvé des missiles Patriot pour l'Ukraine d'une valeur de 300 millions de dollars.",
         {("US", "air_defence", P, None, 300e6)}),
        ("fr", "La France va livrer des canons Caesar à l'Ukraine pour une valeur de 200 millions d'euros.",
         {("FR", "artillery", P, None, 200e6)}),
        ("de", "Die USA liefern der Ukraine Patriot-Raketen im Wert von 300 Millionen Dollar.",
         {("US", "air_defence", P, None, 300e6)}),
        ("de", "Deutschland sagt IRIS-T-Systeme für die Ukraine im Wert von 500 Millionen Euro zu.",
         {("DE", "air_defence", P, None, 500e6)}),
    ],
)
def test_an_items_worth_after_its_recipient_is_its_value(lang: str, text: str, expected: set) -> None:
    assert full_records(text, lang) == expected


# A package's share told in the next sentence is counted in the package's total once.
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Germany announced a 500 million euro military aid package for Ukraine. The package includes 200 million "
         "euros for artillery shells."),
        ("en", "Germany announced a 500 million euro military aid package for Ukraine, including 200 million euros for "
         "artillery shells."),
        ("en", "Germany announced a 500 million euro military aid package for Ukraine. Of this, 200 million euros will "
         "pay for artillery shells."),
        ("fr", "L'Allemagne a annoncé une aide militaire de 500 millions d'euros pour l'Ukraine. Ce paquet comprend "
         "200 millions d'euros pour des obus."),
        ("de", "Deutschland hat ein Militärhilfepaket von 500 Millionen Euro für die Ukraine angekündigt. Das Paket "
         "umfasst 200 Millionen Euro für Artilleriemunition."),
    ],
)
def test_a_share_told_after_its_package_is_counted_once(lang: str, text: str) -> None:
    found = full_records(text, lang)
    assert ("DE", "funding", P, None, 500e6) in found
    assert sum(value for *_, value in found if value) == 500e6


# ... but money in a sentence after an unrelated amount is money of its own.
def test_a_package_of_its_own_keeps_its_value() -> None:
    found = full_records(
        "Norway gave 100 million euros to the fund last year. Sweden will send Archer howitzers worth 50 million "
        "euros to Ukraine.", "en")
    assert ("SE", "artillery", P, None, 50e6) in found


# A leader introduced with title and country, then named by surname alone, names the
# country (within the article only).
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "Danish Prime Minister Mette Frederiksen visited Kyiv on Tuesday. She toured a hospital in the capital. "
         "The visit came after a night of heavy strikes. Frederiksen promised 19 F-16 jets to Ukraine.",
         {("DK", "aircraft", P, 19, None)}),
        ("en", "Dutch Prime Minister Dick Schoof met Danish Prime Minister Mette Frederiksen in Kyiv. Frederiksen "
         "promised 19 F-16 jets to Ukraine.", {("DK", "aircraft", P, 19, None)}),
        ("en", "Estonian Prime Minister Kristen Michal met Volodymyr Zelensky. Michal said his government would send "
         "20 howitzers to Ukraine.", {("EE", "artillery", P, 20, None)}),
        ("fr", "Le Premier ministre néerlandais Dick Schoof et la Première ministre danoise Mette Frederiksen étaient "
         "à Kiev. Frederiksen a promis 19 avions F-16 à l'Ukraine.", {("DK", "aircraft", P, 19, None)}),
        ("de", "Der niederländische Regierungschef Dick Schoof und die dänische Ministerpräsidentin Mette Frederiksen "
         "reisten nach Kiew. Frederiksen sagte der Ukraine 19 F-16-Kampfjets zu.", {("DK", "aircraft", P, 19, None)}),
        # no full mention in this article: the surname alone names no one
        ("en", "Frederiksen promised 19 F-16 jets to Ukraine.", set()),
        ("en", "Michal said his government would send 20 howitzers to Ukraine.", set()),
    ],
)
def test_a_leaders_surname_after_a_full_mention_names_the_country(lang: str, text: str, expected: set) -> None:
    assert full_records(text, lang) == expected


# French approximations ("une quarantaine", "une dizaine") count as their round number,
# as "about forty" does; their plurals ("des dizaines") say "many", no number.
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("fr", "La France a livré une quarantaine de canons Caesar à l'Ukraine.", {("FR", "artillery", D, 40, None)}),
        ("fr", "La France a livré une dizaine de canons Caesar à l'Ukraine.", {("FR", "artillery", D, 10, None)}),
        ("en", "France has delivered about forty Caesar guns to Ukraine.", {("FR", "artillery", D, 40, None)}),
        ("fr", "La France a livré des dizaines de canons Caesar à l'Ukraine.", {("FR", "artillery", D, None, None)}),
        ("de", "Frankreich hat der Ukraine rund vierzig Caesar-Haubitzen geliefert.", {("FR", "artillery", D, 40, None)}),
    ],
)
def test_french_approximate_counts_are_their_round_number(lang: str, text: str, expected: set) -> None:
    assert full_records(text, lang) == expected
