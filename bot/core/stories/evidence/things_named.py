"""The kinds of thing an article's lead names (given or not), and a joint production deal
of one donor's firms with Ukraine's.
"""

from __future__ import annotations

import re

from bot.core.pledges.passes.entities import Entities
from bot.core.pledges.passes.records import as_ascii
from bot.core.pledges.quantities.numbers import fold_aligned
from bot.core.pledges.things.item_words import item_mentions
from bot.core.text import fold, sentences

# Making arms together, as wire copy tells a co-production deal (folded text): a word of
# togetherness and one of making in one sentence of the opening ("to build drones
# together", "gemeinsame Produktion von Abfangdrohnen", "la production conjointe",
# "produire des drones ensemble").
_TOGETHER = re.compile(r"\b(?:together|jointly|joint|co-?produc\w*|gemeinsam\w*|ensemble|conjointe?s?|communes?)\b")
_MAKING = re.compile(r"\b(?:produc\w*|build\w*|make|making|manufactur\w*|bauen|herstell\w*|fertig\w*|fabriqu\w*"
                     r"|fabrication)\b")


# What a joint production deal makes, by the stems the three languages share or compose
# (folded text: "Abfangdrohnen", "Artilleriegranaten", "obus de 155 mm"; not "obusiers").
_MADE_KINDS = {
    "drones": re.compile(r"dron|drohn"),
    "ammunition": re.compile(r"shell|obus(?!ier)|granat|munition|\bround"),
    "missiles": re.compile(r"missile|rakete|flugkorper"),
    "artillery": re.compile(r"howitzer|obusier|haubitze|\bcanons?\b|\bguns?\b"),
    "armour": re.compile(r"vehicle|blinde|fahrzeug|\btanks?\b|\bchars?\b|kampfpanzer"),
}


# Item words that name no kind of thing: a package, weapons in general, money (told by the
# amounts), a word that is training only next to trainees.
_NO_KIND_OF_THING = frozenset({"other", "funding", "training_weak"})


def things_named(lead: str, entities: Entities | None) -> frozenset[str]:
    """The kinds of thing `lead` names (bot.core.pledges.things.item_words: a system counts as
    its category), given or not: "Radargeräten" is equipment where the extraction reads no
    pledge of it."""
    if entities is None:
        return frozenset()
    folded = fold_aligned(lead)
    return frozenset(
        mention.category for mention in item_mentions(lead, folded, as_ascii(folded), entities)
        if mention.category and mention.category not in _NO_KIND_OF_THING
    )


def joint_ventures(title: str, opening: str, donors: set[str] | frozenset[str]) -> frozenset[str]:
    """"FI|drones" for "Finland and Ukraine sign deal to produce drones together": the one
    donor of a report whose headline or first sentence tells its firms and Ukraine's making
    arms together (`_TOGETHER`, `_MAKING`), with each kind of thing those sentences say are
    made (`_MADE_KINDS`; "FI|" when they name none). None when the report names several
    donors: whose deal it is would be a guess."""
    if len(donors) != 1:
        return frozenset()
    (donor,) = donors
    parts = [fold(part) for part in (title, *sentences(opening[len(title):].strip())[:1])]
    joint = [part for part in parts if _TOGETHER.search(part) and _MAKING.search(part)]
    if not joint:
        return frozenset()
    kinds = {kind for kind, pattern in _MADE_KINDS.items() if any(pattern.search(part) for part in joint)}
    return frozenset(f"{donor}|{kind}" for kind in kinds) or frozenset({f"{donor}|"})
