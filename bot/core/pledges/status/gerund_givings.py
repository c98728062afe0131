"""A giving told by a gerund that says how the main clause is done ("kept up the pressure by sending
200 armoured vehicles", "stepped up its support, sending 4 billion euros", "soutient l'Ukraine en lui
livrant 12 canons", "a renforcé son aide, envoyant 20 blindés"): a cue of the giving, told as the
manner of what the main clause does: done or under way ("kept up the pressure by sending", "is
supporting Ukraine by supplying", "épaule les unités au front en livrant des obus chaque mois",
round 38b), a promise only when the main clause or the sentence tells a time to come ("will keep up
... by sending", "va soutenir ... en lui fournissant", "next year"). Round 52; German tells it with
"indem" and a verb of its own, read as any other.

Only the adverbial gerund: after "by", "while", "en" or a comma. A gerund as the object of another
verb ("is considering sending", "ruled out sending", "envisage d'envoyer") is that verb's, read by
its own cue; "providing that" is a condition."""

from __future__ import annotations

from bot.core.pledges.passes.records import Cue
from bot.core.text.lazy_pattern import guarded, lazy

# (folded text) The gerund and the word that makes it adverbial. Scanned in every sentence of an aid
# article, most of which hold none of the gerunds: guarded by them (a few substring tests in C before
# `re` tries the pattern at every comma and word start).
_GERUND_VERBS = (
    "sending", "delivering", "supplying", "providing", "donating", "giving", "handing over", "shipping",
    "transferring", "livrant", "envoyant", "fournissant", "cedant", "donnant", "transferant", "remettant", "offrant",
)
_GERUND = guarded(
    r"(?:\b(?:by|while|thereby)|,)\s+(?:also\s+|now\s+|again\s+)?"
    r"(?P<en>sending|delivering|supplying|providing(?! that\b)|donating|giving|handing over|shipping|transferring)\b"
    r"|(?:\b(?:tout\s+)?en|,)\s+(?:(?:lui|leur|y)\s+)?(?:aussi\s+|egalement\s+)?"
    r"(?P<fr>livrant|envoyant|fournissant|cedant|donnant|transferant|remettant|offrant)\b",
    _GERUND_VERBS,
)
# (folded text of the main clause, before the gerund) A time to come there: "will keep up", "va
# soutenir", "plans to", "compensera".
_FUTURE_MAIN_CLAUSE = lazy(
    r"\b(?:will|would|shall|'ll|plans? to|intends? to|is to|are to|going to|va|vont|devrait|devraient|compte|"
    r"entend|prevoit de)\b|\b[a-z]{3,}(?:era|eront)\b"
    # ... or a promise or an announcement: what it tells the gerund does is yet to be done ("promised to
    # help Ukraine by supplying", "announced a new package, providing", "s'est engagée à soutenir
    # l'Ukraine en lui livrant", "a annoncé une nouvelle aide, envoyant").
    # (verbs only: "kept its promise by sending" is done)
    r"|\b(?:promised|vowed|offered|agreed|announced|approved|unveiled|pledged|committed to|"
    r"(?:promise|vow|offer|agree|pledge)s to)\b"
    r"|\bs'(?:est|sont) engagee?s?\b|\bs'engagen?t?\b"
    r"|\b(?:a|ont) (?:annonce|promis|approuve|devoile|adopte)\b|\b(?:promet|promettent)\b"
)
# ... or in the sentence: "next year", "in the coming months", "l'an prochain", "d'ici à l'été".
_TIME_TO_COME = lazy(
    r"\b(?:next|coming) (?:year|month|week|spring|summer|autumn|winter)\b|\bin the coming\b|\bby the end of\b|"
    r"\b(?:l'an|l'annee|le mois|la semaine) prochaine?\b|\bprochaine?s? (?:mois|semaines|annees)\b|\bd'ici\b"
)
# How far before the gerund the main clause's verb is read.
_MAIN_CLAUSE_REACH = 120


def gerund_givings(folded: str, start: int, end: int) -> list[Cue]:
    """The cues of the adverbial gerunds of giving in the sentence folded[start:end]."""
    cues = []
    for match in _GERUND.finditer(folded, start, end):
        verb = "en" if match.group("en") is not None else "fr"
        before = max(start, match.start() - _MAIN_CLAUSE_REACH)
        future = _FUTURE_MAIN_CLAUSE.search(folded, before, match.start()) or _TIME_TO_COME.search(folded, start, end)
        status = "pledged" if future else "delivered"
        cues.append(Cue(match.start(verb), match.end(verb), status))
    return cues
