"""How much a pledge extraction costs, for the tests that hold its cost linear in a hostile
sentence's length: a pattern stand-in that adds up the characters its searches are given to
read, the steps of an extraction (lines executed, functions called: counts that a loaded machine
cannot skew, where the CPU time of two runs could), and the old quadratic readings the linear
rewrites are checked against."""

from __future__ import annotations

from tests.support.work_count import steps_of


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


def extraction_steps(texts: list[str], entities, lang: str = "en", title: str = "") -> list[int]:
    """The steps (work_count.steps_of: lines executed and functions called) of one extraction of
    each text, after an uncounted one of the first: that fills the per-spelling caches and
    compiles the lazy patterns the texts ask for (a hostile text repeats one piece, so the
    first has them all), and what the tests compare is the reading's growth with the text,
    not the set-up's."""
    from bot.core.pledges.extract import extract_pledges

    extract_pledges(texts[0], title=title, lang=lang, entities=entities)
    return [steps_of(lambda text=text: extract_pledges(text, title=title, lang=lang, entities=entities))
            for text in texts]


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
