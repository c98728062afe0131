"""The story matcher: many outlets, one event, one alert.

Two articles' fingerprints (bot/core/stories/fingerprints.py) are compared by the names,
terms and phrases they share, each weighted by what sharing it proves
(bot/core/stories/word_keys.py).

Why this works on this beat: every aid story says "Ukraine", "Russia", "NATO",
"weapons", "tanks", "package"; what tells two events apart is *who* gives *what*
(Germany / Leopard / Pistorius versus United States / Patriot / Austin). So the
ubiquitous words weigh little, weapon systems weigh most, and a story whose headline
names a donor or system that the other article never mentions is scaled down hard.

A newcomer is compared with each report a story keeps (its first report's words and
those of its first members; see StoryFingerprint).

The weights were chosen on the pairs in tests/stories/test_stories.py. Text similarity is only
half of the decision: SAME_STORY_THRESHOLD (0.15) is a floor on it (EVENT_KEY_SIMILARITY,
0.05, when the two share a fact that names one event on its own), and whether two reports
may be one event at all is decided on their event evidence (who gives what, in which phase,
on which day: read by bot/core/stories/events.py, compared by same_event.py); see
`_story_score`.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta, timezone
from functools import lru_cache
from typing import NamedTuple

from bot.core.stories.corrections import settle_corrected_day
from bot.core.stories.events import EventEvidence
from bot.core.stories.fingerprints import StoryFingerprint
from bot.core.stories.revisions import same_headline
from bot.core.stories.same_event import (
    compare,
    figures_differ,
    leads_differ,
    one_numbered_event_led_alike,
    system_family,
)
from bot.core.stories.word_keys import (
    GENERIC_TERMS,
    GENERIC_WEIGHT,
    countries,
    country_of,
    name_weight,
    phrase_weight,
    stem,
    term_weight,
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
_EVIDENCE_NEEDED = 3.0
# What is left of the score when a headline's names are all missing from the other
# article (or the two headlines name different donor countries).
_UNCOVERED = 0.3

SAME_STORY_THRESHOLD = 0.15
# Reports that agree on their pledges (same_event._pledges_agree: same donors, kinds of item and
# status) are one event when published this close to the story's nearest report (copies of
# one announcement land within a day, across time zones and overnight editions; the same
# donor's next announcement of the same kind comes days later) and at least this alike in
# wording (two announcements of the same kind on one busy day still differ in their words).
PLEDGE_AGREEMENT_WINDOW = timedelta(hours=36)
PLEDGE_AGREEMENT_SIMILARITY = 0.3
# ... and reports that agree on their pledges, share a system and name the same day are one
# event when published this close (the default story window): a weekday names one day in
# it, the announcement's, so an analysis filed two days later ("the Dutch decision on
# Wednesday") tells that day's news, and the donor's next announcement of the kind names
# its own day. Further apart, the same weekday may be a week later.
NAMED_DAY_WINDOW = timedelta(hours=48)
# Text this alike is one report copied or updated (see _story_score).
NEAR_COPY = 0.8
# An outlet's report marked as its update or correction ("UPDATE 1-", "CORRECTED-") joins
# the version it revises when their headlines are one (revisions.same_headline) or their
# texts are this alike: an update adds paragraphs and a correction changes a number, which
# takes a revision below NEAR_COPY (0.65 for a lead with a correction note), while a
# feed's reports of two events of one day score far lower.
REVISION_SIMILARITY = 0.5
# Late reports: weeklies, regional papers and aggregators re-tell an announcement days after
# the wire did, in much the same words. Beyond the story window (up to LATE_REPORT_REACH
# times it: 7 days at the default 48 hours) a report still joins a story when it agrees with
# it on the pledges (the same donors, kinds of item and status, no other numbers) and is this
# alike in wording: well above what two agreeing announcements of one donor a few days apart
# share (a pledge and the next one of the same kind are worded differently).
LATE_REPORT_REACH = 3.5
LATE_REPORT_SIMILARITY = 0.45
# Reports that name the same event by a fact only it has (same_event.event_keys_shared:
# the same counted pledge, the first delivery of a system) are one story at this much
# likeness already: a translation or a rewrite shares little more than the names. Below it
# they share no name or distinctive word at all, which a report of the same event does.
EVENT_KEY_SIMILARITY = 0.05
# Two reports of a meeting that name the same standing meeting in their openings, hours
# apart, one of them naming no day (a live blog's entry: "The contact group meeting at
# Ramstein has ended"), are one story when this alike: the entry retells the round-up in
# its words. Two round-ups of two sittings of one format share its vocabulary and score
# well below (0.31 for two contact-group meetings six months apart told as if on one day,
# the most alike such pair on the real-article set).
MEETING_WITHOUT_DAY_SIMILARITY = 0.45
# ... and this alike when the report naming no day tells the meeting over ("The NATO summit
# in The Hague is over", "ist zu Ende", "s'est achevée"): it retells the sitting's outcome,
# as the round-ups do, in its own words or another language's (0.42 for busy day 14's
# entry against the French round-up), where an entry on the ministers arriving or a
# preview shares only the format's vocabulary.
MEETING_OVER_SIMILARITY = 0.40
# Two round-ups (no item on either side) about the same standing meeting (the one their
# openings name first) that name the same day, within the story window and from two
# feeds, are one sitting whatever their wording: two sittings of one format are weeks
# apart. A translation may share only the meeting's place and a word or two ("Ramstein",
# "Video"; 0.03 for busy day 10's German round-up of an online contact-group meeting
# against the English one), so a likeness just above none is enough. A report that shares
# only the meeting, and no day, is another matter (a preview, a quote, a teaser: see
# MEETING_WITHOUT_DAY_SIMILARITY).
MEETING_AND_DAY_SIMILARITY = 0.01
# ... and when both openings name that meeting first (EventEvidence.lead_meetings), not even
# that: a round-up in another language may share no name or word of weight at all (busy
# day 25's German round-up of an online contact-group meeting, "Ukraine-Kontaktgruppe ...
# Videokonferenz", against the English "Contact Group ... by video conference": 0.0 alike).
# The meeting and the day it names are the event; the score such a pair joins at ranks it
# last among the stories a report qualifies for.


def late_report_reach(window: timedelta) -> timedelta:
    """How far from a story's nearest report a late report may be (see LATE_REPORT_REACH)."""
    return window * LATE_REPORT_REACH


# --- comparison ----------------------------------------------------------------------------


class _Weights(NamedTuple):
    """The total weight of each feature set of one fingerprint. Similarity needs both
    sides' totals for every pair; a stored story's never change, so they are worked
    out once (summed in the set's own order, exactly as a pairwise sum would)."""

    names: float
    terms: float
    phrases: float


