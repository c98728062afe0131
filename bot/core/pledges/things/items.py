"""Items in a sentence: item words grouped into noun phrases ("munitions pour les
chars Gepard" is one item, "artillery, armoured vehicles and tanks" three), each with the
count before it; a system's own ammunition, names of initiatives that are not items,
what money pays for, and "the first k of N promised"."""

from __future__ import annotations

from bisect import bisect_left

from bot.core.pledges.money.promised_sums import RELATIVE_PROMISE
from bot.core.pledges.passes.records import VAGUE, Item, Mention
from bot.core.pledges.quantities.numbers import NOT_THE_OLD_FIGURE, Count
from bot.core.pledges.quantities.ranges import count_range_lower, dashed_range_end
from bot.core.pledges.status.condition_clauses import ONCE
from bot.core.pledges.things.item_words import NAMED_FUND_PAID_INTO, SERVICE_WORDS
from bot.core.text.lazy_pattern import lazy

# The words that tell the total after the first ones arrived: "the first two F-16s out of
# a total of 30", "les six premiers F-16 sur les 19 promis", "die ersten zwei F-16 von
# insgesamt 30 zugesagten" (see first_of_total; folded text).
# (only the words that name a total end a noun phrase: "of the", "sur les", "der" join
# many a phrase, and are read as a total only after "the first ones", see _TOTAL_AFTER)
TOTAL_AFTER_WORDS = r"out of a total of|of a total of|d'un total de|sur un total de|von insgesamt|aus insgesamt"

# Between two words of one noun phrase: up to four short words, no comma or "and".
_PHRASE_GAP = lazy(
    r"^(?:\s*(?:-|'|’)?\s*"
    # (a clause opened by "while", "tandis que", "während" is another giver's; "ainsi
    # que" joins two things as "as well as" does)
    # (nor do a swap's two legs: "30 T-72 tanks in exchange for Leopard 2 tanks", "en
    # échange de", "im Gegenzug für" end the thing given and tell what is got back)
    # (nor do the members of a negated pair: "ni chars ni missiles", "neither tanks nor jets",
    # "weder Panzer noch Raketen")
    r"(?!(?:and|et|und|or|ou|oder|sowie|as|ainsi|plus|but|mais|aber|while|whilst|whereas|tandis|wahrend|"
    r"ni|nor|noch|exchange|return|echange|contrepartie|gegenzug|"
    # (nor do a thing and what it replaces: "Abrams sale to replace tanks Australia gave Ukraine",
    # "pour remplacer les chars", "um die Panzer zu ersetzen" tell the backfill and the gift apart)
    r"replace|replenish|restock|refill|backfill|remplacer|reconstituer|compenser|recompleter|ersetzen|ersatz|"
    # (nor does a clause of time opened after the thing, whose things given_items reads as awaited,
    # not given: "12 hélicoptères Mi-24 dès que ses nouveaux hélicoptères américains seront
    # arrivés", "20 tanks once its new ones arrive", "10 obusiers dès l'arrivée de ses canons
    # français", "Panzer sobald die neuen deutschen Fahrzeuge": what the donor gets back is no part
    # of what it gives)
    r"sobald|des que|des l'arrivee)\b|" + ONCE + r"\b"
    # (nor does the total the first ones are part of: "die ersten zwei F-16 von insgesamt
    # 30 zugesagten Jets", "two F-16s out of a total of 30 jets" tell two things)
    r"|" + TOTAL_AFTER_WORDS + r"\b)"
    r"[\w'’-]{0,16}){0,4}\s*$"
)
# What _PHRASE_GAP can consume at all. Each of its four rounds takes at most a mark
# and a word of 16 characters, and no word spans white space: a gap with other
# characters, more than four words or more than 4 x 17 characters besides white
# space is no phrase gap, found without the pattern's slow backtracking.
_PHRASE_GAP_CHARS = lazy(r"[\s\w'’-]*")
_WORD_CHAR = lazy(r"\w")
_PHRASE_GAP_MAX_CHARS = 4 * 17


# German puts what a thing is for, with that thing's own giver, before it: "Granaten für die von Dänemark
# gelieferten Haubitzen" is one noun phrase, the shells, as "shells for the howitzers delivered by Denmark" is
# (the agent is the howitzers' giver, not the shells': givers.donors_for). Five words, one more than _PHRASE_GAP's.
_FOR_THINGS_WITH_AGENT_GAP = lazy(
    r"\s+fur\s+(?:die|den|der|dem|diese|ihre|seine)\s+(?:bereits\s+|schon\s+)?von\s+(?:der\s+|den\s+|dem\s+)?[\w-]+\s+"
    r"(?:ge\w+t|uberlassen|ubergeben)(?:e|en|er|es|em)\s+$"
)


# Where a thing was made, told between it and what it is for, is part of its phrase: "munitions de
# fabrication suisse pour les chars Gepard", "ammunition made in Switzerland for the Gepard tanks",
# "Munition aus Schweizer Produktion für die Flugabwehrpanzer" (review 62: the Gepard is what the
# ammunition is for, no thing of its own). Folded text, at the gap's start.
_MADE_WHERE = lazy(
    r"\s*(?:de fabrication [\w-]+|de production [\w-]+|made in (?:the )?[\w-]+|produced in (?:the )?[\w-]+|"
    r"aus (?:[\w-]+ )?(?:produktion|herstellung|fertigung))(?=\s+(?:pour|for|fur)\b)"
)


def _in_one_phrase(gap: str) -> bool:
    """Whether the text between two item words keeps them in one noun phrase."""
    if _FOR_THINGS_WITH_AGENT_GAP.fullmatch(gap):
        return True
    if (made_where := _MADE_WHERE.match(gap)) is not None:
        gap = gap[made_where.end() :]
    if _PHRASE_GAP_CHARS.fullmatch(gap) is None:
        return False
    pieces = gap.split()
    if len(pieces) > 4 and sum(1 for piece in pieces if _WORD_CHAR.search(piece)) > 4:
        return False
    if len(gap) > _PHRASE_GAP_MAX_CHARS and len("".join(pieces)) > _PHRASE_GAP_MAX_CHARS:
        return False
    return _PHRASE_GAP.match(gap) is not None


