"""Whether one report is an outlet's revision of another (an update, a correction), and
the correction's day settled before two reports are compared.

The marks themselves ("UPDATE 1-", "CORRECTED-", a revision suffix in the address) are read
by bot/core/stories/own_reports/revisions.py; this module decides, on two fingerprints, whether a marked
report revises the other (bot/core/stories/scoring/story_score.py asks it for the same-feed rule).
"""

from __future__ import annotations

from datetime import timedelta

from bot.core.stories.evidence.events import EventEvidence
from bot.core.stories.fingerprint.fingerprints import StoryFingerprint
from bot.core.stories.own_reports.corrections import settle_corrected_day
from bot.core.stories.own_reports.revisions import same_headline
from bot.core.stories.scoring.likeness import near_copies, similarity
from bot.core.stories.scoring.report_times import surely_after
from bot.core.stories.scoring.same_event import compare, one_payment_told_two_ways

# An outlet's report marked as its update or correction ("UPDATE 1-", "CORRECTED-") joins
# the version it revises when their headlines are one (revisions.same_headline) or their
# texts are this alike: an update adds paragraphs and a correction changes a number, which
# takes a revision below NEAR_COPY (0.65 for a lead with a correction note), while a
# feed's reports of two events of one day score far lower.
REVISION_SIMILARITY = 0.5


def settle_correction(story: StoryFingerprint, newcomer: StoryFingerprint
                      ) -> tuple[StoryFingerprint, StoryFingerprint]:
    """bot.core.stories.own_reports.corrections.settle_corrected_day, with this module's near-copy and
    an outlet's revision's likeness (REVISION_SIMILARITY)."""
    return settle_corrected_day(story, newcomer, near_copies=near_copies, revision_alike=_alike_as_a_revision)


def _alike_as_a_revision(a: StoryFingerprint, b: StoryFingerprint) -> bool:
    return similarity(a, b) >= REVISION_SIMILARITY


def revision_of(a: StoryFingerprint, b: StoryFingerprint) -> bool:
    """One report of either side marks itself as a revision (an update, a correction)
    of a report of the other: same headline, numbers aside, or text at least
    REVISION_SIMILARITY alike (bot/core/stories/own_reports/revisions.py). An address that is the
    other's but for a revision suffix ("-update-1": revisions.article_key) marks a rewrite
    as the headline's mark does: agencies re-issue a rewritten report so, under a new
    headline, without a word. A marked update under a new headline whose text has grown
    below REVISION_SIMILARITY (the contents of a package added, 0.45 alike) is still the
    version it updates when the two tell the same figure of the same donor or system
    (`_same_figures`), and so is one giving the figures its first version did not give
    (`_fills_in_figures`). A wire's flash ("FLASH: Sweden to pay $400 million for US weapons")
    marks itself as a first version: its own feed's write-up, unmarked, under a headline of its
    own, revises it as a marked update would (round 31); another flash or another feed's report
    does not (`flash_and_write_up`). Either side may be a story."""
    return _revises(a, b, flashes=True)


def marked_revision_of(a: StoryFingerprint, b: StoryFingerprint) -> bool:
    """`revision_of` by an update's or a correction's mark or address only, a flash's mark aside:
    an update or a correction changes a figure on purpose, a flash's write-up does not, so the
    checks that let a revision's figures pass (one template telling two events, chains, re-splits)
    ask this one."""
    return _revises(a, b, flashes=False)


def _revises(a: StoryFingerprint, b: StoryFingerprint, *, flashes: bool) -> bool:
    def marked(x: StoryFingerprint, y: StoryFingerprint) -> bool:
        return x.revision or y.revision or (flashes and flash_and_write_up(x, y))

    return any(
        (marked(x, y) or (x.link_key and x.link_key == y.link_key))
        and (same_headline(x.headline_key, y.headline_key) or similarity(x, y) >= REVISION_SIMILARITY
             or (marked(x, y) and (_same_figures(x, y) or _fills_in_figures(x, y, flashes))))
        and not _other_things_pledged(x, y, flashes)
        or _raises_its_sum(x, y) or _raises_its_sum(y, x)
        for x in a.texts()
        for y in b.texts()
    )


