"""The words people use to filter pledges, read into one PledgeFilter. Pure.

Shared by `/pledges` in chat, `pledgewatch pledges` (listing, summary, chart, export)
and anything else that lets a reader narrow the pledge table: one parser, so a word
means the same thing everywhere.

    parse_pledge_filters("allemagne air defence leopard 6m", entities) -> PledgeFilter

Accepted, in any order, each kind at most once:
- a donor, as a code or a name in any language of config/entities.toml ("DE",
  "germany", "Allemagne", "royaume uni");
- a category, as stored ("air_defence", "funding") or in words in English, French or
  German ("air defence", "défense aérienne", "Flugabwehr", "money", "formation"), for
  every category the extractor records (the weapon categories plus funding,
  production, training and other);
- a weapon system or a family of them: "leopard 2" is that model, "leopard" the
  family (Leopard, Leopard 1, Leopard 2), "mig" finds MiG-29;
- a status, in English, French or German: pledged/promis/zugesagt,
  delivered/livré/geliefert, ordered/commandé/bestellt (ordered from industry:
  "production" is the category), discussed/discuté/erörtert, refused/refusé/abgelehnt;
- a period: 30d, 12w, 6m, 1y (at most ten years), or in words as the web pages name their
  periods: "30 days", "30 jours", "6 Monate", "1 an";
- the word `summary` or the word `chart` (not both: each is a reply of its own).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from bot.core.pledges.listing.words import DONOR_NAMES, SHOWN_LANGUAGES, category_words, donor_name
from bot.core.pledges.passes.entities import CATEGORIES, Entities
from bot.core.text import fold
from bot.core.text.lookalike_letters import latin_lookalikes_folded
from bot.core.text.search_query import quoted_pieces

# Categories the extractor records besides the weapon categories of the entity lists
# (bot/core/pledges/extract.py): money given for arms, arms production, training of troops,
# and named equipment without a category of its own.
EXTRA_CATEGORIES = ("funding", "production", "training", "other")
FILTER_CATEGORIES = (*CATEGORIES, *EXTRA_CATEGORIES)

# What people type for each category, in English, French and German, besides the code
# itself. Written folded-looking but folded again when the table is built. The
# labelling vocabulary of the evaluation set ("financial_military") is accepted too.
CATEGORY_ALIASES: dict[str, tuple[str, ...]] = {
    "tanks": ("tank", "chars", "char", "panzer", "kampfpanzer"),
    "armoured_vehicles": ("armoured vehicle", "armored vehicles", "armored vehicle", "véhicules blindés",
                          "véhicule blindé", "blindés", "schützenpanzer", "radpanzer"),
    "artillery": ("artillerie", "howitzers", "obusiers", "haubitzen"),
    "ammunition": ("ammo", "munitions", "munition", "shells", "obus"),
    "air_defence": ("air defense", "défense aérienne", "défense antiaérienne", "luftverteidigung", "flugabwehr",
                    "luftabwehr"),
    "aircraft": ("avions", "fighter jets", "jets", "kampfjets", "flugzeuge"),
    "missiles": ("missile", "raketen", "marschflugkörper"),
    "drones": ("drone", "drohnen"),
    "small_arms": ("armes légères", "kleinwaffen", "handfeuerwaffen"),
    "funding": ("financial_military", "financial", "financing", "finance", "money", "financement", "finanzierung",
                "geld"),
    "production": ("arms production", "defence production", "defense production", "industry", "industrie",
                   "produktion", "rüstungsproduktion"),
    "training": ("formation", "ausbildung"),
    "other": ("other aid", "autre", "autre aide", "sonstiges"),
}

# ASCII digits only: `\d` also takes other scripts' digits ("٣٠d"), which the other
# number arguments (/latest, --limit) refuse.
_PERIOD = re.compile(r"([0-9]{1,4})([dwmy])")
# A word written as a period whatever its length: "99999d" is one too long, not a word
# not understood.
_PERIOD_FORM = re.compile(r"[0-9]+[dwmy]")
_PERIOD_DAYS = {"d": 1, "w": 7, "m": 30, "y": 365}
# A number's unit written out (folded), in English, French and German -> the period word's
# letter: the web pages' period links read "30 days", "30 jours", "30 Tage", and a reader typing
# what they read in the filter words field was refused ("'30' not understood").
_PERIOD_UNITS = {
    **dict.fromkeys(("day", "days", "jour", "jours", "tag", "tage", "tagen"), "d"),
    **dict.fromkeys(("week", "weeks", "semaine", "semaines", "woche", "wochen"), "w"),
    **dict.fromkeys(("month", "months", "mois", "monat", "monate", "monaten"), "m"),
    **dict.fromkeys(("year", "years", "an", "ans", "annee", "annees", "jahr", "jahre", "jahren"), "y"),
}
MAX_PERIOD_DAYS = 3650
_SUMMARY_WORDS = {"summary", "resume", "total", "totals"}
_CHART_WORDS = {"chart", "graph", "graphique", "diagramm", "grafik"}
# Status words (folded) in English, French and German -> stored status. "production" is a
# category word, so the status of orders from industry is asked for as "ordered". The
# first word of each status is the one links write (bot.web.params).
STATUS_FILTER_WORDS = {
    "pledged": "pledged", "promised": "pledged", "promis": "pledged", "zugesagt": "pledged",
    "delivered": "delivered", "livre": "delivered", "geliefert": "delivered",
    "discussed": "discussed", "discute": "discussed", "erortert": "discussed", "diskutiert": "discussed",
    "refused": "refused", "refuse": "refused", "abgelehnt": "refused",
    "ordered": "production", "commande": "production", "bestellt": "production",
}
_MAX_FILTER_WORDS = 3  # "royaume uni" / "storm shadow" / "iris t slm"
_WORD = re.compile(r"[^\W_]+")
# A family name typed on its own must be at least this long ("mig" finds MiG-29; "f"
# does not stand for F-16).
_MIN_FAMILY = 3


@dataclass(frozen=True)
class PledgeFilter:
    """What to keep. `system` is the name to show ("Leopard", a family, or "Leopard 2");
    `systems` the stored system names it stands for (empty: no system filter)."""

    donor: str | None = None
    category: str | None = None
    system: str | None = None
    systems: tuple[str, ...] = field(default=())
    days: int | None = None
    period: str | None = None  # as typed, for the reply
    status: str | None = None
    summary: bool = False
    chart: bool = False


class PledgeFilterError(ValueError):
    """A filter word not understood (`kind` is None) or a kind given twice."""

    def __init__(self, word: str, kind: str | None = None):
        super().__init__(word)
        self.word = word
        self.kind = kind


class SummaryAndChartError(PledgeFilterError):
    """Both `summary` and `chart` asked for: each is a reply of its own, and the chart was
    dropped without a word (`/pledges summary chart` gave the summary only)."""

    def __init__(self, word: str):
        super().__init__(word, "view")


class PeriodOutOfRangeError(PledgeFilterError):
    """A period written as one ("9999d") but of no days or longer than ten years: it was
    answered "filter not understood", as if it were not a period at all."""


class LeftOutError(PledgeFilterError):
    """A word written after a minus ("germany -tanks"), as /search leaves one out. The filter
    words keep what they name and leave nothing out: the word was read as wanted, Germany's
    tanks, the opposite of what was typed, without a word (chat, the command line and the
    web tracker alike)."""


# The minus signs /search reads as "leave out" (bot.core.text.search_query).
_MINUSES = "-‐‑–—−"


def left_out_word(text: str) -> str:
    """The first word or quoted phrase of the filter words written after a minus ("-tanks",
    '-"leopard 1"'); "" when none is."""
    pieces = quoted_pieces(text)
    for index, (piece, quoted) in enumerate(pieces):
        if quoted:
            continue
        for token in piece.split():
            if token[0] in _MINUSES and token.strip(_MINUSES):
                return token
        # '-"leopard 1"': a minus standing right before a quote, with no blank between.
        after = pieces[index + 1][0] if index + 1 < len(pieces) else ""
        if after and piece and piece[-1] in _MINUSES and piece.split()[-1].strip(_MINUSES) == "":
            return f'-"{after}"'
    return ""


def period_days(word: str) -> int | None:
    """Days in a period as users type it ("30d", "12w", "6m", "1y"), None when the
    word is not one or is out of range (0, or over ten years)."""
    period = _PERIOD.fullmatch(fold(word.strip()))
    if not period:
        return None
    days = int(period.group(1)) * _PERIOD_DAYS[period.group(2)]
    return days if 0 < days <= MAX_PERIOD_DAYS else None


def _key(text: str) -> str:
    """Words folded and joined by one space: "Air-Defence", "air_defence" and
    "air defence" are one key; so are "IRIS-T" and "iris t"."""
    return " ".join(fold(w) for w in _WORD.findall(text.replace("_", " ")))


def _category_table() -> dict[str, str]:
    table: dict[str, str] = {}
    for category in FILTER_CATEGORIES:
        # The names the bot shows are read back too: "production d'armement", the French
        # name of `production` in every reply (and in Discord's suggestions), was refused.
        shown = tuple(category_words(category, lang) for lang in SHOWN_LANGUAGES)
        for name in (category, *CATEGORY_ALIASES.get(category, ()), *shown):
            table[_key(name)] = category
            table.setdefault(_key(name) + "s", category)  # "drones" for "drone", "tanks" for "tank"
    return table


_CATEGORY_BY_KEY = _category_table()
# A donor by the name the bot shows it under in any language (bot.core.pledges.listing.words),
# for the few that the entity lists leave out as too ambiguous in articles: "Island",
# Iceland in German, is an English word, but in a filter it is the name the page showed.
_SHOWN_DONORS = {_key(name): code for code, names in DONOR_NAMES.items() for name in names}


def filter_vocabulary(entities: Entities) -> set[str]:
    """Every word (folded, as the filters read it) that names a filter: the categories in every
    language, the donors' names and codes, the systems, the statuses, summary and chart. What a
    mistyped word is held against (bot.core.pledges.listing.filter_guess)."""
    systems, _ = _systems_of(entities)
    donors = {_key(name) for name, _ in entities.donor_phrases() if not name.endswith("*")}
    return ({*_CATEGORY_BY_KEY, *_SHOWN_DONORS, *donors, *systems, *STATUS_FILTER_WORDS, *_SUMMARY_WORDS,
             *_CHART_WORDS} - {""})


def category_of_word(words: str) -> str | None:
    """The category code a reader's words name ("Flugabwehr" -> "air_defence"), or None."""
    return _CATEGORY_BY_KEY.get(_key(words))


