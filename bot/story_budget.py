"""How many relevant entries one poll of a feed puts into stories, and how many it puts off
(bot.pipeline sets the size: RELEVANT_ENTRIES_PER_POLL)."""

from __future__ import annotations


class StoryBudget:
    """How many more relevant entries one poll of a feed puts into stories; those it puts
    off are counted (see bot.pipeline.RELEVANT_ENTRIES_PER_POLL)."""

    def __init__(self, size: int):
        self.size = size
        self.used = 0
        self.put_off = 0  # this poll's new relevant entries stored waiting
        self.earlier_waiting = False  # earlier polls' entries still waiting after this one

    def left(self) -> int:
        return self.size - self.used

    def take(self) -> bool:
        """One more entry, if the budget allows; else it is counted as put off."""
        if self.used < self.size:
            self.used += 1
            return True
        self.put_off += 1
        return False
