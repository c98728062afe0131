"""Compiled rule sets and parsed entity lists kept on disk between runs, beside the
word tables of bot.adapters.lexicon_cache.

Compiling the shipped rules (66 when measured: parsing them, expanding @lists into some 1,400
names, indexing every word) costs ~0.065 s of CPU; a `poll --once` whose feeds all
answer 304 spends ~0.65 s in all, and most of its new items need the rules. Read
back from here a compiled set costs ~0.01 s.

A file is named after a SHA-256 of everything the compiled set is made of: the rules
(every field, in order) and the threshold, the entity and word lists the @lists
expand to (in order), the lexicon directory's version tag (simplemma, Unicode, table
format) and the source of the modules that compile and hold it (bot/core/rules,
bot/core/text, bot/core/models.py, and this file). Any change makes another name, so
a file is never stale; the 8 most recent are kept.

The entity and word lists (config/entities.toml, config/words.toml) are kept the same
way (`entities-<digest>.bin`, named by the two texts and the parsing code): parsing
them, checking every word list's expression and preparing ~1,400 names cost ~0.017 s
of every process, reading them back ~0.004 s.

Trust, as for the word tables: the directory is private and checked (DiskLexicon),
a file is used only when it is this user's regular file and its SHA-256 (in its
header) checks out; anything else, damaged or not, is ignored and written again.
The content is a pickle, read by an unpickler that can build only the rule engine's
own classes and plain containers (`_SafeUnpickler.ALLOWED`): no other class, no
function call beyond those, so a planted file could at worst make a wrong rule set,
which the checks above already keep out. The few objects that belong to this process
(the lexicon's members files, simplemma's suffix rules, RE2 regexes) are written as
references and made again when read.

Writing is to a temporary file renamed into place, so two processes compiling at once
each write a whole file and the last rename wins (both files are the same).
"""

from __future__ import annotations

import hashlib
import io
import json
import logging
import os
import pickle
from collections.abc import Callable, Iterable
from dataclasses import astuple
from pathlib import Path
from types import MappingProxyType
from typing import ClassVar

import re2

import bot.core.models
import bot.core.pledges.passes.entities
import bot.core.pledges.things.replacement_systems
import bot.core.rules.engine
import bot.core.text
from bot.adapters.lexicon_cache import DiskLexicon
from bot.adapters.simplemma_files import simplemma_suffix_rules
from bot.core.models import Rule
from bot.core.pledges.passes.entities import Entities
from bot.core.rules.language import RuleSet
from bot.core.rules.syntax import compile_regex

log = logging.getLogger(__name__)

FORMAT = 1
_MAGIC = b"PWRULESET1"
_DIGEST = 32
_KEEP = 8  # compiled sets kept (several databases or rule edits share the directory)
_PROTOCOL = 5

# Objects of this process, written as references (see the module docstring).
_MEMBERS, _SUFFIX_RULES, _REGEX, _READ_ONLY = "members", "suffix_rules", "regex", "read-only"


def _source_files() -> list[Path]:
    rules = Path(bot.core.rules.engine.__file__).parent
    text = Path(bot.core.text.__file__).parent
    # bot/entity_files.py checks an entities file's keys as it parses it: a file parsed
    # before that check existed must not be read back from the cache unchecked.
    entity_files = Path(__file__).parents[1] / "entity_files.py"
    return sorted([*rules.glob("*.py"), *text.glob("*.py"), Path(bot.core.models.__file__),
                   Path(bot.core.pledges.passes.entities.__file__),
                   Path(bot.core.pledges.things.replacement_systems.__file__),
                   entity_files, Path(__file__)])


_code_digest: list[str] = []


def code_digest() -> str | None:
    """A SHA-256 of the source of the modules a compiled set is made by; None when
    a source file cannot be read (an install without sources: no cache)."""
    if not _code_digest:
        digest = hashlib.sha256()
        try:
            for path in _source_files():
                digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
        except OSError:
            return None
        _code_digest.append(digest.hexdigest())
    return _code_digest[0]


def _entities_key(entities: Entities | None) -> object:
    """What the compiler reads of the entity and word lists, in their order."""
    if entities is None:
        return None
    return {
        "ukraine": list(entities.ukraine_names),
        "donors": [[key, d.code, list(d.names), list(d.case_sensitive)] for key, d in entities.donors.items()],
        "systems": [[key, s.name, s.category, list(s.names), list(s.case_sensitive)]
                    for key, s in entities.systems.items()],
        "words": {name: dict(variants) for name, variants in entities.word_lists.items()},
    }


