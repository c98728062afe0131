"""What is read from the installed simplemma's files without running its package: its
version, its English and German suffix rules, and its dictionaries' records one at a time.

Importing simplemma runs its language detector, every strategy and every language's
rules (~25 ms of CPU), and reading a dictionary the usual way builds a dict of ~150 MiB:
the rule engine's word tables (bot.adapters.lexicon_cache) and its lemmas of rare words
(bot.core.rules.lexicon.RuleLemmas) need neither.
"""

from __future__ import annotations

import importlib.util
import os
from collections.abc import Callable, Iterator
from pathlib import Path


def simplemma_version() -> str:
    """The installed simplemma's version, read from the METADATA of the one
    simplemma-*.dist-info beside the package (what importlib.metadata reads; importing
    that and searching every path entry cost a fresh `poll --once` 3-14 ms); by
    importlib.metadata when the layout is another."""
    spec = importlib.util.find_spec("simplemma")  # finds the package without running it
    if spec is not None and spec.origin:
        site = Path(spec.origin).parent.parent
        try:
            found = [entry.path for entry in os.scandir(site)
                     if entry.name.startswith("simplemma-") and entry.name.endswith(".dist-info")]
            if len(found) == 1:
                with open(os.path.join(found[0], "METADATA"), encoding="utf-8") as metadata:
                    for line in metadata:
                        if line.startswith("Version:"):
                            return line[len("Version:"):].strip()
                        if not line.strip():  # the end of the headers
                            break
        except OSError:
            pass
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("simplemma")
    except PackageNotFoundError:  # pragma: no cover - it is a dependency
        return "unknown"


# simplemma's suffix rule functions for the languages the rules lemmatise in, by module
# file and function name, as simplemma VERIFIED_SIMPLEMMA lays them out (French has none).
_RULE_MODULES = {"en": ("en.py", "apply_en"), "de": ("de.py", "apply_de")}


def simplemma_suffix_rules() -> dict[str, Callable[[str], str | None]]:
    """simplemma's suffix rules for English and German, the two rule modules loaded by
    themselves from simplemma's files. Importing them the usual way runs simplemma's
    package, which imports its language detector, every strategy and every language's
    rules: ~25 ms of CPU in every process that meets one unknown word, for two small
    functions. RuleLemmas is used with VERIFIED_SIMPLEMMA only, whose files these are
    (tests/rules/test_lexicon.py checks they are the functions simplemma itself uses); should
    a module not load, the package is imported after all."""
    spec = importlib.util.find_spec("simplemma")  # finds the package without running it
    folder = Path(spec.submodule_search_locations[0]) / "strategies" / "defaultrules" if spec else None
    found: dict[str, Callable[[str], str | None]] = {}
    for lang, (filename, function) in _RULE_MODULES.items():
        try:
            if folder is None:
                raise ImportError("simplemma not found")
            module_spec = importlib.util.spec_from_file_location(f"_pledgewatch_simplemma_rules_{lang}",
                                                                  folder / filename)
            module = importlib.util.module_from_spec(module_spec)
            module_spec.loader.exec_module(module)
            found[lang] = getattr(module, function)
        except (ImportError, OSError, AttributeError, SyntaxError):
            from simplemma.strategies.defaultrules import RULE_FUNCTIONS

            return dict(RULE_FUNCTIONS)
    return found


def dictionary_records(lang: str) -> Iterator[tuple[bytes, bytes]]:
    """(form, lemma), UTF-8, of every entry of simplemma's dictionary for `lang`, in
    byte order, decoded one record at a time from its front-coded stream (the whole
    dictionary as a dict would take ~150 MiB)."""
    from simplemma.strategies.dictionaries import dictionary_factory, frontcode

    data = dictionary_factory._read_decompressed(lang)
    reverse, _count, position = frontcode._read_header(data)
    records = frontcode._iter_records(data, position)
    if reverse:  # stored backwards (sorted by their ends): Members.of sorts them again
        return ((key[::-1], value[::-1]) for _, key, value in records)
    return ((key, value) for _, key, value in records)
