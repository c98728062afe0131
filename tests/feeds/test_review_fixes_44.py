"""Stop 44's review finding in feeds, on a real loopback HTTP server and a real SQLite store.
The items are headlines written for this test.

Found and fixed here (the test failed before its fix): the republished-item check
(bot/core/feeds/republished.py) matched two items when both had no text once addresses were
left out, a title-only item or one whose summary is only its link. A feed dating its items by
day (midnight) then lost the second of two briefings under one headline: never stored nor
alerted, and a warning blamed the feed for republishing. An item is matched by its words
only when it has text beyond its title.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from bot.core.feeds.republished import republish_key
from tests.support.poll_harness import OnePoller
from tests.support.servers import rss


def _briefing(number: int, day: datetime) -> dict:
    link = f"https://ministry.example/briefings/{number}"
    return {"title": "Daily defence briefing", "link": link, "guid": f"briefing-{number}",
            "description": link, "pubDate": day}


def test_two_title_only_items_of_one_day_are_both_stored(harness, clock, feed_server):
    day = (clock.now() - timedelta(hours=3)).replace(hour=0, minute=0, second=0, microsecond=0)
    feed = harness.feed("/briefings.xml", "Ministry")
    poller = OnePoller(harness)
    feed_server.set_feed("/briefings.xml", rss([_briefing(1, day)]))
    first = poller.poll(feed)
    clock.advance(minutes=10)
    feed_server.set_feed("/briefings.xml", rss([_briefing(2, day), _briefing(1, day)]))
    second = poller.poll(feed)
    assert (first.new_entries, second.new_entries) == (1, 1), (first, second)
    assert next(harness.store.db.query("SELECT COUNT(*) AS n FROM entries", ()))["n"] == 2


def test_an_item_without_text_has_no_republish_key():
    assert republish_key("Daily defence briefing", " https://ministry.example/briefings/2 ") is None
    assert republish_key("Daily defence briefing", "") is None
    assert republish_key("Daily defence briefing", "Two more systems.") is not None
