"""The hidden files a whole-or-nothing write makes beside its target (`.FILE.<random>.partial`),
and the ones a killed writer left behind.

`rules export`, `pledges export --out`, the charts and `db backup` write under such a name and
rename it once whole. A process killed half-way (SIGKILL, the OOM killer, a power cut) left the
hidden file for good, one more at every kill. Each writer holds an advisory lock (flock) on its
file for as long as it writes; the next write to the same target removes every such file no one
holds, so a killed writer's leftovers go and a writer still at work keeps its own.
"""

from __future__ import annotations

import fcntl
import os
import re
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

PARTIAL_SUFFIX = ".partial"
# SQLite beside a backup's copy: the copy's rollback journal, left too by a kill.
_BESIDE_A_COPY = ("-journal",)


@contextmanager
def held_partial(target: Path) -> Iterator[tuple[int, Path]]:
    """A new hidden file beside `target` (its descriptor and path), locked until the block ends.
    Earlier writers' leftovers for the same target are removed first. The caller renames the
    file onto `target` inside the block, or removes it; the descriptor is the caller's to close."""
    remove_leftovers(target)
    handle, name = tempfile.mkstemp(dir=target.parent or ".", prefix=f".{target.name}.", suffix=PARTIAL_SUFFIX)
    # A lock of its own (a duplicate descriptor): the caller may close `handle` before renaming.
    lock = os.dup(handle)
    try:
        fcntl.flock(lock, fcntl.LOCK_EX)
        yield handle, Path(name)
    finally:
        os.close(lock)


def remove_leftovers(target: Path) -> list[Path]:
    """Remove the hidden partial files of `target` that no living writer holds (and their
    journals); the ones removed. `.FILE.partial`, the fixed name `db backup` used before stop 61,
    is one of them."""
    folder = target.parent if str(target.parent) else Path(".")
    # mkstemp's eight random letters and digits: `.a.<random>.partial` only, never `.a.b.<random>.partial`,
    # which is the leftover of a write to `a.b`.
    ours = re.compile(re.escape(f".{target.name}") + r"(?:\.[a-z0-9_]{8})?" + re.escape(PARTIAL_SUFFIX))
    names = {folder / name for name in _names_in(folder) if ours.fullmatch(name)}
    removed: list[Path] = []
    for leftover in sorted(names):
        if _unheld(leftover):
            for path in (leftover, *(leftover.with_name(leftover.name + extra) for extra in _BESIDE_A_COPY)):
                with suppress(OSError):
                    path.unlink()
            removed.append(leftover)
    return removed


def _unheld(path: Path) -> bool:
    """Whether no writer holds `path`'s lock (a writer killed holds none: the kernel let it go)."""
    try:
        handle = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOFOLLOW", 0))
    except OSError:
        return False  # gone already, or no file of ours (a link, a folder): left alone
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    finally:
        os.close(handle)
    return True


def _names_in(folder: Path) -> list[str]:
    try:
        return os.listdir(folder)
    except OSError:
        return []  # no such folder: the write's own error says so
