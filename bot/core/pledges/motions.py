"""A non-binding motion voted down is no refusal by the government it urged.

"Ein Antrag der Opposition, der die Bundesregierung auffordert, Taurus an Kiew zu liefern,
wurde ... abgelehnt", "lawmakers rejected a motion calling on the government to send jets",
"l'Assemblée a rejeté une résolution invitant le gouvernement à livrer des SCALP": a chamber
declining to urge the government decides nothing about the giving, as adopting such a motion
promises nothing ("adopted a non-binding motion urging the government": discussed). The
giving stays under discussion. A binding bill voted down is left a refusal (the money or
arms themselves are refused). status_cues.find_status_cues asks here of a refusal cue.
"""

from __future__ import annotations

from bot.core.text.lazy_pattern import lazy

# (folded text) A motion or resolution that urges the government to give, in the sentence.
_MOTION_URGING = lazy(
    r"\b(?:motion|resolution|(?:entschliessungs)?antrag\w*|proposition de resolution|motion)\b"
    r"[^.;]{0,120}?\b(?:urg\w*|calling on|calls on|called on|asking|auffordert|fordert|aufzufordern|auffordern|"
    r"invit\w*|appel\w*|demand\w*|exhort\w*|enjoign\w*)\b"
)
# ... and the refusal cue a vote against it: rejected, voted down, defeated.
_VOTED_DOWN = lazy(
    r"(?:rejected|rejects?|voted down|votes down|defeated|abgelehnt|lehnt\w*|scheitert\w*|gescheitert|"
    r"rejete\w*|a rejete|ont rejete|repouss\w*)\b"
)


def motion_voted_down(folded: str, sentence_start: int, sentence_end: int, cue_start: int, cue_end: int) -> bool:
    """Whether the refusal cue folded[cue_start:cue_end] tells a chamber voting down a
    motion that urged the government to give: the cue is the vote, or the motion's urging
    told as turned down just after the vote ("rejected a motion calling on")."""
    return _VOTED_DOWN.search(folded, max(sentence_start, cue_start - 40), cue_end) is not None and (
        _MOTION_URGING.search(folded, sentence_start, sentence_end) is not None
    )
