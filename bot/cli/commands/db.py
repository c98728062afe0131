"""`pledgewatch db ...`: database maintenance (stats, backup, upgrade)."""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING, TextIO

from bot.errors import CommandError, PledgewatchError

if TYPE_CHECKING:  # the app pulls in the rule engine: imported only when the command runs
    from bot.app import App


def cmd_db(app: App, args: argparse.Namespace, stdin: TextIO, out: TextIO) -> int:
    if args.action == "upgrade":
        applied = app.store.migrate()
        out.write(f"database {app.settings.database} upgraded: schema version(s) {', '.join(map(str, applied))} "
                  "applied\n" if applied else f"database {app.settings.database} is up to date\n")
        return 0
    if args.action == "backup":
        if args.file.exists():  # the file named is wrong (exit 2), not the copy (see SqliteStore.backup)
            raise CommandError(f"{args.file} already exists; choose a new file for the backup")
        if not args.file.parent.is_dir():  # sqlite3 said "database X: unable to open database file"
            raise PledgewatchError(f"backup {args.file}: no folder {args.file.parent} to write it in; "
                                   "make it first, or name a file in an existing folder")
        app.store.backup(args.file)
        out.write(f"database copied to {args.file}\n")
        return 0
    out.write(json.dumps(app.store.stats(), indent=2) + "\n")
    return 0
