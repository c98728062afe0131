"""/feed_add's follow-up (what the first fetch of the new feed found) in the chat's language.

Until stop 54 the sentence around the problem was translated but the problem itself was the
fetcher's English line: a French chat read "Le flux 2 n'a pas pu être lu : HTTP 404 Not
Found ...", a German one "cannot connect to ...: Name or service not known (the host name did
not resolve ...)". The commoner problems now carry a kind (bot/errors.py FeedError) that the
chat words itself; any other is quoted and marked as the fetcher's English."""

from __future__ import annotations

import socket

import pytest

from bot.adapters.feed_check import FeedChecker
from bot.adapters.feed_http import HttpFeedSource
from bot.core.chat.commands import CommandTable
from bot.core.chat.feed_check import WORDED_PROBLEMS, FeedCheck, feed_check_text
from bot.core.chat.i18n import LANGUAGES, MESSAGES
from bot.store_chat_services import StoreChatServices
from tests.support.servers import Response
from tests.support.telegram_harness import ADMIN, Bot, run


def _fetching_from_loopback(bot: Bot) -> None:
    """/feed_add as the app wires it, with this host allowed from chat (the feed server is on
    loopback), so the new feed is fetched once through the guarded fetcher."""
    bot.chat.commands = CommandTable(StoreChatServices(bot.store, bot.rules, chat_feed_addresses="loopback"),
                                     bot.clock, bot.rules.entities)
    bot.chat.feed_checker = FeedChecker(lambda: HttpFeedSource(timeout=5, max_bytes=64 * 1024,
                                                               chat_addresses="loopback"))


@pytest.mark.parametrize(("lang", "gone_words", "page_words", "quoted_mark"), [
    ("fr", "le serveur a répondu HTTP 404", "l'adresse donne une page web", "(message technique, en anglais)"),
    ("de", "der Server antwortete mit HTTP 404", "die Adresse liefert eine Webseite",
     "(technische Meldung, auf Englisch)"),
])
def test_the_first_fetchs_problem_is_told_in_the_chats_language(tmp_path, stub, feed_server, lang, gone_words,
                                                                 page_words, quoted_mark):
    feed_server.set_status("/gone.xml", 404)
    feed_server.set_route("/site", lambda request: Response(200, b"<!DOCTYPE html><html><body>News</body></html>",
                                                             {"Content-Type": "text/html"}))
    # A problem with no words of its own: a body in four Content-Encodings.
    feed_server.set_route("/odd.xml", lambda request: Response(200, b"<rss/>", {
        "Content-Type": "application/rss+xml", "Content-Encoding": "gzip, gzip, gzip, gzip"}))

    async def go():
        async with Bot(tmp_path, stub) as bot:
            _fetching_from_loopback(bot)
            await bot.command(ADMIN, f"/lang {lang}", user_id=ADMIN)
            said = []
            for path in ("/gone.xml", "/site", "/odd.xml"):
                before = len(stub.messages_to(ADMIN))
                await bot.command(ADMIN, f"/feed_add {feed_server.url(path)}", user_id=ADMIN)
                await stub.until(lambda: len(stub.messages_to(ADMIN)) >= before + 2)
                said.append(stub.messages_to(ADMIN)[-1]["text"])
            return said

    gone, site, odd = run(go())
    assert gone_words in gone and "Not Found" not in gone and "/feed_del 1" in gone, gone
    assert page_words in site and "a web page" not in site, site
    assert "too many Content-Encodings" in odd and quoted_mark in odd, odd  # quoted, and said to be English


def test_a_refused_connection_is_named_with_its_host(tmp_path, stub):
    with socket.socket() as probe:  # a port just free: nothing listens there
        probe.bind(("127.0.0.1", 0))
        closed_port = probe.getsockname()[1]

    async def go():
        async with Bot(tmp_path, stub) as bot:
            _fetching_from_loopback(bot)
            await bot.command(ADMIN, "/lang de", user_id=ADMIN)
            before = len(stub.messages_to(ADMIN))
            await bot.command(ADMIN, f"/feed_add http://127.0.0.1:{closed_port}/feed.xml", user_id=ADMIN)
            await stub.until(lambda: len(stub.messages_to(ADMIN)) >= before + 2)
            return stub.messages_to(ADMIN)[-1]["text"]

    said = run(go())
    assert f"127.0.0.1:{closed_port} hat die Verbindung abgelehnt" in said, said


@pytest.mark.parametrize("kind", sorted(WORDED_PROBLEMS))
def test_every_worded_problem_reads_in_each_language_with_its_details(kind):
    details = tuple((name, {"seconds": 30.0, "host": "news.example", "status": 502, "limit": 65536,
                            "count": 10}[name]) for name in WORDED_PROBLEMS[kind])
    check = FeedCheck(problem="the fetcher's English line", kind=kind, details=details)
    for lang in LANGUAGES:
        assert f"feed_problem_{kind}" in MESSAGES[lang]
        text = feed_check_text(check, 7, lang)
        assert "the fetcher's English line" not in text and "/feed_del 7" in text
        for _, value in details:
            assert (f"{value:g}" if isinstance(value, float) else str(value)) in text


def test_a_kind_without_its_details_is_quoted_rather_than_worded_wrong():
    # A FetchError given a kind but not the detail its sentence names is told as written.
    text = feed_check_text(FeedCheck(problem="HTTP 502 Bad Gateway", kind="http"), 3, "fr")
    assert "HTTP 502 Bad Gateway (message technique, en anglais)" in text
