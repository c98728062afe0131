"""A dated timeline's steps: a line opening with its date ("- janvier : Paris livre 12 canons
Caesar ;", "- June 2: Oslo sends 22 howitzers.", "3. März: Stockholm liefert 50 Schützenpanzer")
tells an earlier step in the historic present, as chronologies after the news do. Its giving
verb in the present is then a delivery made, the verb's own meaning, not a promise read from the
present; a promise's own verb ("promet", "pledges", "sagt ... zu") stays a promise.
"""

from __future__ import annotations

from dataclasses import replace

from bot.core.pledges.passes.records import Cue
from bot.core.text.lazy_pattern import lazy
from bot.core.text.months import ENGLISH_MONTHS, FRENCH_MONTHS, GERMAN_MONTHS, MONTH_ABBREVIATIONS, alternation

_MONTHS = alternation(ENGLISH_MONTHS, FRENCH_MONTHS, GERMAN_MONTHS, tuple(a for forms in MONTH_ABBREVIATIONS for a in forms))

# (folded text, at the sentence's start: a list mark, a day before or after the month, a
# year, then the colon that closes the date)
_DATED_LINE_OPENING = lazy(
    rf"\s*(?:[-*\u2013\u2014\u2022]\s*)?(?:\d{{1,2}}\.?\s+)?(?:{_MONTHS})\.?(?:\s+\d{{1,2}})?(?:,?\s+\d{{4}})?\s*:\s|"
    # ... or a year alone, or a month and its year closed by a dash, as a chronology in running text labels its
    # steps ("2025 : le Danemark et l'Allemagne livrent ensemble ...", "Februar 2023 – Berlin liefert ...")
    rf"\s*(?:[-*\u2013\u2014\u2022]\s*)?(?:(?:{_MONTHS})\s+)?\d{{4}}\s*[:\u2013\u2014]\s"
)

# The present of a giving verb, where a promise cue opens (folded text).
_PRESENT_GIVING = lazy(
    r"(?:sends|delivers|ships|hands|supplies|provides|donates|transfers|livre|livrent|envoie|envoient|fournit|"
    r"fournissent|cede|cedent|transfere|transferent|remet|remettent|liefert|liefern|schickt|schicken|ubergibt|"
    r"uberlasst)\b"
)


# A list of steps still to come, named so by its heading ("Le calendrier prévu des livraisons :",
# "Planned deliveries:", "Geplante Lieferungen:"): its present is a plan, left as a promise.
_PLANNED_HEADING = lazy(
    r"\b(?:prevu\w*|planifie\w*|a venir|programme\w*|calendrier|planned|upcoming|scheduled|schedule|next steps|"
    r"geplant\w*|kommende\w*|zeitplan|vorgesehen\w*)\b"
)


def _heading_of_the_list(folded: str, sentence_start: int) -> str:
    """The last line before the sentence that is not itself a dated step (the list's heading)."""
    for line in reversed(folded[max(0, sentence_start - 400) : sentence_start].split("\n")):
        if line.strip() and not _DATED_LINE_OPENING.match(line):
            return line
    return ""


def timeline_steps(folded: str, sentence_start: int, cues: list[Cue]) -> list[Cue]:
    """The sentence's cues, a dated timeline line's present giving read as the delivery it
    tells (see the module's doc); any other sentence's as they are."""
    if not any(c.status == "pledged" for c in cues) or not _DATED_LINE_OPENING.match(folded, sentence_start):
        return cues
    if _PLANNED_HEADING.search(_heading_of_the_list(folded, sentence_start)):
        return cues
    return [
        replace(c, status="delivered") if c.status == "pledged" and _PRESENT_GIVING.match(folded, c.start) else c
        for c in cues
    ]
