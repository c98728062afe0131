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


def lazy(pattern: str, flags: int = 0) -> LazyPattern:
    return LazyPattern(pattern, flags)
