"""The poll of feeds on a real loopback HTTP server and a real store, with the shipped
rules: `Harness` (and its `harness` fixture, made available to every test by
tests/conftest.py), and `OnePoller`, one FeedPoller kept across polls as `run` keeps it."""

from __future__ import annotations

import asyncio
from datetime import datetime

import pytest

from bot.adapters.feed_http import HttpFeedSource
from bot.config import load_settings
from bot.core.analysis import Analyzer
from bot.core.models import Feed
from bot.delivery import OutboxDispatcher
from bot.pipeline import FeedPoller, PollLimits
from bot.rule_admin import RuleAdmin
from tests.support.fakes import FakeChat


class Harness:
    """A poller over the real store with the shipped rules, and a fake chat subscribed to all."""

    def __init__(self, store, clock, server, **limits):
        self.store, self.clock, self.server = store, clock, server
        admin = RuleAdmin(store, clock)
        admin.import_if_empty(load_settings(environ={}).rules_file.read_text(encoding="utf-8"))
        self.analyzer = None
        self.admin = admin
        self.chat = FakeChat()
        store.subscribe("fake", "chat-1", (), clock.now())
        self.limits = PollLimits(**limits)

    def feed(self, path: str, name: str) -> Feed:
        feed_id, _ = self.store.add_feed(Feed(url=self.server.url(path), name=name), self.clock.now())
        return self.store.feed_by_url(self.server.url(path))

    def current_analyzer(self) -> Analyzer:
        return Analyzer(self.admin.compile(), self.admin.entities)

    async def poll(self, *feeds: Feed):
        async with HttpFeedSource(timeout=5) as source:
            poller = FeedPoller(self.store, source, self.current_analyzer, self.clock, self.limits)
            results = [await poller.poll(f) for f in feeds]
        await OutboxDispatcher(self.store, self.chat, self.clock).drain()
        return results


@pytest.fixture
def harness(store, clock, feed_server):
    return Harness(store, clock, feed_server)


def article_item(article: tuple[str, str], guid: str, when: datetime) -> dict:
    title, text = article
    return {"title": title, "guid": guid, "link": f"https://news.example/{guid}", "description": text, "pubDate": when}


class OnePoller:
    """One FeedPoller kept across polls, as `run` keeps it: its story index lives on."""

    def __init__(self, harness: Harness, analyzer=None):
        self.harness = harness
        self.analyzer = analyzer or harness.current_analyzer

    def poll(self, feed: Feed):
        async def run():
            async with HttpFeedSource(timeout=5) as source:
                self.poller.source = source
                return await self.poller.poll(feed)

        if not hasattr(self, "poller"):
            h = self.harness
            self.poller = FeedPoller(h.store, None, self.analyzer, h.clock, h.limits)
        return asyncio.run(run())
