"""The words of an article, as the story matcher reads them: which are names (people,
places, weapon systems, designations such as F-16, amounts), which are content terms
(lightly stemmed) and which neighbouring pairs are phrases: `article_words`.

Which words are countries, capitals, seats of government and weapon systems comes from
config/entities.toml, handed in as `Entities` (the core reads no files): a country's
names and adjectives in English, French and German are one key ("allemand",
"Deutschland" and "German" are all "DE"), its capital another ("Berlin", "@DE") that
stands for it in a headline; bot.core.stories.fingerprint.word_keys says every kind of key, and
what sharing each is worth. The word lists (stop words, the beat's ubiquitous words) are
bot.core.stories.fingerprint.word_lists. What stays here is reading: the entity lists turned into
the scanner's vocabulary (by the same tokenizer as the text, so the two stay in step),
the scan into words, and each word classified and counted.

Costs are bounded: only the first MAX_TEXT_CHARS characters (and _MAX_WORDS words) are
read, since wire stories put the event in the lead, and each feature set is capped.
"""

from __future__ import annotations

import html
import re
import zlib
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from bot.core.pledges.passes.entities import Entities
from bot.core.pledges.quantities.numbers import NUMBER_WORDS, number_word
from bot.core.stories.evidence.named_days import MONTH_WORDS
from bot.core.stories.fingerprint.place_spellings import place_spelling
from bot.core.stories.fingerprint.word_keys import (
    ACTOR_NAME_SEPARATOR,
    CAPITAL_MARK,
    GENERIC_ACTORS,
    GENERIC_TERMS,
    GENERIC_WEIGHT,
    NOT_A_DONOR_MARK,
    PLACE_MARKS,
    SEAT_MARK,
    SYSTEM_MARK,
    name_weight,
    stem,
)
from bot.core.stories.fingerprint.word_lists import (
    DE_MARKERS,
    EN_MARKERS,
    FR_MARKERS,
    GERMAN_NAME_MAX_LEN,
    GERMAN_NOUN_ENDINGS,
    MAGNITUDES,
    STOPWORDS,
    UNITS,
)
from bot.core.text import fold

MAX_NAMES = 60
MAX_TERMS = 120
MAX_PHRASES = 100
MAX_HEADLINE = 12
# Wire stories put the event in the first paragraphs; the tail adds background that
# other stories share too. Reading a bounded prefix also bounds the cost.
MAX_TEXT_CHARS = 12_000
MAX_TITLE_CHARS = 1_000
# And a bound on words, for texts made of one-letter scraps.
_MAX_WORDS = 2_500
# A title word counts as this many body occurrences: the title is the event.
_TITLE_COUNT = 3
# The lead: words this early in the text count even when mentioned once.
_LEAD_WORDS = 60


@dataclass(frozen=True, slots=True)
class _Vocabulary:
    """What the scanner reads from the entity lists, in its own terms (folded words,
    several words joined by "-"), each name with its key (see CAPITAL_MARK above):

    - forms: a place's name (the place itself, its capital, its seats of government)
      -> its key, the other names of a generic actor -> theirs ("UA:zelensky"), a
      system's name of several words ("storm-shadow") -> its key; a donor's people,
      firms and ministries are not read (Pistorius stays a name of his own);
    - exact: names that count only written so ("US", "UK", "EU", "Turkey");
    - stems: "deutsch*" -> DE, by their first four letters;
    - systems: a system's one-word name ("leopard", "irist", "scalp") -> its key
      ("#leopard");
    - generic_stems: the 6-letter stems of the one-word names of Ukraine and Russia,
      so that "Ukrainehilfe", "Ukrainekrieg" or "Putins" weigh as little as "Ukraine".
    """

    forms: dict[str, str]
    exact: dict[str, str]
    stems: dict[str, tuple[tuple[str, str], ...]]
    systems: dict[str, str]
    generic_stems: dict[str, str]
    starts: frozenset[str]  # the first words of the joined forms
    longest: int  # the most words of one joined form

    def place(self, word: _Word) -> str | None:
        """The key of the place or actor `word` names, if any."""
        key = self.exact.get(word.raw) or self.forms.get(word.folded)
        if key is not None or not self.stems:
            return key
        for prefix, code in self.stems.get(word.folded[:_MIN_STEM], ()):
            if word.folded.startswith(prefix):
                return code
        return None


