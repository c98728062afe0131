"""A plant built in Ukraine, told in three steps: the order to build it ("hat den Bau eines
Munitionswerks in der Ukraine in Auftrag gegeben", "commissioned an ammunition plant in Ukraine"),
its output ("Das Werk soll jährlich bis zu 150.000 Granaten fertigen", "The plant will make up to
150,000 shells a year") and the building's sum ("der Bund finanziert den Bau mit 400 Mio. Euro",
"Germany pays for its construction with €400 million").

It is one making (category production, its capacity the count, as the real set labels a plant and
review 64 the licensed shell plant): the order of the plant, read as the making of its kind of
things with no figure, and the building's sum, read as a funding, are that plant's, no records of
their own. The sum stays on the making as its worth."""

from __future__ import annotations

import re
from dataclasses import replace

from bot.core.models import Pledge

# (evidence) a plant ordered or built: "den Bau eines Munitionswerks", "build an ammunition plant",
# "la construction d'une usine d'obus"; the plant word may end a German compound ("Munitionswerk")
_PLANT_BUILT = re.compile(
    r"\b(?:bau|aufbau|errichtung|build(?:s|ing)?|construction|construire|construit|set up)\b"
    r"\W+(?:\w+\W+){0,3}?\w*(?:werk|werks|fabrik|plant|factory|usine)s?\b",
    re.IGNORECASE,
)
# (evidence) the building paid for, told by its noun: "finanziert den Bau", "funds the construction",
# "finance la construction", "pays for its construction"
_BUILDING_PAID = re.compile(
    r"\b(?:finanzier\w*|bezahl\w*|fund(?:s|ed|ing)?|financ\w*|pa(?:ys|id|y) for|paie\w*)\s+"
    r"(?:den|the|its|la|sa|dessen|deren)\s+(?:bau|aufbau|construction|building)\b",
    re.IGNORECASE,
)


def the_plant_s_building_on_its_making(body: list[Pledge]) -> list[Pledge]:
    """The body's records with a plant's order and building sum folded into the plant's making:
    only where the body reads that making (category production) for the same giver."""
    making = [p for p in body if p.category == "production" and p.status == "production"]
    if not making:
        return body
    makers = {p.donor for p in making}
    read: list[Pledge] = []
    building_sums: dict[str, Pledge] = {}
    for p in body:
        if p.donor in makers and p.status == "production" and p.category != "production" and (
            p.quantity is None and p.value is None and _PLANT_BUILT.search(p.evidence)
        ):
            continue  # the plant's order, read as the making of its kind of things
        if p.donor in makers and p.category == "funding" and p.value is not None and _BUILDING_PAID.search(p.evidence):
            building_sums.setdefault(p.donor, p)
            continue  # the building's sum: the making's worth
        read.append(p)
    worth_set: set[str] = set()
    for i, p in enumerate(read):
        paid = building_sums.get(p.donor)
        if paid and p in making and p.value is None and p.donor not in worth_set:
            read[i] = replace(p, value=paid.value, currency=paid.currency)
            worth_set.add(p.donor)
    return read
