"""A factbox's bulleted (or labelled) lines under their heading: "Here are the main items Australia has provided
since 2022:" then "* TANKS: 36 tanks, promised last October." and "* OTHER: ammunition, helmets
and field rations.".

A line with no cue of its own takes the status of the list's heading, not the one the line before
told of its own things: a line's own "promised" (or "not yet arrived") stays that line's (review 61's
factbox labels). The heading's status holds while bulleted lines follow, and sentences that go on
inside a line ("..., promised last October. The first have not yet arrived."); a paragraph that is
no bulleted line ends the list.
"""

from __future__ import annotations

from bot.core.text.lazy_pattern import lazy

# (folded text, at a sentence's start) a line opened by a bullet: "- ", "* ", "• ", "– "
_BULLET = lazy(r"\s*[-*\u2022\u2013]\s+")
# (the text before a sentence, back to its line's start: only blanks when the sentence opens the line)
_LINE_OPENS_BEFORE = lazy(r"(?:^|\n)[ \t]*$")


# (the text as written, at a line's start) a factbox line's label in capitals, with no bullet: "SCHÜTZENPANZER:",
# "ARMOURED VEHICLES:", "DÉFENSE AÉRIENNE :"
_CAPITAL_LABEL = lazy(r"[ \t]*[A-ZÀ-Þ][A-ZÀ-Þ0-9 ./&'-]{2,40}[ \t]?:")


def a_bulleted_line(folded: str, start: int, full: str = "") -> bool:
    """Whether the sentence starting at `start` opens with a bullet, or (in the text as written, `full`)
    opens its line with a label in capitals ("SCHÜTZENPANZER: 140 Schützenpanzer vom Typ BMP-1")."""
    return _BULLET.match(folded, start) is not None or bool(
        full and opens_a_line(folded, start) and _CAPITAL_LABEL.match(full, start) is not None
    )


def opens_a_line(folded: str, start: int) -> bool:
    """Whether the sentence starting at `start` opens its line (a paragraph of its own, or a list's line)."""
    return _LINE_OPENS_BEFORE.search(folded, max(0, start - 40), start) is not None


# (folded text of the heading, the sentence that opens the list) What the list tells: things given ("the main
# items Australia has provided", "les principales armes livrées par l'Espagne", "die wichtigsten Lieferungen"),
# unless the heading tells a plan ("will send", "à venir", "geplant").
_GIVEN_HEADING = lazy(
    r"\b(?:has|have|had) (?:\w+ )?(?:provided|given|sent|delivered|supplied|donated)\b|"
    r"\b(?:provided|given|sent|delivered|supplied|donated) (?:to|by|so far|since)\b|\bdeliveries\b|"
    r"\b(?:livre|fourni|envoye|cede|donne)e?s? (?:par|a|depuis|jusqu)\b|\blivraisons\b|"
    r"\b(?:geliefert|ubergeben|uberlassen|gespendet)\w*\b|\blieferungen\b"
)
_PLANNED_HEADING = lazy(r"\b(?:will|plans?|planned|to come|a venir|prevu\w*|va|vont|geplant\w*|soll\w*|wird|werden)\b")


def heading_status_after(
    heading: str | None, full: str, folded: str, start: int, opener: tuple[int, int] | None
) -> str | None:
    """The status of the list heading that holds over the sentence starting at `start`: "delivered" when
    the sentence before (`opener`, when it ends with ":" and this one is a bulleted line) tells a list of
    things given, kept over the bulleted lines and the sentences inside them; None once a paragraph that
    is no bulleted line begins, or when the heading tells no giving (the lines then carry on as before)."""
    if a_bulleted_line(folded, start, full):
        if opener is None or heading is not None:
            return heading
        low, high = opener
        given = _GIVEN_HEADING.search(folded, low, high) is not None
        return "delivered" if given and _PLANNED_HEADING.search(folded, low, high) is None else None
    return None if opens_a_line(folded, start) else heading
