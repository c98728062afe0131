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


def set_apart_from_ukraine_aid(folded: str, start: int, end: int, at: int) -> bool:
    """Whether the thing (or a paying cue) at `at` follows, or closes on, its sentence's "besides
    the aid to Ukraine ... also", Ukraine not named again after it."""
    found = _BESIDES_UKRAINE_AID_THEN_ALSO.search(folded, start, min(end, at + 16))
    if found is None:
        return False
    close = _CLAUSE_END.search(folded, found.end(), end)
    return _UKRAINE_AGAIN.search(folded, found.end(), close.start() if close else end) is None
