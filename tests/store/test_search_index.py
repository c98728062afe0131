"""The full-text search index (entries_fts): new entries are queued by a trigger and
indexed with one statement before their transaction commits (migration 22). What /search
finds, and in which order, must be what the index written entry by entry found."""

from __future__ import annotations

import random
import sqlite3
from datetime import timedelta

import pytest

from bot.adapters.migrations import MIGRATIONS, migrate
from bot.adapters.sqlite_store import SqliteStore
from bot.core.models import Alert, Entry, Feed, Subscription
from tests.support.fakes import FakeClock
from tests.support.store_checks import entries_waiting_for_the_index

BEFORE_22 = [m for m in MIGRATIONS if m[0] < 22]
FROM_22 = [m[0] for m in MIGRATIONS if m[0] >= 22]  # what such a database lacks, 22 first

# Words of three languages, some with diacritics (the index folds them: "societe" finds
# "société"), some hyphenated or numeric, so that ranking has varied text to order.
WORDS = (
    "tanks artillery shells delivery Kyiv Berlin Paris Warsaw package million drones radar air defence "
    "livraison chars obus société défense aérienne missiles Panzer Lieferung Österreich Flugabwehr "
    "Munition Haubitzen IRIS-T F-16 155mm coalition minister announced talks winter grain port city "
    "weather football election market Monday lundi Montag"
).split()
QUERIES = ["tanks", "chars", "societe", "société", "IRIS-T", "F-16", "Osterreich", "155mm", "air defence",
           "Kyiv drones", "Panzer Lieferung", "missiles radar coalition", "weather", "nothingsuchword", "Montag"]


def _text(rng: random.Random, words: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(words))


def _store(path, migrations=None) -> SqliteStore:
    store = SqliteStore(path)
    migrate(store.db, migrations)
    return store


def _results(store: SqliteStore) -> dict[str, list[tuple]]:
    """What /search answers, and the index's own scores: bm25 reads the index's counts
    of rows and terms, so an entry indexed twice or removed wrongly changes them."""
    found = {q: [(r["id"], r["title"]) for r in store.search_entries(q, limit=1000)] for q in QUERIES}
    for q in QUERIES:
        match = " ".join(f'"{word}"' for word in q.split())
        found[q + " (scores)"] = [(rowid, rank) for rowid, rank in store.db.execute(
            "SELECT rowid, rank FROM entries_fts WHERE entries_fts MATCH ? ORDER BY rank, rowid", [match])]
    return found


def _history(store: SqliteStore, clock: FakeClock) -> None:
    """A store's life: polls, entries stored outside a transaction, edits and deletions of
    entries indexed and of entries still queued, a poll that fails, retention."""
    rng = random.Random(7)
    feed, _ = store.add_feed(Feed(url="https://a.example/rss"), clock.now())
    number = 0

    def entry() -> Entry:
        nonlocal number
        number += 1
        return Entry(feed_url="https://a.example/rss", guid=f"g{number}", url=f"https://a.example/{number}",
                     title=_text(rng, 6), summary=_text(rng, 40), content=_text(rng, 80) if number % 3 else "")

    for _ in range(3):  # polls
        with store.transaction():
            for _ in range(30):
                entry_id = store.insert_entry(feed, entry(), None, clock.now())
                store.set_entry_verdict(entry_id, rng.random() < 0.3, rng.random(), None)
        clock.advance(days=1)
    for _ in range(5):
        store.insert_entry(feed, entry(), None, clock.now())
    store.db.execute("UPDATE entries SET title = 'tanks for Kyiv', summary = 'Lieferung' WHERE id = 3")
    store.db.execute("DELETE FROM entries WHERE id = 4")
    with store.transaction():
        queued = [store.insert_entry(feed, entry(), None, clock.now()) for _ in range(4)]
        store.db.execute("UPDATE entries SET title = 'société des chars' WHERE id = ?", [queued[0]])
        store.db.execute("DELETE FROM entries WHERE id = ?", [queued[1]])
        store.db.execute("UPDATE entries SET content = 'weather' WHERE id = 5")  # an indexed one, meanwhile
    with pytest.raises(RuntimeError), store.transaction():
        for _ in range(5):
            store.insert_entry(feed, entry(), None, clock.now())
        raise RuntimeError("a poll that fails is rolled back, its entries with it")
    assert store.prune(clock.now() - timedelta(days=2)) > 0


