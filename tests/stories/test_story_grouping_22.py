"""Story grouping round 22: a headline-only report of a delivery told in the present tense.

Review 44 (tests/stories/test_review_44.py, cause 20) found headline-only items ("<donor> livre /
liefert / delivers <system> ..." with no body or a one-line teaser) read as pledged: the pledge
extractor reads the narrative present of handing over as a promise unless an ordinal or a body
says otherwise, so the item's phase was a decision and same_event.compare kept it apart from the
full report of the same delivery (a phase conflict). A headline alone has no body to correct its
tense, and a headline's present tense tells a delivery as often as a decision.

The pairs below were written for this round (texts invented here, wire style, EN/FR/DE) and
labelled by hand (one event or not) before their first run. The controls: a headline-only item
in the future ("to send", "va livrer", "will") is a decision and stays apart from the delivery,
and so does a full report of the pledge. First run (main's code at 4d99200): 3 of 7, the four
headline-only items apart from their delivery (a phase conflict), the three controls apart.
Fixed in bot/core/stories/evidence/lead_pledges.py (told_in_either_phase, EventEvidence.either_phase): such a
headline's pledges are told in both phases and keyed both as pledged and as delivered, so they
conflict with neither and agree with either (same_event._phases_agree for the headline systems):
7 of 7. A headline in the future, or with a body of more than one sentence, is read as before.
"""

from __future__ import annotations

import pytest

from tests.support.story_pairs import matcher_joins, pair_case

_NORWAY_DELIVERED = ("en", "Norway hands NASAMS launchers over to Ukraine",
                     "OSLO (Wire) - Norway has delivered two NASAMS air defence launchers to Ukraine, the defence "
                     "ministry in Oslo said on Tuesday. The launchers were promised in the spring.")
_DENMARK_DELIVERED = ("de", "Dänemark hat der Ukraine weitere Caesar-Haubitzen übergeben",
                      "KOPENHAGEN (Agentur) - Dänemark hat der Ukraine sechs weitere Radhaubitzen vom Typ Caesar "
                      "übergeben, teilte das Verteidigungsministerium am Mittwoch mit.")
_DUTCH_DELIVERED = ("fr", "Les Pays-Bas ont livré des blindés CV90 à l'Ukraine",
                    "LA HAYE (Agence) - Les Pays-Bas ont livré à l'Ukraine un premier lot de véhicules de combat "
                    "CV90, a annoncé jeudi le ministère de la Défense.")
_NORWAY_PLEDGED = ("en", "Norway to send more NASAMS launchers to Ukraine",
                   "OSLO (Wire) - Norway will send two more NASAMS air defence launchers to Ukraine, the defence "
                   "ministry in Oslo said on Tuesday.")

CASES = [
    # A headline alone, present tense, beside the full report of the delivery: one event.
    pair_case("fr-headline-livre-beside-en-delivery",
              ("fr", "La Norvège livre des lanceurs NASAMS à l'Ukraine", ""), _NORWAY_DELIVERED, 3, True),
    pair_case("de-headline-liefert-beside-en-delivery",
              ("de", "Norwegen liefert NASAMS-Startgeräte an die Ukraine", ""), _NORWAY_DELIVERED, 3, True),
    pair_case("en-headline-delivers-beside-de-delivery",
              ("en", "Denmark delivers Caesar howitzers to Ukraine", ""), _DENMARK_DELIVERED, 2, True),
    pair_case("de-headline-with-teaser-beside-fr-delivery",
              ("de", "Niederlande liefern CV90-Schützenpanzer an die Ukraine",
               "Die Fahrzeuge sollen die ukrainische Infanterie schützen."), _DUTCH_DELIVERED, 4, True),
    # Controls: a headline alone telling a decision (future) and a full report of a pledge stay
    # apart from the delivery.
    pair_case("en-headline-to-send-apart-from-delivery",
              ("en", "Norway to send NASAMS launchers to Ukraine", ""), _NORWAY_DELIVERED, 3, False),
    pair_case("fr-headline-va-livrer-apart-from-delivery",
              ("fr", "La Norvège va livrer des lanceurs NASAMS à l'Ukraine", ""), _NORWAY_DELIVERED, 3, False),
    pair_case("full-pledge-apart-from-delivery", _NORWAY_PLEDGED, _NORWAY_DELIVERED, 3, False),
]


@pytest.mark.parametrize(("name", "first", "second", "hours", "one_event"), CASES)
def test_headline_only_present_tense_pairs(name, first, second, hours, one_event, analyzer):
    assert matcher_joins(analyzer, first, second, hours) is one_event


def test_a_stored_story_keeps_its_headline_told_in_either_phase(analyzer):
    """The poller stores a story's evidence and reads it back at its next start: the marking
    must survive (read back as False, the headline would conflict with the delivery again)."""
    from bot.core.stories.fingerprint.fingerprints import StoryFingerprint
    from tests.support.story_pairs import report_fingerprint

    stored = report_fingerprint(analyzer, "de", "Norwegen liefert NASAMS-Startgeräte an die Ukraine", "")
    assert stored.event.either_phase
    assert StoryFingerprint.from_json(stored.to_json()).event == stored.event
