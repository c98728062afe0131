"""An item's records: from one item of a sentence and its cues, the Pledge records it gives.

Each item takes its nearest cue's stage (status and category), unless it goes to someone
other than Ukraine (destinations.py) or the sentence sets it apart ("but not the jets");
item_givers.py and gapping.py say who gives it. A promise that buys from industry is
production (Ukraine's own industry, or under the US USAI); a request names what the
asked donor discusses; and one record is made per giver, with its own count when the
sentence gives them "respectively" and the whole count to each when it says "each".
"""

from __future__ import annotations

from dataclasses import replace

from bot.core.models import Pledge
from bot.core.pledges.donors.approvals import leave_to_others
from bot.core.pledges.donors.company_gifts import made_by_a_venture
from bot.core.pledges.donors.asked_givers import asked_giver
from bot.core.pledges.donors.donor_groups import donor_group_spans
from bot.core.pledges.donors.gapping import gapped_giver, gapped_records
from bot.core.pledges.donors.givers import money_of_a_payer, recipient_subject
from bot.core.pledges.donors.item_givers import (
    blocked_organisation,
    giver_of_a_receipt,
    giver_of_an_item,
    permit_refused_to,
    ukraine_receives,
    who_forbids,
    who_is_forbidden,
)
from bot.core.pledges.donors.leave import LEAVE_ASKED_BEFORE_GIVING, asks_leave_to_give, leave_sought_for_giving
from bot.core.pledges.donors.part_payers import names_a_payment, outside_part_payments, part_payers
from bot.core.pledges.money.paid_lists import list_after, pays_for_things
from bot.core.pledges.money.paid_makers import makers_paid_for
from bot.core.pledges.money.paid_shares import share_paid, whole_of_a_first_part
from bot.core.pledges.money.payer_money import joined_after_the_money
from bot.core.pledges.money.respective_sums import RESPECTIVELY
from bot.core.pledges.passes.records import Cue, Item, Mention
from bot.core.pledges.passes.sentence import Parties, Sentence
from bot.core.pledges.quantities.numbers import CROWNS, Count
from bot.core.pledges.status.nearest_cue import CueOrder, nearest_cue
from bot.core.pledges.status.orders_for_ukraine import ordered_for_ukraine
from bot.core.pledges.status.receiving import receiving_status
from bot.core.pledges.things.destinations import not_aid_to_ukraine
from bot.core.pledges.things.items import first_of_total
from bot.core.text.lazy_pattern import guarded, lazy

# Currencies whose name alone does not say which ("Kronen", "couronnes"): the donor does.
_CROWNS = {"SE": "SEK", "DK": "DKK", "NO": "NOK", "CZ": "CZK", "IS": "ISK"}

# USAI named, or told by its wording: a US package that "includes funding for" items
# pays industry to make them (drawdowns "include" the items themselves).
USAI = lazy(r"\busai\b|ukraine security assistance initiative|(?:includes|including|provides) funding for")

# The kinds of request cue that name whom they ask (status_cues.find_status_cues): a
# request still open (the one asked discusses it) or answered in its sentence.
_ASKING = {"ask": "", "answered-refused": "refused", "answered-pledged": "pledged"}


