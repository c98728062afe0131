"""A loopback stand-in for the Telegram Bot API, driven by the real python-telegram-bot.

A real aiohttp server on 127.0.0.1 (port 0) running in a background thread, so it
serves in-process asyncio tests, sync tests and a `python -m bot` subprocess alike.
It answers `/bot<token>/<method>` like Telegram does for the methods a bot uses
(editMessageText edits a message it sent, or fails as Telegram does when the
message was deleted or the text is unchanged), records every request, checks HTML the way Telegram does ("can't parse entities"),
enforces the flood limits with 429 + retry_after, and misbehaves on demand:

    with TelegramStub() as api:
        api.send_text(1001, "/start", language_code="fr")   # a user writes to the bot
        api.wait_for(lambda: api.messages_to(1001))         # from sync code
        await api.until(lambda: api.messages_to(1001))      # from async code
        api.block(1001); api.migrate(-5, -1005); api.fail_next(2, retry_after=1)
"""

from __future__ import annotations

import asyncio
import json
import math
import re
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web

TOKEN = "123456789:AAtest-SECRET-token_value"
BOT_ID = 123456789
BOT_USERNAME = "pledgewatch_bot"
SENDING_METHODS = {"sendMessage", "sendPhoto", "editMessageText"}
JSON_PARAMS = {"reply_markup", "commands", "link_preview_options", "allowed_updates", "entities", "scope",
               "reply_parameters", "caption_entities"}
MAX_TEXT = 4096
MAX_CAPTION = 1024

# Telegram's HTML mode: these tags only (and a few attributes), four named entities.
ALLOWED_TAGS = {"b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "span", "tg-spoiler", "a", "code",
                "pre", "blockquote", "tg-emoji"}
ALLOWED_ATTRIBUTES = {"a": {"href"}, "span": {"class"}, "code": {"class"}, "blockquote": {"expandable"},
                      "tg-emoji": {"emoji-id"}}
ENTITIES = {"lt": "<", "gt": ">", "amp": "&", "quot": '"'}
_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[a-zA-Z-]+(?:=\"[^\"<>]*\")?)*)\s*>")
_ATTRIBUTE = re.compile(r"([a-zA-Z-]+)(?:=\"([^\"<>]*)\")?")
_ENTITY = re.compile(r"&([a-zA-Z]+);")


def check_telegram_html(text: str) -> str:
    """The visible text of a Telegram HTML message; ValueError (Telegram's wording)
    for an unsupported tag or attribute, an unbalanced tag or a bare <, > or &."""
    plain: list[str] = []
    open_tags: list[str] = []
    i = 0
    while i < len(text):
        char = text[i]
        if char == "<":
            match = _TAG.match(text, i)
            if not match:
                raise ValueError(f"can't parse entities: unexpected '<' at offset {i}")
            closing, name, attributes = match.group(1), match.group(2).lower(), match.group(3)
            if name not in ALLOWED_TAGS:
                raise ValueError(f'can\'t parse entities: Unsupported start tag "{name}" at offset {i}')
            if closing:
                if not open_tags or open_tags[-1] != name:
                    raise ValueError(f'can\'t parse entities: Can\'t find end tag corresponding to "{name}"')
                open_tags.pop()
            else:
                for attr, value in _ATTRIBUTE.findall(attributes):
                    if attr.lower() not in ALLOWED_ATTRIBUTES.get(name, set()):
                        raise ValueError(f"can't parse entities: unsupported attribute {attr!r} of <{name}>")
                    _decode_entities(value or "")
                open_tags.append(name)
            i = match.end()
        elif char == ">":
            raise ValueError(f"can't parse entities: unexpected '>' at offset {i}")
        elif char == "&":
            match = _ENTITY.match(text, i)
            if not match or match.group(1) not in ENTITIES:
                raise ValueError(f"can't parse entities: unsupported entity at offset {i}")
            plain.append(ENTITIES[match.group(1)])
            i = match.end()
        else:
            plain.append(char)
            i += 1
    if open_tags:
        raise ValueError(f'can\'t parse entities: Can\'t find end tag corresponding to start tag "{open_tags[-1]}"')
    return "".join(plain)


def _decode_entities(value: str) -> str:
    if "<" in value or ">" in value:
        raise ValueError("can't parse entities: '<' or '>' in an attribute")
    for match in re.finditer(r"&", value):
        entity = _ENTITY.match(value, match.start())
        if not entity or entity.group(1) not in ENTITIES:
            raise ValueError("can't parse entities: unsupported entity in an attribute")
    return value


