"""The code of pledgewatch's regular expressions, compiled once and kept between processes.

Python's `re` turns every new pattern into the code its matcher runs, in pure Python
(re._parser, then re._compiler): a first poll cycle compiled ~1,150 distinct patterns in the
polling process (the story evidence modules' ~360 at the pipeline's import, the extractor's
and the rules' at first use) and as many again in the analysis worker, 0.32-0.49 s of CPU in
each process (stop 63, bench/README.md). That code depends only on the pattern, its flags and
the Python that compiled it.

So the process entry (bot.launch, and the worker's bot.analysis_worker.serve) gives `re` a
compile of its own (`use_cache`) that looks the pattern up among the code compiled for that
very pattern and flags before and hands it to the matcher's constructor (`_sre.compile`) as
re._compiler.compile does: the same Pattern object (CPython's patterns compare equal only
when their text, flags and code are equal: tests/project/test_regex_code.py). A pattern not
found is compiled as `re` would (its warnings too) and remembered; the process writes what
it compiled anew to the cache directory (bot.cache_directory), one file per Python version (one another build wrote is not read but written again),
at exit (the worker, ended by a signal, after a batch, once it compiled 16 anew: see save_new). Reading back the
~1,150 costs ~0.03 s. The literals one of which every match of a gated pattern holds
(bot.core.text.lazy_pattern.known_literals, read from a second parse of the pattern, ~720
patterns and ~0.19 s of a first cycle's polling process) are kept in the same file and
handed back the same way. Only Python 3.11's `re` is known to take this route (its internals
change between versions): on another version nothing is replaced. Code that never goes
through bot.launch (the tests calling bot.cli.main) compiles as usual.

Trust: the cache directory is this user's private one (bot.cache_directory), and the
file is read only when it is this user's regular file; what from_bytes then checks, and no
more: the header (this format and this very Python build), a SHA-256 of the rest (which finds a
file cut short or damaged, not one written on purpose: whoever can write the file can write its
digest), that marshal reads the rest, and the shape of what it read: a dict of the two tables,
each key a pattern (str or bytes) and flags (int), each code entry five values of the types
`Compiled` names (the code's length a whole number of code words), each literals entry None or
a tuple of str. The group tables (name -> number, number -> name) are checked to be a dict and a
tuple, their contents not: they may hold any object marshal builds (a code object included),
which is kept as data and never run. Nothing checks that the code is the one `re` makes of its
pattern: the matcher's constructor (_sre.compile) checks only that the code is well formed
(known opcodes, jumps that stay inside it; RuntimeError otherwise), so a file written on purpose
could make a pattern match other text, or a group name answer another group; so
could a file of the same Python whose `re` was changed. The file is as trusted as the directory.
"""

from __future__ import annotations

import atexit
import marshal
import re
import sys
from array import array
from pathlib import Path

from bot.cache_directory import (
    default_directory, private_directory_problem, read_checked, sealed, unsealed, write_quietly,
)

try:  # the matcher itself; `re` builds every pattern through it
    import _sre
except ImportError:  # not CPython
    _sre = None

# What `re` compiles a pattern into, as the matcher's constructor takes it: the flags
# (with those the pattern sets inline), the code, the number of groups, name -> group, group -> name.
# The code is kept as the bytes of an array of code words, not a list of ints: ~650,000 words for a
# first cycle's patterns, 2.6 MB so, where a list of int objects would hold ~20 MB in each process.
Compiled = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]

