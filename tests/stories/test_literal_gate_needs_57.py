"""A gated story pattern (bot.core.text.literal_gate) searches a text for the shortest of its
words only (issue 15, stop 57): a word holding another of them ("senators" beside "senator",
"decembre" beside "decem") is found only where the shorter one is, so leaving it out answers
"does the text hold one of them" alike, in fewer substring searches (a fifth of the gates' words).
The gate's answer must be the one with every word: checked for each gated pattern of
bot/core/stories on texts written from its own words and their pieces."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import bot.core.stories
from bot.core.text.lazy_pattern import literals_of_every_match
from bot.core.text.literal_gate import LiteralGated, shortest_needs
from tests.support.module_values import module_values


def _gated() -> list[tuple[str, LiteralGated]]:
    found = list(module_values(bot.core.stories, LiteralGated))
    found += [(f"{name}[{key}]", pattern) for name, table in module_values(bot.core.stories, dict)
              for key, pattern in table.items() if isinstance(pattern, LiteralGated)]
    return sorted(found, key=lambda item: item[0])


_GATED = _gated()


def _every_word(gate: LiteralGated) -> tuple[str, ...]:
    return literals_of_every_match(gate.compiled.pattern, gate.compiled.flags) or ()


def test_a_gate_searches_for_no_word_that_holds_another() -> None:
    assert len(_GATED) > 30
    longer = []
    for name, gate in _GATED:
        gate._absent("")  # its words are read at its first call
        words = gate._needs
        longer += [(name, word) for word in words if any(other != word and other in word for other in words)]
    assert longer == []


def test_the_shortest_needs_keep_the_order_and_drop_repeats() -> None:
    assert shortest_needs(["senators", "vote", "senator", "vote", "senate"]) == ("vote", "senator", "senate")
    assert shortest_needs([]) == ()


@pytest.mark.parametrize("name,gate", _GATED, ids=[name for name, _ in _GATED])
@settings(max_examples=40, deadline=None)
@given(data=st.data())
def test_a_gate_answers_as_with_every_word(name: str, gate: LiteralGated, data) -> None:
    words = _every_word(gate)
    if not words:
        return
    # texts of its words, cut anywhere (a word's start or end alone is no word of it), and other words
    pieces = st.sampled_from(words).flatmap(lambda word: st.integers(0, len(word)).flatmap(
        lambda cut: st.sampled_from([word, word[:cut], word[cut:]])))
    text = data.draw(st.lists(st.one_of(pieces, st.sampled_from([" ", "x", "the", "."])), max_size=8).map("".join))
    assert gate._absent(text) == (not any(word in text for word in words))
