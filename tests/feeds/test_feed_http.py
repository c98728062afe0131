"""HttpFeedSource against a real loopback server: conditional GET, redirects, errors,
deadlines and the decoded-size cap."""

from __future__ import annotations

import asyncio
import gzip
import socket
import threading
import tracemalloc
import zlib
from collections.abc import Iterator

import aiohttp
import httpx
import pytest

import bot
from bot.adapters.feed_http import HttpFeedSource
from bot.core.models import FetchResult
from bot.errors import FetchError
from tests.support.servers import MB, FeedServer, Response, free_port, rss

FEED = rss([{"title": "Germany pledges Leopard 2 tanks", "link": "https://example.org/1", "guid": "1"}])


@pytest.fixture
def server() -> Iterator[FeedServer]:
    with FeedServer() as running:
        yield running


def fetch(url: str, **kwargs: object) -> FetchResult:
    """One fetch with a fresh source, from sync test code."""
    options = {k: kwargs.pop(k) for k in ("timeout", "max_bytes", "max_redirects", "user_agent") if k in kwargs}

    async def go() -> FetchResult:
        async with HttpFeedSource(**options) as source:  # type: ignore[arg-type]
            return await source.fetch(url, **kwargs)  # type: ignore[arg-type]

    return asyncio.run(go())


# --- success and conditional GET ----------------------------------------------------------


def test_fetch_returns_body_validators_and_content_type(server: FeedServer) -> None:
    server.set_feed("/feed.xml", FEED)
    result = fetch(server.url("/feed.xml"))
    assert result.status == 200
    assert result.body == FEED
    assert result.etag and result.etag.startswith('"')
    assert result.last_modified and result.last_modified.endswith("GMT")
    assert result.content_type == "application/rss+xml; charset=utf-8"
    assert result.final_url == server.url("/feed.xml")
    assert not result.not_modified


def test_etag_gives_304_and_is_sent_as_if_none_match(server: FeedServer) -> None:
    server.set_feed("/feed.xml", FEED, last_modified=False)
    first = fetch(server.url("/feed.xml"))
    second = fetch(server.url("/feed.xml"), etag=first.etag)
    assert second.status == 304
    assert second.body is None and second.not_modified
    assert second.etag == first.etag
    sent = server.requests_to("/feed.xml")[-1].headers
    assert sent["if-none-match"] == first.etag
    assert "if-modified-since" not in sent


def test_last_modified_gives_304_and_is_sent_as_if_modified_since(server: FeedServer) -> None:
    server.set_feed("/feed.xml", FEED, etag=False)
    first = fetch(server.url("/feed.xml"))
    assert first.etag is None
    second = fetch(server.url("/feed.xml"), last_modified=first.last_modified)
    assert second.status == 304 and second.body is None
    assert second.last_modified == first.last_modified
    sent = server.requests_to("/feed.xml")[-1].headers
    assert sent["if-modified-since"] == first.last_modified
    assert "if-none-match" not in sent


def test_changed_feed_is_served_again_despite_old_validators(server: FeedServer) -> None:
    server.set_feed("/feed.xml", FEED)
    first = fetch(server.url("/feed.xml"))
    newer = rss([{"title": "France pledges CAESAR howitzers", "guid": "2"}])
    server.set_feed("/feed.xml", newer)
    second = fetch(server.url("/feed.xml"), etag=first.etag, last_modified=first.last_modified)
    assert second.status == 200 and second.body == newer
    assert second.etag != first.etag


def test_304_without_validators_keeps_the_ones_sent(server: FeedServer) -> None:
    server.set_route("/feed.xml", lambda request: Response(304, b"", {}))
    result = fetch(server.url("/feed.xml"), etag='"abc"', last_modified="Tue, 14 Feb 2023 08:00:00 GMT")
    assert result.not_modified
    assert result.etag == '"abc"'
    assert result.last_modified == "Tue, 14 Feb 2023 08:00:00 GMT"


@pytest.mark.parametrize("bad", ['"caf\u00e9"', "a\nb", "\x00", "x" * 5000])
def test_unsendable_stored_validators_fall_back_to_a_plain_get(server: FeedServer, bad: str) -> None:
    server.set_feed("/feed.xml", FEED)
    result = fetch(server.url("/feed.xml"), etag=bad, last_modified=bad)
    assert result.status == 200 and result.body == FEED
    sent = server.requests_to("/feed.xml")[0].headers
    assert "if-none-match" not in sent and "if-modified-since" not in sent


def test_user_agent_and_accepted_encodings_are_sent(server: FeedServer) -> None:
    server.set_feed("/feed.xml", FEED)
    fetch(server.url("/feed.xml"))
    sent = server.requests_to("/feed.xml")[0].headers
    assert sent["user-agent"] == f"pledgewatch/{bot.__version__} (+https://github.com/pledgewatch/pledgewatch)"
    assert sent["accept-encoding"] == "gzip, deflate"
    fetch(server.url("/feed.xml"), user_agent="custom/1.0")
    assert server.requests_to("/feed.xml")[-1].headers["user-agent"] == "custom/1.0"


