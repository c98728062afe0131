"""Match keys: when a word of a rule and a word of a text are the same word.

A word's keys (see `word_keys`) are its folded spelling, its lemma in English, French
and German (simplemma), and a crude singular (a final "s" dropped). A bare rule word
matches a text word when they share a key, so munition~munitions, livraison~livraisons,
Panzer~Panzern, livré~livrés. Inflection is then cheap: the compiler indexes rule words
under their keys (bot.core.rules.compiler), and the rule set looks a text word's keys up
once per spelling (bot.core.rules.engine).

Given a lexicon (see `Lexicon`; bot.adapters.lexicon_cache keeps one on disk), the keys
of rule words come from it, and a text word's lemma keys from the dictionary inverted
for the rule lemmas (bot.core.rules.lexicon.RuleLemmas, see `text_word_keys`): the same
matches without running the lemmatiser on every new spelling of every article.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from functools import partial
from typing import Protocol

from bot.core.rules.lexicon import RuleLemmas
from bot.core.text import fold

LEMMA_LANGS = ("en", "fr", "de")
CACHE_LIMIT = 200_000  # distinct spellings remembered before a cache starts afresh
_MAX_LEMMA_CHARS = 64  # longer "words" are junk (or hostile): no lemma, no plural

_keys_cache: dict[str, tuple[str, ...]] = {}


def _lemmatizer() -> Callable[..., str]:
    """simplemma.lemmatize on its low-memory dictionaries when the installed
    simplemma has them (2.0+): the same data read in place instead of unpacked into
    dicts, so the same lemmas (tests/rules/test_rules_fast.py compares both on every
    rule and evaluation word), for about 130 MiB less memory and a third less
    start-up; the price is ~60 µs more the first time a spelling is seen."""
    import simplemma  # only when a word is lemmatised: a cached lexicon needs none

    if "low_memory" in inspect.signature(simplemma.lemmatize).parameters:
        return partial(simplemma.lemmatize, low_memory=True)
    return simplemma.lemmatize  # pragma: no cover - simplemma 1.x


_lemmatize_function: list[Callable[..., str]] = []


def _lemmatize(word: str, lang: str) -> str:
    if not _lemmatize_function:
        _lemmatize_function.append(_lemmatizer())
    return _lemmatize_function[0](word, lang=lang)


def word_keys(surface: str) -> tuple[str, ...]:
    """Match keys of one word as written in a text or a rule.

    keys[0] is the folded word itself. Then "c:<as written>" (for case-sensitive list
    names like "US"), "s:<folded minus a plural s>", and "<lang>:<folded lemma>" for
    en, fr and de. Lemmas are computed from the accented spelling (livré -> livrer,
    but livre -> livre) and, for German, also capitalised (panzern -> Panzer)."""
    keys = _keys_cache.get(surface)
    if keys is not None:
        return keys
    folded = fold(surface)
    found = [folded, "c:" + surface]
    if not surface.isdigit() and len(surface) <= _MAX_LEMMA_CHARS:
        found.append("s:" + _singular(folded))
        lower = surface.lower()
        for lang in LEMMA_LANGS:
            variants = (lower, surface, lower[:1].upper() + lower[1:]) if lang == "de" else (lower,)
            for variant in dict.fromkeys(variants):
                found.append(lang + ":" + fold(_lemmatize(variant, lang=lang)))
    keys = tuple(dict.fromkeys(found))
    if len(_keys_cache) >= CACHE_LIMIT:
        _keys_cache.clear()
    _keys_cache[surface] = keys
    return keys


class Lexicon(Protocol):
    """Where compilation gets word keys from (bot.adapters.lexicon_cache.DiskLexicon).
    `word_keys` gives exactly what the module's word_keys gives; `rule_lemmas` the
    table of text words whose lemma is one of `lemmas` (per language), or None to
    lemmatise text words as they come."""

    def word_keys(self, surface: str) -> tuple[str, ...]: ...

    def rule_lemmas(self, lemmas: dict[str, frozenset[str]]) -> RuleLemmas | None: ...


class SharedTable:
    """A Lexicon that lends the table of a whole rule set to the compilation of some of
    its rules (validating an import rule by rule): the lemma of a text word does not
    depend on the rule set, and a table made for more lemmas only adds keys that no word
    of the smaller set is indexed under, so the answers are those of the lemmatiser.
    Without it each validation lemmatised its sample sentences with simplemma, which
    loaded ~20 MiB of dictionaries into a process that otherwise needs none."""

    def __init__(self, lexicon: Lexicon, table: RuleLemmas | None):
        self._lexicon = lexicon
        self._table = table

    def word_keys(self, surface: str) -> tuple[str, ...]:
        return self._lexicon.word_keys(surface)

    def rule_lemmas(self, lemmas: dict[str, frozenset[str]]) -> RuleLemmas | None:
        table = self._table
        if table is None or not all(found <= table.lemmas.get(lang, frozenset()) for lang, found in lemmas.items()):
            return None  # lemmas the table was not made for: lemmatise as words come
        return table


def text_word_keys(table: RuleLemmas, surface: str) -> tuple[str, ...]:
    """word_keys(surface) as far as a rule set can tell: lemma keys only for lemmas
    its rules use (others match no rule word, see compiler.Compiler.word), from `table`."""
    folded = fold(surface)
    found = [folded, "c:" + surface]
    if not surface.isdigit() and len(surface) <= _MAX_LEMMA_CHARS:
        found.append("s:" + _singular(folded))
        lower = surface.lower()
        lemma = table.lemma
        for lang in LEMMA_LANGS:
            variants = (lower, surface, lower[:1].upper() + lower[1:]) if lang == "de" else (lower,)
            for variant in dict.fromkeys(variants):
                got = lemma(variant, lang)
                if got is not None:
                    found.append(lang + ":" + got)
    return tuple(dict.fromkeys(found))


def lemma_keys(by_key: dict[str, list[int]]) -> dict[str, frozenset[str]]:
    """The folded lemmas rule words are indexed under, per language."""
    return {lang: frozenset(k[len(lang) + 1 :] for k in by_key if k.startswith(lang + ":")) for lang in LEMMA_LANGS}


def _singular(folded: str) -> str:
    """Drop an English/French plural "s" from words the lemmatiser may not know
    (Leopards, Patriots, HIMARS...). Both sides of a comparison go through it."""
    if len(folded) >= 4 and folded.endswith("s") and not folded.endswith(("ss", "us", "is")):
        return folded[:-1]
    return folded
