"""An item link that is already a plain absolute http(s) URL is kept as it is, without
urllib's join and splits, in pledgewatch's reading of an item and in feedparser's own join
of its link and id (speed55w: ~15 us an item each, ~4% of a body's parse each), with the
same answer as they give for every link, on both sides of the pattern that skips them
(bot/adapters/feed_parse.py, _PLAIN_ABSOLUTE_LINK), and on feedparser's own test corpus."""

from __future__ import annotations

from urllib.parse import urljoin, urlsplit

import feedparser
import feedparser.mixin
import feedparser.urls
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import bot.adapters.feed_parse as feed_parse
from bot.adapters.feed_parse import _absolute_link, _plain_links_unjoined, parse_feed_document
from bot.core.feeds.urls import without_userinfo
from bot.core.text.safe_text import clean_text
from tests.support.feed_corpus import corpus_documents, results_changed_by


def joined(link: object, feed_url: str) -> str:
    """The link as urllib reads it: the code before the pattern, the oracle."""
    if not isinstance(link, str) or not link.strip():
        return ""
    link = clean_text(link)
    try:
        absolute = urljoin(feed_url, link.strip())
        scheme = urlsplit(absolute).scheme.lower()
    except ValueError:
        return ""
    return without_userinfo(absolute) if scheme in ("http", "https") else ""


# Pieces that sit on either side of the pattern: characters urljoin drops or reads apart
# (";", a bare "?" or "#", "@", brackets, blanks, controls), letters outside ASCII, upper case.
_PIECES = st.sampled_from([
    "http", "https", "HTTPS", "Http", "ftp", "javascript", ":", "://", "//", "/", "?", "#", ";", "@", "[", "]",
    ":80", ":", "news.example", "bbc.co.uk", "127.0.0.1", "[::1]", "user:pw@", "a", "Z9", "-", ".", "..", "%20",
    "%", "~", "!$&'()*+,=", " ", "\t", "\n", "\x00", "\x1b", "é", "ü", "\u200b", "x=1", "&y=2", "\\",
])
_LINKS = st.lists(_PIECES, max_size=12).map("".join) | st.text(max_size=40)
_BASES = st.sampled_from([
    "https://news.example/feed.xml", "http://127.0.0.1:8080/feed/1.xml", "https://a.example/dir/", "",
    "http://[::1", "feed.xml", "https://user:pw@host.example/rss", "HTTPS://X.EXAMPLE/r",
])


@settings(max_examples=1000, deadline=None)
@given(link=_LINKS, base=_BASES)
def test_every_link_reads_as_urllib_reads_it(link, base):
    assert _absolute_link(link, base) == joined(link, base)


@settings(max_examples=200, deadline=None)
@given(link=_LINKS, base=_BASES)
def test_absolute_links_written_out_read_as_urllib_reads_them(link, base):
    for whole in (f"https://news.example/{link}", f"http://host.example:8080/a?{link}",
                  f"https://host.example/p#{link}", f"https://{link}/x", f"  https://news.example/{link}  "):
        assert _absolute_link(whole, base) == joined(whole, base)


def test_plain_links_skip_urllib(monkeypatch):
    asked: list[str] = []

    def counted(base, url, *rest):
        asked.append(url)
        return urljoin(base, url, *rest)

    monkeypatch.setattr(feed_parse, "urljoin", counted)
    feed = "https://news.example/feed.xml"
    for link in ("https://news.example/2026/12/06/aid-package", "http://127.0.0.1:8080/item/7?id=3&x=y#top",
                 " https://www.example.org/world/europe/ukraine-aid-12345 "):
        assert _absolute_link(link, feed) == link.strip()
    assert asked == []
    assert _absolute_link("/2026/item", feed) == "https://news.example/2026/item"  # a relative one joins
    assert _absolute_link("https://user:pw@news.example/a", feed) == "https://news.example/a"
    assert _absolute_link("https://news.example/a?", feed) == "https://news.example/a"
    assert len(asked) == 3


# feedparser's own join of an item's link and id against the element's base (feedparser.mixin._urljoin),
# which pledgewatch's parse installs the same shortcut on (feed_parse._plain_links_unjoined).


@pytest.fixture
def feedparser_joins_as_shipped(monkeypatch: pytest.MonkeyPatch):
    """feedparser's mixin with its own join, put back afterwards; yields what installs the shortcut."""
    monkeypatch.setattr(feedparser.mixin, "_urljoin", feedparser.urls._urljoin)
    return _plain_links_unjoined


@settings(max_examples=1000, deadline=None)
@given(link=_LINKS, base=_BASES)
def test_feedparsers_join_answers_alike(link, base):
    _plain_links_unjoined()
    assert feedparser.mixin._urljoin(base, link) == feedparser.urls._urljoin(base, link)
    whole = f"https://news.example/{link}"
    assert feedparser.mixin._urljoin(base, whole) == feedparser.urls._urljoin(base, whole)


ONE_ITEM = (b'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>t</title>'
            b"<item><title>Aide</title><link>https://news.example/2026/12/aid?id=7</link>"
            b"<guid>https://news.example/2026/12/aid?id=7</guid><description>d</description></item>"
            b"</channel></rss>")


def test_a_parse_joins_no_plain_link(feedparser_joins_as_shipped, monkeypatch):
    asked: list[str] = []
    join = feedparser.urls._urljoin

    def counted(base, uri):
        asked.append(uri)
        return join(base, uri)

    monkeypatch.setattr(feedparser.mixin, "_urljoin", counted)  # feedparser's, counted; then the shortcut
    entries = parse_feed_document(ONE_ITEM, "https://news.example/feed.xml",
                                  content_type="application/rss+xml").entries
    assert entries[0].url == entries[0].guid == "https://news.example/2026/12/aid?id=7"
    assert asked == []


def test_feedparsers_own_corpus_parses_alike_with_the_shortcut(feedparser_joins_as_shipped):
    assert results_changed_by(feedparser_joins_as_shipped, corpus_documents()) == 0

