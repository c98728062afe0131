"""Things a seller hands Ukraine that a donor paid for, the payer told after the things as the
money used: "Türkiye has delivered 50 Kirpi vehicles, bought by Ukraine with money from a Dutch
grant", "..., bought with Dutch money", "la Turquie a livré 50 blindés, achetés grâce à un don
néerlandais", "die mit niederländischem Geld gekauft wurden". The payer gives them: a sale is
no gift, and the donor is who paid (as the Danish model gives the payer of things made in
Ukraine; review 55's label, the lead's ruling at stop 56). "Paid for by the Netherlands" and
"financés par les Pays-Bas" name the payer as an agent and were read so already (givers.py).
"""

from __future__ import annotations

from bot.core.pledges.passes.records import Item
from bot.core.text.lazy_pattern import lazy

# (folded text) From the things' end to the payer: the rest of their clause ("to Ukraine"), a
# comma, a purchase told as a participle or a relative clause ("bought by Ukraine", "which were
# bought", "achetés", "die ... gekauft wurden" takes the money first, German's verb last), then
# the money: "with (the) money from a", "with", "grâce à un don", "avec de l'argent", "mit ...
# Geld aus". The payer comes next, a name ("from the Netherlands") or an adjective before or
# after the money's word ("with Dutch money", "un don néerlandais").
_PURCHASE = (
    r"(?:bought|purchased|acquired|procured|achete(?:e|s|es)?|acqui(?:s|se|ses)|gekauft|erworben|beschafft)"
)
_BY_THE_BUYER = r"(?:\s+(?:by|par|von)\s+(?:the\s+|l'|la\s+|le\s+|der\s+|den\s+)?[\w'-]+)?"
_MONEY_WORD = (
    r"(?:money|funds|funding|a grant|grants?|an? [\w-]+ grant|l'argent|de l'argent|un don|des fonds|"
    r"un financement|geld|geldern|mitteln|einem zuschuss|zuschussen)"
)
# (the rest of the things' clause before the comma: "to Ukraine", "à l'Ukraine", a German
# participle, a day: at most four words)
_CLAUSE_REST = r"(?:\s+[\w'-]+){0,4}?\s*,\s*"
_PAYER_AFTER = lazy(
    _CLAUSE_REST
    + r"(?:(?:which|that)\s+(?:were|was|have been|had been)\s+|(?:qui|qu'ils)\s+ont\s+ete\s+)?"
    + _PURCHASE + _BY_THE_BUYER + r"\s+(?:with|using|avec|grace a|mit)\s+"
    + r"(?:(?:the\s+)?" + _MONEY_WORD + r"\s+(?:from|of|de|du|des|d'|aus)\s+(?:a\s+|an\s+|the\s+|un\s+|une\s+|"
    r"einem\s+|einer\s+|dem\s+|den\s+|der\s+)?|(?:de l'argent|un don|des fonds)\s+)?"
)
# German tells the purchase in a relative clause with its verb last, the payer's adjective
# before the money: "..., die mit niederländischem Geld gekauft wurden".
_GERMAN_RELATIVE = lazy(_CLAUSE_REST + r"die\s+mit\s+")
_GERMAN_MONEY_THEN_PURCHASE = lazy(r"\s+(?:geld|geldern|mitteln)\s+" + _PURCHASE)
_REACH = 90  # characters from the things' end to the payer


def payer_of_a_purchase(folded: str, item: Item, groups: list[tuple[int, int, tuple[str, ...]]]) -> tuple[str, ...]:
    """The donor group told as paying for the things right after them ("..., bought with
    Dutch money"), else ()."""
    for start, end, codes in groups:
        if not item.end < start <= item.end + _REACH:
            continue
        if _PAYER_AFTER.fullmatch(folded, item.end, start) or (
            _GERMAN_RELATIVE.fullmatch(folded, item.end, start) and _GERMAN_MONEY_THEN_PURCHASE.match(folded, end)
        ):
            return codes
    return ()
