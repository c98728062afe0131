"""Rules changed as an outside writer would change them, behind the running bot's back:
through sqlite3, the rules version bumped so the bot reads them again (tests/run's broken
rules tests)."""

from __future__ import annotations

import sqlite3


def write_behind_the_bots_back(database: str, expression: str) -> None:
    """The first rule's expression replaced by `expression`, whether it compiles or not."""
    with sqlite3.connect(database) as db:
        db.execute("UPDATE rules SET expression = ? WHERE id = (SELECT min(id) FROM rules)", [expression])
        db.execute("UPDATE settings SET value = CAST(value AS INTEGER) + 1 WHERE name = 'rules_version'")
    db.close()
