"""The web tracker for the tests: a real WebServer on a loopback port in its own event loop
thread (`serving`), a plain HTTP GET that returns error answers too (`get`), one request on
its own connection with any method and no redirects followed (`ask`), and one story with its
article and pledges written to a real store (`add_story`)."""

from __future__ import annotations

import asyncio
import http.client
import threading
import urllib.error
import urllib.request
from datetime import timedelta
from email.message import Message

from bot.core.models import Entry
from bot.web.server import WebServer


def add_story(store, clock, feed_id, n, title, outlet, url, pledges, days_ago):
    """Story `n` (one article by `outlet` at `url`, `days_ago` days back) and its pledges."""
    when = clock.now() - timedelta(days=days_ago)
    entry_id = store.insert_entry(feed_id, Entry(feed_url="", guid=f"g{n}", url=url, title=title, published=when),
                                  url, when)
    story_id = store.create_story(title, url, when, when, "{}", ["aid"], 2.0)
    store.add_story_source(story_id, entry_id, feed_id, outlet, url, when)
    store.add_pledges(story_id, entry_id, pledges, when)


def serving(server: WebServer):
    """Start `server`, yield its base URL, stop it (a generator: `for url in serving(...)`)."""
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


def get(url: str, **headers: str) -> tuple[int, dict, str]:
    """(status, headers, body) of a GET, a 4xx or 5xx answer included."""
    request = urllib.request.Request(url, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, dict(response.headers), response.read().decode("utf-8")
    except urllib.error.HTTPError as exc:
        return exc.code, dict(exc.headers), exc.read().decode("utf-8")


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