# The array type whose items are the matcher's code words (4 bytes on the usual builds).
_CODE_WORD = next((kind for kind in "IL" if _sre is not None and array(kind).itemsize == _sre.CODESIZE), None)
_SUPPORTED = sys.version_info[:2] == (3, 11) and _CODE_WORD is not None and hasattr(re, "_compiler")
# The whole version and build, not only the cache tag and _sre.MAGIC: those stay the same across 3.11's
# patch releases, whose re._compiler may emit other code for the same pattern (its bug fixes), and the
# matcher's checks would take the old code without a word.
_MAGIC = b"PWRECODE1" + (f"{sys.version}-{_sre.MAGIC}-{_sre.CODESIZE}".encode() if _sre else b"")
# Patterns kept at most: a file grown past this over rule edits keeps only what the last
# process used (a first poll cycle uses ~1,150).
_MAX_PATTERNS = 6000


class CompiledPatterns:
    """re._compiler.compile, with the code remembered by pattern and flags."""

    def __init__(self, codes: dict[tuple[str | bytes, int], Compiled] | None = None,
                 literals: dict[tuple[str, int], tuple[str, ...] | None] | None = None) -> None:
        # Read back and not used yet: each is taken out at its use (the matcher keeps its own copy
        # of the code, and save_new reads the file again before writing it), so that the ~3 MB of a
        # first cycle's code does not stay in every process beside the matchers' own.
        self.codes: dict[tuple[str | bytes, int], Compiled] = dict(codes or {})
        self.new: dict[tuple[str | bytes, int], Compiled] = {}  # compiled by this process, not yet written
        # The literals every match of a gated pattern holds (bot.core.text.lazy_pattern.known_literals),
        # read from its parse tree: kept beside the code, since reading them parses the pattern again.
        self.literals: dict[tuple[str, int], tuple[str, ...] | None] = dict(literals or {})
        self.used: set[tuple[str | bytes, int]] = set()
        self.compiled = 0  # patterns compiled by this process (not found in the cache)
        self.saved = 0  # self.compiled + len(self.literals) when last written

    def compile(self, pattern, flags=0):
        if not isinstance(pattern, (str, bytes)) or flags & re.DEBUG:  # a parsed tree (re.Scanner), or a dump asked
            return _original_compile(pattern, flags)
        key = (pattern, int(flags))
        self.used.add(key)
        remembered = self.codes.pop(key, None)
        if remembered is not None:
            try:
                return _matcher(pattern, remembered)
            except (RuntimeError, TypeError, ValueError, OverflowError):
                # Code the matcher refuses ("invalid SRE code"): raised here, it failed the import that
                # compiled the pattern, at every start, since the file is written back with it. Compiled
                # anew instead, which replaces it in the file.
                pass
        # (not remembered, or asked again after re's own cache let it go: compiled again, as re would)
        compiled = self.new[key] = _compiled(pattern, int(flags))
        self.compiled += 1
        return _matcher(pattern, compiled)

    def to_bytes(self) -> bytes:
        codes, literals = {**self.codes, **self.new}, self.literals
        if len(codes) > _MAX_PATTERNS or len(literals) > _MAX_PATTERNS:
            codes = {key: codes[key] for key in self.used if key in codes}
            literals = {key: needs for key, needs in literals.items() if key in self.used}
        return sealed(_MAGIC, marshal.dumps({"code": codes, "literals": literals}))

    @classmethod
    def from_bytes(cls, blob: bytes) -> CompiledPatterns:
        """The patterns in `blob`; ValueError unless its header is this Python's, its SHA-256
        matches, marshal reads it and what it holds has the shape to_bytes gives (see the module
        docstring, "Trust": the types are checked, not that the code is its pattern's)."""
        payload = unsealed(_MAGIC, blob)
        try:
            content = marshal.loads(payload)
        except (EOFError, TypeError, ValueError) as exc:
            raise ValueError(str(exc)) from None
        if type(content) is not dict or set(content) != {"code", "literals"}:
            raise ValueError("not patterns and their code")
        codes, literals = content["code"], content["literals"]
        if type(codes) is not dict or not all(_well_formed(key, value) for key, value in codes.items()):
            raise ValueError("not patterns and their code")
        if type(literals) is not dict or not all(_literals_well_formed(key, value) for key, value in literals.items()):
            raise ValueError("not patterns and their literals")
        return cls(codes, literals)


