"""How many connections the web tracker keeps open, and for how long.

aiohttp alone kept a connection whose request never finished for an hour (its keep-alive
default, 3630 s, is also the only timer before a request head is complete), and accepted
any number of them: one visitor holding a thousand half-sent requests took a thousand file
descriptors from the process, which under `run` also polls the feeds and writes the
database. So a request head must arrive within REQUEST_TIMEOUT (and an idle keep-alive
connection closes after it), and past MAX_CONNECTIONS a new connection is closed as soon
as it is accepted, keeping what the rest of the process needs.

A request aiohttp cannot parse (no method, a header line over 8 KB, a byte no URL may
hold) never reaches the application: aiohttp answers it itself, and so its 400 had none
of the pages' headers, named aiohttp and its version, quoted the request's bytes back and
logged a traceback at ERROR, one per probe of any scanner. Each connection's handler is
aiohttp's with that answer replaced (_OwnErrorAnswers).
"""

from __future__ import annotations

import asyncio
import logging

from aiohttp import web

from bot.web.headers import add_headers

log = logging.getLogger(__name__)

REQUEST_TIMEOUT = 20.0  # seconds; Apache and nginx give a request head 20 to 60
MAX_CONNECTIONS = 256  # a browser opens at most 6 per site; a proxy pools its own


class _Refused(asyncio.Protocol):
    """A connection accepted past the limit: closed at once, nothing read."""

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        transport.close()


class _OwnErrorAnswers(web.RequestHandler):
    """aiohttp's connection handler, answering what it cannot handle in our own words.

    No slots of its own: a handler aiohttp made is given this class (see ConnectionLimit),
    which needs the same layout. Making it here instead would mean repeating the options
    aiohttp's Server passes to each handler, which it keeps to itself."""

    __slots__ = ()

    def handle_error(self, request: web.BaseRequest, status: int = 500, exc: BaseException | None = None,
                     message: str | None = None) -> web.StreamResponse:
        if request.writer.output_size > 0:  # part of an answer is out: none can follow it (as in aiohttp)
            raise ConnectionError("a response is sent already; no other can follow it")
        if status >= 500:  # a fault of ours, worth its traceback
            log.error("web tracker: error answering a request", exc_info=exc)
            text = "internal error; the server's log says more\n"
        else:  # the visitor's: a line, for whoever looks into a client that fails
            log.debug("web tracker: %d to %s: %s", status, request.remote, _what_is_wrong(message))
            text = f"bad request: {_what_is_wrong(message)}\n"
        response = web.Response(status=status, text=text)
        response.force_close()
        add_headers(response)  # not added by the application's hook, which only routed requests meet
        return response


def _what_is_wrong(message: str | None) -> str:
    """aiohttp's reason without the request's bytes it quotes after a colon ("Invalid
    char in url query:\n\n  b'GET /?q=<script>...'")."""
    reason = (message or "").split(":", 1)[0].strip()
    reason = "".join(c for c in reason if c.isprintable())[:100]
    return reason or "not a valid HTTP request"


class ConnectionLimit:
    """The protocol factory for the listening socket: aiohttp's request handler while fewer
    than `limit` connections are open, else one that closes the connection. (A connection
    is counted once its handler has started, on the loop's next pass, so those accepted in
    one pass (at most create_server's backlog, 100) are let in together: the bound is `limit` + 100.)"""

    def __init__(self, server: web.Server, limit: int):
        self.server = server
        self.limit = limit
        self._refusing = False

    def __call__(self) -> asyncio.BaseProtocol:
        if len(self.server.connections) < self.limit:
            self._refusing = False
            handler = self.server()
            handler.__class__ = _OwnErrorAnswers
            return handler
        if not self._refusing:  # said once each time the limit is reached, not per connection
            self._refusing = True
            log.warning("web tracker: %d connections open, closing new ones until some end", self.limit)
        return _Refused()
