"""Review 45a, finding 4: a news site's home page given for its feed's address. Such pages
carry a login box in their header (a password field), so since stop 45 they were answered as
a sign-in page "in the feed's place (the site now asks for a login...)": the newcomer went
looking for credentials instead of the feed's address. The answer now keeps the advice to
give the address of its RSS or Atom feed beside the sign-in reading. A real loopback HTTP
server and a real SQLite store; the page is markup written here."""

from __future__ import annotations

import asyncio

from tests.support.servers import Response

HOME_PAGE = (b"<!DOCTYPE html><html><head><title>Daily Wire News</title>"
             b"<link rel='alternate' type='application/rss+xml' href='/rss.xml'></head><body>"
             b"<header><nav>Home World Europe</nav><div class='modal'><form action='/account/login'>"
             b"<input name='email'><input type='password' name='pw'><button>Sign in</button></form></div>"
             b"</header><main>" + b"<article><h2>A headline</h2><p>Some text.</p></article>" * 50
             + b"</main></body></html>")
HTML = {"Content-Type": "text/html; charset=utf-8"}


def test_a_home_page_with_a_login_box_is_answered_with_the_feed_address_advice(harness, feed_server):
    feed_server.set_route("/", lambda request: Response(200, HOME_PAGE, dict(HTML)))
    (result,) = asyncio.run(harness.poll(harness.feed("/", "Daily Wire News")))
    assert result.error is not None and result.error.startswith("not a feed: a web page"), result.error
    assert "give the address of its RSS or Atom feed" in result.error, result.error
    assert "sign-in form" in result.error  # and what it means for a feed that worked before
