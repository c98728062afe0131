"""Compiles parsed rules into one word index and evaluates them on texts.

Speed comes from doing the expensive work once:

- at compile time every word, phrase word, wildcard and list name of every rule gets
  a term id, and the index maps each *match key* of a term to its ids;
- a text is split into words once, in one C-level split that also gives each word's
  offsets; the number of each word's sentence is worked out only when a NEAR finds
  two matches close enough (many texts never need it). The pledge extractor reuses
  the sentences and the split (bot.core.text). Each distinct spelling
  is turned into term ids on first sight and remembered, so later texts pay one dict
  lookup per word;
- sub-expressions that several rules repeat (the support words of a language,
  @ukraine) are compiled into one node whose result is computed once per text;
- each rule knows what a text must hold for it to match (see _Requirements: a
  weapon *and* a support word *and* Ukraine, a phrase only when all its words
  occur), so most rules are ruled out by a few set tests; only rules that can be
  true without any word (`NOT x`, regexes) run on every text.

Match keys (see `word_keys`) make inflection cheap: a word's keys are its folded
spelling, its lemma in English, French and German (simplemma), and a crude singular
(a final "s" dropped). A bare rule word matches a text word when they share a key,
so munition~munitions, livraison~livraisons, Panzer~Panzern, livré~livrés.

Given a lexicon (see `Lexicon`; bot.adapters.lexicon_cache keeps one on disk), the
keys of rule words come from it, and a text word's lemma keys from the dictionary
inverted for the rule lemmas (bot.core.rules.lexicon.RuleLemmas): the same matches without
running the lemmatiser on every new spelling of every article.
"""

from __future__ import annotations

import inspect
import math
import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import partial
from itertools import compress
from typing import Protocol

from bot.core.models import Analysis, Rule, RuleHit
from bot.core.rules.lexicon import RuleLemmas
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
from bot.core.text import fold, sentence_spans, word_pieces
from bot.errors import RuleError

TOPIC_RE = re.compile(r"[a-z][a-z0-9_]{0,39}")
MAX_WEIGHT = 100.0
LEMMA_LANGS = ("en", "fr", "de")
_CACHE_LIMIT = 200_000  # distinct spellings remembered before a cache starts afresh
_MAX_WORDS_PER_HIT = 12
_MAX_NEAR_MATCHES = 1000
_FEW_RIGHTS = 8  # NEAR compares each left match with all right ones up to this many
_MAX_LEMMA_CHARS = 64  # longer "words" are junk (or hostile): no lemma, no plural

# ---------------------------------------------------------------- match keys

_keys_cache: dict[str, tuple[str, ...]] = {}


def _lemmatizer() -> Callable[..., str]:
    """simplemma.lemmatize on its low-memory dictionaries when the installed
    simplemma has them (2.0+): the same data read in place instead of unpacked into
    dicts, so the same lemmas (tests/test_rules_fast.py compares both on every
    rule and evaluation word), for about 130 MiB less memory and a third less
    start-up; the price is ~60 µs more the first time a spelling is seen."""
    import simplemma  # only when a word is lemmatised: a cached lexicon needs none

    if "low_memory" in inspect.signature(simplemma.lemmatize).parameters:
        return partial(simplemma.lemmatize, low_memory=True)
    return simplemma.lemmatize  # pragma: no cover - simplemma 1.x


_lemmatize_function: list[Callable[..., str]] = []


def _lemmatize(word: str, lang: str) -> str:
    if not _lemmatize_function:
        _lemmatize_function.append(_lemmatizer())
    return _lemmatize_function[0](word, lang=lang)


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
                found.append(lang + ":" + fold(_lemmatize(variant, lang=lang)))
    keys = tuple(dict.fromkeys(found))
    if len(_keys_cache) >= _CACHE_LIMIT:
        _keys_cache.clear()
    _keys_cache[surface] = keys
    return keys


