"""DiscordChat with the real discord.py client against the loopback stand-in (tests/support/discord_stub.py),
plus the pure embed renderer. Every test runs its own client on its own event loop."""

from __future__ import annotations

import asyncio
import logging
import re
from datetime import UTC, datetime

import pytest

from bot.adapters.discord_chat import DiscordChat, DiscordStartError, locale_lang, paginate
from bot.adapters.sqlite_store import SqliteStore
from bot.config import DiscordSettings, load_entities
from bot.core.chat.command_list import COMMANDS
from bot.core.chat.commands import CommandTable
from bot.core.chat.render_discord import (
    DESCRIPTION_LIMIT,
    FIELD_VALUE_LIMIT,
    TITLE_LIMIT,
    TOTAL_LIMIT,
    embed_length,
    escape_markdown,
    render_embed,
    split_message,
)
from bot.core.chat.services import ChatContext
from bot.core.models import Alert, Entry, Feed, Pledge
from bot.store_chat_services import StoreChatServices
from tests.support.discord_harness import (
    ADMIN,
    CHANNEL,
    EPHEMERAL,
    GUILD,
    OTHER,
    TOKEN,
    Harness,
    content_of,
    flags_of,
    run,
)
from tests.support.discord_stub import MANAGE_CHANNELS, DiscordStub
from tests.support.fakes import FakeClock

# -- connection and command registration ------------------------------------------------


def test_connects_identifies_once_and_syncs_every_command_per_guild(tmp_path):
    async def body(h: Harness) -> None:
        assert h.chat.client is not None and h.chat.client.is_ready()
        assert [g.id for g in h.chat.client.guilds] == [GUILD]

    h = run(tmp_path, body)
    assert len(h.stub.gateway.identifies) == 1
    identify = h.stub.gateway.identifies[0]
    # guilds, guild messages and direct messages (mentions and DMs only, stop 37): no privileged intent
    assert identify["intents"] == 1 | 1 << 9 | 1 << 12
    assert sorted(c["name"] for c in h.stub.commands[str(GUILD)]) == sorted(c.name for c in COMMANDS)
    assert "global" not in h.stub.commands
    by_name = {c["name"]: c for c in h.stub.commands[str(GUILD)]}
    assert [o["name"] for o in by_name["rule_add"]["options"]] == ["topic", "expression"]
    assert all(o["required"] for o in by_name["rule_add"]["options"])
    assert by_name["pledges"]["options"][0]["autocomplete"] is True
    assert not by_name["subscribe"]["options"][0].get("required")


def test_without_guild_ids_commands_are_synced_globally(tmp_path):
    async def body(h: Harness) -> None:
        pass

    h = run(tmp_path, body, guild_ids=())
    assert sorted(c["name"] for c in h.stub.commands["global"]) == sorted(c.name for c in COMMANDS)


def test_a_refused_token_stops_start_with_a_clear_error_without_the_token(tmp_path):
    with DiscordStub(token="the-real-one") as stub:
        h = Harness(tmp_path, stub)
        with pytest.raises(DiscordStartError) as caught:
            asyncio.run(h.chat.start())
        h.store.close()
    assert "refused" in str(caught.value) and TOKEN not in str(caught.value)


def test_an_unreachable_api_stops_start_with_a_clear_error(tmp_path):
    with DiscordStub(token=TOKEN) as stub:
        url = stub.api_url
    # The stub is stopped: nothing listens on its port any more.
    settings = DiscordSettings(token=TOKEN, api_url=url, gateway_url="ws://127.0.0.1:9/x")
    chat = DiscordChat(settings, CommandTable(None, FakeClock(), load_entities()), None, FakeClock(), ready_timeout=5)  # type: ignore[arg-type]
    with pytest.raises(DiscordStartError, match="cannot reach"):
        asyncio.run(chat.start())


# -- slash commands -----------------------------------------------------------------------------


