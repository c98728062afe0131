"""Systems wire copy names as what replaces the things a donor gives, not as aid.

The F-35 is what Denmark, Norway, the Netherlands, Belgium and Poland buy while they hand their
F-16s and MiG-29s to Ukraine: "until the F-35s that replace them have arrived", "as it receives
F-35s", "les F-35 qui doivent les remplacer soient arrivés". Read as an aircraft like any other,
such an arrival would be a delivery of the donor's. What wire copy does tell of them as aid is
that they are not given ("Denmark will not give Ukraine its F-35s", "exclut de livrer ses F-35",
"lehnt die Lieferung seiner F-35 ab") or that giving them is weighed: so their records are kept
only as refused or discussed (round 53; the system is known since then so that a refusal names
it). Pure.
"""

from __future__ import annotations

from bot.core.models import Pledge

# (the systems' canonical names in config/entities.toml)
REPLACEMENT_SYSTEMS = frozenset({"F-35"})
_READ_AS_AID = ("refused", "discussed")


def without_replacements_given(pledges: list[Pledge]) -> list[Pledge]:
    """The records less those of a replacement system told as pledged, delivered or made."""
    return [p for p in pledges if p.system not in REPLACEMENT_SYSTEMS or p.status in _READ_AS_AID]
