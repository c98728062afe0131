"""The web tracker (bot/web) served for a test: rows put straight into a real SQLite store,
a real `WebServer` on a loopback port in a thread of its own (`serving`), and HTTP requests
to it: a GET through urllib (`get`), one request on its own connection (`ask`), or every
path asked of a tracker served for the purpose (`ask_tracker`). Shared by the tests of
tests/web; the fixture of three plain donors' pledges that the audit rounds read is in
tests/web/conftest.py."""

from __future__ import annotations

import asyncio
import http.client
import threading
import urllib.error
import urllib.request
from collections.abc import Iterator
from datetime import timedelta
from email.message import Message

from bot.config import load_entities
from bot.core.models import Entry
from bot.web.server import WebServer


def add_story(store, clock, feed_id, n, title, outlet, url, pledges, days_ago, lang=None) -> int:
    """One entry of the feed, `days_ago` days before the clock's now, as a story of its own
    (reported by `outlet`) holding `pledges`; `n` makes the entry's guid unique. The story's id."""
    when = clock.now() - timedelta(days=days_ago)
    story_id = store.create_story(title, url, when, when, "{}", ["aid"], 2.0)
    add_report(store, clock, feed_id, story_id, n, title, outlet, url, pledges, days_ago, lang)
    return story_id


def add_report(store, clock, feed_id, story_id, n, title, outlet, url, pledges, days_ago, lang=None) -> None:
    """One more article (entry `n` of the feed, in `lang`) joining story `story_id`, reporting
    `pledges` (the same pledge again adds a report of it, with its own evidence sentence)."""
    when = clock.now() - timedelta(days=days_ago)
    entry_id = store.insert_entry(feed_id, Entry(feed_url="", guid=f"g{n}", url=url, title=title, published=when,
                                                 lang=lang), url, when)
    store.add_story_source(story_id, entry_id, feed_id, outlet, url, when)
    store.add_pledges(story_id, entry_id, pledges, when)


def serving(server: WebServer) -> Iterator[str]:
    """Start `server` in its own event loop thread and yield its base URL once; stopped when
    the generator resumes. Used as `for url in serving(server): ...` or from a fixture."""
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
    """A GET of `url`: its status, headers and body, an error status's page as well."""
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


def tracker_over(store, clock) -> WebServer:
    """The web tracker over `store`'s database file with the shipped entity lists, to be
    served (`serving`) on a free loopback port."""
    return WebServer(store.path, load_entities(), clock, "127.0.0.1", 0)


def ask_tracker(store, clock, *paths: str) -> dict[str, tuple[int, str]]:
    """path -> (status, body) of each path asked of one tracker served over `store`."""
    out = {}
    for url in serving(tracker_over(store, clock)):
        for path in paths:
            status, _, body = get(url + path)
            out[path] = (status, body)
    return out
