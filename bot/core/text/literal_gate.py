"""A compiled pattern that answers "no match" at once on a text holding none of the literal
strings one of which every match of it holds.

A story fingerprint (bot/core/stories) reads an article's folded lead, ~1,200 characters,
with some forty patterns that open with a word boundary, a look-behind or a list of words,
so `re` tries each at every character: ~30-400 us a search. Most leads hold none of the
words such a pattern needs (a parliament's vote, a correction note, a meeting ahead): a few
substring tests, in C, answer that at a fraction of the cost. Where one of the words occurs
anywhere in the text, the call is the pattern's own, so the answer is always the plain
pattern's: a match lies inside the text, and each match holds one of the words
(bot.core.text.lazy_pattern.literals_of_every_match reads them from the parse tree; a
case-blind pattern has none, and is never gated).

`gated(pattern, flags)` stands for `re.compile(pattern, flags)`. Unlike the pledge
extractor's article gate (lazy_pattern), nothing is declared per article and no RE2 set is
built: these patterns run once or twice on a text, not hundreds of times. The words are read
at a pattern's first call (a second parse of each pattern), not at import.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator

from bot.core.text.lazy_pattern import literals_of_every_match

_NOT_READ: tuple[str, ...] = ("\0not read",)


def shortest_needs(needs: Iterable[str]) -> tuple[str, ...]:
    """`needs` without those that hold another of them: a text holding "senators" holds "senator"
    too, so "does it hold one of them" has the same answer, in fewer searches (a fifth of the
    words of the story patterns' gates are such: month names beside their stems, plurals); in
    their order."""
    needs = tuple(dict.fromkeys(needs))
    return tuple(need for need in needs if not any(other != need and other in need for other in needs))


class LiteralGated:
    """`compiled`, whose calls answer "no match" when the text holds none of its words."""

    __slots__ = ("compiled", "_needs")

    def __init__(self, compiled: re.Pattern[str]):
        self.compiled = compiled
        self._needs = _NOT_READ

    def _absent(self, string: str) -> bool:
        """Whether `string` holds none of the words every match holds (False when the
        pattern has none: then every call runs)."""
        needs = self._needs
        if needs is _NOT_READ:
            # (two threads may both read them: equal tuples)
            needs = self._needs = shortest_needs(literals_of_every_match(self.compiled.pattern,
                                                                         self.compiled.flags) or ())
        return bool(needs) and not any(map(string.__contains__, needs))

    def search(self, string: str, *args, **kwargs) -> re.Match[str] | None:
        return None if self._absent(string) else self.compiled.search(string, *args, **kwargs)

    def match(self, string: str, *args, **kwargs) -> re.Match[str] | None:
        return None if self._absent(string) else self.compiled.match(string, *args, **kwargs)

    def fullmatch(self, string: str, *args, **kwargs) -> re.Match[str] | None:
        return None if self._absent(string) else self.compiled.fullmatch(string, *args, **kwargs)

    def finditer(self, string: str, *args, **kwargs) -> Iterator[re.Match[str]]:
        return iter(()) if self._absent(string) else self.compiled.finditer(string, *args, **kwargs)

    def findall(self, string: str, *args, **kwargs) -> list:
        return [] if self._absent(string) else self.compiled.findall(string, *args, **kwargs)

    def sub(self, repl: str | Callable[[re.Match[str]], str], string: str, *args, **kwargs) -> str:
        return string if self._absent(string) else self.compiled.sub(repl, string, *args, **kwargs)

    def subn(self, repl: str | Callable[[re.Match[str]], str], string: str, *args, **kwargs) -> tuple[str, int]:
        return (string, 0) if self._absent(string) else self.compiled.subn(repl, string, *args, **kwargs)

    def split(self, string: str, *args, **kwargs) -> list[str]:
        return [string] if self._absent(string) else self.compiled.split(string, *args, **kwargs)

    def __getattr__(self, name: str):
        # pattern, flags, groups, groupindex: the compiled pattern's own
        return getattr(self.compiled, name)

    def __repr__(self) -> str:
        return f"gated({self.compiled.pattern!r}, {self.compiled.flags!r})"


def gated(pattern: str, flags: int = 0) -> re.Pattern[str] | LiteralGated:
    """`re.compile(pattern, flags)`, gated by its words (see the module's docstring); a case-blind
    pattern is returned as compiled (its words may occur in another case)."""
    compiled = re.compile(pattern, flags)
    return compiled if compiled.flags & re.IGNORECASE else LiteralGated(compiled)
