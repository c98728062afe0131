"""Weapons refused by a donor that gives only kit that is no weapon: the refusal stays.

"Vienne ne livrera pas d'armes à l'Ukraine ... L'Autriche versera en revanche 3 millions d'euros pour des
équipements de déminage", "Irish neutrality rules out supplying lethal weapons" beside "€20m for
non-lethal equipment such as body armour, helmets and demining kits": a neutral's refusal of arms told
beside what it gives instead (review 62). The general word "weapons" gives way elsewhere to the precise
things a donor gives (restatements.one_reading: "weapons" as the umbrella of the howitzers named); kit that
is no weapon (equipment: demining kits, helmets, body armour; training) is no thing the refused weapons stand
for, so the refusal is kept beside it.
"""

from __future__ import annotations

from collections.abc import Iterable

from bot.core.models import Pledge
from bot.core.text import fold
from bot.core.text.lazy_pattern import lazy

# The refused thing is weapons in general (folded item).
_WEAPONS_IN_GENERAL = lazy(
    r"(?:(?:lethal |letales? |tödliche |todliche |heavy |lourdes? |schwere )?"
    r"(?:weapons?|arms|armes?|armements?|waffen\w*|rustungsguter|kriegsmaterial)|lethal aid|aide letale)"
)
# Categories of what is no weapon: kit (recorded as "other" in the end), training.
_NO_WEAPON = frozenset({"equipment", "training", "other", "funding"})


def donors_giving_only_kit(pledges: Iterable[Pledge]) -> set[str]:
    """The donors that promise or deliver something, and no weapon (only kit, training or money)."""
    pledges = list(pledges)
    giving = {p.donor for p in pledges if p.status in ("pledged", "delivered")}
    return giving - {p.donor for p in pledges if p.status in ("pledged", "delivered") and p.category not in _NO_WEAPON}


def weapons_refused_beside_kit(pledge: Pledge, giving_only_kit: set[str]) -> bool:
    """Whether the record refuses weapons in general and its donor gives only kit that is no weapon
    (a headline's "Irland liefert keine Waffen" over the body's tanks and missiles refused stays their umbrella)."""
    return (
        pledge.status == "refused" and pledge.donor in giving_only_kit
        and _WEAPONS_IN_GENERAL.fullmatch(fold(pledge.item.strip())) is not None
    )