def ruleset_key(rules: Iterable[Rule], threshold: float, entities: Entities | None, lexicon_tag: str) -> str | None:
    """The file name's digest for this compilation (see the module docstring)."""
    code = code_digest()
    if code is None:
        return None
    content = {
        "format": FORMAT,
        "code": code,
        "lexicon": lexicon_tag,
        "threshold": [type(threshold).__name__, threshold],
        "rules": [[type(field).__name__, field] for rule in rules for field in astuple(rule)],
        "entities": _entities_key(entities),
    }
    return hashlib.sha256(json.dumps(content, ensure_ascii=False).encode()).hexdigest()[:40]


class _Pickler(pickle.Pickler):
    def __init__(self, file):
        super().__init__(file, protocol=_PROTOCOL)

    def persistent_id(self, obj):
        if obj is simplemma_suffix_rules:
            return (_SUFFIX_RULES,)
        if getattr(obj, "__func__", None) is DiskLexicon.members_of:  # a lexicon's, bound
            return (_MEMBERS,)
        if isinstance(obj, re2._Regexp):  # made again by compile_regex, as the compiler made it
            return (_REGEX, obj.pattern)
        if isinstance(obj, MappingProxyType):  # the word lists' read-only views
            return (_READ_ONLY, dict(obj))
        return None


class _SafeUnpickler(pickle.Unpickler):
    """Builds only what ALLOWED names (see the module docstring)."""

    WHAT = "a compiled rule set"
    ALLOWED: ClassVar[frozenset[tuple[str, str]]] = frozenset({
        ("bot.core.rules.nodes", name)
        for name in ("PhraseNode", "OrNode", "RegexNode", "NotNode", "AndNode", "NearNode", "ExceptNode", "Memo")
    } | {
        ("bot.core.rules.engine", "RuleSet"),
        ("bot.core.rules.compiler", "CompiledRule"),
        ("bot.core.rules.match_keys", "text_word_keys"),
        ("bot.core.rules.lexicon", "RuleLemmas"),
        ("bot.core.models", "Rule"),
        ("functools", "partial"),
        ("re", "_compile"),
    })

    def __init__(self, file, lexicon: DiskLexicon):
        super().__init__(file)
        self._lexicon = lexicon

    def find_class(self, module: str, name: str):
        if (module, name) not in self.ALLOWED:
            raise pickle.UnpicklingError(f"{module}.{name} is not part of {self.WHAT}")
        return super().find_class(module, name)

    def persistent_load(self, pid):
        if pid == (_MEMBERS,):
            return self._lexicon.members_of
        if pid == (_SUFFIX_RULES,):
            return simplemma_suffix_rules
        if isinstance(pid, tuple) and len(pid) == 2 and pid[0] == _REGEX and isinstance(pid[1], str):
            return compile_regex(pid[1])
        if isinstance(pid, tuple) and len(pid) == 2 and pid[0] == _READ_ONLY and isinstance(pid[1], dict):
            return MappingProxyType(pid[1])
        raise pickle.UnpicklingError("unknown reference")


class _EntitiesUnpickler(_SafeUnpickler):
    WHAT = "the entity lists"
    ALLOWED: ClassVar[frozenset[tuple[str, str]]] = frozenset(
        ("bot.core.pledges.passes.entities", name)
        for name in ("Entities", "Donor", "System", "Place", "_Name", "_Matcher"))


def _file_name(key: str, kind: str = "ruleset") -> str:
    return f"{kind}-{key}.bin"


def load(lexicon: DiskLexicon, key: str, kind: str = "ruleset"):
    """The compiled set (kind "ruleset", a RuleSet) or entity lists ("entities",
    Entities) stored under `key`, or None (absent, not ours, damaged)."""
    name = _file_name(key, kind)
    blob = lexicon.read_file(name)
    if blob is None:
        return None
    unpickler, expected = (_SafeUnpickler, RuleSet) if kind == "ruleset" else (_EntitiesUnpickler, Entities)
    try:
        if not blob.startswith(_MAGIC) or len(blob) < len(_MAGIC) + _DIGEST:
            raise ValueError(f"not {unpickler.WHAT}")
        payload = memoryview(blob)[len(_MAGIC) + _DIGEST :]
        if hashlib.sha256(payload).digest() != blob[len(_MAGIC) : len(_MAGIC) + _DIGEST]:
            raise ValueError("checksum mismatch")
        found = unpickler(io.BytesIO(payload), lexicon).load()
        if type(found) is not expected:
            raise TypeError(f"not {unpickler.WHAT}")
        return found
    except Exception as exc:  # noqa: BLE001 - whatever is wrong with the file, making it again is the answer
        log.warning("rule cache: %s is damaged (%s); making it again", name, exc)
        return None


