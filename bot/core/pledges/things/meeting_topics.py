"""What a meeting gave nothing of, and what it was about: no things given.

- "No new pledges" of a thing ("keine neuen Zusagen für Kampfpanzer", "no new pledges of tanks", "aucune nouvelle
  promesse de chars") tells that nobody promised it: no promise, and no refusal either (nobody ruled it out). The
  README's meetings with no concrete pledge have no records ("pledges: []"); review 63's contact group too. (The
  README's "no decision on Leopard at Ramstein" is a matter weighed, discussed: status/; here nothing is weighed.)
- A meeting's topics ("Im Mittelpunkt standen Flugabwehr und Munition", "Air defence and ammunition were at the
  centre of the talks", "la défense aérienne et les munitions étaient au cœur des discussions") are what it talked
  about, no promise (a concrete pledge told beside them keeps its own record); and so is what the talks turned on
  ("Les discussions ont porté sur la défense aérienne", "The talks focused on", "Die Gespräche drehten sich um").
Pure."""

from __future__ import annotations

from bot.core.pledges.passes.records import Item
from bot.core.text.lazy_pattern import lazy

# (folded text, right before the thing) a pledge denied as a noun: "no new pledges of", "keine neuen Zusagen für",
# "aucune nouvelle promesse de", "pas de nouveaux engagements pour"; or a meeting ending without one: "se sont séparés
# sans nouvelle annonce d'armes", "ended without new pledges of", "ohne neue Zusagen für" (review 64).
_NO_NEW_PLEDGE_BEFORE = lazy(
    r"\b(?:no|keine[nr]?|kein|aucune?|pas de|sans|without|ohne)\s+(?:(?:new|fresh|further|additional|neuen?|weiteren?|nouvel(?:le)?s?|"
    r"nouveaux)\s+)?(?:pledges?|commitments?|promises?|announcements?|zusagen|zusage|ankundigungen|promesses?|"
    r"engagements?|annonces?)\s+(?:(?:of|for|on|de|des|du|pour|fur|zu[rm]?|uber)\s+|d')(?:(?:the|die|den|der|les|la|le)\s+)?"
    r"(?:[\w'-]+\s+){0,2}$"
)
# (folded text) a meeting's centre, before the things: "Im Mittelpunkt standen", "At the centre of the talks were",
# "Au cœur des discussions figuraient".
_TOPIC_BEFORE = lazy(
    r"\b(?:im mittelpunkt(?:\s+[\w-]+){0,3}\s+(?:standen|stand|stehen|steht)|"
    r"at the (?:centre|center|heart|top) of (?:the\s+)?(?:[\w'-]+\s+){0,3}(?:were|was|are|is)|"
    r"au (?:centre|coeur) (?:des|de la|du|de l')\s*(?:[\w'-]+\s+){0,3}(?:figuraient|figurent|se trouvaient|etaient|"
    r"sont)|"
    # ... or what the talks turned on: "Les discussions ont porté sur", "The talks focused on", "Die Gespräche drehten
    # sich um" (review 64)
    r"(?:les |the |die )?(?:discussions|talks|debats|echanges|entretiens|gesprache|beratungen)\s+"
    r"(?:ont porte|portaient|ont tourne|tournaient|se sont concentrees?|focused|focussed|centred|centered|concentrated|"
    r"drehten sich|konzentrierten sich)\s+(?:sur|autour de|on|um|auf))\s+(?:[^.;:]){0,60}$"
)
# (folded text) ... or after them: "... were at the centre of the talks", "standen im Mittelpunkt", "étaient au cœur".
_TOPIC_AFTER = lazy(
    r"[^.;:]{0,60}?\b(?:(?:were|was|are|is) at the (?:centre|center|heart|top) of|"
    r"(?:standen|stand|stehen|steht) im mittelpunkt|"
    r"(?:ont ete|etaient|etait|a ete|sont|est|seront) au (?:centre|coeur))\b"
)


# (folded text, before the item) a promise told as the topic itself: "Im Mittelpunkt stand die Zusage Deutschlands,
# 20 Panzer zu liefern", "At the centre of the meeting was Germany's pledge to send 20 tanks", "Germany's pledge to
# send ... was at the centre of the talks": a concrete pledge, not a topic (reread 63)
_PROMISE_AS_THE_TOPIC = lazy(
    r"\b(?:pledg\w*|promis\w*|promet\w*|promesse\w*|commitment\w*|zusage\w*|zugesagt\w*|"
    r"(?:to|de|d'|zu)\s*(?:send|deliver|supply|provide|livrer|fournir|envoyer|liefern|schicken|ubergeben))(?:\s|$)"
)


def no_thing_of_a_meeting(folded: str, sentence_start: int, sentence_end: int, item: Item) -> bool:
    """Whether the item is told as pledged by nobody ("keine neuen Zusagen für Kampfpanzer") or as a meeting's
    topic ("Im Mittelpunkt standen Flugabwehr und Munition") that is no promise told as the topic."""
    start = max(sentence_start, item.start - 120)
    if _NO_NEW_PLEDGE_BEFORE.search(folded, start, item.start) is not None:
        return True
    if (topic := _TOPIC_BEFORE.search(folded, start, item.start)) is not None:
        return _PROMISE_AS_THE_TOPIC.search(folded, topic.start(), item.start) is None
    return _TOPIC_AFTER.match(folded, item.end, sentence_end) is not None and (
        _PROMISE_AS_THE_TOPIC.search(folded, sentence_start, item.start) is None
    )
