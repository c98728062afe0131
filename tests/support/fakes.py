"""Hand-written fakes for the core's ports (no mocking library)."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta, timezone

from bot.core.models import Alert, DeliveryResult


class FakeClock:
    """A clock that moves only when told to."""

    def __init__(self, start: datetime | None = None):
        self.current = start or datetime(2023, 2, 14, 12, 0, tzinfo=timezone.utc)

    def now(self) -> datetime:
        return self.current

    def advance(self, **delta: float) -> None:
        self.current += timedelta(**delta)


class FakeChat:
    """Records what it is asked to send and edit; `results` and `edit_results` queue
    canned outcomes per chat. Each message sent gets an id ("m1", "m2"...)."""

    def __init__(self, platform: str = "fake"):
        self.platform = platform
        self.sent: list[tuple[str, Alert]] = []
        self.edited: list[tuple[str, str, Alert]] = []  # (chat, message id, alert)
        self.results: dict[str, list[DeliveryResult]] = {}
        self.edit_results: dict[str, list[DeliveryResult]] = {}

    async def send(self, chat_id: str, alert: Alert) -> DeliveryResult:
        queued = self.results.get(chat_id)
        result = queued.pop(0) if queued else DeliveryResult(ok=True)
        if result.ok:
            self.sent.append((chat_id, alert))
            if result.message_id is None:
                result = replace(result, message_id=f"m{len(self.sent)}")
        return result

    async def edit(self, chat_id: str, message_id: str, alert: Alert) -> DeliveryResult:
        queued = self.edit_results.get(chat_id)
        result = queued.pop(0) if queued else DeliveryResult(ok=True)
        if result.ok:
            self.edited.append((chat_id, message_id, alert))
        return result
