"""What the shipped rules and the pledge extractor make of a sentence: shared by the
wire-copy rounds (tests/pledges/test_pledges_wire*.py and the reviews beside them, and
tests/pledges/test_pledges.py) and the relevance rounds (tests/rules/test_rules_relevance*.py
and the reviews beside them).
tests/conftest.py loads this module as a plugin: its `defaults` fixture reaches every test
unimported, and its asserts report like a test's own."""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest

from bot.config import load_entities
from bot.core.models import Analysis, Pledge
from bot.core.pledges.extract import extract_pledges
from bot.core.rules.files import load_rules_toml
from bot.core.rules.language import RuleSet

RULES_TOML = Path(__file__).parents[2] / "config" / "rules.toml"

# Rules that several rounds check fired, named by the start of their comment in rules.toml.
REQUEST_TRAP = "Another country asking for weapons for itself"
DENIED_LOAN_TRAP = "A loan or budget support for Ukraine that buys no weapons"


# ---------------------------------------------------------------- pledges


def shipped_extract(text: str, **kwargs) -> list[Pledge]:
    """The core's extract_pledges with the shipped entity lists (the core reads no files),
    unless a test gives its own `entities`."""
    kwargs.setdefault("entities", load_entities())
    return extract_pledges(text, **kwargs)


def records(text: str, title: str = "", lang: str | None = None) -> set[tuple[str, str, str]]:
    """The (donor, category, status) of every record extracted from the text."""
    found = extract_pledges(text, title=title, lang=lang, entities=load_entities())
    return {(p.donor, p.category, p.status) for p in found}


def readings(text: str, lang: str | None, *fields: str, title: str = "") -> set[tuple]:
    """The named fields of every record extracted from the text: readings(text, "de",
    "donor", "category", "status", "quantity")."""
    found = extract_pledges(text, title=title, lang=lang, entities=load_entities())
    return {tuple(getattr(p, name) for name in fields) for p in found}


def reading_of(*fields: str) -> Callable[..., set[tuple]]:
    """`readings` of these fields, as a round's checks call it: reading(text, lang, title="")."""
    def reading(text: str, lang: str | None = None, title: str = "") -> set[tuple]:
        return readings(text, lang, *fields, title=title)
    return reading


def figures(text: str, lang: str | None, title: str = "") -> set[tuple]:
    """The (donor, category, status, figure) of every record: the figure is its count of
    things, else its sum of money, else None (round 14's articles are about figures). Round
    16's articles come with their headline."""
    found = extract_pledges(text, title=title, lang=lang, entities=load_entities())
    return {(p.donor, p.category, p.status, p.quantity if p.quantity is not None else p.value) for p in found}


def with_language(lang: str, articles: list) -> list:
    """Each (text, expected) article, or pytest.param of one, as (lang, text, expected):
    the parameters of a wire round's test, its marks kept."""
    return [
        pytest.param(lang, *article.values, marks=article.marks) if hasattr(article, "marks")
        else (lang, *article)
        for article in articles
    ]


def in_three_languages(english: list, french: list, german: list) -> list:
    """A round's English, French and German articles as one list of (lang, ...) parameters."""
    return with_language("en", english) + with_language("fr", french) + with_language("de", german)


def formed_in_three_languages(english: list, french: list, german: list) -> list:
    """A probe's (form, headline, body, records) articles of each language, as (lang, headline, body,
    records) parameters: the form (an RSS summary, a live entry, ...) says what the probe was briefed
    to cover, not what the article should give."""
    return [(lang, *article[1:]) for lang, articles in (("en", english), ("fr", french), ("de", german))
            for article in articles]


def text_of(article) -> str:
    """An article's text, whether a plain (text, labels) pair or a pytest.param of one."""
    return article.values[0] if hasattr(article, "marks") else article[0]


def probe_key(headline: str, body: str) -> str:
    """How a wire round or a probe names an item in its LEFT and its test ids: by its headline, or
    an untitled live entry by the start of its body."""
    return headline or body[:40]


def left_as_xfails(params: list, left: dict[str, str]) -> list:
    """A wire round's or a probe's (lang, headline, body, expected) parameters (pledge records, or
    a relevance label), each with the id "lang-<the first 40 characters of its key>" (`probe_key`),
    those whose key `left` names marked as strict xfails whose reason says what is read instead.
    A parameter given as a pytest.param keeps its own marks beside."""
    marked = []
    for param in params:
        values, marks = (param.values, list(param.marks)) if hasattr(param, "marks") else (tuple(param), [])
        lang, headline, body = values[:3]
        key = probe_key(headline, body)
        if key in left:
            marks.append(pytest.mark.xfail(strict=True, reason=left[key]))
        marked.append(pytest.param(*values, marks=marks, id=f"{lang}-{key[:40]}"))
    return marked