def test_search_finds_the_same_entries_in_the_same_order_as_when_each_entry_was_indexed_alone(tmp_path):
    before = _store(tmp_path / "before.db", BEFORE_22)
    # The store's code indexes what is queued when a transaction ends; on this database
    # the old triggers index every entry as it is stored, and nothing is ever queued.
    before.db.execute("CREATE TABLE entries_unindexed (id INTEGER PRIMARY KEY)")
    # Nor does it know feeds added from chat (migrations 24 and 25), which today's add_feed records.
    before.db.execute("ALTER TABLE feeds ADD COLUMN from_chat INTEGER NOT NULL DEFAULT 0")
    before.db.execute("ALTER TABLE feeds ADD COLUMN added_in TEXT")
    # Nor the key of each entry's words (migration 38), which today's insert_entry stores.
    before.db.execute("ALTER TABLE entries ADD COLUMN content_key INTEGER")
    now = _store(tmp_path / "now.db")
    _history(before, FakeClock())
    _history(now, FakeClock())
    expected = _results(before)
    assert sum(len(rows) for rows in expected.values()) > 100
    assert _results(now) == expected
    assert now.db.execute("SELECT count(*) FROM entries_unindexed").fetchone()[0] == 0
    now.db.execute("INSERT INTO entries_fts (entries_fts) VALUES ('integrity-check')")
    before.close()
    now.close()


def _segments(store: SqliteStore) -> int:
    return store.db.execute("SELECT count(DISTINCT segid) FROM entries_fts_idx").fetchone()[0]


def test_a_transaction_writes_its_entries_to_the_index_as_one_segment(store, clock):
    # Without merging, the index shows how it was written: one segment per write. Each
    # INSERT of an entry is a statement savepoint, where FTS5 writes what it holds.
    store.db.execute("INSERT INTO entries_fts (entries_fts, rank) VALUES ('automerge', 0)")
    store.db.execute("INSERT INTO entries_fts (entries_fts, rank) VALUES ('crisismerge', 1000)")
    feed, _ = store.add_feed(Feed(url="https://a.example/rss"), clock.now())
    with store.transaction():
        for n in range(20):
            store.insert_entry(feed, Entry("u", f"g{n}", f"https://a.example/{n}", f"tanks {n}", "shells"),
                               None, clock.now())
    assert _segments(store) == 1
    assert len(store.search_entries("tanks", limit=100)) == 20


def test_an_entry_is_searchable_once_its_transaction_commits(store, clock):
    feed, _ = store.add_feed(Feed(url="https://a.example/rss"), clock.now())
    store.insert_entry(feed, Entry("u", "1", "https://a.example/1", "Haubitzen", ""), None, clock.now())
    assert [r["title"] for r in store.search_entries("haubitzen")] == ["Haubitzen"]  # stored on its own
    with store.transaction():
        store.insert_entry(feed, Entry("u", "2", "https://a.example/2", "Haubitzen und Munition", ""), None,
                           clock.now())
        with store.transaction():  # a nested transaction leaves the indexing to the outermost
            store.insert_entry(feed, Entry("u", "3", "https://a.example/3", "Munition", ""), None, clock.now())
    assert sorted(r["title"] for r in store.search_entries("munition")) == ["Haubitzen und Munition", "Munition"]


