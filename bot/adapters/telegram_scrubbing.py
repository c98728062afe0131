"""Keeping the Telegram bot token out of logs and errors. The token is part of every API
URL, so httpx's request lines and tracebacks may quote it: once the adapter starts, a log
record factory replaces it in every record, whichever library makes it, and every error
string the adapter writes goes through scrub."""

from __future__ import annotations

import logging
from typing import Any

_SECRETS: set[str] = set()
_factory_installed = False


def scrub(text: str) -> str:
    """`text` with every known bot token replaced."""
    for secret in _SECRETS:
        text = text.replace(secret, "<token>")
    return text


def install_log_scrubber(token: str) -> None:
    """Scrub the token from every log record, whichever library makes it: httpx logs
    each request URL (which holds the token) and tracebacks may quote it. A record
    factory sees every record, unlike a filter on one logger."""
    global _factory_installed
    if len(token) < 8:  # a token this short would scrub ordinary words
        return
    _SECRETS.add(token)
    if _factory_installed:
        return
    previous = logging.getLogRecordFactory()

    def factory(*args: Any, **kwargs: Any) -> logging.LogRecord:
        record = previous(*args, **kwargs)
        try:
            message = record.getMessage()
        except Exception:  # noqa: BLE001 - a broken format string is the logger's business
            return record
        if any(secret in message for secret in _SECRETS):
            record.msg, record.args = scrub(message), None
        if record.exc_info:
            text = logging.Formatter().formatException(record.exc_info)
            if any(secret in text for secret in _SECRETS):
                record.exc_text = scrub(text)
        if record.stack_info:
            record.stack_info = scrub(record.stack_info)
        return record

    logging.setLogRecordFactory(factory)
    _factory_installed = True
