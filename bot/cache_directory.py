"""Where pledgewatch keeps its cache: `$PLEDGEWATCH_CACHE_DIR`, else
`$XDG_CACHE_HOME/pledgewatch`, else `~/.cache/pledgewatch`; an empty
PLEDGEWATCH_CACHE_DIR turns the cache off.

A module of its own, importing nothing of pledgewatch, because the process entry
(bot.launch, through bot.dataclass_code) needs the place before anything else is
imported; the rule engine's tables (bot.adapters.lexicon_cache) live there too. Both
trust what they read there only under the checks below, written once here; the code files
(bot.dataclass_code, bot.regex_code) are sealed, read and written by the helpers at the end.
"""

from __future__ import annotations

import hashlib
import os
import stat
from pathlib import Path

CACHE_ENV = "PLEDGEWATCH_CACHE_DIR"


def default_directory() -> Path | None:
    """Where the cache lives (see the module docstring); None when turned off."""
    chosen = os.environ.get(CACHE_ENV)
    if chosen is not None:
        return Path(chosen.strip()).expanduser() if chosen.strip() else None  # no line end from an env file
    base = os.environ.get("XDG_CACHE_HOME", "").strip()
    return (Path(base) if base else Path.home() / ".cache") / "pledgewatch"


def private_directory_problem(directory: Path) -> str | None:
    """Make `directory` (private) if missing; None when it is this user's, nobody else
    may write to it and nobody else can swap it for another (see _swappable_problem),
    else why it cannot be trusted. A cache that others could write to
    would let them choose what this process reads (and, for bot.dataclass_code, runs)."""
    try:
        directory.mkdir(mode=0o700, parents=True, exist_ok=True)
        info = directory.stat()
    except OSError as exc:
        return f"cannot use {directory} ({exc.strerror or exc})"  # not "[Errno 20] Not a directory: '...'"
    if info.st_uid != os.getuid() or info.st_mode & (stat.S_IWGRP | stat.S_IWOTH):
        return f"{directory} belongs to another user or others may write to it"
    return _swappable_problem(directory)


def _swappable_problem(directory: Path) -> str | None:
    """Why another user could put a folder of their own in `directory`'s place, or None.

    Checking the directory alone is not enough: whoever may write to a folder above it
    may rename it, or a folder above it, away and put their own in its place (renaming
    needs write permission on the parent, not on what is renamed), between the check and
    the reads; the same for a symbolic link on the way that is theirs. So every folder
    above (on the path as given and on the path it leads to) must be this user's or
    root's, and writable by nobody else unless it has the sticky bit (as /tmp has: there
    only the owner of an entry may rename or delete it). The rule OpenSSH's StrictModes
    applies to a user's ~/.ssh."""
    uid = os.getuid()
    given = Path(os.path.abspath(directory))
    try:
        for path in (given, *given.parents):  # a link on the way must not be another user's
            info = path.lstat()
            if stat.S_ISLNK(info.st_mode) and info.st_uid not in (uid, 0):
                return f"{path} (on the way to {directory}) is a link of another user"
        checked = set()
        for folder in (*given.parents, *Path(os.path.realpath(directory)).parents):
            info = folder.stat()  # the folder a name leads to
            if (info.st_dev, info.st_ino) in checked:
                continue
            checked.add((info.st_dev, info.st_ino))
            if info.st_uid not in (uid, 0):
                return f"{folder} (above {directory}) belongs to another user, who could swap the cache for another"
            if info.st_mode & (stat.S_IWGRP | stat.S_IWOTH) and not info.st_mode & stat.S_ISVTX:
                return (f"others may write to {folder} (above {directory}, without the sticky bit) and could swap "
                        "the cache for another")
    except OSError as exc:
        return f"cannot check the folders above {directory} ({exc.strerror or exc})"
    return None


def own_regular_file(path: Path) -> bool:
    """True when `path` is a regular file of this user: not a link someone planted, not
    another user's file. Raises OSError as lstat does (a missing file included)."""
    info = path.lstat()
    return stat.S_ISREG(info.st_mode) and info.st_uid == os.getuid()


def write_atomically(path: Path, blob: bytes) -> None:
    """Write `path` under a temporary name in its folder, then rename: a reader never sees
    half a file. Raises OSError (a full or read-only disk), leaving no temporary behind."""
    import tempfile  # here: most processes write nothing, and it imports shutil, bz2, lzma and random

    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(blob)
        os.replace(temporary, path)
    except BaseException:
        os.unlink(temporary)
        raise


_DIGEST = 32  # a SHA-256


def sealed(magic: bytes, payload: bytes) -> bytes:
    """`payload` behind `magic` (what the file is, for which Python) and the payload's SHA-256."""
    return magic + hashlib.sha256(payload).digest() + payload


def unsealed(magic: bytes, blob: bytes) -> memoryview:
    """The payload that `sealed` put behind `magic`; ValueError unless `blob` is such a file, whole."""
    if not blob.startswith(magic) or len(blob) < len(magic) + _DIGEST:
        raise ValueError("not a file of this kind for this Python")
    payload = memoryview(blob)[len(magic) + _DIGEST :]
    if hashlib.sha256(payload).digest() != blob[len(magic) : len(magic) + _DIGEST]:
        raise ValueError("checksum mismatch")
    return payload


def read_checked(path: Path, from_bytes, empty):
    """`from_bytes(the file's bytes)` when `path` is this user's regular file and that checks out
    (from_bytes raising ValueError if not); else `empty()`."""
    try:
        if not own_regular_file(path):
            return empty()
        return from_bytes(path.read_bytes())
    except (OSError, ValueError):
        return empty()


def write_quietly(path: Path, blob) -> None:
    """write_atomically(path, blob()), never raising: a full or read-only disk, or a content
    that cannot be written (ValueError, as marshal's), leaves the cache as it was."""
    try:
        write_atomically(path, blob())
    except (OSError, ValueError):
        pass
