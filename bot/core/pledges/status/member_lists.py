"""An "including" that lists states, not things: "Several states, including France, had demanded",
"Plusieurs États, dont la France, avaient exigé", "Mehrere Staaten, darunter Frankreich, hatten
verlangt".

The include cue ("including", "dont", "darunter") opens a package's contents, which take the status
of the package told before (sentence_cues.cues_with_package_status). Followed by a state's name
that ends a list item (a comma, "and", a bracket), it names members of a group of states instead,
and hands no status to the things the sentence names later ("weapons made in Europe").
"""

from __future__ import annotations

from bot.core.pledges.passes.records import Cue
from bot.core.text.lazy_pattern import lazy

# (folded text) What may stand between the include cue and the state: an article, "them".
_BEFORE_THE_STATE = lazy(r"\s*(?:(?:la|le|l'|les|the|die|der|lesquels|lesquelles|them)\s*)?")
# ... and what ends the state's name as an item of a list of states, not an adjective of a thing
# ("includes German Leopard tanks" goes on to the thing).
_ENDS_A_LIST_ITEM = lazy(r"\s*(?:[,;)]|(?:and|et|und|sowie|or|ou|oder)\s)")


def without_members_listed(folded: str, cues: list[Cue], donors: list[tuple[str, int, int]]) -> list[Cue]:
    """A sentence's cues (in the folded text), less every include cue that lists states ("darunter
    Frankreich,")."""
    if not donors or not any(c.status == "include" for c in cues):
        return cues
    return [c for c in cues if not (c.status == "include" and _lists_a_state(folded, c, donors))]


def _lists_a_state(folded: str, cue: Cue, donors: list[tuple[str, int, int]]) -> bool:
    gap = _BEFORE_THE_STATE.match(folded, cue.end)
    at = gap.end() if gap is not None else cue.end
    return any(s == at and _ENDS_A_LIST_ITEM.match(folded, e) is not None for _, s, e in donors)
