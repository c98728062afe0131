"""A /search query as people type it: words, and runs of words in quotes to find as a
phrase ("Leopard 2", “Leopard 2”, « Leopard 2 »).

The store turns it into an FTS5 query (`fts5_match`) from words only: every word is
letters and digits, so nothing a user types (an unbalanced quote, NEAR(...), a column
filter, '*', '^', AND/OR/NOT) can be read as FTS5 syntax."""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.core.text import one_line

# Straight, curly and low quotes and guillemets open or close a phrase alike: phones
# replace '"' with curly quotes, French keyboards type « ».
_QUOTES = re.compile(r"[\"“”„‟«»]")
_WORD = re.compile(r"[^\W_]+")
MAX_WORDS = 20  # a whole pasted article is not a query


@dataclass(frozen=True)
class SearchPart:
    text: str  # as typed, spaces collapsed: shown back to the user
    phrase: bool

    @property
    def words(self) -> tuple[str, ...]:
        return tuple(_WORD.findall(self.text))


def search_parts(query: str) -> list[SearchPart]:
    """The phrases (between two quotes) and single words of `query`, in order; a quote
    left open is dropped and what follows it read as words. Parts without a letter or
    digit are left out."""
    pieces = _QUOTES.split(query)
    if len(pieces) % 2 == 0:  # an odd number of quotes: the last one opens nothing
        pieces[-2:] = [pieces[-2] + " " + pieces[-1]]
    parts: list[SearchPart] = []
    for index, piece in enumerate(pieces):
        if index % 2:
            parts.append(SearchPart(one_line(piece), phrase=True))
        else:
            parts.extend(SearchPart(word, phrase=False) for word in piece.split())
    return _capped([part for part in parts if part.words])


def _capped(parts: list[SearchPart]) -> list[SearchPart]:
    kept, words = [], 0
    for part in parts:
        words += len(part.words)
        if words > MAX_WORDS:
            break
        kept.append(part)
    return kept


def fts5_match(parts: list[SearchPart]) -> str:
    """The FTS5 query: each phrase as one quoted string of its words (FTS5 finds them
    side by side), each other word quoted alone; all are required. Quoting words of
    letters and digits only is what keeps user input from being read as syntax."""
    terms = []
    for part in parts:
        if part.phrase:
            terms.append('"' + " ".join(part.words) + '"')
        else:
            terms.extend(f'"{word}"' for word in part.words)
    return " ".join(terms)


def shown(parts: list[SearchPart], lang: str) -> str:
    """The query as the reply repeats it: phrases in the language's quotes."""
    open_, close = {"fr": ("« ", " »"), "de": ("„", "“")}.get(lang, ("“", "”"))
    return " ".join(f"{open_}{part.text}{close}" if part.phrase else part.text for part in parts)
