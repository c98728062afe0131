r"""What one rule costs to evaluate, and the cap an admin's rule must stay under.

A legal rule can be very slow: a chain of 160 `the NEAR/50 the ...` took 0.41 s of CPU on one
96 KB text (the shipped rules together, 70 when measured, take about 0.09 s), and an OR of 50 regexes such as
`re:/[a-q][^u-z]{13}x0/` 1.5 s, on every article, since a regex needs no word to run. Every
rule an admin adds, edits or imports (and the seed file on first start) goes through
`check_cost` from `validate_rule`.

The cost is an estimate of the CPU milliseconds the rule adds to the analysis of a 100 KB
article, built from what was measured to cost (best of 3 CPU-time runs of `RuleSet.analyze` on
a 96 KB text made of the real-article set, each rule shape alone against an empty rule, on
the project's 2-core machine, 2026-12-03):

- each NEAR, BEFORE or EXCEPT node: 0.6 ms (it sorts and walks the match lists of both sides) plus
  0.025 ms for each piece a match carries, one per operand chained before it: a match of
  `a NEAR/5 b NEAR/5 c` carries the pieces a, b and c, and a NEAR keeps up to 1,000 matches,
  so a chain of n NEARs costs about n²/2 pieces (chains of 20, 40, 80, 160 `the`: 17, 43,
  142, 414 ms; the formula gives 17, 44, 128, 417);
- each phrase an OR runs, the names of @lists included, as often as written: 0.0035 ms
  (`@weapons` ORed 10 and 50 times: 15 and 74 ms, 430 names each; the formula 17 and 77);
- each `*infix*` word the rule runs, written in it or in a word list it names (`@weapons`
  holds `*flugabwehr*` and six more): 0.25 ms. Every spelling the bot meets for the
  first time is checked against every infix (then its answer is remembered): 200 infixes
  took 135 ms on a text of only new spellings, 0.7 ms each, and about a third of an
  article's words are new to the bot (35% of the words of the later half of the
  real-article set were not in its earlier half);
- each regex: 0.35 ms (a plain pattern, `\bqz\d\b`, scanning 96 KB) times how much slower
  than that pattern it scans a probe text (`regex_slowness`). RE2 never backtracks, but a
  pattern whose automaton has too many states (a counted repeat of a class after a class
  that overlaps it) falls back to a slower engine: `[a-q][^u-z]{13}xzq` took 22 ms and
  `[a-y][^x]{40}xzq` 103 ms, where `\bm\d{3}\b` took 0.35 ms. No static measure tells them
  apart (their program sizes are alike), so the pattern is timed on a fixed pseudo-random
  text against the plain one, both in CPU time, alternately, best of five: a ratio, so the
  machine's speed and load cancel out (the estimates came out at 15-17 and 90-112 ms).

The cap, MAX_RULE_COST = 60, lets one rule add at most about two thirds of what the shipped
rules together take on a long text; the costliest shipped rule is estimated at 13.1 (weapons
produced for Ukraine: its own weapon words, @production and @system, NEARs and EXCEPTs nested in
them), the weapon rules at 12 or less, under a quarter of the cap, and admin rules
such as `(@donor OR @system OR @weapons OR @support) NEAR/10 @ukraine` at 24 or less
(tests/rules/test_rule_cost.py holds the shipped rules to a quarter of the cap, unrounded).
"""

from __future__ import annotations

import random
import time
from collections.abc import Mapping
from dataclasses import dataclass

import re2

from bot.core.rules import nodes
from bot.core.rules.syntax import MAX_REGEX_MEMORY, Expr, Regex, iter_terms
from bot.errors import RuleError

MAX_RULE_COST = 60.0  # estimated ms per 100 KB of text, see the module's docstring

NEAR_NODE_MS = 0.6
NEAR_PIECE_MS = 0.025
PHRASE_MS = 0.0035
INFIX_MS = 0.25
REGEX_MS = 0.35

_PROBE_CHARS = 8000
_PROBE_ROUNDS = 5
_REFERENCE_PATTERN = r"\bqz\d\b"  # a plain pattern that scans the whole probe (it never matches)


@dataclass(frozen=True)
class RuleCost:
    """The estimate, and its parts (ms each), named for the admin."""

    total: float
    parts: dict[str, float]
    partial: bool = False  # some regexes were not timed: the total is at least this

    def biggest(self) -> str:
        return max(self.parts, key=self.parts.__getitem__)