def _total(features: Iterable[str], weight_of: Callable[[str], float]) -> float:
    # fsum: the features are sets, iterated in an order that changes with the process's
    # hash seed, and a plain float sum depends on the order; a score right at a threshold
    # then joined two reports in one process and not in the next.
    return math.fsum(weight_of(f) for f in features)


def _weights(fp: StoryFingerprint) -> _Weights:
    return _Weights(
        _total(fp.names, name_weight), _total(fp.terms, term_weight), _total(fp.phrases, phrase_weight)
    )


def _weighted_overlap(
    a: frozenset[str],
    b: frozenset[str],
    weight_of: Callable[[str], float],
    floor: float,
    weight_a: float,
    weight_b: float,
) -> float:
    """Shared weight of `a` and `b`, relative to their sizes; `weight_a` and
    `weight_b` are their totals (`_total`)."""
    if not a or not b:
        return 0.0
    low, high = sorted((weight_a, weight_b))
    shared = _total(a & b, weight_of)
    scale = max(floor, low ** (1 - _SIZE_BALANCE) * high**_SIZE_BALANCE)
    return min(1.0, shared / scale)


def similarity(a: StoryFingerprint, b: StoryFingerprint) -> float:
    """How likely two articles report the same event, 0..1 (symmetric).

    Shared names and shared words make the base score; shared phrases (two outlets
    quoting the same sentence) add to it; then it is scaled down when either headline
    names a donor or system the other article never mentions.
    """
    return _similarity(a, b, _weights(a), _weights(b))


def _similarity(a: StoryFingerprint, b: StoryFingerprint, weights_a: _Weights, weights_b: _Weights) -> float:
    """`similarity` with both sides' totals given (see StoryIndex)."""
    terms = _weighted_overlap(a.terms, b.terms, term_weight, _TERM_FLOOR, weights_a.terms, weights_b.terms)
    if a.names and b.names:
        names = _weighted_overlap(a.names, b.names, name_weight, _NAME_FLOOR, weights_a.names, weights_b.names)
        base = _NAME_SHARE * names + (1 - _NAME_SHARE) * terms
    else:
        base = terms  # one side names nobody (a bare Title Case headline): words decide
    phrases = _weighted_overlap(
        a.phrases, b.phrases, phrase_weight, _PHRASE_FLOOR, weights_a.phrases, weights_b.phrases
    )
    if _different_donors(a, b):
        covered = 0.0
    else:
        covered = min(_headline_coverage(a, b), _headline_coverage(b, a))
    score = min(1.0, base + _PHRASE_BONUS * phrases) * (_UNCOVERED + (1 - _UNCOVERED) * covered)
    return score * min(1.0, _specific_evidence(a, b) / _EVIDENCE_NEEDED)


def _specific_evidence(a: StoryFingerprint, b: StoryFingerprint) -> float:
    """How much the two share beyond the words of the beat. Two vague pieces ("allies
    pledge more weapons to Ukraine") overlap almost entirely in generic words; that is
    no evidence of one event, however high the ratios."""
    names = math.fsum(w for w in map(name_weight, a.names & b.names) if w > GENERIC_WEIGHT)
    terms = sum(1 for term in a.terms & b.terms if term not in GENERIC_TERMS)
    return names + 0.5 * terms + 0.5 * len(a.phrases & b.phrases)


def _headline_coverage(a: StoryFingerprint, b: StoryFingerprint) -> float:
    """Share of what a's headline names that b mentions at all; 1.0 when the headline
    names nothing specific. "Britain to send Challenger 2 tanks" is not the story of
    an article that never mentions Britain or the Challenger."""
    if not a.headline:
        return 1.0
    countries_b = countries(b.names | b.headline)
    total = found = 0.0
    for name in a.headline:
        # In a headline a country is the donor: as telling as the system it gives.
        weight = max(name_weight(name), 1.0)
        total += weight
        mentioned = name in b.names or name in b.headline or stem(name) in b.terms
        if mentioned or country_of(name) in countries_b:
            found += weight
    return found / total


def _different_donors(a: StoryFingerprint, b: StoryFingerprint) -> bool:
    """Both headlines name a country (or its capital) and none in common: "Norway to
    donate F-16s" and "Netherlands and Denmark to supply F-16s" are two stories."""
    countries_a, countries_b = countries(a.headline), countries(b.headline)
    return bool(countries_a and countries_b) and not countries_a & countries_b


def same_event_score(
    a: StoryFingerprint, b: StoryFingerprint, *, same_feed: bool = False, apart: timedelta | None = None
) -> float:
    """The score with which two articles are one story, or 0.0 when they must not be.

    See `_story_score`; `same_feed` says both come from one feed, `apart` how far apart
    they were published (None: unknown).
    """
    return _story_score(a, b, _weights(a), _weights(b), same_feed, apart)


