"""Sums a sentence gives someone other than Ukraine: other recipients' shares of a
shared sum, and money refilling the donor's own stocks.

"a $74 billion package that sets aside $41 billion for Ukraine, $22 billion for Israel
and $11 billion for Taiwan", "300 millions d'euros pour l'Ukraine et 50 millions pour la
Moldavie", "500 Millionen Euro für die Ukraine und 100 Millionen für Moldau": when one
sentence gives sums to Ukraine and to another named recipient, the other recipients'
sums are no aid to Ukraine, and a sum told before the shares without a recipient of its
own is the whole they split (Ukraine's own sum is the figure, not the whole).
A sum whose purpose, told right after it, is to refill the donor's own stocks ("$9
billion will replenish Pentagon stocks of weapons previously sent to Kyiv", "200 millions
d'euros pour reconstituer ses stocks", "300 Millionen Euro sollen die Bestände der
Bundeswehr auffüllen") replaces what was given: no gift (a sum for Ukraine "and" the
refill keeps Ukraine's purpose first and is left).
A sum whose next sentence opens on Ukraine's share of it ("zusammen 2,3 Milliarden Euro ...
Davon entfallen 2,2 Milliarden Euro auf die Ukraine", "$60 billion ... Of this, $45 billion
goes to Ukraine", "350 millions d'euros ... Sur ce montant, 300 millions reviennent à
l'Ukraine") is given as that share: the whole is split, and the share is Ukraine's figure.
money_items.py asks here before it turns the sentence's sums into records.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.core.pledges.quantities.numbers import Money, find_money
from bot.core.text.lazy_pattern import lazy

# A sum's recipient, named right after it: a preposition of destination and a name in
# capitals (the text as written: a common noun is no recipient), a few words between at
# most ("$22 billion in military aid for Israel", "100 Millionen Euro Militärhilfe für
# Moldau").
_RECIPIENT_AFTER = lazy(
    r"(?:\s+[\w'’-]+){0,4}?\s+(?:for|to|pour|à|au|aux|für|fur|an|auf)\s+"
    r"(?:the\s+|la\s+|le\s+|les\s+|l'|l’|die\s+|den\s+|der\s+|das\s+|die\s+Republik\s+|la\s+République\s+de\s+)?"
    r"(?P<name>[A-ZÀ-ÖØ-Þ][\w'’-]+)"
)
_UKRAINE = lazy(r"(?:Ukrain|Kyiv|Kiev|Kiew|Kyjiw)")
# (words in capitals after "for" that name no recipient: "for NATO's PURL" buys for Ukraine,
# a month or a weekday is a time)
_NO_RECIPIENT = lazy(
    r"(?:NATO|OTAN|Nato|PURL|January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Janvier|Januar|Februar|März|Mai|Juni|Juli|Oktober|Dezember|Monday|Tuesday|Wednesday|Thursday|"
    r"Friday|Saturday|Sunday|Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag)\b"
)


# (a name that leads a scheme or names one is no recipient of its own: "to the Czech-led
# initiative", "to the Ramstein fund")
_SCHEME_AFTER_NAME = lazy(
    r"(?:-led|-gefuhrt\w*|-geführt\w*)|\s+(?:initiative|fund|facility|coalition|scheme|mechanism|Initiative|Fonds|"
    r"Koalition|Mechanismus|fonds|mécanisme|coalition)\b"
)


def shares_for_others(full: str, sums: Sequence[Money], things: Sequence[tuple[int, int]] = ()) -> set[int]:
    """The starts of the sums that are not Ukraine's when the sentence splits money between
    Ukraine and another named recipient: the other recipients' shares and the whole told
    before the first share. Empty when the sentence names only one recipient. `things` are
    the spans of the sentence's items: a system's name in capitals ("$200 million for Patriot
    interceptors") is what a sum buys, no recipient."""
    recipients: dict[int, bool] = {}  # a sum's start -> whether its recipient is Ukraine
    for money in sums:
        match = _RECIPIENT_AFTER.match(full, money.end)
        # (the recipient is this sum's only if no other sum stands between)
        if match is None or any(money.end < other.start < match.start("name") for other in sums):
            continue
        name = match.group("name")
        at = match.start("name")
        if _NO_RECIPIENT.match(name) or any(lo <= at < hi for lo, hi in things) or _SCHEME_AFTER_NAME.match(
            full, at + len(name.split("-")[0])
        ):
            continue
        recipients[money.start] = _UKRAINE.match(name) is not None
    if not (any(recipients.values()) and not all(recipients.values())):
        return set()
    first_share = min(recipients)
    wholes = {money.start for money in sums if money.start < first_share and money.start not in recipients}
    return wholes | {start for start, ukraine in recipients.items() if not ukraine}


# (folded text) The refill told right after the sum, a few words between at most.
_REFILL_AFTER = lazy(
    r"(?:\s+(?!(?:and|et|und|help\w*|aider|ukrain\w*|kyiv|kiev|kiew)\b)[\w'-]+){0,4}?\s+(?:(?:to|will|would|shall|is to|are to|would be used to|pour|a|afin de|servira a|"
    r"serviront a)\s+)?(?:replenish\w*|refill\w*|restock\w*|backfill\w*|reconstituer|recompleter|regarnir)\b"
)
# German tells the refill last: "sollen die Bestände der Bundeswehr auffüllen", "um die
# Bestände wieder aufzufüllen"; the clause holds no comma.
_GERMAN_REFILL_AFTER = lazy(r"[^,;.:]{0,80}?\bbestand\w*[^,;.:]{0,40}?\b(?:wieder\s+)?auf(?:zu)?full\w*")


# Ukraine's own stocks refilled are aid: "to replenish NASAMS missiles for Ukraine", "pour
# reconstituer les stocks d'obus de l'armée ukrainienne", "Kyiv's stocks" (what was given
# to Ukraine, "weapons previously sent to Kyiv", names no owner).
_UKRAINE_OWNS = lazy(
    r"[^.;:]{0,60}?(?:\b(?:for|pour|fur|of|de|der) (?:the |l'|die )?(?:ukraine|kyiv|kiev|kiew)\b|"
    r"\b(?:ukraine|kyiv|kiev)'s\b|\bukrain(?:ian|ienne|iennes|iens|ischen|ische)\b)"
)


def refills_own_stocks(folded: str, sums: Sequence[Money]) -> set[int]:
    """The starts of the sums told as refilling the donor's own stocks."""
    refills = set()
    for money in sums:
        refill = _REFILL_AFTER.match(folded, money.end) or _GERMAN_REFILL_AFTER.match(folded, money.end)
        if refill is not None and not _UKRAINE_OWNS.match(folded, refill.end()):
            refills.add(money.start)
    return refills


# (text as written) The next sentence opening on a share of the sum told before, the share's
# recipient Ukraine: "Davon entfallen 2,2 Milliarden Euro auf die Ukraine", "Of this, $45
# billion goes to Ukraine", "Sur ce montant, 300 millions reviennent à l'Ukraine", "Dont 300
# millions pour l'Ukraine".
_SHARE_OPENER_NEXT = lazy(
    r"\s*(?:Davon|Hiervon|Of (?:this|that|it|the total)|Dont|Sur ce(?:tte)? (?:montant|somme|enveloppe))\b[,:]?"
)
# (the recipient right after the share or its verb: "600 Millionen Euro für weitere Patriot-
# Flugkörper für Kiew" is a share for a purpose, not Ukraine's share)
_UKRAINE_AS_RECIPIENT_AFTER = lazy(
    r"(?:\s+(?!(?:auf|an|für|fur|for|to|pour|à|a|de|of|von)\b)[\w'’-]+){0,2}?\s+(?:auf|an|für|for|to|pour|à|a)\s+"
    r"(?:die\s+|the\s+|l'|l’)?(?:Ukraine|Kiew|Kyiv|Kiev)\b"
)
_SENTENCE_END = lazy(r"[.!?](?:\s|$)")
# (text as written) Ukraine listed with another recipient named in capitals ("for Ukraine, Israel
# and Taiwan", "für die Ukraine und Moldau", "à Israël et à l'Ukraine"): a shared whole.
_UKRAINE_BESIDE_ANOTHER = lazy(
    r"(?:Ukrain\w*|Kyiv|Kiev|Kiew)\s*(?:,|and|und|et|sowie)\s+(?:(?:to|for|für|à|a|an)\s+)?"
    r"(?:the\s+|la\s+|le\s+|l'|l’|die\s+|der\s+|die\s+Republik\s+)?[A-ZÀ-ÖØ-Þ]|"
    r"[A-ZÀ-ÖØ-Þ][\w'’-]+\s*(?:,|and|und|et|sowie)\s+(?:(?:to|for|für|à|a|an)\s+)?"
    r"(?:the\s+|la\s+|l'|l’|die\s+|der\s+)?(?:Ukrain|Kyiv|Kiev|Kiew)"
)
_SUM_WITHOUT_CURRENCY = lazy(r"\b(?P<num>\d+(?:[.,]\d+)?)\s+(?P<scale>millions?|milliards?|millionen|milliarden|billion|million)\b", re.I)



def ukraines_share_told_next(
    full: str, sentence_start: int, sentence_end: int, sums: Sequence[Money]
) -> tuple[Money, Money] | None:
    """(the whole, Ukraine's share) when the sentence's last sum is followed by a sentence
    opening on Ukraine's share of it; None otherwise. A whole its own sentence already gives
    Ukraine alone ("5 billion euros in military aid to Ukraine. Of this, 2 billion euros goes to
    Kyiv's air defence") is all Ukraine's: the next sentence tells a part of it by purpose, and
    the whole stays the figure."""
    if not sums or _SHARE_OPENER_NEXT.match(full, sentence_end) is None:
        return None
    if _UKRAINE.search(full, sentence_start, sentence_end) and not _UKRAINE_BESIDE_ANOTHER.search(
        full, sentence_start, sentence_end
    ):
        return None
    opener = _SHARE_OPENER_NEXT.match(full, sentence_end)
    stop = _SENTENCE_END.search(full, opener.end())
    window = full[opener.end() : stop.start() + 1 if stop else len(full)]
    shares = find_money(window)
    if shares:
        share = shares[0]
    elif (bare := _SUM_WITHOUT_CURRENCY.search(window)) is not None:
        # (the currency left out, as the whole's: "Sur ce montant, 300 millions reviennent à l'Ukraine")
        number = float(bare.group("num").replace(",", "."))
        scale = 1e9 if bare.group("scale").lower().startswith(("milliard", "billion")) else 1e6
        share = Money(number * scale, sums[-1].currency, bare.start(), bare.end())
    else:
        return None
    if not _UKRAINE_AS_RECIPIENT_AFTER.match(window, share.end) or share.value >= sums[-1].value:
        return None
    return sums[-1], share
