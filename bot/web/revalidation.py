"""Conditional requests: each answer's ETag, and 304 Not Modified without a body to a
client that already holds it.

The pages say `Cache-Control: no-cache` (they change as feeds are polled), so a browser
asks again every time, and a feed reader polls /pledges.atom every few minutes: without a
validator each of them took the whole body again, although it changes only when a poll
adds pledges. The tag is a hash of the body itself, so it changes exactly when the body
does (a period counting back from now, another language, a new pledge) and needs no
bookkeeping. There is no Last-Modified: the store keeps no time at which the pledges last
changed, and an article's date is not one (a pledge stored now may be reported from last
week, and a 304 to If-Modified-Since would hide it).
"""

from __future__ import annotations

import hashlib

from aiohttp import web

# What a 200 says of caching, which the 304 in its place says too (RFC 9110, 15.4.5).
_KEPT_ON_304 = ("Cache-Control", "Content-Language", "Expires", "Vary")


def body_tag(body: bytes) -> str:
    """The tag of a body: 128 bits of BLAKE2b, far from any chance collision."""
    return hashlib.blake2b(body, digest_size=16).hexdigest()


def holds(request: web.BaseRequest, tag: str) -> bool:
    """Whether the request's If-None-Match names `tag`, or is `*` (any): compared weakly,
    as RFC 9110 13.1.2 asks of If-None-Match, so `W/"tag"` names it too."""
    return any(asked.value in (tag, "*") for asked in request.if_none_match or ())


def revalidated(request: web.BaseRequest, response: web.Response, tag: str | None = None) -> web.Response:
    """`response` with its ETag, or a 304 with the same tag when the client holds it.
    `tag`: the body's, when already computed off the event loop (a download's)."""
    tag = tag or body_tag(response.body)
    response.etag = tag
    if not holds(request, tag):
        return response
    unchanged = web.Response(status=304)
    for name in _KEPT_ON_304:
        if name in response.headers:
            unchanged.headers[name] = response.headers[name]
    unchanged.etag = tag
    return unchanged
