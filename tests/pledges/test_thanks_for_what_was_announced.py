"""Thanks tell a giving done ("Zelenskiy thanked Britain for the tanks" reads as delivered),
unless the things thanked for are told, right after, as only announced or promised: Kyiv
thanks its allies on the day of a pledge as often as on the day of a delivery. Review 41's
busy day A found it: the live entry "thanks Germany for the three IRIS-T systems announced
today" was read as a delivery, so a phase conflict kept it out of the pledge's story in every
order. Sentences written for this test (main's code read five of the eight wrong)."""

from __future__ import annotations

import pytest

from tests.support.wire_reading import figures

AIR = "air_defence"


@pytest.mark.parametrize(("lang", "text", "expected"), [
    # thanked for what was only announced or promised: a pledge
    ("en", "Zelenskiy thanks Germany for the three IRIS-T systems announced today.", {("DE", AIR, "pledged", 3)}),
    ("en", "Zelenskiy thanked Germany for the three IRIS-T systems it pledged on Monday.", {("DE", AIR, "pledged", 3)}),
    ("fr", "Zelensky a remercié l'Allemagne pour les trois systèmes IRIS-T annoncés aujourd'hui.",
     {("DE", AIR, "pledged", 3)}),
    ("de", "Selenskyj dankte Deutschland für die heute angekündigten drei IRIS-T-Systeme.", {("DE", AIR, "pledged", 3)}),
    ("de", "Selenskyj dankte Deutschland für die drei IRIS-T-Systeme, die Berlin am Montag zugesagt hatte.",
     {("DE", AIR, "pledged", 3)}),
    # thanked for the things themselves, or for what was delivered: a delivery, as before
    ("en", "Zelenskiy thanked Germany for the three IRIS-T systems.", {("DE", AIR, "delivered", 3)}),
    ("en", "Zelenskiy thanked Germany for the three IRIS-T systems delivered last week.", {("DE", AIR, "delivered", 3)}),
    ("fr", "Zelensky a remercié l'Allemagne pour les trois systèmes IRIS-T livrés la semaine dernière.",
     {("DE", AIR, "delivered", 3)}),
])
def test_thanks_give_the_status_the_things_are_told_with(lang: str, text: str, expected: set) -> None:
    assert figures(text, lang) == expected