def item_records(
    sentence: Sentence,
    items: list[Item],
    cues: list[Cue],
    mentions: list[Mention],
    counts: list[Count],
    parties: Parties,
    usai: bool,
) -> list[Pledge]:
    """The records of the sentence's items: each item takes its nearest cue's status and
    its giver, and gives one record per giver."""
    folded, start = sentence.folded, sentence.start
    sentence_usai = usai and bool(USAI.search(folded, start, sentence.end))
    contracted = any(c.status == "production" and c.kind != "manufacture" for c in cues)
    pledges: list[Pledge] = []
    groups = donor_group_spans(folded, parties.donors)
    # (a part's payer, "some of them paid for by Belgium", needs a word of paying)
    paying = names_a_payment(folded, start, sentence.end)
    order = CueOrder(cues)  # (the sentence's cues by place, for all its items)
    for item in items:
        cue = nearest_cue(item, outside_part_payments(folded, item, cues, groups), folded) if paying else (
            nearest_cue(item, cues, folded, order)
        )
        if cue is not None and joined_after_the_money(folded, cue, item):
            # "built in Ukraine with Danish money and 155mm shells": the shells are not made
            # with the money; the sentence's other verb gives their stage
            cue = nearest_cue(item, [c for c in cues if c is not cue], folded)
        if cue is None or not_aid_to_ukraine(sentence, item, cue, parties):
            continue
        if cue.status == "production" and cue.start <= item.start < cue.end and money_of_a_payer(folded, cue.start):
            continue  # the money of "with Norwegian money" is how things are paid, no thing given
        if item.category == "funding" and cue.status == "pledged" and _MONEY_MOVED.search(folded, cue.start, cue.end):
            # money moved from another budget is no new money: only the kind it now buys is
            # promised ("800 Millionen Kronen für Munition umgeschichtet"), not "für Schulen"
            continue
        if cue.status == "requested":
            # Asking is not giving; but what a donor is asked for is under discussion for
            # that donor ("Zelensky asked Sweden to supply Gripen jets"): the asked one's
            # record, discussed. A request to no one in particular gives none.
            asked = asked_giver(folded, start, cue, item, groups) if (
                cue.kind in _ASKING and item.category != "production"
            ) else ()
            # (leave asked, then the same things promised anyway: the asker's promise)
            anyway = bool(asked) and asks_leave_to_give(folded, start, cue) and _given_anyway(folded, cue, cues)
            # (a request answered in its sentence gives the answer: status_cues._REQUEST_ANSWERED_AFTER)
            asked_status = _ASKING.get(cue.kind) or ("pledged" if anyway else "discussed")
            if cue.kind == "answered-pledged" and _other_things_answered(item, cue, items):
                asked_status = "discussed"  # "asked for Patriots, but Berlin agreed to send IRIS-T instead"
            pledges += _records(sentence, item, asked, asked_status, item.category, counts)
            continue
        stage = _item_stage(
            item, cue, cues, _CAPACITY.search(folded, cue.start, cue.end) is not None,
            contracted or _making_paid_for(sentence, item)
            # (Ukraine's makers paid for the thing: "paying Ukrainian factories for Bohdana howitzers")
            or makers_paid_for(folded, start, item.start)
            # (things paid for and made in Ukraine are bought: "built by Ukrainian factories" is
            # their maker, not a making of the category production)
            or pays_for_things(folded, start, sentence.end) and (
                _made_in_ukraine(sentence, item) or _listed_with_things_made_in_ukraine(sentence, item, items)
            ),
        )
        if stage is None:
            continue
        status, category = stage
        if _EXCEPTED_BEFORE.search(folded, max(start, item.start - 40), item.start):
            # "tanks, but not jets", "mais pas de Taurus", "aber keine Taurus": the item set
            # apart is refused where the rest is promised, and not given where it is delivered
            if status == "delivered":
                continue
            if status in ("pledged", "discussed"):
                status = "refused"
        if status == "refused" and recipient_subject(folded, start, cue, parties.ukraine, parties.donors):
            continue  # "l'Ukraine aurait refusé un lot de chars": not a donor's refusal
        forbidden: tuple[str, ...] = ()
        if status == "received":
            if not ukraine_receives(sentence, cue, parties.ukraine):
                if item.category == "funding" and item.value is not None and _REIMBURSEMENT_AFTER.match(folded, item.end):
                    # a member receiving money as a reimbursement for what it gave ("soll Tschechien 150 Millionen
                    # Euro erhalten, als Erstattung für die Kampfpanzer", "is to receive 150 million euros as a
                    # reimbursement", "doit recevoir 150 millions d'euros en remboursement"): the European Peace
                    # Facility pays members back, so the money is the EU's, at the receiving's stage
                    pledges += _records(sentence, item, ("EU",), receiving_status(folded, start, cue), "funding", counts)
                continue
            status = receiving_status(folded, start, cue)
            giver = giver_of_a_receipt(sentence, item, cue, parties)
        elif status == "refused" and _FORBID.match(folded, cue.start):
            blocked = blocked_organisation(folded, cue, parties, item)
            if blocked:
                giver, status = blocked, "discussed"
            else:
                giver = who_forbids(cue, mentions, parties, folded)
                # the one stopped from giving still means to: its giving is under discussion
                forbidden = who_is_forbidden(folded, cue, parties, giver)
        elif status in ("pledged", "discussed") and (leave := leave_to_others(sentence, item, cue, parties)) is not None:
            # one country lets others give: its leave is under discussion; a country it lets
            # give promises, "allies" in general do not, and the giving of those named as its
            # agents is at most under discussion (approvals.py)
            pledges += _records(sentence, item, leave.approver, "discussed", category, counts)
            if leave.named_allowed:
                pledges += _records(sentence, item, leave.named_allowed, status, category, counts)
            if leave.agents:
                pledges += _records(sentence, item, leave.agents, "discussed", category, counts)
            continue
        else:
            held = parties
            if status == "discussed" and _VETO_IN.search(folded, cue.start, cue.end):
                # "remain blocked by Hungary's veto": the one vetoing gives nothing
                held = replace(
                    parties,
                    groups=[g for g in parties.groups if not cue.start <= g[0] < cue.end],
                    donors=[d for d in parties.donors if not cue.start <= d[1] < cue.end],
                )
            giver = gapped_giver(sentence, item, cue, items, counts, held) or giver_of_an_item(
                sentence, item, cue, held
            )
            # "a refusé que l'Allemagne transmette": refusing another's giving
            forbidden = who_is_forbidden(folded, cue, parties, giver, after_only=True) if status == "refused" else ()
            if status == "refused" and (withheld := permit_refused_to(folded, sentence, parties)) is not None:
                giver, forbidden = withheld  # "refused Germany a licence to re-export": the licensing state's no
        if status == "pledged" and (
            _leave_asked_for(folded, start, cue) or leave_sought_for_giving(folded, start, sentence.end, cue)
        ) and not _given_anyway(folded, cue, cues):
            status = "discussed"  # "hat um die Erlaubnis gebeten, ... zu liefern": a wish, not a promise
        status = _contract_status(sentence, item, items, cue, status, usai, sentence_usai)
        found = _records(sentence, item, giver, status, category, counts)
        pledges += found
        if forbidden:
            # (after the forbidder's: a later sentence borrows the first giver, the forbidder)
            pledges += _records(sentence, item, forbidden, "discussed", category, counts)
        if found and paying:
            # a payer of some of the things funds them, with no count of its own
            payers = part_payers(folded, item, groups)
            pledges += [
                replace(found[0], donor=code, quantity=None, value=None, shared_with=()) for code in payers if code not in giver
            ]
        if found and len(giver) == 1 and item is items[-1]:
            pledges += gapped_records(sentence, item, found[0], counts, parties.donors)
    return pledges


