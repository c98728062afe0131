"""The web tracker's HTTP side (aiohttp.web, already a dependency for WebSub): routes,
bounded parameters, status codes and security headers.

Read-only: GET and HEAD only, no form that writes, no cookies. Each response carries a
strict Content-Security-Policy (nothing but this site's stylesheet; no script, no frame,
no plugin), so text that slipped past escaping still could not run (headers.py); so does
the 400 answering a request that is not HTTP, which aiohttp makes itself (connections.py).

Queries run in worker threads with their own SQLite connections, pages on one and whole
downloads on another (workers.py). Connections are bounded in number and in the time a
request may take to arrive (connections.py).
"""

from __future__ import annotations

import asyncio
import errno
import ipaddress
import logging
import os
import re
import socket
import sqlite3
import struct
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from bot.adapters.aiohttp_import import aiohttp_without_eager_certificates

aiohttp_without_eager_certificates()  # before aiohttp is imported: see that module

from aiohttp import web

from bot.core.pledges.donors.donor_grammar import donor_words
from bot.core.pledges.passes.entities import Entities
from bot.core.ports import Clock
from bot.errors import ListenError, StoreError
from bot.web import pages
from bot.web.compare_page import compare_page
from bot.web.connections import MAX_CONNECTIONS, REQUEST_TIMEOUT, ConnectionLimit
from bot.web.data import ARTICLE_PAGE_SIZE, DONOR_MONTHS, PAGE_SIZE, STORY_PAGE_SIZE, WebData
from bot.web.donor_page import donor_page, donor_path
from bot.web.donors_index import DONORS_PATH, donors_page
from bot.web.downloads import atom_feed, download_name, for_spreadsheets, pledges_to_csv, pledges_to_json
from bot.web.headers import add_headers
from bot.web.params import (
    COMPARE_PATH,
    BadRequest,
    View,
    asked_language,
    canonical_days,
    check_utf8,
    compared_donors,
    csv_semicolons,
    donor_code,
    feed_link,
    link,
    parse_view,
    record_id,
    without_page_donors,
)
from bot.web.pledge_page import pledge_page
from bot.web.revalidation import KnownTags, body_tag, not_modified, revalidated
from bot.web.story_page import story_page
from bot.web.style import CSS
from bot.web.texts import negotiate, w
from bot.web.workers import Busy, DatabaseWorkers

log = logging.getLogger(__name__)

MAX_QUERY_CHARS = 1000
HTML = "text/html; charset=utf-8"
RETRY_AFTER_SECONDS = 30
DOWNLOAD_RETRY_SECONDS = 5
# Time for a reader to take a whole download: 10 MiB (64k pledges) at 2 Mbit/s is 42 s.
DOWNLOAD_SECONDS = 120.0
# Time for a reader to take any other answer: a page is at most a few hundred KB.
ANSWER_SECONDS = 30.0

# path -> query parameters accepted. The stories and the donors take the filter words since stop
# 61 (the stories holding such a pledge, the donors counting such records): the menu keeps them.
ROUTES: dict[str, tuple[str, ...]] = {
    "/pledges": ("q", "from", "to", "sort", "page", "lang"),
    "/totals": ("q", "from", "to", "lang"),
    "/stories": ("q", "from", "to", "page", "lang"),
    "/pledges.csv": ("q", "from", "to", "sort", "sep"),
    "/pledges.json": ("q", "from", "to", "sort"),
    "/pledges.atom": ("q", "from", "to", "lang"),
    COMPARE_PATH: ("a", "b", "q", "from", "to", "lang"),
    DONORS_PATH: ("q", "from", "to", "lang"),
}
# Addresses people guess or trim to, and the page each means: /compare is how the comparison is
# named on its page; the donors' pages' own address, trimmed, is DONORS_PATH (a route above).
ALIASES = {"/compare": COMPARE_PATH}
# The page of one record, /pledges/<id>, /stories/<id> and /donors/<code>: kind -> query
# parameters accepted.
RECORD_PATH = re.compile(r"/(pledges|stories|donors)/([^/]+)")
RECORD_ROUTES: dict[str, tuple[str, ...]] = {"pledges": ("lang",), "stories": ("page", "lang"),
                                             "donors": ("q", "from", "to", "lang")}


