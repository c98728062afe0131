"""StoreBase: the one connection every part of SqliteStore shares."""

from __future__ import annotations

import errno
import os
import re
import sqlite3
import stat
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager, suppress
from datetime import datetime
from pathlib import Path
from typing import Any

from bot.adapters.migrations import MIGRATIONS, migrate, newer_migrations, recorded_migrations
from bot.adapters.partial_files import held_partial, rename_without_replacing
from bot.adapters.sqlite_db import Database, column_keys
from bot.adapters.store.link_loops import link_loop_error
from bot.config.regular_files import FILE_KINDS
from bot.core.iso_times import utc_iso
from bot.errors import StoreError

BUSY_TIMEOUT_MS = 10_000
# Once a write has found the database locked by another program (a `sqlite3` shell left in a
# transaction), the next ones wait LOCKED_BUSY_MS for it, until LOCKED_SPELL_SECONDS after the last
# one that found it locked. SQLite waits inside the call, on the event loop: each write waited the
# whole 10 s, and with the outbox drained every 5 s and the polls writing, the loop that reads
# Telegram's updates and answers commands stood still two thirds of the time for as long as the
# lock was held. The first write still waits the whole time (a brief lock of the bot's own command
# thread, or of a backup, ends within it).
LOCKED_BUSY_MS = 250
LOCKED_SPELL_SECONDS = 60.0


# A plain SELECT writes nothing, so it needs no transaction or savepoint around it.
_READ = re.compile(r"\s*SELECT\b", re.IGNORECASE)


def store_error(exc: sqlite3.Error, path: str) -> StoreError:
    """Turn sqlite3's terse errors into a message an operator can act on."""
    text = str(exc)
    if "readonly" in text:
        return _refused(f"database {path} is read-only ({text}): make the file and its folder writable "
                        "for this user, or point PLEDGEWATCH_DB at a copy that is")
    if "full" in text:
        return _refused(f"disk full while writing {path}: {text}")
    if "disk I/O" in text:
        return _refused(f"cannot write {path} (disk full, file size limit or failing disk?): {text}")
    if _locked(exc):
        # The same words however long was waited (see LOCKED_BUSY_MS): delivery says a refusal
        # once while its words stay the same.
        return _refused(f"database {path} is locked by another process ({text}): end what holds it (a `sqlite3` "
                        "shell in a transaction, a copy tool; `db backup` needs no lock) and try again")
    if "unable to open" in text:
        # SQLite's words for a folder this user may not write (a volume owned by root, a
        # read-only mount) or a symbolic link into a folder that does not exist.
        folder = Path(path).resolve().parent
        return _refused(f"database {path}: SQLite cannot open or create it ({text}): the folder {folder} must "
                        "exist and be writable by this user (SQLite writes -wal and -shm files beside the "
                        "database), or point PLEDGEWATCH_DB elsewhere")
    if "malformed" in text or "not a database" in text:
        # A file cut short (a copy stopped half-way, a full disk while copying it in) or written over:
        # the words alone left the operator without a way out, and pledgewatch never writes over it.
        return StoreError(f"database {path}: {text}: the file is damaged or is no pledgewatch database; it is left "
                          "as it is: put back a copy made with `pledgewatch db backup` (stop pledgewatch first), or "
                          "point PLEDGEWATCH_DB at a new file to start afresh")
    return StoreError(f"database {path}: {text}")  # not a refusal: a bug, or a damaged file


def _locked(exc: sqlite3.Error) -> bool:
    text = str(exc)
    return "locked" in text or "busy" in text


def _refused(message: str) -> StoreError:
    """A StoreError for a database refusing writes for a reason outside the bot."""
    return StoreError(message, refusal=True)


def _make_folder_of(database: Path) -> None:
    """The database's missing folders, made; a StoreError naming the database when they
    cannot be: PLEDGEWATCH_DB=notes.txt/x.db said "notes.txt: File exists", naming neither
    the database nor that notes.txt is a file."""
    folder = database.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except (FileExistsError, NotADirectoryError):
        blocking = next((p for p in [folder, *folder.parents] if p.exists() and not p.is_dir()), folder)
        raise StoreError(f"database {database}: {blocking} is a file, not a folder; "
                         "name a database in a folder") from None
    except OSError as exc:
        # It stopped at the reason ("Operation not permitted"), leaving the newcomer to guess the way out.
        raise StoreError(f"database {database}: cannot make its folder {folder}: {exc.strerror or exc}; create it with "
                         "write access for this user, or point PLEDGEWATCH_DB (or the settings' `database`) at a "
                         "folder this user may write") from None


def _refuse_what_is_no_file(database: Path) -> None:
    """A StoreError naming what `database` is when it is there and no ordinary file.
    SQLite only keeps a database in a file: PLEDGEWATCH_DB=/dev/null was reported as
    "disk full" (its writes fail with a disk I/O error), or as read-only; a folder as a
    folder that had to be made writable; and a named pipe hung the command for ever,
    SQLite's open waiting for a writer that never came."""
    try:
        mode = database.stat().st_mode  # through a symbolic link, to what SQLite opens
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise StoreError(link_loop_error(database)) from None
        return  # not there yet (SQLite creates it), or not reachable: SQLite's error says
    if stat.S_ISREG(mode):
        return
    kind = FILE_KINDS.get(stat.S_IFMT(mode), "no ordinary file")
    hint = "name a file in it" if stat.S_ISDIR(mode) else "name an ordinary file"
    raise StoreError(f"database {database}: is {kind}, where SQLite keeps a database in an ordinary file; "
                     f"{hint}, e.g. pledgewatch.db")




