"""The hidden files a whole-or-nothing write makes beside its target (`.FILE.<random>.partial`),
and the ones a killed writer left behind.

`rules export`, `pledges export --out`, the charts and `db backup` write under such a name and
rename it once whole. A process killed half-way (SIGKILL, the OOM killer, a power cut) left the
hidden file for good, one more at every kill. Each writer holds an advisory lock (flock) on its
file for as long as it writes; the next write to the same target removes every such file no one
holds, so a killed writer's leftovers go and a writer still at work keeps its own.

Two writers to one target at once: a file is made (mkstemp) a moment before it is locked, and
in that moment the other writer's clean-up found it unheld and removed it; the first writer then
wrote a file no longer in the folder and failed at its rename ("No such file or directory"). So
the clean-up removes a file only while it holds the file's lock, and a writer, once it holds its
lock, checks that its file is still the one under its name, else makes another.
"""

from __future__ import annotations

import errno
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
    for _ in range(_MAX_TRIES):
        handle, name = tempfile.mkstemp(dir=target.parent or ".", prefix=f".{target.name}.", suffix=PARTIAL_SUFFIX)
        # A lock of its own (a duplicate descriptor): the caller may close `handle` before renaming.
        lock = os.dup(handle)
        fcntl.flock(lock, fcntl.LOCK_EX)
        if _still_named(name, lock):
            break
        # Removed by another writer's clean-up before we held it (see the module docstring).
        os.close(lock)
        os.close(handle)
    else:  # another writer removed each file in turn: not seen, but no loop without end
        raise OSError(errno.EBUSY, f"another write to {target.name} removed each temporary file made for this one")
    try:
        yield handle, Path(name)
    finally:
        os.close(lock)


_MAX_TRIES = 20


def _still_named(name: str, handle: int) -> bool:
    """Whether `name` still names the file open as `handle` (not removed, nor replaced)."""
    try:
        named = os.stat(name, follow_symlinks=False)
    except OSError:
        return False
    opened = os.fstat(handle)
    return (named.st_dev, named.st_ino) == (opened.st_dev, opened.st_ino)


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
        if _removed_if_unheld(leftover):
            removed.append(leftover)
    return removed


def _removed_if_unheld(path: Path) -> bool:
    """Remove `path` (and its journal) if no writer holds its lock (a writer killed holds none:
    the kernel let it go). Removed while this holds the lock, so that a writer who made the file
    a moment ago and locks it next finds it gone and makes another, rather than writing on."""
    try:
        handle = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOFOLLOW", 0))
    except OSError:
        return False  # gone already, or no file of ours (a link, a folder): left alone
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        os.close(handle)
        return False
    try:
        for doomed in (path, *(path.with_name(path.name + extra) for extra in _BESIDE_A_COPY)):
            with suppress(OSError):
                doomed.unlink()
    finally:
        os.close(handle)
    return True


def _names_in(folder: Path) -> list[str]:
    try:
        return os.listdir(folder)
    except OSError:
        return []  # no such folder: the write's own error says so


def rename_without_replacing(partial: Path, target: Path) -> None:
    """Give `partial` the name `target`, raising FileExistsError if a file has taken that name
    meanwhile (a backup to a new name made by another `db backup` at the same time: the one to
    finish first keeps it). A hard link is made and the partial name removed; on a file system
    without hard links, `target` is checked and the file renamed (a narrow window left)."""
    try:
        os.link(partial, target)
    except FileExistsError:
        raise
    except OSError:
        if os.path.lexists(target):
            raise FileExistsError(errno.EEXIST, "File exists", str(target)) from None
        os.replace(partial, target)
        return
    with suppress(OSError):
        os.unlink(partial)
