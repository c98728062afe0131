"""Switzerland's government told by its own name alone: "der Bundesrat", "the Federal Council" ("Conseil fédéral"
is in config/entities.toml already). German and Austrian copy uses "Bundesrat" for a parliament chamber too, so
the name is no entity of its own: it is read as Switzerland in an article that names Switzerland ("Schweizer
Flugabwehrkanonen", "Bern") and neither Germany nor Austria. Swiss copy tells a refused re-export this way ("Der
Bundesrat hat ein Gesuch Spaniens abgelehnt, ... weiterzugeben"); without it the refusal had no refuser. Pure."""

from __future__ import annotations

from bot.core.text.lazy_pattern import lazy

Name = tuple[str, int, int]

# (folded text) the Swiss government's name, bare: "des Bundesrats", "der Bundesrat", "the Federal Council"
_FEDERAL_COUNCIL = lazy(r"\b(?:bundesrat(?:es|s)?|federal council)\b")
# Countries whose own chamber is a Bundesrat.
_CHAMBER_OWNERS = frozenset({"DE", "AT"})


def swiss_federal_councils(folded: str, donors: list[Name]) -> list[Name]:
    """(CH, start, end) of each bare "Bundesrat" / "Federal Council" of an article naming Switzerland and not a
    country whose parliament has a Bundesrat."""
    codes = {code for code, _, _ in donors}
    if "CH" not in codes or codes & _CHAMBER_OWNERS:
        return []
    return [("CH", m.start(), m.end()) for m in _FEDERAL_COUNCIL.finditer(folded)]
