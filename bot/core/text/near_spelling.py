"""The one name among those allowed that a mistyped word was most likely meant as.

Used where the operator gets a list of every allowed name after a typo (a settings key,
a command, an option's value): spotting the one letter that differed in nineteen names
was left to them. Only a near spelling is offered (difflib's ratio 0.75 or more: one or
two letters off in a word of eight, a letter missing or doubled) or the one name the word
begins, never a guess at a name the word does not resemble."""

from __future__ import annotations

from collections.abc import Iterable
from difflib import get_close_matches

_CUTOFF = 0.75


def near_spelling(word: str, allowed: Iterable[str]) -> str | None:
    names = sorted(allowed)
    # A name cut short (`WARN` for WARNING, `retention` for retention_days) is the one name
    # it begins, when only one does: the ratio alone missed WARN (0.73).
    begun = [name for name in names if len(word) >= 3 and name.lower().startswith(word.lower())]
    if len(begun) == 1:
        return begun[0]
    close = get_close_matches(word, names, n=1, cutoff=_CUTOFF)
    return close[0] if close else None


def did_you_mean(word: str, allowed: Iterable[str]) -> str:
    """"; did you mean NAME?" to append to an error line, or nothing."""
    close = near_spelling(word, allowed)
    return f"; did you mean {close}?" if close else ""