_MIN_STEM = 4
# Whose names also come inflected or in compounds ("Putins", "Ukrainehilfe"); not the
# EU's, whose "Europeans" would make every "Europe" the EU.
_INFLECTED_ACTORS = frozenset({"UA", "RU"})
_NO_VOCABULARY = _Vocabulary({}, {}, {}, {}, {}, frozenset(), 1)
# Vocabularies by the id of their Entities (kept alive here, so the id stays theirs):
# the pipeline hands the same lists in for every article.
_VOCABULARIES: dict[int, tuple[Entities, _Vocabulary]] = {}


def _vocabulary(entities: Entities | None) -> _Vocabulary:
    if entities is None:
        return _NO_VOCABULARY
    cached = _VOCABULARIES.get(id(entities))
    if cached is None or cached[0] is not entities:
        if len(_VOCABULARIES) >= 8:
            _VOCABULARIES.clear()
        cached = _VOCABULARIES[id(entities)] = (entities, _build_vocabulary(entities))
    return cached[1]


def _build_vocabulary(entities: Entities) -> _Vocabulary:
    forms: dict[str, str] = {}
    exact: dict[str, str] = {}
    stems: dict[str, list[tuple[str, str]]] = {}
    generic_stems: dict[str, str] = {}

    def add(name: str, key: str, exact_case: bool) -> None:
        words = _name_words(name)
        if not words:
            return
        if exact_case and len(words) == 1:
            exact.setdefault(plain_text(name), key)
        elif name.endswith("*") and len(words) == 1 and "-" not in words[0]:
            stems.setdefault(words[0][:_MIN_STEM], []).append((words[0], key))
        else:
            forms.setdefault("-".join(words), key)
        if key.split(ACTOR_NAME_SEPARATOR)[0].lstrip("".join(PLACE_MARKS)) in _INFLECTED_ACTORS:
            if len(words) == 1 and not exact_case:
                generic_stems.setdefault(stem(words[0]), key)

    place_names: set[str] = set()
    for code, place in entities.places.items():
        donor_or_actor = code in entities.donors or code in GENERIC_ACTORS
        own = code if donor_or_actor else NOT_A_DONOR_MARK + code
        capital = CAPITAL_MARK + code if donor_or_actor else own
        seat = SEAT_MARK + code if donor_or_actor else own
        for names, key, exact_case in ((place.names, own, False), (place.case_sensitive, own, True),
                                       (place.capital, capital, False), (place.seats, seat, False)):
            for name in names:
                add(name, key, exact_case)
                place_names.add(name)
    # The rest of a generic actor's names of one word (its leaders and officials by
    # surname: "Zelensky", "Stoltenberg"): each a name of its own, as ubiquitous as the
    # actor. Longer ones ("membres de l'Otan", "NATO Secretary General") are left to
    # be read word by word, as any text: "Otan" is NATO, "membres" a word.
    actor_names = [*((code, name, False) for code in GENERIC_ACTORS for name in entities.others.get(code, ())),
                   *(("UA", name, False) for name in entities.ukraine_names)]
    for code in GENERIC_ACTORS & set(entities.donors):
        donor = entities.donors[code]
        actor_names += [(code, name, name in donor.case_sensitive) for name in (*donor.names, *donor.case_sensitive)]
    for code, name, exact_case in actor_names:
        words = _name_words(name)
        if name not in place_names and len(words) == 1 and "-" not in words[0]:
            add(name, code + ACTOR_NAME_SEPARATOR + words[0], exact_case)

    systems: dict[str, str] = {}
    several: list[list[str]] = []
    for system in entities.systems.values():
        for name in (system.name, *system.names, *system.case_sensitive):
            words = _name_words(name)
            if any(_DIGIT.search(word) for word in words):
                continue  # F-16, Leopard 2, M777: designations, recognised by their form
            if len(words) == 1 and "-" not in words[0]:
                systems.setdefault(words[0], SYSTEM_MARK + words[0])
            elif words:
                several.append(words)
    for words in several:
        # "Storm Shadow", "Sea King", "Fuchs-Transportpanzer": one name of several words
        # none of which names a system alone ("Leopard tanks" is the Leopard and a word).
        # "Iris T" is IRIS-T, which the scanner already joins into one word.
        if not any(word in systems for word in "-".join(words).split("-")) and "".join(words) not in systems:
            forms.setdefault("-".join(words), SYSTEM_MARK + "-".join(words))
    joined = [form.split("-") for form in forms if "-" in form]
    return _Vocabulary(
        forms, exact, {k: tuple(v) for k, v in stems.items()}, systems, generic_stems,
        starts=frozenset(parts[0] for parts in joined), longest=max(map(len, joined), default=1),
    )


