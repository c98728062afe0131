"""Reading config/entities.toml and config/words.toml as an operator edits them by hand:
each error names the file it is about, and a key the parser does not know is refused.

The parsers in bot/core read only the keys they know, so a misspelt one
(`case_sensitve_names`) was dropped without a word, and with it every name it listed
(Austin, Rubio and DoD were no longer the United States); and their errors
("donors.US.firms: expected a list ...") named no file. The settings file already
refuses unknown keys (bot/config/values.py); these files now do too.
"""

from __future__ import annotations

import tomllib
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any, TypeVar

from bot.core.pledges.passes.entities import NAME_LANGUAGES, Entities, parse_entities
from bot.core.rules.word_lists import WordLists, parse_word_lists
from bot.errors import ConfigError

Parsed = TypeVar("Parsed")



def _with_languages(*keys: str) -> frozenset[str]:
    """`keys` and their variants of one language (`place_fr`: names told in French only)."""
    return frozenset({*keys, *(f"{key}_{language}" for key in keys for language in NAME_LANGUAGES)})


# The keys bot/core/pledges/passes/entities.py reads, per kind of table.
_PLACE_KEYS = _with_languages("place", "case_sensitive_place") | {"capital", "seats"}
_ENTRY_KEYS: dict[str, frozenset[str]] = {
    "donors": _PLACE_KEYS | {"kind", "names", "case_sensitive_names", "firms"},
    "systems": _with_languages("names", "case_sensitive_names") | {"category"},
    "others": _PLACE_KEYS | {"names"},
    "places": _PLACE_KEYS,
    "countries": _PLACE_KEYS,
}
_UKRAINE_KEYS = _PLACE_KEYS | {"names"}
_TOP_LEVEL_KEYS = frozenset({*_ENTRY_KEYS, "ukraine"})


def parse_entity_files(entities_text: str, words_text: str, entities_path: Path, words_path: Path) -> Entities:
    """The entity lists with the word lists the rules name, each error naming its file."""
    word_lists: WordLists = _in_file(words_path, lambda: parse_word_lists(words_text))
    _in_file(entities_path, lambda: check_entity_keys(entities_text))
    return _in_file(entities_path, lambda: parse_entities(entities_text, word_lists))


def _in_file(path: Path, parse: Callable[[], Parsed]) -> Parsed:
    try:
        return parse()
    except ConfigError as exc:
        raise ConfigError(f"{path}: {exc}") from None


def check_entity_keys(text: str) -> None:
    """ConfigError for the first key of an entities file that no table of its kind has.
    Invalid TOML is left to the parser, which says where."""
    try:
        data = tomllib.loads(text)
    except (tomllib.TOMLDecodeError, RecursionError):
        return
    _reject_unknown(data, _TOP_LEVEL_KEYS, "")
    for kind, allowed in _ENTRY_KEYS.items():
        entries = data.get(kind)
        if isinstance(entries, Mapping):
            for name, entry in entries.items():
                if isinstance(entry, Mapping):
                    _reject_unknown(entry, allowed, f"{kind}.{name}.")
    if isinstance(data.get("ukraine"), Mapping):
        _reject_unknown(data["ukraine"], _UKRAINE_KEYS, "ukraine.")


def _reject_unknown(table: Mapping[str, Any], allowed: frozenset[str], prefix: str) -> None:
    for key in table:
        if key not in allowed:
            raise ConfigError(f"{prefix}{key}: unknown key (a table here may have {', '.join(sorted(allowed))}); "
                              "its names were not read: correct or remove it")
