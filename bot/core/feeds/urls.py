"""Canonical article URLs, the first deduplication key.

The same article reaches us under many addresses: with campaign tags from a
newsletter, over http and https, with an anchor, with query parameters in another
order. `canonical_url` maps all of those to one string so the store can say
"seen it" before any text comparison runs.

Decisions worth knowing:
- "www." is kept. `www.example.com` and `example.com` are different hosts that may
  serve different things (and some outlets run separate editions on them); merging
  them is the story matcher's job, not a guess made here.
- http and https are one address: the canonical form always says https, because
  outlets switch schemes and feeds lag behind.
- The path keeps its case (servers are case-sensitive); only a trailing "/" goes.
- Anything that does not parse as an absolute http(s) URL is returned stripped and
  otherwise untouched: a feed's odd guid is still a usable key, and this function
  never raises.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from urllib.parse import urlsplit, urlunsplit

# Parameters that identify the click, not the document. Matched case-insensitively.
_TRACKING_NAMES = frozenset(
    {
        "fbclid", "gclid", "gclsrc", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "twclid",
        "ttclid", "li_fat_id", "igshid", "igsh", "mc_cid", "mc_eid", "mkt_tok", "_ga", "_gl",
        "_hsenc", "_hsmi", "hsctatracking", "xtor", "xtref", "xts", "ito", "ocid", "cmpid",
        "cmp", "icid", "ncid", "smid", "smtyp", "sr_share", "share", "ref", "ref_src",
        "ref_url", "referrer", "spm", "scm", "vero_id", "vero_conv",
        "rb_clickid", "s_cid", "s_kwcid", "wt.mc_id", "wt.mc_ev",
        "ns_mchannel", "ns_source", "ns_campaign", "ns_linkname", "ns_fee",
    }
)
# Whole families: Google Analytics campaign tags, Piano/AT Internet tags, Matomo/Piwik.
_TRACKING_PREFIXES = ("utm_", "at_", "pk_", "mtm_", "piwik_", "hmb_", "oly_", "__s")

_DEFAULT_PORTS = frozenset({80, 443})
_PERCENT_ESCAPE = re.compile(r"%[0-9a-fA-F]{2}")


def _is_tracking(name: str) -> bool:
    key = name.lower()
    return key in _TRACKING_NAMES or key.startswith(_TRACKING_PREFIXES)


def _upper_escapes(part: str) -> str:
    """%2f and %2F are the same byte; pick one spelling."""
    return _PERCENT_ESCAPE.sub(lambda m: m.group(0).upper(), part)


def _canonical_query(query: str) -> str:
    # Work on the raw "name=value" pairs: decoding and re-encoding would change
    # spellings (+ vs %20) and make the output depend on our encoder, not the link.
    pairs = [pair for pair in query.split("&") if pair]
    kept = [_upper_escapes(pair) for pair in pairs if not _is_tracking(pair.split("=", 1)[0])]
    return "&".join(sorted(kept))


def _canonical_host(netloc: str, hostname: str, port: int | None) -> str:
    host = hostname.rstrip(".")
    if ":" in host:  # IPv6 literal: urlsplit dropped the brackets
        host = f"[{host}]"
    userinfo = netloc.rpartition("@")[0] if "@" in netloc else ""
    if port is not None and port not in _DEFAULT_PORTS:
        host = f"{host}:{port}"
    return f"{userinfo}@{host}" if userinfo else host


# The shape most article links have: http(s), a lower-case host of letters, digits, dots
# and hyphens (no user, no port), a path of plain characters, no query, escape or fragment.
# For such a link urlsplit and urlunsplit change nothing but the scheme, the host's trailing
# dots and the path's trailing slashes: read here, canonical_url and site_of skip them
# (~4.5 and ~2.5 us a call before, for every entry of a poll, ~0.5 us now; the same answers,
# tests/feeds/test_urls_fast.py).
_PLAIN_LINK = re.compile(r"https?://([a-z0-9][a-z0-9.-]*)(/[A-Za-z0-9/._~-]*)?")


def canonical_url(url: str) -> str:
    """One spelling per article address (see the module docstring). Never raises."""
    raw = url.strip()
    plain = _PLAIN_LINK.fullmatch(raw)
    if plain is not None:
        path = plain[2] or "/"
        if len(path) > 1:
            path = path.rstrip("/") or "/"
        return f"https://{plain[1].rstrip('.')}{path}"
    return _canonical_parsed(raw)


def _canonical_parsed(raw: str) -> str:
    """canonical_url of a stripped link of any shape, through urlsplit."""
    try:
        parts = urlsplit(raw)
        scheme = parts.scheme.lower()
        if scheme not in ("http", "https") or not parts.hostname:
            return raw
        host = _canonical_host(parts.netloc, parts.hostname.lower(), parts.port)
        path = _upper_escapes(parts.path) or "/"
        if len(path) > 1:
            path = path.rstrip("/") or "/"
        return urlunsplit(("https", host, path, _canonical_query(parts.query), ""))
    except ValueError:  # bad IPv6 brackets, a port that is not a number, ...
        return raw


# A feed may change hosts legitimately (a site moves); after this many polls in a
# row from the same new site, the new site is accepted as the feed's own.
ACCEPT_NEW_SITE_AFTER = 3


def site_of(url: str) -> str | None:
    """The site an article link belongs to: its host without "www.", lower-case."""
    raw = url.strip()
    plain = _PLAIN_LINK.fullmatch(raw)
    if plain is not None:
        return plain[1].removeprefix("www.") or None
    return _site_parsed(raw)


def _site_parsed(raw: str) -> str | None:
    """site_of a stripped link of any shape, through urlsplit."""
    try:
        host = (urlsplit(raw).hostname or "").lower()
    except ValueError:
        return None
    return host.removeprefix("www.") or None


def dominant_site(urls: Iterable[str]) -> str | None:
    """The site most of a feed's entry links point to, or None when there are none."""
    counts = Counter(site for site in map(site_of, urls) if site)
    return counts.most_common(1)[0][0] if counts else None


