"""The searches every item of a sentence repeats, done once for the sentence.

For each thing a sentence names, its readers ask whether a pattern occurs before the thing or
after it, and where the thing's clause begins and ends. Asked afresh for every thing, each
question rescans the sentence, so a sentence listing thousands of things (a feed's text with no
full stops) cost the square of its length: 4,000 things, a minute of CPU. Here a pattern is
scanned over the sentence once (the scans are kept for the sentences being read) and each
thing's answer is read from that scan.

The answers are those of the direct searches. A search that stops at a thing's start sees the
text end there, and that changes only a match that ends within a lookahead of that bound ("\\b",
"(?!...)"): the helpers below search the last `_NEAR` characters before the bound directly, so
they give the direct answer for every pattern whose matches (lookahead included) are shorter
than `_NEAR` characters: the clause marks and words the pledge readers look for are. Patterns
that may match the empty string are not for these helpers (a scan steps over an empty match).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from functools import lru_cache

# Longer than any match of the patterns read through here; the direct search of this many
# characters before a bound is what each thing still pays.
_NEAR = 300


@lru_cache(maxsize=512)
def search_in(pattern, folded: str, start: int, end: int):
    """pattern.search(folded, start, end), searched once however many things ask.

    (The text is a key: a string keeps its hash, and the same string object compares equal at
    once, so a hit costs no more for a long text than a short one.)"""
    return pattern.search(folded, start, end)


@lru_cache(maxsize=256)
def holds_any(words: tuple[str, ...], folded: str, start: int, end: int) -> bool:
    """Whether folded[start:end] holds one of `words`, looked for once however many things ask: a
    guarded pattern's words (lazy_pattern.guarded), without any of which none of its searches in a
    range of the sentence can match, so a reader may skip the work it would do for that search."""
    part = folded[max(start, 0) : max(end, 0)]
    return any(map(part.__contains__, words))


@lru_cache(maxsize=256)
def _spans(pattern, folded: str, start: int, end: int) -> tuple[list[int], list[int]]:
    """Where the matches of pattern.finditer(folded, start, end) start, and where they end."""
    starts: list[int] = []
    ends: list[int] = []
    for found in pattern.finditer(folded, start, end):
        starts.append(found.start())
        ends.append(found.end())
    return starts, ends


def search_before(pattern, folded: str, start: int, bound: int, end: int):
    """pattern.search(folded, start, bound) for a bound inside [start, end]: the first match
    from `start` that ends by `bound` (a thing's start)."""
    whole = search_in(pattern, folded, start, end)
    if whole is not None and whole.start() < bound - _NEAR:
        # (nothing matches before it, bound or no bound: the direct search finds it at once)
        return pattern.search(folded, whole.start(), bound)
    return pattern.search(folded, max(start, bound - _NEAR), bound)


def search_after(pattern, folded: str, pos: int, start: int, end: int):
    """pattern.search(folded, pos, end) for a pos inside [start, end]: the first match from
    `pos` on, read from the one scan of [start, end) (exact: no truncation is involved)."""
    starts, ends = _spans(pattern, folded, start, end)
    index = bisect_left(starts, pos)
    if index and ends[index - 1] > pos:
        # (the scan stepped over the positions inside the match before: try them)
        for inside in range(pos, ends[index - 1]):
            found = pattern.match(folded, inside, end)
            if found is not None:
                return found
    return pattern.match(folded, starts[index], end) if index < len(starts) else None


def last_end_before(pattern, folded: str, start: int, bound: int, end: int) -> int | None:
    """Where the last match of pattern.finditer(folded, start, bound) ends, None without one.

    The matches that end well before the bound are the scan of [start, end)'s; the scan is
    taken up again directly from the first place no match of it straddles near the bound."""
    starts, ends = _spans(pattern, folded, start, end)
    index = bisect_right(ends, bound - _NEAR)
    last = ends[index - 1] if index else None
    restart = max(last if last is not None else start, bound - _NEAR)
    if index < len(starts) and starts[index] < restart:
        restart = starts[index]  # (a match across the restart place is the scan's own)
    for found in pattern.finditer(folded, restart, bound):
        last = found.end()
    return last
