"""Money a donor pays into a joint scheme, or for weapons in general that a scheme buys: the payer's
funding, not the things bought with it. Pure.

- Paying in ("Portugal zahlte dafür 100 Millionen Euro ein", "paid $100 million into it", "y a versé
  100 millions") after the scheme's deliveries are told: the sum went into the scheme, so it is no
  price of the shells the scheme delivered (extract.py asks `pays_in` before reading a sum told "for
  that purpose" as the worth of the things before it).
- A headline's weapons in general ("Niederlande und Belgien kaufen US-Waffen für Kiew", "Dutch buy
  U.S. arms for Kyiv") over a body telling the same givers paying for them as money ("bezahlen
  gemeinsam US-Waffen im Wert von 600 Millionen Dollar"): one payment, told twice; the headline's
  umbrella gives way (`without_weapons_the_body_pays_for`).
"""

from __future__ import annotations

from functools import lru_cache

from bot.core.models import Pledge
from bot.core.text.lazy_pattern import lazy


def pays_in(folded: str, start: int, end: int) -> bool:
    """Whether the sentence folded[start:end] tells a sum paid in: German "einzahlen" (split or
    not), English "pay into"/"paid in", French "verser à"/"y verser", or a contribution."""
    return _PAYING_IN.search(folded, start, end) is not None


def without_weapons_the_body_pays_for(title: list[Pledge], body: list[Pledge]) -> list[Pledge]:
    """The headline's records less its weapons in general (category "other", no figure) for a
    giver whose body record is money paid for weapons in general."""
    payers = {p.donor for p in body if p.category == "funding" and _pays_for_weapons(p.evidence)}
    if not payers:
        return title
    return [
        p for p in title
        if not (p.category == "other" and p.quantity is None and p.value is None and p.donor in payers)
    ]


# (one answer per sentence: the records of a sentence listing thousands of sums share it)
@lru_cache(maxsize=64)
def _pays_for_weapons(evidence: str) -> bool:
    return bool(_WEAPONS.search(evidence) and _PAYING.search(evidence))


# (folded text) paying in: "zahlte dafür 100 Millionen Euro ein", "eingezahlt", "einzuzahlen",
# "paid 100 million euros into", "paid in", "contributed", "a versé 100 millions", "y a versé"
_PAYING_IN = lazy(
    r"\b(?:zahl(?:t|te|ten|en)\b[^.;]{0,80}\bein\b|eingezahlt|einzuzahlen|einzahl\w*|beigesteuert|steuer(?:t|te|ten) [^.;]{0,80}\bbei\b|"
    r"pa(?:id|ys?|ying) (?:[^.;]{0,40}? )?into\b|pa(?:id|ys?|ying) in\b|contribut(?:ed|es|ing|e)\b|"
    r"(?:a|ont|avait|avaient|y a|y ont) verse|contribu(?:e|ent|era|eront|tion)\b)"
)
# Weapons in general (as written: the evidence is the sentence as published), and paying for them.
_WEAPONS = lazy(r"(?i:\b(?:[\w.]+-)?(?:waffen|weapons|arms|armes|armements)\b)")
_PAYING = lazy(r"(?i:\b(?:bezahl\w*|zahl\w*|finanzier\w*|pa(?:y|ys|id|ying)|fund\w*|financ\w*|pai\w*|pay(?:er|era|eront))\b)")
