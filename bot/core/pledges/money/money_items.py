"""Money in a sentence: which amounts are records of their own, and of what.

Every amount is a funding record unless it is a contract's or a sale's value, money told
as civil aid (humanitarian, economic, budget: not military aid by the labelling rules),
or a share of a total told with it ("of the €500 million, €100 million goes to ..."),
which is left to the total so the money is counted once. An amount that values
equipment is category "other"; one earmarked for a single item is that item's value.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace

from bot.core.pledges.money.relative_shares import RELATIVE_AFTER_DONT, relative_share_word
from bot.core.pledges.money.remainders import rest_of_a_promise
from bot.core.pledges.money.recipient_shares import refills_own_stocks, shares_for_others, ukraines_share_told_next
from bot.core.pledges.money.respective_sums import purpose_reach, respective_sums
from bot.core.pledges.money.running_totals import running_totals, totals_over_the_war
from bot.core.pledges.passes.records import VAGUE, Cue, Item, Mention
from bot.core.pledges.passes.sentence import Sentence
from bot.core.pledges.quantities.numbers import Money
from bot.core.pledges.status.nearest_cue import nearest_cue
from bot.core.pledges.things.items import items_bought_before, items_paid_for
from bot.core.text.lazy_pattern import lazy

# (the rest of the thing's name and the recipient may stand between the thing and its
# worth: "Patriot missiles for Ukraine worth $300 million", "IRIS-T systems worth", "des
# canons Caesar à l'Ukraine pour une valeur de", "IRIS-T-Systeme für die Ukraine im Wert
# von"; not another thing joined by "and")
# (folded text between a thing and the accessories told with it, see _WORTH_BETWEEN)
_ACCESSORIES = (
    r"\s+(?:and|et|und|sowie)\s+(?:d'|des\s+)?(?:(?:related|associated|support)\s+equipment|"
    r"equipements?\s+(?:associes|connexes)|(?:dazugehorigem\s+)?zubehor)"
)
_ACCESSORIES_AFTER = lazy(_ACCESSORIES)
_ACCESSORY_WORD = lazy(r"equipment|equipements?|zubehor")
_WORTH_BETWEEN = lazy(
    r"(?:-\w+)?(?:\s+(?!(?:and|et|und|or|ou|oder|sowie|for|to|pour|a|fur|an)\b)[\w-]+){0,3}?"
    # (the accessories a sale or an order holds ride with the things: "air defence missiles and related equipment
    # worth", "missiles antiaériens et d'équipements associés d'une valeur de", "Flugabwehrraketen und Zubehör im
    # Wert von", stop 63)
    rf"(?:{_ACCESSORIES})?"
    r"(?:\s+(?:for|to|pour|a|fur|an)\s+(?:die\s+|l')?(?:ukraine|kyiv|kiev|kiew|kyjiw|"
    # (or its army: "für die ukrainische Armee", "pour l'armée ukrainienne", "for Ukraine's army")
    r"ukraine's (?:army|armed forces|forces)|armee ukrainienne|ukrainische armee|ukrainischen streitkrafte))?"
    # (and the maker it is bought from: "obus ... pour l'Ukraine auprès de fabricants européens, pour un montant
    # total de", "launchers from Diehl Defence for Ukraine, worth"; review 63)
    r"(?:\s+(?:aupres de|aupres des|from|bei)\s+(?:[\w-]+\s+){0,2}?[\w-]+)?"
    # (and a time after it: "to Ukraine by the summer, paid for with")
    r"(?:\s+(?:by|before|in|next|this|from|d'ici|avant|en|bis|ab)\s+(?:the\s+|la\s+|le\s+|l')?[\w-]+)?"
    # (or how long a service runs: "their subscriptions for another year at a cost of", "pour
    # un an", "für ein weiteres Jahr")
    r"(?:\s+(?:for|pour|fur)\s+(?:another|a further|one more|an?|one|two|three|un|une|deux|trois|"
    r"ein|eine|ein weiteres|zwei|drei)\s+(?:more\s+)?(?:years?|months?|ans?|annees?|mois|jahre?|monate?)"
    r"(?:\s+supplementaires?|\s+de plus)?)?"
    # (and a comparison set off by commas: "100 000 drones à l'Ukraine d'ici avril, soit dix fois plus que l'an
    # dernier, pour un coût de", "ten times as many as last year, at a cost of", "zehnmal so viele wie im Vorjahr")
    r"(?:\s*,\s*(?:soit|that is|ten|twice|three|four|five|dix|deux|trois|zehnmal|doppelt|dreimal)\s[^,.;]{0,60}?(?=,))?"
    # (a worth may stand in brackets after the things: "12 howitzers (worth ...)", "(im Wert von")
    r"\s*[,(]?\s*(?:worth|valued at|im wert von|mit einem wert von|im umfang von|d'une valeur (?:totale )?de|"
    r"pour une valeur (?:totale )?de|pour un montant (?:total |global )?de|"
    # what paid for the thing is its price: "paid for with 2 billion crowns", "financés avec",
    # "bezahlt mit", and the French price told by "pour": "18 obusiers pour 1,1 milliard"
    r"(?:(?:were|was|are|is|will be|have been|has been|sont|seront|ont ete|werden|wurden)\s+)?"
    r"(?:paid for|financed|funded|payes?|payees?|finances?|financees?|bezahlt|finanziert)\s+(?:with|avec|mit)|pour|"
    # ... and the sum an active paying verb spends on the thing, told after it: "Luxemburg
    # finanziert 200 Satellitenterminals ... mit 8 Millionen Euro", "finance ... avec"
    r"mit|avec|"
    # a purchase's price told after the thing: "at a cost of", "pour un coût de", "zum Preis von"
    r"at a (?:total )?(?:cost|price) of|pour un cout (?:total )?de|au prix de|zum preis von|zu (?:kosten|einem preis) von)\s+"
    # (a sum told of several givers: "worth a combined 1.6 billion euros", "worth a total of")
    r"(?:a combined |a total of |a joint )?(?:about |around |some |nearly |almost |more than |over |up to |"
    r"rund |etwa |knapp |mehr als |uber |fast |bis zu |environ |pres de |quelque |plus de |jusqu'a )?"
)
# ... or the sum alone in brackets right after the things, as round-ups list them: "satellite
# communication terminals for Ukrainian units (€15 million)", "12 Haubitzen (90 Millionen Euro)"
# (the bracket holding the sum and nothing else; the rest of the thing's name or whom it is for
# may stand before it, three words at most, no other thing joined by "and").
_SUM_ALONE_IN_BRACKETS = lazy(r"(?:-\w+)?(?:\s+(?!(?:and|et|und|or|ou|oder|sowie)\b)[\w-]+){0,3}?\s*\(\s*")
_BRACKET_CLOSES = lazy(r"\s*\)")
# ... or before the thing, as the worth of the shipment that carries it: "a planned $300
# million shipment of Patriot missiles", "a 400 million euro delivery of IRIS-T missiles",
# "eine 200-Millionen-Euro-Lieferung von Granaten" (a package's worth is money given: no
# package here; an order's is a contract's, read elsewhere)
_WORTH_OF_SHIPMENT = lazy(
    r"[\s-]*(?:(?:euros?|dollars?|pounds?|francs?|crowns?|kronen?)[\s-]+)?"
    r"(?:shipments?|deliver(?:y|ies)|consignments?|transfers?|\w*lieferung(?:en)?)"
    r"\s+(?:of|von)\s+(?:the\s+|new\s+|more\s+|additional\s+|further\s+|weiteren\s+|neuen\s+)?"
)
# A bare "mit"/"avec" before the sum is its price only after a paying verb: "Luxemburg finanziert
# 200 Terminals ... mit 8 Millionen Euro"; "liefert der Ukraine Drohnen mit 300 Millionen Euro"
# gives the drones and the money side by side (folded text: up to the sum; the verb anywhere in
# the sentence).
_WITH_THE_SUM = lazy(r"\s(?:mit|avec)\s+(?:[a-z]+\s+)?$")
_PAID_WITH_THE_SUM = lazy(
    r"(?:paid for|financed|funded|payes?|payees?|finances?|financees?|bezahlt|finanziert)\s+(?:mit|avec)\s+(?:[a-z]+\s+)?$"
)
_PAYING_VERB = lazy(r"\b(?:finanzier\w*|bezahl\w*|financ\w*|pai[eo]\w*|pa(?:y|ys|id)\b)")


def _with_a_sum_beside(folded: str, start: int, end: int, thing: Mention, money: Money) -> bool:
    bare = _WITH_THE_SUM.search(folded, thing.end, money.start) and not _PAID_WITH_THE_SUM.search(
        folded, thing.end, money.start
    )
    # (German may put the paying verb last: "wird 20 Panzer ... mit 500 Millionen Euro bezahlen";
    # Ukraine's own making paid for, "finanziert ukrainische Drohnen mit", is production money,
    # read elsewhere)
    return bool(bare) and (
        not _PAYING_VERB.search(folded, start, end) or bool(_UKRAINIAN_MADE_BEFORE.search(folded, max(start, thing.start - 14), thing.start))
    )


_UKRAINIAN_MADE_BEFORE = lazy(r"\bukrain\w*\s+$")


_VALUES_EQUIPMENT = lazy(
    r"\s*(?:worth\s+)?(?:of|d'|de|an)\s*(?:[\w-]+\s+){0,2}(?:equipements?|equipment|materiels?|materiel|weapons|armes|"
    r"armements?|waffen|rustungsgut\w*|ausrustung)\b"
)


# ... but the worth of weapons in general whose contents are listed after it ("pour 425 millions de dollars
# d'armes prélevées sur les stocks, dont des missiles", "$425 million worth of weapons, including", "Waffen im
# Wert von 425 Millionen Dollar, darunter") is the package's money beside its contents, as "$425 million in
# weapons, including" is: funding, not equipment that gives way to the precise things (stop 63). (Not German
# "wie" alone: ", wie das Ministerium mitteilte" is the source's attribution, which most German reports of a sum
# carry, and read as a list it made the equipment's worth funding; reread 63.)
_CONTENTS_LISTED_AFTER = lazy(
    rf"[^.;:!?]{{0,90}}?,\s*(?:including|among them|notably|such as|dont(?!{RELATIVE_AFTER_DONT})|notamment|parmi lesquel\w+|"
    r"darunter|unter anderem|etwa|wie etwa|wie zum beispiel|zum beispiel|beispielsweise)\s"
)


# A worth set off by a comma after a list is the list's: "40 000 obus et des dizaines de drones, pour
# un montant de 350 millions" (without it, "Bushmasters and 500 drones worth A$75 million", the worth
# is the last thing's); so is a French price after a list ("des munitions d'artillerie et des
# drones pour environ 510 millions d'euros": the package's money)
_WORTH_SET_OFF = lazy(r",|\bpour\b")
# Two things of different kinds joined in one list (folded text between them): "près de
# 20 000 obus et plusieurs dizaines de drones", "shells, drones and radars".
_LIST_JOIN = lazy(r"[^.;:!?]{0,50}?(?:,|\b(?:and|et|und|sowie|as well as|ainsi que)\b)[^.;:!?]{0,40}")


def _head_of_its_kind(folded: str, item: Item | None, items: list[Item], cues: list[Cue]) -> Item | None:
    """The first of a list of one kind the item ends: "deux lanceurs NASAMS et leurs missiles, pour
    130 millions" values the launchers (their missiles go with them, no record of their own). A
    verb between the two ends the list: "has paid for 20,000 Starlink terminals ..., said it would
    cover their subscriptions ... at a cost of" values the subscriptions, not the terminals."""
    while item is not None:
        before = [i for i in items if i.end <= item.start]
        if not before or before[-1].category != item.category or not _LIST_JOIN.fullmatch(folded, before[-1].end, item.start):
            return item
        if any(before[-1].end <= cue.start < item.start for cue in cues):
            return item
        item = before[-1]
    return item


