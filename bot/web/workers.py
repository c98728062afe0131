"""The threads that read the database for the web tracker, each with its own SQLite
connection (WAL lets them read while `run` writes on another), so a page never blocks
polling on the event loop.

Pages and whole-view downloads have a thread each. With one thread for both, a download
of every pledge (4.5 s at the benchmark's 64k) held it, and four asked at once kept every
page waiting 18 s: anyone could take the site down with a download link. Downloads now run
one at a time on their own thread; one asked while another is made or sent is refused (Busy,
the server answers 503 with Retry-After) rather than queued behind it.
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


class Busy(Exception):
    """A download is being made already."""


class DatabaseWorkers:
    def __init__(self, database: Path | str):
        self.database = database
        self._pages = ThreadPoolExecutor(max_workers=1, thread_name_prefix="web-db")
        self._downloads = ThreadPoolExecutor(max_workers=1, thread_name_prefix="web-download")
        self._downloading = False  # read and set on the event loop only
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
        """Held while a download is made and sent; Busy when another holds it. Held until it
        is sent, not only made: the text of each download whose reader did not read it
        stayed in memory, 10 MiB at 64k pledges, as many times as a visitor asked."""
        if self._downloading:
            raise Busy()
        self._downloading = True
        try:
            yield
        finally:
            self._downloading = False

    async def download(self, work: Callable[[WebData], Any]) -> Any:
        """`work` run on the downloads' thread (inside one_download)."""
        return await asyncio.get_running_loop().run_in_executor(self._downloads, lambda: work(self._data()))

    def close(self) -> None:
        """Each thread closes its own connection (SQLite's are bound to their thread), then ends."""
        for executor in (self._pages, self._downloads):
            executor.submit(self._close_store).result()
            executor.shutdown(wait=True)
