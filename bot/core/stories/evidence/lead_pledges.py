"""The pledges as an article's opening tells them: the one it leads with, and a headline's
handing-over in the present read in either phase.
"""

from __future__ import annotations

import re

from bot.core.models import Pledge
from bot.core.pledges.passes.entities import GROUP_DONORS, Entities
from bot.core.stories.evidence.pledge_news import pledge_keys, read_in
from bot.core.stories.figures.package_ordinals import NTH_PACKAGE, PACKAGE_WORD, counts_the_series
from bot.core.text import fold, sentences
from bot.core.text.literal_gate import gated

# A handing-over told in the present in a headline (folded): "delivers", "hands ... over",
# "livre", "remet", "liefert", "übergibt" (not "to deliver"), and sending told so: "sends",
# "envoie", "schickt" (stories round 23: "Denmark sends six more F-16 jets to Ukraine" alone
# was read as a promise and kept apart from the full report of the delivery). Three matches
# are wider than the verb: "hands" is also the noun ("in Ukrainian hands"), and "liefern" and
# "schicken" are the German infinitive as well as the plural present; a future ("va livrer",
# "will liefern", "to send") is left out by _FUTURE_IN_HEADLINE, not here.
_PRESENT_HANDING_OVER = gated(
    r"(?<!\bto )(?<!\bwill )\bdeliver(?:s)?\b|\bhands\b|\blivr(?:e|ent)\b|\bremet(?:tent)?\b"
    r"|\bliefer(?:t|n)\b|\bubergib(?:t)?\b|\bubergeben\b"
    r"|\bsends\b|\benvoi(?:e|ent)\b|\bschick(?:t|en)\b"
)
# What makes a headline's verb a plan or a future: "Norway to send", "va livrer", "wollen ... liefern"
# ("will" is English's and German's at once).
_FUTURE_IN_HEADLINE = re.compile(
    r"\b(?:to (?:send|deliver|give|supply|provide)|will|would|plans?|set to|pledges?|promises?|va|vont|veut"
    r"|wird|werden|wollen|soll|sollen|plant|planen|kann|konnen|zusagen|sagt\w* zu)\b"
)

# A handing-over told done in a body (folded): "have arrived", "were handed over", "sont arrivés", "ont été livrés",
# "sind eingetroffen", "wurden übergeben". A headline alone in the present over such a sentence tells a delivery,
# whatever figure it shares with a decision (`headline_figures_bind`).
_HANDOVER_DONE = re.compile(
    r"\b(?:arrived|(?:were|was|been|already|now) (?:handed over|delivered)"
    r"|(?:sont|est|etaient) (?:\w+ )?arrivee?s?|ete (?:\w+ )?(?:livre|remis)e?s?"
    r"|eingetroffen|angekommen|(?:ubergeben|geliefert) worden|(?:wurden|wurde) (?:[\w-]+ ){0,6}?(?:ubergeben|geliefert))\b"
)


def headline_figures_bind(body: str) -> bool:
    """May the counts of a headline alone told in either phase stand for the decision its figure names
    (EventEvidence.headline_system_counts)? Not when its one sentence of body tells the things handed over
    or arrived ("Die beiden Startgeräte sind eingetroffen"): its present is a delivery's, and the same small
    count of a decision of the day is another batch."""
    return not _HANDOVER_DONE.search(fold(body))


def told_in_either_phase(title: str, body: str, telling: tuple[Pledge, ...]) -> tuple[Pledge, ...]:
    """The pledges of a headline-only report (no body, or a body of one sentence at most, and
    every pledge of the report read in the headline) read as promised from a headline telling a
    handing-over in the present ("L'Italie livre une batterie SAMP/T à l'Ukraine", "Denmark delivers
    Caesar howitzers to Ukraine"). The pledge extraction reads that narrative present as a promise
    unless an ordinal says otherwise; a body would correct it, a headline alone cannot, and feeds
    of headlines alone are common: its present is no phase evidence against the full report of a
    delivery. A headline in the future ("to send", "va livrer", "wollen liefern") is a decision
    and stays one."""
    folded_title = fold(title)
    if len(sentences(body)) > 1 or not _PRESENT_HANDING_OVER.search(folded_title) or _FUTURE_IN_HEADLINE.search(
            folded_title):
        return ()
    if any(not read_in(p, title) for p in telling):
        return ()
    return tuple(p for p in telling if p.status == "pledged" and p.donor not in GROUP_DONORS)


def lead_pledge(pledges: tuple[Pledge, ...], opening: str, package_ordinals: frozenset[str],
                 entities: Entities | None) -> frozenset[str]:
    """The key of the pledge read in the opening (headline and first sentence) whose donor
    it names first, and of that donor's the one whose item it names first: a round-up
    leads with its event and names the day's other news after it ("France's first Mirage
    jets have reached Ukraine, capping a day on which Paris also set aside 100 million
    euros for drones and Spain promised six tanks"). A donor's numbered package counts as
    its pledge ("NO|package|pledged" for "Norway approved its twelfth package on
    Wednesday, on a day when Spain also promised 20 vehicles"): a package told by its
    number often has no item the extraction reads. Empty when neither is there."""
    folded = fold(opening)
    first_named: dict[str, int] = {}
    for code, start, _ in (entities.find_donors(opening) if entities else []):
        first_named.setdefault(code, start)
    unnamed = len(opening) + 1
    first: tuple[int, int, str] | None = None
    for pledge in pledges:
        key = pledge_keys((pledge,))
        evidence = fold(pledge.evidence).strip()
        if not key or not evidence or evidence not in folded:
            continue
        item = fold(pledge.item).strip()
        at = folded.find(item) if item else -1
        place = (first_named.get(pledge.donor, unnamed), at if at >= 0 else unnamed, next(iter(key)))
        if first is None or place < first:
            first = place
    if first is None:
        first = _retold_in_the_opening(pledges, folded, first_named)
    if package_ordinals and PACKAGE_WORD.search(folded):
        package = next((m for m in NTH_PACKAGE.finditer(folded) if counts_the_series(folded, m)), None)
        if package:
            donor = next(iter(package_ordinals)).rpartition("|")[0]
            place = (first_named.get(donor, unnamed), package.start(), f"{donor}|package|pledged")
            if first is None or place < first:
                first = place
    return frozenset({first[2]}) if first else frozenset()


def _retold_in_the_opening(pledges: tuple[Pledge, ...], folded_opening: str,
                          first_named: dict[str, int]) -> tuple[int, int, str] | None:
    """When no pledge was read from the opening itself: the place and key of the pledge whose
    donor and system (or item) the opening names, first named first. A factbox opens on the
    day's news ("Canada pledged a NASAMS system on Friday") and lists it again among older
    news ("* Canada - one NASAMS system ..."); the extraction keeps one record of the two, the
    list line's, whose words are not the opening's, but the opening still leads with it."""
    first = None
    for pledge in pledges:
        key = pledge_keys((pledge,))
        if not key or pledge.donor not in first_named:
            continue
        named = [fold(name).strip() for name in (pledge.system, pledge.item) if name]
        spots = [folded_opening.find(name) for name in named if name]
        spots = [at for at in spots if at >= 0]
        if not spots:
            continue
        place = (first_named[pledge.donor], min(spots), next(iter(key)))
        if first is None or place < first:
            first = place
    return first
