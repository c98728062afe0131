"""The pledge extractor's patterns are gated per article (bot.core.text.lazy_pattern,
stop 38, issue 15): each pattern's literals, one of which every match holds, are read
from its parse tree, looked for once per article by one RE2 set, and a search, match or
fullmatch on that article whose literals are all absent answers None without running
`re`. The answers must be the plain patterns' answers, always:

- every match of every gated pattern holds one of its literals: on matches hypothesis
  writes from each pattern, and on every match in the project's own labelled texts;
- the gate answers as the plain method on the declared text and on others, across a
  change of article (a gate that kept the last article's verdict failed here) and when
  the set cannot read the text; the seven hand-guarded patterns (lazy_pattern.guarded)
  check the article gate before their own test per call, and answer as the plain search;
- extraction on the project's labelled texts gives the same pledges with the gate and
  with it switched off.

No text here is new: the labelled texts are the project's own (tests/data). Measured in
docs/performance-history.md (stop 38): one warm pass of `Analyzer.analyze` over 150 varied
texts, 1,648.1 -> 1,564.2 million instructions (-5.1%); the guarded patterns through the
article gate too, 1,564.2 -> 1,551.0 (-0.8%)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import bot.core.pledges
import bot.core.text.lazy_pattern as lazy_pattern
from bot.config import load_entities
from bot.core.pledges.extract import extract_pledges
from bot.core.pledges.quantities.numbers import fold_aligned
from bot.core.text.lazy_pattern import LazyPattern, gate_text, guarded, lazy, required_literals
from tests.support.module_values import module_values

_PATTERNS = module_values(bot.core.pledges, LazyPattern)
_GATED = [(name, pattern, needs) for name, pattern in _PATTERNS
          if (needs := required_literals(pattern.pattern, pattern.flags_given)) is not None]
_LOOK_AROUND = re.compile(r"\(\?<?[=!](?:[^()\\]|\\.)*\)")
_ITEMS = Path(__file__).parents[1] / "data" / "eval_items.jsonl"


def _labelled_texts() -> list[tuple[str, str, str | None]]:
    rows = [json.loads(line) for line in _ITEMS.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [(row["title"], row["text"], row.get("lang")) for row in rows]


def test_most_of_the_extractors_patterns_are_gated() -> None:
    # (a derivation that gave up on groups or alternations would leave the gate idle)
    assert len(_GATED) >= len(_PATTERNS) // 3


@pytest.mark.parametrize(
    "pattern, expected",
    [
        (r"\b(?:for (?:that|this) purpose|to (?:that|this) end|a cet effet)\b", (" purpose", "a cet effet", "to th")),
        (r"(?:this|that) (?:was|has) ab+c", ("has", "was")),
        (r"abc(?:de)?", ("abc",)),
        (r"(?:abcd)*xy", None),  # a repeat that may be absent requires nothing; "xy" is too short
        (r"a(?:bcd|)e", None),  # an empty alternative requires nothing
        (r"(?i)abcd", None),  # case-blind: the literal may occur in another case
        (r"(?i:abcd)efg", ("efg",)),
        (r"(?<=abcd)xyz", ("xyz",)),  # what a look-behind reads is no part of the match
        (r"(?!abcd)\w+", None),
    ],
)
def test_the_literals_read_from_a_pattern(pattern: str, expected: tuple[str, ...] | None) -> None:
    assert required_literals(pattern) == expected


def _without_look_arounds(pattern: LazyPattern) -> str:
    # Hypothesis cannot write matches past a look-around; the literals leave out what
    # look-arounds read, so the pattern is written without them (those of one level).
    return _LOOK_AROUND.sub("", pattern.pattern)


# Patterns with nested look-arounds are left to the labelled texts' test below.
_GENERATED = [(name, pattern, needs) for name, pattern, needs in _GATED
              if not any(mark in _without_look_arounds(pattern) for mark in ("(?=", "(?!", "(?<"))]


@pytest.mark.parametrize("name, pattern, needs", _GENERATED, ids=[name for name, _, _ in _GENERATED])
@settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_every_match_holds_one_of_the_literals(name: str, pattern: LazyPattern, needs: tuple[str, ...], data) -> None:
    form = _without_look_arounds(pattern)
    text = data.draw(st.from_regex(re.compile(form, pattern.flags_given), fullmatch=True), label="match")
    assert any(literal in text for literal in needs), (text, needs)


def test_every_match_in_the_labelled_texts_holds_one_of_the_literals() -> None:
    folded_texts = [fold_aligned(f"{title}\n\n{text}") for title, text, _ in _labelled_texts()]
    matches = 0
    for name, pattern, needs in _GATED:
        for folded in folded_texts:
            for match in pattern.compiled.finditer(folded):
                matches += 1
                assert any(literal in match.group() for literal in needs), (name, match.group(), needs)
    assert matches > 1000


def test_the_gate_answers_as_the_plain_method_across_articles() -> None:
    pattern = lazy(r"\b(?:sends|delivers) (?:tanks|jets)\b")
    plain = re.compile(pattern.pattern)
    without = "kyiv asked for help and waited; the talks went on"
    holding = "berlin sends tanks, paris delivers jets"
    other = "nothing here sends anything"
    for article in (without, holding, without, other, holding, holding):
        gate_text(article)
        for method in ("search", "match", "fullmatch"):
            for pos, end in ((0, len(article)), (0, 12), (7, len(article)), (13, 40)):
                found = getattr(pattern, method)(article, pos, end)
                expected = getattr(plain, method)(article, pos, end)
                assert (found and found.span()) == (expected and expected.span()), (article, method, pos, end)
        # a string other than the declared article is searched plainly
        assert pattern.search("x " + holding).span() == plain.search("x " + holding).span()


def test_a_text_the_set_cannot_read_is_searched_plainly(monkeypatch) -> None:
    pattern = lazy(r"\bhowitzers?\b")
    article = "the howitzers arrived"
    monkeypatch.setattr(lazy_pattern, "_literals_in", lambda text: (lazy_pattern._UNREAD, 10**9))
    gate_text(article)
    assert pattern.search(article).span() == (4, 13)
    assert pattern.search(article, 5) is None


def test_a_gated_call_on_an_article_without_the_literals_runs_no_search(monkeypatch) -> None:
    ran: list[str] = []

    class Recording:
        def search(self, string, *args):
            ran.append(string)
            return None

    gate = lazy_pattern._text_gate(Recording().search, ("howitzer",))
    monkeypatch.setattr(lazy_pattern, "_scanner", (0, None))  # (built again: it learns the new literal)
    article = "the tanks arrived in kyiv on monday"
    gate_text(article)
    assert gate(article) is None and gate(article, 4, 9) is None
    assert ran == []
    gate_text(article + " with howitzers")
    gate(article + " with howitzers")  # another string object than the one declared: plain
    assert len(ran) == 1


def test_a_guarded_pattern_on_the_declared_article_answers_as_the_plain_search(monkeypatch) -> None:
    pattern = guarded(r"\b(?:ringtausch|swap)\w*", ("ringtausch", "swap"))
    plain = re.compile(pattern.pattern)
    gate_text("a swap")
    pattern.search("a swap")  # (its words become the gate's literals ...)
    monkeypatch.setattr(lazy_pattern, "_scanner", (0, None))  # (... which the set, built again, looks for)
    searched: list[str] = []

    class Recording:
        def search(self, string, *args):
            searched.append(string)
            return plain.search(string, *args)

    monkeypatch.setitem(pattern.__dict__, "_compiled", Recording())
    for article in ("no exchange here at all", "a swap of tanks", "kein tausch", "der ringtausch mit polen"):
        gate_text(article)
        for pos, end in ((0, len(article)), (2, 9), (5, len(article))):
            found, expected = pattern.search(article, pos, end), plain.search(article, pos, end)
            assert (found and found.span()) == (expected and expected.span()), (article, pos, end)
        other = "x " + article  # not the declared article: guarded per call only
        found, expected = pattern.search(other), plain.search(other)
        assert (found and found.span()) == (expected and expected.span()), other
    assert not any(article in ("no exchange here at all", "kein tausch") for article in searched)
    # A pattern first used after the set was built: its words are not looked for yet, so it
    # searches plainly (the set says nothing of them) until the set is built again.
    newer = guarded(r"\bzqxhowitzers?\b", ("zqxhowitzer",))
    article = "the zqxhowitzers arrived"
    gate_text(article)
    assert newer.search(article).span() == (4, 16)


def test_extraction_gives_the_same_pledges_with_the_gate_and_without(monkeypatch) -> None:
    entities = load_entities()
    texts = _labelled_texts()
    gated = [extract_pledges(text, title=title, lang=lang, entities=entities) for title, text, lang in texts]
    monkeypatch.setattr(lazy_pattern, "_literals_in", lambda text: (lazy_pattern._UNREAD, 10**9))
    plain = [extract_pledges(text, title=title, lang=lang, entities=entities) for title, text, lang in texts]
    assert gated == plain
    assert sum(map(len, plain)) > 100
