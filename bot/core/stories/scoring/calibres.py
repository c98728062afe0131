"""A calibre named as a system ("155 mm shells") against a report that tells the same shells without it.

config/entities.toml lists the NATO artillery calibre as a system, so "des obus d'artillerie de 155 mm" names a
system where the German copy of one package writes "Artilleriegranaten" and names, say, the CV90 whose spare parts
the package adds: both name a system, none in common, and "other systems" kept two copies of one package apart
(stories round 64, Sweden's 20th package in three languages). A calibre is a kind of shell, not a model of weapon:
against a report telling shells (ammunition among the kinds of thing its lead names) it is that report's shells, and
no system of its own; two calibres ("155 mm" and "152 mm") or two models still differ.
"""

from __future__ import annotations

import re

# A system's name that is a calibre: digits and "mm" ("155 mm shells").
_CALIBRE = re.compile(r"^\d+ ?mm\b")
_SHELLS = "ammunition"


def is_calibre(system: str) -> bool:
    return bool(_CALIBRE.match(system))


def systems_beside(systems: frozenset[str], other_things: frozenset[str]) -> frozenset[str]:
    """`systems` less the calibres the other report tells as its shells (`other_things`: the kinds of thing its lead
    names, EventEvidence.things)."""
    if _SHELLS not in other_things:
        return systems
    return frozenset(system for system in systems if not is_calibre(system))