# A name spelled out then abbreviated in brackets is one item: "... Rocket Systems (HIMARS)".
_ACRONYM_GAP = lazy(r"\s*\(\s*")
_FOR_PURPOSE = lazy(
    # (an amount converted in brackets stays the amount: "1.5 billion crowns ($140
    # million) to buy drones")
    r"(?:\s*\([^()]{1,30}\))?"
    # (the time the sum is spent in may stand between: "£2.3bn next year on air defence", "over
    # the next three years for", "im kommenden Jahr für", round 52r)
    r"(?:\s+(?:next|this|each|every|per|a) (?:year|month|week)|\s+over (?:the next )?(?:[\w-]+ )?(?:years|months)|"
    r"\s+(?:in|by) (?:19|20)\d\d|\s+(?:l'an prochain|cette annee|chaque annee|par an)|"
    r"\s+(?:im kommenden|im nachsten|in diesem|pro|jedes) jahr)?"
    # (the budget the sum is written into may stand between: "4 millions d'euros dans sa réserve
    # budgétaire pour des munitions", "€4 million in its budget reserve for ammunition", "im Haushalt
    # für Munition", round 55)
    r"(?:\s+(?:in (?:its|their|the) (?:budget|reserve)(?: reserve)?|dans (?:son|sa|leur|le|la) (?:budget|reserve)"
    r"(?: budgetaire)?|im (?:haushalt|etat|bundeshaushalt)|in (?:seiner|ihrer|der) (?:haushaltsreserve|reserve)))?"
    # (a participle of pledging or setting aside may stand between the amount and its
    # purpose, as factbox lines and budget sentences tell it: "80 million euros pledged
    # for ammunition", "earmarked for drones", "60 millions d'euros alloués à l'achat de",
    # "promis pour la défense aérienne"; no participle of delivery: money is not shipped)
    r"(?:,?\s*(?:pledged|promised|earmarked|allocated|committed|set aside|approved|granted|budgeted|reserved|"
    r"(?:promis|annonce|alloue|accorde|debloque|octroye|reserve|engage)(?:e?s?)?)\b,?)?"
    # (money left over and moved may stand between: "€200 million left unspent from the eleventh package
    # will be redirected to buying", "150 millions d'euros non dépensés d'un paquet précédent à l'achat
    # de", "Mittel ... umgeschichtet" told the other way round; the purpose after it is the sum's)
    r"(?:\s+(?:left\s+)?(?:unspent|unused)|\s+non (?:depense|utilise|consomme)e?s?|\s+nicht (?:verbraucht|ausgegeben)\w*)?"
    r"(?:\s+(?:from|of|d'un|d'une|du|de la|des|de l'|aus)\s*(?:[\w'-]+\s+){0,4}?"
    r"(?:package|budget|allocation|fund|paquet|enveloppe|fonds|paket|haushalt|mittel)\w*"
    r"(?:\s+(?:precedent|anterieur|previous|earlier|prior|last|vorjahr)\w*)?)?"
    r"(?:,?\s+(?:will be|is to be|are to be|has been|have been|was|were|is being|are being)\s+"
    r"(?:re(?:directed|allocated|assigned|purposed|channell?ed|programmed)|shifted|moved|switched)\s+(?:to|towards|into))?"
    # (the money's kind and its recipient may stand before the programme: "$1.2B in long-term security
    # assistance for Ukraine under the USAI, to buy interceptors", "1,2 milliard de dollars d'aide militaire à
    # long terme pour l'Ukraine dans le cadre de", "1,2 Mrd. Dollar an Militärhilfe für die Ukraine im Rahmen der",
    # stop 63; only before a programme named next)
    r"(?:(?:\s+(?:in|of)\s+(?:(?:long-term|longer-term|new|additional|further)\s+)?(?:security|military) (?:assistance|aid)|"
    r"\s+(?:d'|de\s)\s*(?:aide|assistance) (?:militaire|securitaire)(?: a long terme)?|"
    r"\s+an\s+(?:langfristiger\s+)?(?:militarhilfe|sicherheitshilfe))"
    r"(?:\s+(?:for|pour|fur|a) (?:l'|die )?(?:ukraine|kyiv|kiev|kiew)\b)?"
    r"(?=\s*(?:under|through|via|im rahmen|dans le cadre|au titre)\b))?"
    # (the programme paying may stand between: "$1.2 billion under the Ukraine Security
    # Assistance Initiative to buy interceptors", "im Rahmen der Ertüchtigungsinitiative für")
    # (... or the tranche of it: "a 2 billion euro tranche of the European Peace Facility
    # for", "une tranche de 1,5 milliard au titre de la Facilité européenne pour la paix,
    # destinée à", the French name running on after its noun)
    r"(?:\s*(?:(?:tranche|package|paquet|enveloppe)\s+)?"
    # (... or the way the money goes: "fera transiter 300 millions d'euros par la Facilité européenne
    # pour la paix pour financer", review 55)
    r"(?:under|through|via|from|of|im rahmen|aus|uber|dans le cadre|au titre|de|par) (?:the |der |des |de la |du |de l'|la |le )?"
    r"(?:(?:[\w'-]+ ){0,5}?(?:initiative|facility|fund|programme|program|fonds|facilite|fazilitat|\w*initiative)"
    # (the programme's acronym after its noun or alone: "de l'initiative USAI", "under USAI")
    r"(?: europeenne pour la paix| pour la paix)?(?:\s+(?:usai|purl|epf|fep))?|usai)\s*(?:\([^()]{1,12}\))?,?)?"
    # (... or a fund paid into by a name that tells no kind: "€20m to the European Peace Facility
    # for non-lethal equipment", "€250m into NATO's PURL scheme to buy interceptors": the purpose
    # after it is the sum's own, the lead's ruling of stop 63; item_words.NAMED_FUND_PAID_INTO)
    rf"(?:\s*{NAMED_FUND_PAID_INTO},?)?"
    r"\s*(?:will be used |sollen |seront consacres )?"
    # "for Ukraine" names the recipient, not a purpose ("worth $1bn for Ukraine, including
    # shells"); a purpose may follow it ("for Ukraine to buy shells").
    r"(?:(?:for|pour|fur) (?:l'|die )?(?:ukraine|kyiv|kiev|kiew)\b,?\s*)?"
    # ... and so does "to Ukraine" ("transferred 400 million euros to Ukraine for drones")
    r"(?:(?:to|a|an) (?:l'|die )?(?:ukraine|kyiv|kiev|kiew)\b,?\s*(?=for |pour |fur ))?"
    r"(?!(?:for|pour|fur) (?:l'|die )?(?:ukraine|kyiv|kiev|kiew)\b(?!'s))"
    # A donor refilling its own stocks keeps the sum at home: "$2 billion to replenish U.S.
    # stocks of the missiles sent to Ukraine", "pour reconstituer ses stocks" (no purpose of
    # the gift; "to replenish Patriot interceptors", "to replenish the stocks of the Ukrainian
    # army", "pour reconstituer les stocks d'obus de l'armée ukrainienne" still are).
    r"(?!(?:to (?:replenish|restock|refill)\s+(?:(?:its|their|our|the|(?!(?:ukraine|kyiv|kiev)'s\s)[\w.'-]+)\s+)?"
    r"(?:own\s+)?(?:stocks?|stockpiles?|inventor\w*|arsenals?|reserves|depots?)"
    r"|pour reconstituer\s+(?:ses|leurs|nos|notre|sa|son)\s+(?:propres\s+)?(?:stocks?|reserves|arsenaux|arsenal))\b"
    r"(?!\s+of\s+(?:the\s+)?(?:ukrain\w*|kyiv|kiev)\b))"
    # (a sum "towards" a thing is its share of the price: "1.5 billion crowns towards a new Patriot
    # system", "towards the cost of two IRIS-T systems")
    r"(?:for|pour|fur|towards?|to buy|to purchase|to procure|zum kauf|zur beschaffung|"
    # sent so that Ukraine buys one kind of thing: "$100 million to help Ukraine buy drones",
    # "pour aider l'Ukraine à acheter des drones", "überwiesen, um der Ukraine den Kauf von
    # Munition zu ermöglichen" (several kinds stay the payer's funding: given_items.py); the
    # German verb may stand before the sum, the comma right after it: "überweist 200 Millionen
    # Euro, um der Ukraine den Kauf von Drohnen zu ermöglichen"
    r"to (?:help|enable|allow) (?:ukraine|kyiv|kiev|the ukrainians|ukrainian forces)\s+(?:to\s+)?(?:buy|purchase|procure|acquire|pay for)|"
    r"pour (?:aider|permettre a) (?:l'ukraine|kiev|kyiv|les ukrainiens) (?:a |d')\s*(?:acheter|acquerir|se procurer|financer)|"
    r"(?:\w+)?,?\s*um (?:der ukraine|kiew|kyjiw) (?:den kauf|die beschaffung|den erwerb|die anschaffung) (?:von|der|des)|"
    # spent with a gerund of buying: "will spend $400 million buying drones"
    r"buying|purchasing|acquiring|procuring|"
    # strengthening what Ukraine has: "to strengthen Ukraine's air defence", "pour
    # renforcer la défense aérienne", "zur Stärkung der Flugabwehr"; or refilling its stocks:
    # "sets aside $3 billion to replenish Patriot interceptors", "pour reconstituer"
    r"to (?:strengthen|bolster|boost|reinforce|replenish|restock|refill)|pour (?:renforcer|reconstituer)|"
    r"zur (?:ver)?starkung|"
    # German tells the purpose after the giving verb: "7 Milliarden Kronen geben, um ihre
    # Luftverteidigung zu stärken"
    r"\w+, um (?=(?:die|ihre|deren) )|"
    # spent on things: "will spend 400 million euros on drones" (not a day or a condition)
    r"on (?!(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|top|behalf|condition|the|a|an|its|their)\b)|"
    # ("to pay for" as "to fund": "300 million euros to pay for the production of drones")
    r"pour l'achat|pour acheter|pour financer|to fund|to pay for|a l'achat|a l'acquisition|"
    # a service paid as the sum's object: "finanziert mit 90 Millionen Euro ein Wartungszentrum",
    # "financera à hauteur de 90 millions d'euros un centre de maintenance" (its price, round 52r)
    rf"(?:un|une|ein|eine|einen)\s+(?=(?:{SERVICE_WORDS})\b)|"
    # running a service: "will pay 150 million euros to run a repair centre"
    r"to (?:run|operate|set up|establish|open) (?=an? )|"
    # devoted to a delivery or production: "consacrera 350 millions à la livraison de drones"
    # (or to the upkeep of things: "à la réparation des chars", "à l'entretien des F-16")
    r"a la (?:livraison|fourniture|production|fabrication|reparation|maintenance)|a l'entretien|"
    # ... or to an air defence: "consacrera 100 et 150 millions d'euros à la défense aérienne"
    r"a la (?=defense (?:aerienne|anti-?aerienne|sol-air)\b)|"
    r"to the (?:delivery|supply|production|maintenance|repair|upkeep) of|"
    # the purchase financed right after the amount: "financera à hauteur de 500 millions
    # de dollars canadiens l'achat de drones"
    r"(?:(?:canadiens|americains|australiens|norvegiens|suedois|danois) )?(?:l'(?:achat|acquisition) (?:de|d'|des)|"
    # ... or the training paid for, the training word its item: "financera à hauteur de
    # 200 millions de dollars canadiens la formation de 3 000 soldats"
    r"la (?=formation\b)|"
    # ... or the making of things: "financer à hauteur de 100 millions d'euros la
    # production de drones"
    r"la (?:production|fabrication) (?:de |d'|des ))|"
    # ... in German after "finanziert mit 100 Millionen Euro": "die Produktion von"
    r"die (?:produktion|herstellung|fertigung) (?:von|der|des)|"
    # spent on the making or buying of things: "will spend 100 million euros on the
    # production of drones"; devoted to things: "consacrer 100 millions à des munitions"
    r"on the (?:production|manufacture|purchase|procurement|development) of|a des (?=\w)|"
    # a purpose told as what the sum is meant for: "..., destinée à l'achat de munitions"
    r"destine\w* (?:a|aux?)|"
    # a share told after the amount: "of which €400 million is for drones", "dont 400
    # millions sont destinés aux drones", "davon 400 Millionen für Drohnen"
    r"(?:is|are|will be|goes|go|will go) (?:earmarked |set aside |used )?(?:for|towards)|"
    # ... or told as what it pays for: "200 million euros will pay for shells"
    r"(?:will |would |is to |are to )?pay(?:s)? for|"
    r"(?:est|sont|seront|sera) (?:destine\w*|consacre\w*|reserve\w*) (?:a|aux?)|"
    # paying so that Ukraine buys: "50 Millionen Euro, damit sie Drohnen kaufen kann"
    r",? ?damit (?:sie|die ukraine|kiew|kyjiw)|,? ?so (?:that )?(?:it|ukraine|kyiv) can (?:buy|purchase)|"
    r",? ?(?:pour|afin) que (?:l'ukraine|kiev) (?:puisse )?ach\w+|"
    # a share in paying: "beteiligt sich mit 100 Millionen Euro an der Finanzierung von"
    # a sum for aid of a kind the things after it exemplify: "beteiligt sich mit 20 Millionen Euro an
    # nicht-tödlicher Hilfe wie Schutzwesten", "for non-lethal aid such as", "pour une aide non létale
    # comme" (the things are what the sum pays for)
    r"(?:for|pour|an|fur) (?:(?:une|de l'|der|die|den) )?(?:[\w-]+ ){0,2}"
    r"(?:aid|assistance|equipment|support|aide|equipements?|materiel|hilfe|ausrustung|unterstutzung)\w*,? "
    r"(?:such as|including|like|comme|notamment|tels? que|telles? que|wie|etwa|darunter)(?= )|"
    r"an der finanzierung|zur finanzierung|au financement|to the (?:funding|financing|purchase) of|"
    r"towards (?:the )?(?:purchase|funding|financing|cost))\b"
)


# Between two items one amount pays for together: "NOK 1 billion for air defence and
# ammunition", "pour des obus et des drones".
_AND_ANOTHER = lazy(
    r"\s*(?:,|and|et|und|sowie|as well as|plus)\s+(?:(?:the|des|de|du|la|le|les|l'|die|der|den|von|of|for|pour|fur)\s*)*"
)
_AND_ANOTHER_COUNTED = lazy(
    r"\s*(?:,|and|et|und|sowie|as well as|plus)\s+(?:(?:the|des|de|du|la|le|les|l'|die|der|den|von|of|for|pour|fur)\s*)*"
    r"[\w.,-]+\s+(?:[\w-]+\s+)?"
)


# An amount told as a quantity of things: "€300 million of long-range drones", "$300
# million in air defence", "300 millions d'euros de drones", "300 Millionen Euro an
# Munition": the thing must follow at once (two words at most before its name), since
# "in" and "of" also begin "in the coming weeks" and "of which".
# A package of one kind of thing is that thing too: "a $500 million package of air
# defence equipment", "un paquet de 300 millions d'euros de munitions".
_OF_THINGS = lazy(
    # ("10 million euros' worth of artillery ammunition": the worth of the things)
    r"(?:'s?)?\s+(?:worth\s+)?(?:(?:package|batch|tranche|paquet|lot|enveloppe|paket)\s+)?"
    # (German "mit" only after the package's word: a sum "mit" things, "ein Paket über 300 Millionen Dollar mit
    # Stinger-Raketen", is the package's money with its contents beside it, as "a $300 million package with" and
    # "including Stinger missiles" are, and the real set labels a package's sum and its things apart)
    r"(?:(?:of|in|de|an|(?<=paket )mit)(?!\w)|d')\s*(?!which\b|whom\b)(?:[\w-]+\s+){0,2}?"
)


