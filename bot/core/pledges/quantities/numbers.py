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
import math
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

import re2
from text_to_num import text2num

from bot.core.text import fold
from bot.core.text.lazy_pattern import lazy
from bot.core.text.months import ENGLISH_MONTHS, FRENCH_MONTHS, GERMAN_MONTHS, alternation

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

# Which words can be (part of) a written-out number: they find the candidates in
# the text. Their value is text2num's, which reads whole phrases in all three
# languages ("deux cent cinquante", "two hundred and fifty", "zweihundertfünfzig",
# "quatre-vingt-quinze", "vingt et un"); a hand-made table only knew single words
# and two-part compounds.
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
# system but also just "a system"; reporting 1 would be noise. They count only
# before a large scale word ("un million d'obus", "eine Million Schuss").
NUMBER_WORDS.pop("un", None)
NUMBER_WORDS.update({"zwei": 2, "zwo": 2, "dreißig": 30, "one": 1, "single": 1, "deux": 2})
# French approximations count as their round number, as "around twenty" does: "une
# vingtaine de chars" (their plurals, "des dizaines", "des centaines", say "many").
NUMBER_WORDS.update({"dizaine": 10, "quinzaine": 15, "vingtaine": 20, "trentaine": 30, "quarantaine": 40,
                     "cinquantaine": 50, "soixantaine": 60, "centaine": 100})
_ARTICLES = frozenset({"a", "an", "un", "une", "ein", "eine", "einer", "einem"})  # (dative: "von einer Milliarde")
# Scale words that multiply what comes before them ("three million", "deux milliards").
# Standing first they are no count: after digits they belong to money or a numeral
# ("2,5 milliards", "500 Millionen"), and "millions of people" is not a number.
_LARGE_SCALES = frozenset(
    "million millions millionen milliard milliards milliarde milliarden billion billions billionen".split()
)


def _longest_first(word: str) -> tuple[int, str]:
    """The order of a regex alternation of words: longest first (so that "millions" is tried
    before "million"), ties alphabetical. Sorting a set by length alone left ties in the set's
    order, which changes with each process's hash seed: the pattern's text did too, so each
    process compiled its own variant of it and added it to the compiled-regex cache
    (bot/regex_code.py), which grew by two patterns a process (stop 64). The order of two
    words of one length changes no match: at one place of a text at most one of them can match."""
    return -len(word), word


# Plural scale words alone say "many", not a number ("hundreds of drones", "des
# douzaines de", "Tausende"); "cents" alone is money or "per cent".
_VAGUE_PLURALS = frozenset({"hundreds", "thousands", "cents", "tausende", "hunderte", "douzaines", "dizaines",
                            "quinzaines", "vingtaines", "centaines", "milliers"})
_DOZENS = frozenset({"dozen", "douzaine", "douzaines", "dutzend"})
_HALVES = frozenset({"half", "halbe", "demi"})
# Half a dozen is six, as wire copy writes it ("a half-dozen", "a half dozen", "half a dozen",
# "ein halbes Dutzend", "mit einem halben Dutzend", "une demi-douzaine"); the German "halbes"
# and "halben" are no half of a large scale here.
_HALF_DOZENS = frozenset({"half-dozen", "half dozen", "half a dozen", "halbes dutzend", "halben dutzend",
                          "halben dutzends", "demi-douzaine"})
# One and a half, one German word before a scale: "anderthalb Milliarden Euro", "eineinhalb
# Millionen Schuss" (a sum stated exactly, unlike the halves above: it has its value).
_ONE_AND_A_HALF = frozenset({"anderthalb", "eineinhalb"})
_LANGUAGES = ("en", "fr", "de")
_DEMI = re.compile(r"\b(demi)-(?=milli)", re.IGNORECASE)


def _text2num(phrase: str, lang: str | None) -> int | None:
    """text2num's value of `phrase` in `lang` (every language in turn when unknown)."""
    for code in (lang,) if lang in _LANGUAGES else _LANGUAGES:
        try:
            return text2num(phrase, code)
        except ValueError:  # not a number in that language
            continue
    return None


def _half_of_a_scale(keys: list[str], words: list[str], lang: str | None) -> int | None:
    """Half of a large scale ("half a million", "a half million", "eine halbe Million", "un
    demi-million"): the scale's value halved; None for any other phrase. (Left unread until
    round 52: read, it joined an announcement to a delivery report that recalls the figure in
    a statement dated by its month, a recall the story evidence now knows: pledge_news.)"""
    rest = keys[1:] if keys[0] in _ARTICLES and len(keys) > 2 else keys
    if len(rest) < 2 or rest[0] not in _HALVES or rest[-1] not in _LARGE_SCALES:
        return None
    if not set(rest[1:-1]) <= _ARTICLES or len(rest) > 3:
        return None
    scale = _text2num(words[-1], lang)
    return scale // 2 if scale else None


def number_word(word: str, lang: str | None = None) -> int | None:
    """The value of a written-out number: a word or a compound ("fourteen", "quatorze",
    "vierzehn", "twenty-five", "quatre-vingt-quinze", "fünfundzwanzig") or a phrase
    ("two hundred", "vingt et un", "drei Millionen", "two dozen"), read in `lang`
    when given; None for anything else, and for an article alone ("un", "ein")."""
    words = _DEMI.sub("demi ", word).split()  # "un demi-million": the half, then its scale
    if not words:
        return None
    keys = [fold(w).replace("ß", "ss") for w in words]
    if " ".join(keys) in _HALF_DOZENS:
        return 6
    if keys[0] in _ONE_AND_A_HALF:
        scale = _text2num(words[-1], lang) if len(keys) == 2 and keys[-1] in _LARGE_SCALES else None
        return scale * 3 // 2 if scale else None
    half = _half_of_a_scale(keys, words, lang)
    if half is not None:
        return half
    if keys[0] in _ARTICLES or keys[0] in _HALVES:
        # "un million", "eine Million": an article counts before a large scale only
        # (its half is `_half_of_a_scale`'s).
        if keys[-1] not in _LARGE_SCALES or not set(keys[:-1]) <= _ARTICLES or len(keys) != 2:
            return None
        return _text2num(words[-1], lang)
    if keys[0] in _LARGE_SCALES or (len(keys) == 1 and keys[0] in _VAGUE_PLURALS):
        return None
    if keys[-1] in _DOZENS:  # text2num knows no dozens: "two dozen" is 24, "a dozen" 12
        if len(words) == 1:
            return 12
        many = number_word(" ".join(words[:-1]), lang)
        return many * 12 if many is not None else None
    value = _text2num(" ".join(words), lang)
    if value is None and len(keys) == 1:
        value = NUMBER_WORDS.get(keys[0])  # "single", and folded spellings ("zwolf")
    return value


