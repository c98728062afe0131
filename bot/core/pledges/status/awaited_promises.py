"""Promised things the recipient awaits or a thank-you sits beside: still the giver's promise.

- "Die von Kanada zugesagten Flugabwehrraketen würden im Frühjahr erwartet", "Kyiv expects the
  missiles promised by Canada in the spring", "attend les missiles promis par le Canada": the
  expectation is of a promise made; the promise ("zugesagt wins over erwartet") is the record, not
  a discussion.
- "attendre d'ici mars les 40 véhicules blindés promis par les Pays-Bas, et a remercié la Norvège
  pour ...": the thank-you tells of what it thanks for, after it (thanked_things.py); the promise
  described before it still tells of its things, though a participle used as an adjective speaks
  only when nothing else does (status_cues' weak cues).
"""

from __future__ import annotations

from collections.abc import Callable

from bot.core.pledges.passes.records import Cue
from bot.core.pledges.status.thanked_things import thanks_for_things_after
from bot.core.text.lazy_pattern import lazy

# (folded text) a cue of awaiting: "expects", "expected", "attend", "s'attend à", "erwartet".
_AWAITING = lazy(r"(?:expect\w*|await\w*|(?:s')?attend\w*|erwart\w*)")
# How far the promise's participle may stand from the awaiting verb: one clause.
_REACH = 120


def without_awaiting_of_promises(folded: str, cues: list[Cue], attributive: Callable[[str, Cue], bool]) -> list[Cue]:
    """The cues with an awaiting cue dropped where a participle of promising describes the
    awaited things within its clause (no sentence mark between): the promise speaks."""
    promises = [c for c in cues if c.status == "pledged" and attributive(folded, c)]
    if not promises:
        return cues
    return [
        c for c in cues
        if not (
            c.status == "discussed" and _AWAITING.fullmatch(folded, c.start, c.end)
            and any(_same_clause(folded, c, p) for p in promises)
        )
    ]


def promises_before_thanks(
    folded: str, cues: list[Cue], strong: list[Cue], attributive: Callable[[str, Cue], bool]
) -> list[Cue]:
    """The participles of promising that still speak beside strong cues that are all
    thank-yous for things named after them, standing before each of them."""
    if not strong or not all(thanks_for_things_after(folded, c) for c in strong):
        return []
    first = min(c.start for c in strong)
    return [c for c in cues if c.status == "pledged" and c.end <= first and attributive(folded, c)]


def _same_clause(folded: str, a: Cue, b: Cue) -> bool:
    low, high = min(a.start, b.start), max(a.end, b.end)
    return high - low <= _REACH and not any(mark in folded[low:high] for mark in (". ", "; ", ": "))


# (folded text) German's inflected participle of promising is a cue only with its giver as agent
# before it, "die von Kanada zugesagten Flugabwehrraketen" (cue_patterns.py): with no giver named,
# "Nicht die Zahl der zugesagten Jets ... sei das Problem", it tells no promise of its own.
_GERMAN_INFLECTED_PROMISE = lazy(r"zugesagte[nrsm]?")
_AGENT_VON_BEFORE = lazy(r"\bvon (?:den |der |dem )?(?:[\w'-]+ ){1,4}$")


def without_german_promises_unnamed(folded: str, cues: list[Cue]) -> list[Cue]:
    """The cues without German inflected promise participles that name no giver before them."""
    return [
        c for c in cues
        if not (
            _GERMAN_INFLECTED_PROMISE.fullmatch(folded, c.start, c.end)
            and not _AGENT_VON_BEFORE.search(folded, max(0, c.start - 50), c.start)
        )
    ]