def _leave_asked_for(folded: str, start: int, cue: Cue) -> bool:
    """Whether the giving cue is what leave was asked for: "asked Germany for permission to
    send its Leopards", "um die Erlaubnis gebeten, ... abzugeben". A clause joined after it
    with a giving verb of its own is the asker's promise, whatever the answer: "... and will
    send Krab howitzers of its own", "et lui enverra douze obusiers Krab", "und wird Kiew
    zwölf Panzerhaubitzen liefern" (an infinitive joined, "and to send", is still asked for)."""
    asked = None
    for asked in LEAVE_ASKED_BEFORE_GIVING.finditer(folded, max(start, cue.start - 160), cue.end):
        pass
    if asked is None:
        return False
    joined = _JOINED.search(folded, asked.end(), cue.start)
    return joined is None or bool(
        _INFINITIVE_BEFORE.search(folded, max(joined.end(), cue.start - 4), cue.start) or _INFINITIVE_OPENING.match(folded, cue.start)
    )


# (folded text: the particle of an infinitive right before the giving verb, or opening its cue)
_INFINITIVE_BEFORE = lazy(r"\b(?:to|de|d'|zu)\s*$")
_INFINITIVE_OPENING = lazy(r"(?:to|de|d'|zu)\b")


# The same things promised again after the leave asked, told by a pronoun ("has sought
# Germany's approval to send its Leopards and will send them anyway", "et les livrera de
# toute façon", "und wird sie trotzdem liefern"). (Folded text: around the later cue.)
_SAME_THINGS_AFTER = lazy(r"\s+(?:(?:\w+\s+)?(?:them|those|these|it|sie|diese)\b)")
_SAME_THINGS_BEFORE = lazy(r"\b(?:les|en|sie|them)\s+(?:\w+\s+)?$")
# (German may hold the pronoun inside the cue: "wird sie trotzdem liefern")
_SAME_THINGS_INSIDE = lazy(r"\b(?:sie|them|les)\b")
_JOINED = lazy(r"\b(?:and|et|und|but|mais|aber)\b")


