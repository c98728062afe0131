"""The story modules imported beside a poll's first fetches rather than before them.

bot.story_attachment and the story modules it imports (fingerprints, events, matching: ~0.1
s of CPU, most of it compiling their patterns) are needed at the first poll's transaction,
not to fetch. Imported with bot.pipeline, they came before any fetch of a process, so
`poll --once` (every run of it) and the first round of `run` sent their first requests that
much later, the process busy while the network was idle. Started here in a thread as the
poller is made, the import runs while the first fetches wait for their answers; a poll that
needs the modules sooner waits for the import in progress (Python's import lock), as it
would have waited for its own.
"""

from __future__ import annotations

import logging
import sys
import threading

from bot import gc_pauses

log = logging.getLogger(__name__)

_MODULE = "bot.story_attachment"
_started = False
_lock = threading.Lock()


def import_in_background() -> None:
    """Import the story modules in a daemon thread, once per process (nothing when they are
    imported already)."""
    global _started
    with _lock:
        if _started or _MODULE in sys.modules:
            return
        _started = True
    threading.Thread(target=_import, name="story-modules-import", daemon=True).start()


def _import() -> None:
    try:
        with gc_pauses.paused(keep=True):  # long-lived, as bot.app's imports of the polling layers
            __import__(_MODULE)
    except Exception:  # noqa: BLE001 - the poll imports it again where it needs it, and fails there
        log.debug("importing the story modules in the background failed", exc_info=True)
