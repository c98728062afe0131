"""One running pledgewatch per database: a lock file beside it, held for the life of the
process. Two pollers on one database would fetch every feed twice and race on the outbox."""

from __future__ import annotations

import fcntl
import os
from pathlib import Path
from typing import TextIO

from bot.errors import StoreError


def hold_instance_lock(database: str | Path) -> TextIO | None:
    """The lock beside `database`, taken and held until the file returned is closed (None
    for an in-memory database, which no other process can open); a StoreError naming the
    process that holds it when another one does."""
    if str(database) == ":memory:":
        return None
    # Next to the real file: a symlink or another relative path to the same database
    # is the same database, and must find the same lock.
    path = Path(f"{os.path.realpath(database)}.lock")
    handle = open(path, "a+")  # noqa: SIM115 - held open for the life of the process
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        handle.seek(0)
        holder = handle.read().strip() or "unknown"
        handle.close()
        raise StoreError(f"another pledgewatch (pid {holder}) is already running on {database}; stop it first") from None
    handle.seek(0)
    handle.truncate()
    handle.write(str(os.getpid()))
    handle.flush()
    return handle