def _story_score(
    a: StoryFingerprint, b: StoryFingerprint, weights_a: _Weights, weights_b: _Weights, same_feed: bool,
    apart: timedelta | None = None, late: bool = False, sitting_day_published: bool = False,
    sole_sitting: bool = False, late_day_shared: bool = False,
) -> float:
    """Text similarity decides how alike two reports are; event evidence decides
    whether they may be one event at all:

    - conflicting evidence (other donors, other systems, a decision against a
      delivery, another day) always keeps them apart: merging two events hides the
      second one's alert, which is worse than a duplicate;
    - a near-copy (NEAR_COPY: the same wire text, an outlet's update of its own
      report) is one story;
    - otherwise they must share who gives what (a donor or a system) AND a detail that
      two events of the same donor and system rarely share (a count, an amount, a
      date). Being about the same war, the same day, in the same words is not enough;
    - or they agree on their pledges (the same donors giving the same kinds of item
      with the same status; see same_event.compare), were published within
      PLEDGE_AGREEMENT_WINDOW of each other (`apart`: the article against the story's
      nearest report; None when unknown) and are at least PLEDGE_AGREEMENT_SIMILARITY
      alike: the cross-language copies of one announcement that quote no number;
    - or both tell nothing but refusals, agree on them and name the same day, within
      PLEDGE_AGREEMENT_WINDOW and at least SAME_STORY_THRESHOLD alike: the copies of one
      refusal, which seldom carry a number or a system the entities know;
    - reports of a meeting or a statement (no government's pledge, no system in the
      headline, on either side) have no "what": the same day named by both stands in,
      and with the same standing meeting named by both (EventEvidence.meetings) it joins
      them from EVENT_KEY_SIMILARITY on (a round-up and its translations);
    - a feed's own reports join each other only as near-copies: an outlet rarely
      files two reports of one event, but it does update one (a new headline, a
      new GUID), or marks its revision as one ("UPDATE 1-", "CORRECTED-":
      `revision_of`);
    - `late`: the two are further apart than the story window (and within its
      LATE_REPORT_REACH); then only a report from another feed that agrees on the
      pledges and is at least LATE_REPORT_SIMILARITY alike joins (a late re-telling),
      or one that agrees on the pledges and the system, or shares an event key, and names
      the same calendar day (`late_day_shared`: `same_day_read_back`), whatever its wording;
    - `sitting_day_published`: one side names no day and was published on a day the
      other names (`publication_day_named`): for two reports of one standing meeting, that
      is the day they share;
    - `sole_sitting`: one side tells a standing meeting over and names no day, and the
      other is the only round-up of that meeting within the window (`sole_sittings`): the
      sitting that just ended, when published within PLEDGE_AGREEMENT_WINDOW.
    """
    # A report and its outlet's correction of the day name different days; the corrected
    # day is the report's (see bot.core.stories.corrections).
    b, a = settle_correction(b, a)
    # The most alike pair of reports, one on each side (either side may be a story).
    score = max(
        _similarity(x, y, weights_x, weights_y)
        for x, weights_x in _texts_with_weights(a, weights_a)
        for y, weights_y in _texts_with_weights(b, weights_b)
    )
    round_ups = not _about_an_item(a) and not _about_an_item(b)
    sole_sitting = sole_sitting and round_ups and apart is not None and apart <= PLEDGE_AGREEMENT_WINDOW
    if score < EVENT_KEY_SIMILARITY and (late or same_feed or not round_ups or (
            score < MEETING_AND_DAY_SIMILARITY and not _lead_meetings_shared(a, b))):
        return 0.0
    # Every report already in a story (either side may be one) must agree with every
    # report of the other; any one of them may supply the shared evidence.
    pairs = [(x, y) for x in (a.event, *a.members) for y in (b.event, *b.members)]
    verdicts = [compare(x, y) for x, y in pairs]
    if any(verdict.conflict for verdict in verdicts):
        return 0.0
    # A weekly's or a regional paper's re-telling days after the wire, in another language
    # or its own words, names the day the news was made ("am Dienstag" in Friday's weekly, the
    # wire's "on Tuesday"): the same donor giving the same system, the same pledges and that
    # same calendar day are the event, however unalike the wording; so is a fact that names
    # one event on its own (a package's number: an explainer of "Sweden's 21st package" the
    # Monday after, whose verbs recall what the package adds to and read no pledge).
    # Only a report of one event re-tells it: one naming other governments or other days too
    # ("IRIS-T and NASAMS: a week of air defence pledges", Germany's Monday and Norway's
    # Thursday) weighs the week, whatever its headline calls it.
    if late and late_day_shared and not same_feed and any(
            v.days and (v.event_keys or (v.systems and v.pledges_agree)) and _tell_one_event_alike(x, y)
            for v, (x, y) in zip(verdicts, pairs)):
        return max(score, _LEAST_SCORE)
    if score < SAME_STORY_THRESHOLD:
        # Only a fact that names one event on its own joins reports this unalike; for two
        # reports of a meeting (no item on either side), the same standing meeting on the
        # same day named: the round-ups of one contact-group meeting in three languages.
        keyed = not late and (not same_feed or _own_reports_of_one_numbered_event(pairs)) and (
            (score >= EVENT_KEY_SIMILARITY and any(verdict.event_keys for verdict in verdicts))
            or (round_ups and any(v.meetings and (v.days or sitting_day_published or sole_sitting)
                                  for v in verdicts)))
        return max(score, _LEAST_SCORE) if keyed else 0.0
    if late:
        agree = any(v.anchors and v.pledges_agree for v in verdicts)
        return score if agree and score >= LATE_REPORT_SIMILARITY and not same_feed else 0.0
    if score >= NEAR_COPY:
        return 0.0 if _one_template_two_events(a, b) else score
    if same_feed:
        return score if revision_of(a, b) or _own_reports_of_one_numbered_event(pairs) else 0.0
    if any(verdict.anchors and verdict.details for verdict in verdicts) or any(v.event_keys for v in verdicts):
        return score
    if apart is not None and apart <= PLEDGE_AGREEMENT_WINDOW:
        if score >= PLEDGE_AGREEMENT_SIMILARITY and any(v.anchors and v.pledges_agree for v in verdicts):
            return score
        # Copies of one refusal share no number and often no system the entities know (an
        # old jet, "weapons" in general): the same government refusing the same kinds of
        # thing on the same day named is one refusal, in words as unalike as a translation's
        # (0.27 for the English and German copies of Canada ruling out its CF-18 jets). The
        # same government's other news of that day is no refusal, or refuses another kind.
        if any(v.refusals and v.pledges_agree and v.days for v in verdicts):
            return score
        # The same holds when the headlines' system is told in the same phase by the same
        # donor on both sides, though one report lists more of the day's pledges than the
        # other ("also Gepard ammunition and drones") and so agrees on fewer of them.
        if any(v.systems and v.headline_systems_agree and v.days for v in verdicts):
            return score
        # A live blog's entry on a meeting names the meeting, seldom the day: the same
        # standing meeting named in both openings, hours apart and in much the same words,
        # stands in for the day (MEETING_WITHOUT_DAY_SIMILARITY). Two different standing
        # meetings conflict (same_event.compare).
        if (score >= _meeting_without_day_similarity(a, b) and not _about_an_item(a) and not _about_an_item(b)
                and any(v.meetings for v in verdicts)):
            return score
    # Translations share names and numbers but few words: the German and French reports of
    # one announcement may be no more alike in wording than two German announcements of one
    # day. What they do share is the event itself: the same pledges, of the same system, on
    # the same day named ("am Mittwoch", "ce mercredi"). Two reports agreeing on all three
    # are one within NAMED_DAY_WINDOW, not only within PLEDGE_AGREEMENT_WINDOW.
    if apart is not None and apart <= NAMED_DAY_WINDOW and any(v.systems and v.pledges_agree and v.days
                                                               for v in verdicts):
        return score
    # A preview of a donor's announcement ("Germany is expected to announce more air defence
    # at Ramstein on Tuesday") tells, a day or two before, the decision it names the day or
    # the meeting of: one event, whose pledges the preview reads as debated.
    if apart is not None and apart <= NAMED_DAY_WINDOW and any(
            v.previews and v.anchors and (v.days or v.meetings) for v in verdicts):
        return score
    # Two denials of a report by one government about one system (or on one day named),
    # hours apart: "Pentagon denies pause in Patriot deliveries", "Le Pentagone dément ...".
    # The pledges each outlet's words are read as (a refusal, the deliveries said to go
    # on) are the thing denied, not the news, and agree or not by chance.
    if apart is not None and apart <= PLEDGE_AGREEMENT_WINDOW and any(
            v.denials and v.anchors and (v.systems or v.days) and v.anchors > v.systems for v in verdicts):
        return score
    # A comment on a government's refusal a day later ("Swiss veto leaves Ukraine's guns short
    # of shells") is that refusal's news told again (same_event._follows_up).
    if apart is not None and apart <= NAMED_DAY_WINDOW and any(v.follows_up and v.anchors for v in verdicts):
        return score
    if not _about_an_item(a) and not _about_an_item(b) and any(
            v.days or ((sitting_day_published or sole_sitting) and v.meetings) for v in verdicts):
        return score
    return 0.0