def test_subscribe_by_a_member_with_manage_channels_subscribes_the_channel(tmp_path):
    async def body(h: Harness) -> None:
        # A change is acknowledged first ("thinking..."): a database busy with another process
        # may make it wait past Discord's 3 s (tests/chat/test_newuser_discord_46.py).
        defer, reply = await h.command("subscribe", {"topics": "air_defence"}, permissions=MANAGE_CHANNELS)
        assert defer.body["type"] == 5 and not flags_of(reply) & EPHEMERAL
        assert "air defence" in content_of(reply)

    run(tmp_path, body)
    store = SqliteStore(tmp_path / "discord.db")
    (sub,) = store.subscriptions("discord")
    assert (sub.chat_id, sub.topics) == (str(CHANNEL), ("air_defence",))
    store.close()


def test_subscribe_without_manage_channels_is_refused_privately_and_changes_nothing(tmp_path):
    async def body(h: Harness) -> None:
        # Permissions come from the member payload Discord signs, not from anything typed.
        (reply,) = await h.command("subscribe", {"topics": "manage_channels"}, permissions=0)
        assert flags_of(reply) & EPHEMERAL
        (reply,) = await h.command("unsubscribe", permissions=1 << 11)  # may send messages, not manage
        assert flags_of(reply) & EPHEMERAL
        assert h.store.subscriptions("discord", active_only=False) == []

    run(tmp_path, body)


def test_a_direct_message_may_manage_its_own_subscription(tmp_path):
    async def body(h: Harness) -> None:
        _, reply = await h.command("subscribe", channel_id=OTHER, guild_id=None, user_id=77)
        assert not flags_of(reply) & EPHEMERAL
        assert [s.chat_id for s in h.store.subscriptions("discord")] == [str(OTHER)]

    run(tmp_path, body)


def test_non_admin_rule_add_is_refused_and_nothing_is_saved(tmp_path):
    async def body(h: Harness) -> None:
        before = h.rules.rules()
        (reply,) = await h.command("rule_add", {"topic": "aid", "expression": "zeitenwende"}, user_id=9,
                                   permissions=MANAGE_CHANNELS)
        assert flags_of(reply) & EPHEMERAL
        assert h.rules.rules() == before
        _, reply = await h.command("rule_add", {"topic": "aid", "expression": "zeitenwende"}, user_id=ADMIN)
        assert not flags_of(reply) & EPHEMERAL
        assert len(h.rules.rules()) == len(before) + 1
        assert any(r.expression == "zeitenwende" for r in h.rules.rules())

    run(tmp_path, body)


def test_pledges_is_deferred_then_answered_in_a_follow_up(tmp_path):
    async def body(h: Harness) -> None:
        defer, answer = await h.command("pledges", {"filter": "germany"})
        assert defer.body["type"] == 5  # "thinking..." first
        assert answer.method == "PATCH" or answer.path.startswith("/webhooks/")
        assert content_of(answer)
        bad_defer, bad = await h.command("pledges", {"filter": "zzzz"})
        assert "zzzz" in content_of(bad)

    run(tmp_path, body)


def test_pledges_autocomplete_offers_matching_categories_and_keeps_typed_words(tmp_path):
    async def body(h: Harness) -> None:
        token = await asyncio.to_thread(h.stub.slash_command, "pledges", {"filter": "DE air"},
                                        channel_id=CHANNEL, guild_id=GUILD, autocomplete="filter")
        (reply,) = await h.stub.wait_async(lambda: h.stub.interaction_replies(token) or None)
        assert reply.body["type"] == 8
        values = [c["value"] for c in reply.body["data"]["choices"]]
        assert "DE air defence" in values and len(values) <= 25
        assert all(v.startswith("DE ") for v in values)

    run(tmp_path, body)


def test_a_french_locale_gets_french_replies(tmp_path):
    async def body(h: Harness) -> None:
        (reply,) = await h.command("help", locale="fr")
        assert "abonner" in content_of(reply) or "alertes" in content_of(reply)

    run(tmp_path, body)
    assert locale_lang("fr-FR") == "fr" and locale_lang("en-GB") == "en" and locale_lang(None) == "en"


PAGE_FOOTER = re.compile(r"\n\n-# page (\d+)/(\d+)$")


def buttons_of(message: dict) -> dict[str, dict]:
    """A message's buttons by the last part of their custom_id ("previous", "next")."""
    return {b["custom_id"].rpartition(":")[2]: b for row in message.get("components") or []
            for b in row["components"]}


