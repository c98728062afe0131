"""StoryIndex (bot/core/stories/story_index.py): the same answers as match_story, without
comparing an article with every story, on the hand-written articles grouped by event
(tests/support/story_events.py), the labelled evaluation items and generated fingerprints;
and what the index keeps, forgets and must reload."""

from __future__ import annotations

import functools
import json
import random
from datetime import datetime, timedelta, timezone
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.core.stories.evidence.events import EventEvidence
from bot.core.stories.fingerprint.fingerprints import StoryFingerprint
from bot.core.stories.matching import StoryCandidate, match_story, matching_stories
from bot.core.stories.scoring.likeness import similarity
from bot.core.stories.scoring.story_score import SAME_STORY_THRESHOLD
from bot.core.stories.story_index import StoryIndex
from tests.support.story_articles import LEOPARD_EN_1, LEOPARD_EN_2, NATO_AFP, NATO_DW, PATRIOT_EN_1, PATRIOT_EN_2
from tests.support.story_events import EVENTS, NOW, candidate, fingerprint, fingerprint_of

EVAL_ITEMS = Path(__file__).parents[1] / "data" / "eval_items.jsonl"


def _stored(fp: StoryFingerprint) -> StoryFingerprint:
    """The fingerprint as the poller reads it back from its stories row."""
    return StoryFingerprint.from_json(fp.to_json())


@functools.cache
def _corpus() -> tuple[StoryFingerprint, ...]:
    """Fingerprints of every text the tests have: the seeds, the articles above and the
    labelled evaluation items (news of every kind, aid and otherwise, EN/FR/DE)."""
    articles = [NATO_AFP, NATO_DW, *(a for versions in EVENTS.values() for a in versions)]
    for line in EVAL_ITEMS.read_text(encoding="utf-8").splitlines():
        if line.strip():
            item = json.loads(line)
            articles.append((item["title"], item["text"]))
    return tuple(fingerprint(title, text) for title, text in articles)


def _index_of(candidates: list[StoryCandidate]) -> StoryIndex:
    index = StoryIndex()
    for story in candidates:
        index.add(story, stored_at=story.first_seen)
    return index


def test_the_index_gives_match_storys_answer_for_every_article_and_story_pair():
    # One story at a time: the index agrees on every single same-story decision,
    # including the stories it never scores because they share too little.
    rng = random.Random(7)
    corpus = _corpus()
    stories = rng.sample(range(len(corpus)), 90)
    articles = rng.sample(range(len(corpus)), 90)
    agreed = matched = 0
    for s in stories:
        candidate = StoryCandidate(s, _stored(corpus[s]), NOW)
        index = _index_of([candidate])
        for a in articles:
            expected = match_story(corpus[a], NOW, [candidate])
            assert index.match(corpus[a], NOW) == expected, (s, a)
            agreed += 1
            matched += expected is not None
    # Real matches among them, not only misses (fewer than before event evidence: most
    # corpus pairs share words but not who gives what and a detail).
    assert agreed == 90 * 90 and matched >= 25


def test_the_index_picks_the_same_story_as_match_story_among_many():
    rng = random.Random(11)
    corpus = _corpus()
    for trial in range(8):
        chosen = rng.sample(range(len(corpus)), rng.randrange(20, 120))
        candidates = [
            StoryCandidate(i + 1, _stored(corpus[i]), NOW + timedelta(hours=rng.randrange(-60, 60)))
            for i in chosen
        ]
        index = _index_of(candidates)
        window = timedelta(hours=rng.choice([6, 24, 48]))
        for a in rng.sample(range(len(corpus)), 25):
            published = NOW + timedelta(hours=rng.randrange(-30, 30))
            expected = match_story(corpus[a], published, candidates, window=window)
            assert index.match(corpus[a], published, window=window) == expected, (trial, a)


_NAME_POOL = [
    "ukraine", "russia", "nato", "kyiv", "putin", "eu", "defence",
    "germany", "usa", "france", "poland", "berlin", "washington",
    "leopard", "patriot", "himars", "f16", "m777", "14", "31", "1.85e+09", "2e+09", "155mm", "scholz",
    "pistorius", "austin", "rheinmetall", "diehl",
]
_TERM_POOL = [
    # Mostly the beat's vocabulary (generic: weighs little, proves nothing), then words
    # that tell events apart.
    "tank", "weapon", "milita", "ukrain", "russia", "packag", "suppor", "securi", "minist", "govern",
    "artill", "missil", "troop", "delive", "german", "leopar", "patrio", "scholz", "batter",
    "trainin", "crews", "howitz", "ammuni", "stock", "contra", "gepard", "shell", "factor", "produc",
]
_PHRASE_POOL = ["leopar tank", "batter patrio", "trainin crews", "shell produc", "contra gepard", "gepard ammuni"]

_fingerprints = st.builds(
    StoryFingerprint,
    names=st.frozensets(st.sampled_from(_NAME_POOL), max_size=12),
    terms=st.frozensets(st.sampled_from(_TERM_POOL), max_size=24),
    phrases=st.frozensets(st.sampled_from(_PHRASE_POOL), max_size=4),
    headline=st.frozensets(st.sampled_from(_NAME_POOL[:14]), max_size=3),
)


