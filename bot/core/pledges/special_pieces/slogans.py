"""Slogans in quoted posts: no news, no records.

A minister's post often closes a delivery with a cry that more is coming: "More to
follow!", "Weitere folgen!", "D'autres suivront !". Told so, alone and with an
exclamation mark, it names no thing and no count: a promise of nothing in particular,
not a second batch of what was just delivered. (A statement of the same, "Weitere
sollen folgen." or "Two more will follow.", is still read as more of the thing named
before: references.py.)
"""

from __future__ import annotations

from bot.core.text.lazy_pattern import lazy

# (folded text: the whole sentence, quotes and the exclamation mark included, and the
# attribution when the quote closes the sentence)
_SLOGAN = lazy(
    r"[\s\"'«»“”„]*(?:and |und |et )?(?:(?:many |much |lots )?more (?:to follow|will follow|to come|is coming|are coming)|"
    r"(?:viele )?weitere (?:folgen|werden folgen)|mehr (?:folgt|kommt)|"
    r"(?:d'autres|beaucoup d'autres) (?:suivront|vont suivre|arrivent)|la suite arrive)"
    r"[\s\"'«»“”]*!+[\s\"'«»“”]*"
    # (the post's attribution after its closing quote, a speech verb with its speaker and
    # no figure: '..., schrieb der Minister auf X.', '..., the defence minister wrote on X.')
    r"(?:,\s*((?:[\w'-]+\s+){0,5}(?:wrote|writes|said|says|posted|tweeted|added|schrieb|schreibt|sagte|postete|"
    r"ecrit|declare|dit|ajoute)\b(?:\s+[^\d\s,.!?;:]+){0,8})\s*\.?\s*)?"
)
# ... and nothing told after it: "wrote the minister who promised more tanks by spring"
# tells a pledge of its own (the German relative "der" is also the article, so it is left out)
_CLAUSE_IN_THE_ATTRIBUTION = lazy(r"\b(?:who|which|and|but|after|qui|que|et|mais|apres|und|aber|nachdem)\b")


def slogan_sentences(folded: str, spans: list[tuple[int, int]]) -> set[int]:
    """The indices of the sentences that are only a slogan of more to come."""
    slogans = set()
    if _SLOGAN.absent_from_article(folded):
        return slogans  # (no slogan's words in the whole article: no sentence to match, see lazy_pattern)
    for index, (start, end) in enumerate(spans):
        slogan = _SLOGAN.fullmatch(folded, start, end)
        if slogan and not (slogan.group(1) and _CLAUSE_IN_THE_ATTRIBUTION.search(slogan.group(1))):
            slogans.add(index)
    return slogans
