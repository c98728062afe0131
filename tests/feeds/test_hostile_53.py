"""Stop 53's round of hostile feeds, on a real loopback HTTP server and a real SQLite store. The
items are written for these tests.

- A date written with a sign before it ("-0001-01-01", "--12-05", "-2024-05-01") is ISO 8601's
  truncated or signed-year form, and feedparser fills in the part it leaves out: "-0001-01-01"
  was stored as 1 January 2000, "-2024-05-01" as a day of this year, "--01-01" as 1 January of
  this year. Each looked like a real date (after 1995, not ahead), so the item stood in the wrong
  period and the wrong story window. Such a date is no date now, as an absurd one is: the time of
  fetching stands in (bot/adapters/feed_parse.py, bot/core/feeds/dates.py).
- The DNS side of the address check: a feed whose host NAME resolves to this host, the intranet or
  ::1 is refused before any connection, from chat and from the settings alike, and so is a redirect
  from a public feed to a name that resolves inward. Names are made to resolve by a stand-in for
  socket.getaddrinfo (the call aiohttp's default resolver makes): no DNS, no network.
"""

from __future__ import annotations

import asyncio
from datetime import timedelta

import pytest

import bot.adapters.feed_http as feed_http
from bot.adapters.feed_check import FeedChecker
from bot.adapters.feed_http import HttpFeedSource
from bot.errors import FetchError
from tests.support.poll_harness import OnePoller
from tests.support.servers import rss
from tests.support.name_resolution import resolve_names

NOW_WRITTEN = "Tue, 14 Feb 2023 12:00:00 GMT"  # the harness clock's now, as RSS writes it


def _note(number: int, date: str) -> dict:
    return {"title": f"Weather note {number}", "guid": f"note-{number}", "link": f"https://wire.example/{number}",
            "description": "Rain in the north.", "pubDate": date}


def test_a_date_whose_year_feedparser_would_make_up_counts_as_no_date(harness, feed_server):
    dates = ["-0001-01-01", "-0001-01-01T00:00:00Z", "-2024-05-01", "--01-01", "-26-12", " -0001-01-01",
             "2023-02-13T08:00:00Z", NOW_WRITTEN]
    feed_server.set_feed("/wire.xml", rss([_note(n, d) for n, d in enumerate(dates)]))
    feed = harness.feed("/wire.xml", "Wire")
    (result,) = asyncio.run(harness.poll(feed))
    assert result.ok, result.error
    published = {row["guid"]: row["published"] for row in harness.store.db.query("SELECT guid, published FROM entries")}
    # (before: "2000-01-01...", "2000-01-01...", a day of the clock's year, "2023-01-01...", ...)
    assert [published[f"note-{n}"] for n in range(len(dates))] == [
        None, None, None, None, None, None, "2023-02-13T08:00:00+00:00", "2023-02-14T12:00:00+00:00",
    ]


def test_an_atom_entry_with_a_signed_published_date_falls_back_to_its_updated_date(harness, feed_server):
    atom = (
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Wire</title>'
        '<id>urn:wire</id><updated>2023-02-14T10:00:00Z</updated>'
        '<entry><title>Weather note</title><id>urn:note-1</id><link href="https://wire.example/1"/>'
        "<published>-0001-01-01T00:00:00Z</published><updated>2023-02-14T09:30:00Z</updated>"
        "<summary>Rain in the north.</summary></entry></feed>"
    ).encode()
    feed_server.set_feed("/atom.xml", atom, content_type="application/atom+xml")
    feed = harness.feed("/atom.xml", "Wire")
    (result,) = asyncio.run(harness.poll(feed))
    assert result.ok, result.error
    (row,) = harness.store.db.query("SELECT published FROM entries")
    assert row["published"] == "2023-02-14T09:30:00+00:00"


# ------------------------------------------------------------------ names that resolve inward


@pytest.fixture
def resolve(monkeypatch):
    """resolve(name, address): from now on `name` resolves to `address` only."""
    return resolve_names(monkeypatch)


@pytest.fixture
def public_loopback(monkeypatch):
    """The loopback feed server taken for a public host: 127.0.0.1 is checked as 93.184.216.34
    would be (there is no public host in a test), every other address as itself."""
    real = feed_http.refusal

    def refusal(address, *args, **kwargs):
        return real("93.184.216.34" if address == "127.0.0.1" else address, *args, **kwargs)

    monkeypatch.setattr(feed_http, "refusal", refusal)


def _fetch(url: str, *, from_chat: bool = False, **policies):
    async def go():
        async with HttpFeedSource(timeout=5, **policies) as source:
            return await source.fetch(url, from_chat=from_chat)

    return asyncio.run(go())


def _check_from_chat(url: str):
    return asyncio.run(FeedChecker(lambda: HttpFeedSource(timeout=5)).check(url))