class Lexicon(Protocol):
    """Where compilation gets word keys from (bot.adapters.lexicon_cache.DiskLexicon).
    `word_keys` gives exactly what the module's word_keys gives; `rule_lemmas` the
    table of text words whose lemma is one of `lemmas` (per language), or None to
    lemmatise text words as they come."""

    def word_keys(self, surface: str) -> tuple[str, ...]: ...

    def rule_lemmas(self, lemmas: dict[str, frozenset[str]]) -> RuleLemmas | None: ...


class SharedTable:
    """A Lexicon that lends the table of a whole rule set to the compilation of some of
    its rules (validating an import rule by rule): the lemma of a text word does not
    depend on the rule set, and a table made for more lemmas only adds keys that no word
    of the smaller set is indexed under, so the answers are those of the lemmatiser.
    Without it each validation lemmatised its sample sentences with simplemma, which
    loaded ~20 MiB of dictionaries into a process that otherwise needs none."""

    def __init__(self, lexicon: Lexicon, table: RuleLemmas | None):
        self._lexicon = lexicon
        self._table = table

    def word_keys(self, surface: str) -> tuple[str, ...]:
        return self._lexicon.word_keys(surface)

    def rule_lemmas(self, lemmas: dict[str, frozenset[str]]) -> RuleLemmas | None:
        table = self._table
        if table is None or not all(found <= table.lemmas.get(lang, frozenset()) for lang, found in lemmas.items()):
            return None  # lemmas the table was not made for: lemmatise as words come
        return table


def _text_word_keys(table: RuleLemmas, surface: str) -> tuple[str, ...]:
    """word_keys(surface) as far as a rule set can tell: lemma keys only for lemmas
    its rules use (others match no rule word, see _Compiler.word), from `table`."""
    folded = fold(surface)
    found = [folded, "c:" + surface]
    if not surface.isdigit() and len(surface) <= _MAX_LEMMA_CHARS:
        found.append("s:" + _singular(folded))
        lower = surface.lower()
        lemma = table.lemma
        for lang in LEMMA_LANGS:
            variants = (lower, surface, lower[:1].upper() + lower[1:]) if lang == "de" else (lower,)
            for variant in dict.fromkeys(variants):
                got = lemma(variant, lang)
                if got is not None:
                    found.append(lang + ":" + got)
    return tuple(dict.fromkeys(found))


def _lemma_keys(by_key: dict[str, list[int]]) -> dict[str, frozenset[str]]:
    """The folded lemmas rule words are indexed under, per language."""
    return {lang: frozenset(k[len(lang) + 1 :] for k in by_key if k.startswith(lang + ":")) for lang in LEMMA_LANGS}


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


class _Words:
    """The words of a text (WORD_RE), where each starts and ends, and the sentence
    number of each (see _split_words)."""

    __slots__ = ("_sentences", "ends", "starts", "text", "words")

    def __init__(self, text: str, words: list[str], starts: list[int], ends: list[int]):
        self.text, self.words, self.starts, self.ends = text, words, starts, ends
        self._sentences: list[int] | None = None

    @property
    def sentences(self) -> list[int]:
        """The sentence number of each word, worked out at the first NEAR that finds two
        matches close enough: many texts no rule finds relevant never need it, and
        splitting a text into sentences costs more than splitting it into words."""
        if self._sentences is None:
            self._sentences = _sentence_numbers(self.text, self.starts)
        return self._sentences


def _split_words(text: str) -> _Words:
    """The words of `text` with their offsets, from one split of the whole text (the
    offsets are sums of the pieces' lengths, computed in C)."""
    pieces = word_pieces(text)
    bounds = pieces.bounds
    return _Words(text, pieces.parts[1::2], bounds[0:-1:2], bounds[1::2])


def _sentence_numbers(text: str, starts: list[int]) -> list[int]:
    """The sentence number of each word starting at `starts`. A sentence starts after
    white space, so no word straddles two: the sentence of a word is found by where it
    starts. The sentence spans are remembered for the pledge extractor, which reads
    the same article next (see bot.core.text)."""
    starts_of_sentences = sentence_starts(text)
    if len(starts_of_sentences) == 1:
        return [0] * len(starts)
    # The first word of each sentence, then each sentence's run of numbers.
    firsts = [bisect_left(starts, start) for start in starts_of_sentences[1:]]
    numbers: list[int] = []
    previous = 0
    for number, first in enumerate(firsts):
        numbers += [number] * (first - previous)
        previous = first
    numbers += [len(firsts)] * (len(starts) - previous)
    return numbers


