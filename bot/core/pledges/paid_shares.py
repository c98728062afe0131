"""A share of a promised sum paid out: "a third of the 1.2 billion euros has been paid out",
"la moitié des 500 millions a été versée", "ein Drittel der 300 Millionen Euro ist ausgezahlt".

The lead's ruling on shares of a count (docs/reading-pledges.md, fix57a: "has delivered half of
the 40 tanks it promised" is a delivery with no figure beside the promise of all 40) holds for
money too: the part paid is a payment whose sum the text does not state (the real set counts only
figures stated), and the whole stays the promise with its sum, the rest still to come. Without
this, the sentence's one verb gave the whole sum to the payment or left no payment at all.
item_records.py asks here for each item: a funding record of the sum itself, or a thing whose
value the sum is ("... for air defence", items.items_paid_for).
"""

from __future__ import annotations

from bot.core.pledges.items import SHARE_WORDS
from bot.core.pledges.numbers import find_money
from bot.core.pledges.records import Item
from bot.core.pledges.sentence import Sentence
from bot.core.text.lazy_pattern import lazy

# A fraction of the sum right before it (folded text): "a third of the", "half of its", "la moitie
# des", "un tiers de ses", "ein Drittel der", "die Halfte der" (one word may qualify the sum: "of the
# promised", "des fameux").
_SHARE_OF = (
    r"\b" + SHARE_WORDS + r"\s+(?:of\s+(?:the|its|their)|des|de\s+(?:ses|leurs|ces)|der|von\s+den|seiner|ihrer)\s+"
    r"(?:[\w-]+\s+)?"
)
_SHARE_OF_BEFORE = lazy(_SHARE_OF + "$")

# (... told anywhere in the sentence, the sum's currency sign or its number next)
_SHARE_THEN_DIGIT = lazy(_SHARE_OF + r"(?:[$€£]\s?)?\d")

# The share paid (folded text): the past of paying out, or its participle in a passive.
# ("paid for" buys things, and "will pay", "va verser", "soll ... auszahlen" are still to come.)
_PAID = lazy(
    r"\b(?:paid out|been paid(?! for)|(?:has|have|had) (?:already |now |so far |also )?paid(?! for)|disbursed|"
    r"(?:been )?transferred|"
    r"(?:verse|decaisse|transfere|vire)e?s?|"
    r"ausgezahlt|ausbezahlt|uberwiesen|gezahlt)\b"
)
# (a payment denied or not yet made pays nothing: "has not yet been paid", "n'a pas encore été
# versée", "ist noch nicht ausgezahlt")
_NOT_BEFORE = lazy(r"\b(?:not|n't|never|pas|jamais|nicht|nie|noch kein\w*)\b(?:\s+[\w']+){0,3}\s+$")


def share_paid(sentence: Sentence, item: Item, lang: str | None = None) -> bool:
    """Whether the item's sum (the funding item itself, or the sum told as the thing's value) is
    the whole a fraction of which the sentence says was paid."""
    if item.value is None:
        return False
    folded, start, end = sentence.folded, sentence.start, sentence.end
    paid = next((m for m in _PAID.finditer(folded, start, end)
                 if not _NOT_BEFORE.search(folded, max(start, m.start() - 40), m.start())), None)
    if paid is None:
        return False
    if _SHARE_OF_BEFORE.search(folded, max(start, item.start - 40), item.start):
        return True  # the sum itself: "a third of the 1.2 billion euros"
    # ... or the sum the thing is the value of, told elsewhere in the sentence ("a third of the 1.2
    # billion euros Madrid pledged for air defence"): found again only in a sentence that tells a share
    if _SHARE_THEN_DIGIT.search(folded, start, end) is None:
        return False
    for money in find_money(sentence.full[start:end], lang):
        at = start + money.start
        if money.value == item.value and _SHARE_OF_BEFORE.search(folded, max(start, at - 40), at):
            return True
    return False
