"""A paying told with no thing named whose object is no military aid to Ukraine: civil money
("finance la reconstruction du réseau électrique ukrainien et le budget civil de Kiev", "will fund
the rebuilding of the power grid", "finanziert den Wiederaufbau") and money for the payer's own
forces ("dass die Mittel für die Bundeswehr über Schulden finanziert würden", "funds for its own
army are financed by debt"). sentence_reading reads a bare paying cue as funding; it asks here
first, and such a paying gives no record (the labelling rules: money for Ukraine's budget or
reconstruction gives nothing, nor a donor's own army).
"""

from __future__ import annotations

from bot.core.text.lazy_pattern import lazy

# (folded text) the money's object right after the paying verb, an article and two words at most
# before it ("finance la reconstruction", "will fund the rebuilding", "finanziert den Wiederaufbau")
_CIVIL_OBJECT_AFTER = lazy(
    r"\w*\s+(?:(?:the|la|le|les|l'|des|du|de|den|die|das|ukraine's|kyiv's|kiev's)\s*)?(?:[\w'-]+\s+){0,2}?"
    r"(?:reconstruction|rebuilding|recovery|wiederaufbau\w*|budget\w*|haushalt\w*|staatshaushalt\w*|pensions?|"
    r"salaires|wages|salaries|renten|gehalter|humanit\w*|civil\w*|zivil\w*|power grid|reseau electrique|stromnetz\w*)\b"
)
# (folded text) the payer's own forces as what the money is for, in the paying's clause
_FOR_OWN_FORCES = lazy(
    r"\b(?:(?:for|to) (?:(?:its|their) own (?:army|armed forces|forces|military|troops)|the bundeswehr)|"
    r"pour (?:(?:ses|leurs|sa|son) propres? (?:armees?|forces(?: armees)?|troupes)|la bundeswehr)|"
    r"fur (?:die |den )?(?:bundeswehr|eigenen? (?:armee|streitkrafte|truppen?)))\b"
)
_MILITARY_FOR_UKRAINE = lazy(
    r"\b(?:weapons?|arms|armes?|waffen\w*|munition\w*|ammunition|military aid|aide militaire|militarhilfe|"
    r"militarische\w* (?:hilfe|unterstutzung)|(?:for|to|pour|a|fur|an) (?:the |die |l')?(?:ukraine|kyiv|kiev|kiew)\b)"
)
_CLAUSE_MARK = lazy(r"[,;:]")


def pays_for_no_aid(folded: str, sentence_start: int, sentence_end: int, cue_start: int, cue_end: int) -> bool:
    """Whether the paying cue's clause tells civil money or money for the payer's own forces,
    and no weapons or military aid for Ukraine."""
    low = sentence_start
    for mark in _CLAUSE_MARK.finditer(folded, max(sentence_start, cue_start - 120), cue_start):
        low = mark.end()
    after = _CLAUSE_MARK.search(folded, cue_end, sentence_end)
    high = after.start() if after else sentence_end
    if _MILITARY_FOR_UKRAINE.search(folded, low, high):
        return False
    return bool(_CIVIL_OBJECT_AFTER.match(folded, cue_end, high) or _FOR_OWN_FORCES.search(folded, low, high))