def _tell_one_event_alike(x: EventEvidence, y: EventEvidence) -> bool:
    """The two name the same governments, and the same weekdays and dates where both name
    some ("on Wednesday, June 9" and "le 9 juin" are alike): neither tells another event
    beside the one they share."""
    return (x.donors == y.donors and _alike_where_both_name(x.weekdays, y.weekdays)
            and _alike_where_both_name(x.dates, y.dates))


def _alike_where_both_name(x: frozenset, y: frozenset) -> bool:
    return x == y or not x or not y


def _one_template_two_events(a: StoryFingerprint, b: StoryFingerprint) -> bool:
    """A report of either side is the other's in its words (NEAR_COPY) but for what is
    given: each names a kind of thing the other does not ("mit Drohnen und
    Artilleriemunition", "mit Radargeräten und Artilleriemunition"), or their sums or
    counts differ. That is one ministry's or agency's template sentence telling two
    announcements, not a copy: a copy or an update keeps its first version's things and
    may add more. An outlet's marked revision (`revision_of`) changes a figure on purpose."""
    return any(
        _similarity(x, y, _member_weights(x), _member_weights(y)) >= NEAR_COPY
        and _other_news(x.event, y.event) and not revision_of(x, y)
        for x in a.texts()
        for y in b.texts()
    )


def _other_news(x: EventEvidence, y: EventEvidence) -> bool:
    return bool(x.things - y.things and y.things - x.things) or figures_differ(x, y)


def near_copies(a: StoryFingerprint, b: StoryFingerprint) -> bool:
    """The two texts are one report copied or updated (NEAR_COPY)."""
    return similarity(a, b) >= NEAR_COPY


def settle_correction(story: StoryFingerprint, newcomer: StoryFingerprint
                      ) -> tuple[StoryFingerprint, StoryFingerprint]:
    """bot.core.stories.corrections.settle_corrected_day, with this module's near-copy and
    an outlet's revision's likeness (REVISION_SIMILARITY)."""
    return settle_corrected_day(story, newcomer, near_copies=near_copies, revision_alike=_alike_as_a_revision)


def _alike_as_a_revision(a: StoryFingerprint, b: StoryFingerprint) -> bool:
    return similarity(a, b) >= REVISION_SIMILARITY


def revision_of(a: StoryFingerprint, b: StoryFingerprint) -> bool:
    """One report of either side marks itself as a revision (an update, a correction)
    of a report of the other: same headline, numbers aside, or text at least
    REVISION_SIMILARITY alike (bot/core/stories/revisions.py). An address that is the
    other's but for a revision suffix ("-update-1": revisions.article_key) marks a rewrite
    as the headline's mark does: agencies re-issue a rewritten report so, under a new
    headline, without a word. A marked update under a new headline whose text has grown
    below REVISION_SIMILARITY (the contents of a package added, 0.45 alike) is still the
    version it updates when the two tell the same figure of the same donor or system
    (`_same_figures`), and so is one giving the figures its first version did not give
    (`_fills_in_figures`). Either side may be a story."""
    return any(
        (x.revision or y.revision or (x.link_key and x.link_key == y.link_key))
        and (same_headline(x.headline_key, y.headline_key) or similarity(x, y) >= REVISION_SIMILARITY
             or ((x.revision or y.revision) and (_same_figures(x, y) or _fills_in_figures(x, y))))
        and not _other_things_pledged(x, y)
        for x in a.texts()
        for y in b.texts()
    )


def _fills_in_figures(x: StoryFingerprint, y: StoryFingerprint) -> bool:
    """One of the two is a marked update giving counts or sums, the other a version giving
    none, and they agree on who gives what and on the day, nothing conflicting: the wire's
    rolling update of an announcement first filed without its details ("Norway to send Ukraine
    more NASAMS", "... without giving details", then "UPDATE 1-Norway to give Ukraine two
    NASAMS systems worth 2.5 billion crowns"), whose grown text is under REVISION_SIMILARITY
    alike and shares no figure with it, since the first had none. An update adds what its
    first version lacked; two announcements each give their own."""
    def figureless(fp: StoryFingerprint) -> bool:
        return not (fp.event.counts or fp.event.amounts)

    update, first = (x, y) if x.revision else (y, x)
    if not update.revision or figureless(update) or not figureless(first):
        return False
    verdict = compare(update.event, first.event)
    return not verdict.conflict and bool(verdict.anchors and verdict.pledges_agree and verdict.days)


def _other_things_pledged(x: StoryFingerprint, y: StoryFingerprint) -> bool:
    """Both reports tell pledges and not one of them (donor and kind of thing) is the
    other's. An update adds to what its first version tells and a correction changes a
    figure of it; neither replaces every thing pledged. An agency's template headline
    ("Netherlands announces new military aid package for Ukraine") is the same on one
    ministry's package of drones and, a week later, its package of radars: the marked
    update of the first is no revision of the second."""
    kinds_x, kinds_y = _pledged_kinds(x.event), _pledged_kinds(y.event)
    return bool(kinds_x and kinds_y) and not kinds_x & kinds_y


def _pledged_kinds(evidence: EventEvidence) -> frozenset[str]:
    """"donor|category" of each pledge, its status aside (a correction may change it)."""
    return frozenset(key.rsplit("|", 1)[0] for key in evidence.pledges)


def _same_figures(x: StoryFingerprint, y: StoryFingerprint) -> bool:
    """The two reports share who gives what and a count or an amount (same_event.compare's
    anchors and details), and nothing conflicts: an outlet's two reports of one day told
    with the same figure of one donor are one event, which a new headline does not change."""
    verdict = compare(x.event, y.event)
    return not verdict.conflict and bool(verdict.anchors and verdict.details)


def _texts_with_weights(fp: StoryFingerprint, weights: _Weights) -> Iterable[tuple[StoryFingerprint, _Weights]]:
    yield fp, weights
    for text in fp.member_texts:
        yield text, _member_weights(text)


@lru_cache(maxsize=4_096)
def _member_weights(text: StoryFingerprint) -> _Weights:
    # A story's members are compared with every newcomer; their totals never change.
    return _weights(text)


def _meeting_without_day_similarity(a: StoryFingerprint, b: StoryFingerprint) -> float:
    """The likeness at which a report of a meeting naming no day joins one of the same
    standing meeting: lower when a report tells the meeting over (MEETING_OVER_SIMILARITY)."""
    told_over = any("over" in evidence.occasions for side in (a, b) for evidence in (side.event, *side.members))
    return MEETING_OVER_SIMILARITY if told_over else MEETING_WITHOUT_DAY_SIMILARITY