def _last_of_a_list(folded: str, thing: Mention, items: list[Item]) -> bool:
    """A worth told after a list of several kinds of things ("20 000 obus et plusieurs dizaines
    de drones navals, pour un montant de 200 millions") is the whole package's, money given,
    not the last thing's price (the things as items.py groups them: "Patriot launchers and
    missiles" are one kind)."""
    own = next((i for i in items if i.start <= thing.start and thing.end <= i.end), None)
    if own is None:
        return False
    before = [i for i in items if i.end <= own.start and i.category not in VAGUE and i.category != "funding"]
    return (
        bool(before) and before[-1].category != own.category
        and _LIST_JOIN.fullmatch(folded, before[-1].end, own.start) is not None
    )


def money_items(
    sentence: Sentence, mentions: list[Mention], money: list[Money], items: list[Item], cues: list[Cue],
    shares: bool = False,
) -> list[Item]:
    """The sentence's amounts that are money given, as items (category "funding", or
    "other" for the value of equipment); not a price, civil aid, what named items cost
    or a contract's value."""
    folded = sentence.folded
    # An amount that values equipment ("55 milliards de dollars d'équipements", "$1bn
    # worth of weapons") is that equipment, not money given: category "other".
    # An amount told as the worth of a named thing ("ammunition worth 10 million euros",
    # "Munition im Wert von 100 Millionen Euro") is that thing's price, not money given:
    # no record of its own beside a precise item, the value of equipment beside weapons
    # in general ("Rüstungsgüter im Wert von ..."). A package's worth is money given.
    worth_of = {
        m.start: thing for m in money
        for thing in mentions
        if (
            # (110: room for a comparison set off by commas, "d'ici avril, soit dix fois plus que l'an dernier,")
            0 <= m.start - thing.end <= 110 and _WORTH_BETWEEN.fullmatch(folded, thing.end, m.start)
            or 0 <= m.start - thing.end <= 40 and _SUM_ALONE_IN_BRACKETS.fullmatch(folded, thing.end, m.start)
            and _BRACKET_CLOSES.match(folded, m.end) is not None
            or 0 <= thing.start - m.end <= 40 and _WORTH_OF_SHIPMENT.fullmatch(folded, m.end, thing.start)
        )
        and thing.category != "funding" and not PACKAGE_BEFORE.search(folded, thing.start, thing.end)
        and not (_WORTH_SET_OFF.search(folded, thing.end, m.start) and _last_of_a_list(folded, thing, items))
        and not _with_a_sum_beside(folded, sentence.start, sentence.end, thing, m)
    }
    # (... and when the accessories are a thing of their own, "related equipment", the worth told after them is
    # still the things': _ACCESSORIES_AFTER, as _WORTH_BETWEEN reads them)
    # (the mentions ending shortly before the accessories only, found by bisection: a list of thousands of sums
    # and things costs no square)
    mention_ends = sorted((m.end, i) for i, m in enumerate(mentions))
    for start, thing in list(worth_of.items()):
        if thing.category in VAGUE and _ACCESSORY_WORD.search(folded, thing.start, thing.end):
            low = bisect_left(mention_ends, (thing.start - 60, -1))
            high = bisect_left(mention_ends, (thing.start + 1, -1))
            main = next((
                mentions[i] for end, i in mention_ends[low:high]
                if mentions[i].category not in VAGUE and _ACCESSORIES_AFTER.fullmatch(folded, end, thing.end)
            ), None)
            if main is not None:
                worth_of[start] = main
    # (a sum split between Ukraine and other recipients: only Ukraine's share is a record;
    # a sum refilling the donor's own stocks is none)
    totals = running_totals(folded, money)
    not_ukraines = shares_for_others(
        sentence.full, money, [(m.start, m.end) for m in (*mentions, *items)]
    ) | refills_own_stocks(folded, money) | totals | totals_over_the_war(folded, money)
    sum_starts = [m.start for m in money]  # (in reading order: find_money's)
    money_items = [
        Item(m.start, m.end, "other" if (
            _VALUES_EQUIPMENT.match(folded, m.end) or m.start in worth_of
        ) and not _CONTENTS_LISTED_AFTER.match(folded, m.end, sentence.end) else "funding",
             None, value=m.value, currency=m.currency)
        for m in money
        if (m.start not in worth_of or worth_of[m.start].category in VAGUE)
        and not _civil_money(folded, sentence.start, sentence.end, m, money, sum_starts)
        and m.start not in not_ukraines
        and not rest_of_a_promise(folded, m)
    ]
    # A running total that is the sentence's only figure ("unveiled a new aid package, bringing its
    # total to 75 billion crowns") leaves the news as the sentence tells it without the total: a
    # package with no sum (category "other", no figure, as "Sweden unveiled a new aid package" reads
    # alone), not the sentence lost.
    if totals and not money_items and not items and all(m.start in totals for m in money):
        first = min(money, key=lambda m: m.start)
        money_items = [Item(first.start, first.end, "other", None)]
    # (a whole whose next sentence tells Ukraine's share of it: the share is the figure)
    split = ukraines_share_told_next(sentence.full, sentence.start, sentence.end, money)
    if split is not None:
        whole, share = split
        money_items = [
            replace(i, value=share.value, currency=share.currency) if i.start == whole.start and i.value == whole.value
            else i for i in money_items
        ]
    # ... and the named thing's record carries that worth as its value (unless the worth
    # is a share of a total told before it: see below).
    for m in money:
        thing = worth_of.get(m.start)
        if thing is not None and thing.category not in VAGUE and not (
            shares or _share_of_a_total(folded, sentence.start, m, money)
        ):
            valued = _head_of_its_kind(folded, next((i for i in items if i.start <= thing.start and thing.end <= i.end), None), items, cues)
            if valued is not None and valued.value is None:
                valued.value, valued.currency = m.value, m.currency
    # Money earmarked for named items ("€20 million for the purchase of FPV drones",
    # "400 Millionen € für den Kauf von Drohnen") is what the items cost: the items are
    # the records, with the amount as their value, not a separate gift. An amount for
    # several items together ("NOK 1 billion for air defence and ammunition") is no one
    # item's value: it stays the money given, beside the items. A share of a package
    # told with its total ("a €2 billion package, including €400 million for drones",
    # "dont 400 millions pour des drones", "darunter ...") is counted in the total once:
    # the item is recorded without it.
    # Sums told "respectively" of several givers are one list paying for the one thing
    # named after the list: that thing's values, one a giver (respective_sums.py).
    told_respectively = []
    for told in respective_sums(folded, sentence.start, sentence.end, money_items):
        bought = items_paid_for(folded, purpose_reach(folded, told), items)
        if len(bought) == 1 and bought[0].value is None and not (
            shares or any(_share_of_a_total(folded, sentence.start, m, money) for m in told)
        ):
            bought[0].value, bought[0].currency = told[0].value, told[0].currency
            bought[0].respective_values = tuple(m.value for m in told)
            told_respectively += told
        elif not bought and not shares and not any(_share_of_a_total(folded, sentence.start, m, money) for m in told):
            # ... and, paying for no thing named (money into a fund: "will pay 300 million
            # and 100 million euros respectively into a NATO fund"), the list is the funding
            # itself, one amount a giver: the first amount stands for the list.
            told[0].respective_values = tuple(m.value for m in told)
            told_respectively += told[1:]
    money_items = [m for m in money_items if m not in told_respectively]
    unpaid = []
    # Two sums sharing the unit told after the second ("300 and 200 million euros for air
    # defence", "400 und 250 Millionen Euro für die Luftverteidigung") pay for the same
    # thing: the first is a record of that thing of its own, with its own sum.
    paired = {
        a.start: b for a, b in zip(money_items, money_items[1:])
        if a.currency == b.currency and _SUMS_PAIRED.fullmatch(folded, a.end, b.start)
    }
    also_paid = []
    share_of_the_total_before = _SHARE_OPENING.match(folded, sentence.start) is not None
    for money_item in money_items:
        # A sentence opening on a share of the total told before it ("Davon sollen 500 Millionen
        # Euro in die Beschaffung von Artilleriemunition fließen", "Sur ce montant, 300 millions
        # serviront à l'achat de drones"): the sum earmarked for a thing named after it is part
        # of that total, no money of its own (the thing stays, without the sum). A share told
        # with no purpose ("Davon hat Deutschland 11 Milliarden geliefert") is left as it is.
        if share_of_the_total_before and any(
            i.category not in VAGUE and money_item.end < i.start <= money_item.end + 60 for i in items
        ) and _EARMARKED_AFTER.match(folded, money_item.end):
            continue
        bought = items_paid_for(folded, money_item, items) or items_bought_before(
            folded, sentence.start, money_item, items
        ) or _mainly_held(folded, sentence.end, money_item, items) or _made_things_held(
            folded, sentence.end, money_item, items, cues
        )
        # A sum for several counted things ("$200 million to help Ukraine buy 20 drones
        # and five radars", "pour l'achat de 20 radars et 500 drones") is no one thing's:
        # each thing is its own record with its count and no sum, and the sum is the
        # payer's funding beside them (the lead's ruling of stop 48, as the real set labels
        # a sum paying for several things: the money a funding record, the things without it),
        # as it is for several things uncounted (len(bought) != 1 below).
        partner = paired.get(money_item.start)
        if not bought and partner is not None and not shares:
            bought_too = items_paid_for(folded, partner, items)
            if len(bought_too) == 1 and bought_too[0].category not in VAGUE:
                also_paid.append(replace(
                    bought_too[0], start=money_item.start, end=money_item.end, quantity=None,
                    value=money_item.value, currency=money_item.currency, respective_values=(),
                ))
                continue
        if len(bought) != 1:
            unpaid.append(money_item)
        elif shares or _share_of_a_total(folded, sentence.start, money_item, money):
            pass
        elif bought[0].value is None:  # (the first amount named for it, if two are)
            bought[0].value, bought[0].currency = money_item.value, money_item.currency
    money_items = unpaid
    # An amount under a contract is its value, not a gift; so is a sale's price ("approved
    # the sale of missiles for $825 million").
    given = []
    for money_item in money_items:
        cue = nearest_cue(money_item, cues)
        if _ORDER_WORTH_BEFORE.search(folded, max(sentence.start, money_item.start - 40), money_item.start):
            # an order's or contract's worth told with it ("received an order worth 2.1 billion crowns
            # from the government to supply Ukraine with RBS 70 systems", "une commande d'un montant de",
            # "einen Auftrag über 2 Mrd. Euro"), whatever verb is nearest: the price of the one thing
            # ordered, no funding of its own (review 58's markets story)
            if _value_the_one_thing_contracted(money_item, items) != "priced":
                given.append(money_item)
            continue
        if cue is None or (cue.status != "production" and not _A_SALE.search(folded, cue.start, cue.end)):
            given.append(money_item)
        elif _FOR_CAPACITY.match(folded, money_item.end):
            # money released for the capacity to make, no thing named ("has released 2 billion euros for
            # production capacity"): the making's worth, read below, not an order's value lost (stop 63)
            given.append(money_item)
        elif cue.status == "production" and _value_the_one_thing_contracted(money_item, items) == "several":
            # a contract buying several kinds of things: its worth is no one thing's, but the
            # contract's own, as money at the contract's stage ("a 900 million euro contract
            # for shells and Skyranger vehicles")
            given.append(money_item)
    # A sum whose purpose is the making of arms in general, no thing named ("300 Millionen Euro, um die
    # Rüstungsproduktion in der Ukraine zu finanzieren", "pour financer la production d'armes", "to pay
    # for arms production"), is that making, as paying for it is (sentence_reading's "finanziert die
    # Produktion von Waffen"): production with the sum, not funding beside it.
    given = [
        replace(m, category="production") if m.category == "funding" and _PAYS_FOR_MAKING_IN_GENERAL.match(folded, m.end)
        else m
        for m in given
    ]
    return given + also_paid


