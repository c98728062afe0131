"""Issue 15, stop 53: a poll's new entries and their rule hits are held back and written
together (EntryStore.entries_held, bot/adapters/store/held_entries.py), a few multi-row
INSERTs instead of one statement an entry and one executemany an entry's hits. Real SQLite
stores, polls over a real loopback HTTP server; the items are written for the tests.

What must not change: the rows (ids included), what any other statement sees, and the
transaction's all-or-nothing (a savepoint or a transaction undone drops what was held in it).
"""

from __future__ import annotations

import contextlib
from datetime import UTC, datetime, timedelta

import pytest

import bot.adapters.store.entries as entries_module
from bot.core.models import Entry, Feed, RuleHit
from bot.errors import StoreError
from bot.pipeline import FeedPoller
from tests.support.fakes import FakeClock
from tests.support.poll_harness import OnePoller
from tests.support.poll_rows import aid_and_other_items, many_items, poll_into
from tests.support.servers import rss

WHEN = datetime(2026, 12, 6, 9, 0, tzinfo=UTC)


def _entry(number: int) -> Entry:
    return Entry(feed_url="https://held.example/feed.xml", guid=f"held-{number}", url=f"https://held.example/{number}", title=f"Held item {number}",
                 summary=f"Text of held item {number}.", published=WHEN + timedelta(minutes=number))


def _feed(store) -> int:
    feed_id, _ = store.add_feed(Feed(url="https://held.example/feed.xml", name="Held"), WHEN)
    return feed_id


def _ids_and_guids(store) -> list[tuple]:
    return [tuple(row) for row in store.db.conn.execute("SELECT id, guid FROM entries ORDER BY id")]


def _hold(store, feed_id: int, entries: list[Entry]):
    """The scopes a poll stores its entries in: a transaction, the batch's keys, the holding."""
    stack = contextlib.ExitStack()
    stack.enter_context(store.transaction())
    stack.enter_context(store.entry_keys_read(feed_id, [(e.guid, e.url) for e in entries]))
    stack.enter_context(store.entries_held())
    return stack


def test_a_poll_writes_its_new_entries_in_one_statement(harness, clock, feed_server):
    feed = harness.feed("/held.xml", "Held")
    feed_server.set_feed("/held.xml", rss(aid_and_other_items(40)))
    made: list[str] = []
    harness.store.db.conn.set_trace_callback(made.append)
    result = OnePoller(harness).poll(feed)
    harness.store.db.conn.set_trace_callback(None)
    assert result.ok and result.new_entries == 40 and result.matches > 0, result
    # (A statement is traced again at each firing of a trigger: counted once.)
    inserts = set(sql for sql in made if sql.startswith("INSERT INTO entries ("))
    hits = [sql for sql in made if sql.startswith("INSERT INTO matches")]
    # Before: 40 inserts, one an entry. The relevant ones are put into their stories as they
    # come (each story step writes what is held first), so a few statements, not one.
    assert 1 <= len(inserts) <= result.matches + 1
    assert len(harness.store._rows("SELECT id FROM entries")) == 40
    assert hits  # the hits are written too, with their entries


def test_a_poll_stores_the_rows_it_stored_one_statement_an_entry(feed_server, tmp_path, monkeypatch):
    # 70 items: the stories tests' articles (relevant: stories, pledges, alerts) and made-up ones.
    feed_server.set_feed("/many.xml", rss(many_items(FakeClock())))
    held = poll_into(tmp_path / "held.db", feed_server, FeedPoller)
    monkeypatch.setattr(entries_module.EntryStore, "entries_held", lambda self: contextlib.nullcontext())
    one_by_one = poll_into(tmp_path / "one-by-one.db", feed_server, FeedPoller)
    assert held == one_by_one  # every table, ids and rowids included
    assert held["matches"] and held["stories"] and len(held["entries"]) == 70


def test_a_statement_between_sees_the_held_entries_written(store):
    feed_id = _feed(store)
    entries = [_entry(n) for n in range(5)]
    with _hold(store, feed_id, entries):
        ids = [store.insert_entry(feed_id, entry, entry.url, WHEN) for entry in entries[:3]]
        store.add_matches(ids[1], [RuleHit(rule_id=None, topic="aid", weight=1.0, words=("howitzers",))])
        # Held so far: no row yet for another connection's eyes, but any statement of this one writes them first.
        assert store._rows("SELECT count(*) AS n FROM entries")[0]["n"] == 3
        assert store._rows("SELECT entry_id FROM matches")[0]["entry_id"] == ids[1]
        ids += [store.insert_entry(feed_id, entry, entry.url, WHEN) for entry in entries[3:]]
    assert ids == [row[0] for row in _ids_and_guids(store)] == list(range(ids[0], ids[0] + 5))
    assert [row[1] for row in _ids_and_guids(store)] == [f"held-{n}" for n in range(5)]


def test_an_entry_already_stored_is_not_held_and_gets_no_id(store):
    feed_id = _feed(store)
    first = _entry(1)
    store.insert_entry(feed_id, first, first.url, WHEN)
    again = [first, _entry(2)]
    with _hold(store, feed_id, again):
        assert store.insert_entry(feed_id, first, first.url, WHEN) is None
        assert store.insert_entry(feed_id, again[1], again[1].url, WHEN) is not None
    assert [row[1] for row in _ids_and_guids(store)] == ["held-1", "held-2"]


def test_a_savepoint_undone_drops_what_was_held_in_it_and_keeps_what_came_before(store):
    feed_id = _feed(store)
    entries = [_entry(n) for n in range(4)]
    with _hold(store, feed_id, entries):
        store.insert_entry(feed_id, entries[0], entries[0].url, WHEN)
        with contextlib.suppress(ValueError), store.transaction():  # a savepoint
            store.insert_entry(feed_id, entries[1], entries[1].url, WHEN)
            raise ValueError("undone")
        store.insert_entry(feed_id, entries[2], entries[2].url, WHEN)
    assert [row[1] for row in _ids_and_guids(store)] == ["held-0", "held-2"]


def test_a_transaction_undone_writes_nothing_it_held(store):
    feed_id = _feed(store)
    entries = [_entry(n) for n in range(3)]
    with pytest.raises(ValueError), _hold(store, feed_id, entries):
        for entry in entries:
            store.insert_entry(feed_id, entry, entry.url, WHEN)
        raise ValueError("the poll failed")
    assert _ids_and_guids(store) == []
    store.insert_entry(feed_id, entries[0], entries[0].url, WHEN)  # nothing left held to be written later
    assert [row[1] for row in _ids_and_guids(store)] == ["held-0"]


def test_an_id_other_than_the_one_given_is_a_store_error_and_nothing_is_kept(store):
    feed_id = _feed(store)
    entries = [_entry(n) for n in range(3)]
    with pytest.raises(StoreError), _hold(store, feed_id, entries):
        store.insert_entry(feed_id, entries[0], entries[0].url, WHEN)
        # Written behind the store's back, under a key the batch read as free: the held row conflicts.
        store.db.conn.execute("INSERT INTO entries (feed_id, guid, fetched_at) VALUES (?, 'held-1', '')", [feed_id])
        store.insert_entry(feed_id, entries[1], entries[1].url, WHEN)
    assert _ids_and_guids(store) == []
