"""The polling process's own work in hand, which decides whether the next body goes to the
analysis worker process or is parsed here (bot.pipeline, bot.analysis_worker).

A first cycle has two cores' worth of work and one side that can do every part of it: the
polling process alone stores each poll (its transaction, its stories), and either side may
parse and analyse a body. Until stop 50 a body went to the worker whenever the worker had
fewer than two in hand, and was parsed here otherwise, whatever this process had waiting:
the polling process kept about half the bodies on top of every transaction and bounded the
cycle's wall time while the worker sat idle for a fifth of it (bench/README.md, "The first
cycle split by work in hand"). Now the worker is given a body whenever what it has in hand
is no more than what this process has (AnalysisWorkers.parse_and_analyse's `here`), both
counted in items to analyse, so that the two sides run out of work at about the same time.

Counted here, on the event loop's thread only (no lock): the items of every changed body
between its turn and the end of its transaction, at STORE_SHARE each (the transaction is
this process's whatever side parses the body), and the items of the bodies parsed and
analysed here, at one each. Plain numbers, not a clock: the figures are relative, and the
worker's side is counted in the same unit (the items of the requests it holds).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

# A stored item's transaction against its parse and analysis: the first cycle's `--split`
# (bench_poll_cycle.py, 2026-12-06, load 4-7): the transactions 3.35-3.92 s of CPU for
# 10,000 items (0.34-0.39 ms an item, its story matching included), the bodies parsed and
# analysed here 1.53-1.87 ms an item (parse ~35%, analysis ~65%): a fifth.
STORE_SHARE = 0.2


class WorkInHand:
    """The polling process's work in hand, in items to analyse (see the module docstring)."""

    def __init__(self) -> None:
        self._items = 0.0

    @property
    def items(self) -> float:
        return self._items

    @contextmanager
    def storing(self, items: int) -> Iterator[None]:
        """A changed body of `items` items, from its turn to its transaction's end."""
        with self._counted(items * STORE_SHARE):
            yield

    @contextmanager
    def analysing(self, items: int) -> Iterator[None]:
        """A body of `items` items parsed and analysed in this process, until its analysis is done."""
        with self._counted(float(items)):
            yield

    @contextmanager
    def _counted(self, amount: float) -> Iterator[None]:
        self._items += amount
        try:
            yield
        finally:
            self._items -= amount
