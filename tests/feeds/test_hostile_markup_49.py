"""Stop 49, hostile: markup that never closes. Python's HTML parser, which turns a feed item's
description into text (bot/core/text/html_text.py), searched the rest of the text for the end of
each "<" it could not close, one after another: a description of 16,000 `<a b='` (96 KB, under
the per-item text cap) cost ~35 s of CPU, 16,000 unclosed `<!--` ~3.9 s, at every change of the
feed. Now a "<" after the text's last ">" is text at once (it can start no tag), and the text
read is the same as before. The strings are made up here."""

from __future__ import annotations

from datetime import datetime, timezone
from html.parser import HTMLParser

import pytest

from bot.adapters.feed_parse import parse_feed_document
from bot.core.text.html_text import _TextCollector, collapse_whitespace, html_to_text
from tests.support.servers import rss
from tests.support.work_count import HTML_READERS, characters_read

UNCLOSED = ["<a b='", '<a b="x', "<!--", "<![CDATA[", "<a", "<?"]


def _as_the_parser_read_it(html: str) -> str:
    collector = _TextCollector()
    HTMLParser.feed(collector, html)
    collector.close()
    return collapse_whitespace("".join(collector.parts))


@pytest.mark.parametrize("unit", UNCLOSED)
def test_unclosed_markup_reads_as_the_parser_read_it(unit):
    for html in (unit * 40, f"<p>Kept</p> {unit * 40}", f"a {unit} b <b>c</b> {unit}{unit}", f"{unit * 5}>"):
        assert html_to_text(html) == _as_the_parser_read_it(html), html


def test_a_description_of_unclosed_markup_costs_no_more_than_its_length():
    descriptions = [unit * (96_000 // len(unit)) for unit in UNCLOSED]
    items = [{"title": f"Item {n}", "guid": f"i-{n}", "link": f"https://x.example/{n}", "description": text,
              "pubDate": datetime(2026, 12, 6, tzinfo=timezone.utc)} for n, text in enumerate(descriptions)]
    parsed = []
    read = characters_read(lambda: parsed.append(parse_feed_document(rss(items), "https://x.example/feed")),
                           *HTML_READERS)
    assert len(parsed[0].entries) == len(UNCLOSED)
    assert parsed[0].entries[0].summary.startswith("<a b='<a b='")
    # (counted where 4 s of CPU were allowed: 6.2 s before, at load ~20)
    assert read <= sum(map(len, descriptions)), f"{read} characters read for {len(UNCLOSED)} items"


@pytest.mark.parametrize("unit", ["<a b='", "<!--"])
def test_unclosed_markup_is_read_in_time_linear_in_its_length(unit):
    html = unit * 16_000
    read = characters_read(lambda: html_to_text(html), *HTML_READERS)
    assert read <= len(html), f"{read} characters read for {len(html)} (35 s and 3.9 s of CPU before)"
