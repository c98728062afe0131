"""A delivery halted for a time is still promised, not refused: "deliveries were halted for three days",
"la livraison des F-16 promis par la Belgique est suspendue jusqu'à la formation d'un nouveau
gouvernement", "Polen hat die zugesagte Übergabe ... vorläufig gestoppt" (probe 64's labels: a halt
with its end in sight, or whose resumption the article tells, "Die Lieferung werde ... fortgesetzt",
keeps the promise; neither a refusal nor a delivery now). A halt told with no end ("has halted
deliveries", "suspend toute livraison") is still a refusal for now (cue_patterns.py)."""

from __future__ import annotations

from dataclasses import replace

from bot.core.pledges.passes.records import Cue
from bot.core.text.lazy_pattern import lazy

# (folded text) the cue of halting (cue_patterns' refusals of the moment)
_HALT = lazy(
    r"(?:halt(?:s|ed)?|suspend\w*|paus\w*|gestoppt|stoppt|stopped|stops|ausgesetzt|setzt \w+ aus|unterbroch\w*|"
    r"interromp\w*|mis\w* en pause|met\w* en pause)\b.*"
)
# (folded text, around the halt in its sentence) the halt's end in sight: a span of time, an event it waits for
_FOR_A_TIME = lazy(
    r"\b(?:temporarily|for now|for the time being|for (?:a few|several|\w+) (?:days|weeks|months)|until|pending|"
    r"vorlaufig|vorubergehend|vorerst|zunachst|bis auf weiteres|bis zu[mr]?|bis nach|fur (?:einige|mehrere|\w+) "
    r"(?:tage|wochen|monate)|jusqu'a|jusqu'au|jusqu'aux|provisoirement|temporairement|momentanement|pour l'instant|"
    r"pour le moment|en attendant|pendant (?:quelques |plusieurs |\w+ )(?:jours|semaines|mois))\b"
)
# (folded text, after the halt's sentence) its resumption told: "will be resumed", "werde ... fortgesetzt",
# "reprendront"
_RESUMED_LATER = lazy(
    r"\b(?:will (?:be )?resum\w*|would (?:be )?resum\w*|to resume|reprendr\w*|sera\w* repris\w*|"
    r"fortgesetzt|fortsetzen|wieder aufgenommen|wieder aufnehmen)\b"
)
_REACH = 80
_RESUMPTION_REACH = 300


def halts_for_a_time(folded: str, start: int, end: int, cues: list[Cue]) -> list[Cue]:
    """The sentence's cues with each halt whose end is in sight (in its sentence, or its resumption in
    the sentences after it) read as the promise it holds up; a delivery noun it halts ("die zugesagte
    Übergabe ... gestoppt", "the delivery of ... was halted") tells no delivery then."""
    halted = [
        c for c in cues
        if c.status == "refused" and _HALT.fullmatch(folded, c.start, c.end) and (
            _FOR_A_TIME.search(folded, max(start, c.start - _REACH), min(end, c.end + _REACH))
            or _RESUMED_LATER.search(folded, end, min(len(folded), end + _RESUMPTION_REACH))
            or _told_again_for_a_time(folded, end)
        )
    ]
    if not halted:
        return cues
    return [
        replace(c, status="pledged") if c in halted else c
        for c in cues
        if not (c.status == "delivered" and _DELIVERY_NOUN.fullmatch(folded, c.start, c.end) and any(
            abs(h.start - c.start) <= _REACH for h in halted
        ))
    ]


def _told_again_for_a_time(folded: str, end: int) -> bool:
    """Whether the sentences after tell a halt again with its end in sight: a headline's "livraison
    ... suspendue" that the summary tells "suspendue jusqu'à la formation d'un nouveau gouvernement"."""
    high = min(len(folded), end + _RESUMPTION_REACH)
    return any(
        _FOR_A_TIME.search(folded, halt.start(), min(high, halt.end() + _REACH))
        for halt in _HALT_WORD.finditer(folded, end, high)
    )


_HALT_WORD = lazy(r"\b(?:halted|suspendue?s?|suspended|gestoppt|ausgesetzt|unterbrochen|interrompue?s?)\b")
# (folded text) a delivery told as a noun: "Übergabe", "Lieferung", "livraison", "delivery"
_DELIVERY_NOUN = lazy(r"(?:ubergabe|lieferung\w*|livraisons?|deliver(?:y|ies)|handover)")
