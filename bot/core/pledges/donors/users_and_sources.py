"""Donor words that name a system's users or a source of information, not a giver (review 60).

- a system's other users: "Le K9 ... équipe plusieurs armées européennes, dont celles de la Pologne, de la
  Finlande et de l'Estonie", "the K9 is used by the armies of Poland and Finland", "in service with",
  "ist bei den Armeen Polens und Finnlands im Einsatz": the countries whose forces have it bought it, they
  give nothing by it;
- a source of what a sentence tells: "selon les services de renseignement estoniens", "according to
  Estonian intelligence", "nach Angaben des estnischen Geheimdienstes", "laut estnischem Geheimdienst": the
  service tells, its country gives nothing (Russia's own shells are no one's aid).
"""

from __future__ import annotations

from bot.core.text.lazy_pattern import lazy

# (folded text, before the donor word) a verb of equipping or using, then the armies, a few words between
_USERS_BEFORE = lazy(
    r"\b(?:equips?|equipping|(?:is|are) (?:used|operated|flown) by|in service (?:with|in)|equipe|equipent|"
    r"(?:est|sont) (?:utilises?|en service) (?:par|dans)|(?:in|bei) (?:den|die) (?:armeen|streitkraften)|"
    r"im einsatz bei|genutzt von)\b[^.;:()]{0,120}$"
)
# (folded text, before the donor word) a source: "according to", "selon", "nach Angaben", "laut", with the
# service named between
_SOURCE_BEFORE = lazy(
    r"\b(?:according to|selon|d'apres|nach angaben|laut|zufolge)\s+(?:[\w'-]+\s+){0,4}?$"
)
# (folded text, before the donor word) an intelligence service the sentence cites, the nationality after it:
# "selon les services de renseignement estoniens" (a ministry cited is the giver's own word: "selon le
# ministère belge de la Défense" keeps Belgium's promise)
_SERVICE_BEFORE = lazy(
    r"\b(?:selon|d'apres)\s+(?:les |le |la )?(?:services? de renseignements?|renseignement)(?:\s+[\w'-]+){0,2}?\s+$"
)
_SERVICE_AFTER = lazy(r"\w*\s+(?:intelligence|military intelligence|secret service|geheimdienst\w*|nachrichtendienst\w*)\b")


def a_user_or_source(folded: str, s: int, e: int) -> bool:
    """Whether the donor word at folded[s:e] names a system's users or the source a sentence cites."""
    if _USERS_BEFORE.search(folded, max(0, s - 140), s):
        return True
    if _SERVICE_BEFORE.search(folded, max(0, s - 60), s):
        return True
    return bool(_SOURCE_BEFORE.search(folded, max(0, s - 40), s) and _SERVICE_AFTER.match(folded, e))