# (folded text, right after a sum) its conversion in brackets: "(about US$360 million)", "(environ 1,2 milliard
# d'euros)", "(rund 560 Mio. Euro)"
# (room for "(environ 145 millions de dollars américains)", 31 characters after its figure)
_CONVERSION_AFTER = lazy(r"\s*\((?:about|around|roughly|some|approximately|environ|soit|pres de|rund|etwa|ca\.)?[^()]{0,40}?\d[^()]{0,45}\)")


def items_paid_for(folded: str, money: Item, items: list[Item]) -> list[Item]:
    """The items an amount pays for, when it is followed by a purpose word and then a
    precise item within a few words, with no other amount between ("€20 million for the
    purchase of FPV drones"), or by the item itself ("€300 million of drones"), and the
    items listed with that one ("for air defence and ammunition"); else none."""
    # (a conversion in brackets right after the sum is the same money: "200 millions de dollars canadiens
    # (environ 145 millions de dollars américains) pour l'achat de munitions", review 64)
    conversion = _CONVERSION_AFTER.match(folded, money.end)
    money_end = conversion.end() if conversion else money.end
    purpose = _FOR_PURPOSE.match(folded, money_end)
    if purpose is None and (promise := RELATIVE_PROMISE.match(folded, money.end)) is not None:
        purpose = _FOR_PURPOSE.match(folded, promise.end())  # "the €1.2 billion Madrid pledged for"
    if purpose is not None:
        first = next(
            (i for i in items
             if i.category not in VAGUE and i.value is None and purpose.end() <= i.start <= purpose.end() + 60),
            None,
        )
    else:
        first = next(
            (i for i in items
             if i.category not in VAGUE and i.value is None and money.end < i.start <= money.end + 40
             and _OF_THINGS.fullmatch(folded, money.end, i.start)),
            None,
        )
    if first is None:
        return []
    paid = [first]
    for item in items:
        if item.start >= paid[-1].end and item.category not in VAGUE:
            # (counted things listed: "20 drones and five radars", the next one's count between)
            counted = paid[-1].quantity is not None and item.quantity is not None
            if not (_AND_ANOTHER_COUNTED if counted else _AND_ANOTHER).fullmatch(folded, paid[-1].end, item.start):
                break
            paid.append(item)
    # (aid of a kind the things exemplify, "an nicht-tödlicher Hilfe wie Schutzwesten und
    # Minenräumgeräten", is that one kind bought when they are all of it: the sum is its worth,
    # while "a package of shells and rockets" stays the payer's money beside them)
    if (
        len(paid) > 1 and purpose is not None and _EXEMPLIFIED.search(folded, purpose.start(), paid[0].start)
        and len({i.category for i in paid}) == 1 and all(i.quantity is None for i in paid)
    ):
        return paid[:1]
    return paid


_EXEMPLIFIED = lazy(
    r"\b(?:such as|including|like|comme|notamment|tels? que|telles? que|wie|etwa|darunter)\s+(?:(?:the|des|les|de|die|der)\s+)?$"
)


# An amount told after the purchase it pays for: "financer l'achat de drones pour
# l'Ukraine à hauteur de 400 millions", "fund the purchase of drones to the tune of
# $100 million", "den Kauf von Drohnen in Höhe von 100 Millionen Euro". (Folded text.)
# German pays "mit" a sum for what it finances ("finanziert die Entwicklung ukrainischer
# Drohnen mit 300 Millionen Euro"), the making or developing of a thing named as its
# purchase is ("die Entwicklung ukrainischer Drohnen", "the development of drones"; the
# genitive needs no preposition).
_AMOUNT_OF_BEFORE = lazy(
    r"(?:a hauteur de|pour un montant (?:total )?de|to the tune of|for a total of|worth|in hohe von|im umfang von|"
    r"\bmit)\s*$"
)
_PURCHASE_OF = lazy(
    r"\b(?:achat|acquisition|purchase|procurement|kauf|ankauf|beschaffung)\s+(?:de |d'|des |du |of |von |der |des )|"
    r"\b(?:development|developpement|entwicklung|production|produktion|herstellung)\s+(?:de |d'|des |du |of |von |der )?"
)


def items_bought_before(folded: str, sentence_start: int, money: Item, items: list[Item]) -> list[Item]:
    """The one precise item a purchase named before the amount buys, when the amount is
    told as its sum ("l'achat de drones ... à hauteur de 400 millions"); else none."""
    # (the longest opener, "pour un montant total de ", is 25 characters)
    if not _AMOUNT_OF_BEFORE.search(folded, max(sentence_start, money.start - 32), money.start):
        return []
    purchase = None
    for found in _PURCHASE_OF.finditer(folded, max(sentence_start, money.start - 120), money.start):
        purchase = found
    if purchase is None:
        return []
    bought = [i for i in items if purchase.end() <= i.start and i.end <= money.start]
    if len(bought) != 1 or bought[0].category in VAGUE or bought[0].value is not None:
        return []
    return bought


# The name of an initiative, coalition or meeting is not an item: "im Rahmen der
# Initiative zur Luftverteidigung ... Drohnen", "under the air defence coalition,
# Norway will fund drones", "la coalition blindés". A category word inside such a name
# gives way when the sentence names another kind of thing, which is what is given.
_FRAMEWORK_BEFORE = lazy(
    r"\b(?:initiative|coalition|koalition|programme|program|programm|mechanism|mecanisme|format|"
    r"contact group|kontaktgruppe|groupe de contact|capability coalition|allianz|alliance)"
    # a word between the name and the item only after a preposition ("coalition pour la
    # défense aérienne"): "über die PURL-Initiative amerikanische Patriot" buys Patriots
    # (and a nationality before that preposition: "l'initiative tchèque sur les munitions", review 55)
    r"\s+(?:(?:[\w-]+\s+)?(?:for|on|of|zur|zum|fur|der|des|de|du|pour|sur|de la|d')\s+(?:[\w-]+\s+)?)?$"
)
_FRAMEWORK_WORD = lazy(r"initiative|coalition|koalition|program|mechanism|mecanisme|format|group|gruppe|allian")
_BRACKETED_AFTER = lazy(r"\s*\([^()]*")
_FRAMEWORK_AFTER = lazy(
    r"\s*(?:-\s*)?(?:initiative|coalition|koalition|capability coalition|programme|program|mechanism|format)\b"
)


def without_framework_names(folded: str, items: list[Mention]) -> list[Mention]:
    if not items or not _FRAMEWORK_WORD.search(folded, max(0, items[0].start - 40), items[-1].end + 40):
        return items  # (most sentences name no initiative: one search says so)
    named = [
        i for i in items
        if i.category not in VAGUE and (
            _FRAMEWORK_BEFORE.search(folded, max(0, i.start - 40), i.start)
            or _FRAMEWORK_AFTER.match(folded, i.end)
            or folded.endswith(("initiative", "koalition"), i.start, i.end)
        )
    ]
    if not named:
        return items
    # ... and so is its translation or acronym in brackets after it: "Initiative zur
    # Luftverteidigung (Enduring Action on Air Defence)".
    named += [
        i for i in items
        if i not in named and any(n.end <= i.start and _BRACKETED_AFTER.fullmatch(folded, n.end, i.start) for n in named)
    ]
    # The name gives way to anything the sentence names outside it, also of its own kind:
    # "allowed the Netherlands to lead the tank coalition, and Berlin will send 10 Leopard
    # tanks" gives the Leopards, not a coalition.
    if not any(i.category not in VAGUE and i not in named for i in items):
        # ... and, naming nothing else, a coalition named by its lead nation gives nothing by
        # its name: "Members of the Latvian-led drone coalition announced new contributions",
        # "Die von Litauen geführte Entminungskoalition hat ... angekündigt" (the lead nation
        # leads what its members give; its own things are told apart)
        if any(_LED_BEFORE.search(folded, max(0, i.start - 30), i.start) or _LED_AFTER.match(folded, i.end) for i in named):
            return [i for i in items if i not in named]
        return items
    return [i for i in items if i not in named]


# (folded text right before the thing that names a coalition: its lead nation, "Latvian-led
# drone coalition", "von Litauen geführte Entminungskoalition", "UK-led")
_LED_BEFORE = lazy(r"(?:-led|\bgefuhrte[nmrs]?)\s+$")
# (... or right after it: "la coalition des drones menée par la Lettonie", "led by Latvia")
_LED_AFTER = lazy(r",?\s+(?:menee|dirigee|conduite|pilotee|led|headed|angefuhrt|gefuhrt|geleitet) (?:par|by|von)\b")


# A system named as the base another is built on is no thing given: "Skyranger mounted on
# Leopard 1 chassis", "sur châssis de Leopard 1", "auf dem Fahrgestell des Leopard 1",
# "auf Leopard-1-Wannen" (folded text, right after the name or right before it).
_PLATFORM_AFTER = lazy(r"-?\s*(?:chassis|hulls?|platforms?|fahrgestell\w*|wannen?)\b")
_PLATFORM_BEFORE = lazy(
    r"\b(?:chassis|hulls?|fahrgestell\w*|wannen?)\s+(?:of\s+(?:the\s+)?|de\s+(?:la\s+|l')?|du\s+|des\s+|der\s+)?$"
)


# ... and so is a system that names a place of training: "the F-16 training centre", "im
# Leopard-Ausbildungszentrum", "au centre de formation F-16" (what is learnt there is the
# training, the jets are not given by it).
_TRAINING_PLACE_AFTER = lazy(
    r"-?\s*(?:(?:training|pilot|crew|flight)\s+(?:centres?|centers?|schools?|bases?|hubs?|academy|academies|camps?)|"
    r"ausbildungs(?:zentrum|zentren|stutzpunkt\w*|basis|lager|schule\w*|standort\w*))\b"
)
_TRAINING_PLACE_BEFORE = lazy(
    r"\b(?:centres?|ecoles?|bases?|camps?) (?:de formation|d'entrainement|d'instruction|de pilotage)"
    r"(?: (?:des|du|de la|aux|au|sur)| (?:sur )?(?:les|le))?\s+$"
)


