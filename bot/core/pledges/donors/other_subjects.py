"""A state that gives nothing to Ukraine as the subject of the item's clause, its giver named
only after it: "Les Émirats arabes unis ont confirmé la commande de 12 avions Rafale, et la Grèce
a reçu une frégate", "The UAE ordered 12 Rafale jets and Greece took its third frigate", "Die
Emirate bestellten zwölf Rafale, Griechenland erhielt eine Fregatte": the jets are the Emirates'
order, and the donor of the next clause (found as the sentence's only donor) gives nothing by
them. item_givers.giver_of_an_item asks here once a giver is found.
"""

from __future__ import annotations

from bot.core.pledges.passes.records import Cue, Item
from bot.core.pledges.passes.sentence import Parties
from bot.core.text.lazy_pattern import lazy

# (folded text) what may stand before the state as its clause opens: a clause mark and a
# conjunction, then an article (or the article alone at the sentence's start)
_OPENS_A_CLAUSE_BEFORE = lazy(
    r"[,;:]\s*(?:(?:and|et|und|but|mais|aber|while|whereas|tandis que|alors que|wahrend)\s+)?"
    r"(?:(?:the|le|la|les|die|der|das)\s+|l')?$"
)
_ARTICLE_ALONE = lazy(r"\s*(?:(?:the|le|la|les|die|der|das)\s+|l')?")
# (folded text, from the state to the item) no clause mark between: the state's own clause
# ("Russia struck Kharkiv, and 12 tanks Germany sends" would be another clause)
_CLAUSE_BREAK = lazy(r"[,;:]")


def another_state_before_its_giver(
    folded: str, sentence_start: int, cue: Cue, item: Item, parties: Parties, giver: tuple[str, ...]
) -> bool:
    """Whether a state that never gives to Ukraine opens the clause of the item and its cue, and
    the giver found is named only after the item: the thing is that state's, no one's aid."""
    if not parties.others:
        return False
    anchor = min(cue.start, item.start)
    if any(code in giver and s < item.end for code, s, _ in parties.donors):
        return False  # the giver is named before the item: its own clause tells who acts
    if any(code in giver and cue.start <= s < cue.end for code, s, _ in parties.donors):
        # the giver is named inside the cue that holds the item: "The Kremlin said a new $300 million U.S.
        # package of air defence missiles would prolong the war" (the package's sum before its giver's
        # name); the package is the giver's, the state reacting to it only speaks
        return False
    for _, s, e in parties.others:
        if (
            e <= anchor
            and (
                _ARTICLE_ALONE.fullmatch(folded, sentence_start, s)
                or _OPENS_A_CLAUSE_BEFORE.search(folded, max(sentence_start, s - 24), s)
            )
            and not _CLAUSE_BREAK.search(folded, e, anchor)
        ):
            return True
    return False
