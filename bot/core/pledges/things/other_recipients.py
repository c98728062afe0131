"""Another state as the recipient of a thing, told right beside it in a sentence that also names
Ukraine: one donor's aid to two countries ("fournir à l'Ukraine un Patriot et à la Moldavie des
radars", "der Ukraine ein IRIS-T und der Republik Moldau Radaranlagen", "a Patriot to Ukraine and
radars to Moldova"), a sale beside a gift ("Paris vend des Rafale à l'Indonésie et livre six Caesar
à Kiev"), or a bare aid word shared by both ("une aide militaire à l'Ukraine et à la Moldavie"):
the other state's things, and aid told of both with no share of Ukraine's, are no record of
Ukraine's. destinations.py asks here for each item of a sentence that names Ukraine, and (in any
sentence) whether an item goes to a general class of recipients a ban names ("to countries at war").
"""

from __future__ import annotations

from bot.core.pledges.passes.records import Item
from bot.core.pledges.passes.sentence import Parties, Sentence
from bot.core.text.lazy_pattern import lazy


def goes_to_another_state(sentence: Sentence, item: Item, parties: Parties) -> bool:
    """Whether the item's recipient, told beside it, is a state other than Ukraine: a country of
    the entity lists that never gives to Ukraine (`parties.others`: Moldova, Israel, Egypt...)
    right after the item or, as a dative after "and", right before it; any named buyer after a
    sale; or, for an aid word with no sum, Ukraine and such a country together."""
    folded, full = sentence.folded, sentence.full
    if item.category == "funding" and item.value is None and _shared_with_another(folded, item, parties):
        return True  # "une aide militaire à l'Ukraine et à la Moldavie": no share of Ukraine's told
    for _, s, e in parties.others:
        if item.end <= s <= item.end + 60 and _RECIPIENT_AFTER.fullmatch(folded, item.end, s) and _ENDS_A_RECIPIENT.match(
            folded, e
        ) and not _and_ukraine_after(folded, e, parties):
            return True  # "des radars à la Moldavie", "radars to Moldova", "Radaranlagen für Moldau"
        dative = _DATIVE_AFTER_AND.search(folded, max(sentence.start, s - 30), s)
        if dative is not None and e <= item.start <= e + 40 and _THINGS_AFTER_A_DATIVE.fullmatch(folded, e, item.start) and (
            not _joined_to_ukraine(dative.start(), parties)
        ):
            return True  # "et à la Moldavie des radars", "und der Republik Moldau Radaranlagen"
        if e <= item.start <= e + 40 and _WITH_THINGS.fullmatch(folded, e, item.start) and _AND_BEFORE.search(
            folded, max(sentence.start, s - 6), s
        ):
            return True  # "provide Ukraine with a Patriot system and Moldova with radars"
    sale = _SALE_BEFORE.search(folded, max(sentence.start, item.start - 70), item.start)
    if sale is not None and not any(sale.start() <= u < item.start for _, u, _ in parties.ukraine):
        buyer = _BUYER_AFTER.match(full, item.end, min(sentence.end, item.end + 70))
        return buyer is not None and not any(
            buyer.end() - 1 <= u < buyer.end() + 2 for _, u, _ in parties.ukraine
        )  # "vend des Rafale à l'Indonésie", "sold four frigates to Egypt", "verkauft ... an Indonesien"
    # (German tells the sale last, the buyer right before it: "haben Kampfpanzer, Haubitzen und
    # Kampfflugzeuge an Polen verkauft"; the buyer, a donor of its own elsewhere, gets nothing here)
    sold_to = _SOLD_TO_LAST.match(full, item.end, min(sentence.end, item.end + 120))
    return sold_to is not None and not any(sold_to.start() <= u < sold_to.end() for _, u, _ in parties.ukraine)


def to_states_at_war(sentence: Sentence, item: Item) -> bool:
    """Whether the item goes, right after it, to a general class of recipients a ban names ("Waffen
    in Länder, die sich im Krieg befinden", "arms to countries at war"): no state named, no record."""
    return _TO_WARRING_STATES.match(sentence.folded, item.end, min(sentence.end, item.end + 80)) is not None


def _and_ukraine_after(folded: str, end: int, parties: Parties) -> bool:
    """Whether Ukraine follows the other state as a second recipient ("for Israel and Ukraine")."""
    return any(end <= s <= end + 20 and _AND_A_RECIPIENT.fullmatch(folded, end, s) for _, s, _ in parties.ukraine)


def _joined_to_ukraine(and_at: int, parties: Parties) -> bool:
    """Whether Ukraine is named right before the "and" that opens the other state's dative: the two
    are one list of recipients ("der Ukraine und der Republik Moldau zusammen 2,3 Milliarden"), not
    a second recipient with things of its own."""
    return any(and_at - 2 <= e <= and_at for _, _, e in parties.ukraine)


def _shared_with_another(folded: str, item: Item, parties: Parties) -> bool:
    """An aid word whose recipients, right after it, are Ukraine and another state joined by
    "and" ("military aid for Ukraine and Moldova", "Militärhilfe für die Ukraine und Moldau",
    either first)."""
    for _, s, e in parties.ukraine:
        if not item.end <= s <= item.end + 30 or not _RECIPIENT_AFTER.fullmatch(folded, item.end, s):
            continue
        for _, os_, oe in parties.others:
            if e <= os_ <= e + 20 and _AND_A_RECIPIENT.fullmatch(folded, e, os_):
                return True
    for _, s, e in parties.others:
        if not item.end <= s <= item.end + 30 or not _RECIPIENT_AFTER.fullmatch(folded, item.end, s):
            continue
        for _, us, _ in parties.ukraine:
            if e <= us <= e + 20 and _AND_A_RECIPIENT.fullmatch(folded, e, us):
                return True
    return False


