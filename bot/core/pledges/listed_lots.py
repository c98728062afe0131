"""Two counted lots of one kind in one sentence: "1,600 directional mines and 3,000 anti-tank mines",
"1 600 mines directionnelles et 3 000 mines antichars", "1600 Richtminen und 3000 Panzerabwehrminen".

The real set labels one record per thing listed, whatever their category shares (two kinds of
mines, an IRIS-T beside a Patriot; docs/reading-pledges.md, round 55). Things named by a system
were kept apart by it already; things with no system of their own were one record to
restatements.dedupe, which kept the larger count. Told in one sentence by one giver at one stage
with two counts, they are two lots, unless the sentence tells one as part of the other or a total
("30 vehicles, including 10 carriers", "from 20 to 30 tanks", "insgesamt"), which stays one.
"""

from __future__ import annotations

from collections.abc import Iterable

from bot.core.models import Pledge
from bot.core.text import fold
from bot.core.text.lazy_pattern import lazy

# (folded sentence: a share of a whole, a total or a count changed, which tell one lot twice)
_ONE_LOT_TOLD_TWICE = lazy(
    r"\b(?:including|includes|included|among them|of which|of them|of these|in total|in all|total|totals?|altogether|"
    r"bringing|raising|rising|increas\w*|up from|down from|from \S+ to|"
    r"dont|parmi|au total|en tout|soit|portant|passant|de \S+ a|"
    r"darunter|davon|insgesamt|gesamt\w*|von \S+ auf|auf insgesamt|erhoht|bis zu|statt|instead|au lieu)\b"
)


def listed_lots(pledges: Iterable[Pledge]) -> set[int]:
    """The ids of counted records with no system that one sentence tells beside another lot of
    their giver, kind and stage with another count: dedupe keeps each apart by its count."""
    groups: dict[tuple[str, str, str, str], list[Pledge]] = {}
    for pledge in pledges:
        if pledge.system is None and pledge.quantity is not None and pledge.evidence:
            groups.setdefault((pledge.donor, pledge.category, pledge.status, pledge.evidence), []).append(pledge)
    apart: set[int] = set()
    for (_, _, _, evidence), members in groups.items():
        if len({p.quantity for p in members}) < 2:
            continue
        if _ONE_LOT_TOLD_TWICE.search(fold(evidence)):
            continue
        apart.update(id(p) for p in members)
    return apart
