"""A parliament's approval as a lead tells it: given ("Norway's parliament approved the package",
"le Parlement a approuvé", "der Bundestag hat ... gebilligt") or still to come ("subject to approval by
parliament", "doit encore être approuvé", "Das Parlament muss noch zustimmen"). Pure.

A government announcing a package that parliament must still approve, and the parliament approving it
days later, are two steps and two events (a new announcement: a reader wants its alert), told with the
same donor, sum and system and in the same phase (a decision). Dated now, as a feed without dates gives
them, nothing else tells them apart; each step's reports name its own (same_event.compare: "step").
"""

from __future__ import annotations

import re

APPROVAL_GIVEN = "approval given"
APPROVAL_PENDING = "approval pending"

# The approval still to come (folded text).
_PENDING = re.compile(
    r"\bsubject to (?:the )?(?:parliament(?:ary|'s)? |congressional |lawmakers' )?approval\b"
    r"|\bpending (?:parliamentary |congressional )?approval\b"
    r"|\b(?:still )?(?:needs|requires) (?:the )?(?:approval|backing|consent) of (?:the )?(?:\w+ )?"
    r"(?:parliament|lawmakers|legislators|congress|senate|house|storting|bundestag)\b"
    r"|\b(?:still )?(?:needs|requires) (?:parliament(?:ary|'s)?|congressional|lawmakers') (?:approval|backing|consent)\b"
    r"|\bmust (?:still |first )?be approved\b"
    r"|\bsous reserve (?:de l.approbation|du vote|du feu vert)\b"
    r"|\b(?:doit|doivent|devra|devront) (?:encore |d.abord )?(?:etre )?(?:approuvee?s?|validee?s?|votee?s?|adoptee?s?)\b"
    r"|\b(?:doit|doivent|devra|devront) (?:encore |d.abord )(?:l.|les? |la )?(?:approuver|valider|voter|adopter)\b"
    r"|\b(?:muss|mussen|musse) (?:\w+ ){0,3}(?:noch|erst) (?:\w+ ){0,2}(?:zustimmen|billigen|genehmigen)\b"
    r"|\bvorbehaltlich der zustimmung\b|\bzustimmung (?:des|der) \w+ steht noch aus\b"
)
# A legislature approving, told as done (folded text): the chamber first, its vote within a few words
# ("Norway's parliament on Wednesday approved", "Le Parlement norvégien a approuvé mercredi", "Der
# Bundestag hat ... gebilligt"). "approuve" is the French present and participle at once.
_CHAMBER = (r"(?:parliament|lawmakers|legislators|congress|house of representatives|senate|storting|bundestag"
            r"|parlement|assemblee nationale|senat|deputes|parlament|haushaltsausschuss|abgeordneten)")
_GIVEN = re.compile(
    rf"\b{_CHAMBER}\b[\w' ,-]{{0,60}}?\b(?:approved|approves|passed|passes|voted|cleared|endorsed|backed"
    r"|a approuve|ont approuve|approuve|a adopte|ont adopte|adopte|a vote|ont vote|a valide|ont valide"
    r"|gebilligt|billigt|billigte|zugestimmt|stimmte|verabschiedet|beschlossen)\b"
)


def approval_told(folded_lead: str) -> frozenset[str]:
    """APPROVAL_PENDING when the lead tells a parliament's approval as still to come, else
    APPROVAL_GIVEN when it tells a chamber approving; neither when it tells no approval."""
    if _PENDING.search(folded_lead):
        return frozenset({APPROVAL_PENDING})
    if _GIVEN.search(folded_lead):
        return frozenset({APPROVAL_GIVEN})
    return frozenset()