# ---------------------------------------------------------------- runtime context


def _positions(ids: list[tuple[int, ...]]) -> dict[int, list[int]]:
    """term -> the positions of the words that hold it, in reading order."""
    occ: dict[int, list[int]] = {}
    for position in compress(range(len(ids)), ids):  # the words some rule uses
        for term in ids[position]:
            occ.setdefault(term, []).append(position)
    return occ

# Evidence of a match: (first word, last word, pieces) where pieces are the (first,
# last) word spans that matched; regexes give (None, None, matched text) and a true
# NOT gives _NO_EVIDENCE.
_NO_EVIDENCE = (None, None, None)


class _Context:
    """One text being analysed: its words, their term ids and positions, and lazily
    the sentence of each word (only NEAR needs it) and the folded text (only regexes
    need it)."""

    __slots__ = ("text", "words", "ids", "occ", "present", "memo", "_single", "_folded", "_starts", "_ends",
                 "split")

    def __init__(self, text: str, words: _Words, ids: list[tuple[int, ...]], occ: dict[int, list[int]]):
        self.text = text
        self.words = words.words
        self.ids = ids
        self.occ = occ
        self.present = set(occ)
        self.split = words  # its sentence numbers are worked out when a NEAR needs them
        self._starts, self._ends = words.starts, words.ends
        self.memo: dict[_Node, list[tuple]] = {}  # results of shared nodes and of phrases (see _Memo)
        self._single: dict[int, list[tuple]] = {}  # term -> matches of it as a one-word phrase
        self._folded: str | None = None

    def word_matches(self, term: int) -> list[tuple]:
        """The matches of a one-word phrase, built once per text: word lists share
        many words. Callers read results and never change them."""
        found = self._single.get(term)
        if found is None:
            found = self._single[term] = [(p, p, ((p, p),)) for p in self.occ.get(term, ())]
        return found

    @property
    def folded(self) -> str:
        if self._folded is None:
            self._folded = fold(self.text)
        return self._folded

    def words_of(self, evidence: list[tuple]) -> list[str]:
        """The original words (as written in the text) behind a list of evidence, in
        reading order, each once; regex matches (folded) come last.

        Run for every rule that fires (~7 per relevant article, each with a dozen or
        more matches), so the spans are gathered by one C-level set union and merged
        with plain locals rather than a list of lists."""
        pieces = [found for first, _last, found in evidence if first is not None]
        matched = (
            [found for first, _last, found in evidence if first is None and found is not None]
            if len(pieces) < len(evidence) else []  # regexes and NOT: rare
        )
        starts, ends, text = self._starts, self._ends, self.text
        words: list[str] = []
        low = high = -1  # the run of overlapping matches being read ("IRIS-T", "IRIS-T SLM" read as one)
        for start, end in sorted(set().union(*pieces)):
            if start <= high:
                high = max(high, end)
                continue
            if low >= 0:
                words.append(text[starts[low] : ends[high]])
            low, high = start, end
        if low >= 0:
            words.append(text[starts[low] : ends[high]])
        return list(dict.fromkeys(words + matched))[:_MAX_WORDS_PER_HIT]


# ---------------------------------------------------------------- compiled nodes


class _Node:
    """A compiled expression. `need` is a set of term ids of which at least one must
    occur in a text for the node to match (None when it can match without any word,
    like NOT or a regex): a set intersection then skips most nodes without running
    them. `key` says what the node computes: nodes with equal keys give equal results
    on every text, so the compiler keeps one of them (see _Compiler.intern)."""

    __slots__ = ("need", "key")

    def run(self, ctx: _Context) -> list[tuple]:  # pragma: no cover - interface
        raise NotImplementedError

    def may_match(self, ctx: _Context) -> bool:
        return self.need is None or not self.need.isdisjoint(ctx.present)


