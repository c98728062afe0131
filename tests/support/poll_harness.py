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
from bot.core.rules.engine import RuleSet
from bot.delivery import OutboxDispatcher
from bot.pipeline import FeedPoller, PollLimits
from bot.rule_admin import RuleAdmin
from tests.support.fakes import FakeChat
from tests.support.migrated_store import migrated_store


# Rule sets compiled by the harnesses of this test process, by what was compiled (the store's
# rules and threshold, and the entity lists). The poller asks for the analyzer at every poll,
# and each harness compiled the shipped rules again: 0.5 s of CPU on a quiet machine, several
# seconds on a loaded one, for the same answers. A test that edits the rules between polls
# still gets them compiled anew (other rules, another key); no test changes a RuleSet.
_COMPILED: dict[tuple, tuple[object, RuleSet]] = {}


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
        """The store's rules as they are now (an edit between polls is read), compiled once
        per test process for each set of rules (see _COMPILED)."""
        entities = self.admin.entities
        key = (tuple(self.admin.rules()), self.admin.threshold(), id(entities))
        kept = _COMPILED.get(key)
        if kept is None or kept[0] is not entities:
            kept = _COMPILED[key] = (entities, self.admin.compile())
        return Analyzer(kept[1], entities)

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


def polls_on_a_new_store(path, clock, feed_server, polls):
    """`polls(harness, clock, feed_server)` run on a new store at `path` with a clock of its
    own (a fresh copy of `clock`'s kind), the store closed after: two runs of the same polls,
    one with a change patched out, compare what each stored."""
    store = migrated_store(path)
    try:
        fresh = type(clock)()
        return polls(Harness(store, fresh, feed_server), fresh, feed_server)
    finally:
        store.close()
