"""Story updates through the real python-telegram-bot and discord.py clients against the
loopback stand-ins: the sent alert's message is edited in place (Telegram editMessageText,
Discord PATCH /channels/{channel}/messages/{message}), within each platform's limits,
and an edit's errors are handled like a send's."""

from __future__ import annotations

import asyncio
from dataclasses import replace

from bot.adapters.sqlite_store import SqliteStore
from bot.core.chat.render_discord import FIELD_VALUE_LIMIT, TOTAL_LIMIT, embed_length
from bot.core.models import Pledge, Subscription
from bot.core.stories.updates import merge_into_alert
from tests.support.discord_harness import CHANNEL, OTHER
from tests.support.discord_harness import Harness as DiscordHarness
from tests.support.discord_harness import run as run_discord
from tests.support.telegram_harness import USER, Bot, sample_alert
from tests.support.telegram_stub import TelegramStub, check_telegram_html, utf16_length

CAESAR = Pledge(donor="FR", category="artillery", status="delivered", system="CAESAR", quantity=12)


def grow(alert, outlets: int, start: int = 0):
    for n in range(start, start + outlets):
        alert = merge_into_alert(alert, f"Outlet {n}", f"https://news{n}.example/a?x=1&y=2", ())
    return alert


async def _telegram_sent(bot: Bot):
    """Subscribe USER and send one alert (story 1); the story's alert as stored."""
    await bot.command(USER, "/subscribe")
    bot.queue(sample_alert(story_id=0))
    assert (await bot.dispatcher.drain()).sent == 1
    return bot.store.story_alert(1)


def test_telegram_edits_the_sent_alert_in_place(tmp_path, stub):
    async def go():
        async with Bot(tmp_path, stub) as bot:
            alert = await _telegram_sent(bot)
            grown = merge_into_alert(alert, "Le Monde", "https://lemonde.example/a", (CAESAR,))
            bot.store.update_story_alert(grown, bot.clock.now())
            return await bot.dispatcher.drain()

    outcome = asyncio.run(go())
    assert outcome.edited == 1 and outcome.sent == 0
    [edit] = stub.edits_to(USER)
    assert int(edit["message_id"]) == _message_id(stub)  # the alert's own message
    assert len(stub.messages_to(USER)) == 2  # the /subscribe reply and the alert: no second alert
    now = stub.message_text(USER, int(edit["message_id"]))
    assert now == edit["text"] and edit["parse_mode"] == "HTML"
    visible = check_telegram_html(now)
    assert "AFP, DW, Le Monde" in visible and "France — CAESAR artillery ×12 — delivered" in visible
    assert '<a href="https://lemonde.example/a">Le Monde</a>' in now


def test_telegram_edit_of_a_story_from_many_outlets_stays_under_4096(tmp_path, stub):
    async def go():
        async with Bot(tmp_path, stub) as bot:
            alert = await _telegram_sent(bot)
            bot.store.update_story_alert(grow(replace(alert, summary="long " * 2000), 60), bot.clock.now())
            return await bot.dispatcher.drain()

    assert asyncio.run(go()).edited == 1
    [edit] = stub.edits_to(USER)
    visible = check_telegram_html(edit["text"])
    assert utf16_length(visible) <= 4096
    assert "+57 more outlets" in visible  # 62 outlets: AFP, DW, Outlet 0..2 named, 57 counted


def test_telegram_edit_of_a_deleted_message_is_dropped_and_the_chat_kept(tmp_path, stub):
    async def go():
        async with Bot(tmp_path, stub) as bot:
            alert = await _telegram_sent(bot)
            stub.delete_message(USER, _message_id(stub))
            bot.store.update_story_alert(grow(alert, 1), bot.clock.now())
            outcome = await bot.dispatcher.drain()
            return outcome, bot.store.edit_counts(), bot.store.subscriptions("telegram")

    outcome, counts, subscriptions = asyncio.run(go())
    assert outcome.failed == 1 and counts == {"failed": 1}
    assert [s.chat_id for s in subscriptions] == [str(USER)]


