"""Stop 61: one feed an older version stored under two spellings of its address.

Before the one spelling (bot/config/feed_spelling.py), `HTTP://News.example/rss` and
`http://news.example:80/rss#top` were two feeds, each fetched every round, and stayed two until
`feeds remove` (which dropped the entries' feed). Migration 44 makes them one at the first start
of this version: every entry, story source and audit line kept under the oldest row, in the one
spelling, and the log says which rows were merged. Real SQLite, the real CLI in a process.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from bot.adapters.migrations import MIGRATIONS, migrate
from bot.adapters.sqlite_store import SqliteStore

REPO = Path(__file__).resolve().parents[2]
WHEN = "2026-12-01T10:00:00+00:00"


def _database_of_the_last_release(path: Path) -> None:
    old = SqliteStore(path)
    migrate(old.db, [m for m in MIGRATIONS if m[0] < 44])
    old.close()
    with sqlite3.connect(path) as db:
        feeds = [("HTTP://News.example/rss", "News", 0, None), ("http://news.example:80/rss#top", "", 1, "telegram:5"),
                 ("https://other.example/feed", "Other", 0, None)]
        for url, name, from_chat, added_in in feeds:
            db.execute("INSERT INTO feeds (url, name, added_at, from_chat, added_in) VALUES (?, ?, ?, ?, ?)",
                       [url, name, WHEN, from_chat, added_in])
        db.execute("INSERT INTO stories (id, title, first_seen) VALUES (1, 'Tanks pledged', ?)", [WHEN])
        entries = [(1, 1, "a", "https://news.example/a"), (2, 2, "b", "https://news.example/b"),
                   (3, 1, "same", None), (4, 2, "same", None), (5, 3, "c", "https://other.example/c")]
        for entry_id, feed_id, guid, link in entries:
            db.execute("INSERT INTO entries (id, feed_id, guid, url, canonical_url, title, fetched_at, relevant, story_id)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, 1, 1)", [entry_id, feed_id, guid, link or "", link, f"item {guid}", WHEN])
            db.execute("INSERT INTO story_sources (story_id, entry_id, feed_id, source, added_at) VALUES (1, ?, ?, 'x', ?)",
                       [entry_id, feed_id, WHEN])
        db.execute("INSERT INTO audit (at, actor, action, target) VALUES (?, 'telegram:7', 'feed.add', '2')", [WHEN])
    db.close()


def test_a_feed_stored_under_two_spellings_is_merged_at_start_keeping_every_entry(tmp_path):
    database = tmp_path / "old.db"
    _database_of_the_last_release(database)

    done = subprocess.run([sys.executable, "-m", "bot", "db", "upgrade"], cwd=tmp_path, capture_output=True, text=True,
                          timeout=120, env={**os.environ, "PYTHONPATH": str(REPO), "PLEDGEWATCH_DB": str(database)})

    assert done.returncode == 0, done
    assert "feeds 1, 2 were one feed under 2 spellings" in done.stderr and "merged into feed 1" in done.stderr, done.stderr
    with sqlite3.connect(database) as db:
        feeds = db.execute("SELECT id, url, name, from_chat, added_in FROM feeds ORDER BY id").fetchall()
        assert feeds == [(1, "http://news.example/rss", "News", 0, None), (3, "https://other.example/feed", "Other", 0, None)]
        entries = db.execute("SELECT id, feed_id, guid, story_id FROM entries ORDER BY id").fetchall()
        assert entries == [(1, 1, "a", 1), (2, 1, "b", 1), (3, 1, "same", 1), (4, 1, "same (feed 2)", 1), (5, 3, "c", 1)]
        assert db.execute("SELECT feed_id FROM story_sources ORDER BY entry_id").fetchall() == [(1,), (1,), (1,), (1,), (3,)]
        assert db.execute("SELECT target FROM audit WHERE action = 'feed.add'").fetchall() == [("1",)]
        assert db.execute("PRAGMA foreign_key_check").fetchall() == []
    db.close()


def test_the_merged_feed_is_listed_once(tmp_path):
    database = tmp_path / "old.db"
    _database_of_the_last_release(database)
    store = SqliteStore(database)
    try:
        store.migrate()
        urls = [feed.url for feed in store.list_feeds(include_disabled=True)]
        assert urls == ["http://news.example/rss", "https://other.example/feed"]
    finally:
        store.close()