# (folded text, right after a sum: its purpose the making of arms with no thing named; "the
# production of drones" names its thing, which takes the sum as its price: items_paid_for)
_MAKING_IN_GENERAL = (
    r"(?:(?:arms|weapons|defen[cs]e|military|munitions) )?(?:production|manufacturing|making)"
    r"(?: of (?:arms|weapons|military equipment))?|"
    r"(?:production|fabrication)(?: d'armes| d'armement| de defense| militaire| d'equipements militaires)?|"
    r"(?:rustungs|waffen|verteidigungs)?(?:produktion|herstellung|fertigung)(?: von waffen| von rustungsgutern)?"
)
# (folded text, right after a sum: the capacity to make as its purpose, "for production capacity", "pour les
# capacités de production", "für Produktionskapazitäten": the making in general, no thing named)
_CAPACITY = (
    r"(?:(?:the |new |more |additional |industrial |les |des |de nouvelles |la |die |neue )?"
    r"(?:(?:ammunition |arms |defence |defense )?production capacit(?:y|ies)|capacites? (?:de production|industrielles?)|"
    r"\w*produktionskapazitat\w*|\w*fertigungskapazitat\w*))"
)
_FOR_CAPACITY = lazy(r"(?:\s+(?:bereit|frei|zur verfugung))?\s*,?\s*(?:for|pour|fur)\s+" + _CAPACITY + r"(?![\w-])")
_PAYS_FOR_MAKING_IN_GENERAL = lazy(
    # (the German verb's particle may close its bracket first: "stellt 300 Millionen Euro bereit, um")
    r"(?:\s+(?:bereit|frei|zur verfugung))?\s*,?\s*(?:(?:to (?:pay for|fund|finance)|pour (?:financer|payer)|afin de financer|zur finanzierung)\s+"
    r"(?:the |its |their |la |sa |leur |der |ihrer )?"
    rf"(?:{_MAKING_IN_GENERAL})|"
    # (German tells the verb last: "um die Rüstungsproduktion in der Ukraine zu finanzieren")
    rf"um (?:die |ihre |deren )?(?:{_MAKING_IN_GENERAL})(?: [\w-]+){{0,5}}? zu (?:finanzieren|bezahlen)|"
    # (... or the capacity to make as the sum's object: "for production capacity", "für Produktionskapazitäten";
    # stop 62's "to boost production capacity", an aim with no thing named, stays a promise of money)
    r"(?:for|pour|fur)\s+" + _CAPACITY + r")"
    r"(?![\w-])(?! (?:of|de|d'|des|du|von|der) )"
)


