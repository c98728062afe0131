"""A pledge in words a reader knows, in English, French or German. Pure.

The store keeps codes (donor "DE", category "air_defence", status "delivered") so that
filters, totals and exports stay exact; people read "Germany — IRIS-T SLM air defence
×1 — delivered", "Allemagne — défense aérienne IRIS-T SLM ×1 — livré" or "Deutschland —
Luftverteidigung IRIS-T SLM ×1 — geliefert". Every donor code of config/entities.toml
has a name here in every language (a test checks it); an unknown code is shown as it is
rather than hidden.
"""

from __future__ import annotations

from bot.core.models import Pledge

# Donor code -> (English, French, German).
DONOR_NAMES: dict[str, tuple[str, str, str]] = {
    "NATO": ("NATO", "OTAN", "NATO"),
    "EU": ("European Union", "Union européenne", "Europäische Union"),
    "G7": ("G7", "G7", "G7"),
    "ALLIES": ("Allies", "Alliés", "Verbündete"),
    "US": ("United States", "États-Unis", "Vereinigte Staaten"),
    "GB": ("United Kingdom", "Royaume-Uni", "Vereinigtes Königreich"),
    "FR": ("France", "France", "Frankreich"),
    "DE": ("Germany", "Allemagne", "Deutschland"),
    "CA": ("Canada", "Canada", "Kanada"),
    "IT": ("Italy", "Italie", "Italien"),
    "ES": ("Spain", "Espagne", "Spanien"),
    "PL": ("Poland", "Pologne", "Polen"),
    "NL": ("Netherlands", "Pays-Bas", "Niederlande"),
    "BE": ("Belgium", "Belgique", "Belgien"),
    "DK": ("Denmark", "Danemark", "Dänemark"),
    "NO": ("Norway", "Norvège", "Norwegen"),
    "SE": ("Sweden", "Suède", "Schweden"),
    "FI": ("Finland", "Finlande", "Finnland"),
    "EE": ("Estonia", "Estonie", "Estland"),
    "LV": ("Latvia", "Lettonie", "Lettland"),
    "LT": ("Lithuania", "Lituanie", "Litauen"),
    "CZ": ("Czech Republic", "République tchèque", "Tschechien"),
    "SK": ("Slovakia", "Slovaquie", "Slowakei"),
    "HU": ("Hungary", "Hongrie", "Ungarn"),
    "RO": ("Romania", "Roumanie", "Rumänien"),
    "BG": ("Bulgaria", "Bulgarie", "Bulgarien"),
    "HR": ("Croatia", "Croatie", "Kroatien"),
    "SI": ("Slovenia", "Slovénie", "Slowenien"),
    "GR": ("Greece", "Grèce", "Griechenland"),
    "PT": ("Portugal", "Portugal", "Portugal"),
    "LU": ("Luxembourg", "Luxembourg", "Luxemburg"),
    "MT": ("Malta", "Malte", "Malta"),
    "CY": ("Cyprus", "Chypre", "Zypern"),
    "IE": ("Ireland", "Irlande", "Irland"),
    "AT": ("Austria", "Autriche", "Österreich"),
    "AL": ("Albania", "Albanie", "Albanien"),
    "ME": ("Montenegro", "Monténégro", "Montenegro"),
    "MK": ("North Macedonia", "Macédoine du Nord", "Nordmazedonien"),
    "TR": ("Türkiye", "Turquie", "Türkei"),
    "IS": ("Iceland", "Islande", "Island"),
    "AU": ("Australia", "Australie", "Australien"),
    "JP": ("Japan", "Japon", "Japan"),
    "KR": ("South Korea", "Corée du Sud", "Südkorea"),
    "NZ": ("New Zealand", "Nouvelle-Zélande", "Neuseeland"),
    "CH": ("Switzerland", "Suisse", "Schweiz"),
    "BR": ("Brazil", "Brésil", "Brasilien"),
}

# Category -> (English, French, German). The French and German nouns come before the
# system's name ("défense aérienne IRIS-T SLM", "Luftverteidigung IRIS-T SLM", as German
# copy writes "Kampfpanzer Leopard 2"), the English after it ("IRIS-T SLM air defence").
CATEGORY_WORDS: dict[str, tuple[str, str, str]] = {
    "tanks": ("tanks", "chars", "Panzer"),
    "armoured_vehicles": ("armoured vehicles", "véhicules blindés", "gepanzerte Fahrzeuge"),
    "artillery": ("artillery", "artillerie", "Artillerie"),
    "ammunition": ("ammunition", "munitions", "Munition"),
    "air_defence": ("air defence", "défense aérienne", "Luftverteidigung"),
    "aircraft": ("aircraft", "avions", "Flugzeuge"),
    "missiles": ("missiles", "missiles", "Raketen"),
    "drones": ("drones", "drones", "Drohnen"),
    "small_arms": ("small arms", "armes légères", "Handfeuerwaffen"),
    "training": ("training", "formation", "Ausbildung"),
    "funding": ("funding", "financement", "Finanzierung"),
    "production": ("arms production", "production d'armement", "Rüstungsproduktion"),
    "other": ("other aid", "autre aide", "sonstige Hilfe"),
}

