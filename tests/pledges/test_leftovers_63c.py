"""Pledge-reading forms left at stop 63, each common in wire and feed copy, mended as forms in the three
languages. Every sentence is invented for this file.

- A fleet's remainder kept for spare parts is no record, however its serving is told: "the remaining four will
  serve as spare parts", "die übrigen vier dienen als Ersatzteilspender", "les quatre autres serviront de pièces
  détachées" (things/parts_reserves.py; fix 63b mended "servir de réserve de pièces détachées").
- A gun told by its aerial target is air defence, as the README puts Gepard: French "canons antiaériens",
  "canons anti-aériens", "canons de DCA" before the artillery's "canons" (things/item_words.py), as
  "anti-aircraft guns" and "Flugabwehrkanonen" already were.
- A training taken on is promised, counted in its trainees: "va assurer la formation de 40 pilotes", "will take on
  the training of 200 Ukrainian marines", "übernimmt die Ausbildung von 150 Soldaten" (status/cue_patterns.py;
  marines and sailors are trainees, things/items.py).
- A handover told in the present with a time to come is a promise: "hands over 15 Gepard next month"
  (status/handovers_to_come.py), "remet le mois prochain", "livre la semaine prochaine" (status/cue_patterns.py),
  "übergibt im kommenden Monat" (as it was); without one, "hands over" stays the handover done.
"""

from __future__ import annotations

import pytest

from tests.support.wire_labels import AIR, D, P
from tests.support.wire_reading import figures

PARTS_RESERVES = [
    ("en", "Norway will give Ukraine 10 fighter jets; the remaining four will serve as spare parts.",
     {("NO", "aircraft", P, 10)}),
    ("en", "Norway will give Ukraine 10 fighter jets, while the other four will serve as a source of spare parts.",
     {("NO", "aircraft", P, 10)}),
    ("en", "The Netherlands will hand over 18 jets, and the remaining six are to be used for spare parts.",
     {("NL", "aircraft", P, 18)}),
    ("de", "Norwegen gibt der Ukraine 10 Kampfjets, die übrigen vier dienen als Ersatzteilspender.",
     {("NO", "aircraft", P, 10)}),
    ("de", "Norwegen gibt der Ukraine 10 Kampfjets; die restlichen vier dienen als Ersatzteillager.",
     {("NO", "aircraft", P, 10)}),
    ("fr", "La Norvège cédera 10 avions à l'Ukraine, les quatre autres serviront de pièces détachées.",
     {("NO", "aircraft", P, 10)}),
    # (spare parts given beside the jets stay given, the ruling of stop 48)
    ("en", "Norway will give Ukraine 10 fighter jets and spare parts.",
     {("NO", "aircraft", P, 10), ("NO", "other", P, None)}),
]


@pytest.mark.parametrize(("lang", "text", "expected"), PARTS_RESERVES)
def test_a_remainder_kept_for_parts_gives_nothing(lang: str, text: str, expected: set) -> None:
    assert figures(text, lang) == expected


AIR_DEFENCE_GUNS = [
    ("fr", "Le Danemark va livrer 12 canons antiaériens à l'Ukraine.", {("DK", AIR, P, 12)}),
    ("fr", "Le Danemark va livrer 12 canons anti-aériens à l'Ukraine.", {("DK", AIR, P, 12)}),
    ("fr", "La Pologne enverra à Kiev huit canons de DCA.", {("PL", AIR, P, 8)}),
    ("en", "Denmark will send Ukraine 12 anti-aircraft guns.", {("DK", AIR, P, 12)}),
    ("de", "Dänemark liefert der Ukraine 12 Flugabwehrkanonen.", {("DK", AIR, P, 12)}),
    # (a gun told by no target stays artillery)
    ("fr", "Le Danemark va livrer 12 canons à l'Ukraine.", {("DK", "artillery", P, 12)}),
]


@pytest.mark.parametrize(("lang", "text", "expected"), AIR_DEFENCE_GUNS)
def test_a_gun_told_by_its_aerial_target_is_air_defence(lang: str, text: str, expected: set) -> None:
    assert figures(text, lang) == expected


TRAININGS_TAKEN_ON = [
    ("fr", "La Belgique va assurer la formation de 40 pilotes.", {("BE", "training", P, 40)}),
    ("fr", "Les Pays-Bas assureront la formation de 120 soldats ukrainiens.", {("NL", "training", P, 120)}),
    ("en", "Britain will take on the training of 200 Ukrainian marines.", {("GB", "training", P, 200)}),
    ("en", "Britain will provide the training of 200 Ukrainian marines.", {("GB", "training", P, 200)}),
    ("de", "Deutschland übernimmt die Ausbildung von 150 Soldaten.", {("DE", "training", P, 150)}),
    ("de", "Dänemark übernimmt zudem die Ausbildung von 150 ukrainischen Soldaten.", {("DK", "training", P, 150)}),
]


@pytest.mark.parametrize(("lang", "text", "expected"), TRAININGS_TAKEN_ON)
def test_a_training_taken_on_is_promised_with_its_trainees(lang: str, text: str, expected: set) -> None:
    assert figures(text, lang) == expected


HANDOVERS_TO_COME = [
    ("en", "Germany hands over 15 Gepard next month.", {("DE", AIR, P, 15)}),
    ("en", "Next month, Germany hands over 15 Gepard to Ukraine.", {("DE", AIR, P, 15)}),
    ("en", "Sweden hands Ukraine six more howitzers in the coming weeks.", {("SE", "artillery", P, 6)}),
    ("fr", "L'Allemagne remet le mois prochain 15 Gepard à l'Ukraine.", {("DE", AIR, P, 15)}),
    ("fr", "La Suède livre la semaine prochaine six obusiers à l'Ukraine.", {("SE", "artillery", P, 6)}),
    ("de", "Deutschland übergibt im kommenden Monat 15 Gepard an die Ukraine.", {("DE", AIR, P, 15)}),
    # (no time to come: the present handover is the ceremony done)
    ("en", "Germany hands over 15 Gepard to Ukraine.", {("DE", AIR, D, 15)}),
    # (a time to come in another clause leaves the handover done)
    ("en", "Germany hands over 15 Gepard to Ukraine; its minister travels to Kyiv next week.", {("DE", AIR, D, 15)}),
]


@pytest.mark.parametrize(("lang", "text", "expected"), HANDOVERS_TO_COME)
def test_a_present_handover_with_a_time_to_come_is_promised(lang: str, text: str, expected: set) -> None:
    assert figures(text, lang) == expected