# The score of two reports that join on their meeting and day alone, sharing no likeness
# (MEETING_AND_DAY_SIMILARITY): any positive score joins (see _keep), and this ranks last.
_LEAST_SCORE = 1e-6


def publication_day_named(fp: StoryFingerprint, published: datetime, story: StoryFingerprint,
                          story_times: Iterable[datetime]) -> bool:
    """One side names no day and was published on a day the other side names: a preview
    naming the contact group's "20. Januar" and a report from the meeting, published that
    day, that names none. A report tells its own day's news without naming the day; two
    sittings of one standing meeting are weeks apart. Either side may be a story (its
    reports' days and publication times)."""
    story_days = frozenset().union(*(evidence.dates for evidence in (story.event, *story.members)))
    if not _names_a_day(fp.event):
        return _day_key(published) in story_days
    if not any(_names_a_day(evidence) for evidence in (story.event, *story.members)):
        return any(_day_key(moment) in fp.event.dates for moment in story_times)
    return False


def same_day_read_back(fp: StoryFingerprint, published: datetime, story: StoryFingerprint,
                       story_times: Iterable[datetime]) -> bool:
    """The two sides name the same calendar day: a date both name ("25-1"), or a weekday
    that, read back from each side's publication to the latest such weekday on or before
    it, falls on one date. Friday's weekly telling what Norway pledged "am Dienstag" and
    the wire's "on Tuesday", filed that Tuesday (or the next morning), name one day; a
    weekly naming Tuesday eight days after the wire's Tuesday names the next one. Either
    side may be a story (the days its reports name, read back from each of its reports'
    publication times)."""
    story_side = (story.event, *story.members)
    if fp.event.dates & frozenset().union(*(evidence.dates for evidence in story_side)):
        return True
    mine = _days_read_back(fp.event.weekdays, (published,))
    times = tuple(story_times)
    return any(mine & _days_read_back(evidence.weekdays, times) for evidence in story_side)


def _days_read_back(weekdays: Iterable[int], times: Iterable[datetime]) -> set[date]:
    """The dates the weekdays named mean when read at `times`: the latest such weekday on
    or before each day (news tells what happened; a weekday ahead, "will meet on Thursday",
    is read back a week and matches nothing near)."""
    days = set()
    for moment in times:
        day = as_utc(moment).astimezone(timezone.utc).date()
        days.update(day - timedelta(days=(day.weekday() - weekday) % 7) for weekday in weekdays)
    return days


def sole_sittings(fp: StoryFingerprint, stories: Iterable[tuple[int, StoryFingerprint]]) -> frozenset[int]:
    """The story a report telling a standing meeting over may join on that alone: a live
    entry "NATO defence ministers have wrapped up their meeting in Brussels" names the
    sitting that just ended, no day, no donor, no system, and retells the round-ups in a
    few words of its own (0.07-0.25 alike, below MEETING_OVER_SIMILARITY). When `stories`
    (those within the window) hold one round-up of that standing meeting, first named in
    its openings, that is the sitting; when they hold several (two sittings of one format
    dated alike, as on the real-article set replayed all dated now), which one ended is a
    guess, and none is returned. Either side may be the entry: a round-up arriving after
    the entry opened a story joins it so too."""
    meetings = _first_meetings(fp)
    if not meetings or _about_an_item(fp):
        return frozenset()
    sittings = [(story_id, story) for story_id, story in stories
                if _first_meetings(story) & meetings and not _about_an_item(story)]
    if len(sittings) != 1:
        return frozenset()
    story_id, story = sittings[0]
    return frozenset({story_id}) if _told_over_without_day(fp) or _told_over_without_day(story) else frozenset()


def _first_meetings(fp: StoryFingerprint) -> frozenset[str]:
    """The standing meetings the openings of a report, or of any report of a story, name first."""
    return frozenset().union(*(evidence.meetings for evidence in (fp.event, *fp.members)))


def _told_over_without_day(fp: StoryFingerprint) -> bool:
    return any("over" in evidence.occasions and not _names_a_day(evidence) for evidence in (fp.event, *fp.members))


def _names_a_day(evidence: EventEvidence) -> bool:
    return bool(evidence.dates or evidence.weekdays)


def _day_key(moment: datetime) -> str:
    """The key bot.core.stories.named_days gives the date of `moment` ("20-1")."""
    return f"{moment.day}-{moment.month}"


def _lead_meetings(fp: StoryFingerprint) -> frozenset[str]:
    """The standing meetings the openings of a report, or of any report of a story, name first."""
    return frozenset().union(*(evidence.lead_meetings for evidence in (fp.event, *fp.members)))


def _lead_meetings_shared(a: StoryFingerprint, b: StoryFingerprint) -> bool:
    return bool(_lead_meetings(a) & _lead_meetings(b))


def _about_an_item(fp: StoryFingerprint) -> bool:
    return fp.event.is_about_an_item() or any(member.is_about_an_item() for member in fp.members)


@dataclass(frozen=True, slots=True)
class StoryCandidate:
    """A recent story an article might belong to; `feeds` are the ids of the feeds
    that already report it, `report_times` the publication times of its later reports
    (the first's is `first_seen`)."""

    story_id: int
    fingerprint: StoryFingerprint
    first_seen: datetime
    feeds: frozenset[int] = frozenset()
    report_times: tuple[datetime, ...] = ()

    def times(self) -> tuple[datetime, ...]:
        """When each of its reports was published, its first report's first."""
        return (as_utc(self.first_seen), *map(as_utc, self.report_times))


def nearest_apart(when: datetime, times: Iterable[datetime]) -> timedelta:
    """How far an article published `when` is from the nearest of a story's reports. A
    story of several days (a preview, the round-ups, the next day's follow-up) is as near
    as its closest report: a live entry hours after the latest update is hours away, not
    the days since the preview that opened the story."""
    return min(time_apart(when, moment) for moment in times)


def as_utc(moment: datetime) -> datetime:
    """Feeds mix naive and aware dates; a naive one is taken as UTC rather than crash."""
    return moment.replace(tzinfo=timezone.utc) if moment.tzinfo is None else moment


def match_story(
    fp: StoryFingerprint,
    published: datetime,
    candidates: Iterable[StoryCandidate],
    *,
    window: timedelta = timedelta(hours=48),
    feed: int | None = None,
) -> int | None:
    """The story this article (from feed id `feed`, when known) belongs to, or None
    for a new story.

    A candidate qualifies when one of its reports was published within `window` of
    `published` (either side: feeds deliver late; see nearest_apart) and `same_event_score` is positive (at least
    SAME_STORY_THRESHOLD, or EVENT_KEY_SIMILARITY with an event key), or within
    `late_report_reach(window)` as a late report (see LATE_REPORT_SIMILARITY). The
    highest score wins; ties go to the older story, then the lower id, so the answer
    does not depend on the order of `candidates`.

    This compares with every candidate; `StoryIndex.match` gives the same answer
    faster for a set of stories kept between articles.
    """
    ranked = matching_stories(fp, published, candidates, window=window, feed=feed)
    return ranked[0] if ranked else None


