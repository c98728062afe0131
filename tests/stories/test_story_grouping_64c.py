"""Story grouping, round 64c: one donor's two payments of one sum on one day, told by two feeds, stay two events
when one pays into a fund and the other buys a kind of thing (bot/core/stories/evidence/fund_payments.py,
same_event._fund_payment_beside_purchase). Every text is invented for this file.

Round 64 kept apart only a feed's own update; across feeds the shared donor, day and sum joined them (0.37 to 0.45),
as the fund's "American weapons" names no kind the shells could conflict with.
"""

from __future__ import annotations

from datetime import timedelta

import pytest

from bot.core.stories.evidence.fund_payments import FUND_PAYMENT, fund_payment_told
from bot.core.stories.scoring.story_score import same_event_score
from bot.core.text import fold
from tests.support.story_pairs import report_fingerprint

SHELLS = {
    "en": ("en", "Finland to buy 120 million euros of artillery shells for Ukraine",
           "HELSINKI (Wire) - Finland will buy 120 million euros of artillery shells for Ukraine from Nordic makers, "
           "Defence Minister Aino Virta said on Wednesday."),
    "fr": ("fr", "La Finlande achète des obus pour l'Ukraine pour 120 millions d'euros",
           "HELSINKI (Agence) - La Finlande va acheter des obus d'artillerie pour l'Ukraine auprès de fabricants "
           "nordiques pour 120 millions d'euros, a annoncé mercredi la ministre de la Défense Aino Virta."),
    "de": ("de", "Finnland kauft Granaten für 120 Millionen Euro",
           "Helsinki (Agentur) - Finnland kauft bei nordischen Herstellern Artilleriegranaten für 120 Millionen Euro "
           "für die Ukraine, sagte Verteidigungsministerin Aino Virta am Mittwoch."),
}
FUND = {
    "en": ("en", "Finland to pay 120 million euros into NATO's PURL for Ukraine",
           "HELSINKI (Daily) - Finland will pay 120 million euros into NATO's PURL scheme for American weapons for "
           "Ukraine, Defence Minister Aino Virta said on Wednesday."),
    "fr": ("fr", "La Finlande verse 120 millions d'euros au PURL pour l'Ukraine",
           "HELSINKI (Journal) - La Finlande va verser 120 millions d'euros au mécanisme PURL de l'Otan pour des "
           "armes américaines destinées à l'Ukraine, a annoncé mercredi la ministre de la Défense Aino Virta."),
    "de": ("de", "Finnland zahlt 120 Millionen Euro in Nato-Fonds PURL",
           "Helsinki (Zeitung) - Finnland zahlt 120 Millionen Euro in den Nato-Mechanismus PURL für amerikanische "
           "Waffen für die Ukraine, sagte Verteidigungsministerin Aino Virta am Mittwoch."),
}
# A fund that buys the kind the other report names: one payment told two ways.
FUND_FOR_SHELLS = ("en", "Finland to pay 120 million euros into shell fund for Ukraine",
                   "HELSINKI (Daily) - Finland will pay 120 million euros into a fund buying artillery shells for "
                   "Ukraine from Nordic makers, Defence Minister Aino Virta said on Wednesday.")


def _score(analyzer, first, second) -> float:
    a, b = report_fingerprint(analyzer, *first, feed=1), report_fingerprint(analyzer, *second, feed=2)
    return min(same_event_score(a, b, apart=timedelta(hours=2)), same_event_score(b, a, apart=timedelta(hours=2)))


@pytest.mark.parametrize("shells", list(SHELLS))
@pytest.mark.parametrize("fund", list(FUND))
def test_a_fund_payment_and_a_purchase_of_one_sum_from_two_feeds_stay_two(analyzer, shells, fund):
    assert _score(analyzer, SHELLS[shells], FUND[fund]) == 0.0


@pytest.mark.parametrize(("first", "second"), [
    (FUND["en"], FUND["fr"]), (FUND["fr"], FUND["de"]), (FUND["en"], FUND["de"]),
    (SHELLS["en"], SHELLS["fr"]), (SHELLS["fr"], SHELLS["de"]),
])
def test_copies_of_one_payment_still_join(analyzer, first, second):
    assert _score(analyzer, first, second) > 0.0


def test_a_fund_naming_the_kind_it_buys_is_no_conflict_with_the_purchase(analyzer):
    assert "ammunition" in report_fingerprint(analyzer, *FUND_FOR_SHELLS).event.things
    assert _score(analyzer, FUND_FOR_SHELLS, SHELLS["en"]) > 0.0


@pytest.mark.parametrize(("text", "told"), [
    ("Norway will pay 90 million euros into the fund for Ukraine's air defence.", True),
    ("Le Danemark va verser 50 millions d'euros au fonds de l'Otan pour l'Ukraine.", True),
    ("Dänemark zahlt weitere 50 Millionen Euro in den Ukraine-Fonds der Nato ein.", True),
    ("Norway will pay for 20 howitzers; the fund's managers met on Monday.", False),
    ("Sweden will send Ukraine 30 armoured vehicles worth 90 million euros.", False),
])
def test_a_payment_into_a_fund_is_told_in_one_clause(text, told):
    assert (FUND_PAYMENT in fund_payment_told(fold(text))) is told
