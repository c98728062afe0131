"""Stop 50, hostile: markup declarations Python's HTML parser cannot read, and ends it looks for
again and again. The strings are made up here.

- `<![` followed by no name (`<![<![ x>`, `<![ x>`) or by a name other than a marked
  section's (`<![x …>`) raised AssertionError inside the parser: the feed's whole document
  failed to parse, so one item failed its feed's poll. They are now bogus comments up to the
  next ">", as `<!x>` already was (and as a browser reads them).
- A comment or marked section opener with no end (`<!--x>`, `<![CDATA[]x>`) made the parser
  search the rest of the text for its end once per opener: 16,000 `<!--x>` (96 KB) cost 3.7 s
  of CPU (load ~10), 300,000 characters of it ~36 s. Each end is now searched for once.
"""

from __future__ import annotations

import _markupbase
import asyncio
import random
from datetime import timedelta

import pytest

from bot.core.text.html_text import _TextCollector, _unclosed_markup_as_text, collapse_whitespace, html_to_text
from tests.support.servers import rss
from tests.support.work_count import HTML_READERS, characters_read

BAD_DECLARATIONS = ["<![<![ x>", "<![ x>", "<![x y>", "<![1]>", "<![doctype z>", "<![ifx>", "<![>", "<![]]>"]


@pytest.mark.parametrize("declaration", BAD_DECLARATIONS)
def test_a_marked_section_the_parser_cannot_name_is_a_comment_and_the_text_around_it_stays(declaration):
    assert html_to_text(f"<p>Germany pledges</p> {declaration} more tanks") == "Germany pledges\n\nmore tanks"


def test_a_bad_declaration_in_one_item_no_longer_fails_its_feeds_poll(harness, clock, feed_server):
    published = clock.now() - timedelta(hours=1)
    items = [{"title": "Plain item", "link": "https://x.example/1", "guid": "1", "pubDate": published,
              "description": "Nothing special"},
             {"title": "Hostile item", "link": "https://x.example/2", "guid": "2", "pubDate": published,
              "description": "<p>Germany pledges</p> <![<![ x> more tanks"}]
    feed_server.set_feed("/feed.xml", rss(items))
    (result,) = asyncio.run(harness.poll(harness.feed("/feed.xml", "Feed")))
    assert result.error is None and result.new_entries == 2, (result.error, result.new_entries)
    stored = {row["title"]: row["summary"] for row in harness.store.db.query("SELECT title, summary FROM entries")}
    assert stored["Hostile item"] == "Germany pledges\n\nmore tanks"


class _AsTheParserReadsIt(_TextCollector):
    """The collector with the parser's own comment and marked-section reading."""

    parse_comment = _markupbase.ParserBase.parse_comment
    parse_marked_section = _markupbase.ParserBase.parse_marked_section


def _as_the_parser_reads_it(html: str) -> str:
    collector = _AsTheParserReadsIt()
    collector.feed(_unclosed_markup_as_text(html))
    collector.close()
    return collapse_whitespace("".join(collector.parts))


PIECES = ["<", "!", "[", "]", "-", ">", "'", '"', "<![CDATA[", "<!--", "-->", "--!>", "]]>", "] ]>", "<![", "x",
          " ", "\n", "if", "endif", "<![if", "<![endif]>", "cdata", "doctype", "<!DOCTYPE", "<a", "</", "<p>", "</p>",
          "?", "<?", "=", "&amp;", "&", "/", "<script>", "</script>", "<br/>", "é"]


def test_random_markup_never_raises_and_reads_as_the_parser_reads_what_it_can():
    """The stop's fuzzing (300,000 strings, none raised, none read differently) in small."""
    rng = random.Random(52)
    raised_before = 0
    for _ in range(20_000):
        html = "".join(rng.choice(PIECES) for _ in range(rng.randint(1, 12)))
        text = html_to_text(html)
        try:
            before = _as_the_parser_reads_it(html)
        except AssertionError:
            raised_before += 1
            continue
        assert text == before, html
    assert raised_before > 100  # the pieces do reach what raised


@pytest.mark.parametrize("unit", ["<!--x>", "<![CDATA[]x>", "<![if ]x>"])
def test_openers_without_an_end_cost_time_linear_in_their_length(unit):
    """300,000 characters: the source of text the feed reader converts is capped at 800,000."""
    html = unit * (300_000 // len(unit))
    text = []
    read = characters_read(lambda: text.append(html_to_text(html)), *HTML_READERS)
    assert text[0].startswith(unit[:4])  # read as text, as before
    # (the parser searched the rest of the text from each opener: 96,000 characters of each cost
    # 3.7, 1.1, 1.6 s of CPU before; remembered, the ends cost one pass)
    assert read <= 2 * len(html), f"{read} characters read for {len(html)}"


# A link whose address outruns the part of an item read for its text (8 characters of source
# for each of the 100,000 kept): the cut fell inside the tag, and the tag was written out as
# text, 100,000 characters of address, the link's words and all after them lost.
HUGE_ADDRESS = "https://x.example/" + "a" * 3_000_000


@pytest.mark.parametrize("markup", [f'<a href="{HUGE_ADDRESS}">Germany pledges tanks</a>',
                                    f"<a href={HUGE_ADDRESS} title='x'>Germany pledges tanks</a>",
                                    f'<a data-x="{HUGE_ADDRESS}">Germany pledges tanks</a>'])
def test_a_link_with_a_huge_attribute_is_stored_as_its_words(harness, clock, feed_server, markup):
    description = f"<p>Berlin, Monday.</p> {markup} to Kyiv."
    feed_server.set_feed("/feed.xml", rss([{"title": "Huge link", "link": "https://x.example/1", "guid": "1",
                                            "pubDate": clock.now() - timedelta(hours=1),
                                            "description": description}]))
    (result,) = asyncio.run(harness.poll(harness.feed("/feed.xml", "Feed")))
    assert result.error is None and result.new_entries == 1, result.error
    (summary,) = [row["summary"] for row in harness.store.db.query("SELECT summary FROM entries")]
    assert summary == "Berlin, Monday.\n\nGermany pledges tanks to Kyiv."


@pytest.mark.parametrize("filler", [f"<script>{'x' * 3_000_000}</script>", f"<!--{'x' * 3_000_000}-->",
                                    f"<![CDATA[{'x' * 3_000_000}]]>"])
def test_text_after_huge_markup_that_is_no_text_is_read(filler):
    assert html_to_text(f"<p>Berlin.</p>{filler} Germany pledges tanks.", 800_000) == "Berlin.\n\nGermany pledges tanks."


def test_markup_the_reading_stops_in_is_left_out_not_written_as_text():
    words = "word " * 20_000  # 100,000 characters
    html = f"<p>{words}</p><a href='https://x.example/1'>link</a>"
    cut = len(html) - 20  # inside the <a> tag
    assert html_to_text(html, cut) == words.strip()


def test_items_of_huge_links_cost_time_linear_in_their_length():
    """Each tag's end is found by giving the parser as much again as it holds, not a
    stretch at a time: eight links of 1 MB addresses, 8 MB, read whole."""
    link = f'<a href="https://x.example/{"a" * 1_000_000}">Germany pledges tanks</a> to Kyiv. '
    text = []
    read = characters_read(lambda: text.append(html_to_text(link * 8, 800_000)), *HTML_READERS)
    assert text == [" ".join(["Germany pledges tanks to Kyiv."] * 8)]
    # (each tag read again from its start at each feed: as much again each time is twice its length)
    assert read <= 3 * len(link * 8), f"{read} characters read for {len(link * 8)}"
