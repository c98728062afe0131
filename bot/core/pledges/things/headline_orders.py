"""A headline's order over a body that tells it as the donor's own.

Wire headlines tell an order by its verb and kind alone ("Schweden bestellt Patriot-Systeme", "Sweden orders
Patriot systems", "La Suède commande des systèmes Patriot") and leave its purpose to the body. When the
headline names no Ukraine and its body tells the order again but gives that donor no production record
(the body read it as the donor's own order: own_holdings.orders_for_itself, own_forces.py), the headline's
production record is that own order told broadly: it gives nothing of its own. An order for Ukraine names
it in the headline or gives its record in the body ("hat vier Patriot-Systeme für die Ukraine bestellt").
"""

from __future__ import annotations

from bot.core.models import Pledge
from bot.core.pledges.things.given_items import UKRAINE_WORD
from bot.core.text.lazy_pattern import lazy

# The order verbs of a headline and of its body retelling it (folded text).
_ORDER_VERB = lazy(r"\b(?:orders?|ordered|commande\w*|bestell\w*)\b")


def without_orders_the_body_keeps(
    title_pledges: list[Pledge], body_pledges: list[Pledge], folded: str, title_end: int
) -> list[Pledge]:
    """The headline's records (folded[:title_end] the headline), less its orders the body tells as the
    donor's own (above)."""
    if (
        not title_pledges
        or not _ORDER_VERB.search(folded, 0, title_end)
        or UKRAINE_WORD.search(folded, 0, title_end)
        or not _ORDER_VERB.search(folded, title_end)
    ):
        return title_pledges
    ordering = {p.donor for p in body_pledges if p.status == "production"}
    return [p for p in title_pledges if p.status != "production" or p.donor in ordering]
