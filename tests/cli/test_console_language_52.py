"""The console chat speaks the language chosen with /lang in `pledgewatch chat`, in the alerts
`run` and `poll` print as in its replies (stop 50, a new user's first hour from a fresh
clone). Its alerts stayed English whatever /lang said, and the README said so as a fact
of life; every other chat's alerts follow its language."""

from __future__ import annotations

import asyncio
import io
import sys
from datetime import UTC, datetime

from bot.adapters.console_chat import CONSOLE_CHAT_ID, ConsoleChat
from bot.cli import main
from bot.core.chat.render_console import render_digest_plain, render_plain, render_plain_update
from bot.core.models import Alert, Digest, Pledge
from tests.support.scratch_apps import console_start_line
from tests.support.seed_feed import seed_item
from tests.support.servers import FeedServer, rss


def _alert(**changes) -> Alert:
    fields = dict(story_id=1, title="Headline", url="https://news.example/a", sources=("Wire",),
                  topics=("air_defence", "nato_meeting"), published=None,
                  pledges=(Pledge("DE", "air_defence", "pledged", item="IRIS-T", system="IRIS-T", quantity=2),))
    fields.update(changes)
    return Alert(**fields)


def test_poll_prints_the_alert_in_the_language_the_console_chose(new_db, capsys, monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.StringIO("/lang fr\n"))
    assert main(["chat"]) == 0
    assert "Langue réglée sur le français." in capsys.readouterr().out
    with FeedServer() as server:
        server.set_feed("/dw.xml", rss([seed_item(0, datetime.now(UTC))], lang="fr"))
        assert main(["feeds", "add", server.url("/dw.xml"), "--name", "DW"]) == 0
        assert main(["poll", "--feed", server.url("/dw.xml")]) == 0
    printed = capsys.readouterr().out
    assert "ALERTE " in printed and "  thèmes :" not in printed  # one column, French words
    assert "  thèmes:" in printed and "  promesse:" in printed and "  lien:" in printed, printed
    assert "ALERT  " not in printed and "  topics:" not in printed, printed


def test_the_console_chat_asks_its_language_at_each_alert():
    said = {"lang": "de"}
    stream = io.StringIO()
    chat = ConsoleChat(stream, lang_of=lambda chat_id: said["lang"] if chat_id == CONSOLE_CHAT_ID else "en")
    assert asyncio.run(chat.send(CONSOLE_CHAT_ID, _alert())).ok
    said["lang"] = "fr"  # a /lang typed while `run` runs reaches its next alert
    assert asyncio.run(chat.edit(CONSOLE_CHAT_ID, "1", _alert())).ok
    german, french = stream.getvalue().strip().split("\n\n")
    assert german.startswith("MELDUNG Headline") and "Deutschland — Luftverteidigung IRIS-T ×2 — zugesagt" in german
    assert french.startswith("MISE À JOUR Headline") and "Allemagne — défense aérienne IRIS-T ×2 — promis" in french


def test_english_stays_as_it_was_and_topics_read_as_in_topics():
    text = render_plain(_alert())
    assert text.splitlines() == [
        "ALERT  Headline",
        "  source: Wire",
        "  date:   date unknown",
        "  topics: air defence, NATO meeting",  # "nato meeting" had been the code's words
        "  pledge: Germany — IRIS-T air defence ×2 — pledged",
        "  link:   https://news.example/a",
    ]
    assert render_plain_update(_alert()).startswith("UPDATED Headline")


def test_a_digest_names_its_topics_in_the_chats_language():
    digest = Digest(alerts=(_alert(), _alert(title="Other")))
    assert render_digest_plain(digest).splitlines()[:2] == [
        "DIGEST  2 stories", "  - Headline [air defence, NATO meeting] (Wire) https://news.example/a"]
    assert render_digest_plain(digest, "de").splitlines()[:2] == [
        "ÜBERSICHT  2 Meldungen", "  - Headline [Luftverteidigung, NATO-Treffen] (Wire) https://news.example/a"]


def test_the_note_after_unsubscribe_is_in_the_chats_language(new_db, capsys, monkeypatch):
    # Under a French reply, the note of what `run` prints next came in English.
    monkeypatch.setattr(sys, "stdin", io.StringIO("/lang fr\n/mode digest 07:00\n/unsubscribe\n"))
    assert main(["chat"]) == 0
    out = capsys.readouterr().out
    assert "Désabonné" in out
    assert "(`run` n'affiche plus ni alerte ni résumé dans cette console, même à son prochain démarrage" in out, out
    assert "prints no alert" not in out


def test_run_says_at_start_the_language_its_alerts_speak(new_db, capsys, monkeypatch):
    def start_line() -> str:
        return console_start_line(new_db)

    monkeypatch.setattr(sys, "stdin", io.StringIO("/topics\n"))
    assert main(["chat"]) == 0
    assert "in French" not in start_line() and "/lang" not in start_line()
    monkeypatch.setattr(sys, "stdin", io.StringIO("/lang fr\n"))
    assert main(["chat"]) == 0
    assert "every topic (`pledgewatch chat /subscribe TOPIC` keeps some), in French (`pledgewatch chat /lang en`)" \
        in start_line()
