"""Text normalisation shared by the rules, the story matcher and the pledge extractor.

Everything that compares words goes through `fold`, so `Défense`, `defense` and
`DÉFENSE` are one word; `sentence_spans` and `sentences` cut a text into its sentences
(a full stop after an initial, an abbreviation or a German ordinal ends none).

The package also holds HTML to text (html_text) and the cleaning applied to every
text from outside (safe_text).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from itertools import accumulate

# Letters that NFKD does not decompose but that readers treat as plain letters.
_LIGATURES = str.maketrans({"œ": "oe", "Œ": "oe", "æ": "ae", "Æ": "ae", "ø": "o", "Ø": "o", "ł": "l", "Ł": "l"})

# The rules' words are runs of letters or runs of digits ("155mm" is "155 mm", "F16" is
# "F 16"); bot.core.rules.syntax.WORD_RE is this pattern. Captured, so that splitting a
# text on it gives [gap, piece, gap, piece, ..., gap] in one call.
WORD_PIECE = re.compile(r"[^\W\d_]+|\d+")
# The split's pattern matches what WORD_PIECE matches, written to open with one class
# (a letter or a digit, [^\W_]), which lets `re` skip the gaps in C, then read on as
# the first character was: 7% fewer instructions per article than the alternation.
_PIECE_SPLIT = re.compile(r"([^\W_](?:(?<=\d)\d*|[^\W\d_]*))")

# A sentence ends at . ! ? ; (plus closing quotes/brackets) followed by space, or at a
# line break. ':' does not end one (a quote after "a déclaré :" belongs to it), and
# neither does the dot of an abbreviation ("2,5 Mrd. Euro", "U.S. officials",
# "M. Macron"), of a German ordinal ("am 24. Februar"), or a dot followed by a
# lower-case word: cutting there would separate a pledge from its donor or amount.
# Written to start with one character class (then it reads which one it was), so
# `re` skips quickly to the few places a sentence can end; it matches exactly what
# [.!?;]+["'»”“‘)\]]*\s+|\n\s* matches. German closes its quotes with “ and ‘ („...“,
# ‚...‘): after a stop, before a blank, they close the quoted sentence (an opening quote
# stands after the blank), so "„Wir liefern zwei Systeme.“ Das sagte ..." is two sentences.
_SENTENCE_END = re.compile(r"[.!?;\n](?:(?<=[.!?;])[.!?;]*[\"'»”“‘)\]]*\s+|(?<=\n)\s*)")
_ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof st gen col lt sgt capt maj gov sen rep jr sr inc ltd co corp no nos vs etc approx
    jan feb febr mar apr jun jul aug sep sept oct okt nov dec dez mln bn mn md mds mme mlle mm env cf nb vol
    mio mrd nr bzw ca usw vgl ggf evtl inkl tsd abs art""".split()
)


def fold(text: str) -> str:
    """Lower-case, accent-free form of `text` used for every comparison: ligatures
    spelt out, compatibility decomposition (NFKD), combining marks dropped, casefold."""
    if text.isascii():  # nothing to decompose, and casefold() is lower() on ASCII
        return text.lower()
    # Only the runs of non-ASCII characters change, each character on its own (see
    # _Unaccented), so they alone are read in Python: a whole article (the rules'
    # regexes read one folded) took ~110 µs character by character, ~20 µs this way.
    return _NON_ASCII_RUN.sub(_unaccented_run, text).casefold()


def casefold(text: str) -> str:
    """`text.casefold()`, quicker on Latin-1 text (most news): one table lookup per byte in C
    instead of a Unicode case look-up per character (~75,000 instructions a poll item, the
    words key's largest step). In Latin-1 only two characters fold to something else than
    their lower case, each replaced after: "ß" to "ss", "µ" (micro) to "μ" (mu)."""
    if text.isascii():
        return text.lower()  # what casefold does on ASCII
    try:
        encoded = text.encode("latin-1")
    except UnicodeEncodeError:
        return text.casefold()
    folded = encoded.translate(_LATIN1_LOWER).decode("latin-1")
    if "\u00df" in folded:
        folded = folded.replace("\u00df", "ss")
    if "\u00b5" in folded:
        folded = folded.replace("\u00b5", "\u03bc")
    return folded


# Each Latin-1 character's lower case (its case fold but for the two above).
_LATIN1_LOWER = bytes(ord(chr(code).lower()) for code in range(256))


# (written "[...][...]*", not "[...]+": a pattern that opens with a character class lets
# `re` skip to the next match in C; one that opens with a repeat is tried at every character)
_NON_ASCII_RUN = re.compile(r"[^\x00-\x7f][^\x00-\x7f]*")


