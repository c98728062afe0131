"""Stop 55, hostile: a sentence listing thousands of things, each with a verb of its own
("Germany sends 3 tanks, sends 4 howitzers, sends 5 howitzers, ...") cost the square of its
length: the nearest cue of each thing was found by weighing every cue of the sentence, each
weighing searching the text between the cue and the thing (2,000 things: 15 s of CPU). The
cues are now tried from the thing outwards and the trying stops once no cue farther off can
be nearer (nearest_cue.CueOrder): the same cue as the loop over all of them (the real set's
and tests/data's readings are those before, byte for byte), cost growing with the length.
The texts are made up."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.config import load_entities
from bot.core.pledges.extract import extract_pledges
from bot.core.pledges.passes.records import Cue, Item
from bot.core.pledges.status import nearest_cue as nearest_cue_module
from bot.core.pledges.status.nearest_cue import CueOrder, nearest_cue
from bot.core.text.lazy_pattern import LazyPattern
from tests.support.extraction_cost import CountingPattern, extraction_steps


def _things_each_with_its_verb(n: int) -> str:
    return "Germany sends 3 tanks, " + ", ".join(f"sends {i % 9 + 1} howitzers" for i in range(n)) + "."


def _joined_by_and(n: int) -> str:
    return "Germany " + " and ".join(f"will send {i % 9 + 1} Leopard tanks" for i in range(n)) + "."


def _characters_weighed(monkeypatch, text: str) -> int:
    """What nearest_cue's patterns are given to read while the text is extracted."""
    tally = [0]
    with monkeypatch.context() as patched:
        for name, value in vars(nearest_cue_module).items():
            if isinstance(value, LazyPattern):
                patched.setattr(nearest_cue_module, name, CountingPattern(value, tally))
        extract_pledges(text, lang="en", entities=load_entities())
    return tally[0]


def test_the_weighing_of_cues_grows_with_the_sentence_not_its_square(monkeypatch):
    for sentence in (_things_each_with_its_verb, _joined_by_and):
        small = _characters_weighed(monkeypatch, sentence(200))
        large = _characters_weighed(monkeypatch, sentence(800))
        # four times the things: four times the reading (sixteen and more before)
        assert large < 6 * small, f"{sentence.__name__}: {small} then {large} characters weighed"


def test_twice_and_four_times_the_things_cost_about_twice_and_four_times_the_steps():
    entities = load_entities()
    one, two, four = extraction_steps([_things_each_with_its_verb(n) for n in (400, 800, 1600)], entities)
    # (a generous factor: 4 and 16 times the CPU before)
    assert two < 4 * one and four < 8 * one, f"{one}, {two}, {four} steps"


def test_each_thing_of_a_long_list_keeps_its_own_verb():
    entities = load_entities()
    short = extract_pledges(_things_each_with_its_verb(3), lang="en", entities=entities)
    long = extract_pledges(_things_each_with_its_verb(1500), lang="en", entities=entities)
    assert {(p.donor, p.category, p.status) for p in long} == {(p.donor, p.category, p.status) for p in short}


# ------------------------------------------------------------------ the same cue as the loop over all

def _weighed_one_by_one(item: Item, cues: list[Cue], folded: str) -> Cue | None:
    """The reading before stop 55: every cue weighed, the first of the nearest kept."""
    facts = nearest_cue_module._ItemFacts(item, CueOrder(cues), folded)
    best = None
    for cue in cues:
        distance = nearest_cue_module._distance(item, cue, folded, facts)
        if distance is not None and (best is None or distance < best[0]):
            best = (distance, cue)
    return best[1] if best else None


_PIECES = st.sampled_from([
    "sent ", "delivered ", "handed ", "pledged ", "asked for ", "bought ", "tanks ", "jets ", ", ", "; ",
    "and ", "but ", "which ", "que ", "that ", "paris ", "the ", "x ", "dont six ", "of which ", "welcomed ",
    "for the ", "nachdem ", "hatte, hat ", "to help ukraine buy ", "earmarked ",
])
_STATUSES = {"sent": "delivered", "delivered": "delivered", "handed": "delivered", "pledged": "pledged",
             "asked for": "requested", "bought": "production", "welcomed": "delivered"}


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=40).map("".join), st.data())
def test_the_cue_tried_outwards_is_the_cue_of_the_loop_over_all(folded, data):
    cues = []
    for word, status in _STATUSES.items():
        at = folded.find(word)
        while at >= 0:
            kind = "purchase" if word == "bought" else ""
            cues.append(Cue(at, at + len(word), status, kind))
            at = folded.find(word, at + 1)
    cues.sort(key=lambda c: (c.start, c.end))
    cues = [c for i, c in enumerate(cues) if not i or cues[i - 1].end <= c.start]
    things = [i for i in range(len(folded)) if folded.startswith(("tanks", "jets", "dont six", "of which"), i)]
    if not things:
        return
    start = data.draw(st.sampled_from(things))
    end = folded.find(" ", start + len("dont")) if folded.startswith(("dont", "of which"), start) else folded.find(" ", start)
    item = Item(start, end, "tanks", None)
    shuffled = data.draw(st.permutations(cues))
    for given in (cues, shuffled):
        assert nearest_cue(item, given, folded) is _weighed_one_by_one(item, given, folded)
        assert nearest_cue(item, given, folded, CueOrder(given)) is _weighed_one_by_one(item, given, folded)
