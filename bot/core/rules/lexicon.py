"""Which rule lemma a word of an article has, without running the lemmatiser.

The rules compare words by lemma (bot.core.rules.match_keys, `word_keys`): a text word
matches a rule word when simplemma gives them the same lemma in English, French or
German. Asking simplemma for every new spelling of every article costs ~60 µs per
dictionary probe (its low-memory dictionaries are scanned record by record), and
varied news brings new spellings all the time. But the rules are known in advance,
and only their own lemmas matter: a word whose lemma no rule uses matches nothing
through its lemma. So, once per rule set, the dictionary is inverted for just those
lemmas (`build_forms`): every dictionary form whose lemma is a rule lemma, with that
lemma. Looking a word up is then a dict probe.

That alone would miss the words simplemma lemmatises *without* its dictionary:
unknown words go through suffix rules (English, German), German prefix
decomposition ("ab" + the lemma of the rest) or come back unchanged. `RuleLemmas`
follows the same steps, in the same order, for the only words the analysis asks about
(runs of letters, no apostrophe or hyphen), with simplemma's own rule functions and
prefix list, and a membership set of every dictionary form (`Members`) to know where
simplemma's search stops. It answers exactly what simplemma answers about rule
lemmas; tests/rules/test_lexicon.py compares the two on every word of the evaluation texts
and on dictionary forms.

The steps are checked against one simplemma version (`VERIFIED_SIMPLEMMA`); with
another, callers fall back to the lemmatiser itself (see `supported`).

Pure: the tables are built from (form, lemma) records handed in, and serialised to
and from bytes; reading and writing them is bot.adapters.lexicon_cache's job.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from array import array
from collections.abc import Callable, Iterable, Mapping
from itertools import accumulate

from bot.core.text import fold

VERIFIED_SIMPLEMMA = "2.0.0"
FORMAT = 1  # of the serialised tables; part of every cache key


def supported(simplemma_version: str) -> bool:
    """Does `RuleLemmas` follow this simplemma's steps? (only the version checked)"""
    return simplemma_version == VERIFIED_SIMPLEMMA


def in_sorted_forms(word: str, count: int, form_at: Callable[[int], bytes]) -> bool:
    """Is `word` one of `count` forms in byte order, `form_at(i)` giving the i-th (UTF-8)?
    A binary search: about 20 forms read. Members searches memory with it, the cache's
    FileMembers a file (bot.adapters.lexicon_cache)."""
    target = word.encode("utf-8", "surrogatepass")
    low, high = 0, count
    while low < high:
        middle = (low + high) // 2
        found = form_at(middle)
        if found < target:
            low = middle + 1
        elif found > target:
            high = middle
        else:
            return True
    return False


class Members:
    """Membership of every form of one language's dictionary: the forms, UTF-8, in
    byte order, in one blob with an array of where each starts; a lookup is a binary
    search (in_sorted_forms). Some 10 bytes a form, where a Python set takes ~80. (The
    cache does not load these tables: bot.adapters.lexicon_cache.FileMembers searches
    the file in place.)"""

    __slots__ = ("_blob", "_starts")

    def __init__(self, blob: bytes, starts: array):
        self._blob = blob
        self._starts = starts  # len(forms) + 1 offsets, the last one the forms' length

    @classmethod
    def of(cls, forms: Iterable[bytes]) -> Members:
        """From the forms in byte order (simplemma stores them so); sorted here if not."""
        ordered = sorted(forms)  # linear when already in order
        return cls(b"".join(ordered), array("I", accumulate(map(len, ordered), initial=0)))

    def _form(self, index: int) -> bytes:
        return self._blob[self._starts[index] : self._starts[index + 1]]

    def __contains__(self, word: str) -> bool:
        return in_sorted_forms(word, len(self), self._form)

    def __len__(self) -> int:
        return len(self._starts) - 1

    def words(self) -> Iterable[str]:
        return (self._form(i).decode() for i in range(len(self)))

    def to_bytes(self) -> bytes:
        count = len(self)
        return _checked_blob(MEMBERS_MAGIC, count.to_bytes(8, "little") + self._starts.tobytes() + self._blob)

    @classmethod
    def from_bytes(cls, blob: bytes) -> Members:
        """ValueError unless `blob` is exactly what to_bytes wrote (see _unwrap)."""
        payload = _unwrap(MEMBERS_MAGIC, blob)
        count = int.from_bytes(payload[:8], "little")  # (the view's slices copy nothing)
        starts = array("I")
        size = (count + 1) * starts.itemsize
        if len(payload) < 8 + size:
            raise ValueError("members: truncated")
        starts.frombytes(payload[8 : 8 + size])
        text = bytes(payload[8 + size :])
        if starts[0] != 0 or starts[-1] != len(text):
            raise ValueError("members: offsets do not match the forms")
        return cls(text, starts)