def _name_words(name: str) -> list[str]:
    """The folded words the scanner makes of a name from the entity lists: "U.S." ->
    ["us"], "IRIS-T" -> ["irist"], "Etats-Unis" -> ["etats-unis"], "Storm Shadow" ->
    ["storm", "shadow"]."""
    words: list[str] = []
    for token in _TOKEN.findall(plain_text(name.rstrip("*"))):
        parts = [part for part in token.split("-") if part]
        if len(parts) > 1 and all(_joinable(part) for part in parts):
            words.append(_fold("".join(parts)))
        else:
            words.append(_fold(token))
    return words


# --- scanning ----------------------------------------------------------------------------

_TAG = re.compile(r"<[^<>]{0,2000}>")
_LINK = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)
_INITIALISM = re.compile(r"\b(?:[A-Z]\.){2,}")
# A number with decimal/thousand separators and an optional glued unit ("2,5", "155mm",
# "2bn"), or a word with optional hyphenated parts ("F-16", "Etats-Unis", "a-t-il").
_TOKEN = re.compile(r"\d+(?:[.,\u00a0\u202f]\d+)*[^\W\d_]*|[^\W\d_][^\W_]*(?:-[^\W_]+)*")
_DIGIT = re.compile(r"\d")
_NUMBER = re.compile(r"(\d+(?:[.,\u00a0\u202f]\d+)*)([^\W\d_]*)")
# What sits between two words when the second starts a sentence or a quotation.
_BREAK = re.compile(r"[.!?:;\n«»\"“”„•]")


@dataclass(slots=True)
class _Word:
    raw: str
    folded: str
    at_start: bool  # first word of a sentence or a quotation
    spaced: bool = False  # only white space separates it from the word before


@lru_cache(maxsize=50_000)
def _fold(word: str) -> str:
    # Most words are ASCII, where fold() is just lower-casing.
    return word.lower() if word.isascii() else fold(word)


def plain_text(text: str) -> str:
    """Plain text from what feeds send: tags, entities and links removed."""
    text = _TAG.sub(" ", text)
    text = html.unescape(text)
    text = _LINK.sub(" ", text)
    # "U.S." and "U.K." become "US" and "UK" so the dots do not end a sentence.
    return _INITIALISM.sub(lambda m: m.group(0).replace(".", ""), text)


def _joinable(part: str) -> bool:
    return part.isdigit() or part.isupper() or (len(part) <= 3 and part[:1].isupper())


def _split_compound(raw: str, systems: dict[str, str]) -> list[str]:
    """"F-16" -> ["F16"], "IRIS-T-System" -> ["IRIST", "System"], "anti-aériens" ->
    ["anti", "aériens"]: runs of short/upper/digit parts are one designation."""
    parts = [p for p in raw.split("-") if p]
    # Newsrooms hyphenate and capitalise one system's name each their own way: "Iris-T SLM",
    # "IRIS-T-SLM", "IRIS-T SLM". The parts that spell a known system are that system, and
    # what follows it (the variant) stands apart, so all three give "irist" + "slm".
    for end in range(len(parts), 1, -1):
        head = "".join(parts[:end])
        if _fold(head) in systems:
            return [head, *_split_compound("-".join(parts[end:]), systems)] if end < len(parts) else [head]
    out: list[str] = []
    run: list[str] = []
    for part in parts:
        if _joinable(part):
            run.append(part)
            continue
        out.extend(["".join(run)] if len(run) > 1 else run)
        run = []
        out.append(part)
    out.extend(["".join(run)] if len(run) > 1 else run)
    return out


