"""Review of stop 36's merged changes: the bounded 429 retries (bot/adapters/telegram_retries.py).

No article texts. Found and fixed, the test failing before: with python-telegram-bot's own
retries turned off (max_retries=0), its AIORateLimiter logs "Rate limit hit after maximum
of 0 retries" at ERROR, with a traceback, for every 429: for an alert whose 429 the outbox
already reports in one line and simply waits out, and for a command reply that
BoundedRetryLimiter then retries and sends. Before: two such ERROR records in the run below
(one for the reply, one for the alert). After: none; the alert's own warning is kept.
Tried against the real python-telegram-bot and the loopback Bot API stand-in
(tests/support/telegram_stub.py).
"""

from __future__ import annotations

import logging

from tests.support.telegram_harness import USER, Bot, run, sample_alert


def test_a_429_the_bot_handles_logs_one_line_of_its_own_and_no_library_traceback(tmp_path, stub, caplog):
    caplog.set_level(logging.WARNING)

    async def go():
        async with Bot(tmp_path, stub) as bot:
            stub.fail_next(1, retry_after=1)
            assert await bot.command(USER, "/help")  # retried after its second: sent
            bot.store.subscribe("telegram", str(USER), [], bot.clock.now())
            bot.queue(sample_alert())
            stub.fail_next(1, retry_after=5)
            assert (await bot.dispatcher.drain()).retried == 1

    run(go())
    library_errors = [r for r in caplog.records if r.name.startswith("telegram") and r.levelno >= logging.ERROR]
    assert library_errors == []
    said = [r.getMessage() for r in caplog.records if r.name == "bot.adapters.telegram_chat"]
    assert len(said) == 1 and "not sent" in said[0] and "RetryAfter" in said[0], said
