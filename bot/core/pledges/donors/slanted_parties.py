"""Donors a slanted phrasing names beside the giver, which give nothing there.

Feed items from pro-Kremlin and partisan outlets tell the giver through another party: "Oslo has
joined the queue of NATO capitals pumping weapons into the Kiev regime", "Le Canada, fidèle allié de
Washington, va envoyer ...", "Kanada, ein treuer Verbündeter Washingtons, wird ...". The alliance that
qualifies "capitals" or "governments" is the kind of giver, as "the first NATO ally" is (non_givers's
member check); the country the giver is called the ally or partner of, in an apposition, is how the
outlet frames the giver, not a second giver (review 62).
"""

from __future__ import annotations

from bot.core.text.lazy_pattern import lazy

# An alliance as the modifier of capitals or governments: "NATO capitals", "les capitales de l'Otan",
# "Nato-Hauptstädte" (folded; right after the donor word, or the French "capitales de" before it).
ALLIANCE_CAPITALS_AFTER = lazy(
    r"\s*-?\s*(?:capitals|governments|regimes|hauptstadte\w*|regierungen)\b"
)
ALLIANCE_CAPITALS_BEFORE = lazy(r"\b(?:capitales|gouvernements|regimes)\s+(?:de\s+l'|de\s+la\s+|du\s+|des\s+)\s*$")
# The country an apposition calls the giver an ally or partner of: ", fidèle allié de Washington,",
# ", a loyal ally of the United States,", ", ein treuer Verbündeter Washingtons," (folded, up to the
# donor word: a comma opens the apposition, an article and up to two adjectives before the noun).
ALLY_IN_APPOSITION_BEFORE = lazy(
    r",\s*(?:(?:a|an|the|un|une|le|la|ein|eine[mnrs]?|der|die)\s+)?(?:[\w'-]+\s+){0,2}?"
    r"(?:allie|alliee|allies|ally|partenaire|partner|verbundete[rn]?|bundnispartner)\s+"
    r"(?:(?:de\s+l'|de\s+la\s+|du\s+|des\s+|de\s+|d'|of\s+(?:the\s+)?|von\s+|der\s+|des\s+)\s*)?$"
)
# ... and "allies" as that apposition's own noun ("Kanada, ein treuer Verbündeter Washingtons, wird"): the
# alliance word is how the outlet calls the giver, no giver of its own (an article before it, the one it is
# the ally of after it, then the apposition's closing comma).
ALLY_WORD_OPENING_BEFORE = lazy(r",\s*(?:ein|eine[mnrs]?|a|an|un|une)\s+(?:[\w'-]+\s+){0,2}?$")
ALLY_WORD_CLOSING_AFTER = lazy(
    r"\s+(?:von\s+|der\s+|des\s+|of\s+(?:the\s+)?|de\s+l'|de\s+la\s+|du\s+|des\s+|de\s+|d')?[\w'.-]+(?:\s+[\w'.-]+)?\s*,"
)
_REACH = 60


def names_the_givers_ally(folded: str, s: int) -> bool:
    """Whether the donor word at `s` is the one an apposition calls the giver the ally or partner of."""
    return ALLY_IN_APPOSITION_BEFORE.search(folded, max(0, s - _REACH), s) is not None


def alliance_of_capitals(folded: str, s: int, e: int) -> bool:
    """Whether the donor word at s:e qualifies capitals or governments ("NATO capitals pumping weapons")."""
    return (ALLIANCE_CAPITALS_AFTER.match(folded, e) is not None
            or ALLIANCE_CAPITALS_BEFORE.search(folded, max(0, s - 30), s) is not None)


def is_the_apposition_s_ally_word(folded: str, s: int, e: int) -> bool:
    """Whether the allies' word at s:e is the noun of an apposition on the giver (", ein treuer Verbündeter
    Washingtons,")."""
    return (ALLY_WORD_OPENING_BEFORE.search(folded, max(0, s - 40), s) is not None
            and ALLY_WORD_CLOSING_AFTER.match(folded, e) is not None)
