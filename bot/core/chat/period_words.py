"""A period filter word ("30d", "12w", "6m", "1y") in the words of a reply, in English,
French or German: "over the last 30 days", "sur les 30 derniers jours", "der letzten 30
Tage". The replies showed the word as typed ("derniers 30d", "in den letzten 30d"), a code
in the middle of a French or German sentence, where the web pages say "30 jours".

Two uses, each with its own grammar: the summary's and chart's title ("Pledges over the
last 30 days") and the filters a reply read ("Germany · last 30 days")."""

from __future__ import annotations

import re

# Per language and use: the phrase for one unit (singular) and for a count of them.
# German takes the genitive in a title ("Zusagen der letzten 30 Tage") and the dative in
# a list of filters ("in den letzten 30 Tagen").
_ONE = {
    "en": {"title": "over the last {unit}", "filter": "last {unit}"},
    "fr": {"title": "sur {unit}", "filter": "{unit}"},
    "de": {"title": "{unit}", "filter": "{unit}"},
}
_MANY = {
    "en": {"title": "over the last {n} {unit}", "filter": "last {n} {unit}"},
    "fr": {"title": "sur les {n} {unit}", "filter": "{n} {unit}"},
    "de": {"title": "der letzten {n} {unit}", "filter": "in den letzten {n} {unit}"},
}
_UNITS_ONE = {
    "en": {"title": {"d": "day", "w": "week", "m": "month", "y": "year"}},
    "fr": {"title": {"d": "le dernier jour", "w": "la dernière semaine", "m": "le dernier mois",
                     "y": "la dernière année"},
           "filter": {"d": "dernier jour", "w": "dernière semaine", "m": "dernier mois", "y": "dernière année"}},
    "de": {"title": {"d": "des letzten Tages", "w": "der letzten Woche", "m": "des letzten Monats",
                     "y": "des letzten Jahres"},
           "filter": {"d": "am letzten Tag", "w": "in der letzten Woche", "m": "im letzten Monat",
                      "y": "im letzten Jahr"}},
}
_UNITS_MANY = {
    "en": {"title": {"d": "days", "w": "weeks", "m": "months", "y": "years"}},
    "fr": {"title": {"d": "derniers jours", "w": "dernières semaines", "m": "derniers mois", "y": "dernières années"}},
    "de": {"title": {"d": "Tage", "w": "Wochen", "m": "Monate", "y": "Jahre"},
           "filter": {"d": "Tagen", "w": "Wochen", "m": "Monaten", "y": "Jahren"}},
}
_PERIOD = re.compile(r"0*([0-9]+)([dwmy])")


def period_words(period: str, lang: str, use: str = "filter") -> str:
    """`period` as read by the filters (folded: "30d") in `lang`'s words, for a title
    (`use="title"`) or a list of filters (`use="filter"`); a word of another form is
    given as it is."""
    found = _PERIOD.fullmatch(period)
    lang = lang if lang in _ONE else "en"
    if not found:  # the filters read no other form: shown as typed, in the phrase of many
        return _MANY[lang][use].format(n=period, unit="").strip()
    count, unit = int(found.group(1)), found.group(2)
    if count == 1:
        units = _UNITS_ONE[lang]
        word = units.get(use, units["title"])[unit]  # a language with one form for both uses gives it once
        return _ONE[lang][use].format(unit=word)
    units = _UNITS_MANY[lang]
    word = units.get(use, units["title"])[unit]
    return _MANY[lang][use].format(n=count, unit=word)
