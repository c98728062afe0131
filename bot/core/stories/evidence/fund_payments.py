"""Money a government pays into a fund, as a lead tells it: "will pay 120 million euros into NATO's PURL scheme",
"va verser 120 millions d'euros au mécanisme PURL", "zahlt 120 Millionen Euro in den Nato-Mechanismus PURL". Pure.

One donor can pay the same sum twice on one day: into a fund that buys what another government sells (PURL:
American weapons), and to makers for a kind of thing ("buys 120 million euros of shells from Nordic makers"). Told
by two feeds, the two reports share donor, day and sum, and joined on them (0.45): the sum is a detail, and the
fund's "American weapons" names no kind the shells could conflict with. What the sum pays for keeps them apart: a
payment into a fund naming no kind of thing is not a purchase of a kind (same_event._fund_payment_beside_purchase).
A fund's report naming what it buys ("into the Czech initiative for shells") names the kind, and is no conflict.
"""

from __future__ import annotations

from bot.core.text.literal_gate import gated

FUND_PAYMENT = "fund payment"
# Any fund, scheme or NATO's PURL list named in the lead, paid into or not: a report naming one may be the fund
# payment told another way ("will pay $250 million for Patriot interceptors through NATO's Prioritised Ukraine
# Requirements List": the list spelled out, the verb far from it), so it is never the purchase "paid into no fund"
# that a fund payment is kept apart from.
FUND_NAMED = "fund named"

# A verb of paying (folded text), then within the clause a fund, a scheme or NATO's PURL list as where the money
# goes: "pay ... into NATO's PURL scheme", "contribute ... to the fund", "verser ... au fonds / au mecanisme PURL",
# "zahlt ... in den Fonds / den Nato-Mechanismus PURL" (German compounds end in the word: "...fonds").
# "Put" pays only with "into" before the fund ("put 50 million euros into the fund"): "put forward a scheme",
# "put in place a mechanism" pay nothing.
_PAYING = (r"pay|pays|paying|paid|contribut(?:e|es|ed|ing)|channel(?:s|led|ing)?"
           r"|verser|verse|versent|versera|verseront|contribuer|contribue|contribuera|abonder|abonde"
           r"|zahlen|zahlt|zahlte|einzahlen|zahlt ein|uberweist|uberweisen|steuert|beisteuern")
_FUND = (r"\bpurl\b|\bfunds?\b|\bschemes?\b|\bmechanisms?\b|\bfonds\b|\bmecanisme\b|\bdispositif\b"
         r"|fonds\b|mechanismus\b|topf\b")
_PUT_INTO = r"\b(?:put|puts|putting)\b[^.;:!?]{0,60}?\binto\b"
_FUND_PAID = gated(rf"(?:\b(?:{_PAYING})\b|{_PUT_INTO})[^.;:!?]{{0,80}}?(?:{_FUND})")
_FUND_NAME = gated(rf"{_FUND}|\brequirements? list\b|\binitiative\b")


def fund_payment_told(folded_lead: str) -> frozenset[str]:
    """FUND_PAYMENT (with FUND_NAMED) when the lead tells money paid into a fund or a scheme (a verb of paying,
    then the fund, in one clause); FUND_NAMED alone when it names a fund, a scheme or an initiative otherwise;
    else nothing."""
    if _FUND_PAID.search(folded_lead):
        return frozenset({FUND_PAYMENT, FUND_NAMED})
    return frozenset({FUND_NAMED}) if _FUND_NAME.search(folded_lead) else frozenset()
