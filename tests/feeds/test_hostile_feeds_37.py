"""What a broken or hostile feed meets, stop 37's round: what test_hostile_feeds.py and
test_hostile_feeds_2.py (and tests/chat/test_hostile_36.py) left, tried on the real
`pledgewatch` commands over loopback HTTP into a real SQLite file.

Tried and already right (not redone): entity declarations (billion laughs, external
entities) refused before parsing; a gzip or deflate bomb and a body over max_feed_bytes,
with and without Content-Length, cut at the limit; a server sending a byte a second
failing its fetch at fetch_timeout while the other feeds of the round are read; redirect
loops and redirects to file:, ftp: and javascript: refused, one to 169.254.169.254 refused
before connecting; items without link or id (a stable hash), two items sharing an id (the
second keeps its link as id), ids of 100 KB (hashed); control characters and direction
overrides removed from titles on the way in.

Found and fixed here, each test failing before its fix:
- a feed address whose host can never be looked up was stored ("feed 1 added") and then
  failed on every poll: a host name over 253 characters (five labels of 63), which DNS
  cannot carry, failed as "Name or service not known (... no network or DNS, or a
  mistyped host?)"; a host ending in a number that is no IPv4 address in dotted form
  ("1.2.3.4.5", "999.1.1.1", "2130706433", "news.1"), which aiohttp refuses to look up and
  browsers refuse too, failed as "invalid URL". Both are now refused when added, from the
  command line, the settings or chat, saying why.
"""

from __future__ import annotations

import asyncio

import pytest

from bot.adapters.feed_http import HttpFeedSource
from bot.cli import main
from bot.errors import FetchError

LONG_HOST = ".".join(["a" * 63] * 4) + ".example"  # 260 characters, each label within 63


@pytest.mark.parametrize("host, said", [
    (LONG_HOST, "longer than 253 characters"),
    ("1.2.3.4.5", "ends in a number"),
    ("999.1.1.1", "ends in a number"),
    ("2130706433", "ends in a number"),
    ("0x7f.1", "ends in a number"),
    ("news.1", "ends in a number"),
])
def test_a_host_no_lookup_could_take_is_refused_when_added(env, capsys, host, said):
    assert main(["feeds", "add", f"https://{host}/rss"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("pledgewatch: error: url: ") and "has no valid host name" in err and said in err, err
    assert len(err.splitlines()) == 1


@pytest.mark.parametrize("host, said", [(LONG_HOST, "longer than 253"), ("2130706433", "ends in a number")])
def test_a_feed_stored_with_such_a_host_fails_its_fetch_saying_why(host, said):
    async def fetch() -> None:
        async with HttpFeedSource() as source:
            await source.fetch(f"https://{host}/rss")

    with pytest.raises(FetchError, match=said):
        asyncio.run(fetch())


@pytest.mark.parametrize("url", ["https://127.0.0.1:8443/rss", "https://1password.example/rss",
                                 "https://news.example.123abc/rss", "https://" + LONG_HOST[10:] + "/rss",
                                 "https://example.org./rss", "http://[::1]:8080/rss"])
def test_hosts_that_can_be_looked_up_are_still_taken(env, capsys, url):
    assert main(["feeds", "add", url]) == 0, capsys.readouterr().err