def without_platforms(folded: str, items: list[Mention]) -> list[Mention]:
    """The mentions without the systems named as the base of another ("Skyranger on
    Leopard 1 chassis"), the chassis being part of what is given, not a gift of its kind,
    and without those naming a training place ("the F-16 training centre")."""
    kept = [
        i for i in items
        if i.category in VAGUE or i.category == "training" or not (
            _PLATFORM_AFTER.match(folded, i.end) or _PLATFORM_BEFORE.search(folded, max(0, i.start - 30), i.start)
            or _TRAINING_PLACE_AFTER.match(folded, i.end)
            or _TRAINING_PLACE_BEFORE.search(folded, max(0, i.start - 40), i.start)
        )
    ]
    # The place's own training word gives way to the training told after it ("at the
    # training centre ..., Norway is training 12 pilots"): that one has the trainees.
    return [
        i for i in kept
        if not (i.category == "training" and _a_training_place(folded, i)
                and any(o.category == "training" and o.start > i.end for o in kept))
    ]


_PLACE_AFTER_TRAINING = lazy(r"\s+(?:centres?|centers?|schools?|bases?|hubs?|academy|camps?)\b")
_PLACE_BEFORE_TRAINING = lazy(r"\b(?:centres?|ecoles?|bases?|camps?) (?:de |d')$")
_TRAINING_PLACE_WORD = lazy(r"ausbildungs(?:zentrum|zentren|stutzpunkt\w*|basis|lager|schule\w*|standort\w*)")


def _a_training_place(folded: str, item: Mention) -> bool:
    """Whether the training word names a place: "training centre", "Ausbildungszentrum",
    "centre de formation"."""
    return bool(
        _PLACE_AFTER_TRAINING.match(folded, item.end)
        or _PLACE_BEFORE_TRAINING.search(folded, max(0, item.start - 12), item.start)
        or _TRAINING_PLACE_WORD.fullmatch(folded, item.start, item.end)
    )


# A system's own ammunition told with it belongs to that record: "18 HIMARS and their
# ammunition", "des canons Caesar et leurs munitions", "Haubitzen samt Munition".
# (Ammunition named on its own, "ammunition for HIMARS", is a record of its own.)
_ACCESSORY_BEFORE = lazy(
    r"\b(?:and|with|plus|et|avec|samt|mit|und|inklusive|einschlie(?:ss|s)lich)\s+"
    r"(?:their|its|the associated|leurs|ses|leur|sa|les|ihrer|ihre[mn]?|seiner|seine[mn]?|der dazugehorigen|"
    r"(?:die |den )?dazugehorige[rn]?)?\s*$"
)


_BARE_AND = lazy(r"(?:and|et|und)\s+")
# (ammunition told as theirs after it: "20 CV90 and ammunition for them", "et des munitions pour eux", "pour ces
# armes", "sowie Munition dafür")
# (named apart from the narrower _FOR_THEM_AFTER below, which a definition of its own once shadowed)
_AMMUNITION_FOR_THEM_AFTER = lazy(
    r"\s+(?:for (?:them|it|these \w+|those \w+)|pour (?:eux|elles|ceux-ci|celles-ci|ces \w+)|fur (?:sie|diese)|"
    r"dafur|dazu)\b"
)
# A looser joint, taken only with "for them" after the ammunition: "sowie Munition dafür", "ainsi que des munitions
# pour ces armes", "as well as ammunition for them" (review 63; folded text).
_ADDED_BEFORE = lazy(
    r"\b(?:and|et|und|sowie|ainsi que|as well as|along with|together with|zusammen mit|nebst)\s+"
    r"(?:des\s+|de la\s+|du\s+|some\s+|die\s+)?$"
)
# The words that tell the ammunition as the named system's own: "their", "leurs", "samt", "dazugehörige".
_OWNED = lazy(
    r"\b(?:their|its|the associated|leurs|ses|leur|sa|ihrer|ihre[mn]?|seiner|seine[mn]?|der dazugehorigen|"
    r"dazugehorige[rn]?|samt)\b"
)
_GENERIC_AMMUNITION = lazy(r"ammunition|munitions?|ammo")


# Mines are never a launcher's own rounds: "NASAMS launchers and anti-tank mines" is two gifts.
_MINES = lazy(r".*(?:mines|minen)")


def accessory_ammunition(folded: str, sentence_start: int, item: Item, items: list[Item]) -> bool:
    if item.category != "ammunition" or item.system is not None or item.quantity is not None:
        return False
    if _MINES.fullmatch(folded, item.start, item.end):
        return False
    accessory = _ACCESSORY_BEFORE.search(folded, max(sentence_start, item.start - 30), item.start)
    for_them = _AMMUNITION_FOR_THEM_AFTER.match(folded, item.end) is not None
    if not accessory and for_them:
        accessory = _ADDED_BEFORE.search(folded, max(sentence_start, item.start - 30), item.start)
        if accessory:
            # ("sowie Munition dafür": told as theirs, whatever the joint)
            return _owned_by_the_thing_before(item, items)
    if not accessory:
        return False
    if for_them or _OWNED.search(accessory.group()):
        # "Carl Gustaf ... samt Munition", "Carl Gustaf launchers and their ammunition": the named system's own
        return _owned_by_the_thing_before(item, items)
    if _BARE_AND.fullmatch(accessory.group()) and not _GENERIC_AMMUNITION.fullmatch(folded, item.start, item.end):
        # "30 Bradley vehicles and artillery rounds", "Himars et des obus de 155 mm":
        # a kind of ammunition named after a bare "and" is a gift of its own; only
        # "their ammunition", "samt Munition" or a bare "and ammunition" go with the system.
        return False
    before = [i for i in items if i.end <= item.start]
    if _BARE_AND.fullmatch(accessory.group()) and before and before[-1].category in ("armoured_vehicles", "aircraft") and not (
        _AMMUNITION_FOR_THEM_AFTER.match(folded, item.end)
    ):
        # a carrier or a jet fires no "ammunition" of its own that a list would name bare:
        # "30 gepanzerte Fahrzeuge vom Typ Bushmaster und Munition", "20 M113 and ammunition"
        # are two gifts ("their ammunition" still goes with them)
        return False
    if _BARE_AND.fullmatch(accessory.group()) and len(before) >= 2 and _LIST_COMMA.fullmatch(
        folded, before[-2].end, before[-1].start
    ):
        # the last of a list ("Patriot-Raketen, Leopard-Panzer und Munition") is a gift of its own
        return False
    return bool(before) and before[-1].system is not None and item.start - before[-1].end <= 40


_LIST_COMMA = lazy(r"\s*,\s*")


def _owned_by_the_thing_before(item: Item, items: list[Item]) -> bool:
    """Whether a named system told right before the ammunition owns it (a kind alone does not: "150 anti-tank
    launchers and ammunition for them" are two records, round 35's label)."""
    before = [i for i in items if i.end <= item.start]
    return bool(before) and item.start - before[-1].end <= 40 and before[-1].system is not None


_DEFINITE_BEFORE = lazy(r"\b(?:the|these|those|ces|diese[nmrs]?)\s+(?:[\w-]+\s+)?$")


def repeats_named_item(folded: str, item: Item, items: list[Item]) -> bool:
    return (
        item.system is None
        # (a count makes it a batch of its own: "Denmark would send 30 more of the tanks")
        and item.quantity is None
        and item.category not in VAGUE
        and item.category != "training"
        and any(other.system and other.end <= item.start for other in items)
        and (
            _DEFINITE_BEFORE.search(folded, max(0, item.start - 24), item.start) is not None
            # an apposition naming what the system is: "100 000 obus pour les Gepard, ses
            # blindés antiaériens", "the Leopard, its main battle tank"
            or any(other.system and _APPOSITION_GAP.fullmatch(folded, other.end, item.start) for other in items)
        )
    )


# (folded text: between a named system and a generic word told as what it is)
_APPOSITION_GAP = lazy(r"\s*,\s*(?:ses|son|sa|leurs?|its|their|seine[nmrs]?|ihre[nmrs]?)\s+")


# Vehicles that carry the things on their way are no part of what is given: "trucks carrying
# 8,000 shells", "des camions transportant 8 000 obus", "Lastwagen mit 8.000 Granaten" (the
# load keeps its count; folded text, the carrier word alone before the gap).
_CARRIER = lazy(
    r"(?:trucks|lorries|wagons|trains|ships|vessels|convoys|camions|navires|convois|lastwagen|lkw|"
    r"lastkraftwagen|zuge|schiffe|waggons)"
)
_CARRIER_GAP = lazy(
    r"\s*(?:carrying|transporting|loaded with|laden with|transportant|charges? (?:de|d')|beladen mit|mit)\s+"
    # (the load counted: "20 Lastwagen mit Munition" are trucks given with what they hold)
    r"(?:some |about |around |nearly |rund |etwa |environ |quelque |pres de )?\d"
)


