"""Host names that mix writing systems: "nеws.example.com" with a Cyrillic "е" reads as
news.example.com and is another site. Such a label is refused where a feed is added
(bot/config/feeds.py check_feed_url); a host written wholly in one script is a real name
(bücher.example, пример.рф) and is shown beside its ASCII form.

Only letters count (digits and hyphens belong to every script; an accent on its own takes
the script of its letter). As browsers allow it, Latin may sit with the scripts written
together in East Asia: Han with Hiragana and Katakana (Japanese), with Hangul (Korean) or
with Bopomofo (Chinese).
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

_TOGETHER = (
    frozenset({"Latin", "Han", "Hiragana", "Katakana"}),
    frozenset({"Latin", "Han", "Hangul"}),
    frozenset({"Latin", "Han", "Bopomofo"}),
)
# The first word of a letter's Unicode name, where it is not the script's name. The ordinal
# indicators ("nº", "1ª") are Latin letters; the iteration mark of "人々" is Han; the micro
# sign of "µm" is a unit's, written with Latin letters (none of them a look-alike to warn of).
_NAMED = {"CJK": "Han", "KATAKANA-HIRAGANA": None, "MODIFIER": None, "FULLWIDTH": None, "HALFWIDTH": None,
          "MASCULINE": "Latin", "FEMININE": "Latin", "IDEOGRAPHIC": "Han", "MICRO": None}
# Name prefixes before the script's word: "SUPERSCRIPT LATIN SMALL LETTER I" is Latin.
_PLACED = ("SUPERSCRIPT ", "SUBSCRIPT ")


@dataclass(frozen=True, slots=True)
class MixedLabel:
    """A label of a host that mixes scripts, its scripts in reading order, and the first
    letter of the script it has fewest of (the look-alike, usually)."""

    label: str
    scripts: tuple[str, ...]
    letter: str

    def describe(self, lang: str = "en") -> str:
        """"Latin and Cyrillic letters in 'Gеrmany' ('е' is U+0435 CYRILLIC SMALL LETTER IE)",
        in English, French or German: a French chat or page told the rest of its answer in
        French. The letter's Unicode name stays as Unicode writes it (a name to look up)."""
        name = unicodedata.name(self.letter, "?")
        code = f"{self.letter!r} {_IS.get(lang, 'is')} U+{ord(self.letter):04X} {name}"
        words = _SCRIPT_WORDS.get(lang)
        if words is None:
            return f"{' and '.join(self.scripts)} letters in {self.label!r} ({code})"
        scripts = [words.get(script, script) for script in self.scripts]
        if lang == "fr":
            return f"lettres {' et '.join(scripts)} dans {self.label!r} ({code})"
        return f"{' und '.join(scripts)} Buchstaben in {self.label!r} ({code})"


# The scripts a look-alike is usually made of, as adjectives agreeing with "lettres" and
# "Buchstaben"; a script not listed keeps its Unicode name.
_SCRIPT_WORDS = {
    "fr": {"Latin": "latines", "Cyrillic": "cyrilliques", "Greek": "grecques", "Armenian": "arméniennes",
           "Arabic": "arabes", "Hebrew": "hébraïques", "Han": "chinoises", "Georgian": "géorgiennes"},
    "de": {"Latin": "lateinische", "Cyrillic": "kyrillische", "Greek": "griechische", "Armenian": "armenische",
           "Arabic": "arabische", "Hebrew": "hebräische", "Han": "chinesische", "Georgian": "georgische"},
}
_IS = {"fr": "est", "de": "ist"}


def script_of(letter: str) -> str | None:
    """The script of a letter by its Unicode name ("CYRILLIC SMALL LETTER IE": Cyrillic);
    None for what is not a letter or belongs to several scripts."""
    if not unicodedata.category(letter).startswith("L"):
        return None
    name = unicodedata.name(letter, "")
    word = name.removeprefix(_PLACED[0]).removeprefix(_PLACED[1]).split(" ", 1)[0]
    if not word:
        return None
    if word in _NAMED:
        return _NAMED[word]
    return word.capitalize()


def mixed_script_label(host: str) -> MixedLabel | None:
    """The first label of `host` (in its Unicode form) whose letters come from scripts that
    are not written together, else None."""
    for label in host.split("."):
        if label.isascii():
            continue
        letters: dict[str, list[str]] = {}  # script -> its letters in the label, in order
        for char in label:
            script = script_of(char)
            if script is not None:
                letters.setdefault(script, []).append(char)
        if len(letters) > 1 and not any(set(letters) <= allowed for allowed in _TOGETHER):
            fewest = min(letters, key=lambda script: len(letters[script]))
            return MixedLabel(label, tuple(letters), letters[fewest][0])
    return None
