"""Stop 41's round of hostile feeds, on a real loopback HTTP server and a real SQLite store.
The feed items are the generated pledge reports of tests/support/story_scale.py; no article
text was added.

Found and fixed here, each test failing before its fix:
- An entry waiting for its story (a poll puts at most RELEVANT_ENTRIES_PER_POLL relevant
  entries of a feed into stories, the rest wait for the next polls) whose attachment raised
  (a bug met on its text) failed the whole poll of its feed: the poll rolled back, none of
  the feed's new items was stored, and as the entry went on waiting, so did every later
  poll. Now only that entry's writes are undone: the poll stores the rest, the entry stays
  stored and waiting (logged once), and is put into its story at a later poll.
- A feed whose template gives every item the same <guid> and <link> (the site's news page)
  had its first item stored and every other dropped as "seen before", silently and for good
  (the store knows an item by its feed's id and by its link across feeds). Items of one body
  that share an id and a link but differ in text are now each known by the id and a digest
  of their text, with no key across feeds; once the feed has such items, a later item under
  the plain id is one more (bot/core/feeds/shared_ids.py). The same item twice in one body
  is still one item, and an item whose id and link are its own is stored as before.
  Left: a feed that had a single item when first polled, then adds others under the same
  id and link, is read as that item updated (nothing tells the two apart).

Tried and already right (not redone): redirects to another scheme or to this host or a
private network for a feed added from chat (tests/feeds/test_feed_addresses.py and
test_feed_http.py), items dated more than a day ahead (their date is dropped,
bot/core/feeds/dates.py), so none sorts first for ever.
"""

from __future__ import annotations

import logging
import threading
from datetime import timedelta
from unittest import mock

from bot import pipeline
from bot.story_attachment import StoryAttacher
from tests.support.poll_harness import OnePoller
from tests.support.servers import rss
from tests.support.story_scale import alike_items

WAITING_SQL = "SELECT COUNT(*) AS n FROM entries WHERE relevant = 1 AND story_id IS NULL"


def _count(store, sql: str, *params) -> int:
    return next(store.db.query(sql, params))["n"]


def _failing_for(title: str):
    """StoryAttacher._add_pledges raising for the entry titled `title` (after its story and
    alert were written, so that undoing them is tested too), as a bug met on its text."""
    add_pledges = StoryAttacher._add_pledges

    def add(self, story_id, entry_id, pledges, when):
        row = next(self.store.db.query("SELECT title FROM entries WHERE id = ?", [entry_id]))
        if row["title"] == title:
            raise ValueError("a bug met on this entry's text")
        return add_pledges(self, story_id, entry_id, pledges, when)

    return mock.patch.object(StoryAttacher, "_add_pledges", add)


def test_a_waiting_entry_whose_attachment_fails_costs_that_entry_only(harness, clock, feed_server, monkeypatch,
                                                                      caplog):
    monkeypatch.setattr(pipeline, "RELEVANT_ENTRIES_PER_POLL", 2)
    items = alike_items(5, clock.now() - timedelta(hours=1))
    feed_server.set_feed("/wire.xml", rss(items))
    feed = harness.feed("/wire.xml", "Wire")
    poller = OnePoller(harness)
    assert poller.poll(feed).ok
    assert _count(harness.store, WAITING_SQL) == 3  # two put into stories, three waiting
    waiting = [row["title"] for row in harness.store.db.query(
        "SELECT title FROM entries WHERE relevant = 1 AND story_id IS NULL ORDER BY id")]
    stories_before = _count(harness.store, "SELECT COUNT(*) AS n FROM stories")
    alerts_before = _count(harness.store, "SELECT COUNT(*) AS n FROM outbox")

    # The next poll brings one new item; the first waiting entry fails to attach.
    newcomer = dict(alike_items(6, clock.now())[5], guid="new-item", link="https://wire.example/new-item")
    feed_server.set_feed("/wire.xml", rss(items + [newcomer]))
    clock.advance(minutes=10)
    with _failing_for(waiting[0]), caplog.at_level(logging.ERROR, logger="bot.pipeline"):
        second = poller.poll(feed)
    assert second.ok, second.error
    assert second.new_entries == 1  # the feed's new item is stored
    # The failing entry still waits; the other one the budget reached is in its story.
    assert [row["title"] for row in harness.store.db.query(
        "SELECT title FROM entries WHERE relevant = 1 AND story_id IS NULL ORDER BY id")][:1] == [waiting[0]]
    assert _count(harness.store, "SELECT COUNT(*) AS n FROM entries WHERE title = ? AND story_id IS NOT NULL",
                  waiting[1]) == 1
    # Its story and alert, written before the failure, were undone with it.
    assert _count(harness.store, "SELECT COUNT(*) AS n FROM stories WHERE title = ?", waiting[0]) == 0
    assert _count(harness.store, "SELECT COUNT(*) AS n FROM stories") == stories_before + 1
    assert _count(harness.store, "SELECT COUNT(*) AS n FROM outbox") == alerts_before + 1
    assert second.new_stories == 1 and second.matches == 1, second
    assert sum("tried again at the next poll" in r.getMessage() for r in caplog.records) == 1

    # Once the bug is gone, a later poll of the unchanged feed puts it into its story.
    polls = 0
    while _count(harness.store, WAITING_SQL) and polls < 4:
        clock.advance(minutes=10)
        assert poller.poll(feed).ok
        polls += 1
    assert _count(harness.store, WAITING_SQL) == 0
    assert _count(harness.store, "SELECT COUNT(*) AS n FROM stories WHERE title = ?", waiting[0]) == 1
    assert _count(harness.store, "SELECT COUNT(*) AS n FROM entries") == 6  # nothing lost, nothing doubled


