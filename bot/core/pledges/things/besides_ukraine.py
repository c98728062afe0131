"""What a fund or a donor pays for besides its aid to Ukraine: "Die Friedensfazilität finanziert
neben der Ukraine-Hilfe auch Einsätze in Afrika, etwa die Ausbildung von Soldaten in Mosambik",
"Besides its aid to Ukraine, the facility also funds training of soldiers in Mozambique",
"Outre l'aide à l'Ukraine, la facilité finance aussi la formation de soldats au Mozambique". The
things after "also" are set apart from the aid to Ukraine: no record of it. given_items asks here
for each thing.
"""

from __future__ import annotations

from bot.core.text.lazy_pattern import lazy

# (folded text, before the thing in its sentence) Ukraine's aid set apart, then "also"
_BESIDES_UKRAINE_AID_THEN_ALSO = lazy(
    r"\b(?:neben|ausser|besides|apart from|aside from|in addition to|beyond|outre|en plus de|au-dela de)\s+"
    r"(?:der |den |dem |the |its |their |l'|son |sa |ses |leur )?(?:[\w-]+\s+)?"
    r"(?:ukraine-?hilfe\w*|hilfe fur die ukraine|aid (?:to|for) ukraine|ukraine aid|support (?:to|for) ukraine|"
    r"aide (?:a|pour) l'ukraine|soutien a l'ukraine)\b"
    r"[^.;]{0,80}?\b(?:auch|also|aussi|egalement|too)\b"
)


# (folded text, from "also" to the thing's clause end) Ukraine named again: its aid after all
# ("Besides its aid to Ukraine, Norway will also train 500 Ukrainian soldiers")
_UKRAINE_AGAIN = lazy(r"\b(?:ukrain\w*|kyiv|kiev|kiew)\b")
_CLAUSE_END = lazy(r"[.;]")


def set_apart_from(folded: str, start: int, end: int) -> int | None:
    """Where, in the sentence folded[start:end], things set apart from the aid to Ukraine may start:
    a thing (or a paying cue) at or after it follows, or closes on, "besides the aid to Ukraine ...
    also", Ukraine not named again after it; None when the sentence sets nothing apart. (Read once a
    sentence: a list of thousands of things asked it for each.)"""
    found = _BESIDES_UKRAINE_AID_THEN_ALSO.search(folded, start, end)
    if found is None:
        return None
    close = _CLAUSE_END.search(folded, found.end(), end)
    if _UKRAINE_AGAIN.search(folded, found.end(), close.start() if close else end) is not None:
        return None
    return found.end() - 16