# ----------------------------------------------------------------- numerals

# Digits with optional group separators (space, thin/no-break space, comma, dot,
# apostrophe) and an optional decimal part. At most six groups after the first (a number
# under 10^21, past which a float holds no exact sum anyway): unbounded, a run of
# thousands of figures a space apart ("100 101 102 ...", a table pasted into a feed item)
# was read to its end from each of its digits in turn by a pattern that then failed, the
# square of its length (2,000 figures, 2 s of CPU; the 100,000 characters an item's text
# may hold, minutes).
_NUMERAL = r"\d{1,3}(?:[ \u00a0\u202f\u2009.,'’]\d{3}){1,6}(?:[.,]\d+)?|\d+(?:[.,]\d+)?"


_GROUP_SPACES = lazy(r"[\s\u00a0\u202f\u2009'’]")
_DIGITS_AND_SEPARATORS = lazy(r"[\d.,]+")


def parse_numeral(text: str, lang: str | None = None) -> float | None:
    """Value of a written numeral, respecting the language's separators:
    "1,500" is 1500 in English and 1.5 in French/German; "1.500" the reverse;
    "1 500" is 1500 everywhere; "2,5" and "2.5" are 2.5."""
    raw = _GROUP_SPACES.sub("", text.strip())
    if not raw or not _DIGITS_AND_SEPARATORS.fullmatch(raw) or not raw[0].isdigit():
        return None
    seps = [c for c in raw if c in ".,"]
    if not seps:
        return _as_float(raw)
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
    """The value, or None for no number or one too long to be finite: 310 digits read
    as infinity, which no count or amount can be, and int() of it raises."""
    try:
        value = float(text)
    except ValueError:
        return None
    return value if math.isfinite(value) else None


# ----------------------------------------------------------------- money

_SCALE_WORDS = [
    # (pattern on folded text, multiplier); longest first.
    (r"milliards?|milliarden?|mrd\.?|mds?\.?|md\.?", 1e9),
    # ("$1.2B" and "$800M": headline shorthand, a capital letter glued to the figure; the folded
    # "b" counts only right after a digit, so no word or model letter is read as a scale)
    (r"billions?|bn\.?|bln\.?|(?<=\d)b\b", 1e9),
    (r"millions?|millionen|mio\.?|mln\.?|mn\.?|m\b", 1e6),
    (r"thousand|mille|tausend|k\b", 1e3),
]
_SCALE = "|".join(p for p, _ in _SCALE_WORDS)
_SCALE_RES = tuple((lazy(p), factor) for p, factor in _SCALE_WORDS)

_CURRENCY_WORDS = [
    (r"euros?|eur\b|€", "EUR"),
    (r"(?:us[- ]?)?dollars?(?: americains| us)?|usd\b|us\$|\$", "USD"),
    # "150 millions de livres": after a scale word French drops "sterling" (a count of books,
    # "150 livres", has none).
    ((r"(?:pounds?(?: sterling)?|livres? sterling|(?:(?<=millions de )|(?<=milliards de )|(?<=million de )"
      r"|(?<=milliard de ))livres\b|pfund(?: sterling)?|gbp\b|£)"), "GBP"),
    (r"(?:canadian dollars?|dollars? canadiens?|kanadische[n]? dollar|cad\b|c\$|ca\$)", "CAD"),
    (r"(?:australian dollars?|dollars? australiens?|australische[n]? dollar|aud\b|a\$|au\$)", "AUD"),
    # (New Zealand's dollar, told as "NZ$" by wire copy: review 64)
    (r"(?:new zealand dollars?|dollars? neo-zelandais|neuseelandische[n]? dollar|nzd\b|nz\$)", "NZD"),
    (r"(?:swiss francs?|francs? suisses?|franken|chf\b)", "CHF"),
    # (Swiss wire copy abbreviates the franc after a scale word: "15 Mio. Fr.", "1,2 Mrd. Fr."; "Fr." alone is a Friday)
    (r"(?:(?<=mio\. )|(?<=mrd\. )|(?<=millionen )|(?<=milliarden ))fr\.", "CHF"),
    (r"(?:norwegian (?:kroner|crowns?)|couronnes norvegiennes|norwegische[n]? kronen|nok\b)", "NOK"),
    (r"(?:swedish (?:kronor|crowns?)|couronnes suedoises|schwedische[n]? kronen|sek\b)", "SEK"),
    (r"(?:danish (?:kroner|crowns?)|couronnes danoises|danische[n]? kronen|dkk\b)", "DKK"),
    (r"(?:icelandic (?:kronur|krona|crowns?)|couronnes islandaises|islandische[n]? kronen|isk\b)", "ISK"),
    (r"(?:yens?|jpy\b|¥)", "JPY"),
    # (the Czech crown is often told by its own name alone: "500 million koruna", "500 Mio. Kč")
    (r"(?:czech (?:korun[ay]|crowns?)|couronnes tcheques|tschechische[n]? kronen|korun[ay]?\b|koruny|kc\b|czk\b)",
     "CZK"),
    (r"(?:icelandic (?:kronur|kronas?|crowns?)|couronnes islandaises|islandische[n]? kronen|isk\b)", "ISK"),
    # The other donors' and Ukraine's own money, as wire copy tells it once converted figures
    # are left out ("500 million lei", "200 Mrd. Forint", "10 milliards de hryvnias"). Without
    # them the sum's number reads as a count of the things it pays for.
    # ("Lei" is also a name, "in 2024 Lei ...": Romania's money only after a scale word, as aid is told)
    ((r"(?:(?<=million )|(?<=millions )|(?<=millions de )|(?<=billion )|(?<=milliard de )|(?<=milliards de )"
      r"|(?<=millionen )|(?<=milliarden )|(?<=mio\. )|(?<=mrd\. ))(?:lei|leu)\b"), "RON"),
    (r"(?:leva|bgn)\b", "BGN"),
    (r"(?:forints?|huf)\b", "HUF"),
    (r"(?:hryvni?as?|hryvnyas?|hrywnjas?|griwnas?|uah)\b", "UAH"),
    # ("won" alone is also the verb: only with its country or code)
    (r"(?:(?:south )?korean won|wons? sud-coreens?|(?:sud)?koreanische[n]? won|krw\b)", "KRW"),
    # Poland's packages are told in its own money ("1.4 billion zlotys", "1,4 Mrd. Zloty").
    (r"(?:zlotys?|zlotych|zlote|zl\b|pln\b)", "PLN"),
    # Crowns without a country: the caller decides from context (see CROWNS).
    # (singular too, as a compound adjective: "a 13.3 billion crown package")
    (r"(?:kronen|kroner|kronor|crowns?|couronnes)", CROWNS),
]
# Longer currency names first so "canadian dollars" is not read as USD.
_CURRENCY_ORDER = sorted(_CURRENCY_WORDS, key=lambda pc: -len(pc[0]))
_CURRENCY = "|".join(f"(?P<c{i}>{p})" for i, (p, _) in enumerate(_CURRENCY_ORDER))
_CURRENCY_AFTER = "|".join(f"(?P<a{i}>{p})" for i, (p, _) in enumerate(_CURRENCY_ORDER))

