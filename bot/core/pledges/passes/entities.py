"""Who can give (donors), what can be given (weapon systems) and who receives
(Ukraine), as lists of names read from `config/entities.toml`.

Matching works on words, not characters: a name is split into folded words the same
way `bot.core.text` splits an article, so "F-16", "F 16" and "f-16" are one name and
accents or case never matter. Two refinements keep short names honest:

- `case_sensitive_names` are compared with the words exactly as written, so "US" and
  "U.S." are the United States but "us" is not, and "Turkey" is a country while
  "turkey" is a bird.
- a name ending in `*` matches any word starting with it ("deutsch*" covers deutsche,
  deutschen, deutscher; "Leopard 2*" covers Leopard 2A6). Stems are at least four
  letters so they cannot swallow unrelated short words.

At each word the longest name wins ("Leopard 2" over "Leopard", "North Korea" never
becomes "Korea"). Everything here is pure: `parse_entities` turns the TOML text into
`Entities`; reading the file is the caller's job (bot.config.load_entities reads the
shipped one).
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import compress
from operator import not_

from bot.core.rules.word_lists import NO_WORD_LISTS, WordLists
from bot.core.text import fold, word_pieces
from bot.errors import ConfigError

DONOR_KINDS = ("country", "organisation", "group")
# Donor codes that name a group or organisation rather than one government ("the
# allies", NATO): no government's own pledge.
GROUP_DONORS = frozenset({"NATO", "EU", "G7", "ALLIES"})
CATEGORIES = (
    "tanks",
    "armoured_vehicles",
    "artillery",
    "ammunition",
    "air_defence",
    "aircraft",
    "missiles",
    "drones",
    "small_arms",
)
# The languages a name may be told in only (`place_fr`, `names_de`...): a rule of one language reads its own
# names and the shared ones (`@country:lang_de`, bot.core.rules.compiler), as the rules' word lists do.
NAME_LANGUAGES = ("en", "fr", "de")
# Codes that may never be a donor of aid to Ukraine, whatever the data file says.
NEVER_DONORS = frozenset({"UA", "RU", "BY"})

# Same definition of a word as bot.core.text, so names and articles split alike.
_WORD = re.compile(r"[^\W_]+", re.UNICODE)
# Characters allowed between two words of one name ("U.S", "SAMP/T", "AMX-10 RC",
# "l'Otan"). Anything else (". " or a line break) ends the phrase.
_JOINERS = frozenset("-./'’‑–")
_MIN_STEM = 4
_SPELLINGS_LIMIT = 200_000  # spellings remembered before the memo starts afresh


@dataclass(frozen=True, slots=True)
class Donor:
    """A country, organisation or group that gives aid. `names` are as written in the
    data file; `case_sensitive` lists those that only match with their exact case."""

    code: str
    names: tuple[str, ...]
    kind: str
    case_sensitive: tuple[str, ...] = ()
    # The arms makers among `names` (a country's only): see Entities.is_firm.
    firms: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class System:
    """A weapon system under its canonical name, with the category it belongs to."""

    name: str
    category: str
    names: tuple[str, ...]
    case_sensitive: tuple[str, ...] = ()
    # (name, language) of the names told in one language only (`names_fr = ["canons Caesar"]`); the rest are shared.
    languages: tuple[tuple[str, str], ...] = ()

    def in_language(self, name: str, language: str) -> bool:
        return _in_language(self.languages, name, language)


@dataclass(frozen=True, slots=True)
class Place:
    """The names that say a country (or Ukraine, or a never-donor, or a meeting place)
    by naming the place itself: `names` are the country, its adjectives and its people
    ("Germany", "allemand", "deutsch*"), `case_sensitive` the same with exact case
    ("US", "UK"), `capital` its capital city ("Berlin", "Londres"), `seats` the
    buildings its government speaks from ("Pentagon", "Élysée"). Those of a donor or
    an actor are also names of the donor or actor `code`; people, firms and ministries
    are not listed here. Story matching reads these to know that "Allemagne",
    "Deutschland" and "German" speak of one place, and "Berlin" of its capital
    (bot.core.stories.matching)."""

    code: str
    names: tuple[str, ...] = ()
    case_sensitive: tuple[str, ...] = ()
    capital: tuple[str, ...] = ()
    seats: tuple[str, ...] = ()
    # (name, language) of the place names told in one language only (`place_fr = ["Allemagne"]`); the rest are shared.
    languages: tuple[tuple[str, str], ...] = ()

    def in_language(self, name: str, language: str) -> bool:
        return _in_language(self.languages, name, language)


def _in_language(languages: tuple[tuple[str, str], ...], name: str, language: str) -> bool:
    """Whether `name` is told in `language`: a shared name is told in every one."""
    tagged = [lang for tagged_name, lang in languages if tagged_name == name]
    return not tagged or language in tagged


@dataclass(frozen=True, slots=True)
class _Name:
    """One name prepared for matching: its words, whether the last word is a stem,
    whether case matters, and what it stands for (a donor code or system name)."""

    words: tuple[str, ...]
    wild: bool
    exact_case: bool
    value: str
    kind: str = "donor"  # donor | system | ukraine | other


class _Matcher:
    """Finds names in a text in one pass over its words.

    Names are indexed by their first word (or, for one-word stems, by the first four
    letters of the stem), so each word of the text costs one or two dict lookups."""

    def __init__(self, names: Iterable[_Name]) -> None:
        self._by_first: dict[str, list[_Name]] = {}
        self._by_stem: dict[str, list[_Name]] = {}
        for name in names:
            first = name.words[0]
            if name.wild and len(name.words) == 1:
                self._by_stem.setdefault(first[:_MIN_STEM], []).append(name)
            else:
                self._by_first.setdefault(first if name.exact_case else fold(first), []).append(name)
        for bucket in (*self._by_first.values(), *self._by_stem.values()):
            bucket.sort(key=lambda n: (len(n.words), len(n.words[-1])), reverse=True)
        self._may_start: dict[str, bool] = {}  # by spelling as written, see find
        # (name, its length in words, sure, second) by first word, where `sure` marks a
        # name of one word that the word found under its key always matches, and
        # `second` is the folded word a longer name needs next (see _second_word).
        self._entries: dict[str, list[tuple[_Name, int, bool, str | None]]] = {
            key: [
                (n, len(n.words), len(n.words) == 1 and not n.exact_case and not n.wild and n.words[0] == key,
                 _second_word(n))
                for n in bucket
            ]
            for key, bucket in self._by_first.items()
        }
        # First words that begin only names of several words, each with a plain second
        # word ("de", "the", "la" begin a few such names and none of one word): the
        # second words they need. Such a word is a common one and is passed over with
        # one set test when the next word is none of these (see find).
        self._second_words: dict[str, frozenset[str]] = {
            key: frozenset(n.words[1] for n in bucket)
            for key, bucket in self._by_first.items()
            if key[:_MIN_STEM] not in self._by_stem
            and all(len(n.words) > 2 or (len(n.words) == 2 and not n.wild) for n in bucket)
            and not any(n.exact_case for n in bucket)
        }

    def find(self, text: str) -> list[tuple[str, str, int, int]]:
        """(kind, value, start, end) of every name in `text`, longest first at each word."""
        words = _words_of(text)
        raw = words.raw
        # The common case is a word that starts no name. Whether a word may start one
        # depends on its spelling alone, so it is remembered per spelling, and the
        # words that may are picked out in one sweep at C speed (map, compress).
        may_start = list(map(self._may_start.get, raw))
        if None in may_start:
            may_start = [self._starts_a_name(raw[i]) if flag is None else flag for i, flag in enumerate(may_start)]
        found: list[tuple[str, str, int, int]] = []
        free = 0  # words before this one already belong to a name
        folded, second_words, last = words.folded, self._second_words, len(raw) - 1
        for i in compress(range(len(raw)), may_start):
            if i < free:
                continue
            word = folded[i]
            seconds = second_words.get(word)
            # (a word written as its folded form: no name of another spelling starts here)
            if seconds is not None and raw[i] == word and (i == last or folded[i + 1] not in seconds):
                continue  # no name it begins can match: _longest_at would find none
            best = self._longest_at(words, i)
            if best is None:
                continue
            name, length = best
            if name.wild and length == 1 and i < last and self._names_the_next(words, i, name):
                continue  # "Panzerhaubitzen Krab": the generic word names the system after it
            found.append((name.kind, name.value, words.starts[i], words.ends[i + length - 1]))
            free = i + length
        return found

    def _names_the_next(self, words: _Words, i: int, name: _Name) -> bool:
        """Whether a one-word stem found at word i (a generic word such as
        "Panzerhaubitze*", an alias of the system best known by it) stands right before
        another system's name: then it is the kind of that system ("Panzerhaubitzen Krab",
        "Panzerhaubitzen Caesar"), and only the more specific name after it counts.
        ("Panzerhaubitzen 2000" is one longer name and never comes here.)"""
        if name.kind != "system" or not _joined(words.gaps[i + 1]):
            return False
        following = self._longest_at(words, i + 1)
        return following is not None and following[0].kind == "system" and following[0].value != name.value

    def _starts_a_name(self, word: str) -> bool:
        """Whether a name may start at `word` (as written): its folded spelling or its
        stem begins a name, or it begins a name that must be written as it is."""
        folded = fold(word)
        flag = folded in self._by_first or folded[:_MIN_STEM] in self._by_stem or word in self._by_first
        if len(self._may_start) >= _SPELLINGS_LIMIT:
            self._may_start.clear()
        self._may_start[word] = flag
        return flag

    def _longest_at(self, words: _Words, i: int) -> tuple[_Name, int] | None:
        best: tuple[_Name, int] | None = None
        longest = 0
        folded, raw = words.folded, words.raw
        following = folded[i + 1] if i + 1 < len(folded) else None
        for name, length, sure, second in self._entries.get(folded[i], ()):
            if second is not None and second != following:
                continue  # most names of several words fail here: "Ukraine" is seldom "Ukraine Defense ..."
            if length > longest and (sure or _matches_at(name, words, i)):
                best, longest = (name, length), length
        if raw[i] != folded[i]:  # names that must be written as they are ("US")
            for name, length, _, _ in self._entries.get(raw[i], ()):
                if length > longest and _matches_at(name, words, i):
                    best, longest = (name, length), length
        if best is None:
            word = folded[i]
            for name in self._by_stem.get(word[:_MIN_STEM], ()):
                if word.startswith(name.words[0]):
                    return name, 1
        return best


def _second_word(name: _Name) -> str | None:
    """The folded word that must follow the first for `name` to match (_matches_at
    compares it so), or None where that test is not so plain: a name of one word, one
    that must be written as it is, or one whose second word is a stem ("Leopard 2*")."""
    if len(name.words) < 2 or name.exact_case or (name.wild and len(name.words) == 2):
        return None
    return name.words[1]


@dataclass(frozen=True, slots=True)
class _Words:
    """The words of a text as written and folded, where each starts and ends, and
    gaps[k], the text between word k-1 and word k."""

    raw: list[str]
    folded: list[str]
    starts: list[int]
    ends: list[int]
    gaps: list[str]


@lru_cache(maxsize=8)
def _words_of(text: str) -> _Words:
    """The words of `text` (see _Words). Cached because the donor, system, Ukraine
    and non-donor matchers all read the same article.

    A word here is a run of letters and digits (_WORD). The article's runs of letters or
    of digits (bot.core.text.word_pieces, cut as the rules cut them): where no two pieces
    touch, our words are those pieces; where some touch ("F16", "155mm") they are joined
    into one word."""
    pieces = word_pieces(text)
    parts, bounds = pieces.parts, pieces.bounds
    # parts is [gap, piece, gap, ..., piece, gap] and bounds[k] where parts[k] ends.
    touching = list(compress(range(2, len(parts) - 1, 2), map(not_, parts[2:-1:2])))
    if touching:
        # Two pieces touch somewhere ("F16", "155mm": a third of articles): each empty gap
        # and the piece after it join the piece before, from the last one back, so that
        # "2A6" (three pieces) becomes one word. Only the few joins are done in Python: a
        # second split of the whole article (in C) cost ~75 µs an article in the flow of an
        # analysis, these joins a few µs.
        parts, bounds = parts[:], bounds[:]  # (the rules' split is shared: not changed)
        for k in reversed(touching):
            parts[k - 1 : k + 2] = (parts[k - 1] + parts[k + 1],)
            del bounds[k - 1 : k + 1]  # the joined word ends where the later piece did
    # parts is now [gap, word, gap, ..., word, gap].
    raw, starts, ends, gaps = parts[1::2], bounds[0::2], bounds[1::2], parts[0::2]
    folded = list(map(str.lower if text.isascii() else _fold_word, raw))
    return _Words(raw, folded, starts, ends, gaps)


@lru_cache(maxsize=65536)
def _fold_word(word: str) -> str:
    return fold(word)


def _matches_at(name: _Name, words: _Words, i: int) -> bool:
    expected_words = name.words
    if i + len(expected_words) > len(words.raw):
        return False
    source = words.raw if name.exact_case else words.folded
    gaps = words.gaps
    last = len(expected_words) - 1
    for k, expected in enumerate(expected_words):
        actual = source[i + k]
        if k == last and name.wild:
            if not actual.startswith(expected):
                return False
        elif actual != expected:
            return False
        if k and not _joined(gaps[i + k]):
            return False
    return True


def _joined(gap: str) -> bool:
    """True when two words are close enough to belong to one name."""
    if len(gap) == 1:
        return gap.isspace() or gap in _JOINERS
    return 0 < len(gap) <= 3 and gap.isspace() and "\n" not in gap


def _prepare(name: str, value: str, exact_case: bool, where: str, kind: str = "donor") -> _Name:
    wild = name.endswith("*")
    body = name[:-1] if wild else name
    words = tuple(m.group(0) for m in _WORD.finditer(body))
    if not words:
        raise ConfigError(f"{where}: name {name!r} has no letters or digits")
    if not exact_case:
        words = tuple(fold(w) for w in words)
    if wild and len(words) == 1 and len(words[0]) < _MIN_STEM:
        raise ConfigError(f"{where}: stem {name!r} is shorter than {_MIN_STEM} letters")
    return _Name(words, wild, exact_case, value, kind)


@dataclass(frozen=True)
class Entities:
    """The parsed entity lists with their matchers (built once, then reused)."""

    donors: dict[str, Donor]
    systems: dict[str, System]
    ukraine_names: tuple[str, ...]
    # Actors named in the news who are never donors (Russia, Belarus, Iran...): the
    # pledge extractor uses them to avoid lending a previous donor to their sentences.
    others: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # Named word lists the rules refer to (@support:fr), from config/words.toml: they
    # travel with the entity lists because every rule compiler needs both.
    word_lists: WordLists = field(default_factory=lambda: NO_WORD_LISTS, hash=False, compare=False)
    # The place names among the names above, by code ("UA" for Ukraine), and the
    # meeting places that are nobody's names ("BRUSSELS"): see Place.
    places: dict[str, Place] = field(default_factory=dict)
    # Countries that are neither donors nor actors (Israel, Taiwan, Kosovo...), named only so
    # that the rules' @country knows them: a giving to them is no aid to Ukraine.
    countries: dict[str, Place] = field(default_factory=dict)

    def country_codes(self) -> list[str]:
        """The codes of every country the lists know (Ukraine's never), as country_names reads them."""
        codes = [d.code for d in self.donors.values() if d.kind == "country"] + list(self.others) + list(self.countries)
        return [c for c in codes if c != "UA"]

    def country_names(self, code: str | None = None, language: str | None = None) -> Iterator[tuple[str, bool]]:
        """(name, case-sensitive?) of every country the lists know, Ukraine never: the place
        names (the country, its adjectives, its people) of the donors that are countries, of
        the never-donors and of the other countries, or of the country `code` alone; with
        `language`, only those told in it (its own and the shared ones). Not
        capitals or seats: "a reversal of policy for Berlin" names no recipient, and neither
        people nor firms."""
        every = {**self.places, **self.countries}
        for country in self.country_codes():
            place = every.get(country)
            if place is None or (code is not None and country != code):
                continue
            yield from ((n, False) for n in place.names if language is None or place.in_language(n, language))
            yield from ((n, True) for n in place.case_sensitive
                        if language is None or place.in_language(n, language))

    def __post_init__(self) -> None:
        donor_names = [
            _prepare(n, d.code, n in d.case_sensitive, f"donor {d.code}")
            for d in self.donors.values()
            for n in (*d.names, *d.case_sensitive)
        ]
        system_names = [
            _prepare(n, s.name, exact, f"system {s.name}", "system")
            for s in self.systems.values()
            for n, exact in _with_plurals(_system_names(s))
        ]
        other_names = [
            _prepare(n, code, False, f"other {code}", "other") for code, names in self.others.items() for n in names
        ] + [
            # The other countries give nothing to Ukraine either: a sentence about one
            # ("Israel will also deliver Patriot systems") borrows no earlier donor.
            _prepare(n, code, exact, f"country {code}", "other")
            for code, place in self.countries.items()
            for names, exact in ((place.names, False), (place.case_sensitive, True))
            for n in names
        ]
        ukraine_names = [_prepare(n, "UA", False, "ukraine", "ukraine") for n in self.ukraine_names]
        # One matcher for all four lists: one pass over the words of an article, and
        # the longest name wins across lists too ("Ukraine Defense Contact Group" is
        # the allies, not Ukraine).
        object.__setattr__(self, "_matcher", _Matcher([*donor_names, *system_names, *other_names, *ukraine_names]))
        object.__setattr__(self, "_last", ("", {}))
        lookup: dict[str, str] = {}
        for name in donor_names:
            # Resolving what a user typed ("uk", "turkey") ignores case on purpose.
            if not name.wild:
                lookup.setdefault(" ".join(fold(w) for w in name.words), name.value)
        object.__setattr__(self, "_donor_lookup", lookup)
        object.__setattr__(
            self, "_firms", frozenset(_name_key(firm) for donor in self.donors.values() for firm in donor.firms)
        )

    def is_firm(self, name: str) -> bool:
        """Whether a donor name as found in a text (any case, accents, hyphens or
        spaces) is one of the arms makers the data files under a country: a firm named
        bare gives way to the government paying it (bot.core.pledges.donors.non_givers)."""
        return _name_key(name) in self._firms  # type: ignore[attr-defined]

    def donor_phrases(self) -> Iterator[tuple[str, str]]:
        """(name as written in the data, donor code) for every donor name."""
        for donor in self.donors.values():
            for name in (*donor.names, *donor.case_sensitive):
                yield name, donor.code

    def system_phrases(self) -> Iterator[tuple[str, str]]:
        """(name as written in the data, canonical system name) for every system name."""
        for system in self.systems.values():
            for name in (system.name, *system.names, *system.case_sensitive):
                yield name, system.name

    def _find(self, text: str, kind: str) -> list[tuple[str, int, int]]:
        # The pledge extractor asks for each kind in turn about the same text: the
        # names of the last text are kept, sorted by kind.
        last_text, by_kind = self._last  # type: ignore[attr-defined]
        if text != last_text or not last_text:
            by_kind = {}
            for found_kind, value, start, end in self._matcher.find(text):  # type: ignore[attr-defined]
                by_kind.setdefault(found_kind, []).append((value, start, end))
            object.__setattr__(self, "_last", (text, by_kind))
        return list(by_kind.get(kind, ()))

    def find_donors(self, text: str) -> list[tuple[str, int, int]]:
        """(code, start, end) of each donor named in `text`, in reading order."""
        return self._find(text, "donor")

    def find_systems(self, text: str) -> list[tuple[str, int, int]]:
        """(canonical name, start, end) of each weapon system named in `text`."""
        return self._find(text, "system")

    def find_ukraine(self, text: str) -> list[tuple[str, int, int]]:
        """("UA", start, end) of each mention of Ukraine, its people or its leaders."""
        return self._find(text, "ukraine")

    def find_others(self, text: str) -> list[tuple[str, int, int]]:
        """(code, start, end) of each actor that is never a donor (Russia, Iran...) and of
        each other country (Israel, Serbia...)."""
        return self._find(text, "other")

    def category_of(self, system: str) -> str | None:
        found = self.systems.get(system)
        return found.category if found else None

    def resolve_donor(self, word: str) -> str | None:
        """The donor code for a code or any name: "DE", "germany", "Allemagne",
        "Deutschland", "Royaume-Uni" -> code; None when nothing matches."""
        word = word.strip()
        if not word:
            return None
        if word.upper() in self.donors:
            return word.upper()
        key = " ".join(fold(m.group(0)) for m in _WORD.finditer(word))
        found = self._donor_lookup.get(key)  # type: ignore[attr-defined]
        if found:
            return found
        hits = self.find_donors(word)
        if len(hits) == 1 and hits[0][1] == 0 and hits[0][2] >= len(word.rstrip(". ")):
            return hits[0][0]
        return None


def _name_key(name: str) -> str:
    """A name compared word by word, as the matcher compares it ("Krauss Maffei
    Wegmann" is "Krauss-Maffei Wegmann")."""
    return " ".join(fold(m.group(0)) for m in _WORD.finditer(name))


def _system_names(system: System) -> Iterator[tuple[str, bool]]:
    """(name, case-sensitive?) pairs of a system. The canonical name counts as a name,
    unless a case-sensitive name says how it must be written ("MILAN", not Milan)."""
    exact_folded = {fold(n) for n in system.case_sensitive}
    if fold(system.name) not in exact_folded:
        yield system.name, False
    for name in system.names:
        yield name, False
    for name in system.case_sensitive:
        yield name, True


def _with_plurals(names: Iterable[tuple[str, bool]]) -> Iterator[tuple[str, bool]]:
    """Each system name plus its English plural ("Javelins", "F-16s", "Leopards"),
    because articles count systems; stems already cover their plurals."""
    seen: set[tuple[str, bool]] = set()
    for name, exact in names:
        for variant in (name, name + "s") if not name.endswith(("*", "s")) else (name,):
            if (variant, exact) not in seen:
                seen.add((variant, exact))
                yield variant, exact


def _strings(value: object, where: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise ConfigError(f"{where}: expected a list of non-empty strings")
    return tuple(v.strip() for v in value)


def _table(value: object, where: str) -> dict:
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise ConfigError(f"{where}: expected a table")
    return value


def parse_entities(text: str, word_lists: WordLists = NO_WORD_LISTS) -> Entities:
    """Entities from the TOML text of an entities file (and the rules' word lists, see
    bot.core.rules.word_lists); ConfigError names the bad key."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"entities: invalid TOML: {exc}") from exc
    except RecursionError:  # tomllib recurses once per nested array or table
        raise ConfigError("entities: invalid TOML: arrays or tables nested too deeply") from None

    donors: dict[str, Donor] = {}
    places: dict[str, Place] = {}
    for code, entry in _table(data.get("donors"), "donors").items():
        where = f"donors.{code}"
        entry = _table(entry, where)
        if code != code.upper() or not code.replace("7", "").isalpha():
            raise ConfigError(f"{where}: codes are upper-case letters (ISO 3166 alpha-2 or a group name)")
        if code in NEVER_DONORS:
            raise ConfigError(f"{where}: {code} can never be a donor of aid to Ukraine")
        kind = entry.get("kind", "country")
        if kind not in DONOR_KINDS:
            raise ConfigError(f"{where}.kind: {kind!r} is not one of {', '.join(DONOR_KINDS)}")
        place = _place(code, entry, where)
        if place is not None:
            places[code] = place
        firms = _strings(entry.get("firms"), f"{where}.firms")
        if firms and kind != "country":
            raise ConfigError(f"{where}.firms: only a country has firms (this is a {kind})")
        names = (*_with_place(place, _strings(entry.get("names"), f"{where}.names")), *firms)
        exact = (*(place.case_sensitive if place else ()),
                 *_strings(entry.get("case_sensitive_names"), f"{where}.case_sensitive_names"))
        if not names and not exact:
            raise ConfigError(f"{where}: needs at least one name")
        donors[code] = Donor(code, names, kind, exact, firms)

    systems: dict[str, System] = {}
    for name, entry in _table(data.get("systems"), "systems").items():
        where = f"systems.{name!r}"
        entry = _table(entry, where)
        category = entry.get("category")
        if category not in CATEGORIES:
            raise ConfigError(f"{where}.category: {category!r} is not one of {', '.join(CATEGORIES)}")
        names, languages = _told_in(entry, "names", where)
        exact, exact_languages = _told_in(entry, "case_sensitive_names", where)
        systems[name] = System(name, category, names, exact, (*languages, *exact_languages))

    ukraine_entry = _table(data.get("ukraine"), "ukraine")
    ukraine_place = _place("UA", ukraine_entry, "ukraine")
    ukraine = _with_place(ukraine_place, _strings(ukraine_entry.get("names"), "ukraine.names"))
    if ukraine_place is not None:
        places["UA"] = ukraine_place
    others: dict[str, tuple[str, ...]] = {}
    for code, entry in _table(data.get("others"), "others").items():
        where = f"others.{code}"
        entry = _table(entry, where)
        place = _place(code, entry, where)
        if place is not None:
            places[code] = place
        others[code] = _with_place(place, _strings(entry.get("names"), f"{where}.names"))
    for code, entry in _table(data.get("places"), "places").items():
        # Meeting places ("Brussels"): places only, never anyone's name.
        where = f"places.{code}"
        if code != code.upper() or not code.isalpha():
            raise ConfigError(f"{where}: place keys are upper-case letters")
        if code in places:
            raise ConfigError(f"{where}: {code} is already a donor or actor")
        place = _place(code, _table(entry, where), where)
        if place is None:
            raise ConfigError(f"{where}: needs at least one name")
        places[code] = place
    countries: dict[str, Place] = {}
    for code, entry in _table(data.get("countries"), "countries").items():
        # Countries only the rules name (@country): neither donors nor actors.
        where = f"countries.{code}"
        if code != code.upper() or not code.isalpha() or code == "UA" or code in places:
            raise ConfigError(f"{where}: country keys are upper-case letters, not Ukraine's and not a donor's "
                              "or actor's")
        place = _place(code, _table(entry, where), where)
        if place is None:
            raise ConfigError(f"{where}: needs at least one name")
        countries[code] = place
    _check_no_clash(donors)
    return Entities(donors, systems, ukraine, others, word_lists, places, countries)


def _place(code: str, entry: dict, where: str) -> Place | None:
    """The place names of one entry (`place`, `case_sensitive_place`, `capital`,
    `seats`), or None."""
    names, languages = _told_in(entry, "place", where)
    exact, exact_languages = _told_in(entry, "case_sensitive_place", where)
    capital = _strings(entry.get("capital"), f"{where}.capital")
    seats = _strings(entry.get("seats"), f"{where}.seats")
    if not (names or exact or capital or seats):
        return None
    return Place(code, names, exact, capital, seats, (*languages, *exact_languages))


def _told_in(entry: dict, key: str, where: str) -> tuple[tuple[str, ...], tuple[tuple[str, str], ...]]:
    """The names of `key` (shared by every language) followed by those of `key_en`, `key_fr` and `key_de` (told in
    that language only), and the (name, language) pairs of the latter. Pledges and stories read them all alike."""
    names = list(_strings(entry.get(key), f"{where}.{key}"))
    languages: list[tuple[str, str]] = []
    for language in NAME_LANGUAGES:
        told = _strings(entry.get(f"{key}_{language}"), f"{where}.{key}_{language}")
        names += told
        languages += ((name, language) for name in told)
    return tuple(names), tuple(languages)


def _with_place(place: Place | None, names: tuple[str, ...]) -> tuple[str, ...]:
    """All the names of an entry: its place names (matched like any other) and the rest."""
    return (*place.names, *place.capital, *place.seats, *names) if place else names


def _check_no_clash(donors: dict[str, Donor]) -> None:
    """A name given to two donors is a data mistake; say which, instead of guessing."""
    owner: dict[tuple[bool, str], str] = {}
    for donor in donors.values():
        for name in donor.names:
            key = (False, fold(name))
            if owner.setdefault(key, donor.code) != donor.code:
                raise ConfigError(f"donors: name {name!r} belongs to both {owner[key]} and {donor.code}")
        for name in donor.case_sensitive:
            key = (True, name)
            if owner.setdefault(key, donor.code) != donor.code:
                raise ConfigError(f"donors: name {name!r} belongs to both {owner[key]} and {donor.code}")
