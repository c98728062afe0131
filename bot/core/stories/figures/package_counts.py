"""When an ordinal beside a package counts something other than the donor's series (folded
text: bot.core.text.fold).

Wire copy numbers a donor's packages ("its 26th package", "son deuxième paquet", "sein
zweites Hilfspaket"), and a number of one donor's series names one event
(package_ordinals.numbered_packages). But the same words also count packages within a period, or
just mean "another one":
- a count within a period: "a second package this month", "its second in a week", "third
  package in as many weeks", "deuxième paquet en une semaine", "ce mois-ci", "binnen einer
  Woche sein zweites Hilfspaket", "das zweite Paket in diesem Monat" (up to the fifth: a
  period holds a few packages). Read as the series'
  number, Denmark's 26th package told as "the second this month" conflicted with its own
  copies, and one donor's two packages of a week, each "a second" in its period, were one
  event;
- "a second package", "un deuxième paquet", "une seconde tranche", "ein zweites Paket": with
  an indefinite article, second is "another" in all three languages' wire copy, and the
  series' second package is told "its/the second", "son deuxième", "sein/das zweite". Only 2:
  higher ordinals after an indefinite article are the series' count in French and German
  house style ("un onzième paquet", "ein elftes Militärpaket").
Dropping such a number costs a join signal at worst; keeping a wrong one joins two events
(hiding one) or splits one.
"""

from __future__ import annotations

import re

from bot.core.text.months import ENGLISH_MONTHS, FRENCH_MONTHS, GERMAN_MONTHS, alternation

_UNITS = r"(?:days?|weeks?|months?|years?|jours?|semaines?|mois|ans?|annees?|tagen?|wochen?|monat(?:en?|s)?|jahren?)"
_FEW = (r"(?:a|an|one|two|three|four|five|six|as many|less than (?:a|two|three)|the (?:same|past|last)(?: \w+)?"
        r"|une?|deux|trois|quatre|quelques|moins d'une?|einer|eines|einem|zwei|drei|vier|wenigen|weniger als (?:einer|einem))")
# "maerz": German written without its umlaut folds to it, not to "marz".
_MONTHS = f"(?:{alternation(ENGLISH_MONTHS, FRENCH_MONTHS, GERMAN_MONTHS)}|maerz)"

# A period the count is made in, in folded text.
_PERIOD = re.compile(
    r"\b(?:this (?:year|month|week|autumn|fall|spring|summer|winter)|of the (?:year|month|week)"
    rf"|(?:in|within|inside) {_FEW} {_UNITS}|since {_MONTHS}|since the (?:start|beginning) of the year"
    r"|ce mois(?:-ci)?|cette (?:semaine|annee)|cet (?:automne|ete|hiver)|de la semaine|du mois|de l'annee"
    rf"|en {_FEW} {_UNITS}|depuis {_MONTHS}|depuis le debut de l'annee"
    r"|(?:in )?(?:diesem|diesen) (?:jahr|monat)|(?:in )?dieser woche|diese woche|des (?:jahres|monats)"
    rf"|(?:binnen|innerhalb|in) (?:von )?{_FEW} {_UNITS}|seit {_MONTHS}|seit jahresbeginn|seit jahresanfang)\b"
)
# At most this many words between the package and a period after it ("second aid package for
# Ukraine this month", "deuxième paquet d'aide à l'Ukraine ce mois-ci"), or between a period
# and the ordinal after it ("binnen einer Woche sein zweites Hilfspaket"), in one clause.
_GAP_WORDS = 4
_MOST_IN_A_PERIOD = 5
# A comma ends the clause too: "this week, Denmark announced its second package" dates the
# announcement, and "its second package, worth 500 million this year" the sum; neither
# counts the packages of the week or year.
_CLAUSE_END = re.compile(r"[.,;:!?\n]")
_INDEFINITE_BEFORE = re.compile(r"\b(?:a|un|une|ein|eine|einen|einem|eines|einer) $")


def counted_in_a_period(folded: str, start: int, end: int, number: int) -> bool:
    """Whether the package number folded[start:end] ("second aid package") counts the
    packages of a period: a period named after it, or just before it, in its clause. Only
    small numbers: a period counts a few packages, and a series' "26th package to arrive
    within six months" names the period of something else."""
    if number > _MOST_IN_A_PERIOD:
        return False
    after = _CLAUSE_END.split(folded[end:end + 160])[0]
    period = _PERIOD.search(after)
    if period is not None and len(after[:period.start()].split()) <= _GAP_WORDS:
        return True
    before = _CLAUSE_END.split(folded[max(0, start - 160):start])[-1]
    return any(len(before[period.end():].split()) <= _GAP_WORDS for period in _PERIOD.finditer(before))


def another_one(folded: str, start: int, number: int) -> bool:
    """Whether an ordinal in words at folded[start:] is "a second", "un deuxième", "ein
    zweites": another one, not the series' second."""
    return number == 2 and bool(_INDEFINITE_BEFORE.search(folded, max(0, start - 8), start))

