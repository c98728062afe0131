"""The demo's console: the alerts of its one poll held, then printed in the order a reader
expects, by the time each story was published (oldest first, as a log reads), then by the
order its feeds are listed in. The outbox sends in the order stories were made, which
follows which feed's fetch ended first: the demo printed a 1 December alert, then 3
December, then 17 November."""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import TextIO

from bot.adapters.console_chat import CONSOLE_CHAT_ID, ConsoleChat
from bot.core.models import Alert, DeliveryResult

_UNDATED = datetime.max.replace(tzinfo=UTC)  # an alert without a date comes last


def in_reading_order(alerts: Sequence[Alert], feed_names: Sequence[str]) -> list[Alert]:
    """`alerts` by publication time, then by the place of the feed that opened each story
    (its first source) among `feed_names`, then as they were made (story id)."""
    place = {name: index for index, name in enumerate(feed_names)}

    def key(alert: Alert) -> tuple[datetime, int, int]:
        opened_by = alert.sources[0] if alert.sources else ""
        return alert.published or _UNDATED, place.get(opened_by, len(place)), alert.story_id

    return sorted(alerts, key=key)


class HeldConsole(ConsoleChat):
    """A console chat that prints nothing while the outbox sends; `print_held` then writes
    the alerts held, in reading order, to `out`."""

    def __init__(self, out: TextIO):
        super().__init__(io.StringIO())
        self.out = out
        self.held: list[Alert] = []

    async def send(self, chat_id: str, alert: Alert) -> DeliveryResult:
        self.held.append(alert)
        return DeliveryResult(ok=True, message_id=str(alert.story_id))

    async def print_held(self, feed_names: Sequence[str]) -> None:
        """The held alerts, then whatever else the console printed meanwhile (updates, digests)."""
        printer = ConsoleChat(self.out, self.lang_of)
        for alert in in_reading_order(self.held, feed_names):
            await printer.send(CONSOLE_CHAT_ID, alert)
        self.out.write(self.stream.getvalue())
        self.out.flush()
        self.held.clear()
