"""Stop 55, new user: /status told a failing feed's stored error as the fetcher wrote it, in
English, inside a French or German sentence ("erreur (message technique, en anglais) : HTTP
404 ..."). The poll now stores the error's kind and details with it (FeedError.kind; migration
43) and /status tells it in the chat's language, as /feed_add does. An error stored before
its kind was (a database before 43) is shown as it was written, as before.

Real parts: the loopback feed server, SQLite, the App's poll and command table."""

from __future__ import annotations

import asyncio
import sqlite3

import pytest

from bot.adapters.migrations import MIGRATIONS, migrate
from bot.adapters.sqlite_store import SqliteStore
from bot.app import App
from bot.config import settings_from_dict
from bot.core.chat.i18n import t
from bot.core.chat.services import ChatContext
from bot.core.models import Feed
from tests.support.command_harness import run

pytestmark = pytest.mark.timeout(120)

ADMIN = ChatContext("console", "c1", "boss", is_admin=True, can_manage_chat=True)


def _app(tmp_path) -> App:
    return App(settings_from_dict({"database": str(tmp_path / "bot.db"), "analysis_workers": 0}, base_dir=tmp_path,
                                  environ={}))


def _status_in(app: App, lang: str) -> str:
    table = app.command_table()
    run(table, ADMIN, f"/lang {lang}")
    return run(table, ADMIN, "/status")


def test_a_feeds_http_error_is_told_in_the_chats_language(tmp_path, feed_server):
    feed_server.set_status("/gone.xml", 404)
    app = _app(tmp_path)
    try:
        app.prepare()
        app.store.add_feed(Feed(url=feed_server.url("/gone.xml"), name="Gone"), app.clock.now(), actor="cli")
        (result,) = asyncio.run(app.poll_once())
        assert result.error and "404" in result.error
        for lang in ("en", "fr", "de"):
            said = _status_in(app, lang)
            assert t(lang, "feed_problem_http", status=404) in said, said
            assert result.error not in said  # the English message is not quoted beside it
        assert "erreur (message technique, en anglais)" not in _status_in(app, "fr")
        # ... and once the feed answers again, no kind is left behind
        feed_server.set_status("/gone.xml", 200, b"<rss version='2.0'><channel><title>x</title></channel></rss>")
        asyncio.run(app.poll_once())
        state = app.store.feed_state(app.store.list_feeds()[0].id)
        assert (state.last_error, state.last_error_kind, state.last_error_details) == (None, "", ())
    finally:
        app.close()


def test_an_error_stored_before_its_kind_is_shown_as_written(tmp_path):
    database = tmp_path / "bot.db"
    old = SqliteStore(database)
    migrate(old.db, [m for m in MIGRATIONS if m[0] < 43])  # a database of the last release
    old.close()
    with sqlite3.connect(database) as old:
        old.execute("INSERT INTO feeds (url, name, added_at, last_polled, last_error, failures) VALUES "
                    "('https://news.example/rss', 'Old', '2026-12-01T10:00:00+00:00', '2026-12-05T10:00:00+00:00', "
                    "'HTTP 404 from the old days', 3)")
    old.close()
    app = _app(tmp_path)
    try:
        app.prepare()  # migrates to 43
        said = _status_in(app, "fr")
        assert "erreur (message technique, en anglais) : HTTP 404 from the old days" in said, said
    finally:
        app.close()
