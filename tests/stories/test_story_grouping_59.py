"""Stories round 59: the lead's ruling on audits of past giving (docs/reading-pledges.md,
bot/core/pledges/special_pieces/audits.py), as pairs of invented reports (none from the real-article set).

An auditor's, a court of audit's or an inquiry's findings on one government's giving are published once: its
outlets' reports, in their own words and languages, are one event when they agree on the deliveries audited and
name the same day, however unalike their wording (review 57's English and German reports of Spain's court of
audit: 0.14). Beside a report that is no audit, of the same government's delivery or promise, it is another
event, though it recalls the same tanks: joined, the audit would hide the delivery's alert, or the delivery the
audit's.

And a meeting's round-up of one government's announcements (the lead's ruling of stop 58 on a visit's round-up,
asked for meetings by round 58): a lead telling a meeting, a headline naming the one government and a figure for
each of two announcements or more ("le Danemark promet des F-16 et des obus": six jets, 20,000 shells) round up
its announcements, kept apart from the report of each (same_event._meetings_round_up). A meeting's single
announcement read as two kinds names one figure or none, and a summit's report headed by the group names no
government in its headline: those still join.
"""

from __future__ import annotations

import pytest

from tests.support.story_pairs import matcher_joins, pair_case

AUDIT_EN = ("en", "Dutch auditors fault records of howitzers given to Ukraine",
            "THE HAGUE, March 7 (Wire) - The Netherlands Court of Audit said on Wednesday the defence ministry had "
            "kept incomplete records of the 14 self-propelled howitzers it gave Ukraine.")
AUDIT_DE = ("de", "Niederländischer Rechnungshof rügt Buchführung über Haubitzen für Kiew",
            "DEN HAAG (Agentur) - Der niederländische Rechnungshof wirft dem Verteidigungsministerium Lücken vor. "
            "Die Kosten der 14 Panzerhaubitzen seien nicht belegt, hieß es am Mittwoch.")
DELIVERED = ("en", "Netherlands completes delivery of 14 howitzers to Ukraine",
             "THE HAGUE, March 7 (Paper) - The Netherlands has delivered the last of the 14 self-propelled howitzers "
             "it promised Ukraine, the defence ministry said on Wednesday.")

MEETING_EN = ("en", "Sweden pledges CV90 vehicles and Archer guns after Zelensky meeting",
              "STOCKHOLM, June 20 (Wire) - Sweden will send Ukraine 30 CV90 infantry fighting vehicles and 8 Archer "
              "howitzers, Prime Minister Lars Berg said on Tuesday after a meeting with Ukraine's president.")
MEETING_DE = ("de", "Schweden sagt Kiew Archer-Haubitzen und CV90 zu",
              "STOCKHOLM (Agentur) - Schweden wird der Ukraine acht Archer-Haubitzen und 30 Schützenpanzer vom Typ "
              "CV90 liefern. Das sagte Ministerpräsident Lars Berg am Dienstag nach einem Treffen mit dem "
              "ukrainischen Präsidenten.")
ARCHERS = ("fr", "La Suède va livrer huit canons Archer à l'Ukraine",
           "STOCKHOLM (Journal) - La Suède fournira huit obusiers Archer à l'Ukraine, a annoncé mardi le gouvernement.")
CV90 = ("en", "Sweden to send Ukraine 30 more CV90 vehicles",
        "STOCKHOLM (Paper) - Sweden will send Ukraine 30 more CV90 infantry fighting vehicles, the defence ministry "
        "said on Tuesday.")
# One announcement at a summit read as two kinds (one figure), beside another outlet's report of it.
SUMMIT_ONE = ("en", "Norway to give Ukraine 400 NASAMS missiles to down drones, premier says at NATO summit",
              "OSLO (Wire) - Norway will give Ukraine 400 NASAMS missiles to shoot down drones and cruise missiles, "
              "Prime Minister Ola Strand said on Wednesday at the NATO summit.")
SUMMIT_ONE_FR = ("fr", "Oslo va fournir 400 missiles NASAMS à l'Ukraine",
                 "OSLO (Agence) - La Norvège va fournir à l'Ukraine 400 missiles NASAMS, a annoncé mercredi le Premier "
                 "ministre Ola Strand en marge du sommet de l'Otan.")

PAIRS = [
    # Fails before round 59: the German report read the headline's verbless "Haubitzen für Kiew" as a promise and
    # the 14 of a sentence with no cue as nothing.
    pair_case("two-reports-of-one-audit-join", AUDIT_EN, AUDIT_DE, 2, True),
    # Guard: the audit and the same government's delivery of the same howitzers, the same day and count.
    pair_case("an-audit-stays-apart-from-a-delivery-it-recalls", AUDIT_EN, DELIVERED, 2, False),
    # A meeting's round-up of two announcements stays apart from each one's report (joined before round 59) ...
    pair_case("meeting-round-up-stays-apart-from-the-howitzers", MEETING_EN, ARCHERS, 2, False),
    pair_case("meeting-round-up-stays-apart-from-the-vehicles", MEETING_EN, CV90, 2, False),
    pair_case("german-meeting-round-up-stays-apart-from-the-vehicles", MEETING_DE, CV90, 2, False),
    # ... and joins another report of the same round-up, the announcements in another order and language.
    pair_case("two-reports-of-one-meeting-round-up-join", MEETING_EN, MEETING_DE, 2, True),
    # Guard: a summit's single announcement read as two kinds (one figure) joins another outlet's report of it.
    pair_case("a-summits-single-announcement-joins", SUMMIT_ONE, SUMMIT_ONE_FR, 2, True),
]


@pytest.mark.parametrize(("name", "first", "second", "hours", "one_event"), PAIRS)
def test_audits_and_meeting_round_ups(name, first, second, hours, one_event, analyzer):
    assert matcher_joins(analyzer, first, second, hours) is one_event
    assert matcher_joins(analyzer, second, first, hours) is one_event
