"""Python's cyclic garbage collector while a pledgewatch process starts.

Start-up (imports, settings, opening the database; for a poll, the HTTP and parsing
layers and the compiled rules) makes a few hundred thousand objects that live as long
as the process, and the collector, run every 700 new objects, scans each of them
several times on their way to the oldest generation: measured 0.06-0.09 s of CPU in a
`poll --once` whose feeds all answer 304 (a tenth of it), for no garbage found.

So the command's entry (bot.launch) turns the collector off first thing, and
`start_up_done()` (called once the command is set up) freezes what is alive then
(`gc.freeze`: never scanned again; it stays for the life of the process anyway) and
turns it back on. Later bulk work that makes long-lived objects runs `paused()`, and
with `keep=True` (the polling layers imported on first use, the first compiled rules)
ends with a freeze too: unfrozen, the next collections scanned those objects again
(another 0.02 s of CPU in that poll). Frozen objects are still freed when no longer
referenced; only garbage *cycles* alive at a freeze are never collected. A freeze
happens a few times per process, at set-up, so those are few: a one-time cost, not a
leak (a rule edit in a running `run` recompiles with keep=False).

Only a process started through bot.launch is concerned: code that calls
bot.cli.main() itself (the tests) keeps its collector as it was.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

_paused_for_start_up = False
_entered = False  # this process started through bot.launch: freezing is ours to do


def pause_for_start_up() -> None:
    """The collector off until start_up_done() (the entry's first call)."""
    global _paused_for_start_up, _entered
    _entered = True
    if gc.isenabled():
        gc.disable()
        _paused_for_start_up = True


def start_up_done() -> None:
    """Freeze what start-up made and turn the collector back on; nothing unless
    pause_for_start_up() turned it off (and only the first time)."""
    global _paused_for_start_up
    if _paused_for_start_up:
        _paused_for_start_up = False
        gc.freeze()
        gc.enable()


@contextmanager
def paused(*, keep: bool = False) -> Iterator[None]:
    """No collection inside (a bulk of long-lived objects in the making); the
    collector's state is restored after. `keep`: what is alive when the block ends
    (without an exception) is frozen, see the module docstring; only in a process
    started through bot.launch. While start-up has the collector off, nothing changes:
    start_up_done() freezes it all."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
        if keep and _entered:
            gc.freeze()
    finally:
        gc.enable()
