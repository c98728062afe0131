"""Fixes of review 61's causes (tests/pledges/test_review_61.py, fix61a's share), each read as a form of wire
copy in the three languages, and the same cue words in other senses. Every sentence is invented for this file.

- things given before, named as what the new things are for ("spare parts for weapons already delivered",
  "des pièces de rechange pour des armes déjà livrées", "Ersatzteile für bereits gelieferte Waffen"): the
  participle is the older things' background; the new things take the sentence's own status.
"""

from __future__ import annotations

import pytest

from tests.support.wire_labels import AMMO, D, P
from tests.support.wire_reading import figures

FIXED = [
    # things given before, what the new ones are for
    ("en", "Norway promised Ukraine a new military package on Monday. It includes ammunition and spare parts for "
     "weapons already delivered, a spokesman said.", {("NO", AMMO, P, None), ("NO", "other", P, None)}),
    ("en", "Norway promised Ukraine a new package. It includes spare parts for the already delivered tanks.",
     {("NO", "other", P, None)}),
    ("fr", "La Norvège a promis lundi un nouveau paquet militaire à l'Ukraine. Il comprend des munitions et des "
     "pièces de rechange pour des armes déjà livrées, a indiqué un porte-parole.",
     {("NO", AMMO, P, None), ("NO", "other", P, None)}),
    ("de", "Norwegen hat der Ukraine am Montag ein neues Militärpaket zugesagt. Es enthalte Munition und "
     "Ersatzteile für bereits gelieferte Waffen, sagte ein Sprecher.",
     {("NO", AMMO, P, None), ("NO", "other", P, None)}),
    ("de", "Norwegen hat der Ukraine ein neues Paket zugesagt. Das Paket umfasst Ersatzteile für schon gelieferte "
     "Panzer.", {("NO", "other", P, None)}),
]

# The same words where they tell the news.
UNCHANGED = [
    ("en", "Norway has already delivered spare parts for the howitzers to Ukraine.", {("NO", "other", D, None)}),
    ("de", "Norwegen hat der Ukraine bereits Ersatzteile für die Haubitzen geliefert.", {("NO", "other", D, None)}),
    ("fr", "La Norvège a déjà livré à l'Ukraine des pièces de rechange pour ses obusiers.",
     {("NO", "other", D, None)}),
]


@pytest.mark.parametrize(("lang", "text", "expected"), FIXED)
def test_review_61_causes_read_in_general(lang: str, text: str, expected: set) -> None:
    assert figures(text, lang) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), UNCHANGED)
def test_other_senses_keep_their_reading(lang: str, text: str, expected: set) -> None:
    assert figures(text, lang) == expected
