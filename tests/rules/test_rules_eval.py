"""Quality of the default rules on the labelled evaluation set: precision and recall of
`relevant` must both reach 0.95. Run with `pytest -s` to see the figures."""

from __future__ import annotations

import json
from pathlib import Path

from bot.config import load_entities
from bot.core.rules.files import load_rules_toml
from bot.core.rules.language import RuleSet

ROOT = Path(__file__).parents[2]
EVAL_ITEMS = ROOT / "tests" / "data" / "eval_items.jsonl"
RULES_TOML = ROOT / "config" / "rules.toml"
MINIMUM = 0.95


def load_items() -> list[dict]:
    lines = EVAL_ITEMS.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def test_default_rules_reach_precision_and_recall_on_the_eval_set():
    rules, threshold = load_rules_toml(RULES_TOML.read_text(encoding="utf-8"))
    ruleset = RuleSet.compile(rules, threshold=threshold, entities=load_entities())
    items = load_items()
    assert items, "the evaluation set is empty"
    true_pos = false_pos = false_neg = 0
    missed, wrong = [], []
    for item in items:
        title = item.get("title", "")
        text = f"{title}\n\n{item['text']}" if title else item["text"]
        predicted = ruleset.analyze(text, title=title, lang=item.get("lang")).relevant
        if predicted and item["relevant"]:
            true_pos += 1
        elif predicted:
            false_pos += 1
            wrong.append(item["id"])
        elif item["relevant"]:
            false_neg += 1
            missed.append(item["id"])
    precision = true_pos / (true_pos + false_pos) if true_pos + false_pos else 0.0
    recall = true_pos / (true_pos + false_neg) if true_pos + false_neg else 0.0
    summary = (
        f"{len(items)} items: precision {precision:.3f}, recall {recall:.3f} "
        f"(false positives {wrong}, missed {missed})"
    )
    print(summary)
    assert precision >= MINIMUM and recall >= MINIMUM, summary
