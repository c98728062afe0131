"""Stop 62: what Discord's gateway may close a connection with, through the real discord.py
client against the loopback stand-in (tests/support/discord_stub.py), over a real store.

Never probed before: a token the gateway refuses (close 4004), intents it refuses (4013
invalid, 4014 disallowed), and a gateway that closes every connection at once.
"""

from __future__ import annotations

import asyncio
import logging

import pytest

from bot.adapters.discord_chat import DiscordStartError, DiscordTokenRefused
from tests.support.discord_harness import CHANNEL
from tests.support.discord_harness import run as run_discord


@pytest.mark.timeout(180)
@pytest.mark.parametrize(("code", "refusal", "words"), [
    (4004, DiscordTokenRefused, "refused this bot token (gateway close 4004"),
    (4013, DiscordStartError, "refused the intents asked for (gateway close 4013: invalid intents)"),
    (4014, DiscordStartError, "refused the intents asked for (gateway close 4014: disallowed intents)"),
])
def test_a_gateway_refusing_the_token_or_intents_at_start_is_one_clear_error_tried_once(tmp_path, code, refusal,
                                                                                        words):
    async def body(h) -> None:
        h.stub.identify_closes_with = code
        with pytest.raises(refusal) as raised:
            await asyncio.wait_for(h.chat.start(), timeout=60)
        message = str(raised.value)
        assert words in message and "\n" not in message, message
        assert len(h.stub.gateway.identifies) == 1  # given up at once: no loop of refused IDENTIFYs

    run_discord(tmp_path, body, start=False)


@pytest.mark.timeout(180)
def test_a_gateway_closing_every_connection_at_once_is_not_hammered(tmp_path, caplog):
    async def body(h) -> None:
        h.stub.closes_at_once = 4000  # "unknown error": one discord.py reconnects after, at once
        h.chat.ready_timeout = 6
        with pytest.raises(DiscordStartError) as raised:
            await asyncio.wait_for(h.chat.start(), timeout=60)
        opened = list(h.stub.gateway.connections)
        # 0, 1, 3 s (+ their handshakes): a few, where it had been hundreds in 6 s.
        assert len(opened) <= 6, len(opened)
        message = str(raised.value)
        assert "closed" in message and "4000" in message and "\n" not in message, message

    run_discord(tmp_path, body, start=False)


@pytest.mark.timeout(180)
def test_a_gateway_refusing_the_token_while_running_says_so_once_and_alerts_still_queue(tmp_path, caplog):
    caplog.set_level(logging.WARNING)

    async def body(h) -> None:
        h.stub.closes_at_once = 4004  # the token reset while the bot ran: every new connection refused
        h.stub.disconnect(4000)
        await h.stub.wait_async(lambda: h.chat._task is not None and h.chat._task.done(), timeout=30)
        await asyncio.sleep(0.5)
        errors = [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR and "discord" in r.getMessage()]
        assert len(errors) == 1 and "4004" in errors[0] and "\n" not in errors[0], errors
        h.queue_alert("Vilnius pledges four more radars to Kyiv", chat_id=CHANNEL)
        await asyncio.wait_for(h.dispatcher.drain(), timeout=60)
        counts = h.store.outbox_counts()
        assert set(counts) <= {"pending", "sent"}, counts  # sent, or waiting: never failed nor lost

    run_discord(tmp_path, body)


def test_a_reconnect_after_a_connection_that_lasted_waits_for_nothing():
    from bot.adapters.discord_gateway import LONGEST_WAIT, STABLE_SECONDS, GatewayPacer

    pacer = GatewayPacer()
    assert pacer.wait_before_next(1000.0) == 0  # the first connection
    assert pacer.wait_before_next(1000.5) == 1  # closed at once: 1 s, then 2, 4 ...
    assert pacer.wait_before_next(1001.6) == 2
    waits = [pacer.wait_before_next(2000.0 + n) for n in range(10)]
    assert waits[0] == 0 and max(waits) <= LONGEST_WAIT  # a connection had lasted since 1003.6
    later = pacer.last_opened + STABLE_SECONDS + 1  # a connection of a minute and more: a network drop
    assert pacer.wait_before_next(later) == 0
