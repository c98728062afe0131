"""A new user's first hour, stop 54: what the README's walk-through met at the terminal."""

from __future__ import annotations

import re

from bot.cli import main
from bot.core.chat.audit_text import audit_chat_line, audit_time


def test_the_audit_log_says_its_times_are_utc(new_db, capsys):
    # `pledgewatch audit` printed "2026-12-06T17:03:55", leaving the zone to guess; its --json
    # and the chat's heading said UTC, the terminal's lines did not.
    assert main(["rules", "add", "tanks", '"Leopard 9" NEAR/5 @ukraine']) == 0
    capsys.readouterr()
    assert main(["audit", "--limit", "1"]) == 0
    line = capsys.readouterr().out.splitlines()[0]
    assert re.match(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC  cli +rule\.add", line), line


def test_an_audit_time_written_with_another_offset_is_shown_in_utc():
    assert audit_time("2026-12-02T09:30:05+01:00") == "2026-12-02 08:30 UTC"
    assert audit_time("2026-12-02T09:30:05+01:00", seconds=True) == "2026-12-02 08:30:05 UTC"
    assert audit_time("not a time") == "not a time"  # shown as stored rather than dropped
    line = audit_chat_line({"at": "2026-12-02T23:10:00-02:00", "actor": "cli", "action": "rule.remove", "target": "4"})
    assert line.startswith("2026-12-03 01:10 UTC · cli · rule.remove 4")


def test_a_look_alike_filter_word_is_explained_in_the_chats_language(new_db, capsys):
    # A German chat was told "Ein Wort mischt Schriftsysteme: Latin and Cyrillic letters in ...".
    assert main(["chat", "/lang", "de"]) == 0
    capsys.readouterr()
    assert main(["chat", "/pledges", "G\u0435rma\u043bny"]) == 0  # "л" has no Latin twin
    said = capsys.readouterr().out
    assert "lateinische und kyrillische Buchstaben in 'G\u0435rma\u043bny' ('\u0435' ist U+0435" in said, said
    assert "letters in" not in said


def test_a_refused_feed_address_is_answered_in_the_chats_language(new_db, capsys):
    # The URL checks' words are English (shared with `feeds add` and the settings): a French
    # chat got "feed: 'ftp://...' is not an http:// or https:// URL" bare, and the look-alike
    # host, the refusal that matters most, wholly in English.
    assert main(["chat", "/lang", "fr"]) == 0
    assert main(["chat", "/feed_add", "ftp://news.example/rss"]) == 0
    assert main(["chat", "/lang", "de"]) == 0
    assert main(["chat", "/feed_add", "https://n\u0435ws.example.com/rss"]) == 0
    said = capsys.readouterr().out
    assert "Non ajouté : 'ftp://news.example/rss' is not an http:// or https:// URL (message technique, en anglais)." \
        in said, said
    assert ("Nicht hinzugefügt: Der Host 'n\u0435ws.example.com' mischt lateinische und kyrillische Buchstaben in "
            "'n\u0435ws'") in said and "xn--nws-rdd.example.com" in said and "letters in" not in said, said
    assert main(["feeds", "list"]) == 0 and "news.example" not in capsys.readouterr().out  # neither was added


def test_a_text_log_lines_time_is_utc_and_says_so(monkeypatch, capsys):
    # The text lines were stamped in the machine's local time with no zone, beside messages
    # that name times in UTC ("next poll due 17:23 UTC") and JSON lines in UTC.
    import logging
    import time
    from datetime import UTC, datetime

    from bot.cli.output import setup_logging

    monkeypatch.setenv("TZ", "America/New_York")  # a machine not on UTC
    time.tzset()
    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level
    try:
        setup_logging("INFO", "text")
        logging.getLogger("bot").info("a line")
        line = capsys.readouterr().err.strip()
    finally:
        root.handlers[:] = handlers
        root.setLevel(level)
        monkeypatch.delenv("TZ")
        time.tzset()
    stamp = re.match(r"(\d{4}-\d\d-\d\d \d\d:\d\d):\d\d,\d{3} UTC INFO bot: a line$", line)
    assert stamp, line
    assert abs(datetime.strptime(stamp.group(1), "%Y-%m-%d %H:%M").replace(tzinfo=UTC) - datetime.now(UTC)).seconds < 120


def test_a_failing_feeds_stored_error_is_told_in_french_in_a_french_status(new_db, capsys):
    # The error a poll stored is the fetcher's English line; inside "erreur : ..." a French
    # reader took it for a translation gone missing. Stop 54 marked it as English; since stop 55
    # the poll stores its kind too (migration 43) and /status tells it in French (an error
    # stored before, with no kind, is still marked: tests/chat/test_status_error_words_55.py).
    from tests.support.servers import FeedServer

    with FeedServer() as server:
        server.set_status("/gone.xml", 404)
        assert main(["feeds", "add", server.url("/gone.xml"), "--name", "Gone"]) == 0
        main(["poll", "--feed", server.url("/gone.xml")])
    assert main(["chat", "/lang", "fr"]) == 0
    capsys.readouterr()
    assert main(["chat", "/status"]) == 0
    assert "Gone : dernière interrogation" in (said := capsys.readouterr().out)
    assert "erreur : le serveur a répondu HTTP 404" in said and "en anglais" not in said, said
