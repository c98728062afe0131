"""Correction notes appended to (or put before) wire copy: no news, no records.

Agencies correct a story by re-sending it with a note that says what was wrong:
"(Corrects paragraph 2 to show 16 vehicles, not 60)", "(An earlier version of this
story misstated ...)", "Rectificatif : une précédente version de cette dépêche
indiquait ...", "Korrektur: In einer früheren Fassung hieß es ...". The story itself
already tells the right figure; the note retells the wrong one, or the things and a
status of what went wrong ("misstated the number of shells delivered"), which read as
news would add a record the story does not give (its giver borrowed from the sentence
before). So the sentences of a note are not read for records (extract.py).

A note opens a sentence with one of its markers. In brackets it runs to the bracket
that closes it; without, to the end of the sentence that holds it, across the
semicolons and colons the sentence splitter cuts at.
"""

from __future__ import annotations

from bot.core.text.lazy_pattern import lazy

# (folded text, at a sentence's start, after its opening bracket if any)
# A label that opens a note: "(Corrects ...)", "Korrektur: ...", "Rectificatif : ...". The same
# labels open a corrected story's headline ("KORREKTUR: Dänemark gibt ...") and may stand
# before its corrected lead, so a label alone opens a note only in brackets; unbracketed,
# the note must also speak of the error (_ERROR).
_LABEL = lazy(
    r"(?:corrects|clarifies|corrected)\b|(?:correction|clarification|editor's note)\s*:|"
    r"(?:rectificatif|correctif)\b|"
    r"(?:korrektur|berichtigung|richtigstellung)\s*:|korrigiert\b"
)
# A sentence that opens by telling of the story's earlier version is a note however it
# stands: "An earlier version of this story ...", "Une précédente version de cette
# dépêche ...", "Dans une version précédente ...", "In einer früheren Fassung ..."
_EARLIER_VERSION = lazy(
    r"(?:an? )?(?:earlier|previous) version of this (?:story|article|report|item)\b|"
    r"this (?:story|article|report) (?:has been|was) corrected\b|"
    r"(?:dans )?une (?:precedente|premiere|ancienne) version\b|(?:dans )?une version (?:precedente|anterieure)\b|"
    r"(?:cette|cet) (?:depeche|article) (?:a ete|est) (?:corrige|rectifie)e?\b|"
    r"in einer (?:fruheren|vorherigen|alteren|ersten) (?:fassung|version)\b"
)
# What says the note is about an error (searched in the whole unbracketed note).
_ERROR = lazy(
    r"\b(?:(?:earlier|previous) version|misstated|misspelled|wrongly|incorrectly|erroneously|"
    r"precedente version|version precedente|premiere version|a tort|par erreur|erron\w*|"
    r"(?:fruheren|vorherigen) (?:fassung|version)|falschlich\w*|irrtumlich\w*)\b"
)
_BRACKET = lazy(r"\(\s*")
# What ends a sentence's span but not the note: the splitter also cuts at ";" and ":".
_CUT_INSIDE = lazy(r"[;:]\s*$")


def correction_note_sentences(folded: str, spans: list[tuple[int, int]], body_start: int = 0) -> set[int]:
    """The indexes of the sentence spans from `body_start` on that belong to a correction
    note (a headline is never one: its label tells the story was corrected)."""
    notes: set[int] = set()
    index = 0
    while index < len(spans):
        start, end = spans[index]
        bracket = _BRACKET.match(folded, start, end)
        opening = bracket.end() if bracket else start
        told = _EARLIER_VERSION.match(folded, opening, end) is not None
        if start < body_start or not (told or _LABEL.match(folded, opening, end)):
            index += 1
            continue
        # the note goes on while its bracket is open, or while its sentence was only cut
        # at a semicolon or a colon
        last = index
        while last + 1 < len(spans) and (
            (bracket and ")" not in folded[start : spans[last][1]])
            or (not bracket and _CUT_INSIDE.search(folded, spans[last][0], spans[last][1]))
        ):
            last += 1
        if told or bracket or _ERROR.search(folded, start, spans[last][1]):
            notes.update(range(index, last + 1))
        index = last + 1
    return notes
