"""Whether one report is an outlet's revision of another (an update, a correction), and
the correction's day settled before two reports are compared.

The marks themselves ("UPDATE 1-", "CORRECTED-", a revision suffix in the address) are read
by bot/core/stories/revisions.py; this module decides, on two fingerprints, whether a marked
report revises the other (bot/core/stories/story_score.py asks it for the same-feed rule).
"""

from __future__ import annotations

from bot.core.stories.corrections import settle_corrected_day
from bot.core.stories.events import EventEvidence
from bot.core.stories.fingerprints import StoryFingerprint
from bot.core.stories.likeness import near_copies, similarity
from bot.core.stories.revisions import same_headline
from bot.core.stories.same_event import compare, one_payment_told_two_ways

# An outlet's report marked as its update or correction ("UPDATE 1-", "CORRECTED-") joins
# the version it revises when their headlines are one (revisions.same_headline) or their
# texts are this alike: an update adds paragraphs and a correction changes a number, which
# takes a revision below NEAR_COPY (0.65 for a lead with a correction note), while a
# feed's reports of two events of one day score far lower.
REVISION_SIMILARITY = 0.5


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
    (`_fills_in_figures`). A wire's flash ("FLASH: Sweden to pay $400 million for US weapons")
    marks itself as a first version: its feed's write-up minutes later, under a headline of its
    own and unmarked, revises it as a marked update would (round 31). Either side may be a story."""
    return any(
        (_marked(x, y) or (x.link_key and x.link_key == y.link_key))
        and (same_headline(x.headline_key, y.headline_key) or similarity(x, y) >= REVISION_SIMILARITY
             or (_marked(x, y) and (_same_figures(x, y) or _fills_in_figures(x, y))))
        and not _other_things_pledged(x, y)
        for x in a.texts()
        for y in b.texts()
    )


def _marked(x: StoryFingerprint, y: StoryFingerprint) -> bool:
    """One of the two marks itself as a revision, or as the flash a write-up revises."""
    return x.revision or y.revision or x.flash or y.flash


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

    if x.revision or y.flash:
        update, first = x, y
    elif y.revision or x.flash:
        update, first = y, x
    else:
        return False
    if figureless(update) or not figureless(first):
        return False
    verdict = compare(update.event, first.event)
    return not verdict.conflict and bool(verdict.anchors and verdict.pledges_agree and verdict.days)


def _other_things_pledged(x: StoryFingerprint, y: StoryFingerprint) -> bool:
    """Both reports tell pledges and not one of them (donor and kind of thing) is the
    other's. An update adds to what its first version tells and a correction changes a
    figure of it; neither replaces every thing pledged. An agency's template headline
    ("Netherlands announces new military aid package for Ukraine") is the same on one
    ministry's package of drones and, a week later, its package of radars: the marked
    update of the first is no revision of the second. One payment told as money in one version
    and as the thing it buys in the other ("$400 million for US weapons", then "$400 million for
    Patriot interceptors": same_event.one_payment_told_two_ways) is one thing pledged."""
    kinds_x, kinds_y = _pledged_kinds(x.event), _pledged_kinds(y.event)
    return bool(kinds_x and kinds_y) and not kinds_x & kinds_y and not one_payment_told_two_ways(x.event, y.event)


def _pledged_kinds(evidence: EventEvidence) -> frozenset[str]:
    """"donor|category" of each pledge, its status aside (a correction may change it)."""
    return frozenset(key.rsplit("|", 1)[0] for key in evidence.pledges)


def _same_figures(x: StoryFingerprint, y: StoryFingerprint) -> bool:
    """The two reports share who gives what and a count or an amount (same_event.compare's
    anchors and details), and nothing conflicts: an outlet's two reports of one day told
    with the same figure of one donor are one event, which a new headline does not change."""
    verdict = compare(x.event, y.event)
    return not verdict.conflict and bool(verdict.anchors and verdict.details)
