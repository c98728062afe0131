"""How two sets of rules differ: the database's (edited from chat, or left from an older
release) against a rules file (the one a new release ships). Pure.

The database is the truth for rules, so a release's better rules reach only new
databases; `pledgewatch rules diff` shows an existing one what it lacks before anyone
decides to import. Rules have no stable identity across the two (a file's rules carry
no ids), so they are paired by what they say:

1. the same topic and expression (blanks aside): the same rule, perhaps with another
   weight;
2. of the rest, the same topic and a clearly similar expression: one rule edited;
3. what is left is only on one side.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.core.models import Rule

# Two expressions of one topic sharing at least this share of their words (Jaccard, the
# operators and brackets aside) are taken as one rule edited rather than one removed and
# another added: a word list grown by a few words shares 0.9, two rules of one topic (the
# English and the French aid rules) little beyond "@ukraine".
EDITED_SIMILARITY = 0.5
# Beyond this many pairs of one topic left unpaired, none is compared (see diff_rules).
MAX_COMPARED_PAIRS = 10_000


@dataclass(frozen=True)
class RuleChange:
    """One rule on both sides that is not the same on both."""

    stored: Rule
    incoming: Rule


@dataclass(frozen=True)
class RulesDiff:
    changed: tuple[RuleChange, ...]
    only_stored: tuple[Rule, ...]
    only_incoming: tuple[Rule, ...]
    stored_threshold: float
    incoming_threshold: float

    def is_empty(self) -> bool:
        return not (self.changed or self.only_stored or self.only_incoming) and (
            self.stored_threshold == self.incoming_threshold
        )

    def count(self) -> int:
        """How many differences: rules changed, only on one side, and the threshold."""
        return (len(self.changed) + len(self.only_stored) + len(self.only_incoming)
                + (self.stored_threshold != self.incoming_threshold))


def words_of(expression: str) -> str:
    """An expression with its blanks and line breaks as single spaces: a rule of a file may
    wrap over several lines and means the same."""
    return " ".join(expression.split())


def diff_rules(stored: list[Rule], stored_threshold: float, incoming: list[Rule],
               incoming_threshold: float) -> RulesDiff:
    """How `incoming` (a rules file) differs from `stored` (the database); only enabled
    rules count, since a disabled one matches nothing."""
    left = [rule for rule in stored if rule.enabled]
    right = [rule for rule in incoming if rule.enabled]
    changed: list[RuleChange] = []
    # 1. the same topic and words
    unmatched_right = list(right)
    unmatched_left = []
    for rule in left:
        twin = next((other for other in unmatched_right if _same_words(rule, other)), None)
        if twin is None:
            unmatched_left.append(rule)
            continue
        unmatched_right.remove(twin)
        if twin.weight != rule.weight:
            changed.append(RuleChange(rule, twin))
    # 2. the same topic and similar words, the most alike pairs first (a file that shares
    # nothing with the database, thousands of rules long, is not compared pair by pair)
    candidates = [(i, j) for i, a in enumerate(unmatched_left) for j, b in enumerate(unmatched_right)
                  if a.topic == b.topic]
    if len(candidates) > MAX_COMPARED_PAIRS:
        candidates = []
    pairs = sorted(
        ((score, i, j) for i, j in candidates
         if (score := _similarity(unmatched_left[i], unmatched_right[j])) >= EDITED_SIMILARITY),
        reverse=True,
    )
    paired_left: set[int] = set()
    paired_right: set[int] = set()
    for _, i, j in pairs:
        if i in paired_left or j in paired_right:
            continue
        paired_left.add(i)
        paired_right.add(j)
        changed.append(RuleChange(unmatched_left[i], unmatched_right[j]))
    changed.sort(key=lambda change: _order(change.stored))
    return RulesDiff(
        changed=tuple(changed),
        only_stored=tuple(rule for i, rule in enumerate(unmatched_left) if i not in paired_left),
        only_incoming=tuple(rule for j, rule in enumerate(unmatched_right) if j not in paired_right),
        stored_threshold=stored_threshold,
        incoming_threshold=incoming_threshold,
    )


def _same_words(a: Rule, b: Rule) -> bool:
    return a.topic == b.topic and words_of(a.expression) == words_of(b.expression)


def _similarity(a: Rule, b: Rule) -> float:
    words_a, words_b = _terms(a.expression), _terms(b.expression)
    union = words_a | words_b
    return len(words_a & words_b) / len(union) if union else 1.0


def _terms(expression: str) -> frozenset[str]:
    """The words and phrases of an expression, without its operators and brackets."""
    return frozenset(
        term for term in _TERM.findall(words_of(expression))
        if term.upper() not in _OPERATORS and not _NEAR.fullmatch(term)
    )


# A pattern runs to the next '/' not escaped (bot/core/rules/syntax.py), then a phrase, a word.
_TERM = re.compile(r're:/(?:\\.|[^\\/])*/|"[^"]*"|[^\s()"]+')
_OPERATORS = frozenset({"OR", "AND", "NOT", "EXCEPT"})
_NEAR = re.compile(r"(?:NEAR|BEFORE)/\d+", re.IGNORECASE)


def render_diff(diff: RulesDiff, incoming_name: str) -> list[str]:
    """The lines `pledgewatch rules diff` prints: each difference, what the file changes
    against the database. An edited word list is told by the words it adds and drops (a
    rule runs to 2,000 characters); a rule whose words are the same but not their
    operators ("NEAR/12" to "NEAR/10") by both expressions, the database's ("-") first."""
    lines = []
    for change in diff.changed:
        old, new = change.stored, change.incoming
        weight = f"weight {old.weight:g} -> {new.weight:g}" if old.weight != new.weight else ""
        if words_of(old.expression) == words_of(new.expression):
            lines.append(f"changed  #{old.id} {old.topic}: {weight}")
            continue
        old_terms, new_terms = _terms(old.expression), _terms(new.expression)
        if old_terms == new_terms:
            lines.append(f"changed  #{old.id} {old.topic}: " + "; ".join(filter(None, (weight, "other operators:"))))
            lines.append(f"  - {words_of(old.expression)}")
            lines.append(f"  + {words_of(new.expression)}")
            continue
        told = [weight] if weight else []
        if new_terms - old_terms:
            told.append("adds " + ", ".join(sorted(new_terms - old_terms)))
        if old_terms - new_terms:
            told.append("drops " + ", ".join(sorted(old_terms - new_terms)))
        lines.append(f"changed  #{old.id} {old.topic}: " + "; ".join(told))
    for rule in diff.only_stored:
        lines.append(f"only in the database  #{rule.id} {rule.topic} {rule.weight:g}: {words_of(rule.expression)}")
    for rule in diff.only_incoming:
        lines.append(f"only in {incoming_name}  {rule.topic} {rule.weight:g}: {words_of(rule.expression)}")
    if diff.stored_threshold != diff.incoming_threshold:
        lines.append(f"threshold {diff.stored_threshold:g} -> {diff.incoming_threshold:g}")
    return lines


def _order(rule: Rule) -> tuple[int, str]:
    return (rule.id if rule.id is not None else 0, rule.topic)
