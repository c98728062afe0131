"""How much a pledge extraction costs, for the tests that hold its cost linear in a hostile
sentence's length: a pattern stand-in that adds up the characters its searches are given to
read (a count that a loaded machine cannot skew), and the extraction's CPU time."""

from __future__ import annotations

import time


class CountingPattern:
    """A compiled pattern that adds up how many characters its searches are given to read."""

    def __init__(self, pattern, tally: list[int]):
        self.pattern, self.tally = pattern, tally

    def _read(self, text, pos=0, endpos=None):
        self.tally[0] += max(0, (len(text) if endpos is None else min(endpos, len(text))) - max(pos, 0))

    def search(self, text, *bounds):
        self._read(text, *bounds)
        return self.pattern.search(text, *bounds)

    def finditer(self, text, *bounds):
        self._read(text, *bounds)
        return self.pattern.finditer(text, *bounds)

    def match(self, text, *bounds):
        self.tally[0] += 1  # (a match reads from one place: what it needs)
        return self.pattern.match(text, *bounds)


def extraction_cpu(text: str, entities, lang: str = "en", title: str = "") -> float:
    """The CPU seconds of one extraction of `text`, the better of two runs (a shared machine's
    pauses add to a run, they never take away)."""
    from bot.core.pledges.extract import extract_pledges

    best = None
    for _ in range(2):
        began = time.process_time()
        extract_pledges(text, title=title, lang=lang, entities=entities)
        spent = time.process_time() - began
        best = spent if best is None else min(best, spent)
    return best
