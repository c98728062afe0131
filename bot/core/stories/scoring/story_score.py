"""Whether two reports (either side may be a story) are one story, and with what score.

Text likeness (bot/core/stories/scoring/likeness.py) is only half of the decision:
SAME_STORY_THRESHOLD (0.15) is a floor on it (EVENT_KEY_SIMILARITY, 0.05, when the two
share a fact that names one event on its own), and whether two reports may be one event at
all is decided on their event evidence (who gives what, in which phase, on which day: read
by bot/core/stories/evidence/events.py, compared by same_event.py); see `story_score`. The
thresholds below are the rules' numbers, each with the pairs that set it.
"""

from __future__ import annotations

from datetime import timedelta

from bot.core.stories.evidence.events import EventEvidence
from bot.core.stories.fingerprint.fingerprints import StoryFingerprint
from bot.core.stories.own_reports.flash_round_ups import (
    flash_at_a_meeting_beside_another_feed, flash_of_a_round_up, flashes_written_up,
)
from bot.core.stories.own_reports.revision_pairs import (
    flash_after_its_feeds_report,
    marked_revision_of,
    revision_of,
    settle_correction,
)
from bot.core.stories.own_reports.same_feed import own_reports_of_one_numbered_event
from bot.core.stories.scoring.chains import figures_contradicted
from bot.core.stories.scoring.likeness import (
    NEAR_COPY,
    Weights,
    member_weights,
    texts_with_weights,
    weighed_similarity,
    weights_of,
)
from bot.core.stories.scoring.same_event import compare, figures_differ, unless_conflict
from bot.core.stories.scoring.sittings import about_an_item, lead_meetings_shared, previews_of_one_sitting

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


def same_event_score(
    a: StoryFingerprint, b: StoryFingerprint, *, same_feed: bool = False, apart: timedelta | None = None
) -> float:
    """The score with which two articles are one story, or 0.0 when they must not be.

    See `story_score`; `same_feed` says both come from one feed, `apart` how far apart
    they were published (None: unknown).
    """
    return story_score(a, b, weights_of(a), weights_of(b), same_feed, apart)


