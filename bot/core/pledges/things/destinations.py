"""Where an item goes: whether a thing a sentence names is aid to Ukraine at all.

An item goes elsewhere when it is sent "to" a donor country ("will send Patriot systems
to Poland") or to a country no entity list names ("to Egypt") in a sentence that names
no Ukraine, when it is a swap's leg to a partner ("Ringtausch": Germany gives Slovakia
tanks, Slovakia gives Ukraine its old ones), or when a private buyer (a charity,
volunteers) buys it. Such items give no record (item_records.py asks here).
"""

from __future__ import annotations

from bot.core.pledges.donors.datelines import DATELINE
from bot.core.pledges.passes.records import Cue, Item
from bot.core.pledges.passes.sentence import Parties, Sentence
from bot.core.pledges.passes.sentence_scans import last_end_before, search_after
from bot.core.pledges.things.other_recipients import goes_to_another_state, to_states_at_war
from bot.core.pledges.things.other_regions import goes_to_another_region
from bot.core.pledges.things.other_states_money import paid_by_another_states_money
from bot.core.text.lazy_pattern import guarded, lazy


def not_aid_to_ukraine(sentence: Sentence, item: Item, cue: Cue, parties: Parties) -> bool:
    """Whether the item goes to someone other than Ukraine's forces: bought by a private
    buyer, or sent to a donor or elsewhere."""
    folded, start = sentence.folded, sentence.start
    if cue.kind == "purchase" and _PRIVATE_BUYER.search(folded, start, cue.start):
        return True  # "a charity said it had bought drones": no government gives
    # "will send Patriot systems to Poland", "to Egypt": aid to someone else (Ukraine may be
    # named in another clause: "approved the sale of interceptors to Israel, and announced a
    # package for Ukraine")
    return not _ukraine_in_the_clause(folded, start, sentence.end, item, parties) and (
        _sent_to_a_donor(folded, item, parties.donors)
        or _sent_elsewhere(sentence.full, start, sentence.end, item, parties.donors)
        or _for_a_donors_forces(folded, start, item, parties.donors, sold_away=cue.status != "refused")
        or _replaces_what_was_given(folded, item, sentence.end)
        or to_states_at_war(sentence, item)
    ) or _swapped_to_a_donor(sentence, item, parties) or _replaced_by_what_the_cue_tells(folded, start, item, cue) or (
        bool(parties.ukraine) and goes_to_another_state(sentence, item, parties)
    ) or paid_by_another_states_money(sentence, item, parties) or goes_to_another_region(sentence, item, parties)


# What a sale or gift replaces, told after it ("Abrams sale to replace tanks Australia gave Ukraine",
# "pour remplacer les canons cédés à Kiev"), is not what the cue before the purpose gives: that cue
# tells the replacement (a gift replaced is told by its own verb, after it).
def _replaced_by_what_the_cue_tells(folded: str, start: int, item: Item, cue: Cue) -> bool:
    if cue.end > item.start:
        return False
    replaced = _REPLACED_BEFORE.search(folded, max(start, item.start - 50), item.start)
    # (only what a donor gave: "to replenish NASAMS missiles for Ukraine" restocks Ukraine's own)
    return replaced is not None and cue.end <= replaced.start() and (
        _GIVEN_IN_THE_PURPOSE.search(folded, item.end, item.end + 60) is not None
    )


# A thing bought or sold to replace what a donor gave Ukraine, told right after it: "US clears
# Abrams sale to replace tanks Australia gave Ukraine", "pour remplacer les canons cédés à Kiev",
# "um die an Kiew abgegebenen Panzer zu ersetzen" (a backfill: only the gift reached Ukraine).
# The purpose must tell a giving (what Ukraine lost is replaced for Ukraine).
_GIVEN_IN_THE_PURPOSE = lazy(
    r"\b(?:gave|given|sent|donated|delivered|supplied|transferred|handed|pledged|"
    r"donne\w*|cede\w*|livre\w*|envoye\w*|fourni\w*|transfere\w*|"
    r"gegeben|abgegeben|geliefert|uberlassen|geschickt|gespendet|ubergeben)\b"
)


