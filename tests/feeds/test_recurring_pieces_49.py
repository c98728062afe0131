"""Stop 49, hostile: a recurring piece whose headline and teaser never change (a daily briefing
whose description is always the same line), under a new GUID and link each day, shares its words
with yesterday's: since stop 47b the second was taken for the first republished under a rotated
id and link, and DROPPED. Now the words only say "maybe" and what the feed shows decides
(bot/core/feeds/republished.py, same_item_again): yesterday's item still listed beside today's
(parsed, or unchanged and so left unparsed) is not today's; an item at another path dated twelve
hours or more after every stored twin is a new edition. A feed that stamps a fresh token into
every id and link (and the date) is still stored once. On a real loopback HTTP server and a real
SQLite store, polled by one FeedPoller as `run` keeps it, then by another after a restart; the
texts are written for this test.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from bot.adapters.sqlite_store import SqliteStore
from bot.core.feeds.republished import StoredTwin, same_item_again
from bot.core.iso_times import utc_iso
from tests.support.poll_harness import Harness, OnePoller
from tests.support.servers import rss

HEADLINE = "Frontline briefing"
TEASER = "Our daily round-up of the front's news, written for this test."


def _briefing(day: int, when, link: str | None = None, dated: bool = True) -> dict:
    item = {"title": HEADLINE, "description": TEASER, "guid": f"briefing-{day}",
            "link": link or f"https://desk.example/2026/12/{day:02d}/frontline-briefing"}
    return {**item, "pubDate": when} if dated else item


def _other(number: int, when) -> dict:
    return {"title": f"Harbour note {number}", "description": f"Note {number} on the harbour's ferries.",
            "guid": f"note-{number}", "link": f"https://desk.example/notes/{number}", "pubDate": when}


def _stored(store) -> list[str]:
    return sorted(row["guid"] for row in store.db.query("SELECT guid FROM entries"))


@pytest.mark.parametrize("newest_first", [True, False], ids=["newest-first", "oldest-first"])
def test_yesterdays_briefing_still_listed_beside_todays_leaves_both_stored(harness, clock, feed_server,
                                                                           newest_first):
    feed = harness.feed("/desk.xml", "Desk")
    poller = OnePoller(harness)
    day_one = clock.now() - timedelta(hours=1)
    first = [_briefing(5, day_one), _other(1, day_one)]
    feed_server.set_feed("/desk.xml", rss(first if newest_first else first[::-1]))
    assert poller.poll(feed).new_entries == 2
    clock.advance(days=1)
    second = [_briefing(6, clock.now()), *first]
    feed_server.set_feed("/desk.xml", rss(second if newest_first else second[::-1]))
    result = poller.poll(feed)
    assert result.ok and result.new_entries == 1, result
    assert _stored(harness.store) == ["briefing-5", "briefing-6", "note-1"]


def test_briefings_whose_links_differ_only_in_the_query_are_two_while_both_are_listed(harness, clock,
                                                                                      feed_server):
    """`?p=101` and `?p=102` (a blog's plain links) look like a rotating token; yesterday's
    still listed, unchanged, says they are two articles."""
    feed = harness.feed("/desk.xml", "Desk")
    poller = OnePoller(harness)
    yesterday = _briefing(5, clock.now() - timedelta(hours=1), link="https://desk.example/?p=101")
    feed_server.set_feed("/desk.xml", rss([yesterday]))
    assert poller.poll(feed).new_entries == 1
    clock.advance(hours=3)
    today = _briefing(6, clock.now(), link="https://desk.example/?p=102")
    feed_server.set_feed("/desk.xml", rss([today, yesterday]))
    assert poller.poll(feed).new_entries == 1
    assert _stored(harness.store) == ["briefing-5", "briefing-6"]


def test_undated_briefings_listed_together_are_two(harness, clock, feed_server):
    feed = harness.feed("/desk.xml", "Desk")
    poller = OnePoller(harness)
    yesterday = _briefing(5, None, dated=False)
    feed_server.set_feed("/desk.xml", rss([yesterday]))
    assert poller.poll(feed).new_entries == 1
    clock.advance(days=1)
    feed_server.set_feed("/desk.xml", rss([_briefing(6, None, dated=False), yesterday]))
    assert poller.poll(feed).new_entries == 1
    assert _stored(harness.store) == ["briefing-5", "briefing-6"]


def test_two_briefings_in_a_first_poll_are_two(harness, clock, feed_server):
    feed = harness.feed("/desk.xml", "Desk")
    feed_server.set_feed("/desk.xml", rss([_briefing(6, clock.now()), _briefing(5, clock.now() - timedelta(days=1))]))
    result = OnePoller(harness).poll(feed)
    assert result.ok and result.new_entries == 2, result


def test_a_briefing_whose_predecessor_left_the_feed_is_stored_after_a_restart(harness, clock, feed_server, tmp_path):
    """The feed lists today's briefing only (yesterday's is gone): another path, a day later, is
    a new edition; the poll after a restart (a new poller on the store reopened) decides alike."""
    feed = harness.feed("/desk.xml", "Desk")
    feed_server.set_feed("/desk.xml", rss([_briefing(5, clock.now() - timedelta(hours=1)), _other(1, clock.now())]))
    assert OnePoller(harness).poll(feed).new_entries == 2
    harness.store.close()
    clock.advance(days=1)
    reopened = SqliteStore(tmp_path / "test.db")
    try:
        again = Harness(reopened, clock, feed_server)
        feed_server.set_feed("/desk.xml", rss([_briefing(6, clock.now()), _other(2, clock.now())]))
        result = OnePoller(again).poll(reopened.feed_by_url(feed.url))
        assert result.ok and result.new_entries == 2, result
        assert _stored(reopened) == ["briefing-5", "briefing-6", "note-1", "note-2"]
    finally:
        reopened.close()


def _rotated(items: list[dict], poll: int, when, token_in_path: bool = False) -> list[dict]:
    """`items` under this poll's ids and links (a token in the query, or in the path), dated now."""
    def link(item):
        base = item["link"]
        if token_in_path:
            return base.replace("desk.example/", f"desk.example/s/{poll:04d}/")
        return f"{base}?sid={poll}"
    return [dict(item, guid=f"{item['guid']}-{poll}", link=link(item), pubDate=when) for item in items]


