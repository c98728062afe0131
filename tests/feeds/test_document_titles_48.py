"""Stop 48: the pure parts of knowing a title-only item under a rotating id by the feed's previous
document (bot/core/feeds/republished.py): which items are the previous document's again by their
titles, how the titles are kept with the feed, and what counts as title-only. The titles are
written here."""

from __future__ import annotations

from datetime import UTC, datetime

from bot.core.feeds.republished import (
    entry_content_key,
    join_titles,
    previous_document_items,
    split_titles,
    title_form,
    title_only,
)
from bot.core.models import Entry

A, B, C, D = (title_form(t) for t in ("Morning update", "Port schedule", "Committee agenda", "Coast warning"))


def _entry(title: str, summary: str = "", content: str = "") -> Entry:
    return Entry(feed_url="https://desk.example/rss", guid="g", url="https://desk.example/1", title=title,
                 summary=summary, content=content, published=datetime(2026, 12, 6, tzinfo=UTC))


def test_the_same_titles_again_are_the_previous_items():
    assert previous_document_items([A, B, C], [A, B, C]) == {0, 1, 2}


def test_a_new_item_on_top_is_not_one_of_them():
    assert previous_document_items([A, B, C], [D, A, B, C]) == {1, 2, 3}


def test_a_second_item_under_a_known_title_is_new_and_counted_from_the_end():
    # The previous document had one item titled A; the new one joins at the top.
    assert previous_document_items([A, B, C], [A, A, B, C]) == {1, 2, 3}


def test_too_few_titles_found_again_say_nothing():
    assert previous_document_items([A], [A]) == set()  # one item: a replaced briefing looks the same
    assert previous_document_items([A, B], [A, B, C, D]) == set()  # half, not most
    assert previous_document_items([], [A, B]) == set()


def test_the_titles_kept_with_the_feed_read_back_alike():
    forms = [A, B, -1, -(1 << 63), (1 << 63) - 1]
    assert split_titles(join_titles(forms)) == forms
    assert split_titles(None) == split_titles("") == split_titles("not hex digits!") == []


def test_a_title_is_known_whatever_its_case_spacing_and_addresses():
    assert title_form("  Morning   UPDATE https://desk.example/x?s=1") == A


def test_title_only_is_what_has_no_words_key():
    for entry in (_entry("Morning update"), _entry("Morning update", " \n "),
                  _entry("Morning update", "https://desk.example/1?s=4"),
                  _entry("Morning update", "", "www.desk.example/1"),
                  _entry("Morning update", "Troops reached the port.", "http://x.example"),
                  _entry("Morning update", "Wait at HTTPS://desk.example")):
        assert title_only(entry) == (entry_content_key(entry) is None), entry
