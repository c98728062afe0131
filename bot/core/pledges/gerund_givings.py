"""A giving told by a gerund that says how the main clause is done ("kept up the pressure by sending
200 armoured vehicles", "stepped up its support, sending 4 billion euros", "soutient l'Ukraine en lui
livrant 12 canons", "a renforcé son aide, envoyant 20 blindés"): a cue of the giving, in the tense of
the main clause (round 52; German tells it with "indem" and a verb of its own, read as any other).

Only the adverbial gerund: after "by", "while", "en" or a comma. A gerund as the object of another
verb ("is considering sending", "ruled out sending", "envisage d'envoyer") is that verb's, read by
its own cue; "providing that" is a condition."""

from __future__ import annotations

from bot.core.pledges.records import Cue
from bot.core.text.lazy_pattern import lazy

# (folded text) The gerund and the word that makes it adverbial.
_GERUND = lazy(
    r"(?:\b(?:by|while|thereby)|,)\s+(?:also\s+|now\s+|again\s+)?"
    r"(?P<en>sending|delivering|supplying|providing(?! that\b)|donating|giving|handing over|shipping|transferring)\b"
    r"|(?:\b(?:tout\s+)?en|,)\s+(?:(?:lui|leur|y)\s+)?(?:aussi\s+|egalement\s+)?"
    r"(?P<fr>livrant|envoyant|fournissant|cedant|donnant|transferant|remettant|offrant)\b"
)
# (folded text of the main clause, before the gerund) A past tense there: the giving was done.
# English: a perfect or a simple past ("has helped", "stepped up", "backed", "kept"); French: the
# passé composé or the imperfect ("a soutenu", "a renforcé", "soutenait").
_PAST_MAIN_CLAUSE = lazy(
    r"\b(?:has|have|had)\s+(?:\w+\s+)?\w+(?:ed|en|t|wn|ne)\b"
    r"|\b(?!(?:need|speed|feed|seed|embed|united|armed|red|bed|based|advanced|used|so-called)\b)[a-z]{2,}ed\b"
    r"|\b(?:kept|gave|sent|made|took|stood|held|set|put|came|began|brought|did|went|stepped|paid|upheld|"
    r"showed|shown|met|led)\b"
    r"|\b(?:a|ont|avait|avaient)\s+(?:(?:deja|encore|aussi|ainsi|egalement|fortement|largement)\s+)?"
    r"[a-z]+(?:e|es|ee|ees|i|is|it|u|us)\b"
    r"|\b[a-z]{3,}(?:ait|aient)\b"
)
# ... unless the main clause tells a time to come: "will keep up", "va soutenir", "plans to".
_FUTURE_MAIN_CLAUSE = lazy(
    r"\b(?:will|would|shall|'ll|plans? to|intends? to|is to|are to|going to|va|vont|devrait|devraient|compte|"
    r"entend|prevoit de)\b|\b[a-z]{3,}(?:era|eront)\b"
)
# How far before the gerund the main clause's verb is read.
_MAIN_CLAUSE_REACH = 120


def gerund_givings(folded: str, start: int, end: int) -> list[Cue]:
    """The cues of the adverbial gerunds of giving in the sentence folded[start:end]."""
    cues = []
    for match in _GERUND.finditer(folded, start, end):
        verb = "en" if match.group("en") is not None else "fr"
        before = max(start, match.start() - _MAIN_CLAUSE_REACH)
        past = _PAST_MAIN_CLAUSE.search(folded, before, match.start()) is not None
        future = _FUTURE_MAIN_CLAUSE.search(folded, before, match.start()) is not None
        status = "delivered" if past and not future else "pledged"
        cues.append(Cue(match.start(verb), match.end(verb), status))
    return cues
