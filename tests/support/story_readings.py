"""The event evidence and the story fingerprint of a report written for a story test, read
with the shipped entity lists (the core reads no files), and the moment such tests publish
their first report at: shared by tests/stories/test_story_events.py,
test_story_event_keys.py and test_story_news_and_context.py."""

from __future__ import annotations

from datetime import UTC, datetime

from bot.config import load_entities
from bot.core.models import Pledge
from bot.core.stories.evidence.events import EventEvidence, event_evidence
from bot.core.stories.fingerprint.fingerprints import StoryFingerprint, fingerprint

ENTITIES = load_entities()
NOW = datetime(2026, 3, 4, 15, 0, tzinfo=UTC)


def evidence(title: str, body: str = "", pledges=(), lang: str | None = None) -> EventEvidence:
    """What the story matcher reads of one event in a report with these pledges."""
    return event_evidence(title, body, pledges, ENTITIES, lang)


def fp(title: str, body: str, *pledges: Pledge, lang: str | None = None) -> StoryFingerprint:
    """A report's fingerprint with the pledges given (not read: the test says them)."""
    return fingerprint(title, body, pledges=pledges, entities=ENTITIES, lang=lang)
