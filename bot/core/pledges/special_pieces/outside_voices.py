"""Commentators, analysts and experts calling for a giving: nobody who can give is discussing it.

"Kommentatoren fordern, Berlin solle nun auch Taurus liefern", "Analysts say France should send Rafale
jets", "des éditorialistes réclament que Paris livre des Rafale": the things such voices call for are no
government's promise, nor a request a state put to another (Kyiv asking Berlin is one, read as
discussed). The things told after their call in the sentence give no record. Their report of a fact
("experts said the Leopards had arrived") is no call: a verb of saying counts only with a modal of
obligation after it ("should", "doit", "müsse").
"""

from __future__ import annotations

from bot.core.pledges.passes.records import Item
from bot.core.pledges.passes.sentence_scans import last_end_before, search_before
from bot.core.text.lazy_pattern import guarded, lazy

_VOICE_WORDS = (
    r"\b(?:commentators?|analysts?|experts?|observers?|columnists?|pundits?|editorials?|editorial writers|"
    r"think[- ]tanks?|researchers|"
    r"commentateurs|analystes|experts|observateurs|editorialistes|chroniqueurs|chercheurs|"
    r"kommentatoren|kommentare|\w*analysten|\w*experten|beobachter|kolumnisten|leitartikler|fachleute|forscher)"
)
_VOICES = (
    _VOICE_WORDS
    # (their qualifiers may stand before the verb: "some military analysts", "nombre d'experts militaires")
    + r"(?:\s+[\w'-]+){0,3}?\s+"
)
_MODAL_OF_OBLIGATION = r"\b(?:should|must|ought|needs? to|devrai\w*|doi(?:t|vent)|faudrait|solle|sollte|musse|musste|muss)\b"
# Every call names its voices (either branch holds _VOICE_WORDS): guarded by their stems, which few
# sentences of aid news hold, so that `re` does not try the voices' list at every word start of each.
_VOICE_STEMS = (
    "commentat", "analyst", "expert", "observ", "columnist", "pundit", "editorial", "think", "researcher",
    "chroniqueur", "chercheur", "kommenta", "beobachter", "kolumnist", "leitartikler", "fachleute", "forscher",
)
_CALL = guarded(
    _VOICES + r"(?:"
    r"(?:urge|urged|urging|call(?:ed)? (?:on|for)|demand(?:ed)?|press(?:ed)?|want(?:ed)?)\b|"
    r"(?:reclam\w*|appell\w*|demand\w*|exig\w*|plaid\w*|press(?:ent|aient|ait|ant)|souhait\w*)\b|"
    r"(?:forder\w*|verlang\w*|drang\w*|mahn\w*|pladier\w*)\b|"
    # a verb of saying with a modal of obligation after it
    r"(?:say|said|argue|argued|believe|think|write|wrote|estim\w*|jug\w*|pens\w*|ecriv\w*|"
    r"mein\w*|sag\w*|find\w*|glaub\w*|schreib\w*)\b[^.;:!?]{0,60}?" + _MODAL_OF_OBLIGATION + r")|"
    # ... and the voices as the source of the call, the modal after them: "according to analysts, Germany
    # should send", "selon des analystes, l'Allemagne devrait livrer", "nach Ansicht von Experten sollte
    # Deutschland" (round 53)
    r"\b(?:according to|selon|d'apres|nach ansicht (?:von|der|vieler|mancher)|laut)\s+(?:[\w'-]+\s+){0,2}?"
    + _VOICE_WORDS + r"\b[^.;:!?]{0,60}?" + _MODAL_OF_OBLIGATION,
    _VOICE_STEMS,
)


# Where the call's clause ends and another subject's may begin: a comma before a conjunction ("...,
# and Germany on Monday pledged", ", mais", ", und"), or before a German finite verb that opens a main
# clause after a subordinate one ("Während Experten mehr Hilfe fordern, hat Deutschland ... zugesagt").
_CLAUSE_BREAK = lazy(
    r"[;:]|,\s+(?:and|but|yet|while|whereas|et|mais|alors que|tandis que|und|aber|doch|jedoch|"
    r"hat|haben|hatte|hatten|wird|werden|will|wollen|liefert|liefern|sagt|sagte|schickt|stellt)\b|"
    # ... or before another subject and its finite verb: ", Frankreich hat bereits SCALP geliefert", ", la
    # France a livré" (round 53)
    r",\s+(?:la |le |l')?[\w-]+\s+(?:has|have|had|is|was|will|a|ont|avait|va|hat|haben|hatte|wird|liefert|schickt)\b"
)


def called_for_by_outside_voices(folded: str, start: int, end: int, item: Item) -> bool:
    """Whether the item is what commentators, analysts or experts call for earlier in its sentence
    [start, end), within the call's own clause: a government's pledge told after it in a clause of its
    own stands. (The sentence is scanned once for all its things: sentence_scans.py.)"""
    call = search_before(_CALL, folded, start, item.start, end)
    if call is None:
        return False
    # (the last call before the thing: each call searched for from the end of the one before)
    last_end = last_end_before(_CALL, folded, call.start(), item.start, end)
    return search_before(_CLAUSE_BREAK, folded, last_end, item.start, end) is None
