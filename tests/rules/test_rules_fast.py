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
from bot.core.rules import match_keys
from bot.core.rules import nodes as rule_nodes
from bot.core.rules.engine import RuleSet
from bot.core.rules.files import load_rules_toml
from bot.core.rules.nodes import sentence_starts
from bot.core.rules.syntax import WORD_RE

ROOT = Path(__file__).parents[2]
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
    memos = [n for c in ruleset._compiled for n in _nodes(c.node) if isinstance(n, rule_nodes.Memo)]
    assert len({id(m) for m in memos}) == 2  # the support words and @ukraine, one node each


def _nodes(node) -> list:
    found = [node]
    if isinstance(node, rule_nodes.Memo):
        found += _nodes(node.inner)
    for _, _, child in rule_nodes.child_nodes(node):
        found += _nodes(child)
    return found


def test_a_rule_whose_words_are_missing_does_not_run(default_rules, monkeypatch) -> None:
    rules, threshold = default_rules
    ruleset = RuleSet.compile(rules, threshold=threshold, entities=load_entities())
    ran = []
    for kind in (rule_nodes.NearNode, rule_nodes.AndNode, rule_nodes.OrNode, rule_nodes.PhraseNode):
        monkeypatch.setattr(kind, "run", lambda self, ctx, run=kind.run: ran.append(self) or run(self, ctx))
    assert not ruleset.analyze("Heavy rain is expected in Ukraine, where old howitzers stand in museums.").hits
    assert ran == []  # a weapon and Ukraine, but no support word: no rule even starts
    assert ruleset.analyze("Germany will send howitzers to Ukraine.").hits
    assert ran


def test_an_alternative_of_several_parts_requires_its_rarest_part(monkeypatch) -> None:
    # The second alternative needs a country near "hands Ukraine": a text naming a
    # country and a tank, without the phrase or "send", cannot match, so the rule does
    # not start (it did when the alternative required its first part, the country).
    ruleset = RuleSet.compile([Rule("t", 'tank NEAR/5 (send OR ((Germany OR France) NEAR/3 "hands Ukraine"))')])
    ran = []
    for kind in (rule_nodes.NearNode, rule_nodes.OrNode, rule_nodes.PhraseNode):
        monkeypatch.setattr(kind, "run", lambda self, ctx, run=kind.run: ran.append(self) or run(self, ctx))
    assert not ruleset.analyze("Germany keeps its old tank in a museum.").hits
    assert ran == []
    assert ruleset.analyze("Germany hands Ukraine a tank.").hits
    assert ran


def test_near_works_out_sentences_only_for_a_pair_close_enough(monkeypatch) -> None:
    ruleset = RuleSet.compile([Rule("t", "tank NEAR/3 send")])
    numbered = []
    monkeypatch.setattr(rule_nodes.Words, "same_sentence",
                        lambda self, first, last, same=rule_nodes.Words.same_sentence: numbered.append(self.text)
                        or same(self, first, last))
    far = "They send help. " + "Words and more words. " * 5 + "A tank."
    assert not ruleset.analyze(far).hits
    assert numbered == []  # no pair within three words: no sentence asked for
    assert ruleset.analyze("They send a tank.").hits
    assert numbered


# Rules written from a few words, as the rule language allows them inside NEAR (word
# lists: OR, NEAR, BEFORE, EXCEPT, phrases), joined by AND at the top.
_RULE_VOCABULARY = ["tank", "send", "Germany", "France", "Ukraine", "hands", "the", "jets"]


def _expressions(depth: int):
    word = st.sampled_from(_RULE_VOCABULARY)
    leaf = st.one_of(word, st.tuples(word, word).map(lambda pair: f'"{pair[0]} {pair[1]}"'))
    if depth == 0:
        return leaf
    inner = _expressions(depth - 1)
    return st.one_of(
        leaf,
        st.lists(inner, min_size=2, max_size=4).map(lambda ops: "(" + " OR ".join(ops) + ")"),
        st.tuples(inner, st.sampled_from(["NEAR", "BEFORE"]), st.integers(1, 6), inner).map(
            lambda t: f"({t[0]} {t[1]}/{t[2]} {t[3]})"),
        st.tuples(inner, inner).map(lambda t: f"({t[0]} EXCEPT {t[1]})"),
    )


