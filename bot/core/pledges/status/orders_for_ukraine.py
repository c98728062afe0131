"""Orders and purchases on Ukraine's behalf: procurement, status production.

A maker that wins an order a government pays for, to supply Ukraine ("Rheinmetall has won an order, paid
for by the German government, to supply Ukraine with eight Skynex", "hat von der Bundesregierung einen
Auftrag über 2 Mrd. Euro erhalten, um die Ukraine mit Munition zu beliefern", "a remporté un contrat de
l'État pour livrer à l'Ukraine"), supplies under contract: the supplying is the order's, not a promise of
the maker's country (the labelling rules: contracts are production). So is a purchase already made from
a seller for Ukraine ("has bought 180,000 shells from third countries for Ukraine", "a acheté 180 000 obus
auprès de pays tiers pour l'Ukraine", "hat bei Herstellern außerhalb Europas 180.000 Granaten für die
Ukraine gekauft"): procurement done, the things still to be handed over. Money given to buy, or a purchase
to come ("will buy", "to buy"), stays a promise (the real set's "pledged ... to buy shells"), unless
its seller is a maker (maker_purchases.py).
item_records.py asks here for a sentence's promised things.
"""

from __future__ import annotations

from functools import lru_cache

from bot.core.pledges.status.maker_purchases import bought_from_makers
from bot.core.text.lazy_pattern import lazy

# (folded text) A maker awarded an order or contract: "has won an order", "was awarded a contract",
# "received a €2 billion order", "einen Auftrag über 2 Mrd. Euro erhalten", "erhielt den Zuschlag", "a
# remporté / décroché / obtenu un contrat", "s'est vu attribuer une commande".
_ORDER_WON = lazy(
    r"\b(?:(?:won|wins|win|received|receives|secured|secures|landed|lands|bagged|(?:was|were|has been|have been) awarded) "
    r"(?:an? |the |another |a new |a further )?(?:[\w$€£.,-]+ ){0,5}?(?:orders?|contracts?)|"
    r"(?:auftrag|auftrage|vertrag|zuschlag|\w+auftrag)\b(?:[^.;:]|"
    r"\.(?=\d|\s*(?:euro|dollar|kronen|usd|eur)\b)){0,80}?\b(?:erhalten|erhielt|erhalt|bekommen|bekam|bekommt)|"
    r"(?:remporte|decroche|obtenu|obtient|recu|recoit|s'est vu (?:attribuer|confier)) (?:un|une|le|la|ce|cette) "
    r"(?:nouveau |nouvelle )?(?:commande|contrat|marche))\b"
)
# (folded text) ... to supply Ukraine, after the order: the order's own supplying.
_TO_SUPPLY_UKRAINE = lazy(
    r"\b(?:to (?:supply|deliver|equip|provide|arm) (?:ukraine|kyiv|kiev|the ukrainian)|"
    r"(?:die )?ukraine (?:[\w.,-]+ ){0,8}?zu (?:beliefern|liefern|versorgen|ausrusten)|"
    r"(?:pour|afin de) (?:livrer|fournir|equiper|approvisionner) (?:a )?(?:l'ukraine|kiev|les forces ukrainiennes))"
)
# (folded text) A purchase already made, from a seller, for Ukraine: "has bought ... from third
# countries for Ukraine", "a acheté ... auprès de pays tiers pour l'Ukraine", "hat ... bei Herstellern
# ... für die Ukraine gekauft". (English: _BOUGHT_FROM_SELLER, below the function.)
_ACHETE_AUPRES = lazy(
    # (the present as a headline tells it, "l'initiative achète ... hors d'Europe pour Kiev"; not in a
    # relative clause naming a scheme by what it does, "l'initiative qui achète des obus hors d'Europe")
    r"\b(?:(?:a|ont|avait|avaient) (?:deja )?(?:achete|acquis)|(?<!qui )(?:achete|achetent))\b(?:[^.;:]|"
    r"\.(?=\d|\s*(?:euro|dollar|kronen|usd|eur)\b)){0,80}?\b(?:aupres de|a l'etranger|hors d'europe)"
    r"(?:[^.;:]|"
    r"\.(?=\d|\s*(?:euro|dollar|kronen|usd|eur)\b)){0,60}?\bpour (?:l'ukraine|kiev|les forces ukrainiennes)\b"
)
_GEKAUFT_BEI = lazy(
    r"\b(?:hat|haben|hatte|hatten)\b(?:[^.;:]|"
    r"\.(?=\d|\s*(?:euro|dollar|kronen|usd|eur)\b)){0,60}?\b(?:bei|von|au(?:ss|s)erhalb)\b(?:[^.;:]|"
    r"\.(?=\d|\s*(?:euro|dollar|kronen|usd|eur)\b)){0,80}?\b(?:fur die ukraine|fur kiew)\b"
    r"(?:[^.;:]|"
    r"\.(?=\d|\s*(?:euro|dollar|kronen|usd|eur)\b)){0,40}?\b(?:gekauft|erworben|eingekauft|beschafft)\b"
)