class WebServer:
    def __init__(self, database: Path | str, entities: Entities, clock: Clock, host: str, port: int,
                 listen_from: str = "web.listen", public_url: str = "", *,
                 request_timeout: float = REQUEST_TIMEOUT, max_connections: int = MAX_CONNECTIONS,
                 download_seconds: float = DOWNLOAD_SECONDS, answer_seconds: float = ANSWER_SECONDS):
        self.database = database
        self.download_seconds = download_seconds
        self.answer_seconds = answer_seconds
        self.request_timeout = request_timeout
        self.max_connections = max_connections
        # `[web] public_url`: the only source of the Atom feed's absolute links. Never the
        # request's Host header, which the client writes: a forged Host put an attacker's
        # host into every link, and into every reader's copy wherever a cache stood between.
        self.public_url = public_url
        # Its path starts every link of the pages: behind a proxy serving the tracker at
        # https://host/tracker/, a link from the host's root (`/pledges`) left the tracker.
        self.root = urlsplit(public_url).path.rstrip("/")
        # Where host and port came from, as a failure to listen names it: the settings key,
        # `--listen`, or the default (an address the user never gave).
        self.listen_from = listen_from
        self.entities = entities
        self.clock = clock
        self.host, self.listen_port = host, port
        self.port: int | None = None  # bound port, known once started (port 0 picks one)
        self._runner: web.AppRunner | None = None
        self._listener: asyncio.AbstractServer | None = None
        self._workers: DatabaseWorkers | None = None
        self._known_tags = KnownTags()  # downloads' tags, answered 304 without making them again

    # -- lifecycle ---------------------------------------------------------------------

    async def start(self) -> None:
        self._workers = DatabaseWorkers(self.database)
        # GET only: no body to take.
        app = web.Application(client_max_size=4096, middlewares=[self._sent_in_time, self._targets_a_path])
        # No "100 Continue" (aiohttp's default answer to `Expect: 100-continue`): it asks the
        # client for the body, which no request here may have.
        app.router.add_route("*", "/{path:.*}", self._dispatch, expect_handler=_no_continue)
        app.on_response_prepare.append(_add_headers)
        # keepalive_timeout is also the time a request head has to arrive (connections.py).
        self._runner = web.AppRunner(app, access_log=None, keepalive_timeout=self.request_timeout)
        await self._runner.setup()
        assert self._runner.server is not None
        accept = ConnectionLimit(self._runner.server, self.max_connections)
        try:
            self._listener = await asyncio.get_running_loop().create_server(accept, self.host, self.listen_port)
        except OSError as exc:
            await self.stop()
            raise ListenError(f"{self.listen_from}: cannot listen on {self.host}:{self.listen_port}: "
                              f"{_listen_failure(exc)}") from None
        addresses = [sock.getsockname()[0] for sock in self._listener.sockets]
        self.port = self._listener.sockets[0].getsockname()[1]
        log.info("web tracker on %s", self.url)
        if elsewhere := [a for a in addresses if not ipaddress.ip_address(a.split("%")[0]).is_loopback]:
            # `--listen 0.0.0.0:8000` to try it from a phone serves the whole network, without
            # TLS or a login: said once, so it is never done without knowing.
            log.warning("web tracker: listening on %s, reachable from other machines: plain HTTP, no login; "
                        "to publish it, put a reverse proxy with TLS in front, listening here on 127.0.0.1",
                        ", ".join(sorted(set(elsewhere))))

    @property
    def url(self) -> str:
        """The address served, as a link (an IPv6 address in brackets)."""
        shown = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{shown}:{self.port}/"

    async def stop(self) -> None:
        if self._listener is not None:
            self._listener.close()  # no new connection; the runner ends the open ones
            self._listener = None
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None
        if self._workers is not None:
            workers, self._workers = self._workers, None
            await workers.close()

    async def _query(self, work: Callable[[WebData], Any]) -> Any:
        assert self._workers is not None
        return await self._workers.page(work)

    # -- requests ----------------------------------------------------------------------

    async def _dispatch(self, request: web.Request) -> web.StreamResponse:
        # The language asked in the URL, even when another parameter is refused: a 400 or 404
        # asked with lang=fr was in English.
        lang = asked_language(request.query) or negotiate(request.headers.get("Accept-Language"))
        path = request.path  # (any other method than GET and HEAD was answered by _targets_a_path)
        if request.body_exists:
            # Refused unread (and the connection closed after the answer, _sent_in_time): aiohttp
            # answered, then waited 10 s for a body announced and never sent before closing.
            return _refused(request, lang, BadRequest("body", header=_body_header(request)), self.root)
        if path == "/":
            # The query as written: the decoded one turned `q=germany%23x` into `q=germany#x`,
            # a fragment, so the page showed Germany instead of refusing the filter.
            query = request.rel_url.raw_query_string
            raise web.HTTPFound(f"{self.root}/pledges" + (f"?{query}" if query else ""))
        if path == "/style.css":
            return revalidated(request, web.Response(text=CSS, content_type="text/css", charset="utf-8",
                                                     headers={"Cache-Control": "max-age=3600"}))
        if moved := self._moved(request, path):
            raise moved
        # /donors/compare is the comparison, not the donor "COMPARE".
        record = RECORD_PATH.fullmatch(path) if path not in ROUTES else None
        if path not in ROUTES and not record:
            # Said in words: the page held the address alone ("/nowhere"), under "Not found".
            return _html(pages.error_page(lang, 404, w(lang, "no_page", path=path[:100]), self.root,
                                          asked_lang=asked_language(request.query)), lang, status=404)
        allowed = RECORD_ROUTES[record[1]] if record else ROUTES[path]
        try:
            check_utf8(request.rel_url.raw_query_string, allowed)
            if len(request.query_string) > MAX_QUERY_CHARS:
                raise BadRequest("query_too_long", max_query=MAX_QUERY_CHARS)
            query: dict[str, list[str]] = {}
            for name, value in request.query.items():
                query.setdefault(name, []).append(value)
            view = parse_view(query, allowed, self.entities, page_lang=lang)
            record_number = record_id(record[2]) if record and record[1] != "donors" else 0
            donor = donor_code(record[2]) if record and record[1] == "donors" else ""
            pair = compared_donors(query, self.entities) if path == COMPARE_PATH else None
            if donor or pair:
                # Their donors are in the address; the filter words keep the rest.
                view = without_page_donors(view, pair or (donor,))
            semicolons = csv_semicolons(query) if path == "/pledges.csv" else False
        except BadRequest as exc:
            return _refused(request, lang, exc, self.root)
        if (days := canonical_days(request.rel_url.raw_query_string, view)) is not None:
            # A day the form took as the page's language writes it: on to its address in
            # YYYY-MM-DD, which the reader may share with a reader of any language.
            # (Which forms are read follows the language, the reader's when the URL names none.)
            raise web.HTTPFound(self.root + request.rel_url.raw_path + "?" + days, headers={"Vary": "Accept-Language"})
        view = replace(view, root=self.root)
        lang = view.lang or lang
        try:
            if donor and donor != record[2]:  # /donors/de: the one address of the page is /donors/DE
                raise web.HTTPMovedPermanently(donor_path(donor, view))
            if donor:
                return await self._donor(request, donor, view, lang)
            if pair:
                return await self._compare(request, pair, view, lang)
            if record:
                return await self._record(request, record[1], record_number, view, lang)
            return await self._answer(request, path, view, lang, semicolons)
        except (StoreError, sqlite3.Error) as exc:
            # A database being restored, or broken: said to the operator in one line, and to
            # the visitor without the file's path or the SQL's words.
            log.error("web tracker: %s answered 503: %s", path, exc)
            headers = {"Retry-After": str(RETRY_AFTER_SECONDS)}
            if path.startswith("/pledges."):
                return web.Response(status=503, text="the database cannot be read just now; try again later\n",
                                    headers=headers)
            return web.Response(status=503, text=pages.error_page(lang, 503, w(lang, "unavailable"), self.root),
                                content_type="text/html", charset="utf-8", headers=headers)

    def _moved(self, request: web.Request, path: str) -> web.HTTPException | None:
        """Where a trimmed or guessed address is sent, or None: a trailing slash dropped
        ("/pledges/", "/donors/"), /compare to the comparison, and the comparison without
        either donor ("/donors/compare" cut from a shared link) to the donors' list and its
        form, which says how to compare. Each answered a bare 404 or 400 before."""
        query = request.rel_url.raw_query_string
        bare = path.rstrip("/")
        if bare != path and bare and (bare in ROUTES or bare in ALIASES or RECORD_PATH.fullmatch(bare)):
            # The address as written, less its slash: from the decoded path, "/stories/%3Fx/" was sent
            # to "/stories/?x", its record's "?" turned into the start of a query.
            written = request.rel_url.raw_path.rstrip("/")
            return web.HTTPMovedPermanently(self.root + written + (f"?{query}" if query else ""))
        if path in ALIASES:
            return web.HTTPMovedPermanently(self.root + ALIASES[path] + (f"?{query}" if query else ""))
        if path == COMPARE_PATH and not {"a", "b"} & set(request.query):
            # The query goes along as written: the donors' page keeps the range of days in its form,
            # so the comparison the reader then makes covers the days they asked.
            return web.HTTPFound(self.root + DONORS_PATH + (f"?{query}" if query else "") + "#compare")
        return None

    async def _answer(self, request: web.Request, path: str, view: View, lang: str,
                      semicolons: bool = False) -> web.Response:
        """The page or download at `path` for `view`, read from the database (`semicolons`: the
        CSV's cells parted as a spreadsheet set to French or German reads them)."""
        now = self.clock.now()
        if path == DONORS_PATH:
            donors = await self._query(lambda data: data.donor_list(view, now, lang))
            return revalidated(request, _html(donors_page(donors, view, lang, now), lang))
        if path == "/pledges":
            rows, counts, latest, first = await self._query(lambda data: (*data.pledge_page(view, now, lang),
                                                                           data.latest_report(view, now),
                                                                           data.first_report(view, now)))
            if beyond := self._past_the_end(path, view, lang, sum(counts.values()), PAGE_SIZE):
                return beyond
            page = pages.pledges_page(rows, counts, view, lang, PAGE_SIZE, latest, now, first=first)
            return revalidated(request, _html(page, lang))
        if path == "/totals":
            totals, donor_deliveries, latest, first = await self._query(
                lambda data: (*data.totals_and_deliveries(view, now), data.latest_report(view, now),
                              data.first_report(view, now)))
            page = pages.totals_page(totals, view, lang, donor_deliveries, latest, now, first=first)
            return revalidated(request, _html(page, lang))
        if path == "/stories":
            rows, total, latest = await self._query(lambda data: (*data.story_page(view, now),
                                                                  data.latest_story(view, now)))
            if beyond := self._past_the_end(path, view, lang, total, STORY_PAGE_SIZE):
                return beyond
            return revalidated(request, _html(pages.stories_page(rows, total, view, lang, STORY_PAGE_SIZE, latest,
                                                                 now), lang))
        if path == "/pledges.atom":
            rows = await self._query(lambda data: data.new_pledges(view, now))
            # Each filter and language is a feed of its own, named by its filter words (q=DE and
            # q=germany alike). Its language is the URL's alone, never Accept-Language: a feed
            # reader's is arbitrary, and one URL giving two bodies would need every cache to vary.
            feed = atom_feed(rows, self.public_url, str(request.rel_url), feed_link(path, view), view.lang or "en")
            return revalidated(request, web.Response(text=feed, content_type="application/atom+xml", charset="utf-8"))
        return await self._download(request, path, view, now, semicolons)

    async def _record(self, request: web.Request, kind: str, number: int, view: View, lang: str) -> web.Response:
        """The page of pledge or story `number`; 404 (with a link to the list) when no record
        has it; a story merged into another is moved there for good (301), its articles with it."""
        if kind == "pledges":
            found = await self._query(lambda data: data.pledge_record(number))
            if found is None:
                return _html(pages.unknown_record_page(lang, "/pledges", w(lang, "unknown_pledge", id=number), view),
                             lang, status=404)
            return revalidated(request, _html(pledge_page(found, view, lang), lang))
        found = await self._query(lambda data: data.story_record(number, view.page))
        if found is None:
            return _html(pages.unknown_record_page(lang, "/stories", w(lang, "unknown_story", id=number), view),
                         lang, status=404)
        story = found["story"]
        if story["merged_into"]:
            # The survivor's address, in the language asked (a page number named the absorbed
            # story's articles, which the survivor lists in its own order: not kept).
            raise web.HTTPMovedPermanently(link(f"/stories/{int(story['merged_into'])}", View(lang=view.lang,
                                                                                              root=self.root)))
        path = f"/stories/{number}"
        if beyond := self._past_the_end(path, view, lang, found["counts"]["articles"], ARTICLE_PAGE_SIZE):
            return beyond
        return revalidated(request, _html(story_page(found, view, lang, ARTICLE_PAGE_SIZE), lang))

    async def _donor(self, request: web.Request, donor: str, view: View, lang: str) -> web.Response:
        """The page of one donor over time; 404 (with a link to the list) when the store holds
        no pledge of it."""
        now = self.clock.now()
        found = await self._query(lambda data: data.donor_record(donor, view, now))
        if found is None:
            message = w(lang, "unknown_donor", **donor_words(donor, lang))
            return _html(pages.unknown_record_page(lang, DONORS_PATH, message, view, also="/pledges"), lang, status=404)
        return revalidated(request, _html(donor_page(found, view, lang, DONOR_MONTHS, now), lang))

    async def _compare(self, request: web.Request, donors: tuple[str, str], view: View, lang: str) -> web.Response:
        """Two donors side by side; 404 (with a link to the list) naming a donor the store
        holds no pledge of."""
        now = self.clock.now()
        found = await self._query(lambda data: data.donor_pair(donors, view, now))
        for donor, summary in zip(donors, found):
            if summary is None:
                message = w(lang, "unknown_donor", **donor_words(donor, lang))
                return _html(pages.unknown_record_page(lang, DONORS_PATH, message, view, also="/pledges"), lang,
                             status=404)
        return revalidated(request, _html(compare_page(list(found), view, lang, DONOR_MONTHS, now), lang))

    async def _download(self, request: web.Request, path: str, view: View, now: datetime,
                        semicolons: bool = False) -> web.Response:
        """The view as CSV or JSON, read and written on the downloads' thread (the text of
        64k pledges takes seconds to write: not on the event loop), with at most
        workers.MAX_DOWNLOADS made or sent at once. `semicolons`: the CSV for a spreadsheet
        set to French or German (`sep=semicolon`)."""
        kind = path.rsplit(".", 1)[1]
        # A CSV download is opened in a spreadsheet far more often than read by a program
        # (which has the JSON): it carries the byte order mark Excel needs to read UTF-8.
        write = ((lambda rows: for_spreadsheets(pledges_to_csv(rows, semicolons=semicolons))) if kind == "csv"
                 else pledges_to_json)
        assert self._workers is not None
        key = (kind, view, semicolons)
        if request.if_none_match:
            # Revalidated from the data's version (a cheap read on the pages' thread), without
            # writing the download again or taking a download's slot (KnownTags).
            version = await self._query(lambda data: data.export_version(view, now))
            if tag := self._known_tags.unchanged(request, key, version):
                return not_modified(tag)
        content_type = "text/csv" if kind == "csv" else "application/json"
        name = download_name(view, kind, now.date(), semicolons)
        disposition = {"Content-Disposition": f'attachment; filename="{name}"'}
        if request.method == "HEAD":
            # A link checker or a download manager asks HEAD first: a download made for the same
            # data answers it from its tag and length, without making the whole view again and
            # taking one of the few downloads' slots (it took one, and 10 MiB of work, each time).
            version = await self._query(lambda data: data.export_version(view, now))
            if made := self._known_tags.made(key, version):
                tag, length = made
                return web.Response(headers={"Content-Type": f"{content_type}; charset=utf-8",
                                             "Content-Length": str(length), "ETag": f'"{tag}"', **disposition})
        try:
            async with self._workers.one_download():
                # Encoded and tagged on the downloads' thread too: 10 MiB is 20 ms of hashing. The
                # version is read before the rows: a poll storing between the two makes it older
                # than the body, which costs one download made again, never a wrong 304.
                version, body, tag = await self._workers.download(
                    lambda data: (data.export_version(view, now), *_tagged(write(data.export_rows(view, now)))))
                self._known_tags.remember(key, version, tag, len(body))
                response = web.Response(body=body, content_type=content_type, charset="utf-8", headers=disposition)
                response = revalidated(request, response, tag)
                if response.status == 304:
                    return response
                await self._send_within(request, response, self.download_seconds)
                return response
        except Busy:
            return web.Response(status=503, text="other downloads are being made; try again in a few seconds\n",
                                headers={"Retry-After": str(DOWNLOAD_RETRY_SECONDS)})

    @web.middleware
    async def _sent_in_time(self, request: web.Request, handler: Callable) -> web.StreamResponse:
        """Every answer but a download (which has its own time, DOWNLOAD_SECONDS) sent within
        `answer_seconds`: a client that sent request after request on one connection and read
        none of the answers kept that connection, past the time a request may take to arrive,
        for as long as it liked; 256 of them shut every other reader out."""
        try:
            response = await handler(request)
        except web.HTTPException as exc:  # a redirect: an answer too, sent as a plain Response
            # (an HTTPException returned, not raised, is deprecated in aiohttp and warns)
            response = web.Response(status=exc.status, reason=exc.reason, headers=exc.headers, body=exc.body)
        if isinstance(response, web.Response) and not response.prepared:
            await self._send_within(request, response, self.answer_seconds, "an answer")
        if request.body_exists and request.protocol is not None:
            # A body was announced (a GET's is refused, any other method's too): the answer is
            # out, so the connection ends now, its body unread. Left to aiohttp, it waited up to
            # 10 s for the rest of the body before closing (its "lingering close").
            request.protocol.force_close()
        return response

    @staticmethod
    async def _send_within(request: web.Request, response: web.Response, seconds: float,
                           what: str = "a download") -> None:
        """Send `response` now; drop the connection of a reader that has not taken it all
        within `seconds` (a client that never read kept its connection, and the download's
        text, for as long as it liked)."""
        try:
            async with asyncio.timeout(seconds):
                await response.prepare(request)
                await response.write_eof()
        except TimeoutError:
            log.info("web tracker: %s not taken within %.0f s; connection closed", what, seconds)
            if request.transport is not None:
                # Reset, not closed: a close sends first what the system still holds for the
                # reader (megabytes on loopback), which a reader taking nothing kept for as long.
                sock = request.transport.get_extra_info("socket")
                if sock is not None:
                    sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                request.transport.abort()
        except ConnectionError:
            pass  # the reader went away: nothing to send it (aiohttp says nothing of it either)

    @web.middleware
    async def _targets_a_path(self, request: web.Request, handler: Callable) -> web.StreamResponse:
        """Any method but GET and HEAD answered 405 with the methods taken, whatever its target:
        `OPTIONS *`, which asks about the server as a whole, reached no route, and aiohttp's own
        plain "404: Not Found" answered it; so did `CONNECT /pledges` (until stop 64). A GET or HEAD
        whose target is a whole address (`GET http://host/pledges`, the absolute form a proxy
        sends, which HTTP/1.1 servers must take) is the page of its path: it was answered 405
        "GET and HEAD only" until stop 64. (A GET or HEAD of `*` is refused as not HTTP before it
        comes here.) A whole address without a path (`GET http://host`) is the root's."""
        if request.method in ("GET", "HEAD"):
            if not request.path.startswith("/"):
                query = request.rel_url.raw_query_string
                raise web.HTTPFound(f"{self.root}/pledges" + (f"?{query}" if query else ""))
            return await handler(request)
        return web.Response(status=405, text="read-only: GET and HEAD only\n", headers={"Allow": "GET, HEAD"})

    @staticmethod
    def _past_the_end(path: str, view: View, lang: str, total: int, page_size: int) -> web.Response | None:
        """404 for a page after the last (it showed "No pledges match these filters" under a
        count of 17, with a link to the page before, itself past the end); None otherwise."""
        last = pages.last_page(total, page_size)
        if view.page <= last:
            return None
        return _html(pages.past_the_end_page(path, view, lang, last), lang, status=404)


