"""A poll's new entries and their rule hits, held back by EntryStore.entries_held and written
together: a few multi-row INSERTs instead of a statement an entry and a call of executemany an
entry's hits.

A first cycle of 200 feeds x 50 items made 10,000 single-row INSERTs into `entries` (and
9,457 calls for their hits), each paying sqlite3's call and SQLite's start and end of a
statement. Counted by callgrind over those 10,000 rows in 200 transactions, commits
included: 1,237 million instructions one row a statement, 957 million through executemany
(which cannot return the ids), 815 million 50 rows a statement (a JSON array unpacked by one
statement: 2,490 million); bench/README.md, "The store step's statements".

The rows are the same, ids included: SQLite gives a row without an id the largest id
plus one, so the entries held get the ids they would have had, counted from the table's
largest id when the first of them is held. Each id is given to the caller at once (its
hits and its story refer to it) and written with its row, and the rows written are
counted: one left out (a conflict the poll's keys did not foresee) is a store error, and
the poll's transaction rolls back. (Until stop 60 each statement returned the ids SQLite
gave, `RETURNING id`, and they were compared with those given: SQLite then keeps the
returned rows aside until the statement ends, and Python made and sorted a list of them,
~11% of the statement's instructions in a first cycle: bench/README.md, stop 60.)
"""

from __future__ import annotations

import sqlite3

_COLUMNS = ("id", "feed_id", "guid", "url", "canonical_url", "title", "summary", "content", "published", "fetched_at",
            "lang", "score", "content_key")
_ROW = "(" + ", ".join("?" * len(_COLUMNS)) + ")"
# Rows in one INSERT: 13 values each, far below SQLite's 32,766 variables; few statement
# texts (one per count up to it) for sqlite3's statement cache.
ROWS_PER_STATEMENT = 100
_MATCHES = "INSERT INTO matches (entry_id, rule_id, topic, weight, words) VALUES (?, ?, ?, ?, ?)"


def _insert(rows: int) -> str:
    return (f"INSERT INTO entries ({', '.join(_COLUMNS)}) VALUES {', '.join([_ROW] * rows)} "
            "ON CONFLICT DO NOTHING")


class HeldEntries:
    """Entries (as their column values, in _COLUMNS' order, the id given first) and rule
    hits (as rows of `matches`) waiting to be written; `first_id`: the id the first entry
    will get."""

    def __init__(self, first_id: int):
        self.first_id = first_id
        self.entries: list[tuple] = []
        self.matches: list[tuple] = []

    def hold(self, values: tuple) -> int:
        """Hold an entry's row (its values after the id); the id it will have."""
        entry_id = self.first_id + len(self.entries)
        self.entries.append((entry_id, *values))
        return entry_id

    def write(self, conn: sqlite3.Connection) -> None:
        """Write what is held, in the order it was held; sqlite3.IntegrityError when an entry
        was not written with the id it was given (the caller's transaction must then roll back)."""
        for start in range(0, len(self.entries), ROWS_PER_STATEMENT):
            chunk = self.entries[start:start + ROWS_PER_STATEMENT]
            written = conn.execute(_insert(len(chunk)), [value for row in chunk for value in row]).rowcount
            if written != len(chunk):
                raise sqlite3.IntegrityError(f"{len(chunk) - written} of the entries held for writing from id "
                                             f"{chunk[0][0]} conflict with a row: a key the poll did not know of")
        if self.matches:
            conn.executemany(_MATCHES, self.matches)
