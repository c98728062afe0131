"""A condition told with a subject of its own: what another country must do first.

"Greece could send shells on condition that France first delivers the howitzers ordered by
the Greek army", "à condition que les États-Unis livrent d'abord les appareils commandés
par son armée", "sofern Deutschland zuvor die bestellten Leopard-Panzer liefert": the
things of such a clause are what the condition asks of another country (often a
replacement for the giver's own army), not aid the sentence's giver gives, and its verb
is no cue of that giving. The clause runs from its marker to the next comma or the
sentence's end. A condition without a named subject of its own ("provided parliament
approves", "si nécessaire") is left to the cue qualifiers, which read it as a condition.
"""

from __future__ import annotations

from bot.core.text.lazy_pattern import guarded

# (folded text) "once" and "une fois" opening a clause of time ("once it receives the
# replacements", "une fois leur remplacement achevé"), not the adverbs of repetition "once
# again", "once more", "at once", "une fois de plus", "encore une fois" (shared by the readers
# of such clauses: items, nearest_cue, given_items)
ONCE = r"(?<!\bat )once(?! again\b| more\b)|(?<!\bencore )une fois(?! de plus\b| encore\b)"

# (folded text) the marker, then the clause's subject within a few words: "that France",
# "que les Etats-Unis", "sofern Deutschland". Searched in every sentence of a relevant
# article, where `re` tries its eight openings at every character (one opens with a comma,
# so no word boundary can be taken out of them): guarded by the words every match holds,
# few sentences hold one.
_CONDITION_MARKER = guarded(
    # ("provided" and "providing" without "that" only after a comma: else they are the verb,
    # "Britain provided Poland with ...")
    r"(?:\bon (?:the )?condition that|,\s*provid(?:ed|ing) (?:that )?|\bprovid(?:ed|ing) that|\ba condition qu(?:e |')|"
    r"\bpourvu qu(?:e |')|"
    r"\bsofern|\bvorausgesetzt,? dass|\bunter der (?:bedingung|voraussetzung),? dass)\s*"
    r"(?:(?:the|les|le|la|l'|die|der|das)\s*)?",
    ("condition that", "a condition qu", "provid", "pourvu qu", "sofern", "vorausgesetzt", "unter der "),
)


def condition_clause(folded: str, start: int, end: int, donors: list[tuple[str, int, int]]) -> tuple[int, int] | None:
    """The span of the sentence's condition clause whose subject is a donor named right
    after its marker; else None."""
    # (the markers finditer would give: each search goes on at the last marker's end; a
    # marker is never empty)
    marker = _CONDITION_MARKER.search(folded, start, end)
    while marker is not None:
        subject = next((d for d in donors if marker.end() <= d[1] <= marker.end() + 2), None)
        if subject is not None:
            comma = folded.find(",", subject[2], end)
            return marker.start(), comma if comma != -1 else end
        marker = _CONDITION_MARKER.search(folded, marker.end(), end)
    return None


def outside(spans: list, clause: tuple[int, int] | None) -> list:
    """The things (items, cues, donors: anything with a start, or a (name, start, end)
    tuple) that do not stand inside the clause."""
    if clause is None:
        return spans
    return [s for s in spans if not clause[0] <= _start(s) < clause[1]]


def _start(thing) -> int:
    return thing[1] if isinstance(thing, tuple) else thing.start
