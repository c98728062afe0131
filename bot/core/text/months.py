"""The month names of English, French and German as folded text (lower case, accents
removed: "février" is "fevrier", "März" is "marz"), January first.

Dates matter in several places (a number before "janvier" is a day, not a count; "not
before March" delays a delivery; two reports naming the same date may be one event), and
each builds its own pattern from these lists so that a spelling fixed here is fixed for all.
"""

from __future__ import annotations

ENGLISH_MONTHS = (
    "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december",
)
FRENCH_MONTHS = (
    "janvier", "fevrier", "mars", "avril", "mai", "juin",
    "juillet", "aout", "septembre", "octobre", "novembre", "decembre",
)
GERMAN_MONTHS = (
    "januar", "februar", "marz", "april", "mai", "juni",
    "juli", "august", "september", "oktober", "november", "dezember",
)

# The short forms wire copy uses for each month in the three languages, folded, January
# first ("Aug. 4", "25 janv.", "3 fév.", "25 avr.", "3. Okt."); May has none ("mai" and
# "may" are whole).
MONTH_ABBREVIATIONS = (
    ("jan", "janv"), ("feb", "fev", "fevr"), ("mar",), ("apr", "avr"), (), ("jun",),
    ("jul", "juil"), ("aug",), ("sep", "sept"), ("oct", "okt"), ("nov",), ("dec", "dez"),
)


def month_names(*month_lists: tuple[str, ...]) -> tuple[str, ...]:
    """The names in the lists, each once, in the order given (German "april" after the
    English one is dropped)."""
    return tuple(dict.fromkeys(name for names in month_lists for name in names))


def alternation(*month_lists: tuple[str, ...]) -> str:
    """The names of `month_names` as one regex alternation."""
    return "|".join(month_names(*month_lists))