class _PhraseNode(_Node):
    """Consecutive words; a single word is a phrase of one."""

    __slots__ = ("terms", "rest", "checks")

    def __init__(self, terms: tuple[int, ...]):
        self.terms = terms
        self.need = frozenset(terms[:1])
        self.rest = frozenset(terms[1:])  # the other words: all must occur too
        self.key = ("phrase", terms)
        # For each word the phrase may be anchored on, the (offset, term) of the others,
        # read by a plain loop in `run`: `all()` over a generator made at every position
        # of the anchor took 6.5% of the rules' instructions (callgrind, 300 varied texts).
        self.checks = tuple(tuple((k, term) for k, term in enumerate(terms) if k != anchor)
                            for anchor in range(len(terms)))

    def run(self, ctx: _Context) -> list[tuple]:
        if len(self.terms) == 1:
            return ctx.word_matches(self.terms[0])
        # Remembered per text: a name of several words is in several lists (@system and
        # @system:tanks, the word lists of each language), two thirds of the runs of a
        # text repeated one before it.
        found = ctx.memo.get(self)
        if found is None:
            found = ctx.memo[self] = self._find(ctx)
        return found

    def _find(self, ctx: _Context) -> list[tuple]:
        terms, occ = self.terms, ctx.occ
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
        checks = self.checks[anchor]
        out = []
        for p in positions:
            start = p - anchor
            if start < 0 or start > limit:
                continue
            for k, term in checks:
                if term not in ids[start + k]:
                    break
            else:  # every other word of the phrase is in its place
                out.append((start, start + last, ((start, start + last),)))
        return out


class _OrNode(_Node):
    """Any of its operands. Phrase operands (most of them: word lists, entity lists)
    are indexed by their first word, so only those whose first word occurs run."""

    __slots__ = ("by_first", "firsts", "others", "rank", "words")

    def __init__(self, operands: Iterable[_Node]):
        operands = list(operands)
        self.key = ("or", tuple(o.key for o in operands))
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
        self.rank = {first: i for i, first in enumerate(self.by_first)}
        self.firsts = frozenset(self.by_first)
        # First words that begin exactly one phrase, of that one word: the common case.
        self.words = frozenset(
            first for first, phrases in self.by_first.items() if len(phrases) == 1 and len(phrases[0].terms) == 1
        )
        needs = [o.need for o in self.others]
        if any(n is None for n in needs):
            self.need = None
        else:
            self.need = frozenset(self.by_first).union(*needs)

    def run(self, ctx: _Context) -> list[tuple]:
        out: list[tuple] = []
        by_first, present = self.by_first, ctx.present
        # Two sets intersect from the smaller side in C (@system has hundreds of
        # names, a text a few dozen words). Rebuilt in the list's order, the set
        # iterates as `present.intersection(by_first)` would (it walks the dict), so
        # matches come out in the same order.
        firsts = present & self.firsts
        if firsts:
            if len(firsts) > 1:
                in_order = sorted(firsts, key=self.rank.__getitem__)
                firsts = set(in_order)  # inserted in the list's order (see above)
            words, single = self.words, ctx._single
            for first in firsts:
                if first in words:
                    found = single.get(first)  # word_matches, inlined for its usual case
                    out += found if found is not None else ctx.word_matches(first)
                else:
                    for phrase in by_first[first]:
                        if phrase.rest <= present:  # a set test saves running most phrases
                            out += phrase.run(ctx)
        for operand in self.others:
            need = operand.need  # may_match, inlined
            if need is None or not need.isdisjoint(present):
                out += operand.run(ctx)
        return out


class _RegexNode(_Node):
    __slots__ = ("regex",)

    def __init__(self, regex, pattern: str):
        self.regex = regex
        self.need = None
        self.key = ("regex", pattern)

    def run(self, ctx: _Context) -> list[tuple]:
        found = self.regex.search(ctx.folded)
        return [(None, None, found.group(0))] if found else []


