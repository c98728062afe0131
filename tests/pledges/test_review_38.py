"""Pledges, a review of round 22 (stop 38): probes of over-reach, written for this file in the style of
wire copy (EN, FR, DE), labelled by hand before their first run, as (donor, category, status, figure)
like tests/pledges/test_pledges_wire_22.py.

Round 22 read partners opening a clause ("Avec le Danemark, Berlin a livré") as giving with the
subject, a clause joined after leave asked with a giving verb of its own as the asker's promise,
radars as equipment, a worth told with what a package "mainly" holds as that thing's, and contents
that "could include" as discussed. Fifteen probes aimed at them: "with" as a circumstance or beside
an accord, "unlike", German "Mit Dänemark", "mainly" told of the route or a purpose, contents
possible in a later package, a package whose possible contents sit in a relative clause before its
worth, leave asked then a decision or another government's promise, radars beside systems.
First run 9 of 15 (main before round 22: 6 of 15). One label was wrong: the training Poland
promises after asking leave ("et a promis de former des équipages") is a record, as the README
counts training. Of the rest, one came from round 22: "The package, which could include a second
SAMP/T battery, is worth 300 million euros" made the worth discussed too. Now the package's status
resumes where a relative clause holding its possible contents closes (sentence_cues
._package_resumed): 11 of 15. Left as strict xfails, none of them round 22's doing: an accord on
air defence read as a pledge its partners share, German "Mit Dänemark" read as no partner, a radar
that belongs to a system and "radar images" read as equipment of their own. HELD_OUT, 5 written
after the fix: 4 of 5 on their first run, 5 of 5 after the fix it showed (see below). The
real-article set does not move (pledges predicted 196, labelled 193, matched 179).
Round 24 (tests/pledges/test_pledges_wire_24.py) mended three of the four strict xfails: the accord on
air defence, German "Mit Dänemark" and the system's own radar; "radar images" are still read as equipment.
"""

from __future__ import annotations

import pytest

from tests.support.wire_labels import AIR, AMMO, MONEY, D, P, X
from tests.support.wire_reading import figures

RADAR_IMAGES = "'radar images' are read as other equipment delivered"

PROBES = [
    ("fr", "Avec le Danemark, la Norvège et la Suède, l'Allemagne a signé mardi un accord sur la défense "
     "aérienne de l'Europe du Nord. Berlin a par ailleurs livré 20 chars à Kiev.", {("DE", "tanks", D, 20)}),
    ("en", "With Denmark out of stock, Germany has delivered 80 tanks to Ukraine.", {("DE", "tanks", D, 80)}),
    ("de", "Mit Dänemark hat Deutschland 80 Leopard-Panzer an die Ukraine geliefert.",
     {("DE", "tanks", D, None), ("DK", "tanks", D, None)}),
    ("en", "Unlike Denmark, Germany has delivered 80 tanks to Ukraine.", {("DE", "tanks", D, 80)}),
    ("en", "With Denmark, Norway and Sweden, Germany has delivered 80 tanks to Ukraine.",
     {("DE", "tanks", D, None), ("DK", "tanks", D, None), ("NO", "tanks", D, None), ("SE", "tanks", D, None)}),
    ("en", "Poland handed Ukraine a package worth 50 million dollars. The weapons were mainly delivered by rail "
     "through Rzeszow.", {("PL", MONEY, D, 50e6)}),
    ("de", "Polen übergab der Ukraine ein Paket im Wert von 50 Millionen Euro, vor allem für die Verteidigung im "
     "Osten, darunter Munition und Drohnen.", {("PL", AMMO, D, None), ("PL", "drones", D, None), ("PL", MONEY, D, 50e6)}),
    ("en", "Italy approved a new package for Ukraine that includes a second SAMP/T battery, and officials said future "
     "packages could include more.", {("IT", AIR, P, None)}),
    ("en", "Italy approved a new package for Ukraine on Tuesday. The package, which could include a second SAMP/T "
     "battery, is worth 300 million euros.", {("IT", AIR, X, None), ("IT", MONEY, P, 300e6)}),
    ("de", "Deutschland hat ein neues Paket für die Ukraine gebilligt. Es enthält vier Panzerhaubitzen 2000. Künftige "
     "Pakete könnten auch Flugabwehr enthalten.", {("DE", "artillery", P, 4), ("DE", AIR, X, None)}),
    ("en", "Poland has asked Germany for permission to send its Leopards, and Berlin will decide next week.",
     {("PL", "tanks", X, None)}),
    ("en", "Poland has asked Germany for permission to send its Leopards, and Germany will send Leopards of its own.",
     {("PL", "tanks", X, None), ("DE", "tanks", P, None)}),
    # label corrected after the first run: training is a record (../shared/eval/README.md)
    ("fr", "La Pologne a demandé l'autorisation de livrer ses Leopard et a promis de former des équipages ukrainiens.",
     {("PL", "tanks", X, None), ("PL", "training", P, None)}),
    ("en", "Germany will send Ukraine two IRIS-T systems, each with its own radar.", {("DE", AIR, P, 2)}),
    pytest.param("en", "Germany said it had delivered four IRIS-T systems to Ukraine, after radar images showed Russian "
                 "launchers near the border.", {("DE", AIR, D, 4)},
                 marks=pytest.mark.xfail(strict=True, reason=RADAR_IMAGES)),
]


