"""Patterns the pledge extractor searches only where one of their words occurs
(bot.core.text.lazy_pattern.guarded) answer as the plain patterns do: every match of each
holds one of the words it is guarded by, so skipping a range without them loses nothing."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import bot.core.pledges
from bot.core.text.lazy_pattern import GuardedPattern, guarded
from tests.support.module_values import module_values

# Every module of the pledge reader, so that a pattern moved to a new module stays tested.
_GUARDED = module_values(bot.core.pledges, GuardedPattern)

# Around the patterns' own words: separators, letters that extend a word, and letters
# that are not ASCII (a word character for `re`, kept as such in folded text).
_AROUND = [" ", " ", "  ", ",", ", ", ";", ".", "-", "'", "\n", "s", "e", "en", "ed", "x", "é", "ł", "д", "1"]


def _pieces(pattern: GuardedPattern) -> list[str]:
    """The words the pattern is written with (escapes left out), its guard words, and
    the pieces that join or extend them."""
    source = re.sub(r"\\.", " ", pattern.pattern)
    words = re.findall(r"[a-z][a-z'-]*", source)
    return sorted(set(words + [w.strip() for w in pattern.needs if w.strip()])) + _AROUND


def _span(match: re.Match[str] | None) -> tuple[int, int] | None:
    return match.span() if match is not None else None


def _spans(matches) -> list[tuple[int, ...]]:
    # (each group's span too: the callers read them)
    return [match.span() + tuple(i for g in range(1, match.re.groups + 1) for i in match.span(g)) for match in matches]


def test_the_costliest_window_patterns_are_guarded() -> None:
    # (the patterns the fast path was measured on: docs/performance-history.md)
    names = {name for name, _ in _GUARDED}
    assert {
        "destinations._SWAP", "sentence_cues._CONTRACT_TO_BEFORE", "item_records._COMMISSIONED", "makers._FIRM_NOUN_BEFORE",
        "cue_qualifiers._UPON_APPROVAL", "cue_qualifiers._REFUSING_TO", "cue_qualifiers._READY_BEFORE",
        # (stop 56: the costliest patterns per sentence of a relevant article)
        "battle_claims._CLAIMANT", "outside_voices._CALL", "gerund_givings._GERUND", "company_gifts._FIRM_GIVES_ITS_OWN",
        # (stop 57: windows before each thing, with too many words for the article gate)
        "given_items._SERVICED_BEFORE", "given_items._COST_OF_BEFORE", "item_words._COUNTERED_BEFORE",
    } <= names


@pytest.mark.parametrize("name, pattern", _GUARDED, ids=[name for name, _ in _GUARDED])
@settings(max_examples=300, deadline=None)
@given(data=st.data())
def test_a_guarded_search_finds_what_the_plain_search_finds(name: str, pattern: GuardedPattern, data) -> None:
    text = "".join(data.draw(st.lists(st.sampled_from(_pieces(pattern)), max_size=24), label="pieces"))
    pos = data.draw(st.integers(-3, len(text) + 3), label="pos")
    endpos = data.draw(st.integers(-3, len(text) + 3), label="endpos")
    plain = pattern.compiled
    assert _span(pattern.search(text, pos, endpos)) == _span(plain.search(text, pos, endpos))
    assert _span(pattern.search(text, pos)) == _span(plain.search(text, pos))
    assert _span(pattern.search(text)) == _span(plain.search(text))
    # (a scan of every match is guarded alike: stop 56)
    assert _spans(pattern.finditer(text, pos, endpos)) == _spans(plain.finditer(text, pos, endpos))
    assert _spans(pattern.finditer(text, pos)) == _spans(plain.finditer(text, pos))
    assert _spans(pattern.finditer(text)) == _spans(plain.finditer(text))


# Patterns hypothesis cannot write matches for (look-behinds), written out plainly.
_PLAIN_FORMS = {
    "item_records._COMMISSIONED": (
        r"im auftrag (?:der|des) (?:\w+ )?(?:\w*regierung|\w*ministeriums?|bundeswehr)|"
        r"commissioned by (?:the )?(?:\w+ )?(?:government|ministry|defen[cs]e ministry|pentagon)|"
        r"pour le compte (?:de l'etat|du gouvernement|du ministere|de l'armee)"
    ),
}


@pytest.mark.parametrize("name, pattern", _GUARDED, ids=[name for name, _ in _GUARDED])
@settings(max_examples=400, deadline=None)
@given(data=st.data())
def test_every_kind_of_match_is_found_through_the_guard(name: str, pattern: GuardedPattern, data) -> None:
    # Random texts seldom hold a whole match of a long alternative ("jusqu'a ce que", "im
    # Auftrag der Bundesregierung"): texts written from the pattern itself do, each kind.
    form = _PLAIN_FORMS.get(name, pattern.compiled)
    match = data.draw(st.from_regex(form, fullmatch=True), label="match")
    before = "".join(data.draw(st.lists(st.sampled_from(_AROUND), max_size=3), label="before"))
    after = "".join(data.draw(st.lists(st.sampled_from(_AROUND), max_size=3), label="after"))
    plain = pattern.compiled
    for text in (match, before + match, match + after, before + match + after):
        assert _span(pattern.search(text)) == _span(plain.search(text)), text
        assert _spans(pattern.finditer(text)) == _spans(plain.finditer(text)), text
    assert plain.search(match) is not None or name in _PLAIN_FORMS
    if name in _PLAIN_FORMS:
        assert _span(pattern.search(" " + match)) == _span(plain.search(" " + match))


def test_a_guard_without_words_is_refused() -> None:
    with pytest.raises(ValueError):
        guarded(r"\bx\b", ())
    with pytest.raises(ValueError):
        guarded(r"\bx\b", ("",))
