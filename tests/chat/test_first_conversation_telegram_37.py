"""A first conversation on Telegram (stop 37, chat round): what a newcomer meets that the
command table cannot see, through the real python-telegram-bot against the loopback
stand-in of the Bot API (tests/support/telegram_stub.py). The texts are command lines
written for these tests. Each test failed before its fix: the bot said nothing at all.
"""

from __future__ import annotations

from tests.support.telegram_harness import GROUP, USER, Bot, replies, run


def test_an_unknown_command_addressed_to_this_bot_in_a_group_is_answered(tmp_path, stub):
    # "/subscibe@pledgewatch_bot" names this bot: it is no other bot's, yet it got silence.
    async def go():
        async with Bot(tmp_path, stub) as bot:
            stub.send_text(GROUP, "/frobnicate", user_id=USER)  # unaddressed: maybe another bot's
            return (await bot.command(GROUP, "/subscibe@pledgewatch_bot", user_id=USER))[-1]

    assert run(go()) == "Unknown command /subscibe: did you mean /subscribe? Send /help for the list of commands."
    assert len(replies(stub, GROUP)) == 1


def test_an_edited_command_in_a_private_chat_is_answered_with_what_to_do(tmp_path, stub):
    # Fixing "/subscibe" by editing it got no answer; edits are still never run.
    async def go():
        async with Bot(tmp_path, stub) as bot:
            answer = (await bot.command(USER, "/subscribe", edited=True, language_code="fr"))[-1]
            return answer, bot.store.subscriptions("telegram")

    answer, subscriptions = run(go())
    assert answer == ("Je n'exécute pas les messages modifiés : envoyez /subscribe à nouveau, "
                      "dans un nouveau message.")
    assert subscriptions == []
