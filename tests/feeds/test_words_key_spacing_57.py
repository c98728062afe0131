"""Issue 15, stop 57: the words key (bot/core/feeds/republished.py) of a single-spaced text is
made without splitting it into words and joining them again (most feed texts are single-spaced
by the parser already; the split and join were over half of a 1.3 KB item's key), and an entry
with a summary or a content only is keyed without the line break that joined the two. The keys
are stored (entries.content_key): they must stay what they were, for any text."""

from __future__ import annotations

from datetime import UTC, datetime

from hypothesis import given
from hypothesis import strategies as st

import bot.core.feeds.republished as republished
from bot.core.feeds.republished import content_key, entry_content_key
from bot.core.models import Entry
from tests.support.stored_words_keys import key_as_stored

# Every kind of blank str.split() reads (and the printable ones it does not), at either end too.
_PIECES = st.sampled_from(["Leopard", "Stra\u00dfe", "\u00c9t\u00e9", " ", "  ", "\n", "\t", "\r\n", "\u00a0",
                           "\u2009", "\u3000", "\u2028", "\x1c", "\x85", "\u200b", "\u2019", "x", "www.a.example/B",
                           "https://b.example/C d", "\u00ad", "\u0130"])
_TEXTS = st.one_of(st.lists(_PIECES, max_size=24).map("".join), st.text(max_size=60))


@given(_TEXTS, _TEXTS)
def test_the_stored_keys_do_not_change(title: str, text: str) -> None:
    assert content_key(title, text) == key_as_stored(title, text)


def _entry(title: str, summary: str, content: str) -> Entry:
    return Entry(feed_url="https://wire.example/feed", guid="g", url="https://wire.example/a", title=title,
                 summary=summary, content=content, published=datetime(2026, 12, 1, tzinfo=UTC))


@given(_TEXTS, _TEXTS, st.one_of(st.just(""), _TEXTS))
def test_an_entry_is_keyed_as_its_title_and_both_texts_joined(title: str, summary: str, content: str) -> None:
    assert entry_content_key(_entry(title, summary, content)) == \
        key_as_stored(title, "\n".join((summary, content)))


def test_a_single_spaced_text_is_not_split_into_words(monkeypatch) -> None:
    splits = []

    class Folded(str):
        def split(self, *args, **kwargs):  # noqa: D102 - counts the calls
            splits.append(self)
            return super().split(*args, **kwargs)

    monkeypatch.setattr(republished, "casefold", lambda text: Folded(text.casefold()))
    entry = _entry("Norway sends air defence", "Norway will send two more systems, its ministry said.", "")
    assert entry_content_key(entry) == key_as_stored(entry.title, entry.summary + "\n")
    assert splits == []
    # a text with other blanks still has them made single spaces
    assert content_key("A  title", "One\ttwo\nthree") == key_as_stored("A  title", "One\ttwo\nthree")
    assert len(splits) == 2