def test_telegram_edit_to_a_blocked_chat_ends_the_subscription(tmp_path, stub):
    async def go():
        async with Bot(tmp_path, stub) as bot:
            alert = await _telegram_sent(bot)
            stub.block(USER)
            bot.store.update_story_alert(grow(alert, 1), bot.clock.now())
            outcome = await bot.dispatcher.drain()
            return outcome, bot.store.subscriptions("telegram")

    outcome, subscriptions = asyncio.run(go())
    assert outcome.deactivated == 1 and subscriptions == []


def test_telegram_edit_rate_limited_goes_back_to_the_outbox_and_is_made_later(tmp_path, stub):
    async def go():
        async with Bot(tmp_path, stub) as bot:
            alert = await _telegram_sent(bot)
            stub.fail_next(1, retry_after=7)
            bot.store.update_story_alert(grow(alert, 1), bot.clock.now())
            first = await bot.dispatcher.drain()
            early = await bot.dispatcher.drain()
            bot.clock.advance(seconds=8)
            later = await bot.dispatcher.drain()
            return first, early, later

    first, early, later = asyncio.run(go())
    assert (first.retried, early.edited, later.edited) == (1, 0, 1)
    assert len(stub.edits_to(USER)) == 1


def test_telegram_an_unchanged_edit_counts_as_done(tmp_path, stub):
    async def go():
        async with Bot(tmp_path, stub) as bot:
            alert = await _telegram_sent(bot)
            grown = grow(alert, 1)
            bot.store.update_story_alert(grown, bot.clock.now())
            await bot.dispatcher.drain()
            bot.store.update_story_alert(grown, bot.clock.now())  # the same text again (a replayed poll)
            outcome = await bot.dispatcher.drain()
            return outcome, bot.store.edit_counts()

    outcome, counts = asyncio.run(go())
    assert outcome.edited == 1 and counts == {"done": 1}


def _message_id(stub: TelegramStub) -> int:
    """The id of the alert sent to USER (its last message), as the stub gave it."""
    return max(m for c, m in stub.texts if c == USER)


# -- Discord ------------------------------------------------------------------------------------------------


def _discord(tmp_path, body, guilds=None):
    return run_discord(tmp_path, body, guilds=guilds)


async def _discord_sent(h: DiscordHarness, channel: int = CHANNEL):
    h.store.subscribe("discord", str(channel), (), h.clock.now())
    alert = h.queue_alert("Berlin sends IRIS-T @everyone", channel)
    assert (await h.dispatcher.drain()).sent == 1
    return h.store.story_alert(alert.story_id)


def test_discord_edits_the_sent_embed_with_mentions_still_off(tmp_path):
    async def body(h: DiscordHarness) -> None:
        alert = await _discord_sent(h)
        h.store.update_story_alert(merge_into_alert(alert, "DW", "https://dw.example/x(1)", (CAESAR,)), h.clock.now())
        assert (await h.dispatcher.drain()).edited == 1

    h = _discord(tmp_path, body)
    [posted] = h.stub.messages(CHANNEL)
    [edit] = h.stub.edits(CHANNEL)
    [message] = h.stub.channel_messages.values()
    assert message["embeds"] == edit["embeds"]
    fields = {f["name"]: f["value"] for f in edit["embeds"][0]["fields"]}
    assert fields["Sources"] == "[AFP](https://example.org/a), [DW](https://dw.example/x%281%29)"
    assert "France — CAESAR artillery ×12 — delivered" in edit["embeds"][0]["description"]
    assert edit["allowed_mentions"] == {"parse": []}  # a PATCH without it would fall back to the defaults
    assert "@\u200beveryone" in edit["embeds"][0]["title"]
    assert len(h.stub.messages(CHANNEL)) == 1 and posted


def test_discord_edit_of_many_outlets_stays_within_embed_limits(tmp_path):
    async def body(h: DiscordHarness) -> None:
        alert = await _discord_sent(h)
        h.store.update_story_alert(grow(replace(alert, summary="s " * 5000), 80), h.clock.now())
        assert (await h.dispatcher.drain()).edited == 1

    h = _discord(tmp_path, body)
    embed = h.stub.edits(CHANNEL)[0]["embeds"][0]
    sources = {f["name"]: f["value"] for f in embed["fields"]}["Sources"]
    assert len(sources) <= FIELD_VALUE_LIMIT and embed_length(embed) <= TOTAL_LIMIT
    assert sources.endswith("+76 more outlets")


