"""A group of countries named by its own name gives as its members (review 63): "the three Benelux
countries", "les trois pays du Benelux", "die Benelux-Staaten" are Belgium, the Netherlands and Luxembourg,
one donor group, so that a figure told of them together stays on no partner's record (donor lists) and no
member is left out (before, "Benelux" named nobody and the sentence borrowed one member named nearby).

Only a group whose members are fixed and few: the Nordic countries were taken out at stop 54 (as the
allies' group in headlines they changed story grouping) and the Baltic states named as one stay a leftover
of that stop (a body naming them with their members as apposition gave a second record).
"""

from __future__ import annotations

from bot.core.text.lazy_pattern import lazy

# (folded text) The group's name, as an adjective or a noun, in the three languages.
_BENELUX = lazy(r"\bbenelux\b")
_MEMBERS = ("BE", "NL", "LU")


def member_mentions(folded: str, donors: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """(code, start, end) of each member where the group is named, all at the group's name (one donor group:
    donor_groups.py joins mentions with nothing between them), where no member is named right there."""
    found = []
    for group in _BENELUX.finditer(folded):
        if not any(ds < group.end() and group.start() < de for _, ds, de in donors):
            found.extend((code, group.start(), group.end()) for code in _MEMBERS)
    return found