# Everything is matched on folded text (lower case, no accents), whose offsets equal
# the original's for the characters money uses.
# (a sum written as a compound's first part joins its words with hyphens: "ein 300-Millionen-Dollar-Paket",
# "das 500-Millionen-Euro-Paket", "a $300-million package": the sum, stop 63)
_MONEY_BEFORE = lazy(
    rf"(?<![\w$€£¥])(?:{_CURRENCY})\s?(?P<num>{_NUMERAL})(?:(?:\s?|-)(?P<scale>{_SCALE}))?(?![\w])",
)
_MONEY_AFTER = lazy(
    rf"(?<![\w.,])(?P<num>{_NUMERAL})(?:\s?|-)(?:(?P<scale>{_SCALE})(?:\s?|-)(?:d['’]\s?|de\s|of\s)?)?"
    rf"(?:{_CURRENCY_AFTER})(?![\w])",
)

# Where matches can start. An amount or a count holds a numeral, so its pattern is
# tried only where one can begin, instead of at every character: these patterns
# open with a look-behind and a long alternation, which `re` cannot skip through
# quickly. `_matches_from` then yields exactly what `finditer` would.
# (written "\d\d*", not "\d+": a pattern that opens with a character class lets `re`
# skip to the next digit in C; one that opens with a repeat is tried at every character)
_DIGITS = lazy(r"\d\d*")
# The longest text a currency sign or name matches (tests/pledges/test_pledges_fast.py checks it
# against _CURRENCY): an amount with the sign first starts at most this far, plus
# one space, before its first digit.
CURRENCY_MAX_CHARS = 24  # "neuseelandischen dollar"
_CURRENCY_HEAD = lazy(rf"(?<![\w$€£¥])(?:{_CURRENCY})\s?\d")


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


def _scaled(number: float, scale: float) -> float:
    """The amount a number and its scale word tell, a whole number when it is one:
    "4,1 Milliarden" is 4.1e9, where the float product is 4099999999.9999995 and would
    not equal the same sum told as "4.1 billion" elsewhere."""
    value = number * scale
    if scale <= 1 or not math.isfinite(value):
        return value  # (an infinite product has no whole number: analysis.py drops it)
    whole = round(value)
    return float(whole) if abs(value - whole) < 1e-3 else value


# The number and scale-word patterns and the amount they tell, for readers outside this
# module that find a figure in a form of their own (ranges.py).
NUMERAL = _NUMERAL
SCALE_WORD = _SCALE


def scaled_amount(number: float, scale_word: str | None, lang: str | None) -> float:
    """The amount `number` tells with its scale word ("1,1" and "Milliarden": 1.1e9)."""
    return _scaled(number, _scale_of(scale_word, lang))


def _scale_of(word: str | None, lang: str | None) -> float:
    if not word:
        return 1.0
    word = word.rstrip(".")
    if word == "b":  # "$1.2B" (the pattern's look-behind cannot match the word alone)
        return 1e9
    # "billion" is 10^12 in French and German ("un billion", "eine Billion").
    if word.startswith("billion") and (lang in ("fr", "de") or word == "billionen"):
        return 1e12
    for pattern, factor in _SCALE_RES:
        if pattern.fullmatch(word) or pattern.fullmatch(word + "."):
            return factor
    return 1.0


# Money written in words ends in a large scale and a currency: "sieben Milliarden Euro"
# (German style spells out numbers up to twelve), "deux milliards d'euros", "a billion
# dollars". Only such an ending is searched for; the number words before it are then read.
_WORDS_MONEY_TAIL = lazy(
    rf"\b(?P<scale>{'|'.join(sorted(_LARGE_SCALES, key=_longest_first))})\b"
    rf"\s?(?:d['’]\s?|de\s|of\s)?(?:{_CURRENCY_AFTER})(?![\w])"
)
# How far before its scale word a spelled-out number can begin ("quatre-vingt-quinze").
_WORDS_MONEY_REACH = 60
# Most texts hold no scale word at all: they are done without the search above.
# Every scale word begins with one of these (and neither can begin inside the other, or
# inside itself), so their matches are every place a _WORDS_MONEY_TAIL match can begin:
# that pattern opens with "\b" and an alternation, which `re` would try at every character.
_SCALE_HINT = lazy(r"milli|billion")


def find_money(
    text: str, lang: str | None = None, folded: str | None = None, *, conversions: bool = False
) -> list[Money]:
    """Every amount of money in `text`, in reading order, without overlaps.
    `folded` is `fold_aligned(text)` when the caller already has it. An amount converted
    in brackets right after another is left out unless `conversions` is set: for pledges
    it is the same money again, while the story matcher compares outlets by the figures
    each prints (one gives the crowns and the dollars, the next the dollars alone)."""
    folded = fold_aligned(text) if folded is None else folded
    digits = _digit_starts(folded)
    found = _money_in_digits(folded, digits, lang) if digits else []
    if _SCALE_HINT.search(folded):
        taken = [(m.start, m.end) for m in found]
        for money in _money_in_words(text, folded, lang):
            if not any(start < money.end and money.start < end for start, end in taken):
                found.append(money)
        found.sort(key=lambda m: m.start)
    if found:
        found = _with_elided_currency(folded, found, lang)
        found = _with_shared_scale(text, folded, found, lang)
    if len(found) > 1 and "(" in folded and not conversions:
        # An amount converted in brackets right after another is that amount again:
        # "1.5 billion crowns ($140 million)", "(environ 130 millions d'euros)".
        found = [
            m for i, m in enumerate(found)
            if i == 0 or not _CONVERSION_GAP.fullmatch(folded, found[i - 1].end, m.start)
        ]
    return found


# What wire copy writes before a figure it rounds or converts (folded text, as regex
# alternatives): "about", "soit environ", "rund", "umgerechnet". The story matcher reads
# them too (stories.figures_told._ROUGHLY).
APPROXIMATELY = (
    "about|around|approximately|roughly|some|nearly|almost|environ|soit|pres de|rund|etwa|circa|knapp|"
    "umgerechnet|equivalent to|the equivalent of"
)
# (two approximators may open it: "(umgerechnet rund 80 Mio. US-Dollar)", "(soit environ ...)")
_CONVERSION_GAP = lazy(rf"\s*\(\s*(?:(?:{APPROXIMATELY}|ca\.)\s*){{0,2}}")


