"""Review 45a, finding 6: a chat's pause (it refused messages for now, see PAUSED_RETRY) stayed
in the dispatcher's memory after its subscription ended. The store dropped it (deactivate
deletes the paused_chats row), but a group that unsubscribed and subscribed again within the
hour had its new alerts held until the old pause's time. Real python-telegram-bot against the
loopback Bot API stand-in (tests/support/telegram_stub.py), real SQLite file; the commands go
through the bot as a group admin sends them."""

from __future__ import annotations

from tests.support.telegram_harness import ADMIN, GROUP, Bot, run, sample_alert


def test_a_group_that_subscribes_again_after_a_pause_gets_its_next_alert_at_once(tmp_path, stub):
    async def go():
        async with Bot(tmp_path, stub) as bot:
            stub.set_member(GROUP, ADMIN, "administrator")
            bot.store.subscribe("telegram", str(GROUP), (), bot.clock.now())
            bot.queue(sample_alert())
            stub.mute(GROUP, "TOPIC_CLOSED")
            refused = await bot.dispatcher.drain()  # the group refuses: paused for an hour
            stub.unmute(GROUP)
            bot.clock.advance(minutes=5)
            said = await bot.command(GROUP, "/unsubscribe", user_id=ADMIN)
            said += await bot.command(GROUP, "/subscribe", user_id=ADMIN)
            assert bot.store.chat_subscription("telegram", str(GROUP)).active, said
            assert bot.store.paused_chats("telegram") == []  # the store dropped the pause with the subscription
            bot.clock.advance(minutes=5)
            bot.queue(sample_alert(title="Oslo sends NASAMS", url="https://example.org/nasams"))
            again = await bot.dispatcher.drain()
            return refused, again, bot.store.paused_chats("telegram")

    refused, again, paused = run(go())
    assert refused.retried == 1, refused
    assert again.sent == 1, again  # not held until the old pause's hour is up
    assert paused == []
    assert any("Oslo sends NASAMS" in m["text"] for m in stub.messages_to(GROUP))
