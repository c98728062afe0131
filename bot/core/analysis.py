"""One call that turns an article into a verdict: the rules decide relevance and
topics, then pledges are extracted from relevant articles only (extraction is the
costlier step and meaningless for unrelated news)."""

from __future__ import annotations

import math
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from bot.core.models import Analysis, Entry, Pledge
from bot.core.rules.language import RuleSet

if TYPE_CHECKING:
    from bot.core.pledges.passes.entities import Entities


def entry_body(entry: Entry) -> str:
    """What the rules read besides the title: the summary, and the full content when it differs."""
    return body_of(entry.summary, entry.content)


def body_of(summary: str, content: str) -> str:
    return "\n\n".join(p for p in (summary, content if content != summary else "") if p)


class Analyzer:
    def __init__(self, ruleset: RuleSet, entities: Entities):
        self.ruleset = ruleset
        self.entities = entities

    def analyze(self, title: str, body: str, lang: str | None = None, published: date | None = None) -> Analysis:
        """`body` is the article text without its title; `published`, the article's date when
        known, dates its chronology's steps (a step after it is a promise, not a delivery)."""
        text = f"{title}\n\n{body}" if body else title
        verdict = self.ruleset.analyze(text, title=title, lang=lang)
        if not verdict.relevant:
            return verdict
        # Imported at the first relevant article: the extractor compiles some hundred
        # patterns at import (~0.05 s), which a poll whose feeds brought nothing relevant
        # (most polls: every feed answering 304) never needs.
        from bot.core.pledges.extract import extract_pledges

        pledges = extract_pledges(body or title, title=title, lang=lang, entities=self.entities, published=published)
        return replace(verdict, pledges=tuple(_without_impossible_numbers(p) for p in pledges))


# A count or amount no aid ever reached: 10^12 units, or 10^15 of any currency. Text such
# as "$999…9 billion" (301 digits) was read as an amount of float infinity, which every
# JSON output wrote as the bare word Infinity (no JSON) and which made every money total
# inf; "99999999999999999999 tanks" was a count SQLite cannot store.
MAX_COUNT = 10**12
MAX_AMOUNT = 1e15


def _without_impossible_numbers(pledge: Pledge) -> Pledge:
    quantity = pledge.quantity if pledge.quantity is None or 0 <= pledge.quantity <= MAX_COUNT else None
    value = pledge.value if pledge.value is None or (math.isfinite(pledge.value) and
                                                     0 <= pledge.value <= MAX_AMOUNT) else None
    if quantity == pledge.quantity and value == pledge.value:
        return pledge
    currency = None if value is None and pledge.value is not None else pledge.currency  # no amount, no currency
    return replace(pledge, quantity=quantity, value=value, currency=currency)
