"""TelegramChat: the Telegram side of pledgewatch, on python-telegram-bot 22.

It answers chat commands from the shared CommandTable and delivers alerts from the
outbox. PTB runs on our own loop (initialize + updater.start_polling + start, never
run_polling). PTB's AIORateLimiter keeps the overall rate under Telegram's ~30
messages/s; what it lacks — one message a second per chat, twenty a minute per
group — is kept here by ChatPacer, which waits a little or asks the outbox to come
back later. The bot token is part of every API URL, so it is scrubbed from every
log record and every error string this module produces (telegram_scrubbing.py).
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from telegram import (
    CallbackQuery,
    Chat,
    ChatMember,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    LinkPreviewOptions,
    Message,
    Update,
    User,
)
from telegram.constants import ParseMode
from telegram.error import (
    BadRequest,
    Forbidden,
    InvalidToken,
    NetworkError,
    RetryAfter,
    TelegramError,
)
from telegram.ext import (
    Application,
    CallbackQueryHandler,
    ChatMemberHandler,
    ContextTypes,
    MessageHandler,
    filters,
)

from bot.adapters.background_tasks import BackgroundTasks
from bot.adapters.command_readers import CommandReaders
from bot.adapters.telegram_failures import GONE_PHRASES as GONE_PHRASES  # importable here as before
from bot.adapters.telegram_failures import delivery_result, describe_error, markup_refused, quiet_ptb_json_errors
from bot.adapters.telegram_pages import (
    TelegramPages,
    page_html,
    page_keyboard,
    pages_of,
    parse_page_data,
)
from bot.adapters.telegram_menus import TelegramMenus, menu_call
from bot.adapters.telegram_polling_errors import PollingErrors
from bot.adapters.telegram_retries import (
    BoundedRetryLimiter,
    BoundedWaitUpdatesRequest,
    is_unrepresentable_retry_after,
    retry_seconds,
    unrepresentable_wait,
)
from bot.adapters.telegram_scrubbing import install_log_scrubber, scrub
from bot.adapters.telegram_updates import ChatOrderedUpdates
from bot.config import TelegramSettings
from bot.core.chat.chat_addresses import chat_address, in_group, split_address
from bot.core.chat.command_list import COMMANDS_BY_NAME, command_meant, ends_alerts, parse_command_line
from bot.core.chat.commands import CommandTable
from bot.core.chat.feed_check import feed_check_text
from bot.core.chat.i18n import user_language
from bot.core.chat.i18n import t as say
from bot.core.chat.render_telegram import (
    digest_room,
    label,
    render_alert,
    render_digest,
    render_linked_reply,
    render_reply,
    visible_length,
)
from bot.core.chat.telegram_plain import plain_text
from bot.core.chat.replies import Reply
from bot.core.chat.services import ChatContext, chosen_lang
from bot.core.chat.throttle import CommandThrottle
from bot.core.feeds.urls import shown_feed_url
from bot.core.models import Alert, DeliveryResult, Digest
from bot.errors import ChatUnreachable, ConfigError, PledgewatchError

if TYPE_CHECKING:  # imported by the app that passes one: aiohttp and feedparser stay unloaded here
    from bot.adapters.feed_check import FeedChecker

log = logging.getLogger(__name__)

# Why a command reply was not sent (TelegramChat._reply_outcome).
_SENT, _FORBIDDEN, _NOT_SENT = "sent", "forbidden", "not sent"

PLATFORM = "telegram"
MANAGER_STATUSES = {ChatMember.OWNER, ChatMember.ADMINISTRATOR}
MAX_CAPTION = 1024
MAX_CALLBACK_DATA = 64
# The bot's statuses in a chat (my_chat_member): out of it (blocked by the user of a private
# chat, removed or banned from a group), and in it again.
_OUT_OF_CHAT = frozenset({ChatMember.BANNED, ChatMember.LEFT})
_IN_CHAT = frozenset({ChatMember.MEMBER, ChatMember.ADMINISTRATOR, ChatMember.OWNER})


def _out_of_chat(member: ChatMember) -> bool:
    """A member (chat_member update) not in the group: left, banned, or left while restricted
    (Telegram keeps the status "restricted", with is_member false, for one who leaves under
    restrictions)."""
    if member.status == ChatMember.RESTRICTED:
        return not getattr(member, "is_member", True)
    return member.status in _OUT_OF_CHAT


@dataclass(frozen=True)
class TelegramLimits:
    """Flood limits and timings. Defaults follow Telegram's published limits."""

    chat_interval: float = 1.0  # seconds between two messages to one chat
    group_per_minute: int = 20  # messages to one group or channel in any 60 s
    overall_per_second: float = 28.0  # a little under Telegram's 30, for jitter
    max_alert_wait: float = 3.0  # longer than this: the outbox retries the alert later
    max_reply_wait: float = 30.0  # longer than this: a command reply is dropped
    commands_per_user: int = 5  # commands one user may give in one chat ...
    command_window: float = 10.0  # ... within this many seconds
    commands_per_chat: int = 20  # and all users of one chat together (see CommandThrottle)
    commands_per_user_everywhere: int = 10  # and one user in all chats together (see CommandThrottle)
    poll_timeout: int = 10  # getUpdates long-poll, seconds
    reply_retries: int = 2  # 429 retries (by AIORateLimiter) for command replies


