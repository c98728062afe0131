"""Donors told as weighing an initiative named in apposition to a giving: its things, under discussion.

Wire copy tells a scheme and, in the same sentence, who is weighing joining it: "the Czech Republic has
proposed buying shells outside Europe ..., an initiative that Denmark and the Netherlands said they would
examine", "une initiative que le Danemark et les Pays-Bas ont dit examiner", "eine Initiative, die Dänemark
und die Niederlande prüfen wollen". The donors of that relative clause give nothing of their own there
(non_givers' closed relative clause), but they weigh taking part in the initiative's giving: each of them has
the sentence's things under discussion, never a promise or a delivery.
"""

from __future__ import annotations

from bot.core.text.lazy_pattern import lazy

# (folded text) The initiative in apposition, its relative pronoun, and the clause up to its weighing verb.
_WEIGHED_INITIATIVE = lazy(
    r"\b(?:an?|the|une|l'|eine|die)\s*(?:initiative|scheme|proposal|proposition|plan|projet|vorschlag|vorhaben)"
    r",?\s+(?:that|which|que|qu'|die|den|das|welche[nrs]?)\s*(?P<clause>[^.;:]{0,120}?)\b"
    r"(?:examin\w*|consider\w*|stud(?:y|ied|ying)|weigh\w*|look(?:ing)? at|etudi\w*|envisag\w*|prufe?n?\w*|"
    r"erwag\w*|gepruft)\b"
)


def initiative_weighers(folded: str, start: int, end: int, donors: list[tuple[str, int, int]]) -> tuple[str, ...]:
    """The donors named inside the clause of an initiative weighed (above), in order, once each."""
    found: list[str] = []
    for match in _WEIGHED_INITIATIVE.finditer(folded, start, end):
        s, e = match.span("clause")
        found += [code for code, ds, de in donors if s <= ds and de <= e and code not in found]
    return tuple(found)
