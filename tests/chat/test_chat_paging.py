"""Long replies are paged, never cut (issue 13 item 15): the pure page breaker, then the
real python-telegram-bot and discord.py adapters against the loopback stand-ins, with the
shipped rules (whose /rules reply is many times one message)."""

from __future__ import annotations

import asyncio
import json
import re

from bot.adapters.telegram_pages import PAGE_PREFIX
from bot.core.chat.paging import page_text, split_pages
from bot.core.chat.render_telegram import WORD_JOINER, visible_length
from bot.core.chat.replies import MAX_REPLY
from bot.core.chat.services import ChatContext
from tests.support.discord_harness import Harness
from tests.support.discord_harness import run as run_discord
from tests.support.telegram_harness import GROUP, USER, Bot
from tests.support.telegram_stub import TelegramStub, check_telegram_html

# -- where pages break ----------------------------------------------------------------------


def test_pages_break_between_lines_and_give_the_whole_reply_back():
    lines = [f"#{n} rule {'w' * (n % 37)}" for n in range(400)]
    segments = [(("\n" if n else "") + line, "") for n, line in enumerate(lines)]
    pages = split_pages(segments, 500)
    assert len(pages) > 10 and all(len(page_text(p)) <= 500 for p in pages)
    assert "\n".join(page_text(p) for p in pages) == "\n".join(lines)
    # every page starts with a whole line: no rule is split over two pages
    assert all(re.match(r"#\d+ rule", page_text(p)) for p in pages)


def test_a_link_stays_a_link_on_its_page_and_a_short_reply_is_one_page():
    segments = [("Pledges:", ""), *[piece for n in range(50) for piece in
                                    (("\n2026-12-01 · Germany — tanks · ", ""), (f"Outlet{n}", f"https://o{n}.example/a"))]]
    pages = split_pages(segments, 300)
    linked = [piece for page in pages for piece in page if piece[1]]
    assert len(pages) > 3 and len(linked) == 50 and all(url.endswith("/a") for _, url in linked)
    assert split_pages([("short", "")], 300) == [(("short", ""),)]


def test_a_line_longer_than_a_page_is_cut_inside_and_loses_its_link():
    pages = split_pages([("x" * 25, "https://e.example/"), ("\nnext", "")], 10)
    assert [page_text(p) for p in pages] == ["x" * 10, "x" * 10, "x" * 5 + "\nnext"]
    assert all(url == "" for page in pages for _, url in page)


def test_pages_are_measured_as_the_platform_counts():
    # Telegram counts UTF-16 units: an emoji is two, so two lines of six no longer fit 20.
    text = "\n".join(["🛡" * 6] * 10)
    assert len(split_pages([(text, "")], 20)) == 4  # three lines of 6 + 2 line breaks
    pages = split_pages([(text, "")], 20, visible_length)
    assert all(visible_length(page_text(p)) <= 20 for p in pages) and len(pages) == 10


# -- Telegram -----------------------------------------------------------------------------------


def _buttons(params: dict) -> dict[str, str]:
    """Callback data of a message's page buttons by label word ("Next", "Previous")."""
    markup = params.get("reply_markup") or {}
    markup = json.loads(markup) if isinstance(markup, str) else markup
    return {b["text"].strip("◀▶ "): b["callback_data"] for row in markup.get("inline_keyboard", []) for b in row}


_FOOTER = re.compile(r"\n\npage (\d+)/(\d+)$")


def _page(html: str) -> tuple[str, int, int]:
    visible = check_telegram_html(html)
    found = _FOOTER.search(visible)
    assert found, visible[-40:]
    return visible[: found.start()], int(found.group(1)), int(found.group(2))


def _message_id(stub: TelegramStub, chat_id: int, html: str) -> int:
    return next(mid for (cid, mid), text in stub.texts.items() if cid == chat_id and text == html)


def test_telegram_rules_is_one_message_turned_a_page_at_a_time_to_the_last_rule(tmp_path, stub):
    async def go():
        async with Bot(tmp_path, stub) as bot:
            bot.rules.add("aid", '"pagination sentinel"', actor="test")  # the newest rule, listed last
            private = ChatContext("telegram", str(USER), str(USER), is_admin=False, can_manage_chat=True)
            full = bot.chat.commands.handle(private, "rules", "").text
            await bot.command(USER, "/rules")
            (sent,) = stub.messages_to(USER)
            text, index, count = _page(sent["text"])
            assert index == 1 and count >= 3 and "Previous" not in _buttons(sent)
            message_id = _message_id(stub, USER, sent["text"])
            pages = [text]
            data = _buttons(sent)["Next"]
            for expected in range(2, count + 1):
                assert data.startswith(PAGE_PREFIX) and len(data.encode()) <= 64
                edits = len(stub.edits_to(USER))
                stub.press_button(USER, data, user_id=USER, message_id=message_id)
                await stub.until(lambda: len(stub.edits_to(USER)) > edits)
                edit = stub.edits_to(USER)[-1]
                text, index, _ = _page(edit["text"])
                assert index == expected and int(edit["message_id"]) == message_id
                pages.append(text)
                data = _buttons(edit).get("Next", "")
            assert data == "" and "Previous" in _buttons(stub.edits_to(USER)[-1])
            assert len(stub.messages_to(USER)) == 1  # every page shown in the one message
            return full, pages

    full, pages = asyncio.run(go())
    assert len(full) > 4096 * 4 and len(full) < MAX_REPLY
    # nothing lost, nothing doubled ("@ukraine" arrives with a word joiner: no mention of a member so named)
    assert "\n".join(pages).replace(WORD_JOINER, "") == full
    assert '"pagination sentinel"' in pages[-1]