def matching_stories(
    fp: StoryFingerprint,
    published: datetime,
    candidates: Iterable[StoryCandidate],
    *,
    window: timedelta = timedelta(hours=48),
    feed: int | None = None,
) -> list[int]:
    """Every candidate this article qualifies for (as `match_story` decides), best
    first: `match_story` answers the first. Two or more mean the article links
    stories that opened apart (see bot.core.stories.merges)."""
    when = as_utc(published)
    weights = _weights(fp)
    ranks: list[_Rank] = []
    reach = late_report_reach(window)
    candidates = list(candidates)
    sole = sole_sittings(fp, ((c.story_id, c.fingerprint) for c in candidates
                              if nearest_apart(when, c.times()) <= window))
    for candidate in candidates:
        seen = as_utc(candidate.first_seen)
        apart = nearest_apart(when, candidate.times())
        if apart > reach:
            continue
        same_feed = feed is not None and feed in candidate.feeds and not commentary_beside_news(
            fp, candidate.fingerprint, feed)
        late = apart > window
        score = _story_score(fp, candidate.fingerprint, weights, _weights(candidate.fingerprint), same_feed,
                             apart, late=late, sitting_day_published=publication_day_named(
                                 fp, when, candidate.fingerprint, candidate.times()),
                             sole_sitting=candidate.story_id in sole,
                             late_day_shared=late and same_day_read_back(fp, when, candidate.fingerprint,
                                                                         candidate.times()))
        _keep(ranks, score, seen, candidate.story_id, fp, candidate.fingerprint)
    return [story_id for *_, story_id in sorted(ranks)]


def _own_reports_of_one_numbered_event(pairs: list[tuple[EventEvidence, EventEvidence]]) -> bool:
    """One outlet's two reports that lead with the same pledge of one numbered event (the
    first or n-th delivery of a system, a donor's n-th package: it happens once), every
    report of either side alike: its news report and its round-up of the day led by it
    ("First French Mirage jets arrive in Ukraine", "French jets reach Ukraine as European aid
    picks up"). The same-feed rule (an outlet's second report joins only as a copy or a
    marked revision) is for an outlet's reports of two events of a day, which share no such
    fact; its live entries recalling a first delivery in passing do not lead with it."""
    return all(one_numbered_event_led_alike(x, y) for x, y in pairs)


def commentary_beside_news(a: StoryFingerprint, b: StoryFingerprint, feed: int) -> bool:
    """The reports `a` and `b` hold from feed `feed` are, on one side, pieces their headlines
    mark as an analysis, a comment or an explainer ("Analysis:", "Kommentar:", "Éditorial :";
    EventEvidence.genres) and, on the other, news reports: an outlet's analysis of the news
    it reported. The same-feed rule (an outlet's second report joins only as a copy or a
    marked revision) is for its two news of a day and its live blog's entries; an analysis
    is no new event for a subscriber who had the alert of the news, so it joins as another
    outlet's analysis would, on the same evidence. Either side may be a story or a single
    report (taken as `feed`'s); a story holding a report whose feed is not known (stored by
    an older release, or past the reports whose words a story keeps) is left to the rule."""
    own_a, own_b = _reports_from(a, feed), _reports_from(b, feed)
    if not own_a or not own_b:
        return False
    kinds_a, kinds_b = {_is_commentary(r) for r in own_a}, {_is_commentary(r) for r in own_b}
    return len(kinds_a) == len(kinds_b) == 1 and kinds_a != kinds_b


def _reports_from(fp: StoryFingerprint, feed: int) -> tuple[StoryFingerprint, ...]:
    """The reports of `fp` that came from `feed` (a lone report is taken as its), or none
    when a report's feed is unknown."""
    if not fp.members:
        return (fp,)
    reports = fp.reports()
    if any(report.feed is None for report in reports):
        return ()
    return tuple(report for report in reports if report.feed == feed)


def _is_commentary(fp: StoryFingerprint) -> bool:
    # A wire's factbox or timeline beside its news is no second news of it either.
    return bool({"commentary", "background"} & fp.event.genres)


def time_apart(one: datetime, other: datetime) -> timedelta:
    """How far apart two publication times are, reading a time that only names its month
    as any moment of that month.

    Feeds that know only the month of an article (archives, aggregators re-posting
    older copy) give midnight UTC on the 1st. Taken literally, such a report of an
    event of the 9th would be 8 days away from the other reports of it; read as "some
    time that month", it is as close as the month allows. The event evidence still has
    to agree (see `_story_score`), so this only stops the calendar from vetoing."""
    low_one, high_one = _span(one)
    low_other, high_other = _span(other)
    if high_one < low_other:
        return low_other - high_one
    if high_other < low_one:
        return low_one - high_other
    return timedelta(0)


def _span(moment: datetime) -> tuple[datetime, datetime]:
    moment = as_utc(moment).astimezone(timezone.utc)
    if (moment.day, moment.hour, moment.minute, moment.second, moment.microsecond) != (1, 0, 0, 0, 0):
        return moment, moment
    next_month = (moment.replace(day=28) + timedelta(days=4)).replace(day=1)
    return moment, next_month - timedelta(microseconds=1)


# (lead apart, -score, first seen, id): the smallest wins. A round-up qualifying for a story
# whose reports lead with other news than it does (same_event.leads_differ: they report one
# numbered event, else they conflict) ranks after every story that does not: it
# reports the event it leads with, whichever story scores higher.
_Rank = tuple[bool, float, datetime, int]


def _keep(ranks: list[_Rank], score: float, seen: datetime, story_id: int, fp: StoryFingerprint,
          story: StoryFingerprint) -> None:
    if score > 0.0:  # 0.0 is _story_score's "not one story"
        ranks.append((_lead_apart(fp, story), -score, seen, story_id))


def _lead_apart(fp: StoryFingerprint, story: StoryFingerprint) -> bool:
    """A report of either side leads with other news than one of the other's (see `_Rank`)."""
    return any(leads_differ(x, y) for x in (fp.event, *fp.members) for y in (story.event, *story.members))


# A story can reach the lowest score that joins (MEETING_AND_DAY_SIMILARITY for two
# round-ups, EVENT_KEY_SIMILARITY otherwise) only with enough specific evidence: the score
# is min(1, evidence / _EVIDENCE_NEEDED) times factors of at most 1. Evidence is a sum of
# multiples of 0.5, exact in floating point whatever the order of the sum; the tiny margin
# keeps the bound safe should a weight ever stop being such a multiple.
_MIN_EVIDENCE = _EVIDENCE_NEEDED * min(EVENT_KEY_SIMILARITY, SAME_STORY_THRESHOLD, MEETING_AND_DAY_SIMILARITY) * (
    1 - 1e-9)


