"""Checks the tests make on a store that the bot itself never asks for."""

from __future__ import annotations

from bot.adapters.sqlite_store import SqliteStore


def integrity_ok(store: SqliteStore) -> bool:
    """SQLite's own check of the database file finds nothing wrong (after a crash, a full
    disk, a backup)."""
    # One row, "ok", when nothing is wrong; else a row per problem found.
    rows = list(store.db.query("PRAGMA integrity_check"))
    return rows[0]["integrity_check"] == "ok"


def stored_summaries(path) -> dict[str, str]:
    """url -> summary of every entry stored in the database file at `path`."""
    store = SqliteStore(path)
    try:
        return {row["url"]: row["summary"] for row in store._rows("SELECT url, summary FROM entries")}
    finally:
        store.close()


def entries_waiting_for_the_index(store: SqliteStore) -> int:
    """How many stored entries the search index has yet to take in (queued by polls that
    stored while others were coming: EntryStore.search_index_left_queued)."""
    return store.db.execute("SELECT count(*) FROM entries_unindexed").fetchone()[0]
