"""Stop 48: a poll reads the words keys of its entries new by id and link (bot/core/feeds/
republished.py) for the whole batch, one statement, not one statement an entry twice a poll
(EntryStore.words_read, bot/adapters/store/entry_keys.py), as stop 47 did for the GUIDs and
canonical URLs. On a real loopback HTTP server and real SQLite stores; the items are written
for this test. The first test fails before the change (80 statements), the second before its
`+fetched_at` (the lookups went by the fetch-time index); the third compares the rows stored
with the batch read and without it (each key read by its own statement): the same.
"""

from __future__ import annotations

from datetime import timedelta

import bot.adapters.store.entries as entries_module
from tests.support.poll_harness import Harness, OnePoller, polls_on_a_new_store
from tests.support.servers import rss

# items_with_words's statement for one entry, when no batch read answers it.
ONE_WORDS_READ = "SELECT guid, canonical_url, published FROM entries WHERE feed_id"
BY_WORDS = " AND content_key = "


def _item(number: int, when, poll: int, **changes) -> dict:
    """Item `number` under poll `poll`'s id, link and date (its words kept)."""
    item = {"title": f"Depot note {number}", "link": f"https://depot.example/notes/{number}?v={poll}",
            "guid": f"depot-{number}-{poll}", "description": f"Note {number} on the week's repairs at the depot.",
            "pubDate": when + timedelta(minutes=number + poll)}
    return {**item, **changes}


def test_a_rotated_poll_reads_its_words_keys_per_batch_not_per_entry(harness, clock, feed_server):
    when = clock.now() - timedelta(hours=3)
    feed = harness.feed("/depot.xml", "Depot")
    poller = OnePoller(harness)
    feed_server.set_feed("/depot.xml", rss([_item(n, when, 0) for n in range(40)]))
    assert poller.poll(feed).new_entries == 40
    clock.advance(minutes=10)
    feed_server.set_feed("/depot.xml", rss([_item(n, when, 1) for n in range(40)]))
    made: list[str] = []
    harness.store.db.conn.set_trace_callback(made.append)
    result = poller.poll(feed)
    harness.store.db.conn.set_trace_callback(None)
    assert result.ok and result.new_entries == 0, result
    # Before: 80 (each rotated entry asked once before its analysis, once as it was stored).
    assert [sql for sql in made if sql.startswith(ONE_WORDS_READ) and BY_WORDS in sql] == []
    assert len([sql for sql in made if "content_key IN (SELECT value FROM json_each" in sql]) == 2


def test_the_words_lookups_use_the_words_index(harness, clock, feed_server):
    """Both reads by words key (the batch's, and one key's outside a batch) go by the
    entries_feed_content index: stop 47b's statement went by entries_feed_fetched and read every
    entry of the feed within the retention window at each ask (~0.4 ms an ask at 750 entries a
    feed, bench/bench_words_read.py). Fails before stop 48's `+fetched_at`."""
    store = harness.store
    feed_id = store.feed_by_url(harness.feed("/depot.xml", "Depot").url).id
    made: list[str] = []
    store.db.conn.set_trace_callback(made.append)
    since = clock.now() - timedelta(days=30)
    store.items_with_words(feed_id, 12345, since)
    with store.entry_keys_read(feed_id, ()):
        store.words_read(feed_id, [12345, 678], since)
    store.db.conn.set_trace_callback(None)
    reads = [sql for sql in made if "content_key" in sql]
    assert len(reads) == 2, made
    for sql in reads:
        plan = " ".join(str(row[-1]) for row in store.db.conn.execute("EXPLAIN QUERY PLAN " + sql))
        assert "entries_feed_content" in plan, (sql, plan)


def _stored_rows(store) -> list[tuple]:
    return [tuple(row) for row in store.db.conn.execute(
        "SELECT f.url, e.guid, e.url, e.title, e.summary FROM entries e JOIN feeds f ON f.id = e.feed_id "
        "ORDER BY f.url, e.guid, e.url")]


def _tricky_polls(harness: Harness, clock, feed_server) -> list[tuple]:
    """Two feeds polled three times: the same words twice in one body, the same words in the
    other feed (a feed's own words only), an edited item, and rotated ids, links and dates."""
    when = clock.now() - timedelta(hours=3)
    first = harness.feed("/a.xml", "A")
    second = harness.feed("/b.xml", "B")
    poller = OnePoller(harness)
    results = []
    for poll in range(3):
        copy = _item(3, when, poll, guid=f"copy-{poll}", link=f"https://x.example/{poll}")  # item 3's words again
        feed_server.set_feed("/a.xml", rss([_item(n, when, poll) for n in range(12)] + [copy]))
        edited = [_item(n, when, poll, guid=f"b-{n}-{poll}", link=f"https://b.example/{n}?v={poll}")
                  for n in range(8, 16)]
        if poll == 2:
            edited[0]["description"] += " Corrected: the depot reopened."
        feed_server.set_feed("/b.xml", rss(edited))
        results += [poller.poll(first), poller.poll(second)]
        clock.advance(minutes=10)
    return [(r.ok, r.new_entries, r.entries) for r in results] + _stored_rows(harness.store)


def test_the_batch_words_read_stores_the_rows_the_statement_per_entry_stores(clock, feed_server, tmp_path,
                                                                             monkeypatch):
    def polled(name: str) -> list[tuple]:
        return polls_on_a_new_store(tmp_path / name, clock, feed_server, _tricky_polls)

    batch = polled("batch.db")
    # The same polls with each words key read one statement an entry, as before the batch read.
    monkeypatch.setattr(entries_module.EntryStore, "words_read", lambda self, feed_id, keys, since: None)
    one_by_one = polled("one-by-one.db")
    assert batch == one_by_one
    assert batch[:6] == [(True, 12, 13), (True, 8, 8), (True, 0, 13), (True, 0, 8), (True, 0, 13), (True, 1, 8)]