_RULE_EXPRESSIONS = st.lists(_expressions(3), min_size=1, max_size=3).map(" AND ".join)
_RULE_TEXTS = st.lists(
    st.tuples(st.sampled_from(_RULE_VOCABULARY), st.sampled_from([" ", " ", " ", ", ", ". ", " and ", " to "])),
    max_size=30,
).map(lambda pairs: "".join(word + glue for word, glue in pairs))


@given(st.lists(_RULE_EXPRESSIONS, min_size=1, max_size=3), st.lists(_RULE_TEXTS, min_size=1, max_size=5))
def test_requirements_never_keep_a_rule_that_would_fire_from_running(expressions, sample) -> None:
    # A rule starts only when the text meets its requirements (one part of each
    # alternative, chosen at compile time): they must hold for every text it fires on.
    ruleset = RuleSet.compile([Rule("t", expression) for expression in expressions])
    checked = [ruleset.analyze(text) for text in sample]
    ruleset._requires = [frozenset()] * len(ruleset._requires)
    assert checked == [ruleset.analyze(text) for text in sample]


_PIECES = st.sampled_from(
    ["Ukraine", "tanks", "155mm", "F-16", "l'Ukraine", "U.S.", "M.", "Mrd.", "24.", "é", "Panzern", "1,5"]
    + [" ", "  ", ". ", "! ", "? ", "; ", "\n", "\n\n", ".\" ", "…", ", ", "-", "\u00a0", "\u2028"]
)


@given(st.lists(_PIECES, max_size=40).map("".join))
def test_words_offsets_and_sentence_numbers_equal_a_scan(text: str) -> None:
    found = rule_nodes.split_words(text)
    starts = sentence_starts(text)
    assert found.words == WORD_RE.findall(text)
    assert found.sentences == [bisect_right(starts, m.start()) - 1 for m in WORD_RE.finditer(text)]
    assert list(zip(found.starts, found.ends)) == [m.span() for m in WORD_RE.finditer(text)]


def test_the_split_pattern_finds_the_word_pieces_beside_every_character() -> None:
    # bot.core.text splits with a pattern written for speed; WORD_RE is the definition.
    from bot.core.text import _PIECE_SPLIT

    chars = [chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF]
    text = "|".join(f"a{c}1{c}{c}a {c}" for c in chars)
    assert _PIECE_SPLIT.split(text)[1::2] == WORD_RE.findall(text)
    assert "".join(_PIECE_SPLIT.split(text)) == text


@given(
    st.lists(st.tuples(st.integers(0, 40), st.integers(0, 40)), min_size=1, max_size=60),
    st.sets(st.integers(0, 40), max_size=40),
)
def test_an_or_yields_matches_in_the_order_of_a_full_intersection(phrases, present) -> None:
    phrase_nodes = [rule_nodes.PhraseNode(terms if terms[0] != terms[1] else terms[:1]) for terms in phrases]
    node = rule_nodes.OrNode(phrase_nodes)
    ids = [tuple(sorted(present)) for _ in range(3)]
    occ = {term: [0, 1, 2] for term in present}
    ctx = rule_nodes.TextContext("a b c", rule_nodes.split_words("a b c"), ids, occ)
    plain = []
    for first in ctx.present.intersection(node.by_first):
        for phrase in node.by_first[first]:
            plain.extend(type(phrase).run(phrase, ctx))
    assert node.run(ctx) == plain


def test_an_or_keeps_the_order_of_the_full_intersection_when_term_ids_collide() -> None:
    # 1 and 9 share a slot in a set of two, so such a set iterates them in the order
    # they were put in: the full intersection walks the list (9, then 1); a text's
    # words, a set, hold 1 before 9.
    node = rule_nodes.OrNode([rule_nodes.PhraseNode((term,)) for term in (9, 1, 20, 21, 22)])
    occ = {1: [0], 9: [1]}
    ctx = rule_nodes.TextContext("a b", rule_nodes.split_words("a b"), [(1,), (9,)], occ)
    assert list(ctx.present.intersection(node.by_first)) == [9, 1]
    assert node.run(ctx) == [(1, 1, ((1, 1),)), (0, 0, ((0, 0),))]


