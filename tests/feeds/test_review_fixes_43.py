"""Stop 43's review finding on feed_http's check for a body said to be compressed but sent
plain, over real HTTP on loopback; failed before its fix: the check looked at the first
network chunk only, so a server that flushed a blank line or a byte order mark first had
its plain body run through gzip and refused ("cannot decode the compressed body")."""

from __future__ import annotations

import asyncio
import gzip
import time
from datetime import UTC, datetime

import pytest

from bot.adapters.feed_http import HttpFeedSource
from tests.support.servers import Response, rss
from tests.support.story_scale import alike_items

WHEN = datetime(2023, 2, 14, 11, 0, tzinfo=UTC)


def _fetch(feed_server, path: str):
    async def go():
        async with HttpFeedSource(timeout=5) as client:
            return await client.fetch(feed_server.url(path))

    return asyncio.run(go())


def _serve_in_two_chunks(feed_server, path: str, first: bytes, rest: bytes) -> None:
    def pieces():
        yield first
        time.sleep(0.3)  # the first chunk reaches the client on its own
        yield rest

    headers = {"Content-Type": "application/rss+xml; charset=utf-8", "Content-Encoding": "gzip"}
    feed_server.set_route(path, lambda request: Response(200, pieces(), dict(headers)))


@pytest.mark.parametrize("first", [b"\n", b"\xef\xbb\xbf", b"\xef\xbb\xbf\r\n  "])
def test_a_plain_body_whose_first_chunk_is_blank_is_still_read_as_sent(feed_server, first):
    body = rss(alike_items(2, WHEN))
    _serve_in_two_chunks(feed_server, "/wire.xml", first, body)
    result = _fetch(feed_server, "/wire.xml")
    assert result.body.endswith(body) and result.warning and "sent it uncompressed" in result.warning


def test_a_compressed_body_after_a_slow_first_chunk_is_still_decoded(feed_server):
    body = rss(alike_items(2, WHEN))
    packed = gzip.compress(body)
    _serve_in_two_chunks(feed_server, "/packed.xml", packed[:5], packed[5:])
    result = _fetch(feed_server, "/packed.xml")
    assert result.body == body and not result.warning
