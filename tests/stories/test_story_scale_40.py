"""Story matching against a feed of many relevant reports alike: stop 40's scale round (no
reading changed; the texts are generated, tests/support/story_scale.py, in the style of a
wire's short pledge reports: a donor, a system, a count).

Found by the hostile-input round: a poll bringing many relevant reports alike compared
every pair of them (each tells another donor's or system's pledge, so each opens a story,
and each later one shared words with every story before it). bench/bench_story_scale.py,
one feed, one poll on main: 100 reports 4,950 scored pairs (1.2 s CPU), 200: 19,900 (2.1 s),
500: 124,750 (8.1 s), 1,000: 499,500 (28.5 s; 57.6 s spread over 100 feeds), on the loop's
thread, no other feed polled meanwhile.

Fixed here, without changing any grouping:
- the story index posts each story under the donors and system families its reports name:
  a report about an item that names donors (systems) none of a story's reports names
  conflicts with it (same_event.compare) and is no longer scored. 100 such reports: 44
  scored pairs, 200: 264 (the pairs left are those of one donor and one system);
- a poll puts at most RELEVANT_ENTRIES_PER_POLL (100) relevant entries of one feed into
  stories; the rest are stored at once, waiting, and attached first at the next polls (a
  warning says so): nothing is lost, and one feed's flood costs each poll a bounded share.
After (same bench, same session): 1,000 reports from one feed 8,432 scored pairs over 10
polls, 16.9 s CPU in all, the longest poll 4.8 s.
No grouping changed: bench/bench_story_orders.py --orders 8 gives the same figures per
order in both date modes, the real-set story scorer the same (today 24/0/4, real 27/0/1,
hidden 0/72), and the story tables of the busy-day and grouping tests are the same.

These tests count (scored pairs, stored items, polls); they time nothing.
"""

from __future__ import annotations

import logging
from datetime import timedelta

from bot.pipeline import RELEVANT_ENTRIES_PER_POLL
from tests.support.poll_harness import OnePoller
from tests.support.servers import rss
from tests.support.story_scale import DONORS, alike_items, counted_story_scores


def _count(store, sql: str) -> int:
    return next(store.db.query(sql))["n"]


def test_reports_of_other_donors_or_systems_are_not_scored(harness, clock, feed_server):
    # 80 reports, 8 donors in turn: on main every pair was scored (3,160); a pair naming
    # two donors conflicts, so at most the pairs of one donor are (8 x 45 = 360).
    size = 80
    feed_server.set_feed("/alike.xml", rss(alike_items(size, clock.now() - timedelta(hours=1))))
    feed = harness.feed("/alike.xml", "Wire")
    with counted_story_scores() as count:
        OnePoller(harness).poll(feed)
    per_donor = size // len(DONORS)
    assert _count(harness.store, "SELECT COUNT(*) AS n FROM stories") == size  # every pledge its own story
    assert count.calls <= len(DONORS) * per_donor * (per_donor - 1) // 2


def test_scored_pairs_grow_with_the_pairs_of_one_donor_and_system_not_with_all_pairs(harness, clock, feed_server):
    # Twice the reports of eight donors and seven systems: on main four times the pairs.
    # With the index the pairs left are those of one donor and one system, fewer than a
    # tenth of all the pairs at either size.
    counts = []
    for size, path in ((56, "/small.xml"), (112, "/large.xml")):
        items = [dict(item, guid=f"{path}-{item['guid']}", link=f"{item['link']}{path}")
                 for item in alike_items(size, clock.now() - timedelta(hours=1))]
        feed_server.set_feed(path, rss(items))
        with counted_story_scores() as count:
            OnePoller(harness).poll(harness.feed(path, path))
        counts.append(count.calls)
        assert count.calls < size * (size - 1) // 2 // 10


def test_a_flood_of_relevant_items_is_stored_at_once_and_put_into_stories_over_the_next_polls(
        harness, clock, feed_server, caplog):
    size = 2 * RELEVANT_ENTRIES_PER_POLL + 50
    feed_server.set_feed("/flood.xml", rss(alike_items(size, clock.now() - timedelta(hours=1))))
    feed = harness.feed("/flood.xml", "Flood")
    poller = OnePoller(harness)
    waiting_sql = "SELECT COUNT(*) AS n FROM entries WHERE relevant = 1 AND story_id IS NULL"
    with caplog.at_level(logging.WARNING, logger="bot.pipeline"):
        first = poller.poll(feed)
    assert first.ok and first.new_entries == size
    assert _count(harness.store, "SELECT COUNT(*) AS n FROM entries") == size  # nothing left out
    assert _count(harness.store, waiting_sql) == size - RELEVANT_ENTRIES_PER_POLL
    assert any("wait for the next poll" in record.getMessage() for record in caplog.records)
    polls = 1
    while _count(harness.store, waiting_sql) and polls < 5:
        clock.advance(minutes=10)
        assert poller.poll(feed).ok  # the same body: read again for the waiting entries
        polls += 1
    assert polls == 3
    assert _count(harness.store, waiting_sql) == 0
    assert _count(harness.store, "SELECT COUNT(*) AS n FROM entries WHERE story_id IS NOT NULL") == size
    # Every one a story of its own, as in one poll: the budget changes no grouping.
    assert _count(harness.store, "SELECT COUNT(*) AS n FROM stories") == size
    clock.advance(minutes=10)
    last = poller.poll(feed)  # nothing waits: the validators and item hashes are kept again
    assert last.not_modified or last.unchanged
