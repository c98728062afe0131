"""The two seed articles (tests/data/seeds/) and the pledges a person labelled in them
(tests/data/analysis_expected.jsonl), with the shipped rules' analyzer that reads them:
checked by tests/quality/test_analysis_golden.py, and read again by wire rounds that
check a property on every seed."""

from __future__ import annotations

import json
from pathlib import Path

from bot.config import load_entities
from bot.core.analysis import Analyzer
from bot.core.rules.files import load_rules_toml
from bot.core.rules.language import RuleSet

ROOT = Path(__file__).parents[2]
DATA = ROOT / "tests" / "data"
EXPECTED = DATA / "analysis_expected.jsonl"


def analyzer() -> Analyzer:
    """The shipped rules (config/rules.toml) and entities, as the bot analyses an entry."""
    rules, threshold = load_rules_toml((ROOT / "config" / "rules.toml").read_text(encoding="utf-8"))
    entities = load_entities()
    return Analyzer(RuleSet.compile(rules, threshold=threshold, entities=entities), entities)


def labels() -> list[dict]:
    """One label a seed: its name (`seed`) and its `pledges`, `tolerated` and `never` readings."""
    return [json.loads(line) for line in EXPECTED.read_text(encoding="utf-8").splitlines() if line.strip()]


def seed_forms(label: dict) -> list[tuple[str, str, str, str | None]]:
    """(name, title, body, lang): the seed as one body, and with its first line as the title."""
    text = (DATA / "seeds" / f"{label['seed']}.txt").read_text(encoding="utf-8")
    first, _, rest = text.strip().partition("\n")
    return [(f"{label['seed']}", "", text, "fr"), (f"{label['seed']}-titled", first, rest, None)]
