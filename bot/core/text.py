"""Text normalisation shared by the rules, the story matcher and the pledge extractor.

Everything that compares words goes through `fold`, so `Défense`, `defense` and
`DÉFENSE` are one word, and through `tokenize`, which keeps each word's position in
the original text (to show which words fired) and its sentence number (for NEAR/n).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# Letters that NFKD does not decompose but that readers treat as plain letters.
_LIGATURES = str.maketrans({"œ": "oe", "Œ": "oe", "æ": "ae", "Æ": "ae", "ø": "o", "Ø": "o", "ł": "l", "Ł": "l"})

# A word is a run of letters or digits. Apostrophes and hyphens split words
# (l'Ukraine -> l, ukraine; F-16 -> f, 16); phrases rejoin them.
_WORD = re.compile(r"[^\W_]+", re.UNICODE)

# A sentence ends at . ! ? or a line break followed by space; "2.5" and "U.S." stay whole
# because the dot is not followed by whitespace.
_SENTENCE_END = re.compile(r"(?:[.!?;:]+[\"'»”)]*\s+|\n\s*)")


def fold(text: str) -> str:
    """Lower-case, accent-free form of `text` used for every comparison."""
    text = text.translate(_LIGATURES)
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return stripped.casefold()


@dataclass(frozen=True, slots=True)
class Token:
    """One word: its folded form, where it sits in the original text, and its sentence."""

    word: str
    start: int
    end: int
    index: int
    sentence: int


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) character spans of the sentences of `text`."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        end = match.start() + len(match.group(0).rstrip())
        if text[start:end].strip():
            spans.append((start, end))
        start = match.end()
    if text[start:].strip():
        spans.append((start, len(text)))
    return spans


def sentences(text: str) -> list[str]:
    """The sentences of `text`, stripped."""
    return [text[s:e].strip() for s, e in sentence_spans(text)]


def tokenize(text: str) -> list[Token]:
    """Words of `text` in order, folded, with offsets into `text` and sentence numbers."""
    bounds = [end for _, end in sentence_spans(text)]
    tokens: list[Token] = []
    sentence = 0
    for index, match in enumerate(_WORD.finditer(text)):
        while sentence < len(bounds) - 1 and match.start() >= bounds[sentence]:
            sentence += 1
        tokens.append(Token(fold(match.group(0)), match.start(), match.end(), index, sentence))
    return tokens


def words(text: str) -> list[str]:
    """Just the folded words of `text`."""
    return [fold(m.group(0)) for m in _WORD.finditer(text)]
