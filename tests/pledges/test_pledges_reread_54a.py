"""Wire copy, reread of stop 54 (findings D1 and D2): two rules of round 54p that fired far beyond
their phenomenon, in sentences written for these tests, EN/FR/DE, labelled by hand before the fix.

- D1: a denial in the next sentence refused any promise before it. It now refuses only a giving
  told second-hand (an aide quoted, "reportedly", "aurait dit", "berichtete eine Zeitung"), when the
  denial's object is the report itself ("denied the report.", not "the reports of ..."), and when
  the one denying is not Russia or the opposition.
- D2: "has paid for" made every other thing of its sentence production, and "made in Ukraine"
  anywhere in the sentence before was enough. It now makes production only the things paid for,
  and only when the Ukrainian making is told of them (or of "the guns" the object points back to).
The rules' intended cases stay in tests/pledges/test_pledges_wire_54p.py and test_review_54.py.
"""

from __future__ import annotations

import pytest

from tests.support.wire_labels import AIR, M, P, R
from tests.support.wire_reading import figures

# ------------------------------------------------------------------ D1: a denial of something else

DENIAL_OF_SOMETHING_ELSE = [
    ("en", "BERLIN (Wire) - Germany will supply four more IRIS-T systems, Pistorius said. The Kremlin denied the "
     "reports of new mobilisation.", {("DE", AIR, P, 4)}),
    ("en", "BERLIN (Wire) - Germany will supply four more IRIS-T systems, Pistorius said. Moscow rejected the "
     "claims of civilian casualties.", {("DE", AIR, P, 4)}),
    ("en", "MADRID (Wire) - Spain will send 12 more Leopard tanks, the minister said. She denied the claims that "
     "Spain had held up deliveries.", {("ES", "tanks", P, 12)}),
    ("en", "WARSAW (Wire) - Poland will send 30 more tanks to Ukraine, the minister said. There are no such plans "
     "for Polish troops, he added.", {("PL", "tanks", P, 30)}),
    ("en", "LONDON (Wire) - Britain will send 14 Challenger 2 tanks, the prime minister said. The opposition "
     "rejected the remarks.", {("GB", "tanks", P, 14)}),
    # a report told second-hand, but the Kremlin is no one to deny it for the giver
    ("en", "BERLIN (Wire) - Germany will reportedly supply four more IRIS-T systems. The Kremlin denied the "
     "report.", {("DE", AIR, P, 4)}),
    ("fr", "PARIS (Agence) - La France livrera douze canons Caesar de plus, a annoncé la ministre. Elle a démenti "
     "les affirmations d'un retard.", {("FR", "artillery", P, 12)}),
    ("de", "BERLIN (Agentur) - Deutschland wird vier weitere IRIS-T-Systeme liefern, sagte Pistorius. Russland "
     "dementierte die Angaben über Verluste.", {("DE", AIR, P, 4)}),
]


@pytest.mark.parametrize(("lang", "text", "expected"), DENIAL_OF_SOMETHING_ELSE)
def test_a_denial_of_something_else_leaves_the_promise_before(lang: str, text: str, expected: set) -> None:
    assert figures(text, lang) == expected


# the rule's own phenomenon, told in forms the probe did not use
DENIED_HEARSAY = [
    ("en", "OSLO (Wire) - Norway will reportedly send 20 more NASAMS launchers. The defence ministry denied the "
     "reports.", {("NO", AIR, R, None)}),
    ("en", "STOCKHOLM (Wire) - Sweden will give its Gripen jets, an aide told a newspaper. There are no such "
     "plans, the minister said.", {("SE", "aircraft", R, None)}),
    ("fr", "ROME (Agence) - L'Italie enverra un SAMP/T, a confié un conseiller à un journal. Le ministère a "
     "démenti ces propos.", {("IT", AIR, R, None)}),
    ("de", "BERLIN (Agentur) - Deutschland werde zehn weitere Leopard-Panzer liefern, berichtete eine Zeitung. "
     "Das Ministerium dementierte den Bericht.", {("DE", "tanks", R, None)}),
]


@pytest.mark.parametrize(("lang", "text", "expected"), DENIED_HEARSAY)
def test_a_promise_told_second_hand_and_denied_is_refused(lang: str, text: str, expected: set) -> None:
    assert figures(text, lang) == expected


# ------------------------------------------------------------------ D2: only the things paid for

PAID_FOR_BESIDE_OTHERS = [
    ("en", "COPENHAGEN (Wire) - Denmark has paid for 18 Bohdana howitzers built by Ukrainian factories and will "
     "also send 10 Leopard 1 tanks.", {("DK", "artillery", M, 18), ("DK", "tanks", P, 10)}),
    ("en", "VILNIUS (Wire) - Lithuania has paid for 10 drones made in Ukraine and will deliver 2 NASAMS "
     "launchers.", {("LT", "drones", M, 10), ("LT", AIR, P, 2)}),
    # things made in Ukraine told before, the things paid for another kind
    ("en", "THE HAGUE (Wire) - Many drones are made in Ukraine. The Netherlands has paid for 20 Patriot missiles "
     "to be delivered in May.", {("NL", AIR, P, 20)}),
    ("fr", "COPENHAGUE (Agence) - Le Danemark a payé 18 canons fabriqués en Ukraine et enverra aussi 10 chars "
     "Leopard 1.", {("DK", "artillery", M, 18), ("DK", "tanks", P, 10)}),
    ("de", "BERLIN (Agentur) - Die Ukraine hat 10 Haubitzen in der Ukraine gebaut. Deutschland hat 20 "
     "Leopard-Panzer bezahlt, die im Mai geliefert werden.", {("DE", "tanks", P, 20)}),
]


@pytest.mark.parametrize(("lang", "text", "expected"), PAID_FOR_BESIDE_OTHERS)
def test_paying_makes_production_only_of_the_things_paid_for(lang: str, text: str, expected: set) -> None:
    assert figures(text, lang) == expected
