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
