"""A full disk or a read-only database: a clear error, and nothing half-written.

Full is simulated two real ways: `PRAGMA max_page_count` on the store's own
connection (SQLite answers SQLITE_FULL, exactly as on a full disk), and, for the
CLI in a subprocess, RLIMIT_FSIZE (the kernel refuses to let any file grow).
Read-only is `PRAGMA query_only`, SQLite's own per-connection write refusal.
"""

from __future__ import annotations

import asyncio
import os
import re
import resource
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from bot.adapters.feed_http import HttpFeedSource
from bot.adapters.sqlite_store import SqliteStore
from bot.cli import main
from bot.config import load_settings
from bot.core.analysis import Analyzer
from bot.core.models import Feed, PollResult
from bot.errors import StoreError
from bot.pipeline import FeedPoller
from bot.rule_admin import RuleAdmin
from tests.support.fakes import FakeClock
from tests.support.servers import FeedServer, rss
from tests.support.store_checks import integrity_ok

REPO = Path(__file__).resolve().parents[2]
ITEMS = 60
# The seed story's key sentence, so every item is relevant and each poll writes
# entries, matches, stories, pledges and outbox rows.
BODY = "L'Allemagne va livrer 18 chars Leopard 2 à l'Ukraine, a annoncé Berlin. " * 5


def big_feed(prefix: str = "", body_repeat: int = 1) -> bytes:
    return rss([{"title": f"{prefix}Berlin livre des chars Leopard 2 à Kiev ({n})", "link": f"https://e.org/{prefix}{n}",
                 "guid": f"{prefix}{n}", "description": BODY * body_repeat} for n in range(ITEMS)], lang="fr")


class Setup:
    def __init__(self, path: Path, server: FeedServer):
        self.clock = FakeClock()
        self.store = SqliteStore(path)
        self.store.migrate()
        self.rules = RuleAdmin(self.store, self.clock)
        self.rules.import_if_empty(load_settings(environ={}).rules_file.read_text(encoding="utf-8"))
        self.store.subscribe("console", "console", (), self.clock.now())
        server.set_feed("/big.xml", big_feed())
        feed_id, _ = self.store.add_feed(Feed(url=server.url("/big.xml"), name="Big"), self.clock.now())
        self.feed = Feed(url=server.url("/big.xml"), name="Big", id=feed_id)
        self.analyzer = Analyzer(self.rules.compile(), self.rules.entities)

    def poll(self) -> PollResult:
        async def go() -> PollResult:
            async with HttpFeedSource(timeout=10) as source:
                return await FeedPoller(self.store, source, lambda: self.analyzer, self.clock).poll(self.feed)

        return asyncio.run(go())

    def counts(self) -> dict:
        stats = self.store.stats()
        return {k: stats[k] for k in ("entries", "stories", "matches", "pledges", "outbox")}


def _explained(exc_text: str) -> bool:
    return bool(re.search(r"disk full|read-only", exc_text))


def test_a_full_disk_fails_the_poll_clearly_and_stores_nothing_of_it(tmp_path, feed_server):
    s = Setup(tmp_path / "full.db", feed_server)
    before = s.counts()
    pages = s.store._rows("PRAGMA page_count")[0]["page_count"]
    # A few pages of room: the poll's writes start, then run out of space mid-transaction.
    s.store._rows(f"PRAGMA max_page_count = {pages + 3}")

    result = s.poll()

    assert result.fetched and result.entries == ITEMS
    assert result.error and "disk full" in result.error
    assert s.counts() == before  # the whole poll rolled back: no entry without its story, no orphan alert
    state = s.store.feed_state(s.feed.id)
    assert state.failures == 1 and "disk full" in (state.last_error or "")
    assert state.content_hash is None and state.last_success is None  # the next poll tries again
    assert integrity_ok(s.store)

    # Room again: the same items are stored in full on the next poll, none lost.
    s.store._rows("PRAGMA max_page_count = 1073741823")
    again = s.poll()
    assert again.error is None and again.new_entries == ITEMS
    assert s.counts()["entries"] == ITEMS and s.counts()["stories"] >= 1
    s.store.close()


