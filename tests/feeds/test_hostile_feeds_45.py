"""Round 45's hostile feeds, on a real loopback HTTP server and a real SQLite store. The feed
items are the generated pledge reports of tests/support/story_scale.py; the sign-in page is
markup written here.

Fixed here, failing before its fix:
- A feed that worked answering 200 with a sign-in page (a paywall or single sign-on put in
  front of it, a captive portal or proxy), at its address or after a redirect to /login, was
  said to be "a web page: give the address of its RSS or Atom feed": the operator was sent
  looking for another address when the address was right. It now says a sign-in form answered
  and what that means for a feed that worked (review 45a added the advice for a newcomer's home
  page beside it: tests/feeds/test_sign_in_home_page_45b.py); its items stay, and the feed is
  read again once it answers as one.
"""

from __future__ import annotations

import asyncio
from datetime import timedelta

import pytest

from tests.support.servers import Response, rss
from tests.support.story_scale import alike_items

SIGN_IN = b"""<!DOCTYPE html><html><head><title>Sign in</title></head><body>
<form method="post" action="/login"><input name="user"><input type="password" name="pw"><button>Go</button></form>
</body></html>"""
PLAIN_PAGE = b"<!DOCTYPE html><html><head><title>Home</title></head><body><p>Welcome</p></body></html>"
HTML = {"Content-Type": "text/html; charset=utf-8"}


def _count(store, sql: str) -> int:
    return next(store.db.query(sql))["n"]


@pytest.mark.parametrize("redirected", [False, True])
def test_a_feed_answering_a_sign_in_page_says_so_keeps_its_items_and_reads_on_once_back(harness, clock, feed_server,
                                                                                      redirected):
    items = alike_items(6, clock.now() - timedelta(hours=2))
    feed_server.set_feed("/wire.xml", rss(items[:3]))
    feed = harness.feed("/wire.xml", "Wire")
    (first,) = asyncio.run(harness.poll(feed))
    if redirected:
        feed_server.set_redirect("/wire.xml", "/login?next=/wire.xml")
        feed_server.set_route("/login", lambda request: Response(200, SIGN_IN, dict(HTML)))
    else:
        feed_server.set_route("/wire.xml", lambda request: Response(200, SIGN_IN, {**HTML, "ETag": '"sign-in"'}))
    clock.advance(minutes=30)
    (walled,) = asyncio.run(harness.poll(feed))
    kept = _count(harness.store, "SELECT COUNT(*) AS n FROM entries")
    feed_server.set_feed("/wire.xml", rss(items))
    clock.advance(hours=2)
    (back,) = asyncio.run(harness.poll(feed))
    assert first.new_entries == 3 and kept == 3
    assert walled.error.startswith("not a feed: a web page with a sign-in form (if this address served a feed "
                                   "before, the site now asks for a login"), walled.error
    assert back.error is None and back.new_entries == 3, (back.error, back.new_entries)


def test_a_web_page_without_a_sign_in_form_still_asks_for_the_feeds_address(harness, clock, feed_server):
    feed_server.set_route("/home", lambda request: Response(200, PLAIN_PAGE, dict(HTML)))
    (result,) = asyncio.run(harness.poll(harness.feed("/home", "Home")))
    assert "a web page: give the address of its RSS or Atom feed" in result.error, result.error
