"""Named word lists for the rules: vocabulary written once, referred to by name.

The default rules need the same groups of words again and again: the verbs of
giving in each language (send, livrer, liefern...), the weapons, the look-alikes of
"tank". Written out in every rule they drifted apart; named here once, a rule says
`@support:fr` (the French list) or `@support` (every language at once).

A list is a table of variants, usually one per language, each an expression in the
rule language (words, "phrases", wildcards, @donor/@system/@ukraine/@country, BEFORE, EXCEPT...):

    [words.support]
    en = '''send OR deliver OR "hand over"'''
    fr = '''livrer OR fournir OR "mettre à disposition"'''

Each variant must be usable inside NEAR (words, phrases, @lists and OR/NEAR/BEFORE/EXCEPT
groups of them), because that is where rules put such lists. A word list may name
the entity lists but not another word list: one level keeps every rule readable
from the file and rules out cycles. Everything here is pure: the caller reads the
file (bot.config.load_entities) and hands its text in.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from types import MappingProxyType

from bot.core.rules.syntax import ENTITY_LISTS, ListRef, is_positional, iter_terms, parse_expression
from bot.errors import ConfigError, RuleError

_NAME = re.compile(r"[a-z][a-z_]{0,39}")

WordLists = Mapping[str, Mapping[str, str]]  # list name -> variant -> expression
NO_WORD_LISTS: WordLists = MappingProxyType({})


def parse_word_lists(text: str) -> WordLists:
    """The `[words.<name>]` tables of a TOML text, checked; ConfigError names the bad one."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"word lists: invalid TOML: {exc}") from exc
    except RecursionError:  # tomllib recurses once per nested array or table
        raise ConfigError("word lists: invalid TOML: arrays or tables nested too deeply") from None
    tables = data.get("words", {})
    if not isinstance(tables, dict):
        raise ConfigError("words: must be a table of [words.<name>] tables")
    lists: dict[str, Mapping[str, str]] = {}
    for name, variants in tables.items():
        where = f"words.{name}"
        if not _NAME.fullmatch(name) or name in ENTITY_LISTS:
            raise ConfigError(
                f"{where}: a list name is 1 to 40 lower-case letters or '_', and not one of "
                + ", ".join(ENTITY_LISTS)
            )
        if not isinstance(variants, dict) or not variants:
            raise ConfigError(f"{where}: must be a table of variants, e.g. en = '''send OR deliver'''")
        checked: dict[str, str] = {}
        for variant, expression in variants.items():
            if not _NAME.fullmatch(variant):
                raise ConfigError(f"{where}.{variant}: a variant name is lower-case letters or '_' (en, fr, de)")
            if not isinstance(expression, str):
                raise ConfigError(f"{where}.{variant}: must be a rule expression in a string")
            _check_expression(expression, f"{where}.{variant}")
            checked[variant] = expression
        lists[name] = MappingProxyType(checked)
    return MappingProxyType(lists)


def _check_expression(expression: str, where: str) -> None:
    try:
        tree = parse_expression(expression)
    except RuleError as exc:
        raise ConfigError(f"{where}: {exc} (at character {exc.position})") from None
    if not is_positional(tree):
        raise ConfigError(f"{where}: a word list is used inside NEAR, so it may hold words, phrases, @lists and "
                          "OR/NEAR/BEFORE/EXCEPT groups of them (not AND, NOT or regexes)")
    for term in iter_terms(tree):
        if isinstance(term, ListRef) and term.name not in ENTITY_LISTS:
            raise ConfigError(f"{where}: names @{term.name}; a word list may name only "
                              + ", ".join("@" + n for n in ENTITY_LISTS))
