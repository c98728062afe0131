"""The contracts of an order told before, named again as a sentence's subject with no thing of
their own: "Die Verträge sollen noch vor Weihnachten unterschrieben werden", "The contracts are
due to be signed before Christmas", "Les contrats doivent être signés avant Noël". The order is
the earlier sentence's record, or none (a donor's own forces' purchase: review 61's Eurofighters
"für die Bundeswehr selbst"); the signing told after it is no making of its own. sentence_reading
reads no bare production record from such a cue.
"""

from __future__ import annotations

from bot.core.text.lazy_pattern import lazy

# (folded text, from the sentence's start to the cue) the contracts with a definite article or a
# demonstrative opening the sentence: "Die Verträge", "The contracts", "Les contrats", "Ces contrats"
_THE_CONTRACTS_OPEN = lazy(
    r"[\s\"'«„]*(?:the|these|those|die|diese|les|ces|le|ce|der|dieser|this|that)\s+(?:[\w-]+\s+)?"
    r"(?:contracts?|deals?|orders?|vertrage?|auftrage?|bestellung(?:en)?|contrats?|commandes?)\b"
)


def contracts_told_again(folded: str, sentence_start: int, cue_start: int) -> bool:
    """Whether the sentence opens on the contracts of an order told before, its bare production cue
    at or after them."""
    opening = _THE_CONTRACTS_OPEN.match(folded, sentence_start, max(cue_start, sentence_start) + 40)
    return opening is not None and opening.start() <= cue_start + 40