def page_of(content: str) -> tuple[str, int, int]:
    """(the page's text without its footer, i, N) of a "page i/N" message."""
    found = PAGE_FOOTER.search(content)
    assert found, f"no page footer in {content[-60:]!r}"
    return content[: found.start()], int(found.group(1)), int(found.group(2))


async def press(h: Harness, message: dict, which: str, user_id: int = 123) -> object:
    """Press a button of `message` and return the recorded callback of that press."""
    token = await asyncio.to_thread(h.stub.press_button, int(message["id"]), buttons_of(message)[which]["custom_id"],
                                    user_id=user_id)
    (callback,) = await h.stub.wait_async(lambda: h.stub.interaction_replies(token) or None)
    return callback


def test_a_long_reply_is_one_message_paged_with_previous_and_next_buttons(tmp_path):
    async def body(h: Harness) -> None:
        ctx = ChatContext("discord", str(CHANNEL), "1", is_admin=False, can_manage_chat=False)
        full = escape_markdown(h.table.handle(ctx, "rules", "").text)
        assert len(full) > 2000, "the shipped rules make a reply longer than one Discord message"
        defer, answer = await h.command("rules", user_id=55)
        assert defer.body["type"] == 5
        token = defer.path.split("/")[3]
        message = h.stub.message_of(token)
        assert len(h.stub.interaction_replies(token)) == 2  # "thinking", then ONE message
        text, index, count = page_of(message["content"])
        assert (index, count) == (1, len(split_message(full, 2000 - 32))) and count >= 2
        assert buttons_of(message)["previous"]["disabled"] and not buttons_of(message)["next"]["disabled"]
        pages = [text]
        for expected in range(2, count + 1):
            update = await press(h, message, "next", user_id=55)
            assert update.body["type"] == 7  # UPDATE_MESSAGE: the same message shows another page
            text, index, _ = page_of(update.body["data"]["content"])
            assert index == expected and len(update.body["data"]["content"]) <= 2000
            pages.append(text)
            message = h.stub.message_of(token)
        assert buttons_of(message)["next"]["disabled"] and not buttons_of(message)["previous"]["disabled"]
        # The pages are the reply's pages, and together the whole reply: nothing lost or
        # doubled (a rule longer than a page is cut inside its line, so compare without the
        # line breaks the cuts removed).
        assert pages == split_message(full, 2000 - 32)
        assert "".join(pages).replace("\n", "") == full.replace("\n", "")
        assert all(len(p) <= 2000 for p in pages)
        back = await press(h, message, "previous", user_id=55)
        assert page_of(back.body["data"]["content"])[1:] == (count - 1, count)
        assert len(h.stub.sent) == 1  # every page was shown in the one message

    run(tmp_path, body)


def test_only_the_asker_turns_the_pages_and_expired_pages_say_so(tmp_path):
    async def body(h: Harness) -> None:
        defer, _ = await h.command("rules", user_id=55)
        token = defer.path.split("/")[3]
        message = h.stub.message_of(token)
        refusal = await press(h, message, "next", user_id=66)
        assert refusal.body["type"] == 4 and refusal.body["data"]["flags"] & EPHEMERAL
        assert "Only the person" in refusal.body["data"]["content"]
        assert page_of(h.stub.message_of(token)["content"])[1] == 1  # not turned
        # The bot restarted (or the pages timed out): a press is answered, privately.
        (pager,) = h.chat.pagers.values()
        pager.stop()
        h.chat.pagers.clear()
        expired = await press(h, message, "next", user_id=55)
        assert expired.body["type"] == 4 and expired.body["data"]["flags"] & EPHEMERAL
        assert "expired" in expired.body["data"]["content"]
        assert page_of(h.stub.message_of(token)["content"])[1] == 1
        # On timeout the buttons are taken off the message.
        await pager.on_timeout()
        assert h.stub.message_of(token)["components"] == []

    run(tmp_path, body)


def test_a_short_reply_has_no_buttons_and_no_page_footer(tmp_path):
    async def body(h: Harness) -> None:
        (reply,) = await h.command("topics")
        message = h.stub.message_of(reply.path.split("/")[3])
        assert message["components"] == [] and "page 1/" not in message["content"]
        assert h.chat.pagers == {}

    run(tmp_path, body)


