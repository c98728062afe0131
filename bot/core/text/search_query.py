"""A search query as people type it into a search box: words, runs of words in quotes
to find as a phrase ("Leopard 2", “Leopard 2”, « Leopard 2 »), a word or phrase after a
minus to leave out (-NASAMS, -"Leopard 1"), and OR between two to take either
(Leopard OR Abrams). Every other word is required.

The store turns it into an FTS5 query (`fts5_match`) from words only: every word is
letters and digits, so nothing a user types (an unbalanced quote, NEAR(...), a column
filter, '*', '^', AND/OR/NOT) can be read as FTS5 syntax. The pledge filters of /pledges
and the web tracker's q read quotes with the same `quoted_pieces`."""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.core.text import one_line
from bot.core.text.lookalike_letters import latin_lookalikes_folded

# Straight, curly and low quotes and guillemets open or close a phrase alike: phones
# replace '"' with curly quotes, French keyboards type « ».
_QUOTES = re.compile(r"[\"“”„‟«»]")
_WORD = re.compile(r"[^\W_]+")
# A minus, a hyphen or a dash before a word or an opening quote leaves it out, as in a
# web search box; phones turn "-" into "–" or "—".
_MINUSES = "-‐‑–—−"
# OR as search boxes take it, in capitals (a lower-case "or" is a word to find), also in
# the replies' other languages.
_OR_WORDS = {"OR", "OU", "ODER"}
MAX_WORDS = 20  # a whole pasted article is not a query
MAX_QUERY_CHARS = 200


@dataclass(frozen=True)
class SearchPart:
    text: str  # as typed, spaces collapsed, without its minus: shown back to the user
    phrase: bool
    excluded: bool = False  # -word: articles holding it are left out
    either: bool = False  # OR: this part or the one before it

    @property
    def words(self) -> tuple[str, ...]:
        return tuple(_WORD.findall(self.text))


def quoted_pieces(text: str) -> list[tuple[str, bool]]:
    """`text` cut into (piece, quoted): the runs between two quotes, and what lies
    between them. A quote left open opens nothing: it is dropped and what follows it is
    read as unquoted (a lone '"' searched, or filtered, for nothing at all)."""
    pieces = _QUOTES.split(text)
    if len(pieces) % 2 == 0:  # an odd number of quotes: the last one opens nothing
        pieces[-2:] = [pieces[-2] + " " + pieces[-1]]
    return [(piece, bool(index % 2)) for index, piece in enumerate(pieces)]


def bounded_query(typed: str) -> tuple[str, bool]:
    """The query searched for `typed`: its first MAX_QUERY_CHARS characters, cut at a blank
    where there is one (a word cut in two was searched as a word nobody wrote), and whether
    any of `typed` is left out, by that cut or past the first MAX_WORDS words (search_parts),
    which the reply says: 10 KB pasted were answered "Nothing found for" their first 200
    characters, as if they had been searched."""
    query = typed
    if len(typed) > MAX_QUERY_CHARS:
        query = typed[:MAX_QUERY_CHARS]
        if not typed[MAX_QUERY_CHARS].isspace() and any(c.isspace() for c in query):
            query = query[:max(i for i, c in enumerate(query) if c.isspace())]
        query = query.rstrip()
    words = sum(len(part.words) for part in _parts(query))
    return query, query != typed or words > MAX_WORDS


def search_parts(query: str) -> list[SearchPart]:
    """The phrases and single words of `query`, in order, each marked excluded (after a
    minus) or joined to the one before (after OR). Parts without a letter or digit are
    left out; an OR with nothing to join is read as nothing. A Latin word typed with a
    lookalike Cyrillic or Greek letter ("Lеopard") is searched in Latin letters, as the
    stored text holds it (bot.core.text.lookalike_letters). The first MAX_WORDS words."""
    return _capped(_parts(query))


def _parts(query: str) -> list[SearchPart]:
    query = latin_lookalikes_folded(query)
    parts: list[SearchPart] = []
    minus_before_quote = join_next = False
    for piece, quoted in quoted_pieces(query):
        if quoted:
            parts.append(SearchPart(one_line(piece), phrase=True, excluded=minus_before_quote, either=join_next))
            join_next = False
            continue
        tokens = piece.split()
        # '-"Leopard 1"': the minus stands right before the quote, with no blank between.
        minus_before_quote = bool(tokens) and piece[-1:] in _MINUSES and tokens[-1].strip(_MINUSES) == ""
        if minus_before_quote:
            tokens.pop()
        for token in tokens:
            if token in _OR_WORDS:
                join_next = bool(parts)
                continue
            excluded = token[0] in _MINUSES and len(token) > 1
            parts.append(SearchPart(token.lstrip(_MINUSES) if excluded else token, phrase=False,
                                    excluded=excluded, either=join_next))
            join_next = False
    return _joined_sensibly([part for part in parts if part.words])


def _joined_sensibly(parts: list[SearchPart]) -> list[SearchPart]:
    """OR joins two wanted parts: one beside a left-out part, or first, joins nothing."""
    fixed = []
    for index, part in enumerate(parts):
        if part.either and (index == 0 or part.excluded or parts[index - 1].excluded):
            part = SearchPart(part.text, part.phrase, part.excluded, either=False)
        fixed.append(part)
    return fixed


def _capped(parts: list[SearchPart]) -> list[SearchPart]:
    kept, words = [], 0
    for part in parts:
        words += len(part.words)
        if words > MAX_WORDS:
            break
        kept.append(part)
    return kept


def wanted(parts: list[SearchPart]) -> list[SearchPart]:
    """The parts an article must hold (not those to leave out): a query of exclusions
    alone finds nothing to start from."""
    return [part for part in parts if not part.excluded]


def _term(part: SearchPart) -> str:
    # A phrase as one quoted string of its words (FTS5 finds them side by side), each word
    # quoted alone ("IRIS-T" typed bare is two words, both required, as before): quoting
    # words of letters and digits only keeps what a user types from being syntax.
    if part.phrase:
        return '"' + " ".join(part.words) + '"'
    return " AND ".join(f'"{word}"' for word in part.words)


def fts5_match(parts: list[SearchPart]) -> str:
    """The FTS5 query: the wanted parts all required, those joined by OR as one choice,
    then NOT the parts to leave out. Brackets everywhere, so FTS5's own precedence (NOT
    before AND before OR) never regroups what the user wrote."""
    groups: list[list[str]] = []
    for part in wanted(parts):
        if part.either and groups:
            groups[-1].append(_term(part))
        else:
            groups.append([_term(part)])
    required = " AND ".join("(" + " OR ".join(f"({term})" for term in group) + ")" for group in groups)
    left_out = [f"({_term(part)})" for part in parts if part.excluded]
    if not left_out:
        return required
    return f"({required}) NOT ({' OR '.join(left_out)})"


def shown(parts: list[SearchPart], lang: str) -> str:
    """The query as the reply repeats it: phrases in the language's quotes, a part left
    out after its minus, OR where it joins two."""
    open_, close = {"fr": ("« ", " »"), "de": ("„", "“")}.get(lang, ("“", "”"))
    or_word = {"fr": "OU", "de": "ODER"}.get(lang, "OR")
    words = []
    for part in parts:
        text = f"{open_}{part.text}{close}" if part.phrase else part.text
        if part.either:
            words.append(or_word)
        words.append(("-" if part.excluded else "") + text)
    return " ".join(words)