@pytest.mark.parametrize("encoding", ["gzip", "deflate"])
def test_compressed_bodies_are_decoded(server: FeedServer, encoding: str) -> None:
    server.set_feed("/feed.xml", FEED, encoding=encoding)
    result = fetch(server.url("/feed.xml"))
    assert result.body == FEED


def test_raw_deflate_without_zlib_header_is_decoded(server: FeedServer) -> None:
    compressor = zlib.compressobj(wbits=-zlib.MAX_WBITS)
    raw = compressor.compress(FEED) + compressor.flush()
    server.set_route("/feed.xml", lambda request: Response(200, raw, {"Content-Encoding": "deflate"}))
    assert fetch(server.url("/feed.xml")).body == FEED


def test_corrupt_gzip_is_a_fetch_error(server: FeedServer) -> None:
    broken = gzip.compress(FEED)[:10] + b"\x00garbage\xff" * 20
    server.set_route("/feed.xml", lambda request: Response(200, broken, {"Content-Encoding": "gzip"}))
    with pytest.raises(FetchError, match="decode"):
        fetch(server.url("/feed.xml"))


def test_a_thousand_stacked_content_encodings_are_a_fetch_error(server: FeedServer) -> None:
    # Each coding was one more generator in the decoding chain: a long enough header
    # ended the fetch in RecursionError, which no caller catches.
    server.set_route("/stacked", lambda request: Response(
        200, gzip.compress(FEED), {"Content-Type": "application/rss+xml", "Content-Encoding": ", ".join(["gzip"] * 1200)}))
    with pytest.raises(FetchError, match="too many Content-Encodings"):
        fetch(server.url("/stacked"))
    # Two stacked codings are still undone.
    server.set_route("/two", lambda request: Response(
        200, zlib.compress(gzip.compress(FEED)), {"Content-Type": "application/rss+xml",
                                                  "Content-Encoding": "gzip, deflate"}))
    assert fetch(server.url("/two")).body == FEED


def test_unrequested_content_encoding_is_a_fetch_error(server: FeedServer) -> None:
    server.set_route("/feed.xml", lambda request: Response(200, b"\x1b\x00", {"Content-Encoding": "br"}))
    with pytest.raises(FetchError, match="unsupported Content-Encoding 'br': the server sent the body compressed"):
        fetch(server.url("/feed.xml"))


# --- redirects ----------------------------------------------------------------------------


def test_redirect_is_followed_and_final_url_reported(server: FeedServer) -> None:
    server.set_redirect("/old.xml", "/new.xml", status=301)
    server.set_feed("/new.xml", FEED)
    result = fetch(server.url("/old.xml"))
    assert result.body == FEED
    assert result.url == server.url("/old.xml")
    assert result.final_url == server.url("/new.xml")


def test_redirect_loop_is_a_fetch_error(server: FeedServer) -> None:
    server.set_redirect("/a", "/b")
    server.set_redirect("/b", "/a")
    with pytest.raises(FetchError, match="too many redirects"):
        fetch(server.url("/a"), max_redirects=3)
    assert len(server.requests_to("/a")) + len(server.requests_to("/b")) == 4  # first try + 3 redirects


def test_redirect_to_file_url_is_refused(server: FeedServer) -> None:
    server.set_redirect("/feed.xml", "file:///etc/passwd")
    with pytest.raises(FetchError, match="unsupported URL scheme"):
        fetch(server.url("/feed.xml"))


# --- bad status, bad URL, unreachable -------------------------------------------------------


@pytest.mark.parametrize(("status", "text"), [(404, "HTTP 404 Not Found"), (500, "HTTP 500 Internal Server Error")])
def test_error_status_is_a_fetch_error_naming_it(server: FeedServer, status: int, text: str) -> None:
    server.set_status("/feed.xml", status)
    with pytest.raises(FetchError) as caught:
        fetch(server.url("/feed.xml"))
    assert str(caught.value) == text


def test_unknown_path_is_404(server: FeedServer) -> None:
    with pytest.raises(FetchError, match="404"):
        fetch(server.url("/nothing-here.xml"))


def test_redirect_without_location_is_a_fetch_error(server: FeedServer) -> None:
    server.set_route("/feed.xml", lambda request: Response(302, b"", {}))
    with pytest.raises(FetchError, match="HTTP 302"):
        fetch(server.url("/feed.xml"))


def test_closed_port_is_cannot_connect() -> None:
    port = free_port()
    with pytest.raises(FetchError, match=f"cannot connect to 127.0.0.1:{port}"):
        fetch(f"http://127.0.0.1:{port}/feed.xml")


