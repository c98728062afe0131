"""Story evidence, review purchases64: only a government's purchase from makers keys as its pledge
(bot/core/stories/evidence/government_purchases.py), and only money put into a fund is a fund payment
(bot/core/stories/evidence/fund_payments.py). Every text is invented for this file.

The pledge reader files a firm's own making under the firm's country ("Rheinmetall will build an ammunition plant
in Ukraine": DE, ammunition, production); keyed as Germany's ammunition pledge it joined a German government's
ammunition pledge of the same day.
"""

from __future__ import annotations

from datetime import timedelta

import pytest

from bot.core.stories.evidence.fund_payments import FUND_PAYMENT, fund_payment_told
from bot.core.stories.scoring.story_score import same_event_score
from bot.core.text import fold
from tests.support.story_pairs import report_fingerprint

FIRMS_PLANT = {
    "en": ("en", "Rheinmetall to build ammunition plant in Ukraine",
           "BERLIN (Wire) - Rheinmetall will build an ammunition plant in Ukraine worth 200 million euros, the "
           "company said on Tuesday."),
    "fr": ("fr", "Rheinmetall va construire une usine de munitions en Ukraine",
           "BERLIN (Agence) - Le groupe allemand Rheinmetall va construire une usine de munitions en Ukraine pour "
           "200 millions d'euros, a annoncé mardi l'entreprise."),
    "de": ("de", "Rheinmetall baut Munitionswerk in der Ukraine",
           "Berlin (Agentur) - Rheinmetall wird in der Ukraine ein Munitionswerk für 200 Millionen Euro bauen, "
           "teilte der Konzern am Dienstag mit."),
}
GOVERNMENT_PLEDGE = {
    "en": ("en", "Germany pledges ammunition to Ukraine",
           "BERLIN (Daily) - Germany will send 200 million euros of ammunition to Ukraine, Defence Minister Jonas "
           "Keller said on Tuesday."),
    "fr": ("fr", "L'Allemagne promet des munitions à l'Ukraine",
           "BERLIN (Journal) - L'Allemagne va envoyer pour 200 millions d'euros de munitions à l'Ukraine, a annoncé "
           "mardi le ministre de la Défense Jonas Keller."),
    "de": ("de", "Deutschland sagt der Ukraine Munition zu",
           "Berlin (Zeitung) - Deutschland wird der Ukraine Munition für 200 Millionen Euro liefern, sagte "
           "Verteidigungsminister Jonas Keller am Dienstag."),
}
# A government buying from a maker: the firm named beside the buyer.
GOVERNMENT_PURCHASE = ("en", "Germany to buy shells for Ukraine from Rheinmetall",
                       "BERLIN (Wire) - Germany will buy 200 million euros of artillery shells for Ukraine from "
                       "Rheinmetall, Defence Minister Jonas Keller said on Tuesday.")
MAKERS_PURCHASE = ("en", "Belgium to buy shells for Ukraine from European makers",
                   "BRUSSELS (Wire) - Belgium will buy 150 million euros of artillery shells for Ukraine from "
                   "European makers, Defence Minister Lieve Maes said on Tuesday.")


def _score(analyzer, first, second) -> float:
    a, b = report_fingerprint(analyzer, *first, feed=1), report_fingerprint(analyzer, *second, feed=2)
    return min(same_event_score(a, b, apart=timedelta(hours=2)), same_event_score(b, a, apart=timedelta(hours=2)))


@pytest.mark.parametrize("lang", list(FIRMS_PLANT))
def test_a_firms_plant_keys_no_government_pledge(analyzer, lang):
    assert not any(key.startswith("DE|") for key in report_fingerprint(analyzer, *FIRMS_PLANT[lang]).event.pledges)


@pytest.mark.parametrize("plant", list(FIRMS_PLANT))
@pytest.mark.parametrize("pledge", list(GOVERNMENT_PLEDGE))
def test_a_firms_plant_beside_its_countrys_pledge_of_the_kind_stays_two(analyzer, plant, pledge):
    assert _score(analyzer, FIRMS_PLANT[plant], GOVERNMENT_PLEDGE[pledge]) < 0.3


@pytest.mark.parametrize(("report", "key"), [
    (GOVERNMENT_PURCHASE, "DE|ammunition|pledged"),
    (MAKERS_PURCHASE, "BE|ammunition|pledged"),
])
def test_a_governments_purchase_from_makers_is_still_keyed(analyzer, report, key):
    assert key in report_fingerprint(analyzer, *report).event.pledges


@pytest.mark.parametrize(("text", "told"), [
    ("Germany put forward a scheme to pool air defence for Ukraine.", False),
    ("The Netherlands has put in place a mechanism to buy drones for Ukraine.", False),
    ("Germany will put 50 million euros into NATO's PURL scheme for Ukraine.", True),
    ("Sweden paid 40 million euros into the fund for Ukraine's demining.", True),
    ("Canada contributes 30 million dollars to the fund for Ukraine.", True),
])
def test_only_money_put_into_a_fund_is_paid(text, told):
    assert (FUND_PAYMENT in fund_payment_told(fold(text))) is told
