"""The rule set: compiled rules (bot.core.rules.compiler) evaluated on texts.

Speed comes from doing the expensive work once, at compile time (see the compiler's
docstring for the shared word index, the shared sub-expressions and each rule's
requirements). Per text, the engine:

- splits the text into words once (bot.core.rules.nodes.split_words);
- turns each distinct spelling into term ids on first sight, through its match keys
  (bot.core.rules.match_keys), and remembers them, so later texts pay one dict lookup
  per word;
- works out which requirements the text meets, by set intersections, and runs only
  the rules whose requirements are all met (bot.core.rules.nodes for how they run);
- adds up the weights of the rules that fired into a verdict, and can explain it.
"""

from __future__ import annotations

import math
import unicodedata
from collections.abc import Iterable
from functools import partial

from bot.core.models import Analysis, Rule, RuleHit
from bot.core.rules.compiler import CompiledRule, Compiler, Requirements, check_rule, describe_rule
from bot.core.rules.lexicon import RuleLemmas
from bot.core.rules.match_keys import CACHE_LIMIT, Lexicon, lemma_keys, text_word_keys, word_keys
from bot.core.rules.nodes import Node, TextContext, share_results, split_words, term_positions
from bot.core.text.entity_refs import decoded_references
from bot.errors import RuleError


class RuleSet:
    """Compiled rules. Build once with `RuleSet.compile`, then call `analyze` on as
    many texts as you like, from several threads if needed: the only shared state is
    word caches (plain dicts, emptied wholesale when full) and the last sentence
    split (bot.core.text, replaced whole)."""

    def __init__(
        self, rules: list[CompiledRule], compiler: Compiler, threshold: float, lemmas: RuleLemmas | None = None
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
        # Which rules can match a text: each requirement (see compiler.Requirements) gets a
        # number, each mark the numbers of the requirements it meets; a rule runs
        # when the marks of the text meet all of its own.
        requirements = Requirements(first_mark=len(compiler.term_ids))
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
        self._keys_of = word_keys if lemmas is None else partial(text_word_keys, lemmas)
        self.lemma_table = lemmas  # see match_keys.SharedTable

    @classmethod
    def compile(cls, rules: Iterable[Rule], *, threshold: float = 2.0, entities=None,
                lexicon: Lexicon | None = None, name_rules: bool = True) -> RuleSet:
        """Compile the enabled `rules`. RuleError (naming the rule, unless `name_rules`
        is false) if one is invalid; `entities` (bot.config.load_entities() for the
        shipped lists) is needed only when a rule uses @lists. With a `lexicon`, words
        are matched without lemmatising each new one (same answers, see match_keys.Lexicon)."""
        if isinstance(threshold, bool) or not isinstance(threshold, (int, float)) or not math.isfinite(threshold):
            raise RuleError(f"invalid threshold {threshold!r}: it must be a finite number", None, "a number")
        compiler = Compiler(entities) if lexicon is None else Compiler(entities, lexicon.word_keys)
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
                raise exc.about(describe_rule(rule, index)) from None
        share_results(c.node for c in compiled)
        lemmas = lexicon.rule_lemmas(lemma_keys(compiler.by_key)) if lexicon is not None else None
        return cls(compiled, compiler, float(threshold), lemmas)

    @property
    def roots(self) -> tuple[Node, ...]:
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
        if len(self._token_terms) >= CACHE_LIMIT:
            self._token_terms.clear()
        self._token_terms[surface] = terms
        return terms

    def analyze(self, text: str, *, title: str = "", lang: str | None = None) -> Analysis:
        """Score `text` with every rule. `title` is added in front (as its own
        sentence) unless `text` already starts with it. `lang` is accepted but not
        needed: words are compared in English, French and German at once, because
        feeds often mislabel their language and rules mix languages."""
        # (a feed's HTML references left in, "Russia&#8217;s", decoded first: entity_refs.py)
        text, title = decoded_references(text), decoded_references(title)
        if title and not text.startswith(title):
            text = f"{title}\n\n{text}" if text else title
        if not text.isascii():
            text = unicodedata.normalize("NFC", text)  # a decomposed "é" is one letter too
        split = split_words(text)
        tokens = split.words
        ids = list(map(self._token_terms.get, tokens))
        if None in ids:  # spellings never seen before
            ids = [found if found is not None else self._terms_of(tokens[i]) for i, found in enumerate(ids)]
        ctx = TextContext(text, split, ids, term_positions(ids))
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
