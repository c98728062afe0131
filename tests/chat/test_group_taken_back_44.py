"""A group that removes the bot and adds it again, stop 44, through the real python-telegram-bot
against the loopback stand-in. Telegram tells the bot twice: a my_chat_member update (its status
from "left" to "member") and the service message naming it among new_chat_members. Two
helpers of this stop answered one each: the first, in a group that had alerts, with how to get
them again; the second with the greeting a new group gets. The group read both, one of them
saying "an administrator can send /subscribe" as if the bot were new there. A group that had
alerts now gets only the first; a group new to the bot only the greeting.
"""
from __future__ import annotations

from tests.support.telegram_harness import GROUP, USER, Bot, sample_alert
from tests.support.telegram_harness import run as telegram_run


def _texts(stub, chat_id: int) -> list[str]:
    return [message["text"] for message in stub.messages_to(chat_id)]


def test_a_group_that_had_alerts_and_takes_the_bot_back_is_told_once(tmp_path, stub):
    async def go():
        async with Bot(tmp_path, stub) as bot:
            stub.set_member(GROUP, USER, "administrator")
            await bot.command(GROUP, "/subscribe", user_id=USER, chat_type="supergroup")
            bot.queue(sample_alert())
            assert (await bot.dispatcher.drain()).sent == 1
            stub.change_bot_status(GROUP, "member", "left", by=USER)
            await stub.until(lambda: not bot.store.subscriptions("telegram"))
            before = len(stub.messages_to(GROUP))
            stub.change_bot_status(GROUP, "left", "member", by=USER)
            stub.add_bot_to_group(GROUP, user_id=USER)
            await stub.until(lambda: len(stub.messages_to(GROUP)) > before)
            await bot.command(USER, "/start")  # every update before it has been handled
            return _texts(stub, GROUP)[before:]

    said = telegram_run(go())
    assert len(said) == 1 and "Welcome back" in said[0], said


def test_a_group_new_to_the_bot_gets_the_greeting_only(tmp_path, stub):
    async def go():
        async with Bot(tmp_path, stub) as bot:
            stub.change_bot_status(GROUP, "left", "member", by=USER)
            stub.add_bot_to_group(GROUP, user_id=USER)
            await stub.until(lambda: stub.messages_to(GROUP))
            await bot.command(USER, "/start")
            return _texts(stub, GROUP)

    said = telegram_run(go())
    assert len(said) == 1 and said[0].startswith("Hello! I watch the news"), said
