"""How fast do the default rules analyse news items, compared with what popular feed
bots do (one big case-insensitive regex of keywords per rule)?

    python bench/bench_analyze.py [--items 10000]

Items are the labelled evaluation set (tests/data/eval_items.jsonl), cycled up to
--items. Both engines get the same texts and the same rules file; the baseline
knows only the words of each rule (no NEAR, NOT, EXCEPT or inflection), so its
precision and recall are printed too.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # run from a checkout without installing

from bot.core.entities import Entities, load_entities  # noqa: E402
from bot.core.rule_files import load_rules_toml  # noqa: E402
from bot.core.rule_syntax import ListRef, Phrase, Regex, iter_terms, parse_expression  # noqa: E402
from bot.core.rules import RuleSet  # noqa: E402


def load_items(path: Path, count: int) -> list[tuple[str, str, bool]]:
    """(text, title, relevant) for `count` items, cycling the evaluation set."""
    base = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            item = json.loads(line)
            base.append((f"{item['title']}\n\n{item['text']}", item["title"], item["relevant"]))
    return [base[i % len(base)] for i in range(count)]


def _list_names(ref: ListRef, entities: Entities) -> list[str]:
    if ref.name == "ukraine":
        return list(entities.ukraine_names)
    if ref.name == "donor":
        donors = [d for d in entities.donors.values() if ref.filter in (None, d.code.lower())]
        return [n for d in donors for n in (*d.names, *d.case_sensitive)]
    systems = [s for s in entities.systems.values() if ref.filter in (None, s.category)]
    return [n for s in systems for n in (s.name, *s.names, *s.case_sensitive)]


def _word_pattern(word) -> str:
    body = re.escape(word.text)
    return (r"\w*" if word.suffix else "") + body + (r"\w*" if word.prefix else "")


def baseline_regex(expression: str, entities: Entities) -> re.Pattern[str]:
    """One alternation of every word, phrase and list name of a rule."""
    alternatives = []
    for term in iter_terms(parse_expression(expression)):
        if isinstance(term, Phrase):
            alternatives.append(r"\W+".join(_word_pattern(w) for w in term.words))
        elif isinstance(term, ListRef):
            for name in _list_names(term, entities):
                parts = re.findall(r"\w+", name.rstrip("*"))
                alternatives.append(r"\W+".join(map(re.escape, parts)) + (r"\w*" if name.endswith("*") else ""))
        elif isinstance(term, Regex):
            alternatives.append(term.pattern)
    return re.compile(r"\b(?:" + "|".join(alternatives) + r")\b", re.IGNORECASE)


def quality(verdicts: list[bool], items: list[tuple[str, str, bool]]) -> tuple[float, float]:
    tp = sum(1 for v, (_, _, rel) in zip(verdicts, items) if v and rel)
    fp = sum(1 for v, (_, _, rel) in zip(verdicts, items) if v and not rel)
    fn = sum(1 for v, (_, _, rel) in zip(verdicts, items) if not v and rel)
    return (tp / (tp + fp) if tp + fp else 0.0, tp / (tp + fn) if tp + fn else 0.0)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=10_000, help="number of items to analyse")
    parser.add_argument("--rules", type=Path, default=ROOT / "config" / "rules.toml")
    parser.add_argument("--eval", type=Path, default=ROOT / "tests" / "data" / "eval_items.jsonl")
    args = parser.parse_args()

    items = load_items(args.eval, args.items)
    rules, threshold = load_rules_toml(args.rules.read_text(encoding="utf-8"))
    entities = load_entities()

    started = time.perf_counter()
    ruleset = RuleSet.compile(rules, threshold=threshold, entities=entities)
    compile_seconds = time.perf_counter() - started

    started = time.perf_counter()
    verdicts = [ruleset.analyze(text, title=title).relevant for text, title, _ in items]
    engine_seconds = time.perf_counter() - started

    baseline = [(baseline_regex(rule.expression, entities), rule.weight) for rule in rules if rule.enabled]
    started = time.perf_counter()
    base_verdicts = []
    for text, _, _ in items:
        score = sum(weight for pattern, weight in baseline if pattern.search(text))
        base_verdicts.append(score >= threshold)
    baseline_seconds = time.perf_counter() - started

    engine_rate = len(items) / engine_seconds
    baseline_rate = len(items) / baseline_seconds
    precision, recall = quality(verdicts, items)
    base_precision, base_recall = quality(base_verdicts, items)
    print(f"{len(items)} items, {len(rules)} rules (compiled in {compile_seconds:.2f} s, one core)")
    print(f"rule engine     : {engine_rate:9.0f} items/s   precision {precision:.3f}  recall {recall:.3f}")
    print(f"regex per rule  : {baseline_rate:9.0f} items/s   precision {base_precision:.3f}  recall {base_recall:.3f}")
    print(f"speed ratio     : {engine_rate / baseline_rate:9.2f}x")


if __name__ == "__main__":
    main()
