"""A handover told in the present with a time to come is a promise: "Germany hands over 15 Gepard next month",
"hands Ukraine ten more next week". The present of handing over alone tells a ceremony done (cue_patterns.py reads
"hands over" as delivered, as headlines use it), but a time still ahead in its clause cannot have been handed over.
The French and German presents with a time to come are promises in cue_patterns.py ("remet le mois prochain",
"übergibt im kommenden Monat": tense_readings.py). Pure."""

from __future__ import annotations

from bot.core.pledges.passes.records import Cue
from bot.core.text.lazy_pattern import lazy

# (folded cue text) the English present of handing over
_PRESENT_HANDOVER = lazy(r"hands\b")
# (folded text of the cue's clause) an English time still ahead: "next month", "in the coming weeks", "later this
# year", "tomorrow", "by the end of the year"
_TIMES_TO_COME = (
    r"next (?:week|month|year|spring|summer|autumn|fall|winter|monday|tuesday|wednesday|thursday|friday|weekend)|"
    r"in the (?:coming|next) (?:few )?(?:days|weeks|months)|later this (?:week|month|year)|tomorrow|"
    r"by the end of (?:the|this|next) (?:week|month|year)|(?:early|later|late) next (?:week|month|year)"
)
_TIME_TO_COME = lazy(rf"\b(?:{_TIMES_TO_COME})\b")
# (the clause: to the last semicolon before the cue and the first after it; a comma's opening phrase
# "Next month, Germany hands over" stays in it)
_CLAUSE_END = lazy(r"[;:]")


def present_handover_to_come(folded: str, sentence_start: int, sentence_end: int, cue: Cue) -> bool:
    """Whether the delivered cue is the English present of handing over ("hands over", "hands Ukraine") with a time
    to come in its clause ("next month"): a promise."""
    if cue.status != "delivered" or _PRESENT_HANDOVER.match(folded, cue.start, cue.end) is None:
        return False
    end = sentence_end if sentence_end > 0 else min(len(folded), cue.end + 200)
    low = sentence_start
    for match in _CLAUSE_END.finditer(folded, sentence_start, cue.start):
        low = match.end()
    after = _CLAUSE_END.search(folded, cue.end, end)
    high = after.start() if after is not None else end
    return _TIME_TO_COME.search(folded, low, high) is not None
