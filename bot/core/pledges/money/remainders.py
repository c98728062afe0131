"""The rest of a promised sum, told as still to come: "the remaining C$3 billion would follow in
two instalments", "les 3 milliards d'euros restants suivront", "die restlichen 3 Milliarden Euro
sollen folgen", "the rest of the money, 3 billion euros". The whole is the promise, counted where
it is told (its first part paid beside it, paid_shares.py); the rest is no promise of its own, and
counted again it would add a second pledge of the same money. money_items drops such a sum.
"""

from __future__ import annotations

from bot.core.pledges.quantities.numbers import Money
from bot.core.text.lazy_pattern import lazy

# (folded text, right before the sum) "the remaining", "the other", "the rest of the money,",
# "die restlichen", "die ubrigen", "le reste, soit"
_REST_BEFORE = lazy(
    r"\b(?:the (?:remaining|outstanding|other|rest of the (?:money|loan|sum|funds?),?)|"
    r"(?:die|den|der) (?:restlichen|ubrigen|verbleibenden)|le reste(?: de la somme| du pret| de l'argent)?,? (?:soit )?)"
    r"\s*(?:c\$|us\$|[$€£])?\s?$"
)
# (folded text, right after the sum and its currency) "restants", "restantes"
_REST_AFTER = lazy(r"\s*(?:d'euros |de dollars |de dollars canadiens )?(?:restants|restantes)\b")


def rest_of_a_promise(folded: str, money: Money) -> bool:
    """Whether the sum is told as the rest of a whole promised elsewhere."""
    return bool(
        _REST_BEFORE.search(folded, max(0, money.start - 40), money.start) or _REST_AFTER.match(folded, money.end)
    )
