"""Two wire-copy shapes read wrongly before, in English, French and German. Sentences
written for these tests.

- A nationality naming whose scheme the money goes to ("für die tschechische Initiative",
  "à l'initiative tchèque") is not the giver when the sentence names one.
- One unit word standing for the system named before ("the first system", "das erste
  System", "le premier système", "one system") is that system, as counted ones were.
"""

from __future__ import annotations

import pytest

from tests.wire_reading import records

AMMO, AIR = "ammunition", "air_defence"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die Niederlande stellen weitere 100 Millionen Euro für die tschechische Initiative zum Kauf von "
         "Artilleriemunition für die Ukraine bereit.", {("NL", AMMO, "pledged")}),
        ("Die Niederlande geben weitere 100 Millionen Euro für die tschechische Initiative zum Kauf von "
         "Artilleriemunition für die Ukraine.", {("NL", AMMO, "pledged")}),
        ("Les Pays-Bas vont verser 100 millions d'euros supplémentaires à l'initiative tchèque d'achat d'obus "
         "pour l'Ukraine.", {("NL", AMMO, "pledged"), ("NL", "funding", "pledged")}),
        ("Deutschland stellt der Ukraine über die tschechische Initiative weitere Granaten zur Verfügung.",
         {("DE", AMMO, "pledged")}),
        ("The Netherlands will contribute another €100 million to the Czech-led initiative that buys artillery "
         "shells for Ukraine.", {("NL", AMMO, "pledged"), ("NL", "funding", "pledged")}),
        # named alone, the scheme's country is still read as the giver
        ("Die tschechische Initiative hat der Ukraine 500.000 Artilleriegranaten geliefert.",
         {("CZ", AMMO, "delivered")}),
    ],
)
def test_whose_scheme_the_money_goes_to_is_not_the_giver(text: str, expected: set) -> None:
    assert records(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Deutschland hat der Ukraine vier IRIS-T-Systeme zugesagt. Nun wurde das erste System übergeben.",
         {("DE", AIR, "pledged"), ("DE", AIR, "delivered")}),
        ("Norway has pledged two NASAMS air defence systems to Ukraine. The first system was delivered on Monday.",
         {("NO", AIR, "pledged"), ("NO", AIR, "delivered")}),
        ("Norway has pledged two NASAMS air defence systems to Ukraine. One system has already been delivered.",
         {("NO", AIR, "pledged"), ("NO", AIR, "delivered")}),
        ("La France a promis des systèmes SAMP/T à l'Ukraine. Le premier système a été livré lundi.",
         {("FR", AIR, "pledged"), ("FR", AIR, "delivered")}),
        # a unit word followed by its own name is counted by that name
        ("Norway has pledged two NASAMS systems to Ukraine. Germany delivered one system IRIS-T on Monday.",
         {("NO", AIR, "pledged"), ("DE", AIR, "delivered")}),
    ],
)
def test_one_unit_word_stands_for_the_system_named_before(text: str, expected: set) -> None:
    assert records(text) == expected
