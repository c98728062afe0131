"""The rules' words of a text with their offsets, without a regular expression per word.

The rules read a text as runs of letters and runs of digits (bot.core.text.WORD_PIECE).
Splitting with that pattern cost ~650,000 instructions an item of the poll bench's first
cycle (~1,400 characters, ~230 words), a quarter of the analysis of an item no rule finds
relevant: `re` frees and allocates its stack for every match (~230 a text) and asks the
Unicode tables about every character. Most news is written in Latin-1's letters, with a
few typographic marks beyond it (’ – — € “ ”), so for such a text:

- the text is encoded as Latin-1, any character beyond it that is no letter or digit
  (a run of them at a time, see `_gaps_as_spaces`) written as a space, so that offsets
  stay those of the text; a letter or digit beyond Latin-1 (Cyrillic, Polish ł) leaves
  the text to the pattern;
- one bytes.translate turns every gap byte into a space, and str.split(" ") cuts the
  words out in C, with an empty string per extra gap character; their offsets are sums
  of the parts' lengths, in C as well;
- where a run of letters touches a run of digits ("155mm", "G7"), a second table's
  class string finds the few places, and those words are cut there in Python.

The tables are made from WORD_PIECE's own classes, byte by byte, and tests compare the
result with the pattern beside every character (tests/rules/test_word_split.py).
"""

from __future__ import annotations

import codecs
import re
from bisect import bisect_right
from itertools import accumulate, compress, count
from operator import add, sub

from bot.core.text import pieces_by_pattern as by_pattern

_LETTER = re.compile(r"[^\W\d_]")
_DIGIT = re.compile(r"\d")
_WORD_CHAR = re.compile(r"[^\W_]")  # a letter or a digit: any character that is no gap


def _byte_table(letter: int | None, digit: int | None, gap: int) -> bytes:
    """A bytes.translate table over Latin-1: each letter to `letter` (None: itself), each digit to
    `digit` (None: itself), everything else to `gap`."""
    out = bytearray()
    for code in range(256):
        char = chr(code)
        if _LETTER.match(char):
            out.append(code if letter is None else letter)
        elif _DIGIT.match(char):
            out.append(code if digit is None else digit)
        else:
            out.append(gap)
    return bytes(out)


_SPACE = ord(" ")
_WORDS_KEPT = _byte_table(None, None, _SPACE)  # gaps become spaces, letters and digits stay
_CLASSES = _byte_table(ord("a"), ord("0"), _SPACE)  # letters "a", digits "0", gaps " "

_ERRORS = "pledgewatch-gaps-as-spaces"


def _gaps_as_spaces(error: UnicodeError) -> tuple[str, int]:
    """Codec error handler: a run of characters beyond Latin-1 that holds no letter or digit
    (typographic quotes, dashes, the euro sign) as as many spaces; else the error stands."""
    if not isinstance(error, UnicodeEncodeError):
        raise error
    run = error.object[error.start : error.end]
    if _WORD_CHAR.search(run):
        raise error
    return " " * len(run), error.end


codecs.register_error(_ERRORS, _gaps_as_spaces)


def split_words(text: str) -> tuple[list[str], list[int], list[int]]:
    """The pieces of `text` (bot.core.text.WORD_PIECE: runs of letters, runs of digits), where
    each starts and where each ends, exactly as the pattern finds them."""
    try:
        encoded = text.encode("latin-1", _ERRORS)
    except UnicodeEncodeError:  # a letter or digit beyond Latin-1: the pattern reads it
        return by_pattern(text)
    parts = encoded.translate(_WORDS_KEPT).decode("latin-1").split(" ")
    # Part k is preceded by k spaces and the parts before it: it ends at the sum of the
    # lengths up to it, plus k.
    words = list(filter(None, parts))
    ends = list(compress(map(add, accumulate(map(len, parts)), count()), parts))
    starts = list(map(sub, ends, map(len, words)))
    classes = encoded.translate(_CLASSES)
    if b"a0" in classes or b"0a" in classes:
        places = _letters_meet_digits(classes)
        if len(places) > _MOST_CUTS:  # each cut moves the lists' tails: the pattern is linear
            return by_pattern(text)
        _cut(places, words, starts, ends)
    return words, starts, ends


def _letters_meet_digits(classes: bytes) -> list[int]:
    """The offsets, in order, where a run of letters meets a run of digits in the class string
    (a new piece starts there), found by bytes.find in C: a pattern of lookarounds was tried
    at every offset, ~650,000 instructions a text."""
    places = []
    for pair in (b"a0", b"0a"):
        at = classes.find(pair)
        while at >= 0:
            places.append(at + 1)
            at = classes.find(pair, at + 1)
    places.sort()
    return places


# Places where letters meet digits cut in Python before the pattern is quicker (a news item
# has a few: "155mm", "F16", "2nd").
_MOST_CUTS = 32


def _cut(places: list[int], words: list[str], starts: list[int], ends: list[int]) -> None:
    """Cut the words in which a run of letters meets a run of digits ("155mm", "2A6") at
    `places` (offsets where a piece starts inside a word, in order), in place; from the last
    place back, so that a word cut twice is found again."""
    for at in reversed(places):
        index = bisect_right(starts, at) - 1
        word, start = words[index], starts[index]
        words[index : index + 1] = word[: at - start], word[at - start :]
        starts.insert(index + 1, at)
        ends.insert(index, at)