def _replaces_what_was_given(folded: str, item: Item, end: int) -> bool:
    if item.category == "funding":
        return False  # money to restock what was sent ("$3 billion to replenish stocks sent to Ukraine") is aid money
    purpose = _PURPOSE_AFTER.search(folded, item.end, min(end, item.end + 30))
    return purpose is not None and _GIVEN_IN_THE_PURPOSE.search(folded, purpose.end(), min(end, purpose.end() + 80)) is not None


# A donor's own forces named as where the things go, in a clause naming no Ukraine: a ring
# exchange's leg to the middle country, told in a sentence of its own ("to replace them in
# Croatian service", "the training of 50 Croatian crews", "to the Czech army", "à l'armée
# slovène 40 camions", "liefert Deutschland der tschechischen Armee 14 Leopard", "liefert
# der Slowakei 15 Leopard"). (Folded text; the donor's span is its adjective or name.)
_FORCES_WORD = r"(?:service|army|armed forces|forces|military|crews?|troops|soldiers|pilots|brigades?|units?|armee|streitkrafte|truppe|bundeswehr)"
_DONORS_FORCES_GAP_AFTER = lazy(
    r"\s+(?:[\w'-]+\s+){0,6}?(?:in|into|to|for|of|with|a|au|pour|de|des|fur|an|in die|in den)\s+"
    r"(?:the\s+|l'|la\s+|les\s+|die\s+|den\s+|der\s+)?(?:[\d.,]+\s+)?(?:armee\s+|forces\s+armees\s+)?$"
)
# (the things' past with the donor's forces, not where they go: "no longer in Slovak service",
# "retired from Dutch service", "taken out of Spanish army storage", "aus Beständen der Bundeswehr")
_HISTORY_IN_THE_GAP = lazy(
    r"\b(?:no longer|retired|withdrawn|decommissioned|phased out|from|out of|former(?:ly)?|once|"
    r"aus|ausgemustert\w*|plus|retire\w*|anciens?|ex)\b"
)
_FORCES_BEFORE_THE_DONOR = lazy(r"\b(?:a l'armee|aux forces armees|a l'armee de l'air)\s+$")
_DATIVE_DONOR_BEFORE = lazy(
    r"\b(?:liefert|liefern|lieferte|lieferten|gibt|geben|gab|schickt|schicken|ubergibt|uberlasst|stellt|stellen|"
    r"erhalt|fournira|fournit|livrera|livre|cedera)\s+(?:[\w-]+\s+)?(?:der|dem|den)\s+$"
)
_SOLD_TO_BEFORE = lazy(
    r"\b(?:sells?|sold|selling|vend\w*|verkauf\w*)\s+(?:the\s+|a\s+(?:la\s+|l')?|au\s+|aux\s+|der\s+|dem\s+|den\s+)?$"
)
_DATIVE_ARTICLE_BEFORE = lazy(r"\b(?:der|dem|den)\s+$")
_SOLD_AFTER = lazy(r"\s+(?:[\w-]+\s+){0,3}?verkauf\w*")
_ITEM_AFTER_A_DESTINATION = lazy(r"(?:\s+(?:armee|streitkraften|truppe))?\s+(?:[\d.,]+\s+)?(?:[\w-]+\s+){0,2}?$")
_FORCES_WORD_AFTER = lazy(r"\w*\s+" + _FORCES_WORD + r"\b")


