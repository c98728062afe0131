"""The one spelling a feed's address is stored in, and the key two spellings of it share.

"HTTPS://News.example/rss.xml", "https://news.example:443/rss.xml" and
"https://news.example/rss.xml#top" are one request to one server: stored as three
feeds, the site was polled three times a round and `feeds list` showed one address
three times. So are "bücher.example" and its ASCII form "xn--bcher-kva.example", and
"ｎｅｗｓ.example" in full-width letters and "news.example": a host not in plain ASCII, or
with an "xn--" label, is stored as the fetcher reads it, in Unicode (IDNA 2008 with UTS 46,
as yarl maps it). The path, query and user name are kept as written: a server may tell
those apart.
"""

from __future__ import annotations

from urllib.parse import urlsplit, urlunsplit

_DEFAULT_PORTS = {"http": 80, "https": 443}


def feed_address(url: str) -> str:
    """A checked feed URL in the one spelling a person's `feeds add` and `/feed_add` and the
    settings' [[feed]] tables store: scheme and host in lower case, no default port, no
    fragment (never sent to the server). Raises ValueError for what urlsplit cannot read
    (a bad port)."""
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    host = parts.hostname or ""
    if not host.isascii() or "xn--" in host:
        host = _read_as_fetched(url)
    netloc = f"[{host}]" if ":" in host else host
    if parts.port is not None and parts.port != _DEFAULT_PORTS.get(scheme):
        netloc += f":{parts.port}"
    userinfo, at, _ = parts.netloc.rpartition("@")
    if at:
        netloc = f"{userinfo}@{netloc}"
    return urlunsplit((scheme, netloc, parts.path, parts.query, ""))


def _read_as_fetched(url: str) -> str:
    """The host as the fetcher (aiohttp's yarl) reads it, in Unicode: an "xn--" label decoded,
    full-width letters read as the letters they show. Raises ValueError for a host IDNA refuses."""
    from yarl import URL  # only for the rare host that is not plain ASCII

    try:
        return URL(url).host or ""
    except UnicodeError as exc:
        raise ValueError(f"the host is not a valid international name ({exc})") from None


def same_feed_key(url: str) -> str:
    """What two spellings of one feed's address share: its stored spelling, or the URL as
    it is where it cannot be read (a row an older version stored; it matches itself)."""
    try:
        return feed_address(url)
    except ValueError:
        return url