def store(lexicon: DiskLexicon, key: str, found: RuleSet | Entities, kind: str = "ruleset") -> None:
    """Keep `found` under `key` (never raises: a cache that cannot be written only
    costs the next start its compilation)."""
    directory = lexicon.directory
    if directory is None:
        return
    out = io.BytesIO()
    try:
        _Pickler(out).dump(found)
    except (pickle.PicklingError, TypeError, AttributeError) as exc:
        log.debug("rule cache: %s not stored (%s)", kind, exc)
        return
    payload = out.getvalue()
    lexicon.write_file(_file_name(key, kind), _MAGIC + hashlib.sha256(payload).digest() + payload)
    _prune(directory, kind)


def _prune(directory: Path, kind: str) -> None:
    """Keep the _KEEP most recently written files of this kind."""
    try:
        found = [(entry.stat().st_mtime_ns, entry.path) for entry in os.scandir(directory)
                 if entry.name.startswith(f"{kind}-") and entry.name.endswith(".bin") and entry.is_file()]
    except OSError:
        return
    for _, path in sorted(found, reverse=True)[_KEEP:]:
        try:
            os.unlink(path)
        except OSError:
            pass


def parse_entity_lists(entities_text: str, words_text: str, parse: Callable[[str, str], Entities],
                       lexicon: DiskLexicon | None) -> Entities:
    """parse(entities_text, words_text), read from the cache when these very texts were
    parsed by this very code before, else parsed and stored (see the module docstring)."""
    directory = lexicon.directory if lexicon is not None else None
    code = code_digest() if directory is not None else None
    if code is None:
        return parse(entities_text, words_text)
    key = hashlib.sha256(json.dumps([FORMAT, code, entities_text, words_text], ensure_ascii=False).encode()
                         ).hexdigest()[:40]
    found = load(lexicon, key, "entities")
    if found is None:
        found = parse(entities_text, words_text)
        store(lexicon, key, found, "entities")
    return found


def compile_rules(rules: Iterable[Rule], *, threshold: float, entities: Entities | None,
                  lexicon: DiskLexicon | None) -> RuleSet:
    """RuleSet.compile(...), read from the cache when this very compilation was made
    before (same answers: it is the object that compilation made), else compiled and
    stored. Without a usable cache directory, compiled as usual."""
    rules = list(rules)
    directory = lexicon.directory if lexicon is not None else None
    key = None
    if directory is not None and isinstance(threshold, (int, float)) and not isinstance(threshold, bool):
        key = ruleset_key(rules, threshold, entities, directory.name)
    if key is not None:
        found = load(lexicon, key)
        if found is not None:
            return found
    ruleset = RuleSet.compile(rules, threshold=threshold, entities=entities, lexicon=lexicon)
    # A set compiled while its word table was being built elsewhere (lemma_table None,
    # see DiskLexicon.build_now) gives the same answers more slowly: not kept.
    if key is not None and ruleset.lemma_table is not None:
        store(lexicon, key, ruleset)
    return ruleset



class _RecipeUnpickler(_SafeUnpickler):
    WHAT = "the rules with their entity lists"
    ALLOWED: ClassVar[frozenset[tuple[str, str]]] = _SafeUnpickler.ALLOWED | _EntitiesUnpickler.ALLOWED


def dump_recipe(rules: Iterable[Rule], threshold: float, entities: Entities | None) -> bytes:
    """What compile_rules needs, as bytes another process of this user reads back with
    load_recipe (the analysis worker, bot.analysis_worker): the entity lists hold
    read-only views and RE2 regexes, which plain pickle refuses."""
    out = io.BytesIO()
    _Pickler(out).dump((tuple(rules), threshold, entities))
    return out.getvalue()


def load_recipe(blob: bytes, lexicon: DiskLexicon) -> tuple[tuple[Rule, ...], float, Entities | None]:
    """The (rules, threshold, entities) dump_recipe wrote."""
    return _RecipeUnpickler(io.BytesIO(blob), lexicon).load()