# Category -> colour, the same in every chart (web pages, the PNG of /pledges chart): Okabe-Ito
# and Tol's palettes, distinguishable with colour-blindness.
CATEGORY_COLOURS: dict[str, str] = {
    "tanks": "#0072B2",
    "armoured_vehicles": "#56B4E9",
    "artillery": "#D55E00",
    "ammunition": "#E69F00",
    "air_defence": "#009E73",
    "aircraft": "#CC79A7",
    "missiles": "#882255",
    "drones": "#44AA99",
    "small_arms": "#999933",
    "training": "#AA4499",
    "funding": "#F0E442",
    "production": "#332288",
    "other": "#888888",
}
UNKNOWN_COLOUR = "#BBBBBB"

STATUS_WORDS: dict[str, tuple[str, str, str]] = {
    "pledged": ("pledged", "promis", "zugesagt"),
    "delivered": ("delivered", "livré", "geliefert"),
    "discussed": ("under discussion", "en discussion", "im Gespräch"),
    "refused": ("refused", "refusé", "abgelehnt"),
    "production": ("ordered from industry", "commandé à l'industrie", "bei der Industrie bestellt"),
    "requested": ("requested", "demandé", "erbeten"),
}

CURRENCY_SIGNS = {"EUR": "€", "USD": "$", "GBP": "£"}


# The languages the bot shows its words in, and the place of each in the tables above
# (English for any other).
SHOWN_LANGUAGES = ("en", "fr", "de")
_COLUMN = {lang: column for column, lang in enumerate(SHOWN_LANGUAGES)}
# The languages whose noun comes before a system's name.
_NOUN_FIRST = ("fr", "de")


def _pick(names: tuple[str, ...], lang: str) -> str:
    return names[_COLUMN.get(lang, 0)]


def _fallback(code: str) -> str:
    return code.replace("_", " ")


def donor_name(code: str, lang: str = "en") -> str:
    """"Germany" / "Allemagne" for "DE"; the code itself when unknown."""
    pair = DONOR_NAMES.get(code)
    return _pick(pair, lang) if pair else _fallback(code)


def category_words(category: str, lang: str = "en") -> str:
    pair = CATEGORY_WORDS.get(category)
    return _pick(pair, lang) if pair else _fallback(category)


def topic_words(topic: str, lang: str = "en") -> str:
    """A rule topic as words: the weapon categories are topics too ("air defence")."""
    return category_words(topic, lang)


def status_words(status: str, lang: str = "en") -> str:
    pair = STATUS_WORDS.get(status)
    return _pick(pair, lang) if pair else _fallback(status)


def money_words(value: float, currency: str | None, lang: str = "en") -> str:
    """"$988m", "€2.7bn"; in French "988 M$", "2,7 Md€"; in German "988 Mio. $",
    "2,7 Mrd. €" (German copy writes the abbreviation, a space, then the sign)."""
    sign = CURRENCY_SIGNS.get(currency or "", currency or "")
    for size, en, fr, de in ((1e9, "bn", " Md", " Mrd."), (1e6, "m", " M", " Mio."), (1e3, "k", " k", " Tsd.")):
        if value >= size:
            amount = f"{value / size:.3g}"
            break
    else:
        amount, en, fr, de = f"{value:.0f}", "", " ", ""
    if lang == "fr":
        return f"{amount.replace('.', ',')}{fr}{sign}".strip()
    if lang == "de":
        return f"{amount.replace('.', ',')}{de} {sign}".strip()
    return f"{sign}{amount}{en}" if sign in ("€", "$", "£") else f"{amount}{en} {sign}".strip()


def describe(pledge: Pledge, lang: str = "en") -> str:
    """One line: "Germany — IRIS-T SLM air defence ×1 — delivered"."""
    # A weapon system's name reads the same in every language; the extractor's `item`
    # is the article's own wording ("munitions", "contrats") and would only repeat the
    # category in the article's language, so it is not shown.
    named = pledge.system
    kind = category_words(pledge.category, lang)
    if named and named.casefold() != kind.casefold():
        what = f"{kind} {named}" if lang in _NOUN_FIRST else f"{named} {kind}"
    else:
        what = kind
    if pledge.quantity:
        what += f" ×{pledge.quantity}"
    if pledge.value:
        what += f" ({money_words(pledge.value, pledge.currency, lang)})"
    return " — ".join((donor_name(pledge.donor, lang), what, status_words(pledge.status, lang)))