def story_score(
    a: StoryFingerprint, b: StoryFingerprint, weights_a: Weights, weights_b: Weights, same_feed: bool,
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
    # day is the report's (see bot.core.stories.own_reports.corrections).
    b, a = settle_correction(b, a)
    # A flash its own feed filed after a report of that feed is news of its own, however much of
    # the report's words its one line repeats (revision_pairs.flash_filed_late).
    if flash_after_its_feeds_report(a, b):
        return 0.0
    # Nor does a wire's flash of one government's pledge at a meeting join another outlet's report of that
    # government before its own write-up tells whether it is the meeting's round-up (flash_round_ups).
    if flash_at_a_meeting_beside_another_feed(a, b):
        return 0.0
    # The most alike pair of reports, one on each side (either side may be a story).
    score = max(
        weighed_similarity(x, y, weights_x, weights_y)
        for x, weights_x in texts_with_weights(a, weights_a)
        for y, weights_y in texts_with_weights(b, weights_b)
    )
    round_ups = not about_an_item(a) and not about_an_item(b)
    sole_sitting = sole_sitting and round_ups and apart is not None and apart <= PLEDGE_AGREEMENT_WINDOW
    if score < EVENT_KEY_SIMILARITY and (late or same_feed or not round_ups or (
            score < MEETING_AND_DAY_SIMILARITY and not lead_meetings_shared(a, b))):
        return 0.0
    # Every report already in a story (either side may be one) must agree with every
    # report of the other; any one of them may supply the shared evidence.
    pairs = [(x, y) for x in (a.event, *a.members) for y in (b.event, *b.members)]
    verdicts = []
    # A wire's flash of one government's pledge at a meeting is its round-up's first line (flash_round_ups): the two
    # openings' different subjects are no conflict.
    first_line = flash_of_a_round_up(a, b)
    # ... nor is a flash whose write-up is in its story already another round-up's "subject" conflict.
    written_up = flashes_written_up(a) | flashes_written_up(b)
    for x, y in pairs:
        verdict = unless_conflict(x, y)  # (the first conflict decides: the other pairs are not compared)
        if verdict is None and ((first_line and (x, y) == (a.event, b.event)) or x in written_up or y in written_up):
            verdict = compare(x, y)
            verdict = verdict if verdict.conflict == "subject" else None
        if verdict is None:
            return 0.0
        verdicts.append(verdict)
    # A story grown by chaining is held, report by report, to the figures it tells (chains.py): a
    # newcomer telling the same pledges with other figures than one of its reports joins only if it
    # would join that report alone.
    if (a.members or b.members) and figures_contradicted(a, b, lambda x, y: story_score(
            x, y, weights_of(x), weights_of(y), same_feed, apart, late=late,
            sitting_day_published=sitting_day_published, sole_sitting=sole_sitting,
            late_day_shared=late_day_shared) > 0.0):
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
        return max(score, LEAST_SCORE)
    if score < SAME_STORY_THRESHOLD:
        # Only a fact that names one event on its own joins reports this unalike; for two
        # reports of a meeting (no item on either side), the same standing meeting on the
        # same day named: the round-ups of one contact-group meeting in three languages.
        keyed = not late and (not same_feed or own_reports_of_one_numbered_event(pairs)) and (
            (score >= EVENT_KEY_SIMILARITY and any(verdict.event_keys for verdict in verdicts))
            # A denial answers the report in the ministry's words ("our support goes on"), not
            # the paper's: the government and the halt denied are what the two share.
            or (score >= EVENT_KEY_SIMILARITY and apart is not None and apart <= NAMED_DAY_WINDOW
                and any(v.denies_report and v.anchors for v in verdicts))
            # An auditor's or an inquiry's findings on one government's giving, told on the same day named: the
            # report is published once, and its outlets retell its findings in their own words (0.14 alike for
            # review 57's English and German reports of a court of audit), agreeing on the deliveries it audits.
            or (score >= EVENT_KEY_SIMILARITY and apart is not None and apart <= PLEDGE_AGREEMENT_WINDOW
                and any(v.audits and v.anchors and v.pledges_agree and v.days for v in verdicts))
            or (round_ups and any(v.meetings and (v.days or sitting_day_published or sole_sitting)
                                  for v in verdicts))
            # Two previews of one standing meeting's sitting to come, naming no day, within the 36 hours: the
            # sitting stands in for the day, as above (sittings.previews_of_one_sitting, stories round 62).
            or (round_ups and apart is not None and apart <= PLEDGE_AGREEMENT_WINDOW
                and any(v.meetings for v in verdicts) and previews_of_one_sitting(a, b))
            # A group's decision (no country in either headline) of the same sum on the same day named:
            # the group is named another way in each language ("EU", "UE", "l'Union européenne", "die
            # Europäische Union"), so a translation may share nothing else of weight (0.04 for review 52's
            # English and French reports of one payment). A group deciding two sums of one size on one
            # day is rarer than a translation's unlike words.
            or (round_ups and score >= MEETING_AND_DAY_SIMILARITY
                and any(v.group_sums and v.days for v in verdicts))
            # One government's aid raised to the same new total on the same day named ("raises its aid to EUR 8
            # billion", "porte son aide à 8 milliards d'euros"): a translation in its own words shares 0.10 of them.
            or (score >= EVENT_KEY_SIMILARITY and any(v.totals and v.days for v in verdicts))
            # One government's sum told plainly with two figures or more ("12 millions d'euros", "EUR 12 million"),
            # hours apart: two live blogs' entries in two languages, 0.11 alike, naming no day.
            or (score >= EVENT_KEY_SIMILARITY and apart is not None and apart <= PLEDGE_AGREEMENT_WINDOW
                and any(v.sums for v in verdicts)))
        return max(score, LEAST_SCORE) if keyed else 0.0
    if late:
        # Both sides name days of one kind (weekdays, or dates) and none of them is one
        # calendar day read back from each side's publication (`late_day_shared`): two events,
        # however alike. Spain's "on Wednesday" and a week later another delivery of the same
        # tanks "am Mittwoch": a late re-telling names the day of the news it re-tells, or
        # none. A weekday beside a date is not compared here (no year or month to read it by).
        if not late_day_shared and _days_comparable(a, b):
            return 0.0
        agree = any(v.anchors and v.pledges_agree for v in verdicts)
        return score if agree and score >= LATE_REPORT_SIMILARITY and not same_feed else 0.0
    if score >= NEAR_COPY:
        return 0.0 if _one_template_two_events(a, b) else score
    if same_feed:
        return score if revision_of(a, b) or own_reports_of_one_numbered_event(pairs) else 0.0
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
        # Two reports of one government's halt of deliveries on the same day named
        # (same_event._halts_agree): its refusal of vague "other" things gives no pledge key.
        if any(v.halts_agree and v.days for v in verdicts):
            return score
        # Outlets giving different figures for one delivery ("about 400,000 shells", "500 000
        # obus"): the same donor, kinds and phase, counts close (same_event._counts_close), the
        # same day named and wording at least SAME_STORY_THRESHOLD alike. Two figures farther
        # apart, or told on other days, stay two events.
        if any(v.close_figures and v.anchors and v.days for v in verdicts):
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
        if (score >= _meeting_without_day_similarity(a, b) and not about_an_item(a) and not about_an_item(b)
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
    # Two outlets' reports of one thanks speech (same_event._thanks_shared): the same several
    # governments thanked on the same day named, in words at least SAME_STORY_THRESHOLD alike;
    # their pledges, read from each outlet's list in its own way, need not agree.
    if apart is not None and apart <= NAMED_DAY_WINDOW and any(v.thanks for v in verdicts):
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
    # A denial and the report of a halt it denies, or two denials of the same kind of halt
    # (same_event._denies_report), by one government within days: one event.
    if apart is not None and apart <= NAMED_DAY_WINDOW and any(v.denies_report and v.anchors for v in verdicts):
        return score
    # A comment on a government's refusal a day later ("Swiss veto leaves Ukraine's guns short
    # of shells") is that refusal's news told again (same_event._follows_up).
    if apart is not None and apart <= NAMED_DAY_WINDOW and any(v.follows_up and v.anchors for v in verdicts):
        return score
    one_sitting_ahead = apart is not None and apart <= PLEDGE_AGREEMENT_WINDOW and previews_of_one_sitting(a, b)
    if not about_an_item(a) and not about_an_item(b) and any(
            v.days or ((sitting_day_published or sole_sitting or one_sitting_ahead) and v.meetings) for v in verdicts):
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
    may add more. An outlet's marked revision (`marked_revision_of`) changes a figure on purpose;
    a flash's write-up does not."""
    return any(
        weighed_similarity(x, y, member_weights(x), member_weights(y)) >= NEAR_COPY
        and _other_news(x.event, y.event) and not marked_revision_of(x, y)
        for x in a.texts()
        for y in b.texts()
    )


def _other_news(x: EventEvidence, y: EventEvidence) -> bool:
    return bool(x.things - y.things and y.things - x.things) or figures_differ(x, y)


def _meeting_without_day_similarity(a: StoryFingerprint, b: StoryFingerprint) -> float:
    """The likeness at which a report of a meeting naming no day joins one of the same
    standing meeting: lower when a report tells the meeting over (MEETING_OVER_SIMILARITY)."""
    told_over = any("over" in evidence.occasions for side in (a, b) for evidence in (side.event, *side.members))
    return MEETING_OVER_SIMILARITY if told_over else MEETING_WITHOUT_DAY_SIMILARITY


# The score of two reports that join on their meeting and day alone, sharing no likeness
# (MEETING_AND_DAY_SIMILARITY): any positive score joins (see keep_ranked), and this ranks last.
LEAST_SCORE = 1e-6


def _days_comparable(a: StoryFingerprint, b: StoryFingerprint) -> bool:
    """Whether both sides (a report, or any report of a story) name weekdays, or both name dates."""
    def named(side: StoryFingerprint, kind: str) -> bool:
        return any(getattr(evidence, kind) for evidence in (side.event, *side.members))
    return any(named(a, kind) and named(b, kind) for kind in ("weekdays", "dates"))
