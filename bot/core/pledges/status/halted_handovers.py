"""A handover halted is no handover: the lead's ruling on halts (stop 64, docs/reading-pledges.md).

"Polen hat die zugesagte Übergabe weiterer MiG-29 ... vorläufig gestoppt", "Poland has halted the
promised handover of further MiG-29 jets", "La Pologne a suspendu la livraison promise de ...": the
handover noun ("Übergabe", "handover", a delivered cue of its own) and the participle describing the
promise ("promised", "promise", "zugesagte") name what the halt stops. Left in, the nearest of them
to the things spoke for them, and a halt read as a delivery or a promise; the halt in force is a
refusal for now, whatever its end or resumption (told in a later sentence, which keeps its own cue).
"""

from __future__ import annotations

from bot.core.pledges.passes.records import Cue
from bot.core.text.lazy_pattern import lazy

# (folded text) a refused cue that halts, whole: "halted", "suspended", "gestoppt", "ausgesetzt",
# "suspendue", "interrompu" (not a refusal by name: "refused the handover" is read as it is).
_HALT = lazy(
    r"(?:halt(?:s|ed|ing)?|stop(?:s|ped|ping)?|suspen\w*|paus(?:es|ed|ing)|froze|frozen|freez\w*|"
    r"gestoppt|stopp(?:t|en|te|ten)|ausgesetzt|setz\w* (?:[\w-]+ ){0,12}aus|eingestellt|auf eis|"
    r"interromp\w*|gel(?:e|ee|es|ees)|mis(?:e|es)? en pause)"
)
# (folded text) a handover noun, whole: what a halt stops.
_HANDOVER_NOUN = (
    r"(?:handovers?|deliver(?:y|ies)|transfers?|shipments?|ubergabe\w*|lieferung\w*|livraisons?|remises?|transferts?|envois?)"
)
_HANDOVER_WORD = lazy(rf"\b{_HANDOVER_NOUN}\b")
# (folded text) a participle of promising describing the halted things, whole.
_PROMISE_PARTICIPLE = lazy(
    r"(?:promised|pledged|promise?s?|promis|zugesagte?[nrsm]?|versprochene?[nrsm]?)"
)
# what closes a clause: the halt reaches no further ("..., nachdem ...", "... ; ...")
_CLAUSE_MARKS = (". ", "; ", ": ", ", ")


def without_halted_handovers(folded: str, start: int, end: int, cues: list[Cue]) -> list[Cue]:
    """The cues without the handover nouns and promise participles of a halt's clause, when the
    clause names a handover: the halt speaks for the things."""
    halts = [c for c in cues if c.status == "refused" and _HALT.fullmatch(folded, c.start, c.end)]
    if not halts:
        return cues
    dropped: set[int] = set()
    for halt in halts:
        low, high = _clause(folded, start, end, halt)
        halted = [c for c in cues if c is not halt and low <= c.start and c.end <= high]
        if not _HANDOVER_WORD.search(folded, low, high):
            continue
        dropped.update(
            id(c) for c in halted
            if c.status in ("delivered", "pledged", "delivery")
            and (_handover_cue(folded, c) or _PROMISE_PARTICIPLE.fullmatch(folded, c.start, c.end))
        )
    return [c for c in cues if id(c) not in dropped] if dropped else cues


def _handover_cue(folded: str, cue: Cue) -> bool:
    """Whether the cue is a handover noun, alone or with its article ("la remise des")."""
    return _HANDOVER_WORD.search(folded, cue.start, cue.end) is not None


def _clause(folded: str, start: int, end: int, cue: Cue) -> tuple[int, int]:
    """The bounds of the cue's clause within the sentence folded[start:end]."""
    low = max((folded.rfind(mark, start, cue.start) + len(mark) for mark in _CLAUSE_MARKS
               if folded.rfind(mark, start, cue.start) >= 0), default=start)
    highs = [i for mark in _CLAUSE_MARKS if (i := folded.find(mark, cue.end, end)) >= 0]
    return low, min(highs, default=end)