def flash_and_write_up(x: StoryFingerprint, y: StoryFingerprint) -> bool:
    """One of the two is a wire's flash, the other an unmarked report of the same feed filed no
    earlier: the flash's write-up. Two flashes are two first lines (a busy agency flashes several
    events a day under one template headline), and another feed's report is no write-up of this
    wire's flash. Nor is a report the feed filed before the flash (`flash_filed_late`)."""
    return _flash_beside_its_feeds_report(x, y) and not flash_filed_late(x, y)


def _flash_beside_its_feeds_report(x: StoryFingerprint, y: StoryFingerprint) -> bool:
    return (x.flash != y.flash and not (x.revision or y.revision)
            and x.feed is not None and x.feed == y.feed)


# How much later than the write-up a flash may be stamped and still be its first line. Wires file a
# flash and its write-up minutes apart, and a write-up is often stamped with the time its slug was
# first filed, so a flash one minute "after" it is the same news; a flash half an hour after a full
# report has had time to be news of its own.
FLASH_FILING_SLACK = timedelta(minutes=30)


def flash_filed_late(x: StoryFingerprint, y: StoryFingerprint) -> bool:
    """One of the two reports is a wire's flash published more than FLASH_FILING_SLACK after the
    other, an unmarked report of the same feed (both feed's own dates known; a day-only or month-only
    date read as any moment of its day or month: report_times.surely_after). A flash is the news's first line, so it comes before its
    write-up; a wire flashing after it filed a full report flashes something new: the donor's next
    payment of the same round sum under one scheme, told in the report's words. Its one line is then
    contained in the report's words (a near-copy by likeness) and shares its figure, so it joined the
    report and its news was never alerted. Kept apart, it gets an alert of its own; if it only
    repeats the report, that alert is a duplicate, which costs less than a hidden event."""
    if not _flash_beside_its_feeds_report(x, y):
        return False
    flash, other = (x, y) if x.flash else (y, x)
    return (flash.published is not None and other.published is not None
            and surely_after(flash.published, other.published, FLASH_FILING_SLACK))


def flash_after_its_feeds_report(a: StoryFingerprint, b: StoryFingerprint) -> bool:
    """`flash_filed_late` for a report of either side against one of the other's (either may be a
    story: the reports whose words it keeps)."""
    return any(flash_filed_late(x, y) for x in a.texts() for y in b.texts())


def _fills_in_figures(x: StoryFingerprint, y: StoryFingerprint, flashes: bool) -> bool:
    """One of the two is a marked update giving counts or sums, the other a version giving
    none, and they agree on who gives what and on the day, nothing conflicting: the wire's
    rolling update of an announcement first filed without its details ("Norway to send Ukraine
    more NASAMS", "... without giving details", then "UPDATE 1-Norway to give Ukraine two
    NASAMS systems worth 2.5 billion crowns"), whose grown text is under REVISION_SIMILARITY
    alike and shares no figure with it, since the first had none. An update adds what its
    first version lacked; two announcements each give their own. A first version naming no kind
    of thing at all ("US to announce new arms package for Ukraine, officials say", "without giving
    its value or contents") reads no pledge to agree on: headed by the update's government alone,
    the update tells what it lacked (`_told_nothing_but_its_government`, stories round 60)."""
    def figureless(fp: StoryFingerprint) -> bool:
        return not (fp.event.counts or fp.event.amounts)

    flash_pair = flashes and flash_and_write_up(x, y)
    if x.revision or (flash_pair and y.flash):
        update, first = x, y
    elif y.revision or (flash_pair and x.flash):
        update, first = y, x
    else:
        return False
    if figureless(update) or not figureless(first):
        return False
    verdict = compare(update.event, first.event)
    agree = verdict.pledges_agree or _told_nothing_but_its_government(first, update)
    return not verdict.conflict and bool(verdict.anchors and agree and verdict.days)


def _told_nothing_but_its_government(first: StoryFingerprint, update: StoryFingerprint) -> bool:
    """`first` reads no pledge and names no kind of thing, its headline the one government `update`'s headline names:
    the version filed before the details were known, which agrees with every update of that government's news."""
    evidence = first.event
    return (not evidence.pledges and not evidence.things and len(evidence.headline_donors) == 1
            and evidence.headline_donors == update.event.headline_donors)


