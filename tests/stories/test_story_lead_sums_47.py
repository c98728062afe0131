"""One payment told two ways is one lead only when the leads' own sums match (stop 47's code review).

Round 29 let a flash ("pays $400 million for US weapons": funding) and its write-up ("$400 million for Patriot
interceptors": the thing it buys) share a lead. Its first form compared ANY sum of the two reports at two
significant digits, so a round-up naming another donor's sum, or the same donor's other payment, or $1.2bn against
$1.25bn joined two events (each case below joined on that form, in both orders). Invented texts.
"""
import pytest
from bot.core.stories.scoring.same_event import compare
from tests.support.story_pairs import matcher_joins, report_fingerprint, shipped_analyzer as analyzer  # noqa: F401

MIRAGE_ROUND_UP = ("en", "France's first Mirage jets reach Ukraine",
    "PARIS (Wire) - France's first Mirage 2000 fighter jets have reached Ukraine, capping a day on which Paris "
    "also gave 100 million euros in military aid and Spain promised six Leopard tanks.")
FRENCH_MONEY = ("en", "France gives Ukraine 100 million euros in military aid",
    "PARIS (Wire) - France will give Ukraine 100 million euros in military aid, the defence ministry said on Thursday.")
IRIS_T_ROUND_UP = ("en", "Germany delivers more IRIS-T systems to Ukraine",
    "BERLIN (Wire) - Germany has delivered two more IRIS-T air defence systems to Ukraine, on a day when the "
    "Netherlands also pledged 300 million euros in military aid.")
GERMAN_MONEY = ("en", "Germany gives Ukraine 300 million euros in military aid",
    "BERLIN (Wire) - Germany will give Ukraine 300 million euros in military aid, the finance ministry said on Thursday.")
FLASH_1_2BN = ("en", "FLASH: Norway to pay $1.2 billion for US weapons for Ukraine",
    "OSLO (Wire) - Norway will pay $1.2 billion for American weapons for Ukraine under NATO's PURL scheme, "
    "the government said. More to follow.")
HIMARS_1_25BN = ("en", "Norway pays $1.25 billion for HIMARS rockets for Ukraine",
    "OSLO (Wire) - Norway will pay $1.25 billion for American HIMARS rockets for Ukraine under NATO's "
    "PURL scheme, the defence minister said on Thursday. Germany also pledged two more IRIS-T systems on Thursday.")

@pytest.mark.parametrize("a_r, b_r", [(MIRAGE_ROUND_UP, FRENCH_MONEY), (IRIS_T_ROUND_UP, GERMAN_MONEY),
                                      (FLASH_1_2BN, HIMARS_1_25BN)], ids=["same-donor-other-pledge", "other-donors-sum", "2-digit-rounding"])
@pytest.mark.parametrize("order", ["ab", "ba"])
def test_two_payments_stay_apart(analyzer, a_r, b_r, order):
    first, second = (a_r, b_r) if order == "ab" else (b_r, a_r)
    a, b = (report_fingerprint(analyzer, *r).event for r in (first, second))
    assert compare(a, b).conflict == "lead"
    assert not matcher_joins(analyzer, first, second, 0.3)