class _NotNode(_Node):
    __slots__ = ("operand",)

    def __init__(self, operand: _Node):
        self.operand = operand
        self.need = None
        self.key = ("not", operand.key)

    def run(self, ctx: _Context) -> list[tuple]:
        if self.operand.may_match(ctx) and self.operand.run(ctx):
            return []
        return [_NO_EVIDENCE]


class _AndNode(_Node):
    __slots__ = ("operands", "needs")

    def __init__(self, operands: list[_Node]):
        self.key = ("and", tuple(o.key for o in operands))
        # Cheap checks first: operands with a `need` can be ruled out by a set test.
        self.operands = sorted(operands, key=lambda o: o.need is None)
        self.needs = tuple(o.need for o in self.operands if o.need is not None)
        self.need = min(self.needs, key=len) if self.needs else None

    def run(self, ctx: _Context) -> list[tuple]:
        present = ctx.present
        for need in self.needs:  # may_match of each operand, inlined
            if need.isdisjoint(present):
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

    __slots__ = ("left", "right", "distance", "needs", "ordered")

    def __init__(self, left: _Node, right: _Node, distance: int, ordered: bool = False):
        self.left, self.right, self.distance, self.ordered = left, right, distance, ordered
        self.need = left.need if left.need is not None else right.need
        self.needs = tuple(n for n in (left.need, right.need) if n is not None)
        self.key = ("near", left.key, right.key, distance, ordered) if ordered else ("near", left.key, right.key, distance)

    def run(self, ctx: _Context) -> list[tuple]:
        present = ctx.present
        for need in self.needs:  # may_match of both sides, inlined
            if need.isdisjoint(present):
                return []
        lefts = self.left.run(ctx)
        if not lefts:
            return []
        rights = self.right.run(ctx)
        if not rights:
            return []
        rights = sorted(rights)  # a new list: `rights` may be a shared (memoised) result
        sentence, n, ordered = None, self.distance, self.ordered
        out: list[tuple] = []
        few = len(rights) <= _FEW_RIGHTS
        if not few:
            starts = [r[0] for r in rights]
            widest = max(r[1] - r[0] for r in rights)
        for l_first, l_last, l_pieces in lefts:
            # Only rights starting in [l_first - n - widest, l_last + n] can be close
            # enough; with few rights, testing them all is quicker than bisecting.
            reach = l_last + n
            if few:
                candidates = rights
            else:
                candidates = rights[bisect_left(starts, l_first - n - widest) : bisect_right(starts, reach)]
            for r_first, r_last, r_pieces in candidates:
                # The gap is max(r_first - l_last, l_first - r_last, 0); n >= 1. Rights
                # are sorted by their first word: past `reach`, none is close.
                if r_first > reach:
                    break
                if l_first - r_last > n:
                    continue
                if ordered and r_first <= l_last:  # BEFORE: the right match starts after the left one
                    continue
                first = l_first if l_first < r_first else r_first
                last = l_last if l_last > r_last else r_last
                if sentence is None:  # worked out at the first pair close enough (see _Words)
                    sentence = ctx.split.sentences
                if sentence[first] == sentence[last]:
                    out.append((first, last, l_pieces + r_pieces))
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
        self.key = ("except", left.key, right.key)

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


class _Memo(_Node):
    """A node several rules share: evaluated once per text, its result reused.
    Results are never changed in place by the nodes that read them."""

    __slots__ = ("inner",)

    def __init__(self, inner: _Node):
        self.inner = inner
        self.need = inner.need
        self.key = inner.key

    def run(self, ctx: _Context) -> list[tuple]:
        found = ctx.memo.get(self)
        if found is None:
            found = ctx.memo[self] = self.inner.run(ctx)
        return found


def _children(node: _Node) -> list[tuple[str, int | None, _Node]]:
    """(attribute, index in a list attribute or None, child) of the nodes a node runs.
    Phrases indexed by an OR are left out: they are cheap and stay in its index."""
    if isinstance(node, _OrNode):
        return [("others", i, child) for i, child in enumerate(node.others)]
    if isinstance(node, _AndNode):
        return [("operands", i, child) for i, child in enumerate(node.operands)]
    if isinstance(node, _NotNode):
        return [("operand", None, node.operand)]
    if isinstance(node, (_NearNode, _ExceptNode)):
        return [("left", None, node.left), ("right", None, node.right)]
    return []


