"""A head of state or government told by title alone ("le chef de l'État", "the prime
minister", "der Kanzler"), no country named beside: the leader of the article's own country.
Pure.

Wire copy filed from a capital calls that country's leader by title once the story is about
it ("PARIS, 19 nov (AFP) - ... Le chef de l'État a annoncé ..."), and a story about one donor
does so wherever it was filed. The country is the dateline's, when the dateline names a
donor and the article names no other before the title; without a dateline, the one donor
the article named before the title. A dateline naming no donor ("KYIV (Reuters) -": the
leaders there are Ukraine's) gives none, and so does another donor named before the title:
whose leader it is cannot be told.
"The president" alone is left out: wire copy uses it for the president of wherever it
reports from, Ukraine included.
"""

from __future__ import annotations

from bot.core.pledges.donors.datelines import DATELINE
from bot.core.pledges.things.given_items import UKRAINE_WORD
from bot.core.text.lazy_pattern import lazy

# (folded text: lower case, no accents)
_HEAD_BY_TITLE = lazy(
    r"\b(?:le chef de l'etat|le chef du gouvernement|le president de la republique|(?:le|la) premiere? ministre|"
    r"the prime minister|the chancellor|der kanzler|die kanzlerin|der regierungschef|die regierungschefin|"
    r"der ministerprasident|die ministerprasidentin)\b"
)
# A title naming whose leader it is ("the prime minister of Ukraine", "le Premier ministre,
# Denys Chmyhal,") is no untitled head: the entity lists read the country or the name.
_OF_OR_NAMED = lazy(r"\s*(?:of|de|du|des|von|der|,)\s")
# A leader of the dateline's country speaks of many things; only what the title's sentence, the
# one before or the one after tells of Ukraine is aid ("The prime minister announced 2.5 billion pounds of extra
# defence spending" in a London story is the country's own budget).
_SENTENCE_END = lazy(r"[.!?](?:\s|$)")


def _sentence_before(folded: str, start: int) -> int:
    """The start of the sentence before the one holding `start` (0 when there is none)."""
    ends = [m.end() for m in _SENTENCE_END.finditer(folded, 0, start)]
    return ends[-2] if len(ends) >= 2 else 0


def _sentence_after_next(folded: str, start: int) -> int:
    """The end of the sentence after the one holding `start`."""
    end = start
    for _ in range(2):
        found = _SENTENCE_END.search(folded, end)
        if found is None:
            return len(folded)
        end = found.end()
    return end


# A country told right beside the title is the entity lists' business ("the Danish prime
# minister", "le Premier ministre britannique", "der Kanzler Österreichs"): characters either side.
_BESIDE = 25


def untitled_heads(
    full: str, folded: str, body_start: int, every_donor: list[tuple[str, int, int]],
) -> list[tuple[str, int, int]]:
    """(code, start, end) of each head of state or government told by title alone, as a
    mention of the article's own country (see the module's docstring)."""
    found = []
    dateline = DATELINE.match(full, body_start)
    own = None
    beside = every_donor
    if dateline is not None:
        inside = [code for code, s, _ in every_donor if dateline.start() <= s < dateline.end()]
        if not inside:
            return []
        own = inside[0]
        beside = [d for d in every_donor if not dateline.start() <= d[1] < dateline.end()]
    for head in _HEAD_BY_TITLE.finditer(folded):
        s, e = head.start(), head.end()
        if any(e <= ds < e + _BESIDE or s - _BESIDE < de <= s for _, ds, de in beside):
            continue
        if _OF_OR_NAMED.match(folded, e) or not UKRAINE_WORD.search(folded, _sentence_before(folded, s),
                                                                 _sentence_after_next(folded, e)):
            continue
        before = {c for c, ds, _ in beside if ds < s}
        code = (own if before <= {own} else None) if own else (next(iter(before)) if len(before) == 1 else None)
        if code is not None:
            found.append((code, s, e))
    return found
