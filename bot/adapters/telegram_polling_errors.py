"""What the log says while reading commands (getUpdates) fails.

python-telegram-bot's polling loop retries a failed getUpdates after 1 s, then up to 30 s, and
logs each failure at ERROR with a traceback ("Exception happened while polling for updates"),
beside its own "Can not load invalid JSON data" for a proxy's page (telegram_failures): a
proxy failing for an hour wrote some 240 tracebacks. Here each run of failures is one warning
(and one more if the failure changes), the retries are debug lines, and one line says when
commands are read again.
"""

from __future__ import annotations

import logging

from telegram.error import TelegramError

from bot.adapters.telegram_failures import describe_error

log = logging.getLogger(__name__)


class PollingErrors:
    """PTB's `error_callback` for start_polling (`failed`), and `answered` at each getUpdates
    Telegram answered, a JSON object with 200 (BoundedWaitUpdatesRequest; a proxy's page with 200 is
    a failure)."""

    def __init__(self) -> None:
        self._failing = ""  # the current run of failures' description, "" while getUpdates answers

    def failed(self, exc: TelegramError) -> None:
        text = describe_error(exc)
        if text == self._failing:
            log.debug("telegram: reading commands failed again: %s", text)
            return
        self._failing = text
        log.warning("telegram: reading commands failed: %s; tried again after 1 to 30 s, a line more when "
                    "they are read again", text)

    def answered(self) -> None:
        if self._failing:
            self._failing = ""
            log.warning("telegram: commands are read again (getUpdates answers)")
