"""Newcomer 64: the links we show a reader lose the parameters that only track the click
(utm_source, fbclid, xtor ...), in every chat's alerts, the console's and the web tracker's
links; the stored link stays as published. Sentences and addresses invented for the test."""

from __future__ import annotations

import json
from datetime import UTC, datetime

from bot.core.chat.render_console import render_plain
from bot.core.chat.render_discord import render_embed
from bot.core.chat.render_telegram import render_alert
from bot.core.feeds.urls import shown_link
from bot.core.models import Alert
from bot.web.markup import safe_href

TRACKED = "https://news.example/world/tanks-arrive?id=42&utm_source=rss&utm_medium=feed&fbclid=AbC#top"
CLEAN = "https://news.example/world/tanks-arrive?id=42#top"


def test_shown_link_drops_tracking_parameters_and_keeps_the_others_in_order():
    assert shown_link(TRACKED) == CLEAN
    assert shown_link("https://news.example/a?b=2&a=1&xtor=RSS-3") == "https://news.example/a?b=2&a=1"
    assert shown_link("https://news.example/a?utm_campaign=x") == "https://news.example/a"


def test_shown_link_leaves_an_untracked_link_as_written():
    for url in ("https://news.example/a?q=Leopard%202&page=2", "https://news.example/a", "not a link", ""):
        assert shown_link(url) == url


def test_shown_link_drops_credentials_too():
    assert shown_link("https://user:pw@news.example/a?utm_source=x") == "https://news.example/a"


def _alert() -> Alert:
    return Alert(story_id=1, title="Donor sends ten tanks", url=TRACKED, sources=("Wire",),
                 published=datetime(2026, 12, 1, 9, tzinfo=UTC), topics=("tanks",), source_urls=(TRACKED,))


def test_alerts_on_every_platform_show_the_link_without_tracking():
    for text in (render_plain(_alert()), render_alert(_alert()), json.dumps(render_embed(_alert()))):
        assert "utm_" not in text and "fbclid" not in text
        assert "news.example/world/tanks-arrive?id=42" in text


def test_web_links_show_no_tracking_parameters():
    assert safe_href(TRACKED) == CLEAN
