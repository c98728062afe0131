"""Spans that do not overlap, kept so that asking whether a new span overlaps any of them
costs a binary search: asked of each kept span in turn, thousands of cues in one sentence
cost the square of their number."""

from __future__ import annotations

from bisect import bisect_left, insort


class DisjointSpans:
    """Half-open spans [start, end), none overlapping another (the caller adds only spans
    `overlaps` said no to). Sorted by (start, end), their ends never decrease, so the last
    span starting before a new span's end is the one that reaches farthest."""

    def __init__(self) -> None:
        self._spans: list[tuple[int, int]] = []

    def overlaps(self, start: int, end: int) -> bool:
        """Whether some kept span [s, e) has s < end and start < e (the overlap test the
        pledge readers write out: a span of no length inside another counts)."""
        before = bisect_left(self._spans, (end, -1)) - 1  # the last span with s < end
        return before >= 0 and self._spans[before][1] > start

    def add(self, start: int, end: int) -> None:
        insort(self._spans, (start, end))