def test_pledges_chart_arrives_as_a_png_attachment_in_the_follow_up(tmp_path):
    async def body(h: Harness) -> None:
        now = h.clock.now()
        feed_id, _ = h.store.add_feed(Feed(url="https://news.example/rss", name="Wire"), now)
        entry = Entry(feed_url="https://news.example/rss", guid="g1", url="https://news.example/a1",
                      title="NATO ministers pledge more air defence", published=now)
        entry_id = h.store.insert_entry(feed_id, entry, entry.url, now)
        story_id = h.store.create_story(entry.title, entry.url, now, now, "{}", ["aid"], 3.0)
        h.store.add_pledges(story_id, entry_id, [
            Pledge(donor="DE", category="air_defence", status="pledged", system="IRIS-T SLM", quantity=2),
            Pledge(donor="FR", category="artillery", status="delivered", system="CAESAR", quantity=6),
        ], now)
        # Drawn under a loaded CI it took longer than a fixed 10 s: waited for as long as the
        # test's pytest-timeout lets it, which ends a wait that never ends.
        defer, answer = await h.command("pledges", {"filter": "chart"}, timeout=None)
        assert defer.body["type"] == 5
        assert answer.path.startswith("/webhooks/") and answer.method == "POST"
        ((filename, png),) = answer.files  # a multipart upload
        assert filename == "chart.png" and png.startswith(b"\x89PNG\r\n\x1a\n")
        ctx = ChatContext("discord", str(CHANNEL), "1", is_admin=False, can_manage_chat=False)
        assert content_of(answer) == h.table.handle(ctx, "pledges", "chart").text  # the caption
        assert answer.body["attachments"][0]["filename"] == "chart.png"
        assert h.stub.message_of(defer.path.split("/")[3])["attachments"][0]["filename"] == "chart.png"

    run(tmp_path, body)


def test_paginate_leaves_a_short_text_alone_and_numbers_long_pages():
    assert paginate("short") == ["short"]
    long = "\n".join(f"line {i} " + "z" * 60 for i in range(200))
    pages = paginate(long)
    assert len(pages) > 2 and all(len(p) <= 2000 for p in pages)
    assert [page_of(p)[1:] for p in pages] == [(i, len(pages)) for i in range(1, len(pages) + 1)]
    assert "\n".join(page_of(p)[0] for p in pages) == long


# -- alerts -----------------------------------------------------------------------------------------


def test_alert_embed_escapes_markdown_and_pings_nobody(tmp_path):
    async def body(h: Harness) -> None:
        h.queue_alert("@everyone **Leopard** tanks for <@&123456789012345678> ~~now~~")
        result = await h.dispatcher.drain()
        assert result.sent == 1

    h = run(tmp_path, body)
    (message,) = h.stub.messages(CHANNEL)
    assert message["allowed_mentions"] == {"parse": []}
    (embed,) = message["embeds"]
    assert "@everyone" not in embed["title"] and "@\u200beveryone" in embed["title"]
    assert "<@&1" not in embed["title"]
    assert "\\*\\*Leopard\\*\\*" in embed["title"] and "\\~\\~now\\~\\~" in embed["title"]
    assert embed["url"] == "https://example.org/a"
    assert embed_length(embed) <= TOTAL_LIMIT


LIVE_TAGS = ["</subscribe:123456789012345678>", "</pledges summary:123456789012345678>", "<t:1700000000:R>",
             "<t:1700000000>", "<#123456789012345678>", "<id:customize>", "<a:wave:123456789012345678>"]


def test_slash_command_timestamp_and_channel_tags_in_feed_text_are_not_live(tmp_path):
    # Discord renders each of these live: a slash command as a button that runs it, a
    # timestamp as a relative time ("in 2 years") chosen by the feed, a channel as a link.
    title = "Tanks " + " ".join(LIVE_TAGS)

    async def body(h: Harness) -> None:
        h.queue_alert(title)
        assert (await h.dispatcher.drain()).sent == 1

    h = run(tmp_path, body)
    (message,) = h.stub.messages(CHANNEL)
    (embed,) = message["embeds"]
    sent = embed["title"]
    assert not re.search(r"<(?:/[^<>]+:\d+|t:\d+(?::\w)?|#\d+|id:\w+|a?:\w+:\d+)>", sent), sent
    # It reads the same: only a zero-width space after each "<" tells it apart.
    assert sent.replace("\u200b", "") == title and sent.count("<\u200b") == len(LIVE_TAGS)