def item_phrases(folded: str, mentions: list[Mention], counts: list[Count]) -> list[Item]:
    """Group adjacent mentions into noun phrases and give each phrase its category.
    Vague words ("package", "arms") step aside when precise ones are present, so
    "a package including 59 Bradleys" is about the Bradleys."""
    if any(m.category not in VAGUE for m in mentions):
        mentions = [m for m in mentions if m.category not in VAGUE]
    groups: list[list[Mention]] = []
    for mention in mentions:
        gap = folded[groups[-1][-1].end : mention.start] if groups else ""
        # (a partitive "en" is a thing of its own: "18 chars, le Portugal en a envoyé 3")
        if (
            groups and _CARRIER_GAP.match(gap) and _CARRIER.fullmatch(folded, groups[-1][0].start, groups[-1][-1].end)
            and not any(0 <= groups[-1][0].start - c.end <= 2 for c in counts)
        ):
            # "des camions transportant 8 000 obus": the load is the thing, not its carrier
            # ("20 Lastwagen mit 40 Tonnen Munition" counts the trucks given)
            groups[-1] = [mention]
        elif (
            groups and (_in_one_phrase(gap) or _ACRONYM_GAP.fullmatch(gap)) and folded[mention.start : mention.end] != "en"
            and not (mention.category == "ammunition" and _ACCESSORY_BEFORE.search(gap))
        ):
            groups[-1].append(mention)
        else:
            groups.append([mention])
    items: list[Item] = []
    count_starts = [c.start for c in counts]
    for group in groups:
        start, end = group[0].start, group[-1].end
        category, system = _group_category(group, folded)
        # "Patriot launchers and missiles": bare missiles listed with an air-defence
        # system are its interceptors.
        if (
            category == "missiles" and system is None and items and items[-1].category == "air_defence"
            and (_LISTED_WITH.fullmatch(folded, items[-1].end, start) or _FOR_THEM_AFTER.match(folded, end))
        ):
            # (... or told as theirs further on: "zwei Piorun-Batterien übergeben, und wir schicken im Mai
            # 300 Raketen dazu", "and will send 300 missiles for them")
            category = "air_defence"
        # A count before the previous item is that item's ("25 armoured vehicles and
        # ammunition": the ammunition is not counted).
        after = items[-1].end if items else 0
        quantity = _trainees_before_a_place(folded, group[0], counts) if category == "training" else None
        if quantity is None:
            quantity = _quantity_before(folded, start, counts, after, count_starts)
        if quantity is None and folded[start:end] == "en":
            quantity = _partitive_count(folded, end, counts)
        elif quantity is None and len(group) == 1:
            # a bare number standing for a thing named before ("Portugal sent three"):
            # the mention is the count itself
            quantity = next((c.value for c in counts if c.start == start and c.end == end), None)
            if quantity is None and (
                _SHARE_WORDS.search(folded, start, end) or _MORE_WORDS.search(folded, start, end)
                or _REST_WORDS.search(folded, start, end)
            ):
                # a share told by its count ("six of which have arrived", "dont 12",
                # "davon sind 12 bereits übergeben"): the count inside is the share's;
                # so is a batch more ("A further 20 will be delivered", "sechs weitere
                # sollen folgen", "six autres suivront"): the count is the new batch's
                quantity = next((c.value for c in counts if start <= c.start and c.end <= end), None)
        if quantity is None and len(group) == 1 and group[0].count is not None:
            quantity = group[0].count  # a pronoun standing for things counted before it (references.py)
        if quantity is None and category == "training":
            quantity = (
                _trainees_counted(folded, group[0], counts) or _trainees_of_trainers(folded, group[0], counts)
                or _trainees_as_subject(folded, group[0], counts) or _unit_strength(folded, group[0], counts)
                or _training_reached(folded, group[0], counts)
            )
        if quantity is None:
            quantity = _count_in_apposition(folded, end, counts)
        if quantity is None:
            quantity = _number_cut_to(folded, start, end, counts)
        if quantity is None:
            quantity = _count_after_colon(folded, end, counts)
        items.append(Item(start, end, category, system, quantity=quantity))
    return items


# A pledge's number changed, told around the things: "cut the number of drones it will send
# from 800 to 500", "a ramené le nombre de canons promis de 20 à 12", "die Zahl der zugesagten
# Panzer wurde von zwölf auf acht reduziert": the new figure is the count (the things stand
# after "number of" and the two figures after them, in their clause).
_NUMBER_OF_BEFORE = lazy(
    r"\b(?:number|total|pledge|promise|offer|nombre|total|zahl|anzahl|gesamtzahl)\s+(?:of|de|d'|der|des|an)\s*"
    r"(?:[\w'-]+\s+){0,4}$"
)
_PROMISED_NEAR = lazy(
    r"\b(?:promised|pledged|(?:will|would) (?:send|give|supply|deliver)|to (?:send|give|supply|deliver)|"
    r"for ukraine|(?:aid|support|assistance) (?:to|for) ukraine|promis\w*|zugesagt\w*|versprochen\w*)"
)
_FROM_BEFORE_OLD = lazy(r"\b(?:from|de|von)\s+$")
_TO_BETWEEN = lazy(r"\s+(?:to|a|auf)\s+")
_SAME_CLAUSE_UP_TO = lazy(r"[^,;:.!?]*")


def _number_cut_to(folded: str, start: int, end: int, counts: list[Count]) -> int | None:
    if not _NUMBER_OF_BEFORE.search(folded, max(0, start - 40), start):
        return None
    if not _PROMISED_NEAR.search(folded, max(0, start - 40), min(len(folded), end + 60)):
        return None  # a donor's own stock or deployment cut ("the number of tanks it keeps in reserve")
    for old, new in zip(counts, counts[1:]):
        if old.start < end or old.start - end > 80:
            continue
        if (
            _SAME_CLAUSE_UP_TO.fullmatch(folded, end, old.start) and _FROM_BEFORE_OLD.search(folded, max(0, old.start - 6), old.start)
            and _TO_BETWEEN.fullmatch(folded, old.end, new.start)
        ):
            return new.value
    return None


def _count_in_apposition(folded: str, end: int, counts: list[Count]) -> int | None:
    """Things told without a number, then counted in an apposition: "la totalité de ses
    canons Caesar, soit 19 pièces", "all its Caesar guns, or 19 in all", "alle ihre
    Caesar-Haubitzen, insgesamt 19 Stück"."""
    count = next((c for c in counts if c.start >= end), None)
    if count is None or count.start - end > 24:
        return None
    return count.value if _APPOSITION_BEFORE_COUNT.fullmatch(folded, end, count.start) else None


def _count_after_colon(folded: str, end: int, counts: list[Count]) -> int | None:
    """A list told as text with the count after each thing, as factboxes and annexes give it:
    "Leopard 2A4 tanks: 20; Aspide launchers: 4", "obus de 155 mm : 3 000 ;",
    "Schützenpanzer CV90: 10;". The count stands alone after the colon, the entry ending
    with it (a count followed by more words counts what those words name)."""
    count = next((c for c in counts if c.start >= end), None)
    if count is None or count.start - end > 30:
        return None
    if not _BEFORE_LISTED_COUNT.fullmatch(folded, end, count.start):
        return None
    return count.value if _AFTER_LISTED_COUNT.match(folded, count.end) else None


# (folded text: a designation or calibre may stand between the things and the colon,
# "Kampfpanzer Leopard 1A5: 25", "obus de 155 mm : 3 000"; the entry ends after the count
# with a semicolon, a full stop, a comma, a closing bracket, "and" or the text's end)
_BEFORE_LISTED_COUNT = lazy(r"(?:\s*(?:de |of |vom typ )?[\w/-]{1,10}(?:\s?mm)?){0,2}\s?:\s*")
_AFTER_LISTED_COUNT = lazy(r"\s*(?:[;.,)]|$|(?:and|et|und|sowie)\b)")


# (folded text: the words between the things and their count in apposition)
_APPOSITION_BEFORE_COUNT = lazy(r",\s*(?:soit|(?:that is|i\.e\.),?|insgesamt|also)\s+(?:au total\s+|in all\s+)?")


def _trainees_before_a_place(folded: str, first: Mention, counts: list[Count]) -> int | None:
    """German puts the training verb last, and a place may stand between it and the
    trainees: "2.000 ukrainische Soldaten in Lettland und Polen ausbilden", "300 Piloten
    an zwei Stützpunkten ausbilden" (the place's own count is no trainees')."""
    for count in reversed([c for c in counts if c.end <= first.start and first.start - c.end <= 80]):
        if _TRAINEES_THEN_PLACE.fullmatch(folded, count.end, first.start):
            return count.value
    return None


def _trainees_counted(folded: str, first: Mention, counts: list[Count]) -> int | None:
    """Training is counted in the people trained: "has trained more than 50,000
    Ukrainian troops" (the count inside the words), "training for 1,200 soldiers", "la
    formation de 500 pilotes", "die Ausbildung von 5.000 Soldaten" (a count of trainees
    right after, "former 2 000 soldats"). Only the training words' own count: in "train
    pilots on 20 F-16 jets" the jets are counted."""
    for count in counts:
        if first.start <= count.start and count.end <= first.end:
            return count.value
        if count.start >= first.end:
            if count.start - first.end <= 12 and _TRAINEES_AFTER.match(folded, count.end) and _TRAINEES_FOR.fullmatch(
                folded, first.end, count.start
            ):
                return count.value
            if (
                _SPLIT_GERMAN_TRAINING.fullmatch(folded, first.start, first.end)
                and count.start - first.end <= 50
                and _SAME_CLAUSE_SHORT.fullmatch(folded, first.end, count.start)
                and _TRAINEES_AFTER.match(folded, count.end)
            ):
                # the German split verb puts its subject and an adverb before the trainees:
                # "bildet Rumänien derzeit 24 ukrainische Piloten aus", "bildet zurzeit rund
                # 300 Soldaten aus"
                return count.value
            return None
    return None


def _trainees_as_subject(folded: str, first: Mention, counts: list[Count]) -> int | None:
    """Trainees counted as the subject, before the training they begin, finish or follow:
    "The first 60 Ukrainian soldiers have begun training", "les 50 premiers soldats
    ukrainiens ont commencé leur formation", "Die ersten 50 ukrainischen Soldaten haben die
    Ausbildung ... begonnen" (a verb of the trainees between; a count of things before the
    training, "20 tanks and training", is none of theirs)."""
    before = [c for c in counts if c.end <= first.start and first.start - c.end <= 70]
    if not before:
        return None
    count = before[-1]
    trainees = _TRAINEES_AFTER.match(folded, count.end)
    if trainees is None or trainees.end() > first.start:
        return None
    between = folded[trainees.end() : first.start]
    if not _SAME_CLAUSE.fullmatch(between) or not _TRAINEES_VERB.search(between):
        return None
    return count.value


def _unit_strength(folded: str, first: Mention, counts: list[Count]) -> int | None:
    """A unit told by its strength as the subject of its training: "a 1,200-strong unit of
    Ukrainian gunners will train in Germany", "eine 1200 Mann starke Einheit wird ...
    ausgebildet", "une unité forte de 1 200 soldats sera formée": the strength is the count of
    the people trained (one clause between it and the training; "a 5,000-strong crowd" trains
    no one, and names no training)."""
    after = next((c for c in counts if c.start >= first.end), None)
    if after is not None and _A_BEFORE.fullmatch(folded, first.end, after.start) and _STRENGTH_AFTER.match(folded, after.end):
        return after.value  # (the unit trained as the object: "will train a 1,200-strong brigade")
    before = [c for c in counts if c.end <= first.start and first.start - c.end <= 90]
    if not before:
        return None
    count = before[-1]
    unit = _STRENGTH_AFTER.match(folded, count.end)
    if unit is None and _STRENGTH_BEFORE.search(folded, max(0, count.start - 40), count.start):
        unit = _TRAINEES_AFTER.match(folded, count.end)
    if unit is None or unit.end() > first.start or not _ONE_CLAUSE.fullmatch(folded, unit.end(), first.start):
        return None
    return count.value


# (folded text) a unit's strength after its count, "-strong unit", "Mann starke Einheit", and the French
# "(unité) forte de" before it; what follows up to the training is one clause
_STRENGTH_AFTER = lazy(
    r"(?:-strong|\s+(?:mann|soldaten|kopfe)\s+stark\w*)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:units?|brigades?|battalions?|contingents?|detachments?|force|einheit|bataillon|verband|kontingent|truppe)\b"
)
_STRENGTH_BEFORE = lazy(r"\b(?:unite|brigade|bataillon|contingent|detachement)\b[^,;.:]{0,20}\bforte?s? de\s+$")
_ONE_CLAUSE = lazy(r"[^,;.:!?]{0,70}")
_A_BEFORE = lazy(r"\s+(?:a|an|un|une|eine|einen)\s+")


