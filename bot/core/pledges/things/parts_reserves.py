"""Spare parts a fleet's remainder is kept as: "les sept autres appareils devant servir de réserve de pièces
détachées", "the remaining four will serve as a source of spare parts", "die übrigen sollen als Reserve für
Ersatzteile dienen". The parts are what the other aircraft are good for, told beside the ones given: no spare
parts given of their own (review 63; spare parts given, "10 jets and spare parts", "sowie Ersatzteile", stay
things given, the ruling of stop 48). Pure."""

from __future__ import annotations

from bot.core.pledges.passes.records import Item
from bot.core.text.lazy_pattern import lazy

# (folded text, right before the spare parts) serving as a reserve or source of them.
_RESERVE_OF_BEFORE = lazy(
    r"\b(?:serv\w*|used|kept|utilises?|utilisees?|gardes?|gardees?|conserves?|conservees?|dienen|dient|genutzt|"
    r"verwendet|behalten)\s+(?:de|d'|comme|as|for|als|zur|zum)\s+(?:une?\s+|a\s+|eine?\s+)?"
    r"(?:reserves?|sources?|stocks?|banques?|pools?|supply|reservoirs?|reserve|quelle|lager|vorrat)\s+"
    r"(?:de|d'|of|fur|an|von)\s+$"
)

# (folded text, right after a fleet's remainder) ... the remainder itself: "les sept autres appareils devant servir
# de réserve de pièces détachées", "the other four will serve as a source of spare parts".
_SERVING_AS_RESERVE_AFTER = lazy(
    r"\s+(?:(?:devant|doivent|devront|vont|will|would|are to|should|sollen|werden)\s+)?"
    r"(?:servir|serviront|serve|dienen|be used|be kept|etre utilises|genutzt werden)\s+(?:de|comme|as|for|als)\s+"
    r"(?:une?\s+|a\s+|eine?\s+)?(?:reserves?|sources?|stocks?|banques?|pools?|spare parts|pieces|ersatzteil\w*)"
)
_REMAINDER = r"\b(?:les|le|the|die|der)\s+(?:[\w-]+\s+)?(?:autres|other|remaining|rest|reste|restlichen|ubrigen)\s+"
_REMAINDER_BEFORE = lazy(_REMAINDER + "$")
# (folded item text: the remainder read as one thing with its count, "the other four")
_REMAINDER_INSIDE = lazy(_REMAINDER)
# (folded text, right before the spare parts) the remainder serving as them: "the remaining four will serve as
# spare parts", "die übrigen vier dienen als Ersatzteilspender", "les quatre autres serviront de pièces détachées"
_REMAINDER_SERVING_AS_BEFORE = lazy(
    _REMAINDER + r"(?:[\w-]+\s+){0,2}?(?:(?:devant|doivent|devront|vont|will|would|are to|should|sollen|werden)\s+)?"
    r"(?:servir|serviront|servent|serve|serves|dienen|dient|be used|be kept|etre utilises|genutzt werden)\s+"
    r"(?:de|d'|comme|as|for|als)\s*(?:une?\s+|a\s+|eine?\s+)?$"
)


def a_parts_reserve(folded: str, sentence_start: int, item: Item) -> bool:
    """Whether the item is the spare parts a remainder serves as ("servir de réserve de pièces détachées"), or the
    remainder itself ("les quatre autres appareils devant servir de réserve")."""
    if _RESERVE_OF_BEFORE.search(folded, max(sentence_start, item.start - 60), item.start) is not None:
        return True
    if _REMAINDER_SERVING_AS_BEFORE.search(folded, max(sentence_start, item.start - 90), item.start) is not None:
        return True
    # ("les sept autres appareils devant servir de réserve": the remainder kept for parts, no aircraft given)
    return (
        _SERVING_AS_RESERVE_AFTER.match(folded, item.end) is not None
        and (
            _REMAINDER_BEFORE.search(folded, max(sentence_start, item.start - 30), item.start) is not None
            # ("the other four will serve as a source of spare parts": the remainder read with its count)
            or _REMAINDER_INSIDE.match(folded, item.start, item.end) is not None
        )
    )
