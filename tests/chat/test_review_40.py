"""A review of stop 40's chat changes (forum topics as chats of their own, digest parts after a 429):
what a second pair of eyes tried on the Telegram stand-in, and what it found.

Tried and right: a topic's /subscribe leaves General unsubscribed, and /unsubscribe typed in
General ends nothing of the topic's (a topic is a chat of its own). A group that becomes a
supergroup while it has topics cannot happen on Telegram (only a supergroup has topics, and a
supergroup is never migrated again): store.migrate_chat moves the exact id, as before. A digest's
parts after a 429 are held in order (tests/chat/test_hostile_40.py: not redone).
Found: /unsubscribe in General of a forum whose topic alone is subscribed answers "This chat is not
subscribed. Send /subscribe first.": true of General, but the group still gets alerts (in the
topic), and the answer sends the admin to /subscribe. Saying which topic is subscribed needs the
command table (platform-neutral) to learn of a Telegram chat's topics: not small, a strict xfail
(mended at stop 41: General names the topics still subscribed and how to stop them).
"""

from __future__ import annotations

from tests.support.telegram_forum import TOPIC, make_forum, say_in_topic
from tests.support.telegram_harness import GROUP, Bot
from tests.support.telegram_harness import run as telegram_run


def _unsubscribe_in_general_after_a_topics_subscribe(tmp_path, stub) -> tuple[str, list[str]]:
    make_forum(stub)

    async def go():
        async with Bot(tmp_path, stub) as bot:
            await say_in_topic(bot, "/subscribe", TOPIC)
            answer = await say_in_topic(bot, "/unsubscribe", None)
            return answer, [s.chat_id for s in bot.store.subscriptions("telegram")]

    return telegram_run(go())


def test_unsubscribe_in_general_ends_nothing_of_a_topics_subscription(tmp_path, stub):
    _, subscribed = _unsubscribe_in_general_after_a_topics_subscribe(tmp_path, stub)
    assert subscribed == [f"{GROUP}/{TOPIC}"]


# (a strict xfail until stop 41: General answered "This chat is not subscribed. Send /subscribe
# first." while a topic of the group was subscribed; tests/chat/test_hostile_41.py)
def test_unsubscribe_in_general_says_a_topic_is_still_subscribed(tmp_path, stub):
    answer, _ = _unsubscribe_in_general_after_a_topics_subscribe(tmp_path, stub)
    assert "/subscribe first" not in answer
    assert "topic" in answer.lower()