MEMBERS_MAGIC = b"PWMEMBERS2"
# What precedes the payload in a file written by _checked_blob: the magic, then the
# SHA-256 of the payload.
CHECKED_PREFIX = len(MEMBERS_MAGIC) + 32


def _checked_blob(magic: bytes, payload: bytes) -> bytes:
    return magic + hashlib.sha256(payload).digest() + payload


def _unwrap(magic: bytes, blob: bytes) -> memoryview:
    """The payload of a blob written by _checked_blob (a view: no copy of a large
    file); ValueError if the magic or the SHA-256 does not match (a torn write,
    another program's file, a bit flip)."""
    if not blob.startswith(magic) or len(blob) < len(magic) + 32:
        raise ValueError("not a pledgewatch lexicon file")
    view = memoryview(blob)
    digest, payload = blob[len(magic) : len(magic) + 32], view[len(magic) + 32 :]
    if hashlib.sha256(payload).digest() != digest:
        raise ValueError("checksum mismatch")
    return payload


# ---------------------------------------------------------------- simplemma's steps


def _reverse_case(word: str) -> str:
    """simplemma's second dictionary probe (DictionaryLookupStrategy.get_lemma)."""
    return word.lower() if word[:1].isupper() else word.capitalize()


def _suffix_rules() -> Mapping[str, Callable[[str], str | None]]:
    """simplemma's suffix rules per language (imported when first needed)."""
    from simplemma.strategies.defaultrules import RULE_FUNCTIONS

    return RULE_FUNCTIONS


def prefix_patterns(langs: Iterable[str]) -> dict[str, str]:
    """The patterns of the prefixes simplemma splits off unknown words and keeps
    (German), for `langs`; kept with the forms table so that matching needs no import."""
    from simplemma.strategies.defaultprefixes import DEFAULT_KNOWN_PREFIXES, DROP_PREFIX_LANGS

    return {
        lang: DEFAULT_KNOWN_PREFIXES[lang].pattern
        for lang in langs
        if lang in DEFAULT_KNOWN_PREFIXES and lang not in DROP_PREFIX_LANGS
    }


def prefix_strings(pattern: str | None) -> tuple[str, ...]:
    """The prefixes of one of simplemma's prefix patterns: ^(ab|an|...)suffix."""
    if not pattern:
        return ()
    return tuple(pattern[pattern.index("(") + 1 : pattern.index(")")].split("|"))


def suffix_targets(lemmas: Iterable[str], prefixes: Iterable[str]) -> frozenset[str]:
    """What the lemma of a word's rest must fold to for prefix + that lemma to be one
    of `lemmas` (simplemma: abliefern = "ab" + lemma("liefern"))."""
    folded_prefixes = [fold(p) for p in prefixes]
    return frozenset(
        lemma[len(p) :] for lemma in lemmas for p in folded_prefixes if len(lemma) > len(p) and lemma.startswith(p)
    )


