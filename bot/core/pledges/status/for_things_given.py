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
