"""Stop 63, hostile: a chat platform out of reach when `run` starts.

Discord answering its login with a 503, or Telegram's getMe a proxy's 502, had stopped the
whole `run`: the other chat's commands and the polling with it (and a container restarting
it hammered the platform). Now `run` goes on without that chat, its alerts kept in the
outbox, and tries it again in the background until it connects; a refusal of what was given
(a token, intents) still stops the start with one line, exit 2.

Real parts: `run`'s loop (bot.run_loop) with the App's Telegram chat on the real
python-telegram-bot and its Discord chat on the real discord.py, against the loopback
stand-ins (tests/support/telegram_stub.py, discord_stub.py), the loopback feed server and
SQLite. The waits between attempts are made short (FIRST_WAIT) so the test takes seconds."""

from __future__ import annotations

import asyncio
import logging

import pytest

from bot.adapters import late_chat_start
from bot.adapters.late_chat_start import LateStart
from bot.adapters.discord_chat import DiscordGatewayRefused
from bot.app import App
from bot.config import settings_from_dict
from bot.core.models import Alert, Feed, Subscription
from bot.errors import ChatUnreachable, ConfigError
from bot.run_loop import run_until_stopped
from tests.support.discord_harness import CHANNEL, GUILD, OTHER, TOKEN, until
from tests.support.discord_stub import DiscordStub
from tests.support.servers import rss
from tests.support.telegram_harness import replies
from tests.support.telegram_harness import stub as stub  # noqa: F401 - the fixture

pytestmark = pytest.mark.timeout(150)

USER = 1001


def _app(tmp_path, telegram, discord, *, gateway_url: bool = True) -> App:
    # Without gateway_url, the gateway is asked from the API's /gateway/bot (discord_chat.py).
    gateway = {"gateway_url": discord.gateway_url} if gateway_url else {}
    return App(settings_from_dict({
        "database": str(tmp_path / "bot.db"), "analysis_workers": 0,
        "telegram": {"token": telegram.token, "api_url": telegram.url},
        "discord": {"token": TOKEN, "api_url": discord.api_url, **gateway, "guild_ids": [GUILD]},
    }, base_dir=tmp_path, environ={}))


def _queue_for_discord(app: App, title: str) -> None:
    """An alert waiting in the outbox for the Discord channel, as a poll leaves one."""
    story = app.store.create_story(title, "https://example.org/a", app.clock.now(), None, "{}", ["aid"], 3.0)
    alert = Alert(story, title, "https://example.org/a", ("AFP",), app.clock.now(), ("aid",))
    app.store.enqueue(alert, [Subscription("discord", str(CHANNEL))], app.clock.now())


def late_chat_start_attempts(caplog) -> int:
    return len([r for r in caplog.records if "start attempt" in r.getMessage()])


def _lines(caplog, words: str) -> list[str]:
    return [r.getMessage() for r in caplog.records if words in r.getMessage()]


@pytest.mark.parametrize("failure", ["discord login 503", "discord /gateway/bot 503", "discord gateway drops",
                                     "telegram getMe 502"])
def test_a_chat_out_of_reach_at_start_stops_nothing_and_connects_when_it_answers(
        tmp_path, feed_server, stub, monkeypatch, caplog, failure):
    caplog.set_level(logging.INFO)
    caplog.set_level(logging.DEBUG, logger="bot.adapters.late_chat_start")
    monkeypatch.setattr(late_chat_start, "FIRST_WAIT", 0.3)
    feed_server.set_feed("/wire.xml", rss([]))
    out_of_reach = failure.split()[0]
    with DiscordStub(token=TOKEN, guilds={GUILD: [CHANNEL, OTHER]}) as discord:
        if failure == "discord login 503":
            discord.fail_route("GET", "/users/@me", 503, times=3)  # the login: the start and 2 attempts after it fail
        elif failure == "discord /gateway/bot 503":
            discord.fail_route("GET", "/gateway/bot", 503, times=3)
        elif failure == "discord gateway drops":
            discord.closes_at_once = 4000  # every connection closed at once, no refusal: no READY
        else:
            stub.fail_get_me(3)
        app = _app(tmp_path, stub, discord, gateway_url=failure != "discord /gateway/bot 503")

        async def go() -> None:
            app.prepare()
            app.store.add_feed(Feed(url=feed_server.url("/wire.xml"), name="Wire"), app.clock.now(), actor="cli")
            app.use_chats(app.default_chats())
            if failure == "discord gateway drops":
                app.chats[1].ready_timeout = 2  # (60 s, waiting for a READY that does not come)
            _queue_for_discord(app, "Oslo sends two more NASAMS launchers")
            stop = asyncio.Event()
            running = asyncio.create_task(run_until_stopped(app, stop))
            try:
                # Polling went on, and the chat that answered answers, while the other is still out.
                await until(lambda: app.store.feed_state(app.store.list_feeds()[0].id).last_success, timeout=30)
                if out_of_reach == "discord":
                    await asyncio.to_thread(stub.send_text, USER, "/help")
                    await until(lambda: replies(stub, USER), timeout=30)
                else:
                    await until(lambda: discord.messages(CHANNEL), timeout=60)  # Discord's alert went out
                if failure == "discord gateway drops":
                    await until(lambda: late_chat_start_attempts(caplog) >= 1, timeout=60)
                    discord.closes_at_once = None  # the gateway comes back
                    app.chats[1].ready_timeout = 60  # (a loaded machine takes more than 2 s to a READY)
                # Then the late one connects, and what waited for it goes out.
                await until(lambda: _lines(caplog, f"{out_of_reach}: connected after"), timeout=60)
                if out_of_reach == "discord":
                    await until(lambda: discord.messages(CHANNEL), timeout=30)
                else:
                    await asyncio.to_thread(stub.send_text, USER, "/help")
                    await until(lambda: replies(stub, USER), timeout=30)
                assert not running.done()
            finally:
                stop.set()
                await asyncio.wait_for(running, timeout=60)
            left_behind = _lines(caplog, f"pledgewatch runs on without {out_of_reach}")
            assert len(left_behind) == 1 and "\n" not in left_behind[0], left_behind  # said once, not per attempt
            connected = _lines(caplog, f"{out_of_reach}: connected after ")
            assert len(connected) == 1, connected
            if failure != "discord gateway drops":
                assert "after 3 more attempt(s)" in connected[0], connected
            assert app.store.outbox_counts() == {"sent": 1}  # the alert: waited, sent once, nothing lost

        try:
            asyncio.run(go())
        finally:
            app.close()


