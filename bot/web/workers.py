"""The threads that read the database for the web tracker, each with its own SQLite
connection (WAL lets them read while `run` writes on another), so a page never blocks
polling on the event loop.

Pages and whole-view downloads have a thread each. With one thread for both, a download
of every pledge (4.5 s at the benchmark's 64k) held it, and four asked at once kept every
page waiting 18 s: anyone could take the site down with a download link. Downloads are now
made one at a time on their own thread, and at most MAX_DOWNLOADS are made or sent at once;
one more is refused (Busy, the server answers 503 with Retry-After) rather than queued. More
than one may be in flight because sending takes the reader's time: with a single slot, one
reader taking a download slowly (up to the server's 2 minutes) refused every other.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import AsyncIterator, Callable
from concurrent.futures import ThreadPoolExecutor
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from bot.adapters.sqlite_store import SqliteStore
from bot.web.data import WebData

# Each download in flight holds its text in memory until sent (10 MiB at 64k pledges).
MAX_DOWNLOADS = 3


class Busy(Exception):
    """MAX_DOWNLOADS downloads are being made or sent already."""


class DatabaseWorkers:
    def __init__(self, database: Path | str):
        self.database = database
        self._pages = ThreadPoolExecutor(max_workers=1, thread_name_prefix="web-db")
        self._downloads = ThreadPoolExecutor(max_workers=1, thread_name_prefix="web-download")
        self._in_flight = 0  # downloads being made or sent; read and set on the event loop only
        self._local = threading.local()

    def _data(self) -> WebData:
        """The calling thread's own connection, opened on its first query."""
        store = getattr(self._local, "store", None)
        if store is None:
            store = self._local.store = SqliteStore(self.database)
            self._local.totals_cache = {}
        return WebData(store, self._local.totals_cache)

    def _close_store(self) -> None:
        store = getattr(self._local, "store", None)
        if store is not None:
            store.close()
            self._local.store = None

    async def page(self, work: Callable[[WebData], Any]) -> Any:
        """`work` run on the pages' thread."""
        return await asyncio.get_running_loop().run_in_executor(self._pages, lambda: work(self._data()))

    @asynccontextmanager
    async def one_download(self) -> AsyncIterator[None]:
        """A download's slot, held while it is made and sent; Busy when all MAX_DOWNLOADS are
        taken. Held until it is sent, not only made: the text of each download whose reader
        did not read it had stayed in memory, as many times as a visitor asked."""
        if self._in_flight >= MAX_DOWNLOADS:
            raise Busy()
        self._in_flight += 1
        try:
            yield
        finally:
            self._in_flight -= 1

    async def download(self, work: Callable[[WebData], Any]) -> Any:
        """`work` run on the downloads' thread (inside one_download)."""
        return await asyncio.get_running_loop().run_in_executor(self._downloads, lambda: work(self._data()))

    async def close(self) -> None:
        """Each thread closes its own connection (SQLite's are bound to their thread), then
        ends; awaited, so a download still being made does not hold up the event loop."""
        loop = asyncio.get_running_loop()
        for executor in (self._pages, self._downloads):
            await loop.run_in_executor(executor, self._close_store)
            executor.shutdown(wait=False)  # its queue is empty: the close was the last work
