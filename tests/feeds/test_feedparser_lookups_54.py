"""Stop 54: feed_parse answers FeedParserDict's plain look-ups and copies of text parameters
without going through its renaming __getitem__ (bot/adapters/feed_parse._plain_dict_lookups).

The answers must stay feedparser's own: every key, present or missing, renamed or answered
specially, gives what FeedParserDict.get gave; a copy is what copy.deepcopy made of it (the
same class, items and order, a new object, nested values copied too); and every document of
feedparser's own test corpus parses to the same result with the look-ups installed as
without them.
"""

from __future__ import annotations

import copy
import warnings

import feedparser
import feedparser.util
import pytest

from bot.adapters.feed_parse import _plain_dict_lookups, parse_feed_document
from tests.support.feed_corpus import corpus_dir
from tests.support.feedparser_results import plain_result

FPD = feedparser.util.FeedParserDict
CONTENT_TYPE = "application/rss+xml; charset=utf-8"
ONE_ITEM = (b'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>t</title>'
            b"<item><title>Aide</title><link>https://news.example/1</link><description>d</description></item>"
            b"</channel></rss>")


@pytest.fixture
def feedparser_as_shipped(monkeypatch: pytest.MonkeyPatch):
    """FeedParserDict without the look-ups installed, restored afterwards; yields a function
    that installs them."""
    _plain_dict_lookups()  # installed (as by any parse before), so that its original can be put back
    monkeypatch.setattr(FPD, "get", FPD.get.__wrapped__)
    monkeypatch.delattr(FPD, "__deepcopy__")
    return _plain_dict_lookups


def test_a_parse_installs_the_plain_look_ups_on_feedparsers_dicts():
    parse_feed_document(ONE_ITEM, "https://news.example/feed", content_type=CONTENT_TYPE)
    assert getattr(FPD.get, "plain", False)
    assert "__deepcopy__" in FPD.__dict__


def samples() -> list[FPD]:
    links = [FPD(rel="enclosure", href="https://news.example/a.mp3"), FPD(rel="license", href="https://cc.example/")]
    return [
        FPD(),
        FPD(type="text/html", language=None, base="https://news.example/", value="x"),
        FPD(tags=[FPD(term="aid")], links=links, published="2026-12-05", published_parsed=(2026, 12, 5),
            summary="s", subtitle="t", id="g", href="https://news.example/1", entries=[], feed=FPD()),
        FPD(updated="u", updated_parsed=(1,), rights="r", tags=[]),
    ]


KEYS = ["type", "language", "value", "base", "missing", "category", "enclosures", "license", "updated",
        "updated_parsed", "published", *FPD.keymap, 7, ("a",)]


def test_every_key_is_answered_as_feedparser_answers_it(feedparser_as_shipped):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # updated -> published, as feedparser warns
        before = [[_answer(sample, key) for key in KEYS] for sample in samples()]
        feedparser_as_shipped()
        after = [[_answer(sample, key) for key in KEYS] for sample in samples()]
    assert after == before


def _answer(sample: FPD, key: object) -> object:
    try:
        return sample.get(key, "default")
    except Exception as exc:  # noqa: BLE001 - the same error either way is the same answer
        return type(exc)


def test_a_copy_is_what_deepcopy_made_of_it(feedparser_as_shipped):
    with_attribute = FPD(type="text/plain")
    with_attribute.note = "kept"
    originals = [*samples(), with_attribute, FPD({"type": "text/html", 3: "x"}), FPD(value=["a", FPD(b="c")])]
    before = [_copied(original) for original in originals]
    feedparser_as_shipped()
    after = [_copied(original) for original in originals]
    assert after == before


def _copied(original: FPD) -> tuple:
    made = copy.deepcopy(original)
    assert made is not original
    nested = [value for value in dict.values(original) if isinstance(value, (list, dict))]
    assert all(copied is not value for copied, value in zip(_nested(made), nested))
    return type(made), list(dict.items(made)), vars(made)


def _nested(made: FPD) -> list:
    return [value for value in dict.values(made) if isinstance(value, (list, dict))]


def test_feedparsers_own_corpus_parses_alike_with_the_look_ups_installed(feedparser_as_shipped):
    root = corpus_dir()
    if isinstance(root, str):
        pytest.skip(root)
    documents = [path.read_bytes() for path in sorted(root.rglob("*.xml"))]
    assert len(documents) > 2000
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        before = [_result(document) for document in documents]
        feedparser_as_shipped()
        after = [_result(document) for document in documents]
    assert sum(1 for a, b in zip(before, after) if a != b) == 0


def _result(document: bytes) -> object:
    """feedparser's result as pledgewatch asks for it, every dict read by dict's own methods
    (the result's exceptions by their repr: two raised alike are not equal objects)."""
    return plain_result(feedparser.parse(document, sanitize_html=False, resolve_relative_uris=False))

