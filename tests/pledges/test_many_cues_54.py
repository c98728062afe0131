"""Stop 54, hostile: one sentence holding thousands of status cues before one thing ('"sent" ',
"(pledged) " or "will send " written over and over, quotes and brackets keeping each a cue of
its own) cost the square of its length: 6 to 14 times the CPU for 4 times the text. For each
cue, the reader asked again of every other cue whether one came after the thing
(nearest_cue.py), whether it overlapped a cue already kept, whether an arrival was told
between a promise and each delivery after it (status_cues.py), and searched the whole
sentence for a corrected figure (cue_qualifiers.py). Each is asked once per sentence now: the
same answers (the real set's and tests/data's readings are those before, byte for byte), cost
growing with the length. The texts are made up."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from bot.config import load_entities
from bot.core.pledges.extract import extract_pledges
from bot.core.pledges.passes.records import Cue, Item
from bot.core.pledges.status import cue_qualifiers, status_cues
from bot.core.pledges.status.nearest_cue import nearest_cue
from bot.core.text.disjoint_spans import DisjointSpans
from tests.support.extraction_cost import CountingPattern, extraction_steps, promises_told_arriving_one_by_one


def _sentence(n: int, piece: str) -> str:
    return "Germany pledged " + piece * n + "Leopard tanks, the ministry said."


_PER_CUE = {
    status_cues: ("_ARRIVED_DONE", "_ARRIVAL_NOT_THE_PROMISE"),
    cue_qualifiers: ("_CORRECTION_HINT",),
}


def _characters_searched(monkeypatch, text: str) -> int:
    tally = [0]
    with monkeypatch.context() as patched:
        for module, names in _PER_CUE.items():
            for name in names:
                patched.setattr(module, name, CountingPattern(getattr(module, name), tally))
        found = extract_pledges(text, lang="en", entities=load_entities())
    assert [(p.donor, p.system) for p in found] == [("DE", "Leopard")]
    return tally[0]


def test_the_searches_each_cue_asks_grow_with_the_sentence_not_its_square(monkeypatch):
    for piece in ('"sent" ', "(pledged) ", "will send "):
        small = _characters_searched(monkeypatch, _sentence(500, piece))
        large = _characters_searched(monkeypatch, _sentence(2000, piece))
        # four times the cues: four times the reading (sixteen before, the square)
        assert large < 6 * small, f"{piece!r}: {small} then {large} characters searched"


def test_a_sentence_of_many_cues_is_read_as_a_short_one():
    entities = load_entities()
    for piece in ('"sent" ', "(pledged) ", "will send ", '" ', "( "):
        short = extract_pledges(_sentence(1, piece), lang="en", entities=entities)
        long = extract_pledges(_sentence(1500, piece), lang="en", entities=entities)
        assert [(p.donor, p.category, p.status) for p in long] == [(p.donor, p.category, p.status) for p in short]


def test_four_times_the_cues_cost_about_four_times_the_steps():
    entities = load_entities()

    small, large = extraction_steps([_sentence(1200, '"sent" '), _sentence(4800, '"sent" ')], entities)
    assert large < 8 * small, f"{small} then {large} steps (14 times the CPU before)"


class _CountedIterations(list):
    iterations = 0

    def __iter__(self):
        _CountedIterations.iterations += 1
        return super().__iter__()


def _cue_iterations(n: int) -> int:
    folded = "germany pledged " + '"sent" ' * n + "leopard tanks, the ministry said."
    cues = _CountedIterations([Cue(m.start(), m.end(), "delivered") for m in re.finditer("sent", folded)])
    tanks = folded.index("leopard tanks")
    item = Item(tanks, tanks + len("leopard tanks"), "tanks", "Leopard")
    _CountedIterations.iterations = 0
    assert nearest_cue(item, cues, folded) == cues[-1]  # the nearest "sent"
    return _CountedIterations.iterations


def test_nearest_cue_goes_over_the_cues_a_fixed_number_of_times():
    assert _cue_iterations(4000) == _cue_iterations(100)


# ------------------------------------------------------------------ the same answers as the direct loops

_SPANS = st.lists(st.tuples(st.integers(0, 60), st.integers(0, 8)), max_size=40)


@given(_SPANS)
def test_disjoint_spans_answer_as_the_loop_over_every_kept_span(spans):
    kept: list[tuple[int, int]] = []
    taken = DisjointSpans()
    for start, length in spans:
        end = start + length
        overlaps = any(s < end and start < e for s, e in kept)
        assert taken.overlaps(start, end) == overlaps
        if not overlaps:
            kept.append((start, end))
            taken.add(start, end)


_PIECES = st.sampled_from([
    "promised ", "pledged ", "sent ", "delivered ", "have arrived ", "have now arrived ", "were handed over ",
    "will ", "and ", "which ", "tanks ", "jets ", "; ", ", ", "the ", "germany ", "said ", "x ",
])
_CUE_WORDS = re.compile(r"\b(?:(promised|pledged)|(sent|delivered|arrived|handed over))\b")


@given(st.lists(_PIECES, max_size=30).map("".join))
def test_promises_told_arriving_answer_as_the_search_from_each_promise(folded):
    cues = [Cue(m.start(), m.end(), "pledged" if m.group(1) else "delivered") for m in _CUE_WORDS.finditer(folded)]
    assert status_cues._promises_told_arriving(folded, cues, 0, len(folded)) == (
        promises_told_arriving_one_by_one(folded, cues)
    )
