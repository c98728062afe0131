"""Compiles parsed rules into one word index and evaluates them on texts.

Speed comes from doing the expensive work once:

- at compile time every word, phrase word, wildcard and list name of every rule gets
  a term id, and the index maps each *match key* of a term to its ids;
- a text is split into words once (one regex pass); each distinct spelling is turned
  into term ids on first sight and remembered, so later texts pay one dict lookup
  per word;
- each compiled node knows a set of terms of which one must occur for it to match,
  so a rule (or a branch of it) whose words are absent costs one set test; only
  rules that can be true without any word (`NOT x`, regexes) run on every text.

Match keys (see `word_keys`) make inflection cheap: a word's keys are its folded
spelling, its lemma in English, French and German (simplemma), and a crude singular
(a final "s" dropped). A bare rule word matches a text word when they share a key,
so munition~munitions, livraison~livraisons, Panzer~Panzern, livré~livrés.
"""

from __future__ import annotations

import math
import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass

import simplemma

from bot.core.models import Analysis, Rule, RuleHit
from bot.core.rule_syntax import (
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
from bot.core.text import fold, sentence_spans
from bot.errors import RuleError

TOPIC_RE = re.compile(r"[a-z][a-z0-9_]{0,39}")
MAX_WEIGHT = 100.0
LEMMA_LANGS = ("en", "fr", "de")
_CACHE_LIMIT = 200_000  # distinct spellings remembered before a cache starts afresh
_MAX_WORDS_PER_HIT = 12
_MAX_NEAR_MATCHES = 1000
_MAX_LEMMA_CHARS = 64  # longer "words" are junk (or hostile): no lemma, no plural

# ---------------------------------------------------------------- match keys

_keys_cache: dict[str, tuple[str, ...]] = {}


def word_keys(surface: str) -> tuple[str, ...]:
    """Match keys of one word as written in a text or a rule.

    keys[0] is the folded word itself. Then "c:<as written>" (for case-sensitive list
    names like "US"), "s:<folded minus a plural s>", and "<lang>:<folded lemma>" for
    en, fr and de. Lemmas are computed from the accented spelling (livré -> livrer,
    but livre -> livre) and, for German, also capitalised (panzern -> Panzer)."""
    keys = _keys_cache.get(surface)
    if keys is not None:
        return keys
    folded = fold(surface)
    found = [folded, "c:" + surface]
    if not surface.isdigit() and len(surface) <= _MAX_LEMMA_CHARS:
        found.append("s:" + _singular(folded))
        lower = surface.lower()
        for lang in LEMMA_LANGS:
            variants = (lower, surface, lower[:1].upper() + lower[1:]) if lang == "de" else (lower,)
            for variant in dict.fromkeys(variants):
                found.append(lang + ":" + fold(simplemma.lemmatize(variant, lang=lang)))
    keys = tuple(dict.fromkeys(found))
    if len(_keys_cache) >= _CACHE_LIMIT:
        _keys_cache.clear()
    _keys_cache[surface] = keys
    return keys


def _singular(folded: str) -> str:
    """Drop an English/French plural "s" from words the lemmatiser may not know
    (Leopards, Patriots, HIMARS...). Both sides of a comparison go through it."""
    if len(folded) >= 4 and folded.endswith("s") and not folded.endswith(("ss", "us", "is")):
        return folded[:-1]
    return folded


# ---------------------------------------------------------------- sentences for NEAR

def sentence_starts(text: str) -> list[int]:
    """Character offsets where the sentences of `text` start (the first is 0).
    NEAR/n never crosses these (see bot.core.text for what ends a sentence)."""
    return [0] + [start for start, _ in sentence_spans(text)[1:]]


# ---------------------------------------------------------------- runtime context

# Evidence of a match: (first word, last word, pieces) where pieces are the (first,
# last) word spans that matched; regexes give (None, None, matched text) and a true
# NOT gives _NO_EVIDENCE.
_NO_EVIDENCE = (None, None, None)


class _Context:
    """One text being analysed: its words, their term ids and positions, and lazily
    the sentence of each word and the folded text (only NEAR and regexes need them)."""

    __slots__ = ("text", "ids", "occ", "present", "_sentences", "_folded", "_offsets")

    def __init__(self, text: str, ids: list[tuple[int, ...]], occ: dict[int, list[int]]):
        self.text = text
        self.ids = ids
        self.occ = occ
        self.present = set(occ)
        self._sentences: list[int] | None = None
        self._folded: str | None = None
        self._offsets: list[tuple[int, int]] | None = None

    @property
    def offsets(self) -> list[tuple[int, int]]:
        if self._offsets is None:
            self._offsets = [m.span() for m in WORD_RE.finditer(self.text)]
        return self._offsets

    @property
    def sentences(self) -> list[int]:
        if self._sentences is None:
            starts = sentence_starts(self.text)
            self._sentences = [bisect_right(starts, start) - 1 for start, _ in self.offsets]
        return self._sentences

    @property
    def folded(self) -> str:
        if self._folded is None:
            self._folded = fold(self.text)
        return self._folded

    def words_of(self, evidence: list[tuple]) -> list[str]:
        """The original words (as written in the text) behind a list of evidence, in
        reading order, each once; regex matches (folded) come last."""
        spans: set[tuple[int, int]] = set()
        matched: list[str] = []
        for first, _last, pieces in evidence:
            if first is not None:
                spans.update(pieces)
            elif pieces is not None:
                matched.append(pieces)
        merged: list[list[int]] = []  # overlapping matches ("IRIS-T", "IRIS-T SLM") read as one
        for start, end in sorted(spans):
            if merged and start <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], end)
            else:
                merged.append([start, end])
        offsets = self.offsets
        words = [self.text[offsets[start][0] : offsets[end][1]] for start, end in merged]
        return list(dict.fromkeys(words + matched))[:_MAX_WORDS_PER_HIT]


