"""Stop 48's two savings in a parse's text handling give the same text as before.

- bot/adapters/feed_parse.py maps feedparser's C1 controls (U+0080-U+009F, Windows-1252
  read as Latin-1) through a 256-character table instead of feedparser's dict: every code
  point must translate as feedparser's own dict translates it;
- bot/core/text/html_text.collapse_whitespace returns a text that is one line with single
  spaces as it is: every white space character, alone, doubled, at either end, must give
  what the line-by-line collapse gives (written out here as the function's docstring says).
"""

from __future__ import annotations

import feedparser.html
import feedparser.mixin
import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.adapters.feed_parse import parse_feed_document
from bot.core.text.html_text import collapse_whitespace

CONTENT_TYPE = "application/rss+xml; charset=utf-8"


def rss(title: str, description: str) -> bytes:
    return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>t</title>'
            f"<item><title>{title}</title><link>https://news.example/1</link>"
            f"<description>{description}</description></item></channel></rss>").encode("utf-8")


def test_after_a_parse_feedparser_maps_c1_controls_by_a_table_that_translates_every_code_point_alike():
    parse_feed_document(rss("t", "d"), "https://news.example/feed", content_type=CONTENT_TYPE)
    table = feedparser.mixin._cp1252
    assert isinstance(table, str) and len(table) == 256  # installed (feedparser's own is a dict)
    every = "".join(map(chr, range(0xD800))) + "".join(map(chr, range(0xE000, 0x110000)))
    assert every.translate(table) == every.translate(feedparser.html._cp1252)


def test_c1_controls_in_a_french_item_read_as_windows_1252_characters_as_feedparser_reads_them():
    # &#128; (U+0080) is how a Windows-1252 euro sign looks once read as Latin-1.
    parsed = parse_feed_document(rss("Aide &#128; l'Ukraine", "Prix: 5&#128; &#150; d&#233;j&#224; pay&#233;s"),
                                 "https://news.example/feed", content_type=CONTENT_TYPE)
    [entry] = parsed.entries
    assert entry.title == "Aide € l'Ukraine"
    assert entry.summary == "Prix: 5€ – déjà payés"


def line_by_line(text: str) -> str:
    """collapse_whitespace as its docstring says it: single spaces inside lines, at most one
    empty line in a row, nothing at either end."""
    lines = [" ".join(line.split()) for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    kept: list[str] = []
    for line in lines:
        if line or (kept and kept[-1]):
            kept.append(line)
    while kept and not kept[-1]:
        kept.pop()
    return "\n".join(kept)


SPACES = [chr(code) for code in range(0x110000) if chr(code).isspace()]


@pytest.mark.parametrize("space", SPACES, ids=[f"U+{ord(s):04X}" for s in SPACES])
def test_every_white_space_character_collapses_as_line_by_line(space):
    for text in (space, f"a{space}b", f"{space}a", f"a{space}", f"a {space} b", f"a{space}{space}b", f"déjà{space}vu"):
        assert collapse_whitespace(text) == line_by_line(text), repr(text)


@given(st.text(alphabet=st.sampled_from(["a", "é", "Ж", " ", "\n", "\r", "\t", "\u00a0", "\u2028", "\x85",
                                         "\u200b", "\ufeff", "\x1f", "."]), max_size=30))
def test_any_mix_of_letters_and_blanks_collapses_as_line_by_line(text):
    assert collapse_whitespace(text) == line_by_line(text)


def test_a_text_already_collapsed_is_given_back_as_it_is():
    text = "Le conseil municipal de Lyon s'est réuni lundi. Les trains régionaux ont eu 12 minutes de retard."
    assert collapse_whitespace(text) is text