def worth_of_a_making(sentence: Sentence, money: list[Money], making: Cue) -> Money | None:
    """The sum paid for a making told with no thing named, which money_items leaves to the making
    as a contract's value: "will lend €600 million to Ukrainian defence manufacturers to expand
    production", "paiera 200 millions d'euros à des fabricants ukrainiens pour produire des armes"
    (review 55's label: the production record with the sum). The first amount inside the making's
    cue (the makers' pay, between the paying verb and the making), not civil aid, another recipient's
    share or a running total. A contract's worth told beside it ("Der Auftrag hat einen Wert von rund
    400 Millionen Euro") is the order's, whose things the sentence before named: not kept here."""
    folded = sentence.folded
    inside = [m for m in money if making.start <= m.start and m.end <= making.end]
    if not inside:
        return None
    sum_starts = [m.start for m in inside]
    not_ukraines = (
        shares_for_others(sentence.full, inside, []) | refills_own_stocks(folded, inside)
        | running_totals(folded, inside) | totals_over_the_war(folded, inside)
    )
    for m in inside:
        if m.start in not_ukraines or _civil_money(folded, sentence.start, sentence.end, m, inside, sum_starts):
            continue
        return m
    return None


# (folded text: a sentence opening on a share of what the sentence before told, and the
# purpose the share goes to, right after its sum)
_SHARE_OPENING = lazy(r"\s*(?:davon|hiervon|of (?:this|that|it|which)|sur ce(?:tte)? (?:montant|somme|enveloppe))\b")
_EARMARKED_AFTER = lazy(
    r"\s+(?:[\w'-]+\s+){0,3}?(?:in (?:die|den) (?:beschaffung|kauf|anschaffung|produktion)|fur|for|to buy|to purchase|"
    r"go(?:es)? to|pour|(?:a|aux?) l'achat|a l'acquisition|serviront a|servira a)\b"
)


