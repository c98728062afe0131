"""How much a pledge extraction costs, for the tests that hold its cost linear in a hostile
sentence's length: a pattern stand-in that adds up the characters its searches are given to
read (a count that a loaded machine cannot skew), the extraction's CPU time, and the old
quadratic readings the linear rewrites are checked against."""

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

    def fullmatch(self, text, *bounds):
        self._read(text, *bounds)
        return self.pattern.fullmatch(text, *bounds)

    def match(self, text, *bounds):
        self.tally[0] += 1  # (a match reads from one place: what it needs)
        return self.pattern.match(text, *bounds)

    def __getattr__(self, name):
        # (what else the pattern answers, its guard's words and the article gate, reads no range:
        # passed on uncounted)
        return getattr(self.pattern, name)


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


def promises_told_arriving_one_by_one(folded: str, cues) -> set[int]:
    """The reading of status_cues._promises_told_arriving before stop 54, kept as the oracle of its linear
    rewrite: each promise searched again up to each delivery after it (the square of the cues)."""
    from bot.core.pledges.status import status_cues

    told = set()
    for cue in cues:
        if cue.status != "pledged" or not status_cues._PROMISE_WORD.match(folded[cue.start : cue.end]):
            continue
        for other in cues:
            if other.status != "delivered" or other.start < cue.end:
                continue
            if status_cues._ARRIVED_DONE.search(folded[cue.end : other.end]) and not (
                status_cues._ARRIVAL_NOT_THE_PROMISE.search(folded, cue.end, other.start)
            ):
                told.add(id(cue))
                break
    return told
