"""Radars that are part of an air-defence system are air defence (the lead's ruling of stop 63): a fire-control
radar ("fire-control radars", "radars de conduite de tir", "Feuerleitradare") and the named radars of air-defence
systems (Hensoldt's TRML-4D of the IRIS-T SLM, the Patriot's AN/MPQ-53 and -65, Thales' Ground Master), with the
radar word told after the name or before it ("six TRML-4D-Radargeräte", "TRML-4D radars", "des radars
Ground Master 200"). Counter-battery and surveillance radars tied to no air-defence system stay equipment
("other"), as the real set labels its counter-artillery radars; so do radars told only by what they serve ("air
defence radars", "Luftverteidigungsradare": the ruling of round 22, left to the lead). A radar told with launchers
("the launchers and radar", "les lanceurs et le radar", "die Startgeräte und das Radar") is a battery's parts: air
defence (review 62b's Patriot units, stop 64).

The words join item_words.CATEGORY_PATTERNS, before the radar words of equipment, so that at the same start the
longer reading wins. RE2 syntax (no look-around), folded text."""

from __future__ import annotations

# A named air-defence radar: "trml-4d", "trml 4d", "an/mpq-65", "ground master 200", "gm200".
_NAMED = r"(?:trml[- ]?[34]d|an/mpq-?(?:53|65|65a)|ground master(?: ?[24]00)?|gm ?[24]00)"
# A battery's launchers and its radar, told as such: "launchers", "lanceurs", "Startgeräte", "Abschussgeräte", "die
# Werfer". German's "Werfer" only bare: its compounds are other weapons, "Granatwerfer" a mortar, "Raketenwerfer" a
# rocket artillery, and "Granatwerfer und Radare" (mortars and counter-battery radars) read as air defence.
_LAUNCHERS = r"(?:launchers?|lanceurs?|\w*startgerate?n?|\w*abschussgerate?n?|werfer)"
_RADARS = r"(?:radars?|radare|radargerate?n?)"
# A radar word joined to the name: "-radargerate", " radars", "-radare".
_RADAR_WORD = r"(?:\w*radar\w*)"

AIR_DEFENCE_RADAR_WORDS = (
    # the name, with its radar word after it or none
    _NAMED + r"(?:[- ]" + _RADAR_WORD + r")?|"
    # the radar word, then the name: "radars TRML-4D", "Radare vom Typ TRML-4D", "radars of the type Ground Master"
    r"(?:radars?|radare|radargerate?) (?:(?:vom typ|des typs|du type|de type|of the type|type) )?" + _NAMED + r"|"
    # a fire-control radar, which guides air-defence fire
    r"fire[- ]control radars?|radars? de conduite de tir|\w*feuerleitradar\w*|"
    # a radar told with launchers, one battery's parts ("Berlin will supply the launchers and radar while the Dutch
    # pay for the missiles", "les lanceurs et le radar", "die Startgeräte und das Radar", "radar and launchers"):
    # what an air-defence unit is made of, as a counter-battery radar is never sold with launchers
    + _LAUNCHERS + r" (?:and|et|und) (?:(?:the|a|its|le|la|les|l'|un|une|son|das|die|den|ein|einen|sein) ?)?" + _RADARS + r"|"
    + _RADARS + r" (?:and|et|und) (?:(?:the|its|le|la|les|l'|des|ses|das|die|den|seine) ?)?(?:\d+ )?" + _LAUNCHERS
)