def _given_anyway(folded: str, cue: Cue, cues: list[Cue]) -> bool:
    """Whether a clause joined after the giving that leave was asked for promises the same
    things with no leave asked: the asker gives them whatever the answer."""
    return any(
        later.status == "pledged" and later.start > cue.end
        and _JOINED.search(folded, cue.end, later.start)
        and not LEAVE_ASKED_BEFORE_GIVING.search(folded, cue.end, later.end)
        and (
            _SAME_THINGS_AFTER.match(folded, later.end) or _SAME_THINGS_BEFORE.search(folded, cue.end, later.start)
            or _SAME_THINGS_INSIDE.search(folded, later.start, later.end)
        )
        for later in cues
    )


# What a sentence sets apart from what it gives: "but not", "mais pas", "aber keine" right
# before the item, at most two words between ("but not the promised jets"). (Folded text.)
_EXCEPTED_BEFORE = lazy(
    r"\b(?:but not|but no|mais pas|mais non|aber (?:nicht|keine?[nmrs]?)|jedoch (?:nicht|keine?[nmrs]?)|"
    r"doch (?:nicht|keine?[nmrs]?))(?:\s+[\w'-]+){0,2}?\s+(?:d')?$|"
    # ... and "and none": "20 Panzer und keine Kampfjets", "20 tanks and no jets", "20 chars
    # et aucun avion", one word between at most, and not a decision withheld ("and no
    # decision on jets" leaves them under discussion)
    r"\b(?:and no|und keine?[nmrs]?|et aucune?|et pas de|et non)"
    r"(?:\s+(?!(?:decision|entscheidung|decision|date|timeline|zeitplan|calendrier)\b)[\w'-]+)?\s+(?:d')?$"
)


def _item_stage(item: Item, cue: Cue, cues: list[Cue], capacity: bool, contracted: bool) -> tuple[str, str] | None:
    """The item's (status, category) from its nearest cue; None when the sentence only
    asks for what a production cue names. `capacity`: the cue is a capacity to make."""
    status = cue.status
    category = item.category
    if cue.kind == "manufacture" and (item.value is None or capacity) and not contracted:
        # making, not buying: "Munition produzieren" (but "a contract to expand
        # production of shells" is the shells, bought); money for a capacity to make things is
        # the making's worth, not theirs ("2 milliards d'euros pour augmenter la capacité de
        # production de munitions", as the real set labels capacity: category production)
        category = "production"
    if item.category == "production":
        # The item is a production cue itself: what else the sentence says decides.
        other = nearest_cue(item, [c for c in cues if c.status not in ("production", "pledged", "delivered")])
        if other is not None and other.status == "requested":
            return None
        status = other.status if other is not None else "production"
    return status, category


# (folded text, right after a sum a member receives) the sum told as a reimbursement: "als Erstattung für", "as a
# reimbursement for", "en remboursement de" (the verb may stand between, German putting it last: "150 Millionen Euro
# erhalten, als Erstattung")
_REIMBURSEMENT_AFTER = lazy(
    r"(?:\s+(?:erhalten|bekommen|receive|recevoir))?\s*,?\s+(?:als|as a|as|en|zur|in)\s+(?:\w+\s+)?"
    r"(?:reimbursements?|remboursements?|\w*erstattung\w*|compensation|entschadigung)\b"
)
# (folded text, inside a making's cue) A capacity to make: "capacité de production", "production capacity",
# "Produktionskapazität".
_CAPACITY = lazy(r"capacit|kapazit")
# Money moved to a purpose (cue_patterns: "umgeschichtet", "umgewidmet", "réaffectés", "réalloués").
_MONEY_MOVED = lazy(r"umgeschichtet|umgewidmet|reaffect|realloue|realloc")


# On a government's order (folded text).
# \b(?:im auftrag ...|commissioned by ...|pour le compte ...)\b, written to open with a
# character class (the look-behinds then check the word boundary), so `re` skips through
# the sentence to the few letters a match can begin with (see cue_qualifiers.NEGATION).
_COMMISSIONED = guarded(
    r"[icp](?:(?<=\bi)m auftrag (?:der|des) (?:\w+ )?(?:\w*regierung|\w*ministeriums?|bundeswehr)|"
    r"(?<=\bc)ommissioned by (?:the )?(?:\w+ )?(?:government|ministry|defen[cs]e ministry|pentagon)|"
    r"(?<=\bp)our le compte (?:de l'etat|du gouvernement|du ministere|de l'armee))\b",
    ("im auftrag", "commissioned by", "pour le compte"),
)