# How far a marked update may raise its first version's sum: a package grown by what was added
# to it within the day ($1.2 billion, then "UPDATE 1-US raises new Ukraine arms package to $1.5
# billion"); a new total of a year's aid is a larger multiple of a package.
_RAISED_AT_MOST = 2.0


def _raises_its_sum(update: StoryFingerprint, first: StoryFingerprint) -> bool:
    """`update` is its feed's marked update ("UPDATE 1-", `revisions.marks_revision`) whose headline tells one
    government's sum raised to a new figure (EventEvidence.donor_totals: "US raises new Ukraine arms package to $1.5
    billion"), and `first` an earlier version of that feed under the same government's headline telling a smaller sum
    of that currency in its opening, no more than _RAISED_AT_MOST below, nothing conflicting and the day shared (stop
    56). The update's rewritten text is under REVISION_SIMILARITY alike, shares no figure with its first version,
    and may tell only what was added ("adding 155 mm shells to the Patriot interceptors it announced earlier",
    the interceptors read as recalled): it is still that announcement, told again with its new figure."""
    if not update.revision or update.feed is None or update.feed != first.feed or first.revision:
        return False
    if not update.event.donor_totals or update.event.headline_donors != first.event.headline_donors:
        return False
    told_first = first.event.donor_sums | {f"{donor}|{amount}" for donor in first.event.headline_donors
                                           for amount in first.event.lead_amounts}
    before = [_sum_of(key) for key in told_first]
    if not any(donor == old_donor and currency == old_currency and old < new <= old * _RAISED_AT_MOST
               for donor, new, currency in map(_sum_of, update.event.donor_totals)
               for old_donor, old, old_currency in before):
        return False
    verdict = compare(update.event, first.event)
    return not verdict.conflict and bool(verdict.anchors and verdict.days)


def _sum_of(key: str) -> tuple[str, float, str]:
    """"US|1.5e+09 USD" -> ("US", 1.5e9, "USD"); an unreadable figure as 0."""
    donor, _, amount = key.partition("|")
    number, _, currency = amount.partition(" ")
    try:
        return donor, float(number), currency
    except ValueError:
        return donor, 0.0, currency


def _other_things_pledged(x: StoryFingerprint, y: StoryFingerprint, flashes: bool) -> bool:
    """Both reports tell pledges and not one of them (donor and kind of thing) is the
    other's. An update adds to what its first version tells and a correction changes a
    figure of it; neither replaces every thing pledged. An agency's template headline
    ("Netherlands announces new military aid package for Ukraine") is the same on one
    ministry's package of drones and, a week later, its package of radars: the marked
    update of the first is no revision of the second. One payment told as money in one version
    and as the thing it buys in the other ("$400 million for US weapons", then "$400 million for
    Patriot interceptors": same_event.one_payment_told_two_ways) is one thing pledged, but only
    between a flash and its feed's write-up: the flash's one line names the money, the write-up
    the thing; two updates of one wire telling one sum two ways may be two payments."""
    kinds_x, kinds_y = _pledged_kinds(x.event), _pledged_kinds(y.event)
    return (bool(kinds_x and kinds_y) and not kinds_x & kinds_y
            and not (flashes and flash_and_write_up(x, y) and one_payment_told_two_ways(x.event, y.event)))


def _pledged_kinds(evidence: EventEvidence) -> frozenset[str]:
    """"donor|category" of each pledge, its status aside (a correction may change it)."""
    return frozenset(key.rsplit("|", 1)[0] for key in evidence.pledges)


def _same_figures(x: StoryFingerprint, y: StoryFingerprint) -> bool:
    """The two reports share who gives what and a count or an amount (same_event.compare's
    anchors and details), and nothing conflicts: an outlet's two reports of one day told
    with the same figure of one donor are one event, which a new headline does not change."""
    verdict = compare(x.event, y.event)
    return not verdict.conflict and bool(verdict.anchors and verdict.details)
