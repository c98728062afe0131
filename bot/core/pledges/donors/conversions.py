"""Donor words that name the currency of a sum converted in brackets, not a giver: "C$500
million (about US$360 million)", "A$150 million (US$98 million)", "500 millions de dollars
canadiens (environ 360 millions de dollars américains)", "500 Mio. kanadische Dollar (rund 360
Mio. US-Dollar)". Wire copy converts a donor's own currency into dollars or euros for its
readers: the bracket repeats the sum (quantities.numbers.find_money leaves it out), and the
country its currency is named after gives nothing there."""

from __future__ import annotations

from bot.core.pledges.quantities.numbers import APPROXIMATELY
from bot.core.text.lazy_pattern import lazy

# The bracket opened up to the donor word: an optional "about / environ / rund" (two of them:
# "umgerechnet rund", "soit environ"), then a
# figure with its scale and the currency word the French and German name before the
# country's adjective ("millions de dollars américains", "Mio. US-Dollar"), or nothing yet
# ("(US$360 million)", "(about U.S. $360 million)"). Folded text.
_OPEN_CONVERSION_BEFORE = lazy(
    rf"\(\s*(?:(?:{APPROXIMATELY}|ca\.)\s+){{0,2}}"
    r"(?:\d[\d.,\s]*\s*(?:(?:millions?|milliards?|billions?|mrd|mio|mill|md|bn|m)\.?\s+)?"
    r"(?:de\s+|d')?(?:dollars?|euros?)?\s*)?$"
)
# ... and the currency the donor word names right after it, unless the bracket's words end
# in one already ("dollars américains"): "US$", "U.S. $", "US-Dollar", "U.S. dollars".
_CURRENCY_AFTER = lazy(r"\.?\s*(?:\$|-?dollars?\b|-?dollar\b)")
_CURRENCY_BEFORE = lazy(r"(?:dollars?|euros?)\s+$")

# The donor word must sit in a bracket: a bracket in the window before it, no sentence mark
# or closing bracket between.
_REACH = 60


def names_a_converted_currency(folded: str, s: int, e: int) -> bool:
    """A donor word naming the currency of a bracketed conversion of the sum before it."""
    window = folded[max(0, s - _REACH) : s]
    opened = window.rfind("(")
    if opened < 0 or ")" in window[opened:]:
        return False
    before = window[opened:]
    if not _OPEN_CONVERSION_BEFORE.fullmatch(before):
        return False
    return bool(_CURRENCY_AFTER.match(folded, e) or _CURRENCY_BEFORE.search(before))


CONVERSION_NEEDS = (_OPEN_CONVERSION_BEFORE,)
