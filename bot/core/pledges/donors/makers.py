"""Donor words that name who made the things, not who gives them: a maker ("French-made",
"conçus par MBDA", "one of the allies"), an arms firm and its nationality ("German arms
maker Rheinmetall"), the origin of weapons in general ("US weapons", "armes américaines")."""

from __future__ import annotations

from collections.abc import Callable

from bot.core.text.lazy_pattern import guarded, lazy

_MAKER_AFTER = lazy(r"^-?(?:made|built|designed|produced|manufactured)\b")
MAKER_BEFORE = lazy(
    r"(?:made in|fabrication|fabrique\w* en|de conception|aus|hergestellt in|"
    # the maker as an agent: "conçus par MBDA et Thales", "built by", "entwickelt von"
    r"(?:concu|fabrique|produit|developpe|made|built|designed|produced|manufactured|developed|hergestellt|entwickelt|"
    r"gebaut|produziert)\w* (?:par|by|von) (?:la |le |les |l'|the |der |die |dem |den |des )?|"
    # a partner in the making: "a system it developed jointly with the United States",
    # "co-produced with", "développé conjointement avec" (who helped make it, not who gives)
    r"(?:co-?)?(?:developed|designed|built|produced|developpe\w*|concu\w*|produit\w*) (?:jointly |together |"
    r"conjointement |en commun )?(?:with|avec) (?:la |le |les |l'|the )?|"
    # one of several: "l'un des quatre pays européens", "one of the allies" (the
    # subject is whoever "one" refers to)
    r"(?:l'un|l'une|one|un|une|eine[rs]?) (?:des|of the|of|der|de ces) (?:[\w-]+ ){0,2})\s*$"
)
# How far before a donor word its maker's words may start ("développé conjointement avec les ").
MAKER_REACH = 36


def names_a_maker(folded: str, donor: tuple[str, int, int]) -> bool:
    """A donor word that names who made the thing ("French-made", "made in Germany",
    "de fabrication française", "built by KNDS France"), not who gives it. `folded` is
    the text folded position for position (numbers.fold_aligned)."""
    _, s, e = donor
    return bool(
        _MAKER_AFTER.match(folded[e : e + 14]) or MAKER_BEFORE.search(folded[max(0, s - MAKER_REACH) : s])
        or firm_as_maker(folded, donor)
    )


# (folded text) a nationality before the firm's noun, or the firm named after it
_FIRM_NOUN_AFTER = lazy(
    r"\s+(?:(?:arms|defen[cs]e|weapons|aerospace|ammunition|munitions|drone|armaments?|state-owned|private)\s+)?"
    r"(?:makers?|manufacturers?|compan(?:y|ies)|firms?|groups?|contractors?|producers?|\w*konzerns?|\w*hersteller|"
    r"\w*unternehmen|\w*firma|\w*schmiede)\b"
)
_FIRM_NOUN_BEFORE = guarded(
    r"\b(?:makers?|manufacturers?|compan(?:y|ies)|firms?|groups?|contractors?|producers?|\w*konzerns?|\w*hersteller|"
    r"\w*unternehmen|\w*firma|groupe|fabricant|industriel|constructeur|entreprise|societe|firme|missilier)"
    # (French puts the nationality between: "le groupe allemand Rheinmetall")
    r"(?:\s+(?:d'armement|de defense|d'armes))?(?:\s+(?!(?:de|du|des|of|von|der|die|das|la|le|les|the)\b)[\w-]+)?\s+$",
    ("maker", "manufacturer", "compan", "firm", "group", "contractor", "producer", "konzern", "hersteller",
     "unternehmen", "fabricant", "industriel", "constructeur", "entreprise", "societe", "missilier"),
)


def firm_as_maker(folded: str, donor: tuple[str, int, int]) -> bool:
    """A nationality on a firm told as who makes the things ("built by a Norwegian firm",
    "fabriqués par une entreprise norvégienne", "von einem norwegischen Hersteller gebaut",
    "die ein norwegischer Hersteller baut"): the firm's country is no giver, not even when
    the sentence names no other (a maker named by its country alone may stand for the
    giver, "de fabrication française"; a firm never gives as its state)."""
    _, s, e = donor
    if _FRENCH_MAKING_FIRM_BEFORE.search(folded, max(0, s - MAKER_REACH - 12), s):
        return True  # (French puts the nationality after the firm: "par une entreprise norvégienne")
    firm = _FIRM_NOUN_AFTER.match(folded, e)
    if firm is None:
        return False
    return bool(
        _MAKING_AGENT_BEFORE.search(folded, max(0, s - MAKER_REACH), s)
        or _MAKING_VERB_AFTER.match(folded, firm.end())
    )


def nationality_of_a_firm(folded: str, start: int, end: int) -> bool:
    """Whether the donor word folded[start:end] is a firm's nationality, whatever the firm does: "a
    Czech ammunition maker", "un industriel français", "ein tschechischer Hersteller"."""
    # (the nationality may be one of two joined: "Czech and Ukrainian makers")
    joined = _JOINED_NATIONALITY.match(folded, end)
    return bool(
        _FIRM_NOUN_AFTER.match(folded, joined.end() if joined else end)
        or _FIRM_NOUN_BEFORE.search(folded, max(0, start - 40), start)
    )


_JOINED_NATIONALITY = lazy(r"\s+(?:and|und|et)\s+[\w-]+(?=\s)")


