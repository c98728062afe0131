"""What a fund buys, told in a sentence of its own that opens on the fund: "Aus dem Fonds wird
nicht-tödliche Ausrüstung bezahlt, etwa Geräte zur Drohnenabwehr", "The fund pays for fuel and
counter-drone equipment", "Le fonds finance du carburant et des brouilleurs". The sentence
describes the fund; the payer told before (who paid into it) gives its money, not these things.
given_items asks here for each thing, as it asks _BOUGHT_BY_A_FUND_BEFORE of a relative clause
("..., which buys fuel").
"""

from __future__ import annotations

from bot.core.pledges.passes.records import Item
from bot.core.text.lazy_pattern import lazy

# (folded text, from the sentence's start) the fund as what opens the sentence: "Aus dem Fonds",
# "The fund", "This trust fund", "Le fonds", "Ce fonds", "Der Fonds", "Mit dem Geld des Fonds"
_OPENS_ON_THE_FUND = lazy(
    r"[\s\"'«„]*(?:(?:aus|mit|uber) (?:dem|diesem) (?:[\w-]+ )?(?:\w*fonds|topf)|(?:der|dieser) (?:[\w-]+ )?\w*fonds|"
    r"(?:the|this) (?:[\w'-]+ ){0,2}?(?:fund|trust fund)|(?:le|ce) (?:[\w'-]+ )?fonds)\b"
)
# (folded text, between the fund and the thing) the fund paying or buying in the general present
_PAYS_BETWEEN = lazy(
    r"\b(?:bezahlt|finanziert|gekauft|beschafft|kauft|pays? for|buys|finances|funds|purchases|finance|achete|paie)\b"
)
_FUTURE_OR_PAST = lazy(r"\b(?:will|would|has|have|had|soll|sollen|wurde|wurden|sera|seront|a|ont|va|vont)\b")


def described_as_a_funds_purchase(folded: str, start: int, item: Item) -> bool:
    """Whether the item is a thing a fund buys, told in the general present by a sentence that
    opens on the fund: no giving of the payer's (a fund's purchase told as news, "the fund will
    buy 1,000 drones", keeps its reading)."""
    opening = _OPENS_ON_THE_FUND.match(folded, start, item.start)
    if opening is None:
        return False
    return bool(
        _PAYS_BETWEEN.search(folded, opening.end(), item.start) or _PAYS_BETWEEN.search(folded, item.end, item.end + 40)
    ) and not _FUTURE_OR_PAST.search(folded, opening.end(), item.start)


def a_fund_paying_in_general(folded: str, start: int, cue_start: int) -> bool:
    """Whether a paying cue is the fund's own, told in the general present by a sentence that
    opens on the fund ("Le fonds finance des équipements non létaux"): no funding of the payer's."""
    opening = _OPENS_ON_THE_FUND.match(folded, start, cue_start)
    return opening is not None and not _FUTURE_OR_PAST.search(folded, opening.end(), cue_start)
