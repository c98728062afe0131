"""Ukraine receiving: which status a receiving cue gives what Ukraine receives.

Only Ukraine receiving counts (item_records.py asks here when the receiver is Ukraine):
received is delivered ("Ukraine has received", "a commencé à recevoir"), unless it is
told in the future ("is to receive", "soll erhalten", "va recevoir", a German present
with a time to come: a promise) or hoped for ("could receive", "hofft zu erhalten":
under discussion).
"""

from __future__ import annotations

from bot.core.pledges.passes.records import Cue
from bot.core.pledges.status.tense_readings import FUTURE_TIME, GERMAN_FUTURE, clause_before
from bot.core.text.lazy_pattern import lazy

# Receiving told in the future or as a possibility: "Ukraine is to receive", "soll
# erhalten", "va recevoir" promise; "could receive", "pourrait recevoir" discuss.
_RECEIVE_FUTURE = lazy(r"\b(?:will|to|is to|soll\w*|wird|werden|va|vont|doit|devrait|devraient|set to|due to)\s+(?:[\w'-]+\s+){0,8}$")
# (Ukraine's hope or its own expectation is no promise: "expects to receive", "espère
# recevoir"; "is expected to receive" is scheduled, as "expected to arrive")
_RECEIVE_MAYBE = lazy(
    r"\b(?:could|might|may|pourrai\w*|konnte\w*|durfte\w*|expects?|hop(?:e|es|ed|ing)|espere\w*|hofft\w*|"
    r"souhait\w*)\s+(?:[\w'-]+\s+){0,8}$"
)

# German puts the receiving verb last, after a middle field of any length: "Die Ukraine
# soll nach Angaben aus Regierungskreisen ... zwei weitere Patriot-Systeme erhalten".
# The clause before it then holds the modal.
_GERMAN_RECEIVING_LAST = lazy(r"(?:erhalten|bekommen)$")
_GERMAN_MAYBE = lazy(r"\b(?:konnte\w*|durfte\w*)\b")
# In a German subordinate clause the modal follows the receiving verb: "die Ukraine, die
# ... vier weitere Systeme erhalten soll", "dass Kiew ... bekommen wird" promise, "erhalten
# könnte" is only possible; the verb alone there ("erhalten hat") stays a receipt.
_GERMAN_MODAL_AFTER_TO_COME = lazy(r"\s+(?:soll|sollen|wird|werden)\b")
_GERMAN_MODAL_AFTER_MAYBE = lazy(r"\s+(?:konnte\w*|durfte\w*)\b")


def receiving_status(folded: str, sentence_start: int, cue: Cue) -> str:
    """The status of what Ukraine receives by this receiving cue: "delivered", "pledged"
    when the receiving is to come, "discussed" when it is only possible or hoped for."""
    before = folded[max(sentence_start, cue.start - 70) : cue.start]
    clause = ""
    if _GERMAN_RECEIVING_LAST.match(folded, cue.start, cue.end):
        clause = clause_before(folded, sentence_start, cue.start)
    after_last = _GERMAN_RECEIVING_LAST.match(folded, cue.start, cue.end)
    if _RECEIVE_MAYBE.search(before) or _GERMAN_MAYBE.search(clause) or (
        after_last and _GERMAN_MODAL_AFTER_MAYBE.match(folded, cue.end)
    ):
        return "discussed"
    if _RECEIVING_BEGUN.search(before):
        return "delivered"  # "a commencé à recevoir", "has begun to receive": arriving now
    if (
        _RECEIVE_FUTURE.search(before) or GERMAN_FUTURE.search(clause)
        or (after_last and _GERMAN_MODAL_AFTER_TO_COME.match(folded, cue.end))
        # (the French infinitive is told of a receipt to come: "va recevoir", "doit
        # recevoir", a headline's bare "l'Ukraine recevoir")
        or folded.startswith(("recevr", "recevoir", "will ", "is to ", "are to ", "set to "), cue.start)
    ):
        return "pledged"
    if _GERMAN_PRESENT_RECEIVING.fullmatch(folded, cue.start, cue.end) and _german_present_announces(
        folded, sentence_start, cue
    ):
        return "pledged"
    return "delivered"


def _german_present_announces(folded: str, sentence_start: int, cue: Cue) -> bool:
    """Whether a German present "erhält"/"bekommt" tells a receipt to come: with a time
    to come ("Kiew erhält bis März zwölf Haubitzen"), or of a sum ("Die Ukraine erhält
    200 Millionen Euro für Munition, teilte Den Haag mit": money is announced, where
    things received in the present arrive), unless the clause is a perfect ("hat ...
    bekommen") or the sentence tells the receiving as under way ("seit", "bereits")."""
    window = folded[max(sentence_start, cue.start - 70) : cue.end + 60]
    if FUTURE_TIME.search(window):
        return True
    clause = clause_before(folded, sentence_start, cue.start)
    return bool(
        _SUM_RECEIVED.match(folded, cue.end)
        and not (_GERMAN_PERFECT.search(clause) or _RECEIVING_UNDER_WAY.search(window))
    )


_RECEIVING_BEGUN = lazy(r"\b(?:began|begun|started|begins|starts|commence\w*|begonnen|beginnt)\s+(?:to |a |de )?$")
_GERMAN_PRESENT_RECEIVING = lazy(r"erhalt|bekommt|bekommen")
# A perfect or passive before the participle ("hat ... bekommen"), and the words that
# tell a receiving already under way ("erhält seit Monaten", "bereits", "regelmäßig").
_GERMAN_PERFECT = lazy(r"\b(?:hat|haben|hatte|hatten|habe|wurden?|worden)\b")
_RECEIVING_UNDER_WAY = lazy(
    r"\b(?:seit|bereits|bislang|bisher|schon|inzwischen|mittlerweile|regelmass?ig\w*|taglich|laufend\w*|"
    r"weiterhin|nach wie vor)\b"
)
# A sum right after the receiving verb, a few words between at most ("erhält von den
# Niederlanden weitere 300 Millionen Euro").
_SUM_RECEIVED = lazy(r"\s(?:[\w'-]+\s){0,5}?(?:\d[\d.,]*|eine?)\s?(?:millionen|milliarden|mio\b|mrd\b)")
