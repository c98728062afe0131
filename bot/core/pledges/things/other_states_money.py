"""Money named as another state's, paying for the things of its clause: "The Taiwan money will
fund training and weapons for the island's forces", "L'enveloppe destinée à Taïwan financera la
formation", "Das Geld für Taiwan soll Ausbildung und Waffen bezahlen". A bill with several
recipients tells each one's share so; the things are that state's, no record of the donor's aid
to Ukraine. destinations.not_aid_to_ukraine asks here for each item.
"""

from __future__ import annotations

from bot.core.pledges.passes.records import Item
from bot.core.pledges.passes.sentence import Parties, Sentence
from bot.core.text.lazy_pattern import lazy

# (folded text, right after the state's name) the money named by its state: "the Taiwan money",
# "Israel's share", "Taiwans Anteil"
_MONEY_AFTER_THE_STATE = lazy(r"(?:'s|s)?\s+(?:money|funds|funding|share|portion|allocation|anteil|geld)\b")
# (folded text, right before the state's name) the money for the state: "the money for Taiwan",
# "l'enveloppe destinée à Taïwan", "la part de Taïwan", "das Geld für Taiwan", "die Mittel für Israel"
_MONEY_FOR_THE_STATE_BEFORE = lazy(
    r"\b(?:money|funds|funding|share|portion|argent|enveloppe|fonds|part|credits|geld|mittel|anteil|summe)\s+"
    r"(?:(?:destinee?s?|prevue?s?|reservee?s?|allouee?s?|vorgesehenen?)\s+)?(?:for|to|a|au|pour|de|du|fur)\s+"
    r"(?:the\s+|la\s+|le\s+|l'|die\s+|den\s+)?$"
)
_CLAUSE_MARK = lazy(r"[;:]|,\s+(?:and|but|while|et|mais|tandis|und|aber|wahrend)\b|\.\s")


def paid_by_another_states_money(sentence: Sentence, item: Item, parties: Parties) -> bool:
    """Whether the item's clause opens on money named as another state's (Taiwan's, Israel's),
    before the item and with no clause mark between: the thing is that state's."""
    folded = sentence.folded
    for _, s, e in parties.others:
        if not sentence.start <= s < item.start or item.start - e > 120:
            continue
        named = _MONEY_AFTER_THE_STATE.match(folded, e) or _MONEY_FOR_THE_STATE_BEFORE.search(
            folded, max(sentence.start, s - 40), s
        )
        if named and not _CLAUSE_MARK.search(folded, e, item.start):
            return True
    return False