def test_near_finds_the_same_pairs_with_or_without_bisection(default_rules, monkeypatch) -> None:
    rules, threshold = default_rules
    ruleset = RuleSet.compile(rules, threshold=threshold, entities=load_entities())
    sample = texts() + ["tank send Ukraine " * 300, "Ukraine " * 500 + "tank " * 20 + "send"]
    usual = [ruleset.analyze(text) for text in sample]
    for few in (0, 10_000):
        monkeypatch.setattr(rule_nodes, "_FEW_RIGHTS", few)
        assert [ruleset.analyze(text) for text in sample] == usual


@pytest.mark.skipif(
    "low_memory" not in match_keys.inspect.signature(simplemma.lemmatize).parameters,
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
    for lang in match_keys.LEMMA_LANGS:
        for word in sorted(variants):
            assert match_keys._lemmatize(word, lang=lang) == simplemma.lemmatize(word, lang=lang), (word, lang)


@pytest.mark.parametrize(
    ("rule_word", "text"),
    [("munition", "des munitions"), ("livraison", "les livraisons"), ("Panzer", "mit Panzern"), ("tank", "tanks")],
)
def test_inflected_forms_still_match(rule_word: str, text: str) -> None:
    assert RuleSet.compile([Rule("t", rule_word)], threshold=1.0).analyze(text).relevant


# ---------------------------------------------------------------- shortcuts against the plain way
# The plain way: every rule runs on every text (no requirement check), an OR walks its
# dict of first words, a phrase of several words is looked for afresh at each run, and
# NEAR compares every left match with every right one. The analyses must be equal,
# hits, words and order of matches included (NEAR keeps its first 1,000 matches).


def _plain_phrase(self, ctx):
    return ctx.word_matches(self.terms[0]) if len(self.terms) == 1 else self._find(ctx)


def _plain_or(self, ctx):
    out = []
    for first in ctx.present.intersection(self.by_first):
        for phrase in self.by_first[first]:
            if phrase.rest <= ctx.present:
                out.extend(phrase.run(ctx))
    for operand in self.others:
        if operand.may_match(ctx):
            out.extend(operand.run(ctx))
    return out


def _plain_near(self, ctx):
    if not (self.left.may_match(ctx) and self.right.may_match(ctx)):
        return []
    lefts, rights = self.left.run(ctx), sorted(self.right.run(ctx))
    out = []
    for l_first, l_last, l_pieces in lefts:
        for r_first, r_last, r_pieces in rights:
            if self.ordered and r_first <= l_last:  # BEFORE: the right match after the left one
                continue
            first, last = min(l_first, r_first), max(l_last, r_last)
            gap = max(r_first - l_last, l_first - r_last, 0)
            if gap <= self.distance and ctx.split.sentences[first] == ctx.split.sentences[last]:
                out.append((first, last, l_pieces + r_pieces))
                if len(out) >= rule_nodes._MAX_NEAR_MATCHES:
                    return out
    return out


def _plain_and(self, ctx) -> list[tuple]:
    # every operand in turn, the regexes in their place (the engine runs them first, stop 56)
    out: list[tuple] = []
    for operand in self.operands:
        found = operand.run(ctx) if operand.may_match(ctx) else []
        if not found:
            return []
        out.extend(found)
    return out


def _plain_regex(self, ctx) -> list[tuple]:
    # through the wrapper's search of the folded str (the engine reads its UTF-8 bytes, stop 56)
    found = self.regex.search(ctx.folded)
    return [(None, None, found.group(0))] if found else []


def plain_analyses(ruleset: RuleSet, sample: list[str], monkeypatch) -> list:
    with monkeypatch.context() as patch:
        patch.setattr(rule_nodes.PhraseNode, "run", _plain_phrase)
        patch.setattr(rule_nodes.OrNode, "run", _plain_or)
        patch.setattr(rule_nodes.NearNode, "run", _plain_near)
        patch.setattr(rule_nodes.AndNode, "run", _plain_and)
        patch.setattr(rule_nodes.RegexNode, "run", _plain_regex)
        patch.setattr(ruleset, "_requires", [frozenset()] * len(ruleset._requires))
        return [ruleset.analyze(text) for text in sample]


@pytest.fixture(scope="module")
def shipped(default_rules) -> RuleSet:
    rules, threshold = default_rules
    return RuleSet.compile(rules, threshold=threshold, entities=load_entities())


def test_shortcuts_give_the_plain_analyses_on_real_texts(shipped, monkeypatch) -> None:
    from tests.conftest import texts_to_try_rules_on

    sample = texts_to_try_rules_on()
    sample += ["Ukraine tanks send " * 400]  # NEAR reaches its 1,000 matches
    fast = [shipped.analyze(text) for text in sample]
    assert sum(a.relevant for a in fast) > 20  # rules that fire, not only empty answers
    assert fast == plain_analyses(shipped, sample, monkeypatch)


# Words of the shipped rules and lists (several-word names, words that begin many
# phrases, words of requirements met only by phrases), mixed with sentence ends.
_RULE_WORDS = st.sampled_from(
    ["Ukraine", "l'Ukraine", "for", "Ukraine's", "Kyiv", "Kiew", "der", "Ukraine.", "pour", "à", "Germany",
     "Deutschland", "France", "will", "send", "sends", "deliver", "livrer", "liefert", "tanks", "Leopard", "2",
     "Patriot", "air", "defence", "systems", "IRIS-T", "SLM", "military", "aid", "package", "of", "sanctions",
     "missiles", "missile", "attack", "drones", "Russian", "billion", "euros", "pledged", "Panzer", "chars",
     "de", "combat", "hands", "handed", "think", "tank", "the", "U.S.", "F-16", "jets", "ammunition", "155mm",
     "shells", "Rheinmetall", "produce", "plant", "Ramstein", "meeting", "NATO", "allies"]
)
_GLUE = st.sampled_from([" ", " ", " ", ", ", ". ", "\n", " and ", " to "])


@given(st.lists(st.tuples(_RULE_WORDS, _GLUE), min_size=1, max_size=60).map(lambda p: "".join(a + b for a, b in p)))
def test_shortcuts_give_the_plain_analyses_on_generated_texts(shipped, text: str) -> None:
    fast = shipped.analyze(text)
    with pytest.MonkeyPatch.context() as patch:
        assert fast == plain_analyses(shipped, [text], patch)[0]


# Texts beyond ASCII around the shipped regexes' words: the match's text read from the folded
# text's bytes is the wrapper's (a character of 2, 3 or 4 bytes before, inside or after it).
_REGEX_PIECES = st.sampled_from(
    ["Military aid:", "aide militaire :", "Militärhilfe:", "the 12th package", "le 3e paquet", "das 5. Hilfspaket",
     "Faktencheck", "no, the U.S. has not sent", "Sanctions:", "l'action a pris 3", " ", "\n", "é", "ł", "д", "€",
     "\u2014", "😀", "ǅ", "\u212a", "ſ", "İ", "ß", "1", "…"]
)


@given(st.lists(_REGEX_PIECES, min_size=1, max_size=30).map("".join))
def test_the_regexes_read_on_bytes_match_what_the_wrapper_matches(shipped, text: str) -> None:
    ctx = rule_nodes.TextContext(text, rule_nodes.split_words(text), [], {})
    regexes = {id(node): node for compiled in shipped._compiled for node in _walk(compiled.node)
               if isinstance(node, rule_nodes.RegexNode)}
    assert len(regexes) >= 10
    for node in regexes.values():
        assert node.run(ctx) == _plain_regex(node, ctx), node.key


def _walk(node):
    yield node
    inner = getattr(node, "inner", None)
    if inner is not None:
        yield from _walk(inner)
    for _, _, child in rule_nodes.child_nodes(node):
        yield from _walk(child)
