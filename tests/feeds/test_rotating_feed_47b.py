"""Stop 47b, hostile: a feed that gives each item a new id, a new link AND a new date at every
poll (a broken CMS, or a feed out to inflate the figures), on a real loopback HTTP server and
a real SQLite store, polled by one FeedPoller as `run` keeps it. The items are the generated
pledge reports of tests/support/story_scale.py; the other texts are written here.

Found by the stop's hostile review, each test failing before its fix: stop 44 knew a rotated
item by its feed, its publication moment and its words, so a feed that moved the date too was
stored again in full at every poll. No alert went out twice, but each poll added one report to
every story and pledge: after six polls the tracker's pledge page said six articles reported
what one article did, and the database grew by the whole feed each poll. Now an item is known
by its feed and its words (title and text, normalised: bot/core/feeds/republished.py) among
what the feed stored within the retention window, whatever its id, link and date.
"""

from __future__ import annotations

import re
from datetime import timedelta

from tests.support.poll_harness import OnePoller
from tests.support.servers import rss
from tests.support.story_scale import alike_items
from tests.support.web_tracker import ask_tracker


def _count(store, sql: str, *params) -> int:
    return next(store.db.query(sql, params))["n"]


def _rotated(items: list[dict], poll: int, when) -> list[dict]:
    """`items` under this poll's ids, links and dates (all three rewritten, the words kept)."""
    return [dict(item, guid=f"{item['guid']}-{poll}", link=f"{item['link']}?v={poll}",
                 pubDate=when - timedelta(minutes=number)) for number, item in enumerate(items)]


def _figures(store) -> dict[str, int]:
    return {name: _count(store, f"SELECT COUNT(*) AS n FROM {table}")
            for name, table in (("entries", "entries"), ("stories", "stories"), ("story_sources", "story_sources"),
                                ("pledges", "pledges"), ("pledge_sources", "pledge_sources"), ("alerts", "outbox"))}


def _reports_said(store, clock, pledge_id: int) -> str:
    (status, body), = ask_tracker(store, clock, f"/pledges/{pledge_id}").values()
    assert status == 200, status
    return re.search(r'<p class="count">([^<]*)</p>', body).group(1)


def test_a_feed_rewriting_ids_links_and_dates_every_poll_is_stored_and_counted_once(harness, clock, feed_server):
    items = alike_items(6, clock.now() - timedelta(hours=1))
    feed = harness.feed("/wire.xml", "Wire")
    poller = OnePoller(harness)
    feed_server.set_feed("/wire.xml", rss(_rotated(items, 0, clock.now())))
    first = poller.poll(feed)
    after_first = _figures(harness.store)
    pledge_id = _count(harness.store, "SELECT min(id) AS n FROM pledges")
    said_first = _reports_said(harness.store, clock, pledge_id)
    results = []
    for poll in range(1, 6):
        clock.advance(minutes=20)
        feed_server.set_feed("/wire.xml", rss(_rotated(items, poll, clock.now())))
        results.append(poller.poll(feed))
    assert first.ok and first.new_entries == 6 and after_first["pledges"] > 0, (first, after_first)
    assert (_figures(harness.store), _reports_said(harness.store, clock, pledge_id)) == (after_first, said_first)
    assert [(r.ok, r.new_entries, r.alerts_queued) for r in results] == [(True, 0, 0)] * 5, results


def test_an_edited_item_is_still_a_new_entry(harness, clock, feed_server):
    """Another text under a new id, link and date (an update, a correction) is stored as before."""
    items = alike_items(2, clock.now() - timedelta(hours=1))
    feed = harness.feed("/wire.xml", "Wire")
    poller = OnePoller(harness)
    feed_server.set_feed("/wire.xml", rss(_rotated(items, 0, clock.now())))
    assert poller.poll(feed).new_entries == 2
    clock.advance(minutes=20)
    edited = dict(items[0], description=items[0]["description"] + " A correction added a sentence here.")
    feed_server.set_feed("/wire.xml", rss(_rotated([edited, items[1]], 1, clock.now())))
    result = poller.poll(feed)
    assert result.ok and result.new_entries == 1, result
    assert _count(harness.store, "SELECT COUNT(*) AS n FROM entries") == 3


def test_the_same_words_twice_in_one_body_are_one_entry(harness, clock, feed_server):
    """Two items of one poll with one title and one text under two links (a copy republished
    under a new address): one entry, the first; nothing of the second would tell more."""
    items = alike_items(1, clock.now() - timedelta(hours=1))
    twice = [items[0], dict(items[0], guid="copy", link="https://wire.example/copy")]
    feed = harness.feed("/wire.xml", "Wire")
    feed_server.set_feed("/wire.xml", rss(twice))
    result = OnePoller(harness).poll(feed)
    assert result.ok and result.new_entries == 1, result
    assert [row["guid"] for row in harness.store.db.query("SELECT guid FROM entries")] == [items[0]["guid"]]


def test_the_same_words_after_the_retention_window_are_a_new_entry(harness, clock, feed_server):
    """Known only among what the feed stored within retention_days: older entries not related
    to any rule are deleted by then anyway, and a related one kept longer does not hide an item
    the feed publishes again weeks later. (The links rotate a token in the query: the same
    article; at another path and a later date it would be a new edition at once, see
    tests/feeds/test_recurring_pieces_49.py.)"""
    item = {"title": "Ministry weekly note", "guid": "note-1", "link": "https://ministry.example/note?s=1",
            "description": "No change to the list of deliveries this week.", "pubDate": clock.now()}
    feed = harness.feed("/notes.xml", "Ministry")
    poller = OnePoller(harness)
    feed_server.set_feed("/notes.xml", rss([item]))
    assert poller.poll(feed).new_entries == 1
    clock.advance(days=harness.limits.retention.days - 1)
    feed_server.set_feed("/notes.xml", rss([dict(item, guid="note-2", link="https://ministry.example/note?s=2",
                                                 pubDate=clock.now())]))
    assert poller.poll(feed).new_entries == 0
    clock.advance(days=2)
    feed_server.set_feed("/notes.xml", rss([dict(item, guid="note-3", link="https://ministry.example/note?s=3",
                                                 pubDate=clock.now())]))
    assert poller.poll(feed).new_entries == 1