# (folded text between two sums of one pair: "300 and 200 million", "400 und 250 Millionen")
_SUMS_PAIRED = lazy(r"\s+(?:and|et|und)\s+")


def _value_the_one_thing_contracted(money: Item, items: list[Item]) -> str:
    """A contract's value is the price of what it buys, when the sentence names one thing:
    "will sign contracts worth 200 million euros with Ukrainian firms to produce drones",
    "Verträge im Wert von 300 Millionen Euro ..., um dort Drohnen bauen zu lassen". Says
    what it did: "priced", "several" (kinds of things, none priced) or "none"."""
    things = [i for i in items if i.category not in VAGUE and i.category not in ("funding", "production")]
    if any(i.value is not None for i in items):
        return "none"  # (the sum already prices a thing the sentence names)
    if len(things) == 1:
        things[0].value, things[0].currency = money.value, money.currency
        return "priced"
    return "several" if len({i.category for i in things}) > 1 else "none"


_A_SALE = lazy(r"\b(?:sales?|vente|\w*verkauf\w*)\b")
# (folded text, right before a sum) the order or contract it is the worth of.
_ORDER_WORTH_BEFORE = lazy(
    r"\b(?:orders?|contracts?|commandes?|contrats?|\w*auftrag|\w*auftrage|\w*vertrag)\s+"
    r"(?:worth|valued at|of|totalling|d'un montant (?:total )?de|d'une valeur de|de|uber|im wert von|in hohe von)\s+"
    r"(?:about |around |some |nearly |more than |over |rund |etwa |knapp |environ |pres de |plus de )?$"
)


