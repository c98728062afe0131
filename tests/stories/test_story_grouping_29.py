"""Story grouping round 29 (review 49's days):
- a flash alert and its write-up of ONE payment lead with different readings: the flash's money "for US
  weapons" is funding, the write-up's money "for Patriot interceptors" is air defence (a sum for one named
  thing is read as that thing, as the real set labels it). Same donor and same sum: one lead, not a 'lead'
  conflict (same_event.one_payment_told_two_ways); the same donor's other payment that day (another sum)
  stays apart.

Every text here is invented for this file (none from the real-article set or a probe).
"""

from __future__ import annotations

import pytest

from bot.core.stories.scoring.same_event import compare
from tests.support.story_pairs import matcher_joins, report_fingerprint

_FLASH = ("en", "FLASH: Norway to pay $250 million for US weapons for Ukraine",
          "OSLO (Wire) - Norway will pay $250 million for American weapons for Ukraine under NATO's PURL scheme, "
          "the government said. More to follow.")
# The write-up also tells another government's pledge of the day: a round-up as same_event reads it.
_WRITE_UP = ("en", "Norway pays $250 million for Patriot interceptors for Ukraine",
             "OSLO (Wire) - Norway will pay $250 million for American Patriot interceptor missiles for Ukraine "
             "under NATO's PURL scheme, the defence minister said on Thursday. Germany also pledged two more "
             "IRIS-T systems on Thursday.")
_OTHER_PAYMENT = ("en", "Norway pays $100 million for HIMARS rockets for Ukraine",
                  "OSLO (Wire) - Norway will pay $100 million for American HIMARS rockets for Ukraine under NATO's "
                  "PURL scheme, the defence minister said on Thursday. Germany also pledged two more IRIS-T "
                  "systems on Thursday.")


def test_the_readings_are_the_ones_the_check_is_about(analyzer):
    """The flash reads the payment as funding, the write-up as air defence, both the same sum."""
    flash, write_up = (report_fingerprint(analyzer, *r).event for r in (_FLASH, _WRITE_UP))
    assert {key.rpartition("|")[0] for key in flash.lead_pledge} == {"NO|funding"}
    assert {key.rpartition("|")[0] for key in write_up.lead_pledge} == {"NO|air_defence"}
    assert flash.amounts == write_up.amounts


@pytest.mark.parametrize("first, second", [(_FLASH, _WRITE_UP), (_WRITE_UP, _FLASH)], ids=["flash-first", "write-up-first"])
def test_a_flash_and_its_write_up_of_one_payment_are_one_event(analyzer, first, second):
    a, b = (report_fingerprint(analyzer, *r).event for r in (first, second))
    assert compare(a, b).conflict != "lead"
    assert matcher_joins(analyzer, first, second, 0.3)


def test_the_same_donors_other_payment_of_the_day_stays_apart(analyzer):
    flash, other = (report_fingerprint(analyzer, *r).event for r in (_FLASH, _OTHER_PAYMENT))
    assert compare(flash, other).conflict == "lead"
    assert not matcher_joins(analyzer, _FLASH, _OTHER_PAYMENT, 0.3)
