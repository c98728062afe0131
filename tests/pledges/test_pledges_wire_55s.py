"""Wire copy, round 55s: the status and figure causes of the fifteenth probe (tests/pledges/test_review_55.py,
section (b) of its causes), each a phenomenon of agency copy, in sentences written for these tests (none taken
from the probes nor from the real-article set), in English, French and German, labelled by hand as (donor,
category, status, figure) before the fix was run. Negative cases show the ordinary copy beside each form, read
as before.

The causes, as read on main (3eecab47):
- said and unsaid: a figure an interviewer or a report states ("Reports say ...", "Es heißt ...", "Selon nos
  informations ...") and the minister denies ("That figure is wrong", "Diese Zahl stimmt nicht") stayed a
  promise with the figure; a call for a giving answered in a clause of its own ("fordert die Zeitung, Kanada
  solle Kampfjets schicken – die Regierung lehnt das ab", "lawmakers argue it should supply howitzers; no such
  decision has been made") was read as a promise or gave nothing.
"""

from __future__ import annotations

import pytest

from tests.support.wire_labels import AIR, AMMO, ARMOUR, MONEY, D, M, P, R, X
from tests.support.wire_reading import figures

# ------------------------------------------------------------------ a reported figure denied

FIGURES_DENIED = [
    # a transcript: the question's "Is that right?" and a bare "No." stand between the report and its denial
    ("en", "OTTAWA (Wire) - Excerpts from the minister's briefing:\n"
     "Q: Reports say Canada will send 120 armoured vehicles to Ukraine. Is that right?\n"
     "A: No. That figure is wrong. We are still talking to Kyiv about it.\n"
     "Q: And the air defence?\n"
     "A: We delivered two systems in May.",
     {("CA", ARMOUR, X, None), ("CA", AIR, D, 2)}),
    ("en", "CANBERRA (Wire) - Reports say Australia will send 60 Bushmaster vehicles to Ukraine. The defence "
     "minister said the number was exaggerated.",
     {("AU", ARMOUR, X, None)}),
    ("fr", "BRUXELLES (Agence) - Selon nos informations, la Belgique enverra 30 drones à l'Ukraine. Le ministre "
     "a assuré que ce chiffre est inexact.",
     {("BE", "drones", X, None)}),
    ("de", "WARSCHAU (Agentur) - Frage: Es heißt, Polen werde der Ukraine 80 Kampfpanzer liefern. Stimmt das?\n"
     "Antwort: Diese Zahl stimmt nicht.\n"
     "Frage: Und die Haubitzen?\n"
     "Antwort: Darüber sprechen wir mit Kiew.",
     {("PL", "tanks", X, None)}),
    # the answer refusing the kind itself is the whole answer: no talks beside it
    ("de", "WARSCHAU (Agentur) - Aus dem Gespräch mit Polens Verteidigungsminister.\n"
     "Frage: Es heißt, Polen werde der Ukraine 80 Kampfpanzer liefern. Stimmt das?\n"
     "Antwort: Diese Zahl stimmt nicht. Wir haben keine weiteren Kampfpanzer zugesagt.\n"
     "Frage: Und die Haubitzen?\n"
     "Antwort: Wir haben der Ukraine im März zwölf Haubitzen übergeben.",
     {("PL", "tanks", R, None), ("PL", "artillery", D, 12)}),
    # a figure confirmed stays a promise with it
    ("fr", "BRUXELLES (Agence) - Selon nos informations, la Belgique enverra 30 drones à l'Ukraine. Le ministre "
     "a assuré que ce chiffre est exact.",
     {("BE", "drones", P, 30)}),
    ("fr", "BRUXELLES (Agence) - Selon nos informations, la Belgique enverra 30 drones à l'Ukraine. Le ministre "
     "a assuré que ce chiffre n'est pas exact.",
     {("BE", "drones", X, None)}),
    # a promise told by its giver is no report; a figure denied by the opposition takes nothing back
    ("en", "WARSAW (Wire) - Poland will send 80 tanks to Ukraine, the minister said. That figure is too high, "
     "the opposition said.",
     {("PL", "tanks", P, 80)}),
    ("de", "WARSCHAU (Agentur) - Polen liefert der Ukraine 80 Kampfpanzer, sagte der Minister. Die Zahl der "
     "Soldaten ist falsch angegeben worden.",
     {("PL", "tanks", P, 80)}),
]


@pytest.mark.parametrize(("lang", "text", "expected"), FIGURES_DENIED)
def test_a_reported_figure_denied_leaves_the_talks_without_it(lang: str, text: str, expected: set) -> None:
    assert figures(text, lang) == expected


# ------------------------------------------------------------------ a call answered in its own clause

