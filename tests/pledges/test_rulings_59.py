"""The lead's rulings of stop 59 (docs/reading-pledges.md), applied by pledges59, in sentences written for
these tests (none from a probe or the real-article set).

A. A past funding of a specific thing or sum ("has funded", "a financé", "hat ... finanziert") is money paid,
   delivered; "will fund" promises.
B. Leave to re-export, in every language, gives the approving country nothing and the re-exporter a record
   only where the sentence tells its own giving (status as that verb tells); the leave alone gives none.
C. A US state (its governor, its National Guard) gives as the United States, as a German Land gives as
   Germany; a city gives nothing.
"""

from __future__ import annotations

import pytest

from tests.support.wire_reading import figures

D, P, R, DISC = "delivered", "pledged", "refused", "discussed"


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "Denmark has funded 20 howitzers for Ukraine.", {("DK", "artillery", D, 20)}),
        ("en", "Denmark has funded 300 million euros of ammunition for Ukraine.", {("DK", "ammunition", D, 300000000)}),
        ("en", "Denmark has funded the purchase of shells for Ukraine worth 300 million euros.",
         {("DK", "ammunition", D, 300000000)}),
        ("fr", "Le Danemark a financé 20 obusiers pour l'Ukraine.", {("DK", "artillery", D, 20)}),
        ("fr", "Le Danemark a financé l'achat de 20 obusiers pour l'Ukraine.", {("DK", "artillery", D, 20)}),
        ("fr", "Le Danemark a financé pour 300 millions d'euros de munitions pour l'Ukraine.",
         {("DK", "ammunition", D, 300000000)}),
        ("de", "Dänemark hat 20 Haubitzen für die Ukraine finanziert.", {("DK", "artillery", D, 20)}),
        ("de", "Dänemark hat den Kauf von 20 Haubitzen für die Ukraine finanziert.", {("DK", "artillery", D, 20)}),
        ("en", "Sweden said it has funded 12 howitzers for Ukraine and will fund 20 more next year.",
         {("SE", "artillery", D, 12), ("SE", "artillery", P, 20)}),
        # (the auxiliary shared with a delivered participle before)
        ("fr", "Sous son mandat, la Belgique a également formé 900 soldats ukrainiens et financé pour 100 millions "
               "d'euros de munitions.", {("BE", "training", D, 900), ("BE", "ammunition", D, 100000000)}),
        ("en", "Belgium has trained 900 Ukrainian soldiers and funded 100 million euros of ammunition.",
         {("BE", "training", D, 900), ("BE", "ammunition", D, 100000000)}),
        # (... not with a promise's: the funding shares its status)
        ("fr", "La Belgique a promis des F-16 et financé des munitions.",
         {("BE", "aircraft", P, None), ("BE", "ammunition", P, None)}),
    ],
)
def test_a_past_funding_is_money_paid(lang: str, text: str, expected: set) -> None:
    assert figures(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "Denmark will fund 20 howitzers for Ukraine.", {("DK", "artillery", P, 20)}),
        ("fr", "Le Danemark financera 20 obusiers pour l'Ukraine.", {("DK", "artillery", P, 20)}),
        ("de", "Dänemark wird 20 Haubitzen für die Ukraine finanzieren.", {("DK", "artillery", P, 20)}),
    ],
)
def test_a_funding_to_come_is_a_promise(lang: str, text: str, expected: set) -> None:
    assert figures(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Germany allowed Poland to re-export its Leopard tanks to Ukraine."),
        ("en", "Germany has approved the re-export of 14 Leopard tanks from Poland to Ukraine."),
        ("fr", "L'Allemagne a autorisé la Pologne à réexporter ses chars Leopard vers l'Ukraine."),
        ("fr", "L'Allemagne a autorisé la réexportation de 14 chars Leopard polonais vers l'Ukraine."),
        ("de", "Deutschland erlaubte Polen die Weitergabe seiner Leopard-Panzer an die Ukraine."),
        ("de", "Die Bundesregierung genehmigte Polen die Weitergabe von 14 Leopard-Panzern an die Ukraine."),
    ],
)
def test_leave_to_re_export_alone_gives_no_record(lang: str, text: str) -> None:
    assert figures(text, lang) == set()


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "Germany allowed Poland to re-export 14 Leopard tanks to Ukraine, which Warsaw will send next week.",
         {("PL", "tanks", P, 14)}),
        ("en", "Germany allowed Poland to re-export its Leopard tanks to Ukraine. Poland will send 14 Leopards next week.",
         {("PL", "tanks", P, 14)}),
        ("de", "Die Bundesregierung genehmigte den Niederlanden die Weitergabe von 18 Haubitzen an Kiew; Den Haag "
               "will sie bis Ende 2027 liefern.", {("NL", "artillery", P, 18)}),
    ],
)
def test_the_re_exporter_s_own_giving_is_its_record(lang: str, text: str, expected: set) -> None:
    assert figures(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # (a re-export refused is a veto, as before)
        ("de", "Die Schweiz verweigerte Deutschland die Weitergabe von Gepard-Munition an die Ukraine.",
         {("CH", "ammunition", R, None)}),
        # (leave asked for is the asker's wish, as before)
        ("en", "Poland has asked Germany for approval to re-export its Leopard tanks to Ukraine.",
         {("PL", "tanks", DISC, None)}),
        # (leave to give told without a re-export's words stays approvals.py's reading)
        ("en", "Washington allowed Denmark to send F-16 jets to Ukraine.",
         {("US", "aircraft", DISC, None), ("DK", "aircraft", P, None)}),
    ],
)
def test_a_veto_a_request_and_a_leave_to_send_are_read_as_before(lang: str, text: str, expected: set) -> None:
    assert figures(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "The governor of Texas said the Texas National Guard will send 20 drones to Ukraine.",
         {("US", "drones", P, 20)}),
        ("en", "Ohio will donate 30 Humvees to Ukraine, its governor said.", {("US", "armoured_vehicles", P, 30)}),
        ("en", "The Maryland National Guard delivered 12 trucks to Ukraine.", {("US", "other", D, 12)}),
        ("fr", "La Californie a envoyé 50 véhicules blindés à l'Ukraine.", {("US", "armoured_vehicles", D, 50)}),
        ("de", "Texas hat der Ukraine 20 Drohnen geschickt.", {("US", "drones", D, 20)}),
    ],
)
def test_a_us_state_gives_as_the_united_states(lang: str, text: str, expected: set) -> None:
    assert figures(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # (a city gives nothing)
        ("en", "The city of New York has sent 3 fire engines to Kharkiv.", set()),
        # (Ukraine's own National Guard is no American giver)
        ("en", "Ukraine's National Guard received 20 drones from Germany.", {("DE", "drones", D, 20)}),
        # (Georgia alone is the country)
        ("en", "Georgia will send 20 drones to Ukraine.", set()),
    ],
)
def test_a_city_and_namesakes_give_nothing_as_the_united_states(lang: str, text: str, expected: set) -> None:
    assert figures(text, lang) == expected
