"""Relevance, stories round 64: the parcel trap and a package named by its sum (busy day 64). Every item is invented
for this file; each was labelled by hand before the rules were changed, following ../shared/eval/README.md.

A parliament's vote on "das Ukraine-Paket über 1,2 Milliarden Euro" with "Drohnen" in its lead was cancelled by the
parcel trap: round 63's exception for a package named with its sum read only compounds ("Hilfspaket über ...").
A plain "Paket" followed by its sum in a currency is an aid package too; "Millionen Pakete" are parcels still.
"""

from __future__ import annotations

import pytest

from bot.core.rules.language import RuleSet
from tests.support.wire_reading import assert_relevance, read

# (lang, headline, lead, relevant)
ITEMS = [
    ("de", "Belgisches Parlament billigt Ukraine-Paket über 800 Millionen Euro",
     "Die Abgeordneten in Brüssel haben am Donnerstag das Paket mit Drohnen und Munition für die Ukraine gebilligt, "
     "das die Regierung im März angekündigt hatte.", True),
    ("de", "Regierung schnürt Paket von 2 Milliarden Kronen für Kiew",
     "Dänemark liefert der Ukraine Drohnen und Artilleriegranaten. Das Paket von 2 Milliarden Kronen gab die "
     "Regierung am Montag bekannt.", True),
    ("de", "Paketdienst stellt zu Weihnachten 14 Millionen Pakete zu",
     "Der Paketdienst liefert in der Adventszeit 14 Millionen Pakete am Tag aus und testet die Zustellung per "
     "Drohne für 3 Euro Aufpreis.", False),
]


@pytest.mark.parametrize(("lang", "headline", "lead", "relevant"), ITEMS)
def test_items_are_read_as_labelled(defaults: RuleSet, lang: str, headline: str, lead: str, relevant: bool) -> None:
    assert_relevance(defaults, read(defaults, headline, lead), relevant)