def share_results(roots: Iterable[_Node]) -> None:
    """Wrap every composite node that more than one place runs in a _Memo, so a text
    evaluates it once however many rules use it."""
    parents: dict[int, int] = {}  # id(child) -> number of places running it
    seen: set[int] = set()
    stack = list(roots)
    order: list[_Node] = []
    while stack:
        node = stack.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        order.append(node)
        for _, _, child in _children(node):
            parents[id(child)] = parents.get(id(child), 0) + 1
            stack.append(child)
    memos: dict[int, _Memo] = {}
    for node in order:
        for attribute, index, child in _children(node):
            if parents[id(child)] < 2 or isinstance(child, (_PhraseNode, _Memo)):
                continue
            memo = memos.get(id(child))
            if memo is None:
                memo = memos[id(child)] = _Memo(child)
            if index is None:
                setattr(node, attribute, memo)
            else:
                getattr(node, attribute)[index] = memo


# ---------------------------------------------------------------- compilation


@dataclass(frozen=True, slots=True)
class _CompiledRule:
    rule: Rule
    node: _Node
    # The rule is only evaluated on texts holding one of these terms; None means on
    # every text (it can match without any word: NOT, regexes).
    need: frozenset[int] | None


class _Requirements:
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

    def mark(self, phrase: _PhraseNode) -> int:
        words = frozenset(phrase.terms)
        if len(words) == 1:
            return phrase.terms[0]
        found = self.phrases.get(words)
        if found is None:
            found = self.phrases[words] = self._next
            self._next += 1
        return found

    def of(self, node: _Node) -> list[frozenset[int]]:
        if isinstance(node, _Memo):
            return self.of(node.inner)
        if isinstance(node, _PhraseNode):
            return [frozenset((self.mark(node),))]
        if isinstance(node, _OrNode):
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
        if isinstance(node, _AndNode):
            return [r for operand in node.operands for r in self.of(operand)]
        if isinstance(node, _NearNode):
            return self.of(node.left) + self.of(node.right)
        if isinstance(node, _ExceptNode):
            return self.of(node.left)
        return []


class _Compiler:
    """Builds the shared term index while turning syntax trees into nodes."""

    def __init__(self, entities, keys_of: Callable[[str], tuple[str, ...]] = word_keys):
        self.entities = entities
        self.keys_of = keys_of
        self.term_ids: dict[tuple[str, str], int] = {}
        self.by_key: dict[str, list[int]] = {}
        # wildcard kind -> folded fragment -> term ids
        self.wildcards: dict[str, dict[str, list[int]]] = {"prefix": {}, "suffix": {}, "infix": {}}
        self.lists: dict[tuple[str, str | None], _OrNode] = {}
        self.nodes: dict[tuple, _Node] = {}

    def intern(self, node: _Node) -> _Node:
        """The one node computing what `node` computes: rules repeat whole groups (the
        support words of a language, @ukraine), and one node is one evaluation per
        text once shared nodes are memoised (see share_results)."""
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
        return self.intern(_PhraseNode(tuple(terms)))

    def list_node(self, ref: ListRef) -> _Node:
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
        node = self.intern(_OrNode(phrases))
        self.lists[(ref.name, ref.filter)] = node
        return node

    def _word_list_node(self, ref: ListRef) -> _Node:
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
        return nodes[0] if len(nodes) == 1 else self.intern(_OrNode(nodes))

    def _list_names(self, ref: ListRef) -> Iterable[tuple[str, bool]]:
        entities = self.entities
        if ref.name == "ukraine":
            if ref.filter is not None:
                raise RuleError("@ukraine takes no filter", ref.position, "@ukraine")
            return ((n, False) for n in entities.ukraine_names)
        if ref.name == "country":
            if ref.filter is not None and ref.filter.upper() not in entities.country_codes():
                raise RuleError(f"unknown country code {ref.filter!r}", ref.position,
                                "a country code such as @country:ru")
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
            return self.intern(_PhraseNode(tuple(self.word(w) for w in expr.words)))
        if isinstance(expr, ListRef):
            return self.list_node(expr)
        if isinstance(expr, Regex):
            return self.intern(_RegexNode(compile_regex(expr.pattern, expr.position), expr.pattern))
        if isinstance(expr, Not):
            return self.intern(_NotNode(self.node(expr.operand)))
        if isinstance(expr, And):
            return self.intern(_AndNode([self.node(op) for op in expr.operands]))
        if isinstance(expr, Or):
            return self.intern(_OrNode([self.node(op) for op in expr.operands]))
        if isinstance(expr, Near):
            return self.intern(_NearNode(self.node(expr.left), self.node(expr.right), expr.distance, expr.ordered))
        if isinstance(expr, Except):
            return self.intern(_ExceptNode(self.node(expr.left), self.node(expr.right)))
        raise TypeError(f"not an expression: {expr!r}")  # pragma: no cover

    def compile_rule(self, rule: Rule) -> _CompiledRule:
        expr = parse_expression(rule.expression)
        if self.entities is None and any(isinstance(t, ListRef) for t in iter_terms(expr)):
            # The core reads no files: whoever compiles rules with @lists hands the lists in.
            raise RuleError("@lists need the entity lists, and none were given", None, "entities=...")
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
        raise RuleError(f"weight {weight:g} is outside -{MAX_WEIGHT:g}..{MAX_WEIGHT:g}", None,
                        f"a weight from -{MAX_WEIGHT:g} to {MAX_WEIGHT:g}")


