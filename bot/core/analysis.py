"""One call that turns an article into a verdict: the rules decide relevance and
topics, then pledges are extracted from relevant articles only (extraction is the
costlier step and meaningless for unrelated news)."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from bot.core.models import Analysis
from bot.core.rules.language import RuleSet

if TYPE_CHECKING:
    from bot.core.pledges.entities import Entities


class Analyzer:
    def __init__(self, ruleset: RuleSet, entities: Entities):
        self.ruleset = ruleset
        self.entities = entities

    def analyze(self, title: str, body: str, lang: str | None = None) -> Analysis:
        """`body` is the article text without its title."""
        text = f"{title}\n\n{body}" if body else title
        verdict = self.ruleset.analyze(text, title=title, lang=lang)
        if not verdict.relevant:
            return verdict
        # Imported at the first relevant article: the extractor compiles some hundred
        # patterns at import (~0.05 s), which a poll whose feeds brought nothing relevant
        # (most polls: every feed answering 304) never needs.
        from bot.core.pledges.extract import extract_pledges

        pledges = extract_pledges(body or title, title=title, lang=lang, entities=self.entities)
        return replace(verdict, pledges=tuple(pledges))
