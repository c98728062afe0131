"""What a new user meets in chat, stop 63, through the real python-telegram-bot and discord.py
clients against the loopback stand-ins (tests/support) over a real store with the shipped rules.
The alerts and sentences are written for these tests.

- A story that grows edits the alert already sent, and the edited message read exactly as a
  first alert: nothing told a reader coming back to it that an outlet or a pledge had joined
  (Telegram and Discord mark an edit in small type and notify nobody). It now says so under
  the title (Telegram) or first in the description (Discord), in the chat's language.
- Answers that left the user without a next step: `/latest` with no story ("No stories yet."),
  `/unsubscribe` ("this chat gets no more alerts": and how to get them back?), `/mode digest`
  (and how to go back?).
"""

from __future__ import annotations

import asyncio

from bot.core.models import Pledge
from bot.core.stories.updates import merge_into_alert
from tests.support.discord_harness import CHANNEL, Harness, run as run_discord
from tests.support.telegram_harness import USER, Bot, replies, sample_alert
from tests.support.telegram_stub import check_telegram_html

CAESAR = Pledge(donor="FR", category="artillery", status="delivered", system="CAESAR", quantity=12)


def test_a_telegram_alert_edited_for_a_grown_story_says_it_was_updated(tmp_path, stub):
    async def go():
        async with Bot(tmp_path, stub) as bot:
            await bot.command(USER, "/subscribe")
            bot.queue(sample_alert(story_id=0))
            assert (await bot.dispatcher.drain()).sent == 1
            alert = bot.store.story_alert(1)
            bot.store.update_story_alert(merge_into_alert(alert, "Le Monde", "https://lemonde.example/a",
                                                          (CAESAR,)), bot.clock.now())
            assert (await bot.dispatcher.drain()).edited == 1

    asyncio.run(go())
    first = replies(stub, USER)[-1]
    assert "Updated" not in first  # a first alert is no update
    [edit] = stub.edits_to(USER)
    lines = check_telegram_html(edit["text"]).splitlines()
    assert lines[:3] == ["Germany pledges IRIS-T systems",
                         "Updated: this story now has 3 source(s) and 2 pledge(s)",
                         "Sources: AFP, DW, Le Monde"], lines
    assert "<i>Updated: this story now has 3 source(s) and 2 pledge(s)</i>" in edit["text"]


def test_a_discord_alert_edited_for_a_grown_story_says_it_was_updated_in_the_channels_language(tmp_path):
    async def body(h: Harness) -> None:
        h.store.subscribe("discord", str(CHANNEL), (), h.clock.now())
        h.store.set_chat_lang("discord", str(CHANNEL), "fr", h.clock.now())
        queued = h.queue_alert("Berlin promet des IRIS-T")
        assert (await h.dispatcher.drain()).sent == 1
        alert = h.store.story_alert(queued.story_id)
        h.store.update_story_alert(merge_into_alert(alert, "DW", "https://dw.example/x", (CAESAR,)), h.clock.now())
        assert (await h.dispatcher.drain()).edited == 1

    h = run_discord(tmp_path, body)
    [posted] = h.stub.messages(CHANNEL)
    assert "Mis à jour" not in (posted["embeds"][0].get("description") or "")
    [edit] = h.stub.edits(CHANNEL)
    description = edit["embeds"][0]["description"]
    assert description.startswith("*Mis à jour : ce sujet compte maintenant 2 source(s) et 1 promesse(s)*"), description


def test_answers_that_end_something_say_what_to_do_next(tmp_path, stub):
    async def go():
        async with Bot(tmp_path, stub) as bot:
            said = {}
            for line in ("/latest", "/subscribe", "/mode digest"):
                said[line] = (await bot.command(USER, line))[-1]
                await asyncio.sleep(2.1)  # under the five-commands-in-ten-seconds bound
            said["/unsubscribe"] = (await bot.command(USER, "/unsubscribe"))[-1]
            return said

    said = asyncio.run(go())
    assert said["/latest"] == "No stories yet: they appear as the feeds are read (/status shows the feeds)."
    assert said["/mode digest"].endswith("(/mode instant: each alert as it comes).")
    assert said["/unsubscribe"] == "Unsubscribed: this chat gets no more alerts. Send /subscribe to get them again."


def test_help_says_who_may_subscribe_in_words_true_on_discord_too():
    # "(group admins in groups)" read on a Discord server, which has no groups: who there?
    from bot.core.chat.command_list import help_text

    shown = {lang: help_text(lang) for lang in ("en", "fr", "de")}
    assert "/subscribe [topic ...] - get alerts (every topic, or those named) (groups, servers: their admins)" in shown["en"]
    assert "(groups, servers: only their admins change it)" in shown["en"]
    assert "(groupes et serveurs : administrateurs)" in shown["fr"]
    assert "(Gruppen, Server: nur Administratoren)" in shown["de"]
    assert all("group admins in groups" not in text for text in shown.values())
