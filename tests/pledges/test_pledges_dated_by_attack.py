"""A sentence that names Russia only to date itself ("after the Russian air strikes")
still tells the earlier sentence's donor's news; one in which Russia (or its weapons)
may act does not borrow that donor. Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.support.wire_reading import records

DE, AIR, ART, JETS = "DE", "air_defence", "artillery", "aircraft"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Germany promised Ukraine IRIS-T air defence systems in June. After heavy Russian air strikes on "
            "several Ukrainian cities, the first of four promised systems has now been handed over.",
            {(DE, AIR, "pledged"), (DE, AIR, "delivered")},
        ),
        (
            "L'Allemagne a promis des systèmes IRIS-T à l'Ukraine. Après les frappes russes sur Kiev, le premier "
            "des quatre systèmes promis a été livré.",
            {(DE, AIR, "pledged"), (DE, AIR, "delivered")},
        ),
        (
            "Im Juni verspricht Deutschland der Ukraine das Flugabwehrsystem IRIS-T SLM. Erst nach den schweren "
            "russischen Luftangriffen wird das erste von vier zugesagten Systemen übergeben.",
            {(DE, AIR, "pledged"), (DE, AIR, "delivered")},
        ),
        (
            "La France a promis des canons Caesar à l'Ukraine. Depuis les bombardements russes de l'hiver, six "
            "canons ont été livrés.",
            {("FR", ART, "pledged"), ("FR", ART, "delivered")},
        ),
        (
            "The Netherlands pledged F-16 jets to Ukraine. Amid Russian attacks on Kharkiv, 18 of the jets have "
            "now been delivered.",
            {("NL", JETS, "pledged"), ("NL", JETS, "delivered")},
        ),
    ],
)
def test_a_sentence_dated_by_a_russian_attack_borrows_the_donor(text: str, expected: set) -> None:
    assert records(text) == expected


@pytest.mark.parametrize(
    "second",
    [
        "Russian drones hit Kyiv overnight.",
        "Russia launched 40 drones and 10 missiles overnight.",
        # the drones of the time phrase are Russia's; "more drones" may be too
        "After Russian drones struck a power plant, more drones are expected.",
        "Après l'attaque, la Russie a envoyé des drones iraniens.",
        "Russland schickt weitere Drohnen nach Kiew.",
    ],
)
def test_a_sentence_in_which_russia_may_act_borrows_no_donor(second: str) -> None:
    assert records("Germany has pledged IRIS-T air defence systems to Ukraine. " + second) == {(DE, AIR, "pledged")}
