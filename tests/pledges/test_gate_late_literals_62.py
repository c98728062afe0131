"""A pattern first used after the article gate's RE2 set was built (bot.core.text.lazy_pattern):
the set is rebuilt only when many new literals are waiting, so the literals of such a pattern may
stay unknown to it for the rest of the process. The gate must still answer for that pattern (its
late literals looked for in the article one by one), whatever patterns ran before, and its answer
must stay the plain method's. (Found as an order-dependent test: test_pledges_fast_60.py's audit
shortcut scanned when other tests had built the set first.)

The texts are invented for these tests."""

from __future__ import annotations

import itertools

import bot.core.text.lazy_pattern as lazy_pattern
from bot.core.text.lazy_pattern import gate_text, lazy

_fresh = itertools.count()


def _a_set_that_knows_every_literal_met_so_far(monkeypatch) -> None:
    literals = list(lazy_pattern._literals_by_id)
    monkeypatch.setattr(lazy_pattern, "_scanner", (len(literals), lazy_pattern._build_scanner(literals)))


def _a_pattern_never_met() -> tuple[str, object]:
    # (words no other test names, so they are new to the set whatever ran before)
    word = f"qzvlate{next(_fresh)}howitzer"
    return word, lazy(rf"\b(?:{word}|{word}s grid)\b")


def test_a_pattern_first_met_after_the_set_was_built_is_gated(monkeypatch) -> None:
    _a_set_that_knows_every_literal_met_so_far(monkeypatch)
    word, pattern = _a_pattern_never_met()
    article = "the convoy crossed the river at dawn\n\nthe ministry confirmed it."
    gate_text(article)
    try:
        assert pattern.absent_from_article(article) is True
        assert lazy_pattern._current[2] <= pattern.__dict__["_article_gate"][0]  # (the set did not learn them)
        assert pattern.search(article) is None
    finally:
        gate_text("")


def test_a_late_literal_present_in_the_article_is_searched(monkeypatch) -> None:
    _a_set_that_knows_every_literal_met_so_far(monkeypatch)
    word, pattern = _a_pattern_never_met()
    article = f"the {word} battery arrived on friday\n\nit was the second one."
    gate_text(article)
    try:
        assert pattern.absent_from_article(article) is False
        found = pattern.search(article)
        assert found is not None and found.group() == word
        assert [m.span() for m in pattern.finditer(article)] == [m.span() for m in pattern.compiled.finditer(article)]
    finally:
        gate_text("")
