"""Command rate limiting per user and per chat, shared by the chat adapters, so neither one
user nor many accounts together can make the bot flood a group or spend its API budget."""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable

# Forget a (chat, user) pair after this many windows without a command (bounded memory).
_PRUNE_EVERY = 1000


class CommandThrottle:
    """At most `limit` commands per user per chat in a sliding window, and at most
    `chat_limit` per chat from all its users together (None: no such bound). The first
    refusal says so ('warn'); later ones in the same window are 'silent'.

    The chat's bound is for a group many accounts write in at once (a raid): each user's
    five commands stayed allowed, so a hundred accounts had five hundred commands run in
    ten seconds, each on the bot's event loop (a /pledges chart is a matplotlib figure),
    polling and every other chat waiting meanwhile."""

    def __init__(self, limit: int, window: float, monotonic: Callable[[], float] = time.monotonic,
                 chat_limit: int | None = None):
        self.limit = limit
        self.window = window
        self.chat_limit = chat_limit
        self.monotonic = monotonic
        self._seen: dict[tuple[str, str], deque[float]] = {}
        self._seen_in_chat: dict[str, deque[float]] = {}
        self._warned: dict[tuple[str, str], float] = {}
        self._checks = 0

    def check(self, chat_id: str, user_id: str) -> str:
        """'ok', 'warn' (refuse, and say so once) or 'silent' (refuse quietly)."""
        now = self.monotonic()
        self._checks += 1
        if self._checks % _PRUNE_EVERY == 0:
            self._prune(now)
        key = (chat_id, user_id)
        times = self._recent(self._seen.setdefault(key, deque()), now)
        in_chat = self._recent(self._seen_in_chat.setdefault(chat_id, deque()), now)
        user_over = len(times) >= self.limit
        if not user_over and (self.chat_limit is None or len(in_chat) < self.chat_limit):
            times.append(now)
            in_chat.append(now)
            return "ok"
        # Said once a window to the user over their share, and once to a chat over its own.
        warned = key if user_over else (chat_id, "")
        if now - self._warned.get(warned, -1e18) < self.window:
            return "silent"
        self._warned[warned] = now
        return "warn"

    def _recent(self, times: deque[float], now: float) -> deque[float]:
        while times and times[0] <= now - self.window:
            times.popleft()
        return times

    def _prune(self, now: float) -> None:
        """Drop users and chats with no command in the current window."""
        horizon = now - self.window
        self._seen = {k: v for k, v in self._seen.items() if v and v[-1] > horizon}
        self._seen_in_chat = {k: v for k, v in self._seen_in_chat.items() if v and v[-1] > horizon}
        self._warned = {k: t for k, t in self._warned.items() if t > horizon}
