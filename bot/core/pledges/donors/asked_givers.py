"""Whom a request asks for the item: the donor named after the request verb, or as where
the thing should come from; who asks for leave to give would give himself."""

from __future__ import annotations

from bot.core.pledges.donors.leave import ASKED_FOR_LEAVE_AFTER, asks_leave_to_give, leave_owner
from bot.core.pledges.passes.records import Cue, Item
from bot.core.text.lazy_pattern import lazy

# Whom a request asks: a donor named after the request verb is asked unless it is where
# the asking happens ("asked in Berlin for tanks", "lors d'une visite à Paris").
_ASKED_PLACE_BEFORE = lazy(r"\b(?:in|at|en|dans|im|bei|nach|during|visit\w*|lors|base)\s+(?:[\w'-]+\s+)?$")
_CLAUSE_BREAK = lazy(r"[,;:]")
# Where the thing asked for should come from, right after it: "HIMARS from the United
# States", "des avions de combat à la France" (folded text: "à" is "a").
_ASKED_FROM_GAP = lazy(
    r"(?:\s+[\w'-]+){0,3}?\s+(?:from|von|vom|a|au|aux|aupres d\w*|de la part d\w*)\s+"
    r"(?:the |la |le |les |l'|den |dem |der |die )?"
)
# ... or, the German verb last, before it: "hat von den USA weitere Patriot-Systeme gefordert".
_ASKED_FROM_BEFORE = lazy(r"\b(?:from|von|vom|aupres d\w*|de la part d\w*)\s+(?:the |la |le |les |l'|den |dem |der |die )?$")


# ... or who is asked "um" it, an adverb or two between: "hat Berlin um ... gebeten",
# "hat Deutschland erneut um die Lieferung von Taurus gebeten", "bat Paris im Sommer um".
_ASKED_UM_AFTER = lazy(r"(?:\s+[\w'-]+){0,3}?\s+um\s")


# The Europeans named as a people, not the Union: "les Européens", "the Europeans", "die Europäer".
_EUROPEANS = lazy(r"(?:les |the |die )?(?:europeens|europeans|europaer\w*)")


def _addressed_as_a_whole(folded: str, group: tuple[int, int, tuple[str, ...]]) -> bool:
    s, e, codes = group
    return codes == ("ALLIES",) or (codes == ("EU",) and _EUROPEANS.fullmatch(folded, s, e) is not None)


def asked_giver(
    folded: str, sentence_start: int, cue: Cue, item: Item, groups: list[tuple[int, int, tuple[str, ...]]]
) -> tuple[str, ...]:
    """Whom a request asks for the item: the donor group named after the request verb and
    before the item ("asked Sweden to supply Gripen jets", "bittet Deutschland um weitere
    Gepard", "a demandé aux Pays-Bas davantage de Patriot"), else the one named right after
    the item as where it should come from ("requested HIMARS from the United States",
    "réclame des avions à la France"), else, the verb last, the one it is asked "von" or
    who is asked "um" it ("hat Berlin um ... gebeten").
    Who asks stands before the verb and is not asked. () when the request names no one:
    a request to nobody in particular gives no record. `groups` are all the sentence's
    donor groups: "à la France" is no place here."""
    # (within the request's clause: in "urged allies to send air defence, saying Russia
    # had fired a record number of drones" the drones are not asked for)
    if asks_leave_to_give(folded, sentence_start, cue):
        # "Poland asked Germany for permission to send tanks": who asks would give.
        # (not the one asked, German naming it before the leave and the asking last:
        # "Tschechien hat die Bundesregierung um die Zustimmung zur Weitergabe ... gebeten")
        asker = [
            codes for s, e, codes in groups
            if sentence_start <= s and e <= cue.start and not ASKED_FOR_LEAVE_AFTER.match(folded, e)
            and not leave_owner(folded, sentence_start, s, e)
        ]
        return asker[-1] if asker else ()
    if _CLAUSE_BREAK.search(folded, cue.end, item.start) or _CLAUSE_BREAK.search(folded, item.end, cue.start):
        return ()
    for s, e, codes in groups:
        if cue.start < s and e <= item.start and s - cue.start <= 80 and not _ASKED_PLACE_BEFORE.search(
            folded, max(sentence_start, s - 20), s
        ):
            # (the allies or the Europeans called on as a whole are no one in particular:
            # "called on European allies to speed up deliveries", "a appelé les Européens à
            # accélérer les livraisons" is a request, which gives no record; nor does the make
            # of what they are asked for, "urged allies to pay for more American weapons")
            return () if _addressed_as_a_whole(folded, (s, e, codes)) else codes
    groups = [g for g in groups if not _addressed_as_a_whole(folded, g)]
    for s, _, codes in groups:
        if item.end < s <= item.end + 45 and _ASKED_FROM_GAP.fullmatch(folded, item.end, s):
            return codes
    if cue.start >= item.end:
        for s, e, codes in groups:
            if s < item.start and (
                _ASKED_FROM_BEFORE.search(folded, max(sentence_start, s - 20), s)
                # ... or the one asked "um" it: "hat Berlin um die Lieferung von Taurus gebeten"
                or (_ASKED_UM_AFTER.match(folded, e) and not _ASKED_PLACE_BEFORE.search(
                    folded, max(sentence_start, s - 20), s))
            ):
                return codes
    return ()


