"""What a failed request to Telegram means: for the outbox, whether to retry (and when),
follow a group that became a supergroup, give up on the chat, or record the alert as
perhaps sent (delivery_result); in a log line or an error, one token-free line
(describe_error)."""

from __future__ import annotations

import json
import logging

import httpx
from telegram.error import (
    BadRequest,
    ChatMigrated,
    Forbidden,
    InvalidToken,
    NetworkError,
    RetryAfter,
    TelegramError,
    TimedOut,
)

from bot.adapters.telegram_retries import is_unrepresentable_retry_after, retry_seconds, unrepresentable_wait
from bot.adapters.telegram_scrubbing import scrub
from bot.core.models import DeliveryResult

# BadRequest texts that mean the chat is gone for good: end its subscription.
# "message thread not found": the forum topic a subscription was made in was deleted (a
# topic is a chat of its own here, see telegram_chat.chat_address).
# "have no rights to send a message" and "CHAT_WRITE_FORBIDDEN" are how Telegram words the
# same refusal as "not enough rights to send" where a group's permissions or a restriction
# of the bot took its right to post: as unknown texts they were taken for a problem of the
# alert alone, and every later alert to the chat was sent and refused, one by one, for ever.
GONE_PHRASES = ("chat not found", "group chat was deactivated", "user is deactivated", "bot was kicked",
                "not enough rights to send", "have no rights to send", "chat_write_forbidden",
                "need administrator rights", "message thread not found")
# BadRequest texts that mean the chat refuses messages for now, for a reason its admins can
# undo: a forum topic closed (TOPIC_CLOSED: reopening it lets the bot post again) or the bot
# restricted for a time (CHAT_RESTRICTED). Taken for a problem of each alert, they failed
# every alert one by one while the subscription stayed; ending the subscription would lose
# the alerts of a topic closed for a weekend. The alerts wait instead (bot.delivery).
PAUSED_PHRASES = ("topic_closed", "chat_restricted")
# BadRequest texts that refuse a message's markup, not the message: it goes as plain text.
MARKUP_PHRASES = ("can't parse entities", "can't find end of", "entity_bounds_invalid", "entities_too_long")


def describe_error(exc: BaseException) -> str:
    """A one-line, token-free description of a send error. An answer that is not JSON (a
    proxy's page answered 200) is quoted, briefly: PTB's "Invalid server response" alone did not
    say what came (its own log line, which did, is dropped: _AnswerNotJson)."""
    text = f"telegram: {type(exc).__name__}: {exc}"
    cause = exc.__cause__
    if isinstance(cause, json.JSONDecodeError):
        text += f" (the answer is not JSON: {' '.join(cause.doc.split())[:120]!r})"
    return scrub(text)[:500]


class _AnswerNotJson(logging.Filter):
    """Drops python-telegram-bot's 'Can not load invalid JSON data: "<the whole body>"' (ERROR,
    with a traceback), which it logs at every request answered by a proxy's page: during a
    Telegram outage behind a proxy, one traceback and the whole page for every try, beside the
    caller's own line saying what failed and quoting the page (describe_error)."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not (isinstance(record.msg, str) and record.msg.startswith("Can not load invalid JSON data"))


_PTB_REQUEST_LOG = logging.getLogger("telegram.request.BaseRequest")
_ANSWER_NOT_JSON = _AnswerNotJson()


def quiet_ptb_json_errors() -> None:
    """One line of ours per failed request, not PTB's traceback too (_AnswerNotJson)."""
    _PTB_REQUEST_LOG.addFilter(_ANSWER_NOT_JSON)  # (a filter added twice is kept once)


def telegrams_own_answer(exc: TelegramError) -> bool:
    """Whether an error comes from an answer of the Bot API (JSON with its description),
    not from a page some server between it and the bot answered: python-telegram-bot raises
    the error of the HTTP status either way, the second from the failure to read the body."""
    return not isinstance(exc.__cause__, TelegramError)


