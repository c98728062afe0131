"""Two reports judged one event or two, as the story grouping rounds test them
(tests/stories/test_story_grouping_12.py, _13.py): the shipped rules' analyzer (a
module-scoped fixture), a report's fingerprint with its pledges, and whether the matcher
joins two reports published `hours` apart."""

from __future__ import annotations

from datetime import timedelta

import pytest

from bot.config import load_settings
from bot.core.stories.fingerprints import fingerprint
from bot.core.stories.matching import same_event_score
from bot.file_rules import analyzer_from_rules_file


# Named "analyzer" for the tests; imported under its own name, so the tests' `analyzer`
# parameters do not shadow the import.
@pytest.fixture(scope="module", name="analyzer")
def shipped_analyzer():
    return analyzer_from_rules_file(load_settings(environ={}))


def _print(analyzer, lang: str, title: str, text: str):
    analysis = analyzer.analyze(title, text, lang)
    return fingerprint(title, text, pledges=analysis.pledges, entities=analyzer.entities, lang=lang)


def _joined(analyzer, first, second, hours: float) -> bool:
    a, b = _print(analyzer, *first), _print(analyzer, *second)
    return same_event_score(a, b, apart=timedelta(hours=hours)) > 0.0
