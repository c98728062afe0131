"""A handover told in the present with a time to come is a promise: "Germany hands over 15 Gepard next month",
"hands Ukraine ten more next week", "L'Allemagne remet à l'Ukraine 15 Gepard dans deux semaines". The present of
handing over alone tells a ceremony done (cue_patterns.py reads "hands over" and "remet à l'Ukraine" as delivered, as
headlines use them), but a time still ahead in its clause cannot have been handed over. The time to come is read as
a form (a unit of time after a word of coming, a span from now, a part of a unit ahead), not a list of phrases. The
French present with a time to come right after it is a promise in cue_patterns.py too ("remet le mois prochain"),
the German one in tense_readings.py ("übergibt im kommenden Monat"). Pure."""

from __future__ import annotations

from bot.core.pledges.passes.records import Cue
from bot.core.text.lazy_pattern import lazy

# (folded cue text) the English and French present of handing over ("hands over", "remet", "remettent")
_PRESENT_HANDOVER = lazy(r"hands\b|remet(?:tent)?\b")
# (folded text of the cue's clause) a time still ahead, as a form rather than a list of phrases: a unit of time
# after a word of coming ("next month", "the coming weeks", "the following spring", "le mois prochain", "les
# prochaines semaines", "les semaines à venir"), a span from now ("in two weeks", "within a month", "dans deux
# semaines", "d'ici trois mois", "d'ici l'été"), a part of a unit ahead ("later this year", "by the end of the
# month", "early next year", "d'ici la fin de l'année"), a named month after "by" and the words of soon
_UNITS = (
    r"days?|weeks?|fortnight|months?|quarters?|years?|spring|summer|autumn|fall|winter|weekend|monday|tuesday|"
    r"wednesday|thursday|friday|saturday|sunday"
)
_FR_UNITS = (
    r"jours?|semaines?|mois|trimestres?|ans|annees?|printemps|ete|automne|hiver|week-end|lundi|mardi|mercredi|jeudi|"
    r"vendredi|samedi|dimanche"
)
_COUNTS = r"a|an|one|two|three|four|five|six|a few|several|\d+|un|une|deux|trois|quatre|cinq|six|quelques"
_MONTHS = r"january|february|march|april|may|june|july|august|september|october|november|december"
_TIMES_TO_COME = (
    rf"(?:next|coming|following|upcoming) (?:(?:few|two|three|several) )?(?:{_UNITS})|"
    rf"(?:in|within) (?:the next )?(?:{_COUNTS}) (?:more )?(?:{_UNITS})|"
    rf"(?:later|early|earlier|late) (?:this|next) (?:{_UNITS})|"
    rf"(?:by|before|at) the (?:end|start|beginning) of (?:the|this|next) (?:{_UNITS})|by (?:{_MONTHS})|"
    # ("soon after the summit", "shortly before the vote" place the handover by another event, not ahead of now)
    r"tomorrow|(?:soon|shortly)(?! (?:after|before)\b)|"
    rf"(?:le|la|l'|les) ?(?:{_FR_UNITS}) (?:prochaine?s?|a venir|qui viennent)|(?:prochaine?s?) (?:{_FR_UNITS})|"
    rf"dans (?:les )?(?:{_COUNTS}) (?:prochaine?s? )?(?:{_FR_UNITS})|d'ici\b|demain|prochainement|bientot|sous peu"
)
_TIME_TO_COME = lazy(rf"\b(?:{_TIMES_TO_COME})\b")
# (the clause: to the last semicolon before the cue and the first after it; a comma's opening phrase
# "Next month, Germany hands over" stays in it)
_CLAUSE_END = lazy(r"[;:]")


def present_handover_to_come(folded: str, sentence_start: int, sentence_end: int, cue: Cue) -> bool:
    """Whether the delivered cue is the English or French present of handing over ("hands over", "hands Ukraine",
    "remet à l'Ukraine") with a time to come in its clause ("next month", "dans deux semaines"): a promise."""
    if cue.status != "delivered" or _PRESENT_HANDOVER.match(folded, cue.start, cue.end) is None:
        return False
    end = sentence_end if sentence_end > 0 else min(len(folded), cue.end + 200)
    low = sentence_start
    for match in _CLAUSE_END.finditer(folded, sentence_start, cue.start):
        low = match.end()
    after = _CLAUSE_END.search(folded, cue.end, end)
    high = after.start() if after is not None else end
    return _TIME_TO_COME.search(folded, low, high) is not None
