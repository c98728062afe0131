"""Round 45: an alert whose HTML Telegram refuses ("can't parse entities") goes out as plain
text instead of failing for good, through the real python-telegram-bot against the loopback
Bot API stand-in (tests/support/telegram_stub.py), over a real SQLite file. The renderer
escapes every feed text and the stand-in checks its HTML as the Bot API does, but Telegram's
parser has rules of its own: before, such a 400 was a permanent failure, and every chat lost
the alert. The titles are short texts written for these tests."""

from __future__ import annotations

import logging
from dataclasses import replace

from bot.core.chat.render_telegram import MAX_MESSAGE, render_alert, visible_length
from bot.core.chat.telegram_plain import plain_text
from tests.support.telegram_harness import GROUP, USER, Bot, run, sample_alert

ODD = dict(title="Tanks & <shells> for Kyiv", url="https://example.org/news?a=1&b=2")


def test_an_alert_whose_markup_telegram_refuses_goes_out_as_plain_text(tmp_path, stub, caplog):
    async def go():
        async with Bot(tmp_path, stub) as bot:
            for chat in (GROUP, USER):
                bot.store.subscribe("telegram", str(chat), (), bot.clock.now())
            bot.queue(sample_alert(**ODD))
            stub.refuse_markup(GROUP)
            with caplog.at_level(logging.WARNING, logger="bot.adapters.telegram_chat"):
                drained = await bot.dispatcher.drain()
            return drained, bot.store.outbox_counts()

    drained, counts = run(go())
    assert drained.sent == 2 and counts == {"sent": 2}, (drained, counts)
    (plain,) = stub.messages_to(GROUP)
    assert "parse_mode" not in plain
    assert plain["text"].startswith("Tanks & <shells> for Kyiv (https://example.org/news?a=1&b=2)\n"), plain["text"]
    (html,) = stub.messages_to(USER)  # the other chat's Telegram took the markup
    assert html["parse_mode"] == "HTML"
    said = [r.getMessage() for r in caplog.records]
    assert any("refused its markup" in line and "sent again as plain text" in line for line in said), said


def test_an_edit_whose_markup_telegram_refuses_is_made_in_plain_text(tmp_path, stub):
    async def go():
        async with Bot(tmp_path, stub) as bot:
            bot.store.subscribe("telegram", str(GROUP), (), bot.clock.now())
            alert = sample_alert(**ODD)
            alert = replace(alert, story_id=bot.store.create_story(alert.title, alert.url, bot.clock.now(),
                                                                    alert.published, "fp-odd", alert.topics, 1.0))
            bot.store.enqueue(alert, bot.store.subscriptions("telegram"), bot.clock.now())
            assert (await bot.dispatcher.drain()).sent == 1
            stub.refuse_markup(GROUP)
            bot.store.update_story_alert(replace(alert, sources=("AFP", "DW", "Reuters")), bot.clock.now())
            drained = await bot.dispatcher.drain()
            return drained, bot.store.edit_counts()

    drained, counts = run(go())
    assert drained.edited == 1 and counts == {"done": 1}, (drained, counts)
    (edit,) = stub.edits_to(GROUP)
    assert "parse_mode" not in edit and "Reuters" in edit["text"], edit


def test_a_refusal_that_is_not_of_the_markup_still_fails_the_alert_once(tmp_path, stub):
    async def go():
        async with Bot(tmp_path, stub) as bot:
            bot.store.subscribe("telegram", str(GROUP), (), bot.clock.now())
            bot.queue(sample_alert())
            stub.fail_chat(GROUP, 400, "Bad Request: message is too long")
            drained = await bot.dispatcher.drain()
            return drained, bot.store.outbox_counts()

    drained, counts = run(go())
    assert drained.failed == 1 and counts == {"failed": 1}, (drained, counts)
    assert len(stub.calls_to("sendMessage")) == 1  # not sent again as plain text


def test_the_plain_text_keeps_each_links_address_and_telegrams_length_limit():
    alert = sample_alert(**ODD)
    plain = plain_text(render_alert(alert))
    assert "Sources: AFP (https://example.org/news?a=1&b=2), DW" in plain, plain
    long = plain_text(render_alert(replace(alert, title="Aid " * 1250, summary="More aid. " * 500)))
    assert visible_length(long) <= MAX_MESSAGE and long.endswith("…"), visible_length(long)
