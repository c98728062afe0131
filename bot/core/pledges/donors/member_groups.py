"""A group of countries named by its own name gives as its members (review 63): "the three Benelux
countries", "les trois pays du Benelux", "die Benelux-Staaten" are Belgium, the Netherlands and Luxembourg,
one donor group, so that a figure told of them together stays on no partner's record (donor lists) and no
member is left out (before, "Benelux" named nobody and the sentence borrowed one member named nearby).

Only groups whose members are fixed and few. The Nordic countries were taken out at stop 54 (as the allies' group in
headlines they changed story grouping); the Baltic states were tried here and left out: named as the object of
another's words ("Russland hatte die baltischen Staaten ... gewarnt") they gave records to members the article does
not make givers (review 60's Latvian item), so they stay stop 54's leftover.
"""

from __future__ import annotations

from bot.core.text.lazy_pattern import lazy

# (folded text) Each group's name, as an adjective or a noun, in the three languages, and its members.
_GROUPS = (
    (lazy(r"\bbenelux\b"), ("BE", "NL", "LU")),
)
# How far after the group's name its members may be named, as an apposition or in the next words ("the Baltic states,
# Estonia, Latvia and Lithuania, will ..."): then the members' own names give the donors.
_MEMBERS_REACH = 80


def member_mentions(folded: str, donors: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """(code, start, end) of each member where the group is named, all at the group's name (one donor group:
    donor_groups.py joins mentions with nothing between them), where no member is named there or right after."""
    found = []
    for pattern, members in _GROUPS:
        for group in pattern.finditer(folded):
            if not any(
                ds < group.end() + _MEMBERS_REACH and group.start() < de and (code in members or ds < group.end())
                for code, ds, de in donors
            ):
                found.extend((code, group.start(), group.end()) for code in members)
    return found
