"""What a broken or hostile feed meets, second round (hostile-input round, stop 34).

Found by serving hostile feeds over loopback to the real `pledgewatch poll` (entities,
a 200 MB body, a gzip bomb, a slow drip, redirect loops, an HTML page, wrong charsets,
a 100,000-character title, control characters, markup and mentions): everything was
refused with a clear error or read, except what these tests hold. Each failed before its
fix. Feeds are written for the project (no outlet's text); polled over loopback HTTP
into a real SQLite file.
"""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import pytest

from bot.adapters.feed_parse import parse_feed_document
from bot.adapters.sqlite_store import SqliteStore
from bot.cli import main
from tests.conftest import CLI_DB
from tests.support.servers import Response, rss

AID = {"title": "Germany sends two more IRIS-T systems to Ukraine — «Київ» thanks Berlin",
       "description": "Berlin will deliver two more IRIS-T air defence systems to Kyiv, the ministry said."}


def test_a_utf8_feed_served_as_utf16_is_read_with_a_warning_not_lost(env, capsys, feed_server):
    # A server saying `charset=utf-16` of a UTF-8 file: "<?xml" read as UTF-16 is two
    # Chinese characters, and the whole feed failed every poll with "not well-formed".
    body = rss([{**AID, "link": "https://n.example/one"}])
    feed_server.set_feed("/wrong.xml", body, content_type="application/rss+xml; charset=UTF-16")
    assert main(["feeds", "add", feed_server.url("/wrong.xml")]) == 0
    assert main(["poll", "--feed", feed_server.url("/wrong.xml")]) == 0
    out, err = capsys.readouterr()
    assert "1 items, 1 new" in out, out + err
    assert "declares the charset 'UTF-16', which its bytes are not written in: read as utf-8" in err, err
    store = SqliteStore(env / CLI_DB)
    titles = [row["title"] for row in store._rows("SELECT title FROM entries")]
    store.close()
    assert titles == [AID["title"]]


def test_a_real_utf16_or_ebcdic_feed_keeps_its_declared_charset():
    latin = {**AID, "title": "Germany sends two more IRIS-T systems to Ukraine, Kyiv thanks Berlin"}
    body = rss([{**latin, "link": "https://n.example/two"}])
    for encoding, declared in (("utf-16", "utf-16"), ("utf-16-le", "utf-16le"), ("cp500", "cp500")):
        text = body.decode("utf-8").replace('encoding="utf-8"', f'encoding="{declared}"')
        parsed = parse_feed_document(text.encode(encoding), "https://n.example/feed",
                                     content_type=f"application/rss+xml; charset={declared}")
        assert [e.title for e in parsed.entries] == [latin["title"]] and parsed.warning is None, encoding


@pytest.mark.parametrize("url, said", [
    ("https://exa\\mple.org/rss", "a backslash before its path"),
    # Read as user "example.org\" at evil.example, and by the fetcher as no URL at all.
    ("https://example.org\\@evil.example/rss", "a backslash before its path"),
    ("https://exa%00mple.org/rss", "has no valid host name"),
    ("https://news.exa!mple.org/rss", "has no valid host name"),
])
def test_a_feed_address_no_fetch_could_use_is_refused_when_added(env, capsys, url, said):
    # Each was stored ("feed 20 added"), then failed every poll as "invalid URL" or
    # "Name or service not known".
    assert main(["feeds", "add", url]) == 2
    err = capsys.readouterr().err
    assert err.startswith("pledgewatch: error: url: ") and said in err and len(err.splitlines()) == 1, err


@pytest.mark.parametrize("url", ["https://my_host.example.org/rss", "https://xn--80ak6aa92e.com/rss",
                                 "https://киев.укр/rss", "http://[::1]:8080/rss", "https://example.org./rss",
                                 "https://example.org/a\\b.xml"])
def test_host_names_that_resolve_are_still_taken(env, capsys, url):
    assert main(["feeds", "add", url]) == 0, capsys.readouterr().err


def _wait_asked(harness, feed_server, path: str, retry_after: str, status: int = 429) -> tuple[float, str]:
    """(minutes until the feed's next poll, its error) after one refused poll."""
    feed_server.set_route(path, lambda request: Response(status, b"", {"Retry-After": retry_after}))
    feed = harness.feed(path, path)
    asyncio.run(harness.poll(feed))
    state = harness.store.feed_state(feed.id)
    return (state.next_poll - harness.clock.now()).total_seconds() / 60, state.last_error


def test_a_feed_asking_to_wait_is_not_polled_before_it_said(harness, feed_server):
    # "429, Retry-After: 3600" was polled again after twice its interval (20 min), then 40:
    # each time refused again. The wait asked for stands, up to the 6 h backoff cap.
    minutes, error = _wait_asked(harness, feed_server, "/busy.xml", "3600")
    assert minutes == 60 and "the server asks to wait 1 h" in error, (minutes, error)
    soon = datetime.now(UTC) + timedelta(minutes=90)  # the server's clock (its Date header), not the poller's
    minutes, _ = _wait_asked(harness, feed_server, "/down.xml", format_datetime(soon, usegmt=True), status=503)
    assert 89 <= minutes <= 90
    minutes, error = _wait_asked(harness, feed_server, "/forever.xml", "31536000")  # a year: capped
    assert minutes == 6 * 60 and "waits at least as long, at most 6 h" in error, error
    minutes, _ = _wait_asked(harness, feed_server, "/short.xml", "5")  # less than the backoff: the backoff
    assert minutes == 20
    minutes, error = _wait_asked(harness, feed_server, "/garbled.xml", "soon, maybe")
    assert minutes == 20 and "asks to wait" not in error


def test_poll_reports_a_failing_feed_once(env, capsys, feed_server):
    # Offline, `poll` printed every shipped feed's failure twice: a FAIL line on standard
    # output and a WARNING log line on standard error (38 lines for 19 feeds).
    feed_server.set_status("/gone.xml", 410)
    feed_server.set_feed("/fine.xml", rss([{**AID, "link": "https://n.example/fine"}]))
    for path in ("/gone.xml", "/fine.xml"):
        assert main(["feeds", "add", feed_server.url(path)]) == 0
    capsys.readouterr()
    assert main(["poll"]) == 0
    out, err = capsys.readouterr()
    assert f"FAIL  {feed_server.url('/gone.xml')}: HTTP 410" in out
    assert "gone.xml" not in err, err
