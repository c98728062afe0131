"""bot.core.text.word_split finds what the piece pattern finds (bot.core.text.WORD_PIECE: the
definition of a rule word), with the same offsets, beside every character, whichever way it
takes through a text (Latin-1 tables, gaps beyond Latin-1 as spaces, letters meeting digits,
or the pattern itself)."""

from __future__ import annotations

import functools

from hypothesis import given
from hypothesis import strategies as st

from bot.core.text import WORD_PIECE
from bot.core.text import word_split
from bot.core.text.word_split import split_words


def _by_pattern(text: str) -> tuple[list[str], list[int], list[int]]:
    found = list(WORD_PIECE.finditer(text))
    return [m.group() for m in found], [m.start() for m in found], [m.end() for m in found]


def _pattern_is_not_used(monkeypatch) -> None:
    def refused(text):
        raise AssertionError("the pattern was used")

    monkeypatch.setattr(word_split, "by_pattern", refused)


# Made when a test first asks, not at import: every xdist worker imports this module to
# collect it (~0.5 s of CPU for the 1.1 million characters), and one of them runs the tests.
@functools.cache
def _all() -> list[str]:
    return [chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF]


@functools.cache
def _beyond_latin1_gaps() -> list[str]:
    return [c for c in _all() if ord(c) > 0xFF and not word_split._WORD_CHAR.match(c)]


def _contexts(chars: list[str]) -> str:
    # each character alone, doubled, between letters, between digits, after a letter and
    # before a digit and the other way round, at a word's start and end
    return "|".join(f"a{c}1{c}{c}a {c}b{c}2{c}9{c}{c}z" for c in chars)


def test_every_latin1_character_in_every_context_takes_the_tables(monkeypatch) -> None:
    text = _contexts([chr(c) for c in range(256)])
    beside_letters_and_digits = "|".join(f"x{chr(c)}9" for c in range(256))  # "x19": 2 pieces, "xa9": 3
    expected = _by_pattern(text), _by_pattern(beside_letters_and_digits)
    _pattern_is_not_used(monkeypatch)
    monkeypatch.setattr(word_split, "_MOST_CUTS", 10**6)
    assert (split_words(text), split_words(beside_letters_and_digits)) == expected


def test_gaps_beyond_latin1_are_read_as_spaces_with_their_offsets(monkeypatch) -> None:
    # all of them in one run, then each alone between words (every 97th: each costs the
    # codec a call of its error handler)
    text = (f"a{''.join(_beyond_latin1_gaps())}1 " + _contexts(_beyond_latin1_gaps()[::97])
            + "l\u2019Ukraine \u20ac5 \u201cF16\u201d \u2013 155mm\u2014G7")
    expected = _by_pattern(text)
    _pattern_is_not_used(monkeypatch)
    assert split_words(text) == expected


def test_a_letter_or_digit_beyond_latin1_leaves_the_text_to_the_pattern() -> None:
    for text in ("Zełenski a1b", "\u0423\u043a\u0440\u0430\u0457\u043d\u0430 155mm", "x\u0663y", _contexts(_all()[::97])):
        assert split_words(text) == _by_pattern(text)


def test_letters_meeting_digits_are_cut_where_the_pattern_cuts(monkeypatch) -> None:
    text = "155mm F16 2A6 M109A6 a1b2c3 G7 1er 2nd x 9 \u00b2\u00b3 1\u00bd \u00e91\u00e9"
    expected = _by_pattern(text)
    _pattern_is_not_used(monkeypatch)
    assert split_words(text) == expected
    assert split_words(text)[0][:8] == ["155", "mm", "F", "16", "2", "A", "6", "M"]


def test_a_text_with_many_places_to_cut_is_left_to_the_pattern(monkeypatch) -> None:
    few = "a1" * (word_split._MOST_CUTS // 2) + "a"  # as many places as are cut in Python
    many = few + "1"
    expected = _by_pattern(few)
    monkeypatch.setattr(word_split, "by_pattern", lambda text: (_ for _ in ()).throw(AssertionError(text)))
    assert split_words(few) == expected
    monkeypatch.undo()
    assert split_words(many) == _by_pattern(many)
    monkeypatch.setattr(word_split, "_cut", lambda *args: (_ for _ in ()).throw(AssertionError("cut")))
    assert split_words(many) == _by_pattern(many)


_PIECES = st.sampled_from(
    ["Ukraine", "tanks", "155mm", "F-16", "l'Ukraine", "l\u2019Ukraine", "é", "ß", "Panzern", "1,5", "2A6", "9",
     "x", "\u00b2", "\u00bd", "\u20ac", "Zełenski", "\u0663"]
    + [" ", "  ", ". ", "\n", "\u00a0", "\u2028", "\u2014", "_", "\u201c", "\u0301", "\ud800", "\x00"]
)


@given(st.lists(_PIECES, max_size=40).map("".join))
def test_any_text_of_such_pieces_is_split_as_the_pattern_splits_it(text: str) -> None:
    assert split_words(text) == _by_pattern(text)


@given(st.text(max_size=60))
def test_any_text_is_split_as_the_pattern_splits_it(text: str) -> None:
    assert split_words(text) == _by_pattern(text)


@given(st.one_of(st.lists(_PIECES, max_size=40).map("".join), st.text(max_size=60)))
def test_the_name_lists_pieces_and_gaps_are_the_patterns(text: str) -> None:
    # bot.core.text.word_pieces (the pledge extractor's name lists) builds its pieces from
    # split_words and slices the gaps between them: [gap, piece, ..., gap] and where each ends
    from itertools import accumulate

    from bot.core.text import _PIECE_SPLIT, word_pieces

    parts = _PIECE_SPLIT.split(text)
    found = word_pieces(text)
    assert (found.parts, found.bounds) == (parts, list(accumulate(map(len, parts))))