def _scan(text: str, vocabulary: _Vocabulary) -> list[_Word]:
    words: list[_Word] = []
    previous_end = 0
    for match in _TOKEN.finditer(text):
        if len(words) >= _MAX_WORDS:
            break
        raw = match.group(0)
        gap = text[previous_end : match.start()]
        if gap == " ":  # (most words follow one space: no break, and spaced; read without a search)
            at_start = not words
            spaced = not at_start
        else:
            at_start = not words or bool(_BREAK.search(gap))
            spaced = bool(words) and (not gap or gap.isspace()) and "\n" not in gap
        previous_end = match.end()
        if "-" in raw:
            folded_whole = _fold(raw)
            if folded_whole in vocabulary.forms or _is_number_word(folded_whole):  # "vingt-quatre"
                words.append(_Word(raw, folded_whole, at_start, spaced))
                continue
            for index, part in enumerate(_split_compound(raw, vocabulary.systems)):
                first = index == 0
                words.append(_Word(part, _fold(part), at_start and first, spaced if first else False))
            continue
        words.append(_Word(raw, _fold(raw), at_start, spaced))
    return _join_names(words, vocabulary)


def _join_names(words: list[_Word], vocabulary: _Vocabulary) -> list[_Word]:
    """"United States", "Union européenne", "Storm Shadow": several words, one name."""
    if not vocabulary.starts:
        return words
    joined: list[_Word] = []
    index = 0
    while index < len(words):
        word = words[index]
        found = 1
        if word.folded.split("-", 1)[0] in vocabulary.starts:
            for length in range(min(vocabulary.longest, len(words) - index), 1, -1):
                if "-".join(w.folded for w in words[index : index + length]) in vocabulary.forms:
                    found = length
                    break
        if found > 1:
            parts = words[index : index + found]
            joined.append(_Word("-".join(w.raw for w in parts), "-".join(w.folded for w in parts),
                                word.at_start, word.spaced))
        else:
            joined.append(word)
        index += found
    return joined


def _number_key(number: str, unit: str, next_word: str) -> str | None:
    """A stable key for an amount, or None for numbers too common to identify a story."""
    separators = re.split(r"[.,\u00a0\u202f]", number)
    if len(separators) > 1 and all(len(group) == 3 for group in separators[1:]):
        value = float("".join(separators))  # 1,000 / 1.000 / 1 000: thousands
    elif len(separators) == 2:
        value = float(f"{separators[0]}.{separators[1]}")  # 2,5 / 2.5: a decimal
    else:
        value = float("".join(separators))
    magnitude = MAGNITUDES.get(unit) or (MAGNITUDES.get(next_word) if not unit else None)
    if magnitude:
        return f"{value * magnitude:.4g}"
    glued = UNITS.get(unit) or (UNITS.get(next_word) if not unit else None)
    if glued:
        return f"{value:g}{glued}"
    if unit:
        return f"{value:g}{unit}"
    if value < 10 or (value.is_integer() and 1900 <= value <= 2100):
        return None  # "2 tanks", "since 2022": everywhere
    return f"{value:g}"


# The magnitudes written as words, which follow a number written as a word too.
_MAGNITUDE_WORDS = frozenset(word for word in MAGNITUDES if len(word) > 3)


def _amount_in_words(words: list[_Word], index: int) -> str | None:
    """The key of an amount whose number is a word: "fünf Milliarden Euro", "cinq
    milliards", "two billion" give "5e+09", as "€5bn" does. German copy writes small
    numbers out, so without this the German report of a €5bn decision shares no amount
    with the English and French ones. (Fractions, "anderthalb Millionen", stay unread:
    see numbers.number_word.)"""
    if index + 1 >= len(words) or words[index + 1].folded not in _MAGNITUDE_WORDS:
        return None
    value = number_word(words[index].raw)
    if value is None:
        return None
    return f"{value * MAGNITUDES[words[index + 1].folded]:.4g}"