def _for_a_donors_forces(
    folded: str, start: int, item: Item, donors: list[tuple[str, int, int]], sold_away: bool = True
) -> bool:
    """Whether a donor's forces stand as where the item goes: after it ("in Croatian service",
    "of 50 Croatian crews") or before it as the one given to ("à l'armée slovène 40 camions",
    "liefert der Slowakei 15 Leopard"); asked only of a clause naming no Ukraine."""
    for _, s, e in donors:
        if item.end < s <= item.end + 80 and _DONORS_FORCES_GAP_AFTER.fullmatch(folded, item.end, s) and (
            _FORCES_WORD_AFTER.match(folded, e)
        ) and not _HISTORY_IN_THE_GAP.search(folded, item.end, s):
            return True  # "... 30 Leopard tanks to replace them in Croatian service"
        if start <= s and e <= item.start <= e + 40 and _ITEM_AFTER_A_DESTINATION.fullmatch(folded, e, item.start) and (
            _FORCES_BEFORE_THE_DONOR.search(folded, max(start, s - 30), s)
            or _DATIVE_DONOR_BEFORE.search(folded, max(start, s - 40), s)
            # (a sale refused is kept: "Brazil has refused to sell Berlin ammunition for the guns"
            # it gave Ukraine tells a refusal about Ukraine's aid)
            or (sold_away and _SOLD_TO_BEFORE.search(folded, max(start, s - 40), s))
            or (
                sold_away and _DATIVE_ARTICLE_BEFORE.search(folded, max(start, s - 5), s)
                and _SOLD_AFTER.match(folded, item.end)
            )
        ):
            # "fournira à l'armée slovène 40 camions", "liefert der Slowakei 15 Leopard", and a
            # sale to a donor: "va vendre aux États-Unis 48 missiles", "verkauft den USA 300.000
            # Granaten", "sells the United States 48 missiles"; German verb-last: "dass Seoul den
            # USA 300.000 Granaten verkauft"
            return True
    return False


# Where a clause ends: a comma or semicolon before a word, unless a relative clause opens
# that tells where the things go on to ("to Poland, which will pass them to Ukraine").
# (nor does a beneficiary told after a comma: "versé 3 milliards à la Facilité européenne pour
# la paix, au profit de l'armée ukrainienne", "..., for the benefit of Ukraine's army", "...,
# zugunsten der ukrainischen Armee": the money's clause runs on to its beneficiary)
_CLAUSE_END = lazy(
    r"[,;]\s+(?!(?:which|who|that|where|qui|dont|ou|die|der|das|den|welche\w*|au profit|en faveur|"
    r"for the benefit|zugunsten)\b)"
)
# A purpose of replacing stock opened after the things (folded text): "to replace", "in order to
# replenish", "pour remplacer", "afin de reconstituer", "um ... zu ersetzen", "damit ... ersetzt".
# Only a replacing verb: any other purpose ("to Poland in order to get them to Ukraine faster",
# "afin de les faire parvenir à l'Ukraine") may be the way to Ukraine itself.
_REPLACING = r"(?:replace|replenish|restock|refill|backfill|make up for|remplacer|reconstituer|compenser|recompleter)"
_PURPOSE_AFTER = lazy(
    rf"\s(?:(?:in order )?to|pour|afin de) {_REPLACING}\b|"
    r"\sum (?:[\w-]+ ){0,6}zu ersetzen\b|\sdamit (?:[\w-]+ ){0,8}(?:ersetz\w*|aufgefullt|auffull\w*)\b"
)


# (folded text: the purpose right before the thing it replaces, "to replace the 49 older")
_REPLACED_BEFORE = lazy(rf"\b(?:(?:in order )?to|pour|afin de) {_REPLACING}\s+(?:[\w'-]+\s+){{0,3}}?(?:[\d.,]+\s+)?$")


def _ukraine_in_the_clause(folded: str, start: int, end: int, item: Item, parties: Parties) -> bool:
    """Whether Ukraine is named in the clause of the item (the sentence from the last
    clause end before the item to the next after it). The clause ends are found by one scan
    of the sentence for all its items (sentence_scans.py: a list of thousands of things
    rescanned the sentence for each)."""
    if not parties.ukraine:
        return False
    low = last_end_before(_CLAUSE_END, folded, start, item.start, end)
    if low is None:
        low = start
    following = search_after(_CLAUSE_END, folded, item.end, start, end)
    high = following.start() if following is not None else end
    # (a purpose told after the things ends their clause: "the sale of 49 tanks to Australia
    # to replace the M1A1s Canberra gave Ukraine" sells to Australia; Ukraine is the reason)
    purpose = search_after(_PURPOSE_AFTER, folded, item.end, low, high) if item.end <= high else None
    if purpose is not None:
        high = purpose.start()
    return any(low <= s < high for _, s, _ in parties.ukraine)


