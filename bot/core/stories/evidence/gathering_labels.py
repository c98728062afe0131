"""A headline's label naming the gathering its news was told at: "Nato-Treffen: London schickt Kiew 200
Starstreak-Raketen", "NATO summit: Germany pledges four Patriot", "Réunion de l'Otan : Paris promet des Caesar".

The group such a label names is where the news happened, not who gives it: the country after the colon is the
headline's subject, and the report is that government's part in the meeting, not the meeting's round-up (round 58's
ruling: a round-up and one government's part are two stories). Read as the headline's leading group, it kept the
report from counting as headed by a country (same_event._subjects_differ), and review 60's day C joined Britain's
part to the NATO ministers' round-ups (stories round 61).
"""

from __future__ import annotations

import re

from bot.core.pledges.passes.entities import GROUP_DONORS, Entities
from bot.core.pledges.quantities.numbers import fold_aligned

# A label ends at the headline's first colon (French puts a space before it).
_LABEL_END = re.compile(r"\s?:\s")
# Words naming a gathering in a label (folded): the meeting, the summit, the ministers who meet.
_GATHERING_WORD = re.compile(
    r"\b(?:meeting|ministerial|summit|talks|conference|ministers?|reunion|sommet|ministres?"
    r"|\w*treffen|\w*gipfel|tagung|konferenz|\w*minister)\b|-(?:treffen|gipfel|tagung|minister\w*)\b"
)


def groups_in_a_gathering_label(title: str, entities: Entities | None) -> frozenset[str]:
    """The groups the headline names only in a label before its colon that names a gathering, when a country
    comes after it: "Nato-Treffen: London schickt ..." gives {"NATO"}; "Otan : nouvelles promesses d'armes" (no
    country after) and "Allies pledge air defence at NATO meeting" (no label) give nothing."""
    if entities is None:
        return frozenset()
    folded = fold_aligned(title)
    end = _LABEL_END.search(folded)
    if end is None or not _GATHERING_WORD.search(folded, 0, end.start()):
        return frozenset()
    named = entities.find_donors(title)
    if not any(code not in GROUP_DONORS and start >= end.end() for code, start, _ in named):
        return frozenset()
    in_label = {code for code, start, _ in named if start < end.start()}
    if not in_label <= GROUP_DONORS:
        return frozenset()
    return frozenset(in_label - {code for code, start, _ in named if start >= end.end()})
