"""Ukraine's makers paid for the things they make, the makers told between the paying verb and
the things: "paying Ukrainian factories for Bohdana howitzers", "paie des fabricants ukrainiens
pour des obusiers", "bezahlt ukrainische Hersteller für 18 Haubitzen".

The Danish model (docs/reading-pledges.md): a donor buying from Ukraine's own industry gives
production of the things it pays for, in their own category. Told this way, the makers' word
("factories", "usines", "Hersteller") is no making of the category production, and the paying
verb, separated from the things by the makers, is no promise to hand them over.
"""

from __future__ import annotations

from bot.core.text.lazy_pattern import lazy

# (folded text, ending where the thing begins) A paying verb, its makers (Ukrainian, maybe with
# one more word: "Ukrainian arms makers", "fabricants d'armes ukrainiens"), then "for" and at most
# three words (an article, a count, a description): the makers are paid for the thing that follows.
_MAKERS_PAID_BEFORE = lazy(
    r"\b(?:pa(?:y|ys|ying|id)|(?:mit)?(?:zu)?(?:bezahl|finanzier)\w*|pai(?:e|ent|era|eront)|paye\w*|payant|financ\w*)\s+"
    r"(?:(?:the|des|les|aux|die|den)\s+)?"
    r"(?:(?:ukrainian|ukrainische[nr]?)\s+(?:[\w-]+\s+)?"
    r"(?:factories|makers|manufacturers|producers|firms|companies|plants|fabriken|hersteller[n]?|firmen|"
    r"unternehmen|betriebe[n]?|werke[n]?)|"
    # (French puts the adjective after: "des usines ukrainiennes", "des fabricants d'armes ukrainiens")
    r"(?:usines|fabricants|producteurs|entreprises|industriels)\s+(?:d'[\w-]+\s+)?"
    r"(?:ukrainiens|ukrainiennes))\s+"
    r"(?:for|pour|fur)\s+(?:[\w'-]+(?:[.,]\d+)*\s+){0,3}?$"
)

# (folded text, ending where the thing begins) A sum paid to Ukraine's makers, the sum told between
# the paying verb and the makers, the purpose after them: "paid NOK 600 million to Ukrainian
# manufacturers to produce drones", "a versé 600 millions de couronnes (environ 51 millions
# d'euros) à des fabricants ukrainiens pour produire des drones", "zahlt ukrainischen Herstellern
# 40 Mio. Euro für 800 Drohnen" (German's dative makers before the sum). Only a paying verb and
# Ukraine's makers together make the thing bought from them (the Danish model); the words between
# are few, so a sum paid to anyone else and makers named in another clause stay apart.
_SUM_PAID_TO_MAKERS_BEFORE = lazy(
    r"\b(?:paid|pays|paying|transferred|verse\w*|vers(?:e|ent|era|eront)|(?:be)?zahl\w*|gezahlt|uberw\w*)\s+"
    r"(?:[\w'$\u20ac()~.,-]+\s+){0,12}?"
    r"(?:(?:to|a|an|aux)\s+)?(?:(?:the|des|les|die|den)\s+)?"
    r"(?:(?:ukrainian|ukrainische[nr]?)\s+(?:[\w-]+\s+)?"
    r"(?:factories|makers|manufacturers|producers|firms|companies|plants|fabriken|hersteller[n]?|firmen|"
    r"unternehmen|betriebe[n]?|werke[n]?)|"
    r"(?:usines|fabricants|producteurs|entreprises|industriels)\s+(?:d'[\w-]+\s+)?(?:ukrainiens|ukrainiennes))\s+"
    r"(?:[\w'$\u20ac()~.,-]+\s+){0,6}?"
    r"(?:for|to (?:produce|make|build|manufacture)|pour(?: (?:produire|fabriquer|construire))?|fur|um)\s+"
    r"(?:[\w'-]+(?:[.,]\d+)*\s+){0,3}?$"
)

# (the makers and the things stand within a few words of the verb)
_REACH = 90
# (... or, with a sum and its conversion between, within a few more)
_SUM_REACH = 200


def makers_paid_for(folded: str, sentence_start: int, thing_start: int) -> bool:
    """Whether the thing starting at `thing_start` is what a donor pays Ukraine's makers for,
    told in the sentence that begins at `sentence_start`."""
    window = max(sentence_start, thing_start - _REACH)
    return (
        _MAKERS_PAID_BEFORE.search(folded, window, thing_start) is not None
        or _SUM_PAID_TO_MAKERS_BEFORE.search(folded, max(sentence_start, thing_start - _SUM_REACH), thing_start) is not None
    )
