"""Stop 61, chat: a Discord 429 whose retry_after is no wait (NaN, a word) or absurd, on every
route the real discord.py client takes to the loopback stand-in (tests/support/discord_stub.py),
over a real SQLite outbox.
"""

from __future__ import annotations

import asyncio
import logging
import math

import pytest

from bot.adapters.discord_chat import DiscordStartError
from tests.support.discord_harness import CHANNEL, OTHER
from tests.support.discord_harness import run as run_discord

NOT_A_WAIT = [math.nan, "soon", None, -30.0]


@pytest.mark.timeout(180)
@pytest.mark.parametrize("asked", NOT_A_WAIT)
@pytest.mark.parametrize("everything", [False, True])
def test_a_429_on_an_alert_asking_no_real_wait_holds_no_alert_for_ever(tmp_path, asked, everything):
    async def body(h) -> None:
        h.stub.fail_route("POST", f"/channels/{CHANNEL}/messages", 429, retry_after=asked, times=1,
                          everything=everything)
        h.queue_alert("Paris pledges six more CAESAR guns to Kyiv")
        h.queue_alert("Oslo pledges two more NASAMS units to Kyiv", chat_id=OTHER)
        outcome = await asyncio.wait_for(h.dispatcher.drain(), timeout=60)  # it waited for ever (NaN)
        counts = h.store.outbox_counts()
        assert outcome.sent >= 1 and set(counts) <= {"sent", "pending"}, (outcome, counts)  # none lost

    run_discord(tmp_path, body)


@pytest.mark.timeout(180)
@pytest.mark.parametrize("asked", [*NOT_A_WAIT, 1e9])
def test_a_429_on_a_command_answer_holds_up_no_later_command_in_its_channel(tmp_path, asked, caplog):
    async def body(h) -> None:
        h.stub.fail_route("POST", "/interactions/*/callback", 429, retry_after=asked, times=1)
        first = asyncio.ensure_future(h.command("help", timeout=None))
        await asyncio.sleep(0.5)
        # The channel's commands are answered in turn: the first one's 10**9 s sleep held the second for ever.
        assert await asyncio.wait_for(h.command("topics", timeout=None), timeout=60)
        first.cancel()

    run_discord(tmp_path, body)
    # One warning line for the 429, not "could not be run" with RateLimited's traceback.
    assert not [r for r in caplog.records if r.levelno >= logging.ERROR and "RateLimited" in r.getMessage()]


@pytest.mark.timeout(180)
@pytest.mark.parametrize("asked", [*NOT_A_WAIT, 1e9])
def test_a_429_at_login_is_one_clear_error(tmp_path, asked):
    async def body(h) -> None:
        h.stub.fail_route("GET", "/users/@me", 429, retry_after=asked)
        with pytest.raises(DiscordStartError, match=r"refused the login with a 429 \(rate limited\)"):
            await asyncio.wait_for(h.chat.start(), timeout=60)  # RateLimited came out of `run` as a traceback

    run_discord(tmp_path, body, start=False)


@pytest.mark.timeout(180)
@pytest.mark.parametrize("reset_after", ["nan", "1e9", "-5", "soon"])
def test_an_answer_whose_rate_limit_headers_are_no_wait_holds_no_later_alert_for_ever(tmp_path, reset_after):
    async def body(h) -> None:
        h.stub.message_headers = {"X-RateLimit-Limit": "5", "X-RateLimit-Remaining": "0",
                                  "X-RateLimit-Reset-After": reset_after, "X-RateLimit-Bucket": "stubbucket"}
        for n in range(3):
            h.queue_alert(f"Oslo pledges {n + 2} more air defence units to Kyiv")
        await asyncio.wait_for(h.dispatcher.drain(), timeout=60)  # NaN: it waited for ever
        counts = h.store.outbox_counts()
        assert set(counts) <= {"sent", "pending"} and counts.get("sent", 0) >= 1, counts
        # A word: ValueError after the message went out, so it stayed pending and went out again at each retry.
        assert len(h.stub.messages(CHANNEL)) == counts["sent"]

    run_discord(tmp_path, body)