def test_telegram_pages_turn_only_for_the_asker_and_expired_pages_say_so(tmp_path, stub):
    async def go():
        async with Bot(tmp_path, stub) as bot:
            stub.send_text(GROUP, "/rules", user_id=USER, chat_type="supergroup")
            await stub.until(lambda: stub.messages_to(GROUP))
            (sent,) = stub.messages_to(GROUP)
            message_id = _message_id(stub, GROUP, sent["text"])
            stub.press_button(GROUP, _buttons(sent)["Next"], user_id=USER + 1, message_id=message_id)
            await stub.until(lambda: len(stub.calls_to("answerCallbackQuery")) == 1)
            refusal = stub.calls_to("answerCallbackQuery")[0].params
            bot.chat.pages.forget()  # as after a restart or PAGE_TIMEOUT
            stub.press_button(GROUP, _buttons(sent)["Next"], user_id=USER, message_id=message_id)
            await stub.until(lambda: len(stub.calls_to("answerCallbackQuery")) == 2)
            expired = stub.calls_to("answerCallbackQuery")[1].params
            return refusal, expired, stub.edits_to(GROUP)

    refusal, expired, edits = asyncio.run(go())
    assert "Only the person" in refusal["text"] and str(refusal["show_alert"]).lower() == "true"
    assert "expired" in expired["text"]
    assert edits == []  # neither press turned the page


def test_telegram_short_replies_have_no_page_buttons(tmp_path, stub):
    async def go():
        async with Bot(tmp_path, stub) as bot:
            await bot.command(USER, "/topics")
            return stub.messages_to(USER)[0], len(bot.chat.pages)

    sent, kept = asyncio.run(go())
    assert _buttons(sent) == {} and "page 1/" not in sent["text"] and kept == 0


# -- Discord -------------------------------------------------------------------------------------


def test_discord_rules_pages_reach_the_rule_added_last(tmp_path):
    # Before, the command table cut every reply at 3,500 characters and Discord's pager
    # only ever saw the first rules.
    async def body(h: Harness) -> None:
        h.rules.add("aid", '"pagination sentinel"', actor="test")
        defer, _ = await h.command("rules", user_id=55)
        (pager,) = h.chat.pagers.values()
        assert len(pager.pages) > 5 and all(len(p) <= 2000 for p in pager.pages)
        assert "pagination sentinel" in pager.pages[-1]
        assert "reply cut" not in pager.pages[-1]

    run_discord(tmp_path, body)


# -- Discord autocomplete: names, not codes ------------------------------------------------------


async def _choices(h: Harness, typed: str, locale: str = "en-US") -> list[dict]:
    from tests.support.discord_harness import CHANNEL, GUILD

    token = await asyncio.to_thread(h.stub.slash_command, "pledges", {"filter": typed}, channel_id=CHANNEL,
                                    guild_id=GUILD, autocomplete="filter", locale=locale)
    (reply,) = await h.stub.wait_async(lambda: h.stub.interaction_replies(token) or None)
    assert reply.body["type"] == 8  # APPLICATION_COMMAND_AUTOCOMPLETE_RESULT
    return reply.body["data"]["choices"]


def test_discord_autocomplete_offers_donors_by_name_in_the_askers_language(tmp_path):
    from bot.core.pledges.listing.filters import parse_pledge_filters

    seen: dict[str, list[dict]] = {}

    async def body(h: Harness) -> None:
        seen["ger"] = await _choices(h, "ger")
        seen["allem"] = await _choices(h, "allem", locale="fr")
        seen["uk"] = await _choices(h, "uk")
        seen["air 6m leo"] = await _choices(h, "air_defence 6m leo")
        seen["fund"] = await _choices(h, "fund")
        seen["entities"] = h.table.entities  # type: ignore[assignment]

    run_discord(tmp_path, body)
    entities = seen.pop("entities")
    assert seen["ger"][0] == {"name": "Germany", "value": "Germany"}
    assert seen["allem"][0]["name"] == "Allemagne" and parse_pledge_filters(seen["allem"][0]["value"],
                                                                           entities).donor == "DE"
    assert seen["uk"][0]["name"] == "United Kingdom"
    assert [c["value"] for c in seen["air 6m leo"][:3]] == ["air_defence 6m Leopard", "air_defence 6m Leopard 1",
                                                          "air_defence 6m Leopard 2"]
    assert seen["fund"][0]["value"] == "funding"
    for choices in seen.values():
        assert 0 < len(choices) <= 25
        for choice in choices:
            assert 1 <= len(choice["name"]) <= 100 and len(choice["value"]) <= 100
            parse_pledge_filters(choice["value"], entities)  # every value reads back
