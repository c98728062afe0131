"""The few database calls the store makes, on sqlite3 alone.

The store used sqlite-utils' Database for seven of its methods (execute, executescript,
query, atomic, enable_wal, table_names, close); importing sqlite-utils cost every
process 0.05 s of CPU and 12 MiB of resident memory (measured 2026-12-02, numpy kept
out), more than a whole `poll --once` of feeds that all answer 304 spends fetching.
This class keeps the behaviour the store relies on from it:

- `PRAGMA recursive_triggers = on`, which sqlite-utils sets on every connection (the
  triggers of the schema were written and tested with it);
- execute() commits a write made outside a transaction at once, and rolls back the
  implicit transaction of a write that failed, so that no later write is swallowed by a
  transaction nobody commits;
- query() returns an iterator of dicts (duplicate column names become "id", "id_2", as
  sqlite-utils names them), refuses a statement that returns no rows (ValueError, and
  the statement's effect is undone), and commits at once a write that returns rows
  (INSERT ... RETURNING) outside a transaction;
- atomic() is BEGIN ... COMMIT, or a savepoint when a transaction is already open;
- executescript() inside a transaction runs statement by statement (sqlite3's own
  executescript would COMMIT first, breaking an atomic migration).

Full-text search (bot.adapters.store.entries.search_entries) still goes through
sqlite-utils, imported when a search is made.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

# Statements that open or close transactions themselves: execute() must not commit after them.
_TRANSACTION_CONTROL = frozenset({"BEGIN", "COMMIT", "END", "ROLLBACK", "SAVEPOINT", "RELEASE"})
# Savepoint names: SQLite lets one name be nested (ROLLBACK TO and RELEASE find the
# innermost), so fixed names serve nested blocks too.
_QUERY_SAVEPOINT = "SAVEPOINT pw_query"
_ATOMIC_SAVEPOINT = "SAVEPOINT pw_atomic"


def first_keyword(sql: str) -> str:
    """The first word of a statement, upper case, after blanks and comments."""
    rest = sql.lstrip("\ufeff")
    while True:
        rest = rest.lstrip(" \t\r\n;")
        if rest.startswith("--"):
            rest = rest.partition("\n")[2]
        elif rest.startswith("/*"):
            rest = rest.partition("*/")[2]
        else:
            break
    word = []
    for char in rest:
        if not (char.isalpha() or char == "_"):
            break
        word.append(char)
    return "".join(word).upper()


def column_keys(names: Iterable[str]) -> list[str]:
    """Column names as dict keys: a repeated name numbered from 2 ("id", "id_2"),
    skipping a number that another column already has."""
    names = list(names)
    taken = set(names)
    if len(taken) == len(names):
        return names
    keys: list[str] = []
    seen: set[str] = set()
    for name in names:
        key, number = name, 2
        while key in seen or (key != name and key in taken):
            key = f"{name}_{number}"
            number += 1
        seen.add(key)
        keys.append(key)
    return keys


def statements(script: str) -> Iterator[str]:
    """The complete statements of `script`, one at a time (a trigger's BEGIN ... END
    with its inner semicolons is one statement: sqlite3.complete_statement decides)."""
    pending = ""
    for piece in script.split(";"):
        pending += piece + ";"
        if sqlite3.complete_statement(pending):
            if pending.strip(" \t\r\n;"):
                yield pending
            pending = ""
    if pending.strip(" \t\r\n;"):
        yield pending


class Database:
    """A sqlite3 connection with the calls the store uses (see the module docstring)."""

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn
        self.conn.execute("PRAGMA recursive_triggers = on")

    def close(self) -> None:
        self.conn.close()

    def _rollback(self) -> None:
        if self.conn.in_transaction:
            self.conn.execute("ROLLBACK")

    def execute(self, sql: str, parameters: Sequence[Any] | dict | None = None) -> sqlite3.Cursor:
        """Run one statement; a write outside a transaction is committed at once."""
        was_open = self.conn.in_transaction
        try:
            cursor = self.conn.execute(sql, () if parameters is None else parameters)
        except Exception:
            if not was_open:
                self._rollback()
            raise
        if (not was_open and self.conn.in_transaction and cursor.description is None
                and first_keyword(sql) not in _TRANSACTION_CONTROL):
            self.conn.execute("COMMIT")
        return cursor

    def query(self, sql: str, parameters: Sequence[Any] | dict | None = None) -> Iterator[dict]:
        """The rows of a statement that returns rows, as dicts (see the module docstring)."""
        keyword = first_keyword(sql)
        if keyword in _TRANSACTION_CONTROL or keyword in ("VACUUM", "ATTACH", "DETACH"):
            raise ValueError("query() is for statements that return rows; use execute()")
        was_open = self.conn.in_transaction
        savepoint = "pw_query"
        if was_open:  # so that a statement returning no rows can be undone
            self.conn.execute(_QUERY_SAVEPOINT)
        try:
            cursor = self.conn.execute(sql, () if parameters is None else parameters)
        except Exception:
            if was_open:
                self._undo_savepoint(savepoint)
            else:
                self._rollback()
            raise
        if cursor.description is None:
            if was_open:
                self._undo_savepoint(savepoint)
            else:
                self._rollback()
            raise ValueError("query() is for statements that return rows; use execute()")
        keys = column_keys(column[0] for column in cursor.description)
        if was_open:
            rows: Iterable[tuple] = cursor.fetchall()  # a RETURNING write completes only once read
            self.conn.execute("RELEASE pw_query")
        elif self.conn.in_transaction:  # a write returning rows, outside a transaction: commit it now
            rows = cursor.fetchall()
            self.conn.execute("COMMIT")
        else:
            rows = cursor
        return (dict(zip(keys, row)) for row in rows)

    def _undo_savepoint(self, savepoint: str) -> None:
        if self.conn.in_transaction:  # an error may already have ended the transaction
            if savepoint == "pw_query":
                self.conn.execute("ROLLBACK TO pw_query")
                self.conn.execute("RELEASE pw_query")
            else:
                self.conn.execute("ROLLBACK TO pw_atomic")
                self.conn.execute("RELEASE pw_atomic")

    def executescript(self, script: str) -> sqlite3.Cursor:
        if not self.conn.in_transaction:
            return self.conn.executescript(script)
        cursor = self.conn.cursor()
        for statement in statements(script):
            cursor.execute(statement)
        return cursor

    @contextmanager
    def atomic(self, *, immediate: bool = False) -> Iterator[Database]:
        """Everything inside commits together or not at all (nested: a savepoint).
        `immediate` takes the write lock at the start (BEGIN IMMEDIATE), waiting for
        another process's write to end, so that what is read inside is what is written to."""
        if self.conn.in_transaction:
            self.conn.execute(_ATOMIC_SAVEPOINT)
            try:
                yield self
            except BaseException:
                self._undo_savepoint("pw_atomic")
                raise
            self.conn.execute("RELEASE pw_atomic")
            return
        self.conn.execute("BEGIN IMMEDIATE" if immediate else "BEGIN")
        try:
            yield self
        except BaseException:
            self._rollback()
            raise
        try:
            self.conn.execute("COMMIT")
        except BaseException:
            self._rollback()
            raise

    def enable_wal(self) -> None:
        if self.conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
            self.conn.execute("PRAGMA journal_mode = wal")

    def table_names(self) -> list[str]:
        return [row[0] for row in self.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
