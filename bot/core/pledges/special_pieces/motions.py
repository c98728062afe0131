"""A non-binding motion voted down is no refusal by the government it urged.

"Ein Antrag der Opposition, der die Bundesregierung auffordert, Taurus an Kiew zu liefern,
wurde ... abgelehnt", "lawmakers rejected a motion calling on the government to send jets",
"l'Assemblée a rejeté une résolution invitant le gouvernement à livrer des SCALP": a chamber
declining to urge the government decides nothing about the giving, as adopting such a motion
promises nothing ("adopted a non-binding motion urging the government": discussed). The
giving stays under discussion. A binding bill voted down is left a refusal (the money or
arms themselves are refused). status_cues.find_status_cues asks here of a refusal cue.
The motion must be what is voted down: named just after the vote ("rejected a motion calling
on"), or before it with no concession between ("Ein Antrag ..., der ... auffordert, wurde
abgelehnt"). A motion merely told beside a refusal of the giving itself ("rejected Ukraine's
request for Taurus, despite a motion urging the government to send them", "lehnte die Lieferung
ab, obwohl die Union einen Antrag eingebracht hatte") leaves the refusal standing.
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
    r"rejete\w*|a rejete|ont rejete|repouss\w*|keine mehrheit|failed to (?:win|get|secure|gain|find)|"
    r"n'a pas (?:obtenu|recueilli|trouve))\b"
)


# (folded text) What a vote declines when it is the giving itself, between the vote and a motion
# told after it: a request, a delivery ("rejected Ukraine's request ... despite a motion").
_GIVING_DECLINED = lazy(r"\b(?:requests?|demandes?|lieferung\w*|livraisons?|deliver(?:y|ies)|bitte|anfrage|gesuch)\b")
# ... and a concession between a motion told first and the vote: the motion is beside the vote
# ("Despite a motion urging ..., the government rejected").
_CONCESSION = lazy(r"\b(?:despite|although|though|obwohl|obgleich|trotz|malgre|bien que|alors que)\b")


def motion_voted_down(folded: str, sentence_start: int, sentence_end: int, cue_start: int, cue_end: int) -> bool:
    """Whether the refusal cue folded[cue_start:cue_end] tells a chamber voting down a
    motion that urged the government to give: the cue is the vote, or the motion's urging
    told as turned down just after the vote ("rejected a motion calling on")."""
    vote = _VOTED_DOWN.search(folded, max(sentence_start, cue_start - 40), cue_end)
    if vote is None:
        return False
    for motion in _MOTION_URGING.finditer(folded, sentence_start, sentence_end):
        if motion.start() >= vote.end():
            if motion.start() - vote.end() <= 40 and not _GIVING_DECLINED.search(folded, vote.end(), motion.start()):
                return True
        elif not _CONCESSION.search(folded, motion.start(), vote.start()):
            return True
    return False