# (folded text) the making's agent opening the firm's phrase: "built by a", "fabriques par une",
# "von einem", "par l'"
_MAKING_AGENT_BEFORE = lazy(
    r"\b(?:made|built|designed|produced|manufactured|developed|supplied|concu|fabrique|produit|developpe|livre|"
    r"hergestellt|entwickelt|gebaut|produziert|gefertigt)\w* (?:by|par|von) (?:an? |une? |l'|the |einem |einer |dem |der )"
    r"(?:[\w-]+ )?$|\bvon (?:einem|einer|dem|der) (?:[\w-]+ )?$"
)
_FRENCH_MAKING_FIRM_BEFORE = lazy(
    r"\b(?:concu|fabrique|produit|developpe|construit)e?s? par (?:une?|l'|la|le) "
    r"(?:entreprise|societe|firme|fabricant|groupe|industriel|constructeur|start-up)s? $"
)
# (folded text, after the firm's noun) the making told of it within its clause: "die ein norwegischer
# Hersteller baut", "a Norwegian firm makes", "qu'une entreprise norvégienne fabrique", "von einem
# norwegischen Hersteller gebaut"
_MAKING_VERB_AFTER = lazy(
    r"(?:\s+[\w-]+){0,3}?\s+(?:baut|herstellt|produziert|fertigt|entwickelt|liefert|gebaut|hergestellt|produziert|"
    r"gefertigt|entwickelt|makes|builds|produces|manufactures|made|built|produced|fabrique|produit|concoit|construit)\b"
)


# (one of these patterns matches in the article wherever names_a_maker answers yes: non_givers.not_a_giver
# asks it nothing in an article without any of their words)
NAMES_A_MAKER_NEEDS = (_MAKER_AFTER, MAKER_BEFORE, _FRENCH_MAKING_FIRM_BEFORE, _FIRM_NOUN_AFTER)


# (folded text) a country's industry named by its nationality: "Czech industry", "the British
# defence industry", "l'industrie française", "l'industrie d'armement française", "die deutsche
# Rüstungsindustrie". Its makers make and sell; what they supply is no giving of their state. (Not
# a minister's title: "the German Industry Minister".)
_INDUSTRY_AFTER = lazy(
    r"\s+(?:(?:arms|defen[cs]e|armaments?|weapons|military)\s+)?(?:industry|industries)\b(?!\s+minist)|\s+[\w-]*industrie\b"
)
_INDUSTRY_BEFORE = lazy(r"\bindustries?(?: d'armement| de (?:la )?defense| militaires?)?\s+$")
NAMES_AN_INDUSTRY_NEEDS = (_INDUSTRY_AFTER, _INDUSTRY_BEFORE)  # (as NAMES_A_MAKER_NEEDS)


def names_an_industry(folded: str, s: int, e: int) -> bool:
    """A nationality on a country's industry ("we want Czech industry to supply more of it"):
    the makers, not the state, so no giver."""
    return bool(_INDUSTRY_AFTER.match(folded, e) or _INDUSTRY_BEFORE.search(folded, max(0, s - 36), s))


def names_a_firm(folded: str, donor: tuple[str, int, int], is_firm: Callable[[str], bool]) -> bool:
    """A firm named bare (one config/entities.toml lists under its country's `firms`:
    "Rheinmetall will deliver ..., paid for by the Netherlands") or told as one ("German
    arms maker", "le groupe français")."""
    _, s, e = donor
    return bool(
        is_firm(folded[s:e]) or _FIRM_NOUN_AFTER.match(folded, e) or _FIRM_NOUN_BEFORE.search(folded, max(0, s - 30), s)
    )


def origin_of_weapons(folded: str, s: int, e: int) -> bool:
    """A nationality of weapons in general ("US weapons", "US-Waffen", "armes américaines"),
    where the sentence names another donor: where they come from, as under NATO's PURL
    scheme, where allies pay for American weapons. (Alone in its sentence it is still read
    as the giver, "US weapons arrive in Ukraine"; a kind of thing, "German tanks", names
    who gives it.)"""
    low = max(0, s - 24)
    # (every match of _WEAPONS_BEFORE holds "arme": most donors have none before them)
    return bool(
        _WEAPONS_AFTER.match(folded, e) or (folded.find("arme", low, s) >= 0 and _WEAPONS_BEFORE.search(folded, low, s))
    )


_WEAPONS_AFTER = lazy(r"(?:-made)?[- ](?:military )?(?:weapons|arms|armaments?|waffen|rustungs\w*|militargut\w*)\b")
_WEAPONS_BEFORE = lazy(r"\b(?:armes?|armements?)(?: militaires?)? $")
# (one of these patterns matches in the article wherever origin_of_weapons answers yes: non_givers.not_a_giver
# asks it nothing in an article without any of their words)
ORIGIN_OF_WEAPONS_NEEDS = (_WEAPONS_AFTER, _WEAPONS_BEFORE)


# (folded text, at a sentence's start) Makers as the subject, no state named: "Several makers have opened new
# plants", "Plusieurs fabricants ont ouvert de nouvelles usines", "Mehrere Hersteller haben neue Werke eröffnet".
# Their own business (plants, hiring, exports) is no giving, and borrows no earlier sentence's giver.
_MAKERS_OPEN = lazy(
    r"\s*(?:several|many|some|most|a number of|other|plusieurs|de nombreux|certains|d'autres|mehrere|viele|einige|andere)\s+"
    r"(?:[\w-]+\s+)?(?:makers|manufacturers|producers|firms|companies|arms makers|fabricants|industriels|entreprises|"
    r"producteurs|hersteller|firmen|unternehmen|rustungsfirmen|rustungskonzerne|rustungsunternehmen)\b"
)


def makers_as_subject(folded: str, start: int) -> bool:
    """Whether the sentence starting at `start` opens with makers as its subject ("Several makers have ..."):
    no giver, and none borrowed."""
    return _MAKERS_OPEN.match(folded, start) is not None