@pytest.mark.parametrize(("lang", "text", "expected"), PROBES)
def test_review_probes(lang: str, text: str, expected: set) -> None:
    assert figures(text, lang) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the worth after a relative clause of possible contents is the package's
    ("Italy approved a new package for Ukraine. The package, which could include a second SAMP/T battery, is worth "
     "300 million euros.", {("IT", AIR, X, None), ("IT", MONEY, P, 300e6)}),
    # possible contents listed with commas stay possible, each of them
    ("Italy approved a new package for Ukraine. The package could include a second SAMP/T battery, ammunition and "
     "drones.", {("IT", AIR, X, None), (("IT", AMMO, X, None)), ("IT", "drones", X, None)}),
    ("Italy approved a new package for Ukraine. The package, which includes a second SAMP/T battery, is worth 300 "
     "million euros.", {("IT", AIR, P, None), ("IT", MONEY, P, 300e6)}),
])
def test_a_package_resumes_after_its_possible_contents(text: str, expected: set) -> None:
    assert figures(text, "en") == expected


# Written after the fix, labelled before their first run: 4 of 5 on it. "which could include NASAMS
# missiles, is worth" read the missiles pledged: the package's status resumed at the comma itself, nearer
# to the missiles than the hedged "include"; it now resumes right after it, so the missiles stand in the
# closed relative clause (nearest_cue._closes_its_relative_clause): 5 of 5.
HELD_OUT = [
    ("en", "With Norway, Denmark has delivered 12 F-16 jets to Ukraine.",
     {("DK", "aircraft", D, None), ("NO", "aircraft", D, None)}),
    ("en", "Norway approved a new package for Ukraine. The package, which could include NASAMS missiles, is worth 1 "
     "billion crowns.", {("NO", AIR, X, None), ("NO", MONEY, P, 1e9)}),
    ("fr", "Avec ses alliés nordiques, la Suède a livré 8 canons Archer à l'Ukraine.", {("SE", "artillery", D, 8)}),
    ("de", "Polen hat Deutschland um Erlaubnis gebeten, Leopard-Panzer zu liefern, und hat bereits 60 Panzer "
     "geschickt.", {("PL", "tanks", X, None), ("PL", "tanks", D, 60)}),
    ("en", "Britain will send ten air defence systems to Ukraine, mainly to protect energy sites.", {("GB", AIR, P, 10)}),
]


@pytest.mark.parametrize(("lang", "text", "expected"), HELD_OUT)
def test_held_out(lang: str, text: str, expected: set) -> None:
    assert figures(text, lang) == expected
