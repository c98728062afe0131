"""A sentence as the pledge readers pass it around: its text and place in the article
(Sentence), and who may give and who receives in it (Parties).

Kept apart so that every reader of a sentence (sentence_reading.py and the modules it
calls) can name these two without importing the modules above it.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Sentence:
    """One sentence of an article: the text as written and folded, and where the sentence stands in it."""

    full: str
    folded: str
    start: int
    end: int

    def evidence(self) -> str:
        """The sentence as written: what its records quote. Cut once and kept: every record of
        the sentence quotes it (a sentence listing thousands of things cut itself as many times)."""
        kept = self.__dict__.get("_evidence")
        if kept is None:
            kept = self.full[self.start : self.end].strip()
            object.__setattr__(self, "_evidence", kept)  # (a frozen dataclass: its fields stay as they are)
        return kept


@dataclass(frozen=True)
class Parties:
    """Who may give and who receives in one sentence, worked out once for all its items."""

    donors: list[tuple[str, int, int]]  # every donor the sentence names, giver or not
    ukraine: list[tuple[str, int, int]]  # where the sentence names Ukraine
    groups: list[tuple[int, int, tuple[str, ...]]]  # the givers among the donors, in groups ("X, Y and Z")
    borrowed: tuple[str, ...]  # an earlier sentence's donor, when this sentence may take it; else ()
    partners: tuple[str, ...]  # who gives "together with" the giver
    partners_at: int = -1  # where the first of them is named
    others: tuple[tuple[str, int, int], ...] = ()  # states and actors named that never give to Ukraine
