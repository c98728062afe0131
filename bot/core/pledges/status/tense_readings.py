"""Tense readings: whether a giving a cue tells is still to come.

A delivery told in the future is a promise: "will hand over", "va livrer", German
"wird ... übergeben" and its present passive ("werden bis Jahresende geliefert"), a
passive infinitive ("sollen ausgeliefert werden"), a headline's infinitive with a
deadline ("to reach Ukraine by July"), a handover named as a noun whose verb puts it
ahead; but the first of things promised, handed over in the narrative present, is
delivered. German tells a time to come in the present ("Kiew erhält bis März ..."),
and puts its modal anywhere in the clause before a verb-last cue (clause_before).
cue_qualifiers.py and receiving.py read the tense here.
"""

from __future__ import annotations

from bot.core.pledges.passes.records import Cue
from bot.core.text.lazy_pattern import lazy
from bot.core.text.months import GERMAN_MONTHS, alternation

# "werden", "worden" or "sein" right after a German participle: the verb group goes on
# (a passive infinitive, a perfect passive), so the participle does not end the clause.
WERDEN_AFTER = lazy(r"\s+(?:werden|worden|sein)\b")

# The German present passive tells giving to come: "Der Ukraine werden bis Jahresende 30
# Marder zur Verfügung gestellt", "werden ... geliefert" ("wurden", the past, is folded
# apart; "sind ... geliefert worden" has no "werden").
_PRESENT_PASSIVE_PARTICIPLE = lazy(
    r"(?:zur verfugung )?(?:aus|zu|bereit|ab)?ge(?:liefert|schickt|sendet|spendet|stellt)|bereitgestellt"
)
_WERDEN = lazy(r"\b(?:wird|werden)\b")


def german_present_passive(folded: str, sentence_start: int, cue: Cue) -> bool:
    """Whether the cue is a German participle of giving in the present passive ("werden
    ... geliefert", "wird ... zur Verfügung gestellt"): a giving to come."""
    if not _PRESENT_PASSIVE_PARTICIPLE.fullmatch(folded, cue.start, cue.end) or WERDEN_AFTER.match(folded, cue.end):
        return False
    return bool(_WERDEN.search(clause_before(folded, sentence_start, cue.start)))


# A handover named as a noun is one done ("the handover of the tanks"), unless its verb
# puts it ahead or tells it delayed: "the handover of CV90s will slip into next year",
# "is expected in May", "la remise des chars est prévue en mai", "a été reportée".
HANDOVER_NOUN = lazy(r"handover|(?:la |leur |sa )?remise (?:de|des|d')")
TO_COME_AFTER = lazy(
    r"[^.;:]{0,100}?\b(?:will|is to|are to|(?:is|are) (?:expected|due|scheduled|planned|set)|"
    r"(?:has|have) been (?:delayed|postponed|pushed back)|(?:is|are|was|were) (?:delayed|postponed)|"
    r"(?:est|sont) (?:prevue?s?|attendue?s?|retardee?s?|reportee?s?|repoussee?s?)|aura lieu|"
    r"(?:a|ont) ete (?:retardee?s?|reportee?s?|repoussee?s?)|devrai(?:t|ent)|doi(?:t|vent)|(?:prend|a pris) du retard)\b"
)

# A time to come, in a German sentence told in the present: "im Herbst", "nächste Woche",
# "bis Jahresende", "ab Januar", "in den kommenden Monaten", "demnächst", "2027".
_TIMES_TO_COME = (
    r"im (?:fruhjahr|fruhling|sommer|herbst|winter|laufe des|lauf des)|"
    rf"(?:im|ab|bis|bis zum|bis ende|anfang|mitte|ende) (?:{alternation(GERMAN_MONTHS)})|ab (?:sofort|heute|morgen)\b|"
    r"nachste[nmrs]?|kommende[nmrs]?|kunftig\w*|demnachst|bald|spater|in kurze|morgen|ubermorgen|"
    r"bis (?:zum |ende |jahresende|sommer|herbst|winter|fruhjahr|mitte|anfang)|jahresende|jahresmitte|"
    # (a feast ahead: "bekommt bis Ostern zwei weitere Patriot-Systeme", "bis Weihnachten")
    r"(?:bis|vor|nach|zu|an) (?:ostern|weihnachten|pfingsten)|"
    r"in den (?:nachsten|kommenden)|noch (?:in )?(?:diese[nmrs]?|im)|20[3-9]\d|202[7-9]"
)
FUTURE_TIME = lazy(rf"\b(?:{_TIMES_TO_COME}|wird|werden|soll|sollen|will|wollen)\b")
_TIME_TO_COME = lazy(rf"\b(?:{_TIMES_TO_COME})\b")
# The first of what was promised, handed over: "das erste von vier zugesagten Systemen",
# "the first of the promised jets", "le premier des canons promis". The promise is the
# background; "wird ... übergeben" then tells the handover in the narrative present.
_FIRST_OF_PROMISED = lazy(
    r"\b(?:erste[nrs]?|first|premi(?:er|ere)s?) (?:von|der|of|des|d'entre) (?:\w+ ){0,3}"
    r"(?:zugesagt\w*|versprochen\w*|promised|pledged|promis\w*)"
)


def first_of_the_promised_handed_over(clause: str) -> bool:
    """"wird das erste von vier zugesagten Systemen übergeben": a handover told in the
    present, unless the clause names a time to come ("... wird im Herbst übergeben")."""
    return bool(_FIRST_OF_PROMISED.search(clause)) and not _TIME_TO_COME.search(clause)


_CLAUSE_BREAK = lazy(r"[,;:()\[\]]|\s[-–—]\s")
# "übergeben" is infinitive and participle: after "wird Deutschland ... übergeben" it is
# the future ("will hand over"), after "hat"/"wurde" a past handover.
GERMAN_INFINITIVE = lazy(r"(?:ubergeben|uberlassen|abgeben)$")
PASSIVE_INFINITIVE_AFTER = lazy(r"\s+(?:zu )?werden\b")
# A headline's infinitive with a deadline tells what is to come: "First of Germany's new
# IRIS-T systems to reach Ukraine by July". Without one it may tell an arrival ("the first
# jets to reach Ukraine landed on Monday").
_TO_BEFORE = lazy(r"\bto\s+$")
_DEADLINE_AFTER = lazy(r"\s*(?:by|before|within|until|no later than)\b")


def infinitive_with_a_deadline(folded: str, before: str, cue: Cue) -> bool:
    """Whether the cue is an infinitive ("to reach") followed by a deadline ("by July"):
    what is to come, as a headline tells it."""
    return bool(_TO_BEFORE.search(before) and _DEADLINE_AFTER.match(folded, cue.end))


GERMAN_FUTURE = lazy(r"\b(?:wird|werden|will|wollen|soll|sollen)\b")
# ("would" is the future of reported speech: "said ... the tanks would arrive in May")
FUTURE_BEFORE = lazy(r"\b(?:will|would|shall|going to|plans? to|set to|due to|va|vont|allons)\s+(?:[\w'-]+\s+){0,2}$")


def clause_before(folded: str, sentence_start: int, position: int) -> str:
    """The text of the clause that ends at `position`: back to the last comma,
    semicolon, colon, bracket or dash, or to the sentence start (at most 200 chars)."""
    low = max(sentence_start, position - 200)
    last = low
    for match in _CLAUSE_BREAK.finditer(folded, low, position):
        last = match.end()
    return folded[last:position]
