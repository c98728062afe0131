"""What a new user and an admin meet on Discord (stop 43), through the real discord.py client
against the loopback stand-in (tests/support/discord_stub.py) over a real store. The short
wire-style items are written for these tests; each test failed before its fix."""

from __future__ import annotations

import asyncio

from bot.adapters.feed_check import FeedChecker
from bot.adapters.feed_http import HttpFeedSource
from bot.core.chat.commands import CommandTable
from bot.core.models import Entry, Feed
from bot.store_chat_services import StoreChatServices
from tests.support.discord_harness import ADMIN, CHANNEL, EPHEMERAL, GUILD, Harness, content_of, flags_of, run

ITEMS = [
    ("https://wire.example/poland-leopard-2", "Poland to send more Leopard 2 tanks", "Warsaw will send Leopard 2 tanks."),
    ("https://wire.example/norway-nasams", "Norway adds NASAMS and Leopard parts", "Oslo will send NASAMS launchers."),
]


def test_search_leaves_out_a_word_after_a_minus(tmp_path):
    answers: dict[str, str] = {}

    async def body(h: Harness) -> None:
        feed, _ = h.store.add_feed(Feed(url="https://wire.example/rss", name="Wire"), h.clock.now())
        for n, (url, title, content) in enumerate(ITEMS):
            h.store.insert_entry(feed, Entry("https://wire.example/rss", f"g{n}", url, title, content), None,
                                 h.clock.now())
        for user, words in enumerate(("Leopard -NASAMS", "-NASAMS")):
            calls = await h.command("search", {"words": words}, user_id=500 + user)
            answers[words] = "\n".join(content_of(call) for call in calls)
        await asyncio.sleep(0.3)  # the stub records a follow-up before answering it: let the client read it

    run(tmp_path, body)
    assert "poland-leopard-2" in answers["Leopard -NASAMS"] and "norway-nasams" not in answers["Leopard -NASAMS"]
    assert "only says what to leave out" in answers["-NASAMS"]


def test_the_audit_is_answered_to_the_admin_alone(tmp_path):
    # "/audit" answered in the channel, for every member to read; deferred in public, its
    # follow-up could not be made private afterwards.
    seen: dict[str, list] = {}

    async def body(h: Harness) -> None:
        h.rules.add("aid", '"audit sentinel"', actor=f"discord:{ADMIN}")
        token = await asyncio.to_thread(h.stub.slash_command, "audit", {}, channel_id=CHANNEL, guild_id=GUILD,
                                        user_id=ADMIN)
        await h.stub.wait_async(lambda: any("audit sentinel" in content_of(c) for c in h.stub.interaction_replies(token)))
        seen["calls"] = h.stub.interaction_replies(token)
        await asyncio.sleep(0.3)  # the stub records a follow-up before answering it: let the client read it

    run(tmp_path, body)
    deferral, *answers = seen["calls"]
    assert flags_of(deferral) & EPHEMERAL  # the "thinking..." the answer replaces is private
    assert answers and all(flags_of(call) & EPHEMERAL for call in answers)


def test_a_rule_word_in_chinese_characters_is_not_saved_without_force(tmp_path):
    answers: list[str] = []

    async def body(h: Harness) -> None:
        calls = await h.command("rule_add", {"topic": "aid", "expression": "坦克"}, user_id=ADMIN)
        answers.append("\n".join(content_of(call) for call in calls))

    run(tmp_path, body)
    assert "Rule not saved: '坦克' is in Chinese characters" in answers[0]
    assert "Repeat with --force" in answers[0]


def test_unsubscribing_one_topic_of_all_says_every_other_topic_is_kept(tmp_path):
    answers: list[str] = []

    async def body(h: Harness) -> None:
        for name, options in (("subscribe", {}), ("unsubscribe", {"topics": "tanks"}), ("topics", {})):
            calls = await h.command(name, options, user_id=ADMIN, permissions=1 << 4)  # manage channels
            answers.append(content_of(calls[-1]))
        (chat,) = h.store.subscriptions("discord")
        answers.append(repr((chat.topics, chat.excluded)))

    run(tmp_path, body)
    assert answers[1].startswith("Subscribed to every topic except tanks, topics added later included.")
    assert "This chat follows every topic except tanks" in answers[2]
    assert answers[3] == "((), ('tanks',))"


def test_the_slash_commands_are_described_in_french_and_german(tmp_path):
    # Discord showed every command's description in English whatever the client's language,
    # though the bot's replies and /help speak French and German.
    harness = run(tmp_path, lambda h: asyncio.sleep(0))
    registered = {command["name"]: command for command in harness.stub.commands[str(GUILD)]}
    pledges = registered["pledges"]
    assert pledges["description"] == "pledges found, e.g. /pledges allemagne air_defence 6m"
    assert pledges["description_localizations"] == {
        "fr": "promesses trouvées, par ex. /pledges allemagne chars 6m",
        "de": "gefundene Zusagen, z. B. /pledges deutschland luftverteidigung 6m"}
    assert registered["search"]["description_localizations"]["de"].startswith("in den gesehenen Artikeln suchen")
    assert all(set(command["description_localizations"]) == {"fr", "de"} for command in registered.values())
    assert all(len(text) <= 100 for command in registered.values()
               for text in (command["description"], *command["description_localizations"].values()))
    assert all(not command.get("name_localizations") for command in registered.values())  # typed as written


def test_a_feed_added_from_chat_is_read_once_and_the_admin_told(tmp_path, feed_server):
    feed_server.set_status("/gone.xml", 404)
    seen: list[str] = []

    async def body(h: Harness) -> None:
        h.chat.commands = CommandTable(StoreChatServices(h.store, h.rules, chat_feed_addresses="loopback"),
                                       h.clock, h.rules.entities)
        h.chat.feed_checker = FeedChecker(lambda: HttpFeedSource(timeout=5, chat_addresses="loopback"))
        token = await asyncio.to_thread(h.stub.slash_command, "feed_add", {"url": feed_server.url("/gone.xml")},
                                        channel_id=CHANNEL, guild_id=GUILD, user_id=ADMIN)
        await h.stub.wait_async(lambda: any("could not be read" in content_of(c)
                                            for c in h.stub.interaction_replies(token)))
        seen.extend(content_of(c) for c in h.stub.interaction_replies(token))
        await asyncio.sleep(0.3)

    run(tmp_path, body)
    assert any(text.startswith("Feed 1 added") for text in seen)
    assert seen[-1].startswith("Feed 1 could not be read: the server answered HTTP 404") and "/feed_del 1" in seen[-1]
