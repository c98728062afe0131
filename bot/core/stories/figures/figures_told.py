"""How an article tells its counts and sums: a figure told rough or converted, a number
that is a system's designation or a count of participants, crowns of which country, a
count of a part of a promise, and the last part of one that completes it.
"""

from __future__ import annotations

import math
import re
from dataclasses import replace

from bot.core.models import Pledge
from bot.core.pledges.quantities.numbers import APPROXIMATELY, CROWNS, find_counts, fold_aligned
from bot.core.text.literal_gate import gated

# What wire copy writes right before a figure it rounds or converts from another currency
# (folded text, up to the figure): "about", "some", "roughly", "more than", "environ", "soit",
# "pres de", "plus d'", "rund", "etwa", "fast" (German: almost), "umgerechnet", "uber", or an
# opening bracket ("3 billion crowns ($280 million)"). A donor's own announcement states its
# sum plainly. (The pledge reader's words for a conversion, numbers.APPROXIMATELY, and a
# rounding's.) "over" and "über" are also what a verb or a noun puts before a plain sum:
# see `told_rough`.
_ROUGHLY = re.compile(
    rf"(?:\b(?P<word>{APPROXIMATELY}|approx|an estimated|more than|over|quelque|approximativement|plus de|fast"
    r"|ungefahr|ca|uber|mehr als|gut)\.?|\bplus d['\u2019]|\()\s*(?:[$\u20ac\u00a3]|us\$|c\$|usd|eur)?\s*$"
)
# "over" that belongs to the word before it, not to the figure after: a verb's particle
# ("handed over $300 million", "turned over", "forked over") or what a quarrel is about ("a
# row over $60 billion", "Congress fights over", "talks over"). Not after verbs whose "over"
# is as often "more than" ("passed over $60 billion", "signed over $500 million in
# contracts"): there it stays rough. (Folded text, up to "over".)
_OVER_OF_ANOTHER_WORD = re.compile(
    r"\b(?:hand|hands|handed|handing|turn|turns|turned|turning|fork|forks|forked"
    r"|row|rows|dispute|disputes|fight|fights|fought|fighting|battle"
    r"|battles|clash|clashes|clashed|standoff|stand-off|wrangle|wrangles|wrangling|talks|negotiations"
    r"|disagreement|split|impasse|deadlock|feud|quarrel|argue|argues|argued|arguing|haggle|haggled|haggling)\s+$"
)
# The word before German "über", as written: a noun (capitalised inside a sentence) makes
# "über" tell what the noun amounts to, "ein Vertrag über 500 Millionen Euro", "ein Paket
# über 400 Millionen Dollar": the sum itself. "im Wert von über", "erhält über" stay "more
# than".
_WORD_BEFORE = re.compile(r"([^\W\d_][\w-]*)\s+$")
_SENTENCE_START = re.compile(r"(?:^|[.!?:;\"\u201e\u201c\u00ab]\s*|\n)\s*$")


def told_rough(lead: str, folded: str, start: int) -> bool:
    """The figure starting at `start` is told rough or converted by its own qualifier: the
    word (or bracket) right before it, read as qualifying the figure and not as part of
    the words before it (see `_OVER_OF_ANOTHER_WORD`, `_WORD_BEFORE`). `folded` is
    `lead` folded with its offsets kept (numbers.fold_aligned)."""
    qualifier = _ROUGHLY.search(folded, 0, start)
    if qualifier is None:
        return False
    word = qualifier.group("word")
    if word == "over":
        return not _OVER_OF_ANOTHER_WORD.search(folded, 0, qualifier.start())
    if word == "uber":
        before = _WORD_BEFORE.search(lead, 0, qualifier.start())
        noun = (before is not None and before.group(1)[0].isupper()
                and not _SENTENCE_START.search(lead, 0, before.start()))
        return not noun
    return True