def utf16_length(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


@dataclass(frozen=True)
class Call:
    """One request as the stub saw it, and the HTTP status it answered."""

    method: str
    params: dict[str, Any]
    status: int
    at: float
    message_id: int | None = None  # of the message a send made or an edit changed


@dataclass
class StubLimits:
    """Telegram's flood limits. Strict but fair: tolerances for jitter.

    For one chat's interval the stub times each message's arrival, the bot its send: on a
    loaded machine one request can be held in transit while the next is not, so sends paced
    a second apart can arrive less than that apart (0.05 s of tolerance made three whole-suite
    runs at load 20-30 fail with one 429, the tests passing alone). A quarter of the interval
    still refuses unpaced sends, which arrive milliseconds apart."""

    overall_per_second: float = 30.0  # a token bucket of this size and rate
    chat_interval: float = 1.0  # seconds between two messages to one chat
    group_per_minute: int = 20  # messages to one group (negative id) in any 60 s
    tolerance: float = 0.05  # of the overall bucket, in seconds of its rate
    chat_tolerance: float = 0.25  # of one chat's interval, seconds


@dataclass
class _Chat:
    id: int
    type: str
    last_sent: float | None = None
    group_window: deque[float] = field(default_factory=deque)
    is_forum: bool = False  # a supergroup whose messages go in topics
    deleted_topics: set[int] = field(default_factory=set)


class TelegramStub:
    def __init__(self, token: str = TOKEN, limits: StubLimits | None = None):
        self.token = token
        self.limits = limits or StubLimits()
        self.calls: list[Call] = []
        self.commands: dict[str, list[dict]] = {}  # language code ("" default) -> the default scope's commands
        # Every scope's menus: (scope, language code or "") -> commands; a scope is named by its
        # type, and a chat's (and a chat member's) by "chat:ID" ("chat_member:ID:USER").
        self.menus: dict[tuple[str, str], list[dict]] = {}
        self.member_status: dict[tuple[int, int], str] = {}
        self.blocked: set[int] = set()
        # Chats where the bot may not post, with the words Telegram refuses a message in.
        self.muted: dict[int, str] = {}
        self.missing: set[int] = set()
        self.migrated: dict[int, int] = {}
        # Chats Telegram answers an error of its own for (JSON, any status): (status, description).
        self.erring: dict[int, tuple[int, str]] = {}
        # Chats where Telegram refuses any HTML message with "can't parse entities: <words>".
        self.markup_refused: dict[int, str] = {}
        self.allowed_updates: set[str] | None = None  # the update types getUpdates last asked for
        # The text (visible and as sent) of every message the bot sent, as it stands
        # after edits, by (chat id, message id); deleting one makes edits fail like Telegram.
        self.texts: dict[tuple[int, int], str] = {}
        self.too_many_requests = 0  # 429s answered, for any reason
        self._forced_429: list[int] = []
        # Answers of a proxy in front of the Bot API to the next message sends: (status, page).
        self._proxy_pages: list[tuple[int, str]] = []
        self._sends_before_429 = 0  # sends answered as usual before the forced 429s begin
        self._menu_429s: list[int] = []  # retry_after of the next setMyCommands calls to refuse
        self._menus_before_429 = 0  # setMyCommands calls answered as usual before those
        self._member_lookup_failures = 0  # getChatMember calls to answer with a 500
        self._get_me_pages: list[int] = []  # getMe calls a proxy answers itself, with these statuses
        self._get_me_429s: list[int | float] = []  # getMe calls answered 429, with these retry_after
        self._updates_429s: list[int | float] = []  # retry_after of the next getUpdates calls to refuse
        self._updates_pages: list[int] = []  # getUpdates calls a proxy answers itself, with these statuses
        self._block_after: dict[int, int] = {}  # chat id -> messages it takes before blocking the bot
        self._updates: list[dict] = []
        self._next_update = 1
        self._next_message = 1
        self._chats: dict[int, _Chat] = {}
        self._bucket = self.limits.overall_per_second
        self._bucket_at = time.monotonic()
        self._lock = threading.Lock()
        self._changed = threading.Condition(self._lock)
        self._async_waiters: list[tuple[asyncio.AbstractEventLoop, asyncio.Event]] = []
        self._loop: asyncio.AbstractEventLoop | None = None
        self._new_update: asyncio.Event | None = None
        self._runner: web.AppRunner | None = None
        self._thread: threading.Thread | None = None
        self._port = 0

    # -- lifecycle ----------------------------------------------------------------

    def start(self) -> TelegramStub:
        ready = threading.Event()
        self._thread = threading.Thread(target=self._serve, args=(ready,), name="TelegramStub", daemon=True)
        self._thread.start()
        if not ready.wait(10) or not self._port:
            raise RuntimeError("the Telegram stub did not start")
        return self

    def _serve(self, ready: threading.Event) -> None:
        loop = asyncio.new_event_loop()
        self._loop = loop
        asyncio.set_event_loop(loop)
        self._new_update = asyncio.Event()
        app = web.Application(client_max_size=60 * 1024 * 1024)
        app.router.add_route("*", "/{path:.*}", self._handle)
        self._runner = web.AppRunner(app, handle_signals=False, shutdown_timeout=0.5)
        loop.run_until_complete(self._runner.setup())
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        loop.run_until_complete(site.start())
        self._port = self._runner.addresses[0][1]
        ready.set()
        loop.run_forever()
        loop.run_until_complete(self._runner.cleanup())
        loop.close()

    def stop(self) -> None:
        loop, self._loop = self._loop, None
        if loop is None:
            return
        loop.call_soon_threadsafe(self._new_update.set)  # ends pending long polls
        loop.call_soon_threadsafe(loop.stop)
        if self._thread is not None:
            self._thread.join(timeout=5)

    def __enter__(self) -> TelegramStub:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    @property
    def url(self) -> str:
        """What goes in settings.telegram.api_url."""
        return f"http://127.0.0.1:{self._port}"

    # -- what users do ---------------------------------------------------------------

    def send_text(self, chat_id: int, text: str, *, user_id: int | None = None, chat_type: str | None = None,
                  language_code: str = "en", edited: bool = False, channel: bool = False, topic: int | None = None,
                  reply_thread: int | None = None, sender_chat: int | None = None, forwarded_from: int | None = None,
                  as_caption: bool = False) -> int:
        """A user (or, with channel=True, a channel) posts `text`; returns the message id.
        `forwarded_from`: the message is forwarded, written first by that user; `as_caption`:
        `text` is the caption of a photo.
        `sender_chat` is the chat the message speaks as (the group itself for an anonymous
        administrator, whose `from` is then Telegram's GroupAnonymousBot, 1087968824).
        In a forum (`make_forum`) it is posted in topic `topic` (None: General, whose messages
        Telegram sends with no thread); in a group that is no forum, `reply_thread` makes it a
        reply in a chain of replies, which Telegram also tells by message_thread_id, the id of
        the chain's first message, without is_topic_message."""
        chat = self._chat(chat_id, chat_type or ("channel" if channel else None))
        message: dict[str, Any] = {"message_id": self._new_message_id(), "date": int(time.time()),
                                   "chat": self._chat_json(chat)}
        if as_caption:
            message["caption"] = text
            message["photo"] = [{"file_id": "photo-1", "file_unique_id": "p1", "width": 90, "height": 90}]
        else:
            message["text"] = text
        if forwarded_from is not None:
            message["forward_origin"] = {"type": "user", "date": int(time.time()) - 60,
                                         "sender_user": {"id": forwarded_from, "is_bot": False,
                                                         "first_name": f"User{forwarded_from}"}}
        message.update(_thread_fields(topic if chat.is_forum else None))
        if reply_thread is not None and not chat.is_forum:
            message["message_thread_id"] = reply_thread
            message["reply_to_message"] = {"message_id": reply_thread, "date": int(time.time()),
                                           "chat": self._chat_json(chat), "text": "an earlier message"}
        if not channel:
            uid = user_id if user_id is not None else chat_id
            message["from"] = {"id": uid, "is_bot": False, "first_name": f"User{uid}", "language_code": language_code}
        if sender_chat is not None:
            message["sender_chat"] = self._chat_json(self._chat(sender_chat, None))
        command = re.match(r"/\S+", text)
        if command:
            message["caption_entities" if as_caption else "entities"] = [
                {"type": "bot_command", "offset": 0, "length": len(command.group(0))}]
        if edited:
            message["edit_date"] = int(time.time())
        kind = "edited_message" if edited else ("channel_post" if channel else "message")
        self._queue_update({kind: message})
        return message["message_id"]

    def add_bot_to_group(self, chat_id: int, *, user_id: int, language_code: str = "en",
                         chat_type: str = "supergroup", also: tuple[int, ...] = ()) -> int:
        """A member adds the bot (and the users `also`) to a group: the service message
        Telegram posts there, whose new_chat_members name them; returns its message id."""
        chat = self._chat(chat_id, chat_type)
        bot = {"id": BOT_ID, "is_bot": True, "first_name": "Pledgewatch", "username": BOT_USERNAME}
        others = [{"id": uid, "is_bot": False, "first_name": f"User{uid}"} for uid in also]
        message = {"message_id": self._new_message_id(), "date": int(time.time()), "chat": self._chat_json(chat),
                   "from": {"id": user_id, "is_bot": False, "first_name": f"User{user_id}",
                            "language_code": language_code},
                   "new_chat_members": [*others, bot]}
        self._queue_update({"message": message})
        return message["message_id"]

    def press_button(self, chat_id: int, data: str, *, user_id: int | None = None, language_code: str = "en",
                     message_id: int = 1, topic: int | None = None) -> str:
        """A user presses an inline button carrying `data` (under a message of forum topic
        `topic`); returns the query id."""
        chat = self._chat(chat_id)
        uid = user_id if user_id is not None else chat_id
        query_id = f"q{self._next_update}"
        self._queue_update({"callback_query": {
            "id": query_id, "chat_instance": str(chat_id), "data": data,
            "from": {"id": uid, "is_bot": False, "first_name": f"User{uid}", "language_code": language_code},
            "message": {"message_id": message_id, "date": int(time.time()), "chat": self._chat_json(chat),
                        "from": {"id": BOT_ID, "is_bot": True, "first_name": "Pledgewatch"}, "text": "…",
                        **_thread_fields(topic if chat.is_forum else None)},
        }})
        return query_id

    def make_forum(self, chat_id: int) -> None:
        """The supergroup `chat_id` turns topics on: its messages go in topics (General
        and those its members create), and a message sent with no topic goes to General."""
        chat = self._chat(chat_id, "supergroup")
        with self._lock:
            chat.is_forum = True

    def delete_topic(self, chat_id: int, topic: int) -> None:
        """An administrator deletes a topic: sending to it now fails as Telegram answers."""
        chat = self._chat(chat_id)
        with self._lock:
            chat.deleted_topics.add(topic)

    # -- how Telegram misbehaves ----------------------------------------------------------

    def set_member(self, chat_id: int, user_id: int, status: str) -> None:
        """getChatMember's answer: creator, administrator, member, restricted, left, kicked."""
        with self._lock:
            self.member_status[(chat_id, user_id)] = status

    def block(self, chat_id: int) -> None:
        with self._lock:
            self.blocked.add(chat_id)

    def mute(self, chat_id: int, refusal: str = "not enough rights to send text messages to the chat") -> None:
        """An administrator of the group takes the bot's right to send messages. Telegram
        words its 400 in more than one way: `refusal` is the text after "Bad Request: "
        ("have no rights to send a message" where the group's permissions or a restriction
        of the bot take that right)."""
        with self._lock:
            self.muted[chat_id] = refusal

    def change_bot_status(self, chat_id: int, old: str, new: str, *, by: int | None = None) -> None:
        """The bot's status in a chat changes, as Telegram tells the bot (a my_chat_member
        update): a user blocks it in a private chat ("member" to "kicked"; sending there is
        then refused with 403) or unblocks it ("kicked" to "member"); a group removes it
        ("left") or adds it again."""
        with self._lock:
            if new == "kicked" and chat_id > 0:
                self.blocked.add(chat_id)
            elif new in ("member", "administrator"):
                self.blocked.discard(chat_id)
        chat = self._chat(chat_id)
        bot = {"id": BOT_ID, "is_bot": True, "first_name": "Pledgewatch"}
        sender = by if by is not None else chat_id
        self._queue_update({"my_chat_member": {
            "chat": self._chat_json(chat), "date": int(time.time()),
            "from": {"id": sender, "is_bot": False, "first_name": f"User{sender}"},
            "old_chat_member": dict(_member(BOT_ID, old), user=bot),
            "new_chat_member": dict(_member(BOT_ID, new), user=bot)}})

    def change_member_status(self, chat_id: int, user_id: int, old: str, new: str) -> None:
        """A member's status in a group changes (promoted, demoted, restricted, gone), as
        getChatMember answers from now on and as Telegram tells the bot: a chat_member update,
        delivered only to a bot that asked for it in allowed_updates (and, on Telegram, is an
        administrator of the group). `old`/`new` as `_member` takes them ("restricted-left":
        restricted and no longer a member)."""
        self.set_member(chat_id, user_id, new)
        chat = self._chat(chat_id)
        self._queue_update({"chat_member": {
            "chat": self._chat_json(chat), "date": int(time.time()),
            "from": {"id": 1, "is_bot": False, "first_name": "User1"},
            "old_chat_member": _member(user_id, old), "new_chat_member": _member(user_id, new)}})

    def fail_chat(self, chat_id: int, status: int = 500, description: str = "Internal Server Error") -> None:
        """Telegram answers every send or edit to this chat with `status` in its own JSON (a 500
        for that chat only, a 413), until `stop_failing_chat`."""
        with self._lock:
            self.erring[chat_id] = (status, description)

    def refuse_markup(self, chat_id: int, words: str = "Can't find end of the entity starting at byte offset 12"
                      ) -> None:
        """Telegram's parser refuses the HTML of every message to this chat, valid as it is by
        check_telegram_html (its rules are not ours to know in full); plain text goes through."""
        with self._lock:
            self.markup_refused[chat_id] = words

    def stop_failing_chat(self, chat_id: int) -> None:
        with self._lock:
            self.erring.pop(chat_id, None)

    def unmute(self, chat_id: int) -> None:
        """What `mute` took is given back (a topic reopened, a restriction lifted)."""
        with self._lock:
            self.muted.pop(chat_id, None)

    def forget(self, chat_id: int) -> None:
        """The chat no longer exists: 400 chat not found."""
        with self._lock:
            self.missing.add(chat_id)

    def migrate(self, chat_id: int, new_chat_id: int) -> None:
        """The group became a supergroup with a new id."""
        with self._lock:
            self.migrated[chat_id] = new_chat_id

    def upgrade_group(self, chat_id: int, new_chat_id: int, *, user_id: int) -> None:
        """`user_id` makes the group a supergroup, as Telegram tells bots: sending to the old
        id now fails (`migrate`), and two service messages arrive, one in the old group
        (`migrate_to_chat_id`), one in the new supergroup (`migrate_from_chat_id`). The
        group's members keep their status in the supergroup."""
        self.migrate(chat_id, new_chat_id)
        old, new = self._chat(chat_id, "group"), self._chat(new_chat_id, "supergroup")
        with self._lock:
            for (member_chat, member), status in list(self.member_status.items()):
                if member_chat == chat_id:
                    self.member_status[(new_chat_id, member)] = status
        sender = {"id": user_id, "is_bot": False, "first_name": f"User{user_id}"}
        for chat, key, other in ((old, "migrate_to_chat_id", new_chat_id), (new, "migrate_from_chat_id", chat_id)):
            self._queue_update({"message": {"message_id": self._new_message_id(), "date": int(time.time()),
                                            "chat": self._chat_json(chat), "from": sender, key: other}})

    def delete_message(self, chat_id: int, message_id: int) -> None:
        """Someone deleted this message: editing it now fails ("message to edit not found")."""
        with self._lock:
            self.texts.pop((chat_id, message_id), None)

    def fail_next(self, count: int, retry_after: int = 1, *, after: int = 0) -> None:
        """Answer 429 to the next `count` message sends (once `after` more went through)."""
        with self._lock:
            self._forced_429 += [retry_after] * count
            self._sends_before_429 = after

    def fail_menus(self, count: int, retry_after: int = 1, *, after: int = 0) -> None:
        """Answer 429 to the next `count` setMyCommands calls (once `after` more went through)."""
        with self._lock:
            self._menu_429s += [retry_after] * count
            self._menus_before_429 = after

    def fail_updates(self, count: int, retry_after: int | float = 1) -> None:
        """Answer 429 to the next `count` getUpdates calls, asking to wait `retry_after` seconds
        (as Telegram, or a proxy in front of a self-hosted Bot API, may ask of any method)."""
        with self._lock:
            self._updates_429s += [retry_after] * count

    def proxy_updates(self, count: int, status: int = 502) -> None:
        """A proxy in front of the Bot API answers the next `count` getUpdates calls (the long
        poll that reads commands) itself, with `status` and a page of its own, not JSON."""
        with self._lock:
            self._updates_pages += [status] * count

    def fail_member_lookups(self, count: int) -> None:
        """Answer the next `count` getChatMember calls with a 500, as Telegram does when it
        cannot answer for a moment."""
        with self._lock:
            self._member_lookup_failures += count

    def proxy_answers(self, count: int, status: int, page: str = "<html><body>Forbidden</body></html>") -> None:
        """A proxy, firewall or load balancer in front of the Bot API answers the next `count`
        message sends itself, with `status` and a page of its own (not Telegram's JSON): a
        403 of a web application firewall, a 502 or 504 while Telegram is out of reach."""
        with self._lock:
            self._proxy_pages += [(status, page)] * count

    def fail_get_me(self, count: int, status: int = 502) -> None:
        """A proxy in front of the Bot API answers the next `count` getMe calls (the token check
        a bot starts with) itself with `status`: Telegram out of reach for a moment."""
        with self._lock:
            self._get_me_pages += [status] * count

    def flood_get_me(self, *waits: int | float) -> None:
        """Answer the next getMe calls with a 429 asking each of `waits` seconds."""
        with self._lock:
            self._get_me_429s += list(waits)

    def proxy_passes(self) -> None:
        """The proxy answers itself no more: the sends reach the Bot API again."""
        with self._lock:
            self._proxy_pages.clear()

    def block_after(self, chat_id: int, messages: int) -> None:
        """The user blocks the bot once `messages` messages reached the chat (mid-digest)."""
        with self._lock:
            self._block_after[chat_id] = messages

    # -- what the bot did ------------------------------------------------------------------------

    def calls_to(self, method: str) -> list[Call]:
        with self._lock:
            return [c for c in self.calls if c.method == method]

    def messages_in_topic(self, chat_id: int, topic: int | None) -> list[dict]:
        """Params of the messages delivered to `chat_id` in forum topic `topic` (None: with
        no topic, which a forum shows in General)."""
        return [m for m in self.messages_to(chat_id) if _topic_param(m) == topic]

    def messages_to(self, chat_id: int) -> list[dict]:
        """Params of the messages and photos delivered (answered 200) to `chat_id`."""
        with self._lock:
            return [c.params for c in self.calls if c.method in ("sendMessage", "sendPhoto") and c.status == 200
                    and str(c.params.get("chat_id")) == str(chat_id)]

    def edits_to(self, chat_id: int) -> list[dict]:
        """Params of the edits made (answered 200) in `chat_id`."""
        with self._lock:
            return [c.params for c in self.calls if c.method == "editMessageText" and c.status == 200
                    and str(c.params.get("chat_id")) == str(chat_id)]

    def sent_texts(self, chat_id: int) -> list[tuple[int, str]]:
        """(message id, visible text as first sent) of the text messages delivered to `chat_id`."""
        with self._lock:
            sent = [c for c in self.calls if c.method == "sendMessage" and c.status == 200
                    and str(c.params.get("chat_id")) == str(chat_id)]
        return [(c.message_id, check_telegram_html(c.params["text"]) if c.params.get("parse_mode") == "HTML"
                 else c.params["text"]) for c in sent]

    def message_text(self, chat_id: int, message_id: int) -> str | None:
        """A message's HTML as it stands now (after edits); None when deleted or never sent."""
        with self._lock:
            return self.texts.get((chat_id, message_id))

    def delivered(self) -> list[Call]:
        with self._lock:
            return [c for c in self.calls if c.method in ("sendMessage", "sendPhoto") and c.status == 200]

    def pending_updates(self) -> int:
        with self._lock:
            return len(self._updates)

    def wait_for(self, predicate: Callable[[], Any], timeout: float = 10.0) -> Any:
        """Block (bounded) until predicate() is truthy; re-checked on every request."""
        end = time.monotonic() + timeout
        while True:
            with self._lock:
                seen = len(self.calls)
            value = predicate()
            if value:
                return value
            remaining = end - time.monotonic()
            if remaining <= 0:
                raise TimeoutError("the Telegram stub never saw what the test waited for")
            with self._changed:
                self._changed.wait_for(lambda: len(self.calls) != seen, min(remaining, 0.5))

    async def until(self, predicate: Callable[[], Any], timeout: float | None = 10.0) -> Any:
        """The same for code running on an event loop (which must keep running). `timeout`
        None: no deadline of its own, for what takes long under load (a chart drawn): the
        test's pytest-timeout ends a wait that never ends."""
        loop = asyncio.get_running_loop()
        event = asyncio.Event()
        waiter = (loop, event)
        with self._lock:
            self._async_waiters.append(waiter)
        try:
            end = loop.time() + (math.inf if timeout is None else timeout)
            while True:
                event.clear()
                value = predicate()
                if value:
                    return value
                remaining = end - loop.time()
                if remaining <= 0:
                    raise TimeoutError("the Telegram stub never saw what the test waited for")
                try:
                    await asyncio.wait_for(event.wait(), min(remaining, 0.5))
                except TimeoutError:
                    pass
        finally:
            with self._lock:
                self._async_waiters.remove(waiter)

    # -- internals ---------------------------------------------------------------------------------

    def _chat(self, chat_id: int, chat_type: str | None = None) -> _Chat:
        with self._lock:
            chat = self._chats.get(chat_id)
            if chat is None or chat_type:
                kind = chat_type or ("private" if chat_id > 0 else "supergroup")
                forum = chat is not None and chat.is_forum and kind == "supergroup"  # a forum stays one
                chat = self._chats[chat_id] = _Chat(chat_id, kind, is_forum=forum,
                                                    deleted_topics=chat.deleted_topics if forum else set())
            return chat

    @staticmethod
    def _chat_json(chat: _Chat) -> dict:
        data: dict[str, Any] = {"id": chat.id, "type": chat.type}
        if chat.is_forum:
            data["is_forum"] = True
        if chat.type == "private":
            data["first_name"] = f"User{chat.id}"
        else:
            data["title"] = f"Chat {chat.id}"
        return data

    def _new_message_id(self) -> int:
        with self._lock:
            self._next_message += 1
            return self._next_message

    def _queue_update(self, payload: dict) -> None:
        with self._lock:
            payload["update_id"] = self._next_update
            self._next_update += 1
            self._updates.append(payload)
        loop = self._loop
        if loop is not None:
            loop.call_soon_threadsafe(self._new_update.set)

    def _record(self, method: str, params: dict, status: int, message_id: int | None = None) -> None:
        with self._changed:
            self.calls.append(Call(method, params, status, time.monotonic(), message_id))
            if status == 429:
                self.too_many_requests += 1
            self._changed.notify_all()
            waiters = list(self._async_waiters)
        for loop, event in waiters:
            loop.call_soon_threadsafe(event.set)

    async def _handle(self, request: web.Request) -> web.Response:
        match = re.fullmatch(r"/bot([^/]+)/([A-Za-z]+)", request.path)
        if not match:
            return _error(404, "Not Found")
        token, method = match.groups()
        params = await _params(request)
        if token != self.token:
            self._record(method, params, 401)
            return _error(401, "Unauthorized")
        if method == "getUpdates":
            with self._lock:
                page = self._updates_pages.pop(0) if self._updates_pages else None
            if page is not None:
                self._record(method, params, page)
                return web.Response(status=page, text="<html><body>Bad Gateway</body></html>", content_type="text/html")
        if method == "getMe":
            with self._lock:
                status = self._get_me_pages.pop(0) if self._get_me_pages else None
                flood = self._get_me_429s.pop(0) if self._get_me_429s else None
            if flood is not None:
                self._record(method, params, 429)
                return web.json_response(_flood(flood), status=429)
            if status is not None:
                self._record(method, params, status)
                return web.Response(status=status, text="<html><body>Bad Gateway</body></html>",
                                    content_type="text/html")
        if method in SENDING_METHODS:
            with self._lock:
                page = self._proxy_pages.pop(0) if self._proxy_pages else None
            if page is not None:
                self._record(method, params, page[0])
                return web.Response(status=page[0], text=page[1], content_type="text/html")
        status, body = await self._answer(method, params)
        result = body.get("result")
        self._record(method, params, status, result.get("message_id") if isinstance(result, dict) else None)
        return web.json_response(body, status=status)

    async def _answer(self, method: str, params: dict) -> tuple[int, dict]:
        if method == "getUpdates":
            with self._lock:
                wait = self._updates_429s.pop(0) if self._updates_429s else None
            if wait is not None:
                return 429, _flood(wait)
            return 200, {"ok": True, "result": await self._get_updates(params)}
        if method in SENDING_METHODS:
            return self._send(method, params)
        if method == "getChatMember" and self._take_member_lookup_failure():
            return 500, {"ok": False, "error_code": 500, "description": "Internal Server Error"}
        if method == "setMyCommands" and (wait := self._menu_flood_wait()):
            return 429, _flood(wait)
        if method in ("setMyCommands", "deleteMyCommands") and not self._knows_menu_chat(params):
            # As Telegram: a chat's menu is refused until the chat exists (the user started the bot).
            return 400, {"ok": False, "error_code": 400, "description": "Bad Request: chat not found"}
        with self._lock:
            result = self._simple(method, params)
        return 200, {"ok": True, "result": result}

    def _take_member_lookup_failure(self) -> bool:
        with self._lock:
            if self._member_lookup_failures <= 0:
                return False
            self._member_lookup_failures -= 1
            return True

    def _menu_flood_wait(self) -> int:
        """The retry_after of a 429 forced on this setMyCommands call (fail_menus), else 0."""
        with self._lock:
            if self._menu_429s and self._menus_before_429 > 0:
                self._menus_before_429 -= 1
            elif self._menu_429s:
                return self._menu_429s.pop(0)
            return 0

    def _knows_menu_chat(self, params: dict) -> bool:
        chat = _menu_chat(params)
        with self._lock:
            return chat is None or chat in self._chats

    def _simple(self, method: str, params: dict) -> Any:
        if method == "getMe":
            return {"id": BOT_ID, "is_bot": True, "first_name": "Pledgewatch", "username": BOT_USERNAME,
                    "can_join_groups": True, "can_read_all_group_messages": False, "supports_inline_queries": False}
        if method == "setMyCommands":
            scope, lang = _menu_scope(params), params.get("language_code") or ""
            self.menus[(scope, lang)] = params.get("commands") or []
            if scope == "default":
                self.commands[lang] = params.get("commands") or []
            return True
        if method == "deleteMyCommands":
            self.menus.pop((_menu_scope(params), params.get("language_code") or ""), None)
            return True
        if method == "getMyCommands":
            return self.commands.get(params.get("language_code", ""), [])
        if method == "getChatMember":
            chat_id, user_id = int(params["chat_id"]), int(params["user_id"])
            return _member(user_id, self.member_status.get((chat_id, user_id), "member"))
        return True  # deleteWebhook, answerCallbackQuery, close, logOut ...

    async def _get_updates(self, params: dict) -> list[dict]:
        """As Telegram answers: `allowed_updates`, once given, holds for the calls that
        omit it, and an update of a type not allowed is never delivered (an empty list, or
        none ever given, means every type but the member and reaction ones)."""
        if params.get("allowed_updates") is not None:
            self.allowed_updates = set(params["allowed_updates"]) or None
        offset = int(params.get("offset") or 0)
        timeout = min(float(params.get("timeout") or 0), 30.0)
        loop = asyncio.get_running_loop()
        end = loop.time() + timeout
        while True:
            self._new_update.clear()
            with self._lock:
                # Telegram forgets updates once a higher offset confirms them.
                self._updates = [u for u in self._updates if u["update_id"] >= offset and self._allowed(u)]
                ready = list(self._updates[: int(params.get("limit") or 100)])
            remaining = end - loop.time()
            if ready or remaining <= 0 or self._loop is None:
                return ready
            try:
                await asyncio.wait_for(self._new_update.wait(), remaining)
            except TimeoutError:
                pass

    def _allowed(self, update: dict) -> bool:
        kind = next(key for key in update if key != "update_id")
        if self.allowed_updates is None:  # Telegram's default: these only to a bot that names them
            return kind not in _SENT_ONLY_WHEN_ASKED
        return kind in self.allowed_updates

    def _send(self, method: str, params: dict) -> tuple[int, dict]:
        chat_id = int(params["chat_id"]) if str(params.get("chat_id", "")).lstrip("-").isdigit() else 0
        with self._lock:
            if self._forced_429 and self._sends_before_429 > 0:
                self._sends_before_429 -= 1
            elif self._forced_429:
                wait = self._forced_429.pop(0)
                return 429, _flood(wait)
            if chat_id in self._block_after and self._delivered_to(chat_id) >= self._block_after[chat_id]:
                self.blocked.add(chat_id)
            if chat_id in self.erring:
                status, description = self.erring[chat_id]
                return status, {"ok": False, "error_code": status, "description": description}
            if chat_id in self.blocked:
                return 403, {"ok": False, "error_code": 403, "description": "Forbidden: bot was blocked by the user"}
            if chat_id in self.missing:
                return 400, {"ok": False, "error_code": 400, "description": "Bad Request: chat not found"}
            if chat_id in self.muted:
                return 400, {"ok": False, "error_code": 400, "description": f"Bad Request: {self.muted[chat_id]}"}
            if chat_id in self.migrated:
                return 400, {"ok": False, "error_code": 400,
                             "description": "Bad Request: group chat was upgraded to a supergroup chat",
                             "parameters": {"migrate_to_chat_id": self.migrated[chat_id]}}
            topic = _topic_param(params)
            refused = self._refused_topic(chat_id, topic) if method != "editMessageText" else None
            if refused:
                return 400, {"ok": False, "error_code": 400, "description": f"Bad Request: {refused}"}
            edited: tuple[int, int] | None = None
            if method == "editMessageText":
                edited = (chat_id, int(params.get("message_id") or 0))
                if edited not in self.texts:
                    return 400, {"ok": False, "error_code": 400, "description": "Bad Request: message to edit not found"}
                if self.texts[edited] == params.get("text", ""):
                    return 400, {"ok": False, "error_code": 400,
                                 "description": "Bad Request: message is not modified: specified new message content "
                                                "and reply markup are exactly the same as a current content and reply "
                                                "markup of the message"}
            text_key = "caption" if method == "sendPhoto" else "text"
            text = params.get(text_key, "")
            if method != "sendPhoto" and not text.strip():
                return 400, {"ok": False, "error_code": 400, "description": "Bad Request: message text is empty"}
            visible = text
            if params.get("parse_mode") == "HTML" and chat_id in self.markup_refused:
                return 400, {"ok": False, "error_code": 400,
                             "description": f"Bad Request: can't parse entities: {self.markup_refused[chat_id]}"}
            if params.get("parse_mode") == "HTML":
                try:
                    visible = check_telegram_html(text)
                except ValueError as exc:
                    return 400, {"ok": False, "error_code": 400, "description": f"Bad Request: {exc}"}
            if utf16_length(visible) > (MAX_CAPTION if method == "sendPhoto" else MAX_TEXT):
                return 400, {"ok": False, "error_code": 400, "description": "Bad Request: message is too long"}
            wait = self._flood_wait(chat_id)
            if wait:
                return 429, _flood(wait)
            chat = self._chats.get(chat_id) or _Chat(chat_id, "private" if chat_id > 0 else "supergroup")
            if edited is None:
                self._next_message += 1
                message_id = self._next_message
            else:
                message_id = edited[1]
            if method != "sendPhoto":
                self.texts[(chat_id, message_id)] = text
            result = {"message_id": message_id, "date": int(time.time()), "chat": self._chat_json(chat),
                      "from": {"id": BOT_ID, "is_bot": True, "first_name": "Pledgewatch"},
                      **_thread_fields(topic)}
            if edited is not None:
                result["edit_date"] = int(time.time())
            if method == "sendPhoto":
                result["photo"] = [{"file_id": "p1", "file_unique_id": "p1", "width": 1, "height": 1}]
            else:
                result["text"] = visible
        return 200, {"ok": True, "result": result}

    def _delivered_to(self, chat_id: int) -> int:
        return sum(1 for c in self.calls if c.method in ("sendMessage", "sendPhoto") and c.status == 200
                   and str(c.params.get("chat_id")) == str(chat_id))

    def _refused_topic(self, chat_id: int, topic: int | None) -> str | None:
        """Telegram's answer to a message sent to a topic it cannot go to: a chat with no
        topics (a group that is no forum, whose chains of replies carry a thread id too),
        or a deleted topic."""
        if topic is None:
            return None
        chat = self._chats.get(chat_id)
        if chat is None or not chat.is_forum or topic in chat.deleted_topics:
            return "message thread not found"
        return None

    def _flood_wait(self, chat_id: int) -> int:
        """Seconds to wait when this send breaks a limit, else 0 (and the send is counted)."""
        now = time.monotonic()
        limits = self.limits
        rate = limits.overall_per_second
        self._bucket = min(rate, self._bucket + (now - self._bucket_at) * rate)
        self._bucket_at = now
        if self._bucket < 1 - limits.tolerance * rate:
            return 1
        chat = self._chats.setdefault(chat_id, _Chat(chat_id, "private" if chat_id > 0 else "supergroup"))
        if chat.last_sent is not None and now - chat.last_sent < limits.chat_interval - limits.chat_tolerance:
            return max(1, round(limits.chat_interval - (now - chat.last_sent)))
        if chat_id < 0:
            while chat.group_window and now - chat.group_window[0] >= 60:
                chat.group_window.popleft()
            if len(chat.group_window) >= limits.group_per_minute:
                return max(1, round(60 - (now - chat.group_window[0])))
            chat.group_window.append(now)
        chat.last_sent = now
        self._bucket -= 1
        return 0


def _menu_scope(params: dict) -> str:
    """A setMyCommands scope's name: its type, with its chat (and user) where it has them."""
    scope = params.get("scope") or {"type": "default"}
    parts = [scope["type"], *(str(scope[key]) for key in ("chat_id", "user_id") if key in scope)]
    return ":".join(parts)


def _menu_chat(params: dict) -> int | None:
    """The chat a menu's scope names (None for the scopes of every chat)."""
    chat = (params.get("scope") or {}).get("chat_id")
    return int(chat) if chat is not None else None


def _thread_fields(topic: int | None) -> dict:
    """A forum topic's message as Telegram writes it (none for General or a chat without topics)."""
    return {"message_thread_id": topic, "is_topic_message": True} if topic is not None else {}


def _topic_param(params: dict) -> int | None:
    value = params.get("message_thread_id")
    return int(value) if value not in (None, "") else None


def _flood(wait: int | float) -> dict:
    return {"ok": False, "error_code": 429, "description": f"Too Many Requests: retry after {wait}",
            "parameters": {"retry_after": wait}}


def _error(status: int, description: str) -> web.Response:
    return web.json_response({"ok": False, "error_code": status, "description": description}, status=status)


# Update types Telegram leaves out unless allowed_updates names them (Bot API, getUpdates).
_SENT_ONLY_WHEN_ASKED = frozenset({"chat_member", "message_reaction", "message_reaction_count"})


def _member(user_id: int, status: str) -> dict:
    """A ChatMember as the Bot API writes it. "restricted" is a member under restrictions;
    "restricted-left" is Telegram's "restricted" with is_member false: one who left the group
    while restricted (their restrictions outlive their membership)."""
    user = {"id": user_id, "is_bot": False, "first_name": f"User{user_id}"}
    if status in ("restricted", "restricted-left"):
        rights = ("can_change_info", "can_invite_users", "can_pin_messages", "can_send_messages", "can_send_polls",
                  "can_send_other_messages", "can_add_web_page_previews", "can_manage_topics", "can_send_audios",
                  "can_send_documents", "can_send_photos", "can_send_videos", "can_send_video_notes",
                  "can_send_voice_notes", "can_edit_tag", "can_react_to_messages")
        return {"status": "restricted", "user": user, "is_member": status == "restricted", "until_date": 0,
                **{r: False for r in rights}}
    if status == "creator":
        return {"status": "creator", "user": user, "is_anonymous": False}
    if status == "administrator":
        rights = ("can_be_edited", "is_anonymous", "can_manage_chat", "can_delete_messages", "can_manage_video_chats",
                  "can_restrict_members", "can_promote_members", "can_change_info", "can_invite_users",
                  "can_post_stories", "can_edit_stories", "can_delete_stories")
        return {"status": "administrator", "user": user, **{r: r != "is_anonymous" for r in rights}}
    if status == "kicked":
        return {"status": "kicked", "user": user, "until_date": 0}
    return {"status": status if status in ("member", "left") else "member", "user": user}


async def _params(request: web.Request) -> dict[str, Any]:
    """Request parameters as Telegram reads them: query string, form, multipart or JSON."""
    params: dict[str, Any] = dict(request.query)
    if request.can_read_body:
        if request.content_type == "application/json":
            params.update(await request.json())
        else:
            for key, value in (await request.post()).items():
                if isinstance(value, web.FileField):
                    params[key] = f"<file {len(value.file.read())} bytes>"
                else:
                    params[key] = value
    for key in JSON_PARAMS & params.keys():
        if isinstance(params[key], str):
            try:
                params[key] = json.loads(params[key])
            except ValueError:
                pass
    return params
