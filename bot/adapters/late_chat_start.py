"""A chat platform out of reach when `run` starts, tried again in the background.

Discord or Telegram unreachable for a moment at start (the network, a timeout, a 5xx, a
gateway dropping the connection, a 429: bot.errors.ChatUnreachable) had stopped the whole
`run`, the other chat and polling with it, and a container restarting it every few seconds
hammered the platform. Now `run` goes on without that chat: its alerts are queued in the
outbox as ever and go out once it starts, and its start is tried again after 5 s, 10 s,
20 s ... at most 5 minutes (or the wait a 429 asked for, at most an hour). The log says
it once when the chat is left behind and once when it connects; the attempts between are
debug lines. A refusal of what was given (a token revoked meanwhile: a ConfigError, or any
other PledgewatchError) ends the attempts with one error line, and so does an unexpected
exception (with its traceback): `run` goes on without it until restarted, as it does when a
running chat's token is reset.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable
from typing import Any

from bot.errors import ChatUnreachable, PledgewatchError

log = logging.getLogger(__name__)

FIRST_WAIT = 5.0
LONGEST_WAIT = 300.0
# A 429's retry_after is waited, but no longer than this: a proxy answering "retry after
# 10**9" must not leave the chat off for ever.
LONGEST_ASKED_WAIT = 3600.0


def wait_before_attempt(attempt: int, asked: float | None) -> float:
    """Seconds to wait before start attempt number `attempt` (1 the first after the failed
    start): doubling from FIRST_WAIT up to LONGEST_WAIT, and never less than a 429 asked
    (bounded by LONGEST_ASKED_WAIT; a wait that is no number is none)."""
    backoff = min(FIRST_WAIT * 2 ** min(attempt - 1, 16), LONGEST_WAIT)
    if asked is None or not asked == asked:  # None or NaN
        return backoff
    return max(backoff, min(asked, LONGEST_ASKED_WAIT))


class LateStart:
    """Tries `chat.start()` again until it works (then `on_started(chat)`), is refused, or
    the task is cancelled by `run`'s stop."""

    def __init__(self, chat: Any, on_started: Callable[[Any], None], *,
                 sleep: Callable[[float], Awaitable[Any]] = asyncio.sleep,
                 wait_for: Callable[[int, float | None], float] = wait_before_attempt):
        self.chat = chat
        self.on_started = on_started
        self.sleep = sleep
        self.wait_for = wait_for
        self.attempts = 0

    async def run(self, failure: ChatUnreachable) -> None:
        platform = self.chat.platform
        began = time.monotonic()
        wait = self.wait_for(1, failure.retry_after)
        log.warning("%s; pledgewatch runs on without %s (polling and the other chats go on, its alerts wait in "
                    "the outbox) and tries again in %g s, then less and less often (at most every %g min)",
                    failure, platform, wait, LONGEST_WAIT / 60)
        while True:
            await self.sleep(wait)
            self.attempts += 1
            try:
                await self.chat.start()
            except ChatUnreachable as again:
                wait = self.wait_for(self.attempts + 1, again.retry_after)
                log.debug("%s: start attempt %d failed: %s; next in %g s", platform, self.attempts, again, wait)
                continue
            except PledgewatchError as refused:
                log.error("%s; pledgewatch runs on without %s until it is restarted", refused, platform)
                return
            except Exception:  # noqa: BLE001 - a bug in the start: nobody awaits this task until `run` stops,
                # so raised here it would be lost (asyncio's "never retrieved" at best, at exit)
                log.exception("%s: start attempt %d failed unexpectedly; pledgewatch runs on without %s until it "
                              "is restarted", platform, self.attempts, platform)
                return
            log.warning("%s: connected after %d more attempt(s), %.0f s after the start: its alerts go out",
                        platform, self.attempts, time.monotonic() - began)
            self.on_started(self.chat)
            return
