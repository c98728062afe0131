"""Pledges, fix 49f: the defects an independent reading found in rounds 51g and 51s
(tests/pledges/test_pledges_wire_51g.py, _51s.py), each case written anew, with ordinary copy beside
it that must keep its reading. Every text is invented for this file.

- D1, a gift told after an own-forces order with a bare verb ("will buy ... for the British Army and
  send 14 ... to Ukraine"): the verb borrows the order's auxiliary, so it takes the order's status
  when the order itself is dropped (bot/core/pledges/things/own_forces.py);
- D3, "the government" after a chamber is the chamber's country only when no other donor is named
  in between (bot/core/pledges/donors/bare_governments.py);
- D5, a share told after a whole that was already Ukraine's alone is a part, not the whole
  (bot/core/pledges/money/recipient_shares.py);
- D4, a refusal stays a refusal when a motion is merely mentioned beside it
  (bot/core/pledges/special_pieces/motions.py);
- D6, a third state's request for its own forces adds no record beside the donor's pledge;
- D2, paying into a donor's own forces ("put 2 billion euros into its own air defence") is no aid.

First run (2026-12-06, main at e4ee1e5): every case but the negatives failed before its fix.
"""

from __future__ import annotations

import pytest

from tests.support.wire_labels import AIR, ARMOUR, MONEY, P
from tests.support.wire_reading import figures

# (lang, title, text, records as (donor, category, status, figure))
GIFT_AFTER_OWN_ORDER = [
    ("en", "", "The UK is to purchase 10 Archer guns for the British Army and send 8 AS90 howitzers to Ukraine.",
     {("GB", "artillery", P, 8)}),
    ("en", "", "Denmark will buy 20 CV90 vehicles for the Danish army and deliver 12 Leopard 1 tanks to Ukraine next year.",
     {("DK", "tanks", P, 12)}),
    ("fr", "", "La France va commander 15 canons Caesar pour l'armée de Terre et livrer huit Caesar à l'Ukraine.",
     {("FR", "artillery", P, 8)}),
]
OWN_ORDER_NEGATIVES = [
    # the own order's things are sent somewhere else than Ukraine: no gift to borrow a status for
    ("en", "", "Denmark will buy 20 CV90 vehicles for the Danish army and send them to its bases in Jutland.", set()),
    # the giving verb has its own auxiliary: read as before
    ("en", "", "The UK will purchase 10 Archer guns for the British Army and will send 8 AS90 howitzers to Ukraine.",
     {("GB", "artillery", P, 8)}),
]


@pytest.mark.parametrize("lang,title,text,expected", GIFT_AFTER_OWN_ORDER + OWN_ORDER_NEGATIVES)
def test_a_gift_after_an_own_forces_order(lang, title, text, expected):
    assert figures(text, lang, title=title) == expected


GOVERNMENT_AFTER_ANOTHER_DONOR = [
    ("en", "", "Italy's parliament debated the defence budget on Tuesday. Sweden said it would send 10 CV90 vehicles "
     "to Ukraine. The government also promised 200 drones.", {("SE", ARMOUR, P, 10), ("SE", "drones", P, 200)}),
    ("fr", "", "Le Parlement italien a voté une motion mardi. Stockholm a indiqué que le gouvernement enverra "
     "10 véhicules CV90 à l'Ukraine.", {("SE", ARMOUR, P, 10)}),
    ("en", "", "Italy's parliament voted on Friday on defence spending. Meanwhile Sweden announced 40 CV90 vehicles "
     "for Ukraine; the government said the first would arrive in May.", {("SE", ARMOUR, P, 40)}),
]
GOVERNMENT_OF_THE_CHAMBER_KEPT = [
    # the motion's own sentence: the chamber's country, whatever stands between
    ("en", "", "Canada's House of Commons met on Monday. Hungary's foreign minister visited Ottawa on Tuesday. A motion tabled "
     "by MPs, urging the government to send CF-18 jets to Ukraine, will be debated in May.",
     {("CA", "aircraft", "discussed", None)}),
]


@pytest.mark.parametrize("lang,title,text,expected", GOVERNMENT_AFTER_ANOTHER_DONOR + GOVERNMENT_OF_THE_CHAMBER_KEPT)
def test_the_government_after_a_chamber(lang, title, text, expected):
    assert figures(text, lang, title=title) == expected


