"""Fixes of review 61's causes (tests/pledges/test_review_61.py, fix61a's share), each read as a form of wire
copy in the three languages, and the same cue words in other senses. Every sentence is invented for this file.

- things given before, named as what the new things are for ("spare parts for weapons already delivered",
  "des pièces de rechange pour des armes déjà livrées", "Ersatzteile für bereits gelieferte Waffen"): the
  participle is the older things' background; the new things take the sentence's own status;
- the threat a thing is given to shoot down, told by who designed or made it ("to help shoot down the
  Iranian-designed drones", "zum Abschießen der von Iran entworfenen Drohnen") is no thing given, as "Russian
  drones" was not;
- a state that never gives to Ukraine as the subject of a thing's clause, the donor named only in the next
  clause ("The United Arab Emirates confirmed an order for 12 more Rafale jets, and Greece received ..."): the
  thing is that state's, the donor gives nothing by it.
"""

from __future__ import annotations

import pytest

from tests.support.wire_labels import AIR, AMMO, D, M, P
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
    # the threat shot down, told by its designer or maker
    ("en", "Britain will send Ukraine 1,200 more air defence missiles to help shoot down the Iranian-designed drones "
     "that Russia launches at Ukrainian cities.", {("GB", AIR, P, 1200)}),
    ("en", "Norway will send Ukraine 20 interceptors to intercept Iranian-made drones.", {("NO", AIR, P, 20)}),
    ("fr", "La Norvège enverra à l'Ukraine 20 missiles sol-air pour abattre les drones de conception iranienne que "
     "la Russie lance sur les villes.", {("NO", AIR, P, 20)}),
    ("de", "Norwegen liefert der Ukraine 20 Flugabwehrraketen zum Abschießen der von Iran entworfenen Drohnen.",
     {("NO", AIR, P, 20)}),
    # another state's order, a donor in the next clause
    ("en", "The United Arab Emirates confirmed an order for 12 more Rafale jets, and Greece received the third of "
     "its four frigates.", set()),
    ("fr", "Les Émirats arabes unis ont de leur côté confirmé la commande de 12 avions Rafale supplémentaires, et la "
     "Grèce a reçu la troisième de ses quatre frégates.", set()),
    ("de", "Die Vereinigten Arabischen Emirate bestätigten die Bestellung von zwölf weiteren Rafale-Kampfjets, "
     "Griechenland erhielt die dritte von vier Fregatten.", set()),
]

# The same words where they tell the news.
UNCHANGED = [
    ("en", "Norway has already delivered spare parts for the howitzers to Ukraine.", {("NO", "other", D, None)}),
    ("de", "Norwegen hat der Ukraine bereits Ersatzteile für die Haubitzen geliefert.", {("NO", "other", D, None)}),
    ("fr", "La Norvège a déjà livré à l'Ukraine des pièces de rechange pour ses obusiers.",
     {("NO", "other", D, None)}),
    ("en", "Britain will send Ukraine 300 drones to shoot down the Russian-made drones.", {("GB", "drones", P, 300)}),
    ("fr", "La Norvège enverra à l'Ukraine 20 missiles sol-air et 30 drones.",
     {("NO", AIR, P, 20), ("NO", "drones", P, 30)}),
    ("en", "Greece ordered 12 more Rafale jets for Ukraine, and the UAE bought frigates.",
     {("GR", "aircraft", M, 12)}),
    ("de", "Griechenland bestellte zwölf Panzerhaubitzen für die Ukraine.", {("GR", "artillery", M, 12)}),
]


@pytest.mark.parametrize(("lang", "text", "expected"), FIXED)
def test_review_61_causes_read_in_general(lang: str, text: str, expected: set) -> None:
    assert figures(text, lang) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), UNCHANGED)
def test_other_senses_keep_their_reading(lang: str, text: str, expected: set) -> None:
    assert figures(text, lang) == expected