def test_a_database_indexed_entry_by_entry_keeps_searching_after_the_upgrade(tmp_path, clock):
    path = tmp_path / "old.db"
    old = _store(path, BEFORE_22)  # written by the release before: its triggers index each entry
    # Its feed written as that release wrote it: today's add_feed names a later column (from_chat).
    feed = old.db.execute("INSERT INTO feeds (url, name, added_at) VALUES ('https://a.example/rss', '', ?)",
                          [clock.now().isoformat()]).lastrowid
    for n, title in enumerate(["Panzer für Kyiv", "chars pour Kyiv", "weather in Paris"], start=1):
        old.db.execute("INSERT INTO entries (id, feed_id, guid, url, title, fetched_at) VALUES (?, ?, ?, ?, ?, ?)",
                       [n, feed, f"g{n}", f"https://a.example/{n}", title, "2026-01-01"])
    old.close()

    store = SqliteStore(path)
    assert store.migrate() == FROM_22
    assert [r["title"] for r in store.search_entries("kyiv", limit=10)] == ["Panzer für Kyiv", "chars pour Kyiv"]
    # An entry indexed by the old triggers is edited and deleted through the index.
    store.db.execute("UPDATE entries SET title = 'Flugabwehr' WHERE id = 1")
    store.db.execute("DELETE FROM entries WHERE id = 2")
    assert store.search_entries("kyiv") == []
    assert [r["title"] for r in store.search_entries("flugabwehr")] == ["Flugabwehr"]
    store.insert_entry(feed, Entry("u", "g4", "https://a.example/4", "weather in Warsaw", ""), None, clock.now())
    assert sorted(r["title"] for r in store.search_entries("weather")) == ["weather in Paris", "weather in Warsaw"]
    store.db.execute("INSERT INTO entries_fts (entries_fts) VALUES ('integrity-check')")
    store.close()


def test_deleting_an_entry_still_queued_leaves_the_index_whole(store, clock):
    # FTS5 cannot remove terms it never indexed: the 'delete' of a queued entry would
    # damage the index (SQLite: "database disk image is malformed").
    feed, _ = store.add_feed(Feed(url="https://a.example/rss"), clock.now())
    with store.transaction():
        kept = store.insert_entry(feed, Entry("u", "1", "https://a.example/1", "obus", ""), None, clock.now())
        gone = store.insert_entry(feed, Entry("u", "2", "https://a.example/2", "obus livraison", ""), None,
                                  clock.now())
        store.db.execute("DELETE FROM entries WHERE id = ?", [gone])
    assert [r["id"] for r in store.search_entries("obus")] == [kept]
    store.db.execute("DELETE FROM entries WHERE id = ?", [kept])
    assert store.search_entries("obus") == []
    try:
        store.db.execute("INSERT INTO entries_fts (entries_fts) VALUES ('integrity-check')")
    except sqlite3.DatabaseError as exc:  # pragma: no cover - the failure this test is for
        pytest.fail(f"index damaged: {exc}")


def test_commits_that_leave_the_index_queued_are_indexed_later_as_one_segment(store, clock):
    store.db.execute("INSERT INTO entries_fts (entries_fts, rank) VALUES ('automerge', 0)")
    store.db.execute("INSERT INTO entries_fts (entries_fts, rank) VALUES ('crisismerge', 1000)")
    feed, _ = store.add_feed(Feed(url="https://a.example/rss"), clock.now())
    for poll in range(3):
        with store.search_index_left_queued(), store.transaction():
            for n in range(4):
                store.insert_entry(feed, Entry("u", f"g{poll}-{n}", f"https://a.example/{poll}/{n}", "obus", ""),
                                   None, clock.now())
    assert entries_waiting_for_the_index(store) == 12
    assert store.search_entries("obus") == []  # committed, not searchable yet
    store.index_queued_entries()
    assert entries_waiting_for_the_index(store) == 0
    assert _segments(store) == 1
    assert len(store.search_entries("obus", limit=100)) == 12
    store.index_queued_entries()  # nothing left: no second segment
    assert _segments(store) == 1
    store.db.execute("INSERT INTO entries_fts (entries_fts) VALUES ('integrity-check')")


