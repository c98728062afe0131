"""Donor mentions joined into one group: "Germany, France and Norway", "du Danemark et
de la Belgique", a correlative pair "tant le Portugal que la Grèce" (a comma alone before
one who reports joins nothing)."""

from __future__ import annotations

from bot.core.text.lazy_pattern import lazy

REPORTING_AFTER = lazy(
    r"^(?:\s+[\w'-]+){0,4}\s+(?:said|says|confirmed|confirms|announced|told|added|a (?:indique|annonce|confirme|assure)|"
    r"sagte|teilte|bestatigte|erklarte)\b"
)
# Donors joined by these form one group ("Germany, France and Norway").
COORDINATION = lazy(
    r"^\s*(?:,|;|-)?\s*(?:and|et|und|&|as well as|ainsi que|sowie|or|ou|oder)?\s*"
    # the preposition repeated in each member: "du Danemark et de la Belgique", "by
    # Norway and by Denmark", "von Polen und von Tschechien"
    r"(?:(?:de|d'|of|von|vom|a|au|aux|by|par|from)\s*)?"
    r"(?:the|la|le|les|l'|die|der|den|des|du|d')?\s*$"
)


# A correlative pair names both donors as one subject: "Tant le Portugal que la Grèce",
# "Sowohl Polen als auch Litauen", "not only Denmark but also Norway", "non seulement la
# France mais aussi l'Italie", "nicht nur Polen, sondern auch Litauen" ("both A and B",
# "et A et B" are joined by their "and"). Folded text: the pair's second word between the
# donors, and its first right before the first donor.
_CORRELATIVE_SECOND = lazy(
    r"^\s*,?\s*(?:que|comme|als auch|wie auch|but also|but|mais aussi|mais egalement|sondern auch|sondern ebenso)\s+"
    r"(?:the |la |le |les |l'|die |der |das |den |des |du )?$"
)
_CORRELATIVE_FIRST_BEFORE = lazy(
    r"\b(?:tant|autant|sowohl|not only|non seulement|nicht nur)\s+(?:the |la |le |les |l'|die |der |das |den |des |du )?$"
)


def _correlative_pair(folded: str, first_start: int, gap: str) -> bool:
    """Whether the gap between two donors is a correlative pair's second word, its first
    right before the first donor ("Tant le Portugal que la Grèce")."""
    return bool(_CORRELATIVE_SECOND.match(gap)) and bool(
        _CORRELATIVE_FIRST_BEFORE.search(folded, max(0, first_start - 20), first_start)
    )


# (an article alone between two donors joins nothing: the second is an object)
_ARTICLE_ALONE = lazy(r"\s+(?:(?:the|la|le|les|l'|die|der|den|dem|des)\s+)?")


def donor_group_spans(folded: str, donors: list[tuple[str, int, int]]) -> list[tuple[int, int, tuple[str, ...]]]:
    """Donor mentions joined by commas or "and": (start, end, codes) per group."""
    spans: list[list] = []
    for code, s, e in donors:
        gap = folded[spans[-1][1] : s] if spans else ""
        if spans and (
            (
                COORDINATION.match(gap)
                and not (gap.strip() == "," and REPORTING_AFTER.match(folded[e : e + 60]))
                # (an article alone joins nothing: the second is an object, "genehmigte die Bundesregierung
                # den Niederlanden die Weitergabe", "a accordé la France les"; nor does a space alone)
                and not _ARTICLE_ALONE.fullmatch(gap)
            )
            or (len(spans[-1][2]) == 1 and _correlative_pair(folded, spans[-1][0], gap))
        ):
            # (a comma alone before one who reports joins nothing: "... by Norway, Germany said")
            spans[-1][1] = e
            spans[-1][2].append(code)
        else:
            spans.append([s, e, [code]])
    return [(s, e, tuple(dict.fromkeys(codes))) for s, e, codes in spans]