# A swap ("Ringtausch"): one country gives another its tanks, which gives Ukraine its older
# ones. The leg to the partner is told in a clause of its own, cut off by a comma, a
# semicolon or the swap's words ("im Gegenzug", "in exchange for", "en échange"). (Folded text.)
_SWAP = guarded(
    r"\b(?:\w*ringtausch\w*|im gegenzug|dafur|in exchange|in return|swaps?|en echange|en contrepartie|"
    r"echange (?:de|des|d')|tauschgeschaft\w*)\b",
    ("ringtausch", "gegenzug", "dafur", "exchange", "in return", "swap", "echange", "contrepartie", "tauschgeschaft"),
)
_SWAP_RELATIVE = lazy(r"\s*,\s*(?:qui|que|which|that|die|der|das|den)\b")
_VERB_SECOND = lazy(r"\s+(?:hat|hatte|haben|hatten|wird|werden|soll|sollen|will|gibt|gab|liefert|lieferte|schickt|ist|sind)\b")
# "in exchange for" in the three languages: it ends a swap's clause, and what follows it is
# what the partner gets back.
_IN_RETURN_FOR = r"in exchange for|in return for|en echange (?:de|des|d')|en contrepartie (?:de|des|d')"
_SWAP_CLAUSE_BREAK = lazy(
    rf"[,;]|\b(?:im gegenzug|{_IN_RETURN_FOR}|"
    r"and|und|et|while|wahrend|tandis que|alors que)\b"
)


# What a swap's partner is given for its gift is told right after "in exchange for" ("en
# échange de véhicules Marder", "im Gegenzug für"), or received in a clause naming no
# Ukraine ("will receive 15 Leopard tanks from Germany in return", "gets German tanks in
# return", "recevra des Marder"). (Folded text.)
_PAID_IN_RETURN_BEFORE = lazy(
    rf"\b(?:{_IN_RETURN_FOR}|im gegenzug fur|"
    r"als ersatz fur)\s*(?:[\w'-]+\s+){0,4}$"
)
_RECEIVED_IN_RETURN = lazy(
    r"\b(?:receives?|received|gets?|got|obtains?|erhalt\w*|bekommt|bekommen|recevr\w*|recoit|recoivent|obtient|"
    r"obtiendr\w*)\b"
)


# The partner as a French dative pronoun before the giving verb, in a swap's clause naming no
# Ukraine: "l'Allemagne lui fournira en contrepartie 14 Leopard" (folded text).
_GIVEN_TO_THE_PARTNER = lazy(
    r"\b(?:lui|leur) (?:(?:a|ont|va|vont|avait) )?(?:fourni\w*|livr\w*|donn\w*|cede\w*|remet\w*|remis|envoi\w*|"
    r"enverr\w*|transfer\w*)\b"
)


# (folded text: a sentence opening on Ukraine, Kyiv or its president, a dateline not counted)
_UKRAINE_OPENING = lazy(
    r"\s*(?:[^.();]{0,40}\([^)]{0,40}\)\s*-\s*)?(?:l'|le president |president )?"
    r"(?:ukraine|kiev|kyiv|zelensky\w*|volodymyr zelensky\w*)\b(?! \()"
)


def _ukraine_led_before(folded: str, start: int) -> bool:
    """Whether the sentence before `start` opens on Ukraine as its subject."""
    low = max(0, start - 300)
    opening = max(folded.rfind(". ", low, max(low, start - 2)), folded.rfind("; ", low, max(low, start - 2)))
    if opening < 0 and low > 0:
        return False
    return _UKRAINE_OPENING.match(folded, opening + 2 if opening >= 0 else 0, start) is not None and start > 0


