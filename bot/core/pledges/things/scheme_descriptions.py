"""A scheme described by what it lets its members do: "Le dispositif PURL permet aux alliés de l'Otan de financer
l'achat d'armes américaines pour l'Ukraine", "The PURL scheme lets NATO allies buy U.S. weapons for Ukraine", "Das
PURL-Verfahren ermöglicht es den Verbündeten, US-Waffen zu kaufen". An explainer's description of a mechanism, in the
present, is no giving by anyone: neither by the country whose weapons it buys nor by the members it lets pay
(review 63). A government's leave ("Germany allowed Poland to send ...", a permission cue) has a government, not
a scheme, for subject and stays a promise. Pure."""

from __future__ import annotations

from bot.core.pledges.passes.records import Item
from bot.core.text.lazy_pattern import lazy

# (folded text, from the sentence's start to the things) a scheme's word, then a present verb of letting (a
# period inside a word, "U.S.", ends no clause).
_SCHEME_LETS_BEFORE = lazy(
    r"\b(?:purl|scheme|mechanism|mecanisme|dispositif|programme|program|initiative|fund|fonds|verfahren|"
    r"mechanismus|programm|initiative)\b[^.;:]{0,40}?\b(?:lets|allows|enables|permet|permettent|ermoglicht|"
    r"ermoglichen|erlaubt)\b(?:[^.;:]|\.(?=\S|\s[a-z])){0,120}\w$"
)


def described_by_a_scheme(folded: str, sentence_start: int, item: Item) -> bool:
    """Whether the item is what a scheme, described, lets its members buy or fund."""
    # (from before the sentence's start too: a splitter may end a sentence at "U.S."; the pattern's own window
    # stops at a real sentence end)
    # (up to the item's first character: the look-ahead past "U.S." needs to see it)
    return _SCHEME_LETS_BEFORE.search(folded, max(0, item.start - 200), item.start + 1) is not None
