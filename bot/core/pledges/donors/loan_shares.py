"""A group's loan a country pays its share of: "Germany has transferred its share of the G7 loan",
"a versé sa part du prêt du G7", "hat ... seinen Anteil am G7-Kredit überwiesen". The group (the G7,
the EU) names whose loan it is, not a payer: the country paying its share gives (the lead's ruling on
ERA loans: the payer's funding)."""

from __future__ import annotations

from bot.core.text.lazy_pattern import lazy

# (folded text) right before the group: its share of a loan, the loan's word before the group
# ("sa part du prêt du G7", "its share of the loan from the G7") or after it ("share of the G7 loan",
# "Anteil am G7-Kredit").
_SHARE_OF = (
    r"\b(?:share|part|portion|contribution|anteil\w*|beitrag)\s+(?:of|in|to|du|de|des|de la|de l'|au|am|an|zum|im)\s*"
    r"(?:the |le |la |l'|les |dem |den |der )?"
)
_LOAN = r"(?:(?:era[- ])?loans?|pret|prets|credit|credits|kredit\w*|darlehen\w*)"
_SHARE_OF_A_LOAN_BEFORE = lazy(
    _SHARE_OF + rf"(?:{_LOAN}\s+(?:(?:of|from|by|du|des|de la|der|des)\s+)(?:the |le |la |l'|les |der )?)?$"
)
_LOAN_AFTER = lazy(rf"(?:-|\s)(?:era[- ])?{_LOAN}\b")
_GROUPS = ("G7", "EU", "G20", "NATO")
_LOAN_WORD = lazy(rf"\b{_LOAN}\b")


def names_the_loan_shared(folded: str, code: str, s: int, e: int) -> bool:
    """Whether the group's word names a loan whose share the sentence's country pays."""
    if code not in _GROUPS:
        return False
    before = _SHARE_OF_A_LOAN_BEFORE.search(folded, max(0, s - 50), s)
    if before is None:
        return False
    # the loan's word before the group, or after it
    return bool(_LOAN_WORD.search(before.group()) or _LOAN_AFTER.match(folded, e))


LOAN_SHARE_NEEDS = (_SHARE_OF_A_LOAN_BEFORE,)
