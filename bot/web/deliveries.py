"""What each donor committed against what the news reported delivered, for the Totals
page. Pure.

From the store's pledge groups (SqliteStore.pledge_groups: records counted per donor,
category, status and currency): per donor and category, the commitment records (pledged,
delivered, ordered from industry: bot.core.pledges.listing.totals.COMMITMENT_STATUSES) and those
reported delivered, with their units; per donor and currency, the money of each. Counts and
money are never mixed, and no currency is converted.

"Delivered" is what articles the bot read reported as delivered: a delivery reported after
its pledge is two records (one pledged, one delivered), and a delivery no article reported
is missing, so the share can understate what arrived; the page says so.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from bot.core.pledges.listing.totals import COMMITMENT_STATUSES


@dataclass
class Split:
    """Committed and reported delivered, of one kind of thing (records, units, or money)."""

    committed: float = 0
    delivered: float = 0

    def share(self) -> float | None:
        """delivered / committed, None when nothing was committed."""
        return self.delivered / self.committed if self.committed else None


@dataclass
class DonorDeliveries:
    records: dict[str, Split] = field(default_factory=dict)  # category -> records
    units: dict[str, Split] = field(default_factory=dict)  # category -> units counted
    money: dict[str, Split] = field(default_factory=dict)  # currency -> sums

    @property
    def committed(self) -> int:
        return int(sum(split.committed for split in self.records.values()))


def deliveries(groups: Iterable[dict]) -> dict[str, DonorDeliveries]:
    """Donor -> its commitments and reported deliveries (commitments only; refusals and
    talks are no part of either). A donor's figures count a shared figure whole, as the
    donor totals do."""
    out: dict[str, DonorDeliveries] = {}
    for group in groups:
        status = group.get("status") or "pledged"
        if status not in COMMITMENT_STATUSES:
            continue
        delivered = status == "delivered"
        donor = out.setdefault(group.get("donor") or "?", DonorDeliveries())
        category = group.get("category") or "?"
        records = donor.records.setdefault(category, Split())
        units = donor.units.setdefault(category, Split())
        count, quantity = group.get("n", 1), group.get("quantity") or 0
        records.committed += count
        units.committed += quantity
        if delivered:
            records.delivered += count
            units.delivered += quantity
        currency, value = group.get("currency"), group.get("value") or 0
        if currency and value:
            money = donor.money.setdefault(currency, Split())
            money.committed += value
            if delivered:
                money.delivered += value
    return out


def percent(share: float | None, lang: str) -> str:
    """"42%" ("42 %" in French and German, as they write it); "–" when nothing was committed.
    Rounded down (99.6% delivered is not all of it), and "<1" rather than 0 when some was."""
    if share is None:
        return "–"
    whole = int(share * 100)
    text = "<1" if share > 0 and whole == 0 else str(whole)
    return f"{text}\u202f%" if lang in ("fr", "de") else f"{text}%"