# The words a written-out number is made of, folded: "quinze", "vingt-quatre",
# "twenty-four", "vierundzwanzig", "zweihundert". Only such words are handed to
# number_word, which is far slower than a set look-up.
_NUMBER_PARTS = frozenset(NUMBER_WORDS) | {"hundred", "hundert", "thousand", "tausend", "cent", "mille", "et"}
_GERMAN_NUMBER = re.compile(r"[a-z]+und(?:zwanzig|dreissig|dreisig|vierzig|funfzig|sechzig|siebzig|achtzig|neunzig)"
                            r"|[a-z]*(?:hundert|tausend)[a-z]*")


def _is_number_word(folded: str) -> bool:
    if folded in _NUMBER_PARTS:
        return True
    if "-" in folded:
        return all(part in _NUMBER_PARTS for part in folded.split("-"))
    return ("und" in folded or "hundert" in folded or "tausend" in folded) and bool(_GERMAN_NUMBER.fullmatch(folded))


def _count_in_words(words: list[_Word], index: int) -> str | None:
    """The key of a count written as a word, as "15" is keyed ("quinze Guépard",
    "fünfzehn Gepard", "fifteen Gepard"); None below 10, as for digits (see _number_key).
    "cent" after "per"/"pour" is a percentage, not a hundred: every English or French
    report giving a share ("5 per cent") had the name "100"."""
    word = words[index]
    if not _is_number_word(word.folded):
        return None
    if word.folded == "cent" and index and words[index - 1].folded in ("per", "pour"):
        return None
    value = number_word(word.raw)
    if value is None or value < 10:
        return None
    return f"{value:g}"


def _is_day_of_month(words: list[_Word], index: int, next_word: str) -> bool:
    """A number of one or two digits right before a month's name or right after it ("Feb
    10", "Nov. 11"; not "février, 12 canons"): a date, not a count."""
    if len(words[index].raw) > 2:
        return False
    if next_word not in MONTH_WORDS:
        previous = words[index - 1].folded if index else ""
        short = len(previous) <= 4  # an abbreviation ("Nov.") keeps its dot
        if previous not in MONTH_WORDS or not (words[index].spaced or short):
            return False
    return 1 <= int(words[index].raw) <= 31


def _is_german(words: list[_Word]) -> bool:
    de = fr = en = 0
    for word in words:
        de += word.folded in DE_MARKERS
        fr += word.folded in FR_MARKERS
        en += word.folded in EN_MARKERS
    return de >= 3 and de > fr and de > en


def _german_noun(folded: str) -> bool:
    return len(folded) > GERMAN_NAME_MAX_LEN or folded.endswith(GERMAN_NOUN_ENDINGS)


@dataclass(slots=True)
class _Casing:
    """What capital letters mean in one segment (a title in Title Case says nothing)."""

    capitals_mean_names: bool
    uppercase_means_acronym: bool


def _casing(words: list[_Word], german: bool) -> _Casing:
    content = [w for w in words if w.raw[:1].isalpha() and len(w.raw) >= 3 and w.folded not in STOPWORDS]
    inner = [w for w in content if not w.at_start]
    capitalised = sum(w.raw[:1].isupper() for w in inner)
    upper = sum(w.raw.isupper() for w in content)
    shouting = len(content) >= 3 and upper >= 0.6 * len(content)
    # German capitalises every noun, so a capitalised majority is normal there.
    title_case = not german and len(inner) >= 3 and capitalised >= 0.75 * len(inner)
    return _Casing(capitals_mean_names=not (shouting or title_case), uppercase_means_acronym=not shouting)


