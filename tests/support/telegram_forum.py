"""A Telegram forum supergroup on the stand-in (tests/support/telegram_stub.py): its topics,
an administrator of it, and a command typed in a topic with the bot's answer there. Shared by
the forum-topic tests of tests/chat."""

from __future__ import annotations

from tests.support.telegram_harness import GROUP
from tests.support.telegram_stub import check_telegram_html

ADMIN_OF_THE_FORUM = 4040
TOPIC = 77
OTHER_TOPIC = 78


def make_forum(stub) -> None:
    stub.make_forum(GROUP)
    stub.set_member(GROUP, ADMIN_OF_THE_FORUM, "administrator")


async def say_in_topic(bot, text: str, topic: int | None, **kwargs) -> str:
    """Send `text` in a forum topic; the visible text of the next message in that topic."""
    before = len(bot.stub.messages_in_topic(GROUP, topic))
    bot.stub.send_text(GROUP, text, user_id=ADMIN_OF_THE_FORUM, topic=topic, **kwargs)
    await bot.stub.until(lambda: len(bot.stub.messages_in_topic(GROUP, topic)) > before)
    return replies_in_topic(bot.stub, topic)[-1]


async def say_in_group_as_admin(stub, text: str, **kwargs) -> None:
    """Send `text` in the group as its administrator and wait for the bot's next message there
    (a group that is no forum, or a forum's message outside any topic)."""
    before = len(stub.messages_to(GROUP))
    stub.send_text(GROUP, text, user_id=ADMIN_OF_THE_FORUM, **kwargs)
    await stub.until(lambda: len(stub.messages_to(GROUP)) > before)


def replies_in_topic(stub, topic: int | None) -> list[str]:
    return [check_telegram_html(m.get("text") or m.get("caption") or "") for m in stub.messages_in_topic(GROUP, topic)]
