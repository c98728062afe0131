"""Readings the review of stop 36 found wrong in round 18's new cues, each with the text that
showed it (written for this file)."""

from __future__ import annotations

import pytest

from tests.support.wire_reading import figures


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Packaging is no condition: "conditionne\w*" took "conditionnement" for one.
        ("La France a livré à l'Ukraine 3.000 obus de 155 mm sous conditionnement renforcé, a annoncé le ministère.",
         {("FR", "ammunition", "delivered", 3000)}),
        # The verb's forms still tie a giving to a condition.
        ("Rome conditionne l'envoi de nouveaux missiles à l'Ukraine à un vote du Parlement.",
         {("IT", "missiles", "discussed", None)}),
        ("L'envoi de missiles italiens à l'Ukraine est conditionné à un vote du Parlement, selon Rome.",
         {("IT", "missiles", "discussed", None)}),
    ],
)
def test_only_the_verb_conditionner_ties_a_giving_to_a_condition(text: str, expected: set) -> None:
    assert figures(text, "fr") == expected
