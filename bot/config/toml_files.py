"""Reading a settings or feeds file: its TOML tables, or one ConfigError line naming the
file and what is wrong with it (not there, too large, not TOML, not UTF-8)."""

from __future__ import annotations

import errno
import tomllib
from pathlib import Path
from typing import Any

from bot.config.regular_files import NotAnOrdinaryFile, read_ordinary_file
from bot.errors import ConfigError

# Far above any real settings or feeds file (a thousand feeds are ~100 KB).
MAX_SETTINGS_FILE_BYTES = 16 * 1024 * 1024


def read_toml(path: Path, label: str, kind: str = "settings file") -> dict[str, Any]:
    """A TOML file's tables, or one ConfigError line starting with `label`, `kind` saying what
    the file was read as (a feeds file over the bound was said to be no "settings file").
    Bounded: `--config /dev/zero` read (and grew) without end. A UTF-8 byte order mark,
    which Windows editors write, is skipped: it was "invalid TOML at line 1, column 1".
    Only an ordinary file is read: a named pipe nobody wrote to made the start wait for ever."""
    try:
        data = read_ordinary_file(path, MAX_SETTINGS_FILE_BYTES)
        if len(data) > MAX_SETTINGS_FILE_BYTES:
            raise ConfigError(f"{label}: larger than {MAX_SETTINGS_FILE_BYTES:,} bytes (16 MB), far more than any "
                              f"{kind} holds; name the {kind} meant")
        return tomllib.loads(data.decode("utf-8-sig"))
    except FileNotFoundError:
        raise ConfigError(f"{label}: not found") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{label}: invalid TOML: {exc}") from None
    except RecursionError:  # tomllib recurses once per nested array or table: "a = [[[[..." ended with a traceback
        raise ConfigError(f"{label}: invalid TOML: arrays or tables nested too deeply") from None
    except NotAnOrdinaryFile as exc:
        if exc.errno == errno.EISDIR:  # `--config my-settings/`: it was "[Errno 21] Is a directory"
            raise ConfigError(f"{label}: is a folder; name a file in it") from None
        raise ConfigError(f"{label}: is {exc.kind}, not a file; name an ordinary file") from None
    except OSError as exc:
        raise ConfigError(f"{label}: cannot read: {exc.strerror or exc}") from None
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{label}: cannot read: not UTF-8 text ({exc.reason} at byte {exc.start}); "
                          "save it as UTF-8") from None