def _compiled(pattern: str | bytes, flags: int) -> Compiled:
    """What re._compiler.compile (Python 3.11) hands the matcher's constructor, in plain numbers."""
    tree = re._parser.parse(pattern, flags)
    code = re._compiler._code(tree, flags)
    groupindex = tree.state.groupdict
    indexgroup: list[str | None] = [None] * tree.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return (int(flags | tree.state.flags), array(_CODE_WORD, code).tobytes(), tree.state.groups - 1,
            dict(groupindex), tuple(indexgroup))


def _matcher(pattern: str | bytes, compiled: Compiled) -> re.Pattern:
    flags, code, groups, groupindex, indexgroup = compiled
    return _sre.compile(pattern, flags, array(_CODE_WORD, code).tolist(), groups, groupindex, indexgroup)


def _well_formed(key, value) -> bool:
    return (type(key) is tuple and len(key) == 2 and type(key[0]) in (str, bytes) and type(key[1]) is int
            and type(value) is tuple and len(value) == 5 and type(value[0]) is int and type(value[1]) is bytes
            and len(value[1]) % _sre.CODESIZE == 0 and type(value[2]) is int and type(value[3]) is dict
            and type(value[4]) is tuple)


def _literals_well_formed(key, value) -> bool:
    return (type(key) is tuple and len(key) == 2 and type(key[0]) is str and type(key[1]) is int
            and (value is None or type(value) is tuple and all(type(literal) is str for literal in value)))


_original_compile = re._compiler.compile if _SUPPORTED else None


def file_name() -> str:
    return f"regex-code-{sys.implementation.cache_tag}.bin"


def read(path: Path) -> CompiledPatterns:
    """The patterns compiled before, from `path` when it is this user's regular file and
    checks out; else none."""
    return read_checked(path, CompiledPatterns.from_bytes, CompiledPatterns)


_in_use: tuple[Path, CompiledPatterns] | None = None


def use_cache() -> None:
    """Give `re` the remembering compile (see the module docstring); nothing when the
    cache is off, its directory cannot be trusted or this Python's `re` is another's."""
    global _in_use
    if not _SUPPORTED or _in_use is not None:
        return
    directory = default_directory()
    if directory is None or private_directory_problem(directory) is not None:
        return
    from bot.core.text import lazy_pattern

    path = directory / file_name()
    patterns = read(path)
    re._compiler.compile = patterns.compile  # what re._compile calls for a pattern not in its own cache
    lazy_pattern.known_literals.update(patterns.literals)
    patterns.literals = lazy_pattern.known_literals  # one dict: what this process reads is added to it
    patterns.saved = len(patterns.literals)
    _in_use = (path, patterns)
    atexit.register(save_new)


def save_new(at_least: int = 1) -> None:
    """Write the file when this process compiled `at_least` patterns (or read as many
    patterns' literals) since it last did. The worker, which a signal ends without exit
    handlers, calls this after each batch with a floor: writing reads the file back whole
    (~11 MB at the peak, for ~3 MB on disk), and a process meets a few patterns of its own
    every run (made from its paths and addresses), which are not worth that."""
    if _in_use is None:
        return
    path, patterns = _in_use
    done = patterns.compiled + len(patterns.literals)
    if done >= patterns.saved + at_least:
        patterns.saved = done
        on_disk = read(path)  # as it is now (the other process may have written it), with what is new here
        # Copies, each taken in one step: another thread (the analysis thread, or the poll's while
        # this runs at exit) may compile a pattern while the file is made, and iterating the live
        # set would then raise "changed size during iteration".
        on_disk.new, on_disk.used = dict(patterns.new), set(patterns.used)
        on_disk.literals.update(patterns.literals)
        write_quietly(path, on_disk.to_bytes)  # under a temporary name, renamed: never half a file
