"""The United States as the seller of a package other allies pay for under NATO's PURL
scheme (the Prioritised Ukraine Requirements List): the weapons are American, the money is
the payers'. "The United States supplies the weapons but does not pay for them", "The
missiles will come from US stocks" tell where the payers' purchase comes from, not a US
gift, so in such an article the US gives no record of a thing."""

from __future__ import annotations

from dataclasses import replace

from bot.core.models import Pledge
from bot.core.pledges.quantities.numbers import fold_aligned
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


# (folded evidence) a package told by what it holds: "a package that includes Patriot
# interceptors", "le paquet comprend des missiles", "Das Paket umfasst Abfangraketen"
_HOLDS = lazy(r"\b(?:includ\w*|compren\w*|compris\w*|comport\w*|umfass\w*|enthalt\w*|beinhalt\w*)\b")


def contents_at_the_payment_status(pledges: list[Pledge], folded: str) -> list[Pledge]:
    """The things a PURL package holds, told with no figure of their own, at the status of
    their payer's sum (the real set's P-EN-031: the payer's own records, the payment's
    status): "Finland will contribute $120 million to PURL, the scheme through which allies
    pay for weapons sent to Kyiv. The money will go towards a package that includes Patriot
    interceptors" is Finland's air defence pledged, not the delivered the sentence before
    told of the scheme."""
    if not _PURL.search(folded):
        return pledges
    paid_at = {p.donor: p.status for p in pledges if p.category == "funding" and p.value is not None}
    return [
        replace(p, status=paid_at[p.donor])
        if p.donor in paid_at and p.category != "funding" and p.quantity is None and p.value is None
        and p.status != paid_at[p.donor] and p.status == "delivered" and _HOLDS.search(fold_aligned(p.evidence))
        else p
        for p in pledges
    ]


RUNNER = "NATO"


def the_runner_s_things_to_the_payers(pledges: list[Pledge], folded: str) -> list[Pledge]:
    """NATO runs PURL and gives nothing of its own under it: a thing told with NATO as its
    only name ("Ces fonds serviront à acheter des missiles ..., a précisé l'Otan", NATO the
    speaker) and no figure of its own is what the payers' money buys, so each payer's
    record at its payment's status (the real set's P-EN-031)."""
    if not _PURL.search(folded):
        return pledges
    paid_at = {p.donor: p.status for p in pledges if p.category == "funding" and p.value is not None}
    if not paid_at or RUNNER in paid_at:
        return pledges
    kept = []
    for p in pledges:
        if p.donor == RUNNER and p.category != "funding" and p.quantity is None and p.value is None:
            kept.extend(replace(p, donor=payer, status=status, shared_with=()) for payer, status in paid_at.items())
        else:
            kept.append(p)
    return kept