# ---------------------------------------------------------------- compiled nodes


class _Node:
    """A compiled expression. `need` is a set of term ids of which at least one must
    occur in a text for the node to match (None when it can match without any word,
    like NOT or a regex): a set intersection then skips most nodes without running
    them."""

    __slots__ = ("need",)

    def run(self, ctx: _Context) -> list[tuple]:  # pragma: no cover - interface
        raise NotImplementedError

    def may_match(self, ctx: _Context) -> bool:
        return self.need is None or not self.need.isdisjoint(ctx.present)


class _PhraseNode(_Node):
    """Consecutive words; a single word is a phrase of one."""

    __slots__ = ("terms",)

    def __init__(self, terms: tuple[int, ...]):
        self.terms = terms
        self.need = frozenset(terms[:1])

    def run(self, ctx: _Context) -> list[tuple]:
        terms, occ = self.terms, ctx.occ
        if len(terms) == 1:
            return [(p, p, ((p, p),)) for p in occ.get(terms[0], ())]
        # Anchor on the rarest word ("Ukraine" rather than "for" in "for Ukraine").
        anchor, positions = 0, None
        for k, term in enumerate(terms):
            found = occ.get(term)
            if not found:
                return []
            if positions is None or len(found) < len(positions):
                anchor, positions = k, found
        ids, last = ctx.ids, len(terms) - 1
        limit = len(ids) - 1 - last
        out = []
        for p in positions:
            start = p - anchor
            if start < 0 or start > limit:
                continue
            if all(term in ids[start + k] for k, term in enumerate(terms) if k != anchor):
                out.append((start, start + last, ((start, start + last),)))
        return out


class _OrNode(_Node):
    """Any of its operands. Phrase operands (most of them: word lists, entity lists)
    are indexed by their first word, so only those whose first word occurs run."""

    __slots__ = ("by_first", "others")

    def __init__(self, operands: Iterable[_Node]):
        self.by_first: dict[int, list[_PhraseNode]] = {}
        self.others: list[_Node] = []
        for operand in operands:
            if isinstance(operand, _PhraseNode):
                self.by_first.setdefault(operand.terms[0], []).append(operand)
            elif isinstance(operand, _OrNode):
                for first, phrases in operand.by_first.items():
                    self.by_first.setdefault(first, []).extend(phrases)
                self.others.extend(operand.others)
            else:
                self.others.append(operand)
        needs = [o.need for o in self.others]
        if any(n is None for n in needs):
            self.need = None
        else:
            self.need = frozenset(self.by_first).union(*needs)

    def run(self, ctx: _Context) -> list[tuple]:
        out: list[tuple] = []
        for first in ctx.present.intersection(self.by_first):
            for phrase in self.by_first[first]:
                out.extend(phrase.run(ctx))
        for operand in self.others:
            if operand.may_match(ctx):
                out.extend(operand.run(ctx))
        return out


class _RegexNode(_Node):
    __slots__ = ("regex",)

    def __init__(self, regex):
        self.regex = regex
        self.need = None

    def run(self, ctx: _Context) -> list[tuple]:
        found = self.regex.search(ctx.folded)
        return [(None, None, found.group(0))] if found else []


