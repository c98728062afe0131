"""A handover or a promise told with no giver, whose payer the next sentence names: "Die ersten beiden Radhaubitzen
sind an die ukrainischen Streitkräfte übergeben worden. [Das bestätigte der Hersteller.] Bezahlt hat die Geschütze
die Bundesregierung.", "Deux vedettes ont été remises jeudi à la marine ukrainienne. Financées par la France, elles
...", "Die Ukraine soll weitere 25 Kampfpanzer erhalten. Die Bundesregierung finanziert die Instandsetzung",
"Two patrol boats were handed over to Ukraine's navy. They were paid for by Norway."

The payer is the giver of the things (the rulings: the payer is the donor); its own sentence, which only tells the
paying of those things, gives no record of its own (no bare funding, no second record of the things named again).
"""

from __future__ import annotations

from bot.core.text.lazy_pattern import lazy

# (folded text, from the payer sentence's start) A sentence opening on the paying of what was told before: the
# participle or verb first ("Bezahlt hat die Geschütze die Bundesregierung", "Financées par la France", "Paid for by
# Norway", "Finanziert wurden sie von"), a pronoun or the things paid ("They were paid for by", "Elles ont été
# financées par", "Die Kosten trägt"), or the payer first with a verb of paying and an object pointing back ("Die
# Bundesregierung finanziert die Instandsetzung", "Norway paid for them", "La France a financé les travaux").
_PAYER_OPENS = lazy(
    r"(?:bezahlt|finanziert|gezahlt) (?:hat|haben|hatte|hatten|wurden?|werden|worden)\b|"
    r"(?:die kosten (?:tragt|tragen|trug|ubernimmt|ubernahm))\b|"
    r"(?:financee?s?|payee?s?|pris(?:es)? en charge) par\b|"
    r"(?:(?:ils|elles) (?:ont ete|sont|seront) (?:financee?s?|payee?s?|pris(?:es)? en charge) par)\b|"
    r"(?:paid for|funded|financed) by\b|(?:they|these|both) (?:were|are|was|have been|will be) "
    r"(?:paid for|funded|financed) by\b|"
    r"(?:[\w'-]+ ){1,4}?(?:finanziert|finanzierte|bezahlt|bezahlte|zahlt|zahlte|paid for|pays for|funded|funds|financed|"
    r"finances|a finance|finance|a paye|paie|paye) (?:die|den|das|deren|ihre|them|the|their|its|les|leur|leurs|la|le|l')"
    r"(?:\s|$)"
)
# (folded text, the payer sentence) Its reach: the sentence tells the paying of things named before, no new sum.
_A_SUM = lazy(r"\d")


def payer_told_after(folded: str, spans: list[tuple[int, int]], index: int, donors: list, items: list) -> int | None:
    """The index of the sentence after `index` (the next, or the one after a sentence naming no thing) that names
    the payer of the things `index` told with no giver, or None."""
    for after in (index + 1, index + 2):
        if after >= len(spans):
            return None
        start, end = spans[after]
        opening = start + len(folded[start:end]) - len(folded[start:end].lstrip(" \n\"'«„“"))
        if donors[after] and _PAYER_OPENS.match(folded, opening) and not _A_SUM.search(folded, start, end):
            return after
        if items[after]:
            return None
    return None