CALLS_ANSWERED = [
    ("de", "OTTAWA (Agentur) - In einem Leitartikel fordert eine Zeitung, Kanada solle Kampfjets an die Ukraine "
     "schicken – die Regierung lehnt das ab.",
     {("CA", "aircraft", R, None)}),
    ("en", "OTTAWA (Wire) - The newspaper called for Canadian fighter jets for Ukraine; the government rejected "
     "the idea.",
     {("CA", "aircraft", R, None)}),
    ("en", "SEOUL (Wire) - Some lawmakers argue South Korea should now supply K9 howitzers to Ukraine; no such "
     "decision has been made.",
     {("KR", "artillery", X, None)}),
    ("fr", "PARIS (Agence) - Des députés appellent la France à livrer des Mirage 2000 à l'Ukraine, mais le "
     "gouvernement a rejeté cette idée.",
     {("FR", "aircraft", R, None)}),
    ("fr", "PARIS (Agence) - Des élus appellent la France à livrer des Mirage 2000 à l'Ukraine ; l'Élysée n'a "
     "rien décidé.",
     {("FR", "aircraft", X, None)}),
    # an answer naming what is given instead, or a promise beside a rejection of something else, read as before
    ("en", "OTTAWA (Wire) - Canada will send 20 armoured vehicles to Ukraine; Ottawa rejected the idea of "
     "sending jets.",
     {("CA", ARMOUR, P, 20), ("CA", "aircraft", R, None)}),
    ("en", "OTTAWA (Wire) - Canada will send 20 armoured vehicles to Ukraine; Ottawa rejected that.",
     {("CA", ARMOUR, P, 20)}),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CALLS_ANSWERED)
def test_a_call_answered_in_its_own_clause_takes_the_answer(lang: str, text: str, expected: set) -> None:
    assert figures(text, lang) == expected


# ------------------------------------------------------------------ orders and purchases on Ukraine's behalf

ORDERS_FOR_UKRAINE = [
    ("en", "STOCKHOLM (Wire) - Saab received an order from the Swedish government to supply Ukraine with 10 RBS 70 "
     "systems.",
     {("SE", AIR, M, 10)}),
    ("de", "ÜBERLINGEN (Agentur) - Diehl hat von der Bundesregierung einen Auftrag über 500 Mio. Euro erhalten, um "
     "die Ukraine mit Flugabwehrsystemen IRIS-T zu beliefern.",
     {("DE", AIR, M, 500000000)}),
    ("en", "PRAGUE (Wire) - The Czech Republic has bought 180,000 shells from countries outside Europe for Ukraine.",
     {("CZ", AMMO, M, 180000)}),
    ("fr", "PRAGUE (Agence) - La République tchèque a acheté 100 000 obus auprès de pays tiers pour l'Ukraine.",
     {("CZ", AMMO, M, 100000)}),
    ("de", "PRAG (Agentur) - Tschechien hat bei Herstellern außerhalb Europas 80.000 Granaten für die Ukraine "
     "gekauft.",
     {("CZ", AMMO, M, 80000)}),
    # a purchase to come, money to buy, a receipt, a purchase for the giver's own delivery: read as before
    ("en", "COPENHAGEN (Wire) - Denmark will buy 20 howitzers for Ukraine.", {("DK", "artillery", P, 20)}),
    ("en", "THE HAGUE (Wire) - The Netherlands gave 100 million euros to buy shells for Ukraine.",
     {("NL", AMMO, P, 100000000)}),
    ("en", "KYIV (Wire) - Ukraine received a shipment of 12 howitzers from Britain.", {("GB", "artillery", D, 12)}),
    ("de", "BERLIN (Agentur) - Deutschland hat der Ukraine 20 Panzer geliefert, die es bei Rheinmetall gekauft hat.",
     {("DE", "tanks", D, 20)}),
    ("fr", "PARIS (Agence) - La France a acheté des obus pour l'Ukraine.", {("FR", AMMO, P, None)}),
    # money paid into a scheme named by what it buys stays the payers' funding
    ("fr", "PRAGUE (Agence) - Le Danemark versera 200 millions d'euros à l'initiative tchèque qui achète des obus "
     "hors d'Europe pour l'Ukraine.",
     {("DK", MONEY, P, 200000000)}),
]


@pytest.mark.parametrize(("lang", "text", "expected"), ORDERS_FOR_UKRAINE)
def test_an_order_or_purchase_on_ukraines_behalf_is_production(lang: str, text: str, expected: set) -> None:
    assert figures(text, lang) == expected


# ------------------------------------------------------------------ money passed through a mechanism