def test_a_host_name_that_does_not_resolve_says_what_to_check() -> None:
    # Built by hand: resolving a real name would ask a DNS server, and tests reach no network.
    from aiohttp.client_reqrep import ConnectionKey

    key = ConnectionKey("feeds.example.org", 443, True, True, None, None, None, None)
    unresolved = aiohttp.ClientConnectorError(key, socket.gaierror(socket.EAI_NONAME, "Name or service not known"))
    error = HttpFeedSource()._describe(unresolved, None)
    message = str(error)
    assert message.startswith("cannot connect to feeds.example.org:443: Name or service not known")
    assert "no network or DNS" in message
    assert (error.kind, error.details) == ("dns", {"host": "feeds.example.org"})  # for a chat's own words


def test_error_messages_do_not_quote_credentials_or_query(server: FeedServer) -> None:
    server.set_status("/feed.xml", 403)
    with pytest.raises(FetchError) as forbidden:
        fetch(server.url("/feed.xml") + "?token=s3cret")
    port = free_port()
    with pytest.raises(FetchError) as refused:
        fetch(f"http://user:s3cret@127.0.0.1:{port}/feed.xml?token=s3cret")
    for error in (forbidden.value, refused.value):
        assert "s3cret" not in str(error)
        assert error.__cause__ is None  # no chained client exception quoting the URL


@pytest.mark.parametrize(
    "url",
    ["file:///etc/passwd", "ftp://example.org/feed.xml", "data:text/xml,<rss/>", "/etc/passwd", "feed.xml", ""],
)
def test_non_http_urls_are_refused(url: str) -> None:
    with pytest.raises(FetchError, match="scheme|URL"):
        fetch(url)


# The last three: hosts with an empty or over-long label, which the resolver refuses with a
# UnicodeError (no ClientError): stored by an older version, they must fail as a fetch.
@pytest.mark.parametrize("url", ["http://", "https:///feed.xml", "http://[::1/feed", "http://a..b/feed.xml",
                                 "http://.example/", f"http://{'a' * 64}.example/"])
def test_urls_without_a_valid_host_are_refused(url: str) -> None:
    with pytest.raises(FetchError, match="URL"):
        fetch(url)


def test_server_speaking_garbage_is_a_fetch_error() -> None:
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()

    def answer_garbage() -> None:
        connection, _ = listener.accept()
        with connection:
            connection.recv(65536)
            connection.sendall(b"this is not HTTP at all\r\n\r\n")

    thread = threading.Thread(target=answer_garbage, daemon=True)
    thread.start()
    try:
        with pytest.raises(FetchError, match="HTTP protocol"):
            fetch(f"http://127.0.0.1:{listener.getsockname()[1]}/feed.xml")
    finally:
        thread.join(timeout=5)
        listener.close()


# --- deadline and size cap -----------------------------------------------------------------


# Each byte arrives well within aiohttp's per-read timeout, so without the overall
# deadline this fetch would never end: the short time limit turns that into a failure
# in seconds. The message is the deadline's own (aiohttp's timeouts never trip here).
@pytest.mark.timeout(15)
def test_slow_loris_is_cut_by_the_overall_deadline(server: FeedServer) -> None:
    server.set_slow_loris("/slow.xml", interval=0.2)
    with pytest.raises(FetchError, match="timed out after 1 s"):
        fetch(server.url("/slow.xml"), timeout=1)


def _peak_while_fetching(url: str, max_bytes: int) -> tuple[FetchError | None, int]:
    tracemalloc.start()
    try:
        try:
            fetch(url, max_bytes=max_bytes)
        except FetchError as error:
            return error, tracemalloc.get_traced_memory()[1]
        return None, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


@pytest.mark.parametrize("content_length", [False, True], ids=["chunked", "content-length"])
def test_50_mb_body_is_refused_with_bounded_memory(server: FeedServer, content_length: bool) -> None:
    server.set_huge_body("/huge.xml", size=50 * MB, content_length=content_length)
    max_bytes = 10 * MB
    error, peak = _peak_while_fetching(server.url("/huge.xml"), max_bytes)
    assert error is not None and str(error) == \
        f"body larger than {max_bytes} bytes (max_feed_bytes; raise it to take this feed)"
    assert peak < 3 * max_bytes


def test_gzip_bomb_is_refused_with_bounded_memory(server: FeedServer) -> None:
    server.set_gzip_bomb("/bomb.xml", decoded_size=50 * MB)  # built before measuring
    max_bytes = 10 * MB
    error, peak = _peak_while_fetching(server.url("/bomb.xml"), max_bytes)
    assert error is not None and str(error) == \
        f"body larger than {max_bytes} bytes (max_feed_bytes; raise it to take this feed)"
    assert peak < 3 * max_bytes


