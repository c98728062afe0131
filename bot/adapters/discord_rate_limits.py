"""A Discord 429 whose `retry_after` is no wait, made one before discord.py reads it.

discord.py sleeps a 429's `retry_after` inside the request (up to `max_ratelimit_timeout`,
above which it raises RateLimited for the outbox to retry later). A broken proxy or a hostile
server named in `api_url` may send what no sleep bounds: `NaN` (JSON's Python reading takes it)
passed every comparison and `asyncio.sleep(nan)` never returns, so the alert's request, its
rate-limit bucket and, for a global 429, every other request waited for ever (the outbox drain
with them); a word or null raised TypeError out of the request; a missing one KeyError; a
negative one was slept as none, and asked again at once. A wait that is no finite number
becomes NO_REAL_WAIT (above discord.py's bound: RateLimited, the outbox tries again later,
bot.delivery.rate_limit_wait); a negative one MIN_WAIT.

The hook is discord.http.json_or_text, the one function the client's requests read their
answers through (the module already points discord.http.Route.BASE at `api_url`).
"""

from __future__ import annotations

import logging
import math
from typing import Any

log = logging.getLogger(__name__)

NO_REAL_WAIT = 60.0  # above discord.py's max_ratelimit_timeout (30 s at least): never slept in the request
MIN_WAIT = 1.0
# What an interaction's answer may wait for a 429 (Discord drops an interaction's token after 15
# minutes, and the person is waiting): the longest wait discord.py's own requests sleep.
MAX_ANSWER_WAIT = 30.0
# The longest a bucket stays shut on one answer's word: the outbox's own bound on a 429's wait.
MAX_BUCKET_WAIT = 3600.0


def bounded_retry_after(asked: Any) -> float | None:
    """The wait to use for a 429's `retry_after`, or None where it is a wait as it is."""
    if isinstance(asked, bool) or not isinstance(asked, (int, float)) or math.isnan(asked):
        return NO_REAL_WAIT
    if asked < 0:
        return MIN_WAIT
    return None  # infinity included: above the bound, so RateLimited, which the outbox bounds


def install() -> None:
    """Wrap, once, the reading of answers in discord.http (alerts, the bot's own requests) and in
    discord.webhook.async_ (interaction answers and follow-ups, which import it by name).
    Each DiscordChat.start calls this."""
    import discord.http
    import discord.utils
    import discord.webhook.async_ as webhooks

    if getattr(discord.http.json_or_text, "bounds_retry_after", False):
        return
    discord.http.json_or_text = _bounding(discord.http.json_or_text, longest=None)
    # The webhook adapter sleeps a 429's whole wait, with no bound of its own: a command's answer
    # told "retry after 10**9" held its channel's turn, so every later command there, for ever.
    webhooks.json_or_text = _bounding(webhooks.json_or_text, longest=MAX_ANSWER_WAIT)
    # A successful answer's rate-limit headers, read as numbers: "X-RateLimit-Reset-After: nan"
    # made the bucket's next request wait for ever (the outbox drain behind it), a word raised
    # ValueError after the message was sent (so it was sent again at every retry), and 10**9 shut
    # the channel's bucket for 31 years.
    discord.http.Ratelimit.update = _bounded_bucket_update(discord.http.Ratelimit.update)
    discord.utils._parse_ratelimit_header = _bounded_header(discord.utils._parse_ratelimit_header)


def bounded_reset_after(seconds: float) -> float:
    """A bucket's reset time within 0..MAX_BUCKET_WAIT (NaN: NO_REAL_WAIT)."""
    if math.isnan(seconds):
        return NO_REAL_WAIT
    return min(max(seconds, 0.0), MAX_BUCKET_WAIT)


def _bounded_bucket_update(original: Any) -> Any:
    def update(self: Any, response: Any, *, use_clock: bool = False) -> None:
        try:
            original(self, response, use_clock=use_clock)
        except (ValueError, KeyError, OverflowError):  # a header that is no number (or no date)
            log.warning("discord: an answer's rate-limit headers are no numbers (%r); its bucket waits %g s",
                        {k: v for k, v in response.headers.items() if k.lower().startswith("x-ratelimit")}, MIN_WAIT)
            self.reset_after = MIN_WAIT
        else:
            bounded = bounded_reset_after(self.reset_after)
            if bounded == self.reset_after:
                return
            log.warning("discord: an answer's rate limit resets after %r s; taken as %g s", self.reset_after, bounded)
            self.reset_after = bounded
        self.expires = self._loop.time() + self.reset_after

    return update


def _bounded_header(original: Any) -> Any:
    def parse_ratelimit_header(request: Any, *, use_clock: bool = False) -> float:
        try:
            seconds = original(request, use_clock=use_clock)
        except (ValueError, KeyError, OverflowError):
            return 0.0  # nothing known: no delay
        return 0.0 if math.isnan(seconds) else min(max(seconds, 0.0), MAX_ANSWER_WAIT)

    return parse_ratelimit_header


def _bounding(original: Any, longest: float | None) -> Any:
    async def json_or_text(response: Any) -> Any:
        data = await original(response)
        if response.status == 429 and isinstance(data, dict):
            asked = data.get("retry_after")
            wait = bounded_retry_after(asked)
            if wait is not None:
                log.warning("discord: a 429 asked to wait %r s, which is no wait; taken as %g s", asked, wait)
                data["retry_after"] = wait
            wait = data["retry_after"]
            if longest is not None and response.headers.get("Via") and wait > longest:
                import discord

                # As discord.py's own requests do above max_ratelimit_timeout: the answer is given up.
                log.warning("discord: a command's answer was told to wait %g s; given up (at most %g s)", wait, longest)
                raise discord.RateLimited(wait)
        return data

    json_or_text.bounds_retry_after = True  # type: ignore[attr-defined]
    return json_or_text
