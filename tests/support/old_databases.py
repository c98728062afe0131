"""Rows written as an older release wrote them, for the tests that upgrade its database.

Today's store methods write today's columns: insert_entry stores each entry's words key
(entries.content_key, migration 38), which a database migrated only to an older version does
not have. A test that builds such a database writes its entries with this instead.
"""

from __future__ import annotations

from datetime import datetime

from bot.adapters.sqlite_store import SqliteStore
from bot.core.iso_times import utc_iso
from bot.core.models import Entry


def insert_entry_before_38(store: SqliteStore, feed_id: int, entry: Entry, canonical_url: str | None,
                           now: datetime) -> int:
    """`entry` stored as insert_entry did before migration 38 (no words key); its id. Like
    insert_entry, in a transaction of its own unless the caller opened one."""
    if not store.db.conn.in_transaction:
        with store.transaction():
            return insert_entry_before_38(store, feed_id, entry, canonical_url, now)
    row = store.db.conn.execute(
        "INSERT INTO entries (feed_id, guid, url, canonical_url, title, summary, content, published, fetched_at, "
        "lang, score) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0.0) RETURNING id",
        [feed_id, entry.guid, entry.url, canonical_url, entry.title, entry.summary, entry.content,
         utc_iso(entry.published), utc_iso(now), entry.lang]).fetchone()
    return row[0]
