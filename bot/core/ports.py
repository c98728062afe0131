"""The roles the core needs from the outside world, as Protocols. Adapters
implement them; tests use hand-written fakes (tests/support/fakes.py)."""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Protocol

from bot.core.models import Alert, DeliveryResult, FetchResult


class Clock(Protocol):
    def now(self) -> datetime:
        """The current time, timezone-aware UTC."""


class SystemClock:
    def now(self) -> datetime:
        return datetime.now(timezone.utc)


class FeedSource(Protocol):
    async def fetch(self, url: str, etag: str | None = None, last_modified: str | None = None, *,
                    from_chat: bool = False) -> FetchResult:
        """Fetch a feed body with a conditional GET. Returns body=None for 304.
        Raises FetchError (never a library exception) on any failure. `from_chat`: the
        feed was added from chat, and is held to the chat address policy."""


class ChatSender(Protocol):
    platform: str

    async def send(self, chat_id: str, alert: Alert) -> DeliveryResult:
        """Deliver one alert to one chat. Never raises for a per-chat problem:
        the result says whether to retry, deactivate the chat or give up.

        A sender that can also deliver several alerts as one message offers
        `async send_digest(chat_id, digest: Digest) -> DeliveryResult`; the outbox
        uses it for chats in digest mode (bot/delivery.py checks for it). With it,
        `digest_room(chat_id, alerts) -> int` says how many of `alerts`, from the first,
        one such message shows; the outbox cuts the chat's due alerts into as many
        messages as it takes, each a Digest saying which `part` of how many `parts` it
        is and how many stories (`total`) the whole digest holds.

        A sender that can replace a message it sent offers
        `async edit(chat_id, message_id, alert) -> DeliveryResult`: the alert's message
        (`message_id`, as returned in DeliveryResult) rewritten as `alert`, its story having
        grown; it never raises for a per-chat problem either. The outbox's story updates use
        it where present (bot/delivery.py checks for it)."""
