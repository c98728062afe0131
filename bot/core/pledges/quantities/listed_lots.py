"""Two lots of one kind in one sentence: "1,600 directional mines and 3,000 anti-tank mines",
"1 600 mines directionnelles et 3 000 mines antichars", "1600 Richtminen und 3000 Panzerabwehrminen",
or a measured lot beside a counted one: "3 million litres of diesel and 12,000 sets of body armour",
"80 tonnes de pièces détachées ... et 5 000 gilets pare-balles".

The real set labels one record per thing listed, whatever their category shares (two kinds of
mines, an IRIS-T beside a Patriot; docs/reading-pledges.md, round 55). Things named by a system
were kept apart by it already; the others were one record to restatements.dedupe, which kept the
larger count (or gave the count to the thing with a system). Told in one sentence by one giver at
one stage with two counts, or a count beside a measure (a measure is no count: the measured lot
has no figure), they are two lots, unless the sentence tells one as part of the other or a total
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
# (folded: a measure of mass or volume right before a thing, or opening its words: "litres of diesel",
# "80 tonnes de pieces detachees", "500 Tonnen Munition")
_MEASURE = r"(?:litres?|liters?|tonnes?|tons?|kilogrammes?|kilograms?|kg|barrels?|cubic met(?:re|er)s?|m3|tonnen|liter|kilogramm)"
_MEASURE_THEN_WORD = lazy(r"\b" + _MEASURE + r"\s+(?:of\s+|de\s+|d'|des\s+|an\s+)?([\w-]+)")
_MEASURE_OPENING = lazy(_MEASURE + r"\b")

MEASURED = -1  # (the lot's key when it is measured, not counted)


def listed_lots(pledges: Iterable[Pledge]) -> dict[int, int]:
    """The lot of each record (by id) that one sentence tells beside another lot of its giver, kind
    and stage: its count, or MEASURED. dedupe keeps each lot apart."""
    groups: dict[tuple[str, str, str, str], list[Pledge]] = {}
    for pledge in pledges:
        if pledge.evidence:
            groups.setdefault((pledge.donor, pledge.category, pledge.status, pledge.evidence), []).append(pledge)
    lots: dict[int, int] = {}
    folds: dict[str, str] = {}  # (each sentence folded once, however many givers it lists)
    for (_, _, _, evidence), members in groups.items():
        if len(members) < 2:
            continue
        counted = [p for p in members if p.quantity is not None]
        several_counts = len({p.quantity for p in counted}) > 1
        folded = folds.get(evidence) or folds.setdefault(evidence, fold(evidence))
        measured = _measured_lots(members, folded) if counted else []
        if not several_counts and not measured:
            continue
        if _ONE_LOT_TOLD_TWICE.search(folded):
            continue
        # (a thing named by its system is a lot of its own already: only those with none are keyed, and
        # they stand beside it: "18 Bohdana howitzers, 60 mortars")
        # (... unless two variants of one system each come with their count: "drei IRIS-T SLM und 10 IRIS-T
        # SLS-Startgeräte", "three IRIS-T SLM and 10 IRIS-T SLS launchers" are two lots; review 63)
        variants = _variants_counted_apart(counted)
        lots.update((id(p), p.quantity) for p in counted if p.system is None or p.system in variants)  # type: ignore[misc]
        lots.update((id(p), MEASURED) for p in measured if p.system is None)
    return lots


def _variants_counted_apart(counted: list[Pledge]) -> set[str]:
    """The systems that the counted records name by two different names with two different counts (the
    variants of one system listed apart)."""
    names: dict[str, set[tuple[str, int | None]]] = {}
    for pledge in counted:
        if pledge.system:
            names.setdefault(pledge.system, set()).add((fold(pledge.item), pledge.quantity))
    # (each told by the system's own name and a variant's word after it, "iris-t slm" and "iris-t sls": a word that
    # stands for the thing named before, "12 more", is the same lot told again)
    return {
        system for system, told in names.items()
        if len({item for item, _ in told}) > 1 and len({count for _, count in told}) > 1
        and len({item.split()[0] for item, _ in told if item}) == 1 and all(len(item.split()) > 1 for item, _ in told)
    }


def _measured_lots(members: list[Pledge], folded: str) -> list[Pledge]:
    """The uncounted records whose thing the sentence tells by a measure: in its own words ("litres of
    diesel") or right before them ("80 tonnes de pièces détachées": the word after the measure opens
    the thing's words). Read once a sentence: a sentence may list thousands of things."""
    after_a_measure = {m.group(1) for m in _MEASURE_THEN_WORD.finditer(folded)}
    if not after_a_measure:
        return []
    found = []
    for pledge in members:
        if pledge.quantity is not None:
            continue
        words = fold(pledge.item).split()
        if words and (_MEASURE_OPENING.match(words[0]) or words[0] in after_a_measure):
            found.append(pledge)
    return found
