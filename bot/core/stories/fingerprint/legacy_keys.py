"""The name keys of story fingerprints stored before countries, capitals and weapon
systems came from config/entities.toml, and what each is called now.

Until then story matching kept its own tables and keyed a place by an English word
("germany" for Germany, Allemagne, deutsch; "berlin" for Berlin; "elysee"), and a
weapon system by its folded name ("leopard"). Now a place is keyed by its code ("DE",
"@DE", "^FR") and a system carries a mark ("#leopard"): see the key notes in
bot.core.stories.fingerprint.word_keys. A story stored before the upgrade keeps its old keys in
the database; `StoryFingerprint.from_json` translates them with these tables, so a
report arriving after the upgrade still joins the story it belongs to.

This is a record of a stored format, not a second list of countries: it never grows.
Stories are matched for at most a week (the late-report reach of the default 48-hour
window), so once no stored story is older than the upgrade, this module can go.
"""

from __future__ import annotations

# Old name key -> new name key. The old places were these keys; every other old key
# was a word of the text, which is still keyed the same way.
NAMES: dict[str, str] = {
    # the actors every story names
    "ukraine": "UA", "russia": "RU", "nato": "NATO", "eu": "EU", "kyiv": "@UA", "moscow": "@RU",
    "putin": "RU:putin", "zelensky": "UA:zelensky",
    # donor countries
    "usa": "US", "germany": "DE", "france": "FR", "uk": "GB", "poland": "PL", "netherlands": "NL",
    "canada": "CA", "norway": "NO", "sweden": "SE", "denmark": "DK", "finland": "FI", "italy": "IT",
    "spain": "ES", "belgium": "BE", "portugal": "PT", "czechia": "CZ", "slovakia": "SK",
    "estonia": "EE", "latvia": "LV", "lithuania": "LT", "romania": "RO", "greece": "GR",
    "turkey": "TR", "switzerland": "CH", "austria": "AT", "australia": "AU", "japan": "JP",
    "south-korea": "KR",
    # places that give nothing
    "iran": "~IR", "china": "~CN", "belarus": "~BY", "brussels": "~BRUSSELS",
    # capitals and seats of government
    "washington": "@US", "london": "@GB", "paris": "@FR", "berlin": "@DE", "warsaw": "@PL",
    "ottawa": "@CA", "oslo": "@NO", "stockholm": "@SE", "copenhagen": "@DK", "helsinki": "@FI",
    "rome": "@IT", "madrid": "@ES", "prague": "@CZ", "tallinn": "@EE", "riga": "@LV",
    "vilnius": "@LT", "tokyo": "@JP", "canberra": "@AU", "ankara": "@TR", "the-hague": "@NL",
    "pentagon": "^US", "white-house": "^US", "elysee": "^FR",
    # the weapon systems the old table knew by name (designations such as "f16" are
    # still keyed by their form)
    **{
        system: "#" + system
        for system in """leopard challenger abrams bradley stryker marder puma gepard patriot nasams irist
            himars mlrs gmlrs atacms caesar panzerhaubitze krab dana zuzana archer javelin nlaw stinger
            starstreak mistral crotale aspide hawk mamba scalp taurus harpoon neptune bayraktar switchblade
            gripen mirage jdam glsdb excalibur vab bastion apache leclerc lynx boxer dingo fuchs biber dachs
            skynex skyguard avenger storm-shadow""".split()
    },
}


def _old_term(key: str) -> str:
    # The old matcher's stem (bot.core.stories.fingerprint.word_keys.stem, as it was): a place's
    # word counted as the stem of its key ("german" for Germany).
    if len(key) > 4 and key.endswith("s"):
        key = key[:-1]
    return key[:6]


def _new_term(key: str) -> str:
    # What a place's word counts as now: its key, or a generic actor's code for the
    # actor's other names ("UA:zelensky": "UA").
    return key.split(":", 1)[0]


# Old term -> new term, for the places only (a system's word counts as its stem, then
# and now), and the other stems the old matcher read as the generic actors' words
# ("Russlands": "russla").
TERMS: dict[str, str] = {
    **{_old_term(old): _new_term(new) for old, new in NAMES.items() if not new.startswith("#")},
    "russie": "RU", "russe": "RU", "russla": "RU", "russis": "RU", "russen": "RU", "poutin": "RU",
    "otan": "NATO", "ue": "EU", "kyjiw": "@UA", "moscou": "@RU", "moskau": "@RU", "kremli": "^RU",
    "kreml": "^RU", "selens": "UA",
}
