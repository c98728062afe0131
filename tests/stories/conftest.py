"""Fixtures of the story tests (tests/stories): `analyzer`, the shipped rules' analyzer,
built once per module (tests/support/story_pairs.py defines it; the round files written
before it was offered here import it from there, which comes to the same)."""

from __future__ import annotations

from tests.support.story_pairs import shipped_analyzer  # noqa: F401 - the `analyzer` fixture
