"""canonical_url and site_of read a plain article link (http(s), a lower-case host, a path
of plain characters, nothing else) without urlsplit (issue 15, stop 41): the answers must
be those the full reading gives, for any string. Generated strings mix the characters
that matter to urlsplit (scheme, host, port, user, query, fragment, escapes, brackets,
blanks, control and non-ASCII characters) around links that have the plain shape."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.core.feeds import urls
from bot.core.feeds.urls import canonical_url, site_of

PIECES = ["http://", "https://", "HTTP://", "ftp://", "//", "www.", "news", "example", ".", "..", "-", "/", "//",
          "a", "Z", "0", "9", ":", ":80", ":443", ":8080", "@", "user:pw@", "?", "&", "=", "utm_source=x", "#",
          "%2f", "%7E", "~", "_", "[", "]", "::1", " ", "\t", "\n", "\x00", "é", "ü", "\u00a0", ";", "+", "!"]

# Links of the plain shape, each with the answers urlsplit gives (written out by hand).
PLAIN = [
    ("https://news.example/49", "https://news.example/49", "news.example"),
    ("http://www.example.com/world/2023/02/14/nato-ammunition/", "https://www.example.com/world/2023/02/14/nato-ammunition",
     "example.com"),
    ("https://example.org", "https://example.org/", "example.org"),
    ("https://example.org/", "https://example.org/", "example.org"),
    ("https://example.org///", "https://example.org/", "example.org"),
    ("https://example.org//a//", "https://example.org//a", "example.org"),
    ("https://host.example./a", "https://host.example/a", "host.example."),
    ("  https://a-b.example/x_y.html~1 \n", "https://a-b.example/x_y.html~1", "a-b.example"),
    ("https://www./a", "https://www/a", None),
]


@pytest.mark.parametrize(("link", "canonical", "site"), PLAIN)
def test_a_plain_link_is_read_without_urlsplit_as_urlsplit_reads_it(link, canonical, site):
    assert urls._PLAIN_LINK.fullmatch(link.strip()) is not None  # the fast reading is the one used
    assert canonical_url(link) == canonical == urls._canonical_parsed(link.strip())
    assert site_of(link) == site == urls._site_parsed(link.strip())


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=12).map("".join))
def test_any_string_gets_the_answers_of_the_full_reading(link):
    assert canonical_url(link) == urls._canonical_parsed(link.strip())
    assert site_of(link) == urls._site_parsed(link.strip())


@settings(max_examples=1000, deadline=None)
@given(st.text(max_size=40))
def test_any_text_gets_the_answers_of_the_full_reading(link):
    assert canonical_url(link) == urls._canonical_parsed(link.strip())
    assert site_of(link) == urls._site_parsed(link.strip())
