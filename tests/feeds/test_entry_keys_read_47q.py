"""Issue 15, stop 47: a poll reads its entries' keys (this feed's GUIDs, any feed's canonical
URLs) for the whole batch, two statements, not one statement an entry (EntryStore.entry_keys_read,
bot/adapters/store/entry_keys.py). On a real loopback HTTP server and real SQLite stores; the
items are headlines written for this test.

A first cycle of 200 feeds x 50 new items asked EntryStore.entry_stored ~15,000 times, one
statement each (bench/README.md, stop 47). The answers must stay those of the statement: the
same rows are stored, whatever the batch holds (the same GUID twice, the same link twice, a
link another feed stored, an item stored by an earlier poll).
"""

from __future__ import annotations

import contextlib
from datetime import timedelta

import bot.adapters.store.entries as entries_module
from tests.support.poll_harness import Harness, OnePoller, polls_on_a_new_store
from tests.support.servers import rss

# The statement entry_stored makes for one entry when it has no batch read to answer from (its
# GUID named: items_with_words's lookup by the words key, stop 47b, starts alike and is another read).
ONE_ENTRY_READ = "SELECT EXISTS (SELECT 1 FROM entries WHERE feed_id"
ONE_ENTRY_GUID = " AND guid = "


def _item(number: int, when, **changes) -> dict:
    item = {"title": f"Depot note {number}", "link": f"https://depot.example/notes/{number}",
            "guid": f"depot-{number}", "description": f"Note {number} on the week's repairs at the depot.",
            "pubDate": when + timedelta(minutes=number)}
    return {**item, **changes}


def _statements(store) -> list[str]:
    made: list[str] = []
    store.db.conn.set_trace_callback(made.append)
    return made


def test_a_first_poll_reads_its_entries_keys_per_batch_not_per_entry(harness, clock, feed_server):
    when = clock.now() - timedelta(hours=3)
    feed = harness.feed("/depot.xml", "Depot")
    feed_server.set_feed("/depot.xml", rss([_item(n, when) for n in range(40)]))
    made = _statements(harness.store)
    result = OnePoller(harness).poll(feed)
    assert result.ok and result.new_entries == 40, result
    # Before: 80 (each entry asked once before its analysis, once as it was stored).
    assert [sql for sql in made if sql.startswith(ONE_ENTRY_READ) and ONE_ENTRY_GUID in sql] == []


def _stored_rows(store) -> list[tuple]:
    return [tuple(row) for row in store.db.conn.execute(
        "SELECT f.url, e.guid, e.url, e.canonical_url, e.title FROM entries e JOIN feeds f ON f.id = e.feed_id "
        "ORDER BY f.url, e.guid, e.url")]


def _tricky_polls(harness: Harness, clock, feed_server) -> list[tuple]:
    """Two feeds polled twice: a body with the same GUID twice (other links; once with the same
    words), the same link twice (other GUIDs), links the other feed stored, and a second poll
    repeating old items."""
    when = clock.now() - timedelta(hours=3)
    first = harness.feed("/a.xml", "A")
    second = harness.feed("/b.xml", "B")
    poller = OnePoller(harness)
    feed_server.set_feed("/a.xml", rss([_item(n, when) for n in range(25)]))
    feed_server.set_feed("/b.xml", rss(
        [_item(n, when, guid=f"b-{n}") for n in range(20, 45)]  # 20-24: links feed A stored
        + [_item(50, when, guid="b-dup", link="https://depot.example/notes/50")]
        + [_item(51, when, guid="b-dup", link="https://depot.example/notes/51")]  # the same GUID again
        + [_item(52, when, guid="b-52", link="https://depot.example/notes/52")]
        + [_item(53, when, guid="b-53", link="https://depot.example/notes/52")]  # the same link again
        # The same GUID, moment and words under another link: a template's fixed GUID (stored under its
        # link), which only a read that sees the first copy's insert tells from a republished item.
        + [_item(60, when, guid="b-60"), _item(60, when, guid="b-60", link="https://depot.example/notes/61")]))
    results = [poller.poll(first), poller.poll(second)]
    clock.advance(minutes=10)
    feed_server.set_feed("/a.xml", rss([_item(n, when) for n in range(20, 70)]))  # 20-24 old, 45-49 new here
    results += [poller.poll(first), poller.poll(second)]
    return [(r.ok, r.new_entries, r.entries) for r in results] + _stored_rows(harness.store)


def test_the_batch_read_stores_the_rows_the_statement_per_entry_stores(clock, feed_server, tmp_path, monkeypatch):
    def polled(name: str) -> list[tuple]:
        return polls_on_a_new_store(tmp_path / name, clock, feed_server, _tricky_polls)

    batch = polled("batch.db")
    # The same polls with every key read one statement an entry, as before the batch read.
    monkeypatch.setattr(entries_module.EntryStore, "entry_keys_read",
                        lambda self, feed_id, keys: contextlib.nullcontext())
    one_by_one = polled("one-by-one.db")
    assert batch == one_by_one
    assert batch[0] == (True, 25, 25) and batch[1][0] is True
