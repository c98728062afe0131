"""Stop 63, hostile answers of a Telegram Bot API (or a proxy in `api_url`) to the real
python-telegram-bot, against the loopback stand-in (tests/support/telegram_stub.py), over a real
SQLite outbox.

- A 429 whose retry_after is NaN: python-telegram-bot raises ValueError, not RetryAfter, while
  building its wait ("cannot convert float NaN to integer"). An alert so answered was retried
  as an unknown error, each try counted towards MAX_ATTEMPTS: failed for good after five, lost.
  It is now a rate limit of 60 s (Discord's NaN is read so too), no try counted. At start
  (getMe), a NaN or 10**15 s wait ended `run` with a traceback; it is now a chat out of reach
  for now, tried again in the background (bot/adapters/late_chat_start.py), and a wait of
  3600 s is waited (bounded to an hour) rather than stopping `run`; so is a getMe that times out.
"""

from __future__ import annotations

import asyncio
import socket

import pytest

from bot.app import App
from bot.config import settings_from_dict
from bot.errors import ChatUnreachable
from tests.support.telegram_harness import USER, Bot, run, sample_alert


def test_an_alert_answered_with_a_429_asking_nan_seconds_waits_a_minute_and_is_no_try(tmp_path, stub):
    async def go():
        async with Bot(tmp_path, stub) as bot:
            bot.store.subscribe("telegram", str(USER), [], bot.clock.now())
            bot.queue(sample_alert())
            stub.fail_next(1, retry_after=float("nan"))
            assert (await bot.dispatcher.drain()).retried == 1
            assert bot.store._rows("SELECT attempts FROM outbox") == [{"attempts": 0}]  # a rate limit is no try
            bot.clock.advance(seconds=30)
            assert (await bot.dispatcher.drain()).sent == 0  # the minute is kept ...
            bot.clock.advance(seconds=40)
            assert (await bot.dispatcher.drain()).sent == 1  # ... and then it goes out
            assert bot.store.outbox_counts() == {"sent": 1}

    run(go())


@pytest.mark.parametrize(("asked", "kept"), [(float("nan"), 60.0), (10**15, float("inf")), (3600, 3600.0)])
def test_a_start_answered_with_a_429_of_any_wait_is_a_chat_out_of_reach_for_now(tmp_path, stub, asked, kept):
    stub.flood_get_me(asked)
    app = App(settings_from_dict({"database": str(tmp_path / "bot.db"), "analysis_workers": 0,
                                  "telegram": {"token": stub.token, "api_url": stub.url}},
                                 base_dir=tmp_path, environ={}))

    async def go():
        app.prepare()
        app.use_chats(app.default_chats())
        (chat,) = app.chats
        with pytest.raises(ChatUnreachable) as raised:  # not OverflowError or ValueError: a traceback
            await chat.start()
        assert raised.value.retry_after == kept
        assert "429" in str(raised.value) or "Flood control" in str(raised.value), raised.value
        assert chat.app is None
        await chat.start()  # the next attempt, once the API answers, starts it
        await chat.stop()

    try:
        run(go())
    finally:
        app.close()


def test_a_start_whose_token_check_times_out_is_a_chat_out_of_reach_for_now(tmp_path, stub):
    """getMe sent to an address that takes the connection and never answers (a proxy hung)."""
    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen(8)  # connections are taken by the kernel and never answered
        app = App(settings_from_dict({"database": str(tmp_path / "bot.db"), "analysis_workers": 0,
                                      "telegram": {"token": stub.token,
                                                   "api_url": f"http://127.0.0.1:{silent.getsockname()[1]}"}},
                                     base_dir=tmp_path, environ={}))

        async def go():
            app.prepare()
            app.use_chats(app.default_chats())
            (chat,) = app.chats
            with pytest.raises(ChatUnreachable, match=r"cannot reach the Bot API at .*TimedOut"):
                await asyncio.wait_for(chat.start(), timeout=60)
            assert chat.app is None

        try:
            run(go())
        finally:
            app.close()
