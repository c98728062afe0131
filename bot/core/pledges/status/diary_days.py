"""A round-up's line headed by its weekday tells, in the present, what happened that day: "Dienstag: Lettland
übergibt der Ukraine 1.000 Drohnen", "Tuesday: Latvia hands over 1,000 drones", "Mardi : la Lettonie remet 1 000
drones". A handover told so is made (delivered), as "handed over" is; a promise told so ("Freitag: Kroatien sagt
... zu", "Monday: Finland announces") stays a promise, and a future or a modal ("will hand over", "soll ...
übergeben") keeps its own reading.
"""

from __future__ import annotations

from dataclasses import replace

from bot.core.models import Pledge
from bot.core.text.lazy_pattern import lazy

# (folded text, the record's sentence) A weekday heading the line, then its colon.
_DAY_HEADING = lazy(
    r"\s*(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|lundi|mardi|mercredi|jeudi|vendredi|samedi|"
    r"dimanche|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag)\s?:\s"
)
# (folded text) The present of handing over, in the third person.
_PRESENT_HANDOVER = lazy(
    r"\b(?:ubergibt|ubergeben|uberreicht|uberreichen|liefert|liefern|schickt|schicken|uberlasst|"
    r"hands? over|delivers|ships|sends|livre|livrent|remet|remettent|envoie|envoient|cede|cedent)\b"
)
# (folded text) A future, a modal or a plan in the line: the reading it had stands.
_NOT_DONE = lazy(
    r"\b(?:will|would|(?:is|are|set|plans?) to|plans?|wird|werden|soll|sollen|will|wollen|mochte|va|vont|doit|doivent|compte|prevoit|"
    r"bald|demnachst|bientot|soon|next)\b"
)


def diary_handovers_done(pledges: list[Pledge], fold: callable) -> list[Pledge]:
    """The records, a promise read in a weekday's round-up line whose verb is the present of handing over
    made a delivery. `fold` folds a record's evidence as the patterns read it."""
    out = []
    for p in pledges:
        if p.status == "pledged" and p.evidence:
            folded = fold(p.evidence)
            heading = _DAY_HEADING.match(folded)
            if heading and _PRESENT_HANDOVER.search(folded, heading.end()) and not _NOT_DONE.search(folded, heading.end()):
                p = replace(p, status="delivered")
        out.append(p)
    return out