class _Unaccented(dict):
    """str.translate table: a character -> its ligatures spelt out, decomposed (NFKD),
    without combining marks; filled on first sight of each character. Per character is
    the same as per text: NFKD decomposes each character alone and then only reorders
    combining marks among themselves, and those are all dropped.

    Bounded: feed text is anyone's, and a feed that served every code point in turn grew
    the table to 1.1 M entries (~170 MiB) for the life of the process. Past LIMIT
    characters (every script news is written in fits many times over) the others are
    folded each time they are met, not remembered."""

    LIMIT = 65536

    def __missing__(self, code: int) -> str:
        decomposed = unicodedata.normalize("NFKD", chr(code).translate(_LIGATURES))
        value = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
        if len(self) < self.LIMIT:
            self[code] = value
        return value


_UNACCENTED = _Unaccented()


def _unaccented_run(run: re.Match[str]) -> str:
    return run.group().translate(_UNACCENTED)


# Words that open a sentence and never follow an ordinal ("am 24. Februar", "die 3.
# Division" take a noun): pronouns and articles, in English, French and German.
_SENTENCE_OPENER = re.compile(
    r"(?:The|He|She|It|They|We|This|These|Le|La|Les|L'|Il|Elle|Ils|Elles|On|Ce|Cette|Er|Es|Wir|Sie)\b"
)
# A timeline's date label: a capitalised month (any word: the raw text's accents and cases vary), an optional day,
# a year, then the colon or dash that closes the label ("Mars 2023 :", "March 2024:", "Februar 2023 –"), or a
# year alone with its colon ("2024 : ").
_DATE_LABEL = re.compile(r"(?:[A-ZÀ-Þ][^\W\d_]{2,9}\.?(?: \d{1,2})?,? )?\d{4}\s?[:\u2013\u2014]\s")


def _ends_sentence(text: str, stop: int, after: int) -> bool:
    """Is the break found at text[stop:after] a real sentence end? (see _SENTENCE_END)"""
    if "\n" in text[stop:after] or text[stop] != ".":
        return True
    if after < len(text) and text[after].islower():
        return False
    word_start = stop
    while word_start > 0 and text[word_start - 1].isalnum():
        word_start -= 1
    word = text[word_start:stop]
    if len(word) == 1 and word.isalpha() and (word_start == 0 or text[word_start - 1] not in "-/"):
        # an initial: "U.S.", "M. Macron" (but "IRIS-T." and "SAMP/T." end a sentence), unless
        # a letter named after a lower-case word opens no name: "said in a post on X. The rest"
        return _letter_ends_sentence(text, word_start, after)
    standalone = word_start == 0 or text[word_start - 1].isspace()  # not the 16 of "F-16."
    if word.isdigit() and len(word) <= 2 and standalone:  # a German ordinal: "am 24. Februar"
        # ... unless the next word opens a sentence, which no ordinal's noun is: "s'était
        # engagé à en livrer 12. Le ministre ...", "to send 24. He also ..."
        # ... or a timeline's next date label opens the next step: "annonce l'envoi de 12 Challenger 2. Mars 2023 :
        # les premiers Leopard", "sent 14 Challenger 2. 2024: ..." (not a German date, "am 2. März 2023:": the
        # word before the ordinal is lower case there)
        return _SENTENCE_OPENER.match(text, after) is not None or (
            _DATE_LABEL.match(text, after) is not None and not _LOWER_WORD_BEFORE.search(text, max(0, word_start - 30), word_start)
        )
    if word == "mm" and _NUMBER_BEFORE_UNIT.search(text, max(0, word_start - 8), word_start):
        # a calibre's unit after its number ends a sentence as any word does ("shells of 155
        # mm. An order ..."); "MM." (messieurs) and "mm." alone stay abbreviations
        return True
    return word.lower() not in _ABBREVIATIONS


# (a number right before a unit: "155 mm", "155mm")
_NUMBER_BEFORE_UNIT = re.compile(r"\d[\s\u00a0]?$")


# Words that open a sentence and no name (articles, pronouns, conjunctions; EN, FR, DE):
# after a one-letter word they tell that the letter was no initial ("on X. The rest").
# (Folded; "le"/"la" are left out: "M. Le Maire" is a name.)
_SENTENCE_OPENERS = frozenset(
    """the a an it its he she they we his her their our this that these those there but and
    il elle ils elles on nous ce cette ces les un une des son sa ses leur leurs mais selon
    der die das den dem ein eine er es sie wir man diese dieser dieses sein seine ihre aber
    another other more autres weitere weiteren weiterer""".split()
)
# (a lower-case word, then the letter: "on X", "sur X", "auf X"; a first name or a title
# before the letter makes it an initial: "John F. Kennedy", "M. Macron")
_LOWER_WORD_BEFORE = re.compile(r"(?:^|\s)[^\W\d_A-Z\u00c0-\u00de]+\s$")


