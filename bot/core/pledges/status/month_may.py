"""May the month, not the modal: "sent 20 tanks in May and will send 30 more".

The discussed cue "may ... send" (cue_patterns.py) takes up to two words between the modal
and its verb, so the month followed by a clause of its own ("in May and will send") read as
a hedge and outweighed the promise after it. The month is written with its capital inside a
sentence; the modal is not (a headline in title case, "Germany May Send Tanks", capitalises
the word before it too, and keeps its modal).
"""

from __future__ import annotations

from bot.core.text.lazy_pattern import lazy

# (as written: the word before, capitalised or not)
_WORD_BEFORE = lazy(r"(\S+)\s+$")


def the_month_may(text: str, sentence_start: int, s: int) -> bool:
    """Whether the "may" at text[s:] is the month, told inside a sentence in lower-case copy."""
    if not text or not text.startswith("May", s) or s <= sentence_start:
        return False
    before = _WORD_BEFORE.search(text, max(sentence_start, s - 30), s)
    return before is not None and before.group(1)[:1].islower()
