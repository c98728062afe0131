"""The United States as the seller of a package other allies pay for under NATO's PURL
scheme (the Prioritised Ukraine Requirements List): the weapons are American, the money is
the payers'. "The United States supplies the weapons but does not pay for them", "The
missiles will come from US stocks" tell where the payers' purchase comes from, not a US
gift, so in such an article the US gives no record of a thing."""

from __future__ import annotations

from bot.core.models import Pledge
from bot.core.text.lazy_pattern import lazy

# (folded text) the scheme by its short name or in full ("Priority Ukraine Requirements List")
_PURL = lazy(r"\b(?:purl|priori\w* ukraine requirements? list)\b")

SELLER = "US"


def without_the_seller(pledges: list[Pledge], folded: str) -> list[Pledge]:
    """The records without the US's things where the article names PURL and another donor
    pays a sum (the payer whose purchase the US sells). A US sum is kept: money the US
    pays is its own (no PURL payer, as the scheme is built, but a round-up may tell one)."""
    if not any(p.donor != SELLER and p.value is not None for p in pledges) or not _PURL.search(folded):
        return pledges
    return [p for p in pledges if p.donor != SELLER or p.value is not None]