def _made_in_ukraine(sentence: Sentence, item: Item) -> bool:
    """Whether the thing is told as made by Ukraine's own industry, before or after it."""
    return bool(
        _MADE_IN_UKRAINE.match(sentence.folded, item.end)
        or _MADE_IN_UKRAINE_BEFORE.search(sentence.folded, max(sentence.start, item.start - 60), item.start)
        or _MADE_IN_UKRAINE_AFTER_MAKING.match(sentence.folded, item.end)
        and _MAKING_OF_BEFORE.search(sentence.folded, max(sentence.start, item.start - 60), item.start)
        or _UKRAINIAN_MADE_BEFORE.search(sentence.folded, max(sentence.start, item.start - 60), item.start)
        or _OWN_MAKING_BEFORE.search(sentence.folded, max(sentence.start, item.start - 60), item.start)
        or _UKRAINIAN_MADE_AFTER.match(sentence.folded, item.end)
        or makers_paid_for(sentence.folded, sentence.start, item.start)
        # (... or at the venture with a Ukrainian partner told before: "the first 100,000 rounds made at the new plant")
        or made_by_a_venture(sentence.folded, sentence.start, item.end)
    )


def _listed_with_things_made_in_ukraine(sentence: Sentence, item: Item, items: list[Item]) -> bool:
    """Whether the thing heads a list of things paid for whose making in Ukraine is told after a
    later thing of the list (paid_lists.py)."""
    return pays_for_things(sentence.folded, sentence.start, sentence.end) and any(
        _made_in_ukraine(sentence, later) for later in list_after(sentence.folded, item, items)
    )


# (folded text, in a delivered cue) A past funding: "has funded", "a financé", "hat ... finanziert"; or a
# past payment, which buys as a funding does: "has paid", "a versé", "hat ... bezahlt/überwiesen".
_PAST_FUNDING = lazy(r"\b(?:funded|finance(?:e|s|es)?|finanziert|paid|verse(?:e|s|es)?|(?:be)?zahlt|gezahlt|uberwiesen)\b")


def _contract_status(
    sentence: Sentence, item: Item, items: list[Item], cue: Cue, status: str, usai: bool, sentence_usai: bool
) -> str:
    """The status, made "production" when a promise is a purchase from industry: from
    Ukraine's own, or under USAI."""
    # (a past funding, delivered money since the lead's ruling A of stop 59, buys from Ukraine's industry
    # as a promise to pay does: "a financé 18 canons Bohdana ... fabriqués en Ukraine", the Danish model)
    paying = status == "pledged" or status == "delivered" and _PAST_FUNDING.search(sentence.folded, cue.start, cue.end)
    if paying and (
        _made_in_ukraine(sentence, item)
        # (a list of things paid for, the making told after its last: "has paid for 18 howitzers,
        # 40 mortars and 200 drones built by Ukrainian factories", paid_lists.py)
        or _listed_with_things_made_in_ukraine(sentence, item, items)
    ):
        status = "production"  # bought from Ukraine's own industry: a contract
    if status == "pledged" and (
        _COMMISSIONED.search(sentence.folded, sentence.start, sentence.end)
        or (item.category != "funding" and ordered_for_ukraine(sentence.folded, sentence.start, sentence.end))
    ):
        # a maker giving on a government's order: "Rheinmetall soll im Auftrag der
        # Bundesregierung Munition liefern", "commissioned by the government"; an order won to
        # supply Ukraine, a purchase made from a seller for it (orders_for_ukraine.py)
        status = "production"
    # (a thing with the sum paid for it is bought all the same: "will spend $1.2 billion
    # under USAI to buy interceptors"; the sum alone stays money promised)
    if usai and status == "pledged" and (item.value is None or item.category != "funding") and (
        cue.kind == "purchase" or sentence_usai
    ):
        status = "production"  # bought from industry under USAI: a contract, not stock
    return status