def test_a_feed_rotating_tokens_and_dates_is_stored_once_in_both_orders_across_polls_and_a_restart(
        harness, clock, feed_server, tmp_path):
    """Fourteen hours of polls (longer than a new edition's twelve) in alternating orders, with a
    restart half-way: the items are stored once, however their dates move."""
    items = [_briefing(5, None), _other(1, None), _other(2, None)]
    feed = harness.feed("/desk.xml", "Desk")
    poller = OnePoller(harness)
    for poll in range(8):
        listed = _rotated(items, poll, clock.now())
        feed_server.set_feed("/desk.xml", rss(listed if poll % 2 else listed[::-1]))
        if poll == 4:  # a restart: another poller, as a new process has
            poller = OnePoller(harness)
        result = poller.poll(feed)
        assert result.ok and result.new_entries == (3 if poll == 0 else 0), (poll, result)
        clock.advance(hours=2)
    assert len(_stored(harness.store)) == 3


def test_a_token_in_the_path_with_a_moving_date_stores_an_item_again_at_most_twice_a_day(harness, clock,
                                                                                        feed_server):
    """The one rotation the path and the date cannot tell from a new edition: a bounded
    duplicate (one more entry per twelve hours), never one per poll; with its date kept, once."""
    items = [_other(1, None), _other(2, None)]
    feed = harness.feed("/desk.xml", "Desk")
    kept = harness.feed("/kept.xml", "Kept")
    poller = OnePoller(harness)
    start = clock.now()
    for poll in range(25):  # a day, polled hourly
        feed_server.set_feed("/desk.xml", rss(_rotated(items, poll, clock.now(), token_in_path=True)))
        feed_server.set_feed("/kept.xml", rss([dict(item, link=item["link"].replace("notes", "kept"))
                                               for item in _rotated(items, poll, start, token_in_path=True)]))
        assert poller.poll(feed).ok and poller.poll(kept).ok
        clock.advance(hours=1)
    counts = {row["feed_id"]: row["n"] for row in harness.store.db.query(
        "SELECT feed_id, COUNT(*) AS n FROM entries GROUP BY feed_id")}
    assert counts == {feed.id: 2 * 3, kept.id: 2}, counts


def test_same_item_again_reads_the_evidence_in_order():
    now = datetime(2026, 12, 6, 8, tzinfo=timezone.utc)
    twin = StoredTwin("b-5", "https://d.example/2026/12/05/b", utc_iso(now - timedelta(days=1)))
    assert not same_item_again(now, "https://d.example/x", (), set())
    # The same moment: the same item, whatever else differs.
    assert same_item_again(now - timedelta(days=1), "https://d.example/2026/12/06/b", [twin], {"b-5"})
    # Listed beside it, by id or by link: another article.
    assert not same_item_again(now, "https://d.example/b?v=2", [twin], {"b-5"})
    assert not same_item_again(now, "https://d.example/b?v=2", [twin], {"https://d.example/2026/12/05/b"})
    # Another path a day later: a new edition; the same path (a token in the query), or 11 hours: the same.
    assert not same_item_again(now, "https://d.example/2026/12/06/b", [twin], set())
    assert same_item_again(now, "https://d.example/2026/12/05/b?sid=9", [twin], set())
    assert same_item_again(now, "https://d.example/2026/12/06/b",
                           [twin._replace(published=utc_iso(now - timedelta(hours=11)))], set())
    # Undated (either), or without a link (either), and not listed: the same (nothing shows otherwise).
    assert same_item_again(None, "https://d.example/2026/12/06/b", [twin], set())
    assert same_item_again(now, "https://d.example/2026/12/06/b", [twin._replace(published=None)], set())
    assert same_item_again(now, None, [twin], set())
    assert same_item_again(now, "https://d.example/2026/12/06/b", [twin._replace(canonical_url=None)], set())
    # Each twin is asked whether it is listed, and the newest by date (not the last stored) is
    # the one a new edition is told against: an older one stored last, gone, says nothing.
    older = twin._replace(guid="b-4", canonical_url="https://d.example/2026/12/04/b",
                          published=utc_iso(now - timedelta(days=2)))
    assert not same_item_again(now, "https://d.example/b?v=3", [twin, older], {"b-5"})
    assert same_item_again(now, "https://d.example/2026/12/06/b",
                           [twin._replace(published=utc_iso(now - timedelta(hours=2))), older], set())
    assert not same_item_again(now, "https://d.example/2026/12/06/b", [older._replace(published=None), twin], set())
