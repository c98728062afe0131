"""Review reread44a's findings on pledges round 35, each fixed and checked on sentences written for
these tests (not the review's own, not from the real-article set), as (donor, category, status,
figure): the count of things stated, else the sum of money, else none. Each check fails on the code
before its fix; round 35's own readings stay (tests/pledges/test_pledges_wire_35.py,
tests/pledges/test_review_45.py).

1. Funds, reserves or holdings frozen are Russia's only when named so: bare, "frozen funds for
   Ukraine" is aid held back, a refusal (status_cues).
2. A donor refilling its own stocks ("to replenish Pentagon stocks", "pour reconstituer ses stocks")
   keeps the sum at home: the sum is no price of the things given (items). Since review 51 (its
   label: "a replacement is no gift") the sum is no funding record either (recipient_shares).
3. A chamber qualified by another country's name ("Japan's House of Representatives", "l'Assemblée
   nationale bulgare") is that country's, not the US's or France's (chambers).
4. German "plant" (plans) and "planmäßig" are no plan given up, nor is an order placed
   ("eine Bestellung ... aufgegeben") (cue_patterns, status_cues).
5. "paid out of" a budget or a fund is where the money comes from, no payment made (status_cues).
6. A plan dropped refuses only a plan to give: "dropped plans to buy jets" is the donor's own purchase
   (cue_patterns).
7. The EU's numbered sanctions package "added" ("kam ... hinzu") is no promise (status_cues).
8. "a half dozen" and "einem halben Dutzend" are six (numbers).
"""

from __future__ import annotations

import pytest

from tests.support.wire_reading import figures


def _statuses(found: set[tuple], category: str) -> set[str]:
    return {status for _, cat, status, _ in found if cat == category}


# ---------------------------------------------------------------- 1. aid funds frozen


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "The Pentagon has frozen funds meant for Ukraine, among them $300 million for artillery shells, "
           "two officials said.", ("US", "ammunition", "refused", 300_000_000)),
    ("en", "The White House ordered a freeze of funds for Ukraine, including $250 million for artillery shells.",
     ("US", "ammunition", "refused", 250_000_000)),
])
def test_aid_funds_frozen_are_a_refusal(lang: str, text: str, expected: tuple) -> None:
    assert figures(text, lang) == {expected}


def test_french_aid_funds_frozen_are_a_refusal() -> None:
    found = figures("Les États-Unis ont gelé les fonds de 300 millions de dollars prévus pour les obus destinés "
                    "à l'Ukraine.", "fr")
    assert found and {status for _, _, status, _ in found} == {"refused"}


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "The EU agreed a loan of 45 billion euros for Ukraine's artillery shells, backed by frozen Russian "
           "central bank reserves."),
    ("en", "G7 leaders agreed to lend Ukraine $50 billion for ammunition from the profits of Russian funds that "
           "were frozen."),
    ("fr", "L'UE a accordé à l'Ukraine un prêt de 45 milliards d'euros pour des obus, garanti par les fonds "
           "russes gelés."),
])
def test_russian_funds_frozen_are_still_no_refusal(lang: str, text: str) -> None:
    assert "refused" not in {status for _, _, status, _ in figures(text, lang)}


# ---------------------------------------------------------------- 2. a donor's own stocks refilled


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "The package includes $3 billion to replenish Pentagon stocks of Patriot missiles sent to Ukraine.",
     {("US", "air_defence", "delivered", None)}),
    ("en", "Germany will spend 1.5 billion euros to restock Bundeswehr stocks of howitzers it sent to Ukraine.",
     {("DE", "artillery", "delivered", None)}),
    ("fr", "La France consacrera 1 milliard d'euros pour reconstituer ses stocks de canons Caesar envoyés à "
           "l'Ukraine.",
     {("FR", "artillery", "delivered", None)}),
])
def test_a_donors_own_stocks_refilled_are_no_price_of_the_gift(lang: str, text: str, expected: set) -> None:
    assert figures(text, lang) == expected


def test_things_for_ukraine_replenished_still_cost_the_sum() -> None:
    assert figures("Washington will set aside $3 billion to replenish Patriot interceptors for Ukraine.", "en") == {
        ("US", "air_defence", "pledged", 3_000_000_000)}


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Germany will spend 500 million euros to replenish the stocks of the Ukrainian army with artillery "
           "shells.", {("DE", "ammunition", "pledged", 500_000_000)}),
    ("fr", "Les Pays-Bas vont verser 150 millions d'euros pour reconstituer les stocks d'obus de l'armée "
           "ukrainienne.", {("NL", "ammunition", "pledged", 150_000_000)}),
])
def test_ukraines_stocks_refilled_still_cost_the_sum(lang: str, text: str, expected: set) -> None:
    assert figures(text, lang) == expected


# ---------------------------------------------------------------- 3. other countries' chambers


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Japan's House of Representatives approved $4.5 billion in aid for Ukraine on Friday.",
     {("JP", "funding", "pledged", 4_500_000_000)}),
    ("en", "The Dutch House of Representatives voted on Tuesday to send 18 F-16 jets to Ukraine.",
     {("NL", "aircraft", "pledged", 18)}),
    ("fr", "L'Assemblée nationale bulgare a approuvé l'envoi de 100 véhicules blindés à l'Ukraine.",
     {("BG", "armoured_vehicles", "pledged", 100)}),
    ("fr", "L'Assemblée nationale slovaque a voté l'envoi de 100 véhicules blindés à l'Ukraine.",
     {("SK", "armoured_vehicles", "pledged", 100)}),
    ("fr", "L'Assemblée nationale de Bulgarie a voté jeudi l'envoi de 100 véhicules blindés à l'Ukraine.",
     {("BG", "armoured_vehicles", "pledged", 100)}),
])
def test_a_chamber_another_country_names_is_that_countrys(lang: str, text: str, expected: set) -> None:
    assert figures(text, lang) == expected


