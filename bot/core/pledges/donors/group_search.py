"""Donor groups found by bisection rather than by a walk over all of them.

A sentence's groups (start, end, codes) come in the order they are named and do not overlap, so their starts and
their ends both rise: the group a thing looks for (the one nearest before it, the one a clause opens on, the ones in
a short reach after it) is found in a logarithmic search. A hostile sentence listing thousands of givers and things
then costs no product of the two (tests/pledges/test_long_sentence_53.py). Pure."""

from __future__ import annotations

from bisect import bisect_left, bisect_right

Group = tuple[int, int, tuple[str, ...]]


def nearest_ending_by(groups: list[Group], position: int) -> int:
    """The index of the last group ending at or before the position, else -1."""
    return bisect_right(groups, position, key=lambda group: group[1]) - 1


def starting_at(groups: list[Group], position: int) -> Group | None:
    """The group that starts at the position, else None."""
    index = bisect_left(groups, position, key=lambda group: group[0])
    return groups[index] if index < len(groups) and groups[index][0] == position else None


def starting_within(groups: list[Group], low: int, high: int) -> list[Group]:
    """The groups starting after low and at or before high, in order."""
    return groups[bisect_right(groups, low, key=lambda group: group[0]):
                  bisect_right(groups, high, key=lambda group: group[0])]


def ending_within(groups: list[Group], low: int, high: int) -> list[Group]:
    """The groups ending at or after low and at or before high, in order."""
    return groups[bisect_left(groups, low, key=lambda group: group[1]):
                  bisect_right(groups, high, key=lambda group: group[1])]