def build_forms(
    records: Iterable[tuple[bytes, bytes]], lemmas: frozenset[str], prefix_pattern: str | None = None
) -> tuple[dict[str, str], Members, list[str]]:
    """From a dictionary's (form, lemma) records, UTF-8: the forms whose lemma matters to
    the rules (it folds to one of `lemmas`, or, in a language with prefix decomposition,
    completes a rule lemma after a prefix), the membership of all forms, and the forms
    that fold to a rule lemma themselves (see known_members)."""
    targets = set(lemmas) | suffix_targets(lemmas, prefix_strings(prefix_pattern))
    ascii_targets = {t.encode() for t in targets if t.isascii()}
    ascii_lemmas = {t.encode() for t in lemmas if t.isascii()}
    # Folding keeps ASCII letters as their lower case: a word whose first two bytes are
    # ASCII can only fold to a string starting with them in lower case (a quick no).
    lemma_starts = {t[:2].encode() for t in lemmas}
    target_starts = {t[:2].encode() for t in targets}
    forms: dict[str, str] = {}
    keys: list[bytes] = []
    own: list[str] = []
    last_value, last_hit = None, False
    for form, value in records:
        keys.append(form)
        if form.isascii():
            if form.lower() in ascii_lemmas:
                own.append(form.decode())
        elif (not form[:2].isascii() or form[:2].lower() in lemma_starts) and fold(form.decode()) in lemmas:
            own.append(form.decode())
        if value != last_value:  # consecutive forms often share their lemma
            last_value = value
            if value.isascii():
                last_hit = value.lower() in ascii_targets
            elif value[:2].isascii() and value[:2].lower() not in target_starts:
                last_hit = False
            else:  # fold(x) for the dictionary steps, fold(x.lower()) after a prefix
                text = value.decode()
                last_hit = fold(text.lower()) in targets or fold(text) in targets
        if last_hit:
            forms[form.decode()] = value.decode()
    return forms, Members.of(keys), own


def known_members(forms: Mapping[str, str], lemmas: frozenset[str], members: Members,
                  candidates: Iterable[str]) -> dict[str, bool]:
    """Whether the words RuleLemmas asks about most are dictionary forms, answered once
    here so that matching seldom needs the membership set: the other cases of each form
    in `forms` (simplemma's second probe; see RuleLemmas.lemma) and the dictionary
    forms among `candidates` whose folding is a rule lemma (a word that is its own
    rule lemma unless the dictionary knows it). A word that folds to a rule lemma and
    is not listed is no dictionary form (see RuleLemmas.member)."""
    known: dict[str, bool] = {}
    for form in forms:
        for other in (form.lower(), form.capitalize(), form.upper()):
            if other != form and _reverse_case(other) == form:
                known[other] = other in members
    for word in candidates:
        if fold(word) in lemmas:
            known[word] = True
    return known


