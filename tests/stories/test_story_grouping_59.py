"""Stories round 59: the lead's ruling on audits of past giving (docs/reading-pledges.md,
bot/core/pledges/audits.py), as pairs of invented reports (none from the real-article set).

An auditor's, a court of audit's or an inquiry's findings on one government's giving are published once: its
outlets' reports, in their own words and languages, are one event when they agree on the deliveries audited and
name the same day, however unalike their wording (review 57's English and German reports of Spain's court of
audit: 0.14). Beside a report that is no audit, of the same government's delivery or promise, it is another
event, though it recalls the same tanks: joined, the audit would hide the delivery's alert, or the delivery the
audit's.
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

PAIRS = [
    # Fails before round 59: the German report read the headline's verbless "Haubitzen für Kiew" as a promise and
    # the 14 of a sentence with no cue as nothing.
    pair_case("two-reports-of-one-audit-join", AUDIT_EN, AUDIT_DE, 2, True),
    # Guard: the audit and the same government's delivery of the same howitzers, the same day and count.
    pair_case("an-audit-stays-apart-from-a-delivery-it-recalls", AUDIT_EN, DELIVERED, 2, False),
]


@pytest.mark.parametrize(("name", "first", "second", "hours", "one_event"), PAIRS)
def test_audits_of_past_giving(name, first, second, hours, one_event, analyzer):
    assert matcher_joins(analyzer, first, second, hours) is one_event
    assert matcher_joins(analyzer, second, first, hours) is one_event
