"""Things Ukraine received, told in a relative clause on what another giver's things are
for: "shells for the AS90 howitzers that Ukraine received from Britain", "des obus pour
les Leopard 2 que Kiev a reçus de l'Allemagne", "Munition für die Gepard-Panzer, die Kiew
von Deutschland erhalten hatte".

The sentence's news is the first giver's (the shells); the relative clause adds, as
background, who delivered the guns they are for. That giver delivered those guns (a
record of their own category, no count: the sentence counts the shells), and is no
giver of the shells. Read here, before the sentence's items are given out, so the
clause's donor can be taken out of the sentence's givers (sentence_reading.py).
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.core.pledges.records import Mention
from bot.core.text.lazy_pattern import lazy

_UKRAINE = r"(?:ukraine|kyiv|kiev|kiew|kyjiw|l'ukraine|die ukraine)"
# (folded text, right after the thing received: the relative pronoun, Ukraine as the
# subject, the receiving verb and the word that opens its source)
_RECEIVED_FROM_AFTER = lazy(
    rf"\s*,?\s*(?:that|which)\s+{_UKRAINE}\s+(?:has\s+|had\s+|have\s+)?(?:already\s+|previously\s+|earlier\s+)?"
    r"(?:received|got|obtained)\s+from\s+(?:the\s+)?|"
    rf"\s*,?\s*(?:que|qu')\s*{_UKRAINE}\s+(?:a|avait)\s+(?:deja\s+)?(?:recu|recus|recue|recues|obtenu|obtenus)\s+"
    r"(?:de\s+la\s+|de\s+l'|du\s+|des\s+|de\s+)"
)
# ... German names the source before its verb, "die Kiew von Deutschland erhalten hatte",
# and may close the main clause on its participle first: "... für die Gepard-Panzer
# übergeben, die Kiew von Deutschland erhalten hatte"
_GERMAN_RECEIVED_FROM_AFTER = lazy(
    rf"(?:\s+\w+(?:en|t))?\s*,\s*(?:die|den|das)\s+{_UKRAINE}\s+(?:bereits\s+|zuvor\s+|schon\s+)?(?:von|aus)\s+(?:der\s+|dem\s+|den\s+)?"
)
_GERMAN_RECEIVED_AFTER = lazy(r"\s+(?:erhalten|bekommen)(?:\s+(?:hatte|hat|hatten|haben))?\b")


@dataclass(frozen=True, slots=True)
class RelativeReceipt:
    """A giver told in a relative clause as the source of things Ukraine received."""

    codes: tuple[str, ...]
    category: str  # the category of the things received (the guns, not the shells)
    group_start: int
    item_start: int  # where the things received are named
    item_end: int


def relative_receipts(
    folded: str, mentions: list[Mention], groups: list[tuple[int, int, tuple[str, ...]]],
    donors: list[tuple[str, int, int]],
) -> list[RelativeReceipt]:
    """The receipts told in relative clauses right after an item word (see the module).
    The source is a giver group, or a donor read as a place ("aus Deutschland")."""
    if not donors:
        return []
    groups = groups + [(s, e, (code,)) for code, s, e in donors if not any(g[0] <= s < g[1] for g in groups)]
    found = []
    for mention in mentions:
        if mention.category in ("", "other", "funding", "training", "production"):
            continue
        match = _RECEIVED_FROM_AFTER.match(folded, mention.end)
        german = match is None
        if german:
            match = _GERMAN_RECEIVED_FROM_AFTER.match(folded, mention.end)
        if match is None:
            continue
        group = next((g for g in groups if g[0] == match.end()), None)
        if group is None or (german and not _GERMAN_RECEIVED_AFTER.match(folded, group[1])):
            continue
        named = _system_of_the_phrase(folded, mention, mentions)
        category = named.category if named is not None else mention.category
        start = named.start if named is not None else mention.start
        found.append(RelativeReceipt(group[2], category, group[0], start, mention.end))
    return found


def _system_of_the_phrase(folded: str, head: Mention, mentions: list[Mention]) -> Mention | None:
    """A system named in the noun phrase ending on `head`: "the Gepard anti-aircraft guns"
    are air defence, whatever "guns" alone would be."""
    return next((
        m for m in mentions
        if m.system and m.end <= head.end and head.start - m.end <= 30
        and _SAME_PHRASE.fullmatch(folded, m.end, head.start)
    ), None)


# (folded text: only words and hyphens between a system's name and its phrase's head)
_SAME_PHRASE = lazy(r"[\w\s-]*")