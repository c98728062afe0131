"""A donor's package by its number in the donor's series ("Italy's 12th military aid
package", "elftes Paket"), read from an article's opening: the number of a package happens
once, so it names one event. Which numbers count a period or "another one" instead is
bot/core/stories/figures/package_counts.py; numbers in words, bot/core/stories/figures/ordinal_words.py.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.core.stories.figures.ordinal_words import ORDINAL_WORD_PATTERN, ordinal_value
from bot.core.stories.figures.package_counts import another_one, counted_in_a_period
from bot.core.text import fold, sentences
from bot.core.text.literal_gate import gated

# A package's number in its donor's series, in folded text: "12th (military aid) package",
# "12e paquet (d'aide)", "12. Hilfspaket" / "22. Militarhilfepaket" / "12. Paket".
# In words as well ("eleventh package", "onzieme paquet", "elftes Paket", "ein elftes
# Militarpaket": bot/core/stories/figures/ordinal_words.py), read as the same number.
NTH_PACKAGE = re.compile(
    r"\b(\d{1,3})(?:st|nd|rd|th) (?:[a-z-]+ ){0,3}?(?:package|tranche)\b"
    r"|\b(\d{1,3})(?:e|eme|er) (?:paquet|tranche|train)\b"
    r"|\b(\d{1,3})\. ?[a-z]*paket\b"
    rf"|\b(?P<words>{ORDINAL_WORD_PATTERN}) (?:(?:[a-z-]+ ){{0,3}}?(?:package|tranche)|(?:paquet|tranche|train)"
    r"|(?:[a-z]+ )?[a-z]*paket)\b"
)
# Cheap test before the pattern above, most openings name no package.
PACKAGE_WORD = gated(r"package|tranche|paquet|train|paket")


def _package_number(match: re.Match) -> int:
    """The number a match of NTH_PACKAGE names, in digits or in words."""
    if match.group("words"):
        return ordinal_value(match.group("words"))
    return int(next(g for g in match.groups() if g))


# A sentence of the lead that says what number the news is in its donor's series, in
# folded text: "It is Denmark's 30th package", "Es ist das 30. Paket", "Il s'agit du 30e
# paquet", "C'est le 30e paquet". Wire copy that does not number the package in its
# headline or first sentence says so next. The number must be what the sentence says the
# news is (at most two words after "it is"): "It is the largest since Denmark's 19th
# package" recalls an earlier one, and so does any other sentence naming a package by its
# number ("after its 29th package in May"); "the 3rd package this year" counts the year's.
_ITS_NUMBER = re.compile(
    r"(?:it is|it's|this is|es ist|es handelt sich um|il s['\u2019]agit|c['\u2019]est)\s+(?:[\w'\u2019-]+\s+){0,2}?"
    rf"(?=\d|{ORDINAL_WORD_PATTERN}\b)"
)


def package_number_text(opening: str, lead_body: str) -> str:
    """The folded text a package's number is read in: the opening (headline and first
    sentence) and, from the lead's later sentences (`lead_body`: the body as far as the
    lead reaches), each number told as what the news is (`_ITS_NUMBER`)."""
    told = []
    for sentence in map(fold, (sentences(lead_body) or [""])[1:]):
        sentence = sentence.strip()
        opener = _ITS_NUMBER.match(sentence)
        number = NTH_PACKAGE.match(sentence, opener.end()) if opener else None
        if number and counts_the_series(sentence, number):
            told.append(number.group())
    return "\n".join([fold(opening), *told])


def numbered_packages(folded_opening: str, donors: set[str] | frozenset[str],
                      donor_spots: Sequence[tuple[str, int, int]] = ()) -> frozenset[str]:
    """"IT|12" for "Italy approves its 12th military aid package": the numbers of the
    packages the opening names, keyed by the one donor of the report. When it names several
    (an explainer of the day's news retelling others' older gifts), a number is keyed by the
    one donor its sentence names before it, when that sentence names no other donor
    (`donor_spots`: the donors found in `folded_opening`, code, start, end): "La Finlande a
    annoncé mercredi son 31e paquet ..., Avant elle, la Norvège avait livré ..." is
    Finland's 31st; "Norway approved its twelfth package on a day when Spain also promised
    20 vehicles" and "Germany welcomed the 12th package Italy announced" stay unkeyed: whose
    twelfth it is would be a guess."""
    if not donors or not PACKAGE_WORD.search(folded_opening):
        return frozenset()
    numbers = [m for m in NTH_PACKAGE.finditer(folded_opening) if counts_the_series(folded_opening, m)]
    if len(donors) == 1:
        (donor,) = donors
        return frozenset(f"{donor}|{_package_number(m)}" for m in numbers)
    keyed = set()
    for match in numbers:
        donor = _donor_of_its_sentence(folded_opening, match, donor_spots)
        if donor in donors:
            keyed.add(f"{donor}|{_package_number(match)}")
    return frozenset(keyed)


# Where a sentence ends in folded text: a full stop not after a digit ("31. Hilfspaket", "am
# 15. März" are German ordinals), "!", "?", ";" or a line break.
_SENTENCE_END = re.compile(r"(?<!\d)\.(?:\s|$)|[!?;\n]")


# A wire copy's dateline at a sentence's start, "paris (agence) - " or "oslo, march 3 (wire) -- ": its
# city is where the outlet wrote, not a donor the sentence tells of.
_DATELINE = re.compile(r"\s*[^\W\d][^\s(),.;:]*(?:[ /][^\W\d][^\s(),.;:]*){0,3}(?:,[^()\n]{1,30})?"
                       r"\s*(?:\([^()\n]{1,40}\)\s*)?(?:-{1,2}|\u2013|\u2014)\s")


def _donor_of_its_sentence(folded: str, match: re.Match, donor_spots: Sequence[tuple[str, int, int]]) -> str | None:
    """The one donor the sentence of a package's number names before it, or None when the
    sentence names none or several before it, or another donor after it."""
    starts = [end.end() for end in _SENTENCE_END.finditer(folded, 0, match.start())]
    begin = starts[-1] if starts else 0
    after = _SENTENCE_END.search(folded, match.end())
    finish = after.start() if after else len(folded)
    dateline = _DATELINE.match(folded, begin, match.start())
    begin = dateline.end() if dateline else begin
    before = {code for code, start, end in donor_spots if begin <= start and end <= match.start()}
    # Two donors before it ("Italy, like Germany, approved its 12th package", "France followed Germany
    # with its 12th package"): whose package it is, the word order does not say.
    if len(before) != 1 or any(match.end() <= start < finish for _, start, _ in donor_spots):
        return None
    (donor,) = before
    return donor


def counts_the_series(folded: str, match: re.Match) -> bool:
    """Whether a match of NTH_PACKAGE is the number of the package in its donor's series:
    not "the 2nd package this year", "second aid package in a week" (a period's count), nor
    "a second package", "ein zweites Paket" (another one): bot/core/stories/figures/package_counts.py."""
    number = _package_number(match)
    if match.group("words") and another_one(folded, match.start(), number):
        return False
    return not counted_in_a_period(folded, match.start(), match.end(), number)
