"""A partner's report of its share of a joint act: "Niederlande übernehmen Hälfte der Kosten für Patriot-System",
its lead naming the partner it pays with ("das sie gemeinsam mit Deutschland ... finanzieren").

Its headline names one partner, the joint act's reports both; headlines naming other donors are usually two
announcements (one government's, then a joint one: same_event._headline_donors_differ), and two reports of
one joint act months apart, one headed by a partner, are two events when both are dated now. A share of the
act told in the opening ("half", "a third", "its share", "la moitié", "un tiers", "die Hälfte", "ein
Drittel", "Anteil") makes the headline the joint act's: its donors are the act's partners (stop 58, busy
day J).
"""

from __future__ import annotations

from bot.core.models import Pledge
from bot.core.text import fold
from bot.core.text.literal_gate import gated

# A share of something (folded text): the partner's part of the joint act.
_SHARE = gated(
    r"\b(?:half|a third|two thirds|a quarter|(?:its|their) share|share of|part of the cost"
    r"|la moitie|un tiers|deux tiers|un quart|sa part|(?:die )?halfte|ein drittel|zwei drittel|ein viertel"
    r"|(?:seinen|ihren) anteil|anteil an)\b"
)


def partners_of_a_share(opening: str, pledges: tuple[Pledge, ...], headline_donors: frozenset[str]) -> frozenset[str]:
    """The partners of the joint act the pledges tell (Pledge.shared_with), when the headline names some of them
    but not all and the opening (headline and lead) tells a share; else nothing."""
    partners = frozenset(code for p in pledges for code in p.shared_with)
    if len(partners) < 2 or not headline_donors or not headline_donors < partners:
        return frozenset()
    return partners if _SHARE.search(fold(opening)) else frozenset()