# (folded text) what trainees do of their training, told between them and it
_TRAINEES_VERB = lazy(
    r"\b(?:have|has|had|are|were|ont|avaient|sont|haben|hatten|sind|begun|began|begin|begins|started|start|starts|"
    # (and the German passive's auxiliary, present or to come: "1200 Soldaten werden in Deutschland
    # ausgebildet", "sollen ... ausgebildet werden")
    r"werden|wurden|sollen|sollten|"
    r"completed|complete|finished|undergoing|commence\w*|termine\w*|acheve\w*|suiv\w*|beginn\w*|absolvier\w*)\b"
)


# (folded text) the German present of training split around its trainees ("bildet ... aus"),
# and at most four words of one clause between it and their count
_SPLIT_GERMAN_TRAINING = lazy(r"bilde(?:t|n|te|ten)")
_SAME_CLAUSE_SHORT = lazy(r"(?:\s+[^\s,;:.]+){0,4}\s+")


def _training_reached(folded: str, first: Mention, counts: list[Count]) -> int | None:
    """Training told as a tally it has reached counts the people trained: "training of Ukrainian
    recruits under its programme had reached 50,000 soldiers", "la formation des soldats ukrainiens a
    atteint 30 000 hommes", "die Ausbildung ukrainischer Soldaten hat 30.000 Soldaten erreicht" (one
    clause between; the count's trainees named after it, or the German verb last)."""
    reached = _REACHED.search(folded, first.end, min(len(folded), first.end + 90))
    if reached is None or not _ONE_CLAUSE.fullmatch(folded, first.end, reached.start()):
        return None
    count = next((c for c in counts if c.start >= reached.end()), None)
    if count is None or count.start - reached.end() > 20:
        return None
    if _TRAINEES_AFTER.match(folded, count.end) or _MEN_AFTER.match(folded, count.end) or (
        reached.group().endswith(" die marke von") or _REACHED_LAST.match(folded, count.end)
    ):
        return count.value
    return None


# (folded text) a tally reached: "had reached", "has passed", "a atteint", "a dépassé", "hat ...
# erreicht"; the German verb last after its count ("hat 30.000 Soldaten erreicht")
_REACHED = lazy(
    r"\b(?:(?:has|have|had|now)\s+)?(?:reached|passed|exceeded|topped|surpassed)(?:\s+(?:more than|over|some|about))?\s+|"
    r"\b(?:a|ont|avait)\s+(?:deja\s+)?(?:atteint|depasse)(?:\s+(?:plus de|pres de|environ|les))?\s+|"
    r"\b(?:hat|haben|hatte)\s+(?:bereits\s+|inzwischen\s+|schon\s+)?(?:die marke von\s+|mehr als\s+|rund\s+)?"
)
_MEN_AFTER = lazy(r"\s+(?:men|women|people|hommes|personnes|personen|mann)\b")
_REACHED_LAST = lazy(r"(?:\s+[\w'-]+){0,2}?\s+(?:erreicht|uberschritten|ubertroffen)\b")


def _trainees_of_trainers(folded: str, first: Mention, counts: list[Count]) -> int | None:
    """Trainers as the subject count the people they trained, told after the verb:
    "British instructors have trained 2,000 Ukrainian recruits", "des instructeurs français
    ont formé 400 soldats", "haben finnische Ausbilder zudem 300 ukrainische Soldaten ...
    ausgebildet" (the trainers are no count of their own, and the trainees no thing given)."""
    if not _TRAINERS.fullmatch(folded, first.start, first.end):
        return None
    count = next((c for c in counts if c.start >= first.end), None)
    if count is None or count.start - first.end > 60 or not _TRAINEES_AFTER.match(folded, count.end):
        return None
    return count.value if _SAME_CLAUSE.fullmatch(folded, first.end, count.start) else None


_TRAINERS = lazy(r"(?:instructors?|trainers?|instructeurs?|formateurs?|\w*ausbilder(?:n|innen)?)")
# (at most six words, no clause's end, between the trainers and the count)
_SAME_CLAUSE = lazy(r"(?:\s+[^\s,;:.]+){0,6}\s+")


# (folded text) what joins training to its trainees, and the trainees after their count
_TRAINEES_FOR = lazy(r"\s+(?:(?:of|for|de|d'|pour|von|fur)\s*)?(?:up to\s+|more than\s+|jusqu'a\s+|plus de\s+|bis zu\s+|mehr als\s+)?")
_TRAINEES_AFTER = lazy(
    # (the weapon they serve may stand between too: "60 Ukrainian air defence crew")
    r"(?:\s+[\w'-]+){0,2}?(?:\s+air[- ]defen[cs]e|\s+defense (?:anti-?)?aerienne)?\s+"
    r"(?:soldiers|troops|pilots|recruits|personnel|servicemen|crews|mechanics|operators|"
    # (engineers and sappers are soldiers trained too: "300 Ukrainian combat engineers", "sapeurs", "Pioniere")
    r"engineers|sappers|sapeurs|pioniere|"
    # (deminers are trained soldiers too: "120 Ukrainian deminers", "démineurs", "Minenräumern")
    r"deminers|demineurs|\w*minenraumer[n]?|\w*entminer[n]?|"
    # (technicians, medics and nurses: "40 techniciens ukrainiens", "80 army medics", "60 Sanitäter")
    r"technicians|techniciens|techniker|medics|paramedics|nurses|infirmiers|infirmieres|\w*sanitater|"
    # (a crew's members are its trainees: "140 Ukrainian crew members", "crewmen", "membres
    # d'équipage", "Besatzungsmitglieder")
    r"crew members|crewmen|membres d'equipage|\w*besatzungsmitglieder|besatzungen|"
    # (and the collective singular after a count: "60 air defence crew")
    r"crew|"
    # (gunners: "1,200 Ukrainian gunners", "artilleurs", "Kanoniere")
    r"gunners|artillerymen|artilleurs|artilleristen|kanoniere|"
    # (marines and sailors: "200 Ukrainian marines", "fusiliers marins", "Marineinfanteristen")
    r"marines|sailors|marins|fusiliers marins|matrosen|marineinfanteristen|"
    r"soldats|militaires|pilotes|recrues|mecaniciens|operateurs|soldaten|piloten|rekruten|soldatinnen|"
    r"\w*(?:soldaten|piloten|bediener|krafte))\b"
)


_TRAINEES_THEN_PLACE = lazy(
    r"(?:\s+[\w'-]+){0,2}?\s+(?:soldaten|piloten|rekruten|soldatinnen|techniker|\w*sanitater|ukrainer\w*|\w*(?:soldaten|piloten|krafte))"
    r"\s+(?:in|im|an|am|auf|bei|aus|fur)\s+(?:[\w'-]+\s+){1,5}(?:zu\s+)?$"
)


# (folded text: the words of a share of things named before, see references.py)
_SHARE_WORDS = lazy(
    r"\b(?:davon|dont|of which|of them|d'entre|(?:die|den) (?:ersten|letzten)|premier|premiere|dernier|derniere)s?\b"
)
# (and the rest of a whole: "the remaining 20 will follow", "die übrigen 20 sollen folgen",
# "les 19 restants")
_REST_WORDS = lazy(
    r"\b(?:remaining|other|ubrigen|restlichen|restants|next|nachsten|prochains|such|solcher|de ce type)\b"
)
_MORE_WORDS = lazy(r"\b(?:more|further|another|additional|weitere\w*|autres|supplementaires)\b")
_LISTED_WITH = lazy(r"\s*(?:[\w-]+\s+){0,2}(?:,|and|et|und|sowie|as well as)\s*(?:[\w-]+\s+){0,2}")
# (folded text, right after bare missiles) told as the earlier thing's: "300 Raketen dazu", "missiles
# for them", "des missiles pour ces systèmes"
_FOR_THEM_AFTER = lazy(
    r"\s+(?:dazu|dafur|for them|for these|for those|pour eux|pour elles|pour ces (?:systemes|batteries|lanceurs))\b"
)


# Air-defence systems that fire shells, not missiles: their ammunition stays ammunition.
_GUN_AIR_DEFENCE = ("Gepard", "Skynex", "Skyguard")
# Words for the rounds of a gun, as opposed to "munitions"/"Munition" in general.
_MISSILE_AIR_DEFENCE = lazy(r"surface-to-air|sol-air|boden-luft|missile defen|interceptor|intercepteur|abfangraketen|raketenabwehr")
# ("mm" as a word or after a number: "ammunition" holds "mm" too)
_GUN_ROUNDS = lazy(r".*(?:shells|rounds|obus|granaten|patronen|cartouches|geschosse?|\bmm\b|\dmm\b|calibre|caliber)")


def _launchers_rockets_compound(precise: list[Mention], folded: str) -> bool:
    """A rocket launcher's name joined by a hyphen or a space to the rockets it fires:
    "Himars-Raketen", "Mars-II-Raketen", "HIMARS rockets", "MLRS rockets" are the launcher's
    ammunition (English, too, names the launcher first)."""
    return (
        len(precise) >= 2 and precise[0].system is not None and precise[0].category == "artillery"
        and precise[1].system is None and precise[1].category == "missiles"
        and folded[precise[0].end : precise[1].start] in ("-", " ")
    )


_SERVICE = lazy(SERVICE_WORDS)


def _a_service(mention: Mention, precise: list[Mention], folded: str) -> bool:
    """Whether the mention is a service word heading its phrase, or right after the thing it
    serves ("Leopard repair hub", "Marder-Instandsetzungszentrum")."""
    if mention.system is not None or mention.category != "equipment" or not _SERVICE.fullmatch(
        folded, mention.start, mention.end
    ):
        return False
    before = [m for m in precise if m.end <= mention.start]
    return not before or folded[before[-1].end : mention.start] in (" ", "-")
_GERMAN_TRAINING_VERB = lazy(r"ausgebildet|ausbilden|auszubilden")
_THING_THEN_TRAINING_VERB = lazy(r"\S.*\s(?:ausgebildet|ausbilden|auszubilden)")


def trained_on_a_thing(folded: str, item: Item) -> bool:
    """Whether the item is German training told after the thing trained on ("an den Panzern
    ausgebildet": see _group_category)."""
    return item.category == "training" and bool(_THING_THEN_TRAINING_VERB.fullmatch(folded, item.start, item.end))


