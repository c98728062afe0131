"""A target for every member, told as a share of their economies: "Estonia proposed that every member
state spend at least 0.25% of its GDP on military aid to Kyiv", "L'Estonie a proposé que chaque État
membre consacre au moins 0,25 % de son PIB à l'aide militaire", "Estland schlug vor, dass jeder
Mitgliedstaat mindestens 0,25 Prozent seines BIP für Militärhilfe ausgibt". It is a rule proposed for
all, no giving of the proposer's nor anyone's: given_items leaves out the aid it names.
"""

from __future__ import annotations

from bot.core.text.lazy_pattern import lazy

# (folded text, before the aid named) every member as the subject of the target
_EVERY_MEMBER = lazy(
    r"\b(?:chaque|tous les|toutes les|every|each|all|jede[rs]?|alle)\s+(?:[\w'-]+\s+){0,2}?"
    r"(?:etats?(?: membres?)?|members?(?: states?)?|allies|allies|nations|pays|countries|states|"
    r"mitgliedstaat\w*|mitglied\w*|verbundet\w*|staat\w*|lander|nato-staat\w*|partner\w*)\b"
)
# (folded text, before the aid named) the target as a share of each one's economy
_SHARE_OF_THE_ECONOMY = lazy(
    r"\d\s*(?:%|pour ?cent|percent|per cent|prozent)\s+(?:de (?:son|leur|sa)|of (?:its|their)|seines|ihres|des)\s+"
    r"(?:pib|gdp|bip|bruttoinlandsprodukt\w*|economic output|economie|wirtschaftsleistung)\b"
)


def every_members_target_from(folded: str, start: int, end: int) -> int | None:
    """Where, in the sentence folded[start:end], the aid a target for every member names may start:
    after both the members and the share of their economies are told; None when the sentence tells
    no such target. (Read once a sentence: a list of thousands of things asked it for each.)"""
    share = _SHARE_OF_THE_ECONOMY.search(folded, start, end)
    if share is None:
        return None
    members = _EVERY_MEMBER.search(folded, start, end)
    return None if members is None else max(share.end(), members.end())
