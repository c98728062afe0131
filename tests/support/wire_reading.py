"""What the shipped rules and the pledge extractor make of a sentence: shared by the
wire-copy tests (tests/pledges/test_pledges_wire_4.py to tests/pledges/test_pledges_wire_6.py,
tests/pledges/test_pledges_discussed.py, tests/pledges/test_pledges_decisions.py) and the relevance tests
(tests/rules/test_rules_relevance.py)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from bot.config import load_entities
from bot.core.pledges.extract import extract_pledges
from bot.core.rules.files import load_rules_toml
from bot.core.rules.language import RuleSet

RULES_TOML = Path(__file__).parents[2] / "config" / "rules.toml"


def records(text: str, title: str = "", lang: str | None = None) -> set[tuple[str, str, str]]:
    """The (donor, category, status) of every record extracted from the text."""
    found = extract_pledges(text, title=title, lang=lang, entities=load_entities())
    return {(p.donor, p.category, p.status) for p in found}


def readings(text: str, lang: str | None, *fields: str) -> set[tuple]:
    """The named fields of every record extracted from the text: readings(text, "de",
    "donor", "category", "status", "quantity")."""
    found = extract_pledges(text, lang=lang, entities=load_entities())
    return {tuple(getattr(p, name) for name in fields) for p in found}


def with_language(lang: str, articles: list) -> list:
    """Each (text, expected) article, or pytest.param of one, as (lang, text, expected):
    the parameters of a wire round's test, its marks kept."""
    return [
        pytest.param(lang, *article.values, marks=article.marks) if hasattr(article, "marks")
        else (lang, *article)
        for article in articles
    ]


def left_as_xfails(params: list, left: dict[str, str]) -> list:
    """A wire round's (lang, headline, body, records) parameters, those whose headline `left`
    names marked as strict xfails whose reason says what is read instead."""
    return [
        pytest.param(*values, marks=pytest.mark.xfail(strict=True, reason=left[values[1]]))
        if values[1] in left else values
        for values in params
    ]


def shipped_rules() -> RuleSet:
    """config/rules.toml compiled, each rule's id its place in the file."""
    rules, threshold = load_rules_toml(RULES_TOML.read_text(encoding="utf-8"))
    numbered = [replace(rule, id=number) for number, rule in enumerate(rules, 1)]
    return RuleSet.compile(numbered, threshold=threshold, entities=load_entities())


def figures(text: str, lang: str | None, title: str = "") -> set[tuple]:
    """The (donor, category, status, figure) of every record: the figure is its count of
    things, else its sum of money, else None (round 14's articles are about figures). Round
    16's articles come with their headline."""
    found = extract_pledges(text, title=title, lang=lang, entities=load_entities())
    return {(p.donor, p.category, p.status, p.quantity if p.quantity is not None else p.value) for p in found}