# A worth told with the one thing it mainly buys: "un paquet d'une valeur de 210 millions
# de zlotys (49 millions d'euros), comprenant principalement des munitions", "worth $50
# million, consisting mainly of shells", "bestehend vor allem aus Munition": that thing's
# worth, as "ammunition worth ..." is (folded text, between the amount and the thing).
_MAINLY = r"(?:principalement|essentiellement|surtout|mainly|mostly|largely|primarily|chiefly|vor allem|hauptsachlich|uberwiegend)"
_HOLDING = r"(?:comprenant|composee?s?|constituee?s?|consisting|comprising|made up|bestehend)"
_MAINLY_HOLDING = lazy(
    rf"\s*(?:\([^()]{{1,40}}\))?\s*,?\s*(?:(?:and|et|und)\s+)?(?:{_HOLDING}\s+)?{_MAINLY}\s+(?:{_HOLDING}\s+)?"
    r"(?:(?:de|d'|des|du|of|aus)\s*)?(?:les |the )?"
)


def _mainly_held(folded: str, end: int, money: Item, items: list[Item]) -> list[Item]:
    """The one thing an amount is told to mainly buy (_MAINLY_HOLDING), alone in its clause; else []."""
    after = [i for i in items if i.start >= money.end]
    if not after:
        return []
    first = min(after, key=lambda i: i.start)
    if not _MAINLY_HOLDING.fullmatch(folded, money.end, first.start):
        return []
    close = _CLAUSE_MARK.search(folded, first.end, end)
    high = close.start() if close else end
    return [] if any(i is not first and first.end <= i.start < high for i in items) else [first]

