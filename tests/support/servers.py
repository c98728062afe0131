"""A real HTTP server on 127.0.0.1 (port 0) that serves feeds and misbehaves on demand.

Runs in daemon threads, so it works from sync tests, from async tests (the
event loop never blocks on it) and for a subprocess that is given `server.url(...)`.
Every request is recorded in `server.requests`. `stop()` never hangs: it closes
the listening socket and every open connection, and endless responses
(slow-loris) end as soon as the server stops.

    with FeedServer() as server:
        server.set_feed("/feed.xml", rss([{"title": "Hello", "link": "https://example.org/1"}]))
        url = server.url("/feed.xml")
"""

from __future__ import annotations

import gzip
import hashlib
import http.server
import socket
import ssl
import threading
import zlib
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime, parsedate_to_datetime
from functools import lru_cache
from typing import Any
from xml.sax.saxutils import escape, quoteattr

MB = 1024 * 1024
_CHUNK = 64 * 1024


@dataclass(frozen=True)
class RecordedRequest:
    """One request as the server saw it. Header names are lower-case."""

    method: str
    path: str
    headers: dict[str, str]


@dataclass
class Response:
    """What a route answers. A bytes body is sent with Content-Length; an iterable of
    chunks is streamed with chunked transfer encoding (and may never end). With
    `until_close`, the body is sent with neither, and ends when the server closes the
    connection (as an HTTP/1.0 server ends it, or one that dies mid-answer)."""

    status: int = 200
    body: bytes | Iterable[bytes] = b""
    headers: dict[str, str] = field(default_factory=dict)
    until_close: bool = False


Handler = Callable[[RecordedRequest], Response]


