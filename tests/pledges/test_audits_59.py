"""Wire copy, stop 59: audits of past giving (the lead's ruling of stop 59, docs/reading-pledges.md;
bot/core/pledges/special_pieces/audits.py), in articles written for these tests (none taken from the probes nor from the
real-article set), in English, French and German, labelled by hand as (donor, category, status, figure) by the
ruling. Negative cases show the ordinary copy beside each form, read as before.

- An article whose news (headline or lead) is an auditor's, a court of audit's, an inquiry's or an annual report's
  findings on what was given reports no pledge of the day: its records are the past deliveries it tells. A
  verbless headline in it ("... über Haubitzen für Kiew") gives no promise; a sentence naming things with no cue of
  its own ("The report also questioned the price of 20 M113 armoured vehicles") tells deliveries audited, of the
  giver told before; what it tells in words of its own ("would send six more") reads as usual.
- An audit told as the time or cause of other news ("after an audit of its stocks") leaves the news as it reads,
  and so does a verbless headline outside an audit.
- German "abgegebene" (handed over) before its thing is a delivery, as "gelieferte" is.
"""

from __future__ import annotations

import pytest

from tests.support.wire_labels import ARMOUR, D, P
from tests.support.wire_reading import figures

AUDITS = [
    ("en", "Norway's auditor general faults records of tanks given to Ukraine",
     "OSLO (Wire) - Norway's auditor general said on Monday the defence ministry could not account for the cost of "
     "the 8 Leopard 2 tanks it gave Ukraine in 2023.\n"
     "The report also questioned the price paid for 20 M113 armoured vehicles.",
     {("NO", "tanks", D, 8), ("NO", ARMOUR, D, 20)}),
    ("de", "Niederländischer Rechnungshof rügt Buchführung über Haubitzen für Kiew",
     "DEN HAAG (Agentur) - Der niederländische Rechnungshof wirft dem Verteidigungsministerium vor, die Kosten der "
     "an die Ukraine abgegebenen 12 Panzerhaubitzen nicht erfasst zu haben.",
     {("NL", "artillery", D, 12)}),
    # (the verbless headline's things with no record of the body beside them: the deliveries audited)
    ("de", "Niederländischer Rechnungshof rügt Buchführung über Haubitzen für Kiew",
     "DEN HAAG (Agentur) - Der Rechnungshof wirft dem Verteidigungsministerium Lücken in der Buchführung vor, hieß "
     "es am Dienstag.",
     {("NL", "artillery", D, None)}),
    ("fr", "Canons Caesar pour Kiev : la Cour des comptes critique le suivi du ministère",
     "PARIS (Agence) - La Cour des comptes estime dans un rapport publié mercredi que la France n'a pas su chiffrer "
     "le coût des 30 canons Caesar cédés à l'Ukraine depuis 2022.",
     {("FR", "artillery", D, 30)}),
    # (what the audited government promises in words of its own is a promise)
    ("en", "Inquiry finds Danish howitzers for Ukraine were sent without spare parts",
     "COPENHAGEN (Wire) - A parliamentary inquiry found on Tuesday that the 19 Caesar howitzers Denmark gave "
     "Ukraine were sent without spare parts.\n"
     "The defence ministry said it would send 6 more howitzers with parts by July.",
     {("DK", "artillery", D, 19), ("DK", "artillery", P, 6)}),
]

NOT_AUDITS = [
    # (an audit as the time of other news)
    ("en", "Norway to send Ukraine 8 more tanks after an audit of its stocks",
     "OSLO (Wire) - Norway will send Ukraine 8 more Leopard 2 tanks, the defence ministry said on Monday.",
     {("NO", "tanks", P, 8)}),
    # (a verbless headline over a promise)
    ("de", "Zwölf Panzerhaubitzen für Kiew",
     "DEN HAAG (Agentur) - Die Niederlande werden der Ukraine zwölf Panzerhaubitzen liefern, teilte das "
     "Verteidigungsministerium am Dienstag mit.",
     {("NL", "artillery", P, 12)}),
]


@pytest.mark.parametrize(("lang", "title", "text", "expected"), AUDITS + NOT_AUDITS,
                         ids=[title[:40] for _, title, _, _ in AUDITS + NOT_AUDITS])
def test_an_audit_of_past_giving_tells_deliveries(lang: str, title: str, text: str, expected: set) -> None:
    assert figures(text, lang, title=title) == expected


def test_a_handed_over_thing_told_as_an_attribute_is_delivered() -> None:
    text = ("BERLIN (Agentur) - Die Bundeswehr bemängelt den Zustand der 18 an die Ukraine abgegebenen "
            "Panzerhaubitzen Deutschlands.")
    assert {status for _, _, status, _ in figures(text, "de")} == {D}