def rule_cost(expr: Expr, root, infixes: Mapping[int, str]) -> RuleCost:
    """The estimated cost of a rule: its syntax tree `expr`, its compiled node `root`
    (RuleSet.roots: @lists expanded, repeated groups shared) and the `*infix*` words of the
    rule set it was compiled in (RuleSet.infixes: term id -> fragment). The infixes are
    read from the compiled rule, not from `expr`: a word list's infixes cost as much as
    the rule's own, and the written rule names only the list."""
    parts = {"NEAR/EXCEPT chains": 0.0, "alternatives (@lists included)": 0.0, "*infix* words": 0.0,
             "regexes": 0.0}
    pieces_of: dict[int, int] = {}
    seen: set[int] = set()
    fragments: set[str] = set()

    def words(terms) -> None:
        for term in terms:
            fragment = infixes.get(term)
            if fragment is not None:
                fragments.add(fragment)

    def pieces(node) -> int:
        """How many pieces one match of `node` carries (its evidence, one per operand)."""
        key = id(node)
        if key not in pieces_of:
            if isinstance(node, nodes.Memo):
                found = pieces(node.inner)
            elif isinstance(node, nodes.NearNode):
                found = pieces(node.left) + pieces(node.right)
            elif isinstance(node, nodes.ExceptNode):
                found = pieces(node.left)
            elif isinstance(node, nodes.OrNode):
                found = max([1 if node.by_first else 0, *(pieces(o) for o in node.others)])
            else:
                found = 1
            pieces_of[key] = found
        return pieces_of[key]

    def walk(node) -> None:
        if id(node) in seen:  # shared by several places of the rule: evaluated once per text
            return
        seen.add(id(node))
        if isinstance(node, nodes.Memo):
            walk(node.inner)
        elif isinstance(node, (nodes.NearNode, nodes.ExceptNode)):
            parts["NEAR/EXCEPT chains"] += NEAR_NODE_MS + NEAR_PIECE_MS * (pieces(node.left) + pieces(node.right))
            walk(node.left)
            walk(node.right)
        elif isinstance(node, nodes.OrNode):
            parts["alternatives (@lists included)"] += PHRASE_MS * sum(len(p) for p in node.by_first.values())
            for phrases in node.by_first.values():
                for phrase in phrases:
                    words(phrase.terms)
            for operand in node.others:
                walk(operand)
        elif isinstance(node, nodes.AndNode):
            for operand in node.operands:
                walk(operand)
        elif isinstance(node, nodes.NotNode):
            walk(node.operand)
        elif isinstance(node, nodes.PhraseNode):
            parts["alternatives (@lists included)"] += PHRASE_MS
            words(node.terms)

    walk(root)
    parts["*infix* words"] = INFIX_MS * len(fragments)
    regexes = dict.fromkeys(term.pattern for term in iter_terms(expr) if isinstance(term, Regex))
    partial = False
    for pattern in regexes:
        if sum(parts.values()) > MAX_RULE_COST:
            partial = True  # already refused: timing the rest would only keep the admin waiting
            break
        parts["regexes"] += REGEX_MS * regex_slowness(pattern)
    return RuleCost(round(sum(parts.values()), 1), parts, partial)


# Each part of a rule's cost by the key that names it, and says what to do, in a chat's language
# (rule_cost_<key> in bot/core/chat/i18n.py).
COST_PARTS = {"NEAR/EXCEPT chains": "chains", "alternatives (@lists included)": "alternatives",
              "*infix* words": "infixes", "regexes": "regexes"}


def check_cost(cost: RuleCost) -> None:
    """RuleError when `cost` is over the cap, saying what costs most and what to do."""
    if cost.total <= MAX_RULE_COST:
        return
    advice = {
        "NEAR/EXCEPT chains": "use fewer NEAR/EXCEPT in a row (each carries the words of the ones before it): "
                              "split the chain into several rules",
        "alternatives (@lists included)": "name each @list once (an OR of the same list runs it again) "
                                          "or split the rule",
        "*infix* words": "use fewer *infix* words (a prefix livr* or a suffix *panzer costs little)",
        "regexes": "use fewer or simpler regexes (a counted repeat such as [a-z]{30} after another class is slow)",
    }
    biggest = cost.biggest()
    raise RuleError(
        f"rule too costly to evaluate: its cost is {'more than ' if cost.partial else ''}{cost.total:g}, "
        f"the limit is {MAX_RULE_COST:g} (an estimate of the ms of CPU it adds to a 100 KB article), and "
        f"{biggest} make {cost.parts[biggest]:.1f} of it: {advice[biggest]}",
        bound="too_costly_partial" if cost.partial else "too_costly",
        values={"cost": f"{cost.total:g}", "limit": f"{MAX_RULE_COST:g}", "share": f"{cost.parts[biggest]:.1f}",
                "part": COST_PARTS[biggest]},
    )


_probe: list[str] = []


def _probe_text() -> str:
    """A fixed text of made-up words with the letter frequencies of the three languages,
    digits and punctuation: varied enough that a pattern's automaton meets new states
    as it would on real articles (a repeated sentence lets it cache them all)."""
    if not _probe:
        rng = random.Random(7)
        letters = "eeeeeeeeeeeeaaaaaaaaaiiiiiiiiooooooonnnnnnnrrrrrrrttttttssssssllllluuuudddcccmmhhggppbbffvvwkyzjqx"
        lengths = (1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 8, 9, 10, 12)
        words: list[str] = []
        size = 0
        while size < _PROBE_CHARS:
            word = "".join(rng.choice(letters) for _ in range(rng.choice(lengths)))
            if rng.random() < 0.05:
                word = str(rng.randrange(1000))
            if rng.random() < 0.06:
                word += rng.choice(".,;")
            words.append(word)
            size += len(word) + 1
        _probe.append(" ".join(words)[:_PROBE_CHARS])
    return _probe[0]


def regex_slowness(pattern: str) -> float:
    """How many times slower than a plain pattern the rule regex `pattern` scans the probe
    text, at least 1. A rule's regex stops at its first match, so it costs most on the
    articles it does not match: it is timed followed by a character the probe never holds,
    so it reads the whole probe with every state of its own automaton."""
    text = _probe_text()
    regex = _compile(f"(?:{pattern})\x01")
    reference = _compile(_REFERENCE_PATTERN)
    best_reference = best = float("inf")
    for _ in range(_PROBE_ROUNDS):
        start = time.process_time()
        reference.search(text)
        middle = time.process_time()
        regex.search(text)
        end = time.process_time()
        best_reference = min(best_reference, middle - start)
        best = min(best, end - middle)
    return max(1.0, best / max(best_reference, 1e-7))


def _compile(pattern: str):
    """As bot.core.rules.syntax.compile_regex compiles a rule's pattern, without its cap on the
    program's size (the pattern was checked, the probe's adds an instruction or two)."""
    options = re2.Options()
    options.max_mem = MAX_REGEX_MEMORY
    options.log_errors = False
    options.never_capture = True
    options.case_sensitive = False
    return re2.compile(pattern, options)
