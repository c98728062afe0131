"""The rule set's recipe for the analysis worker is made once per Analyzer, even when several
threads ask for it at once (speed55w).

The first bodies of a first poll cycle are handed to the worker from several threads at once,
each asking bot.analysis_worker.recipe_of for the rules it analyses with; before any had it,
each pickled the whole rule set (~20 ms of CPU each, five times in the bench's first cycle,
bench/README.md). What must hold: one pickle, and every thread the same recipe.
"""

from __future__ import annotations

import threading
import time
from types import SimpleNamespace

import bot.adapters.ruleset_cache
from bot.analysis_worker import recipe_of
from bot.core.analysis import Analyzer

THREADS = 5


def test_threads_asking_at_once_share_one_recipe(monkeypatch):
    made: list[int] = []

    def slow_dump(rules, threshold, entities):  # long enough for every thread to ask meanwhile
        made.append(1)
        time.sleep(0.2)
        return b"rules %d" % len(made)

    monkeypatch.setattr(bot.adapters.ruleset_cache, "dump_recipe", slow_dump)
    analyzer = Analyzer(SimpleNamespace(rules=(), threshold=1.0), None)
    start = threading.Barrier(THREADS)
    got: list[object] = []

    def ask() -> None:
        start.wait()
        got.append(recipe_of(analyzer))

    threads = [threading.Thread(target=ask) for _ in range(THREADS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(made) == 1
    assert len(got) == THREADS and all(recipe is got[0] for recipe in got)
    assert got[0].blob == b"rules 1"


def test_another_analyzer_has_its_own_recipe(monkeypatch):
    monkeypatch.setattr(bot.adapters.ruleset_cache, "dump_recipe",
                        lambda rules, threshold, entities: repr((rules, threshold)).encode())
    first = Analyzer(SimpleNamespace(rules=("a",), threshold=1.0), None)
    second = Analyzer(SimpleNamespace(rules=("b",), threshold=1.0), None)
    assert recipe_of(first) is recipe_of(first)
    assert recipe_of(first).key != recipe_of(second).key
