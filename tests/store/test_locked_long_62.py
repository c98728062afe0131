"""Stop 62: the database locked by another program for a long time (a `sqlite3` shell left in a
transaction). Real SQLite file, a real second connection holding the write lock, the real command
table on the real store.

SQLite waits for a lock inside the call, and `run` makes these calls on its event loop: every
write that begins a transaction with a write (`/subscribe`, `/mode`, `/lang`, `/feed_add`, a chat's
settings, what the adapters note of servers and admins) waited the whole 10 s, so each such
command held the loop (Telegram's updates, every chat's commands, the alerts) for 10 s, for as long
as the lock was held. After the first write that found it locked, the next ones wait a quarter of
a second; the whole wait comes back a while after the last one that found it locked. (A poll's
writes and delivery's claim read first, and SQLite refuses them at once: they never waited.)
Nothing is lost: once the lock ends, the command is taken.
"""

from __future__ import annotations

import sqlite3
import time

import pytest

from bot.adapters.store import base
from bot.core.chat.i18n import t
from tests.support.command_harness import USER, run


@pytest.mark.timeout(240)
def test_under_a_long_lock_only_the_first_write_waits_the_whole_time_and_none_is_lost(table, store, monkeypatch):
    monkeypatch.setattr(base, "LOCKED_SPELL_SECONDS", 3.0, raising=False)
    other_program = sqlite3.connect(store.path, isolation_level=None)
    other_program.execute("BEGIN IMMEDIATE")  # holds the write lock until it commits
    took: list[float] = []
    try:
        for _ in range(4):
            started = time.monotonic()
            said = run(table, USER, "/subscribe tanks")
            took.append(time.monotonic() - started)
            assert said == t("en", "error_store"), said  # a clear answer, each time
    finally:
        other_program.execute("COMMIT")
        other_program.close()
    assert took[0] >= base.BUSY_TIMEOUT_MS / 1000 * 0.9  # the first: the whole wait, as before
    assert max(took[1:]) < 2.0, [round(t, 1) for t in took]  # 10 s each before

    assert run(table, USER, "/subscribe tanks").startswith("Subscribed to: tanks")  # taken once the lock ends
    time.sleep(base.LOCKED_SPELL_SECONDS + 0.2)
    store.stats()  # any statement after the spell
    assert store._rows("PRAGMA busy_timeout")[0]["timeout"] == base.BUSY_TIMEOUT_MS  # the whole wait is back