def _describe(rule: Rule, index: int) -> str:
    return f"rule {rule.id if rule.id is not None else '#' + str(index + 1)} ({rule.topic})"


# ---------------------------------------------------------------- the rule set


class RuleSet:
    """Compiled rules. Build once with `RuleSet.compile`, then call `analyze` on as
    many texts as you like, from several threads if needed: the only shared state is
    word caches (plain dicts, emptied wholesale when full) and the last sentence
    split (bot.core.text, replaced whole)."""

    def __init__(
        self, rules: list[_CompiledRule], compiler: _Compiler, threshold: float, lemmas: RuleLemmas | None = None
    ):
        self.threshold = threshold
        self.rules: tuple[Rule, ...] = tuple(c.rule for c in rules)
        self._compiled = rules
        self._by_key = compiler.by_key
        self._by_prefix = compiler.wildcards["prefix"]
        self._prefix_lengths = sorted({len(p) for p in self._by_prefix})
        self._by_suffix = compiler.wildcards["suffix"]
        self._suffix_lengths = sorted({len(p) for p in self._by_suffix})
        self._by_infix = list(compiler.wildcards["infix"].items())
        # Which rules can match a text: each requirement (see _Requirements) gets a
        # number, each mark the numbers of the requirements it meets; a rule runs
        # when the marks of the text meet all of its own.
        requirements = _Requirements(first_mark=len(compiler.term_ids))
        numbers: dict[frozenset[int], int] = {}
        self._requires = [
            frozenset(numbers.setdefault(r, len(numbers)) for r in requirements.of(c.node)) for c in rules
        ]
        met_by: dict[int, list[int]] = {}
        for requirement, number in numbers.items():
            for mark in requirement:
                met_by.setdefault(mark, []).append(number)
        self._met_by = {mark: tuple(found) for mark, found in met_by.items()}
        self._marks_with_requirements = frozenset(self._met_by)  # sets intersect from the smaller side
        # The marks of phrases of several words, by one of their words: the one in the
        # fewest phrases ("for Ukraine", "pour l'Ukraine": not "for", "l" or "Ukraine",
        # which begin or end dozens), so a text tests a few phrases, not ~190. Marks no
        # requirement names are left out.
        in_phrases: dict[int, int] = {}
        for words in requirements.phrases:
            for word in words:
                in_phrases[word] = in_phrases.get(word, 0) + 1
        self._phrase_marks: dict[int, list[tuple[frozenset[int], tuple[int, ...]]]] = {}
        for words, mark in requirements.phrases.items():
            if mark in self._met_by:
                filed = min(words, key=lambda word: (in_phrases[word], word))
                self._phrase_marks.setdefault(filed, []).append((words, self._met_by[mark]))
        self._phrase_firsts = frozenset(self._phrase_marks)
        self._token_terms: dict[str, tuple[int, ...]] = {}
        self._keys_of = word_keys if lemmas is None else partial(_text_word_keys, lemmas)
        self.lemma_table = lemmas  # see SharedTable

    @classmethod
    def compile(cls, rules: Iterable[Rule], *, threshold: float = 2.0, entities=None,
                lexicon: Lexicon | None = None, name_rules: bool = True) -> RuleSet:
        """Compile the enabled `rules`. RuleError (naming the rule, unless `name_rules`
        is false) if one is invalid; `entities` (bot.config.load_entities() for the
        shipped lists) is needed only when a rule uses @lists. With a `lexicon`, words
        are matched without lemmatising each new one (same answers, see Lexicon)."""
        if isinstance(threshold, bool) or not isinstance(threshold, (int, float)) or not math.isfinite(threshold):
            raise RuleError(f"invalid threshold {threshold!r}: it must be a finite number", None, "a number")
        compiler = _Compiler(entities) if lexicon is None else _Compiler(entities, lexicon.word_keys)
        compiled = []
        for index, rule in enumerate(rules):
            if not rule.enabled:
                continue
            try:
                check_rule(rule)
                compiled.append(compiler.compile_rule(rule))
            except RuleError as exc:
                if not name_rules:
                    # One rule checked alone (validate_rule): "rule #1" named no rule the
                    # admin knew (the 3rd of an imported file, rule 5 being edited); the
                    # caller says which it is. (A rules file of one rule is still named.)
                    raise
                raise RuleError(f"{_describe(rule, index)}: {exc}", exc.position, exc.expected) from None
        share_results(c.node for c in compiled)
        lemmas = lexicon.rule_lemmas(_lemma_keys(compiler.by_key)) if lexicon is not None else None
        return cls(compiled, compiler, float(threshold), lemmas)

    @property
    def roots(self) -> tuple[_Node, ...]:
        """The compiled expression of each enabled rule (bot.core.rules.cost reads them)."""
        return tuple(c.node for c in self._compiled)

    @property
    def infixes(self) -> dict[int, str]:
        """The `*infix*` words of the compiled rules, word lists included: term id -> the
        fragment (bot.core.rules.cost prices each one a rule runs)."""
        return {term: fragment for fragment, terms in self._by_infix for term in terms}

    @property
    def topics(self) -> tuple[str, ...]:
        """Topics with at least one positive rule, in first-seen order."""
        return tuple(dict.fromkeys(r.topic for r in self.rules if r.weight > 0))

    def _terms_of(self, surface: str) -> tuple[int, ...]:
        found: set[int] = set()
        by_key = self._by_key
        keys = self._keys_of(surface)
        for key in keys:
            ids = by_key.get(key)
            if ids:
                found.update(ids)
        folded = keys[0]
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
        split = _split_words(text)
        tokens = split.words
        ids = list(map(self._token_terms.get, tokens))
        if None in ids:  # spellings never seen before
            ids = [found if found is not None else self._terms_of(tokens[i]) for i, found in enumerate(ids)]
        ctx = _Context(text, split, ids, _positions(ids))
        present, phrase_marks = ctx.present, self._phrase_marks
        # The requirements the text meets: those of its words and of the phrases whose
        # words all occur. Set intersections (in C) pick the few words that matter.
        met: set[int] = set().union(*map(self._met_by.__getitem__, present & self._marks_with_requirements))
        for term in present & self._phrase_firsts:
            for words, meets in phrase_marks[term]:
                if words <= present:
                    met.update(meets)
        hits = []
        for compiled, requires in zip(self._compiled, self._requires):
            if requires <= met:  # else a word the rule needs is missing: no need to run it
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
