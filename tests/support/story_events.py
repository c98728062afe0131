"""The hand-written wire articles of tests/support/story_articles.py grouped by the event
each reports (`EVENTS`), and their fingerprints as the poller makes them (with the shipped
entity lists), for the story matcher's tests: tests/stories/test_stories.py compares them
pair by pair, tests/stories/test_story_index.py checks the index against the matcher on them."""

from __future__ import annotations

from datetime import datetime, timezone

from bot.config import load_entities
from bot.core.stories.fingerprint.fingerprints import StoryFingerprint
from bot.core.stories.fingerprint.fingerprints import fingerprint as _fingerprint
from bot.core.stories.matching import StoryCandidate
from tests.support.story_articles import (
    AMX_EN,
    AMX_FR_1,
    AMX_FR_2,
    CAESAR_DK,
    CAESAR_FR,
    CHALLENGER_EN,
    CV90_FR_1,
    CV90_FR_2,
    EU_AMMO,
    F16_EN_1,
    F16_EN_2,
    F16_NORWAY,
    GEPARD_FR,
    HIMARS_EN,
    IRIST_DE_1,
    IRIST_DE_2,
    LEOPARD_CA,
    LEOPARD_EN_1,
    LEOPARD_EN_2,
    LEOPARD_FR,
    MARDER_DE,
    MIG_PL_EN,
    MIG_PL_FR,
    MIG_SK,
    NASAMS_CA_1,
    NASAMS_CA_2,
    NATO_AFP,
    NATO_DW,
    PATRIOT_EN_1,
    PATRIOT_EN_2,
    SCALP_FR,
    SKYNEX_DE_1,
    SKYNEX_DE_2,
    STORM_UK_1,
    STORM_UK_2,
)

# The time the matcher's tests publish and store at, unless a test says otherwise.
NOW = datetime(2023, 2, 14, 9, 0, tzinfo=timezone.utc)

# Event name -> its versions. Everything in one group is one story; any two articles
# from different groups are different stories.
EVENTS: dict[str, list[tuple[str, str]]] = {
    "nato-meeting": [NATO_AFP, NATO_DW],
    "leopard": [LEOPARD_EN_1, LEOPARD_EN_2, LEOPARD_FR],
    "patriot": [PATRIOT_EN_1, PATRIOT_EN_2],
    "himars": [HIMARS_EN],
    "challenger": [CHALLENGER_EN],
    "amx": [AMX_FR_1, AMX_FR_2, AMX_EN],
    "caesar": [CAESAR_FR],
    "gepard": [GEPARD_FR],
    "iris-t": [IRIST_DE_1, IRIST_DE_2],
    "marder": [MARDER_DE],
    "f16-netherlands-denmark": [F16_EN_1, F16_EN_2],
    "f16-norway": [F16_NORWAY],
    "cv90": [CV90_FR_1, CV90_FR_2],
    "caesar-denmark": [CAESAR_DK],
    "skynex": [SKYNEX_DE_1, SKYNEX_DE_2],
    "nasams-canada": [NASAMS_CA_1, NASAMS_CA_2],
    "leopard-canada": [LEOPARD_CA],
    "eu-ammunition": [EU_AMMO],
    # Written after the weights were fixed, and passed without changing them:
    "mig29-poland": [MIG_PL_EN, MIG_PL_FR],
    "mig29-slovakia": [MIG_SK],
    "storm-shadow": [STORM_UK_1, STORM_UK_2],
    "scalp": [SCALP_FR],
}


def fingerprint(title: str, text: str, **options) -> StoryFingerprint:
    """The pipeline's fingerprint: with the shipped entity lists (countries, capitals and
    weapon systems come from config/entities.toml)."""
    options.setdefault("entities", load_entities())
    return _fingerprint(title, text, **options)


def fingerprint_of(article: tuple[str, str]) -> StoryFingerprint:
    """The fingerprint of a (title, text) article."""
    return fingerprint(*article)


def candidate(story_id: int, article: tuple[str, str], first_seen: datetime = NOW) -> StoryCandidate:
    """A stored story holding only `article`, first seen at `first_seen`."""
    return StoryCandidate(story_id, fingerprint_of(article), first_seen)