# A second amount in a sentence often drops the currency the first named: "200 millions
# d'euros pour des obus et 100 millions pour des drones", "$50 million for shells and 30
# million for drones". A number with a scale word and no currency, followed by no noun of
# its own ("100 millions de personnes" counts people), is money in the currency of the
# amount before it in its sentence.
_ELIDED_AMOUNT = lazy(
    # (and the wire's short forms: "10 bln euros ..., 4 bln for air defence", "mln")
    # (the dot of "Mrd."/"Mio." is the abbreviation's, taken whole: read as the sentence's end it made
    # "1,5 Mio. Schuss" an amount; it ends the sentence too only before its end or a usual opener)
    rf"(?<![\w.,])(?P<num>{_NUMERAL})\s?(?P<scale>milliards?|milliarden?|mrd\.?+|billions?|bn\b|bln\b|millions?|millionen|mio\.?+|mln\b)"
    r"(?=(?<=\.)\s*$|(?<=\.)\s+(?:der|die|das|den|dem|des|er|sie|es|wir|ich|man|im|am|auf|mit|nach|laut|zudem|"
    r"damit|dazu|davon|auch|ausserdem|bereits)\b|"
    r"\s*(?:[,;:)]|\.(?:\s|$)|$)|\s+(?:for|pour|fur|to|towards|in|into|a|au|aux|an|and|et|und|sowie|more|further|"
    r"additional|weitere\w*|zusatzlich\w*|supplementaires?|de plus|will|werden|wurden|sont|ont|is|are|were|sind|seront|"
    r"va|vont|zur|zum|went|go|goes|gehen|gingen|sollen|"
    # a time after the amount ("d'en dépenser 9 milliards l'an prochain", "9 billion next year")
    r"l'an|l'annee|cette|d'ici|en|next|this|by|im|bis|pro|par|per|each|chaque|jahrlich)\b)"
)
_SENTENCE_END = lazy(r"[.!?](?:\s|$)")
# (folded text, at a sentence's start) A share of the amount the sentence before named, told by its
# opening: "Of this,", "Of that sum", "Dont", "Sur cette somme", "Davon", "Darunter", "Von dieser Summe".
_SHARE_OPENS = lazy(
    r"\s*(?:of (?:this|that|it|which|the total|the sum|this sum|that sum|this amount)|dont|"
    r"sur (?:cette somme|ce montant|ce total|cette enveloppe)|davon|darunter|"
    r"von (?:dieser summe|diesem betrag|dieser summe|diesen mitteln))\b"
)
_ELIDED_REACH = 150  # characters from the amount before, in one sentence


_ELIDED_SCALE = lazy(r"milli|billion|mrd|mio|\bbln\b|\bmln\b")
_NUMBER_ENDING = lazy(rf"(?:{_NUMERAL})\s?$")


def _with_elided_currency(folded: str, found: list[Money], lang: str | None) -> list[Money]:
    added = []
    # (found by their scale word, which most amounts already read hold: the number
    # before it is looked for only around a scale word outside them; the amounts come in
    # reading order without overlaps, so the one that may hold it is found by bisection:
    # trying them all for every scale word cost the square of a list of sums)
    starts = [m.start for m in found]
    for scale in _ELIDED_SCALE.finditer(folded, found[0].end):
        holder = bisect.bisect_right(starts, scale.start()) - 1
        if holder >= 0 and scale.start() < found[holder].end:
            continue
        number = _NUMBER_ENDING.search(folded, max(found[0].end, scale.start() - 24), scale.start())
        match = _ELIDED_AMOUNT.match(folded, number.start()) if number else None
        if match is None or match.start("scale") != scale.start():
            continue
        start, end = match.span()
        if any(m.start < end and start < m.end for m in found + added):
            continue
        before = [m for m in found if m.end <= start]
        if not before or start - before[-1].end > _ELIDED_REACH:
            continue
        ended = list(_SENTENCE_END.finditer(folded, before[-1].end, start))
        # (one sentence end between them only before a share of the amount before: "... 900 million
        # euros. Of this, 300 million go to ammunition", "Davon gehen 300 Millionen in Munition")
        if ended and (len(ended) > 1 or not _SHARE_OPENS.match(folded, ended[0].end(), start)):
            continue
        amount = parse_numeral(match.group("num"), lang)
        if amount is not None:
            value = _scaled(amount, _scale_of(match.group("scale"), lang))
            added.append(Money(value, before[-1].currency, start, end))
    return sorted(found + added, key=lambda m: m.start) if added else found


# Two amounts sharing one scale and currency: "200 et 150 millions d'euros", "120
# beziehungsweise 80 Millionen Euro", "2 and 3 billion dollars". The bare number before the
# conjunction is money of the amount after it, in its scale (a range, "between 200 and 300
# million", is one sum told vaguely: left alone; so is a year, "in 2024 and 5 billion"; and
# so is a name's model number, "14 chars Leopard 2 et 2,5 milliards", "PAC-3 and 2 billion").
_SHARED_SCALE_BEFORE = lazy(
    rf"(?<![\w.,-])(?P<num>{_NUMERAL})\s+(?:and|et|und|bzw\.?|beziehungsweise|or|ou|oder)\s+$"
)
_NAME_BEFORE = lazy(r"(?:^|\s)(?P<name>[A-Z][\w-]*)\s+$")
# ... but a capital before a sum's number is often the receiver, "give Ukraine 200 and 150
# million", and German capitalises every noun: only a small number after a capitalised word
# other than these is taken for a model ("Leopard 2", "Patriot 3").
_RECEIVER_NAMES = frozenset({"Ukraine", "Ukraina", "Kyiv", "Kiev", "Kiew", "Kiev's", "Kyiv's"})
_MODEL_NUMBERS_BELOW = 100
_SHARED_SCALE_NUMBER = lazy(rf"(?:{_NUMERAL})\s?(?P<scale>{_SCALE})")
_RANGE_BEFORE = lazy(r"\b(?:between|entre|zwischen|from|von|de)\s+$")


