"""Files a command writes where the person said (`rules export FILE`, `pledges export --out`, a
chart): whole or not at all, and a file already there kept until the new one is complete.

`Path.write_text` empties the file first and writes after: a full disk, a file size limit or a
process killed half-way through left `mine.toml` cut short, and `rules export mine.toml` before
`rules import config/rules.toml` (the README's upgrade path) is the one place the person's own
rules are kept. The new text goes under a temporary name in the same folder, is flushed to the
disk, and then takes the file's name in one rename; a failure names the file and says that what
was there is as it was.
"""

from __future__ import annotations

import os
from contextlib import suppress
from pathlib import Path

# What a process killed mid-write leaves: a hidden file beside the one named, never the named one,
# removed by the next write to the same file (bot.adapters.partial_files).
from bot.adapters.partial_files import held_partial


def write_whole(path: Path, data: bytes) -> None:
    """Write `data` to `path` all at once (see the module docstring). Raises OSError naming
    `path` (never the temporary name) with a reason that says whether a file there was kept."""
    if path.exists() and not path.is_file() and not path.is_dir():
        # A device or a pipe (`--out /dev/stdout`): nothing there to keep, nowhere to rename to.
        with path.open("wb") as out:
            out.write(data)
        return
    target = path.resolve() if path.is_symlink() else path  # through a link, as write_text wrote
    kept = target.is_file()
    temporary = None
    try:
        with held_partial(target) as (handle, temporary):
            with os.fdopen(handle, "wb") as out:
                out.write(data)
                out.flush()
                os.fsync(out.fileno())
            os.chmod(temporary, _mode_for(target, kept))
            os.replace(temporary, target)
    except OSError as exc:
        _remove(temporary)
        reason = exc.strerror or str(exc)
        if kept:
            reason += "; the file there is as it was"
        raise OSError(exc.errno, reason, str(path)) from None
    except BaseException:  # Ctrl-C mid-write: no half file under the name, no temporary left
        _remove(temporary)
        raise


def _mode_for(target: Path, kept: bool) -> int:
    """The permissions `write_text` would have left: the old file's, else the umask's (mkstemp
    makes its file readable by its owner alone)."""
    if kept:
        return target.stat().st_mode & 0o7777
    mask = os.umask(0)
    os.umask(mask)
    return 0o666 & ~mask


def _remove(temporary: str | None) -> None:
    if temporary is not None:
        with suppress(OSError):
            os.unlink(temporary)
