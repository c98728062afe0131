"""The things a donor pays for, told as a coordinated list: "has paid for 18 howitzers, 40
mortars and 200 drones built by Ukrainian factories", "finanziert 18 Haubitzen und 200
Drohnen, die in der Ukraine gebaut werden", "a payé 36 de ces canons et 200 de ces drones".

Wire copy tells where the things are made once, after the list's last thing, and the
paying verb before its first: the making is told of every thing of the list (the Danish
model, docs/reading-pledges.md). A list goes on while only a separator, an article, a count,
a partitive ("of the", "de ces") and one word of description stand between two things: a verb
between ("and will also send 10 tanks") opens a clause of its own, whose things keep their
own status.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from bot.core.text.lazy_pattern import lazy


class _Span(Protocol):
    start: int
    end: int


# (folded text) Paying for things, in any tense: "paid for", "will pay for", "finance",
# "financed", "a payé", "finanziert", "bezahlt", "mitzufinanzieren".
PAYING = lazy(
    r"\b(?:pa(?:y|ys|ying|id) for|financ\w*|fund(?:s|ed|ing)?|pai(?:e|ent|era|eront)|paye\w*|"
    # (German's separable "mit", with "zu" inside: "mitzufinanzieren", "mitbezahlen")
    r"(?:mit)?(?:zu)?finanzier\w*|(?:mit)?(?:zu)?bezahl\w*)\b"
)

# (folded text) What may stand between two things of one list: a separator, then an article, a
# count, a partitive and one word of description ("and 200 long-range drones", ", 40 mortars",
# "et 200 de ces drones", "und 200 der Drohnen").
_LIST_GAP = lazy(
    r"\s*(?:,\s*(?:(?:and|et|und|sowie)\s+)?|(?:and|et|und|sowie|as well as|ainsi que|plus)\s+)"
    r"(?:(?:the|des|les|de|du|der|die|den)\s+|d')?(?:\d[\d.,]*\s+)?"
    r"(?:(?:of the|of these|de ces|d'entre eux|der|dieser)\s+)?(?:[\w-]+\s+)?"
)


# (a list of things paid for and made in Ukraine names a few kinds: walking further gains nothing and
# would make a sentence of thousands of listed things quadratic)
_LONGEST_LIST = 12


def list_after(folded: str, item: _Span, things: Sequence[_Span]) -> list[_Span]:
    """The things told after `item` in the same coordinated list, in their order (`things` in
    the order of the text): each joined to the one before it by a list's separator alone
    (_LIST_GAP), _LONGEST_LIST at most."""
    at = _first_from(things, item.end)
    chain: list[_Span] = []
    last_end = item.end
    for thing in things[at:]:
        if len(chain) >= _LONGEST_LIST:
            break
        if thing.start < last_end:
            continue  # (a name inside a thing already counted: "Bohdana" in "Bohdana howitzers")
        if not _LIST_GAP.fullmatch(folded, last_end, thing.start):
            break
        chain.append(thing)
        last_end = thing.end
    return chain


def _first_from(things: Sequence[_Span], position: int) -> int:
    """The index of the first thing starting at `position` or later (binary search: `things` in order)."""
    low, high = 0, len(things)
    while low < high:
        middle = (low + high) // 2
        if things[middle].start < position:
            low = middle + 1
        else:
            high = middle
    return low


def pays_for_things(folded: str, start: int, end: int) -> bool:
    """Whether the sentence folded[start:end] tells a paying for things: before them, or
    after them as German puts its verb last ("hat 18 Haubitzen und 200 Drohnen bezahlt")."""
    return PAYING.search(folded, start, end) is not None