def test_australias_house_names_no_us_giver() -> None:
    found = figures("Australia's House of Representatives on Thursday approved A$100 million for Ukraine, "
                    "including 49 Abrams tanks.", "en")
    assert found and {donor for donor, *_ in found} == {"AU"}


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "The House of Representatives approved $61 billion in aid for Ukraine on Saturday.",
     {("US", "funding", "pledged", 61_000_000_000)}),
    ("en", "The U.S. House of Representatives approved $61 billion in aid for Ukraine on Saturday.",
     {("US", "funding", "pledged", 61_000_000_000)}),
    ("fr", "L'Assemblée nationale a approuvé l'envoi de 100 véhicules blindés à l'Ukraine.",
     {("FR", "armoured_vehicles", "pledged", 100)}),
    ("de", "Das Repräsentantenhaus billigte am Samstag 61 Milliarden Dollar für die Ukraine.",
     {("US", "funding", "pledged", 61_000_000_000)}),
])
def test_a_chamber_named_alone_still_gives_for_its_country(lang: str, text: str, expected: set) -> None:
    assert figures(text, lang) == expected


# ---------------------------------------------------------------- 4. German plans and orders


@pytest.mark.parametrize(("text", "expected"), [
    ("Rheinmetall plant ein Werk in der Ukraine und hat eine Bestellung über 30 Lynx-Schützenpanzer aufgegeben.",
     {("DE", "armoured_vehicles", "production", 30)}),
    ("Planmäßig hat Norwegen die Bestellung von 20 Leopard-Panzern für die Ukraine aufgegeben.",
     {("NO", "tanks", "production", 20)}),
    ("Wie im Plan vorgesehen hat Dänemark einen Auftrag über 20 Caesar-Haubitzen für die Ukraine aufgegeben.",
     {("DK", "artillery", "production", 20)}),
])
def test_an_order_placed_is_no_plan_given_up(text: str, expected: set) -> None:
    assert figures(text, "de") == expected


def test_a_german_plan_to_deliver_given_up_is_still_a_refusal() -> None:
    assert figures("Norwegen hat den Plan zur Lieferung von 20 Leopard-Panzern an die Ukraine aufgegeben.", "de") == {
        ("NO", "tanks", "refused", 20)}


# ---------------------------------------------------------------- 5. paid out of a source


def test_a_sum_to_be_paid_out_of_a_budget_is_still_promised() -> None:
    assert figures("Germany pledged 600 million euros for Ukraine's air defence, to be paid out of next year's "
                   "budget.", "en") == {("DE", "air_defence", "pledged", 600_000_000)}


def test_things_paid_out_of_a_fund_are_no_payment_made() -> None:
    found = figures("The 30 Patriot interceptors for Ukraine will be paid out of the European Peace Facility.", "en")
    assert not {status for _, _, status, _ in found} & {"pledged", "delivered"}


def test_a_payout_told_in_the_headline_or_the_perfect_is_still_delivered() -> None:
    assert figures("The EU pays out a first tranche of 1.5 billion euros to Ukraine.", "en") == {
        ("EU", "funding", "delivered", 1_500_000_000)}
    assert figures("Germany has paid out 300 million euros to Ukraine for air defence.", "en") == {
        ("DE", "air_defence", "delivered", 300_000_000)}
    assert figures("The Netherlands paid out 200 million euros for drones to Ukraine on Monday.", "en") == {
        ("NL", "drones", "delivered", 200_000_000)}


# ---------------------------------------------------------------- 6. a purchase dropped


@pytest.mark.parametrize("text", [
    "Berlin has dropped plans to buy 35 F-35 jets and will instead send 20 Leopard tanks to Ukraine.",
    "Poland scrapped plans to buy 96 Apache helicopters and will instead send 20 tanks to Ukraine.",
])
def test_a_purchase_dropped_is_no_refusal_of_aid(text: str) -> None:
    found = figures(text, "en")
    assert "refused" not in _statuses(found, "aircraft")
    assert _statuses(found, "tanks") == {"pledged"}


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Sweden has dropped a plan to send 10 Gripen jets to Ukraine.", {("SE", "aircraft", "refused", 10)}),
    ("fr", "Le Danemark a renoncé à son projet d'envoyer 8 F-16 à l'Ukraine.", {("DK", "aircraft", "refused", 8)}),
])
def test_a_plan_to_give_dropped_is_still_a_refusal(lang: str, text: str, expected: set) -> None:
    assert figures(text, lang) == expected


# ---------------------------------------------------------------- 7. a sanctions package added


def test_a_sanctions_package_added_is_no_promise() -> None:
    assert figures("Zu den 20 Leopard-Panzern kam am Freitag das 19. Sanktionspaket der EU hinzu.", "de") == set()


# ---------------------------------------------------------------- 8. half a dozen


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("en", "Norway will send a half dozen F-16 jets to Ukraine.", {("NO", "aircraft", "pledged", 6)}),
    ("de", "Norwegen will die Ukraine mit einem halben Dutzend Leopard-Panzern unterstützen.",
     {("NO", "tanks", "pledged", 6)}),
    ("de", "Die Lieferung eines halben Dutzends Leopard-Panzer an die Ukraine hat Norwegen zugesagt.",
     {("NO", "tanks", "pledged", 6)}),
])
def test_half_a_dozen_is_six(lang: str, text: str, expected: set) -> None:
    assert figures(text, lang) == expected
