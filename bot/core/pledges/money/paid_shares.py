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

from bot.core.pledges.passes.records import Item
from bot.core.pledges.passes.sentence import Sentence
from bot.core.pledges.quantities.numbers import find_money
from bot.core.pledges.things.items import SHARE_WORDS
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
    starts, values = _paid_shares(sentence, lang)
    # (a sum of its own is the share's whole where it stands; a thing's worth by its value)
    return item.start in starts or (item.category not in ("funding", "other") and item.value in values)


def _paid_shares(sentence: Sentence, lang: str | None) -> tuple[frozenset[int], frozenset[float]]:
    """Where the sentence's sums told as a whole a share of which was paid start, and their values;
    read once a sentence and kept on it (a sentence listing thousands of sums asks for each)."""
    kept = sentence.__dict__.get("_paid_shares")
    if kept is None:
        kept = _read_paid_shares(sentence, lang)
        object.__setattr__(sentence, "_paid_shares", kept)  # (a frozen dataclass, as Sentence.evidence keeps)
    return kept


_NONE: tuple[frozenset[int], frozenset[float]] = (frozenset(), frozenset())


def _read_paid_shares(sentence: Sentence, lang: str | None) -> tuple[frozenset[int], frozenset[float]]:
    folded, start, end = sentence.folded, sentence.start, sentence.end
    if _SHARE_THEN_DIGIT.search(folded, start, end) is None:
        return _NONE
    if not any(not _NOT_BEFORE.search(folded, max(start, m.start() - 40), m.start()) for m in _PAID.finditer(folded, start, end)):
        return _NONE
    starts, values = set(), set()
    for money in find_money(sentence.full[start:end], lang):
        at = start + money.start
        if _SHARE_OF_BEFORE.search(folded, max(start, at - 40), at):
            starts.add(at)
            values.add(money.value)
    return frozenset(starts), frozenset(values)


# The first part of a sum told with its own figure, the whole after it (folded text, from the
# part to the whole): "the first C$2 billion of its C$5 billion loan", "les premiers 2 milliards
# d'euros de son prêt de", "die ersten 2 Milliarden Euro seines Kredits über". The part is the
# sentence's payment (or promise) with its figure; the whole is the promise, whatever verb tells
# the part (review 57's shares: the part delivered, the whole pledged).
_FIRST_PART_BEFORE = lazy(
    r"\b(?:first|initial|premiers?|premieres?|ersten?)\s+(?:c\$|us\$|[$€£])?\s?\d[^;:]{0,40}?\s"
    r"(?:of|de|des|du|sur|seines|seiner|ihres|ihrer|der|von)\s+"
    r"(?:(?:its|the|their|son|sa|ses|leur|leurs|les|den|seinen|ihren)\s+)?(?:[\w'-]+\s+){0,3}?(?:c\$|us\$|[$€£])?$"
)


def whole_of_a_first_part(sentence: Sentence, item: Item) -> bool:
    """Whether the item's sum is the whole whose first part, with its own figure, the sentence
    told right before it: the whole is promised."""
    return item.value is not None and bool(
        _FIRST_PART_BEFORE.search(sentence.folded, max(sentence.start, item.start - 90), item.start)
    )
