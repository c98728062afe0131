"""ChatOrderedUpdates: Telegram updates handled at once across chats, in turn within one, and
no more than MAX_WAITING_PER_CHAT of one chat waiting.

python-telegram-bot handles updates one after the other unless told otherwise: a command
answered on the readers' thread (bot/adapters/command_readers.py) left the event loop free,
but no other chat's command was handled until it was done. Handled all at once, two commands
of one chat could be answered out of order, so each chat's updates take their turn
(bot/adapters/chat_turns.py; a forum's topics with their group, one chat for Telegram's flood
limits too) while other chats' go on.

PTB runs at most `max_concurrent_updates` (256) updates at once, each holding a slot, and hands
them out in the order the updates came. An update waiting for its chat's turn held one: a
chat sending 500 commands at once (a script, a raid of accounts in a group) took all 256, and
every other chat's command and button waited behind the flood until that chat's answers had
gone out, paced at one a second (stop 59: 19 s for a private chat's /topics behind 300 of a
group's, tests/chat/test_chat_flood_59.py). Now an update waits for its chat's turn before it
takes a slot, so a flood holds one slot, not all; and no more than MAX_WAITING_PER_CHAT of a
chat's messages and button presses wait at once: those over it are not read (CommandThrottle
would have refused nearly all of them: its bounds are 5 a user and 20 a chat in 10 s), the
adapter is told (`on_overflow`: refused as the throttle refuses, the flood told once) and the
log counts them when the chat's queue has emptied. Updates that no person sends in bulk (the
bot's status in a chat, a group becoming a supergroup) always wait their turn.
"""

from __future__ import annotations

import inspect
import logging
from collections.abc import Awaitable, Callable, Hashable
from typing import Any

from telegram import Update
from telegram.ext import BaseUpdateProcessor

from bot.adapters.chat_turns import ChatTurns

log = logging.getLogger(__name__)

MAX_CONCURRENT_UPDATES = 256
# Above CommandThrottle's 20 commands a chat in 10 s, so that what it allows is never cut here
# while the answers go out at their pace; far below 256, so that ten chats flooding at once
# still leave slots for every other chat.
MAX_WAITING_PER_CHAT = 24


class ChatOrderedUpdates(BaseUpdateProcessor):
    def __init__(self, max_concurrent_updates: int = MAX_CONCURRENT_UPDATES,
                 max_waiting_per_chat: int = MAX_WAITING_PER_CHAT,
                 on_overflow: Callable[[Update], None] | None = None):
        super().__init__(max_concurrent_updates)
        self.turns = ChatTurns()
        self.max_waiting_per_chat = max_waiting_per_chat
        self.on_overflow = on_overflow  # told of each update not read (the adapter tells the chat once)
        self.dropped: dict[Hashable, int] = {}  # per chat, since its queue was last empty
        self.dropped_total = 0

    async def process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        """The chat's turn first, then one of PTB's slots (BaseUpdateProcessor.process_update)."""
        chat = update.effective_chat if isinstance(update, Update) else None
        key = chat.id if chat is not None else None  # updates of no chat wait for each other only
        if _typed_by_people(update) and self.turns.holding(key) >= self.max_waiting_per_chat:
            self._drop(key, update, coroutine)
            return
        try:
            async with self.turns.turn(key):
                await super().process_update(update, coroutine)
        finally:
            _close_unstarted(coroutine)  # cancelled while it waited (the bot stops)
            if not self.turns.holding(key) and key in self.dropped:
                log.warning("telegram: chat %s: %d messages or button presses were not read, sent while %d of "
                            "its own were waiting", key, self.dropped.pop(key), self.max_waiting_per_chat)

    def _drop(self, key: Hashable, update: Update, coroutine: Awaitable[Any]) -> None:
        _close_unstarted(coroutine)
        self.dropped[key] = self.dropped.get(key, 0) + 1
        self.dropped_total += 1
        if self.on_overflow is not None:
            self.on_overflow(update)

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        await coroutine

    async def initialize(self) -> None:
        """Nothing to set up: a chat's turn is made when it sends an update."""

    async def shutdown(self) -> None:
        """Nothing to free: PTB stops handing updates before it shuts this down."""


def _typed_by_people(update: object) -> bool:
    """A message with text or a caption, an edit of one, or a button press: what a person, a
    script or a raid of accounts can send by the hundred."""
    if not isinstance(update, Update):
        return False
    if update.callback_query is not None:
        return True
    message = update.message or update.edited_message or update.channel_post or update.edited_channel_post
    return message is not None and bool(message.text or message.caption)


def _close_unstarted(coroutine: Awaitable[Any]) -> None:
    """Close a coroutine never started: it will not run, and Python warns of one never awaited."""
    if inspect.iscoroutine(coroutine) and inspect.getcoroutinestate(coroutine) == inspect.CORO_CREATED:
        coroutine.close()