def check_site(expected: str | None, seen: str | None, foreign_polls: int) -> tuple[str | None, int, bool]:
    """Does this poll's content come from the feed's usual site?

    Returns (site to remember, consecutive foreign polls, suspicious). A feed that
    suddenly serves another site's articles (an expired domain, a hijack, a
    misconfigured proxy) is suspicious: its items are stored but not alerted,
    until the new site has been seen ACCEPT_NEW_SITE_AFTER polls in a row."""
    if seen is None:
        return expected, foreign_polls, False
    if expected is None or seen == expected or seen.endswith("." + expected) or expected.endswith("." + seen):
        return expected or seen, 0, False
    if foreign_polls + 1 >= ACCEPT_NEW_SITE_AFTER:
        return seen, 0, False
    return expected, foreign_polls + 1, True


def shown_feed_url(url: str) -> str:
    """A feed's URL as people other than the operator may see it: without the user name
    and password, query or fragment, where a private feed carries its key
    ("https://alice:pw@host/feed?apikey=..."). A feed named by nothing but its URL was
    shown whole as the source of every alert, on `/feeds` and on the public web tracker."""
    try:
        parts = urlsplit(url)
        host = parts.hostname
        port = parts.port
    except ValueError:
        return url.split("?", 1)[0].split("#", 1)[0].rsplit("@", 1)[-1]
    if not host:
        return url.split("?", 1)[0].split("#", 1)[0]
    netloc = f"[{host}]" if ":" in host else host
    if port is not None:
        netloc += f":{port}"
    return urlunsplit((parts.scheme, netloc, parts.path, "", ""))


# How long a feed's short address may run before its middle folders give way to "…".
SHORT_ADDRESS_CHARS = 48


