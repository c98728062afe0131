"""Issue 15, stop 45: what the republished-item check (bot/core/feeds/republished.py) costs a
poll of new items, on a real loopback HTTP server and a real SQLite store. The items are
headlines written for this test.

Every entry whose id and link are new is asked whether its feed stored it before under
others (EntryStore.items_with_words), twice a poll: once to tell which entries to analyse,
once as it is stored. The entry's own key (its title and text casefolded, addresses and
spacing made plain: two regex passes) was made before the feed's rows of that moment were
read, so every new entry of a first cycle paid for it, ~0.8 s of the event loop's CPU over
10,000 entries (bench/README.md, stop 45). Now it is made only when a row shares the moment.
The check's answers stay those of tests/feeds/test_hostile_44.py and test_review_fixes_44.py.

Stop 47b: an item rotating its date too was stored again at every poll, so an item is now known
by its feed and words alone (an indexed per-feed key, migration 38): every entry whose id and
link are new has its key made, as it is stored with the entry. What stays bounded is how often:
once, to tell the new entries before their analysis; the store step and the store take that one.
"""

from __future__ import annotations

from datetime import timedelta

import bot.core.feeds.republished as republished_module
from tests.support.poll_harness import OnePoller
from tests.support.servers import rss


def _item(number: int, when) -> dict:
    return {"title": f"Ministry note {number}", "link": f"https://ministry.example/notes/{number}",
            "guid": f"note-{number}", "description": f"Note {number} on the week's deliveries to the front.",
            "pubDate": when + timedelta(minutes=number)}


def _counting_keys(monkeypatch) -> list[tuple[str, str]]:
    made: list[tuple[str, str]] = []
    plain = republished_module.republish_key

    def counted(title: str, text: str):
        made.append((title, text))
        return plain(title, text)

    monkeypatch.setattr(republished_module, "republish_key", counted)
    return made


def test_a_new_items_key_is_made_once(harness, clock, feed_server, monkeypatch):
    made = _counting_keys(monkeypatch)
    when = clock.now() - timedelta(hours=2)
    feed = harness.feed("/notes.xml", "Ministry")
    feed_server.set_feed("/notes.xml", rss([_item(n, when) for n in range(5)]))
    result = OnePoller(harness).poll(feed)
    assert result.ok and result.new_entries == 5, result
    assert sorted(title for title, _ in made) == [f"Ministry note {n}" for n in range(5)]


def test_an_item_sharing_a_stored_items_moment_is_still_compared_by_its_words(harness, clock, feed_server,
                                                                             monkeypatch):
    when = clock.now() - timedelta(hours=2)
    feed = harness.feed("/notes.xml", "Ministry")
    poller = OnePoller(harness)
    feed_server.set_feed("/notes.xml", rss([_item(1, when)]))
    assert poller.poll(feed).new_entries == 1
    made = _counting_keys(monkeypatch)
    clock.advance(minutes=10)
    # Same moment and words under a new id and link: the same item; a new item at that
    # moment with other words: stored.
    again = dict(_item(1, when), guid="note-1-b", link="https://ministry.example/notes/1?s=2")
    other = dict(_item(1, when), guid="note-9", link="https://ministry.example/notes/9",
                 description="Another note, on training.")
    feed_server.set_feed("/notes.xml", rss([again, other]))
    result = poller.poll(feed)
    assert result.ok and result.new_entries == 1, result
    assert made, "an entry new by its id and link is compared by its key"
