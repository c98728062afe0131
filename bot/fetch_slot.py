"""A poll's place among the polls fetching at once (bot.pipeline: max_concurrent_fetches),
given back early once its changed body has its turn to be parsed and stored."""

from __future__ import annotations

import asyncio


class FetchSlot:
    """A poll's place among the polls fetching at once (`async with`; None: no bound). It
    is given back at the end of the poll, or earlier by give_back() once the poll's changed
    body has its turn to be parsed and stored (bot.pipeline.FeedPoller.poll): parsing and storing need no
    network, and while a slot was held through them the next feeds' fetches waited. In a
    steady cycle (200 feeds, 100 fetches at once, 20 changed) the changed feeds of the first
    hundred held back as many fetches of the second, each for its parse, analysis and
    transaction. A body waiting for its turn still holds its slot, so no more bodies wait,
    compressed, than polls may fetch at once: the memory bound of a first round stays."""

    def __init__(self, slots: asyncio.Semaphore | None):
        self._slots = slots
        self._held = False

    async def __aenter__(self) -> FetchSlot:
        if self._slots is not None:
            await self._slots.acquire()
            self._held = True
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        self.give_back()

    def give_back(self) -> None:
        if self._held:
            self._held = False
            assert self._slots is not None
            self._slots.release()
