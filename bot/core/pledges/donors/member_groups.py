"""A group of countries named by its own name gives as its members (review 63): "the three Benelux
countries", "les trois pays du Benelux", "die Benelux-Staaten" are Belgium, the Netherlands and Luxembourg,
one donor group, so that a figure told of them together stays on no partner's record (donor lists) and no
member is left out (before, "Benelux" named nobody and the sentence borrowed one member named nearby).

The Baltic states too ("the Baltic states", "les pays baltes", "die baltischen Staaten"), stop 54's leftover
(read as one, a body naming them with their members as apposition gave a second record): the group's name gives
way to its members named within a few words after it. Only groups whose members are fixed and few: the Nordic
countries were taken out at stop 54 (as the allies' group in headlines they changed story grouping).
"""

from __future__ import annotations

from bot.core.text.lazy_pattern import lazy

# (folded text) Each group's name, as an adjective or a noun, in the three languages, and its members.
_GROUPS = (
    (lazy(r"\bbenelux\b"), ("BE", "NL", "LU")),
    (lazy(r"\b(?:(?:the |three )?baltic (?:states|countries|nations|republics)|(?:les |trois )?(?:pays|etats) baltes|"
          r"(?:die |drei )?baltischen (?:staaten|lander|republiken)|baltenstaaten)\b"), ("EE", "LV", "LT")),
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
