"""The list's orders by donor, category or status, by the names the page shows. Pure.

The store keeps codes ("DE", "air_defence", "delivered") and its indexes give the rows in the
codes' order; a reader sorting by donor reads names in the page's language ("Allemagne",
"Deutschland", "Germany") and expects them in alphabetical order, "États-Unis" among the E's.
So the order of the codes is worked out here from their names, and a page is read as slices
of consecutive rows of one code each (`page_slices`), each slice off the store's index for
that code: the order costs no sort of every matching row.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import TypeVar
from dataclasses import dataclass

from bot.core.pledges.listing.words import category_words, donor_name, status_words
from bot.core.text import fold

# The sorts whose column shows a name for a code, and that name in a language.
SHOWN_NAMES: dict[str, Callable[[str, str], str]] = {
    "donor": donor_name,
    "category": category_words,
    "status": status_words,
}


def reading_key(name: str) -> tuple[str, str, str]:
    """The key a name sorts by as a reader of English, French or German expects: letters
    without their accents and case first ("États-Unis" between "Estonie" and "Finlande",
    "Österreich" among the O's as German dictionaries file it, "œ" as "oe"), then the
    case-folded name, then the name itself, so that no two names tie."""
    return fold(name), name.casefold(), name


def shown_sequence(codes: Iterable[str], sort: str, lang: str) -> list[str]:
    """`codes` in the order of the names `sort`'s column shows for them in `lang` (then by
    code: two codes one name, such as an unknown code shown as itself, keep one order)."""
    name = SHOWN_NAMES[sort]
    return sorted(codes, key=lambda code: (reading_key(name(code, lang)), code))


T = TypeVar("T")


def most_first(items: Iterable[tuple[str, T]], amount: Callable[[T], float], kind: str,
               lang: str) -> list[tuple[str, T]]:
    """(code, value) pairs, the largest `amount` first and equal amounts by the names `kind`'s
    column shows for their codes in `lang` ("donor", "category", "status"): the Totals ordered
    ties by code, so a French page read "Allemagne" after "Danemark" (DE after DK) and "Suède"
    before "Espagne"."""
    name = SHOWN_NAMES[kind]
    return sorted(items, key=lambda pair: (-amount(pair[1]), reading_key(name(pair[0], lang)), pair[0]))


def counted_most_first(counts: Mapping[str, int], kind: str, lang: str) -> Sequence[tuple[str, int]]:
    """`counts` (code -> count) largest first, ties by the names shown (most_first)."""
    return most_first(counts.items(), lambda count: count, kind, lang)


@dataclass(frozen=True)
class Slice:
    """`count` rows of the code `code`, from its `offset`-th row (in the store's order
    within one code: newest first)."""
    code: str
    offset: int
    count: int


def page_slices(counts: Mapping[str, int], sort: str, lang: str, offset: int, limit: int | None) -> list[Slice]:
    """The slices that make the rows `offset` to `offset + limit` (every row after `offset`
    when `limit` is None) of the list sorted by the names shown, given how many rows each
    code has (`counts`)."""
    slices: list[Slice] = []
    start = 0  # the row of the whole list where the current code's rows begin
    end = None if limit is None else offset + limit
    for code in shown_sequence((c for c, n in counts.items() if n > 0), sort, lang):
        rows = counts[code]
        first, last = max(offset, start), start + rows if end is None else min(end, start + rows)
        if first < last:
            slices.append(Slice(code, first - start, last - first))
        start += rows
        if end is not None and start >= end:
            break
    return slices