class RuleLemmas:
    """The rule lemma (folded) of any word, or None when its lemma is none of the
    rules', in one call per language, following simplemma's lemmatize(word, lang)
    (greedy off) for words made of letters only. See the module docstring."""

    def __init__(self, lemmas: Mapping[str, frozenset[str]], forms: Mapping[str, Mapping[str, str]],
                 members: Callable[[str], Members], prefix_patterns: Mapping[str, str],
                 known: Mapping[str, Mapping[str, bool]],
                 suffix_rules: Callable[[], Mapping[str, Callable[[str], str | None]]] = _suffix_rules):
        self.lemmas = {lang: frozenset(found) for lang, found in lemmas.items()}
        self.forms = {lang: dict(forms.get(lang, {})) for lang in self.lemmas}
        self.known = {lang: dict(known.get(lang, {})) for lang in self.lemmas}
        self._members_of = members  # loaded on first need: most words never need it
        self._members: dict[str, Members] = {}
        self._rules: Mapping[str, Callable[[str], str | None]] | None = None
        self._suffix_rules = suffix_rules  # called on first need (see _suffix_rules)
        self._prefixes = {lang: re.compile(p) for lang, p in prefix_patterns.items()}
        # One German suffix rule returns a word with ':' ("LehrerInnen" -> "Lehrer:innen"),
        # which _rule_outputs leaves out: a rule lemma with ':' turns the exclusion off.
        self._exclude = {lang: not any(":" in l for l in found) for lang, found in self.lemmas.items()}

    def member(self, word: str, lang: str) -> bool:
        """Is `word` a form of the dictionary of `lang`? (see known_members)"""
        known = self.known[lang].get(word)
        if known is not None:
            return known
        if fold(word) in self.lemmas[lang]:
            return False
        members = self._members.get(lang)
        if members is None:
            members = self._members[lang] = self._members_of(lang)
        return word in members

    def _keep(self, lemma: str, lang: str) -> str | None:
        folded = fold(lemma)
        return folded if folded in self.lemmas[lang] else None

    @staticmethod
    def _rule_outputs(folded: str, lang: str) -> tuple[str, ...] | None:
        """Everything simplemma 2.0's suffix rules can return for a word (folded; more
        is harmless), or None when unknown. English (defaultrules/en.py): the word minus
        its last letter (-doms, -isms, ..., -ums; -ized -> -ize; -erves) or minus
        three plus "y" (-cies, over 7 letters). German (defaultrules/de.py): the word less 0 to 5 final letters
        (noun endings up to 3, adjective endings up to 5, participles 1 or 2; only for
        words of 7 letters or more, and keeping at least 4), bar the ':innen' rule (see
        _exclude). French: no rules."""
        if lang == "fr":
            return ()
        if lang == "en":  # the rules strip the s of -doms ... -ums, the d of -ized, the s of -erves
            outputs = (folded[:-1],) if folded.endswith(("s", "d")) else ()
            return outputs + ((folded[:-3] + "y",) if len(folded) > 7 and folded.endswith("cies") else ())
        if lang == "de":  # the rules skip words under 7 letters and keep at least 4
            return tuple(folded[: len(folded) - k] for k in range(6) if len(folded) - k >= 4) if len(folded) >= 7 else ()
        return None

    def lemma(self, word: str, lang: str) -> str | None:
        """The folded lemma simplemma gives `word` in `lang` if the rules use it, else None."""
        if not word.isascii():
            word = unicodedata.normalize("NFC", word)  # as simplemma does
        if word.isnumeric():
            return self._keep(word, lang)
        forms = self.forms[lang]
        found = forms.get(word)
        if found is not None:  # a dictionary form: its lemma, whatever follows
            return self._keep(found, lang)
        # `word` is not a form whose lemma matters; if it is a dictionary form at all,
        # its lemma is no rule lemma and simplemma stops there. Only when a later step
        # could give a rule lemma is it worth finding out (the membership test).
        other = _reverse_case(word)
        found = forms.get(other)
        if found is not None:
            lemma = self._keep(found, lang)
            return lemma if lemma is not None and not self.member(word, lang) else None
        if not self._could_come_later(word, lang):
            return None
        return self._after_dictionary(word, other, lang)

    def _could_come_later(self, word: str, lang: str) -> bool:
        """Could the suffix rules, the prefix split or the word itself give a rule lemma?
        False means: whatever simplemma does with `word`, it is not a rule lemma."""
        folded, lemmas = fold(word), self.lemmas[lang]
        if folded in lemmas:
            return True
        outputs = self._rule_outputs(folded, lang)
        if outputs is None or not self._exclude[lang] or len(folded) != len(word):
            return True  # not sure (a letter folded into two, "ß" -> "ss"): take the long way
        if any(output in lemmas for output in outputs):
            return True
        split = self._split_prefix(word, lang)
        if split is None:
            return False
        prefix, rest = split
        forms = self.forms[lang]
        for candidate in (rest, _reverse_case(rest)):
            found = forms.get(candidate)
            if found is not None and self._keep(prefix + found.lower(), lang) is not None:
                return True
        return False

    def _split_prefix(self, word: str, lang: str) -> tuple[str, str] | None:
        pattern = self._prefixes.get(lang)
        match = pattern.match(word) if pattern is not None else None
        if not match or match[1] == word:
            return None
        return match[1], word[len(match[1]) :]

    def _after_dictionary(self, word: str, other: str, lang: str) -> str | None:
        """simplemma's steps after its dictionary probes, for a word of letters only
        (the apostrophe, clitic, hyphen, affix and morpheme steps need an apostrophe,
        a hyphen or another language): suffix rules, then prefix decomposition, then
        the word itself."""
        if self.member(word, lang) or self.member(other, lang):
            return None  # a dictionary form whose lemma is not the rules'
        if self._rules is None:
            self._rules = self._suffix_rules()
        rule = self._rules.get(lang)
        if rule is not None:
            found = rule(word)
            if found is not None:
                return self._keep(found, lang)
        split = self._split_prefix(word, lang)
        if split is not None:
            prefix, rest = split
            forms = self.forms[lang]
            for candidate in (rest, _reverse_case(rest)):
                found = forms.get(candidate)
                if found is not None:
                    return self._keep(prefix + found.lower(), lang)
                if self.member(candidate, lang):
                    return None
        return self._keep(word, lang)