# Per entity list: folded system name -> canonical name, and canonical name -> its key.
# The list is kept referenced here so its id cannot be reused by another object.
_system_tables: dict[int, tuple[Entities, dict[str, str], dict[str, str]]] = {}


def _systems_of(entities: Entities) -> tuple[dict[str, str], dict[str, str]]:
    cached = _system_tables.get(id(entities))
    if cached is None or cached[0] is not entities:
        names = {_key(name.rstrip("*")): canonical for name, canonical in entities.system_phrases()}
        keys = {canonical: _key(canonical) for canonical in entities.systems}
        cached = (entities, names, keys)
        _system_tables[id(entities)] = cached
    return cached[1], cached[2]


def system_family(name: str, entities: Entities) -> tuple[str, ...]:
    """The stored system names a name stands for: the system itself and the models
    whose canonical name extends it by a designation with a digit ("Leopard" ->
    Leopard, Leopard 1, Leopard 2; "mig" -> MiG-29; "Leopard 2" -> only Leopard 2).
    Articles name a family as often as a model, and a reader asking for "leopard"
    wants both."""
    _, keys = _systems_of(entities)
    typed = _key(name)
    family = []
    for canonical, key in keys.items():
        if key == typed:
            family.append(canonical)
        elif key.startswith(typed + " ") and any(c.isdigit() for c in key[len(typed) + 1:].split(" ")[0]):
            family.append(canonical)
    return tuple(sorted(family))