# (folded text, from the thing to the recipient's name: a few words, then "to"/"à"/"an"/"für"...)
_RECIPIENT_AFTER = lazy(
    r"\s+(?:(?!(?:and|et|und|sowie)\s)[\w'-]+\s+){0,3}?(?:to|for|a|au|aux|pour|an|fur|nach)\s+(?:the\s+|la\s+|le\s+|les\s+|l'|die\s+|der\s+|den\s+|"
    r"(?:der\s+)?republik\s+)?"
)
# ... and the name ends the recipient: no noun after it ("to Moldova's army" is still Moldova's;
# "for Israeli Patriot systems" names no recipient)
_ENDS_A_RECIPIENT = lazy(r"(?:'s)?(?:\s*(?:[,;.:)]|$)|\s+(?:and|et|und|in|en|im|by|par|bis|d'ici|next|this|last|from|de|"
                         r"aus|while|tandis|wahrend|to|pour|um|zur|zum|as|comme|als|on|le|am|au|a|ab)\b)")
# (folded text, between the other state and the things it gets: an article, a count, a few words)
_THINGS_AFTER_A_DATIVE = lazy(r"\s+(?:[\w'-]+\s+){0,3}?")
# The other state as a dative opened by "and" (folded text, up to its name): "et à la Moldavie",
# "and to Moldova", "und der Republik Moldau", "sowie Moldau".
_DATIVE_AFTER_AND = lazy(
    r"(?:\b(?:and|et|und|sowie)|,)\s+(?:(?:to|a|au|aux)\s+(?:the\s+|la\s+|le\s+|les\s+|l')?|"
    r"(?:der|dem|den)\s+(?:republik\s+)?)$"
)
# English names the recipient bare, its things after "with" (folded text)
_WITH_THINGS = lazy(r"\s+with\s+(?:[\w'-]+\s+){0,2}?")
_AND_BEFORE = lazy(r"\b(?:and|,)\s+$")
# (folded text, between Ukraine and the other state, or the other way round)
_AND_A_RECIPIENT = lazy(r"\s+(?:and|et|und|sowie)\s+(?:(?:to|a|au|aux|an|fur|pour|for)\s+)?(?:the\s+|la\s+|le\s+|l'|die\s+|der\s+)?(?:republik\s+)?")
# A sale right before the things (folded text): "sells", "sold", "the sale of", "vend",
# "la vente de", "verkauft", "Verkauf von" (a list of things between: "sold tanks, howitzers and jets").
_SALE_BEFORE = lazy(
    r"\b(?:sells?|sold|selling|sale of|vend(?:s|ra|ront|u|ent)?|vente (?:de|d')|verkauf(?:t|en|te|ten)?|"
    r"verkauf (?:von|der|des))\s+(?:[\w'-]+,?\s+){0,6}?$"
)
# The buyer after the things (as written: a name is capitalised), in a few words.
_BUYER_AFTER = lazy(
    r"[\w-]*,?\s+(?:[\w'-]+,?\s+){0,8}?(?:to|à|au|aux|an|nach)\s+(?:the\s+|la\s+|le\s+|les\s+|l'|l’)?[A-ZÀ-ÖØ-Þ]"
)
# (folded text, right after the things) a general class of recipients, as a law's or a policy's ban
# names them: "weapons to countries at war", "armes vers des pays en guerre", "Waffen in Länder, die sich
# im Krieg befinden", "in Kriegs- und Krisengebiete", "to conflict zones" (review 60: the ban restated
# refuses nothing beside the government's own refusal told of Ukraine)
_TO_WARRING_STATES = lazy(
    r"\w*\s+(?:[\w'-]+\s+){0,2}?(?:to|into|a|aux|vers|dans|des|in|an|nach)\s+(?:des\s+|les\s+)?"
    r"(?:(?:countries|states|nations|pays|etats|lander|staaten)(?:,?\s+(?:that are|which are|die sich|qui sont))?\s+"
    r"(?:at war|in (?:a )?(?:conflict|war)|en guerre|en conflit|im krieg|in einem krieg)|"
    r"(?:conflict|war|crisis) zones|zones? de (?:conflit|guerre)|kriegs(?:gebiete|- und krisengebiete)|krisengebiete)\b"
)
# A German sale told last, its buyer right before the verb (as written): "Haubitzen und Kampfflugzeuge
# an Polen verkauft", "an die Slowakei verkaufen" (a list of things between: nouns and their joints, no
# verb of another giving: "20 Panzer geliefert und Haubitzen an Polen verkauft" keeps the tanks).
_SOLD_TO_LAST = lazy(
    r"[\w-]*,?\s+(?:(?:[A-ZÄÖÜ\d][\w.-]*|und|oder|sowie|vom|von|der|des|die|den|typ)\s*,?\s+){0,8}?(?:an|nach)\s+(?:die\s+|den\s+)?[A-ZÄÖÜ][\w-]*\s+"
    r"(?:verkauft|verkaufen|verkaufte|verkauften|verkaufen wollen|verkaufen will)\b"
)
