"""A new store with every migration applied, as `SqliteStore(path)` then `migrate()` leaves it,
made by copying a database migrated once per test process.

Hundreds of tests start from a new store (the `store` fixture, the chat and poll harnesses), and the
story replays (tests/support/story_replay.py) from one per feed order: seven per busy day and date mode.
Applying the 40-odd migrations to each cost ~0.02 s of CPU and several times that in waiting
on a loaded machine, over and over for the same result; a copy of the migrated file costs a
tenth of it. The copy is the same bytes: the same schema, the same recorded migrations (their
`applied_at` says when this process made the original, which no test reads). The store is then
opened and migrated as before, which finds nothing left to do, so a test still gets a store
this checkout's code has migrated. Tests of the migrations themselves make their own databases.
"""

from __future__ import annotations

import functools
import shutil
import tempfile
from pathlib import Path

from bot.adapters.sqlite_store import SqliteStore

_FOLDER = tempfile.TemporaryDirectory(prefix="pledgewatch-test-migrated-")


@functools.cache
def _migrated() -> Path:
    path = Path(_FOLDER.name) / "migrated.db"
    store = SqliteStore(path)
    store.migrate()
    store.close()
    # Closed, the write-ahead log is checkpointed into the file and removed: the file alone
    # is the whole database, so a copy of it is too.
    assert [p.name for p in path.parent.iterdir()] == [path.name], list(path.parent.iterdir())
    return path


def migrated_store(path: Path) -> SqliteStore:
    """An open, migrated store at `path`. A new file in an existing folder starts as a copy of
    the migrated original; anything else (a file already there, a folder to make) is opened
    and migrated as usual."""
    path = Path(path)
    if path.parent.is_dir() and not path.exists() and not path.is_symlink():
        shutil.copyfile(_migrated(), path)
    store = SqliteStore(path)
    store.migrate()
    return store