@pytest.mark.parametrize("address, kind", [("127.0.0.1", "loopback"), ("10.0.0.5", "private"), ("::1", "loopback"),
                                           ("169.254.169.254", "private")])
def test_a_chat_admins_feed_whose_name_resolves_inward_is_refused_before_connecting(
    feed_server, resolve, address, kind
):
    feed_server.set_feed("/feed.xml", rss([{"title": "Hello", "link": "https://example.org/1"}]))
    resolve("wire.attacker.example", address)
    url = f"http://wire.attacker.example:{feed_server.port}/feed.xml"
    check = _check_from_chat(url)
    assert f"{address} is a {kind} address: refused" in check.problem, check
    assert "chat_feed_addresses" in check.problem
    assert not feed_server.requests_to("/feed.xml")


def test_an_operators_feed_whose_name_resolves_to_this_host_is_refused(feed_server, resolve):
    # The settings' default policy ("loopback") lets a feed NAMED as this host reach it, not a
    # feed whose public-looking name resolves there.
    feed_server.set_feed("/feed.xml", rss([{"title": "Hello", "link": "https://example.org/1"}]))
    resolve("wire.attacker.example", "127.0.0.1")
    with pytest.raises(FetchError, match="127.0.0.1 is loopback, reached from a feed not on this host"):
        _fetch(f"http://wire.attacker.example:{feed_server.port}/feed.xml")
    assert not feed_server.requests_to("/feed.xml")


@pytest.mark.parametrize("from_chat, setting", [(False, "feed_addresses"), (True, "chat_feed_addresses")])
@pytest.mark.parametrize("address, kind", [("10.0.0.5", "private"), ("169.254.169.254", "private")])
def test_a_public_feed_redirecting_to_a_name_that_resolves_inward_is_refused(
    feed_server, resolve, public_loopback, from_chat, setting, address, kind
):
    resolve("wire.public.example", "127.0.0.1")  # the public hop (see public_loopback)
    resolve("cache.inside.example", address)
    feed_server.set_redirect("/feed.xml", "http://cache.inside.example:6379/feed.xml")
    with pytest.raises(FetchError, match=f"{address} is a {kind} address: refused \\(see the {setting} setting"):
        _fetch(f"http://wire.public.example:{feed_server.port}/feed.xml", from_chat=from_chat)
    assert len(feed_server.requests_to("/feed.xml")) == 1  # the public hop was fetched, the inward one never


def test_a_public_feed_redirecting_to_a_name_that_resolves_to_this_host_is_refused(
    feed_server, resolve, public_loopback
):
    resolve("wire.public.example", "127.0.0.1")
    resolve("admin.inside.example", "::1")
    feed_server.set_redirect("/feed.xml", "http://admin.inside.example:8080/")
    with pytest.raises(FetchError, match="::1 is loopback, reached from a feed not on this host"):
        _fetch(f"http://wire.public.example:{feed_server.port}/feed.xml")
    assert len(feed_server.requests_to("/feed.xml")) == 1


def test_the_stand_ins_let_a_public_feed_through(feed_server, resolve, public_loopback):
    # (what the refusals above are measured against: the same public hop, no redirect, is read)
    body = rss([{"title": "Hello", "link": "https://example.org/1"}])
    feed_server.set_feed("/feed.xml", body)
    resolve("wire.public.example", "127.0.0.1")
    assert _fetch(f"http://wire.public.example:{feed_server.port}/feed.xml", from_chat=True).body == body


# ------------------------------------------------------------------ a headline alone, under a new id every poll


def test_a_pledge_headline_alone_under_a_new_id_every_poll_alerts_a_chat_once(harness, clock, feed_server):
    # A title-only item is never taken for a copy of one stored (stop 48: two briefings may share a
    # headline), so a feed rotating its id and link stores it again at each poll; the chat must
    # still hear of the pledge once, not at every poll.
    harness.feed("/desk.xml", "Desk")
    poller = OnePoller(harness)
    results = []
    for poll in range(4):
        item = {"title": "Germany pledges 14 Leopard 2 tanks to Ukraine", "guid": f"desk-{poll}",
                "link": f"https://desk.example/leopards?s={poll}", "pubDate": clock.now() - timedelta(minutes=5)}
        feed_server.set_feed("/desk.xml", rss([item]))
        results.append(poller.poll(harness.store.feed_by_url(feed_server.url("/desk.xml"))))
        clock.advance(minutes=15)
    assert [r.ok for r in results] == [True] * 4, [r.error for r in results]
    alerts = [dict(row) for row in harness.store.db.query("SELECT chat_id, story_id FROM outbox")]
    edits = [dict(row) for row in harness.store.db.query("SELECT outbox_id FROM outbox_edits")]
    entries = next(harness.store.db.query("SELECT COUNT(*) AS n FROM entries"))["n"]
    # (stored again at each poll, as stop 48 decided, but one story: one alert, never edited)
    assert entries == 4
    assert len(alerts) == 1 and edits == [], (alerts, edits)
