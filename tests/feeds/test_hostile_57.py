"""Stop 57's round of hostile feeds, on a real loopback HTTP server and a real SQLite store.
The items are written for these tests.

- "Zalgo" text: a title of one word and a hundred thousand combining accents was stored (cut
  to the title's 1,000 characters) and shown as one letter under a stack of 993 accents, which
  every chat and the web pages drew as a smear over the lines around it. A letter keeps
  MAX_STACKED_MARKS marks now (no writing stacks more), and the rest of the item as it was
  (bot/core/text/safe_text.py).
"""

from __future__ import annotations

import asyncio
import unicodedata

import pytest

from bot.core.text.safe_text import MAX_STACKED_MARKS, clean_text, clean_typed
from tests.support.servers import rss

ACUTE, GRAVE, MACRON = "\u0301", "\u0300", "\u0304"


def test_a_stack_of_combining_marks_keeps_its_first_ones_and_every_letter():
    assert clean_text("Leopard" + ACUTE * 100_000 + " tanks") == "Leopard" + ACUTE * MAX_STACKED_MARKS + " tanks"
    # one stack per letter, each cut alone; symbols' marks and the extended blocks too
    assert clean_text("a" + GRAVE * 9 + "b" + "\u20dd" * 7 + "c" + "\u1dc4" * 6) == (
        "a" + GRAVE * 4 + "b" + "\u20dd" * 4 + "c" + "\u1dc4" * 4)
    # an invisible character between two stacks hid nothing: they are one once it is gone
    assert clean_text("e" + ACUTE * 3 + "\u200b" + ACUTE * 3) == "e" + ACUTE * 4
    assert clean_typed("/search a" + MACRON * 50) == "/search \u0101" + MACRON * 3  # composed (NFC): ā and three


@pytest.mark.parametrize("text", [
    unicodedata.normalize("NFD", "ᾆ ἄν ệ Ảnh déjà ǘ"),  # polytonic Greek and Vietnamese, decomposed: three at most
    "Zeitenwende, défense aérienne, Ми́ротворець",
    "e" + ACUTE + GRAVE + MACRON + "\u0308",  # four: the most a letter keeps
])
def test_real_writing_is_left_as_it_is(text):
    assert clean_text(text) == text


def _item(number: int, title: str) -> dict:
    return {"title": title, "guid": f"z-{number}", "link": f"https://wire.example/z-{number}",
            "pubDate": "Tue, 14 Feb 2023 11:00:00 GMT",
            "description": "Germany will send ten more Leopard 2 tanks to Ukraine, the defence ministry said."}


def test_a_zalgo_title_is_stored_as_its_letters_and_the_item_read_as_any_other(harness, feed_server):
    # Before: "...Leopard" and 974 accents (the title's 1,000 characters), " tanks to Ukraine" cut off.
    # A title of 100,000 is read from its first 8,000 characters as any other long title
    # (feed_parse._SOURCE_CHARS_PER_TEXT_CHAR): its letters there are kept, the accents not.
    titles = ["Germany sends more Leopard" + ACUTE * 3_000 + " tanks to Ukraine",
              "Germany sends more Leopard" + ACUTE * 100_000 + " tanks to Ukraine"]
    feed_server.set_feed("/wire.xml", rss([_item(n, title) for n, title in enumerate(titles)]))
    feed = harness.feed("/wire.xml", "Wire")
    (result,) = asyncio.run(harness.poll(feed))
    assert result.ok, result.error
    rows = {row["guid"]: row for row in harness.store.db.query("SELECT guid, title, relevant FROM entries")}
    assert rows["z-0"]["title"] == "Germany sends more Leopard" + ACUTE * MAX_STACKED_MARKS + " tanks to Ukraine"
    assert rows["z-1"]["title"] == "Germany sends more Leopard" + ACUTE * MAX_STACKED_MARKS
    assert rows["z-0"]["relevant"] == rows["z-1"]["relevant"] == 1