def _group_category(group: list[Mention], folded: str = "") -> tuple[str, str | None]:
    """What a noun phrase is about. Ammunition "for" something stays ammunition;
    rockets for a launcher are ammunition; training on a system stays training;
    otherwise a named system decides, then the first precise word."""
    precise = [m for m in group if m.category not in VAGUE] or group
    system = next((m for m in precise if m.system), None)
    head = precise[0]
    if any(m.system is None and m.category == "ammunition" for m in precise):
        # The munitions of a missile air-defence system are its interceptors, which
        # the labelling rules count as air defence: "munitions for NASAMS", "Munition
        # für IRIS-T" (but "35 mm rounds for the Gepard" are ammunition).
        first_ammunition = next(m for m in precise if m.category == "ammunition")
        launcher = next((m for m in precise if m.start > first_ammunition.start and (
            (m.system and m.category == "air_defence" and m.system not in _GUN_AIR_DEFENCE)
            or (not m.system and _MISSILE_AIR_DEFENCE.match(folded, m.start, m.end))
        )), None)
        if launcher is not None and not _GUN_ROUNDS.match(folded, first_ammunition.start, first_ammunition.end):
            return "air_defence", system.system if system else None
        return "ammunition", system.system if system else None
    if head.system is None and head.category == "training":
        return "training", system.system if system else None
    if any(_a_service(m, precise, folded) for m in precise):
        # a service for a thing ("spare parts for Ukraine's M777 howitzers", "Instandsetzungszentrum
        # für Marder-Schützenpanzer", "Challenger repair centre") is the service: the thing is
        # serviced, not given (its name stays the record's system: which service it is)
        return "equipment", system.system if system else None
    if precise[-1].category == "training" and _GERMAN_TRAINING_VERB.fullmatch(folded, precise[-1].start, precise[-1].end):
        # German puts the training verb last, after the thing trained on: "an den Panzern
        # ausgebildet", "für die Wartung von Kampfjets ausgebildet" (training, not tanks given)
        return "training", system.system if system else None
    if head.system is None and head.category == "missiles" and system and system.category == "artillery":
        return "ammunition", system.system
    if head.system is None and head.category == "missiles" and system and system.category == "aircraft":
        # a jet's munitions named before it: "200 guided bombs for Ukraine's F-16s", "Lenkbomben
        # für die F-16" are the bombs, not the jets they are for
        return "missiles", system.system
    if _launchers_rockets_compound(precise, folded):
        return "ammunition", head.system  # "Himars-Raketen": the launcher's rockets (German puts the head last)
    if system is not None and system.category == "ammunition" and any(
        m.category == "artillery" and m.system is None for m in precise
    ):
        # a calibre naming the gun, before or after it: "155mm howitzers", "155-mm-Haubitzen",
        # "canons de 155 mm", "pièces de 155 mm" (shells of a calibre are read above)
        return "artillery", None
    if head.system is None and head.category == "missiles" and system is None and any(
        m.category == "air_defence" for m in precise[1:]
    ):
        # missiles qualified as air defence after the noun: "missiles sol-air",
        # "missiles de défense aérienne", "missiles antiaériens"
        return "air_defence", None
    if system is not None:
        return system.category, system.system
    return head.category, None


# Up to three words between a count and its item ("14 modern Leopard 2"), a calibre one
# of them ("30,000 120mm mortar rounds", "40.000 152-mm-Granaten": 155 mm is a system of
# its own in the entity lists, the other calibres are read here).
# A model's designation with its number is one of the words ("30 Type 96 armoured personnel
# carriers", "40 Mark 2 launchers": numbers.py reads no count after "type" or "mark").
_COUNT_GAP = lazy(
    r"(?:\s*(?:[^\W\d][\w'-]*|\d{2,3}[\s-]?mm\b-?|(?:type|typ|model|mark|mk)\s?\d{1,4}[a-z]?\b)){0,3}\s*"
)
# ... and the first (or last) few of a German partitive with its giver told as the agent of its participle, a
# word or two longer than three: "die ersten sechs der von Spanien zugesagten Leopard-Panzer", "die letzten vier
# der von der Regierung versprochenen" (a share of them told without "first" is no stage: "drei der von
# Norwegen gelieferten Haubitzen wurden beschädigt").
_FIRST_FEW_BEFORE = lazy(r"\b(?:erste[nr]?|letzte[nr]?)\s+$")
_AGENT_PARTITIVE_GAP = lazy(r"\s+der\s+von\s+(?:(?:der|den|dem)\s+)?(?:[^\W\d][\w'-]*\s+){1,2}[^\W\d][\w'-]*\s+")
# ... and an air-defence system's launchers counted before the system's name, four words in French and German:
# "deux lanceurs pour le système SAMP/T", "zwei Startgeräte für das System SAMP/T" (as "two launchers for the
# SAMP/T system" is three): the launchers are the system's, counted.
_LAUNCHERS_OF_GAP = lazy(
    r"\s+(?:launchers?|lanceurs?|\w*startgerate?n?|\w*abschussgerate?n?|fire units?|feuereinheiten)\s+"
    r"(?:for|pour|fur)\s+(?:the|le|das)\s+(?:systems?|systemes?)\s+"
)
# ... and a German count with its giver told as the agent of a participle of giving between it and the things,
# longer than three words with the country's article: "die 40 von den Niederlanden zugesagten Schützenpanzer",
# "zehn von der Regierung gelieferte Haubitzen" (a figure after "von" is a total, "40 von 100 Panzern": no word here).
_AGENT_GAP = lazy(
    r"\s+von\s+(?:(?:der|den|dem)\s+)?(?:[^\W\d][\w'-]*\s+){1,2}"
    r"(?:zugesagt|versprochen|geliefert|bereitgestellt|angekundigt|uberlassen|gespendet|finanziert)e[nrs]?\s+"
)


# A share of things or of money told as a fraction (folded text): "half", "a third", "two
# thirds", "la moitie", "un tiers", "die Halfte", "ein Drittel", "zwei Drittel".
SHARE_WORDS = (
    r"(?:(?:a|one|two)[\s-](?:third|quarter|fifth)s?|(?:a\s+|one[\s-])?half|"
    r"(?:(?:la|une|un)\s+)?(?:moitie|tiers|quarts?|deux\s+tiers|trois\s+quarts)|"
    r"(?:(?:die|ein|eine[nm]?|zwei|drei)\s+)?(?:halfte|drittel|viertel))"
)


# "The first of four promised IRIS-T systems was handed over", "die ersten 14 von 18
# zugesagten Leopard sind angekommen", "le premier des quatre systèmes promis a été livré":
# what arrived is the first one (or the first 14); the total is the promise they are part
# of. Read as one record, the sentence would deliver all of them.
# A count alone before the total says the same: "has delivered 10 of the 18 it promised",
# "dix des dix-huit systèmes promis", "zehn der 18 zugesagten".
# (folded text, right before "one of the N": every one of them is all N)
_EVERY_BEFORE = lazy(r"\b(?:every|each|chaque|jede[rsn]?|jedes einzelne|jeder einzelne)\s+$")
_FIRST_OF_BEFORE = lazy(
    # (French tells how many before "premiers": "les trois premiers des six")
    r"\b(?:(?:(?P<ahead>[\w-]+)\s+(?=premi))?(?P<first>first|erste[nrs]?|premi(?:er|ere)s?)\s+(?:(?P<part>[\w-]+)\s+)?|"
    # (a share of them: "half of the 40", "la moitie des 30", "die Halfte der 60", "a third of")
    r"(?P<share>" + SHARE_WORDS + r")\s+|"
    r"(?P<bare>[\w-]+)\s+)"
    # (the total may be told as one: "die ersten drei von insgesamt sechs", "the first
    # three of a total of six", "les trois premiers d'un total de six")
    r"(?:(?:of|out of|von|aus|des|d'entre|der)\s+(?:the\s+|den\s+|les\s+|its\s+|ses\s+|seinen\s+|ihren\s+)?"
    r"(?:insgesamt\s+|a total of\s+)?|(?:d'un|sur un) total de\s+)$"
)


def first_of_total(
    folded: str, sentence_start: int, item: Item, counts: list[Count], sentence_end: int | None = None
) -> tuple[int | None, int] | None:
    """(how many arrived, how many in all) when the item is told as "the first [k] of N",
    or with the total after it: "les deux premiers F-16 d'un total de 30 promis"; how many
    arrived is None when the text leaves it untold (_untold_first)."""
    end = len(folded) if sentence_end is None else sentence_end
    after = _total_after(folded, item, counts, sentence_start, end)
    if after is not None:
        return after
    if (whole_then_part := _part_told_after(folded, sentence_start, end, item, counts)) is not None:
        return whole_then_part
    total = next((c for c in reversed(counts) if c.end <= item.start), None)
    if total is None or not _COUNT_GAP.fullmatch(folded, total.end, item.start):
        return None
    if _DELIVERED_ATTRIBUTE.search(folded, total.end, item.start):
        return None  # "bei 3 der 17 gelieferten Systeme fehlten": all 17 were delivered, the 3 are no stage
    if _share_told_after(folded, sentence_start, end, item, total):
        return (None, total.value)
    reach = max(sentence_start, total.start - 40)
    match = _FIRST_OF_BEFORE.search(folded, reach, total.start)
    if match is None:
        return None
    if match.group("share"):
        return (None, total.value)  # a share of them arrived, how many untold (the real set counts only numbers stated)
    part: int | None = 1
    told = "part" if match.group("part") else "bare" if match.group("bare") else None
    if told == "bare" and _EVERY_BEFORE.search(folded, max(sentence_start, match.start(told) - 12), match.start(told)):
        return None  # "every one of the 30 machines", "chacun des 30", "jedes einzelne der 30": all of them
    if told:
        # "the first two of", "die ersten 14 von", "10 of the 18"; any other word ("the
        # first batch of", "most of the") says nothing of how many.
        # (a count written in groups ends the word: "n'a livré que 410 000 des 1 million d'obus", told as only so
        # many; "could not account for 8,400 of the 40,000 rifles" counts no part delivered)
        counted = next((c for c in counts if match.start(told) <= c.start and c.end <= match.end(told)), None) or next(
            (c for c in counts if c.start >= reach and c.end == match.end(told)
             and _ONLY_BEFORE_A_PART.search(folded, max(sentence_start, c.start - 12), c.start)), None
        )
        if counted is None:
            return None
        part = counted.value
    else:
        # "les trois premiers des six": the count before "premiers", if it is one ("les
        # premiers", "ses premiers" say nothing of how many: see _untold_first)
        ahead = match.group("ahead") and next(
            (c.value for c in counts if match.start("ahead") <= c.start and c.end <= match.end("ahead")), None
        )
        if ahead:
            part = ahead
        elif _untold_first(folded, sentence_start, end, match.group("first"), item):
            part = None
    return (part, total.value) if part is None or part < total.value else None


