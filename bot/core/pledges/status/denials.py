"""Denials and announcements: cues a sentence tells as not done, or not done yet.

A denial refuses the giving it denies ("denied reports that it would send jets",
"dementiert Berichte, wonach ..."), up to a "but" or a clause of its own, and a delivery
denied did not take place; an announcement told as not made ("no new jets were
announced", "keine neuen Panzer wurden angekündigt") is no news and no refusal; an
announcement still to come ("is set to announce", "annoncera", "soll ... bekanntgeben")
is a preview, not a promise. status_cues.find_status_cues asks here.
"""

from __future__ import annotations

from dataclasses import replace

from bot.core.pledges.passes.records import Cue
from bot.core.pledges.status.cue_qualifiers import ACTION_STATUSES, NEGATION
from bot.core.text.lazy_pattern import lazy


def announcement_denied(folded: str, sentence_start: int, cue: Cue) -> bool:
    """Whether an announcement is told as not made: "no new fighter jets were announced",
    "Berlin did not announce tanks", "aucun nouvel avion n'a été annoncé", "keine neuen
    Panzer wurden angekündigt". No news is no refusal: nobody said no, so the things
    named give no record (as "requested", like talks that did not take place)."""
    return bool(
        NEGATION.search(folded[max(sentence_start, cue.start - 30) : cue.start])
        or _NOTHING_ANNOUNCED.search(folded, max(sentence_start, cue.start - 80), cue.start)
    )


# "no/aucun/kein ... was/were/été/wurden" right before an announcement: what nobody
# announced (folded text; the passive's subject carries the negation).
_NOTHING_ANNOUNCED = lazy(
    r"\b(?:no|aucune?s?|keine?[nmrs]?)\s+(?:[\w'-]+\s+){0,5}?(?:n')?(?:was|were|been|ete|wurden?|worden)\s+$"
)

# An announcement still to come is a preview, not a promise: "is set to announce",
# "devraient annoncer", "doit annoncer", "annoncera", "soll ... bekanntgeben", "werden
# ... ankündigen" (the German infinitive stands only after a modal or a future).
# (French puts an occasion or a source between the modal and its verb, commas and all:
# "pourrait à cette occasion annoncer", "devrait de son côté présenter", "pourrait, lors de
# la réunion, annoncer"; the conditional "devrait/pourrait" is a forecast, not a promise)
_ANNOUNCE_TO_COME_BEFORE = lazy(
    r"\b(?:will|'ll|shall|to|could|may|might|va|vont|doi(?:t|vent)|devr(?:ai(?:t|ent)|a|ont)|pourr\w*)\s+"
    r"(?:[\w'-]+\s+){0,2}$"
)
# (the long gap only when the cue is itself the infinitive: a finite "a annoncé" after a
# "pourraient" of another clause, "pourraient prendre du retard mais Paris a annoncé", is
# told as done)
_CONDITIONAL_FAR_BEFORE = lazy(r"\b(?:devrai(?:t|ent)|pourrai(?:t|ent)),?\s+(?:[\w'-]+,?\s+){0,6}$")
_FRENCH_INFINITIVE_CUE = lazy(r"(?:annoncer|presenter|devoiler)\b")
_ANNOUNCE_TO_COME = lazy(r"annoncer(?:a|ont|ait|aient)\b|ankundigen|bekanntgeben")


def announcement_to_come(folded: str, sentence_start: int, cue: Cue) -> bool:
    """Whether an announcement cue is told as still to come ("is set to announce",
    "annoncera", "werden ... ankündigen"): a preview, not a promise."""
    return bool(
        _ANNOUNCE_TO_COME.match(folded, cue.start, cue.end)
        or _ANNOUNCE_TO_COME_BEFORE.search(folded, max(sentence_start, cue.start - 30), cue.start)
        or (
            _FRENCH_INFINITIVE_CUE.match(folded, cue.start)
            and _CONDITIONAL_FAR_BEFORE.search(folded, max(sentence_start, cue.start - 60), cue.start)
        )
    )


