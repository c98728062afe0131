"""ChatTurns: one chat's commands answered in turn, other chats' meanwhile.

Commands that only read are answered on a thread (bot/adapters/command_readers.py), and the
platforms hand the adapters several commands at once: without turns, a /pledges chart sent
first and a /help after it in one chat got the help first. Each chat (its key) takes its turn
here; a chat's lock is kept only while one of its commands waits or runs.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Hashable
from contextlib import asynccontextmanager


class ChatTurns:
    def __init__(self) -> None:
        self._locks: dict[Hashable, asyncio.Lock] = {}
        self._holders: dict[Hashable, int] = {}  # commands waiting or running, per chat

    def busy(self, key: Hashable) -> bool:
        """Whether a command of this chat is waiting or running: the next one will wait."""
        return key in self._locks

    def holding(self, key: Hashable) -> int:
        """How many of this chat's commands are waiting or running."""
        return self._holders.get(key, 0)

    @asynccontextmanager
    async def turn(self, key: Hashable) -> AsyncIterator[None]:
        lock = self._locks.setdefault(key, asyncio.Lock())
        self._holders[key] = self._holders.get(key, 0) + 1
        try:
            async with lock:
                yield
        finally:
            self._holders[key] -= 1
            if not self._holders[key]:  # none of this chat's left: its lock is forgotten
                del self._holders[key]
                del self._locks[key]