class ChatPacer:
    """Per-chat send slots: one message per `chat_interval` in a chat, at most
    `group_per_minute` in any minute in a group (negative id or @channel).

    `reserve` is synchronous, so two coroutines can never take the same slot."""

    def __init__(self, limits: TelegramLimits, monotonic: Callable[[], float] = time.monotonic):
        self.limits = limits
        self.monotonic = monotonic
        self._next: dict[str, float] = {}
        self._windows: dict[str, deque[float]] = {}

    def reserve(self, chat_id: str, max_wait: float) -> float:
        """Seconds to wait before sending to `chat_id`. When that is at most
        `max_wait` the slot is taken (the caller must send after waiting); when it
        is longer nothing is taken and the caller should try again that much later."""
        now = self.monotonic()
        slot = max(now, self._next.get(chat_id, now))
        window = self._windows.get(chat_id) if _is_group(chat_id) else None
        if window is not None:
            while window and window[0] <= slot - 60:
                window.popleft()
            if len(window) >= self.limits.group_per_minute:
                slot = max(slot, window[0] + 60)
        wait = slot - now
        if wait > max_wait:
            return wait
        self._next[chat_id] = slot + self.limits.chat_interval
        if _is_group(chat_id):
            self._windows.setdefault(chat_id, deque()).append(slot)
        if len(self._next) > 50_000:
            self._forget_idle(now)
        return wait

    def _forget_idle(self, now: float) -> None:
        for chat_id in [c for c, t in self._next.items() if t < now - 60]:
            self._next.pop(chat_id, None)
            self._windows.pop(chat_id, None)


def _is_group(chat_id: str) -> bool:
    return chat_id.startswith("-") or chat_id.startswith("@")


def _api_chat_id(chat_id: str) -> int | str:
    return int(chat_id) if chat_id.lstrip("-").isdigit() else chat_id


# -- forum topics ---------------------------------------------------------------------------
# In a forum supergroup a command is given in a topic, and Telegram puts a message sent with
# no topic in General: a command typed in a topic was answered in General, and the alerts of
# a subscription made there went to General too. So a topic is a chat of its own here, as a
# Discord channel is: its address is "CHAT/TOPIC" (a subscription, its language and mode,
# its outbox rows), and every message to it names the topic (message_thread_id).

# The addresses (chat_address, split_address) are bot/core/chat/chat_addresses.py's.


def topic_of(message: Message | None) -> int | None:
    """The forum topic a message was posted in; None in General or in a chat without topics.
    Only a topic's message counts (is_topic_message): a reply in a group that is no forum
    carries a message_thread_id too, that of its chain of replies, which no message can be
    sent to (Telegram answers "message thread not found"); PTB's Message.reply_text reads
    it the same way."""
    if message is None or not message.is_topic_message or message.message_thread_id is None:
        return None
    return message.message_thread_id


# -- the adapter --------------------------------------------------------------------------