class _Counts:
    """Feature -> [count, first position, prominent (0/1)]. A long article mentions
    many things in passing; only what is in the title or the lead, or comes back,
    says what the article is about."""

    def __init__(self) -> None:
        self.seen: dict[str, list[int]] = {}
        self.position = 0

    def add(self, key: str, count: int, prominent: bool) -> None:
        self.position += 1
        entry = self.seen.get(key)
        if entry is None:
            self.seen[key] = [count, self.position, int(prominent)]
        else:
            entry[0] += count
            entry[2] |= prominent

    def top(self, limit: int) -> frozenset[str]:
        kept = [(key, entry) for key, entry in self.seen.items() if entry[2] or entry[0] >= 2]
        kept.sort(key=lambda item: (-item[1][0], item[1][1]))
        return frozenset(key for key, _ in kept[:limit])


def _classify(
    words: list[_Word], index: int, casing: _Casing, german: bool, known_names: set[str], vocabulary: _Vocabulary
) -> tuple[str, str] | None:
    """(kind, key) of one word: kind is "amount", "count word" (a count written out:
    "quinze"), "designation", "alias" (a place or actor, or a system's name of several
    words, whatever its case), "name" or "term";
    None for words that say nothing (stopwords, scraps)."""
    word = words[index]
    raw, folded = word.raw, word.folded
    number_match = _NUMBER.match(raw) if raw[:1].isdecimal() else None
    if number_match:
        number, unit = number_match.groups()
        next_word = words[index + 1].folded if index + 1 < len(words) else ""
        if not unit and _is_day_of_month(words, index, next_word):
            return None  # "LONDON, Feb 10 -", "le 10 février": every report of the day has it
        key = _number_key(number, _fold(unit), next_word)
        return ("amount", key) if key else None
    # (a word of letters alone holds no digit: most words are, and are told so without a search)
    if not raw.isalpha() and _DIGIT.search(raw):
        return ("designation", folded)  # F16, MiG29, AMX10
    amount = _amount_in_words(words, index)
    if amount is not None:
        return ("amount", amount)
    count = _count_in_words(words, index)
    if count is not None:
        return ("count word", count)
    alias = vocabulary.place(word)
    if alias is not None:
        return ("alias", alias)
    if folded in STOPWORDS or len(folded) < 3:
        return None
    spelt_elsewhere = place_spelling(folded)
    if spelt_elsewhere is not None and raw[:1].isupper():
        return ("name", spelt_elsewhere)  # "Saragossa", "Charkiw": the place its English name keys
    generic = vocabulary.generic_stems.get(stem(folded))
    if generic is not None:
        return ("alias", generic)  # "Ukrainekrieg", "Putins"
    if _looks_like_name(word, casing, german, known_names, vocabulary):
        return ("name", vocabulary.systems.get(folded, folded))
    return ("term", folded)


def _collect(
    words: list[_Word],
    count: int,
    casing: _Casing,
    german: bool,
    known_names: set[str],
    names: _Counts,
    terms: _Counts,
    lead: int,
    phrases: set[str],
    vocabulary: _Vocabulary,
) -> None:
    kinds = [_classify(words, i, casing, german, known_names, vocabulary) for i in range(len(words))]
    previous: str | None = None  # the last content word of this sentence, for phrases
    for index, found in enumerate(kinds):
        if words[index].at_start:
            previous = None
        if found is None:
            continue
        kind, key = found
        prominent = index < lead
        if kind in ("amount", "designation"):
            names.add(key, count, prominent)
            continue
        if kind == "count word":
            # The count as a name, as its digits would be; and the word stays a word, as it
            # was before counts in words were read (the term weights were tuned with it).
            names.add(key, count, prominent)
            kind, key = "term", words[index].folded
        stem = _term_of(kind, key, words[index].folded)
        terms.add(stem, count, prominent)
        if kind == "term":
            if previous is not None and not (previous in GENERIC_TERMS and stem in GENERIC_TERMS):
                phrases.add(f"{previous} {stem}")
            previous = stem
        if kind == "alias":
            names.add(key, count, prominent)
        elif kind == "name" and not _is_given_name(words, kinds, index, vocabulary):
            names.add(key, count, prominent)


def _term_of(kind: str, key: str, folded: str) -> str:
    """The term a word counts as: a place's word its key ("allemand" and "Germany" are
    one term, "DE"), a generic actor's other names the actor ("Zelensky": "UA"), a
    system's word and any other word its stem."""
    if kind != "alias" or key.startswith(SYSTEM_MARK):
        return stem(folded if kind == "alias" else key)
    return key.split(ACTOR_NAME_SEPARATOR, 1)[0]


