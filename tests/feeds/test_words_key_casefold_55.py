"""Issue 15, stop 55: the words key (bot/core/feeds/republished.py) casefolds an item's title and
text through bot.core.text.casefold, which reads Latin-1 text by a byte table. The keys are
stored (entries.content_key), so they must stay what str.casefold made them: compared here
beside every Latin-1 character, on generated texts, and through content_key itself."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from bot.core.feeds.republished import content_key
from bot.core.text import casefold
from tests.support.stored_words_keys import key_as_stored


def test_every_latin1_character_folds_as_str_casefold() -> None:
    for code in range(256):
        text = f"A{chr(code)}b{chr(code) * 2}\u00c9"
        assert casefold(text) == text.casefold(), hex(code)
    assert casefold("Stra\u00dfe 5 \u00b5m \u00c9LYS\u00c9E") == "strasse 5 \u03bcm \u00e9lys\u00e9e"


_PIECES = st.sampled_from(["Stra\u00dfe", "\u00b5", "\u00c9t\u00e9", "GRO\u00df", "\u2019", "\u0130", "\u03a3",
                           "Zelensky", "\u00ff", "\u00d8", " ", "\n", "\u00a0", "https://x.example/A", "\u1e9e"])


@given(st.one_of(st.lists(_PIECES, max_size=30).map("".join), st.text(max_size=40)))
def test_any_text_folds_as_str_casefold(text: str) -> None:
    assert casefold(text) == text.casefold()


@given(st.lists(_PIECES, max_size=12).map("".join), st.lists(_PIECES, max_size=30).map("".join))
def test_the_stored_keys_do_not_change(title: str, text: str) -> None:
    assert content_key(title, text) == key_as_stored(title, text)
