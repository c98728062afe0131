"""Things a fund or a donor pays for in another region, told after that region: "also finances
missions in Africa, such as training soldiers in Mozambique", "finanziert neben der Ukraine-Hilfe
auch Einsätze in Afrika, etwa die Ausbildung von Soldaten in Mosambik", "finance aussi des
missions au Sahel, comme la formation de soldats".

Wire copy about the European Peace Facility (and other funds) names its other regions in
passing; the countries it then names (Mozambique, Somalia, Niger) are on no entity list, so the
region is the one word that says whose the things are. A thing told after a region, with no
Ukraine named from the region on, goes there: no record of Ukraine's (destinations.py asks).
"""

from __future__ import annotations

from bot.core.pledges.passes.records import Item
from bot.core.pledges.passes.sentence import Parties, Sentence
from bot.core.text.lazy_pattern import lazy

# (folded text) Regions where wire copy places a fund's other missions, as a place after "in",
# "en", "au" or "im": Africa, the Sahel, the Middle East, the Western Balkans.
_ANOTHER_REGION = lazy(
    r"\b(?:in|en|au|im|to|nach)\s+(?:the\s+)?(?:"
    r"africa|afrique|afrika|sahel|middle east|moyen-orient|nahen osten|nahost|"
    r"(?:western\s+)?balkans|(?:westlichen\s+)?balkan|balkans occidentaux)\b"
)


def goes_to_another_region(sentence: Sentence, item: Item, parties: Parties) -> bool:
    """Whether the item is told after another region's name in its sentence, with Ukraine named
    nowhere from that region on ("Einsätze in Afrika, etwa die Ausbildung von Soldaten")."""
    region = _ANOTHER_REGION.search(sentence.folded, sentence.start, item.start)
    if region is None:
        return False
    return not any(s >= region.start() for _, s, _ in parties.ukraine)
