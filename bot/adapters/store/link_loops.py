"""A database path whose symbolic links lead round in a loop, told apart from a missing file.

Kept apart from the store (no sqlite3 here) so that the CLI checks the path before it loads
the store: Python's Path.resolve() raised "RuntimeError: Symlink loop" from deep inside the
start of `run`, `poll` and the commands that write (a traceback), and the commands that
only read took the path for no database at all ("nothing has run with these settings")."""

from __future__ import annotations

import errno
from pathlib import Path


def link_loop_error(database: Path) -> str:
    """The error of a database path whose symbolic links lead round in a loop (`db -> db`, or
    `a -> b -> a`): Python's resolve() raised "RuntimeError: Symlink loop" from deep inside the
    start, a traceback, and the commands that only read said there was no database at all."""
    return (f"database {database}: its symbolic links lead round in a loop (the file they should end at is never "
            "reached): point the link at a file, or PLEDGEWATCH_DB at another path")


def in_a_link_loop(database: Path) -> bool:
    """Whether `database` names a symbolic link that never ends at a file or a missing one."""
    try:
        database.stat()
    except OSError as exc:
        return exc.errno == errno.ELOOP
    return False