# A sum told as what a fund or budget comes to after a decision ("raises the fund to 17 billion euros", "porte à
# 17 milliards", "auf 17 Milliarden Euro aufgestockt", "bringing the total to"), or as a rate per period ("12.5
# billion euros a year", "par an", "pro Jahr"): neither is the sum decided, which another outlet names ("5
# billion euros more", "50 billion euros"). (Folded text: the words right before the figure and a raising verb
# in its clause; the words right after it.)
_TO_A_TOTAL = re.compile(r"\b(?:to|a|auf)\s+(?:a total of\s+|un total de\s+|insgesamt\s+)?(?:[$\u20ac\u00a3]|us\$)?\s*$")
_RAISING = re.compile(
    r"\b(?:rais\w+|increas\w+|boost\w*|lift\w*|bring\w*|brought|tops? up|topped up|expand\w*|porte\w*|porter"
    r"|releve\w*|augment\w*|erhoh\w*|aufgestockt|aufstock\w*|stockt|angehoben|hebt|anheben)\b"
)
_A_TOTAL_OF = re.compile(r"\b(?:a total of|un total de|insgesamt)\s+(?:[$\u20ac\u00a3]|us\$)?\s*$")
_PER_PERIOD = re.compile(
    r"\s*(?:(?:a|per|each|every|par|pro|chaque|jedes|im) (?:year|annum|month|an|annee|mois|jahr|monat)\b"
    r"|annually|yearly|jahrlich|annuellement)"
)


def told_as_total(folded: str, start: int, end: int) -> bool:
    """The sum at folded[start:end] is told as a resulting total (`_TO_A_TOTAL`, `_A_TOTAL_OF`)."""
    clause_start = max(folded.rfind(mark, 0, start) for mark in ".;\n") + 1
    clause_end = min((i for i in (folded.find(mark, end) for mark in ".;\n") if i >= 0), default=len(folded))
    to_a_total = (_TO_A_TOTAL.search(folded, clause_start, start) is not None
                  and _RAISING.search(folded[clause_start:clause_end]) is not None)
    return to_a_total or _A_TOTAL_OF.search(folded, clause_start, start) is not None


def told_as_total_or_rate(folded: str, start: int, end: int) -> bool:
    """The sum at folded[start:end] is told as a resulting total or a rate per period (`_PER_PERIOD`)."""
    return told_as_total(folded, start, end) or _PER_PERIOD.match(folded, end) is not None


# How many countries or ministers took part is every meeting's context, not a fact of one
# event: "over 50 countries" stands in the report of every contact-group meeting, "une
# cinquantaine de ministres" in the French one of another. (Folded text, after the count.)
PARTICIPANTS_AFTER = re.compile(
    r"(?:\s+(?:de|d'|of|der|allied|nato|member|allies|partner|partenaires))*\s*"
    r"(?:countries|nations|states|allies|members|ministers|delegations|pays|etats|membres|ministres|"
    r"lander|landern|staaten|nationen|verbundete\w*|mitglied\w*|minister\w*|delegation\w*|partner\w*)\b"
)


# The gap between a system's name and a number that is part of its designation: "RBS 70",
# "RBS-70", "Aster 30", "Aster-30-Raketen".
_DESIGNATION_GAP = re.compile(r"[ \u00a0-]?")


# The crowns of each donor that pays in them: "1,2 Milliarden Kronen" under a Danish
# headline are the "1.2 billion Danish crowns" of the English copy.
_CROWNS_OF = {"DK": "DKK", "SE": "SEK", "NO": "NOK", "CZ": "CZK", "IS": "ISK"}


def currency_of(currency: str, donors: set[str]) -> str:
    """The currency of an amount, crowns named without their country (numbers.CROWNS)
    read as those of the one donor of the article that pays in crowns; left as they are
    when none or several do (a Danish and a Swedish pledge in one report)."""
    if currency != CROWNS:
        return currency
    crowns = {_CROWNS_OF[donor] for donor in donors if donor in _CROWNS_OF}
    return crowns.pop() if len(crowns) == 1 else currency


def designation_starts(lead: str, system_spans: list[tuple[str, int, int]]) -> set[int]:
    """Where a number written right after (or inside) a named system's name starts: the
    system's designation ("RBS 70", "Aster 30"), no count of anything. One outlet writes
    "RBS 70 missiles" and the next "RBS-70-Raketen" (no number read there): taken as a
    count, it would be a number the other report lacks, or contradicts."""
    starts = set()
    for _, start, end in system_spans:
        gap = _DESIGNATION_GAP.match(lead, end)
        if gap is not None and gap.end() < len(lead) and lead[gap.end()].isdigit():
            starts.add(gap.end())
        # A name that ends in its number ("RBS 70" as the entity lists spell it).
        digits = re.search(r"\d+$", lead[start:end])
        if digits is not None:
            starts.add(start + digits.start())
    return starts


