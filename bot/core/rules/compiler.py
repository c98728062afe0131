"""Rule compilation: parsed rule expressions (bot.core.rules.syntax) become nodes
(bot.core.rules.nodes) over one shared word index.

- Every word, phrase word, wildcard and list name of every rule gets a term id, and
  the index maps each match key (bot.core.rules.match_keys) of a term to its ids.
- Sub-expressions that several rules repeat (the support words of a language,
  @ukraine) are compiled into one node (`Compiler.intern`), whose result a text then
  computes once.
- Each rule knows what a text must hold for it to match (`Requirements`: a weapon
  *and* a support word *and* Ukraine, a phrase only when all its words occur), so most
  rules are ruled out by a few set tests; only rules that can be true without any word
  (`NOT x`, regexes) run on every text.

`check_rule` checks what the parser does not: a rule's topic and weight.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from bot.core.models import Rule
from bot.core.pledges.passes.entities import NAME_LANGUAGES
from bot.core.pledges.things.replacement_systems import REPLACEMENT_SYSTEMS
from bot.core.rules.match_keys import LEMMA_LANGS, word_keys
from bot.core.rules.nodes import (
    AndNode,
    ExceptNode,
    Memo,
    NearNode,
    Node,
    NotNode,
    OrNode,
    PhraseNode,
    RegexNode,
)
from bot.core.rules.syntax import (
    ENTITY_LISTS,
    WORD_RE,
    And,
    Except,
    Expr,
    ListRef,
    Near,
    Not,
    Or,
    Phrase,
    Regex,
    Word,
    compile_regex,
    iter_terms,
    parse_expression,
)
from bot.core.text import fold
from bot.errors import RuleError

TOPIC_RE = re.compile(r"[a-z][a-z0-9_]{0,39}")
LANGUAGE_FILTER = "lang_"  # `@country:lang_de`: the names of one language and the shared ones
MAX_WEIGHT = 100.0


@dataclass(frozen=True, slots=True)
class CompiledRule:
    rule: Rule
    node: Node
    # The rule is only evaluated on texts holding one of these terms; None means on
    # every text (it can match without any word: NOT, regexes).
    need: frozenset[int] | None


class Requirements:
    """What a text must hold for a node to match, found at compile time, so that
    most rules are ruled out by a few set tests instead of a walk of their tree.

    A requirement is a set of marks of which the text must hold one. A mark is a
    term, or, for a phrase of several words, a mark of its own that a text holds
    when it holds every word of the phrase (not necessarily side by side). A
    phrase requires its mark; an OR one mark of any operand (of an operand with
    several requirements, those of its smallest one); AND and NEAR all the
    requirements of their operands; EXCEPT those of its left side; NOT and regexes
    nothing (they can match without any word)."""

    def __init__(self, first_mark: int):
        self.phrases: dict[frozenset[int], int] = {}  # the words of a phrase -> its mark
        self._next = first_mark

    def mark(self, phrase: PhraseNode) -> int:
        words = frozenset(phrase.terms)
        if len(words) == 1:
            return phrase.terms[0]
        found = self.phrases.get(words)
        if found is None:
            found = self.phrases[words] = self._next
            self._next += 1
        return found

    def of(self, node: Node) -> list[frozenset[int]]:
        if isinstance(node, Memo):
            return self.of(node.inner)
        if isinstance(node, PhraseNode):
            return [frozenset((self.mark(node),))]
        if isinstance(node, OrNode):
            marks = {self.mark(p) for phrases in node.by_first.values() for p in phrases}
            for operand in node.others:
                required = self.of(operand)
                if not required:
                    return []  # this operand can match without any word
                # Any one requirement of the operand will do: the one of fewest marks,
                # the rarest as a rule. "@country NEAR/3 "hands Ukraine"" in @support:en
                # required a country's name, which most articles in any language hold, so
                # the English weapon rules ran on French and German texts for nothing;
                # "hands Ukraine" keeps them to the texts that can match (rules: -4.2% of
                # instructions, callgrind, 300 varied texts).
                marks |= min(required, key=len)
            return [frozenset(marks)]
        if isinstance(node, AndNode):
            return [r for operand in node.operands for r in self.of(operand)]
        if isinstance(node, NearNode):
            return self.of(node.left) + self.of(node.right)
        if isinstance(node, ExceptNode):
            return self.of(node.left)
        return []


class Compiler:
    """Builds the shared term index while turning syntax trees into nodes."""

    def __init__(self, entities, keys_of: Callable[[str], tuple[str, ...]] = word_keys):
        self.entities = entities
        self.keys_of = keys_of
        self.term_ids: dict[tuple[str, str], int] = {}
        self.by_key: dict[str, list[int]] = {}
        # wildcard kind -> folded fragment -> term ids
        self.wildcards: dict[str, dict[str, list[int]]] = {"prefix": {}, "suffix": {}, "infix": {}}
        self.lists: dict[tuple[str, str | None], OrNode] = {}
        self.nodes: dict[tuple, Node] = {}

    def intern(self, node: Node) -> Node:
        """The one node computing what `node` computes: rules repeat whole groups (the
        support words of a language, @ukraine), and one node is one evaluation per
        text once shared nodes are memoised (see nodes.share_results)."""
        return self.nodes.setdefault(node.key, node)

    def term(self, kind: str, value: str, keys: Iterable[str] = ()) -> int:
        """The id of a term, creating it (and indexing its keys) on first use."""
        ident = (kind, value)
        found = self.term_ids.get(ident)
        if found is None:
            found = self.term_ids[ident] = len(self.term_ids)
            if kind in ("prefix", "suffix", "infix"):
                self.wildcards[kind].setdefault(value, []).append(found)
            for key in keys:
                self.by_key.setdefault(key, []).append(found)
        return found

    def word(self, word: Word) -> int:
        if word.prefix and word.suffix:
            return self.term("infix", word.folded)
        if word.suffix:
            return self.term("suffix", word.folded)
        if word.prefix:
            return self.term("prefix", word.folded)
        if word.exact or word.text.isdigit():
            return self.term("exact", word.folded, (word.folded,))
        keys = [k for k in self.keys_of(word.text) if not k.startswith("c:")]
        # A rule word is written in its dictionary form, so a text word whose lemma is
        # that word matches it even where the lemmatiser reads the rule word itself as
        # another word: "schicken" as the adjective "schick" (lemma "schick") would
        # otherwise miss "schickt", "schickte" and "geschickt" (lemma "schicken").
        keys += [f"{lang}:{word.folded}" for lang in LEMMA_LANGS]
        return self.term("inflected", word.text.lower(), list(dict.fromkeys(keys)))

    def name(self, name: str, case_sensitive: bool) -> PhraseNode | None:
        """A list name as a phrase. Case-sensitive names compare words as written;
        a trailing '*' makes the last word a prefix; other words inflect."""
        wild = name.endswith("*")
        parts = WORD_RE.findall(name[:-1] if wild else name)
        if not parts:
            return None
        terms = []
        for i, part in enumerate(parts):
            if wild and i == len(parts) - 1:
                terms.append(self.term("prefix", fold(part)))
            elif case_sensitive:
                terms.append(self.term("case", part, ("c:" + part,)))
            else:
                terms.append(self.word(Word(part, fold(part))))
        return self.intern(PhraseNode(tuple(terms)))

    def list_node(self, ref: ListRef) -> Node:
        cached = self.lists.get((ref.name, ref.filter))
        if cached is not None:
            return cached
        if ref.name not in ENTITY_LISTS:
            node = self._word_list_node(ref)
            self.lists[(ref.name, ref.filter)] = node
            return node
        names = list(self._list_names(ref))
        # Names that fold to the same words are one phrase (names are interned): @system has
        # "IRIS-T" and "Iris-T", "CAESAR" as its key and as its exact-case name, 95 of 401. Kept
        # once, in first-seen order: each copy ran again on every text and gave the same matches.
        phrases = dict.fromkeys(p for p in (self.name(n, cs) for n, cs in names) if p is not None)
        node = self.intern(OrNode(phrases))
        self.lists[(ref.name, ref.filter)] = node
        return node

    def _word_list_node(self, ref: ListRef) -> Node:
        """A named word list (bot.core.rules.word_lists): `@support:fr` is the French variant,
        `@support` all variants at once. Each variant compiles like the group of words it
        stands for, so a rule reads the same with the list written out."""
        word_lists = self.entities.word_lists
        variants = word_lists.get(ref.name)
        if variants is None:
            known = [*ENTITY_LISTS, *sorted(word_lists)]
            raise RuleError(f"unknown list @{ref.name}", ref.position, "one of " + ", ".join("@" + n for n in known))
        if ref.filter is None:
            chosen = list(variants.values())
        elif ref.filter in variants:
            chosen = [variants[ref.filter]]
        else:
            raise RuleError(f"@{ref.name} has no variant {ref.filter!r}", ref.position,
                            "one of " + ", ".join(f"@{ref.name}:{v}" for v in variants))
        nodes = [self.node(parse_expression(expression)) for expression in chosen]
        return nodes[0] if len(nodes) == 1 else self.intern(OrNode(nodes))

    def _list_names(self, ref: ListRef) -> Iterable[tuple[str, bool]]:
        entities = self.entities
        if ref.name == "ukraine":
            if ref.filter is not None:
                raise RuleError("@ukraine takes no filter", ref.position, "@ukraine")
            return ((n, False) for n in entities.ukraine_names)
        language = _language_filter(ref)
        if language is not None:
            # `@country:lang_de`: the names told in German and those every language shares. A German rule has no
            # use for "Allemagne" or "Germany" after its "an", and each name costs it a lookup on every text.
            if ref.name == "country":
                return entities.country_names(None, language)
            systems = [s for s in entities.systems.values() if s.name not in REPLACEMENT_SYSTEMS]
            return ((n, n in s.case_sensitive) for s in systems for n in (s.name, *s.names, *s.case_sensitive)
                    if s.in_language(n, language))
        if ref.name == "country":
            if ref.filter is not None and ref.filter.upper() not in entities.country_codes():
                raise RuleError(f"unknown country code {ref.filter!r}", ref.position,
                                "a country code such as @country:ru or @country:lang_de")
            return entities.country_names(None if ref.filter is None else ref.filter.upper())
        if ref.name == "donor":
            donors = list(entities.donors.values())
            if ref.filter is not None:
                donors = [d for d in donors if d.code.lower() == ref.filter]
                if not donors:
                    raise RuleError(
                        f"unknown donor code {ref.filter!r}", ref.position, "a donor code such as @donor:fr"
                    )
            return ((n, n in d.case_sensitive) for d in donors for n in (*d.names, *d.case_sensitive))
        # A replacement system (the F-35 a donor buys while it gives its F-16s) is no word of aid: named in
        # a budget story beside Ukraine it made the story relevant (bot/core/pledges/things/replacement_systems.py).
        systems = [s for s in entities.systems.values() if s.name not in REPLACEMENT_SYSTEMS]
        if ref.filter is not None:
            categories = sorted({s.category for s in systems})
            systems = [s for s in systems if s.category == ref.filter]
            if not systems:
                raise RuleError(
                    f"unknown system category {ref.filter!r}", ref.position, "one of " + ", ".join(categories)
                )
        return ((n, n in s.case_sensitive) for s in systems for n in (s.name, *s.names, *s.case_sensitive))

    def node(self, expr: Expr) -> Node:
        if isinstance(expr, Phrase):
            return self.intern(PhraseNode(tuple(self.word(w) for w in expr.words)))
        if isinstance(expr, ListRef):
            return self.list_node(expr)
        if isinstance(expr, Regex):
            return self.intern(RegexNode(compile_regex(expr.pattern, expr.position), expr.pattern))
        if isinstance(expr, Not):
            return self.intern(NotNode(self.node(expr.operand)))
        if isinstance(expr, And):
            return self.intern(AndNode([self.node(op) for op in expr.operands]))
        if isinstance(expr, Or):
            return self.intern(OrNode([self.node(op) for op in expr.operands]))
        if isinstance(expr, Near):
            return self.intern(NearNode(self.node(expr.left), self.node(expr.right), expr.distance, expr.ordered))
        if isinstance(expr, Except):
            return self.intern(ExceptNode(self.node(expr.left), self.node(expr.right)))
        raise TypeError(f"not an expression: {expr!r}")  # pragma: no cover

    def compile_rule(self, rule: Rule) -> CompiledRule:
        expr = parse_expression(rule.expression)
        if self.entities is None and any(isinstance(t, ListRef) for t in iter_terms(expr)):
            # The core reads no files: whoever compiles rules with @lists hands the lists in.
            raise RuleError("@lists need the entity lists, and none were given", None, "entities=...")
        node = self.node(expr)
        return CompiledRule(rule, node, node.need)


def _language_filter(ref: ListRef) -> str | None:
    """The language of a `lang_xx` filter (`@system:lang_de`, `@country:lang_fr`), None for any other filter;
    RuleError for a language the lists do not tag or a list that has no language filter."""
    if ref.filter is None or not ref.filter.startswith(LANGUAGE_FILTER):
        return None
    language = ref.filter.removeprefix(LANGUAGE_FILTER)
    expected = " or ".join(f"@{ref.name}:{LANGUAGE_FILTER}{lang}" for lang in NAME_LANGUAGES)
    if ref.name not in ("country", "system"):
        raise RuleError(f"@{ref.name} has no language filter (lang_...)", ref.position, "@country:lang_de or @system:lang_de")
    if language not in NAME_LANGUAGES:
        raise RuleError(f"unknown language {language!r} in @{ref.name}:{ref.filter}", ref.position, expected)
    return language


def check_rule(rule: Rule) -> None:
    """RuleError unless the topic and weight of `rule` are acceptable (the expression
    is checked by the parser)."""
    if not isinstance(rule.topic, str) or not TOPIC_RE.fullmatch(rule.topic):
        raise RuleError(
            f"invalid topic {rule.topic!r}: use 1 to 40 lower-case letters, digits or '_', starting with a letter",
            None,
            "a topic like air_defence",
        )
    weight = rule.weight
    if isinstance(weight, bool) or not isinstance(weight, (int, float)) or not math.isfinite(weight):
        raise RuleError(f"invalid weight {weight!r}: it must be a finite number", None, "a number such as 1.0")
    if abs(weight) > MAX_WEIGHT:
        raise RuleError(f"weight {weight:g} is outside -{MAX_WEIGHT:g}..{MAX_WEIGHT:g}", None,
                        f"a weight from -{MAX_WEIGHT:g} to {MAX_WEIGHT:g}")


def describe_rule(rule: Rule, index: int) -> str:
    return f"rule {rule.id if rule.id is not None else '#' + str(index + 1)} ({rule.topic})"
