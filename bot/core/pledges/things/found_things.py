"""Things found, not given: what investigators, police or soldiers found or seized ("after investigators found
explosives under a rail line", "après la découverte d'explosifs", "les enquêteurs ont trouvé des explosifs",
"nachdem Ermittler Sprengstoff unter einer Bahnlinie gefunden hatten") is evidence of sabotage or a
crime told beside the aid news, never aid."""

from __future__ import annotations

from bot.core.pledges.passes.records import Item, Mention
from bot.core.text.lazy_pattern import lazy

# (folded text, right before the thing: the verb of finding, or its noun, and at most one word)
_FOUND_BEFORE = lazy(
    r"\b(?:found|find|finds|discovered|discover|uncovered|seized|seize|seizes|confiscated|"
    r"trouve|trouvent|trouves?|decouvert|decouvre|decouvrent|saisi|saisie|saisies|"
    r"(?:la |the )?(?:decouverte|discovery|entdeckung) (?:d'|de |des |du |of )?)\s*"
    r"(?:(?:des|de|d'|du|les|an|some|the|a)\s*)?$"
)
# (folded text, right after the thing, German verb-last: "Sprengstoff unter einer Bahnlinie gefunden")
_FOUND_AFTER = lazy(
    r"(?:\s+[\w-]+){0,4}?\s+(?:gefunden|entdeckt|sichergestellt|beschlagnahmt|gefunden worden)\b"
)


def found_not_given(folded: str, start: int, end: int, item: Item | Mention) -> bool:
    """Whether the item is something found or seized, not given."""
    return bool(
        _FOUND_BEFORE.search(folded, max(start, item.start - 40), item.start)
        or _FOUND_AFTER.match(folded, item.end, min(end, item.end + 60))
    )