# A donor paying for the making of counted or named things: "finanziert die Fertigung von 500
# Drohnen in der Ukraine", "will pay for the manufacture of 1,000 drones", "financera la
# fabrication de 40 canons" (folded text, up to the thing). The lead's ruling of stop 48: the
# things are the donor's record of their own kind, status production (bought from a maker, as a
# contract is), never a category "production" (round 42's ruling, withdrawn).
_MAKING_PAID_FOR_BEFORE = lazy(
    r"\b(?:financ\w*|finanzier\w*|fund(?:s|ed|ing)?|pa(?:y|ys|ying|id) for|paie\w*|paier\w*|bezahl\w*)\s+"
    r"(?:[\w'-]+\s+){0,3}?(?:the |la |le |l'|die |den |der )?"
    r"(?:production|fabrication|manufacture|making|produktion|herstellung|fertigung|bau|construction)\s+"
    r"(?:(?:en|in(?: der)?)\s+ukraine\s+)?(?:(?:de|des|du|of|von)(?=\s)|d')(?:\s*[\w'-]+(?:[.,]\d+)*){0,4}?\s*$"
)


def _making_paid_for(sentence: Sentence, item: Item) -> bool:
    return bool(_MAKING_PAID_FOR_BEFORE.search(sentence.folded, max(sentence.start, item.start - 90), item.start))


def _records(
    sentence: Sentence, item: Item, giver: tuple[str, ...], status: str, category: str, counts: list[Count]
) -> list[Pledge]:
    """One record of the item per giver; the first of several delivered gives a second
    record, the promise of them all."""
    # The first of several delivered: that many arrived, and all of them were promised.
    first_of = first_of_total(sentence.folded, sentence.start, item, counts, sentence.end) if status == "delivered" else None
    quantity = first_of[0] if first_of else item.quantity
    # A share of a promised sum paid ("a third of the 1.2 billion euros has been paid out"): a
    # payment with no figure, and the whole sum still the promise (paid_shares.py).
    paid_share = status in ("pledged", "delivered") and share_paid(sentence, item)
    if paid_share:
        status = "delivered"
    elif status == "delivered" and whole_of_a_first_part(sentence, item):
        status = "pledged"  # "has paid the first C$2 billion of its C$5 billion loan": the whole is the promise
    evidence = sentence.evidence()
    # A count or sum several givers give, jointly or not ("Sweden, Norway and Denmark will
    # jointly pay for a $500 million package", "gemeinsam 100 Panzer", "Germany and France
    # will send 20 tanks") is no one giver's: not split, not copied, each giver's record
    # carries no figure (the real set labels a total over several donors so; /pledges and
    # the tracker add the figures per giver, and a joint $500 million copied to three
    # would count $1.5 billion). Only "each" or counts told "respectively" are each one's.
    several = len(giver) > 1
    own_each = several and _EACH.search(sentence.folded, sentence.start, sentence.end) is not None
    own_figure = not several or own_each
    # The partners of a joint giving, sorted so that every partner's row names them alike
    # whatever the order told (the store and the totals still count a figure once if a row
    # from before the convention carries one).
    shared_with = tuple(sorted(giver)) if several and not own_each else ()
    respective = _respective_counts(sentence, item, counts, len(giver)) if several else None
    if respective:
        own_figure, shared_with = True, ()  # each giver's own count, told in their order
    # ... and so are sums told so ("90 million euros and 60 million euros respectively")
    own_values = several and not respective and len(item.respective_values) == len(giver)
    if own_values:
        own_figure, shared_with = True, ()
    pledges: list[Pledge] = []
    for place, code in enumerate(giver):
        if respective:
            quantity = respective[place]
        currency = item.currency if own_figure else None
        if currency == CROWNS:
            currency = _CROWNS.get(code)
        record = Pledge(
            donor=code,
            category=category,
            status=status,
            item=sentence.full[item.start : item.end].strip(),
            system=item.system,
            quantity=quantity if own_figure else None,
            value=(item.respective_values[place] if own_values else item.value) if own_figure else None,
            currency=currency,
            evidence=evidence,
            shared_with=shared_with,
        )
        if paid_share:
            pledges.append(replace(record, value=None, currency=None))
            pledges.append(replace(record, status="pledged"))
            continue
        pledges.append(record)
        if first_of:
            pledges.append(replace(record, status="pledged", quantity=first_of[1] if own_figure else None))
    return pledges