@pytest.mark.parametrize("status, code", [(403, 50001), (403, 50013), (404, 10003)])
def test_missing_access_or_unknown_channel_deactivates_the_subscription(tmp_path, status, code):
    async def body(h: Harness) -> None:
        h.store.subscribe("discord", str(OTHER), (), h.clock.now())
        h.stub.fail_channel(OTHER, status, code)
        h.queue_alert("Berlin pledges IRIS-T", OTHER)
        result = await h.dispatcher.drain()
        assert result.deactivated == 1

    h = run(tmp_path, body)
    store = SqliteStore(tmp_path / "discord.db")
    assert store.subscriptions("discord") == []
    assert store.outbox_counts() == {"failed": 1}
    store.close()
    assert h.stub.messages(OTHER) == []


def test_a_short_429_is_waited_out_and_the_message_resent(tmp_path):
    async def body(h: Harness) -> None:
        h.stub.fail_channel(CHANNEL, 429, retry_after=0.05, times=1)
        h.queue_alert("Paris pledges CAESAR")
        result = await h.dispatcher.drain()
        assert result.sent == 1

    h = run(tmp_path, body)
    posts = h.stub.calls_to("POST", f"/channels/{CHANNEL}/messages")
    assert len(posts) == 2 and len(h.stub.messages(CHANNEL)) == 1


def test_a_long_429_goes_back_to_the_outbox_with_its_retry_after(tmp_path):
    async def body(h: Harness) -> None:
        h.stub.fail_channel(CHANNEL, 429, retry_after=120, times=1)
        alert = h.queue_alert("Paris pledges CAESAR")
        result = await h.chat.send(str(CHANNEL), alert)
        assert not result.ok and result.retry_after == 120 and not result.deactivate
        # ... and the next try goes out.
        assert (await h.chat.send(str(CHANNEL), alert)).ok

    h = run(tmp_path, body)
    assert len(h.stub.messages(CHANNEL)) == 1


def test_a_server_error_is_retried_later_and_a_bad_request_is_permanent(tmp_path):
    async def body(h: Harness) -> None:
        alert = h.queue_alert("Warsaw pledges Krab")
        h.stub.fail_channel(CHANNEL, 503, times=1)
        result = await h.chat.send(str(CHANNEL), alert)
        assert not result.ok and result.retry_after is None and not result.permanent and not result.deactivate
        h.stub.fail_channel(CHANNEL, 400, 50035, times=1)
        result = await h.chat.send(str(CHANNEL), alert)
        assert result.permanent and "50035" in (result.error or "")
        result = await h.chat.send("not-a-channel", alert)
        assert result.permanent

    run(tmp_path, body)


def test_send_before_start_asks_for_a_retry(tmp_path):
    async def body(h: Harness) -> None:
        result = await h.chat.send(str(CHANNEL), h.queue_alert("x"))
        assert not result.ok and not result.permanent and not result.deactivate

    run(tmp_path, body, start=False)


def test_gateway_drop_resumes_and_no_alert_is_lost_or_doubled(tmp_path):
    async def body(h: Harness) -> None:
        h.queue_alert("First story")
        assert (await h.dispatcher.drain()).sent == 1
        await asyncio.to_thread(h.stub.disconnect)
        await h.stub.wait_async(lambda: h.stub.gateway.resumes and h.stub.connected())
        h.queue_alert("Second story")
        assert (await h.dispatcher.drain()).sent == 1
        assert (await h.dispatcher.drain()).sent == 0
        # Commands still arrive on the resumed session.
        (reply,) = await h.command("topics")
        assert "air defence" in content_of(reply)

    h = run(tmp_path, body)
    titles = [m["embeds"][0]["title"] for m in h.stub.messages(CHANNEL)]
    assert titles == ["First story", "Second story"]
    assert len(h.stub.gateway.identifies) == 1 and len(h.stub.gateway.resumes) == 1