# (folded text) A record's sentence that asks a donor for more: "a demandé à la France de
# livrer davantage de Mirage", "urged Germany to send more", "hat Deutschland um weitere ...
# gebeten". Beside that donor's promise of the kind it is a new request, not the promise
# told with caution (restatements.one_reading asks here). A journalist's question ("when
# asked about", "asked whether") asks for no arms.
_ASKS_A_DONOR = lazy(
    r"\b(?:(?:asks?|asked|urg(?:es|ed)|press(?:es|ed)|call(?:s|ed)? on)\s+(?!(?:about|whether|if|why|how|when)\b)|"
    r"(?:a|ont|avait) (?:\w+ )?demande (?:\w+ ){0,2}?(?:a|aux?)\b|reclam\w*|exhort\w*|bittet|bat\b|gebeten|aufgefordert|"
    r"fordert\w*|forderte\w*)"
)
_WHEN_ASKED = lazy(r"\b(?:when|if|as|once) asked\b")


# (folded text) Ukraine, its people or leaders: who asks, or who is to get what is asked.
_UKRAINIAN = lazy(r"\b(?:ukrain\w*|kyiv|kiev|kiew|kyjiw|zelensk\w*|zelenskyy|selenskyj|zelenski)\b")
# A pronoun as the one who asks ("he urged Britain"): told in an earlier sentence, unknown here.
_PRONOUN_ASKER = lazy(r"\s*(?:he|she|they|il|elle|ils|er|sie)\b")
# Where the clause that asks begins or ends ("Poland asked ..., while Washington has pledged two
# to Ukraine": the request is Poland's, for itself).
_ASKING_CLAUSE_BREAK = lazy(r"[;:]|\.\s|,\s*(?:while|whereas|but|alors que|tandis que|mais|wahrend|aber|doch)\b")


def asks_a_donor(folded_evidence: str) -> bool:
    """Whether a record's sentence is Ukraine's request addressed to a donor (see _ASKS_A_DONOR):
    Ukraine or its leaders ask, or Ukraine is named in the asking clause as who gets it. A third
    state asking a donor for itself ("Poland asked the United States for more Patriot systems for
    its own army") is no request for Ukraine, new beside the donor's pledge."""
    ask = _ASKS_A_DONOR.search(folded_evidence)
    if ask is None or _WHEN_ASKED.search(folded_evidence) is not None:
        return False
    clause_start = max((m.end() for m in _ASKING_CLAUSE_BREAK.finditer(folded_evidence, 0, ask.start())), default=0)
    after = _ASKING_CLAUSE_BREAK.search(folded_evidence, ask.end())
    clause_end = after.start() if after else len(folded_evidence)
    return (
        _UKRAINIAN.search(folded_evidence, clause_start, clause_end) is not None
        or _PRONOUN_ASKER.match(folded_evidence, clause_start) is not None
    )
