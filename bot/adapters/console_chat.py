"""ConsoleChat: prints alerts to standard output. The chat used when no token is set."""

from __future__ import annotations

import sys
from typing import TextIO

from bot.core.alerts import render_plain
from bot.core.models import Alert, DeliveryResult

CONSOLE_CHAT_ID = "console"


class ConsoleChat:
    platform = "console"

    def __init__(self, stream: TextIO | None = None):
        self.stream = stream or sys.stdout

    async def send(self, chat_id: str, alert: Alert) -> DeliveryResult:
        try:
            self.stream.write(render_plain(alert) + "\n\n")
            self.stream.flush()
        except OSError as exc:  # a closed pipe: retry later rather than lose the alert
            return DeliveryResult(ok=False, error=f"console: {exc}")
        return DeliveryResult(ok=True)