class TelegramChat:
    platform = PLATFORM

    def __init__(self, settings: TelegramSettings, commands: CommandTable, store: Any, clock: Any,
                 *, limits: TelegramLimits | None = None, feed_checker: FeedChecker | None = None):
        self.settings = settings
        self.commands = commands
        self.store = store
        self.clock = clock
        self.limits = limits or TelegramLimits()
        self.pacer = ChatPacer(self.limits)
        self.throttle = CommandThrottle(self.limits.commands_per_user, self.limits.command_window,
                                        chat_limit=self.limits.commands_per_chat,
                                        user_limit=self.limits.commands_per_user_everywhere)
        self.pages = TelegramPages()  # long replies shown a page at a time (see telegram_pages)
        self.app: Application | None = None
        # Fetches a feed /feed_add added, once, to say what it holds (None: not said).
        self.feed_checker = feed_checker
        self._checks = BackgroundTasks("telegram")
        # The commands that only read, answered off the event loop (command_readers.py).
        self.readers = CommandReaders()
        self.username: str | None = None
        self.menus = TelegramMenus(settings.admins, store)
        self._polling_errors = PollingErrors()
        install_log_scrubber(settings.token)
        quiet_ptb_json_errors()

    # -- lifecycle ---------------------------------------------------------------------

    def build_application(self) -> Application:
        api = self.settings.api_url.rstrip("/")
        limiter = BoundedRetryLimiter(
            overall_max_rate=self.limits.overall_per_second,
            overall_time_period=1,
            group_max_rate=self.limits.group_per_minute,
            group_time_period=60,
            # Alerts: no retries inside PTB; a 429 goes back to the durable outbox,
            # which resends after retry_after. Replies ask for retries per call, and
            # wait for one no longer than a reply waits for its chat's send slot.
            max_retry_wait=self.limits.max_reply_wait,
        )
        app = (
            Application.builder()
            .token(self.settings.token)
            .base_url(f"{api}/bot")
            .base_file_url(f"{api}/file/bot")
            .rate_limiter(limiter)
            .job_queue(None)  # we own one scheduler (APScheduler, in bot/adapters/scheduler.py)
            # Other chats' commands are answered while one chat's waits on the readers' thread;
            # a chat's own are answered in the order sent (telegram_updates.py).
            # No more than MAX_WAITING_PER_CHAT of one chat's messages wait at once: a flood in
            # one chat delays no other (telegram_updates.py); the chat is told once (_on_overflow).
            .concurrent_updates(ChatOrderedUpdates(on_overflow=self._on_overflow))
            # A 429 on getUpdates bounded: PTB's polling loop slept whatever it asked (telegram_retries.py).
            .get_updates_request(BoundedWaitUpdatesRequest(connection_pool_size=1,
                                                           read_timeout=self.limits.poll_timeout + 10,
                                                           on_answer=self._polling_errors.answered))
            .build()
        )
        updates = filters.UpdateType.MESSAGE | filters.UpdateType.CHANNEL_POST  # edits are not commands
        # A command may be the caption of a photo or a file: Telegram shows it as a command there too.
        typed = filters.TEXT | filters.CAPTION
        app.add_handler(MessageHandler(updates & typed, self._on_message))
        app.add_handler(MessageHandler(filters.UpdateType.EDITED_MESSAGE & typed, self._on_edit))
        app.add_handler(MessageHandler(filters.StatusUpdate.MIGRATE, self._on_migrate))
        app.add_handler(MessageHandler(filters.StatusUpdate.NEW_CHAT_MEMBERS, self._on_new_members))
        app.add_handler(ChatMemberHandler(self._on_my_status, ChatMemberHandler.MY_CHAT_MEMBER))
        app.add_handler(ChatMemberHandler(self._on_member_status, ChatMemberHandler.CHAT_MEMBER))
        app.add_handler(CallbackQueryHandler(self._on_button))
        app.add_error_handler(self._on_error)
        return app

    async def start(self) -> None:
        app = self.build_application()
        self.app = app  # before polling starts: the first update may be handled at once
        try:
            await app.initialize()  # getMe: checks the token
            self.username = app.bot.username
            # Each reader is offered what they may run, in their language (telegram_menus.py).
            await self.menus.set_all(app.bot)
            await app.updater.start_polling(
                timeout=self.limits.poll_timeout,
                # Every type a handler above reads: Telegram never sends one left out
                # (edited messages were, and an edited command in a private chat got no answer).
                # CHAT_MEMBER: a member's status changed, sent only where the bot is a group
                # administrator; a bot admin's menu there follows it (_on_member_status).
                allowed_updates=[Update.MESSAGE, Update.EDITED_MESSAGE, Update.CHANNEL_POST, Update.CALLBACK_QUERY,
                                 Update.MY_CHAT_MEMBER, Update.CHAT_MEMBER],
                # One line of ours per run of failures, not PTB's traceback at every retry.
                error_callback=self._polling_errors.failed,
            )
            await app.start()
        except InvalidToken:
            self.app = None
            await self._shutdown(app)
            raise ConfigError(f"{self.settings.token_source}: Telegram refused this bot token (401 Unauthorized: "
                              "a typo, or a token revoked since); copy it again from @BotFather "
                              "(/mybots, your bot, API Token)") from None
        except TelegramError as exc:
            self.app = None
            await self._shutdown(app)
            # Out of reach for now (a timeout, a 5xx, the network, a 429): `run` goes on and tries
            # again (late_chat_start.py). Any other refusal is asked the same way again: it stops.
            if isinstance(exc, RetryAfter):
                raise ChatUnreachable(self._start_failure(exc), retry_after=retry_seconds(exc)) from None
            if isinstance(exc, NetworkError) and not isinstance(exc, BadRequest):
                raise ChatUnreachable(self._start_failure(exc)) from None
            raise PledgewatchError(self._start_failure(exc)) from None
        except (OverflowError, ValueError) as exc:
            if not is_unrepresentable_retry_after(exc):
                raise
            # A 429 asking 10**15 s or NaN s, which PTB cannot hold: it had ended `run` with a traceback.
            self.app = None
            await self._shutdown(app)
            raise ChatUnreachable(f"telegram: the Bot API at {shown_feed_url(self.settings.api_url)} answered the "
                                  "start with a 429 (rate limited) asking a wait that is no time",
                                  retry_after=unrepresentable_wait(exc)) from None
        log.info("telegram: connected as @%s", self.username)

    def _start_failure(self, exc: TelegramError) -> str:
        """Why the start failed, and what to check: "NetworkError: httpx.ConnectError: All
        connection attempts failed" alone did not say it was the Bot API that was out of reach."""
        if isinstance(exc, NetworkError) and not isinstance(exc, BadRequest):
            return (f"telegram: cannot reach the Bot API at {shown_feed_url(self.settings.api_url)} "
                    f"({describe_error(exc)}); check this machine's network or proxy, or telegram.api_url / "
                    "TELEGRAM_API_URL")
        return f"telegram: cannot start: {describe_error(exc)}"

    async def stop(self) -> None:
        await self._checks.cancel_all()
        app, self.app = self.app, None
        if app is not None:
            await self._shutdown(app)
        await self.readers.close()

    @staticmethod
    async def _shutdown(app: Application) -> None:
        if app.updater is not None and app.updater.running:
            await app.updater.stop()
        if app.running:
            await app.stop()
        try:
            await app.shutdown()
        except (RuntimeError, TelegramError) as exc:  # never initialized, or the API is gone
            log.warning("telegram: shutdown: %s", describe_error(exc))

    # -- alerts --------------------------------------------------------------------------

    def tell_admins(self, text_in: Callable[[str], str]) -> None:
        """A notice for the bot admins ([telegram] admins), each in their private chat with the
        bot in the language it chose (`text_in(lang)`), sent as command replies are; in the
        background, as the feed check after /feed_add is. An admin who never started the bot
        cannot be written to first: the log says so (send_reply)."""
        for admin in self.settings.admins:
            chat_id = str(admin)
            lang = self._chat_lang(chat_id)
            self._checks.start(self.send_reply(chat_id, Reply(text=text_in(lang)), lang=lang))

    async def send(self, chat_id: str, alert: Alert) -> DeliveryResult:
        """Deliver one alert. Never raises: the result tells the outbox what to do."""
        return await self._send_html(str(chat_id), lambda lang: render_alert(alert, lang), "alert")

    async def edit(self, chat_id: str, message_id: str, alert: Alert) -> DeliveryResult:
        """Replace a sent alert's text with its story's newer alert (editMessageText).
        Paced like a send: Telegram counts edits against the same flood limits."""
        app = self.app
        chat_id = str(chat_id)
        chat, _ = split_address(chat_id)  # a message id names the message in its topic too
        try:
            html = render_alert(alert, self._chat_lang(chat_id), updated=True)
            return await self._edit_once(app, chat, message_id, html, ParseMode.HTML)
        except Exception as exc:  # noqa: BLE001 - one chat's problem must not stop the others
            if not markup_refused(exc):
                return self._edit_not_made(chat_id, message_id, exc)
            self._say_markup_refused("edit", chat_id, exc)
        try:  # a 400 refusing the markup changed nothing: the same text again without it
            return await self._edit_once(app, chat, message_id, plain_text(html), None)
        except Exception as exc:  # noqa: BLE001
            return self._edit_not_made(chat_id, message_id, exc)

    async def _edit_once(self, app: Application | None, chat: str, message_id: str, text: str,
                         mode: ParseMode | None) -> DeliveryResult:
        """One editMessageText in this chat's turn; raises what the Bot API answered."""
        refused = await self._take_turn(app, chat)
        if refused is not None:
            return refused
        await app.bot.edit_message_text(text=text, chat_id=_api_chat_id(chat), message_id=int(message_id),
                                        parse_mode=mode, link_preview_options=LinkPreviewOptions(is_disabled=True))
        return DeliveryResult(ok=True)

    @staticmethod
    def _edit_not_made(chat_id: str, message_id: str, exc: Exception) -> DeliveryResult:
        if isinstance(exc, BadRequest) and "message is not modified" in str(exc).lower():
            return DeliveryResult(ok=True)  # it already shows this text: done
        result = delivery_result(exc)
        log.warning("telegram: edit of %s in %s not made: %s", message_id, chat_id, result.error)
        return result

    async def _take_turn(self, app: Application | None, chat_id: str) -> DeliveryResult | None:
        """Wait for this chat's turn under Telegram's flood limits (sends and edits count
        alike). A result instead when the message must not go now: not connected yet, or
        the wait would exceed max_alert_wait (the outbox retries it later)."""
        if app is None:
            return DeliveryResult(ok=False, error="telegram: not connected yet")
        wait = self.pacer.reserve(chat_id, self.limits.max_alert_wait)
        if wait > self.limits.max_alert_wait:
            return DeliveryResult(ok=False, error="telegram: chat rate limit", retry_after=wait)
        if wait > 0:
            await asyncio.sleep(wait)
        return None

    def digest_room(self, chat_id: str, alerts: Sequence[Alert]) -> int:
        """How many of `alerts` one digest message to this chat shows."""
        return digest_room(alerts, self._chat_lang(chat_id))

    async def send_digest(self, chat_id: str, digest: Digest) -> DeliveryResult:
        """Deliver a digest-mode chat's collected alerts as one message."""
        return await self._send_html(str(chat_id), lambda lang: render_digest(
            digest.alerts, lang, part=digest.part, parts=digest.parts, total=digest.total), "digest")

    async def _send_html(self, chat_id: str, render: Callable[[str], str], what: str) -> DeliveryResult:
        app = self.app
        chat, topic = split_address(chat_id)
        try:
            html = render(self._chat_lang(chat_id))
            return await self._send_once(app, chat, topic, html, ParseMode.HTML)
        except Exception as exc:  # noqa: BLE001 - one chat's problem must not stop the others
            if not markup_refused(exc):
                return self._not_sent(what, chat_id, exc)
            self._say_markup_refused(what, chat_id, exc)
        try:  # a 400 refusing the markup sent nothing: the same text goes again without it
            # A digest's lines are each an alert marked sent: its text is kept whole, and
            # only the link addresses that fit are added (telegram_plain.plain_text).
            return await self._send_once(app, chat, topic, plain_text(html, text_first=what == "digest"), None)
        except Exception as exc:  # noqa: BLE001
            return self._not_sent(what, chat_id, exc)

    async def _send_once(self, app: Application | None, chat: str, topic: int | None, text: str,
                         mode: ParseMode | None) -> DeliveryResult:
        """One sendMessage in this chat's turn; raises what the Bot API answered."""
        refused = await self._take_turn(app, chat)  # Telegram's flood limits count per chat, topics alike
        if refused is not None:
            return refused
        message = await app.bot.send_message(chat_id=_api_chat_id(chat), message_thread_id=topic, text=text,
                                             parse_mode=mode, link_preview_options=LinkPreviewOptions(is_disabled=True))
        return DeliveryResult(ok=True, message_id=str(message.message_id))

    @staticmethod
    def _not_sent(what: str, chat_id: str, exc: Exception) -> DeliveryResult:
        result = delivery_result(exc)
        log.warning("telegram: %s to %s not sent: %s", what, chat_id, result.error)
        return result

    @staticmethod
    def _say_markup_refused(what: str, chat_id: str, exc: Exception) -> None:
        log.warning("telegram: %s to %s: Telegram refused its markup (%s); sent again as plain text", what, chat_id,
                    describe_error(exc))

    def _chat_lang(self, chat_id: str, default: str = "en") -> str:
        chat, topic = split_address(chat_id)
        if topic is not None:  # a topic that chose no language speaks its group's
            default = chosen_lang(self.commands.services, PLATFORM, chat, default)
        return chosen_lang(self.commands.services, PLATFORM, chat_id, default)

    # -- commands ------------------------------------------------------------------------

    async def _on_message(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        message = update.effective_message
        chat = update.effective_chat
        text = _typed_text(message)
        if message is None or chat is None or not text:
            return
        parsed = parse_command_line(text, self.username)
        if parsed is None:  # plain text, or a command for another bot (/rules@otherbot)
            if chat.type == Chat.PRIVATE:
                await self._point_to_commands(chat, message)
            return
        name, args = parsed
        if name not in COMMANDS_BY_NAME and chat.type != Chat.PRIVATE and not self._names_us(text):
            return  # in a group, an unknown command not addressed to us is most likely for another bot
        if message.forward_origin is not None or message.is_automatic_forward:
            # Someone else's words, or a linked channel's post copied into its discussion group:
            # an admin forwarding a conversation with "/rule_del 3" in it ran the deletion, with
            # the forwarder's rights. Not run; in a private chat, said why.
            if chat.type == Chat.PRIVATE and name in COMMANDS_BY_NAME:
                await self._say_in_private(chat, message, "forwarded_not_run", name=name)
            return
        await self._run_command(chat, message.from_user, message, name, args, topic_of(message))

    def _on_overflow(self, update: Update) -> None:
        """One of a chat's messages or button presses was not read: too many of the chat's were
        waiting (ChatOrderedUpdates). A command addressed to us is refused as the throttle
        refuses one, and said once as its refusals are (CommandThrottle.refuse), in the
        background: the flood's own updates are not held."""
        chat = update.effective_chat
        message = update.effective_message
        if chat is None or message is None or self.app is None:
            return
        typed = update.callback_query.data if update.callback_query is not None else _typed_text(message)
        parsed = parse_command_line(typed or "", self.username)
        if parsed is None or (parsed[0] not in COMMANDS_BY_NAME and chat.type != Chat.PRIVATE):
            return  # plain talk in a group, another bot's command: no answer was due
        user = update.effective_user
        if self.throttle.refuse(str(chat.id), _throttled_as(chat, user, message)) != "warn":
            return
        chat_id = chat_address(chat.id, topic_of(message))
        lang = self._chat_lang(chat_id, user_language(user.language_code if user else None))
        self._checks.start(self.send_reply(chat_id, Reply(text=label(lang, "slow_down")), lang=lang))

    async def _point_to_commands(self, chat: Chat, message: Message) -> None:
        """Plain text in a private chat is answered with where the commands are: a newcomer
        who wrote "hello" or "tanks" got silence, and a Discord user writing to the bot is
        answered alike. Throttled as commands are."""
        user = message.from_user
        chat_id = str(chat.id)
        if self.throttle.check(chat_id, str(user.id) if user else chat_id) != "ok":
            return
        lang = self._chat_lang(chat_id, user_language(user.language_code if user else None))
        await self.send_reply(chat_id, Reply(text=say(lang, "use_commands")), lang=lang)

    async def _on_new_members(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """Added to a group, the bot says what it does and how the group gets alerts: it had
        said nothing until someone guessed a command. In the language of whoever added it,
        unless the group chose one."""
        message = update.effective_message
        chat = update.effective_chat
        if message is None or chat is None or chat.type == Chat.PRIVATE:
            return
        if not any(member.id == context.bot.id for member in message.new_chat_members or ()):
            return
        if self._had_alerts(str(chat.id)):
            return  # taken back: the my_chat_member update says how to get them again (_welcome_back)
        user = message.from_user
        chat_id = chat_address(chat.id, topic_of(message))
        lang = self._chat_lang(chat_id, user_language(user.language_code if user else None))
        await self.send_reply(chat_id, Reply(text=say(lang, "group_welcome")), lang=lang)

    def _had_alerts(self, group: str) -> bool:
        """Whether a chat of `group` (the chat, or its topics) was ever sent an alert."""
        places = self.store.subscriptions(PLATFORM, active_only=False)
        return any(in_group(place.chat_id, group) and self.store.ever_sent_to(PLATFORM, place.chat_id)
                   for place in places)

    async def _on_edit(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """An edited command is never run (editing an old /rule_del must not run it again),
        but in a private chat it is answered: someone who fixed a typo by editing it
        otherwise waits for an answer that never comes. A group's edits get no answer."""
        message = update.effective_message
        chat = update.effective_chat
        text = _typed_text(message)
        if message is None or chat is None or not text or chat.type != Chat.PRIVATE:
            return
        parsed = parse_command_line(text, self.username)
        if parsed is None or parsed[0] not in COMMANDS_BY_NAME:
            return
        await self._say_in_private(chat, message, "edited_not_run", name=parsed[0])

    async def _say_in_private(self, chat: Chat, message: Message, key: str, **values: str) -> None:
        """Why a command in a private chat was not run (edited, forwarded), throttled as commands are."""
        chat_id = chat_address(chat.id, topic_of(message))
        user = message.from_user
        if self.throttle.check(str(chat.id), str(user.id) if user else chat_id) != "ok":
            return
        lang = self._chat_lang(chat_id, user_language(user.language_code if user else None))
        await self.send_reply(chat_id, Reply(text=say(lang, key, **values)), lang=lang)

    async def _on_migrate(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """A group became a supergroup: its subscription, language and queued alerts move to
        the new id now. Moved only when an alert to the old id failed, the supergroup's
        first commands met a chat with no settings (/unsubscribe: "not subscribed"), and
        the next alert then reached it all the same. Telegram tells both chats; the
        second move finds nothing left to move."""
        message = update.effective_message
        chat = update.effective_chat
        if message is None or chat is None:
            return
        if message.migrate_to_chat_id:
            old, new = chat.id, message.migrate_to_chat_id
        elif message.migrate_from_chat_id:
            old, new = message.migrate_from_chat_id, chat.id
        else:
            return
        try:
            self.store.migrate_chat(PLATFORM, str(old), str(new), self.clock.now())
        except PledgewatchError as exc:  # the store's errors are StoreError
            # The first alert that fails on the old id moves it then (bot/delivery.py).
            log.warning("telegram: group %s became %s; not moved yet: %s", old, new, exc)
            return
        log.info("telegram: group %s became supergroup %s; its subscription moved", old, new)

    async def _on_my_status(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """The bot's status in a chat changed (Telegram's my_chat_member update). A user who
        blocks the bot in a private chat, or a group that removes it, ends its subscription
        now (and those of the group's topics): before, it ended at the first alert refused.
        A chat that takes the bot back (unblocks it, adds it again) and had alerts before is
        told, once, in its language, that they stopped and how to get them again, with a
        button: neither told nor resubscribed, it waited for alerts that never came. It is
        not resubscribed by itself: the last thing it did about alerts was to stop them."""
        change = update.my_chat_member
        if change is None:
            return
        group = str(change.chat.id)
        before, now = change.old_chat_member.status, change.new_chat_member.status
        try:
            if now in _OUT_OF_CHAT:
                self._end_subscriptions_of(group, now)
            elif before in _OUT_OF_CHAT and now in _IN_CHAT:
                await self._welcome_back(group)
        except PledgewatchError as exc:  # the store's errors are StoreError
            log.warning("telegram: chat %s: the bot's status changed to %s; not recorded: %s", group, now, exc)

    async def _on_member_status(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        """A member's status in a group changed (Telegram's chat_member update, sent where the
        bot is an administrator of the group). A bot admin's menu there was set from their
        status at their first command and kept: promoted, they lacked /subscribe in it;
        demoted, it offered /subscribe, refused to them. It now follows the change, and is
        taken back when they leave. Anyone else's change is no concern of the menus, and
        neither is one that leaves what the menu is made from as it was (a title or rights
        edited, restrictions changed): each setting costs 3 calls under the rate limit every
        menu shares."""
        change = update.chat_member
        if change is None or self.app is None:
            return
        before, now = change.old_chat_member, change.new_chat_member
        gone = _out_of_chat(now)
        manages = now.status in MANAGER_STATUSES
        if not gone and not _out_of_chat(before) and manages == (before.status in MANAGER_STATUSES):
            return
        await self.menus.follow_status(self.app.bot, change.chat.id, now.user.id, manages_chat=manages, gone=gone)

    def _end_subscriptions_of(self, group: str, status: str) -> None:
        ended = [s.chat_id for s in self.store.subscriptions(PLATFORM) if in_group(s.chat_id, group)]
        for address in ended:
            self.store.deactivate(PLATFORM, address, self.clock.now())
        if ended:
            how = "blocked" if status == ChatMember.BANNED else "removed"
            log.info("telegram: chat %s %s the bot: its subscription ended (%s)", group, how, ", ".join(ended))

    async def _welcome_back(self, group: str) -> None:
        """Tell each chat of `group` (the chat, or General and topics) that had alerts before
        how to get them again, unless one of them still gets them."""
        places = [s for s in self.store.subscriptions(PLATFORM, active_only=False) if in_group(s.chat_id, group)]
        if any(place.active for place in places):
            return
        for place in places:
            if not self.store.ever_sent_to(PLATFORM, place.chat_id):
                continue
            again = " ".join(("/subscribe", *place.topics))
            if len(again.encode("utf-8")) > MAX_CALLBACK_DATA:
                again = "/subscribe"
            reply = Reply(say(place.lang, "welcome_back"), buttons=((say(place.lang, "welcome_back_button"), again),))
            await self.send_reply(place.chat_id, reply, lang=place.lang)
            log.info("telegram: chat %s took the bot back; told how to get alerts again", place.chat_id)

    def _names_us(self, text: str) -> bool:
        """The command is addressed to this bot by its username ("/subscibe@pledgewatch_bot"):
        an unknown one is a typo to answer, not another bot's command."""
        command = text.strip().split(None, 1)[0] if text.strip() else ""
        _, at, target = command.partition("@")
        return bool(at and self.username and target.casefold() == self.username.lstrip("@").casefold())

    async def _on_button(self, update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        query: CallbackQuery | None = update.callback_query
        if query is None:
            return
        message = query.message if isinstance(query.message, Message) else None
        page = parse_page_data(query.data or "")
        if page is not None:
            await self._turn_page(query, message, *page)
            return
        parsed = parse_command_line(query.data or "", self.username)
        if message is None or parsed is None or parsed[0] not in COMMANDS_BY_NAME:
            await self._answer_query(query)
            return
        await self._answer_query(query)
        await self._run_command(message.chat, query.from_user, None, *parsed, topic_of(message))

    async def _answer_query(self, query: CallbackQuery, text: str | None = None) -> None:
        try:
            await query.answer(text=text, show_alert=bool(text))
        except TelegramError as exc:  # the query expired: the command still runs
            log.info("telegram: answering a button press failed: %s", describe_error(exc))

    async def _turn_page(self, query: CallbackQuery, message: Message | None, key: str, index: int) -> None:
        """Show another page of a long reply in the same message (Previous / Next)."""
        user = query.from_user
        lang = user_language(user.language_code if user else None)
        paged = self.pages.get(key)
        if paged is None or message is None or self.app is None:
            await self._answer_query(query, label(lang, "expired"))
            return
        if paged.owner and (user is None or str(user.id) != paged.owner):
            await self._answer_query(query, label(paged.lang, "not_yours"))
            return
        index = max(0, min(index, len(paged.pages) - 1))
        chat_id = str(message.chat.id)
        if not await self._wait_for_slot(chat_id):
            await self._answer_query(query)
            return
        try:
            await self.app.bot.edit_message_text(page_html(paged, index), chat_id=message.chat.id,
                                                 message_id=message.message_id, parse_mode=ParseMode.HTML,
                                                 reply_markup=page_keyboard(key, paged, index),
                                                 link_preview_options=LinkPreviewOptions(is_disabled=True),
                                                 rate_limit_args=self.limits.reply_retries)
        except TelegramError as exc:  # "message is not modified" after a double press, a deleted message...
            log.info("telegram: turning a page in %s failed: %s", chat_id, describe_error(exc))
        await self._answer_query(query)

    async def _run_command(self, chat: Chat, user: User | None, message: Message | None, name: str,
                           args: str, topic: int | None = None) -> None:
        chat_id = chat_address(chat.id, topic)
        if user is not None:
            sender = str(user.id)
        elif message is not None and message.sender_chat is not None:
            sender = str(message.sender_chat.id)  # a channel post
        else:
            sender = chat_id
        lang = user_language(user.language_code if user else None)
        if topic is not None:  # a topic that chose no language speaks its group's, if that chose one
            lang = chosen_lang(self.commands.services, PLATFORM, str(chat.id), lang)
        # The group's, whichever topic is written in; by who speaks (_throttled_as).
        verdict = self.throttle.check(str(chat.id), _throttled_as(chat, user, message),
                                      across_chats=not ends_alerts(name))
        if verdict != "ok":
            if verdict == "warn":  # said to the whole chat: in its language (/lang), as its replies are
                await self.send_reply(chat_id, Reply(text=label(self._chat_lang(chat_id, lang), "slow_down")))
            return
        ctx = ChatContext(
            platform=PLATFORM,
            chat_id=chat_id,
            user_id=sender,
            is_admin=bool(user) and user.id in self.settings.admins,
            can_manage_chat=await self._can_manage(chat, user, message, name),
            lang=lang,
            # A supergroup's General and topics are chats of one group (chat_addresses.py).
            group_chat=str(chat.id) if chat.type == Chat.SUPERGROUP else "",
        )
        if chat.type == Chat.PRIVATE and user is not None and self.menus.lacks_menu(user.id) and self.app is not None:
            # Refused at the start (they had not started the bot then): given now, in the background.
            self._checks.start(self._give_admin_menu(user.id))
        elif (chat.type in (Chat.GROUP, Chat.SUPERGROUP) and user is not None and self.app is not None
              and self.menus.claim_group_menu(chat.id, user.id)):
            # A bot admin in a group: their commands in their menu there (telegram_menus.py).
            # Claimed here, before any await: a second command a moment later asks nothing.
            self._checks.start(self._give_group_menu(chat, user))
        reply = await self.readers.answer(self.commands, ctx, name, args)
        if reply.ephemeral and chat.type != Chat.PRIVATE and user is not None:
            await self._answer_privately(chat_id, user, reply, self._chat_lang(chat_id, ctx.lang))
            return
        if name == "start" and not reply.buttons:
            reply = Reply(text=reply.text, photo=reply.photo, ephemeral=reply.ephemeral,
                          buttons=((label(self._chat_lang(chat_id, ctx.lang), "subscribe_button"), "/subscribe"),))
        outcome = await self._reply_outcome(chat_id, reply, owner=str(user.id) if user else "",
                                            lang=self._chat_lang(chat_id, ctx.lang))
        command = command_meant(name, args)  # "/rules del 8" is /rule_del, an admin command
        answered_in, answer_lang = chat_id, self._chat_lang(chat_id, ctx.lang)
        if (outcome == _FORBIDDEN and chat.type != Chat.PRIVATE and user is not None and ctx.is_admin
                and command is not None and command.admin):
            # A bot admin's change made from a group that no longer takes the bot's messages (it
            # was removed while the command waited, or the update came late): the rule or feed
            # was changed all the same, and the admin was told nothing. Told in private instead.
            # Only a bot admin's: a member's refused /rule_add changed nothing, and a message
            # about a group they never asked for is no answer they are waiting for.
            answered_in, answer_lang = await self._answer_refused_group(user, command.name, reply)
        if reply.feed_to_check and self.feed_checker is not None:
            # In the background: a slow server must not hold up the commands after it. Sent
            # where the answer went: the group that refused it would refuse the check too.
            self._checks.start(self._check_feed(answered_in, *reply.feed_to_check, answer_lang))

    async def _give_admin_menu(self, user_id: int) -> None:
        if self.app is not None:
            await self.menus.give_admin_menu(self.app.bot, user_id)

    async def _give_group_menu(self, chat: Chat, user: User) -> None:
        if self.app is None:
            return
        try:  # whether they manage the group too, for /subscribe and the like
            manages = (await menu_call(self.app.bot.get_chat_member(chat.id, user.id))).status in MANAGER_STATUSES
        except TelegramError as exc:
            # Not set on a guess: the chat_member menu outranks the administrators' one, so a
            # group administrator's menu set as a plain member's lacked /subscribe until a restart.
            log.info("telegram: getChatMember failed in %s: %s; their menu there is set at a later command",
                     chat.id, describe_error(exc))
            if isinstance(exc, RetryAfter):
                self.menus.slow_down(exc)
            self.menus.release_group_menu(chat.id, user.id)
            return
        await self.menus.give_group_menu(self.app.bot, chat.id, user.id, manages)

    async def _check_feed(self, chat_id: str, feed_id: int, url: str, lang: str) -> None:
        """Fetch the feed /feed_add just added, once, and say what it holds or what is wrong."""
        assert self.feed_checker is not None
        check = await self.feed_checker.check(url)
        await self.send_reply(chat_id, Reply(text=feed_check_text(check, feed_id, lang)))

    async def _answer_privately(self, chat_id: str, user: User, reply: Reply, lang: str) -> None:
        """A reply for the asker alone (Reply.ephemeral: /audit), asked for in a group: sent
        in the asker's private chat with the bot, and the group told where it went, or, when
        Telegram lets the bot not write first to someone who never started it, what to do."""
        private_lang = self._chat_lang(str(user.id), user_language(user.language_code))
        outcome = await self._reply_outcome(str(user.id), reply, owner=str(user.id), lang=private_lang)
        if outcome == _SENT:
            note = label(lang, "private_answer_sent")
        elif outcome == _FORBIDDEN:  # the one case "press Start" mends
            note = label(lang, "private_answer_failed", bot=self.username or "")
        else:  # over the rate limit, Telegram down...: pressing Start would change nothing
            note = label(lang, "private_answer_not_sent")
        await self.send_reply(chat_id, Reply(text=note))

    async def _answer_refused_group(self, user: User, name: str, reply: Reply) -> tuple[str, str]:
        """What an admin command did, sent to the admin's private chat with the bot, after the
        group it was sent in refused the answer (403); that chat and its language, where
        what follows the answer goes too."""
        lang = self._chat_lang(str(user.id), user_language(user.language_code))
        note = Reply(text=f"{label(lang, 'group_refused_answer', name=name)}\n{reply.text}")
        await self.send_reply(str(user.id), note, owner=str(user.id), lang=lang)
        return str(user.id), lang

    async def _can_manage(self, chat: Chat, user: User | None, message: Message | None, name: str) -> bool:
        """May this sender change the chat's subscription? Asked from Telegram, never
        taken from the message, and only for the commands that need it (a bare /lang or
        /mode is asked too: its answer tells a member who may change the setting)."""
        if chat.type == Chat.PRIVATE:
            return True
        if chat.type == Chat.CHANNEL:
            return True  # only a channel's administrators can post in it
        sender_chat = getattr(message, "sender_chat", None)
        if sender_chat is not None and sender_chat.id == chat.id:
            return True  # an anonymous administrator, posting as the group itself
        command = COMMANDS_BY_NAME.get(name)
        if user is None or command is None or not command.manage or self.app is None:
            return False
        try:
            member = await self.app.bot.get_chat_member(chat.id, user.id)
        except TelegramError as exc:
            log.warning("telegram: getChatMember failed in %s: %s", chat.id, describe_error(exc))
            return False
        return member.status in MANAGER_STATUSES

    async def send_reply(self, chat_id: str, reply: Reply, *, owner: str = "", lang: str = "en") -> bool:
        """Send a command reply (text, buttons, photo) to a chat, paced like every message.
        A text over one message is shown a page at a time, turnable by `owner` (see
        bot/adapters/telegram_pages.py). False when it was not sent."""
        return await self._reply_outcome(chat_id, reply, owner=owner, lang=lang) == _SENT

    async def _reply_outcome(self, chat_id: str, reply: Reply, *, owner: str = "", lang: str = "en") -> str:
        """send_reply's work, saying why a reply was not sent: _FORBIDDEN (the user never
        started the bot, or blocked it) or _NOT_SENT (anything else)."""
        app = self.app
        if app is None:
            return _NOT_SENT
        markup = _keyboard(reply.buttons)
        text = render_linked_reply(reply.segments) if reply.segments else render_reply(reply.text)
        pages = pages_of(reply.segments or ((reply.text, ""),))
        paged_markup: InlineKeyboardMarkup | None = None
        if len(pages) > 1:
            key = self.pages.add(pages, owner, lang)
            paged = self.pages.get(key)
            assert paged is not None  # just added
            text = page_html(paged, 0)
            paged_markup = page_keyboard(key, paged, 0, markup.inline_keyboard if markup else ())
        chat, topic = split_address(chat_id)
        target = _api_chat_id(chat)
        try:
            if reply.photo:
                fits = visible_length(reply.text) <= MAX_CAPTION
                if not await self._wait_for_slot(chat):
                    return _NOT_SENT
                await app.bot.send_photo(target, photo=reply.photo, caption=text if fits else None,
                                         parse_mode=ParseMode.HTML, reply_markup=markup if fits else None,
                                         message_thread_id=topic, rate_limit_args=self.limits.reply_retries)
                if fits:
                    return _SENT
            if not await self._wait_for_slot(chat):
                return _NOT_SENT
            await app.bot.send_message(target, text, parse_mode=ParseMode.HTML, reply_markup=paged_markup or markup,
                                       link_preview_options=LinkPreviewOptions(is_disabled=True),
                                       message_thread_id=topic, rate_limit_args=self.limits.reply_retries)
        except TelegramError as exc:
            log.warning("telegram: reply to %s failed: %s", chat_id, describe_error(exc))
            return _FORBIDDEN if isinstance(exc, Forbidden) else _NOT_SENT
        return _SENT

    async def _wait_for_slot(self, chat_id: str) -> bool:
        """Wait for this chat's next send slot; False (drop the reply) when it is too far off."""
        wait = self.pacer.reserve(chat_id, self.limits.max_reply_wait)
        if wait > self.limits.max_reply_wait:
            log.warning("telegram: reply to %s dropped: the chat is over its rate limit", chat_id)
            return False
        if wait > 0:
            await asyncio.sleep(wait)
        return True

    async def _on_error(self, update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
        error = context.error
        if error is not None:
            log.error("telegram: %s", describe_error(error))


def _typed_text(message: Message | None) -> str:
    """What a message says: its text, or the caption of its photo or file."""
    if message is None:
        return ""
    return message.text or message.caption or ""


def _keyboard(buttons: tuple[tuple[str, str], ...]) -> InlineKeyboardMarkup | None:
    rows = [[InlineKeyboardButton(label_[:64], callback_data=data.encode("utf-8")[:MAX_CALLBACK_DATA].decode(
        "utf-8", "ignore"))] for label_, data in buttons if label_ and data]
    return InlineKeyboardMarkup(rows) if rows else None


__all__ = ["ChatPacer", "CommandThrottle", "TelegramChat", "TelegramLimits", "delivery_result", "describe_error",
           "scrub"]


# Telegram's stand-ins in `from`: GroupAnonymousBot (an anonymous group administrator, in
# every group), Channel_Bot (a user posting as a channel) and the linked-channel forwards'
# sender. Each is one id for the whole of Telegram, never one person.
_SERVICE_SENDERS = frozenset({1087968824, 136817688, 777000})


def _throttled_as(chat: Chat, user: User | None, message: Message | None) -> str:
    """Who a command counts against in CommandThrottle: the chat a message speaks as
    (sender_chat: a group's anonymous administrators are that group, a channel is itself)
    before its `from`. Keyed by `from`, every group's anonymous administrators were one user
    with ten commands in all chats: one group's could silence every other group's, their
    /unsubscribe included. A service id with no sender_chat counts as its chat."""
    sender_chat = getattr(message, "sender_chat", None)
    if sender_chat is not None:
        return str(sender_chat.id)
    if user is not None and user.id not in _SERVICE_SENDERS:
        return str(user.id)
    return str(chat.id)
