"""Issue 15, stop 60: feedparser maps the C1 code points (U+0080-U+009F) of every element's
text with str.translate, which reads a text that is not ASCII character by character even
when it holds none of them. bot/adapters/feed_parse.py now hands such a text from
decode_entities (the step before the mapping in feedparser's `pop`) as a _C1Checked,
mapped only when it holds one. What must not change: any parse result. Real feedparser,
its own test corpus, and documents written for the tests.
"""

from __future__ import annotations

import warnings

import feedparser
import feedparser.api
import feedparser.html
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.adapters.feed_parse import _C1Checked, _map_c1_only_where_found, parse_feed_document
from tests.support.feed_corpus import corpus_documents, results_changed_by

CONTENT_TYPE = "application/rss+xml; charset=utf-8"
EVERY_CODE_POINT = "".join(map(chr, range(0xD800))) + "".join(map(chr, range(0xE000, 0x110000)))


@pytest.fixture
def decode_as_shipped(monkeypatch: pytest.MonkeyPatch):
    """feedparser's two parsers with their own decode_entities; yields what installs the check."""
    for parser in (feedparser.api.StrictFeedParser, feedparser.api.LooseFeedParser):
        monkeypatch.delattr(parser, "decode_entities", raising=False)
    assert not hasattr(feedparser.api.StrictFeedParser.decode_entities, "c1_checked")
    return _map_c1_only_where_found


@pytest.mark.parametrize("table", [feedparser.html._cp1252, "".join(
    feedparser.html._cp1252.get(code, chr(code)) for code in range(256))], ids=["dict", "string"])
def test_a_checked_text_translates_as_a_plain_one_and_becomes_plain(table):
    for text in (EVERY_CODE_POINT, "Prix: 5\x80 \x96 déjà payés", "Lieferung für die Ukraine", "ascii only"):
        mapped = _C1Checked(text).translate(table)
        assert mapped == text.translate(table) and type(mapped) is str


def _rss(title: str, description: str) -> bytes:
    return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>t</title>'
            f"<item><title>{title}</title><link>https://news.example/1</link>"
            f"<description>{description}</description></item></channel></rss>").encode("utf-8")


_PIECES = st.sampled_from(["Aide", " ", "déjà", "für", "€", "&#128;", "&#150;", "&#x9f;", "\u2019", "&amp;",
                           "<![CDATA[x \x85 y]]>", "&lt;b&gt;", "Ü", "\u00a0", "ß", "a", "1", "\u0080"])
_TEXTS = st.lists(_PIECES, max_size=10).map("".join)


@settings(max_examples=300, deadline=None)
@given(title=_TEXTS, description=_TEXTS)
def test_an_item_parses_alike_with_the_check(title, description):
    document = _rss(title, description)
    for parser in (feedparser.api.StrictFeedParser, feedparser.api.LooseFeedParser):
        if getattr(parser.decode_entities, "c1_checked", False):
            del parser.decode_entities
    try:
        before = parse_feed_document(document, "https://news.example/feed", content_type=CONTENT_TYPE)
    except Exception as exc:  # noqa: BLE001 - the same exception must come after
        before = repr(exc)
    finally:
        _map_c1_only_where_found()
    try:
        after = parse_feed_document(document, "https://news.example/feed", content_type=CONTENT_TYPE)
    except Exception as exc:  # noqa: BLE001
        after = repr(exc)
    assert after == before
    assert getattr(feedparser.api.StrictFeedParser.decode_entities, "c1_checked", False)


def test_a_parse_installs_the_check_and_reads_c1_as_before(decode_as_shipped):
    parsed = parse_feed_document(_rss("Aide &#128; l'Ukraine", "Prix: 5&#128; &#150; d&#233;j&#224; pay&#233;s"),
                                 "https://news.example/feed", content_type=CONTENT_TYPE)
    [entry] = parsed.entries
    assert entry.title == "Aide € l'Ukraine" and type(entry.title) is str
    assert entry.summary == "Prix: 5€ – déjà payés"
    assert getattr(feedparser.api.StrictFeedParser.decode_entities, "c1_checked", False)
    assert getattr(feedparser.api.LooseFeedParser.decode_entities, "c1_checked", False)


def test_feedparsers_own_corpus_parses_alike_with_the_check(decode_as_shipped):
    documents = corpus_documents()
    assert results_changed_by(decode_as_shipped, documents) == 0
    # ... and no text of a result is left a _C1Checked (equal to its plain text, so the comparison cannot tell).
    left: list[str] = []

    def walk(value: object) -> None:
        if isinstance(value, dict):
            for item in dict.values(value):
                walk(item)
        elif isinstance(value, (list, tuple)):
            for item in value:
                walk(item)
        elif isinstance(value, _C1Checked):
            left.append(value)

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for document in documents:
            walk(feedparser.parse(document, sanitize_html=False, resolve_relative_uris=False))
    assert left == []
