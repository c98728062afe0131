"""ChatOrderedUpdates: Telegram updates handled at once across chats, in turn within one.

python-telegram-bot handles updates one after the other unless told otherwise: a command
answered on the readers' thread (bot/adapters/command_readers.py) left the event loop free,
but no other chat's command was handled until it was done. Handled all at once, two commands
of one chat could be answered out of order, so each chat's updates take their turn
(bot/adapters/chat_turns.py; a forum's topics with their group, one chat for Telegram's flood
limits too) while other chats' go on.

PTB holds one of `max_concurrent_updates` slots for each update waiting its turn here; a
chat's flood of commands is got through quickly all the same (CommandThrottle drops what is
over its limits without reading the database).
"""

from __future__ import annotations

import inspect
from collections.abc import Awaitable
from typing import Any

from telegram import Update
from telegram.ext import BaseUpdateProcessor

from bot.adapters.chat_turns import ChatTurns

MAX_CONCURRENT_UPDATES = 256


class ChatOrderedUpdates(BaseUpdateProcessor):
    def __init__(self, max_concurrent_updates: int = MAX_CONCURRENT_UPDATES):
        super().__init__(max_concurrent_updates)
        self.turns = ChatTurns()

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        chat = update.effective_chat if isinstance(update, Update) else None
        started = False
        try:
            # Updates of no chat (none of the types asked for today) wait for each other only.
            async with self.turns.turn(chat.id if chat is not None else None):
                started = True
                await coroutine
        finally:
            if not started and inspect.iscoroutine(coroutine):  # cancelled while waiting (the bot stops)
                coroutine.close()  # never to be run: without Python's "never awaited" warning

    async def initialize(self) -> None:
        """Nothing to set up: a chat's turn is made when it sends an update."""

    async def shutdown(self) -> None:
        """Nothing to free: PTB stops handing updates before it shuts this down."""
