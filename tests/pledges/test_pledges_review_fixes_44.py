"""Review reread44a's findings on pledges round 35, each fixed and checked on sentences written for
these tests (not the review's own, not from the real-article set), as (donor, category, status,
figure): the count of things stated, else the sum of money, else none. Each check fails on the code
before its fix; round 35's own readings stay (tests/pledges/test_pledges_wire_35.py,
tests/pledges/test_review_45.py).

1. Funds, reserves or holdings frozen are Russia's only when named so: bare, "frozen funds for
   Ukraine" is aid held back, a refusal (status_cues)."""

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