@dataclass(frozen=True, slots=True)
class _IndexedStory:
    fingerprint: StoryFingerprint
    weights: _Weights
    seen: datetime  # its first report's publication time: ties go to the older story
    stored_at: datetime  # when the story was created: what the window keeps or drops
    feeds: set[int]  # the feeds reporting it (grows as sources join: see note_feed)
    # Its reports' publication times, compared with an article's (see match_story; grows
    # as reports join: see note_report).
    times: tuple[datetime, ...]


class StoryIndex:
    """The recent stories, kept between articles so that matching one article does not
    re-read and re-parse every story of the window.

    A story's fingerprint is parsed and weighed once; it changes only when a report
    joins (`add_member`), which adds that report's features to the postings.
    An inverted index maps each specific feature (a name or word that is not the beat's
    common vocabulary, and every phrase) to the stories that have it in any of their
    reports: a story sharing none of them with an article has no specific evidence and
    scores 0 (what it shares with all its reports together bounds what it shares with
    each), and one sharing too little cannot reach the threshold, so `match` scores only
    the rest. It answers exactly what `match_story` answers over the same stories.

    Sharing words is not enough when one feed brings hundreds of reports alike (a hostile
    or a very busy feed: each tells another donor's or system's pledge, so each opens a
    story, and every later one shared words with every story before it: 200 reports cost
    19,900 scored pairs). So the stories are posted too under the donors and the system
    families their reports name (`_conflict_keys`): a report about an item that names
    donors (or systems) conflicts with a story none of whose reports names one of them, or
    names none at all (same_event.compare's "donors" and "systems": reports that are not
    round-ups of one sitting), and such a story is not scored (`_may_agree`).

    The owner keeps it in step with the store: `add` what is new, `forget_before` what
    left the window, and `record_sync` / `needs_reload` for the bookkeeping.
    """

    def __init__(self) -> None:
        self._stories: dict[int, _IndexedStory] = {}
        self._by_name: dict[str, set[int]] = {}
        self._by_term: dict[str, set[int]] = {}
        self._by_phrase: dict[str, set[int]] = {}
        self._by_meeting: dict[str, set[int]] = {}  # the standing meetings its openings name first
        # The donors and the system families its reports name, "" when one names none (see
        # _conflict_keys): who may join it without a conflict.
        self._by_donor: dict[str, set[int]] = {}
        self._by_family: dict[str, set[int]] = {}
        self._oldest: datetime | None = None  # the smallest stored_at, to skip useless sweeps
        self.newest_id = 0  # the highest story id the store had at the last sync
        self.synced_since: datetime | None = None  # the window start of the last sync

    def __len__(self) -> int:
        return len(self._stories)

    def __contains__(self, story_id: object) -> bool:
        return story_id in self._stories

    def needs_reload(self, newest_in_store: int, since: datetime) -> bool:
        """True when adding the stories newer than `newest_id` would not be enough: the
        store lost stories this index holds (a rolled-back poll), or the window now
        starts before stories that were skipped as too old (the clock went back)."""
        return (
            newest_in_store < self.newest_id
            or self.synced_since is None
            or as_utc(since) < self.synced_since
        )

    def record_sync(self, newest_id: int, since: datetime) -> None:
        """Every story with an id up to `newest_id` first seen at or after `since` is in."""
        self.newest_id = newest_id
        self.synced_since = as_utc(since)

    def clear(self) -> None:
        """Forget everything (the owner then reloads from the store)."""
        for table in (self._stories, self._by_name, self._by_term, self._by_phrase, self._by_meeting,
                      self._by_donor, self._by_family):
            table.clear()
        self._oldest = None
        self.newest_id = 0
        self.synced_since = None

    def add(self, candidate: StoryCandidate, stored_at: datetime) -> None:
        """Index a story; `candidate.first_seen` is the time compared with articles
        (as in match_story), `stored_at` when the story was created. Adding an id
        again replaces it."""
        story_id = candidate.story_id
        if story_id in self._stories:
            self._remove(story_id)
        fp = candidate.fingerprint
        stored_at = as_utc(stored_at)
        self._stories[story_id] = _IndexedStory(
            fp, _weights(fp), as_utc(candidate.first_seen), stored_at, set(candidate.feeds), candidate.times()
        )
        for postings, keys in self._keys(fp):
            for key in keys:
                postings.setdefault(key, set()).add(story_id)
        if self._oldest is None or stored_at < self._oldest:
            self._oldest = stored_at

    def forget_before(self, since: datetime) -> int:
        """Drop the stories created before `since`; returns how many."""
        since = as_utc(since)
        if self._oldest is None or self._oldest >= since:
            return 0
        old = [story_id for story_id, story in self._stories.items() if story.stored_at < since]
        for story_id in old:
            self._remove(story_id)
        self._oldest = min((story.stored_at for story in self._stories.values()), default=None)
        return len(old)

    def add_member(self, story_id: int, fingerprint: StoryFingerprint) -> None:
        """Story `story_id` now has this fingerprint (`StoryFingerprint.with_member`:
        its members changed, so the new member's features are posted too); unknown
        stories are ignored."""
        story = self._stories.get(story_id)
        if story is not None:
            self._stories[story_id] = replace(story, fingerprint=fingerprint)
            for postings, keys in self._keys(fingerprint):
                for key in keys:
                    postings.setdefault(key, set()).add(story_id)

    def fingerprint_of(self, story_id: int) -> StoryFingerprint | None:
        story = self._stories.get(story_id)
        return None if story is None else story.fingerprint

    def note_report(self, story_id: int, published: datetime) -> None:
        """A report published at `published` joined story `story_id`: the story is as near
        to later articles as this report is (see nearest_apart); unknown stories are ignored."""
        story = self._stories.get(story_id)
        if story is not None:
            self._stories[story_id] = replace(story, times=(*story.times, as_utc(published)))

    def note_feed(self, story_id: int, feed_id: int) -> None:
        """A source from feed `feed_id` joined story `story_id` (the same-feed rule of
        `_story_score` needs to know); unknown stories are ignored."""
        story = self._stories.get(story_id)
        if story is not None:
            story.feeds.add(feed_id)

    def match(
        self, fp: StoryFingerprint, published: datetime, window: timedelta = timedelta(hours=48),
        feed: int | None = None,
    ) -> int | None:
        """What `match_story(fp, published, <the indexed stories>, window=window,
        feed=feed)` returns."""
        ranked = self.matching(fp, published, window, feed)
        return ranked[0] if ranked else None

    def matching(
        self, fp: StoryFingerprint, published: datetime, window: timedelta = timedelta(hours=48),
        feed: int | None = None,
    ) -> list[int]:
        """What `matching_stories(fp, published, <the indexed stories>, window=window,
        feed=feed)` returns: every indexed story the article qualifies for, best first."""
        when = as_utc(published)
        weights = _weights(fp)
        ranks: list[_Rank] = []
        reach = late_report_reach(window)
        found = self._evidence(fp)
        # A round-up may join one of its meeting sharing no evidence at all (see
        # MEETING_AND_DAY_SIMILARITY): the stories whose openings name its meeting are scored.
        same_meeting = self._sharing_a_lead_meeting(fp)
        for story_id in same_meeting:
            found.setdefault(story_id, 0.0)
        # (A story of another meeting, or sharing none, is no sitting of fp's meeting.)
        sole = sole_sittings(fp, ((story_id, self._stories[story_id].fingerprint) for story_id in same_meeting
                                  if nearest_apart(when, self._stories[story_id].times) <= window))
        may_agree = self._may_agree(fp)
        for story_id, evidence in found.items():
            if evidence < _MIN_EVIDENCE and story_id not in same_meeting:
                continue
            if may_agree is not None and story_id not in may_agree:
                continue  # it names other donors or systems in every report: a conflict, score 0
            story = self._stories[story_id]
            apart = nearest_apart(when, story.times)
            if apart > reach:
                continue
            same_feed = feed is not None and feed in story.feeds and not commentary_beside_news(
                fp, story.fingerprint, feed)
            late = apart > window
            score = _story_score(fp, story.fingerprint, weights, story.weights, same_feed, apart,
                                 late=late, sitting_day_published=publication_day_named(
                                     fp, when, story.fingerprint, story.times),
                                 sole_sitting=story_id in sole,
                                 late_day_shared=late and same_day_read_back(fp, when, story.fingerprint, story.times))
            _keep(ranks, score, story.seen, story_id, fp, story.fingerprint)
        return [story_id for *_, story_id in sorted(ranks)]

    def candidate(self, story_id: int) -> StoryCandidate | None:
        """An indexed story as matching sees it (fingerprint, the time compared with
        articles, its feeds); None when not indexed."""
        story = self._stories.get(story_id)
        if story is None:
            return None
        return StoryCandidate(story_id, story.fingerprint, story.seen, frozenset(story.feeds), story.times[1:])

    def absorb(self, survivor_id: int, absorbed_id: int, fingerprint: StoryFingerprint) -> None:
        """Story `absorbed_id` was merged into `survivor_id`, which now has `fingerprint`
        (`StoryFingerprint.with_story`) and the feeds of both: the absorbed story leaves
        the index, and no article can join it again. The survivor's first report is the
        earlier of the two firsts (the store does the same, see StoryMergeStore.merge_story),
        and the reports of both are its reports (see nearest_apart).
        Unknown ids are ignored."""
        absorbed = self._stories.get(absorbed_id)
        if absorbed is None or survivor_id not in self._stories:
            return
        self._remove(absorbed_id)
        self.add_member(survivor_id, fingerprint)
        survivor = self._stories[survivor_id]
        survivor.feeds.update(absorbed.feeds)
        # Its first report is the earlier of the two firsts; every report of both is near.
        first = min(survivor.seen, absorbed.seen)
        later = sorted({*survivor.times, *absorbed.times} - {first})
        self._stories[survivor_id] = replace(survivor, seen=first, times=(first, *later))

    def _evidence(self, fp: StoryFingerprint) -> dict[int, float]:
        """Story id -> specific evidence shared with `fp` (as `_specific_evidence`), for
        the stories that share any."""
        found: dict[int, float] = {}
        for name in fp.names:
            weight = name_weight(name)
            if weight > GENERIC_WEIGHT:
                for story_id in self._by_name.get(name, ()):
                    found[story_id] = found.get(story_id, 0.0) + weight
        for postings, keys in ((self._by_term, _specific_terms(fp)), (self._by_phrase, fp.phrases)):
            for key in keys:
                for story_id in postings.get(key, ()):
                    found[story_id] = found.get(story_id, 0.0) + 0.5
        return found

    def _sharing_a_lead_meeting(self, fp: StoryFingerprint) -> set[int]:
        """The stories whose openings name first a standing meeting `fp`'s opening names
        first, when `fp` is about no item (a round-up); else none."""
        if _about_an_item(fp):
            return set()
        return {story_id for meeting in _lead_meetings(fp) for story_id in self._by_meeting.get(meeting, ())}

    def _keys(self, fp: StoryFingerprint) -> tuple[tuple[dict[str, set[int]], Iterable[str]], ...]:
        """The postings of a story: the specific features of each of its reports."""
        texts = fp.texts()
        names = {name for text in texts for name in text.names if name_weight(name) > GENERIC_WEIGHT}
        terms = {term for text in texts for term in _specific_terms(text)}
        phrases = {phrase for text in texts for phrase in text.phrases}
        donors, families = _conflict_keys(texts)
        return ((self._by_name, names), (self._by_term, terms), (self._by_phrase, phrases),
                (self._by_meeting, _lead_meetings(fp)), (self._by_donor, donors), (self._by_family, families))

    def _may_agree(self, fp: StoryFingerprint) -> set[int] | None:
        """The stories `fp` does not conflict with on donors or systems (as far as the
        postings tell: a story posted under a donor `fp` names may still conflict), or None
        when every story may agree. A round-up (about no item) is left alone: two round-ups
        of one sitting list different governments and systems without a conflict."""
        evidence = fp.event
        if not evidence.is_about_an_item():
            return None
        allowed: set[int] | None = None
        for postings, keys in ((self._by_donor, evidence.donors),
                               (self._by_family, {system_family(system) for system in evidence.systems})):
            if not keys:
                continue  # it names none: no conflict on this question
            holders = set(postings.get("", ()))
            for key in keys:
                holders.update(postings.get(key, ()))
            allowed = holders if allowed is None else allowed & holders
        return allowed

    def _remove(self, story_id: int) -> None:
        story = self._stories.pop(story_id)
        for postings, keys in self._keys(story.fingerprint):
            for key in keys:
                holders = postings.get(key)
                if holders is not None:
                    holders.discard(story_id)
                    if not holders:
                        del postings[key]


def _conflict_keys(texts: Iterable[StoryFingerprint]) -> tuple[set[str], set[str]]:
    """The donors and the system families (same_event.system_family: "Leopard 2" and
    "Leopard" agree) that the reports name, each with "" when a report names none: a report
    that names none of a story's, in any of its reports, conflicts with all of them."""
    donors: set[str] = set()
    families: set[str] = set()
    for text in texts:
        donors.update(text.event.donors or {""})
        families.update({system_family(system) for system in text.event.systems} or {""})
    return donors, families


def _specific_terms(fp: StoryFingerprint) -> list[str]:
    return [term for term in fp.terms if term not in GENERIC_TERMS]
