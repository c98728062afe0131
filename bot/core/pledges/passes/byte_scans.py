"""The spans of an RE2 pattern's matches in bytes (the folded text as records.as_ascii
gives it), without the Python wrapper's work per match.

google-re2's `finditer` and `search` are Python: a generator that checks its
arguments, handles str as well as bytes and builds a match object for every match.
The extractor wants only the spans, some thirty searches and matches per relevant
article (the status patterns, the item words, the references' hints), and the
wrapper's Python added about a quarter to the automata's own time (the status patterns
and the item words alone over 300 varied texts: 96 µs a text read here, 124 through
`finditer`; docs/performance-history.md, eleventh pass). The compiled
automaton (`_regexp`) answers one search with its spans; the loop below steps from
match to match as `finditer` does (an empty match moves one byte on), so the spans
are the same (tests/pledges/test_pledges_fast.py compares both ways). A wrapper without that
automaton, or whose automaton answers a probe at import otherwise, is read through
`finditer` (tests/pledges/test_pledges_fast.py runs both ways)."""

from __future__ import annotations

import re2

_NO_MATCH_START = -1


def _unanchored():
    """The anchor to search with, when this wrapper's automaton answers as the loop below
    reads it: probed once on a pattern whose answer is known, so that another 1.x version
    (pyproject allows <2) with another signature or answer falls back to `finditer`
    instead of failing or giving other spans."""
    try:
        anchor = re2._re2.RE2.Anchor.UNANCHORED
        answer = re2.compile(b"b")._regexp.Match(anchor, b"abb", 0, 3)
        known = tuple(answer[0]) == (1, 2) and tuple(re2.compile(b"x")._regexp.Match(anchor, b"ab", 0, 2)[0])[0] == -1
    except (AttributeError, TypeError, IndexError, ValueError):
        return None
    return anchor if known else None


_UNANCHORED = _unanchored()


def _automaton(pattern: re2._Regexp):
    """The compiled RE2 object behind `pattern`, when this wrapper exposes it."""
    automaton = getattr(pattern, "_regexp", None)
    if _UNANCHORED is None or not hasattr(automaton, "Match"):
        return None  # another version of the wrapper (see _unanchored)
    return automaton


def match_spans(pattern: re2._Regexp, data: bytes) -> list[tuple[int, int]]:
    """(start, end) of every match of `pattern` in `data`, in order: what
    `[m.span() for m in pattern.finditer(data)]` gives."""
    automaton = _automaton(pattern)
    if automaton is None:
        return [match.span() for match in pattern.finditer(data)]
    spans = []
    pos, end = 0, len(data)
    while True:
        span = automaton.Match(_UNANCHORED, data, pos, end)[0]
        if span[0] == _NO_MATCH_START:
            return spans
        spans.append(span)
        if pos == end:
            return spans
        # (an empty match would be found again at the same place: one byte on)
        pos = pos + 1 if span[1] == pos else span[1]


def first_match_span(pattern: re2._Regexp, data: bytes) -> tuple[int, int] | None:
    """Where the first match of `pattern` in `data` starts and ends (None without one): what
    `pattern.search(data).span()` gives. (The rules' regexes: each runs on the folded text's
    bytes, encoded once a text, rather than through the wrapper, which encodes the text again
    and maps its offsets back to characters on every search.)"""
    automaton = _automaton(pattern)
    if automaton is None:
        found = pattern.search(data)
        return None if found is None else found.span()
    span = automaton.Match(_UNANCHORED, data, 0, len(data))[0]
    return None if span[0] == _NO_MATCH_START else span


def first_match_start(pattern: re2._Regexp, data: bytes) -> int | None:
    """Where the first match of `pattern` in `data` starts (None without one): what
    `pattern.search(data).start()` gives."""
    automaton = _automaton(pattern)
    if automaton is None:
        found = pattern.search(data)
        return None if found is None else found.start()
    start = automaton.Match(_UNANCHORED, data, 0, len(data))[0][0]
    return None if start == _NO_MATCH_START else start
