"""Relative links and GUIDs are made absolute against the right base: the feed's own
address, an xml:base on the feed, on an entry, nested, or one that must be refused.

feed_parse remembers feedparser's base-URI joins (see _remember_base_joins); these
documents would show a remembered join leaking from one element or one feed into
another, and the last test compares every answer with feedparser's own, unremembered
function."""

from __future__ import annotations

import feedparser.mixin
import pytest

from bot.adapters.feed_parse import parse_feed_document

RSS_RELATIVE = b"""<?xml version="1.0"?>
<rss version="2.0"><channel><title>t</title><link>/</link>
<item><title>One</title><link>/news/1.html</link><guid>/news/1.html</guid></item>
<item><title>Two</title><link>2.html</link><guid isPermaLink="false">story-2</guid></item>
</channel></rss>"""

ATOM_NESTED_BASES = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:base="http://mirror.example/base/">
<title>t</title><id>urn:feed</id><updated>2026-12-01T10:00:00Z</updated>
<entry xml:base="sub/"><title>Nested</title><id>nested-1</id><link href="page.html"/>
<updated>2026-12-01T10:00:00Z</updated></entry>
<entry><title>Feed base</title><id>plain-2</id><link href="other.html"/>
<updated>2026-12-01T10:00:00Z</updated></entry>
<entry xml:base="javascript:alert(1)//"><title>Refused base</title><id>js-3</id><link href="safe.html"/>
<updated>2026-12-01T10:00:00Z</updated></entry>
</feed>"""

CONTENT_TYPE = "application/xml; charset=utf-8"


def links(body: bytes, feed_url: str) -> list[tuple[str, str]]:
    parsed = parse_feed_document(body, feed_url, content_type=CONTENT_TYPE)
    return [(entry.url, entry.guid) for entry in parsed.entries]


def test_relative_links_and_permalink_guids_resolve_against_the_feed_address() -> None:
    assert links(RSS_RELATIVE, "https://paper.example/feeds/world.xml") == [
        ("https://paper.example/news/1.html", "https://paper.example/news/1.html"),
        ("https://paper.example/feeds/2.html", "story-2"),  # not a permalink: kept as written
    ]


def test_xml_base_on_the_feed_and_on_an_entry_nest_and_a_script_base_is_refused() -> None:
    assert links(ATOM_NESTED_BASES, "https://paper.example/atom.xml") == [
        # feedparser reads an Atom id as a permalink, so a relative one is resolved too
        ("http://mirror.example/base/sub/page.html", "http://mirror.example/base/sub/nested-1"),
        # the entry before it kept its base to itself
        ("http://mirror.example/base/other.html", "http://mirror.example/base/plain-2"),
        # javascript: is no base: the feed's stays
        ("http://mirror.example/base/safe.html", "http://mirror.example/base/js-3"),
    ]


def test_the_same_document_at_two_addresses_resolves_against_each() -> None:
    """A remembered join must not carry one feed's base into the next feed parsed."""
    first = links(RSS_RELATIVE, "https://one.example/rss")
    second = links(RSS_RELATIVE, "http://two.example/a/b/rss")
    assert first[0][0] == "https://one.example/news/1.html"
    assert second == [("http://two.example/news/1.html", "http://two.example/news/1.html"),
                      ("http://two.example/a/b/2.html", "story-2")]


@pytest.mark.parametrize("body", [RSS_RELATIVE, ATOM_NESTED_BASES], ids=["rss", "atom"])
def test_answers_equal_feedparsers_own_unremembered_joins(body: bytes, monkeypatch: pytest.MonkeyPatch) -> None:
    links(body, "https://warm.example/x")  # installs the remembering join
    remembered = feedparser.mixin.make_safe_absolute_uri
    assert hasattr(remembered, "remembered"), "the base joins are not remembered: the parse is 14% slower"
    with_cache = [links(body, url) for url in ("https://paper.example/f.xml", "http://two.example/a/")]
    monkeypatch.setattr(feedparser.mixin, "make_safe_absolute_uri", remembered.__wrapped__)
    without = [links(body, url) for url in ("https://paper.example/f.xml", "http://two.example/a/")]
    assert with_cache == without


def test_a_long_hostile_base_is_joined_but_not_remembered(monkeypatch: pytest.MonkeyPatch) -> None:
    """A feed's megabyte xml:base joined to many children would keep a copy per join in
    the cache: bases past a couple of KB are joined afresh each time."""
    links(RSS_RELATIVE, "https://warm.example/x")
    cache = feedparser.mixin.make_safe_absolute_uri.remembered
    long_base = "http://long.example/" + "a" * 5000 + "/"
    children = "".join(f'<item xml:base="d{n}/"><title>T{n}</title><link>p.html</link></item>' for n in range(50))
    body = (f'<?xml version="1.0"?><rss version="2.0"><channel xml:base="{long_base}"><title>t</title>'
            f"{children}</channel></rss>").encode()
    cache.cache_clear()
    found = links(body, "https://paper.example/f.xml")
    # Without the length check each item's own base (and its children's) was stored: 50 and more.
    assert cache.cache_info().currsize < 10
    assert len(found) == 50  # (links past MAX_LINK_CHARS are kept as the items' identity only)
    monkeypatch.setattr(feedparser.mixin, "make_safe_absolute_uri", feedparser.mixin.make_safe_absolute_uri.__wrapped__)
    assert found == links(body, "https://paper.example/f.xml")
