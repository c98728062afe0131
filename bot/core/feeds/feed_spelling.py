"""The one spelling a feed's address is stored in, and the key two spellings of it share.

"HTTPS://News.example/rss.xml", "https://news.example:443/rss.xml" and
"https://news.example/rss.xml#top" are one request to one server: stored as three
feeds, the site was polled three times a round and `feeds list` showed one address
three times. The path, query and user name are kept as written: a server may tell
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
    netloc = f"[{host}]" if ":" in host else host
    if parts.port is not None and parts.port != _DEFAULT_PORTS.get(scheme):
        netloc += f":{parts.port}"
    userinfo, at, _ = parts.netloc.rpartition("@")
    if at:
        netloc = f"{userinfo}@{netloc}"
    return urlunsplit((scheme, netloc, parts.path, parts.query, ""))


def same_feed_key(url: str) -> str:
    """What two spellings of one feed's address share: its stored spelling, or the URL as
    it is where it cannot be read (a row an older version stored; it matches itself)."""
    try:
        return feed_address(url)
    except ValueError:
        return url
