"""A giving told as what a law or a principle forbids is refused, not promised.

"Die immerwährende Neutralität verbiete eine Finanzierung von Munition", "neutrality forbids the
financing of ammunition", "la neutralité interdit le financement de munitions" (review 62): the giving
named as a noun (financing, delivery, supply) is the object of the forbidding verb; its cue, read alone,
would promise it. The donor is the one the sentence borrows (a neutral country named before); a donor
forbidding another to give ("Die Schweiz hat Deutschland ... untersagt") is read elsewhere
(donors/reexport_leave.py and the forbidder's own clause) and has no giving noun after the verb.
"""

from __future__ import annotations

from dataclasses import replace

from bot.core.models import Pledge
from bot.core.text import fold
from bot.core.text.lazy_pattern import lazy

# A forbidding verb, then (up to an article and an adjective) a giving told as a noun (folded evidence).
_FORBIDS_A_GIVING = lazy(
    r"\b(?:verbiet\w*|verbot\w*|untersag\w*|forbids?|forbade|forbidden|prohibits?|prohibited|bars?|barred|"
    r"interdi(?:t|sent|rait|saient)|proscri\w*)\s+(?:(?:eine?n?|die|der|den|das|the|any|le|la|les|l'|toute?s?)\s*)?"
    r"(?:[\w-]+\s+)?(?:finanzierung|lieferung|weitergabe|abgabe|ausfuhr|financing|funding|supply|supplying|"
    r"delivery|transfer|export|financement|livraison|fourniture|exportation|cession)\b"
)


def forbidden_givings_refused(pledges: list[Pledge]) -> list[Pledge]:
    """The records, each promise whose sentence tells its giving as forbidden made refused."""
    return [
        replace(p, status="refused") if p.status == "pledged" and _FORBIDS_A_GIVING.search(fold(p.evidence)) else p
        for p in pledges
    ]