async def _no_continue(request: web.Request) -> None:
    """The answer to `Expect: 100-continue`: none. The request is answered as it is (a GET
    announcing a body is refused), without asking for a body no request here may have."""


def _body_header(request: web.Request) -> str:
    """The header that announced a request's body, as the refusal names it."""
    for name in ("Transfer-Encoding", "Content-Length"):
        if name in request.headers:
            return f"{name}: {request.headers[name][:40]}"
    return "Content-Length"


def _refused(request: web.Request, lang: str, exc: BadRequest, root: str) -> web.Response:
    """The 400 answering a request refused: a page in `lang`, or one line for a download. The
    page links back to the list it was asked of, in the language the address asked."""
    path = request.path
    if path.startswith("/pledges."):
        return web.Response(status=400, text=f"{exc}\n")
    page = DONORS_PATH if path == COMPARE_PATH else path  # the comparison is asked from the donors' list
    return _html(pages.error_page(lang, 400, exc.in_language(lang), root, asked_lang=asked_language(request.query),
                                  page=page), lang, status=400)


def _listen_failure(exc: OSError) -> str:
    """Why the address cannot be listened on, in the system's words: asyncio's own said the
    address twice ("error while attempting to bind on address ('127.0.0.1', 8000): ...")."""
    reason = os.strerror(exc.errno).lower() if exc.errno else str(exc)
    if exc.errno == errno.EADDRINUSE:
        reason += " (another program listens there, perhaps another pledgewatch; choose another port)"
    return reason


def _html(text: str, lang: str, status: int = 200) -> web.Response:
    return web.Response(status=status, text=text, content_type="text/html", charset="utf-8",
                        headers={"Content-Language": lang, "Vary": "Accept-Language"})


def _tagged(text: str) -> tuple[bytes, str]:
    """A download's body as sent, and its tag."""
    body = text.encode("utf-8")
    return body, body_tag(body)


async def _add_headers(request: web.Request, response: web.StreamResponse) -> None:
    add_headers(response)