def _system(words: str, entities: Entities) -> tuple[str, tuple[str, ...]] | None:
    """(name to show, stored names) for a system or family the words name, else None."""
    names, _ = _systems_of(entities)
    found = names.get(_key(words))
    if not found:
        hits = entities.find_systems(words)
        if len(hits) == 1 and hits[0][1] == 0 and hits[0][2] == len(words):
            found = hits[0][0]
    if found:
        return found, system_family(found, entities) or (found,)
    if len(_key(words)) >= _MIN_FAMILY:
        family = system_family(words, entities)
        if family:
            return (family[0] if len(family) == 1 else " ".join(words.split())), family
    return None


_REGIONAL_A = 0x1F1E6  # REGIONAL INDICATOR SYMBOL LETTER A: two of them make a flag


def _flag_code(word: str) -> str | None:
    """"DE" for the flag 🇩🇪 (two regional indicator letters), else None. The web pages show
    a flag beside each donor, and a flag copied from them was "not understood"."""
    if len(word) == 2 and all(_REGIONAL_A <= ord(char) < _REGIONAL_A + 26 for char in word):
        return "".join(chr(ord("A") + ord(char) - _REGIONAL_A) for char in word)
    return None


def parse_pledge_filters(args: str, entities: Entities) -> PledgeFilter:
    """Filters in any order; raises PledgeFilterError on the first word not understood
    or on a second filter of one kind. Multi-word names may be quoted ("leopard 2") or
    not (leopard 2, royaume uni); the longest run of words that names something wins. A
    word after a minus raises LeftOutError."""
    # A Latin word typed with a Cyrillic or Greek letter that looks Latin ("Gеrmany" with a
    # Cyrillic е: a keyboard layout left on Cyrillic) reads as the word it shows, as every other
    # chat command's words and the articles themselves do (bot.core.text.lookalike_letters):
    # here, in the one parser of the chat's /pledges, the CLI's filters and the web's q. Until
    # stop 63 /pledges and the web refused it where /subscribe folded it. A word still mixing
    # scripts (a letter with no Latin twin) is refused by the callers, naming the letter.
    args = latin_lookalikes_folded(args)
    if left_out := left_out_word(args):
        raise LeftOutError(left_out)
    # Quotes read as /search reads them (curly ones and guillemets too); a quote left open
    # is dropped rather than taken for a filter word: q=%22 was a 400 on the web tracker.
    words = [word for piece, quoted in quoted_pieces(args)
             for word in ([piece.strip()] if quoted else piece.split()) if word]
    found: dict[str, Any] = {}

    def put(kind: str, value: Any, word: str) -> None:
        if kind in found:
            raise PledgeFilterError(word, "period" if kind == "days" else kind)
        found[kind] = value

    i = 0
    while i < len(words):
        word = words[i]
        low = fold(word)
        if low in _SUMMARY_WORDS or low in _CHART_WORDS:
            found["summary" if low in _SUMMARY_WORDS else "chart"] = True
            if found.get("summary") and found.get("chart"):
                raise SummaryAndChartError(word)
            i += 1
            continue
        if low in STATUS_FILTER_WORDS:
            put("status", STATUS_FILTER_WORDS[low], word)
            i += 1
            continue
        unit = _PERIOD_UNITS.get(fold(words[i + 1])) if i + 1 < len(words) else None
        if unit and low.isascii() and low.isdigit():  # "30 days": read as "30d", both words taken
            i += 1
            word, low = f"{word} {words[i]}", low + unit
        if _PERIOD_FORM.fullmatch(low):
            days = period_days(low)
            if days is None:
                raise PeriodOutOfRangeError(word)
            put("days", days, word)
            found["period"] = low
            i += 1
            continue
        # Longest run of words first, so "leopard 2" beats "leopard" and "air defence"
        # beats "air".
        for length in range(min(_MAX_FILTER_WORDS, len(words) - i), 0, -1):
            if length > 1 and not all(_key(w) for w in words[i : i + length]):
                # A run holding a word of no letters ("🇬🇧 tanks", "- tanks") read as its
                # other words: the flag, or whatever it was, was dropped without a word.
                continue
            span = " ".join(words[i : i + length])
            category = category_of_word(span)
            if category:
                put("category", category, span)
                break
            system = _system(span, entities)
            if system:
                put("system", system[0], span)
                found["systems"] = system[1]
                break
            donor = entities.resolve_donor(_flag_code(span) or span) or _SHOWN_DONORS.get(_key(span))
            if donor:
                put("donor", donor, span)
                break
        else:
            raise PledgeFilterError(word)
        i += length
    return PledgeFilter(**found)


