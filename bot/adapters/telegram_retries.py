"""How long a Telegram 429 may make the bot wait.

python-telegram-bot's AIORateLimiter retries a request that met a 429 by sleeping its
`retry_after` first, and holds every other request of the bot while it sleeps. A command
reply is retried that way (alerts are not: their 429 goes back to the outbox), so one
reply answered "retry after 1,000,000 s" by a broken proxy or a hostile server named
in `api_url` stopped every alert to every chat for eleven days. Here a reply is retried
only when the wait is short, without holding the others; a longer one drops the reply,
as a reply whose chat has no send slot soon enough is dropped (TelegramChat._wait_for_slot).

getUpdates, which reads the commands, goes through no rate limiter: PTB's polling loop sleeps
whatever a 429 on it asks, and `run` answered no command, no button, for eleven days after one
"retry after 1000000" (and a SIGTERM waited as long to stop it). Its request answers PTB with
the wait bounded (BoundedWaitUpdatesRequest).
"""

from __future__ import annotations

import asyncio
import json
import logging
import math
import warnings
from collections.abc import Callable
from datetime import timedelta
from typing import Any

from telegram.error import RetryAfter
from telegram.ext import AIORateLimiter
from telegram.request import HTTPXRequest

log = logging.getLogger(__name__)

# The longest a 429 on getUpdates stops the bot reading commands: the long poll's own length
# (TelegramLimits.poll_timeout), so that a wait Telegram means is asked again no more often than
# an idle bot asks for updates, and a stop (SIGTERM) waits no longer than it. A wait below a
# second (0, or negative, which PTB's loop would take as none and ask again at once) is a second.
MAX_UPDATES_WAIT = 10
MIN_UPDATES_WAIT = 1


def retry_seconds(exc: RetryAfter) -> float:
    """The seconds a 429 asks to wait, whichever type PTB holds them in."""
    value: Any = getattr(exc, "_retry_after", None)
    if value is None:
        with warnings.catch_warnings():  # PTB 22 warns about the int -> timedelta change
            warnings.simplefilter("ignore")
            value = exc.retry_after
    return value.total_seconds() if isinstance(value, timedelta) else float(value)


# The wait taken for a 429 whose retry_after is no number (NaN), as discord_rate_limits takes one.
NO_NUMBER_WAIT = 60.0


def is_unrepresentable_retry_after(exc: BaseException) -> bool:
    """Is `exc` a 429 whose retry_after PTB could not hold? RetryAfter keeps its wait as a
    timedelta, built in its __init__: from 10**14 s on that is past timedelta's range and
    the OverflowError raised there reaches the caller instead of the RetryAfter; a NaN raises
    ValueError there ("cannot convert float NaN to integer"). Told by the frame it came from,
    so that no other OverflowError or ValueError passes for a rate limit."""
    if not isinstance(exc, (OverflowError, ValueError)):
        return False
    frame = exc.__traceback__
    while frame is not None:
        if isinstance(frame.tb_frame.f_locals.get("self"), RetryAfter):
            return True
        frame = frame.tb_next
    return False


def unrepresentable_wait(exc: BaseException) -> float:
    """The wait to take for such a 429 (is_unrepresentable_retry_after): past any date
    (math.inf, which each caller bounds) for a number too large, NO_NUMBER_WAIT for NaN."""
    return math.inf if isinstance(exc, OverflowError) else NO_NUMBER_WAIT


class _RetriedHere(logging.Filter):
    """Drops AIORateLimiter's "Rate limit hit after maximum of 0 retries" (ERROR, with a
    traceback): with its own retries off it logs that for every 429, a reply this module
    then retries included, while the caller says in one line what became of it (the
    outbox's "not sent: ... RetryAfter", the reply's "failed")."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not (record.msg == "Rate limit hit after maximum of %d retries" and record.args == (0,))


_PTB_LIMITER_LOG = logging.getLogger("telegram.ext.AIORateLimiter")
_RETRIED_HERE = _RetriedHere()


class BoundedRetryLimiter(AIORateLimiter):
    """AIORateLimiter (its flood pacing unchanged) that retries a 429 only when its
    wait is at most `max_retry_wait`; otherwise the RetryAfter reaches the caller."""

    def __init__(self, *, max_retry_wait: float, **kwargs: Any):
        # PTB's own retries are off: each attempt below is one request through it.
        super().__init__(**{**kwargs, "max_retries": 0})
        self.max_retry_wait = max_retry_wait
        _PTB_LIMITER_LOG.addFilter(_RETRIED_HERE)  # (a filter added twice is kept once)

    async def process_request(self, callback: Any, args: Any, kwargs: dict[str, Any], endpoint: str,
                              data: dict[str, Any], rate_limit_args: int | None) -> Any:
        retries = rate_limit_args or 0
        for attempt in range(retries + 1):
            try:
                return await super().process_request(callback, args, kwargs, endpoint, data, None)
            except RetryAfter as exc:
                wait = retry_seconds(exc)
                if attempt == retries or not 0 <= wait <= self.max_retry_wait:
                    raise
                await asyncio.sleep(wait + 0.1)
        raise AssertionError("unreachable: the last attempt returns or raises")


class BoundedWaitUpdatesRequest(HTTPXRequest):
    """The request getUpdates goes through: a 429's `retry_after` reaches PTB's polling loop
    bounded to MIN_UPDATES_WAIT..MAX_UPDATES_WAIT seconds, with a warning naming the wait asked.
    `on_answer` is called at each answer of Telegram's, a JSON object with 200 (the end of a run of
    failures, for its log): a proxy's or captive portal's page answered 200 is a failure, which PTB
    reports next; taken for an answer, it ended the run and began another at every try."""

    def __init__(self, *args: Any, on_answer: Callable[[], None] = lambda: None, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self._on_answer = on_answer

    async def do_request(self, *args: Any, **kwargs: Any) -> tuple[int, bytes]:
        status, payload = await super().do_request(*args, **kwargs)
        if status == 200 and payload[:1] == b"{":
            self._on_answer()
        if status == 429:
            bounded = bounded_flood_wait(payload, MIN_UPDATES_WAIT, MAX_UPDATES_WAIT)
            if bounded is not None:
                payload, asked, wait = bounded
                log.warning("telegram: getUpdates answered 429 asking to wait %s s; commands are read again in %d s "
                            "(so long a wait would stop every chat's commands)", asked, wait)
        return status, payload


def bounded_flood_wait(payload: bytes, shortest: int, longest: int) -> tuple[bytes, object, int] | None:
    """A 429 answer's body with `parameters.retry_after` held within shortest..longest, the wait
    it asked and the one it now asks; None where nothing was changed (a wait within the bounds,
    a body that is not such JSON, which PTB reports as it is)."""
    try:
        answer = json.loads(payload)
    except ValueError:  # UnicodeDecodeError included: a proxy's page
        return None
    parameters = answer.get("parameters") if isinstance(answer, dict) else None
    asked = parameters.get("retry_after") if isinstance(parameters, dict) else None
    if isinstance(asked, bool) or not isinstance(asked, (int, float)):
        return None
    if not math.isnan(asked) and shortest <= asked <= longest:
        return None
    wait = shortest if asked < shortest else longest  # (NaN compares false: the longest)
    parameters["retry_after"] = wait
    return json.dumps(answer).encode(), asked, wait