# A worth that holds one kind of thing, made to order: "an initiative worth 300 million
# euros that includes thousands of long-range drones built by Ukrainian manufacturers",
# "une initiative de 300 millions d'euros comprenant des drones produits en Ukraine". The sum
# pays for making them: the made things' value, not money given beside them (a package
# holding things handed over from stocks keeps its money: the worth is the package's).
_HOLDS_AFTER = lazy(
    r"\s*(?:\([^()]{1,40}\))?\s*,?\s*(?:which|that|qui|der|die|das)?\s*(?:includes?|included|comprend|comprenant|"
    r"inclut|incluant|umfasst|enthalt|beinhaltet)\s+(?:[\w-]+\s+){0,3}?$"
)


def _made_things_held(folded: str, end: int, money: Item, items: list[Item], cues: list[Cue]) -> list[Item]:
    """The one kind of thing a worth holds when a making cue tells of it (see _HOLDS_AFTER); else []."""
    after = [i for i in items if i.start >= money.end and i.category not in VAGUE]
    if len(after) != 1 or not _HOLDS_AFTER.fullmatch(folded, money.end, after[0].start):
        return []
    # (the making told right after them, in their clause: "drones built by Ukrainian manufacturers")
    thing = after[0]
    made = any(
        c.status == "production" and thing.end <= c.start <= thing.end + 60 and not _CLAUSE_MARK.search(folded, thing.end, c.start)
        for c in cues
    )
    return after if made or _MADE_PARTICIPLE_AFTER.match(folded, thing.end) else []


_MADE_PARTICIPLE_AFTER = lazy(
    r"\s+(?:(?:to be|being|a etre)\s+)?(?:built|produced|made|manufactured|fabrique\w*|produit\w*|construit\w*|"
    r"hergestellt\w*|gebaut\w*|produziert\w*)\s+(?:by|in|par|en|von|in der)\b"
)


# What names a share of a total told before it: "including", "of which", "dont",
# "darunter", "davon". (Folded text.)
_SHARE_OF = lazy(
    r"\b(?:including|includes|of which|of this|of that|among them|dont|y compris|parmi lesquel\w*|darunter|davon|"
    r"einschlie(?:ss|s)lich|inklusive)\b"
)

# A sentence that opens by telling what a package named before holds ("The package
# includes €200 million for shells", "Ce paquet comprend", "Das Paket umfasst", "Of this,",
# "Dont", "Davon") tells shares of the amount an earlier sentence gave: counted there.
SHARES_OPENER = lazy(
    r"\s*(?:(?:the|this|that|its|le|ce|cette|la|l'|das|dieses|diese|der|die)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:package|paquet|enveloppe|tranche|aide|aid|assistance|\w*paket|\w*hilfe)\s+(?:[\w-]+\s+)?"
    r"(?:includes?|included|contains?|comprises?|covers?|comprend|inclut|contient|couvre|umfasst|enthalt|beinhaltet)|"
    r"of (?:this|that|it|which|the total)|dont|parmi (?:eux|elles|lesquel\w*)|davon|darunter)\b"
)


def _share_of_a_total(folded: str, start: int, money: Item | Money, amounts: list[Money]) -> bool:
    """Whether the amount is a share of a total named before it in its sentence: an
    earlier amount, then a word of sharing before this one."""
    earlier = next((m for m in amounts if start <= m.start and m.end <= money.start), None)
    if earlier is None:
        return False
    share = _SHARE_OF.search(folded, earlier.end, money.start)
    if share is not None and relative_share_word(folded, share.start(), share.group(), money.start):
        # "dont le détail sera publié plus tard, et 200 millions pour des drones", "the details of which will be
        # published later, and 200 million for drones": a relative clause about the total, a sum told after its
        # comma no share of it ("dont elle a déjà versé 500 millions", inside the clause, still is)
        share = None if "," in folded[share.end():money.start] else share
    return share is not None or _opens_with_the_total(folded, start, earlier)