class _NotNode(_Node):
    __slots__ = ("operand",)

    def __init__(self, operand: _Node):
        self.operand = operand
        self.need = None

    def run(self, ctx: _Context) -> list[tuple]:
        if self.operand.may_match(ctx) and self.operand.run(ctx):
            return []
        return [_NO_EVIDENCE]


class _AndNode(_Node):
    __slots__ = ("operands",)

    def __init__(self, operands: list[_Node]):
        # Cheap checks first: operands with a `need` can be ruled out by a set test.
        self.operands = sorted(operands, key=lambda o: o.need is None)
        needs = [o.need for o in operands if o.need is not None]
        self.need = min(needs, key=len) if needs else None

    def run(self, ctx: _Context) -> list[tuple]:
        for operand in self.operands:
            if not operand.may_match(ctx):
                return []
        out: list[tuple] = []
        for operand in self.operands:
            found = operand.run(ctx)
            if not found:
                return []
            out.extend(found)
        return out


class _NearNode(_Node):
    """Both sides within `distance` words of each other in one sentence. Distance
    counts from the last word of the earlier match to the first word of the later
    one, so neighbours are 1 apart; overlapping matches are 0 apart."""

    __slots__ = ("left", "right", "distance")

    def __init__(self, left: _Node, right: _Node, distance: int):
        self.left, self.right, self.distance = left, right, distance
        self.need = left.need if left.need is not None else right.need

    def run(self, ctx: _Context) -> list[tuple]:
        if not (self.left.may_match(ctx) and self.right.may_match(ctx)):
            return []
        lefts = self.left.run(ctx)
        if not lefts:
            return []
        rights = self.right.run(ctx)
        if not rights:
            return []
        rights.sort()
        starts = [r[0] for r in rights]
        widest = max(r[1] - r[0] for r in rights)
        sentence, n = ctx.sentences, self.distance
        out: list[tuple] = []
        for left in lefts:
            lo = bisect_left(starts, left[0] - n - widest)
            hi = bisect_right(starts, left[1] + n)
            for right in rights[lo:hi]:
                gap = max(right[0] - left[1], left[0] - right[1], 0)
                first, last = min(left[0], right[0]), max(left[1], right[1])
                if gap <= n and sentence[first] == sentence[last]:
                    out.append((first, last, left[2] + right[2]))
                    if len(out) >= _MAX_NEAR_MATCHES:
                        return out
        return out


class _ExceptNode(_Node):
    """Matches of `left` that share no word with any match of `right`: `tank EXCEPT
    "think tank"` keeps "tanks" but not the "tank" of a think tank."""

    __slots__ = ("left", "right")

    def __init__(self, left: _Node, right: _Node):
        self.left, self.right = left, right
        self.need = left.need

    def run(self, ctx: _Context) -> list[tuple]:
        lefts = self.left.run(ctx)
        if not lefts or not self.right.may_match(ctx):
            return lefts
        taken = {p for _, _, pieces in self.right.run(ctx) for start, end in pieces for p in range(start, end + 1)}
        if not taken:
            return lefts
        return [
            match
            for match in lefts
            if not any(p in taken for start, end in match[2] for p in range(start, end + 1))
        ]


# ---------------------------------------------------------------- compilation


@dataclass(frozen=True, slots=True)
class _CompiledRule:
    rule: Rule
    node: _Node
    # The rule is only evaluated on texts holding one of these terms; None means on
    # every text (it can match without any word: NOT, regexes).
    need: frozenset[int] | None


