"""The headers every answer of the web tracker carries, pages and refusals alike.

Each response carries a strict Content-Security-Policy (nothing but this site's
stylesheet; no script, no frame, no plugin), so text that slipped past escaping still
could not run; and no Server header naming aiohttp and its version: a visitor has no use
for it, a scanner looking for a known hole does."""

from __future__ import annotations

from aiohttp import web

CSP = ("default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; base-uri 'none'; "
       "frame-ancestors 'none'")
SECURITY_HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
}
# The pages follow the database, which each poll changes: a cache in between asks again
# every time (the stylesheet sets its own). No answer is sent in parts: a Range header is
# ignored and the whole body sent (200), which Accept-Ranges: none tells a download manager
# before it tries to resume a download in pieces.
DEFAULT_HEADERS = {"Cache-Control": "no-cache", "Accept-Ranges": "none"}
SERVER_NAME = "pledgewatch"


def add_headers(response: web.StreamResponse) -> None:
    """The security and cache headers, unless the response set its own; our Server name."""
    for name, value in (SECURITY_HEADERS | DEFAULT_HEADERS).items():
        response.headers.setdefault(name, value)
    response.headers["Server"] = SERVER_NAME
