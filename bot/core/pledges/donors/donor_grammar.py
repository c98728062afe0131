"""A donor's name inside a sentence, with the article and preposition its language needs. Pure.

A page that writes "Les fiches de {name}" with the bare name reads "Les fiches de
Allemagne" and "de États-Unis"; French wants "de l'Allemagne", "des États-Unis", "du
Canada", "de Malte", German "von den Vereinigten Staaten", "von der Schweiz", and English
"of the Netherlands", "the United States' new pledges". Headings and labels keep the bare
name (words.donor_name); these phrases are for the middle of a sentence.

French articles are listed rather than guessed from the ending: "le Danemark", "le
Mexique" and "la Hongrie" (h aspiré: no elision) break every rule of thumb. A donor not
listed (a code added to config/entities.toml without a line here) is written bare, with
the plain preposition: understandable, and a test lists which donors lack a line.
"""

from __future__ import annotations

from bot.core.pledges.listing.words import donor_name

# Code -> the French definite article before the name: "la", "le", "les", or "" for the
# islands French names without one (Malte, Chypre). "la"/"le" become "l'" before a vowel.
_FRENCH_ARTICLE: dict[str, str] = {
    "NATO": "la", "EU": "la", "G7": "le", "ALLIES": "les", "US": "les", "GB": "le",
    "FR": "la", "DE": "la", "CA": "le", "IT": "la", "ES": "la", "PL": "la", "NL": "les",
    "BE": "la", "DK": "le", "NO": "la", "SE": "la", "FI": "la", "EE": "la", "LV": "la",
    "LT": "la", "CZ": "la", "SK": "la", "HU": "la", "RO": "la", "BG": "la", "HR": "la",
    "SI": "la", "GR": "la", "PT": "le", "LU": "le", "MT": "", "CY": "", "IE": "la",
    "AT": "la", "AL": "la", "ME": "le", "MK": "la", "TR": "la", "IS": "la", "AU": "la",
    "JP": "le", "KR": "la", "NZ": "la", "CH": "la", "BR": "le",
}
# Hongrie starts with an h aspiré: "la Hongrie", "de la Hongrie".
_FRENCH_NO_ELISION = {"HU"}
_FRENCH_VOWELS = set("AEIOUYÉÈÊÂÎÔÛaeiouyéèêâîôû")

# German names that take an article: (with the article as subject or object, after "von").
# Every other donor is a neuter country name used bare ("Deutschland", "von Deutschland").
_GERMAN_WITH_ARTICLE: dict[str, tuple[str, str]] = {
    "NATO": ("die NATO", "von der NATO"),
    "EU": ("die Europäische Union", "von der Europäischen Union"),
    "G7": ("die G7", "von der G7"),
    "ALLIES": ("die Verbündeten", "von den Verbündeten"),
    "US": ("die Vereinigten Staaten", "von den Vereinigten Staaten"),
    "GB": ("das Vereinigte Königreich", "vom Vereinigten Königreich"),
    "NL": ("die Niederlande", "von den Niederlanden"),
    "SK": ("die Slowakei", "von der Slowakei"),
    "TR": ("die Türkei", "von der Türkei"),
    "CH": ("die Schweiz", "von der Schweiz"),
}

# English names read with "the"; the plural ones take a bare apostrophe as possessive.
_ENGLISH_WITH_THE = {"EU", "G7", "ALLIES", "US", "GB", "NL", "CZ"}


def french_article_known(code: str) -> bool:
    return code in _FRENCH_ARTICLE


def _french(code: str, name: str) -> tuple[str, str]:
    article = _FRENCH_ARTICLE.get(code, "")
    if article in ("la", "le") and name[:1] in _FRENCH_VOWELS and code not in _FRENCH_NO_ELISION:
        return f"l'{name}", f"de l'{name}"
    if article == "le":
        return f"le {name}", f"du {name}"
    if article == "les":
        return f"les {name}", f"des {name}"
    if article == "la":
        return f"la {name}", f"de la {name}"
    # No article: "de" elides by itself before a vowel ("d'Israël").
    return name, (f"d'{name}" if name[:1] in _FRENCH_VOWELS else f"de {name}")


def _german(code: str, name: str) -> tuple[str, str]:
    if code in _GERMAN_WITH_ARTICLE:
        return _GERMAN_WITH_ARTICLE[code]
    return name, f"von {name}"


def _english(code: str, name: str) -> tuple[str, str, str]:
    the_name = f"the {name}" if code in _ENGLISH_WITH_THE else name
    possessive = f"{the_name}'" if the_name.endswith("s") else f"{the_name}'s"
    return the_name, f"of {the_name}", possessive


def donor_words(code: str, lang: str = "en") -> dict[str, str]:
    """The donor's name as a page's texts use it: `donor` (bare, for headings), `the_donor`
    (with its article, inside a sentence), `of_donor` ("de l'Allemagne", "von der Schweiz",
    "of the Netherlands") and, in English, `donors` ("the United States'"); every key
    is given in every language so a text may use any of them."""
    name = donor_name(code, lang)
    if lang == "fr":
        the_name, of_name = _french(code, name)
        possessive = of_name
    elif lang == "de":
        the_name, of_name = _german(code, name)
        possessive = of_name
    else:
        the_name, of_name, possessive = _english(code, name)
    return {"donor": name, "the_donor": the_name, "of_donor": of_name, "donors": possessive}
