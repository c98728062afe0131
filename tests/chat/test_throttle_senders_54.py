"""The bound on one user's commands in all chats (CommandThrottle's user_limit, stop 54) met
two things it must not bind, each test failing before its fix:
- Telegram's stand-in senders: an anonymous group administrator's message comes `from`
  GroupAnonymousBot (1087968824) in every group, a linked channel's forward from 777000, so
  keyed by `from` every group's anonymous administrators were one user with ten commands in
  all chats: one group's could silence every other group's. A message is now counted as the
  chat it speaks as (sender_chat), and a stand-in id without one as its chat.
- leaving: a user busy in one chat had their /unsubscribe in another refused, the refusal
  said in the first chat, so the second heard nothing and kept its alerts. /unsubscribe now
  meets only its own chat's bounds (Telegram and Discord)."""

from __future__ import annotations

import asyncio

from bot.core.chat.throttle import CommandThrottle
from tests.support.discord_harness import OTHER, Harness, content_of
from tests.support.discord_harness import CHANNEL as DISCORD_CHANNEL
from tests.support.discord_harness import run as run_discord
from tests.support.telegram_harness import USER, Bot, replies, run

SLOW_DOWN = "Too many commands at once: please wait a few seconds."
ANONYMOUS_ADMIN = 1087968824  # Telegram's GroupAnonymousBot
LINKED_CHANNEL = 777000  # the sender of a linked channel's automatic forwards


def _answered_after_eleven_other_groups(tmp_path, stub, sender: int, *, as_group: bool) -> list[str]:
    others, mine = [-100800 - n for n in range(11)], -100900

    async def go():
        async with Bot(tmp_path, stub) as bot:
            for group in others:  # eleven other groups, one command each
                stub.send_text(group, "/help", user_id=sender, sender_chat=group if as_group else None)
            await stub.until(lambda: sum(len(stub.messages_to(g)) for g in others) >= 11)
            return await bot.command(mine, "/help", user_id=sender, sender_chat=mine if as_group else None)

    return run(go())


def test_anonymous_admins_of_eleven_groups_do_not_silence_a_twelfth(tmp_path, stub):
    answers = _answered_after_eleven_other_groups(tmp_path, stub, ANONYMOUS_ADMIN, as_group=True)
    assert answers and answers[-1] != SLOW_DOWN


def test_a_stand_in_sender_without_sender_chat_is_not_one_user_either(tmp_path, stub):
    answers = _answered_after_eleven_other_groups(tmp_path, stub, LINKED_CHANNEL, as_group=False)
    assert answers and answers[-1] != SLOW_DOWN


def test_a_group_speaking_as_itself_is_still_bounded_in_its_own_chat(tmp_path, stub):
    group = -100901

    async def go():
        async with Bot(tmp_path, stub) as bot:
            for _ in range(8):
                stub.send_text(group, "/help", user_id=ANONYMOUS_ADMIN, sender_chat=group)
            await stub.until(lambda: len(stub.messages_to(group)) >= 6)
            await asyncio.sleep(0.5)
            return replies(stub, group)

    answers = run(go())
    assert len(answers) == 6 and answers[-1] == SLOW_DOWN  # five answered, one refusal said


def test_unsubscribe_in_private_is_not_lost_to_the_users_commands_in_a_group(tmp_path, stub):
    groups = [-100910, -100911]

    async def go():
        async with Bot(tmp_path, stub) as bot:
            bot.store.subscribe("telegram", str(USER), [], bot.clock.now())
            for group in groups:  # ten commands in two groups: the user's whole bound in all chats
                for _ in range(5):
                    stub.send_text(group, "/help", user_id=USER)
            await stub.until(lambda: sum(len(stub.messages_to(g)) for g in groups) >= 10)
            refused = await bot.command(USER, "/latest", user_id=USER)  # the bound holds for others
            answers = await bot.command(USER, "/unsubscribe", user_id=USER)
            return refused, answers, bot.store.subscriptions("telegram")

    refused, answers, subscriptions = run(go())
    assert refused[-1] == SLOW_DOWN
    assert answers[-1].startswith("Unsubscribed")
    assert subscriptions == []


def test_unsubscribe_on_discord_is_not_lost_to_the_users_commands_in_other_channels(tmp_path):
    third = 444444444444444444

    async def body(h: Harness) -> None:
        user = 77
        await h.command("subscribe", channel_id=OTHER, guild_id=None, user_id=user)  # their direct messages
        for _ in range(5):
            await h.command("help", user_id=user)  # in the guild's channel
        for _ in range(4):
            await h.command("help", channel_id=third, guild_id=None, user_id=user)
        refused = await h.command("topics", channel_id=OTHER, guild_id=None, user_id=user)
        assert "Too many commands" in content_of(refused[-1])  # the bound in all chats holds for others
        answer = await h.command("unsubscribe", channel_id=OTHER, guild_id=None, user_id=user)
        assert content_of(answer[-1]).startswith("Unsubscribed"), content_of(answer[-1])
        assert h.store.subscriptions("discord") == []

    run_discord(tmp_path, body)


def test_leaving_still_meets_its_own_chats_flood_bound():
    throttle = CommandThrottle(5, 10, monotonic=lambda: 0.0, chat_limit=20, user_limit=10)
    assert [throttle.check(f"group{n}", "busy") for n in range(10)] == ["ok"] * 10
    assert throttle.check("private", "busy") == "warn"
    leaving = [throttle.check("private", "busy", across_chats=False) for _ in range(7)]
    assert leaving == ["ok"] * 5 + ["warn", "silent"]
