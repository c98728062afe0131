"""A second giver opening a clause of its own between the giving cue and the item, its verb no cue.

Round-ups put a meeting's other announcements in a clause after the first: "Germany promised four IRIS-T at the
meeting, where Denmark and Belgium announced Caesar howitzers", "..., où le Danemark et la Belgique ont annoncé des
canons Caesar", "..., wo Dänemark zwölf Caesar-Haubitzen ankündigte", "..., and Denmark announced ...". "Announced"
alone is no giving cue, so the howitzers hung on the first clause's cue and went to its subject, Germany: the
round-up read as Germany's own report of three kinds of thing (stories round 63, busy day 63's summit). The subject
of the later clause gives what its own verb governs, as a gapped giver does ("..., Norway eight", gapping.py); this
reading asks for a clause opened before it (a comma or semicolon, a conjunction or a relative adverb of place) and
no clause mark between it and the item, so a source named in passing (", the Dutch minister said,") or a place
("at the meeting in Denmark") gives nothing.
"""

from __future__ import annotations

from bot.core.pledges.donors.group_search import nearest_ending_by
from bot.core.pledges.passes.records import Cue, Item
from bot.core.text.lazy_pattern import lazy

# (folded text, right before the later subject) a clause mark, an optional conjunction or relative adverb of place,
# or "and" alone ("... des canons Caesar et la Norvège un financement pour des obus", a gapped clause), an optional
# "also", an optional article
_OPENERS = (
    r"and|et|und|but|mais|aber|while|whereas|tandis que|alors que|wahrend|where|ou|wo|bei dem|bei der|lors duquel|"
    r"lors de laquelle|at which"
)
_ALSO_AND_ARTICLE = r"(?:(?:also|aussi|auch)\s+)?(?:(?:the|le|la|les|die|der|das)\s+|l')?"
_CLAUSE_OPENS_BEFORE = lazy(rf"(?:[,;]\s*(?:(?:{_OPENERS})\s+)?|\s(?:and|et|und)\s+){_ALSO_AND_ARTICLE}$")
# (folded text, inside a group) the last clause mark and what may follow it before the later subject
_CLAUSE_OPENS_INSIDE = lazy(rf"[,;]\s*(?:(?:{_OPENERS})\s+)?{_ALSO_AND_ARTICLE}(?!.*[,;])")
# (folded text, between the later subject and the item) its own verb and no clause mark: at most a few words, none
# when German puts the verb last after a relative adverb ("wo Dänemark zwölf Caesar-Haubitzen ankündigte"); a maker's
# name joined to the thing is part of it ("wo Finnland Patria-Radpanzer ankündigte")
_OWN_VERB_BETWEEN = lazy(r"\s+(?:[\w'-]+\s+){0,5}(?:\w+-)?")
_WORD_BETWEEN = lazy(r"\w")
_CLAUSE_MARK = lazy(r"[,;]")
# (folded text) a verb announcing a giving of one's own, or adding to others'
_ANNOUNCING = lazy(r"\b(?:announc\w*|unveil\w*|add|adds|added|offer\w*|annonc\w*|ajout\w*|propos\w*|devoil\w*|kundigt\w*)\b")
# (folded text, right after the item) German's announcing verb last in its relative clause
_ANNOUNCED_AFTER = lazy(r"[^,;.]{0,40}?\b(?:ankundigte?n?|zusagte?n?|anbot(?:en)?|beisteuerte?n?|bereitstellte?n?)\b")
_ONLY_ARTICLES = lazy(r"\s+(?:(?:also|aussi|egalement|auch|des|du|de la|de l'|d'|un|une|the|an?|some|ein\w*)\s*)*")
_RELATIVE_OF_PLACE = lazy(r"\b(?:where|ou|wo|bei dem|bei der|lors duquel|lors de laquelle|at which)\s")


def later_clause_subject(
    folded: str, sentence_start: int, cue: Cue, item: Item, groups: list[tuple[int, int, tuple[str, ...]]],
    donors: list[tuple[str, int, int]],
) -> tuple[str, ...]:
    """The donors of a group that opens a clause after the cue and before the item, their verb between them and the
    item, else (): the item is theirs, not the cue's subject's. A group read across the clause mark ("the contact
    group, where Denmark and Belgium", one group of three) counts from the mark on: those named after it."""
    # (not after a handover: the later clause's verb that is no cue is mostly an announcement, "announced", "a
    # annoncé", "kündigte ... an", and in "La Belgique a livré ses premiers F-16, les Etats-Unis ont annoncé 425
    # millions de dollars d'armes" the later giver would take a delivery it never told; after no decision, "Allies
    # undecided on long-range missiles, Canada adds shells", the shells are Canada's: pledges round 27's leftover)
    if cue.end > item.start or cue.status == "delivered":
        return ()
    # Only the group nearest before the item may be its clause's subject (found by bisection: a hostile sentence
    # listing thousands of givers and things must not cost their product, tests/pledges/test_long_sentence_53.py).
    nearest = nearest_ending_by(groups, item.start)
    if nearest < 0:
        return ()
    s, e, codes = groups[nearest]
    if not (cue.end <= s and _OWN_VERB_BETWEEN.fullmatch(folded, e, item.start)):
        return ()
    opener = _CLAUSE_OPENS_BEFORE.search(folded, max(sentence_start, s - 40), s)
    if opener is not None:
        return codes if _told_as_its_own(folded, opener.group(), e, item) else ()
    inside = _CLAUSE_OPENS_INSIDE.search(folded, s, e)
    if inside is not None and _told_as_its_own(folded, inside.group(), e, item):
        return tuple(code for code, start, _ in donors if inside.end() <= start < e and code in codes)
    return ()


def _told_as_its_own(folded: str, opener: str, subject_end: int, item: Item) -> bool:
    """Whether the words between the later subject and the item (or, German's verb last, right after the item) tell
    the subject's own giving: after "and" alone, any word (a gapped clause, "et la Norvège un financement pour des
    obus"; none is the item's nationality, "tanks and Portuguese ammunition"); after a clause mark, an announcing
    verb ("announced", "said it would add", "ont annoncé", "ankündigte") or only an article or "also" (a gapped clause,
    ", les Pays-Bas et l'Espagne des lanceurs"): another verb tells something else, ", Paris compense avec des
    Caesar" (France pays Greece back), and a bare figure is a total set beside another, ", Großbritannien rund 15
    Milliarden Pfund, wie eine Auswertung ... zeigt"."""
    between = folded[subject_end:item.start]
    if not _CLAUSE_MARK.search(opener):
        return bool(_WORD_BETWEEN.search(between))
    return bool(_ANNOUNCING.search(between) or _ONLY_ARTICLES.fullmatch(between) or (
        _RELATIVE_OF_PLACE.search(opener) and _ANNOUNCED_AFTER.match(folded, item.end)))
