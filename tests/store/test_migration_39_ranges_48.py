"""Stop 48: migration 39 (the words key of each entry stored before migration 38) rewrote every
entry in one transaction, silently: on a big database a write-ahead log of about the database's
size, and for want of disk a failure at every start (review reread48h). It now keys the entries
in ranges of ids, each its own transaction, after one log line saying how many. A real SQLite
database written as the release before 38 wrote it (tests/support/old_databases.py), with a
small range so that three ranges are needed; the texts are written here. Fails on hostile48 (no
ranges, no line).
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta

from bot.adapters import migrations
from bot.adapters.migrations import MIGRATIONS, migrate
from bot.adapters.sqlite_store import SqliteStore
from bot.core.feeds.republished import entry_content_key
from bot.core.models import Entry, Feed
from tests.support.old_databases import insert_entry_before_38

WHEN = datetime(2026, 11, 20, tzinfo=UTC)


def _entries(count: int) -> list[Entry]:
    """Reports with text, every fifth a headline alone (it has no words key and keeps none)."""
    return [Entry(feed_url="https://wire.example/rss", guid=f"report-{n}", url=f"https://wire.example/{n}",
                  title=f"Convoy report number {n}",
                  summary="" if n % 5 == 4 else f"The convoy of day {n} reached the port with shells and fuel.",
                  content="", published=WHEN - timedelta(minutes=n))
            for n in range(count)]


def _database_before_38(path, entries: list[Entry]) -> None:
    old = SqliteStore(path)
    migrate(old.db, [m for m in MIGRATIONS if m[0] < 38])
    feed_id, _ = old.add_feed(Feed(url="https://wire.example/rss", name="Wire"), WHEN)
    with old.transaction():
        for entry in entries:
            insert_entry_before_38(old, feed_id, entry, entry.url, WHEN)
    migrate(old.db, [m for m in MIGRATIONS if m[0] == 38])  # the column and its index, every key NULL
    old.close()


def test_migration_39_keys_the_entries_in_ranges_each_its_own_transaction(tmp_path, monkeypatch, caplog):
    entries = _entries(25)
    _database_before_38(tmp_path / "old.db", entries)
    monkeypatch.setattr(migrations, "WORDS_KEY_IDS_A_TRANSACTION", 10)
    store = SqliteStore(tmp_path / "old.db")
    statements: list[str] = []
    try:
        store.db.conn.set_trace_callback(statements.append)
        with caplog.at_level(logging.INFO, logger="bot.adapters.migrations"):
            applied = migrate(store.db, [m for m in MIGRATIONS if m[0] == 39])
        store.db.conn.set_trace_callback(None)
        assert applied == [39]
        keys = [row[0] for row in store.db.conn.execute("SELECT content_key FROM entries ORDER BY id")]
        assert keys == [entry_content_key(entry) for entry in entries]
        assert keys.count(None) == 5
        # Three ranges of ten ids, each committed alone, then the migration's own transaction.
        ranges = [s for s in statements if s.startswith("UPDATE entries") and "BETWEEN" in s]
        assert len(ranges) == 3, ranges
        assert sum(s.startswith("BEGIN") for s in statements) == 4, statements
        said = [r.getMessage() for r in caplog.records if "migration 39" in r.getMessage()]
        assert said and "25 entries" in said[0], said
    finally:
        store.close()


def test_migration_39_stopped_between_ranges_finishes_at_the_next_start(tmp_path, monkeypatch):
    """A start stopped after the first range (killed, out of disk): what it keyed stays keyed,
    the migration is not recorded, and the next start keys the rest."""
    entries = _entries(25)
    _database_before_38(tmp_path / "old.db", entries)
    monkeypatch.setattr(migrations, "WORDS_KEY_IDS_A_TRANSACTION", 10)
    store = SqliteStore(tmp_path / "old.db")
    try:
        real_atomic = store.db.atomic
        opened = []

        def stopping_atomic(*args, **kwargs):
            opened.append(1)
            if len(opened) == 2:
                raise OSError("stopped")
            return real_atomic(*args, **kwargs)

        monkeypatch.setattr(store.db, "atomic", stopping_atomic)
        try:
            migrate(store.db, [m for m in MIGRATIONS if m[0] == 39])
        except OSError:
            pass
        else:
            raise AssertionError("the stop was not reached")
        monkeypatch.setattr(store.db, "atomic", real_atomic)
        keyed = store.db.conn.execute("SELECT COUNT(*) FROM entries WHERE content_key IS NOT NULL").fetchone()[0]
        assert keyed == 8  # the first range's ten ids, two of them headlines alone
        assert 39 not in migrations.recorded_migrations(store.db)
        assert migrate(store.db, [m for m in MIGRATIONS if m[0] == 39]) == [39]
        keys = [row[0] for row in store.db.conn.execute("SELECT content_key FROM entries ORDER BY id")]
        assert keys == [entry_content_key(entry) for entry in entries]
    finally:
        store.close()
