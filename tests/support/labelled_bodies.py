"""Bodies served under a Content-Encoding header they may not be in, and fetched through the real
HttpFeedSource: what a proxy or CDN that unpacked a body and kept the header sends
(tests/feeds/test_hostile_43.py, test_hostile_63.py)."""

from __future__ import annotations

import asyncio

from bot.adapters.feed_http import HttpFeedSource
from tests.support.servers import Response


def serve_as(feed_server, path: str, body: bytes, encoding: str) -> None:
    """`body` sent as it is, under a Content-Encoding header naming `encoding`."""
    headers = {"Content-Type": "application/rss+xml; charset=utf-8", "Content-Encoding": encoding}
    feed_server.set_route(path, lambda request: Response(200, body, dict(headers)))


def fetched(feed_server, path: str, **source) -> tuple[bytes, str | None]:
    """The body one fetch of `path` reads, and the fetch's warning."""
    async def go():
        async with HttpFeedSource(timeout=5, **source) as client:
            result = await client.fetch(feed_server.url(path))
            return result.body, result.warning

    return asyncio.run(go())
