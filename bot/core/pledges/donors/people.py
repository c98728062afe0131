"""Leaders named by surname after a first full mention, within one article. Pure.

Wire copy introduces a leader once with title and full name ("Danish Prime Minister
Mette Frederiksen", "la Première ministre danoise Mette Frederiksen", "die dänische
Ministerpräsidentin Mette Frederiksen") and then writes the surname alone
("Frederiksen said ..."). The entity lists cannot hold every surname (many are common
words or shared), but within the article that introduced the person the surname names
that person's country: each later mention becomes a mention of the donor.
"""

from __future__ import annotations

import re

# Titles of people who speak for a government (read on the text as written). A lower-
# case word is a title too where it is one ("ministre", "ministerpräsidentin").
_TITLE_WORD = (
    r"(?:[Pp]rime|[Dd]efen[cs]e|[Ff]oreign|[Ss]ecretary|[Pp]resident\w*|[Cc]hancellor|[Pp]remi[eè]re?|[Ll]eader|"
    r"\w*[Mm]inist\w*|[Kk]anzler\w*|[Rr]egierungschef\w*|[Pp]räsident\w*|[Cc]hef\w*|[Dd]e la [Dd]éfense|"
    r"des [Aa]ffaires [ée]trang[èe]res|of [Ss]tate|[Gg]eneral)"
)
_NAME_WORD = r"[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿß]+(?:-[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿß]+)?"
# After a country's name or adjective: titles, then a first name and a surname.
_TITLED_NAME_AFTER = re.compile(rf"(?:\s+{_TITLE_WORD}){{0,3}}\s+({_NAME_WORD})\s+({_NAME_WORD})\b")
# Before it, a title (French puts the adjective after the title: "ministre danoise").
_TITLE_BEFORE = re.compile(rf"{_TITLE_WORD}\s+$")
_TITLE_AFTER = re.compile(rf"\s+{_TITLE_WORD}")


def surname_mentions(text: str, donors: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """(code, start, end) of the surnames of leaders the article introduced with a title
    next to their country, where they recur after that (not inside a donor mention)."""
    surnames: dict[str, tuple[str, int]] = {}
    for code, start, end in donors:
        match = _TITLED_NAME_AFTER.match(text, end)
        if match is None:
            continue
        titled = match.start(1) > end + 1 and _TITLE_AFTER.match(text, end)
        if not titled and not _TITLE_BEFORE.search(text, max(0, start - 40), start):
            continue  # "Denmark Mette ...": no person introduced
        surname = match.group(2)
        surnames.setdefault(surname, (code, match.end()))
    if not surnames:
        return []
    found = []
    for surname, (code, after) in surnames.items():
        for hit in re.finditer(rf"\b{re.escape(surname)}\b", text[after:]):
            s, e = after + hit.start(), after + hit.end()
            if not any(ds < e and s < de for _, ds, de in donors):
                found.append((code, s, e))
    return found


# A title, then a first name and a surname ("Verteidigungsminister Jonas Feldmann", "Defence Minister Claire Boudreau",
# "la ministre Karin Ekdahl"), with no country beside them.
_TITLED_PERSON = re.compile(rf"{_TITLE_WORD}\s+{_NAME_WORD}\s+({_NAME_WORD})\b")


def titled_surnames(text: str) -> frozenset[str]:
    """The surnames of the people `text` introduces with a title and a first name, country or not: who a
    headline headed by a surname alone is about (bot/core/stories/evidence/headline_people.py)."""
    return frozenset(match.group(1) for match in _TITLED_PERSON.finditer(text))