def test_a_commit_indexes_the_queue_once_it_holds_the_most_it_may(store, clock, monkeypatch):
    import bot.adapters.store.entries as entries

    monkeypatch.setattr(entries, "SEARCH_INDEX_QUEUE_MAX", 5)
    feed, _ = store.add_feed(Feed(url="https://a.example/rss"), clock.now())
    for poll, expected in ((0, 3), (1, 0)):
        with store.search_index_left_queued(), store.transaction():
            for n in range(3):
                store.insert_entry(feed, Entry("u", f"g{poll}-{n}", f"https://a.example/{poll}/{n}", "chars", ""),
                                   None, clock.now())
        assert entries_waiting_for_the_index(store) == expected
    assert len(store.search_entries("chars", limit=100)) == 6
    with store.search_index_left_queued(False), store.transaction():  # not deferred: as any transaction
        store.insert_entry(feed, Entry("u", "g9", "https://a.example/9", "chars", ""), None, clock.now())
    assert entries_waiting_for_the_index(store) == 0


def test_entries_queued_too_long_ago_are_indexed_by_the_next_commit(store, clock, monkeypatch):
    # Polls that keep overlapping would otherwise keep deferring the index for ever.
    import bot.adapters.store.entries as entries

    feed, _ = store.add_feed(Feed(url="https://a.example/rss"), clock.now())
    with store.search_index_left_queued(), store.transaction():
        store.insert_entry(feed, Entry("u", "g1", "https://a.example/1", "Haubitzen", ""), None, clock.now())
    assert entries_waiting_for_the_index(store) == 1
    monkeypatch.setattr(entries, "SEARCH_INDEX_QUEUE_SECONDS", 0.0)
    with store.search_index_left_queued(), store.transaction():
        store.insert_entry(feed, Entry("u", "g2", "https://a.example/2", "Haubitzen", ""), None, clock.now())
    assert entries_waiting_for_the_index(store) == 0
    assert len(store.search_entries("haubitzen")) == 2


def test_a_delivery_writes_none_of_the_search_index_a_poll_group_left_queued(store, clock):
    # A poll group's index is the polls' work (their last commit, or the poller once none is
    # left): an alert's claim that happened to commit first wrote it, and its send waited.
    feed, _ = store.add_feed(Feed(url="https://a.example/rss"), clock.now())
    with store.search_index_left_queued(), store.transaction():
        for n in range(5):
            store.insert_entry(feed, Entry("u", f"g{n}", f"https://a.example/{n}", "Raketenwerfer", ""), None,
                               clock.now())
    with pytest.raises(RuntimeError), store.search_index_left_queued(False), store.transaction():
        store.insert_entry(feed, Entry("u", "g9", "https://a.example/9", "Raketenwerfer", ""), None, clock.now())
        raise RuntimeError("a poll that fails after storing an entry: rolled back")
    story = store.create_story("title", "https://a.example/0", clock.now(), None, "{}", ["tanks"], 3.0)
    store.enqueue(Alert(story, "t", "u", (), None, ()), [Subscription("fake", "1")], clock.now())
    [item] = store.due_outbox("fake", clock.now())
    statements: list[str] = []
    store.db.conn.set_trace_callback(statements.append)
    try:
        assert store.claim_alert(item.id, "fake", "1") is not None
        store.mark_sent(item.id, clock.now(), "m1")
        store.subscribe("fake", "2", ["tanks"], clock.now())
    finally:
        store.db.conn.set_trace_callback(None)
    assert any("state = 'sending'" in sql for sql in statements)  # the trace saw the claim
    assert [sql for sql in statements if "entries_fts" in sql or "entries_unindexed" in sql] == []
    assert entries_waiting_for_the_index(store) == 5
    assert store.search_entries("raketenwerfer") == []
    store.index_queued_entries()  # the poller's, once no poll of the group is left
    assert entries_waiting_for_the_index(store) == 0
    assert len(store.search_entries("raketenwerfer", limit=100)) == 5
    store.db.execute("INSERT INTO entries_fts (entries_fts) VALUES ('integrity-check')")
