"""Numbers as newspapers write them, in English, French and German.

Two jobs for the pledge extractor:
- `find_money`: amounts with a currency ("2,5 milliards d'euros", "$2.5bn",
  "2,5 Mrd. Euro", "€500 million", "£2.3 billion") -> value in units + ISO currency.
- `find_counts`: counts of things ("14 Leopard", "quatorze chars", "zwölf Panzer"),
  leaving out what only looks like a count: years, dates, calibres ("155 mm"),
  percentages, ages, model numbers ("F-16", "PzH 2000") and money.

Decimal and thousands separators differ by language ("1,500" is 1500 in English
and 1.5 in French), so parsing takes the article language when it is known.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

import re2

from bot.core.text import fold


# Currency placeholder for "Kronen"/"couronnes": Swedish, Danish, Norwegian or Czech
# crowns, which only the donor tells apart.
CROWNS = "CROWNS"


@dataclass(frozen=True, slots=True)
class Money:
    value: float
    currency: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Count:
    value: int
    start: int
    end: int


# ----------------------------------------------------------------- number words

_UNITS = {
    "en": "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen twenty",
    "fr": "zero un deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze "
    "seize dix-sept dix-huit dix-neuf vingt",
    "de": "null eins zwei drei vier funf sechs sieben acht neun zehn elf zwolf dreizehn vierzehn "
    "funfzehn sechzehn siebzehn achtzehn neunzehn zwanzig",
}
_TENS = {
    "en": {"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90},
    "fr": {"trente": 30, "quarante": 40, "cinquante": 50, "soixante": 60, "soixante-dix": 70,
           "quatre-vingt": 80, "quatre-vingts": 80, "quatre-vingt-dix": 90},
    "de": {"dreissig": 30, "vierzig": 40, "funfzig": 50, "sechzig": 60, "siebzig": 70, "achtzig": 80,
           "neunzig": 90},
}
_HUNDREDS = {"hundred": 100, "cent": 100, "cents": 100, "hundert": 100, "thousand": 1000, "mille": 1000,
             "tausend": 1000, "dozen": 12, "douzaine": 12, "dutzend": 12}

NUMBER_WORDS: dict[str, int] = {}
for _lang, _words in _UNITS.items():
    for _value, _word in enumerate(_words.split()):
        NUMBER_WORDS[_word] = _value
    NUMBER_WORDS.update(_TENS[_lang])
# Articles ("un", "une", "ein", "a") are not counts: "un système Patriot" is one
# system but also just "a system"; reporting 1 would be noise.
NUMBER_WORDS.pop("un", None)
NUMBER_WORDS.update({"zwei": 2, "zwo": 2, "dreißig": 30, "one": 1, "single": 1, "deux": 2})
_GERMAN_UNITS = {w: v for v, w in enumerate(_UNITS["de"].split()) if 1 <= v <= 9}
_GERMAN_UNITS["ein"] = 1


def number_word(word: str) -> int | None:
    """The value of a written-out number ("fourteen", "quatorze", "vierzehn",
    "twenty-five", "vingt-cinq", "fünfundzwanzig"), or None."""
    key = fold(word).replace("ß", "ss").strip()
    if key in NUMBER_WORDS:
        return NUMBER_WORDS[key]
    if key in _HUNDREDS:
        return _HUNDREDS[key]
    parts = re.split(r"[-\s]+(?:et[-\s]+)?", key)
    if len(parts) == 2 and parts[0] in NUMBER_WORDS and parts[1] in NUMBER_WORDS:
        tens, unit = NUMBER_WORDS[parts[0]], NUMBER_WORDS[parts[1]]
        if tens >= 20 and tens % 10 == 0 and 1 <= unit <= 9:
            return tens + unit
        if tens in (60, 80) and 10 <= unit <= 19:  # soixante-douze, quatre-vingt-quinze
            return tens + unit
    if len(parts) == 2 and parts[1] in _HUNDREDS and parts[0] in NUMBER_WORDS:
        return NUMBER_WORDS[parts[0]] * _HUNDREDS[parts[1]]
    german = re.fullmatch(r"(\w+?)und(\w+)", key)
    if german and german.group(1) in _GERMAN_UNITS and german.group(2) in _TENS["de"].keys() | {"zwanzig"}:
        tens = NUMBER_WORDS.get(german.group(2), 0)
        return tens + _GERMAN_UNITS[german.group(1)]
    return None


# ----------------------------------------------------------------- numerals

# Digits with optional group separators (space, thin/no-break space, comma, dot,
# apostrophe) and an optional decimal part.
_NUMERAL = r"\d{1,3}(?:[ \u00a0\u202f\u2009.,'’]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?"


_GROUP_SPACES = re.compile(r"[\s\u00a0\u202f\u2009'’]")
_DIGITS_AND_SEPARATORS = re.compile(r"[\d.,]+")


def parse_numeral(text: str, lang: str | None = None) -> float | None:
    """Value of a written numeral, respecting the language's separators:
    "1,500" is 1500 in English and 1.5 in French/German; "1.500" the reverse;
    "1 500" is 1500 everywhere; "2,5" and "2.5" are 2.5."""
    raw = _GROUP_SPACES.sub("", text.strip())
    if not raw or not _DIGITS_AND_SEPARATORS.fullmatch(raw) or not raw[0].isdigit():
        return None
    seps = [c for c in raw if c in ".,"]
    if not seps:
        return float(raw)
    if len(set(seps)) == 2:
        decimal = raw.rstrip("0123456789")[-1]
        thousands = "," if decimal == "." else "."
        return _as_float(raw.replace(thousands, "").replace(decimal, "."))
    sep = seps[0]
    groups = raw.split(sep)
    if len(seps) > 1:
        # "1.000.000" or "1,000,000": only thousands separators repeat.
        if all(len(g) == 3 for g in groups[1:]):
            return _as_float(raw.replace(sep, ""))
        return None
    tail = groups[1]
    if len(tail) == 3 and groups[0] != "0":
        english = lang is None or lang == "en"
        is_thousands = (sep == "," and english) or (sep == "." and lang != "en")
        if is_thousands:
            return _as_float(raw.replace(sep, ""))
    return _as_float(raw.replace(sep, "."))


def _as_float(text: str) -> float | None:
    try:
        return float(text)
    except ValueError:
        return None


# ----------------------------------------------------------------- money

_SCALE_WORDS = [
    # (pattern on folded text, multiplier); longest first.
    (r"milliards?|milliarden?|mrd\.?|mds?\.?|md\.?", 1e9),
    (r"billions?|bn\.?|bln\.?", 1e9),
    (r"millions?|millionen|mio\.?|mln\.?|mn\.?|m\b", 1e6),
    (r"thousand|mille|tausend|k\b", 1e3),
]
_SCALE = "|".join(p for p, _ in _SCALE_WORDS)
_SCALE_RES = tuple((re.compile(p), factor) for p, factor in _SCALE_WORDS)

_CURRENCY_WORDS = [
    (r"euros?|eur\b|€", "EUR"),
    (r"(?:us[- ]?)?dollars?(?: americains| us)?|usd\b|us\$|\$", "USD"),
    (r"(?:pounds?(?: sterling)?|livres? sterling|pfund(?: sterling)?|gbp\b|£)", "GBP"),
    (r"(?:canadian dollars?|dollars? canadiens?|kanadische[n]? dollar|cad\b|c\$|ca\$)", "CAD"),
    (r"(?:australian dollars?|dollars? australiens?|australische[n]? dollar|aud\b|a\$|au\$)", "AUD"),
    (r"(?:swiss francs?|francs? suisses?|franken|chf\b)", "CHF"),
    (r"(?:norwegian kroner|couronnes norvegiennes|norwegische[n]? kronen|nok\b)", "NOK"),
    (r"(?:swedish kronor|couronnes suedoises|schwedische[n]? kronen|sek\b)", "SEK"),
    (r"(?:danish kroner|couronnes danoises|danische[n]? kronen|dkk\b)", "DKK"),
    (r"(?:yens?|jpy\b|¥)", "JPY"),
    (r"(?:czech korun[ay]|couronnes tcheques|tschechische[n]? kronen|czk\b)", "CZK"),
    # Crowns without a country: the caller decides from context (see CROWNS).
    (r"(?:kronen|kroner|kronor|crowns|couronnes)", CROWNS),
]
# Longer currency names first so "canadian dollars" is not read as USD.
_CURRENCY_ORDER = sorted(_CURRENCY_WORDS, key=lambda pc: -len(pc[0]))
_CURRENCY = "|".join(f"(?P<c{i}>{p})" for i, (p, _) in enumerate(_CURRENCY_ORDER))
_CURRENCY_AFTER = "|".join(f"(?P<a{i}>{p})" for i, (p, _) in enumerate(_CURRENCY_ORDER))

# Everything is matched on folded text (lower case, no accents), whose offsets equal
# the original's for the characters money uses.
_MONEY_BEFORE = re.compile(
    rf"(?<![\w$€£¥])(?:{_CURRENCY})\s?(?P<num>{_NUMERAL})(?:\s?(?P<scale>{_SCALE}))?(?![\w])",
)
_MONEY_AFTER = re.compile(
    rf"(?<![\w.,])(?P<num>{_NUMERAL})\s?(?:(?P<scale>{_SCALE})\s?(?:d['’]\s?|de\s|of\s)?)?(?:{_CURRENCY_AFTER})(?![\w])",
)

# Where matches can start. An amount or a count holds a numeral, so its pattern is
# tried only where one can begin, instead of at every character: these patterns
# open with a look-behind and a long alternation, which `re` cannot skip through
# quickly. `_matches_from` then yields exactly what `finditer` would.
_DIGITS = re.compile(r"\d+")
# The longest text a currency sign or name matches (tests/test_pledges_fast.py checks it
# against _CURRENCY): an amount with the sign first starts at most this far, plus
# one space, before its first digit.
CURRENCY_MAX_CHARS = 22
_CURRENCY_HEAD = re.compile(rf"(?<![\w$€£¥])(?:{_CURRENCY})\s?\d")


# The last text's digit runs: find_money and find_counts read the same text in turn.
_last_digits: tuple[str, list[int]] = ("", [])


def _digit_starts(folded: str) -> list[int]:
    """Where each run of digits begins: where a numeral (and so an amount with the
    currency after it, or a count) can begin. Callers never change the list."""
    global _last_digits
    last_text, found = _last_digits
    if folded != last_text or not folded:
        found = [m.start() for m in _DIGITS.finditer(folded)]
        _last_digits = (folded, found)
    return found


def _currency_starts(folded: str, digits: list[int]) -> Iterator[int]:
    """Each position, in order, where a currency sign or name followed by a digit
    begins: where an amount with the sign first can begin. A currency name holds no
    digit, so such an amount begins within CURRENCY_MAX_CHARS + 1 characters before
    a run of digits, and its digit is the start of that run (or an earlier one)."""
    scanned = 0  # every start before this has been given
    for digit in digits:
        low = max(scanned, digit - CURRENCY_MAX_CHARS - 1)
        while low < digit:
            head = _CURRENCY_HEAD.search(folded, low, digit + 1)
            if head is None:
                break
            yield head.start()
            low = head.start() + 1
        scanned = max(scanned, digit)


def _matches_from(pattern: re.Pattern[str], text: str, starts: Iterable[int]) -> Iterator[re.Match[str]]:
    """What `pattern.finditer(text)` yields, given every position (in order) where a
    match of `pattern` could begin; matches are never empty. `re` reads what lies
    before the position, so look-behinds see the same text as in a full scan."""
    position = 0
    for start in starts:
        if start >= position:
            match = pattern.match(text, start)
            if match:
                yield match
                position = match.end()


def _currency_of(match: re.Match[str], prefix: str) -> str | None:
    for i, (_, code) in enumerate(_CURRENCY_ORDER):
        if match.group(f"{prefix}{i}"):
            return code
    return None


def _scale_of(word: str | None, lang: str | None) -> float:
    if not word:
        return 1.0
    word = word.rstrip(".")
    # "billion" is 10^12 in French and German ("un billion", "eine Billion").
    if word.startswith("billion") and (lang in ("fr", "de") or word == "billionen"):
        return 1e12
    for pattern, factor in _SCALE_RES:
        if pattern.fullmatch(word) or pattern.fullmatch(word + "."):
            return factor
    return 1.0


def find_money(text: str, lang: str | None = None, folded: str | None = None) -> list[Money]:
    """Every amount of money in `text`, in reading order, without overlaps.
    `folded` is `fold_aligned(text)` when the caller already has it."""
    folded = fold_aligned(text) if folded is None else folded
    digits = _digit_starts(folded)
    if not digits:
        return []
    found: list[Money] = []
    # "€500 million" (sign first) wins over a reading with the sign after; both
    # patterns' matches are sorted by start, so overlaps are checked by bisection.
    taken_starts: list[int] = []
    taken_ends: list[int] = []
    for matches, prefix in (
        (_matches_from(_MONEY_BEFORE, folded, _currency_starts(folded, digits)), "c"),
        (_matches_from(_MONEY_AFTER, folded, digits), "a"),
    ):
        for match in matches:
            i = bisect.bisect_left(taken_starts, match.end())
            if i > 0 and taken_ends[i - 1] > match.start():
                continue
            number = parse_numeral(match.group("num"), lang)
            currency = _currency_of(match, prefix)
            if number is None or currency is None:
                continue
            value = number * _scale_of(match.group("scale"), lang)
            end = match.end()
            found.append(Money(value, currency, match.start(), end))
            i = bisect.bisect_left(taken_starts, match.start())
            taken_starts.insert(i, match.start())
            taken_ends.insert(i, end)
    return sorted(found, key=lambda m: m.start)


def fold_aligned(text: str) -> str:
    """`fold` one character at a time, so offsets into the result are offsets into
    `text` (a character that folds to several, like "ß", keeps its first; typographic
    apostrophes become "'"), for regexes whose matches must point into the original."""
    if text.isascii():
        return text.lower()
    return text.translate(_FOLD_TABLE).lower()


class _FoldTable(dict):
    """str.translate table that folds each non-ASCII character to exactly one
    character, computed on first sight and remembered."""

    def __missing__(self, code: int) -> str | None:
        ch = chr(code)
        if ch.isascii():
            result = ch  # lower() runs afterwards
        elif ch in "’‘ʼ´":
            result = "'"
        elif ch == "ß":
            result = "s"  # "ss" would shift offsets; patterns accept "s" for "ss"
        else:
            folded = fold(ch)
            result = folded[:1] if folded else " "
        self[code] = result
        return result


_FOLD_TABLE = _FoldTable()


# ----------------------------------------------------------------- counts

# A numeral that is really something else, judged by the word right after it.
_NOT_A_COUNT_AFTER = re.compile(
    r"[\s-]?(?:%|pour ?cent|per ?cent|prozent|mm\b|cm\b|km\b|m\b|kg\b|t\b|millim|kilom|meter|metre|"
    r"ans?\b|jahre|year|years|yr|jours?\b|days?\b|tage|mois\b|months?\b|monate|weeks?\b|semaines?\b|wochen|"
    r"heures?\b|hours?\b|stunden|h\b|uhr\b|"
    r"janv|fevr|mars\b|avril|mai\b|juin|juil|aout|sept|octo|nove|dece|"
    r"jan|feb|mar\b|march|apr|may\b|june?|july?|aug|sep|oct|nov|dec|"
    r"januar|februar|marz|juni|juli|august|oktober|dezember|"
    r"e\b|er\b|eme\b|th\b|st\b|nd\b|rd\b|"
    r"milliard|billion|million|mrd|mio|bn\b|md\b|mds\b|k\b|thousand|tausend|mille\b|"
    r"euro|dollar|pfund|livre|pound|€|\$|£|"
    r"-?jahrig|-year-old|-ans|"
    # A decade written with an apostrophe ("the 80's", "the '80s") is a time, not a count.
    r"['\u2019]s\b)",
)
# ... or judged by what comes before: a model name ("F-16", "PzH 2000", "MiG-29"),
# a date ("le 14", "am 14.", "on the 14th"), money, or a clock time.
_NOT_A_COUNT_BEFORE = re.compile(
    r"(?:[a-z]-|[a-z]\s?/|\$|€|£|§|#|n°|no\.\s?|nr\.\s?|"
    r"\b(?:le|du|au|am|vom|bis|since|depuis|until|jusqu'au|aged|age|agee|ages|alter|alters|"
    r"janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|"
    r"january|february|march|april|may|june|july|august|september|october|november|december|"
    r"januar|februar|marz|juni|juli|oktober|dezember|"
    r"pzh|mig|su|mi|jas|strv|cv|rch|vol|chapter|article|artikel|page|seite|"
    r"leopard|mirage|patriot|version|phase|tranche|paket|package|round|level|kategorie|type|typ|"
    # A decade: "les années 80", "la décennie 90" (the English "1980s" and German "80er"
    # are glued to their suffix and never read as numbers).
    r"annees|decennie)\s?)$",
)
# A model's variant after its number: "Mirage 2000-5", "Mirage 2000 - 5", "M109-A6" has a
# letter; a spaced dash after a model number of three or more digits followed by a smaller
# number is the variant ("2000 - 5"), not a range ("300-400 shells" grows).
_VARIANT_BEFORE = re.compile(r"\b(\d{3,})\s?[-\u2013]\s?$")
_COUNT = re.compile(rf"(?<![\w.,/-])(?:{_NUMERAL})(?![\w]|[.,]\d)")
_SEPARATOR = re.compile(r"[\s.,'’]")
_SPACE = re.compile(r"\s")
_PER_BEFORE = re.compile(r"\b(?:per|pour)\s*$")


def _digit_count(folded: str, start: int, end: int, lang: str | None) -> Count | None:
    text = folded[start:end]
    value = parse_numeral(text, lang)
    if value is None or value != int(value) or value <= 0:
        return None
    if 1900 <= value <= 2100 and not _SEPARATOR.search(text):
        return None  # a year
    if _NOT_A_COUNT_AFTER.match(folded[end : end + 12]):
        return None
    if _NOT_A_COUNT_BEFORE.search(folded[max(0, start - 16) : start]):
        return None
    variant_of = _VARIANT_BEFORE.search(folded[max(0, start - 12) : start])
    if variant_of is not None and int(variant_of.group(1)) > value:
        return None
    return Count(int(value), start, end)


_NUMBER_WORD_ALTERNATIVES = "|".join(
    sorted((re.escape(w) for w in (*NUMBER_WORDS, *_HUNDREDS)), key=len, reverse=True)
)
# Candidates only: number words, their hyphenated compounds and German "-und-zig"
# forms; `number_word` then decides.
_GERMAN_TENS = "zwanzig|dreissig|dreisig|vierzig|funfzig|sechzig|siebzig|achtzig|neunzig"
_WORD_NUMBER = re.compile(
    rf"(?<![\w-])(?:(?:{_NUMBER_WORD_ALTERNATIVES})(?:-(?:et-)?(?:{_NUMBER_WORD_ALTERNATIVES}))*"
    rf"|\w+und(?:{_GERMAN_TENS}))(?![\w-])"
)
# Where _WORD_NUMBER can match, in one RE2 pass over the folded text as ASCII
# bytes (other characters as "?", which is no word character to either engine): at
# a number word (its part before any hyphen) standing as a word, or at the start of
# the word that "und" + tens ends (group 1). Every match of _WORD_NUMBER starts at
# one of these, so most texts are done without the slow scan of every character.
_WORD_NUMBER_HINT = re2.compile(
    (
        r"\b(?:"
        + "|".join(sorted({w.split("-")[0] for w in (*NUMBER_WORDS, *_HUNDREDS) if w.isascii()}))
        + rf")\b|(und(?:{_GERMAN_TENS})\b)"
    ).encode()
)


def _word_number_starts(folded: str) -> list[int]:
    """Every position, in order, where a match of _WORD_NUMBER can start."""
    starts = set()
    for hint in _WORD_NUMBER_HINT.finditer(folded.encode("ascii", "replace")):
        start = hint.start()
        if hint.group(1) is not None:  # "...undzwanzig": back to the start of the word
            while start > 0 and (folded[start - 1].isalnum() or folded[start - 1] == "_"):
                start -= 1
        starts.add(start)
    return sorted(starts)


def find_counts(
    text: str, lang: str | None = None, money: list[Money] | None = None, folded: str | None = None
) -> list[Count]:
    """Integer counts written as digits or words, with their spans. Leaves out years
    (1900-2100), dates, calibres, percentages, ages, model numbers and money. Pass
    `money` and `folded` (`fold_aligned(text)`) when already computed."""
    folded = fold_aligned(text) if folded is None else folded
    counts: list[Count] = []
    spans = sorted((m.start, m.end) for m in (find_money(text, lang, folded) if money is None else money))
    money_starts = [s for s, _ in spans]
    for match in _matches_from(_COUNT, folded, _digit_starts(folded)):
        start, end = match.span()
        i = bisect.bisect_right(money_starts, start) - 1
        if i >= 0 and start < spans[i][1]:
            continue
        count = _digit_count(folded, start, end, lang)
        space = _SPACE.search(match.group(0)) if count is None else None
        if space is not None:
            # "14 155-mm howitzers": the space was not a thousands separator.
            count = _digit_count(folded, start, start + space.start(), lang)
        if count is not None:
            counts.append(count)
    for match in _matches_from(_WORD_NUMBER, folded, _word_number_starts(folded)):
        value = number_word(match.group(0))
        if value is None or value <= 0:
            continue
        if _NOT_A_COUNT_AFTER.match(folded[match.end() : match.end() + 12]):
            continue
        if value == 100 and _PER_BEFORE.search(folded[max(0, match.start() - 6) : match.start()]):
            continue  # "per cent", "pour cent"
        counts.append(Count(value, match.start(), match.end()))
    return sorted(counts, key=lambda c: c.start)
