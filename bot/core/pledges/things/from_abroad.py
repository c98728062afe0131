"""Things the recipient received "from abroad" name no giver: "Insgesamt habe die Ukraine in diesem Jahr
mehr als 300 Kampf- und Schützenpanzer aus dem Ausland erhalten", "Ukraine has received more than 300
tanks from abroad this year", "plus de 300 chars reçus de l'étranger". A total of everyone's giving is
background to the news, never the record of a donor named elsewhere in the article (the rulings' running
totals, round 52)."""

from __future__ import annotations

from bot.core.pledges.passes.records import Item, Mention
from bot.core.text.lazy_pattern import lazy

# (folded text, right after the things: a few words, then the source "abroad")
_FROM_ABROAD_AFTER = lazy(
    r"(?:\s+[\w'-]+){0,4}?\s+(?:aus dem ausland|vom ausland|from abroad|from overseas|de l'etranger|"
    r"en provenance de l'etranger|venus? de l'etranger|venues? de l'etranger)\b"
)


def received_from_abroad(folded: str, end: int, item: Item | Mention) -> bool:
    """Whether the things come "from abroad", no giver named."""
    return _FROM_ABROAD_AFTER.match(folded, item.end, min(end, item.end + 70)) is not None
