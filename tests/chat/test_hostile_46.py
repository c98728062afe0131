"""Hostile or careless input an admin may send (stop 46), through the real python-telegram-bot
against the loopback Bot API stand-in (tests/support/telegram_stub.py) over a real store with
the shipped rules."""

from __future__ import annotations

from datetime import timedelta

from bot.core.models import Entry, Feed
from tests.support.telegram_harness import ADMIN, Bot, run

# Stored articles as a Ukraine-news feed brings them: every one names Ukraine, few are about aid.
_SUBJECTS = ("Power cuts return to Kharkiv as Ukraine repairs its grid", "Ukraine's grain exports rise in spring",
             "Kyiv hosts a book fair despite the air raid alerts", "Ukraine's central bank keeps its key rate",
             "A new rail link joins Ukraine and Moldova", "Ukraine's parliament debates a tax reform")


def _store_ukraine_news(bot: Bot, count: int) -> None:
    feed_id = bot.store.add_feed(Feed(url="https://news.example/feed.xml", name="News"), bot.clock.now())[0]
    for n in range(count):
        title = f"{_SUBJECTS[n % len(_SUBJECTS)]} ({n})"
        entry = Entry(feed_url="https://news.example/feed.xml", guid=f"n{n}", url=f"https://news.example/{n}",
                      title=title, summary=f"Officials in Ukraine said on day {n} that work goes on.")
        bot.store.insert_entry(feed_id, entry, entry.url, bot.clock.now() - timedelta(hours=n))


def test_a_rule_that_fires_on_nearly_every_stored_article_needs_force_from_chat(tmp_path, stub):
    # "/rule_add tanks Ukraine" was saved: the sample sentences of validation are unrelated news,
    # which never say Ukraine, while every article these feeds bring does; each got +1 towards
    # an alert about tanks.
    async def go():
        async with Bot(tmp_path, stub) as bot:
            _store_ukraine_news(bot, 60)
            before = len(bot.rules.rules())
            said = {"add": (await bot.command(ADMIN, "/rule_add tanks Ukraine"))[-1]}
            said["edit"] = (await bot.command(ADMIN, "/rule_edit 8 Ukraine OR Kyiv"))[-1]
            unchanged = len(bot.rules.rules()) == before and bot.store.get_rule(8).expression != "Ukraine OR Kyiv"
            said["narrow"] = (await bot.command(ADMIN, "/rule_add tanks Abrams"))[-1]
            said["forced"] = (await bot.command(ADMIN, "/rule_add tanks Ukraine --force"))[-1]
            return said, unchanged, [r.expression for r in bot.rules.rules()][before:]

    said, unchanged, added = run(go())
    assert said["add"].startswith("Rule not saved: fires on 60 of the 60 newest stored articles"), said["add"]
    assert "--force" in said["add"] and said["edit"].startswith("Rule not saved: fires on 60 of the 60"), said
    assert unchanged
    assert said["narrow"].startswith("Rule ") and "not saved" not in said["narrow"], said["narrow"]
    assert "fires on 60 of the 60" in said["forced"] and "not saved" not in said["forced"], said["forced"]
    assert added == ["Abrams", "Ukraine"]


def test_a_new_database_with_few_stored_articles_does_not_hold_a_rule_back(tmp_path, stub):
    async def go():
        async with Bot(tmp_path, stub) as bot:
            _store_ukraine_news(bot, 20)  # too few to say what the feeds bring
            return (await bot.command(ADMIN, "/rule_add tanks Ukraine"))[-1]

    assert "not saved" not in run(go())


def test_an_admin_change_sent_from_a_group_that_refuses_the_bot_is_told_in_private(tmp_path, stub):
    # The bot was removed from the group while an admin's /rule_del waited (or its update came
    # late): the rule was deleted, the answer refused (403), and the admin was told nothing.
    from tests.support.telegram_harness import GROUP, replies

    async def go():
        async with Bot(tmp_path, stub) as bot:
            stub.fail_chat(GROUP, 403, "Forbidden: bot was kicked from the supergroup chat")
            stub.send_text(GROUP, "/rule_del 8", user_id=ADMIN, language_code="fr")
            await stub.until(lambda: replies(stub, ADMIN))
            return replies(stub, ADMIN), bot.store.get_rule(8)

    told, rule = run(go())
    assert rule is None  # the change stands: it is the admin who must know of it
    (note,) = told
    assert note.startswith("Je n'ai pas pu répondre à votre /rule_del dans ce groupe"), note
    assert "8" in note.splitlines()[-1]
