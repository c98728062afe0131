"""Newcomer 64 at the console (`pledgewatch chat`, `run` without a token): /start speaks of
the console's own words, and an /unsubscribe from every topic is kept by `run`, digest and
all, until /subscribe."""

from __future__ import annotations

import io
import sys
from datetime import UTC, datetime, timedelta

from bot.adapters.console_chat import ConsoleChat
from bot.cli import main
from tests.support.scratch_apps import console_start_line, prepared_app
from tests.support.seed_feed import seed_item
from tests.support.servers import FeedServer, rss


def _session(monkeypatch, capsys, *lines: str) -> str:
    monkeypatch.setattr(sys, "stdin", io.StringIO("".join(f"{line}\n" for line in lines)))
    capsys.readouterr()
    assert main(["chat"]) == 0
    return capsys.readouterr().out


def test_start_in_the_console_names_the_console_words_not_a_subscribe_it_does_not_need(new_db, capsys):
    assert main(["chat", "start"]) == 0
    out = capsys.readouterr().out
    assert "Send /subscribe to get alerts" not in out
    assert "without its slash" in out and "pledgewatch run` prints its alerts in this console" in out


def test_start_in_french_in_the_console(new_db, capsys, monkeypatch):
    out = _session(monkeypatch, capsys, "lang fr", "start")
    assert "sans sa barre oblique" in out and "Envoyez /subscribe" not in out


def test_after_unsubscribe_from_all_a_digest_chat_gets_no_digest_from_run(new_db, capsys, monkeypatch):
    _session(monkeypatch, capsys, "mode digest 07:00", "unsubscribe")
    app = prepared_app(new_db.parent, new_db.name)
    try:
        printed = io.StringIO()
        app.use_chats([ConsoleChat(printed)])  # what `run` does at its start
        assert not app.store.subscriptions("console")
        # Nothing is queued for the console, so no digest can come at 07:00, nor any alert.
        later = datetime.now(UTC) + timedelta(days=2)
        assert not app.store.due_outbox("console", later)
    finally:
        app.close()
    assert "no topic: it unsubscribed from every topic" in console_start_line(new_db)


def test_subscribe_after_unsubscribe_brings_the_alerts_back_at_the_next_start(new_db, capsys, monkeypatch):
    _session(monkeypatch, capsys, "unsubscribe", "subscribe tanks")
    app = prepared_app(new_db.parent, new_db.name)
    try:
        app.use_chats([ConsoleChat(io.StringIO())])
        (console,) = app.store.subscriptions("console")
        assert console.topics == ("tanks",)
    finally:
        app.close()


def test_a_poll_after_unsubscribe_from_all_prints_no_alert(new_db, capsys, monkeypatch):
    _session(monkeypatch, capsys, "mode digest 07:00", "unsubscribe")
    with FeedServer() as server:
        server.set_feed("/dw.xml", rss([seed_item(0, datetime.now(UTC))], lang="fr"))
        assert main(["feeds", "add", server.url("/dw.xml"), "--name", "DW"]) == 0
        capsys.readouterr()
        assert main(["poll", "--feed", server.url("/dw.xml")]) == 0
    out = capsys.readouterr().out
    assert "ALERT" not in out and "DIGEST" not in out, out
    app = prepared_app(new_db.parent, new_db.name)
    try:
        assert not app.store.due_outbox("console", datetime.now(UTC) + timedelta(days=2))
    finally:
        app.close()


def test_a_missing_database_offers_the_demo_beside_run(tmp_path, monkeypatch, capsys):
    # A newcomer without network has nothing to list after `run`: the demo's database has pledges at once.
    monkeypatch.delenv("PLEDGEWATCH_DB", raising=False)
    monkeypatch.chdir(tmp_path)
    assert main(["pledges"]) == 1
    err = capsys.readouterr().err
    assert "start `pledgewatch run`, or `pledgewatch demo --db demo.db` then PLEDGEWATCH_DB=demo.db" in err, err
    assert not (tmp_path / "pledgewatch.db").exists()
