"""A government's purchase from makers for Ukraine, read as that government's pledge in story terms.

Since stop 63 the pledge reader files "Belgium will buy $150 million of artillery shells for Ukraine from
European makers" as production (a purchase from makers is an order: docs/reading-pledges.md, fix 63a), and
production records made no pledge key in the story evidence: a production contract can accompany any phase of
an event, so it says nothing of who gives what. But for the story the purchase IS the government's giving: one
outlet writes "Belgium buys shells from makers for Ukraine", the next "Belgium to send shells", and a wire's two
payments of one day (PURL money, shells bought from makers) must stay two events, which they do only when the
shells have a key beside the money's. So a production record of a government (no group) that says what is
bought (a kind of thing) or what it costs (a sum) keys as that government's pledge of that thing, or of funding.
A production record with neither ("Rheinmetall to build a shell plant in Ukraine": the kind "production" and no
sum) still keys nothing. Only the keys change, and with them what a report is about: a report keying a government's
purchase is about an item (EventEvidence.is_about_an_item), so "Netherlands to fund 500 million euros of
Ukrainian-made drones" is one government's news beside a meeting's round-up (busy day 64). The phases stay as they
were (a contract can accompany any phase: "handed over 5,000 drones bought from makers" in one outlet's words is an
order in the next's, review 47's day C), and so do the donors an article names and the counted batches
(pledge_news.counted_pledge_keys).

A purchase in a report previewing an announcement still to be made ("London will kommende Woche Drohnen bestellen"
over "wird ... einen großen Auftrag ... bekanntgeben"; "will announce a large order of drones next week") is the
order announced later: no order placed yet, but the debate the preview tells, as the pledge reader files "will
announce ..." itself (discussed). Keyed as pledged, the German copy's headline kept it apart from the English and
French copies of the same preview (stories round 64c).

Only a government's purchase: the pledge reader files a firm's own making under the firm's country too
("Rheinmetall will build an ammunition plant in Ukraine worth 200 million euros": DE, ammunition, production), and
keyed as Germany's pledge it joined or conflicted with a German government's ammunition pledge of the day. A
production record whose sentence names its donor only through a firm (a maker config/entities.toml lists, or one told
as a firm: "le groupe allemand Rheinmetall", "German arms maker") is the firm's making, read as round 64 reads a
maker's plant: the kind "production", no sum, no key (`firms_own_makings`). A government named beside the firm
("Germany will buy shells from Rheinmetall") is the buyer, and its purchase keeps its key (review purchases64).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from bot.core.models import Pledge
from bot.core.pledges.donors.datelines import DATELINE, DATELINE_AFTER
from bot.core.pledges.donors.makers import names_a_firm
from bot.core.pledges.passes.entities import GROUP_DONORS, Entities
from bot.core.pledges.quantities.numbers import fold_aligned

# Categories that say what a record is about, not what is given ("other" equipment, "production" capacity).
VAGUE_CATEGORIES = frozenset({"other", "production"})


def as_story_pledge(pledge: Pledge) -> Pledge:
    """The record as story evidence keys it: a government's purchase with a thing or a sum is its pledge
    (status "pledged"; a sum bought with no kind named is the government's funding); anything else unchanged."""
    if pledge.status != "production" or pledge.donor in GROUP_DONORS:
        return pledge
    if pledge.category not in VAGUE_CATEGORIES:
        return replace(pledge, status="pledged")
    if pledge.value:
        return replace(pledge, status="pledged", category="funding")
    return pledge


def purchases_previewed(pledges: Iterable[Pledge], previewing: bool) -> tuple[Pledge, ...]:
    """The pledges with a government's purchase read as discussed when the report previews an announcement still
    to be made (occasion "preview"): the order to be announced, not yet placed."""
    if not previewing:
        return tuple(pledges)
    return tuple(
        replace(p, status="discussed") if p.status == "production" and p.donor not in GROUP_DONORS else p
        for p in pledges
    )


def firms_own_makings(pledges: Iterable[Pledge], entities: Entities | None) -> tuple[Pledge, ...]:
    """The pledges with a firm's own making read as a maker's plant (the kind "production", no sum: no key): a
    production record whose sentence names its donor, outside the dateline, only as a firm. Without `entities`
    (no firm names to go by) the pledges unchanged."""
    pledges = tuple(pledges)
    if entities is None:
        return pledges
    return tuple(
        replace(p, category="production", value=None, currency=None) if _made_by_a_firm(p, entities) else p
        for p in pledges
    )


def _made_by_a_firm(pledge: Pledge, entities: Entities) -> bool:
    if pledge.status != "production" or pledge.donor in GROUP_DONORS:
        return False
    text = pledge.evidence
    folded = fold_aligned(text)
    named = [d for d in entities.find_donors(text) if d[0] == pledge.donor and not _in_dateline(text, d)]
    return bool(named) and all(names_a_firm(folded, d, entities.is_firm) for d in named)


def _in_dateline(text: str, donor: tuple[str, int, int]) -> bool:
    # a dateline's city, "BERLIN (Wire) -", "Berlin (Agentur) -", is where the news was filed, not who buys
    _, start, end = donor
    dateline = DATELINE.match(text)
    return bool((dateline and end <= dateline.end()) or (not text[:start].strip() and DATELINE_AFTER.match(text, end)))