# "Vier der zehn", "four of the 10", "quatre des dix": a count of a part, then the whole it
# is part of. (Folded text, between the two counts.)
_PARTITIVE = re.compile(r"\s+(?:of|out of|der|von|aus|des|sur|d'entre)\s+(?:the |den |les )?$")


def part_of_the_promise(pledge: Pledge, lang: str | None) -> bool:
    """The promise of N read from a sentence that tells k of those N delivered ("Vier der
    zehn Schützenpanzer, die Schweden zugesagt hatte, sind angekommen"): the arrival is the
    news, the promise its background, as with "the first k of N" (`FIRST_OF_SEVERAL`).
    Only a count of a part right before the promised count: "delivered 4 tanks and
    promised 10 more" tells a new promise."""
    if not pledge.quantity:
        return False
    counts = find_counts(pledge.evidence, lang)
    aligned = fold_aligned(pledge.evidence)
    return any(
        part.value < whole.value == pledge.quantity and _PARTITIVE.search(aligned[part.end:whole.start])
        for part, whole in zip(counts, counts[1:])
    )


# The last part of a promise told arrived: "the last four of the 20", "the final 4 of the 20", "les quatre derniers
# des 20", "les derniers des 20", "die letzten vier der 20", "die letzten vier von 20". (Folded text, up to the
# whole's first digit.)
_LAST_PART_OF = gated(
    r"\b(?:(?:the )?(?:last|final)(?: [\w-]+)? (?:of|out of) (?:the )?"
    r"|(?:les|ses) (?:[\w-]+ )?derni(?:ers|eres) (?:des|d'entre les|sur les) "
    r"|(?:die )?letzten(?: [\w-]+)? (?:der|von|aus den) )(?=\d)"
)


def completed_deliveries(pledges: tuple[Pledge, ...], lang: str | None) -> tuple[Pledge, ...]:
    """The pledges with a delivery told as the last part of a promise arriving ("The last four of
    the 20 CV90 the Netherlands promised have arrived") read as the delivery of the whole (20):
    the last four complete it, and the other outlets tell that milestone as its whole ("Les
    quatre derniers des 20 ... sont arrivés" read as 20 delivered, "die Lieferung von 20 ...
    abgeschlossen"). Read as four, the report shared no count with them and stayed apart.
    Only when the sentence counts the whole right after "the last (k) of": "the last four
    tanks arrived" says nothing of a whole."""
    completed = []
    for pledge in pledges:
        if pledge.status == "delivered":
            ends = {match.end() for match in _LAST_PART_OF.finditer(fold_aligned(pledge.evidence))}
            wholes = [count.value for count in find_counts(pledge.evidence, lang) if count.start in ends] if ends else []
            if wholes and (pledge.quantity is None or pledge.quantity < wholes[0]):
                pledge = replace(pledge, quantity=wholes[0])
        completed.append(pledge)
    return tuple(completed)


# How far from its two-figure rounding, in steps of the second figure, a written sum is still read as it.
_NEAR_ROUNDING = 0.25 + 1e-9


def sum_key(value: float) -> str:
    """A sum as the evidence compares it: at two significant figures ("1.5e+09") when it lies near that
    rounding, else at three ("1.45e+09"). Wire copy rounds billions and millions so, each outlet from the
    figure it was given: "EUR 1.48 billion", "1,5 milliard" and "1.5bn" are one sum; "1.4 billion" and
    "1.5 billion" stay two, and so do "1.45" and "1.5" (a half is rounded either way, so it tells nothing)."""
    if value <= 0 or not math.isfinite(value):
        return f"{value:.2g}"  # (an amount too large for a float reads as inf: no rounding of it)
    unit = 10.0 ** (math.floor(math.log10(value)) - 1)
    rounded = math.floor(value / unit + 0.5)
    # A figure written with a third digit is exact unless it lies within a quarter of a step of its rounding:
    # "1,48 milliard" is another outlet's "1.5 billion", but "1.45" and "1.5" on one day are as likely two
    # decisions (reread of stop 53, D4: two EU payments of one day joined and one alert was lost).
    if abs(value / unit - rounded) > _NEAR_ROUNDING:
        return f"{value:.3g}"
    return f"{rounded * unit:.2g}"