def _with_shared_scale(text: str, folded: str, found: list[Money], lang: str | None) -> list[Money]:
    added = []
    for i, money in enumerate(found):
        scaled = _SHARED_SCALE_NUMBER.match(folded, money.start)
        if scaled is None:
            continue
        low = max(found[i - 1].end if i else 0, money.start - 30)
        bare = _SHARED_SCALE_BEFORE.search(folded, low, money.start)
        if bare is None or _RANGE_BEFORE.search(folded, max(0, bare.start() - 10), bare.start()):
            continue
        number = parse_numeral(bare.group("num"), lang)
        if number is None or number >= 1000:
            continue
        name = _NAME_BEFORE.search(text, max(0, bare.start("num") - 30), bare.start("num"))
        if name and number < _MODEL_NUMBERS_BELOW and name.group("name") not in _RECEIVER_NAMES:
            continue  # "Leopard 2 et ...": the number names a model (`text`, unlike `folded`, keeps case)
        value = _scaled(number, _scale_of(scaled.group("scale"), lang))
        added.append(Money(value, money.currency, bare.start("num"), bare.end("num")))
    return sorted(found + added, key=lambda m: m.start) if added else found


def _money_in_words(text: str, folded: str, lang: str | None) -> Iterator[Money]:
    """Amounts whose number is spelled out ("sieben Milliarden Euro", "half a billion dollars",
    "un demi-milliard d'euros")."""
    scale_starts = (hint.start() for hint in _SCALE_HINT.finditer(folded))
    for tail in _matches_from(_WORDS_MONEY_TAIL, folded, scale_starts):
        scale_end = tail.end("scale")
        low = max(0, tail.start() - _WORDS_MONEY_REACH)
        run = next((m for m in _WORD_NUMBER.finditer(folded, low, scale_end) if m.end() == scale_end), None)
        if run is None:
            continue
        value = number_word(text[run.start() : run.end()], lang)
        currency = _currency_of(tail, "a")
        if value and currency is not None:
            yield Money(float(value), currency, run.start(), tail.end())


def _money_in_digits(folded: str, digits: list[int], lang: str | None) -> list[Money]:
    """Amounts whose number is written in digits ("€500 million", "2,5 Mrd. Euro")."""
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
            value = _scaled(number, _scale_of(match.group("scale"), lang))
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
    # The table keeps ASCII as it is: only the runs of other characters are translated
    # (a translate of the whole text looks up every character, ~3 times slower).
    return _NON_ASCII_RUN.sub(_fold_run, text).lower()


_NON_ASCII_RUN = lazy(r"[^\x00-\x7f][^\x00-\x7f]*")  # (not "[...]+": see _DIGITS)


def _fold_run(run: re.Match[str]) -> str:
    return _FOLDED_RUNS[run.group()]


class _FoldedRuns(dict):
    """Each run of non-ASCII characters folded (see _FoldTable), remembered: articles
    repeat a few runs ("é", "ü", "’") dozens of times, and a look-up costs half of a
    translate. Bounded like the table: past LIMIT runs it starts afresh."""

    LIMIT = 65536

    def __missing__(self, run: str) -> str:
        folded = run.translate(_FOLD_TABLE)
        if len(self) >= self.LIMIT:
            self.clear()
        self[run] = folded
        return folded


_FOLDED_RUNS = _FoldedRuns()


class _FoldTable(dict):
    """str.translate table that folds each non-ASCII character to exactly one
    character, computed on first sight and remembered (at most LIMIT of them: feed text
    is anyone's, and every code point remembered is ~190 MiB; see bot.core.text._Unaccented)."""

    LIMIT = 65536

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
        if len(self) < self.LIMIT:
            self[code] = result
        return result


_FOLD_TABLE = _FoldTable()


# ----------------------------------------------------------------- counts

# A numeral that is really something else, judged by the word right after it.
_NOT_A_COUNT_AFTER = lazy(
    # (a letter and a dash with digits is a model, not a unit: "30 T-72", "28 M-55", "K-2")
    r"[\s-]?(?:%|pour ?cent|per ?cent|prozent|mm\b|cm\b|km\b|m\b(?!-\d)|kg\b|t\b(?!-\d)|millim|kilom|meter|metre|"
    # (a weight or a volume is no count of things: "2,000 tonnes of spare parts", "40 000
    # tonnes de gazole", "3.000 Tonnen Treibstoff", "500,000 litres of diesel")
    r"tonnes?\b|tons?\b|tonnen\b|litres?\b|liters?\b|liter\b|"
    # (French "an" is a year; German "an die Ukraine" is whom the count goes to: "gibt vier an die Ukraine")
    r"ans\b|an\b(?!\s+(?:die|den|das|der|kiew)\b)|"
    r"jahre|year|years|yr|jours?\b|days?\b|tage|mois\b|months?\b|monate|weeks?\b|semaines?\b|wochen|"
    r"heures?\b|hours?\b|stunden|h\b|uhr\b|"
    r"janv|fevr|mars\b|avril|mai\b|juin|juil|aout|sept|octo|nove|dece|"
    r"jan|feb|mar\b|march|apr|may\b|june?|july?|aug|sep|oct|nov|dec|"
    r"januar|februar|marz|juni|juli|august|oktober|dezember|okt\b|dez\b|"
    r"e\b|er\b|eme\b|th\b|st\b|nd\b|rd\b|"
    r"milliard|billion|million|mrd|mio|bn\b|bln\b|mln\b|md\b|mds\b|k\b(?!-\d)|thousand|tausend|mille\b|"
    r"euro|dollar|pfund|livre|pound|€|\$|£|"
    r"-?jahrig|-year-old|-ans|"
    # A decade written with an apostrophe ("the 80's", "the '80s") is a time, not a count.
    r"['\u2019]s\b)",
)
# ... or judged by what comes before: a model name ("F-16", "PzH 2000", "MiG-29"),
# a date ("le 14", "am 14.", "on the 14th"), money, or a clock time.
_NOT_A_COUNT_BEFORE = lazy(
    r"(?:[a-z]-|[a-z]\s?/|\$|€|£|§|#|n°|no\.\s?|nr\.\s?|"
    r"\b(?:le|du|au|am|vom|bis|since|depuis|until|jusqu'au|aged|age|agee|ages|alter|alters|"
    # A month shortened as in wire datelines ("BRUSSELS, Nov 11 -", "on Sept. 3", "am 3. Okt."
    # is read after the number): the day, not a count.
    r"jan\.?|feb\.?|febr\.?|apr\.?|jun\.?|jul\.?|aug\.?|sept?\.?|oct\.?|okt\.?|nov\.?|dec\.?|dez\.?|"
    r"janv\.?|fevr?\.?|avr\.?|juil\.?|"
    r"pzh|mig|su|mi|jas|strv|cv|rch|vol|chapter|article|artikel|page|seite|"
    r"leopard|mirage|patriot|version|phase|tranche|paket|package|round|level|kategorie|type|typ|model|mark|mk|"
    # A decade: "les années 80", "la décennie 90" (the English "1980s" and German "80er"
    # are glued to their suffix and never read as numbers).
    r"annees|decennie)\s?)$",
)
# An aircraft maker's name right before a number of three digits or more makes it the model
# ("two Saab 340 early-warning aircraft", "zwei Boeing 737"); a smaller number after the maker
# is what was bought from it ("bestellt bei Saab 2 Frühwarnflugzeuge", "commandé à Airbus 12
# hélicoptères": the makers' models carry three digits).
_MAKER_BEFORE = lazy(r"\b(?:saab|boeing|airbus|embraer|cessna|beechcraft|casa)\s?$")
_MODEL_NUMBER_FROM = 100
# A month's name right before a number makes it the day ("November 20", "Nov 20") in
# English only: French and German write the day first ("20 novembre", "20. November"), so
# "im November 20 Schützenpanzer" and "en mars 12 canons" keep their counts.
_MONTH_BEFORE = lazy(rf"\b(?:{alternation(FRENCH_MONTHS, ENGLISH_MONTHS, GERMAN_MONTHS)})\s?$")
_DAY_FIRST_LANGUAGES = ("fr", "de")
# A dated line's year before a spaced dash is no model number: "January 2025 - 20 M113",
# "* 2024 - 12 howitzers" (a month or the line's start before it), while "Mirage 2000 - 5"
# names a model.
_DATED_YEAR_BEFORE = lazy(
    rf"(?:^|\n|[*\u2022\u00b7-]\s?|\b(?:{alternation(FRENCH_MONTHS, ENGLISH_MONTHS, GERMAN_MONTHS)})\.?\s?)$"
)
# A model's variant after its number: "Mirage 2000-5", "Mirage 2000 - 5", "M109-A6" has a
# letter; a spaced dash after a model number of three or more digits followed by a smaller
# number is the variant ("2000 - 5"), not a range ("300-400 shells" grows).
_VARIANT_BEFORE = lazy(r"\b(\d{3,})\s?[-\u2013]\s?$")
_COUNT = lazy(rf"(?<![\w.,/-])(?:{_NUMERAL})(?![\w]|[.,]\d)")
_SEPARATOR = lazy(r"[\s.,'’]")
_SPACE = lazy(r"\s")
_PER_BEFORE = lazy(r"\b(?:per|pour)\s*$")
# German writes the day as an ordinal: "Mittwoch, 11. November", "11. Nov.".
_DOTTED_DAY = lazy(rf"\.\s?(?:{alternation(GERMAN_MONTHS)}|jan|feb|apr|jun|jul|aug|sep|sept|okt|nov|dez)\b")
# German writes an ordinal with a dot: the 22nd aid package is "22. Hilfspaket", "das 48.
# Militärhilfepaket" (as English "22nd" and French "22e" are, it is no count).
_DOTTED_PACKAGE = lazy(r"\.\s?\w{0,24}?paket")
# A day number right after or before "sept" makes it September's short name.
_DAY_AFTER = lazy(r"\.?\s?[0-3]?\d\b")
_DAY_BEFORE = lazy(r"\b[0-3]?\d\.?\s?$")


