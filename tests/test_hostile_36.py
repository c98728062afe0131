"""Hostile input, stop 36's round: what the earlier hostile rounds (test_hostile_chat.py,
test_hostile_feeds*.py, test_hostile_input.py) left out, tried against the real parts.

Found and fixed here, each test failing before its fix:
- a 429 whose retry_after is absurd (10**12 seconds, from a broken proxy or a hostile
  Bot API server named by `api_url`) crashed the outbox drain with OverflowError (the
  retry fell past the year 9999): the alert was left 'sending', so marked uncertain and
  never sent, and the drain ended for every other chat. The wait is now bounded to an
  hour (`MAX_RATE_LIMIT_WAIT`; an infinite or NaN one too), after which the platform is
  simply asked again.

Already right (tried, not redone): a database locked by another process (one line, exit
1), a read-only one (tests/test_disk_full.py), redirect loops and private addresses
(tests/test_hostile_feeds_2.py, tests/test_feed_addresses.py), markup and mentions in feed
text (tests/test_hostile_chat.py, tests/test_chat_audit.py).

Alerts go through the real python-telegram-bot to the loopback Bot API stand-in
(tests/telegram_stub.py) over a real SQLite outbox.
"""

from __future__ import annotations

import math
from datetime import timedelta

import pytest

from bot.delivery import MAX_RATE_LIMIT_WAIT, rate_limit_wait
from tests.telegram_harness import USER, Bot, run, sample_alert


def test_a_429_asking_to_wait_longer_than_any_date_delays_the_alert_an_hour_and_loses_nothing(tmp_path, stub):
    async def go():
        async with Bot(tmp_path, stub) as bot:
            bot.store.subscribe("telegram", str(USER), [], bot.clock.now())
            bot.queue(sample_alert())
            stub.fail_next(1, retry_after=10**12)
            first = await bot.dispatcher.drain()
            assert first.retried == 1 and bot.store.outbox_counts() == {"pending": 1}
            assert not stub.messages_to(USER)

            bot.clock.advance(seconds=MAX_RATE_LIMIT_WAIT - 60)
            assert (await bot.dispatcher.drain()).sent == 0  # the wait is kept ...
            bot.clock.advance(seconds=120)
            assert (await bot.dispatcher.drain()).sent == 1  # ... for an hour, no longer
            assert bot.store.outbox_counts() == {"sent": 1}
            assert len(stub.messages_to(USER)) == 1

    run(go())


@pytest.mark.parametrize("asked, waited", [
    (2.5, 2.5), (-5.0, 0.0), (MAX_RATE_LIMIT_WAIT * 10, MAX_RATE_LIMIT_WAIT), (1e300, MAX_RATE_LIMIT_WAIT),
    (math.inf, MAX_RATE_LIMIT_WAIT), (math.nan, MAX_RATE_LIMIT_WAIT),
])
def test_the_wait_a_429_imposes_is_bounded(asked, waited):
    assert rate_limit_wait(asked) == timedelta(seconds=waited)
