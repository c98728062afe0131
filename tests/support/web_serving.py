"""The web tracker served on loopback for the tests of tests/web: `serving` (a WebServer run
on its own event loop and thread), `add_story` (a story with its source and pledges, stored
as a poll stores them) and `ask` (one request on its own connection)."""

from __future__ import annotations

import asyncio
import http.client
import threading
from datetime import timedelta
from email.message import Message

from bot.core.models import Entry
from bot.web.server import WebServer


def add_story(store, clock, feed_id, n, title, outlet, url, pledges, days_ago):
    """Story `n` of `outlet`, reported `days_ago`, with one entry and `pledges`."""
    when = clock.now() - timedelta(days=days_ago)
    entry_id = store.insert_entry(feed_id, Entry(feed_url="", guid=f"g{n}", url=url, title=title, published=when),
                                  url, when)
    story_id = store.create_story(title, url, when, when, "{}", ["aid"], 2.0)
    store.add_story_source(story_id, entry_id, feed_id, outlet, url, when)
    store.add_pledges(story_id, entry_id, pledges, when)


def serving(server: WebServer):
    """Start `server` on a loop of its own; yields its URL while it serves (use in a for loop)."""
    loop = asyncio.new_event_loop()
    ready = threading.Event()
    stop = asyncio.Event()

    async def serve():
        await server.start()
        ready.set()
        await stop.wait()
        await server.stop()

    thread = threading.Thread(target=loop.run_until_complete, args=(serve(),), daemon=True)
    thread.start()
    assert ready.wait(10)
    yield f"http://127.0.0.1:{server.port}"
    loop.call_soon_threadsafe(stop.set)
    thread.join(10)
    loop.close()


def ask(port: int, path: str, method: str = "GET", **headers: str) -> tuple[int, Message, bytes]:
    """One request on its own connection, redirects not followed; the answer's headers
    looked up whatever their case (aiohttp writes `Etag`)."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    try:
        connection.request(method, path, headers={name.replace("_", "-"): value for name, value in headers.items()})
        response = connection.getresponse()
        return response.status, response.headers, response.read()
    finally:
        connection.close()