def test_the_token_never_appears_in_logs(tmp_path, caplog):
    caplog.set_level(logging.DEBUG)

    async def body(h: Harness) -> None:
        h.stub.fail_channel(OTHER, 403, 50001)
        await h.chat.send(str(OTHER), h.queue_alert("a", OTHER))
        await h.chat.send(str(CHANNEL), h.queue_alert("b"))
        await h.command("status")
        await asyncio.to_thread(h.stub.disconnect)
        await h.stub.wait_async(lambda: h.stub.gateway.resumes and h.stub.connected())

    run(tmp_path, body)
    assert caplog.records, "debug logging was captured"
    leaked = [r.name for r in caplog.records if TOKEN in r.getMessage()]
    assert leaked == []


# -- the pure renderer ----------------------------------------------------------------------------


def _alert(**changes: object) -> Alert:
    values: dict = {"story_id": 1, "title": "t", "url": "https://example.org/a", "sources": ("AFP",),
                    "published": datetime(2023, 2, 14, 8, 30, tzinfo=UTC), "topics": ("air_defence",)}
    values.update(changes)
    return Alert(**values)


def test_embed_stays_within_every_discord_limit_for_huge_input():
    pledges = tuple(Pledge(donor="DE", category="air_defence", status="pledged", system="IRIS-T " + "x" * 300,
                           quantity=i) for i in range(40))
    embed = render_embed(_alert(title="T*" * 500, summary="_s_ " * 3000, sources=tuple("S" * 100 for _ in range(30)),
                                topics=tuple(f"topic{i}" for i in range(40)), pledges=pledges))
    assert len(embed["title"]) <= TITLE_LIMIT
    assert len(embed["description"]) <= DESCRIPTION_LIMIT
    assert all(len(f["value"]) <= FIELD_VALUE_LIMIT for f in embed["fields"])
    assert len(embed["fields"]) <= 25
    assert embed_length(embed) <= TOTAL_LIMIT
    assert not embed["title"].endswith("\\…")  # an escape is never cut in half


def test_embed_fields_colour_and_pledges():
    embed = render_embed(_alert(summary="Two more systems.",
                                pledges=(Pledge(donor="DE", category="air_defence", status="pledged",
                                                system="IRIS-T SLM", quantity=2),)))
    assert {f["name"]: f["value"] for f in embed["fields"]} == {
        "Sources": "[AFP](https://example.org/a)", "Date": "2023-02-14 08:30 UTC", "Topics": "air defence"}
    assert "Germany — IRIS-T SLM air defence ×2 — pledged" in embed["description"] and embed["color"] == 0x1E90FF
    assert render_embed(_alert(topics=("custom",)))["color"] == render_embed(_alert(topics=("custom",)))["color"]


@pytest.mark.parametrize("url", ["javascript:alert(1)", "ftp://x/y", "", "https://", "http://x/a b"])
def test_an_embed_never_carries_a_url_discord_would_reject(url):
    assert "url" not in render_embed(_alert(url=url))


def test_escaping_leaves_links_working_and_an_empty_title_gets_a_placeholder():
    assert escape_markdown("see https://x.org/a_b_c *now*") == "see https://x.org/a_b_c \\*now\\*"
    assert escape_markdown("# title\n> quote") == "\\# title\n\\> quote"
    assert render_embed(_alert(title="   "))["title"] == "(untitled)"


def test_split_message_cuts_at_lines_and_never_exceeds_the_limit():
    text = "\n".join(f"line {i} " + "y" * 50 for i in range(100))
    chunks = split_message(text, 2000)
    assert all(len(c) <= 2000 for c in chunks) and len(chunks) > 1
    assert "\n".join(chunks) == text
    assert split_message("") == [""]
    assert all(len(c) <= 10 for c in split_message("\\*" * 20, 10))
    assert "".join(split_message("\\*" * 20, 9)) == "\\*" * 20