# A number of a year's four digits is a year unless a thing counted follows it ("2000
# Drohnen", "1500 anti-tank weapons", "2000 obus"): then it is a count, unless the words
# before it date it ("im Jahr 2000", "seit 2022", "bis 2027", "by 2027", "d'ici 2030", "en
# 2024", "spring 2025"), or it names a model after a thing's name ("Mirage 2000",
# "Panzerhaubitze 2000"), or it opens the sentence before a word that may be a name
# ("2022 Leopard tanks ..." is a year more often than a count).
# ("of" alone, "von" and "des" are left out: "a total of 2000 drones", "die Lieferung von 2000 Drohnen", "la
# livraison des 2000 drones" count; French "dès 2024" folds to the article "des")
_YEAR_TOLD_BEFORE = lazy(
    r"(?:\b(?:(?:spring|summer|autumn|fall|winter|end|start|beginning|middle|half|quarter) of|"
    r"in|im|jahr|jahre|jahres|year|years|since|seit|by|bis|until|till|through|from|vom|ab|vor|nach|"
    r"before|after|en|depuis|d'ici|jusqu'en|jusqu'a|avant|apres|annee|annees|an|fin|end|ende|anfang|"
    r"mitte|debut|mi|mid|early|late|spring|summer|autumn|fall|winter|fruhjahr|fruhling|sommer|herbst|printemps|"
    r"ete|automne|hiver|fiscal|budget|haushalt|"
    rf"{alternation(FRENCH_MONTHS, ENGLISH_MONTHS, GERMAN_MONTHS)})|[a-z]*haubitzen?|mirage|[-/])\s?$"
)
_SPACE_AFTER = lazy(r"\s+")
_ONE_WORD_AFTER = lazy(r"[\w-]+\s+")
# ... which is no conjunction: "dès 2022 et formé des équipages" is a year before a second verb.
_CONJUNCTIONS = frozenset(("and", "or", "et", "ou", "und", "oder", "sowie"))
# ... nor is it a count where the thing only qualifies the noun after it, the year's: "the 2023 tank
# deliveries", "the 2025 drone programme" (folded text, after the thing).
_QUALIFIED_NOUN_AFTER = lazy(
    r"\s+(?:deliver(?:y|ies)|shipments?|programm?es?|plans?|orders?|contracts?|purchases?|production|budget|"
    r"coalition|initiative|deals?|sales?|exports?|livraisons?|commandes?|lieferung\w*|programm\w*)\b"
)
_SENTENCE_OPENS_BEFORE = lazy(r"(?:^|[.!?:\n]\s*|[\"«“]\s*)$")


# The years of the war and its aid, 2014 (Crimea) to a decade ahead of now, written without a separator, are
# years wherever they stand: German puts a bare year in the middle field before the things ("hatte der Ukraine
# bereits 2023 Flugabwehrraketen geliefert", "2024 Panzer geliefert"), and wire copy counts things of such a size
# in round figures ("2000 Drohnen", "2500 obus"), never as 2023 of them.
_WAR_YEARS = range(2014, 2036)


def _counts_things(folded: str, start: int, end: int) -> bool:
    """A number written as a year counts the things named after it."""
    if int(folded[start:end]) in _WAR_YEARS or _YEAR_TOLD_BEFORE.search(folded, max(0, start - 24), start):
        return False
    # (imported here: the item words' module reads numbers through references.py)
    from bot.core.pledges.things.item_words import counted_thing_at

    space = _SPACE_AFTER.match(folded, end)
    if space is None:
        return False
    thing_end = counted_thing_at(folded, space.end())
    if thing_end is None:
        # (one word between, an adjective or a type: "2000 kamikaze drones", "1500 gepanzerte Fahrzeuge")
        word = _ONE_WORD_AFTER.match(folded, space.end())
        if (word is None or word.group().strip() in _CONJUNCTIONS
                or _SENTENCE_OPENS_BEFORE.search(folded, max(0, start - 3), start)):
            return False
        thing_end = counted_thing_at(folded, word.end())
    return thing_end is not None and not _QUALIFIED_NOUN_AFTER.match(folded, thing_end)


