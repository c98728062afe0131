"""CommandReaders: the chat commands that only read, answered on a thread of their own.

Every chat command ran on the event loop, which also polls feeds, sends alerts and answers
every other chat. Some hold it long: /rule_test on a 4 KB text compiles the rules and reads
the text with them (about a second), /pledges chart draws a picture with matplotlib, /search
and /pledges read the whole store on a large database. Meanwhile no alert went out and no
other chat was answered. The commands marked `reads_only` (bot/core/chat/command_list.py)
are now run here, as the web tracker runs its pages (bot/web/workers.py): on one thread with
its own SQLite connection (WAL lets it read while the loop writes on another), by a copy of
the command table on that connection.

The rule changes are made here too (Command.changes_rules): /rule_add and /rule_edit try the
rule on the newest stored articles, and a word no rule had needs its tables made; they held
the loop 0.1-0.7 s each (bench/bench_command_stall.py --commands writes). Each is saved and
audited in one transaction on this thread's connection, as it was on the loop's; the one
thread makes them one at a time in the order they came, from every chat. SQLite lets one
connection write at a time: the loop's writes wait for a rule change's few milliseconds of
writing, and it for theirs. The other commands that write stay on the loop: they take a
millisecond or two, and the adapters read back at once what some of them set (/lang).

One thread, so two heavy commands never compete with each other for the one core they get
between them and the loop; the order of the answers within a chat is the adapters' to keep
(each waits for its chat's previous command).
A table whose services are not on a database file (a store in memory, a test's stand-in) is
run on the loop, as before: another connection would not see the same database.
"""

from __future__ import annotations

import asyncio
import logging
import threading
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from bot.adapters.sqlite_store import SqliteStore
from bot.core.chat.command_list import answered_aside
from bot.core.chat.commands import CommandTable
from bot.core.chat.i18n import normalize_lang, t
from bot.core.chat.replies import Reply
from bot.core.chat.services import ChatContext
from bot.errors import StoreError

log = logging.getLogger(__name__)


class CommandReaders:
    def __init__(self) -> None:
        self._thread: ThreadPoolExecutor | None = None  # started at the first command that reads
        self._local = threading.local()

    async def answer(self, table: CommandTable, ctx: ChatContext, name: str, args: str) -> Reply:
        """`table.handle(ctx, name, args)`, on the readers' thread when the command only reads
        or changes the rules."""
        database = _database_of(table)
        if database is None or not answered_aside(name, args):
            return table.handle(ctx, name, args)
        if self._thread is None:
            self._thread = ThreadPoolExecutor(max_workers=1, thread_name_prefix="chat-readers")
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._thread, self._handle, table, database, ctx, name, args)

    def _handle(self, table: CommandTable, database: str, ctx: ChatContext, name: str, args: str) -> Reply:
        try:
            copy = self._copy_of(table, database)
        except StoreError as exc:  # the thread's connection could not be opened: said as the table says it
            log.warning("chat: /%s not answered: %s", name, exc)
            return Reply(text=t(normalize_lang(ctx.lang), "error_store"))
        return copy.handle(ctx, name, args)  # never raises: any error becomes its reply

    def _copy_of(self, table: CommandTable, database: str) -> CommandTable:
        """On the thread: `table` on the thread's own connection, made at its first command
        (and again for another table, as a test that swaps the adapter's table gives)."""
        local: Any = self._local
        if getattr(local, "source", None) is not table:
            if getattr(local, "store", None) is None or local.store.path != database:
                self._close_store()
                local.store = SqliteStore(database)
            local.copy = CommandTable(table.services.on_store(local.store), table.clock, table.entities)
            local.source = table
        return local.copy

    def _close_store(self) -> None:
        local: Any = self._local
        store = getattr(local, "store", None)
        if store is not None:
            store.close()
        local.store = local.source = local.copy = None

    async def close(self) -> None:
        """The thread closes its connection, then ends; awaited, so a command still being
        answered does not hold up the event loop."""
        thread, self._thread = self._thread, None
        if thread is not None:
            await asyncio.get_running_loop().run_in_executor(thread, self._close_store)
            thread.shutdown(wait=False)  # its queue is empty: the close was the last work


def _database_of(table: CommandTable) -> str | None:
    """The database file `table` answers from; None when it is not on one. Asked of its
    services by what they offer (bot.store_chat_services is above the adapters): a store's
    path, and `on_store`, the same services on another connection."""
    services = table.services
    if not callable(getattr(services, "on_store", None)):
        return None
    path = getattr(getattr(services, "store", None), "path", None)
    return path if isinstance(path, str) and path != ":memory:" else None