def _is_given_name(
    words: list[_Word], kinds: list[tuple[str, str] | None], index: int, vocabulary: _Vocabulary
) -> bool:
    """"Boris" in "Boris Pistorius", "Minister" in "Prime Minister Rishi Sunak": a name
    directly followed by another name is a title or first name. Counting it too would
    make the same minister's two announcements look alike twice over."""
    following = index + 1
    if following >= len(words) or not words[following].spaced or words[index].raw.isupper():
        return False
    if words[index].folded in vocabulary.systems:
        return False  # "Iris-T SLM", "Leopard A6": a system followed by its variant
    next_kind = kinds[following]
    if next_kind is None or next_kind[0] not in ("name", "alias"):
        return False
    # "Diehl Defence": a name followed by a generic word is the name of a firm or body.
    return name_weight(next_kind[1]) > GENERIC_WEIGHT


def _looks_like_name(
    word: _Word, casing: _Casing, german: bool, known_names: set[str], vocabulary: _Vocabulary
) -> bool:
    raw, folded = word.raw, word.folded
    if not raw[:1].isupper():
        return False
    if folded in vocabulary.systems:
        return True  # capitalised, even in a Title Case headline or first in a sentence
    if raw.isupper() and len(raw) >= 2 and casing.uppercase_means_acronym:
        return True  # HIMARS, NASAMS, JDAM
    if not casing.capitals_mean_names or word.at_start:
        # Capitals are no evidence here; trust the word only if it is a name elsewhere.
        return folded in known_names
    if german:
        return not _german_noun(folded)
    return True


def _inner_capitals(words: list[_Word], casing: _Casing, german: bool) -> set[str]:
    """Words written with a capital in the middle of a sentence: the names, except
    for German nouns."""
    if not casing.capitals_mean_names:
        return set()
    return {
        w.folded
        for w in words
        if not w.at_start
        and w.raw[:1].isupper()
        and w.folded not in STOPWORDS
        and not (german and _german_noun(w.folded))
    }


class ArticleWords(NamedTuple):
    """The words of one article that story matching compares (see StoryFingerprint)."""

    names: frozenset[str]
    terms: frozenset[str]
    phrases: frozenset[str]
    headline: frozenset[str]


def article_words(title: str, text: str, entities: Entities | None = None) -> ArticleWords:
    """Names, terms, phrases and headline names of an article whose title and text have
    been through `plain_text`."""
    vocabulary = _vocabulary(entities)
    title_words = _scan(title, vocabulary)
    body_words = _scan(text, vocabulary)
    german = _is_german(title_words + body_words)
    body_casing = _casing(body_words, german)
    title_casing = _casing(title_words, german)
    known_names = _inner_capitals(body_words, body_casing, german) | _inner_capitals(
        title_words, title_casing, german
    )

    names, terms = _Counts(), _Counts()
    phrases: set[str] = set()
    title_lead = len(title_words)  # every title word is prominent
    _collect(title_words, _TITLE_COUNT, title_casing, german, known_names, names, terms, title_lead, phrases,
             vocabulary)
    # Title names in title order (dicts keep insertion order), the generic ones left out.
    headline = [key for key in names.seen if name_weight(key) > GENERIC_WEIGHT]
    _collect(body_words, 1, body_casing, german, known_names, names, terms, _LEAD_WORDS, phrases, vocabulary)
    return ArticleWords(
        names=names.top(MAX_NAMES),
        terms=terms.top(MAX_TERMS),
        phrases=_sample(phrases),
        headline=frozenset(headline[:MAX_HEADLINE]),
    )


def _sample(phrases: set[str]) -> frozenset[str]:
    """The MAX_PHRASES phrases with the smallest hashes: a sample chosen the same way
    in every article, so two long reports of one event keep the phrases they share."""
    ranked = sorted(phrases, key=lambda phrase: (zlib.crc32(phrase.encode()), phrase))
    return frozenset(ranked[:MAX_PHRASES])