class StoreBase:
    """The connection every store shares: opening, migrations, transactions, the statement
    helpers, maintenance (prune, backup, integrity) and statistics.
    """

    def __init__(self, path: str | Path):
        self.path = str(path)
        if self.path != ":memory:":
            _refuse_what_is_no_file(Path(self.path))
            _make_folder_of(Path(self.path))
        self._busy_ms = BUSY_TIMEOUT_MS  # how long a write waits for a lock now (see LOCKED_BUSY_MS)
        self._locked_spell_ends = 0.0
        try:
            conn = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)
            self.db = Database(conn)
            self.db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            if self.path != ":memory:":
                self.db.enable_wal()
            self.db.execute("PRAGMA foreign_keys = ON")
            self.db.execute("PRAGMA synchronous = NORMAL")
        except sqlite3.Error as exc:
            raise self._store_error(exc) from exc

    def migrate(self) -> list[int]:
        # Checked before migrating: this code must not change a database whose meaning a
        # newer pledgewatch has changed.
        self._refuse_newer_schema()
        try:
            return migrate(self.db)
        except sqlite3.Error as exc:
            raise self._store_error(exc) from exc

    def missing_migrations(self) -> list[int]:
        """The migrations this code has that the database has not recorded, changing
        nothing: commands that only read use the database as it is (none: up to date;
        all of them: a database with no pledgewatch tables, such as an empty file).
        StoreError for a database a newer pledgewatch changed, as migrate() refuses it."""
        self._refuse_newer_schema()
        try:
            recorded = recorded_migrations(self.db) if "schema_migrations" in self.db.table_names() else set()
        except sqlite3.Error as exc:
            raise self._store_error(exc) from exc
        return [version for version, _, _ in MIGRATIONS if version not in recorded]

    def _refuse_newer_schema(self) -> None:
        try:
            unknown = newer_migrations(self.db) if "schema_migrations" in self.db.table_names() else set()
        except sqlite3.Error as exc:
            raise self._store_error(exc) from exc
        if unknown:
            # An older pledgewatch (a rolled-back image) went on writing a database a newer
            # one had changed, without a word, into tables it no longer knew the meaning of.
            raise StoreError(f"database {self.path} was changed by a newer pledgewatch (schema version "
                             f"{max(unknown)}, this one knows up to {max(v for v, _, _ in MIGRATIONS)}); "
                             "upgrade pledgewatch, or use a copy made before")

    def close(self) -> None:
        self.db.close()

    def _store_error(self, exc: sqlite3.Error) -> StoreError:
        """store_error's StoreError; a lock found shortens the waits for it (LOCKED_BUSY_MS)."""
        if _locked(exc):
            self._locked_spell_ends = time.monotonic() + LOCKED_SPELL_SECONDS
            self._wait_for_locks(LOCKED_BUSY_MS)
        return store_error(exc, self.path)

    def _patience_back(self) -> None:
        """The whole wait again once no write has found the database locked for a while."""
        if self._busy_ms != BUSY_TIMEOUT_MS and time.monotonic() >= self._locked_spell_ends:
            self._wait_for_locks(BUSY_TIMEOUT_MS)

    def _wait_for_locks(self, milliseconds: int) -> None:
        if milliseconds != self._busy_ms and hasattr(self, "db"):
            with suppress(sqlite3.Error):
                self.db.conn.execute(f"PRAGMA busy_timeout = {int(milliseconds)}")
                self._busy_ms = milliseconds

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """All writes inside commit together or not at all."""
        outermost = not self.db.conn.in_transaction
        self._patience_back()
        try:
            # Rows held back before it belong to the writes outside it: a savepoint rolled
            # back must not undo them, nor one released carry this one's held rows out.
            self._write_held()
            with self.db.atomic():
                if outermost:
                    self._transaction_opened()
                try:
                    yield
                except BaseException:
                    self._forget_held()
                    raise
                self._write_held()
                if outermost:
                    self._before_commit()
        except sqlite3.Error as exc:
            raise self._store_error(exc) from exc

    def _transaction_opened(self) -> None:
        """Called as an outermost transaction begins (EntryStore: it has stored nothing yet)."""

    def _before_commit(self) -> None:
        """Work a part of the store leaves to the end of a transaction (EntryStore:
        the search index of the entries it stored)."""

    def _write_held(self) -> None:
        """Write the rows a part of the store holds back to write together (EntryStore: a
        poll's new entries, bot/adapters/store/held_entries.py). Called before every other
        statement, so that each sees the database as if they had been written at once."""

    def _forget_held(self) -> None:
        """Drop the rows held back: the transaction or savepoint they were held in is undone."""

    def _rows(self, sql: str, params: Iterable[Any] | dict = ()) -> list[dict]:
        """The rows of a statement that returns rows, as dicts keyed by column name."""
        self._patience_back()
        self._write_held()
        conn = self.db.conn
        try:
            if not conn.in_transaction and not _READ.match(sql):
                # A write outside a transaction (INSERT ... RETURNING): query() commits
                # it at once (bot.adapters.sqlite_db).
                return list(self.db.query(sql, params))
            # A read, or any statement inside a transaction (a poll stores thousands of
            # rows this way), which the transaction already makes all-or-nothing: read
            # the cursor directly. query()'s savepoint and generator double the cost of
            # a row, and every extra call gives the GIL away to the feed parser thread.
            cursor = conn.execute(sql, params)
            rows = cursor.fetchall()
        except sqlite3.Error as exc:
            raise self._store_error(exc) from exc
        if cursor.description is None:
            raise ValueError(f"_rows() needs a statement that returns rows: {sql}")
        keys = column_keys(column[0] for column in cursor.description)  # "id", "id_2", as query() names them
        return [dict(zip(keys, row)) for row in rows]

    def _exec(self, sql: str, params: Iterable[Any] | dict = ()) -> sqlite3.Cursor:
        self._patience_back()
        self._write_held()
        try:
            return self.db.execute(sql, params)
        except sqlite3.Error as exc:
            raise self._store_error(exc) from exc

    def _exec_many(self, sql: str, rows: list[tuple]) -> None:
        """One statement for many rows, all or none of them when no transaction is open."""
        if not rows:
            return
        self._write_held()
        conn = self.db.conn
        if not conn.in_transaction:
            with self.transaction():  # commits, like _exec does
                conn.executemany(sql, rows)
            return
        try:
            conn.executemany(sql, rows)
        except sqlite3.Error as exc:
            raise self._store_error(exc) from exc

    def prune(self, before: datetime) -> int:
        """Retention: delete entries fetched before `before` that matched nothing
        relevant (with their below-threshold rule hits). Relevant entries, stories,
        pledges and the outbox are kept: they are the record users query."""
        with self.transaction():
            self._exec(
                "DELETE FROM matches WHERE entry_id IN "
                "(SELECT id FROM entries WHERE relevant = 0 AND story_id IS NULL AND fetched_at < ?)",
                [utc_iso(before)],
            )
            return self._exec(
                "DELETE FROM entries WHERE relevant = 0 AND story_id IS NULL AND fetched_at < ?", [utc_iso(before)]
            ).rowcount

    def backup(self, target: str | Path) -> None:
        """Copy the live database to `target` with SQLite's online backup (safe while
        pledgewatch runs; the copy is consistent)."""
        target = Path(target)
        if target.exists():
            raise StoreError(f"{target} already exists; choose a new file for the backup")
        # Copied under another name and renamed once whole: a backup killed half-way (or its
        # disk filled) had left the name on a file that looked like a backup and was not one
        # (its pages cut short, or, opened beside its journal, rolled back to an empty database).
        # Under a hidden name of its own, held while copied: a copy killed half-way leaves only
        # that, which the next backup to the same name removes (bot.adapters.partial_files).
        partial = None
        try:
            with held_partial(target) as (handle, partial):
                os.close(handle)
                with sqlite3.connect(str(partial)) as copy:
                    self.db.conn.backup(copy)
                copy.close()
                rename_without_replacing(partial, target)
        except FileExistsError:
            # Two backups to one name at once: the first to finish keeps it, whole.
            with suppress(OSError):
                partial.unlink(missing_ok=True)
            raise StoreError(f"{target} already exists (another backup to it finished first); "
                             "choose a new file for the backup") from None
        except (sqlite3.Error, OSError) as exc:
            for leftover in (partial, partial.with_name(partial.name + "-journal")) if partial else ():
                with suppress(OSError):
                    leftover.unlink(missing_ok=True)
            # Not store_error's "database X ...": the database is fine, its copy could not be
            # written (and "point PLEDGEWATCH_DB at a copy" was no advice for a backup).
            raise StoreError(f"backup {target}: cannot write it: {exc}") from exc

    def stats(self) -> dict[str, Any]:
        counts: dict[str, Any] = {}
        for table in ("feeds", "entries", "stories", "matches", "pledges", "rules", "subscriptions", "outbox", "audit"):
            counts[table] = self._rows(f"SELECT count(*) AS n FROM {table}")[0]["n"]
        # A story merged into another is no story of its own any more (see StoryMergeStore).
        counts["stories"] = self._rows("SELECT count(*) AS n FROM stories WHERE merged_into IS NULL")[0]["n"]
        counts["relevant_entries"] = self._rows("SELECT count(*) AS n FROM entries WHERE relevant = 1")[0]["n"]
        counts["outbox_by_state"] = self.outbox_counts()
        counts["edits_by_state"] = self.edit_counts()
        counts["schema_version"] = self._rows("SELECT MAX(version) AS v FROM schema_migrations")[0]["v"]
        if self.path != ":memory:" and Path(self.path).exists():
            counts["file_bytes"] = Path(self.path).stat().st_size
        return counts