class _Compiler:
    """Builds the shared term index while turning syntax trees into nodes."""

    def __init__(self, entities):
        self.entities = entities
        self.term_ids: dict[tuple[str, str], int] = {}
        self.by_key: dict[str, list[int]] = {}
        # wildcard kind -> folded fragment -> term ids
        self.wildcards: dict[str, dict[str, list[int]]] = {"prefix": {}, "suffix": {}, "infix": {}}
        self.lists: dict[tuple[str, str | None], _OrNode] = {}

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
        keys = [k for k in word_keys(word.text) if not k.startswith("c:")]
        return self.term("inflected", word.text.lower(), keys)

    def name(self, name: str, case_sensitive: bool) -> _PhraseNode | None:
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
        return _PhraseNode(tuple(terms))

    def list_node(self, ref: ListRef) -> _OrNode:
        cached = self.lists.get((ref.name, ref.filter))
        if cached is not None:
            return cached
        names = list(self._list_names(ref))
        node = _OrNode([p for p in (self.name(n, cs) for n, cs in names) if p is not None])
        self.lists[(ref.name, ref.filter)] = node
        return node

    def _list_names(self, ref: ListRef) -> Iterable[tuple[str, bool]]:
        entities = self.entities
        if ref.name == "ukraine":
            if ref.filter is not None:
                raise RuleError("@ukraine takes no filter", ref.position, "@ukraine")
            return ((n, False) for n in entities.ukraine_names)
        if ref.name == "donor":
            donors = list(entities.donors.values())
            if ref.filter is not None:
                donors = [d for d in donors if d.code.lower() == ref.filter]
                if not donors:
                    raise RuleError(
                        f"unknown donor code {ref.filter!r}", ref.position, "a donor code such as @donor:fr"
                    )
            return ((n, n in d.case_sensitive) for d in donors for n in (*d.names, *d.case_sensitive))
        systems = list(entities.systems.values())
        if ref.filter is not None:
            categories = sorted({s.category for s in systems})
            systems = [s for s in systems if s.category == ref.filter]
            if not systems:
                raise RuleError(
                    f"unknown system category {ref.filter!r}", ref.position, "one of " + ", ".join(categories)
                )
        return ((n, n in s.case_sensitive) for s in systems for n in (s.name, *s.names, *s.case_sensitive))

    def node(self, expr: Expr) -> _Node:
        if isinstance(expr, Phrase):
            return _PhraseNode(tuple(self.word(w) for w in expr.words))
        if isinstance(expr, ListRef):
            return self.list_node(expr)
        if isinstance(expr, Regex):
            return _RegexNode(compile_regex(expr.pattern, expr.position))
        if isinstance(expr, Not):
            return _NotNode(self.node(expr.operand))
        if isinstance(expr, And):
            return _AndNode([self.node(op) for op in expr.operands])
        if isinstance(expr, Or):
            return _OrNode([self.node(op) for op in expr.operands])
        if isinstance(expr, Near):
            return _NearNode(self.node(expr.left), self.node(expr.right), expr.distance)
        if isinstance(expr, Except):
            return _ExceptNode(self.node(expr.left), self.node(expr.right))
        raise TypeError(f"not an expression: {expr!r}")  # pragma: no cover

    def compile_rule(self, rule: Rule) -> _CompiledRule:
        expr = parse_expression(rule.expression)
        if any(isinstance(t, ListRef) for t in iter_terms(expr)) and self.entities is None:
            from bot.core.entities import load_entities  # only rules with @lists need them

            self.entities = load_entities()
        node = self.node(expr)
        return _CompiledRule(rule, node, node.need)


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
        raise RuleError(f"weight {weight} is outside -{MAX_WEIGHT:g}..{MAX_WEIGHT:g}", None, "a smaller weight")


def _describe(rule: Rule, index: int) -> str:
    return f"rule {rule.id if rule.id is not None else '#' + str(index + 1)} ({rule.topic})"


# ---------------------------------------------------------------- the rule set


