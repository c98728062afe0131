"""Things given before, named as what the new things are for.

"spare parts for weapons already delivered", "Ersatzteile für bereits gelieferte Waffen",
"des pièces de rechange pour des armes déjà livrées": the participle tells that the
weapons were handed over earlier; the parts are what the sentence gives, with the status
its own verb or package tells. status_cues.find_status_cues drops such a delivery cue.
"""

from __future__ import annotations

from bot.core.text.lazy_pattern import lazy

# (folded text, the words right before the participle: "for", an optional article, at most
# two words of the things, and the adverb that places their giving in the past. Without the
# adverb "ammunition for Ukraine delivered by rail" is a delivery of the ammunition.)
FOR_THINGS_GIVEN_BEFORE = lazy(
    r"\b(?:for|pour|fur) (?:the |these |those |its |their |les |des |ces |ses |leurs |d'|die |den |der |diese |"
    r"ihre |seine )?(?:[\w'/-]+ ){0,2}(?:already|previously|earlier|deja|bereits|schon|zuvor) $"
)
# (folded text) a German participle without its adjective ending closes a perfect: "hat die zugesagten
# Ersatzteile für die Panzer bereits geliefert" delivers the parts; "für bereits gelieferte Waffen" describes
_GERMAN_BARE_PARTICIPLE = lazy(
    r"(?:\w*geliefert|ubergeben|uberlassen|bereitgestellt|gespendet|abgegeben|geschickt|uberstellt)"
)


def given_before_for(folded: str, start: int, cue_start: int, cue_end: int) -> bool:
    """Whether the delivery cue is a participle describing the things the new ones are for
    (FOR_THINGS_GIVEN_BEFORE), not the perfect that delivers them."""
    if _GERMAN_BARE_PARTICIPLE.fullmatch(folded, cue_start, cue_end):
        return False
    return bool(FOR_THINGS_GIVEN_BEFORE.search(folded, max(start, cue_start - 48), cue_start))
