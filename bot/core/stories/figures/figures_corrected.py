"""The figure a report says was wrong: "12 howitzers, not 18", "zwölf Haubitzen statt 18", "12 obusiers et non 18".
Pure.

An outlet that corrects a figure it or another outlet gave tells both numbers, the right one first and the wrong one
after a negation. Read as two counts of one pledge, the wrong one tied to no pledge of the report's own, it looked like
an earlier batch recalled beside the new one ("six more, on top of the 12 announced"), so the correction shared no
figure with the reports of the first figure and joined neither them nor the story they made. The wrong figure is the
one those reports tell: the correction is about their pledge (`corrected_counts`; events.event_evidence counts it in
the correction's own phases).
"""

from __future__ import annotations

import re

from bot.core.pledges.quantities.numbers import NUMBER_WORDS
from bot.core.text.literal_gate import gated

_NUMBER = r"(?:\d{1,6}|" + "|".join(sorted(map(re.escape, NUMBER_WORDS), key=len, reverse=True)) + ")"
_NEGATION = (r"(?:and\s+not|not|rather\s+than|instead\s+of|et\s+non(?:\s+pas)?|non\s+pas|au\s+lieu\s+de|und\s+nicht|"
             r"nicht|statt|anstatt|anstelle\s+von)")
# What may stand between the negation and the wrong figure: an article, or the figure's source ("statt wie
# angekündigt 18", "not the announced 18", "et non, comme annoncé, 18").
_BETWEEN = (r"(?:\s*,?\s*(?:the|les|des|der|den|die|as\s+announced|the\s+announced|comme\s+annonce|"
            r"wie\s+(?:zunachst\s+|irrtumlich\s+)?(?:angekundigt|gemeldet|berichtet))\s*,?)?\s+")
# On folded text, two shapes. The thing counted between the figures ("12 archer howitzers, not 18", "12 obusiers et
# non 18"): the wrong figure then ends the phrase or is followed by how it was first told, not by a noun of its own
# ("12 howitzers, not 18 tanks" is a choice between two things, "12 percent, not 18" a share). Or both figures
# before the thing ("zwolf statt 18 Haubitzen", "12 instead of 18 howitzers").
_CORRECTED = re.compile(
    rf"\b{_NUMBER}\b(?:\s+[^\W\d][\w-]*){{1,4}}\s*,?\s+{_NEGATION}{_BETWEEN}({_NUMBER})\b"
    r"(?=\s*(?:[,.;:)!?]|$|as\b|comme\b|wie\b|annonce|announced|angekundigt|initially|first|previously|"
    r"reported|zuvor|urspr|initialement|d'abord))"
    rf"|\b{_NUMBER}\s*,?\s+{_NEGATION}{_BETWEEN}({_NUMBER})\b(?!\s*(?:%|percent|pour\s*cent|prozent))"
)
# A correction says so: an error, a wrong figure, a correction ("corrects", "citing a drafting error", "rectifie",
# "korrigiert", "irrtümlich"). Without such a word the same shape tells a decision changed, which is news of its own:
# "eight Archer howitzers rather than the 12 announced on Monday", "ne livrera que huit obusiers, contre douze annoncés
# la veille" (a government scaling back its pledge a day later: stories review 50, day A). (Folded.)
_CORRECTION_WORD = gated(
    r"\b(?:correct(?:s|ed|ion|ing)?|error|mistake|erroneous(?:ly)?|wrongly|misstated|rectifi\w*|corrig\w*|erreur|"
    r"errone\w*|korrig\w*|korrektur\w*|berichtig\w*|fehler\w*|irrtumlich\w*|versehentlich|falsch\w*)\b"
)
# A pledge revised by the government that made it, down or up ("korrigiert seine Zusage nach unten", "corrige à la
# baisse", "scales back", "an error in its stock count"), told with a word of correction: a new decision, news of its
# own, not a figure said wrongly (reread of stop 53, D1: the cut joined the pledge it cut and its alert was lost). An
# outlet's own note of correction ("(Corrects ...)", "CORRECTED-", "Korrektur:", "Rectificatif") is read even so. (Folded.)
_REVISION = re.compile(
    r"\b(?:nach\s+(?:unten|oben)|a\s+la\s+(?:baisse|hausse)|scal\w*\s+(?:back|down|up)|revis\w*\s+(?:down|up)\w*|"
    r"(?:corrected|correct\w*)\s+(?:its|the|their|his|her)\s+(?:pledge|promise|commitment)\w*\s+(?:down|up)\w*|"
    r"(?:error|mistake|fehler|erreur)\w*\s+(?:in|im|dans)\s+(?:its|the|their|seine[mnr]?|ses|son|sa|les|des)?\s*"
    r"(?:stock|inventor|bestand|bestande|inventaire)\w*)"
)
_OUTLET_NOTE = gated(
    r"\((?:corrects|corrige|rectificatif|berichtigt|korrektur)\b|\bcorrected-|\bkorrektur\s*:|\brectificatif\b|"
    r"\ban\s+earlier\s+version\s+of\s+this\s+(?:story|report|article)"
)
# A correction tells a figure worth telling: "one, not two" is no count of a pledge.
_SMALLEST = 2


def corrected_counts(folded: str) -> frozenset[int]:
    """The counts a folded text that tells a correction names as wrong beside the right one ("corrects figure: 12
    howitzers, not 18" -> {18})."""
    if not _OUTLET_NOTE.search(folded) and (not _CORRECTION_WORD.search(folded) or _REVISION.search(folded)):
        return frozenset()
    found = set()
    for match in _CORRECTED.finditer(folded):
        wrong = match.group(1) or match.group(2)
        value = int(wrong) if wrong.isdigit() else NUMBER_WORDS[wrong]
        if value >= _SMALLEST:
            found.add(value)
    return frozenset(found)
