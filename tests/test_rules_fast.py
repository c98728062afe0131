"""The rule engine's shortcuts give the answers of the plain way: rules that share
sub-expressions (evaluated once per text) fire exactly as when compiled alone,
sentence numbers and word offsets equal a scan of every word, an OR yields its
matches in the order of a full intersection, NEAR compares the same pairs with or
without bisection, and the low-memory lemma dictionaries give the same lemmas."""

from __future__ import annotations

import json
import re
from bisect import bisect_right
from pathlib import Path

import pytest
import simplemma
from hypothesis import given
from hypothesis import strategies as st

from bot.config import load_entities
from bot.core.models import Rule
from bot.core.rules import engine as rule_engine
from bot.core.rules.engine import RuleSet, sentence_starts
from bot.core.rules.files import load_rules_toml
from bot.core.rules.syntax import WORD_RE

ROOT = Path(__file__).parents[1]
DATA = ROOT / "tests" / "data"


def texts() -> list[str]:
    found = []
    for line in (DATA / "eval_items.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            item = json.loads(line)
            found.append(f"{item['title']}\n\n{item['text']}")
    found += [path.read_text(encoding="utf-8") for path in sorted((DATA / "seeds").glob("*.txt"))]
    return found


@pytest.fixture(scope="module")
def default_rules() -> tuple[list[Rule], float]:
    return load_rules_toml((ROOT / "config" / "rules.toml").read_text(encoding="utf-8"))


def hits_of(ruleset: RuleSet, text: str) -> list[tuple]:
    return [(h.topic, h.weight, h.words) for h in ruleset.analyze(text).hits]


def test_rules_sharing_sub_rules_fire_as_when_compiled_alone(default_rules) -> None:
    rules, threshold = default_rules
    together = RuleSet.compile(rules, threshold=threshold, entities=load_entities())
    alone = [RuleSet.compile([rule], threshold=threshold, entities=load_entities()) for rule in rules]
    for text in texts():
        assert hits_of(together, text) == [hit for ruleset in alone for hit in hits_of(ruleset, text)]


def test_a_shared_group_is_evaluated_once_per_text() -> None:
    support = "(send OR deliver OR supply)"
    rules = [
        Rule("tanks", f"tank NEAR/5 {support} AND @ukraine"),
        Rule("jets", f"jet NEAR/5 {support} AND @ukraine"),
    ]
    ruleset = RuleSet.compile(rules, entities=load_entities())
    text = "Germany will send a tank and a jet to Ukraine."
    assert [h.topic for h in ruleset.analyze(text).hits] == ["tanks", "jets"]
    memos = [n for c in ruleset._compiled for n in _nodes(c.node) if isinstance(n, rule_engine._Memo)]
    assert len({id(m) for m in memos}) == 2  # the support words and @ukraine, one node each


def _nodes(node) -> list:
    found = [node]
    if isinstance(node, rule_engine._Memo):
        found += _nodes(node.inner)
    for _, _, child in rule_engine._children(node):
        found += _nodes(child)
    return found


def test_a_rule_whose_words_are_missing_does_not_run(default_rules, monkeypatch) -> None:
    rules, threshold = default_rules
    ruleset = RuleSet.compile(rules, threshold=threshold, entities=load_entities())
    ran = []
    for kind in (rule_engine._NearNode, rule_engine._AndNode, rule_engine._OrNode, rule_engine._PhraseNode):
        monkeypatch.setattr(kind, "run", lambda self, ctx, run=kind.run: ran.append(self) or run(self, ctx))
    assert not ruleset.analyze("Heavy rain is expected in Ukraine, where old howitzers stand in museums.").hits
    assert ran == []  # a weapon and Ukraine, but no support word: no rule even starts
    assert ruleset.analyze("Germany will send howitzers to Ukraine.").hits
    assert ran


_PIECES = st.sampled_from(
    ["Ukraine", "tanks", "155mm", "F-16", "l'Ukraine", "U.S.", "M.", "Mrd.", "24.", "é", "Panzern", "1,5"]
    + [" ", "  ", ". ", "! ", "? ", "; ", "\n", "\n\n", ".\" ", "…", ", ", "-", "\u00a0", "\u2028"]
)


@given(st.lists(_PIECES, max_size=40).map("".join))
def test_words_offsets_and_sentence_numbers_equal_a_scan(text: str) -> None:
    found = rule_engine._split_words(text)
    starts = sentence_starts(text)
    assert found.words == WORD_RE.findall(text)
    assert found.sentences == [bisect_right(starts, m.start()) - 1 for m in WORD_RE.finditer(text)]
    assert list(zip(found.starts, found.ends)) == [m.span() for m in WORD_RE.finditer(text)]


@given(
    st.lists(st.tuples(st.integers(0, 40), st.integers(0, 40)), min_size=1, max_size=60),
    st.sets(st.integers(0, 40), max_size=40),
)
def test_an_or_yields_matches_in_the_order_of_a_full_intersection(phrases, present) -> None:
    nodes = [rule_engine._PhraseNode(terms if terms[0] != terms[1] else terms[:1]) for terms in phrases]
    node = rule_engine._OrNode(nodes)
    ids = [tuple(sorted(present)) for _ in range(3)]
    occ = {term: [0, 1, 2] for term in present}
    ctx = rule_engine._Context("a b c", rule_engine._split_words("a b c"), ids, occ)
    plain = []
    for first in ctx.present.intersection(node.by_first):
        for phrase in node.by_first[first]:
            plain.extend(type(phrase).run(phrase, ctx))
    assert node.run(ctx) == plain


def test_near_finds_the_same_pairs_with_or_without_bisection(default_rules, monkeypatch) -> None:
    rules, threshold = default_rules
    ruleset = RuleSet.compile(rules, threshold=threshold, entities=load_entities())
    sample = texts() + ["tank send Ukraine " * 300, "Ukraine " * 500 + "tank " * 20 + "send"]
    usual = [ruleset.analyze(text) for text in sample]
    for few in (0, 10_000):
        monkeypatch.setattr(rule_engine, "_FEW_RIGHTS", few)
        assert [ruleset.analyze(text) for text in sample] == usual


@pytest.mark.skipif(
    "low_memory" not in rule_engine.inspect.signature(simplemma.lemmatize).parameters,
    reason="this simplemma has one kind of dictionary",
)
def test_low_memory_dictionaries_give_the_default_lemmas(default_rules) -> None:
    words = set()
    for rule in default_rules[0]:
        words.update(re.findall(r"[^\W\d_]+", rule.expression))
    for text in texts():
        words.update(WORD_RE.findall(text))
    words = {w for w in words if not w.isdigit()}
    variants = {v for w in words for v in (w, w.lower(), w.lower().capitalize())}
    assert len(variants) > 3000
    for lang in rule_engine.LEMMA_LANGS:
        for word in sorted(variants):
            assert rule_engine._lemmatize(word, lang=lang) == simplemma.lemmatize(word, lang=lang), (word, lang)


@pytest.mark.parametrize(
    ("rule_word", "text"),
    [("munition", "des munitions"), ("livraison", "les livraisons"), ("Panzer", "mit Panzern"), ("tank", "tanks")],
)
def test_inflected_forms_still_match(rule_word: str, text: str) -> None:
    assert RuleSet.compile([Rule("t", rule_word)], threshold=1.0).analyze(text).relevant
