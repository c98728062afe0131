"""Words that stand for a thing named before them, read as mentions of that thing. Pure.

Wire copy names a system once and then refers to it: "au moins 14 exemplaires", "das
erste von vier zugesagten Systemen", "the procurement of the next 18", "le Portugal en
a envoyé 3", "die Schweiz verweigert eine Nachlieferung". Each such word becomes an
item mention with the category and system of what it refers to, so the sentence that
holds it gives a record like any other (bot.core.pledges.extract reads the records).

A mention is any dataclass with `start`, `end`, `category` and `system` (bot.core.pledges.records.Mention); a reference is a copy of the mention it refers to, moved to its own span.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Protocol, TypeVar


class _MentionLike(Protocol):
    start: int
    end: int
    category: str
    system: str | None


M = TypeVar("M", bound=_MentionLike)

# Categories that name no particular thing ("aid", "weapons"): never referred back to.
_UMBRELLA = ("funding", "other")


def with_references(folded: str, mentions: list[M], has_systems: bool) -> list[M]:
    """`mentions` (sorted, of the folded text) with the references found added, sorted.
    Counts of units and bare numbers refer to named systems only; the French partitive
    and resupply nouns to any precise thing."""
    if has_systems:
        mentions = _bare_counts(folded, _counted_units(folded, mentions))
    if mentions and " en " in folded:
        mentions = _partitive_counts(folded, mentions)
    if mentions and any(stem in folded for stem in _RESUPPLY_STEMS):
        mentions = _resupplies(folded, mentions)
    if mentions and any(m.category == "aircraft" for m in mentions):
        mentions = _aircraft_words(folded, mentions)
    return mentions


# Wire copy names jets once and then calls them machines: "Die ersten Maschinen sind
# eingetroffen", "les premiers appareils", "the planes". Such a word right after
# aircraft were named stands for them.
_AIRCRAFT_WORD = re.compile(r"\b(?:maschinen|flugzeuge|appareils|avions|planes)\b")


def _aircraft_words(folded: str, mentions: list[M]) -> list[M]:
    found = list(mentions)
    for match in _AIRCRAFT_WORD.finditer(folded):
        s, e = match.span()
        if any(m.start <= s < m.end for m in mentions):
            continue  # part of a name already read ("avions de combat")
        named = [m for m in mentions if m.end <= s and m.category not in _UMBRELLA]
        if named and named[-1].category == "aircraft" and s - named[-1].end <= 300:
            found.append(replace(named[-1], start=s, end=e))
    return sorted(found, key=lambda m: m.start) if len(found) > len(mentions) else mentions


# A resupply told as a noun without its object ("die Schweiz verweigert eine
# Nachlieferung", "the replenishment was blocked", "le réapprovisionnement") is more of
# what was named before it: ammunition when ammunition was named shortly before (the
# usual resupply), else the last thing named.
# (a substring test first: the pattern, with its compounds, is slow to run on every text)
_RESUPPLY_STEMS = ("nachliefer", "nachschub", "replenish", "resuppl", "re-suppl", "ravitaill", "reapprovision", "reassort")
_RESUPPLY = re.compile(
    r"\b(?:\w*nachlieferung\w*|nachschub\w*|replenishment|resupply|resupplies|resupplying|re-supply|"
    r"ravitaillement|reapprovisionnement|reassort\w*)\b"
)


def _resupplies(folded: str, mentions: list[M]) -> list[M]:
    found = list(mentions)
    for match in _RESUPPLY.finditer(folded):
        s, e = match.span()
        if any(e <= m.start <= e + 20 for m in mentions):
            continue  # "ravitaillement en munitions": its object is named
        recent = [m for m in mentions if m.end <= s and s - m.end <= 300 and m.category not in _UMBRELLA]
        if recent:
            ammunition = next((m for m in reversed(recent) if m.category == "ammunition"), None)
            named = ammunition or recent[-1]
            found.append(replace(named, start=s, end=e))
    return sorted(found, key=lambda m: m.start) if len(found) > len(mentions) else mentions


# A bare number stands for the system named before it: "the procurement of the next
# 18", "another 12 are to follow", "die restlichen drei werden folgen", "les six
# autres seront livrés". Only a count after such a determiner and followed by no noun
# of its own.
_SMALL_NUMBER = (r"\d+(?:[.,]\d{3})*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|zwei|drei|vier|"
                 r"funf|sechs|sieben|acht|neun|zehn|zwolf|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|douze|quinze|vingt")
# What may follow a bare number: punctuation or a verb, no noun of its own.
_NO_NOUN_AFTER = (
    r"(?=\s*(?:[,.;:)](?!\d)|$)|\s+(?:because|as|by|in|will|would|to|for|from|are|were|is|was|have|has|had|ist|sind|wird|"
    r"werden|wurden|soll|sollen|sont|seront|ont|pour|avant|sera|which|that|should|could|due|arrived|arrives|arrive|"
    # German puts the verb last: "Norwegen will weitere acht schicken", "sagte weitere acht zu"
    r"zu|liefern|schicken|ubergeben|uberlassen|bereitstellen|folgen|geliefert|zugesagt|"
    r"suivront|suivra|doit|doivent|devrait|devraient|est|arrivera)\b)"
)
_BARE_COUNT = re.compile(
    r"\b(?:(?:the (?:next|remaining|other|last|first|additional)|another|a further|an additional|an extra|weitere|"
    r"(?:die|der|den) (?:nachsten|restlichen|ubrigen|ersten|letzten)|les (?:prochains?|autres|derniers|premiers))\s+"
    rf"(?:{_SMALL_NUMBER})(?:\s+(?:more|further|additional|weitere\w*|autres|supplementaires))?|"
    rf"les\s+(?:{_SMALL_NUMBER})\s+(?:autres|derniers|premiers|restants|suivants))"
    + _NO_NOUN_AFTER
)
# A number with "more" and no noun ("six more would be delivered", "sechs weitere
# sollen folgen", "six autres suivront") and an ordinal with no noun ("the fourth is
# due in May", "le quatrième doit suivre", "das vierte soll folgen"). Found by their
# last word, which is rarer than the numbers and articles before it.
_MORE_OR_ORDINAL = re.compile(
    r"\b(?:(?P<more>more|further|weitere|autres)|second|third|fourth|fifth|sixth|deuxieme|seconde?|troisieme|quatrieme|"
    r"cinquieme|sixieme|zweite[nrs]?|dritte[nrs]?|vierte[nrs]?|funfte[nrs]?|sechste[nrs]?)\b" + _NO_NOUN_AFTER
)
_NUMBER_BEFORE = re.compile(rf"\b(?:{_SMALL_NUMBER})\s+$")
_ARTICLE_BEFORE = re.compile(r"\b(?:the|a|le|la|un|une|das|der|die|ein|eine[nr]?)\s+$")


def _bare_spans(folded: str) -> list[tuple[int, int]]:
    spans = [m.span() for m in _BARE_COUNT.finditer(folded)]
    for match in _MORE_OR_ORDINAL.finditer(folded):
        before = _NUMBER_BEFORE if match.group("more") else _ARTICLE_BEFORE
        found = before.search(folded, max(0, match.start() - 16), match.start())
        if found and not any(s <= found.start() < e for s, e in spans):
            spans.append((found.start(), match.end()))
    return spans


def _bare_counts(folded: str, mentions: list[M]) -> list[M]:
    found = list(mentions)
    for s, e in _bare_spans(folded):
        named = [m for m in mentions if m.system and m.end <= s]
        if named and s - named[-1].end <= 400 and not any(s <= m.start < e for m in mentions):
            found.append(replace(named[-1], start=s, end=e))
    return sorted(found, key=lambda m: m.start) if len(found) > len(mentions) else mentions


# French partitive "en" with a count stands for the thing named before: "Berlin a
# livré 18 chars, le Portugal en a envoyé 3" (Portugal sent 3 of them). The pronoun is
# an item mention of the last precise thing named before it.
_PARTITIVE = re.compile(
    r"\ben (?:a|ont|avait|avaient|aura|auront|livre\w*|envoi\w*|enverr\w*|fourni\w*|promet\w*|cede\w*)"
    r"(?: (?:deja|aussi|egalement|lui-meme|elle-meme|pour sa part|a son tour))?"
    r"(?: (?:livre|envoye|fourni|donne|cede|promis|transfere|remis)\w*)?"
    r"(?: (?:deja|aussi|egalement|a kiev|a l'ukraine))? (?:\d+|une? |deux|trois|quatre|cinq|six|sept|huit|neuf|dix|"
    r"onze|douze|quinze|vingt|trente|quarante|cinquante|cent|plusieurs|quelques)"
)


def _partitive_counts(folded: str, mentions: list[M]) -> list[M]:
    found = list(mentions)
    for match in _PARTITIVE.finditer(folded):
        s = match.start()
        named = [m for m in mentions if m.end <= s and m.category not in _UMBRELLA]
        if named and s - named[-1].end <= 300:
            found.append(replace(named[-1], start=s, end=s + 2))
    return sorted(found, key=lambda m: m.start) if len(found) > len(mentions) else mentions


# "Au moins 14 exemplaires ont été livrés", "30 Exemplare", "the first 10 units": a
# count of units refers back to the system named last. A unit word followed by what
# it counts ("30 Exemplare des Flugabwehrpanzers Gepard") is left to that name.
# "Das erste von vier zugesagten Systemen", "two more systems": a counted "systems"
# refers back to the system named before as well.
_UNIT_WORD = re.compile(r"\b(?:exemplaires|exemplare|units|unites|stuck|examples|systems|systemes|systeme|systemen)\b")
_COUNT_BEFORE = re.compile(
    r"(?:\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|douze|quinze|vingt|zwei|drei|vier|funf|sechs|sieben|acht|"
    r"neun|zehn|zwolf|two|three|four|five|six|seven|eight|nine|ten|twelve|dozen|douzaine)\s+(?:[\w-]+\s+){0,2}$"
)


def _counted_units(folded: str, mentions: list[M]) -> list[M]:
    found = list(mentions)
    for unit in _UNIT_WORD.finditer(folded):
        s, e = unit.span()
        if not _COUNT_BEFORE.search(folded, max(0, s - 24), s):
            continue
        if any(e <= m.start <= e + 30 for m in mentions):
            continue  # "30 Exemplare des Flugabwehrpanzers Gepard": counted by its name
        named = [m for m in mentions if m.system and m.end <= s]
        if named:
            found.append(replace(named[-1], start=s, end=e))
    return sorted(found, key=lambda m: m.start) if len(found) > len(mentions) else mentions
