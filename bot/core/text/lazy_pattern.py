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

Each pattern is also gated per text (see `required_literals` and `_text_gate`): the
extractor searches the same folded article with one pattern many times (per sentence,
per item, per donor word), and nine searches in ten find nothing, most of them because
none of the words the pattern needs occurs in the article at all.
"""

from __future__ import annotations

import itertools
import re
import re._parser as _parser
import threading
from re._constants import ATOMIC_GROUP, BRANCH, LITERAL, MAX_REPEAT, MIN_REPEAT, POSSESSIVE_REPEAT, SUBPATTERN

import re2


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
        # pattern, kept here (two threads may both do it: equal methods).
        if name.startswith("__"):
            raise AttributeError(name)
        value = getattr(self.compiled, name)
        if name in _GATED_METHODS:
            needs = required_literals(self.pattern, self.flags_given)
            if needs is not None:
                value = _text_gate(value, needs)
        self.__dict__[name] = value
        return value

    def __repr__(self) -> str:
        return f"lazy({self.pattern!r}, {self.flags_given!r})"

    def absent_from_article(self, string: str) -> bool:
        """Whether `string` is the declared article (`gate_text`) and holds none of the literals
        one of which every match holds: then no range of it has a match, nor of any slice of it.
        (False when it is another string, the pattern names no literal, or the set cannot tell.)
        For a caller that skips a whole step of its own once an article, not for each call: the
        literals are all that the parse tree names (`literals_of_every_match`), however many and
        however short, unlike the gate of each call's (`required_literals`)."""
        gate = self.__dict__.get("_article_gate")  # (not through __getattr__: no compiling)
        if gate is None:
            needs = literals_of_every_match(self.pattern, self.flags_given)
            gate = self.__dict__["_article_gate"] = _register(needs) if needs else _NO_LITERALS
        return gate is not _NO_LITERALS and _absent_from(string, gate)


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
        self._gate: tuple[int, frozenset[int]] | None = None  # its words as the article gate's literals
        self._verdict: tuple[int, bool] = (-1, False)  # the article gate's answer for one declared article (see _text_gate)

    def search(self, string: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        # On the declared article, the article gate first (see below): without any of the
        # words anywhere in it, no range of it has a match, and the range is not even cut out.
        # (The same lines as _text_gate's `gated` below, written out here: search runs some
        # 500 times an article, and calling a shared helper would add a call to every one;
        # finditer, asked once a sentence, calls _absent_from.)
        current = _current
        if string is current[0]:
            serial, absent = self._verdict
            if serial != current[3]:
                if self._gate is None:
                    self._gate = _register(self.needs)
                absent = _absent_from(string, self._gate)
                self._verdict = (current[3], absent)
            if absent:
                return None
        # (as `re` reads them: a negative position is the start, not counted from the end;
        # the words are tested by `map` in C: a loop in Python cost more than most searches)
        end = len(string) if endpos is None else max(endpos, 0)
        searched = string[max(pos, 0) : end]
        if any(map(searched.__contains__, self.needs)):
            return self.compiled.search(string, pos, end)
        return None

    def finditer(self, string: str, pos: int = 0, endpos: int | None = None):
        # The same test for a scan of every match (a sentence's gerunds, its firms' gifts; the
        # sentence scans of sentence_scans.py): every match lies in the range and holds one of
        # the words, so a range without any has none. The article gate first, as for search:
        # a sentence's scan is asked of every sentence read, and most articles hold none of a
        # scan's words (the test of the range cuts the sentence out and looks for each word).
        if self.absent_from_article(string):
            return iter(())
        end = len(string) if endpos is None else max(endpos, 0)
        if any(map(string[max(pos, 0) : end].__contains__, self.needs)):
            return self.compiled.finditer(string, pos, end)
        return iter(())

    def absent_from_article(self, string: str) -> bool:
        """Whether `string` is the declared article and holds none of the words anywhere: then
        no range of it has a match (False when it is another string, or the set cannot tell)."""
        if self._gate is None:
            self._gate = _register(self.needs)
        return _absent_from(string, self._gate)


# ---------------------------------------------------------------- the gate per text
#
# The pledge extractor searches its folded article with some 250 patterns, ~500 calls an
# article (per sentence, per item, per cue, per donor word), and nine in ten find nothing,
# most because none of the words the pattern needs occurs in the article at all. So each
# pattern's literals (one of which every match holds: `required_literals`) are looked for
# once per article, all patterns' at once, by one RE2 set over the article, and a call on
# that article whose pattern's literals are all absent answers None without running `re`.
# The range a call searches is part of the article, so an article without the literals
# has no match in any range; with one of them the search is the pattern's own. The
# answer is the plain method's either way (tests/pledges/test_pledges_text_gate.py compares them).

_GATED_METHODS = frozenset({"search", "match", "fullmatch"})
# Literals worth a gate: a set of many, or short ones (which nearly every article holds),
# spares few searches.
_GATE_MAX_LITERALS = 12
_GATE_MIN_LENGTH = 3

_literal_ids: dict[str, int] = {}  # every gate's literals, numbered as they are met
_literals_by_id: list[str] = []  # the same literals, each at its number (for those the set does not know yet)
# (how many of the literals the set knows, the set): rebuilt when enough new literals are
# met (patterns are compiled at their first use), not at each one: a build costs ~3 ms
# (meanwhile the literals it does not know are looked for one by one: see _absent_from)
_scanner: tuple[int, re2.Set | None] = (0, None)
# The article declared by `gate_text`: (text, the ids of the literals it holds or None
# when not looked for yet, how many literals the set knew then, the declaration's serial
# number). Replaced whole, so a thread reading another article only ever finds another
# string here: its calls run plainly. (The serial number lets each gated pattern keep its
# answer for the declared article without keeping the article itself alive: see _text_gate.)
_current: tuple[str | None, frozenset[int] | None, int, int] = (None, None, 0, 0)
_serials = itertools.count(1)
_UNREAD: frozenset[int] = frozenset({-1})  # stands for "the set could not read the text"
# Scanned after each text: a literal that every scan must report, else the scan failed
# (RE2 answers "nothing" when it runs out of memory) and nothing is gated.
_SENTINEL = "\x00\x00\x00"


def gate_text(text: str) -> None:
    """Declare the article the gated patterns will read next (the pledge extractor's
    folded text): calls on this very string object are gated, all others run plainly."""
    global _current
    _current = (text, None, 0, next(_serials))


def _literals_in(text: str) -> tuple[frozenset[int], int]:
    """The ids of the literals `text` holds and how many literals were looked for
    (_UNREAD when the text could not be read)."""
    global _scanner
    known, scanner = _scanner
    if scanner is None or len(_literal_ids) >= known + max(16, known // 8):
        with _registering:
            literals = list(_literals_by_id)  # (in id order: the set numbers them alike)
        scanner = _build_scanner(literals)
        known = len(literals)
        _scanner = (known, scanner)
    try:
        data = (text + _SENTINEL).encode()
    except UnicodeEncodeError:  # (a lone surrogate)
        return _UNREAD, known
    found = scanner.Match(data) if scanner is not None else None
    if not found or 0 not in found:
        return _UNREAD, known
    return frozenset(found), known


def _build_scanner(literals: list[str]) -> re2.Set | None:
    options = re2.Options()
    options.max_mem = 64 << 20
    try:
        scanner = re2.Set.SearchSet(options)
        for literal in literals:
            scanner.Add(_as_re2_literal(literal).encode())
        scanner.Compile()
    except re2.error:  # pragma: no cover - depends on the RE2 build
        return None
    return scanner


def _as_re2_literal(literal: str) -> str:
    # every character that is not a letter or digit written by its code point
    return "".join(ch if ch.isalnum() else f"\\x{{{ord(ch):x}}}" for ch in literal)


def _register(needs: tuple[str, ...]) -> tuple[int, frozenset[int]]:
    """The ids of `needs` (new literals get the next ones), and the highest."""
    with _registering:  # (an id is the literal's place in the list: one thread at a time)
        ids = frozenset(map(_number, needs))
    return max(ids), ids


def _number(literal: str) -> int:
    number = _literal_ids.get(literal)
    if number is None:
        number = _literal_ids[literal] = len(_literals_by_id)
        _literals_by_id.append(literal)
    return number


_registering = threading.Lock()
_number(_SENTINEL)  # (id 0)
_NO_LITERALS = (0, frozenset())  # a pattern whose parse tree names no literal: the set cannot tell


def _absent_from(string: str, gate: tuple[int, frozenset[int]]) -> bool:
    """Whether `string` is the declared article and holds none of the literals `gate` numbers."""
    global _current
    text, found, known, serial = _current
    if string is not text:
        return False
    if found is None:
        found, known = _literals_in(string)
        _current = (string, found, known, serial)
    highest, ids = gate
    if found is _UNREAD or not found.isdisjoint(ids):
        return False
    # Literals met after the set was built (their pattern first used since) are looked for in the
    # article one by one: the set is rebuilt only when many are waiting, and a pattern whose
    # literals stayed among the last few met would otherwise never be gated in that process.
    return highest < known or not any(_literals_by_id[number] in string for number in ids if number >= known)


def _text_gate(method, needs: tuple[str, ...]):
    """`method` (search, match or fullmatch of a compiled pattern every match of which
    holds one of `needs`), answering None at once on the declared article when it holds
    none of them (see above)."""
    gate = _register(needs)
    # The article gate's answer for the declared article, made at this pattern's first call on
    # it: (the declaration's serial number, whether the article holds none of the literals).
    # A pattern is called a few times an article (~880 calls in all), and the later calls then
    # cost an identity test and a number comparison, not the set test. Replaced whole, so a
    # thread never pairs one declaration's serial with another's answer; the serial, not the
    # article, is kept (an old article is not held in memory by ~600 patterns).
    verdict: tuple[int, bool] = (-1, False)

    # (`pos` and `endpos` named, with `re`'s defaults, rather than taken as *args: a call
    # passing *args on goes through a tuple and the generic call path, which cost about as
    # much again as the wrapper itself on each of the ~880 calls a relevant article makes)
    def gated(string, pos=0, endpos=None):
        nonlocal verdict
        current = _current
        if string is current[0]:
            serial, absent = verdict
            if serial != current[3]:
                absent = _absent_from(string, gate)
                verdict = (current[3], absent)
            if absent:
                return None
        return method(string, pos, len(string) if endpos is None else endpos)  # (no end: the string's, as `re`)

    return gated


def required_literals(pattern: str, flags: int = 0) -> tuple[str, ...] | None:
    """Literal strings one of which every match of `pattern` holds, read from its parse
    tree, or None when there are none worth a gate (see _GATE_MAX_LITERALS). Case-blind
    patterns get None: their literals may occur in another case."""
    needs = literals_of_every_match(pattern, flags)
    if needs is None or len(needs) > _GATE_MAX_LITERALS or min(map(len, needs)) < _GATE_MIN_LENGTH:
        return None
    return needs


# What literals_of_every_match read before, by pattern and flags. Each gated pattern is parsed a
# second time for its literals (~720 patterns, ~0.19 s of CPU in the polling process of a first poll
# cycle, as much again in the worker), so bot.regex_code fills this from the cache directory at
# start-up and writes back what a process added.
known_literals: dict[tuple[str, int], tuple[str, ...] | None] = {}


def literals_of_every_match(pattern: str, flags: int = 0) -> tuple[str, ...] | None:
    """Literal strings one of which every match of `pattern` holds, however many and however
    short, read from its parse tree; None when the tree names none, or for a case-blind pattern."""
    key = (pattern, int(flags))
    try:
        return known_literals[key]
    except KeyError:
        needs = known_literals[key] = _literals_read(pattern, flags)  # (two threads may both read: equal tuples)
        return needs


def _literals_read(pattern: str, flags: int) -> tuple[str, ...] | None:
    parsed = _parser.parse(pattern, flags)
    if parsed.state.flags & re.IGNORECASE:
        return None
    needs = _required(parsed)
    return tuple(sorted(needs)) if needs else None


def _required(sequence) -> frozenset[str] | None:
    """Of a sequence of parsed items, each of which a match goes through in turn: the
    literals one of which any match holds, chosen among each run of literal characters
    and each item's own (a group, an alternation, a repeat at least once), or None."""
    best: frozenset[str] | None = None
    run: list[str] = []
    for op, argument in [*sequence, (None, None)]:  # (a last item to end the run)
        if op is LITERAL:
            run.append(chr(argument))
            continue
        if run:
            best = _more_telling(best, frozenset({"".join(run)}))
            run = []
        if op is SUBPATTERN:
            _group, added_flags, _removed, inner = argument
            if not added_flags & re.IGNORECASE:
                best = _more_telling(best, _required(inner))
        elif op is ATOMIC_GROUP:
            best = _more_telling(best, _required(argument))
        elif op is BRANCH:
            branches = [_required(branch) for branch in argument[1]]
            if all(branches):
                best = _more_telling(best, frozenset().union(*branches))
        elif op in (MAX_REPEAT, MIN_REPEAT, POSSESSIVE_REPEAT):
            least, _most, inner = argument
            if least >= 1:
                best = _more_telling(best, _required(inner))
        # (anything else, a class, an assertion, a boundary, requires no literal)
    return best


def _more_telling(a: frozenset[str] | None, b: frozenset[str] | None) -> frozenset[str] | None:
    """Of two sets of literals, the one whose shortest literal is longer (rarer), then
    the smaller one (fewer tests)."""
    if a is None or not a:
        return b
    if b is None or not b:
        return a
    return a if (min(map(len, a)), -len(a)) >= (min(map(len, b)), -len(b)) else b


def lazy(pattern: str, flags: int = 0) -> LazyPattern:
    return LazyPattern(pattern, flags)


def guarded(pattern: str, needs: tuple[str, ...], flags: int = 0) -> GuardedPattern:
    """`lazy(pattern)` whose `search` first checks that one of `needs` occurs in the range
    (see GuardedPattern). Every match of `pattern` must contain one of `needs`: the tests
    (tests/pledges/test_pledges_fast.py) compare each guarded pattern with the plain one."""
    return GuardedPattern(pattern, needs, flags)
