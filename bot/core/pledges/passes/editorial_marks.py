"""An editor's marks inside a quote, read through.

Wire copy quoting a minister fills in what the quote leaves implicit with square brackets and
cuts what does not matter with an ellipsis in brackets: "We will hand over [the remaining] 25
[armoured vehicles]", "Nous remettrons [à l'Ukraine] les 10 [derniers appareils]", "Die ersten
24 (...) sind bereits im Einsatz". The bracketed words are part of the sentence as the reader
takes it: the brackets themselves cut a count from its noun ("25 [armoured vehicles]") or a
subject from its verb, and an ellipsis stands between them. Both marks are taken out before the
sentence is read, their words kept (the records' evidence then reads as the quote did).

A bracket holding digits is left alone: a footnote ("[1]") or a reference is no insertion. So is an
ellipsis in square brackets ("[…]"), which marks a passage left out of a lead, perhaps whole sentences:
cut, it would join what stood before and after it into one sentence.
"""

from __future__ import annotations

import re

# A bracketed insertion of words (a letter in it, no digits, no nested brackets, within one line).
_INSERTION = re.compile(r"\[(?=[^\[\]\n]{0,79}?[^\W\d_])([^\[\]\d\n]{1,80})\]")
# An ellipsis in round brackets, with the space before it: "24 (...) sind", "(…)".
_CUT = re.compile(r"[ \u00a0]?\([ \u00a0]?(?:\.[ \u00a0]?\.[ \u00a0]?\.|\u2026)[ \u00a0]?\)")


def without_editorial_marks(text: str) -> str:
    """The text with an editor's bracketed insertions unbracketed and bracketed ellipses cut."""
    if "[" not in text and "(" not in text:
        return text
    if "." in text or "\u2026" in text:
        text = _CUT.sub("", text)
    return _INSERTION.sub(r"\1", text) if "[" in text else text