def _respective_counts(sentence: Sentence, item: Item, counts: list[Count], givers: int) -> list[int] | None:
    """Counts told "respectively" of as many givers ("Germany and France will send four
    and two systems respectively", "respectivement 4 et 2 systèmes"): one each, in the
    givers' order. The item's own count is the list's last."""
    folded = sentence.folded
    if item.quantity is None or not RESPECTIVELY.search(folded, sentence.start, sentence.end):
        return None
    before = [c for c in counts if sentence.start <= c.start and c.end <= item.start]
    if not before or before[-1].value != item.quantity:
        return None
    listed = [before[-1]]
    for count in reversed(before[:-1]):
        if not _LIST_GAP.fullmatch(folded, count.end, listed[0].start):
            break
        listed.insert(0, count)
    return [c.value for c in listed] if len(listed) == givers else None


# between the counts of the list (folded text; the word "respectively" itself is respective_sums.RESPECTIVELY)
_LIST_GAP = lazy(r"\s*(?:,\s*|\s(?:and|et|und)\s+)")

# A figure each of several givers gives ("Denmark and Norway will each send 10 tanks",
# "chacun", "jeweils"): every giver's own, so it is on each and counted for each. (folded)
_EACH = lazy(r"\b(?:each|chacune?|jeweils|jede[sr]? (?:der (?:beiden|drei) )?(?:land|lander|staat|staaten|regierung)|chaque pays)\b")

