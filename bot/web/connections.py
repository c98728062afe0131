"""How many connections the web tracker keeps open, and for how long.

aiohttp alone kept a connection whose request never finished for an hour (its keep-alive
default, 3630 s, is also the only timer before a request head is complete), and accepted
any number of them: one visitor holding a thousand half-sent requests took a thousand file
descriptors from the process, which under `run` also polls the feeds and writes the
database. So a request head must arrive within REQUEST_TIMEOUT (and an idle keep-alive
connection closes after it), and past MAX_CONNECTIONS a new connection is closed as soon
as it is accepted, keeping what the rest of the process needs.
"""

from __future__ import annotations

import asyncio
import logging

from aiohttp import web

log = logging.getLogger(__name__)

REQUEST_TIMEOUT = 20.0  # seconds; Apache and nginx give a request head 20 to 60
MAX_CONNECTIONS = 256  # a browser opens at most 6 per site; a proxy pools its own


class _Refused(asyncio.Protocol):
    """A connection accepted past the limit: closed at once, nothing read."""

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        transport.close()


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
            return self.server()
        if not self._refusing:  # said once each time the limit is reached, not per connection
            self._refusing = True
            log.warning("web tracker: %d connections open, closing new ones until some end", self.limit)
        return _Refused()
