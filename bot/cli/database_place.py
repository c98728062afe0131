"""Where the database file is, said in the operator's terms.

The shipped settings name `pledgewatch.db`, a path read from the folder a command runs in.
A newcomer who starts `run` in one folder and types `pledgewatch status` in another was
told "no database at pledgewatch.db (nothing has run with these settings ...)": false (it
had run, elsewhere) and silent on the cause. These texts name the folder a relative path
was read from and the two ways to reach the database from anywhere. An absolute path
needs no such words: the texts are then what they were."""

from __future__ import annotations

import shlex
from pathlib import Path


def _folder_read_from(database: Path | str, cwd: Path | None) -> Path | None:
    """The folder a relative database path is read from; None for an absolute one (or
    SQLite's in-memory name), whose text stands alone."""
    path = Path(database)
    if str(database) == ":memory:" or path.is_absolute():
        return None
    return cwd if cwd is not None else Path.cwd()


def missing_database(database: Path | str, *, cwd: Path | None = None) -> str:
    """The error of a command that reads stored results where the file does not exist."""
    folder = _folder_read_from(database, cwd)
    if folder is None:
        return (f"no database at {database} (nothing has run with these settings; "
                f"check --config / PLEDGEWATCH_DB, or start `pledgewatch run`{_OR_THE_DEMO})")
    return (f"no database at {database} in the current folder, {folder} (a relative path is read from the "
            f"folder the command runs in: run it from the folder `pledgewatch run` ran in, or set "
            f"PLEDGEWATCH_DB to the database's full path; if nothing has run with these settings yet, "
            f"start `pledgewatch run`{_OR_THE_DEMO})")


# Offered beside `run`: a newcomer without network, or before the feeds bring a pledge, has
# nothing to list for a long while; the demo's database has sample pledges at once.
_OR_THE_DEMO = ", or `pledgewatch demo --db demo.db` then PLEDGEWATCH_DB=demo.db for sample pledges"


def missing_database_for_web(database: Path | str, *, cwd: Path | None = None) -> str:
    """`web`'s own words for the same case: it has nothing to show."""
    folder = _folder_read_from(database, cwd)
    makes_one = "`pledgewatch run` or `pledgewatch demo --db FILE` makes one"
    if folder is None:
        return f"no database at {database}: nothing to show (check --config / PLEDGEWATCH_DB; {makes_one})"
    return (f"no database at {database} in the current folder, {folder}: nothing to show (a relative path "
            f"is read from the folder the command runs in: run it from the folder `run` or `demo --db` made it in, "
            f"or set PLEDGEWATCH_DB to its full path; {makes_one})")


def start_line(database: Path | str, *, cwd: Path | None = None) -> str:
    """`run`'s start line naming the database: with a relative path, where it really is,
    so the commands typed later in another terminal can be pointed at it."""
    folder = _folder_read_from(database, cwd)
    if folder is None:
        return f"database: {database}"
    full = folder / database
    return (f"database: {database}, in the current folder {folder} (other commands find it run from this "
            f"folder, or anywhere with PLEDGEWATCH_DB={shlex.quote(str(full))})")
