"""Stop 44's round of chat delivery, through the real python-telegram-bot and discord.py
against the loopback stand-ins of tests/support, over a real SQLite file. The alerts' titles
are short texts written for these tests; no article text was added.

Found and fixed here, each test failing before its fix:
- A chat that refuses messages for a reason its admins can undo, a forum topic closed
  (Telegram's "TOPIC_CLOSED"), the bot restricted for a time ("CHAT_RESTRICTED"), a Discord
  thread archived (50083) or locked (160005), had each alert sent and refused one by one,
  each marked failed, and the subscription kept: every alert of a topic closed for a weekend
  was lost, and every later one refused in its turn. Ending the subscription, as a blocked
  bot does, would lose the chat for good over a topic an admin reopens on Monday. Such a
  refusal now pauses the chat: the alert refused and the chat's other waiting alerts wait,
  the oldest is asked again every hour (one request, not one per alert), a warning says so
  once in the log, and a line more when the chat takes messages again; all of them go out
  then. A chat still refusing a week after its oldest waiting alert was queued is taken for
  gone: its subscription ends, with a log line saying since when it refused.
- A user who blocked the bot and unblocked it was neither told nor resubscribed: the
  subscription had ended at the first alert refused, and the chat waited for alerts that
  never came. The bot now reads Telegram's my_chat_member updates: blocking the bot (or a
  group removing it) ends the subscription at once; taking it back, a chat that had alerts
  before is told once, in its language, that they stopped and do not start again by
  themselves, with a button that subscribes it again to the topics it followed. It is not
  resubscribed unasked: the last thing it did about alerts was to stop them. On Discord, a
  server that removes the bot ends its channels' subscriptions at once (GUILD_DELETE), and
  one that adds it again tells each channel that had alerts how to get them again.
- A 403 or 400 answered by a proxy, firewall or load balancer in front of the Bot API or
  Discord (a page of its own, not the platform's JSON) was read as the platform's: during a
  fan-out a firewall's 403 ended the subscription of every chat it met (Telegram: 2 of 2
  here; Discord: 403 and 404), and a 400 failed every alert for good. Such an answer now
  says nothing of the chat: the alert is retried later with backoff, and goes out once.
- Telegram failing itself (502 or 504 at every send, through a proxy or its own front) was
  counted against each alert: after 8 attempts, some twenty minutes, every alert of the
  outage was failed for good (2 of 2 chats' alerts lost in a 24-hour probe), and each drain
  sent every due alert of every chat into the outage. The drain now stops at the first such
  answer and asks again after as long as the outage has lasted (5 s to 5 min: at most one
  request a drain), the alerts keep their attempts, and go out once each when it ends; an
  alert still unsent two days after it was queued fails (the chat keeps its subscription).
  A warning says when it began, another when it ended. Discord's 5xx and network errors
  are read the same way (bot/adapters/discord_failures.py).
"""

from __future__ import annotations

import asyncio
import logging
from datetime import timedelta

import pytest

from bot.delivery import MAX_OUTAGE, PAUSED_LIMIT, PAUSED_RETRY
from tests.support.discord_harness import CHANNEL, GUILD, OTHER, Harness
from tests.support.discord_harness import run as discord_run
from tests.support.telegram_forum import ADMIN_OF_THE_FORUM
from tests.support.telegram_harness import GROUP, USER, Bot, sample_alert
from tests.support.telegram_harness import run as telegram_run

SECOND = dict(title="Oslo sends NASAMS", url="https://example.org/nasams")
THIRD = dict(title="Rome sends SAMP/T", url="https://example.org/samp-t")


