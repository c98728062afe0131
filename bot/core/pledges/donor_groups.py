"""Donor mentions joined into one group: "Germany, France and Norway", "du Danemark et
de la Belgique" (a comma alone before one who reports joins nothing)."""

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


_ARTICLE_ALONE = lazy(r"\s+(?:(?:the|la|le|les|l'|die|der|den|dem|des)\s+)?")


def donor_group_spans(folded: str, donors: list[tuple[str, int, int]]) -> list[tuple[int, int, tuple[str, ...]]]:
    """Donor mentions joined by commas or "and": (start, end, codes) per group."""
    spans: list[list] = []
    for code, s, e in donors:
        gap = folded[spans[-1][1] : s] if spans else ""
        if spans and COORDINATION.match(gap) and not (gap.strip() == "," and REPORTING_AFTER.match(folded[e : e + 60])) and (
            # (an article alone joins nothing: the second is an object, "genehmigte die Bundesregierung
            # den Niederlanden die Weitergabe", "a accordé la France les"; nor does a space alone)
            not _ARTICLE_ALONE.fullmatch(gap)
        ):
            # (a comma alone before one who reports joins nothing: "... by Norway, Germany said")
            spans[-1][1] = e
            spans[-1][2].append(code)
        else:
            spans.append([s, e, [code]])
    return [(s, e, tuple(dict.fromkeys(codes))) for s, e, codes in spans]