def test_discord_edit_of_a_deleted_message_is_dropped_and_the_channel_kept(tmp_path):
    async def body(h: DiscordHarness) -> None:
        alert = await _discord_sent(h)
        for message_id in list(h.stub.channel_messages):
            h.stub.delete_message(message_id)
        h.store.update_story_alert(grow(alert, 1), h.clock.now())
        assert (await h.dispatcher.drain()).failed == 1
        assert h.store.edit_counts() == {"failed": 1}
        assert [s.chat_id for s in h.store.subscriptions("discord")] == [str(CHANNEL)]

    _discord(tmp_path, body)


def test_discord_edit_in_a_channel_we_lost_access_to_ends_the_subscription(tmp_path):
    async def body(h: DiscordHarness) -> None:
        alert = await _discord_sent(h)
        h.stub.fail_channel(CHANNEL, 403, 50001)
        h.store.update_story_alert(grow(alert, 1), h.clock.now())
        assert (await h.dispatcher.drain()).deactivated == 1
        assert h.store.subscriptions("discord") == []

    _discord(tmp_path, body)


def test_discord_long_rate_limit_on_an_edit_goes_back_to_the_outbox(tmp_path):
    async def body(h: DiscordHarness) -> None:
        alert = await _discord_sent(h)
        h.stub.fail_channel(CHANNEL, 429, retry_after=120, times=1)
        h.store.update_story_alert(grow(alert, 1), h.clock.now())
        assert (await h.dispatcher.drain()).retried == 1
        assert (await h.dispatcher.drain()).edited == 0
        h.clock.advance(seconds=121)
        assert (await h.dispatcher.drain()).edited == 1

    h = _discord(tmp_path, body)
    assert len(h.stub.edits(CHANNEL)) == 1


def test_the_sent_message_id_is_stored_per_chat(tmp_path):
    async def body(h: DiscordHarness) -> None:
        h.store.subscribe("discord", str(OTHER), (), h.clock.now())
        story = h.store.create_story("t", "https://example.org/a", h.clock.now(), None, "{}", ["aid"], 3.0)
        first = sample_alert(story_id=story)
        h.store.enqueue(first, [Subscription("discord", str(CHANNEL)), Subscription("discord", str(OTHER))],
                        h.clock.now())
        assert (await h.dispatcher.drain()).sent == 2

    h = _discord(tmp_path, body)
    store = SqliteStore(tmp_path / "discord.db")
    ids = {r["chat_id"]: r["message_id"] for r in store._rows("SELECT chat_id, message_id FROM outbox")}
    store.close()
    posted = {m["channel_id"]: m["id"] for m in h.stub.channel_messages.values()}
    assert ids == posted and len(set(ids.values())) == 2


def test_a_chat_that_blocked_the_bot_is_sent_no_edit_of_its_alerts(tmp_path, stub):
    """A blocked chat's subscription ends at its first 403; its alerts already sent were
    still edited on every update of their stories, each edit answered 403."""
    async def go():
        async with Bot(tmp_path, stub) as bot:
            alert = await _telegram_sent(bot)
            stub.block(USER)
            bot.queue(sample_alert(story_id=0, title="Norway sends NASAMS launchers"))
            assert (await bot.dispatcher.drain()).deactivated == 1
            grown = merge_into_alert(alert, "Le Monde", "https://lemonde.example/a", (CAESAR,))
            bot.store.update_story_alert(grown, bot.clock.now())
            return await bot.dispatcher.drain()

    outcome = asyncio.run(go())
    assert outcome.edited == 0
    assert stub.calls_to("editMessageText") == []


def test_an_edit_waiting_when_the_chat_unsubscribes_is_not_made(tmp_path, stub):
    async def go():
        async with Bot(tmp_path, stub) as bot:
            alert = await _telegram_sent(bot)
            grown = merge_into_alert(alert, "Le Monde", "https://lemonde.example/a", (CAESAR,))
            bot.store.update_story_alert(grown, bot.clock.now())
            await bot.command(USER, "/unsubscribe")
            outcome = await bot.dispatcher.drain()
            return outcome, bot.store.edit_counts()

    outcome, edits = asyncio.run(go())
    assert outcome.edited == 0 and edits == {"unsubscribed": 1}
    assert stub.calls_to("editMessageText") == []
