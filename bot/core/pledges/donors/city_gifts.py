"""A city's own gift: "The city of Antwerp has donated 12 fire engines to Zaporizhzhia", "La ville de Lyon
a envoyé 3 camions de pompiers à Kharkiv", "Die Stadt Köln schickt zwei Rettungswagen nach Charkiw". A
city spends its own budget, not its country's: unlike a region or a German Land, whose government the
lead's rulings read as its country (round 55g, config/entities.toml), a town twinned with a Ukrainian one
is a giver of its own, so the sentence gives no record, neither to the country named before nor to the
last sentence's giver (the same ruling on non-state givers as a firm's own gift, company_gifts.py). Pure."""

from __future__ import annotations

from bot.core.text.lazy_pattern import guarded

# (folded text) a city told by its noun as who acts ("the city of Antwerp", "la ville de Lyon", "la
# mairie de Lille", "die Stadt Köln", "the city council"), then, within its clause, a verb of giving or
# sending. Guarded by the city's nouns: most sentences hold none.
_CITY_GIVES = guarded(
    r"\b((?:the|a) (?:city|town|municipality) (?:of )?|(?:the|a) (?:city|town) (?:council|hall) (?:of )?|"
    r"(?:la|une) (?:ville|commune|municipalite|mairie|metropole) (?:de |d')|"
    r"(?:die|eine) (?:stadt|gemeinde|stadtverwaltung) |(?:der|ein) (?:stadtrat|gemeinderat) )"
    r"[^.;:!?\n]{0,80}?\b(?:donat(?:e|es|ed|ing)|gift(?:s|ed)?|sen(?:d|ds|t)|shipp(?:ed|ing)|ships?|"
    r"(?:a|ont|va|vont) (?:de son cote |aussi |egalement )?(?:envoye|offert|donne|remis|livre)|"
    r"envo(?:ie|ient|yait|yaient|yer|erra)|offr(?:e|ent|ira|iront)|"
    r"schick(?:t|te|ten|en)|spende(?:t|te|ten)?|gespendet|geschickt|schenk(?:t|te|ten|en))\b",
    ("city", "town", "municipality", "ville", "commune", "municipalite", "mairie", "metropole", "stadt",
     "gemeinde", "stadtrat", "gemeinderat"),
)


# (characters after the city's noun where its own name stands: "the city of Paris", "la ville de Lyon")
_CITY_NAME_REACH = 30


def city_gives_its_own(folded: str, start: int, end: int, donors: list[tuple[str, int, int]]) -> bool:
    """Whether the sentence folded[start:end] tells a city giving of its own (see above): every donor
    the sentence names is the city's own name ("the city of Paris"), none before it ("Germany and the
    city of Munich sent ..." keep their state) nor between it and the verb ("the city of Kharkiv, which
    Germany supplied ..." is Germany's) nor after."""
    for found in _CITY_GIVES.finditer(folded, start, end):
        name_end = found.end(1) + _CITY_NAME_REACH
        if all(not (start <= s < end) or found.start(1) <= s < name_end for _, s, e in donors):
            return True
    return False
