"""Stop 43's round of chat delivery, through the real python-telegram-bot against the
loopback Bot API stand-in (tests/support/telegram_stub.py) and a real SQLite store.

Found and fixed here, each test failing before its fix:
- Telegram refuses a message to a group that took the bot's right to post in more than one
  wording: "not enough rights to send text messages to the chat" (ended the subscription,
  test_hostile_41.py), but also "have no rights to send a message" (a group whose members
  may not post, the bot restricted) and "CHAT_WRITE_FORBIDDEN". Those two were read as a
  problem of the one alert: it was marked failed, the subscription stayed, and every later
  alert and digest to the chat was sent and refused in its turn. They now end the chat's
  subscription and its waiting alerts as the first wording does.
"""

from __future__ import annotations

import pytest

from tests.support.telegram_forum import ADMIN_OF_THE_FORUM, say_in_group_as_admin
from tests.support.telegram_harness import GROUP, Bot, sample_alert
from tests.support.telegram_harness import run as telegram_run


@pytest.mark.parametrize("refusal", ["have no rights to send a message", "CHAT_WRITE_FORBIDDEN"])
def test_a_group_refusing_the_bot_in_other_words_ends_its_subscription(tmp_path, stub, refusal):
    stub.set_member(GROUP, ADMIN_OF_THE_FORUM, "administrator")

    async def go():
        async with Bot(tmp_path, stub) as bot:
            await say_in_group_as_admin(stub, "/subscribe")
            stub.mute(GROUP, refusal)
            bot.queue(sample_alert())
            bot.queue(sample_alert(title="Oslo sends NASAMS", url="https://example.org/nasams"))
            drained = await bot.dispatcher.drain()
            bot.queue(sample_alert(title="Rome sends SAMP/T", url="https://example.org/samp-t"))
            again = await bot.dispatcher.drain()
            return drained, again, bot.store.subscriptions("telegram"), bot.store.outbox_counts()

    drained, again, subscriptions, counts = telegram_run(go())
    assert drained.deactivated == 1 and drained.sent == 0 and drained.failed == 0, drained
    assert subscriptions == [] and "pending" not in counts, counts
    # A chat no longer subscribed is queued nothing more, so nothing more is refused.
    assert again.sent == again.failed == again.deactivated == 0, again
