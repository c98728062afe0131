"""Reading a file the person named (settings, feeds, rules) only when it is an ordinary file.

A named pipe nobody writes to made start-up wait for ever (`open` blocks until a writer comes),
and a device such as /dev/zero was read up to the size bound before being refused. The file is
opened without blocking and looked at before anything is read from it: a pipe, a device, a
socket or a folder is refused at once with one error saying what it is. None of these files is
documented as read from standard input, so no device is an exception here.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

# What a path is when it is no ordinary file, in the words an error shows.
FILE_KINDS = {stat.S_IFDIR: "a folder", stat.S_IFCHR: "a character device (like /dev/null)",
              stat.S_IFBLK: "a block device", stat.S_IFIFO: "a named pipe", stat.S_IFSOCK: "a socket"}


class NotAnOrdinaryFile(OSError):
    """The path is there but is a pipe, a device, a socket or a folder."""

    def __init__(self, path: Path, mode: int):
        self.kind = FILE_KINDS.get(stat.S_IFMT(mode), "no ordinary file")
        code = errno.EISDIR if stat.S_ISDIR(mode) else errno.EINVAL
        super().__init__(code, f"is {self.kind}, not an ordinary file; name a file", str(path))


def read_ordinary_file(path: Path, limit: int) -> bytes:
    """At most `limit + 1` bytes of `path` (the caller tells a file over `limit` by its length).
    Raises NotAnOrdinaryFile without waiting or reading when `path` is no ordinary file, and
    the usual OSError (FileNotFoundError, PermissionError ...) when it cannot be opened."""
    # O_NONBLOCK: opening a named pipe for reading returns at once instead of waiting for a writer.
    descriptor = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    try:
        mode = os.fstat(descriptor).st_mode  # of what was opened: no race with a swapped name
        if not stat.S_ISREG(mode):
            raise NotAnOrdinaryFile(path, mode)
        os.set_blocking(descriptor, True)
        with os.fdopen(descriptor, "rb", closefd=True) as handle:
            descriptor = -1
            return handle.read(limit + 1)
    finally:
        if descriptor >= 0:
            os.close(descriptor)
