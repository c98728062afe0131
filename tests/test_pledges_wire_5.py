"""A fifth round of wire-copy phenomena, read on matrices of short sentences written for
these tests (none is taken from the real-article set), each varying one dimension in the
three languages: Ukraine receiving, money, packages and their lists, kinds of equipment,
headline forms. The earlier rounds are tests/test_pledges_wire.py, _2, _3 and _4."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from bot.config import load_entities
from bot.core.pledges.extract import extract_pledges
from bot.core.rules.files import load_rules_toml
from bot.core.rules.language import RuleSet

RULES_TOML = Path(__file__).parents[1] / "config" / "rules.toml"


def records(text: str, title: str = "") -> set[tuple[str, str, str]]:
    found = extract_pledges(text, title=title, entities=load_entities())
    return {(p.donor, p.category, p.status) for p in found}


@pytest.fixture(scope="module")
def defaults() -> RuleSet:
    rules, threshold = load_rules_toml(RULES_TOML.read_text(encoding="utf-8"))
    numbered = [replace(rule, id=number) for number, rule in enumerate(rules, 1)]
    return RuleSet.compile(numbered, threshold=threshold, entities=load_entities())


# Ukraine as the subject of receiving, the donor after it: a delivery by that donor, a
# promise in the future. "Gets" in the present and the French infinitive "recevoir"
# ("va recevoir") were no receiving word.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ukraine receives twelve howitzers from Germany.", ("DE", "artillery", "delivered")),
        ("Kyiv gets twelve howitzers from Germany.", ("DE", "artillery", "delivered")),
        ("Ukraine gets more Leopard tanks from Poland.", ("PL", "tanks", "delivered")),
        ("Ukraine will receive twelve howitzers from Germany.", ("DE", "artillery", "pledged")),
        ("Ukraine could receive Taurus missiles from Germany.", ("DE", "missiles", "discussed")),
        ("L'Ukraine a reçu douze obusiers de la part de l'Allemagne.", ("DE", "artillery", "delivered")),
        ("L'Ukraine va recevoir douze obusiers de l'Allemagne.", ("DE", "artillery", "pledged")),
        ("L'Ukraine doit recevoir douze obusiers de l'Allemagne.", ("DE", "artillery", "pledged")),
        ("L'Ukraine pourrait recevoir des missiles Taurus de l'Allemagne.", ("DE", "missiles", "discussed")),
        ("Die Ukraine soll zwölf Haubitzen aus Deutschland erhalten.", ("DE", "artillery", "pledged")),
        ("Kiew bekommt weitere Leopard-Panzer aus Polen.", ("PL", "tanks", "delivered")),
    ],
)
def test_ukraine_receiving_from_a_donor_is_that_donors_record(text: str, expected: tuple) -> None:
    assert records(text) == {expected}


# Anyone else receiving, or "gets" in another sense, gives nothing.
@pytest.mark.parametrize(
    "text",
    [
        "Russia gets more drones from Iran, Kyiv says.",
        "Ukraine's army gets better at using drones, an officer said.",
        "La Russie va recevoir des drones de l'Iran, selon Kiev.",
    ],
)
def test_others_receiving_is_no_record(text: str) -> None:
    assert records(text) == set()


# Money in every common wire form, pledged, paid out or weighed. Amount abbreviations with
# their full stop ("1,5 Mrd. Euro", "500 Mio. Euro") cut a German verb from its particle
# ("stellt ... bereit", "kündigt ... an"); money paid out ("has disbursed", "has paid",
# "a versé") is delivered; "va accorder", "wird ... geben/zahlen" are promises.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The United States will provide $1.5bn in military aid to Ukraine.", ("US", "funding", "pledged")),
        ("Britain will give Ukraine £2.3 billion in military aid this year.", ("GB", "funding", "pledged")),
        ("Canada will provide C$500 million in military aid to Ukraine.", ("CA", "funding", "pledged")),
        ("Australia will provide A$100 million in military assistance to Ukraine.", ("AU", "funding", "pledged")),
        ("Norway will give NOK 1 billion in military support to Ukraine.", ("NO", "funding", "pledged")),
        ("Sweden will give SEK 2 billion in military aid to Ukraine.", ("SE", "funding", "pledged")),
        ("Germany will provide €500m in military aid to Ukraine.", ("DE", "funding", "pledged")),
        ("Germany has disbursed 500 million euros in military aid to Ukraine.", ("DE", "funding", "delivered")),
        ("Germany has paid 500 million euros into the fund for Ukraine's weapons.", ("DE", "funding", "delivered")),
        ("Germany approved a military aid package for Ukraine worth $1.5bn.", ("DE", "funding", "pledged")),
        ("Denmark is considering another DKK 1 billion in military aid for Ukraine.", ("DK", "funding", "discussed")),
        ("La France va accorder deux milliards d'euros d'aide militaire à l'Ukraine.", ("FR", "funding", "pledged")),
        ("La Norvège va octroyer 500 millions d'euros d'aide militaire à l'Ukraine.", ("NO", "funding", "pledged")),
        ("La France a versé 500 millions d'euros à l'Ukraine pour acheter des armes.", ("FR", "funding", "delivered")),
        ("La France promet 500 M€ d'aide militaire à l'Ukraine.", ("FR", "funding", "pledged")),
        ("La France envisage une aide militaire supplémentaire de 2 milliards d'euros pour l'Ukraine.",
         ("FR", "funding", "discussed")),
        ("Deutschland stellt der Ukraine 1,5 Mrd. Euro Militärhilfe bereit.", ("DE", "funding", "pledged")),
        ("Deutschland kündigt ein Militärpaket im Umfang von 500 Mio. Euro für die Ukraine an.",
         ("DE", "funding", "pledged")),
        ("Dänemark stockt seine Militärhilfe für die Ukraine um 1 Milliarde Kronen auf.", ("DK", "funding", "pledged")),
        ("Norwegen wird der Ukraine 500 Millionen Euro Militärhilfe geben.", ("NO", "funding", "pledged")),
        ("Deutschland wird der Ukraine 500 Millionen Euro für Waffen zahlen.", ("DE", "funding", "pledged")),
        ("Deutschland hat der Ukraine 500 Millionen Euro für Waffen überwiesen.", ("DE", "funding", "delivered")),
        ("Deutschland erwägt weitere 500 Millionen Euro Militärhilfe für die Ukraine.", ("DE", "funding", "discussed")),
    ],
)
def test_money_in_wire_forms_has_its_status(defaults: RuleSet, text: str, expected: tuple) -> None:
    assert defaults.analyze(text).relevant
    assert records(text) == {expected}


# Paying is a giving word in German only next to an amount: a price paid, figures
# ("Zahlen") and reparations stay out.
@pytest.mark.parametrize(
    "text",
    [
        "Die Ukraine zahlt einen hohen Preis für die russischen Raketenangriffe, sagte Selenskyj.",
        "Die Zahlen der ukrainischen Armee zu abgeschossenen Drohnen stiegen, Millionen Euro Schaden.",
        "Russland muss der Ukraine Milliarden Euro für die Zerstörung durch Raketen zahlen.",
    ],
)
def test_paying_in_other_senses_is_no_aid(defaults: RuleSet, text: str) -> None:
    assert not defaults.analyze(text).relevant
