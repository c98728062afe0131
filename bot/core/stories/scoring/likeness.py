"""How alike two reports are in wording: the text half of story matching.

Two articles' fingerprints (bot/core/stories/fingerprint/fingerprints.py) are compared by the names,
terms and phrases they share, each weighted by what sharing it proves
(bot/core/stories/fingerprint/word_keys.py).

Why this works on this beat: every aid story says "Ukraine", "Russia", "NATO",
"weapons", "tanks", "package"; what tells two events apart is *who* gives *what*
(Germany / Leopard / Pistorius versus United States / Patriot / Austin). So the
ubiquitous words weigh little, weapon systems weigh most, and a story whose headline
names a donor or system that the other article never mentions is scaled down hard.

The weights were chosen on the pairs in tests/stories/test_stories.py. Whether a likeness
makes two reports one story is decided in bot/core/stories/scoring/story_score.py.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable
from functools import lru_cache
from typing import NamedTuple

from bot.core.stories.fingerprint.fingerprints import StoryFingerprint
from bot.core.stories.fingerprint.word_keys import (
    GENERIC_TERMS,
    GENERIC_WEIGHT,
    countries,
    country_of,
    name_weight,
    stem,
    terms_total,
)

# Names (who, what system, how much) and ordinary content words share the score equally.
_NAME_SHARE = 0.5
# Between overlap-of-the-smaller (0.0) and cosine (0.5): a short feed summary should be
# able to match a long article that contains it, without letting a long article match
# everything.
_SIZE_BALANCE = 0.3
# Below these weights a set is too small to be judged on its own size: two stories
# sharing only "Ukraine" and "Russia" (weight 0.6) must not score 1.0.
_NAME_FLOOR = 2.0
_TERM_FLOOR = 4.0
_PHRASE_FLOOR = 10.0
# Shared phrases are rare between different events, so they add to the score.
_PHRASE_BONUS = 1.0
# Specific shared evidence (about one system plus a name, or six distinctive words)
# below which the score is scaled down.
EVIDENCE_NEEDED = 3.0
# What is left of the score when a headline's names are all missing from the other
# article (or the two headlines name different donor countries).
_UNCOVERED = 0.3
# Text this alike is one report copied or updated (see story_score).
NEAR_COPY = 0.8


# --- comparison ----------------------------------------------------------------------------


class Weights(NamedTuple):
    """The total weight of each feature set of one fingerprint. Similarity needs both
    sides' totals for every pair; a stored story's never change, so they are worked
    out once (summed in the set's own order, exactly as a pairwise sum would)."""

    names: float
    terms: float
    phrases: float


def _total(features: Iterable[str], weight_of: Callable[[str], float]) -> float:
    # fsum: the features are sets, iterated in an order that changes with the process's
    # hash seed, and a plain float sum depends on the order; a score right at a threshold
    # then joined two reports in one process and not in the next. (`map`, not a generator
    # expression: the same values summed, without a Python frame resumed per feature; a
    # first cycle's story matching sums ~270,000 features.)
    return math.fsum(map(weight_of, features))


def weights_of(fp: StoryFingerprint) -> Weights:
    # (every phrase weighs 1.0 (phrase_weight): their total is their count, as fsum gives it)
    return Weights(_total(fp.names, name_weight), terms_total(fp.terms), float(len(fp.phrases)))


def _overlap(shared: float, floor: float, weight_a: float, weight_b: float) -> float:
    """`shared`, the weight of the features two sets share (`_total`), relative to their sizes;
    `weight_a` and `weight_b` are the sets' totals. Nothing shared is 0.0 (every feature
    weighs more than nothing)."""
    if not shared:
        return 0.0
    low, high = (weight_a, weight_b) if weight_a <= weight_b else (weight_b, weight_a)
    scale = max(floor, low ** (1 - _SIZE_BALANCE) * high**_SIZE_BALANCE)
    return min(1.0, shared / scale)


def similarity(a: StoryFingerprint, b: StoryFingerprint) -> float:
    """How likely two articles report the same event, 0..1 (symmetric).

    Shared names and shared words make the base score; shared phrases (two outlets
    quoting the same sentence) add to it; then it is scaled down when either headline
    names a donor or system the other article never mentions.
    """
    return weighed_similarity(a, b, weights_of(a), weights_of(b))


def weighed_similarity(a: StoryFingerprint, b: StoryFingerprint, weights_a: Weights, weights_b: Weights) -> float:
    """`similarity` with both sides' totals given (see StoryIndex)."""
    # What the two share is made once, for the overlaps and the specific evidence alike. The
    # score is scaled by the specific evidence, so with none it is 0.0 whatever the rest (every
    # factor is finite and not negative): the rest is not worked out then. A newcomer is weighed
    # against each report a story keeps, and many of those share nothing specific with it.
    names, terms, phrases = a.names & b.names, a.terms & b.terms, a.phrases & b.phrases
    evidence = _specific_evidence(names, terms, phrases)
    if not evidence:
        return 0.0
    term_share = _overlap(terms_total(terms), _TERM_FLOOR, weights_a.terms, weights_b.terms)
    if a.names and b.names:
        name_share = _overlap(_total(names, name_weight), _NAME_FLOOR, weights_a.names, weights_b.names)
        base = _NAME_SHARE * name_share + (1 - _NAME_SHARE) * term_share
    else:
        base = term_share  # one side names nobody (a bare Title Case headline): words decide
    phrase_share = _overlap(float(len(phrases)), _PHRASE_FLOOR, weights_a.phrases, weights_b.phrases)
    if _different_donors(a, b):
        covered = 0.0
    else:
        covered = min(_headline_coverage(a, b), _headline_coverage(b, a))
    score = min(1.0, base + _PHRASE_BONUS * phrase_share) * (_UNCOVERED + (1 - _UNCOVERED) * covered)
    return score * min(1.0, evidence / EVIDENCE_NEEDED)


def specific_evidence(a: StoryFingerprint, b: StoryFingerprint) -> float:
    """How much the two share beyond the words of the beat. Two vague pieces ("allies
    pledge more weapons to Ukraine") overlap almost entirely in generic words; that is
    no evidence of one event, however high the ratios."""
    return _specific_evidence(a.names & b.names, a.terms & b.terms, a.phrases & b.phrases)


def _specific_evidence(names: frozenset[str], terms: frozenset[str], phrases: frozenset[str]) -> float:
    """`specific_evidence` of what two fingerprints share."""
    shared_names = math.fsum(w for w in map(name_weight, names) if w > GENERIC_WEIGHT)
    return shared_names + 0.5 * len(terms - GENERIC_TERMS) + 0.5 * len(phrases)


def _headline_coverage(a: StoryFingerprint, b: StoryFingerprint) -> float:
    """Share of what a's headline names that b mentions at all; 1.0 when the headline
    names nothing specific. "Britain to send Challenger 2 tanks" is not the story of
    an article that never mentions Britain or the Challenger."""
    if not a.headline:
        return 1.0
    countries_b = _countries_named(b.names, b.headline)
    found = 0.0
    names, total = _headline_weighed(a.headline)
    for name, weight, stemmed, country in names:
        mentioned = name in b.names or name in b.headline or stemmed in b.terms
        if mentioned or country in countries_b:
            found += weight
    return found / total


@lru_cache(maxsize=8_192)
def _headline_weighed(headline: frozenset[str]) -> tuple[tuple[tuple[str, float, str, str | None], ...], float]:
    """A headline's names, each with its weight in `_headline_coverage` (in a headline a country
    is the donor: as telling as the system it gives, so at least 1.0), stem and country, and
    their total weight; remembered, as `_countries_named` is: a story's headline is weighed
    against every newcomer, and each newcomer's against every story it is compared with.
    Every weight is 1.0 or 1.5 (word_keys.name_weight), so any sum of them is exact, in the
    order of another equal set too."""
    names = tuple((name, max(name_weight(name), 1.0), stem(name), country_of(name)) for name in headline)
    return names, math.fsum(weight for _, weight, _, _ in names)


def _different_donors(a: StoryFingerprint, b: StoryFingerprint) -> bool:
    """Both headlines name a country (or its capital) and none in common: "Norway to
    donate F-16s" and "Netherlands and Denmark to supply F-16s" are two stories."""
    countries_a, countries_b = _countries_named(a.headline), _countries_named(b.headline)
    return bool(countries_a and countries_b) and not countries_a & countries_b


@lru_cache(maxsize=8_192)
def _countries_named(*names: frozenset[str]) -> frozenset[str]:
    """The donor countries the union of `names` names (word_keys.countries), remembered:
    a story's fingerprints are compared with every newcomer, and each comparison asked
    again for the countries of the same few sets (a first cycle's 183 relevant entries:
    ~24,000 times, each a Python call per name). The sets are the fingerprints' own, whose
    hashes Python keeps, so a look-up costs a tuple's hash, not a pass over the names."""
    return frozenset(countries(frozenset().union(*names)))


def near_copies(a: StoryFingerprint, b: StoryFingerprint) -> bool:
    """The two texts are one report copied or updated (NEAR_COPY)."""
    return similarity(a, b) >= NEAR_COPY


def texts_with_weights(fp: StoryFingerprint, weights: Weights) -> Iterable[tuple[StoryFingerprint, Weights]]:
    yield fp, weights
    for text in fp.member_texts:
        yield text, member_weights(text)


@lru_cache(maxsize=4_096)
def member_weights(text: StoryFingerprint) -> Weights:
    # A story's members are compared with every newcomer; their totals never change.
    return weights_of(text)
