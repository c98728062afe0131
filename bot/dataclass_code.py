"""The methods that @dataclass writes, compiled once and kept between processes.

Python 3.11's dataclasses module writes each class's __init__, __repr__, __eq__,
__hash__, __setattr__ and __delattr__ as source text and compiles every one of them
with exec() when the class is defined. A `poll --once` defines some sixty dataclasses
(the models, the rules, the stories, the settings) and compiled ~350 such functions
at every start: skipping them took 171 M of the 3.09 G instructions of a steady poll
whose feeds mostly answer 304 (valgrind, the same poll counted with and without;
bench/README.md).

So the process entry (bot.launch) gives the dataclasses module an `exec` of its own
(`use_cache`), which looks the source text up among the code compiled for that very
text before (same text, same compiler flags: the same code object exec would have
made), and at exit writes what this process compiled anew to the cache directory
(bot.cache_directory), one file per Python version (marshal's format and the
generated text change with it). The classes behave exactly as without it; only the
compiling is skipped. Code that never goes through bot.launch (the tests calling
bot.cli.main) compiles as usual.

Trust: unlike the rule engine's tables (data only), this file holds code that runs.
It is read only under the checks that guard the rest of the cache: a directory of
this user that nobody else may write to or swap for another (no folder above it is
another user's or writable by others without the sticky bit), and a regular file of this user, so only
someone who could already change this user's own Python files could plant one. A
SHA-256 of the content in its header keeps a damaged file out; anything that does not
check out is ignored and written again.
"""

from __future__ import annotations

import atexit
import builtins
import importlib.util
import marshal
import sys
from pathlib import Path
from types import CodeType

from bot.cache_directory import (
    default_directory, private_directory_problem, read_checked, sealed, unsealed, write_quietly,
)

_MAGIC = b"PWDCCODE1" + importlib.util.MAGIC_NUMBER
# Texts kept at most: a file grown past this over code changes keeps only what the
# last process used (a poll uses ~350).
_MAX_TEXTS = 3000


class CompiledTexts:
    """exec() for the dataclasses module, with compile() remembered by source text."""

    def __init__(self, codes: dict[str, CodeType] | None = None) -> None:
        self.codes: dict[str, CodeType] = dict(codes or {})
        self.used: set[str] = set()
        self.compiled = 0  # texts compiled by this process (not found in the cache)

    def exec(self, source, globals=None, locals=None, /):
        if globals is None:  # exec's default: the caller's namespaces
            caller = sys._getframe(1)
            globals = caller.f_globals
            locals = caller.f_locals if locals is None else locals
        if isinstance(source, str):
            code = self.codes.get(source)
            if code is None:
                # dont_inherit: the flags of dataclasses.py (none), not this module's
                # `from __future__ import annotations`, as exec() in dataclasses.py would.
                code = self.codes[source] = compile(source, "<string>", "exec", dont_inherit=True)
                self.compiled += 1
            self.used.add(source)
            source = code
        return builtins.exec(source, globals, locals)  # noqa: S102 - what the dataclasses module asked for

    def to_bytes(self) -> bytes:
        kept = self.codes if len(self.codes) <= _MAX_TEXTS else {t: self.codes[t] for t in self.used}
        return sealed(_MAGIC, marshal.dumps(kept))

    @classmethod
    def from_bytes(cls, blob: bytes) -> CompiledTexts:
        """ValueError unless `blob` is what to_bytes wrote, whole, for this Python."""
        payload = unsealed(_MAGIC, blob)
        try:
            codes = marshal.loads(payload)
        except (EOFError, TypeError) as exc:
            raise ValueError(str(exc)) from None
        if not isinstance(codes, dict) or not all(
            type(text) is str and type(code) is CodeType for text, code in codes.items()
        ):
            raise ValueError("not texts and their code")
        return cls(codes)


def file_name() -> str:
    flags = f"-O{sys.flags.optimize}" if sys.flags.optimize else ""
    return f"dataclass-code-{sys.implementation.cache_tag}{flags}.bin"


def read(path: Path) -> CompiledTexts:
    """The texts compiled before, from `path` when it is this user's regular file and
    checks out; else none."""
    return read_checked(path, CompiledTexts.from_bytes, CompiledTexts)


def write(path: Path, texts: CompiledTexts) -> None:
    """Under a temporary name, then renamed: a reader never sees half a file. Never raises."""
    write_quietly(path, texts.to_bytes)


def use_cache() -> None:
    """Give the dataclasses module the remembering exec (see the module docstring);
    nothing when the cache is off or its directory cannot be trusted."""
    import dataclasses

    directory = default_directory()
    if directory is None or private_directory_problem(directory) is not None:
        return
    path = directory / file_name()
    texts = read(path)
    dataclasses.exec = texts.exec  # a global of that module: its own calls of exec() find it first

    def save() -> None:
        if texts.compiled:
            write(path, texts)

    atexit.register(save)
