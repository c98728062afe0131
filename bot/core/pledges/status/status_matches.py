"""Searching the cue kinds over a whole text at once (StatusMatches).

Each status pattern of cue_patterns.py is one RE2 automaton; an RE2 set says in one pass
which of them occur in a text at all, so the others are never run, and each that occurs
is searched once over the whole text, its matches then handed to each sentence. This
is what keeps reading a long article linear: status_cues.find_status_cues asks here for
a sentence's matches instead of searching the sentence itself.
"""

from __future__ import annotations

import bisect

import re2

from bot.core.pledges.passes.byte_scans import match_spans
from bot.core.pledges.passes.records import as_ascii
from bot.core.pledges.status.cue_patterns import STATUS_PATTERNS

# One RE2 automaton per status (cues of different statuses may overlap; the longest
# wins in find_status_cues). What needs look-behind is checked after the match:
# (RE2's default of 8 MiB per automaton is too little for the pledged pattern's DFA, which
# then falls back to the slower NFA with "DFA out of memory": the same 64 MiB as the set.)
def _status_options() -> re2.Options:
    options = re2.Options()
    options.max_mem = 64 << 20
    return options


_STATUS_RE = {
    status: re2.compile((r"\b(?:" + pattern + r")\b").encode(), _status_options())
    for status, pattern in STATUS_PATTERNS
}


def _status_set() -> re2.Set | None:
    """All status patterns in one RE2 set, which says in one pass which of them occur
    in a text, so the others are not searched. RE2 answers "none" when it runs out
    of memory instead of failing, so the set is only used once it has recognised a
    cue of every status (_STATUS_SAMPLE); otherwise None, and every pattern is run."""
    options = re2.Options()
    options.max_mem = 64 << 20
    try:
        found = re2.Set.SearchSet(options)
        for status, pattern in STATUS_PATTERNS:
            found.Add((r"\b(?:" + pattern + r")\b").encode())
        found.Compile()
    except re2.error:  # pragma: no cover - depends on the RE2 build
        return None
    for index, (status, _) in enumerate(STATUS_PATTERNS):
        sample = as_ascii(_STATUS_SAMPLE[status])
        if index not in (found.Match(sample) or ()) or _STATUS_RE[status].search(sample) is None:
            return None  # pragma: no cover - a broken set: search each pattern instead
    return found


# One cue of each status, to check the set (and the patterns) at start-up.
_STATUS_SAMPLE = {
    "refused": "berlin ruled out sending jets",
    "discussed": "paris is considering sending jets",
    "production": "a contract for shells was signed",
    "manufacture": "a new factory for shells",
    "output": "production of shells",
    "delivered": "the tanks have arrived",
    "pledged": "germany will send tanks",
    "requested": "kyiv asked for tanks",
    "received": "ukraine received tanks",
    "announced": "berlin announced tanks",
    "include": "the package includes tanks",
    "purchase": "funds to buy shells",
    "permission": "estonia was granted approval to send howitzers",
    "delivery": "the delivery of tanks",
    "supplied": "the u.s.-supplied tanks",
}
_STATUS_SET = _status_set()


class StatusMatches:
    """The matches of each status pattern in one sentence, for every sentence of a
    text, at the cost of one search per pattern over the whole text.

    A match found in the whole text is the match the sentence alone would give when
    it lies inside the sentence: sentences are cut at white space, so the word
    boundaries (the only context the patterns look at) read the same, and the scan
    reaches the sentence start without a match running over it. When a match runs
    over a sentence boundary, that sentence is searched on its own, as before. A
    sentence no whole-text match touches has none of its own: a match inside it
    would overlap the whole-text match found at or before its start."""

    __slots__ = ("data", "present", "_found", "_starts")

    def __init__(self, data: bytes):
        self.data = data
        self._found: dict[str, list[tuple[int, int]]] = {}
        self._starts: dict[str, list[int]] = {}
        # The statuses that occur in the text, in the order of _STATUS_RE: the others
        # occur in no sentence either.
        self.present: tuple[str, ...] = tuple(_STATUS_RE)
        if _STATUS_SET is not None:
            found = set(_STATUS_SET.Match(data) or ())
            self.present = tuple(status for index, status in enumerate(_STATUS_RE) if index in found)
            for status in _STATUS_RE:
                if status not in self.present:
                    self._found[status], self._starts[status] = [], []

    def all(self, status: str) -> list[tuple[int, int]]:
        """(start, end) of the matches of `status` in the whole text, in order."""
        found = self._found.get(status)
        if found is None:
            found = self._found[status] = match_spans(_STATUS_RE[status], self.data)
            self._starts[status] = [s for s, _ in found]
        return found

    def within(self, status: str, start: int, end: int) -> list[tuple[int, int]]:
        """(start, end) of the matches of `status` in the sentence data[start:end]."""
        found = self.all(status)
        first = bisect.bisect_left(self._starts[status], start)
        if first > 0 and found[first - 1][1] > start:
            return self._alone(status, start, end)  # a match runs into the sentence
        last = bisect.bisect_left(self._starts[status], end, first)
        inside = found[first:last]
        if inside and inside[-1][1] > end:
            return self._alone(status, start, end)  # ... or out of it
        return inside

    def first_from(self, status: str, start: int, end: int) -> tuple[int, int] | None:
        """(start, end) of the first match of `status` in data[start:end], searched on its own
        (for a match the whole-text scan could not see, hidden in an earlier one)."""
        found = self._alone(status, start, end)
        return found[0] if found else None

    def alone(self, status: str, start: int, end: int) -> list[tuple[int, int]]:
        """(start, end) of the matches of `status` in data[start:end] searched on its own, as
        if the text ended at `end` (a match cut short where the text goes on otherwise)."""
        return self._alone(status, start, end)

    def _alone(self, status: str, start: int, end: int) -> list[tuple[int, int]]:
        return [(start + s, start + e) for s, e in match_spans(_STATUS_RE[status], self.data[start:end])]