PASSED_THROUGH = [
    ("fr", "BRUXELLES (Agence) - La Belgique fera transiter 300 millions d'euros par la Facilité européenne pour "
     "la paix pour financer des systèmes de défense aérienne destinés à Kiev.",
     {("BE", AIR, P, 300000000)}),
    ("fr", "PARIS (Agence) - La France fera transiter 200 millions d'euros par la Facilité européenne pour la paix "
     "pour l'achat d'obus pour l'Ukraine.",
     {("FR", AMMO, P, 200000000)}),
    ("de", "BRÜSSEL (Agentur) - Belgien leitet 300 Millionen Euro für Luftverteidigungssysteme über die Europäische "
     "Friedensfazilität an die Ukraine weiter.",
     {("BE", AIR, P, 300000000)}),
    ("en", "BRUSSELS (Wire) - Belgium will channel 300 million euros through the European Peace Facility to fund "
     "air defence systems for Ukraine.",
     {("BE", AIR, P, 300000000)}),
    # the Facility paying on its own is the EU's; goods in transit and a list passed on give nothing
    ("fr", "BRUXELLES (Agence) - Les munitions pour l'Ukraine seront financées par la Facilité européenne pour la "
     "paix.",
     {("EU", AMMO, P, None)}),
    ("fr", "VARSOVIE (Agence) - Les camions font transiter du carburant par la Pologne vers l'Ukraine.", set()),
    ("de", "BERLIN (Agentur) - Das Ministerium leitet die Liste mit 20 Panzern an die Ukraine weiter.", set()),
]


@pytest.mark.parametrize(("lang", "text", "expected"), PASSED_THROUGH)
def test_money_passed_through_a_mechanism_is_the_payers(lang: str, text: str, expected: set) -> None:
    assert figures(text, lang) == expected


# ------------------------------------------------------------------ an initiative named by its aim and nationality

INITIATIVE_NAMES = [
    ("fr", "PRAGUE (Agence) - L'initiative tchèque sur les munitions a livré 50 000 obus à l'Ukraine.",
     {("CZ", AMMO, D, 50000)}),
    ("fr", "PRAGUE (Agence) - L'initiative tchèque sur les munitions a acheté 180 000 obus de gros calibre auprès "
     "de pays tiers pour l'Ukraine.",
     {("CZ", AMMO, M, 180000)}),
    # a headline's present tense of the same purchase
    ("fr", "Munitions : l'initiative tchèque achète 90 000 obus hors d'Europe pour Kiev",
     {("CZ", AMMO, M, 90000)}),
]


@pytest.mark.parametrize(("lang", "text", "expected"), INITIATIVE_NAMES)
def test_an_initiatives_name_is_no_thing_given(lang: str, text: str, expected: set) -> None:
    assert figures(text, lang) == expected


# ------------------------------------------------------------------ a handover moved, a ministry under a dateline

SCHEDULES = [
    ("de", "STOCKHOLM (Agentur) - Schweden zieht die Übergabe von sechs Archer-Haubitzen an die Ukraine vor: Sie "
     "sollen bereits im März eintreffen.",
     {("SE", "artillery", P, 6)}),
    ("en", "STOCKHOLM (Wire) - Sweden brought forward the handover of six Archer howitzers to Ukraine.",
     {("SE", "artillery", P, 6)}),
    ("fr", "STOCKHOLM (Agence) - La Suède a avancé la remise de six canons Archer à l'Ukraine.",
     {("SE", "artillery", P, 6)}),
    # a handover done, or a noun in another clause, read as before
    ("de", "STOCKHOLM (Agentur) - Schweden hat die Übergabe von sechs Archer-Haubitzen an die Ukraine "
     "abgeschlossen.",
     {("SE", "artillery", D, 6)}),
    ("fr", "STOCKHOLM (Agence) - La Suède a annoncé la remise de six canons Archer à l'Ukraine.",
     {("SE", "artillery", D, 6)}),
    # the dateline's ministry speaking in the first sentence stays the giver when a later one names another
    ("de", "BERLIN (Agentur) - Die Lieferung von drei weiteren Flugabwehrsystemen IRIS-T an die Ukraine verzögert "
     "sich bis Ende 2027, teilte das Verteidigungsministerium mit. Norwegen schickt dagegen zehn Haubitzen.",
     {("DE", AIR, P, 3), ("NO", "artillery", P, 10)}),
    ("en", "LONDON (Wire) - The delivery of four more air defence systems to Ukraine will slip to 2027, the "
     "defence ministry said. France, by contrast, will send ten howitzers.",
     {("GB", AIR, P, 4), ("FR", "artillery", P, 10)}),
    # a first sentence naming another country keeps that country
    ("en", "LONDON (Wire) - Norway will send four air defence systems to Ukraine, the defence ministry said. "
     "France will send ten howitzers.",
     {("NO", AIR, P, 4), ("FR", "artillery", P, 10)}),
]


@pytest.mark.parametrize(("lang", "text", "expected"), SCHEDULES)
def test_a_handover_moved_is_still_to_come(lang: str, text: str, expected: set) -> None:
    assert figures(text, lang) == expected
