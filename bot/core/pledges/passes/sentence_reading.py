"""One sentence's reading: from what the article found in a sentence, its records.

The steps, in order: the status cues as the sentence reads them (sentence_cues.py), the
things it gives (given_items.py) and its money (money_items.py), or the cue itself when
nothing precise is given (paying is funding, a production cue production); who may give
and who receives (the Parties: the givers among the donors, an earlier sentence's donor
it may borrow, partners), less a giver told as the source of things received in a relative
clause (relative_receipts.py); then one record per item and giver (item_records.py). extract.py calls this for every sentence
of an article (and for a verbless headline, through article_passes.py).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from bot.core.models import Pledge
from bot.core.pledges.donors.city_gifts import city_gives_its_own
from bot.core.pledges.donors.company_gifts import company_gives_its_own, company_venture
from bot.core.pledges.donors.donor_groups import donor_group_spans
from bot.core.pledges.donors.donor_places import a_place, where_bought
from bot.core.pledges.donors.initiative_weighers import initiative_weighers
from bot.core.pledges.donors.item_givers import joint_partners
from bot.core.pledges.donors.led_coalitions import coalition_leaders, joins_as_member
from bot.core.pledges.donors.makers import firm_as_maker, makers_as_subject, names_an_industry
from bot.core.pledges.donors.non_givers import givers_among, names_customers, private_fundraiser, private_group
from bot.core.pledges.donors.relative_receipts import relative_receipts
from bot.core.pledges.donors.schemes import paid_into_a_fund
from bot.core.pledges.donors.speakers import chairs_a_meeting, welcomes_after
from bot.core.pledges.donors.users_and_sources import a_user_or_source
from bot.core.pledges.money.money_items import SHARES_OPENER, money_items, worth_of_a_making
from bot.core.pledges.money.payer_money import without_payerless_money
from bot.core.pledges.money.unaided_payments import pays_for_no_aid
from bot.core.pledges.passes.item_records import item_records
from bot.core.pledges.passes.records import Cue, Item, Mention
from bot.core.pledges.passes.sentence import Parties, Sentence
from bot.core.pledges.passes.sentence_cues import (
    cues_as_the_sentence_reads, cues_with_package_status, paid_for_what_arrived,
)
from bot.core.pledges.quantities.numbers import Count, Money
from bot.core.pledges.status.contracts_told_again import contracts_told_again
from bot.core.pledges.status.other_deeds import cues_of_givings
from bot.core.pledges.things.besides_ukraine import set_apart_from
from bot.core.pledges.things.fund_purchases import a_fund_paying_in_general
from bot.core.pledges.things.given_items import given_items, orders_money_is_tied_up_in
from bot.core.pledges.things.item_words import sentence_mentions
from bot.core.pledges.things.items import without_framework_names, without_platforms
from bot.core.pledges.things.own_forces import (
    a_debate_on_its_own_forces,
    outside_own_orders,
    own_forces_orders,
    without_own_orders,
)
from bot.core.pledges.things.own_holdings import orders_for_itself
from bot.core.pledges.things.references import completes_a_promise
from bot.core.text.lazy_pattern import lazy


def _no_firm(name: str) -> bool:
    return False  # a sentence read with no donors of its own (a verbless headline)


def sentence_pledges(
    full: str,
    folded: str,
    start: int,
    end: int,
    mentions: list[Mention],
    money: list[Money],
    counts: list[Count],
    donors: list[tuple[str, int, int]],
    others: list[tuple[str, int, int]],
    ukraine: list[tuple[str, int, int]],
    previous_donors: tuple[str, ...],
    cues: list[Cue],
    inherited: str | None = None,
    usai: bool = False,
    context: str | None = None,
    total_told: bool = False,
    is_firm: Callable[[str], bool] = _no_firm,
) -> list[Pledge]:
    """The records of the sentence full[start:end]: its status cues as the sentence reads
    them, the items and amounts it gives, who gives them, then a record per giver and item.

    The arguments are what the article reading found in this sentence (mentions, money,
    counts, donors, others, ukraine, cues) and what it hands on from earlier sentences:
    `previous_donors`, the donor a sentence naming none may borrow; `inherited`, the
    status of the package whose contents this sentence lists; `context`, the status the
    article's last told step carries; `usai`, whether the article names USAI contracting;
    `total_told`, whether an earlier sentence named an amount (a package whose shares this
    one may tell); `is_firm`, whether a donor name is an arms maker's (Entities.is_firm).
    """
    sentence = Sentence(full, folded, start, end)
    cues = paid_for_what_arrived(sentence, cues_with_package_status(sentence, cues, inherited, context), context)
    # (what a donor orders for its own forces takes no other cue once its order is dropped)
    own_orders = own_forces_orders(sentence, cues) + orders_for_itself(sentence, cues, mentions)
    cues = without_own_orders(sentence, cues_as_the_sentence_reads(sentence, cues), own_orders, told=cues)
    # (an accusation rejected, a refusal to tell, spending on its own defence: no giving's cue)
    cues = cues_of_givings(sentence, cues, others)
    # (money "from a dozen countries" names no payer: no order of whoever was named before)
    cues = without_payerless_money(sentence, cues, donors)
    if not cues:
        return []
    if a_debate_on_its_own_forces(sentence, cues, bool(ukraine)):
        return []
    if _WHETHER_OTHERS_JOIN.search(folded, start, end):
        return []  # "will look at whether other partners join the financing": the others' giving, weighed

    mentions = without_platforms(
        folded, without_framework_names(folded, sentence_mentions(folded, start, end, mentions))
    )
    items = given_items(
        sentence, mentions, counts, money, donors, [c for c in cues if c.status == "requested"],
        [c for c in cues if c.status == "refused"],
    )
    shares = total_told and SHARES_OPENER.match(folded, start) is not None
    items += money_items(sentence, mentions, money, items, cues, shares)
    items = outside_own_orders(items, own_orders)
    items = _items_or_the_cue_itself(sentence, items, cues, money)
    if not items or _the_aid_told_again(sentence, items, cues) or _a_remark_of_its_own(sentence, cues, donors):
        return []
    parties = _sentence_parties(sentence, items, donors, others, ukraine, previous_donors, is_firm)
    receipts = relative_receipts(folded, mentions, parties.groups, parties.donors)
    if not receipts:
        return without_completed_promises(
            item_records(sentence, items, cues, mentions, counts, parties, usai)
        ) + _weighed_by_others(sentence, items, donors)
    # A giver told as the source of the things another giver's things are for gave those,
    # and gives nothing else here (relative_receipts.py).
    sources = {r.group_start for r in receipts}
    parties = replace(
        parties,
        groups=[g for g in parties.groups if g[0] not in sources],
        donors=[d for d in parties.donors if not any(r.group_start <= d[1] < r.group_start + 40 for r in receipts)],
    )
    # (the cues of a clause telling the earlier giving tell only of it: "F-16 jets already
    # delivered by Denmark" do not make Sweden's upkeep money a delivery)
    cues = [c for c in cues if not any(r.item_end <= c.start < r.clause_end for r in receipts)] or cues
    evidence = sentence.evidence()
    return item_records(sentence, items, cues, mentions, counts, parties, usai) + [
        Pledge(code, r.category, "delivered", item=full[r.item_start : r.item_end], evidence=evidence)
        for r in receipts
        for code in r.codes
    ]


def _weighed_by_others(sentence: Sentence, items: list[Item], donors: list[tuple[str, int, int]]) -> list[Pledge]:
    """The things of an initiative others are told weighing ("an initiative that Denmark and the Netherlands said
    they would examine"): under discussion for each of them (initiative_weighers.py)."""
    weighers = initiative_weighers(sentence.folded, sentence.start, sentence.end, donors)
    if not weighers:
        return []
    evidence = sentence.evidence()
    return [
        Pledge(code, item.category, "discussed", item=sentence.full[item.start : item.end], system=item.system,
               evidence=evidence)
        for item in items if item.category not in ("funding", "production")
        for code in weighers
    ]


# A commercial contract with nothing named in it is trade, no making for Ukraine: "Poland
# resumed fuel deliveries under a commercial contract" (the fuel is no gift either:
# given_items._fuel_traded), "dans le cadre d'un contrat commercial", "im Rahmen eines
# Handelsvertrags", "eines kommerziellen Vertrags" (folded text around the contract word).
_TRADE_BEFORE = lazy(r"\b(?:commercial|kommerziell\w*)\s+$")
_TRADE_AFTER = lazy(r"\s+commercia(?:l|ux|le|les)\b")


def without_completed_promises(records: list[Pledge]) -> list[Pledge]:
    """The records less a promise whose last part the same sentence tells delivered ("Germany,
    which pledged three Patriot systems, delivered the last of them"): the promise is kept, the
    delivery of the whole its record (references.completes_a_promise)."""
    done = {(p.donor, p.category, p.system) for p in records
            if p.status == "delivered" and completes_a_promise(p.item)}
    if not done:
        return records
    return [p for p in records if not (p.status == "pledged" and (p.donor, p.category, p.system) in done)]


def _a_trade_deal(folded: str, cue: Cue) -> bool:
    return bool(
        _TRADE_BEFORE.search(folded, max(0, cue.start - 16), cue.start)
        or _TRADE_AFTER.match(folded, cue.end)
        or folded.startswith("handels", cue.start)
    )


def _items_or_the_cue_itself(sentence: Sentence, items: list[Item], cues: list[Cue], money: list[Money]) -> list[Item]:
    """The items, or, when nothing precise is given, the cue as the record: paying
    ("finanzieren", "will fund") is funding, a production cue is production (not orders
    that money is tied up in: "für Aufträge verplant")."""
    folded = sentence.folded
    if not items or all(i.category == "other" for i in items):
        # "wird ... genehmigen und finanzieren": paying is itself the record; so is a package
        # paid for once it arrived ("Das Paket wurde von Deutschland bezahlt", see
        # sentence_cues.paid_for_what_arrived).
        apart_from = set_apart_from(folded, sentence.start, sentence.end)  # (besides the aid to Ukraine)
        paying = [
            c for c in cues
            if (c.status == "pledged" and FINANCING.search(folded, c.start, c.end)
                and not pays_for_no_aid(folded, sentence.start, sentence.end, c.start, c.end)
                and not a_fund_paying_in_general(folded, sentence.start, c.start)
                and not (apart_from is not None and c.start >= apart_from))
            or (c.status == "delivered" and _PAID.search(folded, c.start, c.end))
            # (paying for weapons in general with their worth is money too: "bezahlen US-Waffen
            # im Wert von 600 Millionen Dollar", "will pay for U.S. weapons worth $600 million")
            or (c.kind == "purchase" and _PAYING_FOR.match(folded, c.start, c.end) and any(i.value for i in items))
        ]
        if paying:
            # (paying for the making of weapons in general is that making: "finances the
            # production of weapons in Ukraine", "finanziert die Produktion von Waffen"; a
            # thing named keeps its own category, read as made with its sentence's cues)
            making = _PAYS_FOR_THE_MAKING.match(folded, paying[0].end)
            # (the weapons' worth is the sum paid: "finanziert US-Waffen im Wert von 500 Millionen Dollar")
            worth = next((i for i in items if i.value), None)
            items = [Item(
                paying[0].start, paying[0].end, "production" if making else "funding", None,
                value=worth.value if worth else None, currency=worth.currency if worth else None,
            )]
    if not items:
        production = [
            c for c in cues if c.status == "production"
            # (a status only handed on by the list a ";" continues names no order of its own: "US announces $1.2B
            # under USAI; contracts to take years", stop 63)
            and c.end > c.start
            and not orders_money_is_tied_up_in(folded, sentence.start, sentence.end, c.start, c.end)
            and not contracts_told_again(folded, sentence.start, c.start)
            and not _a_trade_deal(folded, c)
        ]
        if not production:
            return []
        # (the sum paid for the making keeps it: "will lend €600 million to Ukrainian defence
        # manufacturers to expand production" is production worth the loan)
        worth = worth_of_a_making(sentence, money, production[0])
        items = [Item(
            production[0].start, production[0].end, "production", None,
            value=worth.value if worth else None, currency=worth.currency if worth else None,
        )]
    return items


# (folded text) The aid told before, named again by its article or owner: "the aid", "its aid",
# "l'aide", "son aide", "die Hilfe", "diese Unterstützung".
_AID_TOLD_BEFORE = lazy(
    r"(?:the|this|that|its|their|l'|cette|son|sa|leur|die|diese|seine|ihre|deren)\s+(?:[\w-]+\s+)?$"
)
_AID_WORD = lazy(r"(?:aid|assistance|support|aide|soutien|hilfe|unterstutzung)\b")


def _the_aid_told_again(sentence: Sentence, items: list[Item], cues: list[Cue]) -> bool:
    """Whether the sentence, with no cue of its own (only the status the package before hands on,
    as a clause after ";" takes it), names only the aid told before: a remark on its nature
    ("; Dublin stresses the aid is non-lethal", "son aide reste défensive") is no second gift."""
    folded = sentence.folded
    return all(c.start == c.end for c in cues) and all(
        i.category == "funding" and i.value is None and i.quantity is None
        and _AID_WORD.fullmatch(folded, i.start, i.end) is not None
        and _AID_TOLD_BEFORE.search(folded, max(sentence.start, i.start - 30), i.start) is not None
        for i in items
    )


# (folded text, right after the donor opening a clause) a verb of remark: what a donor stresses,
# underlines or warns of is its view, no giving: "; Oslo stressed the importance of air defence",
# "; Oslo a souligné", "; Oslo betonte" (a giving verb after it is a cue of its own).
_REMARK_VERB = lazy(
    r"\s+(?:has\s+|had\s+|a\s+|hat\s+)?(?:stress|underlin|emphasi[sz]|highlight|insist|warn|reiterat|"
    r"soulign|insist|rappel|martel|betont|unterstrich|unterstreicht|mahnt|warnt|hob|hebt)\w*\b"
)
_CLAUSE_OPENING_REACH = 30


def _a_remark_of_its_own(sentence: Sentence, cues: list[Cue], donors: list[tuple[str, int, int]]) -> bool:
    """Whether the sentence, with no cue of its own (only the status the giving before hands on,
    as a clause after ";" takes it), opens with a donor and a verb of remark: "Germany pledged two
    IRIS-T systems; Oslo stressed the importance of air defence" gives Norway nothing."""
    if not all(c.start == c.end for c in cues):
        return False
    folded = sentence.folded
    return any(
        s - sentence.start <= _CLAUSE_OPENING_REACH and _REMARK_VERB.match(folded, e) is not None
        for _, s, e in donors
    )


def _sentence_parties(
    sentence: Sentence,
    items: list[Item],
    donors: list[tuple[str, int, int]],
    others: list[tuple[str, int, int]],
    ukraine: list[tuple[str, int, int]],
    previous_donors: tuple[str, ...],
    is_firm: Callable[[str], bool],
) -> Parties:
    """Who may give the sentence's items: the donors it names that can be givers, grouped,
    the earlier sentence's donor it may borrow, and partners giving together."""
    full, folded = sentence.full, sentence.folded
    # (a system's users and a cited source are no donors here at all: users_and_sources.py)
    donors = [d for d in donors if not a_user_or_source(folded, d[1], d[2])]
    # Without a giver, a maker may be the only name of the giver ("de fabrication
    # franco-italienne"), but a place visited or met in never is.
    # (For training the place is the trainer: "soldiers trained in Britain".)
    trained = any(i.category == "training" for i in items)
    # (a capability coalition's leaders, when it is the subject and gives as the allies, are
    # no givers even so: led_coalitions.py)
    leaders = [
        d for d in donors if d in coalition_leaders(folded, donors) or joins_as_member(folded, d[2])
    ] if previous_donors == ("ALLIES",) else []
    givers = [d for d in givers_among(full, folded, donors, is_firm) if d not in leaders] or [
        d for d in donors
        if d not in leaders and not firm_as_maker(folded, d) and not names_an_industry(folded, d[1], d[2]) and (trained or not a_place(full, folded, d)) and not welcomes_after(folded, d[2]) and not private_group(folded, d)
        and not chairs_a_meeting(full, folded, d[1], d[2]) and not where_bought(folded, d[1], d[2])
        and not paid_into_a_fund(folded, d[1], d[2])
    ]
    if givers and all(names_customers(folded, d) for d in givers):
        givers = []  # buyers alone ("pour des clients occidentaux") give nothing: the last giver is borrowed
    # The donor of an earlier sentence is borrowed when this one names none, or names
    # donors only where they cannot be the subject ("the Prime Minister offered
    # tanks as a sign of the UK's ambition": the giver is the earlier sentence's).
    # Nor is it when Ukraine is who pays, buys or orders: "Ukraine will pay for the guns from
    # its own budget", "Kiew hatte die Systeme selbst bestellt" (Kyiv's own money and order).
    # Nor when its only donor words name private people ("Eine Spendenaktion eines deutschen
    # Vereins brachte ... ein"): they, not the last sentence's state, raised the money.
    # (the press or analysts named by their nationality only tell of a giving: "sagte der
    # Deutschen Presse-Agentur, es seien alle sieben ... eingetroffen" keeps the last giver)
    private_only = bool(donors) and not givers and any(private_fundraiser(folded, d) for d in donors)
    # Nor when a firm gives of its own ("a Swedish truck maker would donate 50 trucks"): no state
    # pays, neither the firm's nationality nor the last giver (company_gifts.py).
    # (... and so does a city: city_gifts.py)
    if company_gives_its_own(folded, sentence.start, sentence.end, donors) or company_venture(
        folded, sentence.start, sentence.end, donors, is_firm
    ) or city_gives_its_own(folded, sentence.start, sentence.end, donors):
        givers, private_only = [], True
    # ... nor does a country's industry named alone ("we want Czech industry to supply more of
    # it"): its makers sell, neither their state nor the last giver gives (makers.names_an_industry)
    if not givers and any(names_an_industry(folded, s, e) for _, s, e in donors):
        private_only = True
    # ... nor do makers as the subject ("Mehrere Hersteller haben neue Werke eröffnet": their own business)
    if not givers and makers_as_subject(folded, sentence.start):
        private_only = True
    # (things named as a class by their origin give neither that origin nor the last giver: "Western
    # tanks such as the Leopard 2 are in use")
    a_class = _A_CLASS_OF_THINGS.search(folded, sentence.start, sentence.end)
    borrowed = previous_donors if previous_donors and not others and not private_only and not _ukraine_pays(
        folded, sentence, ukraine
    ) and a_class is None and not _OTHER_GIVERS.search(folded, sentence.start, sentence.end) else ()
    return Parties(
        donors=donors,
        ukraine=ukraine,
        groups=donor_group_spans(folded, givers),
        borrowed=borrowed,
        partners=(partners := joint_partners(folded, sentence.start, sentence.end, donors)),
        partners_at=next((s for code, s, _ in donors if partners and code == partners[0]), -1),
        others=tuple(others),
    )


# (folded text) things named as a class by their origin and examples, a comparison or a survey of the
# front: "Western tanks such as the Leopard 2 or the Abrams are in use only in small numbers", "les chars
# occidentaux comme le Leopard", "Westliche Kampfpanzer wie der Leopard 2": no one's giving, so no
# giver of an earlier sentence is borrowed for them (review 60)
_A_CLASS_OF_THINGS = lazy(
    r"\b(?:western|westliche\w*|occidenta(?:l|le|ux|les))\s+(?:[\w-]+\s+){0,2}?"
    r"(?:such as|like|wie|comme|tels que|telles que|tel que)\s"
)


# (folded text) givers other than those named, as a group: "whether other partners will join the
# financing", "ob weitere Partner sich an der Finanzierung beteiligen", "si d'autres partenaires s'y
# joindront": not the last giver (review 60)
_OTHER_GIVERS = lazy(
    r"\b(?:other|further|more) (?:partners|donors|allies|countries|governments)\b|"
    r"\b(?:weitere|andere) (?:partner|geber|verbundete|lander|staaten|regierungen)\b|"
    r"\bd'autres (?:partenaires|donateurs|allies|pays|gouvernements)\b"
)


# ... asked about in a question the sentence weighs: "whether other partners join the financing", "ob weitere
# Partner sich an der Finanzierung beteiligen", "si d'autres partenaires se joindront"
# (the others joining, not giving things of their own: "Poland is ready to hand its jets if other allies also
# send jets" is Poland's offer with its condition)
_WHETHER_OTHERS_JOIN = lazy(
    r"\b(?:whether|if|ob|si)\s+(?:other|further|more|weitere|andere|d'autres)\s+"
    r"(?:partners|donors|allies|countries|governments|partner|geber|verbundete|lander|staaten|partenaires|"
    r"donateurs|allies|pays)\b(?:\s+[\w'-]+){0,4}?\s+(?:join\w*|beteilig\w*|(?:se |s'y )?joindr\w*|participat\w*|"
    r"participer\w*|contribut\w*)\b"
)


def _ukraine_pays(folded: str, sentence: Sentence, ukraine: list[tuple[str, int, int]]) -> bool:
    """Ukraine named first in its sentence (at most three words before it) and, within its
    clause after it, a verb of paying, buying or ordering: Kyiv acts for itself."""
    for _, start, end in ukraine:
        if _UKRAINE_FIRST.fullmatch(folded, sentence.start, start) and _UKRAINE_SPENDS_A_SHARE.match(folded, end):
            return True
        if (
            _UKRAINE_FIRST.fullmatch(folded, sentence.start, start)
            and _UKRAINE_PAYS_AFTER.match(folded, end)
            # ... with its own money: ordering "with the money" a donor gave (the Danish model,
            # "Ukraine will order drones with the money") spends the earlier donor's sum
            and not _WITH_GIVEN_MONEY.search(folded, end, sentence.end)
        ):
            return True
    return False


# (folded text) money told as already named, what a donor gave: "with the money", "with these
# funds", "mit dem Geld", "avec cet argent", "grâce à ces fonds"
_WITH_GIVEN_MONEY = lazy(
    r"\b(?:with|using|mit|avec|grace a) (?:the|this|these|that|those|their|its|dem|diesem|diesen|den|cet|ces|cette|ses|leurs?|l')\s*"
    r"(?:money|funds|funding|financing|sum|geld|geldern|mitteln|summe|argent|fonds|financement|somme)\b"
)
# (folded text) what may open a sentence before its subject: a few words, no clause break
_UKRAINE_FIRST = lazy(r"\s*(?:[\w'-]+\s+){0,3}")
# (folded text, right after "Ukraine"/"Kyiv") its own verb of paying, buying or ordering, a few
# words of the clause between ("will pay", "hatte die Systeme im Frühjahr selbst bestellt",
# "paiera elle-même")
_UKRAINE_PAYS_AFTER = lazy(
    r"[^\w,;:]\s*(?:[\w'-]+\s+){0,8}?(?:pays?|paid|paying|buys?|bought|buying|orders?|ordered|purchased?|purchases|"
    r"paie|paiera|payera|paye|achete|achetera|commande|commandera|finance|financera|"
    r"zahlt|bezahlt|zahlen|bezahlen|kauft|gekauft|kaufen|bestellt|bestellte|finanziert|finanzieren|"
    # (... or making: "Die Ukraine selbst produziert ... eine Million Drohnen", its own output)
    r"produces|produced|produziert|produzierte|produzieren|stellt \w+ her)\b"
)

# ... or its plan for a share of money it was given: "Kiev compte en consacrer une partie à l'achat de
# drones", "Kyiv plans to spend some of it on drones", "Kiew will einen Teil davon für Drohnen ausgeben"
# (the receiver's own choice, no promise of the donor's; the Danish model's "with the money" orders
# all of a donor's sum, read above)
_UKRAINE_SPENDS_A_SHARE = lazy(
    r"[^\w,;:]\s*(?:[\w'-]+\s+){0,4}?(?:"
    r"(?:en |y )?(?:consacrer|depenser|utiliser|affecter|investir|consacrera|depensera|utilisera|affectera|investira) "
    r"(?:une partie|la moitie|un tiers|le quart|une part)\b|"
    r"(?:spend|use|spending|using|invest|put) (?:part|some|a share|a portion|half|a third|most) of\b|"
    r"(?:einen teil|die halfte|ein drittel|den grossteil)\b(?:\s+(?:davon|des geldes|der summe|der mittel))?"
    r"(?:\s+[\w-]+){0,5}?\s+(?:ausgeben|verwenden|einsetzen|nutzen|investieren|stecken)\b|"
    # ... or for all the money it was given, told as named before: "Kiev compte utiliser l'argent pour
    # acheter des armes", "Kiew will das Geld ... für den Kauf von Waffen verwenden" (English "Kyiv will
    # use the money to buy weapons" is read as no giving already; the donor's record is the money)
    r"(?:utiliser|consacrer|depenser|affecter|utilisera|consacrera|depensera|affectera) "
    r"(?:l'argent|ces fonds|les fonds|cette somme|ce montant)\b|"
    r"(?:das geld|die mittel|diese mittel|die summe|diese summe)\b(?:\s+[\w-]+){0,10}?\s+"
    r"(?:ausgeben|verwenden|einsetzen|nutzen|investieren)\b)"
)


FINANCING = lazy(r"(?:financ|finanzier|fund(?:s|ed|ing)?\b|paid for by\b)")
# (folded text, right after a paying cue: the making it pays for)
# ("finanziert Waffenproduktion" too; "Drohnenproduktion" names its thing, read as its own)
_PAYS_FOR_THE_MAKING = lazy(
    r"\w*\s+(?:the |la |le |die |den )?(?:production|fabrication|produktion|herstellung)\b|\w*\s+(?:waffen|rustungs)produktion\b"
)
_PAID = lazy(r"financ|finanzier|funded|bezahlt|paid|paye")
# (a purchase cue that pays rather than buys: "pay for", "bezahlen", "paiera", "zahlt")
_PAYING_FOR = lazy(r"(?:will |to )?(?:pa(?:y|ys|ying|id) for|bezahl|zahl|pai|pay)")
