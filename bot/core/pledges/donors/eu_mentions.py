"""Words that name the EU (or Belgium) without its name: "the bloc", "die
Staatengemeinschaft" after the EU was named, "Brussels" acting after the EU or Belgium
was named, the other not."""

from __future__ import annotations

from bot.core.pledges.donors.datelines import DATELINE_AFTER
from bot.core.text.lazy_pattern import lazy


def bloc_mentions(folded: str, donors: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """(code, start, end) of "the bloc", "le bloc", "die Staatengemeinschaft" after the EU
    was named: wire copy's word for the EU named once (config/entities.toml cannot list
    "bloc" itself, which names the Soviet or a Western one elsewhere)."""
    first_eu = next((e for code, _, e in donors if code == "EU"), None)
    if first_eu is None:
        return []
    return [
        ("EU", again.start(1), again.end(1))
        for again in _BLOC_AGAIN.finditer(folded, first_eu)
        if not any(ds < again.end() and again.start() < de for _, ds, de in donors)
    ]


def brussels_mentions(folded: str, donors: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """(code, start, end) of "Brussels", "Bruxelles", "Brüssel" acting after the EU or
    Belgium was named, the other not: wire copy names the giver by its seat ("Brussels
    has committed 18.1 billion euros", "Selon Bruxelles, elle servira ..."). Alone it
    stays a meeting place (config/entities.toml): which of the two it stands for, only the
    article tells. A place ("in Brussels", "à Bruxelles") or a dateline names nobody."""
    codes = {code for code, _, _ in donors}
    if ("EU" in codes) == ("BE" in codes):
        return []
    code = "EU" if "EU" in codes else "BE"
    first = next(e for c, _, e in donors if c == code)
    return [
        (code, seat.start(1), seat.end(1))
        for seat in _BRUSSELS.finditer(folded, first)
        if not _SEAT_AS_PLACE_BEFORE.search(folded, max(0, seat.start() - 8), seat.start())
        and not DATELINE_AFTER.match(folded, seat.end())
    ]


_BRUSSELS = lazy(r"\b(brussels|bruxelles|brussel)\b")
_SEAT_AS_PLACE_BEFORE = lazy(r"\b(?:in|at|to|from|near|a|au|de|vers|pres de|nach|aus|bei|von)\s+$")


# (folded text: the bloc, with its article, its size told or not: "the 27-nation bloc")
_BLOC_AGAIN = lazy(
    r"\b(?:the|this|le|ce|die|der|den)\s+(?:\d+-(?:member|nation|country)\s+|(?:european\s+)?)?"
    r"(bloc|block|staatengemeinschaft|staatenbund)\b"
)