def test_a_waiting_entry_that_fails_on_every_poll_never_stops_the_feeds_new_items(harness, clock, feed_server,
                                                                                 monkeypatch):
    monkeypatch.setattr(pipeline, "RELEVANT_ENTRIES_PER_POLL", 1)
    items = alike_items(2, clock.now() - timedelta(hours=1))
    feed_server.set_feed("/wire.xml", rss(items))
    feed = harness.feed("/wire.xml", "Wire")
    poller = OnePoller(harness)
    assert poller.poll(feed).ok
    stuck = next(harness.store.db.query("SELECT title FROM entries WHERE relevant = 1 AND story_id IS NULL"))["title"]
    with _failing_for(stuck):
        for number in range(3):
            extra = {"title": f"Weather note {number}", "guid": f"note-{number}",
                     "link": f"https://wire.example/note-{number}", "description": "Rain in the north.",
                     "pubDate": clock.now()}
            items = items + [extra]
            feed_server.set_feed("/wire.xml", rss(items))
            clock.advance(minutes=10)
            result = poller.poll(feed)
            assert result.ok and result.new_entries == 1, result
    assert _count(harness.store, "SELECT COUNT(*) AS n FROM entries") == 5
    assert _count(harness.store, WAITING_SQL) == 1


# -- items sharing one id and one link ---------------------------------------------------------


def _shared(items: list[dict]) -> list[dict]:
    return [dict(item, guid="https://ministry.example/news", link="https://ministry.example/news") for item in items]


def test_items_sharing_one_id_and_link_are_each_stored_once(harness, clock, feed_server):
    items = _shared(alike_items(3, clock.now() - timedelta(hours=1)))
    feed_server.set_feed("/same.xml", rss(items + [items[0]]))  # the first one twice: one item
    feed = harness.feed("/same.xml", "Ministry")
    poller = OnePoller(harness)
    first = poller.poll(feed)
    assert first.ok and first.new_entries == 3, first
    assert sorted(row["title"] for row in harness.store.db.query("SELECT title FROM entries")) == \
        sorted(item["title"] for item in items)
    assert first.new_stories == 3  # three donors' pledges, three stories, three alerts
    # Later items under the same id and link, each parsed alone (the others' bytes were seen),
    # are more of them; the others are not stored again.
    newcomers = _shared(alike_items(6, clock.now())[3:])
    for number in range(1, 4):
        feed_server.set_feed("/same.xml", rss(newcomers[:number] + items))
        clock.advance(minutes=10)
        later = poller.poll(feed)
        assert later.ok and later.new_entries == 1, (number, later)
    clock.advance(minutes=10)
    feed_server.set_feed("/same.xml", rss(newcomers + items + [items[1]]))  # changed bytes, no new item
    again = poller.poll(feed)
    assert again.ok and again.new_entries == 0, again
    assert _count(harness.store, "SELECT COUNT(*) AS n FROM entries") == 6


class _ThreadsOfAnalysis:
    """The analyzer, noting for each analysis whether it ran on the thread that runs the
    event loop (OnePoller runs it on the test's own thread)."""

    def __init__(self, analyzer):
        self._analyzer = analyzer
        self.on_loop: list[str] = []

    def analyze(self, title, *args, **kwargs):
        if threading.current_thread() is threading.main_thread():
            self.on_loop.append(title)
        return self._analyzer.analyze(title, *args, **kwargs)

    def __getattr__(self, name):
        return getattr(self._analyzer, name)


def test_later_items_under_a_shared_id_and_link_are_analysed_off_the_loop(harness, clock, feed_server):
    # Found new only at their insert, they were analysed there, on the event loop's thread,
    # as an entry pruned between the poll's look and its insert is (bot.pipeline._may_be_new).
    items = _shared(alike_items(3, clock.now() - timedelta(hours=1)))
    feed_server.set_feed("/same.xml", rss(items))
    feed = harness.feed("/same.xml", "Ministry")
    analyzer = _ThreadsOfAnalysis(harness.current_analyzer())
    poller = OnePoller(harness, lambda: analyzer)
    assert poller.poll(feed).new_entries == 3
    newcomers = _shared(alike_items(6, clock.now())[3:])
    for number in range(1, 4):
        feed_server.set_feed("/same.xml", rss(newcomers[:number] + items))
        clock.advance(minutes=10)
        assert poller.poll(feed).new_entries == 1
    assert analyzer.on_loop == []


def test_an_item_with_an_id_and_link_of_its_own_keeps_its_keys(harness, clock, feed_server):
    items = alike_items(2, clock.now() - timedelta(hours=1))
    other = dict(items[1], guid="another-feeds-copy")
    feed_server.set_feed("/own.xml", rss(items))
    feed_server.set_feed("/copy.xml", rss([other]))
    poller = OnePoller(harness)
    assert poller.poll(harness.feed("/own.xml", "Wire")).new_entries == 2
    # The same link in another feed is the same article: not stored again.
    assert poller.poll(harness.feed("/copy.xml", "Copy")).new_entries == 0
    guids = sorted(row["guid"] for row in harness.store.db.query("SELECT guid FROM entries"))
    assert guids == sorted(item["guid"] for item in items)