# The first ones of a batch told with no count of their own are no count of one (the real
# set counts only numbers stated): a plural ordinal ("les premiers des 50", "die ersten
# von zwölf"), an English "first" that a plural verb follows ("the first of the 14 tanks
# ... have arrived"), or any ordinal in a sentence that says the count was not told
# ("without disclosing how many", "sans en préciser le nombre", "ohne eine Zahl zu nennen").
# A singular one stays one: "the first of four launchers was handed over", "le premier
# des six canons", "das erste von drei Systemen".
_PLURAL_FIRST = ("ersten", "premiers", "premieres")
_PLURAL_VERB_AFTER = lazy(r"[^,;]{0,60}?\b(?:have|were|are)\b")
_COUNT_UNTOLD = lazy(
    r"\b(?:without (?:saying|disclosing|giving|specifying|stating|revealing) how many|"
    r"(?:did|does|would) not (?:say|disclose|specify|give|reveal) how many|"
    r"sans (?:en )?(?:preciser|donner|indiquer|reveler|communiquer|dire) (?:le nombre|combien)|"
    r"ohne (?:die |eine )?(?:genaue |konkrete )?(?:zahl|anzahl|stuckzahl)|ohne zu sagen,? wie viele)"
)


# A participle of delivery between the total and the things tells the whole delivered:
# "bei 3 der 17 gelieferten Feuereinheiten fehlten Protokolle", "3 of the 17 delivered
# systems", "3 des 17 systemes livres" (folded text).
_DELIVERED_ATTRIBUTE = lazy(
    r"\b(?:geliefert\w*|ubergeben\w*|delivered|handed-over|livre(?:e|s|es)|fourni(?:e|s|es)|cede(?:e|s|es))\b"
)


# The whole told first, the share after its clause: "Von den 60 Schutzenpanzern, die ...
# zugesagt hatten, ist die Halfte eingetroffen", "Of the 40 tanks Spain promised, half have
# arrived", "Sur les 30 Gepard promis, la moitie ont ete livres" (folded text).
_WHOLE_OPENING = lazy(r"(?:^|\s-\s|:\s)(?:von den|of the|out of the|sur les|parmi les)\s+$")
_WHOLE_OPENING_A_SENTENCE = lazy(r"\W*(?:von den|of the|out of the|sur les|parmi les)\s+$")
_SHARE_AFTER_CLAUSE = lazy(
    r",\s+(?:(?:ist|sind|wurden?|haben|hat)\s+(?:davon\s+|bereits\s+|schon\s+|inzwischen\s+)?)?"
    r"(?:" + SHARE_WORDS + r")\b"
)


def _share_told_after(folded: str, sentence_start: int, sentence_end: int, item: Item, total: Count) -> bool:
    opening = _WHOLE_OPENING.search(folded, max(sentence_start, total.start - 40), total.start)
    if opening is None or folded[sentence_start : opening.start()].count(" ") > 6:
        return False  # (a dateline may stand before: "DEN HAAG (Agentur) - Von den 60")
    return _SHARE_AFTER_CLAUSE.search(folded, item.end, sentence_end) is not None


_ONLY_BEFORE_A_PART = lazy(r"\b(?:que|qu'|only|just|erst|nur|seulement)\s+$")
# ... or the part counted after it, as "only" so many: "Von den 35 zugesagten Fahrzeugen sind bislang
# erst zwölf eingetroffen", "Of the 40 tanks Spain promised, only 12 have arrived", "Sur les 40 chars
# promis, seuls 12 ont été livrés" (folded text, from the item's end to the count).
_ONLY_COUNT_BEFORE = lazy(
    r"^[^.;:!?]{0,110}?\b(?:erst|nur|only|just|seule?s?|seulement|que)\s+(?:(?:rund|etwa|about|some|environ)\s+)?$"
)


def _part_told_after(
    folded: str, sentence_start: int, sentence_end: int, item: Item, counts: list[Count]
) -> tuple[int, int] | None:
    """(how many arrived, how many in all) when the sentence opens with the whole ("Von den 35 ...") and
    counts the part after it as "only" so many, the item told with either (the part may be the item
    itself, a bare count standing for the things named before: "sind bislang erst zwölf eingetroffen")."""
    total = next((c for c in counts if sentence_start <= c.start), None)
    if total is None or total.start > item.end:
        return None
    opening = _WHOLE_OPENING.search(folded, max(sentence_start, total.start - 40), total.start)
    if (opening is None or folded[sentence_start : opening.start()].count(" ") > 6) and not (
        _WHOLE_OPENING_A_SENTENCE.match(folded, sentence_start, total.start)  # (the sentence's first words)
    ):
        return None
    part = next((c for c in counts if total.end < c.start < min(sentence_end, total.end + 120)), None)
    if part is None or not _ONLY_COUNT_BEFORE.match(folded[total.end : part.start]) or part.end < item.start:
        return None
    return (part.value, total.value) if part.value < total.value else None


def _untold_first(folded: str, sentence_start: int, sentence_end: int, first: str | None, item: Item) -> bool:
    """Whether "the first [ones] of N", told with no count before the total, leaves how
    many arrived untold (see _PLURAL_FIRST)."""
    if first in _PLURAL_FIRST:
        return True
    if first == "first" and _PLURAL_VERB_AFTER.match(folded, item.end, sentence_end):
        return True
    return _COUNT_UNTOLD.search(folded, sentence_start, sentence_end) is not None


# The total told after the things that arrived: "the first two F-16s out of a total of 30
# promised", "les deux premiers F-16 d'un total de 30 promis", "die ersten zwei F-16 von
# insgesamt 30 zugesagten" (the things are told as the first ones).
_FIRST_BEFORE = lazy(r"\b(?P<first>first|premi(?:er|ere)s?|erste[nrs]?)\s+(?:[\w-]+\s+)?$")
_TOTAL_AFTER = lazy(
    # (a comma may stand before the total: "ses deux premiers F-16, sur un total de 30")
    r"(?:\s+[\w-]+)?\s*,?\s+(?:" + TOTAL_AFTER_WORDS + r"|out of(?: the)?|of the|sur les|parmi les|von den|der)\s+"
)


def _total_after(
    folded: str, item: Item, counts: list[Count], sentence_start: int, sentence_end: int
) -> tuple[int | None, int] | None:
    gap = _TOTAL_AFTER.match(folded, item.end)
    first = _FIRST_BEFORE.search(folded, max(0, item.start - 30), item.start) if gap else None
    if first is None:
        return None
    total = next((c for c in counts if c.start == gap.end()), None)
    part: int | None = item.quantity or 1
    if item.quantity is None and _untold_first(folded, sentence_start, sentence_end, first.group("first"), item):
        part = None
    return (part, total.value) if total is not None and (part is None or part < total.value) else None


# The count a partitive "en" takes comes after its verb: "le Portugal en a envoyé trois",
# "Berlin en a déjà livré quatre" (references.py finds the pronoun; the same words here).
_PARTITIVE_GAP = lazy(r"(?:\s+[^\W\d][\w'-]*){1,5}\s+")


def _partitive_count(folded: str, end: int, counts: list[Count]) -> int | None:
    count = next((c for c in counts if c.start > end), None)
    if count is None or count.start - end > 60 or not _PARTITIVE_GAP.fullmatch(folded, end, count.start):
        return None
    return count.value


# A count of packages, tranches or batches is no count of what they hold: "two packages
# of IRIS-T", "deux paquets de systèmes", "zwei Pakete mit IRIS-T", "three batches of".
_BATCH_WORD = lazy(
    r"\b(?:packages?|tranches?|batch(?:es)?|shipments?|consignments?|deliveries|waves?|"
    r"paquets?|lots?|livraisons|envois|pakete?n?|tranchen|lieferungen|chargen)\b"
)


# A count of countries or partners before the thing counts them, not it: "money from a dozen
# countries", "mit Geld aus einem Dutzend Ländern Granaten", "d'une douzaine de pays" (folded).
_GIVERS_COUNTED = lazy(
    r"\b(?:countries|nations|states|allies|partners|donors|governments|pays|etats|partenaires|donateurs|"
    r"gouvernements|lander\w*|staaten|verbundete\w*|partnern?|regierungen)\b"
)


def _quantity_before(
    folded: str, start: int, counts: list[Count], after: int = 0, count_starts: list[int] | None = None
) -> int | None:
    """A count that ends at most three words before the item ("14 modern Leopard 2"),
    with no other item between (one that ends after `after`), and that counts no
    packages of it (_BATCH_WORD). `count_starts`, where the counts start (they come
    sorted so), lets the search begin at the last count that starts before the item: from
    the text's last count, every item of a long list stepped over all the counts after it."""
    top = len(counts) if count_starts is None else bisect_left(count_starts, start)
    for index in range(top - 1, -1, -1):
        count = counts[index]
        if count.end <= start:
            if count.start < after or _BATCH_WORD.search(folded, count.end, start):
                return None
            if _GIVERS_COUNTED.search(folded, count.end, start):
                return None  # "mit Geld aus einem Dutzend Ländern Granaten": the count is the countries
            if _COUNT_GAP.fullmatch(folded, count.end, start) or _AGENT_GAP.fullmatch(folded, count.end, start) or (
                _LAUNCHERS_OF_GAP.fullmatch(folded, count.end, start)
            ) or (
                _AGENT_PARTITIVE_GAP.fullmatch(folded, count.end, start)
                and _FIRST_FEW_BEFORE.search(folded, max(0, count.start - 12), count.start)
            ):
                lower = count_range_lower(folded, counts, index)
                return lower if lower is not None else _figure_replacing(folded, counts, index)
            top_end = dashed_range_end(folded, count)
            if top_end is not None and _COUNT_GAP.fullmatch(folded, top_end, start):
                return count.value  # "40-50 tanks", "40 bis 50 Panzer": the lower bound (ranges.py)
            return None
    return None


def _figure_replacing(folded: str, counts: list[Count], index: int) -> int:
    """The count told as replacing the one right before the things: in "zehn statt sechs
    Leopard-2-Panzer", "ten rather than six tanks", "dix au lieu de six chars" the old
    figure stands next to the things, the new one before it (a pledge restated)."""
    count = counts[index]
    if index > 0 and _REPLACED_BETWEEN.fullmatch(folded, counts[index - 1].end, count.start):
        return counts[index - 1].value
    return count.value


# (folded text between the new figure and the old one it replaces; a correction denies the
# old one: "16 und nicht 20 Panzer", "12 et non 20 chars", "40, not 30 Bushmasters")
_REPLACED_BETWEEN = lazy(
    r"\s+(?:statt|anstatt|anstelle von|instead of|rather than|au lieu de|plutot que)\s+|" + NOT_THE_OLD_FIGURE + r"\s+"
)
