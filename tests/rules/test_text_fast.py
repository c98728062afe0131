"""Sentence splitting, sped up: the sentence-end pattern written for quick skipping
matches what the plain pattern matches, and the remembered last split is the
split of the text asked for, a fresh list each time."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from bot.core import text as text_module
from bot.core.text import sentence_spans

PLAIN_SENTENCE_END = re.compile(r"[.!?;]+[\"'»”)\]]*\s+|\n\s*")

_pieces = st.sampled_from(
    [".", "!", "?", ";", "\n", " ", "\t", '"', "'", "»", "”", ")", "]"]
    + ["a", "U", "S", "24", "Mrd", "\u00a0", "\u2028"]
)


@given(st.lists(_pieces, max_size=60).map("".join))
def test_the_quick_sentence_end_pattern_matches_the_plain_one(text: str) -> None:
    quick = [m.span() for m in text_module._SENTENCE_END.finditer(text)]
    assert quick == [m.span() for m in PLAIN_SENTENCE_END.finditer(text)]


@given(st.lists(_pieces, max_size=60).map("".join), st.lists(_pieces, max_size=60).map("".join))
def test_the_remembered_split_belongs_to_the_text_asked_for(first: str, second: str) -> None:
    assert sentence_spans(first) == text_module._sentence_spans(first)
    assert sentence_spans(second) == text_module._sentence_spans(second)
    assert sentence_spans(first) == text_module._sentence_spans(first)


def test_changing_a_returned_split_changes_nothing_remembered() -> None:
    text = "Germany will send tanks. France will send jets."
    spans = sentence_spans(text)
    spans.clear()
    assert sentence_spans(text) == [(0, 24), (25, 47)]