class FeedServer:
    """Threaded loopback HTTP/1.1 server with per-path behaviours."""

    def __init__(self, tls: ssl.SSLContext | None = None) -> None:
        self.tls = tls  # a server-side context: HTTPS on the same port
        self.requests: list[RecordedRequest] = []
        self._routes: dict[str, Handler] = {}
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._httpd: _Httpd | None = None
        self._thread: threading.Thread | None = None
        # Each set_feed advances this clock, so a changed body gets a newer Last-Modified.
        self._modified = datetime(2023, 2, 14, 8, 0, tzinfo=UTC)

    # --- lifecycle -------------------------------------------------------------------

    def start(self) -> FeedServer:
        if self._httpd is not None:
            return self
        self._stopping.clear()
        httpd = _Httpd(("127.0.0.1", 0), _RequestHandler)
        httpd.owner = self
        if self.tls is not None:
            httpd.socket = self.tls.wrap_socket(httpd.socket, server_side=True)
        self._httpd = httpd
        self._thread = threading.Thread(
            target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, name="FeedServer", daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        httpd, self._httpd = self._httpd, None
        if httpd is None:
            return
        self._stopping.set()  # ends slow-loris and other endless bodies
        httpd.shutdown()  # returns once serve_forever has left its loop (it is running: start() began it)
        httpd.close_connections()
        httpd.server_close()
        if self._thread is not None:
            self._thread.join(timeout=2)

    def __enter__(self) -> FeedServer:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    @property
    def port(self) -> int:
        if self._httpd is None:
            raise RuntimeError("FeedServer is not started")
        return self._httpd.server_address[1]

    def url(self, path: str = "/") -> str:
        scheme = "https" if self.tls is not None else "http"
        return f"{scheme}://127.0.0.1:{self.port}{path if path.startswith('/') else '/' + path}"

    def requests_to(self, path: str) -> list[RecordedRequest]:
        """The recorded requests for `path` (query string ignored)."""
        return [r for r in list(self.requests) if r.path.split("?", 1)[0] == path]

    # --- routes ----------------------------------------------------------------------

    def set_route(self, path: str, handler: Handler) -> None:
        """Answer requests for `path` (query string ignored) with `handler(request)`."""
        with self._lock:
            self._routes[path] = handler

    def set_feed(
        self,
        path: str,
        body: bytes,
        content_type: str = "application/rss+xml; charset=utf-8",
        etag: bool | str = True,
        last_modified: bool | str = True,
        encoding: str | None = None,
    ) -> None:
        """Serve `body` with validators, answering 304 to a matching conditional GET.

        `etag`/`last_modified`: True generates one, a string is sent as is, False omits it.
        `encoding`: "gzip" or "deflate" compresses the body (Content-Encoding).
        """
        tag = f'"{hashlib.sha256(body).hexdigest()[:16]}"' if etag is True else (etag or None)
        if last_modified is True:
            self._modified += timedelta(minutes=1)
            modified: str | None = format_datetime(self._modified, usegmt=True)
        else:
            modified = last_modified or None
        sent = _compress(body, encoding) if encoding else body

        def handler(request: RecordedRequest) -> Response:
            headers = {"Content-Type": content_type}
            if tag:
                headers["ETag"] = tag
            if modified:
                headers["Last-Modified"] = modified
            if _not_modified(request.headers, tag, modified):
                return Response(304, b"", headers)
            if encoding:
                headers["Content-Encoding"] = encoding
            return Response(200, sent, headers)

        self.set_route(path, handler)

    def set_status(self, path: str, status: int, body: bytes = b"") -> None:
        """Answer `status` (404, 500 ...) with an optional body."""
        self.set_route(path, lambda request: Response(status, body, {"Content-Type": "text/plain"}))

    def set_redirect(self, path: str, location: str, status: int = 302) -> None:
        """Redirect `path` to `location` (a path on this server or any URL). Two
        redirects pointing at each other make a loop."""
        self.set_route(path, lambda request: Response(status, b"", {"Location": location}))

    def set_gzip_bomb(self, path: str, decoded_size: int = 50 * MB) -> None:
        """A gzip body that is tiny on the wire (~50 KB for 50 MB) but `decoded_size` bytes of zeros."""
        bomb = _gzip_of_zeros(decoded_size)
        headers = {"Content-Type": "application/rss+xml", "Content-Encoding": "gzip"}
        self.set_route(path, lambda request: Response(200, bomb, dict(headers)))

    def set_huge_body(self, path: str, size: int = 50 * MB, content_length: bool = False) -> None:
        """`size` bytes streamed in 64 KB chunks (chunked encoding unless `content_length`)."""
        chunk = b"<!-- padding -->" * (_CHUNK // 16)

        def chunks() -> Iterator[bytes]:
            sent = 0
            while sent < size and not self._stopping.is_set():
                piece = chunk[: size - sent]
                sent += len(piece)
                yield piece

        def handler(request: RecordedRequest) -> Response:
            headers = {"Content-Type": "application/rss+xml"}
            if content_length:
                headers["Content-Length"] = str(size)
            return Response(200, chunks(), headers)

        self.set_route(path, handler)

    def set_slow_loris(self, path: str, interval: float = 0.2) -> None:
        """Send headers at once, then one body byte every `interval` seconds until the
        server stops: each read succeeds, so only an overall deadline ends the fetch."""

        def trickle() -> Iterator[bytes]:
            yield b"<"
            while not self._stopping.wait(interval):
                yield b" "

        self.set_route(path, lambda request: Response(200, trickle(), {"Content-Type": "application/rss+xml"}))

    def set_wrong_charset(self, path: str, text: str, actual: str = "latin-1", declared: str = "utf-8") -> None:
        """Serve `text` encoded as `actual` while the header declares `declared`."""
        self.set_feed(path, text.encode(actual), content_type=f"application/rss+xml; charset={declared}")

    # --- used by the request handler ----------------------------------------------------

    def _route(self, path: str) -> Handler | None:
        with self._lock:
            return self._routes.get(path.split("?", 1)[0])


def _not_modified(request_headers: Mapping[str, str], etag: str | None, modified: str | None) -> bool:
    """RFC 9110: If-None-Match decides when present; else If-Modified-Since."""
    if "if-none-match" in request_headers:
        if not etag:
            return False
        offered = [t.strip().removeprefix("W/") for t in request_headers["if-none-match"].split(",")]
        return "*" in offered or etag.removeprefix("W/") in offered
    since = request_headers.get("if-modified-since")
    if since and modified:
        try:
            return parsedate_to_datetime(modified) <= parsedate_to_datetime(since)
        except (TypeError, ValueError):
            return False
    return False


def _compress(body: bytes, encoding: str) -> bytes:
    if encoding == "gzip":
        return gzip.compress(body)
    if encoding == "deflate":
        return zlib.compress(body)
    raise ValueError(f"unknown encoding {encoding!r}")


@lru_cache(maxsize=4)
def _gzip_of_zeros(size: int) -> bytes:
    """gzip of `size` zero bytes, built 1 MB at a time so it never holds `size` bytes."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    zeros = bytes(min(size, MB))
    parts = []
    left = size
    while left > 0:
        parts.append(compressor.compress(zeros[:left]))
        left -= min(left, len(zeros))
    parts.append(compressor.flush())
    return b"".join(parts)


class _Httpd(http.server.ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False  # stop() must not wait for endless responses
    allow_reuse_address = True
    owner: FeedServer

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._connections: set[socket.socket] = set()
        self._connections_lock = threading.Lock()

    def track(self, connection: socket.socket, open_: bool) -> None:
        with self._connections_lock:
            if open_:
                self._connections.add(connection)
            else:
                self._connections.discard(connection)

    def close_connections(self) -> None:
        """Unblock every handler thread (keep-alive reads, endless writes)."""
        with self._connections_lock:
            connections = list(self._connections)
        for connection in connections:
            try:
                connection.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass


class _RequestHandler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Httpd
    timeout = 30  # an idle keep-alive connection is dropped after this

    def setup(self) -> None:
        super().setup()
        self.server.track(self.connection, True)

    def finish(self) -> None:
        try:
            super().finish()
        except OSError:
            pass
        finally:
            self.server.track(self.connection, False)

    def do_GET(self) -> None:
        self._answer(send_body=True)

    def do_HEAD(self) -> None:
        self._answer(send_body=False)

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - stdlib signature
        pass  # tests assert on recorded requests, not on logs

    def _answer(self, send_body: bool) -> None:
        owner = self.server.owner
        request = RecordedRequest(
            method=self.command,
            path=self.path,
            headers={name.lower(): value for name, value in self.headers.items()},
        )
        owner.requests.append(request)
        handler = owner._route(self.path)
        try:
            response = handler(request) if handler else Response(404, b"not found", {"Content-Type": "text/plain"})
        except Exception as exc:  # a broken test route answers 500 instead of killing the connection
            response = Response(500, f"route failed: {exc!r}".encode(), {"Content-Type": "text/plain"})
        try:
            self._send(response, send_body)
        except (BrokenPipeError, ConnectionResetError, ConnectionAbortedError, TimeoutError, OSError):
            self.close_connection = True  # the client went away (often on purpose: size cap, timeout)

    def _send(self, response: Response, send_body: bool) -> None:
        self.send_response(response.status)
        body = response.body
        streamed = not isinstance(body, bytes | bytearray)
        headers = dict(response.headers)
        if response.until_close:
            headers["Connection"] = "close"
            self.close_connection = True
            if not streamed:
                body, streamed = [bytes(body)], True
        elif streamed and "Content-Length" not in headers:
            headers["Transfer-Encoding"] = "chunked"
        elif not streamed:
            headers.setdefault("Content-Length", str(len(body)))
        for name, value in headers.items():
            self.send_header(name, value)
        self.end_headers()
        if not send_body or response.status in (204, 304):
            return
        if not streamed:
            self.wfile.write(body)
            return
        chunked = headers.get("Transfer-Encoding") == "chunked"
        for piece in body:
            if not piece:
                continue
            self.wfile.write(b"%x\r\n%s\r\n" % (len(piece), piece) if chunked else piece)
            self.wfile.flush()
        if chunked:
            self.wfile.write(b"0\r\n\r\n")


# --- feed builders ---------------------------------------------------------------------


def _text(value: object) -> str:
    return escape(str(value))


def _rfc822(value: datetime | str) -> str:
    if isinstance(value, datetime):
        return format_datetime(value.astimezone(UTC), usegmt=True)
    return value


def _iso(value: datetime | str) -> str:
    return value.astimezone(UTC).isoformat().replace("+00:00", "Z") if isinstance(value, datetime) else value


def rss(
    items: list[dict[str, Any]],
    title: str = "Test feed",
    lang: str | None = "en",
    link: str = "https://example.org/",
    hub: str | None = None,
    self_url: str | None = None,
) -> bytes:
    """An RSS 2.0 document. Item keys: title, link, description (HTML allowed, it is
    escaped), content (content:encoded), guid, pubDate (datetime or RFC 822 string),
    guid_is_permalink (bool). Missing keys are left out. `hub` and `self_url` add the
    atom:link elements that advertise a WebSub hub."""
    out = [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"'
        ' xmlns:atom="http://www.w3.org/2005/Atom">',
        "<channel>",
        f"<title>{_text(title)}</title>",
        f"<link>{_text(link)}</link>",
        "<description>Feed for tests</description>",
    ]
    if hub:
        out.append(f'<atom:link rel="hub" href="{_text(hub)}"/>')
    if self_url:
        out.append(f'<atom:link rel="self" href="{_text(self_url)}" type="application/rss+xml"/>')
    if lang:
        out.append(f"<language>{_text(lang)}</language>")
    for item in items:
        out.append("<item>")
        for key in ("title", "link", "description"):
            if key in item:
                out.append(f"<{key}>{_text(item[key])}</{key}>")
        if "content" in item:
            out.append(f"<content:encoded>{_text(item['content'])}</content:encoded>")
        if "guid" in item:
            permalink = "true" if item.get("guid_is_permalink") else "false"
            out.append(f'<guid isPermaLink="{permalink}">{_text(item["guid"])}</guid>')
        if "pubDate" in item:
            out.append(f"<pubDate>{_text(_rfc822(item['pubDate']))}</pubDate>")
        out.append("</item>")
    out += ["</channel>", "</rss>"]
    return "\n".join(out).encode("utf-8")


def atom(
    entries: list[dict[str, Any]],
    title: str = "Test feed",
    lang: str | None = "en",
    feed_id: str = "urn:pledgewatch:test-feed",
    updated: datetime | str = datetime(2023, 2, 14, 8, 0, tzinfo=UTC),
) -> bytes:
    """An Atom 1.0 document. Entry keys: title, link, id, summary and content (both
    sent as type="html", escaped), published, updated (datetime or ISO string)."""
    lang_attr = f" xml:lang={quoteattr(lang)}" if lang else ""
    out = [
        '<?xml version="1.0" encoding="utf-8"?>',
        f'<feed xmlns="http://www.w3.org/2005/Atom"{lang_attr}>',
        f"<title>{_text(title)}</title>",
        f"<id>{_text(feed_id)}</id>",
        f"<updated>{_text(_iso(updated))}</updated>",
    ]
    for entry in entries:
        out.append("<entry>")
        if "title" in entry:
            out.append(f"<title>{_text(entry['title'])}</title>")
        if "link" in entry:
            out.append(f"<link rel=\"alternate\" href={quoteattr(str(entry['link']))}/>")
        if "id" in entry:
            out.append(f"<id>{_text(entry['id'])}</id>")
        for key in ("published", "updated"):
            if key in entry:
                out.append(f"<{key}>{_text(_iso(entry[key]))}</{key}>")
        for key in ("summary", "content"):
            if key in entry:
                out.append(f'<{key} type="html">{_text(entry[key])}</{key}>')
        out.append("</entry>")
    out.append("</feed>")
    return "\n".join(out).encode("utf-8")


def add_outlets(feed_server, feeds: dict) -> None:
    """Serve one RSS item per outlet and add each outlet as a feed through the CLI.
    `feeds` maps a path to (outlet name, language, (title, text), published)."""
    from bot.cli import main  # the command line, as a user adds feeds

    for path, (name, lang, (title, text), published) in feeds.items():
        item = {"title": title, "description": text, "guid": path, "link": f"https://{name.lower()}.example/a",
                "pubDate": published}
        feed_server.set_feed(path, rss([item], lang=lang))
        assert main(["feeds", "add", feed_server.url(path), "--name", name, "--lang", lang]) == 0


def free_port() -> int:
    """A loopback TCP port nothing listens on now (the OS's choice): for a server a test
    starts afterwards, or as an address that refuses connections."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]