def markup_refused(exc: BaseException) -> bool:
    """Whether Telegram refused the HTML of a message (not the chat, not the text's length):
    the same text without markup is then sent (bot.core.chat.telegram_plain)."""
    return (isinstance(exc, BadRequest) and telegrams_own_answer(exc)
            and any(phrase in str(exc).lower() for phrase in MARKUP_PHRASES))


def delivery_result(exc: BaseException) -> DeliveryResult:
    """What the outbox should do after this error (see DeliveryResult)."""
    error = describe_error(exc)
    if isinstance(exc, RetryAfter):
        return DeliveryResult(ok=False, error=error, retry_after=max(retry_seconds(exc), 1.0))
    if is_unrepresentable_retry_after(exc):
        # A 429 asking to wait 10**14 s or more, or NaN s: a rate limit still, bounded by the
        # outbox (rate_limit_wait) like any other. As an unknown error it was retried with
        # backoff and counted towards MAX_ATTEMPTS, so failed after a few tries (NaN until stop 63).
        asked = "past any date" if isinstance(exc, OverflowError) else "a wait that is no number"
        return DeliveryResult(ok=False, error=f"telegram: rate limited (429), asked to wait {asked}",
                              retry_after=unrepresentable_wait(exc))
    if isinstance(exc, (Forbidden, BadRequest)) and not telegrams_own_answer(exc):
        # A 403 or 400 whose body is no Bot API answer: a proxy, firewall or load balancer in
        # front of it answered with a page of its own. It says nothing of the chat: read as
        # Telegram's, a firewall's 403 during a fan-out ended the subscription of every chat
        # it met, and a proxy's 400 failed each alert for good. Retried later, with backoff.
        return DeliveryResult(ok=False, error=f"{error} (not the Bot API's answer: a proxy's?)")
    if isinstance(exc, ChatMigrated):
        return DeliveryResult(ok=False, error=error, migrate_to=str(exc.new_chat_id))
    if isinstance(exc, Forbidden):
        return DeliveryResult(ok=False, error=error, deactivate=True)
    if isinstance(exc, BadRequest):  # before NetworkError: BadRequest is one of its subclasses
        if any(phrase in str(exc).lower() for phrase in PAUSED_PHRASES):
            return DeliveryResult(ok=False, error=error, paused=True)
        if any(phrase in str(exc).lower() for phrase in GONE_PHRASES):
            return DeliveryResult(ok=False, error=error, deactivate=True)
        return DeliveryResult(ok=False, error=error, permanent=True)
    if isinstance(exc, TimedOut) and not isinstance(exc.__cause__, (httpx.ConnectTimeout, httpx.PoolTimeout)):
        # The request went out and no answer came: Telegram may have delivered it.
        # Resending could duplicate the alert, so it is recorded as uncertain instead.
        return DeliveryResult(ok=False, error=error, uncertain=True)
    if isinstance(exc, NetworkError) and _too_large(exc):
        # A 413: this request is too big, and will be as big at every retry. PTB raises it as a
        # NetworkError, like a 5xx; read as an outage, it stopped the drain at every try for
        # two days. (A 500 for one chat only is still read as an outage: one answer does not
        # tell it from Telegram's own, and due alerts are read by next_attempt, so the other
        # chats' go out meanwhile and their first success ends the outage.)
        return DeliveryResult(ok=False, error=error, permanent=True)
    if isinstance(exc, NetworkError) and not isinstance(exc, (TimedOut, InvalidToken)):
        # A 5xx (502 and 504 while Telegram is out of reach), no connection: the platform's
        # failure, not the alert's (bot.delivery waits for it; MAX_ATTEMPTS lost every alert
        # of an outage longer than some twenty minutes).
        return DeliveryResult(ok=False, error=error, outage=True)
    # A connect timeout, anything else: retry later with backoff.
    return DeliveryResult(ok=False, error=error)


def _too_large(exc: Exception) -> bool:
    """Whether PTB's NetworkError is a 413 (its text is Telegram's description when the answer
    was JSON, else "Request Entity Too Large (413)")."""
    text = str(exc).lower()
    return "request entity too large" in text or "(413)" in text