# ---------------------------------------------------------------- relevance


# Compiled once per test process (a second or more each time, and a few round files asked
# again in every case of a parametrized test): a RuleSet gives the same answers however
# often it is asked, its word caches only make later answers faster, and no test changes it.
@functools.cache
def shipped_rules() -> RuleSet:
    """config/rules.toml compiled, each rule's id its place in the file."""
    rules, threshold = load_rules_toml(RULES_TOML.read_text(encoding="utf-8"))
    numbered = [replace(rule, id=number) for number, rule in enumerate(rules, 1)]
    return RuleSet.compile(numbered, threshold=threshold, entities=load_entities())


@pytest.fixture(scope="module")
def defaults() -> RuleSet:
    """The shipped rules (`shipped_rules`, compiled once per test process)."""
    return shipped_rules()


def analyze(ruleset: RuleSet, headline: str, lead: str = "") -> Analysis:
    """A headline and its lead as a feed carries them: the headline, a blank line, the lead."""
    text = f"{headline}\n\n{lead}" if lead else headline
    return ruleset.analyze(text, title=headline)


def read(ruleset: RuleSet, headline: str, lead: str) -> Analysis:
    """An item of the relevance rounds; a live blog's entry has no headline: its text is its lead alone."""
    return analyze(ruleset, headline, lead) if headline else ruleset.analyze(lead)


def assert_relevance(ruleset: RuleSet, analysis: Analysis, relevant: bool) -> None:
    """The verdict a round labelled, or the rules' explanation of the one they gave."""
    assert analysis.relevant == relevant, ruleset.explain(analysis)


def assert_relevance_probe_as_briefed(items: list[tuple[str, str, str, bool]]) -> None:
    """What a relevance probe (tests/rules/test_review_*.py) is briefed to hold: 10 items in each of
    English, French and German, half of each language about aid, no item named twice (`probe_key`)."""
    for lang in ("en", "fr", "de"):
        labels = [relevant for item_lang, _, _, relevant in items if item_lang == lang]
        assert (len(labels), sum(labels)) == (10, 5), lang
    assert len({probe_key(headline, lead) for _, headline, lead, _ in items}) == len(items) == 30


def relevance_probe_test(items: list[tuple[str, str, str, bool]], left: dict[str, str]) -> Callable[..., None]:
    """The test a relevance probe (tests/rules/test_review_41.py on) runs on its table of (lang, headline,
    lead, relevant) items: each read by the shipped rules as labelled (`read`, `assert_relevance`), those
    its LEFT names strict xfails (`left_as_xfails`). Written once, so every probe reads its items alike;
    the probe keeps its table, its LEFT and its brief, and binds the test to its own name:
    `test_review_items_are_read_as_labelled = relevance_probe_test(ITEMS, LEFT)` (pytest collects it
    there, with that file's ids)."""

    @pytest.mark.parametrize(("lang", "headline", "lead", "relevant"), left_as_xfails(items, left))
    def test_review_items_are_read_as_labelled(defaults: RuleSet, lang: str, headline: str, lead: str,
                                               relevant: bool) -> None:
        assert_relevance(defaults, read(defaults, headline, lead), relevant)

    return test_review_items_are_read_as_labelled


def fired(analysis: Analysis, comment_start: str) -> bool:
    """True when the rule whose comment in rules.toml starts with `comment_start` fired.
    Rules are found by their comment so the test names the phenomenon, not a number."""
    numbers = _rule_numbers(comment_start)
    return any(hit.rule_id in numbers for hit in analysis.hits)


def _rule_numbers(comment_start: str) -> list[int]:
    numbers, comment, number = [], "", 0
    for line in RULES_TOML.read_text(encoding="utf-8").splitlines():
        if line.startswith("# "):
            comment = (comment + " " + line[2:]).strip() if comment else line[2:]
        elif line == "[[rule]]":
            number += 1
            if comment.startswith(comment_start):
                numbers.append(number)
            comment = ""
        elif not line.strip():
            comment = ""
    assert numbers, f"no rule in rules.toml has a comment starting {comment_start!r}"
    return numbers
