"""How much Python work an action does, counted rather than timed: the lines it executes and the
functions it calls (Python's and built-in ones) in the calling thread. The same code on the same
input gives the same count on an idle machine and at load 20, where a CPU-time ratio of two runs
(what the hostile-input tests compared before) drifts with the other processes' use of the caches
and cores. A loop gone quadratic in Python shows as the square of its steps; what a single
built-in call does inside C (a regex's search) is one step whatever it costs: the tests that guard
such a cost count the characters the patterns read instead (`characters_read`, and
extraction_cost.py's CountingPattern for the extractor's searches)."""

from __future__ import annotations

import _markupbase
import gc
import html.parser
import re
import sys
from collections.abc import Callable
from types import ModuleType

from bot.core.text import html_text


def steps_of(action: Callable[[], object]) -> int:
    """Lines executed plus functions called while `action()` runs in this thread. The garbage
    collector is held off meanwhile: when it runs depends on what was allocated before, and the
    finalizers it calls would be counted."""
    count = 0

    def in_frame(frame, event, arg):  # 'line', 'return', 'exception' of a traced frame
        nonlocal count
        count += 1
        return in_frame

    def on_call(frame, event, arg):  # a Python function's frame opens
        nonlocal count
        count += 1
        return in_frame

    def on_builtin(frame, event, arg):  # the profiler's events; only built-in calls counted here
        nonlocal count
        if event == "c_call":
            count += 1

    kept_trace, kept_profile, collecting = sys.gettrace(), sys.getprofile(), gc.isenabled()
    gc.disable()
    sys.settrace(on_call)
    sys.setprofile(on_builtin)
    try:
        action()
    finally:
        sys.settrace(kept_trace)
        sys.setprofile(kept_profile)
        if collecting:
            gc.enable()
    return count


class _ReadingPattern:
    """A compiled pattern that adds to `tally` how far each search or match read: to its match's
    end, or to the end of the text where a search found none (what it had to look through). A
    match that fails adds nothing: it stopped where the text stopped fitting, which may be at once."""

    def __init__(self, pattern: re.Pattern[str], tally: list[int]):
        self.pattern, self.tally = pattern, tally

    def search(self, text, pos=0, *endpos):
        found = self.pattern.search(text, pos, *endpos)
        self.tally[0] += (found.end() if found else len(text)) - pos
        return found

    def match(self, text, pos=0, *endpos):
        found = self.pattern.match(text, pos, *endpos)
        if found:
            self.tally[0] += found.end() - pos
        return found

    def __getattr__(self, name):  # (its other uses are passed on uncounted)
        return getattr(self.pattern, name)


# Where the reading of a feed item's HTML searches: Python's parser (html.parser, and _markupbase
# for comments, declarations and marked sections) and the project's own ends of those
# (bot/core/text/html_text.py).
HTML_READERS = (html.parser, _markupbase, html_text)


def characters_read(action: Callable[[], object], *modules: ModuleType) -> int:
    """How many characters the compiled patterns of `modules` (their module-level names, and
    the bound `.match` or `.search` of one kept under a name, as _markupbase keeps its own) read
    while `action()` runs: a reading that searches the rest of a text again from each of its
    openers adds up to the square of the text's length, where one pass adds up to the length."""
    tally = [0]
    kept: list[tuple[ModuleType, str, object]] = []
    for module in modules:
        for name, value in list(vars(module).items()):
            if isinstance(value, re.Pattern):
                counted: object = _ReadingPattern(value, tally)
            elif isinstance(getattr(value, "__self__", None), re.Pattern) and value.__name__ in ("match", "search"):
                counted = getattr(_ReadingPattern(value.__self__, tally), value.__name__)
            else:
                continue
            kept.append((module, name, value))
            setattr(module, name, counted)
    try:
        action()
    finally:
        for module, name, value in kept:
            setattr(module, name, value)
    return tally[0]
