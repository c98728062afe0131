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
    `chat_limit` per chat from all its users together, and at most `user_limit` per user in all
    chats together (None: no such bound). The first refusal says so ('warn'); later ones in
    the same window are 'silent'.

    The chat's bound is for a group many accounts write in at once (a raid): each user's
    five commands stayed allowed, so a hundred accounts had five hundred commands run in
    ten seconds, each on the bot's event loop (a /pledges chart is a matplotlib figure),
    polling and every other chat waiting meanwhile.

    The user's bound across chats is for one account in many groups (or a group and its
    private chat with the bot): each chat's five stayed allowed, so one user in a hundred
    groups had five hundred commands run in ten seconds, and the replies took the send
    budget alerts need (Telegram's 30 messages a second are the bot's, not a chat's).

    A command that ends alerts (/unsubscribe) is checked with across_chats=False: it meets
    its chat's bounds only, as every command did before the bound across chats. A user's
    busy minute in one group must not cost them leaving in another (the refusal is said in
    the chat where it first happened, so the second chat heard nothing and the alerts went
    on); one chat's flood of them is still stopped by its own five and twenty."""

    def __init__(self, limit: int, window: float, monotonic: Callable[[], float] = time.monotonic,
                 chat_limit: int | None = None, user_limit: int | None = None):
        self.limit = limit
        self.window = window
        self.chat_limit = chat_limit
        # (never below one chat's share: raising that, as a test or a quiet private bot may, raises this)
        self.user_limit = None if user_limit is None else max(user_limit, limit)
        self.monotonic = monotonic
        self._seen: dict[tuple[str, str], deque[float]] = {}
        self._seen_in_chat: dict[str, deque[float]] = {}
        self._seen_of_user: dict[str, deque[float]] = {}
        self._warned: dict[tuple[str, str], float] = {}
        self._checks = 0

    def check(self, chat_id: str, user_id: str, *, across_chats: bool = True) -> str:
        """'ok', 'warn' (refuse, and say so once) or 'silent' (refuse quietly). With
        across_chats=False the user's bound in all chats is not applied (still counted)."""
        now = self.monotonic()
        self._checks += 1
        if self._checks % _PRUNE_EVERY == 0:
            self._prune(now)
        key = (chat_id, user_id)
        times = self._recent(self._seen.setdefault(key, deque()), now)
        in_chat = self._recent(self._seen_in_chat.setdefault(chat_id, deque()), now)
        everywhere = self._recent(self._seen_of_user.setdefault(user_id, deque()), now)
        user_over = len(times) >= self.limit
        user_over_everywhere = across_chats and self.user_limit is not None and len(everywhere) >= self.user_limit
        chat_over = self.chat_limit is not None and len(in_chat) >= self.chat_limit
        if not (user_over or user_over_everywhere or chat_over):
            times.append(now)
            in_chat.append(now)
            everywhere.append(now)
            return "ok"
        # Said once a window to the user over their share in a chat, once to a user over their
        # share in all chats (in the first chat that meets it), and once to a chat over its own.
        if user_over:
            warned = key
        elif user_over_everywhere:
            warned = ("", user_id)  # (no chat id is empty)
        else:
            warned = (chat_id, "")
        if now - self._warned.get(warned, -1e18) < self.window:
            return "silent"
        self._warned[warned] = now
        return "warn"

    def refuse(self, chat_id: str, user_id: str) -> str:
        """A command of `user_id` in `chat_id` refused before it was checked (one over the number
        of a chat's messages that may wait, bot/adapters/telegram_updates.py): 'warn' when
        neither the user in that chat nor the chat was told within the window, 'silent' after.
        Both are marked told, so that the refusals of the commands waiting before it (the user's
        share, the chat's) say nothing more: a flood is told once."""
        now = self.monotonic()
        keys = ((chat_id, user_id), (chat_id, ""))
        told = any(now - self._warned.get(key, -1e18) < self.window for key in keys)
        for key in keys:
            self._warned[key] = now
        return "silent" if told else "warn"

    def _recent(self, times: deque[float], now: float) -> deque[float]:
        while times and times[0] <= now - self.window:
            times.popleft()
        return times

    def _prune(self, now: float) -> None:
        """Drop users and chats with no command in the current window."""
        horizon = now - self.window
        self._seen = {k: v for k, v in self._seen.items() if v and v[-1] > horizon}
        self._seen_in_chat = {k: v for k, v in self._seen_in_chat.items() if v and v[-1] > horizon}
        self._seen_of_user = {k: v for k, v in self._seen_of_user.items() if v and v[-1] > horizon}
        self._warned = {k: t for k, t in self._warned.items() if t > horizon}
