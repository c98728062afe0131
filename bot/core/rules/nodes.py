"""Compiled rules as they run: the nodes a rule expression compiles to, and the text
they run on.

- A text is split into words once (`split_words`), by C-level splits that also give
  each word's offsets (bot.core.text.word_split); whether two words are in one sentence
  is asked only when a NEAR finds two matches close enough (many texts never ask), and
  told from the text between them (Words.same_sentence).
- `TextContext` is one text being analysed: its words, their term ids and where each
  term occurs. A node's `run` gives its matches in it (the evidence of a hit), and
  `may_match` rules a node out by one set test when none of the words it needs occurs.
- Sub-expressions that several rules repeat are wrapped in a `Memo` (`share_results`),
  so a text evaluates them once.

The compiler (bot.core.rules.compiler) builds the nodes; bot.core.rules.engine runs them.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from itertools import compress

from bot.core.pledges.passes.byte_scans import first_match_span
from bot.core.text import fold, sentence_ends_between, sentence_spans
from bot.core.text.word_split import split_words as word_spans

_MAX_WORDS_PER_HIT = 12
_MAX_NEAR_MATCHES = 1000
_FEW_RIGHTS = 8  # NEAR compares each left match with all right ones up to this many

# ---------------------------------------------------------------- sentences for NEAR


def sentence_starts(text: str) -> list[int]:
    """Character offsets where the sentences of `text` start (the first is 0).
    NEAR/n never crosses these (see bot.core.text for what ends a sentence)."""
    return [0] + [start for start, _ in sentence_spans(text)[1:]]


# Pairs of words a text's NEARs ask about, each told from the text between the two, before
# the whole text is split into sentences instead (see Words.same_sentence).
_PAIRS_TOLD_APART = 8


class Words:
    """The words of a text (WORD_RE), where each starts and ends, and the sentence
    number of each (see split_words)."""

    __slots__ = ("_pairs", "_sentences", "ends", "starts", "text", "words")

    def __init__(self, text: str, words: list[str], starts: list[int], ends: list[int]):
        self.text, self.words, self.starts, self.ends = text, words, starts, ends
        self._sentences: list[int] | None = None
        self._pairs = 0  # pairs told by same_sentence from the text between them

    @property
    def sentences(self) -> list[int]:
        """The sentence number of each word, worked out when first needed: many texts no
        rule finds relevant never need it, and splitting a text into sentences costs more
        than splitting it into words."""
        if self._sentences is None:
            self._sentences = _sentence_numbers(self.text, self.starts)
        return self._sentences

    def same_sentence(self, first: int, last: int) -> bool:
        """Whether words `first` <= `last` are in one sentence (as `sentences` tells). A NEAR
        asks this of each pair of matches close enough, most texts a few times: the first
        _PAIRS_TOLD_APART pairs are told by the text between the two words alone
        (bot.core.text.sentence_ends_between, a few µs), and a text asked more often is
        split into sentences once (~50 µs for a poll item), so that no text is read again
        and again."""
        sentences = self._sentences
        if sentences is None:
            if self._pairs < _PAIRS_TOLD_APART:
                self._pairs += 1
                return first == last or not sentence_ends_between(self.text, self.ends[first], self.starts[last])
            sentences = self.sentences
        return sentences[first] == sentences[last]


def split_words(text: str) -> Words:
    """The words of `text` with their offsets (bot.core.text.word_split: the split and the
    offsets computed in C, not by a pattern matched per word)."""
    return Words(text, *word_spans(text))


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

def term_positions(ids: list[tuple[int, ...]]) -> dict[int, list[int]]:
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


class TextContext:
    """One text being analysed: its words, their term ids and positions, and lazily
    the sentence of each word (only NEAR needs it) and the folded text (only regexes
    need it)."""

    __slots__ = ("text", "words", "ids", "occ", "present", "memo", "_single", "_folded", "_folded_utf8", "_starts",
                 "_ends", "split")

    def __init__(self, text: str, words: Words, ids: list[tuple[int, ...]], occ: dict[int, list[int]]):
        self.text = text
        self.words = words.words
        self.ids = ids
        self.occ = occ
        self.present = set(occ)
        self.split = words  # its sentence numbers are worked out when a NEAR needs them
        self._starts, self._ends = words.starts, words.ends
        self.memo: dict[Node, list[tuple]] = {}  # results of shared nodes and of phrases (see Memo)
        self._single: dict[int, list[tuple]] = {}  # term -> matches of it as a one-word phrase
        self._folded: str | None = None
        self._folded_utf8: bytes | None = None

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

    @property
    def folded_utf8(self) -> bytes:
        """The folded text as RE2 reads it, encoded once for all the regexes of a text."""
        if self._folded_utf8 is None:
            self._folded_utf8 = self.folded.encode()
        return self._folded_utf8

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


class Node:
    """A compiled expression. `need` is a set of term ids of which at least one must
    occur in a text for the node to match (None when it can match without any word,
    like NOT or a regex): a set intersection then skips most nodes without running
    them. `key` says what the node computes: nodes with equal keys give equal results
    on every text, so the compiler keeps one of them (see compiler.Compiler.intern)."""

    __slots__ = ("need", "key")

    def run(self, ctx: TextContext) -> list[tuple]:  # pragma: no cover - interface
        raise NotImplementedError

    def may_match(self, ctx: TextContext) -> bool:
        return self.need is None or not self.need.isdisjoint(ctx.present)


class PhraseNode(Node):
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

    def run(self, ctx: TextContext) -> list[tuple]:
        if len(self.terms) == 1:
            return ctx.word_matches(self.terms[0])
        # Remembered per text: a name of several words is in several lists (@system and
        # @system:tanks, the word lists of each language), two thirds of the runs of a
        # text repeated one before it.
        found = ctx.memo.get(self)
        if found is None:
            found = ctx.memo[self] = self._find(ctx)
        return found

    def _find(self, ctx: TextContext) -> list[tuple]:
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


class OrNode(Node):
    """Any of its operands. Phrase operands (most of them: word lists, entity lists)
    are indexed by their first word, so only those whose first word occurs run."""

    __slots__ = ("by_first", "firsts", "others", "rank", "words")

    def __init__(self, operands: Iterable[Node]):
        operands = list(operands)
        self.key = ("or", tuple(o.key for o in operands))
        self.by_first: dict[int, list[PhraseNode]] = {}
        self.others: list[Node] = []
        for operand in operands:
            if isinstance(operand, PhraseNode):
                self.by_first.setdefault(operand.terms[0], []).append(operand)
            elif isinstance(operand, OrNode):
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

    def run(self, ctx: TextContext) -> list[tuple]:
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


class RegexNode(Node):
    __slots__ = ("regex",)

    def __init__(self, regex, pattern: str):
        self.regex = regex
        self.need = None
        self.key = ("regex", pattern)

    def run(self, ctx: TextContext) -> list[tuple]:
        # On the folded text's bytes: the wrapper's `search` of a str encodes the whole text and
        # maps the offsets back on every call (~20 µs a regex of an item). A match's text is the
        # same either way: RE2 reads UTF-8 and matches whole characters.
        data = ctx.folded_utf8
        span = first_match_span(self.regex, data)
        return [(None, None, data[span[0] : span[1]].decode())] if span is not None else []


class NotNode(Node):
    __slots__ = ("operand",)

    def __init__(self, operand: Node):
        self.operand = operand
        self.need = None
        self.key = ("not", operand.key)

    def run(self, ctx: TextContext) -> list[tuple]:
        if self.operand.may_match(ctx) and self.operand.run(ctx):
            return []
        return [_NO_EVIDENCE]


class AndNode(Node):
    __slots__ = ("operands", "needs", "regexes")

    def __init__(self, operands: list[Node]):
        self.key = ("and", tuple(o.key for o in operands))
        # Cheap checks first: operands with a `need` can be ruled out by a set test.
        self.operands = sorted(operands, key=lambda o: o.need is None)
        self.needs = tuple(o.need for o in self.operands if o.need is not None)
        self.need = min(self.needs, key=len) if self.needs else None
        # Where the regexes stand among the operands (an index: share_results may put a Memo
        # in their place). They run first, as a gate: one RE2 scan of the text costs a few µs,
        # where the operands before them may be NEAR chains over dozens of matches (a headline
        # label's `re:/^\W*(?:military aid...)\s*:/` ran after two BEFOREs on every aid article
        # and fired on none: 9% of a relevant article's rules). The matches are the same, in the
        # operands' order, and the cost cap (cost.py) already counts every regex on every text.
        self.regexes = tuple(i for i, o in enumerate(self.operands) if isinstance(o, RegexNode))

    def run(self, ctx: TextContext) -> list[tuple]:
        present = ctx.present
        for need in self.needs:  # may_match of each operand, inlined
            if need.isdisjoint(present):
                return []
        if self.regexes:
            return self._run_regexes_first(ctx)
        out: list[tuple] = []
        for operand in self.operands:
            found = operand.run(ctx)
            if not found:
                return []
            out.extend(found)
        return out

    def _run_regexes_first(self, ctx: TextContext) -> list[tuple]:
        operands = self.operands
        ran: dict[int, list[tuple]] = {}
        for index in self.regexes:
            found = ran[index] = operands[index].run(ctx)
            if not found:
                return []
        out: list[tuple] = []
        for index, operand in enumerate(operands):
            found = ran[index] if index in ran else operand.run(ctx)
            if not found:
                return []
            out.extend(found)
        return out


class NearNode(Node):
    """Both sides within `distance` words of each other in one sentence. Distance
    counts from the last word of the earlier match to the first word of the later
    one, so neighbours are 1 apart; overlapping matches are 0 apart."""

    __slots__ = ("left", "right", "distance", "needs", "ordered")

    def __init__(self, left: Node, right: Node, distance: int, ordered: bool = False):
        self.left, self.right, self.distance, self.ordered = left, right, distance, ordered
        self.need = left.need if left.need is not None else right.need
        self.needs = tuple(n for n in (left.need, right.need) if n is not None)
        self.key = ("near", left.key, right.key, distance, ordered) if ordered else ("near", left.key, right.key, distance)

    def run(self, ctx: TextContext) -> list[tuple]:
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
        same_sentence, n, ordered = ctx.split.same_sentence, self.distance, self.ordered
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
                if same_sentence(first, last):  # asked only of pairs close enough (see Words)
                    out.append((first, last, l_pieces + r_pieces))
                    if len(out) >= _MAX_NEAR_MATCHES:
                        return out
        return out


class ExceptNode(Node):
    """Matches of `left` that share no word with any match of `right`: `tank EXCEPT
    "think tank"` keeps "tanks" but not the "tank" of a think tank."""

    __slots__ = ("left", "right")

    def __init__(self, left: Node, right: Node):
        self.left, self.right = left, right
        self.need = left.need
        self.key = ("except", left.key, right.key)

    def run(self, ctx: TextContext) -> list[tuple]:
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


class Memo(Node):
    """A node several rules share: evaluated once per text, its result reused.
    Results are never changed in place by the nodes that read them."""

    __slots__ = ("inner",)

    def __init__(self, inner: Node):
        self.inner = inner
        self.need = inner.need
        self.key = inner.key

    def run(self, ctx: TextContext) -> list[tuple]:
        found = ctx.memo.get(self)
        if found is None:
            found = ctx.memo[self] = self.inner.run(ctx)
        return found


def child_nodes(node: Node) -> list[tuple[str, int | None, Node]]:
    """(attribute, index in a list attribute or None, child) of the nodes a node runs.
    Phrases indexed by an OR are left out: they are cheap and stay in its index."""
    if isinstance(node, OrNode):
        return [("others", i, child) for i, child in enumerate(node.others)]
    if isinstance(node, AndNode):
        return [("operands", i, child) for i, child in enumerate(node.operands)]
    if isinstance(node, NotNode):
        return [("operand", None, node.operand)]
    if isinstance(node, (NearNode, ExceptNode)):
        return [("left", None, node.left), ("right", None, node.right)]
    return []


def share_results(roots: Iterable[Node]) -> None:
    """Wrap every composite node that more than one place runs in a Memo, so a text
    evaluates it once however many rules use it."""
    parents: dict[int, int] = {}  # id(child) -> number of places running it
    seen: set[int] = set()
    stack = list(roots)
    order: list[Node] = []
    while stack:
        node = stack.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        order.append(node)
        for _, _, child in child_nodes(node):
            parents[id(child)] = parents.get(id(child), 0) + 1
            stack.append(child)
    memos: dict[int, Memo] = {}
    for node in order:
        for attribute, index, child in child_nodes(node):
            if parents[id(child)] < 2 or isinstance(child, (PhraseNode, Memo)):
                continue
            memo = memos.get(id(child))
            if memo is None:
                memo = memos[id(child)] = Memo(child)
            if index is None:
                setattr(node, attribute, memo)
            else:
                getattr(node, attribute)[index] = memo
