"""The stop of the long-running commands (`run`, `web`): SIGINT (Ctrl-C) and SIGTERM
(`docker stop`, systemd) both set one event the command awaits, so either ends it through
its own clean-up (the poll in progress finishes, the server closes) and not with a
KeyboardInterrupt traceback or a kill mid-write."""

from __future__ import annotations

import signal
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # asyncio is imported by the commands that run a loop, when they run
    import asyncio


def stop_on_signals() -> asyncio.Event:
    """An event that SIGINT or SIGTERM sets; call it inside the running event loop."""
    import asyncio

    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(signum, stop.set)
    return stop