@lru_cache(maxsize=256)
def ordered_for_ukraine(folded: str, start: int, end: int) -> bool:
    """Whether the sentence folded[start:end] tells an order won to supply Ukraine, or a purchase made
    from a seller for Ukraine: its promised things are procurement (production). (Asked for each
    promised thing, answered once per sentence: a sentence of thousands of things would cost the
    square of its length.)"""
    won = _ORDER_WON.search(folded, start, end)
    if won is not None and _TO_SUPPLY_UKRAINE.search(folded, won.end(), end):
        return True
    return any(
        pattern.search(folded, start, end) is not None for pattern in (_BOUGHT_FROM_SELLER, _ACHETE_AUPRES, _GEKAUFT_BEI)
    ) or bought_from_makers(folded, start, end)


# (folded text) An order or contract inside a receiving cue or right after it: "hat ... einen Auftrag
# ... erhalten", "received an order", "a reçu une commande".
_ORDER_NOUN = lazy(r"\b(?:auftrag\w*|\w+auftrag|vertrag|zuschlag|orders?|contracts?|commande|contrat|marche)\b")
_ORDER_BEFORE = lazy(r"\b(?:einen|den|ein|der) (?:\w+ )?(?:auftrag|\w+auftrag|vertrag|zuschlag)\b(?:[^.;:]|\.\d|mrd\.|mio\.){0,40}$")
_ORDER_AFTER = lazy(r"\s+(?:(?:an?|the|another|new|un|une|le|la|einen|den)\s+)?(?:[\w$€£.,-]+\s+){0,4}?(?:orders?|contracts?|commande|contrat)\b")


def order_received_to_supply(folded: str, start: int, end: int, sentence_end: int) -> bool:
    """Whether the receiving cue folded[start:end] receives an order (its words, or the words right
    after it) whose purpose is to supply Ukraine, told after it before `sentence_end`."""
    if not (
        _ORDER_NOUN.search(folded, start, end) or _ORDER_AFTER.match(folded, end)
        # (German puts the order, its sum and all, before the participle: "einen Auftrag über 2 Mrd.
        # Euro erhalten")
        or _ORDER_BEFORE.search(folded, max(0, start - 50), start)
    ):
        return False
    return _TO_SUPPLY_UKRAINE.search(folded, end, sentence_end) is not None


_BOUGHT_FROM_SELLER = lazy(
    r"\b(?:(?:has|have|had) (?:already )?)?(?:bought|purchased|acquired)\b(?:[^.;:]|"
    r"\.(?=\d|\s*(?:euro|dollar|kronen|usd|eur)\b)){0,80}?"
    r"\bfrom\b(?:[^.;:]|"
    r"\.(?=\d|\s*(?:euro|dollar|kronen|usd|eur)\b)){0,60}?\bfor (?:ukraine|kyiv|kiev)\b"
)