# A sentence that opens on the total its shares are taken from: "Of the 9 billion euros
# Germany set aside, 2 billion will go to air defence", "Sur les 3 milliards promis, ...",
# "Von den 9 Milliarden Euro, die ..., sollen 2 Milliarden ..." (after a dateline).
_DATELINE = lazy(r"[^()]{0,40}\([^()]{1,30}\)\s*[-–—]\s*")
_TOTAL_OPENER = lazy(r"\s*(?:of|out of|sur|von) (?:the|les|den)\s+")


def _opens_with_the_total(folded: str, start: int, total: Money) -> bool:
    dateline = _DATELINE.match(folded, start, total.start)
    return _TOTAL_OPENER.fullmatch(folded, dateline.end() if dateline else start, total.start) is not None


# A package named as what "includes" its items (folded text).
# (aid told as a whole is a package too: "L'aide militaire de la Suède comprend",
# "Die Militärhilfe Kanadas beinhaltet")
PACKAGE_BEFORE = lazy(
    # (German declines the package: "Teil eines Hilfspakets", "des Paketes")
    r"\b(?:package|paquet|enveloppe|tranche|\w*paket(?:e?s)?|(?:military|security) (?:aid|assistance)|aide militaire|"
    r"\w*militarhilfe)\b"
)
# Money told as humanitarian, economic or budget aid ("100 million euros in humanitarian
# aid", "d'aide économique", "für den Wiederaufbau", "humanitäre Hilfen von drei
# Milliarden", "für den ukrainischen Staatshaushalt") is no military aid (labelling
# rules), unless its clause says military too
# ("in military and humanitarian aid").
_CIVIL_WORD = lazy(
    # (a budget holding the sum is where it is written, not budget aid: "this year's budget holds 9
    # billion euros for arms")
    r"\b(?:humanit\w*|econom\w*|wirtschaft\w*|budget\w*(?! (?:holds|includes|contains|provides|foresees)\b)|haushaltshilfe\w*|staatshaushalt\w*|reconstruct\w*|"
    r"wiederaufbau\w*|recovery|energ\w*|civil\w*|zivil\w*|wages|salaries|salaires|pensions|macro-?financ\w*|"
    r"makrofinanz\w*|refugee\w*|fluchtling\w*|"
    r"refugie\w*|food|alimentaire\w*|lebensmittel\w*|medical|medicaments?|sanitaire\w*|development|developpement|"
    r"entwicklung\w*)"
)
_MILITARY_WORD = lazy(
    r"\b(?:militar\w*|military|militaire\w*|defen[cs]\w*|verteidigung\w*|weapons?|arms|armes?|armement\w*|waffen\w*|"
    r"rustung\w*|security|securite|sicherheit\w*|ammunition|munition\w*)"
)
_CLAUSE_MARK = lazy(r"[,;:(]|\s[-–—]\s")
_FUND = lazy(r"\b(?:funds?|fonds|trust|facilit\w*|fazilitat\w*)\b")
# (a relative clause on where the money goes is still its clause: "an einen Fonds der
# Weltbank, der den ukrainischen Staatshaushalt stützt", "to a fund, which pays salaries")
_RELATIVE_ON_THE_PLACE = lazy(r",\s+(?:der|die|das|which|qui|dont)\s")


def _civil_money(
    folded: str, start: int, end: int, money: Money, sums: list[Money] = (), sum_starts: list[int] | None = None
) -> bool:
    """Whether the clause around an amount calls it civil aid (see _CIVIL_WORD). The clause
    runs on after the sum up to its next mark (a relative clause on where the money goes
    included) or the next sum, 160 characters at most: where money goes is often told last
    ("transferred 300 billion yen from its share of the loans to a World Bank fund that
    supports Ukraine's state budget")."""
    low = max(start, money.start - 40)
    for mark in _CLAUSE_MARK.finditer(folded, low, money.start):
        low = mark.end()
    if sum_starts is None:
        high = min([end, money.end + 160] + [other.start for other in sums if other.start >= money.end])
    else:
        # (the sums in reading order, `sum_starts` where they start: the next is found by
        # bisection, as every sum of a list of thousands looked at all the others)
        following = bisect_left(sum_starts, money.end)
        high = min([end, money.end + 160] + ([sum_starts[following]] if following < len(sum_starts) else []))
    mark = next((
        found for found in _CLAUSE_MARK.finditer(folded, money.end, high)
        if not _RELATIVE_ON_THE_PLACE.match(folded, found.start(), high)
    ), None)
    high = mark.start() if mark else high
    civil = _CIVIL_WORD.search(folded, low, high)
    if civil is None:
        return False
    # Past the first 60 characters a civil word speaks of the money only through the fund it
    # goes to ("to a World Bank fund that supports Ukraine's state budget"): without one it is
    # the clause's other news ("400 million euros for drones as part of a package the cabinet
    # added to its budget plans" stays military; review reread48q).
    if civil.start() > money.end + 60 and not _FUND.search(folded, money.end, civil.start()):
        return False
    return not _MILITARY_WORD.search(folded, low, high)
