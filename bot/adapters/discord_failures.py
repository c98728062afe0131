"""What a failed request to Discord means: for the outbox, whether to retry (and when),
give up on the channel, or record the alert as perhaps sent (delivery_error); in a log
line, the HTTP status, Discord's error code and message, never a request header or the
token (http_error_text)."""

from __future__ import annotations

import asyncio

import aiohttp
import discord

from bot.core.models import DeliveryResult

# Discord's codes for a channel that refuses messages for now, for a reason its moderators
# can undo: 50083, an archived thread (one archived and locked, which the bot may not
# reopen by posting); 160005, a locked thread. Read as any other 400 they failed each alert
# one by one while the subscription stayed. The alerts wait instead (bot.delivery).
PAUSED_CODES = frozenset({50083, 160005})


def delivery_error(exc: BaseException) -> DeliveryResult:
    """What the outbox should do after a failed send."""
    if isinstance(exc, discord.RateLimited):
        return DeliveryResult(ok=False, error="discord: rate limited", retry_after=float(exc.retry_after))
    if isinstance(exc, discord.HTTPException) and exc.code in PAUSED_CODES:
        return DeliveryResult(ok=False, error=http_error_text(exc), paused=True)
    if isinstance(exc, discord.HTTPException) and 400 <= exc.status < 500 and exc.status != 429 and not exc.code:
        # A 4xx without Discord's JSON error code: a page a proxy or firewall between it and
        # the bot answered. It says nothing of the channel: read as Discord's, a firewall's
        # 403 during a fan-out ended the subscription of every channel it met, and a 400
        # failed each alert for good. Retried later, with backoff.
        return DeliveryResult(ok=False, error=f"{http_error_text(exc)} (not Discord's answer: a proxy's?)")
    if isinstance(exc, discord.Forbidden):  # 50001 missing access, 50013 missing permissions
        return DeliveryResult(ok=False, error=http_error_text(exc), deactivate=True)
    if isinstance(exc, discord.NotFound):  # 10003 unknown channel: deleted
        return DeliveryResult(ok=False, error=http_error_text(exc), deactivate=True)
    if isinstance(exc, discord.DiscordServerError):  # Discord's failure, not the alert's (see bot.delivery)
        return DeliveryResult(ok=False, error=http_error_text(exc), outage=True)
    if isinstance(exc, discord.HTTPException):
        if exc.status == 429:  # discord.py gave up (retries exhausted, or no Via header)
            return DeliveryResult(ok=False, error=http_error_text(exc), retry_after=_retry_after(exc))
        if exc.status >= 500:
            return DeliveryResult(ok=False, error=http_error_text(exc), outage=True)
        return DeliveryResult(ok=False, error=http_error_text(exc), permanent=True)
    if isinstance(exc, (asyncio.TimeoutError, aiohttp.ServerTimeoutError, aiohttp.ServerDisconnectedError)):
        # The request went out and no answer came: the message may exist; resending
        # could duplicate it, so it is recorded as uncertain (at most once).
        return DeliveryResult(ok=False, error=f"discord: no answer ({type(exc).__name__})", uncertain=True)
    if isinstance(exc, (aiohttp.ClientError, OSError, discord.ConnectionClosed)):
        return DeliveryResult(ok=False, error=f"discord: network error ({type(exc).__name__})", outage=True)
    # Anything else is unexpected: retry with backoff rather than leave the alert stuck.
    return DeliveryResult(ok=False, error=f"discord: unexpected {type(exc).__name__}")


def http_error_text(exc: discord.HTTPException) -> str:
    return f"discord: HTTP {exc.status} (code {exc.code}) {exc.text[:200]}".rstrip()


def _retry_after(exc: discord.HTTPException) -> float | None:
    try:
        return float(exc.response.headers.get("Retry-After", ""))
    except (TypeError, ValueError, AttributeError):
        return None
