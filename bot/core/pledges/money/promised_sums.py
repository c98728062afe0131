"""A sum with the clause of its promise between it and its purpose: "the 1.2 billion euros Madrid
pledged for air defence", "les 900 millions d'euros que Berlin a promis pour l'achat de munitions",
"der 500 Millionen Euro, die Den Haag für Artilleriemunition zugesagt hat".

Told so, the sum is what the promise pays for, as "1.2 billion euros for air defence" is
(items.items_paid_for asks here when no purpose follows the sum at once): the thing's record
carries the sum as its worth, not a funding record beside a thing with no figure. Typical of a
share of the promise told later ("a third of the ... has been paid out", paid_shares.py).
"""

from __future__ import annotations

from bot.core.text.lazy_pattern import lazy

# Folded text, right after the sum, up to its purpose word ("for", "pour", "fur"), which
# items._FOR_PURPOSE then reads.
RELATIVE_PROMISE = lazy(
    # English contact clause: the giver (a word or two, no verb or joining word) and its verb of
    # promise, Ukraine perhaps as the receiver ("the 600 million euros it promised Ukraine for")
    r"\s+(?:that\s+|which\s+)?"
    r"(?!(?:and|or|for|to|of|in|on|from|will|would|is|are|was|were|has|have|had|be|been)\b)"
    r"(?:[\w'.-]+\s+){1,2}?(?:has\s+|have\s+|had\s+)?(?:already\s+)?"
    r"(?:pledged|promised|committed|earmarked|allocated|set aside|announced)\s+"
    r"(?:(?:to\s+)?(?:ukraine|kyiv|kiev)\s+)?(?=for\s)|"
    # French relative: "que la France a promis pour", "qu'elle avait annoncés pour"
    r"\s+(?:qu'|que\s+)(?:[\w'-]+\s+){0,2}?(?:a|avait|ont|avaient)\s+(?:deja\s+)?"
    r"(?:promis|annonce|engage|debloque|alloue|accorde)e?s?\s+(?:a\s+(?:l'ukraine|kiev|kyiv)\s+)?(?=pour\s)|"
    # German relative with the verb last: ", die Den Haag für Artilleriemunition zugesagt hat" (the
    # purpose inside the clause, its verb of promise closing it)
    r"\s*,\s*(?:die|den|welche)\s+(?:[\w'-]+\s+){0,3}?"
    r"(?=fur\s[^,.;]{0,80}?\b(?:zugesagt|versprochen|bewilligt|eingeplant|bereitgestellt|vorgesehen|angekundigt)\b)"
)