def _digit_count(folded: str, start: int, end: int, lang: str | None) -> Count | None:
    text = folded[start:end]
    value = parse_numeral(text, lang)
    if value is None or value != int(value) or value <= 0:
        return None
    if 1900 <= value <= 2100 and not _SEPARATOR.search(text) and not _counts_things(folded, start, end):
        return None  # a year
    if (_NOT_A_COUNT_AFTER.match(folded[end : end + 12]) or _DOTTED_DAY.match(folded, end)
            or _DOTTED_PACKAGE.match(folded, end)):
        return None
    if _NOT_A_COUNT_BEFORE.search(folded[max(0, start - 16) : start]):
        return None
    if value >= _MODEL_NUMBER_FROM and _MAKER_BEFORE.search(folded[max(0, start - 16) : start]):
        return None
    if lang not in _DAY_FIRST_LANGUAGES and _MONTH_BEFORE.search(folded[max(0, start - 16) : start]):
        return None
    before = max(0, start - 12)
    variant_of = _VARIANT_BEFORE.search(folded[before:start])
    if variant_of is not None and int(variant_of.group(1)) > value and not (
        1900 <= int(variant_of.group(1)) <= 2100
        and _DATED_YEAR_BEFORE.search(folded[max(0, before + variant_of.start(1) - 16) : before + variant_of.start(1)])
    ):
        return None
    return Count(int(value), start, end)


