"""A pledge in words a reader knows, in English or French. Pure.

The store keeps codes (donor "DE", category "air_defence", status "delivered") so that
filters, totals and exports stay exact; people read "Germany — IRIS-T SLM air defence
×1 — delivered" or "Allemagne — défense aérienne IRIS-T SLM ×1 — livré". Every donor
code of config/entities.toml has a name here in both languages (a test checks it);
an unknown code is shown as it is rather than hidden.
"""

from __future__ import annotations

from bot.core.models import Pledge

# Donor code -> (English, French).
DONOR_NAMES: dict[str, tuple[str, str]] = {
    "NATO": ("NATO", "OTAN"),
    "EU": ("European Union", "Union européenne"),
    "G7": ("G7", "G7"),
    "ALLIES": ("Allies", "Alliés"),
    "US": ("United States", "États-Unis"),
    "GB": ("United Kingdom", "Royaume-Uni"),
    "FR": ("France", "France"),
    "DE": ("Germany", "Allemagne"),
    "CA": ("Canada", "Canada"),
    "IT": ("Italy", "Italie"),
    "ES": ("Spain", "Espagne"),
    "PL": ("Poland", "Pologne"),
    "NL": ("Netherlands", "Pays-Bas"),
    "BE": ("Belgium", "Belgique"),
    "DK": ("Denmark", "Danemark"),
    "NO": ("Norway", "Norvège"),
    "SE": ("Sweden", "Suède"),
    "FI": ("Finland", "Finlande"),
    "EE": ("Estonia", "Estonie"),
    "LV": ("Latvia", "Lettonie"),
    "LT": ("Lithuania", "Lituanie"),
    "CZ": ("Czech Republic", "République tchèque"),
    "SK": ("Slovakia", "Slovaquie"),
    "HU": ("Hungary", "Hongrie"),
    "RO": ("Romania", "Roumanie"),
    "BG": ("Bulgaria", "Bulgarie"),
    "HR": ("Croatia", "Croatie"),
    "SI": ("Slovenia", "Slovénie"),
    "GR": ("Greece", "Grèce"),
    "PT": ("Portugal", "Portugal"),
    "LU": ("Luxembourg", "Luxembourg"),
    "MT": ("Malta", "Malte"),
    "CY": ("Cyprus", "Chypre"),
    "IE": ("Ireland", "Irlande"),
    "AT": ("Austria", "Autriche"),
    "AL": ("Albania", "Albanie"),
    "ME": ("Montenegro", "Monténégro"),
    "MK": ("North Macedonia", "Macédoine du Nord"),
    "TR": ("Türkiye", "Turquie"),
    "IS": ("Iceland", "Islande"),
    "AU": ("Australia", "Australie"),
    "JP": ("Japan", "Japon"),
    "KR": ("South Korea", "Corée du Sud"),
    "NZ": ("New Zealand", "Nouvelle-Zélande"),
    "CH": ("Switzerland", "Suisse"),
}

# Category -> (English, French). The French noun comes before the system's name
# ("défense aérienne IRIS-T SLM"), the English after it ("IRIS-T SLM air defence").
CATEGORY_WORDS: dict[str, tuple[str, str]] = {
    "tanks": ("tanks", "chars"),
    "armoured_vehicles": ("armoured vehicles", "véhicules blindés"),
    "artillery": ("artillery", "artillerie"),
    "ammunition": ("ammunition", "munitions"),
    "air_defence": ("air defence", "défense aérienne"),
    "aircraft": ("aircraft", "avions"),
    "missiles": ("missiles", "missiles"),
    "drones": ("drones", "drones"),
    "small_arms": ("small arms", "armes légères"),
    "training": ("training", "formation"),
    "funding": ("funding", "financement"),
    "production": ("arms production", "production d'armement"),
    "other": ("other aid", "autre aide"),
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

STATUS_WORDS: dict[str, tuple[str, str]] = {
    "pledged": ("pledged", "promis"),
    "delivered": ("delivered", "livré"),
    "discussed": ("under discussion", "en discussion"),
    "refused": ("refused", "refusé"),
    "production": ("ordered from industry", "commandé à l'industrie"),
    "requested": ("requested", "demandé"),
}

CURRENCY_SIGNS = {"EUR": "€", "USD": "$", "GBP": "£"}


def _pick(pair: tuple[str, str], lang: str) -> str:
    return pair[1] if lang == "fr" else pair[0]


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
    """"$988m", "€2.7bn"; in French "988 M$", "2,7 Md€"."""
    sign = CURRENCY_SIGNS.get(currency or "", currency or "")
    for size, en, fr in ((1e9, "bn", " Md"), (1e6, "m", " M"), (1e3, "k", " k")):
        if value >= size:
            amount = f"{value / size:.3g}"
            break
    else:
        amount, en, fr = f"{value:.0f}", "", " "
    if lang == "fr":
        return f"{amount.replace('.', ',')}{fr}{sign}".strip()
    return f"{sign}{amount}{en}" if sign in ("€", "$", "£") else f"{amount}{en} {sign}".strip()


def describe(pledge: Pledge, lang: str = "en") -> str:
    """One line: "Germany — IRIS-T SLM air defence ×1 — delivered"."""
    # A weapon system's name reads the same in every language; the extractor's `item`
    # is the article's own wording ("munitions", "contrats") and would only repeat the
    # category in the article's language, so it is not shown.
    named = pledge.system
    kind = category_words(pledge.category, lang)
    if named and named.casefold() != kind.casefold():
        what = f"{kind} {named}" if lang == "fr" else f"{named} {kind}"
    else:
        what = kind
    if pledge.quantity:
        what += f" ×{pledge.quantity}"
    if pledge.value:
        what += f" ({money_words(pledge.value, pledge.currency, lang)})"
    return " — ".join((donor_name(pledge.donor, lang), what, status_words(pledge.status, lang)))
