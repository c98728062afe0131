"""Ordinal numbers written in words, in folded text (bot.core.text.fold: lower case, no
accents, "ß" as "ss"), read as their number: "eleventh", "twenty-first", "onzieme",
"vingt et unieme", "elftes", "einundzwanzigsten". Wire copy numbers a donor's aid packages
in digits or in words as house style has it ("11th package", "elftes Paket"), and the two
must read alike (see package_ordinals.NTH_PACKAGE).

Only 2 to 99: "first" is told of a period or a scheme as often as of a donor's series ("the
first package this year", "the first package under the new fund"), which digits seldom are.
"""

from __future__ import annotations

import re

_EN_UNITS = {2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh", 8: "eighth", 9: "ninth"}
_EN_TEENS = {10: "tenth", 11: "eleventh", 12: "twelfth", 13: "thirteenth", 14: "fourteenth", 15: "fifteenth",
             16: "sixteenth", 17: "seventeenth", 18: "eighteenth", 19: "nineteenth"}
_EN_TENS = {20: ("twenty", "twentieth"), 30: ("thirty", "thirtieth"), 40: ("forty", "fortieth"),
            50: ("fifty", "fiftieth"), 60: ("sixty", "sixtieth"), 70: ("seventy", "seventieth"),
            80: ("eighty", "eightieth"), 90: ("ninety", "ninetieth")}

_FR_UNITS = {1: "unieme", 2: "deuxieme", 3: "troisieme", 4: "quatrieme", 5: "cinquieme", 6: "sixieme",
             7: "septieme", 8: "huitieme", 9: "neuvieme"}
_FR_TEENS = {10: "dixieme", 11: "onzieme", 12: "douzieme", 13: "treizieme", 14: "quatorzieme", 15: "quinzieme",
             16: "seizieme", 17: "dix-septieme", 18: "dix-huitieme", 19: "dix-neuvieme"}
_FR_TENS = {20: ("vingt", "vingtieme"), 30: ("trente", "trentieme"), 40: ("quarante", "quarantieme"),
            50: ("cinquante", "cinquantieme"), 60: ("soixante", "soixantieme")}

# German ordinal stems; the endings (-e, -en, -er, -es, -em) follow the article and case.
_DE_UNITS = {2: ("zweit",), 3: ("dritt",), 4: ("viert",), 5: ("funft", "fuenft"), 6: ("sechst",),
             7: ("siebt", "siebent"), 8: ("acht",), 9: ("neunt",)}
_DE_UNIT_CARDINALS = {1: "ein", 2: "zwei", 3: "drei", 4: "vier", 5: "funf", 6: "sechs", 7: "sieben", 8: "acht",
                      9: "neun"}
_DE_TEENS = {10: ("zehnt",), 11: ("elft",), 12: ("zwolft", "zwoelft"), 13: ("dreizehnt",), 14: ("vierzehnt",),
             15: ("funfzehnt", "fuenfzehnt"), 16: ("sechzehnt",), 17: ("siebzehnt",), 18: ("achtzehnt",),
             19: ("neunzehnt",)}
_DE_TENS = {20: "zwanzig", 30: "dreissig", 40: "vierzig", 50: "funfzig", 60: "sechzig", 70: "siebzig",
            80: "achtzig", 90: "neunzig"}
_DE_ENDINGS = ("e", "en", "er", "es", "em")


def _english() -> dict[str, int]:
    words = {**{w: n for n, w in _EN_UNITS.items()}, **{w: n for n, w in _EN_TEENS.items()}}
    for tens, (cardinal, ordinal) in _EN_TENS.items():
        words[ordinal] = tens
        for unit, unit_word in {1: "first", **_EN_UNITS}.items():
            for joint in ("-", " "):
                words[f"{cardinal}{joint}{unit_word}"] = tens + unit
    return words


def _french() -> dict[str, int]:
    words = {"second": 2, "seconde": 2, **{w: n for n, w in _FR_UNITS.items() if n > 1},
             **{w: n for n, w in _FR_TEENS.items()}}

    def tens_and(tens: int, cardinal: str, units: dict[int, str]) -> None:
        for unit, unit_word in units.items():
            joints = ("-et-", " et ") if unit in (1, 11) else ("-", " ")
            for joint in joints:
                words[f"{cardinal}{joint}{unit_word}"] = tens + unit

    for tens, (cardinal, ordinal) in _FR_TENS.items():
        words[ordinal] = tens
        tens_and(tens, cardinal, _FR_UNITS)
    # 70-79: "soixante-dixieme", "soixante et onzieme", "soixante-douzieme"
    tens_and(60, "soixante", {n: w for n, w in _FR_TEENS.items()})
    # 80-99: "quatre-vingtieme", "quatre-vingt-unieme", "quatre-vingt-dixieme"
    words["quatre-vingtieme"] = 80
    for unit, unit_word in {**_FR_UNITS, **_FR_TEENS}.items():
        words[f"quatre-vingt-{unit_word}"] = 80 + unit
    return words


def _german() -> dict[str, int]:
    stems: dict[str, int] = {}
    for n, forms in {**_DE_UNITS, **_DE_TEENS}.items():
        for form in forms:
            stems[form] = n
    for tens, cardinal in _DE_TENS.items():
        stems[f"{cardinal}st"] = tens
        for unit, unit_word in _DE_UNIT_CARDINALS.items():
            stems[f"{unit_word}und{cardinal}st"] = tens + unit
    for stem, n in list(stems.items()):  # "fuenfundzwanzigst" beside "funfundzwanzigst"
        if "funf" in stem:
            stems[stem.replace("funf", "fuenf")] = n
    return {stem + ending: n for stem, n in stems.items() for ending in _DE_ENDINGS}


ORDINAL_WORDS: dict[str, int] = {**_english(), **_french(), **_german()}

# The words as one alternation, longest first so that "vingt-deuxieme" is not read as
# "deuxieme" after a "vingt-" left over; the caller bounds it with \b.
ORDINAL_WORD_PATTERN = "(?:" + "|".join(
    re.escape(word).replace(r"\ ", " ") for word in sorted(ORDINAL_WORDS, key=len, reverse=True)) + ")"


def ordinal_value(folded_word: str) -> int | None:
    """The number an ordinal in words stands for (folded text), None when it is none."""
    return ORDINAL_WORDS.get(folded_word)