WHOLE_ALREADY_UKRAINES = [
    ("en", "", "Italy pledged 4 billion euros in military aid to Ukraine for next year. Of this, 1 billion euros "
     "goes to Kyiv's artillery.", {("IT", MONEY, P, 4e9)}),
    ("de", "", "Schweden hat der Ukraine Militärhilfe über 6 Milliarden Euro zugesagt. Davon gehen 2 Milliarden "
     "Euro an die Ukraine für Drohnen.", {("SE", MONEY, P, 6e9)}),
    ("fr", "", "L'Italie a promis 4 milliards d'euros d'aide militaire à l'Ukraine. Sur ce montant, 1 milliard "
     "revient à l'Ukraine pour l'artillerie.", {("IT", MONEY, P, 4e9)}),
]
WHOLE_SHARED_KEEPS_THE_SHARE = [
    # the whole shared with another recipient, or with none named: Ukraine's share is the figure
    ("de", "", "Schweden stellt für die Ukraine und Moldau zusammen 1,5 Milliarden Euro bereit. Davon entfallen "
     "1,2 Milliarden Euro auf die Ukraine.", {("SE", MONEY, P, 1.2e9)}),
    ("en", "", "Italy approved a 900 million euro defence aid package. Of this, 700 million euros goes to Ukraine.",
     {("IT", MONEY, P, 7e8)}),
]


@pytest.mark.parametrize("lang,title,text,expected", WHOLE_ALREADY_UKRAINES + WHOLE_SHARED_KEEPS_THE_SHARE)
def test_a_share_told_after_the_whole(lang, title, text, expected):
    assert figures(text, lang, title=title) == expected


REFUSAL_BESIDE_A_MOTION = [
    ("en", "", "Sweden rejected Ukraine's request for Gripen jets, despite a motion in the Riksdag urging the "
     "government to send them.", {("SE", "aircraft", "refused", None)}),
    ("de", "", "Die Bundesregierung lehnte die Lieferung von Taurus an die Ukraine weiter ab, obwohl die Opposition einen "
     "Antrag eingebracht hatte, der sie dazu auffordert.", {("DE", "missiles", "refused", None)}),
]
MOTION_VOTED_DOWN_KEPT = [
    ("en", "", "The Swedish parliament voted down a motion urging the government to send Gripen jets to Ukraine.",
     {("SE", "aircraft", "discussed", None)}),
    ("de", "", "Ein Antrag der Opposition, der die Bundesregierung auffordert, Taurus an Kiew zu liefern, wurde am "
     "Donnerstag im Bundestag abgelehnt.", {("DE", "missiles", "discussed", None)}),
]


@pytest.mark.parametrize("lang,title,text,expected", REFUSAL_BESIDE_A_MOTION + MOTION_VOTED_DOWN_KEPT)
def test_a_refusal_beside_a_motion(lang, title, text, expected):
    assert figures(text, lang, title=title) == expected


THIRD_STATE_ASKS_FOR_ITSELF = [
    ("en", "", "Romania asked Germany for more IRIS-T systems for its own army, while Berlin has pledged three to "
     "Ukraine.", {("DE", AIR, P, 3)}),
    ("en", "", "Greece has asked Washington for more Patriot interceptors. The United States has pledged Patriot "
     "interceptors to Ukraine.", {("US", AIR, P, None)}),
    ("fr", "", "La Roumanie a demandé à l'Allemagne davantage d'IRIS-T pour son armée, alors que Berlin en a promis "
     "trois à l'Ukraine.", {("DE", AIR, P, 3)}),
]
UKRAINE_ASKS_FOR_MORE_KEPT = [
    ("en", "", "Ukraine's defence minister urged Germany to send more IRIS-T systems. Germany has pledged IRIS-T "
     "systems to Kyiv.", {("DE", AIR, "discussed", None), ("DE", AIR, P, None)}),
]


@pytest.mark.parametrize("lang,title,text,expected", THIRD_STATE_ASKS_FOR_ITSELF + UKRAINE_ASKS_FOR_MORE_KEPT)
def test_a_request_beside_a_pledge(lang, title, text, expected):
    assert figures(text, lang, title=title) == expected


PAID_INTO_OWN_FORCES = [
    ("en", "", "Italy will put 3 billion euros into its own air defence over two years.", set()),
    ("fr", "", "L'Italie injectera 3 milliards d'euros dans sa propre défense aérienne d'ici 2028.", set()),
    ("de", "", "Schweden steckt 3 Milliarden Euro in die eigene Luftverteidigung.", set()),
]
PAID_INTO_A_SCHEME_KEPT = [
    ("en", "", "Italy would put 300 million euros into the Czech-led ammunition initiative for Ukraine.",
     {("IT", MONEY, P, 3e8)}),
]


@pytest.mark.parametrize("lang,title,text,expected", PAID_INTO_OWN_FORCES + PAID_INTO_A_SCHEME_KEPT)
def test_money_paid_into_own_forces(lang, title, text, expected):
    assert figures(text, lang, title=title) == expected
