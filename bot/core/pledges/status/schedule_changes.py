"""A handover brought forward or put off: still to come, a promise.

A handover told as a noun is a delivery ("die Übergabe der Haubitzen", "the handover of the jets",
"la remise des canons"), but not when the sentence moves its date: "Schweden zieht die Übergabe von
sechs Archer-Haubitzen vor", "verschiebt die Übergabe", "brought forward the handover", "a avancé /
reporté la remise de" tell a handover that has not taken place yet (review 55: "Sie sollen bereits im
April eintreffen"). An arrival told beside it ("..., which reached Ukraine this week") is read by its
own cue. status_cues.py asks here for a delivered cue.
"""

from __future__ import annotations

from bot.core.text.lazy_pattern import lazy

# (folded text) The handover nouns that are delivered cues.
_HANDOVER_NOUN = lazy(r"(?:(?:la|die|the) )?(?:ubergabe|handover|hand-over|remise)\b")
# (folded text, before the noun) A verb moving the date, its article after it: "zieht (dagegen) die",
# "verschiebt die", "brought forward the", "postponed the", "a avancé la", "reporte la".
_MOVED_BEFORE = lazy(
    r"\b(?:zieh(?:t|en)|zog(?:en)?|verschieb(?:t|en)|verschob(?:en)?|verzoger(?:t|n)|"
    r"(?:brings?|brought|bringing|mov(?:es|ed|ing)|pushe[sd]|push(?:ing)?) (?:forward|up|back)|"
    r"(?:postpone|delay|defer|advance)(?:s|d|ed|ing)?|"
    r"(?:a |ont )?(?:avance|reporte|retarde|anticipe|differe)(?:nt|e|es)?)"
    r"(?: [\w'-]+){0,2}?(?: (?:die|the|la|le|l'|sa|son|leur|ihre|seine))?\s*$"
)
# (folded text, after the noun, within its clause) German's particle or participle of moving it: "...
# vor", "vorgezogen", "verschoben".
_MOVED_AFTER = lazy(r"[^.;:]{0,80}?\b(?:vor|vorgezogen|verschoben|verlegt)\b")
_PASSIVE_MOVED_AFTER = lazy(r"[^.;:]{0,80}?\b(?:wird|wurde|werden|wurden|ist|sind) (?:[\w-]+ ){0,3}(?:vorgezogen|verschoben)\b")
_ZIEHT_BEFORE = lazy(r"\bzieh(?:t|en)|\bzog(?:en)?\b")


def handover_moved(folded: str, start: int, end: int, sentence_start: int, sentence_end: int) -> bool:
    """Whether the delivered cue folded[start:end] is a handover noun whose date the sentence moves."""
    if not _HANDOVER_NOUN.match(folded, start, end):
        return False
    before = _MOVED_BEFORE.search(folded, max(sentence_start, start - 50), start)
    if before is None:
        # the German passive: "Die Übergabe der Haubitzen wird vorgezogen"
        return _PASSIVE_MOVED_AFTER.match(folded, end, sentence_end) is not None
    # ("zieht ... vor": German's particle closes the clause; a bare "zieht" draws something else)
    if _ZIEHT_BEFORE.search(folded, before.start(), before.end()):
        return _MOVED_AFTER.match(folded, end, sentence_end) is not None
    return True
