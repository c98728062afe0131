"""ConsoleChat: prints alerts to standard output. The chat used when no token is set, in the
language the console chat chose with /lang in `pledgewatch chat` (English until then)."""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import replace
from typing import TextIO

from bot.core.chat.render_console import render_digest_plain, render_plain, render_plain_update
from bot.core.models import Alert, DeliveryResult, Digest
from bot.core.text.safe_text import clean_text

CONSOLE_CHAT_ID = "console"


class ConsoleChat:
    platform = "console"

    def __init__(self, stream: TextIO | None = None, lang_of: Callable[[str], str] | None = None):
        self.stream = stream or sys.stdout
        # The chat's language, asked at each alert as the other platforms do: a /lang typed
        # in `pledgewatch chat` while `run` runs reaches its next alert. None: English.
        self.lang_of = lang_of or (lambda chat_id: "en")

    async def send(self, chat_id: str, alert: Alert) -> DeliveryResult:
        result = self._write(render_plain(alert, self.lang_of(chat_id)))
        # The console cannot change what it printed; the story id lets an update say
        # which alert it extends.
        return replace(result, message_id=str(alert.story_id)) if result.ok else result

    async def edit(self, chat_id: str, message_id: str, alert: Alert) -> DeliveryResult:
        """A story update: printed as an "UPDATED" alert with every source and pledge."""
        return self._write(render_plain_update(alert, self.lang_of(chat_id)))

    async def send_digest(self, chat_id: str, digest: Digest) -> DeliveryResult:
        return self._write(render_digest_plain(digest, self.lang_of(chat_id)))

    def _write(self, text: str) -> DeliveryResult:
        try:
            # Feed text is cleaned when parsed; this also covers rows stored before that,
            # so no escape sequence from a feed ever reaches the user's terminal.
            self.stream.write(clean_text(text) + "\n\n")
            self.stream.flush()
        except OSError as exc:  # a closed pipe: retry later rather than lose the alert
            return DeliveryResult(ok=False, error=f"console: {exc}")
        return DeliveryResult(ok=True)