def _swapped_to_a_donor(sentence: Sentence, item: Item, parties: Parties) -> bool:
    """Whether the item is a swap's leg to a partner: the sentence tells a swap, and the
    item's clause names no Ukraine but a partner receiving, after the item ("15 Leopard
    to Slovakia") or as the second of two donors before it, giver and receiver ("liefert
    Tschechien 14 Leopard", "gibt Deutschland der Slowakei", "will give Slovenia 40 trucks")."""
    folded, start, end = sentence.folded, sentence.start, sentence.end
    if not _SWAP.search(folded, start, end):
        return False
    if not parties.ukraine:
        # a swap's partner leg told in a sentence of its own, the partner as a pronoun:
        # "...; l'Allemagne lui fournira en contrepartie 14 Leopard 2A4"
        # ("L'Ukraine donnera aux États-Unis l'accès à ses minerais. En échange, Washington lui
        # fournira ...": "lui" is Ukraine, the subject of the sentence before; a deal with Kyiv)
        return _GIVEN_TO_THE_PARTNER.search(folded, start, item.start) is not None and not _ukraine_led_before(
            folded, start
        )
    dateline = DATELINE.match(sentence.full, start, end)  # ("BERLIN (dpa) -" names no party)
    low = max((m.end() for m in _SWAP_CLAUSE_BREAK.finditer(folded, start, item.start)),
              default=dateline.end() if dateline else start)
    following = _SWAP_CLAUSE_BREAK.search(folded, item.end, end)
    if following is not None and folded[item.end : following.start()].isspace() or (
        following is not None and following.start() == item.end
    ):
        relative = _SWAP_RELATIVE.match(folded, following.start())
        if relative is not None and not any(
            0 <= s - relative.end() <= 1 and _VERB_SECOND.match(folded, e) for _, s, e in parties.donors
        ):
            # ("..., die Slowakei hat ...": an article, its country the subject of a main
            # clause, its verb second; "..., die Bratislava an die Ukraine geliefert hat")
            # "für die 30 BMP-1, die Bratislava an die Ukraine geliefert hat": the relative
            # clause right after the item is the item's own
            following = _SWAP_CLAUSE_BREAK.search(folded, following.end(), end)
    high = following.start() if following is not None else end
    if any(low <= s < high for _, s, _ in parties.ukraine):
        return False
    if _PAID_IN_RETURN_BEFORE.search(folded, max(start, item.start - 60), item.start):
        return True  # "..., en échange de véhicules Marder fournis par l'Allemagne"
    if _RECEIVED_IN_RETURN.search(folded, low, item.start):
        return True  # "..., will receive 15 Leopard tanks from Germany in return"
    if _GIVEN_TO_THE_PARTNER.search(folded, low, item.start) and _SWAP.search(folded, low, high):
        return True  # "; l'Allemagne lui fournira en contrepartie 14 Leopard": the partner named by a pronoun
    # (donors, not groups: "gibt Deutschland der Slowakei" reads as one group)
    before = {code for code, s, e in parties.donors if low <= s and e <= item.start}
    return len(before) >= 2 or _sent_to_a_donor(folded, item, [d for d in parties.donors if low <= d[1] < high])


# The worth of what is sent, told between the things and where they go: "worth $1.1
# billion", "im Wert von 950 Millionen Euro", "d'une valeur de 2 milliards d'euros" (its
# figures and currency signs are no plain words, and it is longer than the three allowed).
_WORTH = (
    r"(?i:(?:worth|valued at|im wert von|in hohe von|d'une valeur de|pour)\s+(?:about |around |rund |environ )?"
    r"(?:[a-z]{0,2}\$|€|£)?\s?\d[\d.,]*\s*(?:million|billion|bn|mln|millions?|milliards?|millionen|milliarden|mio\.|mrd\.)?"
    r"(?:\s+(?:dollars?|euros?|d'euros|de dollars|pounds|kronor|crowns|kronen|couronnes|de couronnes))?\s+)"
)
# What is sent "to" a donor country goes there: "to Poland", "nach Polen", "à la Pologne".
_TO_A_PLACE = lazy(
    r"\s+(?:(?:[\w-]+\s+){0,2}?" + _WORTH + r"|(?:[\w-]+\s+){0,3}?)(?:to|nach|an|a|au|aux|vers)\s+(?:the |la |le |les |l'|die )?$"
)

# ... unless the donor word names an initiative: "to the Czech-led ammunition initiative", or
# owns NATO's PURL, which buys for Ukraine alone ("to NATO's PURL", "to NATO's new PURL").
_AN_INITIATIVE_AFTER = lazy(
    r"\s*-?\s*(?:led|backed|run)\b|(?:\s+[\w-]+){0,2}\s+(?:initiative|coalition|fund|mechanism|programme|program)\b|"
    r"(?:'s)?(?:\s+[\w-]+)?\s+purl\b"
)