async def _until(condition, timeout: float = 20.0) -> None:
    """Wait for what the bot does on its own (a gateway event handled), checked every 20 ms."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not condition():
        assert loop.time() < deadline, "timed out"
        await asyncio.sleep(0.02)


def _refused_sends(stub) -> int:
    return sum(1 for call in stub.calls_to("sendMessage") if call.status != 200)


@pytest.mark.parametrize("refusal", ["TOPIC_CLOSED", "CHAT_RESTRICTED"])
def test_a_topic_closed_for_now_pauses_its_alerts_and_they_go_out_when_it_reopens(tmp_path, stub, refusal, caplog):
    stub.set_member(GROUP, ADMIN_OF_THE_FORUM, "administrator")

    async def go():
        async with Bot(tmp_path, stub) as bot:
            before = len(stub.messages_to(GROUP))
            stub.send_text(GROUP, "/subscribe", user_id=ADMIN_OF_THE_FORUM)
            await stub.until(lambda: len(stub.messages_to(GROUP)) > before)
            sent_before = len(stub.messages_to(GROUP))
            stub.mute(GROUP, refusal)
            bot.queue(sample_alert())
            bot.queue(sample_alert(**SECOND))
            with caplog.at_level(logging.WARNING, logger="bot.delivery"):
                first = await bot.dispatcher.drain()
                refused_first = _refused_sends(stub)
                # Within the hour nothing is asked again, whatever else is queued.
                bot.queue(sample_alert(**THIRD))
                bot.clock.advance(minutes=30)
                meanwhile = await bot.dispatcher.drain()
                refused_meanwhile = _refused_sends(stub)
                # An hour on, still closed: one request again, one refusal, said once in the log.
                bot.clock.advance(seconds=PAUSED_RETRY.total_seconds())
                await bot.dispatcher.drain()
                refused_later = _refused_sends(stub)
                active_while_closed = [s.chat_id for s in bot.store.subscriptions("telegram")]
                stub.unmute(GROUP)
                bot.clock.advance(seconds=PAUSED_RETRY.total_seconds())
                reopened = await bot.dispatcher.drain()
            delivered = len(stub.messages_to(GROUP)) - sent_before
            return (first, refused_first, meanwhile, refused_meanwhile, refused_later, active_while_closed,
                    reopened, delivered, bot.store.outbox_counts())

    (first, refused_first, meanwhile, refused_meanwhile, refused_later, active_while_closed, reopened,
     delivered, counts) = telegram_run(go())
    assert first.failed == first.deactivated == first.sent == 0 and first.retried == 1, first
    assert refused_first == 1  # not one refusal per waiting alert
    assert (meanwhile.sent, meanwhile.retried, refused_meanwhile) == (0, 0, 1), meanwhile
    assert refused_later == 2
    assert active_while_closed == [str(GROUP)]
    assert reopened.sent == 3 and delivered == 3, reopened
    assert counts == {"sent": 3}, counts
    said = [r.getMessage() for r in caplog.records if r.name == "bot.delivery"]
    pauses = [line for line in said if "refuses messages for now" in line]
    assert len(pauses) == 1 and refusal.lower() in pauses[0].lower() and "every 60 minutes" in pauses[0], said
    assert any("takes messages again" in line for line in said), said


def test_a_topic_closed_for_a_week_ends_its_subscription_saying_since_when(tmp_path, stub, caplog):
    stub.set_member(GROUP, ADMIN_OF_THE_FORUM, "administrator")

    async def go():
        async with Bot(tmp_path, stub) as bot:
            before = len(stub.messages_to(GROUP))
            stub.send_text(GROUP, "/subscribe", user_id=ADMIN_OF_THE_FORUM)
            await stub.until(lambda: len(stub.messages_to(GROUP)) > before)
            stub.mute(GROUP, "TOPIC_CLOSED")
            bot.queue(sample_alert())
            await bot.dispatcher.drain()
            bot.clock.advance(seconds=(PAUSED_LIMIT - timedelta(hours=2)).total_seconds())
            bot.queue(sample_alert(**SECOND))
            await bot.dispatcher.drain()
            still = [s.chat_id for s in bot.store.subscriptions("telegram")]
            bot.clock.advance(hours=2)
            with caplog.at_level(logging.WARNING, logger="bot.delivery"):
                ended = await bot.dispatcher.drain()
            return still, ended, bot.store.subscriptions("telegram"), bot.store.outbox_counts()

    still, ended, subscriptions, counts = telegram_run(go())
    assert still == [str(GROUP)]
    assert ended.deactivated == 1 and subscriptions == [], ended
    assert "pending" not in counts and "sending" not in counts, counts
    said = [r.getMessage() for r in caplog.records if r.name == "bot.delivery"]
    assert any("subscription ended" in line and "topic_closed" in line.lower() for line in said), said


@pytest.mark.parametrize("code", [50083, 160005])
def test_an_archived_or_locked_discord_thread_pauses_its_alerts_until_it_takes_them(tmp_path, code):
    outcome = {}

    async def body(h: Harness) -> None:
        h.store.subscribe("discord", str(CHANNEL), (), h.clock.now())
        h.stub.fail_channel(CHANNEL, 400, code)
        h.queue_alert("Berlin pledges IRIS-T")
        h.queue_alert("Oslo sends NASAMS")
        outcome["first"] = await h.dispatcher.drain()
        outcome["posts"] = len(h.stub.calls_to("POST", f"/channels/{CHANNEL}/messages"))
        outcome["active"] = [s.chat_id for s in h.store.subscriptions("discord")]
        h.stub.stop_failing(CHANNEL)
        h.clock.advance(seconds=PAUSED_RETRY.total_seconds())
        outcome["later"] = await h.dispatcher.drain()

    h = discord_run(tmp_path, body)
    assert outcome["first"].retried == 1 and outcome["first"].failed == 0, outcome
    assert outcome["posts"] == 1
    assert outcome["active"] == [str(CHANNEL)]
    assert outcome["later"].sent == 2 and len(h.stub.messages(CHANNEL)) == 2, outcome


def test_a_user_who_unblocks_the_bot_is_told_once_how_to_get_alerts_again(tmp_path, stub):
    async def go():
        async with Bot(tmp_path, stub) as bot:
            await bot.command(USER, "/subscribe air_defence")
            bot.queue(sample_alert())
            assert (await bot.dispatcher.drain()).sent == 1
            stub.change_bot_status(USER, "member", "kicked")
            await stub.until(lambda: not bot.store.subscriptions("telegram"))
            # Nothing is sent to a chat that blocked the bot, not even once.
            bot.queue(sample_alert(**SECOND))
            blocked_round = await bot.dispatcher.drain()
            before = len(stub.messages_to(USER))
            stub.change_bot_status(USER, "kicked", "member")
            await stub.until(lambda: len(stub.messages_to(USER)) > before)
            told = stub.messages_to(USER)[before:]
            subscribed_on_its_own = bot.store.subscriptions("telegram")
            (button,) = [b for row in told[0]["reply_markup"]["inline_keyboard"] for b in row]
            stub.press_button(USER, button["callback_data"])
            await stub.until(lambda: bot.store.subscriptions("telegram"))
            return blocked_round, told, subscribed_on_its_own, button, bot.store.subscriptions("telegram")

    blocked_round, told, subscribed_on_its_own, button, subscriptions = telegram_run(go())
    assert blocked_round.sent == blocked_round.failed == blocked_round.deactivated == 0, blocked_round
    assert len(told) == 1 and "Welcome back" in told[0]["text"] and "/subscribe" in told[0]["text"], told
    assert subscribed_on_its_own == []
    assert button["text"] == "Get alerts again" and button["callback_data"] == "/subscribe air_defence"
    assert [(s.chat_id, s.topics) for s in subscriptions] == [(str(USER), ("air_defence",))]


def test_a_chat_that_never_had_alerts_is_told_nothing_when_it_unblocks(tmp_path, stub):
    async def go():
        async with Bot(tmp_path, stub) as bot:
            await bot.command(USER, "/lang fr")
            before = len(stub.messages_to(USER))
            stub.change_bot_status(USER, "member", "kicked")
            stub.change_bot_status(USER, "kicked", "member")
            await bot.command(USER, "/help")  # the updates are handled in order: this one comes after
            return [m["text"] for m in stub.messages_to(USER)[before:]]

    said = telegram_run(go())
    assert not any("Bon retour" in text for text in said), said


@pytest.mark.parametrize("status", [403, 400])
def test_a_proxys_own_403_or_400_during_a_fan_out_ends_no_subscription_and_loses_no_alert(tmp_path, stub, status):
    async def go():
        async with Bot(tmp_path, stub) as bot:
            for chat in (USER, GROUP):
                bot.store.subscribe("telegram", str(chat), (), bot.clock.now())
            bot.queue(sample_alert())
            bot.queue(sample_alert(**SECOND))
            stub.proxy_answers(4, status)  # a firewall's page, not Telegram's JSON
            refused = await bot.dispatcher.drain()
            still = sorted(s.chat_id for s in bot.store.subscriptions("telegram"))
            bot.clock.advance(minutes=5)
            later = await bot.dispatcher.drain()
            return refused, still, later, bot.store.outbox_counts()

    refused, still, later, counts = telegram_run(go())
    assert refused.deactivated == refused.failed == refused.sent == 0 and refused.retried == 4, refused
    assert still == sorted([str(USER), str(GROUP)])
    assert later.sent == 4 and counts == {"sent": 4}, (later, counts)
    assert len(stub.messages_to(USER)) == len(stub.messages_to(GROUP)) == 2


@pytest.mark.parametrize("status", [403, 404, 400])
def test_a_proxys_own_page_in_front_of_discord_ends_no_subscription_and_loses_no_alert(tmp_path, status):
    outcome = {}

    async def body(h: Harness) -> None:
        h.store.subscribe("discord", str(CHANNEL), (), h.clock.now())
        h.stub.fail_channel(CHANNEL, status, times=2, page="<html><body>Access denied</body></html>")
        h.queue_alert("Berlin pledges IRIS-T")
        h.queue_alert("Oslo sends NASAMS")
        outcome["refused"] = await h.dispatcher.drain()
        outcome["active"] = [s.chat_id for s in h.store.subscriptions("discord")]
        h.clock.advance(minutes=5)
        outcome["later"] = await h.dispatcher.drain()

    h = discord_run(tmp_path, body)
    refused = outcome["refused"]
    assert refused.deactivated == refused.failed == 0 and refused.retried == 2, refused
    assert outcome["active"] == [str(CHANNEL)]
    assert outcome["later"].sent == 2 and len(h.stub.messages(CHANNEL)) == 2, outcome



@pytest.mark.parametrize("status", [502, 504])
def test_a_telegram_outage_of_hours_loses_no_alert_and_is_not_flooded(tmp_path, stub, status, caplog):
    async def go():
        async with Bot(tmp_path, stub) as bot:
            for chat in (USER, GROUP):
                bot.store.subscribe("telegram", str(chat), (), bot.clock.now())
            bot.queue(sample_alert())
            bot.queue(sample_alert(**SECOND))
            stub.proxy_answers(100_000, status, "<html>Gateway</html>")
            with caplog.at_level(logging.WARNING, logger="bot.delivery"):
                for _ in range(3 * 60 // 5):  # three hours of drains, one every five minutes
                    await bot.dispatcher.drain()
                    bot.clock.advance(minutes=5)
                asked_during = len(stub.calls_to("sendMessage"))
                stub.proxy_passes()
                bot.clock.advance(minutes=5)
                after = await bot.dispatcher.drain()
            return asked_during, after, bot.store.outbox_counts()

    asked_during, after, counts = telegram_run(go())
    assert after.sent == 4 and counts == {"sent": 4}, (after, counts)
    assert len(stub.messages_to(USER)) == len(stub.messages_to(GROUP)) == 2
    assert asked_during <= 3 * 60 // 5 + 5, asked_during  # one request a drain at most, not one per alert
    said = [r.getMessage() for r in caplog.records if r.name == "bot.delivery"]
    assert sum("is failing" in line for line in said) == 1 and any("answers again" in line for line in said), said


def test_an_alert_still_unsent_two_days_into_an_outage_fails(tmp_path, stub):
    async def go():
        async with Bot(tmp_path, stub) as bot:
            bot.store.subscribe("telegram", str(USER), (), bot.clock.now())
            bot.queue(sample_alert())
            stub.proxy_answers(100, 502, "<html>Bad Gateway</html>")
            await bot.dispatcher.drain()
            bot.clock.advance(seconds=(MAX_OUTAGE + timedelta(minutes=1)).total_seconds())
            ended = await bot.dispatcher.drain()
            return ended, bot.store.outbox_counts(), bot.store.subscriptions("telegram")

    ended, counts, subscriptions = telegram_run(go())
    assert ended.failed == 1 and counts == {"failed": 1}, (ended, counts)
    assert [s.chat_id for s in subscriptions] == [str(USER)]  # the chat did nothing wrong


def test_a_discord_server_that_removes_the_bot_and_adds_it_again_is_told_how_to_get_alerts(tmp_path):
    outcome = {}

    async def body(h: Harness) -> None:
        h.store.subscribe("discord", str(CHANNEL), ("air_defence",), h.clock.now())
        h.queue_alert("Berlin pledges IRIS-T")
        assert (await h.dispatcher.drain()).sent == 1
        await asyncio.to_thread(h.stub.remove_bot_from, GUILD)
        await _until(lambda: not h.store.subscriptions("discord"))
        before = len(h.stub.messages(CHANNEL))
        await asyncio.to_thread(h.stub.add_bot_to, GUILD, [CHANNEL, OTHER])
        await _until(lambda: len(h.stub.messages(CHANNEL)) > before)
        outcome["told"] = [m.get("content") for m in h.stub.messages(CHANNEL)[before:]]
        outcome["other"] = h.stub.messages(OTHER)
        outcome["subscriptions"] = h.store.subscriptions("discord")

    discord_run(tmp_path, body)
    assert len(outcome["told"]) == 1 and "/subscribe" in outcome["told"][0], outcome
    assert outcome["other"] == []  # a channel that never had alerts is told nothing
    assert outcome["subscriptions"] == []  # not resubscribed unasked