_NUMBER_WORD_ALTERNATIVES = "|".join(
    sorted((re.escape(w) for w in (*NUMBER_WORDS, *_HUNDREDS, *_LARGE_SCALES, *_VAGUE_PLURALS, *_HALF_DOZENS)),
           key=_longest_first)
)
# Candidates only: runs of number words joined by spaces, hyphens, "et" or "and"
# ("deux cent cinquante", "two hundred and fifty", "vingt-et-un"), an article before
# a large scale ("un million"), German compounds ("fünfundzwanzig", "zweihundert");
# `number_word` then decides.
_GERMAN_TENS = "zwanzig|dreissig|dreisig|vierzig|funfzig|sechzig|siebzig|achtzig|neunzig"
_NUMBER_PART = rf"(?:{_NUMBER_WORD_ALTERNATIVES}|\w+und(?:{_GERMAN_TENS})|\w*(?:hundert|tausend)\w*)"
_WORD_NUMBER = lazy(
    rf"(?<![\w-])(?:(?:(?:half(?:[ \u00a0]+an?)?|(?:eine[ \u00a0]+)?halbe|anderthalb|eineinhalb|"
    rf"{'|'.join(sorted(_ARTICLES))})[ \u00a0]+|(?:une?[ \u00a0]+)?demi[- \u00a0])"
    rf"(?=(?:{'|'.join(sorted(_LARGE_SCALES))})\b))?"
    rf"{_NUMBER_PART}(?:(?:[ \u00a0]+(?:(?:et|and)[ \u00a0]+)?|-(?:et-)?){_NUMBER_PART}"
    rf"|(?:[ \u00a0]+et[ \u00a0]+|-et-)une?\b)*(?![\w-])"  # "vingt et un", "soixante-et-une"
)
# Where _WORD_NUMBER can match, in one RE2 pass over the folded text as ASCII
# bytes (other characters as "?", which is no word character to either engine): at
# a number word (its part before any hyphen) standing as a word, at the start of
# the word that "und" + tens, "hundert" or "tausend" is part of (group 1), or at an
# article or a half before a large scale word. Every match of _WORD_NUMBER starts
# at one of these, so most texts are done without the slow scan of every character.
_WORD_NUMBER_HINT = re2.compile(
    (
        r"\b(?:"
        + "|".join(sorted({w.split("-")[0] for w in (*NUMBER_WORDS, *_HUNDREDS, *_LARGE_SCALES, *_VAGUE_PLURALS,
                                                      *_HALF_DOZENS)
                           if w.isascii()}))
        + rf")\b|(und(?:{_GERMAN_TENS})\b|hundert|tausend)"
        # an article or a half only right before a large scale: "a" alone is everywhere
        + rf"|\b(?:(?:{'|'.join(sorted(_ARTICLES))}|half(?:[ ?]+an?)?|(?:eine[ ?]+)?halbe|anderthalb|eineinhalb)[ ?]+"
        + rf"(?:{'|'.join(sorted(_LARGE_SCALES))}))\b"
        + rf"|\bdemi[- ](?:{'|'.join(sorted(_LARGE_SCALES))})\b"  # "un demi-million"
    ).encode()
)
# Money written in words ("deux milliards d'euros", "two billion dollars") is no count.
_CURRENCY_AFTER_WORDS = lazy(
    r"\s?(?:d'\s?|de\s|of\s)?(?:euros?|dollars?|livres?|pounds?|pfund|francs?|franken|couronnes|kronen|"
    r"kroner|kronor|crowns?|yens?)\b"
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


# A corrected figure: the new one, then the old one denied ("16 und nicht 20 Panzer", "12
# véhicules, et non 20", "40 Bushmasters, not 30"): the words that deny the old figure, the
# denial its group 1. The one source of the form for both readers of it: the figure kept
# is the new one (items._REPLACED_BETWEEN) and the denial denies the old figure, not the
# giving (cue_qualifiers._CORRECTION). Folded text.
NOT_THE_OLD_FIGURE = r"(?:\s*,\s*(?:(?:und|et|and)\s+)?|\s+(?:und|et|and)\s+)(nicht|non|not)"


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
        if count is not None and not _names_a_group(folded, count.start, count.end, count.value, False):
            counts.append(count)
    if "milli" in folded or "mio" in folded:  # ("1,5 Mio. Schuss" holds no "milli")
        counts.extend(_scaled_counts(folded, spans, money_starts))
    counts.extend(_thousands_in_k(folded, spans, money_starts))
    for match in _matches_from(_WORD_NUMBER, folded, _word_number_starts(folded)):
        counts.extend(_word_counts(text, folded, match.start(), match.end(), lang))
    if "beiden" in folded:
        counts.extend(Count(2, m.start(1), m.end(1)) for m in _FIRST_TWO.finditer(folded))
    return sorted(counts, key=lambda c: c.start)


# German counts a first or last pair with "beiden" ("die ersten beiden Radhaubitzen", "die letzten
# beiden Panzer"), as English "the first two" and French "les deux premiers" count with the number
# word: two. ("die beiden Länder" alone, "both", names a pair told before and counts nothing new.)
_FIRST_TWO = lazy(r"\b(?:ersten|letzten|nachsten|weiteren)\s+(beiden)\b")


# Digits before "million" count things when they are no amount: "1 million shells",
# "1,5 Millionen Schuss", "2.5 million rounds" (an amount, "1.5 million euros", is
# money: its span is skipped). Only millions: a billion of anything but money is no news,
# and "Billion" is a thousand times more in German.
_SCALED_COUNT = lazy(r"(?<![\w.,/-])(\d{1,3}(?:[.,]\d{1,2})?)\s?(?:millions?|millionen|mio\b\.?)(?!\w)")
# ... but millions of a unit of measure are a volume or a weight, no count of things, as
# a unit right after a plain number is ("3 million litres of diesel", "2,5 Millionen Liter
# Diesel", "3 millions de litres de gazole", "1.2 million tonnes of grain").
_UNIT_AFTER_SCALE = lazy(
    r"\s?(?:of\s|de\s|d')?(?:tonnes?|tons?|tonnen|litres?|liters?|liter|barrels?|barils?|gallons?|"
    r"kubikmeter|cubic|m3|m³|kilo\w*|kg)\b"
)


def _scaled_counts(folded: str, money_spans: list[tuple[int, int]], money_starts: list[int]) -> list[Count]:
    counts = []
    # (a match begins a run of digits, its look-behind rules out the middle of one: tried
    # only there, not at every character)
    for match in _matches_from(_SCALED_COUNT, folded, _digit_starts(folded)):
        start, end = match.span()
        i = bisect.bisect_right(money_starts, start) - 1
        if i >= 0 and start < money_spans[i][1]:
            continue
        if _UNIT_AFTER_SCALE.match(folded, end):
            continue
        value = round(float(match.group(1).replace(",", ".")) * 1_000_000)
        counts.append(Count(value, start, end))
    return counts


# The compact notation of thousands: "10k drones", "50k rounds", "60k+ recruits" (a sum in it,
# "$10k", is money, whose span is skipped; "10km" and "K-2" are no such count).
_K_COUNT = lazy(r"(?<![\w.,/-])(\d{1,3}(?:\.\d{1,2})?)k\+?(?![\w-]|[.,]\d)")


def _thousands_in_k(folded: str, money_spans: list[tuple[int, int]], money_starts: list[int]) -> list[Count]:
    counts = []
    for match in _matches_from(_K_COUNT, folded, _digit_starts(folded)):
        start, end = match.span()
        i = bisect.bisect_right(money_starts, start) - 1
        if i >= 0 and start < money_spans[i][1]:
            continue
        counts.append(Count(round(float(match.group(1)) * 1000), start, end))
    return counts


_RUN_PIECE = lazy(r"[^\s\u00a0]+")


# An indefinite multiple of a round number is no count, as "dozens" and "des centaines"
# are not: "several hundred missiles", "a few thousand shells", "mehrere hundert Raketen",
# "einige Dutzend Drohnen", "plusieurs cent"... ("some hundred" is "about a hundred" and
# keeps its value, as "some 200" does).
_INDEFINITE_MULTIPLIER_BEFORE = lazy(
    r"\b(?:several|a few|a couple of|few|many|mehrere|einige|ein paar|wenige|viele|etliche|plusieurs|quelques)"
    r"[\s\u00a0]+$"
)
_MULTIPLIED_SCALE = lazy(r"(?:hundred|thousand|dozen|hundert|tausend|dutzend|cent|mille|douzaine)\b")
# A group named by its size, capitalised as a name after a definite article: the EU's
# member states as "les Vingt-Sept", "the Twenty-Seven", "die Siebenundzwanzig" (a count
# of things is written in lower case: "les vingt-sept obus").
_DEFINITE_ARTICLE_BEFORE = lazy(r"\b(?:the|les|des|aux|die|der|den)[\s\u00a0]+$")
# ... and in digits: "les 27", "the 27", "die 27" for the EU's 27 (28 before Brexit)
# members, told as the subject of what they do ("les 27 se sont mis d'accord", "the 27
# agreed", "die 27 haben beschlossen") or standing alone ("a meeting of the 27.").
_GROUP_SIZES = frozenset({27, 28})
_GROUP_ACTS_AFTER = lazy(
    r"(?:\s*[.,;:!?)\"»”]|\s*$|\s+(?:(?:have|has|are|were|will|would|must|should|could|can|agreed|approved|decided|"
    r"adopted|failed|want|wanted|also|still|now|ont|sont|se|s'|ne|n'|doivent|devront|veulent|vont|pourraient|"
    r"approuvent|adoptent|decident|haben|sind|wollen|mussen|werden|konnten|einigten|beschlossen|billigten)\b))"
)


def _names_a_group(folded: str, start: int, end: int, value: int, capitalised: bool) -> bool:
    """The number is the name of a group of states ("les Vingt-Sept", "the 27 agreed"),
    not a count of things."""
    if not _DEFINITE_ARTICLE_BEFORE.search(folded[max(0, start - 8) : start]):
        return False
    return capitalised or (value in _GROUP_SIZES and bool(_GROUP_ACTS_AFTER.match(folded, end)))


def _word_counts(text: str, folded: str, start: int, end: int, lang: str | None) -> list[Count]:
    """The count a run of number words stands for, or, when the run is no number as
    a whole ("two and three", "zwei drei"), the counts of its words one by one."""
    if _MULTIPLIED_SCALE.match(folded, start) and _INDEFINITE_MULTIPLIER_BEFORE.search(
        folded[max(0, start - 16) : start]
    ):
        return []
    value = number_word(text[start:end], lang)
    if value is None and (pieces := list(_RUN_PIECE.finditer(folded, start, end)))[1:]:
        return [
            count
            for piece in pieces
            if piece.group(0) not in ("et", "and")
            for count in _word_counts(text, folded, piece.start(), piece.end(), lang)
        ]
    if value is None or value <= 0:
        return []
    if _NOT_A_COUNT_AFTER.match(folded[end : end + 12]) or _CURRENCY_AFTER_WORDS.match(folded, end):
        return []
    if folded[start:end] == "sept" and (
        _DAY_AFTER.match(folded, end) or _DAY_BEFORE.search(folded[max(0, start - 4) : start])
    ):
        return []  # "Sept. 11", "le 11 sept.": the month, not the French seven
    if value == 100 and _PER_BEFORE.search(folded[max(0, start - 6) : start]):
        return []  # "per cent", "pour cent"
    if _names_a_group(folded, start, end, value, text[start].isupper()):
        return []
    return [Count(value, start, end)]
