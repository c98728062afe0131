"""Payers of a share of the cost, named before their paying: "Sweden orders 14 CV90 ..., with Denmark and Norway
each paying a third of the cost", "la Suède a commandé 14 CV90, le Danemark et la Norvège en payant chacun un
tiers", "Schweden hat 14 CV90 bestellt, Dänemark und Norwegen zahlen jeweils ein Drittel der Kosten". As the payers
of a part told after the things ("some of them paid for by Belgium", part_payers.py), they fund the things with no
count of their own, and the one ordering or giving keeps its count (review 63). Pure."""

from __future__ import annotations

from bot.core.text.lazy_pattern import lazy

# (folded text, right after the payer's name) its paying of a share: "each paying a third", "en payant chacun un
# tiers", "zahlen jeweils ein Drittel", "will pay half".
_SHARE_PAID_AFTER = lazy(
    r"\s+(?:(?:each|both|jointly|together|chacune?|jeweils|gemeinsam|will|would|en)\s+)?"
    r"(?:paying|to pay|pay|pays|paid|payant|paient|paieront|prenant en charge|prennent en charge|"
    r"zahlen|zahlt|zahlten|tragen|tragt|ubernehmen|ubernimmt)\s+"
    r"(?:(?:each|chacune?|jeweils|for)\s+)?"
    r"(?:a third|one third|two thirds|half|a half|a quarter|part|a share|a portion|un tiers|deux tiers|la moitie|"
    r"un quart|une partie|ein drittel|zwei drittel|die halfte|ein viertel|einen teil|einen anteil)\b"
)
# (its words, looked for as plain substrings first)
PAYING_STEMS = ("paying", "pay", "payant", "paie", "prenant en charge", "prennent en charge", "zahl", "trag", "ubernimm",
                "ubernehm")


def pays_a_share(folded: str, end: int) -> bool:
    """Whether the donor ending at `end` is told as paying a share of the cost right after its name."""
    return _SHARE_PAID_AFTER.match(folded, end) is not None