class RuleSet:
    """Compiled rules. Build once with `RuleSet.compile`, then call `analyze` on as
    many texts as you like, from several threads if needed: the only shared state is
    two word caches (plain dicts, emptied wholesale when full)."""

    def __init__(self, rules: list[_CompiledRule], compiler: _Compiler, threshold: float):
        self.threshold = threshold
        self.rules: tuple[Rule, ...] = tuple(c.rule for c in rules)
        self._compiled = rules
        self._by_key = compiler.by_key
        self._by_prefix = compiler.wildcards["prefix"]
        self._prefix_lengths = sorted({len(p) for p in self._by_prefix})
        self._by_suffix = compiler.wildcards["suffix"]
        self._suffix_lengths = sorted({len(p) for p in self._by_suffix})
        self._by_infix = list(compiler.wildcards["infix"].items())
        self._always = [i for i, c in enumerate(rules) if c.need is None]
        self._rules_of_term: dict[int, list[int]] = {}
        for index, compiled in enumerate(rules):
            for term in compiled.need or ():
                self._rules_of_term.setdefault(term, []).append(index)
        self._token_terms: dict[str, tuple[int, ...]] = {}

    @classmethod
    def compile(cls, rules: Iterable[Rule], *, threshold: float = 2.0, entities=None) -> RuleSet:
        """Compile the enabled `rules`. RuleError (naming the rule) if one is invalid;
        `entities` defaults to the packaged lists, loaded only if a rule uses @lists."""
        if isinstance(threshold, bool) or not isinstance(threshold, (int, float)) or not math.isfinite(threshold):
            raise RuleError(f"invalid threshold {threshold!r}: it must be a finite number", None, "a number")
        compiler = _Compiler(entities)
        compiled = []
        for index, rule in enumerate(rules):
            if not rule.enabled:
                continue
            try:
                check_rule(rule)
                compiled.append(compiler.compile_rule(rule))
            except RuleError as exc:
                raise RuleError(f"{_describe(rule, index)}: {exc}", exc.position, exc.expected) from None
        return cls(compiled, compiler, float(threshold))

    @property
    def topics(self) -> tuple[str, ...]:
        """Topics with at least one positive rule, in first-seen order."""
        return tuple(dict.fromkeys(r.topic for r in self.rules if r.weight > 0))

    def _terms_of(self, surface: str) -> tuple[int, ...]:
        found: set[int] = set()
        by_key = self._by_key
        for key in word_keys(surface):
            ids = by_key.get(key)
            if ids:
                found.update(ids)
        folded = word_keys(surface)[0]
        for length in self._prefix_lengths:
            if length > len(folded):
                break
            ids = self._by_prefix.get(folded[:length])
            if ids:
                found.update(ids)
        for length in self._suffix_lengths:
            if length > len(folded):
                break
            ids = self._by_suffix.get(folded[-length:])
            if ids:
                found.update(ids)
        for fragment, ids in self._by_infix:
            if fragment in folded:
                found.update(ids)
        terms = tuple(sorted(found))
        if len(self._token_terms) >= _CACHE_LIMIT:
            self._token_terms.clear()
        self._token_terms[surface] = terms
        return terms

    def analyze(self, text: str, *, title: str = "", lang: str | None = None) -> Analysis:
        """Score `text` with every rule. `title` is added in front (as its own
        sentence) unless `text` already starts with it. `lang` is accepted but not
        needed: words are compared in English, French and German at once, because
        feeds often mislabel their language and rules mix languages."""
        if title and not text.startswith(title):
            text = f"{title}\n\n{text}" if text else title
        if not text.isascii():
            text = unicodedata.normalize("NFC", text)  # a decomposed "é" is one letter too
        tokens = WORD_RE.findall(text)
        ids = list(map(self._token_terms.get, tokens))
        if None in ids:  # spellings never seen before
            ids = [found if found is not None else self._terms_of(tokens[i]) for i, found in enumerate(ids)]
        occ: dict[int, list[int]] = {}
        for position in [i for i, terms in enumerate(ids) if terms]:
            for term in ids[position]:
                occ.setdefault(term, []).append(position)
        candidates = set(self._always)
        rules_of_term = self._rules_of_term
        for term in occ:
            candidates.update(rules_of_term.get(term, ()))
        ctx = _Context(text, ids, occ)
        hits = []
        for index in sorted(candidates):
            compiled = self._compiled[index]
            evidence = compiled.node.run(ctx)
            if evidence:
                rule = compiled.rule
                hits.append(RuleHit(rule.id, rule.topic, float(rule.weight), tuple(ctx.words_of(evidence))))
        return self._verdict(hits)

    def _verdict(self, hits: list[RuleHit]) -> Analysis:
        score = round(sum(h.weight for h in hits), 6)
        by_topic: dict[str, float] = {}
        for hit in hits:
            by_topic[hit.topic] = by_topic.get(hit.topic, 0.0) + hit.weight
        topics = tuple(t for t, s in sorted(by_topic.items(), key=lambda item: (-item[1], item[0])) if s > 0)
        relevant = bool(topics) and score >= self.threshold
        return Analysis(relevant=relevant, score=score, topics=topics, hits=tuple(hits))

    def explain(self, analysis: Analysis) -> str:
        """Which rules fired, on which words, and the total against the threshold."""
        if analysis.relevant:
            head = f"relevant: score {analysis.score:g} >= threshold {self.threshold:g}"
        elif analysis.score >= self.threshold:
            head = f"not relevant: score {analysis.score:g} reaches {self.threshold:g} but no positive topic fired"
        else:
            head = f"not relevant: score {analysis.score:g} < threshold {self.threshold:g}"
        lines = [head, "topics: " + (", ".join(analysis.topics) or "none")]
        if not analysis.hits:
            lines.append("no rule fired")
        for hit in analysis.hits:
            label = f"{hit.topic} (rule {hit.rule_id})" if hit.rule_id is not None else hit.topic
            words = ", ".join(hit.words) if hit.words else "(no words: a NOT rule)"
            lines.append(f"  {hit.weight:+g} {label}: {words}")
        return "\n".join(lines)
