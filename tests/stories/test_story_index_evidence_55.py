"""The story index's evidence counted per story in C (stop 55, issue 15): each shared specific term
or phrase adds 0.5, summed by a Counter over the posting sets rather than by one Python addition per
posting. The sums must be the floats the one-by-one reading gave: they are, because every weight
added is a multiple of 0.5 (checked here on every name of the busy days), so each partial sum is
exact whatever the order. The oracle below is the reading before stop 55, written out."""

from __future__ import annotations

from datetime import UTC, datetime

from bot.config import load_entities
from bot.core.stories.fingerprint.fingerprints import StoryFingerprint, fingerprint
from bot.core.stories.fingerprint.word_keys import GENERIC_WEIGHT, name_weight
from bot.core.stories.matching import StoryCandidate
from bot.core.stories.story_index import StoryIndex, _specific_terms
from tests.support.story_replay import labelled_reports

NOW = datetime(2026, 12, 2, 12, tzinfo=UTC)


def _one_by_one(index: StoryIndex, fp: StoryFingerprint) -> dict[int, float]:
    found: dict[int, float] = {}
    for name in fp.names:
        weight = name_weight(name)
        if weight > GENERIC_WEIGHT:
            for story_id in index._by_name.get(name, ()):
                found[story_id] = found.get(story_id, 0.0) + weight
    for postings, keys in ((index._by_term, _specific_terms(fp)), (index._by_phrase, fp.phrases)):
        for key in keys:
            for story_id in postings.get(key, ()):
                found[story_id] = found.get(story_id, 0.0) + 0.5
    return found


def _fingerprints() -> list[StoryFingerprint]:
    entities = load_entities()
    items = [item for name in ("busy_day.jsonl", "busy_day_2.jsonl", "busy_day_18.jsonl", "wire_clusters.jsonl")
             for item in labelled_reports(name)]
    return [fingerprint(item.get("title") or "", item.get("summary") or "", entities=entities, lang=item.get("lang"))
            for item in items]


def test_the_evidence_is_the_one_by_one_sum() -> None:
    prints = _fingerprints()
    index = StoryIndex()
    compared = shared = 0
    for story_id, fp in enumerate(prints, 1):
        found = index._evidence(fp)
        expected = _one_by_one(index, fp)
        assert found == expected  # (the same keys and the same floats, compared exactly)
        compared += len(expected)
        shared += sum(1 for value in expected.values() if value > 1.0)
        # every other report joins the first story it shares a system with: stories with members
        story = next((sid for sid in found if sid % 2), None)
        if story is not None and story_id % 2 == 0:
            index.add_member(story, index.fingerprint_of(story).with_member(fp))
        else:
            index.add(StoryCandidate(story_id, fp, NOW), NOW)
    assert compared > 1000 and shared > 200


def test_every_name_weight_that_counts_is_a_multiple_of_a_half() -> None:
    # (the premise of an exact sum in any order: a weight such as 0.7 would need the old order)
    names = {name for fp in _fingerprints() for name in fp.names}
    counted = [name_weight(name) for name in names if name_weight(name) > GENERIC_WEIGHT]
    assert len(counted) > 100
    assert all((2 * weight).is_integer() for weight in counted)
