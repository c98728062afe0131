"""A purchase to come from arms makers for Ukraine: procurement, status production (review 63).

"Estonia, Latvia and Lithuania will jointly buy a dozen IRIS-T SLS launchers from Diehl Defence for Ukraine",
"les trois pays vont acheter près de 100 000 obus pour l'Ukraine auprès de fabricants européens", "wollen bei
Herstellern in Europa Granaten für die Ukraine kaufen": a government buying from a maker places an order, a
contract (the labelling rules: contracts are production), though told in the future. Money given to buy with
no seller named ("pledged €100 million to buy shells"), or a purchase from third countries' stocks, stays a
promise (orders_for_ukraine.py): only a maker as the seller makes the buying an order.
"""

from __future__ import annotations

from functools import lru_cache

from bot.core.text.lazy_pattern import lazy

# (folded text) Who makes arms: the words for makers, or a firm's name by its last word ("Diehl Defence", "BAE
# Systems", "General Dynamics", "Rheinmetall AG").
_MAKER = (
    r"(?:(?:arms |defence |defense |european |american |german |french |domestic |local )?"
    r"(?:makers?|manufacturers?|producers?|industry|companies|contractors|firms)|"
    r"[\w-]+ (?:defence|defense|systems|dynamics|industries|munitions|aerospace|ag|gmbh|sa|ltd|inc)|"
    r"(?:fabricants?|industriels?|producteurs?|l'industrie|entreprises?|constructeurs?)|"
    r"(?:herstellern?|produzenten|der (?:\w+ )?(?:rustungs)?industrie|(?:rustungs)?(?:konzern|unternehmen|firm)\w*))"
)
# (folded text) A purchase to come, its seller a maker.
_BUY_FROM_MAKER = lazy(
    r"\b(?:will|to|shall|would|plan to|plans to|agreed to)\s+(?:jointly |together |also |now )?(?:buy|purchase|procure)\b"
    rf"(?:[^.;:]|\.(?=\d)){{0,100}}?\bfrom (?:[\w'-]+ ){{0,3}}?{_MAKER}\b|"
    r"\b(?:vont|va|vont|veulent|veut|comptent|compte|doivent|doit|prevoient de|prevoit d')\s+(?:\w+ )?(?:acheter|acquerir|"
    rf"commander)\b(?:[^.;:]|\.(?=\d)){{0,120}}?\baupres (?:de |d'|des )(?:[\w'-]+ ){{0,2}}?{_MAKER}\b|"
    r"\b(?:achet|acquer)(?:era|eront)\b"
    rf"(?:[^.;:]|\.(?=\d)){{0,120}}?\baupres (?:de |d'|des )(?:[\w'-]+ ){{0,2}}?{_MAKER}\b|"
    rf"\b(?:bei|von) (?:[\w'-]+ ){{0,2}}?{_MAKER}\b(?:[^.;:]|\.(?=\d)){{0,100}}?\b(?:kaufen|beschaffen|erwerben|bestellen) "
    r"(?:wollen|will|werden|wird|sollen|soll)\b|"
    rf"\b(?:wollen|will|werden|wird|sollen|soll)\b(?:[^.;:]|\.(?=\d)){{0,80}}?\b(?:bei|von) (?:[\w'-]+ ){{0,2}}?{_MAKER}\b"
    r"(?:[^.;:]|\.(?=\d)){0,100}?\b(?:kaufen|beschaffen|erwerben|bestellen)\b"
)
# (folded text) ... for Ukraine: before the purchase or inside it ("$1.2 billion for Ukraine under USAI, to buy
# interceptors from American manufacturers", "vont acheter 5 000 obus pour l'Ukraine auprès de fabricants"), or
# right after it in the same clause ("from Diehl Defence for Ukraine"). Not after a comma or another clause: "will
# buy 50 howitzers from American companies, while Germany has sent 10 tanks for Ukraine" buys for Poland's own army,
# and every promised thing of the sentence would have become an order (reread 63).
_FOR_UKRAINE = lazy(r"\b(?:for ukraine|for kyiv|for kiev|pour l'ukraine|pour kiev|fur die ukraine|fur kiew)\b")
_FOR_UKRAINE_RIGHT_AFTER = lazy(
    r"[^.;:,]{0,40}?\b(?:for ukraine|for kyiv|for kiev|pour l'ukraine|pour kiev|fur die ukraine|fur kiew)\b"
)


@lru_cache(maxsize=256)
def bought_from_makers(folded: str, start: int, end: int) -> bool:
    """Whether the sentence folded[start:end] tells a purchase to come from arms makers for Ukraine."""
    purchase = _BUY_FROM_MAKER.search(folded, start, end)
    if purchase is None:
        return False
    return (_FOR_UKRAINE.search(folded, start, purchase.end()) is not None
            or _FOR_UKRAINE_RIGHT_AFTER.match(folded, purchase.end(), end) is not None)
