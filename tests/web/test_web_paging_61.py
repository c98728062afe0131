"""Stop 61: a range of thousands of rows. The pager gave the previous and the next page only, so
the oldest of 3,000 pledges were 59 "next"s away: it now links the first and the last page too,
in the page's language and figures. Real SQLite file, real tracker on loopback HTTP."""

from __future__ import annotations

import html
import re
from datetime import timedelta

from bot.core.models import Entry, Feed, Pledge
from tests.support.web_tracker import ask_tracker

ROWS = 3_000


def _thousands_of_pledges(store, clock) -> None:
    """One story reporting ROWS pledges of Germany, each of its own system."""
    feed_id = store.add_feed(Feed(url="https://wire.example/feed.xml", name="Wire"), clock.now())[0]
    when = clock.now() - timedelta(days=2)
    story_id = store.create_story("A long list", "https://wire.example/1", when, when, "{}", ["aid"], 2.0)
    entry_id = store.insert_entry(feed_id, Entry(feed_url="", guid="g1", url="https://wire.example/1",
                                                 title="A long list", published=when), "https://wire.example/1", when)
    store.add_story_source(story_id, entry_id, feed_id, "Wire", "https://wire.example/1", when)
    store.add_pledges(story_id, entry_id, [Pledge("DE", "other", "pledged", f"kit {n}", f"Kit{n}", 1,
                                                  evidence="Kits, it said.") for n in range(ROWS)], when)


def _pager(page: str) -> dict[str, str]:
    block = re.search(r'<p class="pager">(.*?)</p>', page, re.S)[1]
    return {cls: html.unescape(href) for href, cls in re.findall(r'<a href="([^"]*)" class="(\w+)"', block)}


def test_a_long_list_links_its_first_and_last_pages(store, clock):
    _thousands_of_pledges(store, clock)
    asked = ask_tracker(store, clock, "/pledges?q=germany", "/pledges?q=germany&page=60",
                        "/pledges?q=germany&page=30&lang=fr", "/pledges?q=germany&page=2", "/pledges?q=germany&page=61")
    first = asked["/pledges?q=germany"][1]
    assert _pager(first) == {"next": "/pledges?q=DE&page=2", "last": "/pledges?q=DE&page=60"}
    assert "last page (60) »" in first and "page 1 of 60" in first
    status, last = asked["/pledges?q=germany&page=60"]
    assert status == 200 and _pager(last) == {"first": "/pledges?q=DE", "prev": "/pledges?q=DE&page=59"}
    assert len(re.findall(r'<td class="date">', last)) == 50
    middle = asked["/pledges?q=germany&page=30&lang=fr"][1]
    assert set(_pager(middle)) == {"first", "prev", "next", "last"} and "dernière page (60) »" in middle
    # Next to the first page, "first" would be "previous" again.
    assert set(_pager(asked["/pledges?q=germany&page=2"][1])) == {"prev", "next", "last"}
    status, beyond = asked["/pledges?q=germany&page=61"]
    assert status == 404 and "/pledges?q=DE&amp;page=60" in beyond