@settings(max_examples=300, deadline=None)
@given(
    stories=st.lists(st.tuples(_fingerprints, st.integers(-72, 72)), max_size=12),
    article=_fingerprints,
    published=st.integers(-72, 72),
    window=st.integers(0, 96),
    duplicate=st.booleans(),
)
def test_the_index_agrees_with_match_story_on_generated_fingerprints(stories, article, published, window, duplicate):
    if duplicate and stories:
        # Exact twins with the same time: the tie rule (older, then lower id) decides.
        stories = stories + [stories[0]]
    candidates = [
        StoryCandidate(story_id, _stored(fp), NOW + timedelta(hours=hours))
        for story_id, (fp, hours) in enumerate(stories, start=1)
    ]
    when, span = NOW + timedelta(hours=published), timedelta(hours=window)
    expected = match_story(article, when, candidates, window=span)
    assert _index_of(candidates).match(article, when, window=span) == expected
    assert _index_of(list(reversed(candidates))).match(article, when, window=span) == expected
    # Every story that qualifies, in the same order (what merging stories starts from).
    ranked = matching_stories(article, when, candidates, window=span)
    assert ranked[:1] == ([] if expected is None else [expected])
    assert _index_of(list(reversed(candidates))).matching(article, when, window=span) == ranked


def test_the_index_skips_only_stories_that_cannot_reach_the_threshold():
    # Two vague pieces sharing the beat's words: two distinctive words in common are
    # just enough text evidence to make one story (their event evidence agreeing), one
    # is not. The index scores the first and may skip the second; both answers are
    # match_story's.
    beat = {"tank", "weapon", "milita", "UA", "RU", "packag", "suppor", "securi", "minist", "govern",
            "artill", "missil"}
    names = frozenset({"UA", "RU", "NATO", "@UA"})
    event = EventEvidence(donors=frozenset({"DE"}), systems=frozenset({"Gepard"}), counts=frozenset({35}))
    two = StoryFingerprint(names, frozenset(beat | {"gepard", "shell"}), event=event)
    one = StoryFingerprint(names, frozenset(beat | {"gepard"}), event=event)
    assert similarity(two, two) >= SAME_STORY_THRESHOLD > similarity(one, one)
    for fp in (two, one):
        candidates = [StoryCandidate(1, _stored(fp), NOW)]
        assert _index_of(candidates).match(fp, NOW) == match_story(fp, NOW, candidates)
    assert _index_of([StoryCandidate(1, two, NOW)]).match(two, NOW) == 1
    assert _index_of([StoryCandidate(1, one, NOW)]).match(one, NOW) is None


def test_an_empty_index_matches_nothing_and_empty_fingerprints_match_nothing():
    assert StoryIndex().match(fingerprint_of(LEOPARD_EN_1), NOW) is None
    empty = fingerprint("", "")
    index = _index_of([StoryCandidate(1, empty, NOW), candidate(2, LEOPARD_EN_1)])
    assert index.match(empty, NOW) is None
    assert index.match(fingerprint_of(LEOPARD_EN_2), NOW) == 2


def test_the_index_keeps_what_it_is_given_and_forgets_what_left_the_window():
    index = StoryIndex()
    index.add(candidate(1, LEOPARD_EN_1), stored_at=NOW - timedelta(hours=50))
    index.add(candidate(2, PATRIOT_EN_1), stored_at=NOW)
    assert len(index) == 2 and 1 in index and 3 not in index
    assert index.match(fingerprint_of(LEOPARD_EN_2), NOW) == 1
    assert index.forget_before(NOW - timedelta(hours=48)) == 1
    assert 1 not in index and len(index) == 1
    assert index.match(fingerprint_of(LEOPARD_EN_2), NOW) is None  # its features went with it
    assert index.match(fingerprint_of(PATRIOT_EN_2), NOW) == 2
    assert index.forget_before(NOW - timedelta(hours=48)) == 0


def test_adding_a_story_id_again_replaces_it():
    index = StoryIndex()
    index.add(candidate(1, LEOPARD_EN_1), stored_at=NOW)
    index.add(candidate(1, PATRIOT_EN_1), stored_at=NOW)
    assert len(index) == 1
    assert index.match(fingerprint_of(LEOPARD_EN_2), NOW) is None
    assert index.match(fingerprint_of(PATRIOT_EN_2), NOW) == 1


def test_naive_times_in_the_index_are_utc_like_in_match_story():
    naive = datetime(2023, 2, 14, 8, 0)
    index = StoryIndex()
    index.add(StoryCandidate(1, fingerprint_of(LEOPARD_EN_1), naive), stored_at=naive)
    assert index.match(fingerprint_of(LEOPARD_EN_2), NOW) == 1
    assert index.forget_before(naive.replace(tzinfo=timezone.utc) + timedelta(seconds=1)) == 1


def test_the_index_says_when_it_must_be_reloaded():
    index = StoryIndex()
    assert index.needs_reload(0, NOW)  # never synced
    index.add(candidate(1, LEOPARD_EN_1), stored_at=NOW)
    index.record_sync(1, NOW - timedelta(hours=48))
    assert not index.needs_reload(1, NOW - timedelta(hours=48))
    assert not index.needs_reload(5, NOW - timedelta(hours=47))  # newer stories: just add them
    assert index.needs_reload(0, NOW - timedelta(hours=47))  # the store lost a story it holds
    assert index.needs_reload(1, NOW - timedelta(hours=49))  # the clock went back: older ones count again
    index.clear()
    assert len(index) == 0 and index.newest_id == 0 and index.needs_reload(1, NOW)
    assert index.match(fingerprint_of(LEOPARD_EN_2), NOW) is None
