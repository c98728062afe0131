"""Review 60, chat: a 429 on the request that reads the commands. Through the real
python-telegram-bot to the loopback Bot API stand-in (tests/support/telegram_stub.py), over a
real SQLite store; each test failed before its fix.

- getUpdates goes through no rate limiter, and python-telegram-bot's polling loop sleeps
  whatever a 429 on it asks: one "retry after 1000000" from a broken proxy or a hostile Bot API
  server named in `api_url` and `run` read no command and no button press for eleven days (and a
  SIGTERM waited as long to stop it). The wait is now at most MAX_UPDATES_WAIT, with a warning.
- a negative retry_after was slept as none: the loop asked again at once, as fast as the server
  answered, for as long as it answered so. It now waits MIN_UPDATES_WAIT.

Already right (tried, not redone): a 429 of any size on an alert or a reply
(tests/chat/test_hostile_36.py), NaN or infinity on getUpdates (python-telegram-bot takes them
as a failed answer and asks again with its backoff).
"""

from __future__ import annotations

import asyncio
import json
import logging
import time

import pytest

from bot.adapters.telegram_retries import MAX_UPDATES_WAIT, MIN_UPDATES_WAIT, bounded_flood_wait
from tests.support.telegram_harness import USER, Bot, run


@pytest.mark.timeout(120)
def test_a_429_asking_eleven_days_stops_the_commands_ten_seconds_at_most(tmp_path, stub, caplog):
    async def go() -> float:
        async with Bot(tmp_path, stub) as bot:
            await bot.command(USER, "/start")
            said = len(stub.messages_to(USER))
            stub.fail_updates(1, retry_after=1_000_000)
            stub.send_text(USER, "/help")  # read before the 429 or after it: the next question meets it
            await stub.until(lambda: stub.too_many_requests >= 1, timeout=30)
            refused = time.monotonic()
            await stub.until(lambda: len(stub.messages_to(USER)) > said, timeout=MAX_UPDATES_WAIT + 30)
            stub.send_text(USER, "/status")
            await stub.until(lambda: len(stub.messages_to(USER)) > said + 1, timeout=MAX_UPDATES_WAIT + 30)
            return time.monotonic() - refused

    with caplog.at_level(logging.WARNING, logger="bot.adapters.telegram_retries"):
        waited = run(go())
    assert waited <= MAX_UPDATES_WAIT + 5
    assert any("asking to wait 1000000 s" in r.getMessage() for r in caplog.records)


@pytest.mark.timeout(120)
def test_a_negative_wait_on_reading_updates_is_no_loop_asking_at_once(tmp_path, stub):
    async def go() -> int:
        async with Bot(tmp_path, stub) as bot:
            await bot.command(USER, "/start")
            stub.fail_updates(200, retry_after=-5)
            stub.send_text(USER, "/help")
            await stub.until(lambda: stub.too_many_requests >= 1, timeout=30)
            first = len(stub.calls_to("getUpdates"))
            await asyncio.sleep(3 * MIN_UPDATES_WAIT)
            return len(stub.calls_to("getUpdates")) - first

    asked = run(go())
    assert asked <= 5, f"{asked} questions in 3 s"  # one a second at most; it had been hundreds


@pytest.mark.parametrize(("asked", "bounded"), [(1_000_000, MAX_UPDATES_WAIT), (-5, MIN_UPDATES_WAIT),
                                                (float("inf"), MAX_UPDATES_WAIT), (float("nan"), MAX_UPDATES_WAIT)])
def test_a_wait_out_of_bounds_is_bounded_and_the_rest_of_the_answer_kept(asked, bounded):
    sent = json.dumps({"ok": False, "error_code": 429, "description": "Too Many Requests",
                       "parameters": {"retry_after": asked}}).encode()
    payload, said, wait = bounded_flood_wait(sent, MIN_UPDATES_WAIT, MAX_UPDATES_WAIT)
    answer = json.loads(payload)
    assert wait == bounded and answer["parameters"]["retry_after"] == bounded
    assert answer["description"] == "Too Many Requests" and answer["error_code"] == 429


@pytest.mark.parametrize("sent", [b"<html>Too Many Requests</html>", b'{"ok": false}', b'{"parameters": {"retry_after": 3}}',
                                  b'{"parameters": {"retry_after": "soon"}}'])
def test_an_answer_with_no_wait_out_of_bounds_is_passed_on_as_sent(sent):
    assert bounded_flood_wait(sent, MIN_UPDATES_WAIT, MAX_UPDATES_WAIT) is None
