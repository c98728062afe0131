"""A contract to keep things running is no order of new things.

"le contrat d'entretien des appareils doit être renégocié", "the maintenance contract for the jets",
"der Wartungsvertrag für die Flugzeuge": the contract keeps up things already promised or given (review
64's Belgian F-16 item, whose news is the halted delivery). Read as a contract cue it made a production
record of the things. Repairs are left as they are read (a repair order may restore things for Ukraine).
"""

from __future__ import annotations

from bot.core.text.lazy_pattern import lazy

# (folded text) the upkeep word right before the contract noun: "maintenance contract", "service contract"
_UPKEEP_BEFORE = lazy(r"\b(?:maintenance|servicing|upkeep|sustainment)(?:\s+and\s+support)?\s+$")
# (folded text) the German compound, the contract cue's start: "Wartungsvertrag", "Instandhaltungsverträge"
_UPKEEP_COMPOUND = lazy(r"(?:wartungs|instandhaltungs|unterhalts)vertrag")
# (folded text) the French complement right after "contrat(s)": "contrat d'entretien", "contrat de maintenance"
_UPKEEP_AFTER = lazy(r"s?\s+(?:d'entretien|de maintenance|de maintien en condition)\b")


def upkeep_contract(folded: str, start: int, end: int) -> bool:
    """Whether the production cue folded[start:end] is a contract of upkeep."""
    if _UPKEEP_COMPOUND.match(folded, start):
        return True
    if _UPKEEP_BEFORE.search(folded, max(0, start - 40), start):
        return folded.startswith("contract", start)
    head = folded[start:end]
    if head.startswith("contrat"):
        return _UPKEEP_AFTER.match(folded, start + len("contrat")) is not None
    return False
