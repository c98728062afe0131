"""Sums told "respectively" of as many givers ("Denmark and Finland will pay 90 million
euros and 60 million euros respectively for shells", "verseront respectivement 80 millions
d'euros et 40 millions d'euros pour", "50 Millionen Euro beziehungsweise 30 Millionen Euro
für"): the amounts form one list, whose purpose is the one thing named after it, and each
giver pays its own, in the givers' order. Counts told so are read in item_records.
"""

from __future__ import annotations

from bot.core.pledges.passes.records import Item
from bot.core.text.lazy_pattern import lazy

# (folded text) the word anywhere in the sentence says the list is one each
RESPECTIVELY = lazy(r"\b(?:respectively|respectivement|beziehungsweise|bzw)\b")
# between two amounts of the list ("and", a comma, or German "beziehungsweise" itself)
_SUMS_GAP = lazy(r"\s*(?:,\s*|\s(?:and|et|und|beziehungsweise|bzw\.?)\s+)")
# after the list, before its purpose: ", respectively," / "respectively"
_RESPECTIVELY_AFTER = lazy(r"\s*,?\s*(?:respectively|respectivement)\s*,?")


def respective_sums(folded: str, start: int, end: int, amounts: list[Item]) -> list[list[Item]]:
    """The lists of two or more amounts told one after another in a sentence that says
    "respectively" (else none), each in the text's order."""
    if not RESPECTIVELY.search(folded, start, end):
        return []
    lists: list[list[Item]] = []
    for amount in sorted(amounts, key=lambda a: a.start):
        if lists and _SUMS_GAP.fullmatch(folded, lists[-1][-1].end, amount.start):
            lists[-1].append(amount)
        else:
            lists.append([amount])
    return [told for told in lists if len(told) > 1]


def purpose_reach(folded: str, told: list[Item]) -> Item:
    """The list's last amount stretched over a "respectively" after it, so that the purpose
    the list is for ("... respectively for shells") is read after it."""
    last = told[-1]
    after = _RESPECTIVELY_AFTER.match(folded, last.end)
    return Item(last.start, after.end() if after else last.end, last.category, None, value=last.value,
                currency=last.currency)
