"""Ukraine's own things repaired or serviced are no gift of things.

A maintenance hub's news is its work on what Ukraine already has: "has repaired more than 200 Ukrainian
howitzers", "où sont remis en état des chars Leopard ukrainiens", "in dem ukrainische Leopard-Panzer
instand gesetzt werden". The hub (or its price) is the service given; the tanks and guns it mends were
given long ago, or are Ukraine's own, and give no record. Read so when a Ukrainian adjective stands at the
thing (before it, in its phrase, or right after it as French puts it) and the sentence tells a repair.
"Ukrainian-made drones" bought for Kyiv are things given: "-made" is a maker, not an owner.
"""

from __future__ import annotations

from bot.core.pledges.passes.records import Item
from bot.core.pledges.passes.sentence_scans import search_in
from bot.core.text.lazy_pattern import lazy

# A giving verb after "and" starts a new act: "repaired 30 Ukrainian howitzers and donated 20 more".
_GIVING_VERB = (
    r"(?:has |have |had |will |would |also )?(?:donat\w*|deliver\w*|sen[dt]s?|suppl\w*|provid\w*|pledg\w*|"
    r"gave|give[sn]?|shipp\w*|ships?|handed|hands|transferr\w*|promis\w*|offer\w*|"
    r"geliefert|liefert|gespendet|spendet|ubergeben|ubergibt|zugesagt|sagt|schickt\w*|geschickt)\b"
)
# A Ukrainian adjective before the thing, with only counts, other things and "and" between (folded
# text, the window before the thing): "200 Ukrainian howitzers and armoured vehicles".
_UKRAINIAN_BEFORE = lazy(
    r"\b(?:ukrainian|ukraine's|kyiv's|ukrainische[nrs]?|ukrainischen)\s+(?!made\b|built\b)"
    r"(?:(?!(?:and|und|sowie)\s)[\w-]+\s+){0,4}?(?:(?:and|und|sowie)\s+(?!" + _GIVING_VERB + r")(?:[\w-]+\s+){0,2}?)?$"
)
_UKRAINIAN_AFTER = lazy(r"(?:\s+[\w-]+){0,2}?\s+(?:ukrainien(?:ne)?s?|de l'ukraine|de kiev)\b(?!\s+(?:fabrique|produit))")
# A repair told in the sentence (folded text).
_REPAIR = lazy(
    r"\b(?:repair(?:s|ed|ing)?|mend(?:s|ed|ing)?|refit(?:s|ted|ting)?|overhaul(?:s|ed|ing)?|"
    r"repar(?:e|es|ent|er|era|eront|ait|aient)|remis(?:es)? en etat|remet(?:tre|tent)? en etat|"
    r"instand (?:gesetzt|setzen|setzt|gehalten)|instandgesetzt|repariert|reparieren|uberholt|gewartet|wartet)\b"
)


def repaired_ukrainian_thing(folded: str, start: int, end: int, item: Item) -> bool:
    """Whether the item is Ukraine's own thing the sentence tells repaired (see the module's docstring)."""
    if not search_in(_REPAIR, folded, start, end):  # (asked by every thing of the sentence: searched once)
        return False
    return bool(
        _UKRAINIAN_BEFORE.search(folded, max(start, item.start - 60), item.start)
        or _UKRAINIAN_AFTER.match(folded, item.end, min(end, item.end + 40))
    )
