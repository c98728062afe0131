"""The payer of an order, told after the things ordered: "La DGA a notifié ... une commande de 12 CAESAR ...,
financée par les revenus ... versés par l'Union européenne", "France has ordered 12 CAESAR for Ukraine, financed
by the European Union", "Frankreich hat 12 CAESAR bestellt, finanziert von der EU". Both the government that
orders and the one that pays are on the production record (review 63): before, the one nearer the verb or the
only named one took it alone, the orderer in one sentence and the payer in the next. The payer is the donor
after a financing participle, in the things' sentence, with at most a few words of what the money is between
("financée par les revenus des avoirs russes gelés versés par"). Pure."""

from __future__ import annotations

from bot.core.pledges.donors.group_search import starting_within
from bot.core.text.lazy_pattern import lazy

Name = tuple[int, int, tuple[str, ...]]

# (folded text, from the things' end to the payer) a financing participle and its agent, at most ten words of
# what the money is between: "financée par les revenus ... versés par l'", "financed by the", "finanziert von der".
_FINANCED_BY_GAP = lazy(
    r"[^.;:]{0,60}?\b(?:financ(?:ed|ee?s?)|funded|paid for|pay(?:e|ee|es|ees)|finanziert|bezahlt)\s+"
    r"(?:(?:entirely|fully|wholly|entierement|integralement|vollstandig|ganz)\s+)?(?:by|par|von|aus)\s+"
    r"(?:[\w'-]+\s+){0,10}?(?:(?:by|par|von)\s+)?(?:the\s+|l'|la\s+|le\s+|les\s+|der\s+|den\s+|dem\s+)?$"
)


def payer_of_an_order(folded: str, item_end: int, groups: list[Name]) -> Name | None:
    """The donor named as paying for the things ordered, right after them in their sentence, else None."""
    # (only the groups starting in the reach, found by bisection: group_search.py)
    for s, e, codes in starting_within(groups, item_end, item_end + 160):
        if _FINANCED_BY_GAP.fullmatch(folded, item_end, s):
            return s, e, codes
    return None