def test_intents_refused_at_start_stop_the_start_as_a_setting_given_wrong(tmp_path, feed_server, stub,
                                                                          monkeypatch):
    monkeypatch.setattr(late_chat_start, "FIRST_WAIT", 0.3)
    with DiscordStub(token=TOKEN, guilds={GUILD: [CHANNEL]}) as discord:
        discord.identify_closes_with = 4014
        app = _app(tmp_path, stub, discord)

        async def go() -> None:
            app.prepare()
            app.use_chats(app.default_chats())
            with pytest.raises(DiscordGatewayRefused) as raised:
                await asyncio.wait_for(run_until_stopped(app, asyncio.Event()), timeout=90)
            assert isinstance(raised.value, ConfigError)  # exit 2, "what you gave was wrong"
            assert "4014" in str(raised.value)
            assert len(discord.gateway.identifies) == 1  # refused once: not tried again in the background
            telegram = app.chats[0]
            assert telegram.app is None  # the chat that had started was stopped again

        try:
            asyncio.run(go())
        finally:
            app.close()


def test_the_wait_between_attempts_doubles_to_five_minutes_and_keeps_a_429s_wait_within_an_hour():
    waits = [late_chat_start.wait_before_attempt(n, None) for n in range(1, 10)]
    assert waits[:4] == [5, 10, 20, 40] and max(waits) == 300
    assert late_chat_start.wait_before_attempt(1, 120) == 120  # a 429's wait is waited
    assert late_chat_start.wait_before_attempt(1, 3600 * 24 * 365) == 3600  # a proxy's "for ever" is not
    assert late_chat_start.wait_before_attempt(1, float("nan")) == 5
    assert late_chat_start.wait_before_attempt(10**6, None) == 300


def test_a_token_refused_while_the_start_is_tried_again_ends_the_attempts_in_one_line(tmp_path, stub, caplog):
    """Telegram out of reach at start, then its token revoked before it answers again: the attempts
    end with one error line (not one per attempt, for ever), and nothing was started."""
    stub.fail_get_me(1)
    app = App(settings_from_dict({"database": str(tmp_path / "bot.db"), "analysis_workers": 0,
                                  "telegram": {"token": stub.token, "api_url": stub.url}},
                                 base_dir=tmp_path, environ={}))
    started = []

    async def go() -> None:
        app.prepare()
        app.use_chats(app.default_chats())
        (chat,) = app.chats
        with pytest.raises(ChatUnreachable) as first:
            await chat.start()
        stub.token = "999:revoked-meanwhile"  # every call with the bot's token is now 401
        late = LateStart(chat, started.append, wait_for=lambda attempt, asked: 0.1)
        await asyncio.wait_for(late.run(first.value), timeout=60)
        assert late.attempts == 1 and started == [] and chat.app is None

    try:
        asyncio.run(go())
    finally:
        app.close()
    # (python-telegram-bot logs its own line of the proxy's page it could not read as JSON.)
    errors = [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR and r.name.startswith("bot")]
    assert len(errors) == 1 and "refused this bot token" in errors[0], errors
    assert "runs on without telegram until it is restarted" in errors[0]


class _ChatWhoseStartBreaks:
    """A chat platform whose start raises what no adapter should (a bug): the smallest stand-in."""

    platform = "brokenchat"

    async def start(self) -> None:
        raise RuntimeError("a bug in the adapter's start")


def test_an_unexpected_error_while_the_start_is_tried_again_is_logged_not_lost(caplog):
    """Nobody awaits the late start's task until `run` stops: an exception escaping it would be
    lost, the chat silently left off. It ends the attempts with one error line and its traceback."""
    started = []
    late = LateStart(_ChatWhoseStartBreaks(), started.append, wait_for=lambda attempt, asked: 0.01)
    asyncio.run(asyncio.wait_for(late.run(ChatUnreachable("brokenchat: out of reach")), timeout=10))
    errors = [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert late.attempts == 1 and started == []
    assert len(errors) == 1 and "failed unexpectedly" in errors[0].getMessage() and errors[0].exc_info