# -- suggestions while typing (Discord's autocomplete) ------------------------------------

MAX_SUGGESTIONS = 25  # Discord's limit on autocomplete choices
MAX_SUGGESTION_CHARS = 100  # Discord's limit on a choice's name and value


def _fit(typed: str, label: str, names: list[str]) -> int | None:
    """How well a thing fits the word being typed, best first: 0 when its label starts
    with it or one of its names is exactly it ("uk"), 1 when another of its names starts
    with it ("allem" for Germany), 2 when a later word of a name does; None otherwise."""
    if not typed or _key(label).startswith(typed) or typed in names:
        return 0
    if any(name.startswith(typed) for name in names):
        return 1
    if any(word.startswith(typed) for name in names for word in name.split(" ")[1:]):
        return 2
    return None


def filter_suggestions(current: str, entities: Entities, lang: str = "en",
                       limit: int = MAX_SUGGESTIONS) -> list[tuple[str, str]]:
    """(label, value) pairs completing the last word of a filter being typed: donors by
    any of their names or their code ("ger", "allem", "deu", "DE" -> Germany), categories
    by their code or words ("air", "défense" -> air defence) and systems ("leo" ->
    Leopard...). The value keeps the words already typed and reads back through
    parse_pledge_filters; the label is in the reader's language."""
    head, _, last = (current or "").rpartition(" ")
    typed = _key(last)
    head = " ".join(head.split())
    found: list[tuple[int, int, str, str]] = []  # (fit, kind order, label, value)
    for category in FILTER_CATEGORIES:
        names = [_key(n) for n in (category, *CATEGORY_ALIASES.get(category, ()),
                                   *(category_words(category, shown) for shown in SHOWN_LANGUAGES))]
        fit = _fit(typed, category_words(category, lang), names)
        if fit is not None:
            # By its name in the reader's language, label and value alike: the code
            # (air_defence) is for the settings, and Discord may send the label back
            # instead of the value (both are read by parse_pledge_filters).
            name = category_words(category, lang)
            found.append((fit, 0, name, name))
    donor_names: dict[str, list[str]] = {}
    for name, code in entities.donor_phrases():
        if not name.endswith("*"):
            donor_names.setdefault(code, [_key(code)]).append(_key(name))
    for code, names in donor_names.items():
        fit = _fit(typed, donor_name(code, lang), names)
        if fit is not None:
            # The English name is the value: readable in the box, and resolved by every parser.
            found.append((fit, 1, donor_name(code, lang), donor_name(code, "en")))
    _, system_keys = _systems_of(entities)
    system_names: dict[str, list[str]] = {c: [k] for c, k in system_keys.items()}
    for name, canonical in entities.system_phrases():
        system_names.setdefault(canonical, []).append(_key(name.rstrip("*")))
    for canonical, names in sorted(system_names.items()):
        fit = _fit(typed, canonical, names)
        if fit is not None:
            found.append((fit, 2, canonical, canonical))
    out: list[tuple[str, str]] = []
    for _, _, shown, value in sorted(found, key=lambda f: (f[0], f[1])):
        value = f"{head} {value}".strip()
        shown = f"{head} {shown}".strip()
        if len(value) <= MAX_SUGGESTION_CHARS and len(shown) <= MAX_SUGGESTION_CHARS:
            out.append((shown, value))
        if len(out) == limit:
            break
    return out


__all__ = [
    "CATEGORY_ALIASES",
    "EXTRA_CATEGORIES",
    "FILTER_CATEGORIES",
    "PledgeFilter",
    "PledgeFilterError",
    "category_of_word",
    "filter_suggestions",
    "filter_vocabulary",
    "parse_pledge_filters",
    "LeftOutError",
    "left_out_word",
    "period_days",
    "PeriodOutOfRangeError",
    "system_family",
]
