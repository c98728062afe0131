"""Stop 53, hostile: one sentence listing thousands of things still cost the square of its length
after stop 52 (4,000 things, a minute of CPU): for each thing, its readers rescanned the sentence
for its clause's ends (destinations.py, battle_claims.py), a claimant or a commentator's call
before it (battle_claims.py, outside_voices.py), a repair told anywhere (repaired_things.py), the
count before it (items._quantity_before stepped over every later count) and cut the sentence
again to quote it (Sentence.evidence). The sentence is scanned once per pattern now
(bot/core/pledges/passes/sentence_scans.py) and the answers read from the scan: the same answers (the
real set's outputs are byte for byte those before), cost growing with the length. The text is made up."""

from __future__ import annotations

import re

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from bot.config import load_entities
from bot.core.pledges.extract import extract_pledges
from bot.core.pledges.passes import sentence_scans
from bot.core.pledges.passes.records import Mention
from bot.core.pledges.passes.sentence import Sentence
from bot.core.pledges.quantities.numbers import Count
from bot.core.pledges.special_pieces import battle_claims, outside_voices
from bot.core.pledges.things import destinations, items, repaired_things
from tests.support.extraction_cost import CountingPattern, extraction_steps

# (the patterns every thing of a sentence asks about, module by module)
_PER_THING = {
    battle_claims: ("_CLAUSE_END", "_CLAIMANT", "_BATTLE_ACT", "_GIVING", "_MAIN_CLAUSE_TURN"),
    outside_voices: ("_CALL", "_CLAUSE_BREAK"),
    repaired_things: ("_REPAIR",),
    destinations: ("_CLAUSE_END", "_PURPOSE_AFTER"),
}


def _list_of(n: int, head: str = "Germany pledges Ukraine ", joint: str = " and ") -> str:
    return head + joint.join(["10 Leopard tanks"] * n) + " to Ukraine."


def _characters_searched(monkeypatch, text: str) -> int:
    tally = [0]
    with monkeypatch.context() as patched:
        for module, names in _PER_THING.items():
            for name in names:
                patched.setattr(module, name, CountingPattern(getattr(module, name), tally))
        found = extract_pledges(text, lang="en", entities=load_entities())
    assert found and found[0].donor == "DE"
    return tally[0]


def test_the_searches_each_thing_asks_grow_with_the_list_not_its_square(monkeypatch):
    for joint in (" and ", ", "):
        small = _characters_searched(monkeypatch, _list_of(1000, joint=joint))
        large = _characters_searched(monkeypatch, _list_of(4000, joint=joint))
        # four times the things: four times the reading (sixteen before, the square)
        assert large < 6 * small, f"{joint!r}: {small} then {large} characters searched"


def test_a_list_of_four_thousand_things_costs_about_four_times_a_list_of_a_thousand():
    small, large = extraction_steps([_list_of(1000), _list_of(4000)], load_entities())
    assert large < 8 * small, f"{small} then {large} steps (the square: 16 times)"


def test_a_sentence_is_cut_once_for_all_the_records_that_quote_it():
    text = "Germany pledges 10 tanks to Ukraine.  More later."
    sentence = Sentence(text, text.lower(), 0, 36)
    assert sentence.evidence() == "Germany pledges 10 tanks to Ukraine."
    assert sentence.evidence() is sentence.evidence()
    assert sentence == Sentence(text, text.lower(), 0, 36)  # (the kept quote is no field)


class _CountedReads(list):
    reads = 0

    def __getitem__(self, index):
        _CountedReads.reads += 1
        return super().__getitem__(index)


def test_the_count_before_each_thing_is_found_without_stepping_over_every_later_count():
    folded = " and ".join(["10 leopard tanks"] * 2000)
    counts = _CountedReads(Count(10, m.start(), m.end()) for m in re.finditer(r"10", folded))
    mentions = [Mention(m.start(), m.end(), "tanks") for m in re.finditer(r"tanks", folded)]
    _CountedReads.reads = 0
    phrases = items.item_phrases(folded, mentions, counts)
    assert [p.quantity for p in phrases] == [10] * 2000
    assert _CountedReads.reads < 10 * 2000, f"{_CountedReads.reads} reads of the counts for 2,000 things"


# ------------------------------------------------------------------ the same answers as the direct searches

_PIECES = st.sampled_from(
    ["to poland", "ukraine", ",", ";", ", ", "; ", ",  ", " - ", ". ", ".", "which", "who", "die", "welcher",
     "x", "é", "tanks", " and ", "russia", "claims", "destroyed", "sent", "experts urge", "to replace"]
)
_TEXTS = st.lists(_PIECES, max_size=40).map("".join)
_PATTERNS = st.sampled_from(
    [destinations._CLAUSE_END, destinations._PURPOSE_AFTER, battle_claims._CLAUSE_END, battle_claims._BATTLE_ACT,
     battle_claims._CLAIMANT, battle_claims._GIVING]
)


def _near(value: int):
    """The helpers' reach made short, so that short texts take their every path (the pieces'
    matches stay shorter than it, as the helpers require)."""

    class Near:
        def __enter__(self):
            self.kept, sentence_scans._NEAR = sentence_scans._NEAR, value

        def __exit__(self, *exc):
            sentence_scans._NEAR = self.kept

    return Near()


@given(_PATTERNS, _TEXTS, st.integers(0, 400), st.integers(0, 400), st.integers(0, 6))
@example(battle_claims._CLAUSE_END, "russia claims. tanks", 0, 14, 0)
@example(destinations._CLAUSE_END, "tanks, which, to poland, ukraine", 0, 14, 0)
def test_the_helpers_give_what_the_direct_searches_give(pattern, text, low, at, cut_end):
    end = len(text) - cut_end
    low, at = sorted((min(low, end), min(at, end)))  # (a thing stands inside its sentence)
    with _near(20):
        direct = pattern.search(text, low, at)
        assert _span(sentence_scans.search_before(pattern, text, low, at, end)) == _span(direct)
        assert _span(sentence_scans.search_after(pattern, text, at, low, end)) == _span(pattern.search(text, at, end))
        last = max((m.end() for m in pattern.finditer(text, low, at)), default=None)
        assert sentence_scans.last_end_before(pattern, text, low, at, end) == last


def _span(found):
    return None if found is None else found.span()


# ------------------------------------------------------------------ lists of sums and of gapped givers

# Found by this stop's probes: a sentence listing thousands of sums ("$5 million and $5 million
# and ...") read each sum's sentence again for every record (a fund paid into, help to buy,
# weapons paid for, two years named: extract.py, scheme_payments.py, restatements.py) and tried
# every sum against every other (numbers._with_elided_currency, money_items._civil_money): 1,600
# sums, 6 s of CPU; one of 6,600 (the 100,000 characters an item keeps) some 100 s. A gapped list
# ("..., France 5, France 5, ...") tried every giver for every count (gapping.py) and every donor
# against every giver group (relative_receipts.py).


def _sums(n: int) -> str:
    return "Germany will give Ukraine military aid of " + " and ".join(["$5 million"] * n) + "."


def _gapped(n: int) -> str:
    return "Germany will send 10 tanks to Ukraine, " + ", ".join(["France 5"] * n) + "."


@pytest.mark.parametrize("written", [_sums, _gapped], ids=["sums", "gapped givers"])
def test_a_list_of_four_thousand_sums_or_givers_costs_about_four_times_a_thousand(written):
    small, large = extraction_steps([written(1000), written(4000)], load_entities(), title="Germany pledges aid to Ukraine")
    assert large < 7 * small, f"{small} then {large} steps (the square: 16 times)"
