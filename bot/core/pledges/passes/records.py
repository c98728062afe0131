"""The pledge extractor's working records: an item word found in a sentence
(Mention), an item with its count or amount (Item), a status cue (Cue); and the byte
form of folded text that the extractor's RE2 automata read."""

from __future__ import annotations

from dataclasses import dataclass

# Items that only count when nothing more precise is named in the sentence.
VAGUE = ("funding", "other")


# The extractor's own records (Mention, Item, Cue) are made some thirty times per
# relevant article and never changed (`replace` makes a copy). They are not frozen:
# a frozen dataclass sets each field through object.__setattr__, which made creating
# one three times slower (~1.2 µs more) for a guarantee no code here needs.
@dataclass(slots=True)
class Mention:
    """An item word or system name: where it is and what it says."""

    start: int
    end: int
    category: str
    system: str | None = None
    # The count of the things a pronoun stands for ("12 launchers ... would send them"),
    # told before it in another sentence (references.py); None for any other mention.
    count: int | None = None


@dataclass(slots=True)
class Item:
    start: int
    end: int
    category: str
    system: str | None
    quantity: int | None = None
    value: float | None = None
    currency: str | None = None
    # The sums several givers pay "respectively" for this item, in the givers' order
    # (respective_sums.py); empty when the item has one value or none.
    respective_values: tuple[float, ...] = ()


@dataclass(slots=True)
class Cue:
    start: int
    end: int
    status: str
    # "manufacture" when the cue is making rather than buying: the record's category
    # is then "production" (see cue_patterns.STATUS_PATTERNS).
    kind: str = ""
    # Where a request's answer told in its sentence begins (its comma), for kind
    # "answered-...": things named from there on are the answer's own, not the ones asked.
    answer_start: int = 0


def as_ascii(folded: str) -> bytes:
    """Folded text as bytes, one byte per character (anything not ASCII becomes "?",
    which no pattern needs), so byte offsets are character offsets."""
    return folded.encode("ascii", "replace")
