"""Stop 44's shortcuts give the answers of the plain way (issue 15): a condition's marker
looked for only where one of its words occurs (a guarded pattern, also compared with the
plain one by tests/pledges/test_pledges_guarded.py); a corrected figure's negation ("16
und nicht 20") looked for only where a negation stands before a number; the last clause
end before an item found from the item back. Each skipped search is the plain one's
"nothing"; the tests below write texts from the patterns' own pieces, so that matches,
near misses and neighbours occur."""

from __future__ import annotations

import re

from hypothesis import example, given
from hypothesis import strategies as st

from bot.core.pledges.passes.sentence_scans import last_end_before
from bot.core.pledges.status import condition_clauses, cue_qualifiers
from bot.core.pledges.things import destinations
from bot.core.text.lazy_pattern import GuardedPattern

_PIECES = st.sampled_from(
    ["on condition that", "on the condition that", "a condition que", "a condition qu'", "pourvu que", "sofern",
     "vorausgesetzt dass", "vorausgesetzt, dass", "unter der bedingung, dass", "provided", "providing that",
     "provided that", "provid", "the ", "les ", "die ", "france", "germany", "greece", "deutschland",
     "16", "20", "1,5", "douze", "nicht", "non", "not", "und", "et", "and", "another", "annonce", "tanks",
     "delivers", "sends", ".", ";", ":", ",", ", ", " ", " ", "  ", "\n", "x", "é"]
)
_TEXTS = st.lists(_PIECES, max_size=28).map("".join)


def _plain_condition_clause(folded: str, start: int, end: int, donors) -> tuple[int, int] | None:
    # the function as written before stop 44: every marker finditer gives
    for marker in re.compile(condition_clauses._CONDITION_MARKER.pattern).finditer(folded, start, end):
        subject = next((d for d in donors if marker.end() <= d[1] <= marker.end() + 2), None)
        if subject is None:
            continue
        comma = folded.find(",", subject[2], end)
        return marker.start(), comma if comma != -1 else end
    return None


def _donors(text: str) -> list[tuple[str, int, int]]:
    return [(m.group(), m.start(), m.end()) for m in re.finditer(r"france|germany|greece|deutschland", text)]


def test_the_condition_marker_is_guarded() -> None:
    assert isinstance(condition_clauses._CONDITION_MARKER, GuardedPattern)


@given(_TEXTS, st.integers(0, 5), st.integers(0, 5))
@example("greece could send shells provided france, on condition that france delivers", 0, 0)
@example("provided the germany x, sofern deutschland liefert", 0, 0)
def test_a_condition_clause_is_the_one_every_marker_gives(text: str, cut_start: int, cut_end: int) -> None:
    start, end = min(cut_start, len(text)), max(len(text) - cut_end, 0)
    donors = _donors(text)
    assert condition_clauses.condition_clause(text, start, end, donors) == _plain_condition_clause(
        text, start, end, donors)


def _plain_without_corrections(folded: str, start: int, end: int) -> str:
    spans = [m.span(1) for m in cue_qualifiers._CORRECTION.compiled.finditer(folded, start, end)]
    for s, e in spans:
        folded = folded[:s] + " " * (e - s) + folded[e:]
    return folded


@given(_TEXTS, st.integers(0, 5), st.integers(-5, 5))
@example("es seien 16 und nicht 20 panzer", 0, 0)
@example("douze, et non vingt; 40, not 30", 0, 0)
@example("16 und nicht 20", 0, 2)
def test_a_corrected_figure_is_blanked_as_the_plain_search_blanks_it(text: str, cut_start: int, cut_end: int) -> None:
    start, end = min(cut_start, len(text)), len(text) - cut_end
    assert cue_qualifiers._without_corrections(text, start, end) == _plain_without_corrections(text, start, end)


def test_a_clause_without_a_negation_before_a_number_is_not_searched_for_corrections(monkeypatch) -> None:
    class Untouchable:
        def finditer(self, *args):
            raise AssertionError("the correction pattern ran on a clause without a negated number")

    monkeypatch.setattr(cue_qualifiers, "_CORRECTION", Untouchable())
    text = "germany will send 16 more leopard tanks, not including spare parts, in 2025 and 2026"
    assert cue_qualifiers._without_corrections(text, 0, len(text)) is text


_CLAUSE_PIECES = st.sampled_from(
    ["to poland", "ukraine", ",", ";", ", ", "; ", ",  ", ",\n", " ", "which", "who", "that", "qui", "dont", "ou",
     "die", "der", "das", "den", "welche", "welcher", "whichever", "x", "é", "tanks"]
)


@given(st.lists(_CLAUSE_PIECES, max_size=24).map("".join), st.integers(-2, 6), st.integers(-3, 6))
@example("tanks to poland, which will pass them, to ukraine", 0, 0)
@example(",  which", 0, 0)
def test_the_last_clause_end_before_an_item_is_the_last_finditer_gives(text: str, start: int, cut_end: int) -> None:
    # (stop 53: found from one scan of the sentence, sentence_scans.last_end_before, no longer
    # from the item back; the sentence goes on past the item, to the text's end)
    end = len(text) - cut_end
    plain = max((m.end() for m in destinations._CLAUSE_END.compiled.finditer(text, start, end)), default=None)
    assert last_end_before(destinations._CLAUSE_END, text, start, end, max(end, len(text))) == plain
