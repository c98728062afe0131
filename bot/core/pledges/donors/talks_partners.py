"""The one Kyiv holds talks with about things is the giver weighed: "talks with Greece on older Mirage
jets are continuing", "Kyiv is negotiating with Greece over", "Über weitere Schützenpanzer verhandle man
mit Schweden", "Kiev négocie avec la Grèce". "with / avec / mit" names a partner, not a giver, where a
donor talks with another (donor_places.locative); talks told by the recipient, or with no one before,
have no other giver: the one talked with is the one giving, under discussion."""

from __future__ import annotations

from bot.core.text.lazy_pattern import lazy

# (folded text, right before the donor) the talks and their "with", the talks' subject the recipient,
# a pronoun of the reporting ministry, or no one (the talks open their clause).
_TALKS_WITH_BEFORE = lazy(
    r"(?:^|[.;:,]\s+|\b(?:and|et|und|but|mais|aber|that|que|qu'|dass|said|says|added|sagte|erklarte)\s+|\b(?:ukraine|kyiv|kiev|kiew|kyjiw|l'ukraine|die ukraine)\s+"
    r"(?:[\w'-]+\s+){0,3}?|\b(?:man|on|nous|wir|we)\s+)"
    r"(?:(?:the |les |des |die )?(?:talks|negotiations|discussions|gesprache|verhandlungen|pourparlers)|"
    r"(?:is |are |was |were |sind |ist |est |sont )?(?:(?:in )?talks|negotiating|negotiates|negotiated|"
    r"verhandl\w*|negoci\w*|en discussions?|en pourparlers|im gesprach|in gesprachen))"
    r"\s+(?:(?:\w+\s+){0,3}?)(?:with|avec|mit)\s+(?:the |la |le |l'|les |der |den |dem )?$"
)
# German puts the things first and the partner last: "Über weitere Schützenpanzer verhandle man mit Schweden"
_GERMAN_TALKS_LAST_BEFORE = lazy(r"\bverhandl\w*\s+(?:man|kiew|die ukraine|wir)\s+(?:\w+\s+){0,2}?mit\s+(?:der |den |dem )?$")


def talked_with_by_the_recipient(folded: str, s: int) -> bool:
    """Whether the donor word at s is the one the recipient (or no one named) holds talks with."""
    low = max(0, s - 80)
    return bool(_TALKS_WITH_BEFORE.search(folded, low, s) or _GERMAN_TALKS_LAST_BEFORE.search(folded, low, s))


# (folded text) a cue of talks that names the one talked with inside it (cue_patterns.py: "talks with Greece on")
_TALKS_WITH_CUE = lazy(r"(?:talks|discussions|negociations|pourparlers|gesprache|verhandlungen)\b.*\b(?:with|avec|mit)\s.*")


def talks_cue_names_its_partner(folded: str, start: int, end: int) -> bool:
    """Whether the cue from start to end is talks with a partner named inside it: the partner gives."""
    return _TALKS_WITH_CUE.fullmatch(folded, start, end) is not None


# (folded text, from a donor's end to the talks cue) the donor is the talks' subject: "Germany is in talks with",
# "Germany's government is in talks with"
_SUBJECT_OF_TALKS_GAP = lazy(r"(?:'s? \w+)?\s+(?:is |are |was |were |has been |have been |ist |sind |est |sont )?(?:in |en )?")


def talks_subject(folded: str, donor_end: int, cue_start: int) -> bool:
    """Whether the donor ending at donor_end is the subject of the talks cue right after it ("Germany is in talks
    with France"): then it gives, not its partner."""
    return _SUBJECT_OF_TALKS_GAP.fullmatch(folded, donor_end, cue_start) is not None
