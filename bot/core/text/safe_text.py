"""Text from strangers made safe to store and to show.

Feeds (and `analyze` input) may carry characters no article needs and that hurt
downstream: terminal escape sequences (ESC [ ... m recolours the console, ESC ] 0 ;
... retitles the window), other C0/C1 control characters, and lone UTF-16
surrogates (`&#xD800;` in XML, "\\ud800" in JSON), which no UTF-8 encoder accepts,
so a single one made SQLite refuse the whole poll. `clean_text` removes the first
two and replaces the third with U+FFFD; line breaks and tabs stay (they separate
sentences and paragraphs).

It also removes invisible format characters. A soft hyphen or a zero-width space
inside a word ("Leo\u00adpard", as German sites hyphenate long words) split it in two
for the rules, which then missed "Leopard" and "Ukraine"; and a bidirectional
override (U+202E) turned the rest of an alert's line around on screen, so a title
could show other words than it holds.

One visible character is replaced: the modifier letter apostrophe (U+02BC), which some
outlets (Ukrainian ones among them) type for the apostrophe ("Turkeyʼs", "itʼs"). To
Unicode it is a letter, so "Turkeyʼs" was one word for the rules, the pledge reader and
the story matcher, and "Turkey" went unseen in it; it becomes the typographic apostrophe
(U+2019) they all read as one."""

from __future__ import annotations

import re
import unicodedata

from bot.core.text import one_line

# Caps on the text of one item, wherever it comes from (a feed, `pledgewatch analyze`):
# a title is a line, a body is an article, and neither may grow without bound.
MAX_TITLE_CHARS = 1000
MAX_TEXT_CHARS = 100_000

# Whole escape sequences first, so no "[31m" debris is left behind: CSI (ESC [ ... final
# byte), OSC (ESC ] ... BEL or ESC \), DCS/SOS/PM/APC strings, and two-character escapes.
_ESCAPE_SEQUENCE = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]"
    r"|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?"
    r"|\x1b[PX^_][^\x1b]*(?:\x1b\\)?"
    r"|\x1b[ -~]"
    r"|\x9b[0-?]*[ -/]*[@-~]"  # the one-byte C1 form of CSI
)
# The controls that end a line or a page: a carriage return (alone, as old Mac files end
# lines, or before a line feed), vertical tab, form feed, the file/group/record/unit
# separators and NEL. Removed like the others they had joined the words on either side
# ("Ukraine\fGermany" read as one word), so each becomes a line feed; so do Unicode's line
# and paragraph separators (U+2028, U+2029), which the sentence splitter did not end a
# sentence at as it does at a line feed.
_LINE_ENDING_CONTROL = re.compile(r"\r\n?|[\x0b\x0c\x1c-\x1f\x85\u2028\u2029]")
# C0 controls except tab and line feed, DEL, and the C1 controls. (A NUL inside a word, as
# UTF-16 read as one-byte text leaves them, is removed: the word stays whole.)
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")
# Invisible characters (Unicode's Default_Ignorable_Code_Point): soft hyphen, combining
# grapheme joiner, Arabic letter mark, Hangul and Khmer fillers, Mongolian variation
# selectors and vowel separator, zero-width space, joiners and marks, bidirectional
# embeddings, overrides and isolates, word joiner and the invisible operators, variation
# selectors, the byte order mark, interlinear annotation marks, shorthand and musical
# format controls, and the tag characters ("ASCII smuggling"). Each one inside a word
# split it for the rules as a soft hyphen did.
_INVISIBLE = re.compile(
    r"[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e\u2060-\u206f"
    r"\u3164\ufe00-\ufe0f\ufeff\uffa0\ufff0-\ufffb\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0000-\U000e0fff]"
)
# The generic combining marks (the diacritics of Latin, Greek and Cyrillic, their extensions
# and supplement, the marks for symbols, the half marks), the CGJ left to _INVISIBLE. A title
# of "Leopard" and a thousand acute accents ("Zalgo" text) drew a smear over the lines above
# and below it in every chat and on the web pages; no writing stacks more than
# MAX_STACKED_MARKS of them on one letter (polytonic Greek, decomposed: three), so a run
# beyond that keeps its first ones and loses the rest, the letters all kept.
MAX_STACKED_MARKS = 4
_MARKS = r"\u0300-\u034e\u0350-\u036f\u0483-\u0489\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
_STACKED_MARKS = re.compile(f"[{_MARKS}]{{{MAX_STACKED_MARKS + 1},}}")
# Searched for before the substitution: a mark followed by as many more is a third of the
# instructions per character of searching for the whole run (measured over the real
# articles with callgrind), and articles seldom hold a mark at all (their accents composed).
_STACK_START = re.compile(f"[{_MARKS}](?=[{_MARKS}]{{{MAX_STACKED_MARKS}}})")
# The apostrophe typed as a letter, and the one the readers know (the module's docstring).
_LETTER_APOSTROPHE, _APOSTROPHE = "\u02bc", "\u2019"
# What str.isprintable() accepts that clean_text may still change, which the fast path below
# must look for: the modifier letter apostrophe, the invisible characters it counts as
# printable (marks and letters that show nothing), and the combining marks (a stack of
# them too high). One character class, searched as fast as one.
_PRINTABLE_INVISIBLE = re.compile(
    r"[\u02bc\u034f\u115f\u1160\u17b4\u17b5\u180b-\u180d\u180f\u3164\ufe00-\ufe0f\uffa0\U000e0100-\U000e01ef"
    f"{_MARKS}]"
)


def clean_text(text: str) -> str:
    """`text` without escape sequences, control characters (tab and line feed kept, the
    controls that end a line or page made line feeds) or invisible format characters,
    lone surrogates replaced by U+FFFD, no more than MAX_STACKED_MARKS combining marks in a row,
    the modifier letter apostrophe written as the typographic one (see the module's docstring)."""
    # The common case: nothing to do (tab, line feed and format characters are not
    # printable; isascii() costs nothing, so only non-ASCII text is searched again).
    if text.isprintable() and (text.isascii() or not _PRINTABLE_INVISIBLE.search(text)):
        return text
    if "\x1b" in text or "\x9b" in text:
        text = _ESCAPE_SEQUENCE.sub("", text)
    text = _CONTROL.sub("", _LINE_ENDING_CONTROL.sub("\n", text))
    text = _SURROGATE.sub("\ufffd", _INVISIBLE.sub("", text)).replace(_LETTER_APOSTROPHE, _APOSTROPHE)
    # After the invisible characters are gone: a zero-width space between two stacks made them one.
    if not text.isascii() and _STACK_START.search(text):
        text = _STACKED_MARKS.sub(_first_marks, text)
    return text


def _first_marks(stack: re.Match[str]) -> str:
    return stack.group()[:MAX_STACKED_MARKS]


def clean_line(text: str) -> str:
    """clean_text for a one-line value (a name): line breaks and tabs become spaces."""
    return one_line(clean_text(text))


def clean_typed(text: str) -> str:
    """clean_text for what a person typed (a command's arguments, a web query, a rule),
    its accents composed (NFC) and the blanks around it stripped. A keyboard or clipboard
    that writes "é" as "e" and a combining accent (macOS's does, and text copied from PDFs)
    split "défense" in two for every parser that reads words: `/pledges défense aérienne`
    was "not understood", and a rule written so matched no article."""
    text = clean_text(text)
    if not text.isascii() and not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    return text.strip()