def test_body_exactly_at_the_cap_is_accepted(server: FeedServer) -> None:
    body = b"x" * 4096
    server.set_feed("/feed.xml", body, encoding="gzip")
    assert fetch(server.url("/feed.xml"), max_bytes=4096).body == body
    with pytest.raises(FetchError, match="larger than 4095"):
        fetch(server.url("/feed.xml"), max_bytes=4095)


# --- construction and lifecycle ---------------------------------------------------------------


@pytest.mark.parametrize(
    "options",
    [
        {"timeout": 0},
        {"timeout": -1},
        {"max_bytes": 0},
        {"max_redirects": -1},
        {"user_agent": ""},
        {"user_agent": "bot\u00e9/1"},
        {"user_agent": "bot\r\nX-Injected: 1"},
        {"max_connections": 0},
    ],
)
def test_bad_settings_are_refused(options: dict[str, float]) -> None:
    with pytest.raises(ValueError):
        HttpFeedSource(**options)  # type: ignore[arg-type]


def test_injected_session_is_used_and_left_open(server: FeedServer) -> None:
    server.set_feed("/feed.xml", FEED)

    async def go() -> bool:
        async with aiohttp.ClientSession(auto_decompress=False) as session:
            source = HttpFeedSource(session=session)
            result = await source.fetch(server.url("/feed.xml"))
            await source.aclose()
            assert result.body == FEED
            return session.closed

    assert asyncio.run(go()) is False


def test_own_session_is_closed_and_reopened_on_the_next_fetch(server: FeedServer) -> None:
    server.set_feed("/feed.xml", FEED)
    source = HttpFeedSource()

    async def once() -> bytes | None:
        result = await source.fetch(server.url("/feed.xml"))
        await source.aclose()
        return result.body

    # Each asyncio.run is a new event loop: a session must not outlive the loop it was made in.
    assert asyncio.run(once()) == FEED and asyncio.run(once()) == FEED


def test_cookies_set_by_one_feed_are_never_sent_to_another(server: FeedServer) -> None:
    server.set_route("/a.xml", lambda request: Response(200, FEED, {"Set-Cookie": "session=feed-a; Path=/"}))
    server.set_feed("/b.xml", FEED)

    async def go() -> None:
        async with HttpFeedSource() as source:
            await source.fetch(server.url("/a.xml"))
            await source.fetch(server.url("/b.xml"))

    asyncio.run(go())
    assert "cookie" not in server.requests_to("/b.xml")[0].headers


def test_one_source_serves_many_fetches_concurrently(server: FeedServer) -> None:
    for n in range(5):
        server.set_feed(f"/feed{n}.xml", rss([{"title": f"item {n}", "guid": str(n)}]))

    async def go() -> list[FetchResult]:
        async with HttpFeedSource() as source:
            return await asyncio.gather(*(source.fetch(server.url(f"/feed{n}.xml")) for n in range(5)))

    results = asyncio.run(go())
    assert [b"item %d" % n in (r.body or b"") for n, r in enumerate(results)] == [True] * 5


# --- the test server itself -------------------------------------------------------------------


# A server whose stop waited for the endless response would hang here: the time limit fails it.
@pytest.mark.timeout(15)
def test_server_stops_promptly_while_a_slow_loris_response_is_open() -> None:
    server = FeedServer().start()
    server.set_slow_loris("/slow.xml", interval=0.2)
    client = socket.create_connection(("127.0.0.1", server.port), timeout=5)
    try:
        client.sendall(b"GET /slow.xml HTTP/1.1\r\nHost: test\r\n\r\n")
        assert client.recv(4096).startswith(b"HTTP/1.1 200")
        server.stop()
        received = b""
        while chunk := client.recv(4096):  # the response ends: EOF instead of endless bytes
            received += chunk
        assert len(received) < 1000
    finally:
        client.close()
    server.stop()  # a second stop is harmless


def test_server_is_usable_from_a_running_event_loop(server: FeedServer) -> None:
    server.set_feed("/feed.xml", FEED)

    async def go() -> int:
        async with httpx.AsyncClient() as client:
            return (await client.head(server.url("/feed.xml"))).status_code

    assert asyncio.run(go()) == 200
    assert server.requests[-1].method == "HEAD"


def test_a_redirect_that_is_not_followed_is_not_said_to_lack_a_location(server: FeedServer) -> None:
    # aiohttp follows 301/302/303/307/308 only: a 300 with a Location reaches the caller,
    # and "without a Location" was untrue of it.
    server.set_route("/choices.xml", lambda request: Response(300, b"", {"Location": "/feed.xml"}))
    with pytest.raises(FetchError) as caught:
        fetch(server.url("/choices.xml"))
    assert "HTTP 300" in str(caught.value) and "without a Location" not in str(caught.value)
    assert "not followed" in str(caught.value)
