"""Regular expressions compiled at their first use rather than at import.

The pledge extractor and its number reader hold ~120 patterns; Python's `re` compiles
each in Python code, ~25 ms of CPU when they are imported, which every fresh
`poll --once` that meets one relevant article paid. An article uses about half of
them, so the rest are compiled only when some article needs them.

`lazy(pattern, flags)` stands for `re.compile(pattern, flags)`: on the first use of
any attribute it compiles, and keeps the compiled pattern's methods on itself, so
later calls cost what calls on a compiled pattern cost. Only for attribute use
(`PATTERN.search(text)`); a module-level `re.sub(PATTERN, ...)` would need the
compiled pattern itself (`PATTERN.compiled`).
"""

from __future__ import annotations

import re


class LazyPattern:
    def __init__(self, pattern: str, flags: int = 0):
        self.pattern = pattern
        self.flags_given = flags

    @property
    def compiled(self) -> re.Pattern[str]:
        compiled = self.__dict__.get("_compiled")
        if compiled is None:
            compiled = self.__dict__["_compiled"] = re.compile(self.pattern, self.flags_given)
        return compiled

    def __getattr__(self, name: str):
        # Only called for what the instance does not hold yet: a method of the compiled
        # pattern, kept here (two threads may both do it: the same bound method).
        if name.startswith("__"):
            raise AttributeError(name)
        value = getattr(self.compiled, name)
        self.__dict__[name] = value
        return value

    def __repr__(self) -> str:
        return f"lazy({self.pattern!r}, {self.flags_given!r})"


class GuardedPattern(LazyPattern):
    """A pattern whose every match holds one of the literal strings `needs`.

    `re` cannot skip ahead in a pattern that opens with a word boundary, a look-behind or
    a long list of words: it tries the pattern at every character of the range searched.
    The extractor searches such patterns over a sentence or a window before each word it
    reads, and most ranges hold none of their words. A few substring tests (in C) then
    answer "no match" without running `re` at all; where one of the words occurs, the
    search is the pattern's own, so the answer is always the plain search's. It pays only
    where `re` is slow on the range and the words are few: a sentence-wide pattern opening
    with a run of word characters, or many words tried at every character (measured per pattern in
    docs/performance-history.md; on short windows with many words the plain search is cheaper).
    (`needs` must be lower case when the text is: the pledge extractor reads folded text.)"""

    def __init__(self, pattern: str, needs: tuple[str, ...], flags: int = 0):
        super().__init__(pattern, flags)
        if not needs or not all(needs):
            raise ValueError("a guarded pattern needs at least one non-empty literal")
        self.needs = needs

    def search(self, string: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        # (as `re` reads them: a negative position is the start, not counted from the end;
        # the words are tested by `map` in C: a loop in Python cost more than most searches)
        end = len(string) if endpos is None else max(endpos, 0)
        searched = string[max(pos, 0) : end]
        if any(map(searched.__contains__, self.needs)):
            return self.compiled.search(string, pos, end)
        return None


def lazy(pattern: str, flags: int = 0) -> LazyPattern:
    return LazyPattern(pattern, flags)


def guarded(pattern: str, needs: tuple[str, ...], flags: int = 0) -> GuardedPattern:
    """`lazy(pattern)` whose `search` first checks that one of `needs` occurs in the range
    (see GuardedPattern). Every match of `pattern` must contain one of `needs`: the tests
    (tests/pledges/test_pledges_fast.py) compare each guarded pattern with the plain one."""
    return GuardedPattern(pattern, needs, flags)
