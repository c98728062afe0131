"""Parliament chambers that are named alone for one country but are also other countries'.

config/entities.toml lists "House of Representatives" and "Repräsentantenhaus" under the US
and "Assemblée nationale" under France, so that "The House of Representatives approved $61
billion" names its giver. Japan, Australia and the Netherlands have a House of
Representatives and Bulgaria or Slovakia a National Assembly too: a chamber with another
country's name right before it ("Japan's House of Representatives", "the Dutch House of
Representatives", "das japanische Repräsentantenhaus") or right after it ("l'Assemblée
nationale bulgare", "l'Assemblée nationale de Bulgarie") is that country's, and the US or
France is not named by it.

French copy also names France's parliament by its members alone ("Les députés ont voté une aide
militaire de ..."): `french_deputies` reads them as France only in a sentence naming no other
country, so that the deputies of a parliament named there are not taken for France's."""

from __future__ import annotations

from bot.core.text.lazy_pattern import lazy

# The chambers' names as folded, as config/entities.toml lists them bare.
_SHARED_CHAMBERS = frozenset({"house of representatives", "reprasentantenhaus", "assemblee nationale"})
# Between a country's name and its chamber: a space, or a possessive ("Japan's", "Japan’s").
_OWNER_GAP_BEFORE = lazy(r"(?:'s|\u2019s)?\s+")
# ... and after it: a space, or "of"/"de" ("l'Assemblée nationale de Bulgarie").
_OWNER_GAP_AFTER = lazy(r"\s+(?:(?:of|of the|de|du|des)\s+|d')?")

Name = tuple[str, int, int]


def without_foreign_chambers(folded: str, donors: list[Name], others: list[Name]) -> list[Name]:
    """The donor names found, less each shared chamber's name that another country's name
    (a donor's or a non-donor's, as found in the same text) qualifies."""
    chambers = [hit for hit in donors if " ".join(folded[hit[1] : hit[2]].split()) in _SHARED_CHAMBERS]
    if not chambers:
        return donors
    countries = [hit for hit in (*donors, *others) if hit not in chambers]
    foreign = {chamber for chamber in chambers if any(_qualifies(folded, chamber, country) for country in countries)}
    return [hit for hit in donors if hit not in foreign]


def _qualifies(folded: str, chamber: Name, country: Name) -> bool:
    """Whether `country` names another country right before or right after `chamber`."""
    if country[0] == chamber[0]:
        return False  # "the US House of Representatives": its own country
    if country[2] <= chamber[1]:
        return _OWNER_GAP_BEFORE.fullmatch(folded, country[2], chamber[1]) is not None
    if country[1] >= chamber[2]:
        return _OWNER_GAP_AFTER.fullmatch(folded, chamber[2], country[1]) is not None
    return False


# French copy names France's parliament by its members alone: "Les députés ont voté une aide
# militaire de 3 milliards d'euros". (folded text; "les députés européens" are the European
# Parliament's)
_DEPUTIES = lazy(r"\bles deputes\b(?! europeens)")


def french_deputies(
    folded: str, spans: list[tuple[int, int]], named: list[Name], others: list[Name]
) -> list[Name]:
    """France, named by "les députés" in a sentence that names no other country (a donor's or a
    non-donor's name, a dateline's city included: "LA HAYE (AFP) - Aux Pays-Bas, les députés ont
    voté ..." is the Dutch parliament). `named` and `others` are every name found in the text."""
    found: list[Name] = []
    for hit in _DEPUTIES.finditer(folded):
        span = next(((s, e) for s, e in spans if s <= hit.start() < e), None)
        if span is None:
            continue
        if any(span[0] <= start < span[1] and code != "FR" for code, start, _ in (*named, *others)):
            continue
        found.append(("FR", hit.start(), hit.end()))
    return found
