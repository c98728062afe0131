"""Per-user command rate limiting, shared by the chat adapters, so one user cannot
make the bot flood a group or spend its API budget."""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable

# Forget a (chat, user) pair after this many windows without a command (bounded memory).
_PRUNE_EVERY = 1000


class CommandThrottle:
    """At most `limit` commands per user per chat in a sliding window. The first
    refusal says so ('warn'); later ones in the same window are 'silent'."""

    def __init__(self, limit: int, window: float, monotonic: Callable[[], float] = time.monotonic):
        self.limit = limit
        self.window = window
        self.monotonic = monotonic
        self._seen: dict[tuple[str, str], deque[float]] = {}
        self._warned: dict[tuple[str, str], float] = {}
        self._checks = 0

    def check(self, chat_id: str, user_id: str) -> str:
        """'ok', 'warn' (refuse, and say so once) or 'silent' (refuse quietly)."""
        now = self.monotonic()
        self._checks += 1
        if self._checks % _PRUNE_EVERY == 0:
            self._prune(now)
        key = (chat_id, user_id)
        times = self._seen.setdefault(key, deque())
        while times and times[0] <= now - self.window:
            times.popleft()
        if len(times) < self.limit:
            times.append(now)
            return "ok"
        if now - self._warned.get(key, -1e18) < self.window:
            return "silent"
        self._warned[key] = now
        return "warn"

    def _prune(self, now: float) -> None:
        """Drop pairs with no command in the current window."""
        horizon = now - self.window
        self._seen = {k: v for k, v in self._seen.items() if v and v[-1] > horizon}
        self._warned = {k: t for k, t in self._warned.items() if t > horizon}
