"""Pledges, topics and links in words a reader knows (bot/core/pledges/listing/words.py and the
renderers' link pieces), with the escaping guarantees kept."""

from __future__ import annotations

import pytest

from bot.config import load_entities
from bot.core.chat.render_discord import render_linked_text
from bot.core.chat.render_telegram import WORD_JOINER, render_linked_reply
from bot.core.chat.replies import cut_segments, linked_reply
from bot.core.models import Pledge
from bot.core.pledges.listing.words import CATEGORY_WORDS, DONOR_NAMES, describe, donor_name, money_words
from bot.core.pledges.passes.entities import CATEGORIES
from tests.support.telegram_stub import check_telegram_html

IRIS = Pledge(donor="DE", category="air_defence", status="delivered", system="IRIS-T SLM", quantity=1)


def test_the_issue_examples_in_english_and_french():
    assert describe(IRIS, "en") == "Germany — IRIS-T SLM air defence ×1 — delivered"
    assert describe(IRIS, "fr") == "Allemagne — défense aérienne IRIS-T SLM ×1 — livré"


def test_every_donor_and_category_has_words_in_every_language():
    donors = load_entities().donors
    assert set(donors) <= set(DONOR_NAMES), "a donor added to entities.toml needs a name here"
    assert set(CATEGORIES) <= set(CATEGORY_WORDS)
    for code in donors:
        english, french, german = DONOR_NAMES[code]
        assert english and french and german and "_" not in english + french + german
    for names in CATEGORY_WORDS.values():
        assert len(names) == 3 and all(names)


def test_no_raw_code_reaches_the_reader():
    money = Pledge(donor="US", category="funding", status="pledged", value=988e6, currency="USD")
    assert describe(money) == "United States — funding ($988m) — pledged"
    assert describe(money, "fr") == "États-Unis — financement (988 M$) — promis"
    assert money_words(2.7e9, "EUR", "fr") == "2,7 Md€"
    refused = Pledge(donor="DE", category="missiles", status="refused", system="Taurus")
    assert describe(refused) == "Germany — Taurus missiles — refused"
    # An unknown code is shown rather than hidden, without its underscores.
    assert donor_name("XX") == "XX"
    assert describe(Pledge(donor="XX", category="new_kind", status="odd_state")) == "XX — new kind — odd state"


HOSTILE = [("2023-02-14 · Germany — Gepard air defence ×3 — pledged · ", ""),
           ('<b>"Wire" & co</b> @everyone [x](https://evil.example)', 'https://news.example/a?b=1&c="2"'),
           ("\n2023-02-13 · France — artillery — delivered · ", ""),
           ("Le Monde", "javascript:alert(1)")]


def test_telegram_reply_links_are_escaped_and_only_http():
    html = render_linked_reply(HOSTILE)
    visible = check_telegram_html(html)  # parses as Telegram would
    # the text as written, an "@name" disarmed by a word joiner (no mention)
    assert visible.replace(WORD_JOINER, "") == "".join(text for text, _ in HOSTILE)
    assert f"@{WORD_JOINER}everyone" in visible
    assert '<a href="https://news.example/a?b=1&amp;c=&quot;2&quot;">&lt;b&gt;' in html
    assert "javascript:" not in html


def test_discord_reply_links_are_masked_and_disarmed():
    text = render_linked_text(HOSTILE)
    assert "@\u200beveryone" in text and "\\[x\\]" in text
    assert "](https://news.example/a?b=1&c=\"2\")" in text
    assert "javascript:" not in text and "Le Monde" in text


@pytest.mark.parametrize("limit", [10, 60, 75, 200])
def test_a_cut_reply_keeps_whole_links_and_its_note(limit):
    reply = linked_reply(HOSTILE)
    cut = reply.text[:limit] + "\n[cut]"
    segments = cut_segments(reply.segments, reply.text, cut)
    assert "".join(text for text, _ in segments) == cut
    kept_links = [(t, u) for t, u in segments if u]
    assert all((t, u) in HOSTILE for t, u in kept_links)  # a link is whole or gone


def test_hostile_outlets_in_a_telegram_alert_stay_text_and_links_stay_http():
    from bot.core.chat.render_telegram import render_alert
    from bot.core.models import Alert

    alert = Alert(story_id=1, title="t", url="https://a.example/1", published=None, topics=("air_defence",),
                  sources=('<a href="x">AFP</a>', "DW & co", "Evil"),
                  source_urls=('https://a.example/1?q="x"&y=<b>', "", "javascript:alert(1)"))
    html = render_alert(alert, "fr")
    visible = check_telegram_html(html)
    assert 'Sources: <a href="x">AFP</a>, DW & co, Evil' in visible
    assert "javascript:" not in html and 'href="https://a.example/1?q=&quot;x&quot;&amp;y=&lt;b&gt;"' in html
    assert "Thèmes: défense aérienne" in visible


def test_a_telegram_pledges_reply_links_the_outlet(tmp_path, stub):
    import asyncio

    from bot.core.models import Entry, Feed
    from tests.support.telegram_harness import USER, Bot

    async def go():
        async with Bot(tmp_path, stub) as bot:
            store, now = bot.store, bot.clock.now()
            feed_id, _ = store.add_feed(Feed(url="https://dw.example/rss", name="DW <b>"), now)
            entry = Entry(feed_url="https://dw.example/rss", guid="g", url="https://dw.example/a?x=1&y=2", title="t")
            entry_id = store.insert_entry(feed_id, entry, entry.url, now)
            story = store.create_story("t", entry.url, now, now, "{}", ["air_defence"], 3.0)
            store.add_story_source(story, entry_id, feed_id, "DW <b>", entry.url, now)
            store.add_pledges(story, entry_id, [IRIS], now)
            return await bot.command(USER, "/pledges")

    texts = asyncio.run(go())
    raw = stub.messages_to(USER)[-1]["text"]
    assert texts[-1].endswith("Germany — IRIS-T SLM air defence ×1 — delivered · DW <b>")
    assert '<a href="https://dw.example/a?x=1&amp;y=2">DW &lt;b&gt;</a>' in raw
