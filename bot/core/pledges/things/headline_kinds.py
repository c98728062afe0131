"""A headline's kind of thing that the body names within a system of another kind.

Headlines name things by their broad word ("une commande de missiles pour l'Ukraine", "Sweden orders
missiles for Kyiv") where the body names the system ("300 missiles sol-air Mistral", an air-defence
system): the same things, one record. A headline record with no figure whose kind is one the body's
record of the same giver and stage names in its own words ("missiles" in "missiles sol-air Mistral") is
that body record, told broadly; it is dropped. A headline kind the body does not name in any record stays.
"""

from __future__ import annotations

from collections.abc import Callable

from bot.core.models import Pledge


def without_kinds_the_body_names(
    title_pledges: list[Pledge], body_pledges: list[Pledge], categories_named: Callable[[str], frozenset[str]]
) -> list[Pledge]:
    if not title_pledges or not body_pledges:
        return title_pledges
    kept = []
    for told in title_pledges:
        # (a headline naming the system itself, "Hellfire sale", is no broad word: kept)
        if told.quantity is None and told.value is None and told.system is None and any(
            p.donor == told.donor and p.status == told.status and p.category != told.category
            and p.item and told.category in categories_named(p.item)
            for p in body_pledges
        ):
            continue
        kept.append(told)
    return kept