def test_a_read_only_database_fails_the_poll_clearly_and_keeps_what_was_stored(tmp_path, feed_server):
    s = Setup(tmp_path / "ro.db", feed_server)
    assert s.poll().new_entries == ITEMS
    before = s.counts()
    feed_server.set_feed("/big.xml", big_feed("new-"))
    s.store._exec("PRAGMA query_only = ON")

    result = s.poll()

    assert result.error and "read-only" in result.error
    assert s.counts() == before
    with pytest.raises(StoreError, match="read-only"):
        s.store.add_feed(Feed(url="http://other.example/rss"), s.clock.now())
    s.store._exec("PRAGMA query_only = OFF")
    assert s.poll().new_entries == ITEMS  # nothing was marked as seen while read-only
    s.store.close()


def test_a_store_error_message_says_what_is_wrong(tmp_path):
    store = SqliteStore(tmp_path / "msg.db")
    store.migrate()
    pages = store._rows("PRAGMA page_count")[0]["page_count"]
    store._rows(f"PRAGMA max_page_count = {pages}")
    with pytest.raises(StoreError) as caught:
        with store.transaction():
            for n in range(200):
                store.set_setting(f"k{n}", "x" * 2000)
    assert _explained(str(caught.value)) and "msg.db" in str(caught.value)
    assert store.get_setting("k0") is None
    store.close()


def _limit_file_size(limit: int):
    def apply() -> None:  # runs in the child between fork and exec
        # Without this the kernel kills the process (SIGXFSZ) instead of failing the write.
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return apply


@pytest.mark.skipif(not hasattr(resource, "RLIMIT_FSIZE"), reason="needs RLIMIT_FSIZE (POSIX)")
@pytest.mark.timeout(300)  # a subprocess filling a small file system; over a minute under load
def test_the_cli_poll_on_a_full_disk_exits_non_zero_with_one_clear_line(tmp_path, feed_server, monkeypatch):
    db = tmp_path / "cli.db"
    monkeypatch.setenv("PLEDGEWATCH_DB", str(db))
    # The analysis in the bot's process, as before analysis_workers became "auto" (stop 40): a
    # worker is not what this test is about, and it would cost the suite its start.
    settings = tmp_path / "settings.toml"
    settings.write_text("analysis_workers = 0\n", encoding="utf-8")
    monkeypatch.setenv("PLEDGEWATCH_CONFIG", str(settings))
    # ~15 KB of text per item: one poll needs far more room than the limit below leaves.
    feed_server.set_feed("/big.xml", big_feed(body_repeat=40))
    url = feed_server.url("/big.xml")
    assert main(["feeds", "add", url]) == 0  # a prepared database: migrated, rules imported
    store = SqliteStore(db)
    entries_before = store.stats()["entries"]
    store.close()
    # Any file may grow to the database's current size plus a little: far less than one poll writes.
    room = max(p.stat().st_size for p in tmp_path.iterdir()) + 8000

    proc = subprocess.run([sys.executable, "-m", "bot", "poll", "--once", "--feed", url], cwd=tmp_path,
                          capture_output=True, text=True, timeout=120, preexec_fn=_limit_file_size(room),
                          env={**os.environ, "PYTHONPATH": str(REPO)})

    # The per-feed report says which feed failed; the command ends with one clear error line.
    assert any(line.startswith("FAIL") and "disk full" in line for line in proc.stdout.splitlines()), proc.stdout
    clear = [line for line in proc.stderr.splitlines() if line.startswith("pledgewatch:")]
    assert len(clear) == 1 and re.search(r"disk (full|I/O error)", clear[0]), proc.stderr
    assert proc.returncode != 0, f"exit status 0 although nothing could be stored: {clear[0]}"
    store = SqliteStore(db)
    assert store.stats()["entries"] == entries_before and integrity_ok(store)
    store.close()