# A denial refuses the giving it denies: "denied reports that it would send jets",
# "dementiert Berichte, wonach es Kampfjets liefern werde", up to a "but" or a new clause
# of its own ("denied X; it will send Y", "denied ... and said"); it refuses nothing else.
_DENIAL = lazy(r"den(?:y|ies|ied|ying)|dement|dismiss")  # ("dismissed a report": cue_patterns)
# German also rejects a report: "hat einen Bericht zurückgewiesen, wonach ... liefern wolle", "weist Berichte
# zurück, wonach" (the "wonach" or "dass" after it says a report's claim follows, not a request turned down).
# The giving it rejects is refused as a denial's is; the rejection itself stays the refusal it was read as
# before (stop 56), since what the claim tells may be no giving ("wonach sie die Lieferung ... vorbereite").
_REPORT_REJECTED = lazy(r"zuruckgewiesen,? (?:wonach|dass)\b|(?:wies|weist|wiesen|weisen) (?:[\w-]+ ){0,8}zuruck,? "
                        r"(?:wonach|dass)\b")
_DENIAL_ENDS = lazy(
    r"\b(?:but|however|mais|cependant|aber|jedoch|doch|said|says|added|confirmed|insisted|a (?:dit|ajoute|confirme|precise)|"
    r"sagte|erklarte|bestatigte|betonte)\b|[;:]"
)


def denied(folded: str, cues: list[Cue]) -> list[Cue]:
    """The sentence's cues with a denial read: what it denies giving is refused, a
    delivery it denies gives nothing, and the denial itself no record."""
    out: list[Cue] = []
    denial: Cue | None = None
    for cue in cues:
        if denial is not None and _DENIAL_ENDS.search(folded, denial.end, cue.start):
            denial = None
        if cue.status == "refused" and _REPORT_REJECTED.match(folded, cue.start):
            denial = cue
        elif cue.status == "refused" and _DENIAL.match(folded, cue.start):
            # (the denial alone says nothing of the things near it: "denied that the
            # delivery was late" gives no record; see "requested")
            denial = cue
            cue = replace(cue, status="requested")
        elif denial is not None and cue.status == "delivered":
            # a delivery denied did not take place, and nothing is refused for the future:
            # "denied having sent more missiles", "a démenti avoir livré"
            cue = replace(cue, status="requested")
        elif denial is not None and cue.status in ACTION_STATUSES:
            cue = replace(cue, status="refused")
        out.append(cue)
    return out


# (folded text) A sentence that holds a denial of a report: "a démenti les informations selon
# lesquelles", "denied reports that", "dismissed a newspaper report", "dementiert, wonach".
_REPORT_DENIED = lazy(
    r"\b(?:den(?:y|ies|ied|ying)|dismiss(?:es|ed|ing)?|dement\w*|dementier\w*) (?:[\w'-]+ ){0,10}?"
    r"(?:reports?|claims?|informations?|allegations?|affirmations?|propos|article|medienberichte?|berichte?|meldung\w*)\b"
    r"|\bdementier\w*,? (?:wonach|dass)\b"
)
# (folded text) The sentence after it says only that nothing was decided: "« Aucune décision n'a été
# prise », a précisé un porte-parole", "No decision has been made", "Eine Entscheidung sei nicht gefallen".
_NOTHING_DECIDED = lazy(
    r"\b(?:no decision (?:has|had|was|have) (?:yet )?(?:been )?(?:made|taken)|no decision yet|"
    r"aucune decision n'(?:a|avait) (?:encore )?ete prise|aucune decision n'est prise|pas (?:encore )?de decision|"
    r"(?:noch )?keine entscheidung|entscheidung (?:sei|ist|war) (?:noch )?nicht gefallen)\b"
)


def denial_left_open(folded: str, denial: tuple[int, int], start: int, end: int) -> bool:
    """Whether folded[start:end], the sentence after the one `denial` spans, tells that no decision
    was taken, and that one denied a report naming what it would give ("a démenti les informations
    selon lesquelles l'Italie s'apprêterait à livrer un SAMP/T. « Aucune décision n'a été prise »"):
    the giving stays discussed, not refused (the rulings: a denial saying no decision was taken
    leaves it open, as one told in its own sentence does)."""
    return bool(_REPORT_DENIED.search(folded, *denial) and _NOTHING_DECIDED.search(folded, start, end))


def without_refusals_the_body_leaves_open(title_pledges: list, body_pledges: list) -> list:
    """The headline's records without a refusal the body tells as undecided: "Rome dément l'envoi d'un
    SAMP/T" over a body whose denial ends "« Aucune décision n'a été prise »" (the headline shortens
    the denial; the body's fuller words say the giving is open)."""
    open_in_body = {(p.donor, p.category) for p in body_pledges if p.status == "discussed"}
    return [p for p in title_pledges if not (p.status == "refused" and (p.donor, p.category) in open_in_body)]
