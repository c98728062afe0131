"""Military aid refused in general, no sum named: arms refused, category "other".

"La Slovaquie ne fournira plus d'aide militaire à l'Ukraine", "will no longer provide military aid",
"wird keine Militärhilfe mehr leisten": a government stopping its own giving refuses arms in general,
as "ne livrera pas d'armes" does (review 61's "other", refused; the real set labels "no direct
deliveries from Bundeswehr stocks" so). The aid word is read as money elsewhere ("500 millions d'euros
d'aide militaire" is a package's worth), but with no sum told there is no money to refuse.

A veto kept on aid that is the EU's ("refuses to lift its veto on military aid from the Peace
Facility") stays the payments refused (review 35, fix 60b): those are the fund's money, blocked.
"""

from __future__ import annotations

from dataclasses import replace

from bot.core.models import Pledge
from bot.core.text import fold
from bot.core.text.lazy_pattern import lazy

# The item is military aid and nothing more precise (folded).
_AID_IN_GENERAL = lazy(
    r"(?:(?:new |further |more |additional )?(?:military|defen[cs]e|security) (?:aid|assistance|support)|"
    r"(?:nouvelle |nouvelles )?aides? militaires?|soutien militaire|assistance militaire|"
    r"(?:weitere )?(?:militarhilfen?|militarische (?:hilfe|unterstutzung)|waffenhilfe|rustungshilfe))"
)
# A veto or the EU's fund in the sentence: the payments refused are the fund's.
_FUNDS_BLOCKED = lazy(r"\b(?:veto|vetos?|blocks?|bloque|blockiert|facility|facilite|fazilitat|fonds?|funds?|tranche)\b")


def aid_refused_as_arms(pledges: list[Pledge]) -> list[Pledge]:
    """The records, each refusal of military aid in general with no sum (and no fund blocked) made
    category "other"."""
    return [
        replace(p, category="other") if _aid_refused_in_general(p) else p
        for p in pledges
    ]


def _aid_refused_in_general(pledge: Pledge) -> bool:
    if pledge.status != "refused" or pledge.category != "funding" or pledge.value is not None:
        return False
    if not _AID_IN_GENERAL.fullmatch(fold(pledge.item.strip())):
        return False
    return _FUNDS_BLOCKED.search(fold(pledge.evidence)) is None
