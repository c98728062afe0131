"""The keys an article's words become in a story fingerprint, and what sharing each is
worth: how a place, a capital, a seat of government, a generic actor's official and a
weapon system are marked (see CAPITAL_MARK below), the stem of other words, and the
weights the matcher (bot.core.stories.matching) gives a shared name, term or phrase.

Apart from the reader that makes the keys (bot.core.stories.fingerprint.wording): the matcher needs
only this, and a key says by itself what it is, so two stored fingerprints are compared
without the entity lists or the text.
"""

from __future__ import annotations

import math
from functools import lru_cache
from itertools import chain, repeat

from bot.core.stories.fingerprint.word_lists import GENERIC_WORDS

# Ubiquitous words still count a little (two NATO stories share more than "NATO").
GENERIC_WEIGHT = 0.3
# Donor countries and capitals: more telling than "Ukraine", but one government makes
# several announcements a day.
_PLACE_WEIGHT = 0.5
# Weapon systems and designations say *what* is given, which is what sets two
# announcements by one government apart; a bare count ("14") could be anything.
_SYSTEM_WEIGHT = 1.5
_COUNT_WEIGHT = 0.5

# Countries, capitals, seats of government and weapon systems come from
# config/entities.toml (handed in as `Entities`, see wording._vocabulary). What stays
# here is what only story matching needs: which actors every aid story names (and, in
# word_lists.GENERIC_WORDS, the beat's ubiquitous words). Their names (Ukraine, Kyiv, Zelensky; Russia, Putin; NATO; the
# EU) weigh as little as "weapons": naming them says nothing about which announcement a
# report is about.
GENERIC_ACTORS = frozenset({"UA", "RU", "NATO", "EU"})
# How a name is keyed in a fingerprint. Every key says by itself what it is, so two
# stored fingerprints are compared without the entity lists:
# - a place is keyed by its code in config/entities.toml: "DE" for Germany, Allemagne,
#   deutsch*; "@DE" for its capital (Berlin) and "^DE" for its seats of government
#   (Pentagon, Élysée). Capital and seats stand for the country in a headline, but
#   "Paris", "Élysée" and "France" in one report are three mentions, as distinct as
#   three names;
# - a place that is nobody's donor name (Iran, Belarus; Brussels, where ministers
#   meet) has "~" before its code: a place, never a donor country;
# - the other names of a generic actor (its leaders and officials: "Zelensky",
#   "Stoltenberg") are its code and the name ("UA:zelensky"): each a name of its own,
#   weighing as little as the actor;
# - a weapon system is "#" and the word written ("#leopard", "#scalp", "#storm-shadow":
#   one system's names in two languages stay two names, as they always were here;
#   unifying them would shift every weight tuned on them);
# - every other name is a folded word (lower case): people, firms, designations (f16),
#   amounts.
CAPITAL_MARK = "@"
SEAT_MARK = "^"
NOT_A_DONOR_MARK = "~"
PLACE_MARKS = (CAPITAL_MARK, SEAT_MARK, NOT_A_DONOR_MARK)
ACTOR_NAME_SEPARATOR = ":"
SYSTEM_MARK = "#"
# Stored with every fingerprint since names are keyed so; one without it has the old
# keys (see StoryFingerprint.from_json).
KEYS_VERSION = 2


def stem(word: str) -> str:
    """Light stemming: drop a plural "s", then keep 6 letters. Crude, but it joins
    inflections in all three languages (livraison/livraisons, accelerer/accelere,
    Lieferung/Lieferungen) at no cost, and the names carry the precision."""
    if len(word) > 4 and word.endswith("s"):
        word = word[:-1]
    return word[:6]


GENERIC_TERMS = frozenset(stem(w) for w in GENERIC_WORDS) | {
    mark + code for code in GENERIC_ACTORS for mark in ("", CAPITAL_MARK, SEAT_MARK)
}


@lru_cache(maxsize=20_000)
def name_weight(name: str) -> float:
    """What a shared name proves: the same weapon system most, the same country little."""
    if name.startswith(SYSTEM_MARK) or (name[:1].isalpha() and any(c.isdigit() for c in name)):
        return _SYSTEM_WEIGHT  # Leopard, HIMARS, F16, AMX10
    if name.replace(".", "").isdigit():
        return _COUNT_WEIGHT  # "14": tanks, kilometres, days...
    if name[:1].isdigit():
        return 1.0  # an amount (1.85e+09) or a measure (155mm)
    if stem(name) in GENERIC_TERMS or ACTOR_NAME_SEPARATOR in name:  # Ukraine, Zelensky, NATO, "Défense"
        return GENERIC_WEIGHT
    if name.startswith(SEAT_MARK):
        return 1.0  # "the Pentagon said", "l'Elysée a confirmé": a government speaking, as a minister does
    if _is_place(name):
        return _PLACE_WEIGHT
    return 1.0


def terms_total(terms: frozenset[str]) -> float:
    """The weight of a set of terms: GENERIC_WEIGHT for each of the beat's common words, 1.0 for
    each other, summed by `math.fsum`, whose correctly rounded sum is the same float in any
    order of its values. Counted with one set intersection rather than a Python call per term
    (story matching in a first cycle weighed ~116,000 shared terms one call each)."""
    generic = len(terms & GENERIC_TERMS)
    return math.fsum(chain(repeat(GENERIC_WEIGHT, generic), repeat(1.0, len(terms) - generic)))


def phrase_weight(phrase: str) -> float:
    return 1.0


def _is_place(name: str) -> bool:
    """A place's or actor's key: its code from the entity lists ("DE", "NATO"), maybe
    marked as a capital, a seat or nobody's place ("@DE", "^US", "~IR")."""
    code = name[1:] if name.startswith(PLACE_MARKS) else name
    return code.isascii() and code.isalpha() and code.isupper()


def country_of(name: str) -> str | None:
    """The donor country a place name stands for in a headline ("@DE", Berlin: "DE");
    None for other names, for the actors every story names and for places that give
    nothing (Iran, Brussels)."""
    if not _is_place(name) or name.startswith(NOT_A_DONOR_MARK):
        return None
    code = name[1:] if name.startswith(PLACE_MARKS) else name
    return None if code in GENERIC_ACTORS else code


def countries(names: frozenset[str]) -> set[str]:
    return {code for code in map(country_of, names) if code is not None}
