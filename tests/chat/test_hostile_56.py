"""Stop 56, hostile: commands as long as a chat lets them be (Telegram's 4096 characters: ~700
words). A /subscribe, /unsubscribe or /topics of that many words held the bot's event loop
~1.3 s (every alert, poll and other chat waiting): each word was read four ways, and each
reading built afresh the table of every topic's code and names in three languages (106,000
topic names made for one command). Ten such in ten seconds, which the throttle lets one user
send, held the loop the whole time. The table is now made once per list of topics. And a
refusal naming the unknown words named a repeated one as often as it was typed.

The first test counts the names made (no wall clock); the second goes through the real
python-telegram-bot against the loopback Bot API stand-in and checks that nothing is lost:
the chat's subscription stays as it was."""

from __future__ import annotations

import bot.core.chat.topic_names as topic_names_module
from bot.core.chat.i18n import LANGUAGES
from bot.core.chat.subscription_commands import read_topics
from tests.support.command_harness import ADMIN, run
from tests.support.telegram_harness import USER, Bot
from tests.support.telegram_harness import run as run_async

LONGEST = 4096  # bot.core.chat.command_list.MAX_INPUT, Telegram's longest message


def test_reading_the_longest_subscribe_makes_each_topic_name_once(table, monkeypatch):
    valid = ["aid", "air_defence", "artillery", "nato_meeting", "tanks", "trap"]
    made: list[str] = []
    real_topic_name = topic_names_module.topic_name

    def counted(topic: str, lang: str) -> str:
        made.append(topic)
        return real_topic_name(topic, lang)

    monkeypatch.setattr(topic_names_module, "topic_name", counted)
    if cache := getattr(topic_names_module, "_topics_by_key", None):
        cache.cache_clear()  # (tables made by earlier tests would hide the count)
    words = ("chars défense aérienne Flugabwehr dronez " * 200)[:LONGEST].rsplit(" ", 1)[0]
    topics, bad = read_topics(words, valid)
    assert topics == ["tanks", "air_defence"] and bad == ["dronez"]
    assert len(made) <= len(valid) * len(LANGUAGES), len(made)  # before: 106,000 for ~700 words
    # A list of other topics (rules changed) is read with its own table, not the first one.
    assert read_topics("artillerie", ["artillery"]) == (["artillery"], [])
    assert read_topics("chars", ["artillery"]) == ([], ["chars"])


def test_an_unknown_word_typed_many_times_is_named_once(table):
    said = run(table, ADMIN, "/subscribe " + " ".join(["dronez", "tankz"] * 300))
    listed = said.split(":", 1)[1].split(".", 1)[0]
    assert listed.count("dronez") == 1 and listed.count("tankz") == 1, said


def test_the_longest_subscribe_through_telegram_is_refused_and_loses_nothing(tmp_path, stub):
    async def go() -> None:
        async with Bot(tmp_path, stub) as bot:
            await bot.command(USER, "/subscribe tanks")
            before = bot.store.chat_subscription("telegram", str(USER))
            flood = ("/subscribe " + "tanks dronez " * 400)[:LONGEST]
            said = (await bot.command(USER, flood))[-1]
            assert said.count("dronez") == 1 and "tanks" in said, said
            after = bot.store.chat_subscription("telegram", str(USER))
            assert after == before and after.active  # the refusal changed nothing
            # (the one word in many is read: a long list of known words subscribes to them once each)
            said = (await bot.command(USER, ("/subscribe " + "chars drones " * 400)[:LONGEST]))[-1]
            assert said.count("drones") == 1, said

    run_async(go())