def _sent_to_a_donor(folded: str, item: Item, donors: list[tuple[str, int, int]]) -> bool:
    """Whether a donor country stands as the destination right after the item (in a
    sentence that names no Ukraine)."""
    return any(
        item.end < s <= item.end + 80 and _TO_A_PLACE.fullmatch(folded, item.end, s)
        and not _AN_INITIATIVE_AFTER.match(folded, e)
        and not _BOUGHT_FROM_BEFORE.search(folded, max(item.end, s - 20), s)
        for _, s, e in donors
    )


# (folded text, right before the donor: the things bought from it, the French "acheter à" naming the
# seller, "un système NASAMS acheté aux États-Unis", "achetés à l'Allemagne": where they came from,
# not where they go)
_BOUGHT_FROM_BEFORE = lazy(r"\b(?:achete(?:e|s|es)?|achetait|achetaient|commande(?:e|s|es)?)\s+(?:a|au|aux)\s+(?:la |le |les |l')?$")


# ... and so does what is sent to a country named by no entity list ("delivered IRIS-T
# systems to Egypt", "à l'Égypte", "nach Ägypten"): a proper name right after "to" in a
# sentence that names no Ukraine. Read on the text as written, where a name is
# capitalised. German "an" is left out: its nouns are capitalised too ("an Verbündete").
_TO_A_NAME = lazy(
    r"[\w-]*\s+(?:(?:[\w-]+\s+){0,2}?" + _WORTH + r"|(?:[\w-]+\s+){0,3}?)(?:to|nach|à|au|aux|vers)\s+(?:the\s+|la\s+|le\s+|les\s+|l'|l’)?"
    # (an organisation's members are no country: "le remboursement ... aux États membres")
    r"(?!(?:États|Etats|Member)\s+(?:membres|States)\b)[A-ZÀ-ÖØ-Þ][\w-]"
)
_UKRAINE_WORD = lazy(r"ukrain|kyiv|kiev|kiew|kyjiw")
# NATO's PURL (the Prioritized Ukraine Requirements List) as where the money goes: "to NATO's
# PURL", "to the PURL initiative", "to PURL". The scheme buys for Ukraine only, so a sum paid
# into it is aid to Ukraine even where the sentence names no Ukraine ("to NATO" alone is not).
_PURL_NAMED = lazy(r"(?i:(?:[\w'’-]+\s+){0,2}?purl\b)")
# An English headline in title case capitalises its small words ("To", "For", "With").
_TITLE_CASE_WORD = lazy(r"\s(?:To|For|Of|And|In|On|With|Will|After|As|Is|Are|From|By|At|More|New)\s")


def _sent_elsewhere(full: str, start: int, end: int, item: Item, donors: list[tuple[str, int, int]]) -> bool:
    """Whether the item goes to a country named by no list (see _TO_A_NAME). A headline
    in title case ("Germany To Send Tanks To Bolster Defences") says nothing this way."""
    match = _TO_A_NAME.match(full, item.end, min(end, item.end + 100))
    if match is None or any(s <= match.end() - 2 < e for _, s, e in donors):
        return False
    if _UKRAINE_WORD.match(full[match.end() - 2 : match.end() + 8].lower()):
        return False  # (Ukraine, whatever names the entity lists give it)
    if _PURL_NAMED.match(full, match.end() - 2, min(end, match.end() + 40)):
        return False  # (NATO's PURL buys for Ukraine alone: a payment into it is aid to Ukraine)
    return _TITLE_CASE_WORD.search(full, start, end) is None


# Private buyers are no givers: "a charity foundation said it had bought", "volunteers
# bought", "eine Stiftung hat ... gekauft" (the state that pays is named otherwise).
_PRIVATE_BUYER = lazy(
    r"\b(?:charit\w*|foundation|volunteers?|crowdfund\w*|fundrais\w*|donors|veterans|citizens|diaspora|"
    r"stiftung\w*|freiwillig\w*|spender\w*|spendenaktion\w*|fondation|association|benevoles|citoyens|cagnotte)\b"
)