def short_feed_address(url: str) -> str:
    """A feed's address to read at a glance in a list ("nato.int/cps/…/rssFeed.xml"): the
    host without its "www." and the path, its middle folders left out past
    SHORT_ADDRESS_CHARS, as shown_feed_url shows it (no credentials, query or fragment).
    A list of whole URLs, scheme, "www." and all, hid what told the feeds apart."""
    shown = shown_feed_url(url)
    try:
        parts = urlsplit(shown)
    except ValueError:
        return shown
    if not parts.netloc:
        return shown
    host = parts.netloc.removeprefix("www.")
    path = parts.path.rstrip("/")
    if len(host + path) <= SHORT_ADDRESS_CHARS:
        return host + path
    folders = [f for f in path.split("/") if f]
    last = folders[-1] if folders else ""
    head = f"{host}/{folders[0]}/…/{last}" if len(folders) > 2 else f"{host}/…/{last}"
    if len(head) <= SHORT_ADDRESS_CHARS:
        return head
    room = max(SHORT_ADDRESS_CHARS - len(host) - 3, 8)
    return f"{host}/…{last[-room:]}"


# A host name and maybe a path, written without a scheme ("news.example/rss.xml").
_BARE_ADDRESS = re.compile(r"(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,63}(?::\d{1,5})?(?:/\S*)?", re.IGNORECASE)


def with_scheme(url: str) -> str | None:
    """"https://news.example/rss.xml" (as shown: no credentials or query) for an address
    written without its scheme, as browsers take one; None for anything else."""
    if "://" in url or not _BARE_ADDRESS.fullmatch(url):
        return None
    return shown_feed_url("https://" + url)[:200]


def without_userinfo(url: str) -> str:
    """An article link without its user name and password ("https://user:pw@host/a" ->
    "https://host/a"), otherwise as written (never re-encoded). Such a link is never meant
    for a reader: a relative item link in a private feed inherits the feed's credentials,
    and "https://www.reuters.com@evil.example/" names evil.example while reading as
    Reuters. Never raises."""
    try:
        netloc = urlsplit(url).netloc
    except ValueError:
        return url
    if "@" not in netloc:
        return url
    # The first occurrence of the authority is the authority: only the scheme precedes it.
    return url.replace(netloc, netloc.rpartition("@")[2], 1)


def shown_link(url: str) -> str:
    """An article link as we show it to a reader: without its user name and password
    (without_userinfo) and without the parameters that only track the click (utm_source,
    fbclid, xtor ...: the names canonical_url drops), the other parameters kept as written
    and in their order. What is stored stays the link as published; only what is shown,
    and followed by a reader, is shortened. Never raises."""
    url = without_userinfo(url)
    try:
        parts = urlsplit(url)
    except ValueError:
        return url
    if not parts.query:
        return url
    pairs = parts.query.split("&")
    kept = [pair for pair in pairs if pair and not _is_tracking(pair.split("=", 1)[0])]
    if len(kept) == len(pairs):
        return url
    return urlunsplit((parts.scheme, parts.netloc, parts.path, "&".join(kept), parts.fragment))


def without_feed_secrets(text: str, url: str) -> str:
    """`text` (an error message) with the feed's URL shown as shown_feed_url shows it, and
    its user name and password or query removed wherever they appear on their own: an
    exception nobody foresaw may quote the URL it was raised for, and that message goes
    to the log and to `status`."""
    text = text.replace(url, shown_feed_url(url))
    try:
        parts = urlsplit(url)
    except ValueError:
        return text
    userinfo = parts.netloc.rpartition("@")[0]
    for secret in (userinfo + "@" if userinfo else "", "?" + parts.query if parts.query else ""):
        if secret:
            text = text.replace(secret, "")
    return text


def feed_source_name(name: str, url: str) -> str:
    """The source an alert names: the feed's name, else its shown URL (a name that is the
    URL itself, as stored by default before, counts as none)."""
    return name if name and name != url else shown_feed_url(url)