def _letter_ends_sentence(text: str, word_start: int, after: int) -> bool:
    """Does the one-letter word at text[word_start] before a full stop end the sentence? Only
    after a lower-case word and before a word that opens sentences, never names ("said in a
    post on X. The remaining jets", "a écrit sur X. Les autres"); "M." is Monsieur."""
    if text[word_start] == "M" or not _LOWER_WORD_BEFORE.search(text, max(0, word_start - 30), word_start):
        return False
    next_word = _NEXT_WORD.match(text, after)
    return bool(next_word) and (next_word.group(0).isdigit() or next_word.group(0).lower() in _SENTENCE_OPENERS)


_NEXT_WORD = re.compile(r"[^\W_]+")


# The last text split and its spans: the rules and the pledge extractor split the
# same article one after the other. One entry, replaced whole (safe across threads).
_last_spans: tuple[str, tuple[tuple[int, int], ...]] = ("", ())


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) character spans of the sentences of `text`."""
    global _last_spans
    last_text, last = _last_spans
    if text == last_text and text:
        return list(last)
    spans = _sentence_spans(text)
    _last_spans = (text, tuple(spans))
    return spans


def sentence_ends_between(text: str, start: int, end: int) -> bool:
    """Whether a sentence of `text` ends in text[start:end], where `start` is the end of a word
    and `end` the start of a later one (runs of letters or digits, bot.core.text.WORD_PIECE):
    whether sentence_spans would put the two words in two sentences, told from the stretch
    between them. A break (_SENTENCE_END) holds no letter or digit, so the breaks a scan of
    the whole text finds there are those a scan of the stretch finds, and whether each ends
    a sentence is read around it (_ends_sentence). The rules' NEAR asks this of a few pairs
    of words in most texts it reads, where splitting the whole text cost ~50 µs."""
    for match in _SENTENCE_END.finditer(text, start, end):
        if _ends_sentence(text, match.start(), match.end()):
            return True
    return False


def _sentence_spans(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        if not _ends_sentence(text, match.start(), match.end()):
            continue
        end = match.start() + len(match.group(0).rstrip())
        if text[start:end].strip():
            spans.append((start, end))
        start = match.end()
    if text[start:].strip():
        spans.append((start, len(text)))
    return spans


@dataclass(frozen=True, slots=True)
class Pieces:
    """A text split into runs of letters and runs of digits (WORD_PIECE): `parts` is
    [gap, piece, gap, piece, ..., gap] and `bounds[k]` where parts[k] ends, so piece j
    is text[bounds[2j] : bounds[2j + 1]]. Shared: callers never change the lists."""

    parts: list[str]
    bounds: list[int]


def pieces_by_pattern(text: str) -> tuple[list[str], list[int], list[int]]:
    """The pieces of `text` (WORD_PIECE), where each starts and where each ends, from the
    pattern's one split of the whole text (the offsets are sums of the parts' lengths):
    bot.core.text.word_split's way for a text it does not cut by its tables."""
    parts = _PIECE_SPLIT.split(text)
    bounds = list(accumulate(map(len, parts)))
    return parts[1::2], bounds[0:-1:2], bounds[1::2]


# The last text split into pieces: the pledge extractor's name lists read an article
# (joining pieces with nothing between them, "F16", into their words), several of them in
# turn. One entry, replaced whole (safe across threads).
_last_pieces: tuple[str, Pieces | None] = ("", None)


def word_pieces(text: str) -> Pieces:
    """`text` split into pieces (see Pieces), remembered for the next caller. The pieces are
    cut as the rules cut them (bot.core.text.word_split, no pattern per piece), the gaps
    between them sliced in C."""
    global _last_pieces
    last_text, last = _last_pieces
    if last is not None and text == last_text:
        return last
    from bot.core.text.word_split import split_words  # (which imports this module)

    words, starts, ends = split_words(text)
    size = 2 * len(words) + 1
    parts: list[str] = [""] * size
    parts[1::2] = words
    parts[0::2] = map(text.__getitem__, map(slice, [0, *ends], [*starts, len(text)]))
    bounds: list[int] = [len(text)] * size
    bounds[0:-1:2] = starts
    bounds[1::2] = ends
    found = Pieces(parts, bounds)
    _last_pieces = (text, found)
    return found


def sentences(text: str) -> list[str]:
    """The sentences of `text`, stripped."""
    return [text[s:e].strip() for s, e in sentence_spans(text)]


def one_line(text: str | None) -> str:
    """`text` on a single line with single spaces, None as "": a feed's title may carry line
    breaks and tabs and a rule of the rules file may wrap over several lines, while a title,
    an alert's line or a listed rule is one line (the words mean the same)."""
    return " ".join((text or "").split())