def test_a_masked_link_hidden_after_a_url_is_escaped_and_a_cut_never_halves_a_link():
    # Regression (found by the hostile-input fuzz): "[x](url)" glued to a URL used to ride
    # through unescaped as part of "one URL", and a cut inside it left a live "](".
    escaped = escape_markdown("[link](https://evil.example)" * 3)
    assert "[link]" not in escaped and escaped.count("\\[link\\]") == 3
    assert escape_markdown("https://x.org/" + "a_" * 300) == "https://x.org/" + "a\\_" * 300
    text = "word " * 396 + "https://example.org/a_b_c_d_e_f_g_h"
    first, second = split_message(text, 2000)
    assert second == "https://example.org/a_b_c_d_e_f_g_h" and first + second == text


def test_a_digest_channel_gets_one_embed_listing_every_story(tmp_path):
    async def body(h: Harness) -> None:
        h.store.subscribe("discord", str(CHANNEL), (), h.clock.now())
        StoreChatServices(h.store, h.rules).set_mode("discord", str(CHANNEL), "digest", "18:00", h.clock.now())
        for title in ("First @everyone story", "Second story"):
            story = h.store.create_story(title, "https://example.org/a", h.clock.now(), None, "{}", ["aid"], 3.0)
            alert = Alert(story, title, "https://example.org/a", ("AFP",), h.clock.now(), ("aid",))
            h.store.enqueue(alert, h.store.subscriptions("discord"), h.clock.now())
        assert (await h.dispatcher.drain()).sent == 0
        h.clock.advance(hours=6)
        assert (await h.dispatcher.drain()).sent == 2

    h = run(tmp_path, body)
    (message,) = h.stub.messages(CHANNEL)
    assert message["allowed_mentions"] == {"parse": []}
    (embed,) = message["embeds"]
    assert "Daily digest: 2 stories" == embed["title"]
    assert "First @\u200beveryone story" in embed["description"] and "Second story" in embed["description"]


MANAGE_GUILD = 1 << 5


@pytest.mark.parametrize("allowed", [False, True])
def test_manage_server_members_edit_rules_only_when_the_settings_allow(tmp_path, allowed):
    async def body(h: Harness) -> None:
        before = len(h.rules.rules())
        await h.command("rule_add", {"topic": "aid", "expression": "zeitenwende"}, user_id=9,
                        permissions=MANAGE_GUILD | MANAGE_CHANNELS)
        assert len(h.rules.rules()) == before + (1 if allowed else 0)

    run(tmp_path, body, manage_server_admins=allowed)


def test_send_pacer_spaces_alerts_under_the_global_limit():
    from bot.adapters.discord_chat import SendPacer

    now = [100.0]
    pacer = SendPacer(per_second=40, monotonic=lambda: now[0])
    waits = [pacer.reserve() for _ in range(4)]
    assert waits == pytest.approx([0.0, 0.025, 0.05, 0.075])
    now[0] += 1.0
    assert pacer.reserve() == 0.0


def test_no_answer_is_uncertain_and_a_refused_connection_is_retried():
    import aiohttp

    from bot.adapters.discord_chat import delivery_error

    assert delivery_error(asyncio.TimeoutError()).uncertain
    assert delivery_error(aiohttp.ServerDisconnectedError()).uncertain
    refused = delivery_error(ConnectionRefusedError())
    assert not refused.uncertain and not refused.permanent and not refused.deactivate


def test_a_command_flood_from_one_member_is_refused_privately(tmp_path):
    async def body(h: Harness) -> None:
        answers = []
        for _ in range(7):
            (reply, *_) = await h.command("topics", user_id=77)
            answers.append(reply)
        assert all(not flags_of(a) & EPHEMERAL for a in answers[:5])
        assert all(flags_of(a) & EPHEMERAL and "Too many commands" in content_of(a) for a in answers[5:])
        (other, *_) = await h.command("topics", user_id=78)  # someone else is still answered
        assert not flags_of(other) & EPHEMERAL

    run(tmp_path, body)


def test_the_throttle_forgets_idle_users():
    from bot.core.chat.throttle import CommandThrottle

    now = [0.0]
    throttle = CommandThrottle(limit=1, window=10, monotonic=lambda: now[0])
    for user in range(2000):
        throttle.check("c", str(user))
        now[0] += 0.1
    assert len(throttle._seen) < 200