# ---------------------------------------------------------------- serialisation


def forms_to_bytes(forms: Mapping[str, Mapping[str, str]], patterns: Mapping[str, str],
                   known: Mapping[str, Mapping[str, bool]]) -> bytes:
    payload = json.dumps({"format": FORMAT, "forms": forms, "prefix_patterns": patterns, "known": known},
                         ensure_ascii=False, sort_keys=True).encode()
    return _checked_blob(b"PWFORMS1", payload)


def _str_map(value: object) -> bool:
    return isinstance(value, dict) and all(isinstance(k, str) and isinstance(v, str) for k, v in value.items())


def forms_from_bytes(
    blob: bytes,
) -> tuple[dict[str, dict[str, str]], dict[str, str], dict[str, dict[str, bool]]]:
    """(forms, prefix patterns, known members); ValueError unless `blob` is what
    forms_to_bytes wrote."""
    data = json.loads(bytes(_unwrap(b"PWFORMS1", blob)))
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ValueError("forms: another format")
    forms, patterns, known = data.get("forms"), data.get("prefix_patterns"), data.get("known")
    if (
        not isinstance(forms, dict) or not all(_str_map(t) for t in forms.values()) or not _str_map(patterns)
        or not isinstance(known, dict) or set(known) != set(forms)
        or not all(isinstance(t, dict) and all(isinstance(v, bool) for v in t.values()) for t in known.values())
    ):
        raise ValueError("forms: unexpected content")
    for pattern in patterns.values():
        try:
            re.compile(pattern)
        except re.error as exc:
            raise ValueError(f"forms: bad prefix pattern ({exc})") from None
    return forms, patterns, known


def keys_to_bytes(keys: Mapping[str, tuple[str, ...]]) -> bytes:
    payload = json.dumps({"format": FORMAT, "keys": keys}, ensure_ascii=False, sort_keys=True).encode()
    return _checked_blob(b"PWKEYS1", payload)


def keys_from_bytes(blob: bytes) -> dict[str, tuple[str, ...]]:
    data = json.loads(bytes(_unwrap(b"PWKEYS1", blob)))
    keys = data.get("keys") if isinstance(data, dict) and data.get("format") == FORMAT else None
    if not isinstance(keys, dict) or not all(
        isinstance(word, str) and isinstance(found, list) and all(isinstance(k, str) for k in found)
        for word, found in keys.items()
    ):
        raise ValueError("keys: unexpected content")
    return {word: tuple(found) for word, found in keys.items()}
