"""Conditional requests: each answer's ETag, and 304 Not Modified without a body to a
client that already holds it.

The pages say `Cache-Control: no-cache` (they change as feeds are polled), so a browser
asks again every time, and a feed reader polls /pledges.atom every few minutes: without a
validator each of them took the whole body again, although it changes only when a poll
adds pledges. The tag is a hash of the body itself, so it changes exactly when the body
does (a period counting back from now, another language, a new pledge) and needs no
bookkeeping, except for the downloads (KnownTags). There is no Last-Modified: the store keeps no time at which the pledges last
changed, and an article's date is not one (a pledge stored now may be reported from last
week, and a 304 to If-Modified-Since would hide it).
"""

from __future__ import annotations

import hashlib
from collections.abc import Hashable, Mapping

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
    return not_modified(tag, response.headers)


def not_modified(tag: str, headers: Mapping[str, str] | None = None) -> web.Response:
    """A 304 for `tag`, with what the 200's `headers` say of caching."""
    unchanged = web.Response(status=304)
    for name in _KEPT_ON_304:
        if headers and name in headers:
            unchanged.headers[name] = headers[name]
    unchanged.etag = tag
    return unchanged


# Downloads whose tag is remembered (one per view asked for: filters and sort).
MAX_KNOWN_TAGS = 512


class KnownTags:
    """The tags of the downloads made, each with the version of the data it was made from
    (bot.web.data.WebData.export_version). A download is the whole view written out (4.5 s
    of CPU and 10 MiB at 64k pledges): a client revalidating it made all of it again, only to
    hash it and answer 304. Asked with a tag remembered for the same view and version, the
    answer is a 304 without making it. The tag is still the body's hash: the version only
    says that the body would be the same as when it was hashed."""

    def __init__(self, size: int = MAX_KNOWN_TAGS):
        self.size = size
        self._tags: dict[Hashable, tuple[Hashable, str, int]] = {}

    def remember(self, key: Hashable, version: Hashable, tag: str, length: int = 0) -> None:
        """`length`: the body's, in bytes, which a HEAD request is told without making it."""
        if key not in self._tags and len(self._tags) >= self.size:
            self._tags.pop(next(iter(self._tags)))  # the oldest view asked for
        self._tags[key] = (version, tag, length)

    def made(self, key: Hashable, version: Hashable) -> tuple[str, int] | None:
        """(tag, length) of the download of `key` made from data of this `version`; None when
        it was not made from it (or is forgotten)."""
        known = self._tags.get(key)
        return (known[1], known[2]) if known is not None and known[0] == version else None

    def unchanged(self, request: web.BaseRequest, key: Hashable, version: Hashable) -> str | None:
        """The tag the request holds, when it is that of the download of `key` made from
        data of this `version`; None when the download must be made."""
        known = self._tags.get(key)
        if known is None or known[0] != version:
            return None
        return known[1] if holds(request, known[1]) else None