# Items made by Ukraine's industry and paid for by a donor ("drones produced by
# Ukraine's defense industry", "von ukrainischen Firmen hergestellt") are production.
# The maker may follow a word or two of the item's name ("obusiers automoteurs Bohdana
# produits par l'industrie ukrainienne") and be named as an industry ("by Ukraine's
# industry", "par l'industrie ukrainienne"); German names the origin: "aus ukrainischer
# Produktion".
_MADE_IN_UKRAINE = lazy(
    r"(?:\s+[\w-]+){0,3}?\s*,?\s*(?:"
    # (a relative clause may tell it, German with the place first: "pour des drones à longue portée
    # qui seront fabriqués en Ukraine", "für Langstreckendrohnen zu, die in der Ukraine gebaut werden",
    # round 52r)
    # (the payer's money may stand before the participle: "die in der Ukraine mit dänischem Geld
    # gebaut werden", "mit Geld aus Norwegen", payer_money.py)
    r"(?:die|der|das|welche)\s+(?:[\w-]+\s+){0,2}?in der ukraine\s+(?:mit\s+(?:[\w-]+\s+){1,3}?)?"
    r"(?:gebaut|hergestellt|produziert|gefertigt)\w*|"
    # (... or its makers, the participle last: "für 1.500 Drohnen bezahlt, die von ukrainischen
    # Herstellern gebaut werden")
    r"(?:die|der|das|welche)\s+(?:von|durch|bei)\s+(?:der\s+)?ukrainische\w*\s+(?:[\w-]+\s+)?"
    r"(?:hersteller\w*|firmen|rustungsfirmen|unternehmen|produzenten|fabriken|betrieben|werken|industrie)\s+"
    r"(?:gebaut|hergestellt|produziert|gefertigt)\w*|"
    r"(?:(?:qui|that|which)\s+(?:[\w-]+\s+){0,2}?)?"
    r"(?:produced|made|manufactured|built|produits?|produites?|fabriques?|fabriquees?|"
    r"hergestellt|produziert|gebaut|gefertigt)\s+(?:by|in|par|en|von|in der)\s+"
    r"(?:the\s+|l'|les\s+|des\s+|der\s+|den\s+)?"
    r"(?:(?:industr(?:y|ie)|industriels|fabricants|entreprises|manufacturers|firms|companies|producers)\s+)?"
    r"(?:ukraine|ukrainian|ukrainien\w*|ukrainisch\w*)|aus\s+ukrainischer\s+(?:produktion|fertigung|herstellung)|"
    # ... or bought from its makers: "buying Bohdana howitzers from Ukrainian manufacturers",
    # "auprès d'industriels ukrainiens", "bei ukrainischen Herstellern"
    r"from\s+(?:ukraine's|ukrainian)\s+(?:(?:defen[cs]e|arms)\s+)?(?:industry|manufacturers|makers|firms|companies|"
    r"producers)|aupres\s+(?:de l'|d'|des\s+)(?:industrie|industriels|entreprises|fabricants)\s+ukrainien\w*|"
    r"(?:bei|von)\s+ukrainischen\s+(?:herstellern|firmen|rustungsfirmen|unternehmen|produzenten))"
)
# German tells the origin before the thing ("18 in der Ukraine gebaute Bohdana-Haubitzen",
# "in der Ukraine hergestellte Drohnen"), and the making may be named with its place before
# the thing ("la production en Ukraine de 18 canons", "the production in Ukraine of") or
# after it ("den Bau von 18 Haubitzen in der Ukraine", "the production of 18 guns in
# Ukraine"): paying for it is an order from Ukraine's industry, as "built in Ukraine" is.
_MADE_IN_UKRAINE_BEFORE = lazy(
    r"(?:\b(?:in der ukraine|in ukraine|en ukraine)\s+(?:gebaut|hergestellt|produziert|gefertigt)\w*|"
    r"\b(?:production|fabrication|manufacture|making|produktion|herstellung|fertigung)\s+(?:en|in(?: der)?)\s+ukraine\s+"
    r"(?:de|des|du|d'|of|von)(?=[\s'])(?:\s*[\w'-]+){0,2})\s+(?:[\w-]+\s+)?$"
)
# ... and the things made or developed are told as Ukraine's own: "Ukrainian-made drones",
# "the development of Ukrainian drones", "die Entwicklung ukrainischer Langstreckendrohnen",
# "des drones de fabrication ukrainienne" (folded text)
_UKRAINIAN_MADE_BEFORE = lazy(
    r"(?:\bukrainian[- ]made\s+|"
    r"\b(?:production|fabrication|manufacture|making|development|developpement|produktion|herstellung|fertigung|"
    r"entwicklung)\s+(?:(?:of|von|der)\s+)?(?:ukrainian|ukrainischer|ukrainischen)\s+)(?:[\w-]+\s+)?$"
)
_UKRAINIAN_MADE_AFTER = lazy(r"\s+de fabrication ukrainienne\b")
# ... or as its own, where Ukraine is the one helped: "bei der Herstellung eigener
# Langstreckenraketen unterstützen", "help Ukraine with the production of its own drones"
_OWN_MAKING_BEFORE = lazy(
    r"\b(?:production|fabrication|manufacture|making|development|developpement|produktion|herstellung|fertigung|"
    r"entwicklung)\s+(?:(?:of|de)\s+)?(?:its own|their own|eigener|eigenen|ses propres|leurs propres)\s+"
    r"(?:[\w-]+\s+)?$"
)
# (a count may stand between the making and the thing: "die Produktion von 5.000 Drohnen";
# the French elided "d'" joins the thing with no space: "la production d'obus")
_MAKING_OF_BEFORE = lazy(
    r"\b(?:production|fabrication|manufacture|making|produktion|herstellung|fertigung|bau)\s+"
    r"(?:(?:de|des|du|of|von)(?=[\s'])|d')(?:\s*[\w'-]+(?:[.,]\d+)*){0,2}\s*$"
)
_MADE_IN_UKRAINE_AFTER_MAKING = lazy(
    # (the makers may stand between: "la production de drones par des industriels français installés en
    # Ukraine", round 52r)
    r"(?:\s+[\w-]+){0,5}?\s+(?:in der ukraine|in ukraine|en ukraine|"
    # ... or its makers: "la fabrication de 26 canons par l'industrie ukrainienne", "die
    # Produktion von Drohnen durch ukrainische Rüstungsunternehmen", "by Ukrainian firms"
    r"(?:by|par|durch|von) (?:the |l'|les |des |der |den |die )?(?:ukrainian [\w-]+|ukrainische\w* [\w-]+|"
    r"(?:industrie|industriels|entreprises|fabricants|societes|firmes|producteurs) ukrainien\w*))\b"
)
# (folded text: a veto inside a cue of aid held up, see cue_patterns' "remain blocked by")
_VETO_IN = lazy(r"\bveto")
# Forbidding a transfer, a veto included ("vetoed the delivery of tanks by Poland": the
# subject vetoes, the one named as giver is forbidden; see who_forbids).
_FORBID = lazy(r"untersag|verbiet|verbot|prohibit|interdi|bann|forb|block|bloqu|blockier|veto")


def _other_things_answered(item: Item, cue: Cue, items: list[Item]) -> bool:
    """Whether the answer to a request, told after it in its sentence, names other things
    than the one asked: the yes is then for those, and the request stays a discussion."""
    return item.start < cue.answer_start and any(
        other.start > cue.answer_start and (other.category, other.system) != (item.category, item.system)
        for other in items
    )
