"""Which of a sentence's status cues tells of an item: the nearest one, with the
distances that news syntax stretches.

A cue after its item counts a little farther (news puts the verb before what it
governs), and much farther past a contrast, a closed relative clause or a German
subordinate clause, where another verb governs the item. Used by every reading that
gives an item, an amount or a stage its status (item_records.py, money_items.py).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterator

from bot.core.pledges.passes.records import Cue, Item
from bot.core.pledges.status.condition_clauses import ONCE
from bot.core.pledges.status.thanked_things import thanks_for_things_after
from bot.core.pledges.things.item_words import HELPED_TO_BUY, REFUND_WORDS
from bot.core.text.lazy_pattern import lazy

# (folded text: a participle of handing over opening the phrase after the things' comma:
# "..., remis vendredi à une brigade", "..., handed on Friday to a brigade")
_HANDOVER_PARTICIPLE = lazy(r"(?:remis|cede|transfere|livre)(?:e|s|es)?\s|handed\s|delivered\s")


def _handed_over_after_purchase(folded: str, item: Item, cue: Cue, bought_before: bool) -> bool:
    """Things bought, then told handed over in a participle after their comma ("ont acheté 200
    drones, remis vendredi à une brigade"): the handover is their news, not the purchase.
    `bought_before`: a purchase cue ends before the item."""
    return (
        cue.status == "delivered"
        and _HANDOVER_PARTICIPLE.match(folded, cue.start) is not None
        and _WORDS_THEN_COMMA.fullmatch(folded, item.end, cue.start) is not None
        and bought_before
    )


# (folded text, from an item to a delivery cue after it: the rest of the things' name, their comma
# and a relative pronoun with words of "all" and "already" (the auxiliary is the cue's own)
_STAGE_RELATIVE_AFTER = lazy(
    r"(?:\s+[\w'-]+){0,3}?\s*,\s*(?:which|that|qui|die|welche)\s+"
    r"(?:(?:all|already|now|since|tous|toutes|deja|depuis|alle|bereits|inzwischen|schon|"
    r"have|has|had|been|were|was|are|ont|a|avaient|ete|sont|etaient|sind|seien|waren)\s+){0,4}"
)


# (folded text, from a cue to an item after it: the cue's relative clause closes on its
# auxiliary and a comma, and the main clause's auxiliary opens after it)
_GERMAN_RELATIVE_CLOSED = lazy(
    r"(?:\s+(?:hatte|hatten|hat|haben|habe|worden|wurde|wurden|war|waren|ist|sind))*\s*,\s+"
    r"(?:hat|haben|hatte|hatten|ist|sind|war|waren|wird|werden|soll|sollen|will|wollen)\b"
)


# (folded text: the rest of the things' name, then their comma)
_WORDS_THEN_COMMA = lazy(r"(?:\s+[\w'-]+){0,4}\s*,\s*")


# (folded text: an item that is a commitment of money, its promise's word inside)
_COMMITMENT_NAMED = lazy(r"financial (?:pledges?|commitments?)|engagements? financiers?|finanzielle[nr]? zusage\w*")


def nearest_cue(item: Item, cues: list[Cue], folded: str = "", order: CueOrder | None = None) -> Cue | None:
    """The cue closest to the item; cues after it count a little farther, since
    news puts the verb before what it governs, and much farther past a contrast ("hésite
    à livrer des Taurus, mais va livrer des chars": the tanks' verb is not the Taurus').
    `order` is `CueOrder(cues)` when the caller asks for many items of one sentence.

    The cues are tried from the item outwards, each with the least distance it could have
    (its gap; none after the item's comma, where a handover or a giver's relative clause
    may count as no distance at all), and the trying stops when that least distance is
    past the best found: a sentence listing thousands of things, each with its own verb
    ("sends 3 tanks, sends 4 howitzers, ..."), weighed every cue for every thing, the
    square of its length. The first cue in the list among the nearest wins, as before."""
    order = CueOrder(cues) if order is None or order.cues is not cues else order
    if not cues:
        return None
    facts = _ItemFacts(item, order, folded)
    best: tuple[float, int] | None = None
    for least, index in order.outwards(item, folded):
        if best is not None and least > best[0]:
            break
        distance = _distance(item, cues[index], folded, facts)
        if distance is not None and (best is None or (distance, index) < best):
            best = (distance, index)
    return cues[best[1]] if best else None


class CueOrder:
    """A sentence's cues by their place, asked once for all its items: by end (those before
    an item, nearest first), by start (those after it), and what stands before each end."""

    def __init__(self, cues: list[Cue]):
        self.cues = cues
        self.by_end = sorted(range(len(cues)), key=lambda i: cues[i].end)
        self.ends = [cues[i].end for i in self.by_end]
        self.by_start = sorted(range(len(cues)), key=lambda i: cues[i].start)
        self.starts = [cues[i].start for i in self.by_start]
        self.longest = max((c.end - c.start for c in cues), default=0)
        self.last_start = max(self.starts, default=-1)
        # the statuses of the cues ending up to each place in `ends` (the first k cues by end)
        self.statuses_before: list[frozenset[str]] = [frozenset()]
        for i in self.by_end:
            told = self.statuses_before[-1]
            self.statuses_before.append(told if cues[i].status in told else told | {cues[i].status})
        ends_of = lambda keep: min((c.end for c in cues if keep(c)), default=None)  # noqa: E731
        self.first_end = ends_of(lambda c: True)
        self.first_purchase_end = ends_of(lambda c: c.kind == "purchase")
        self.first_giving_end = ends_of(lambda c: c.status in ("pledged", "delivered"))

    def statuses_ending_by(self, at: int) -> frozenset[str]:
        return self.statuses_before[bisect_right(self.ends, at)]

    def outwards(self, item: Item, folded: str) -> Iterator[tuple[float, int]]:
        """The cues' indexes with the least distance each may have from the item, least first."""
        # (cues overlapping the item: their distance may be none)
        low = bisect_left(self.starts, item.start - self.longest)
        for k in range(low, bisect_left(self.starts, item.end)):
            i = self.by_start[k]
            if self.cues[i].end > item.start:
                yield 0.0, i
        before = bisect_right(self.ends, item.start) - 1
        after = bisect_left(self.starts, item.end)
        free_until = _no_distance_reach(folded, item.end)
        while before >= 0 or after < len(self.starts):
            left = item.start - self.ends[before] if before >= 0 else None
            right = None
            if after < len(self.starts):
                start = self.starts[after]
                right = 0.0 if start <= free_until else (start - item.end) * 1.3
            if right is None or (left is not None and left <= right):
                yield float(left), self.by_end[before]
                before -= 1
            else:
                yield right, self.by_start[after]
                after += 1


# (folded text after an item's first comma: the words a cue there may stand after and still
# count as no distance, a handover's participle or a relative clause naming its giver; see
# _handed_over_after_purchase and _OBJECT_RELATIVE_NAMED, whose gaps hold one comma and at
# most four words after it)
_WORDS_AFTER_COMMA = lazy(r"\s*(?:\S+\s+){0,5}")


def _no_distance_reach(folded: str, at: int) -> int:
    """How far after `at` a cue may begin and still count as no distance (-1: nowhere)."""
    comma = folded.find(",", at) if folded else -1
    return -1 if comma < 0 else _WORDS_AFTER_COMMA.match(folded, comma + 1).end()


class _ItemFacts:
    """What the distances of an item's cues depend on besides the cue itself."""

    def __init__(self, item: Item, order: CueOrder, folded: str):
        # A share of the things just named, opening a clause of its own ("..., sechs davon
        # seien bereits eingetroffen", "dont six ont déjà été livrés", "die ersten 20 seien
        # übergeben worden"), is told by that clause's verb, not by the promise before it.
        self.share = bool(folded) and _SHARE_CLAUSE.fullmatch(folded, item.start, item.end) is not None and (
            folded[max(0, item.start - 2) : item.start].strip() == ","
        )
        # A share of a sum told by its purpose ("2 billion euros, of which 800 million is earmarked
        # for shells", "dont 400 millions destinés à l'achat de drones") is at the stage of the
        # whole: the purpose word or the purchase is no step of its own.
        self.opener = _SHARE_OPENED_BEFORE.search(folded, max(0, item.start - 120), item.start) if folded else None
        self.whole_told = self.opener is not None and order.first_giving_end is not None and (
            order.first_giving_end <= self.opener.start()
        )
        # What a sum helps Ukraine buy ("$300 million to help Ukraine buy drones") is at the
        # payer's stage: the buying is Ukraine's, no step of its own when a cue before tells the sum's.
        self.helped = _HELPED_TO_BUY_BEFORE.search(folded, max(0, item.start - 140), item.start) if folded else None
        self.payers_told = self.helped is not None and order.first_end is not None and (
            order.first_end <= self.helped.start()
        )
        # (asked of the other cues once for the item: asked for each cue, a sentence of thousands
        # of cues, '"sent" ' or "(pledged) " written 1,200 times before one thing, cost the square)
        self.verb_after = order.last_start >= item.end
        self.told_before = order.statuses_ending_by(item.start)
        self.bought_before = order.first_purchase_end is not None and order.first_purchase_end <= item.start


def _distance(item: Item, cue: Cue, folded: str, facts: _ItemFacts) -> float | None:
    """How far the cue stands from the item as news syntax reads it (None: it does not tell of it)."""
    share, told_before, verb_after = facts.share, facts.told_before, facts.verb_after
    if facts.payers_told and facts.helped.start() <= cue.start and cue.end <= item.start:
        return None
    if facts.whole_told and facts.opener.start() <= cue.start and cue.end <= item.start and (
        cue.kind == "purchase" or _PURPOSE_CUE.fullmatch(folded, cue.start, cue.end)
    ):
        return None
    if folded and cue.start >= item.end and _describes_the_things_it_is_for(folded, item, cue):
        return None  # "les munitions pour les armements fournis": the weapons were given
    if folded and cue.start >= item.end and _WELCOMED_CUE.match(folded, cue.start):
        return None  # a delivery welcomed tells of what follows it, not of what came before
    if folded and cue.start >= item.end and thanks_for_things_after(folded, cue):
        return None  # "..., and thanked Norway for its drones": the thanks are for what follows (thanked_things.py)
    if folded and cue.status == "refused" and cue.end <= item.start and _replaces_the_refused(folded, cue, item):
        return None  # "cancels transfer of 8 carriers, buys drones instead": the cancelling stops at the comma
    if folded and cue.start >= item.end and _SUBJECT_OF_ITS_OWN_BETWEEN.fullmatch(folded, item.end, cue.start):
        return None  # "Swedish guns for Kyiv, the training has begun": the verb is its own subject's
    if share and cue.start < item.end:
        distance = 200.0 + max(0, item.start - cue.end)
    elif cue.start < item.end and item.start < cue.end:
        # A commitment named as the thing ("a long-term financial pledge") holds a
        # promise's word; a verb near it tells its status ("will discuss a ... pledge").
        distance = 80.0 if folded and _COMMITMENT_NAMED.fullmatch(folded, item.start, item.end) else 0.0
    elif cue.end <= item.start:
        distance = float(item.start - cue.end)
        if folded and distance < 200 and _GERMAN_SUBCLAUSE.search(folded, cue.end, item.start):
            # German puts a subordinate clause's verb last: "..., nachdem das erste im
            # Oktober übergeben worden war" is told by "übergeben", not the main verb.
            distance += 200.0
        elif folded and verb_after and _GERMAN_RELATIVE_CLOSED.match(
            folded, cue.end, item.start
        ):
            # a German relative clause closed between them, the main clause's auxiliary
            # after its comma: "Deutschland, das drei Systeme zugesagt hatte, hat das letzte
            # davon geliefert" is told by the main clause's verb, last (round 52)
            distance += 200.0
        elif folded and cue.status == "received" and verb_after and REPAID.search(folded, cue.end, item.start):
            # a reimbursement between: the receiving is the money's, the things after "als Erstattung
            # für" are told by their own verb after them ("..., die es an Kiew abgegeben hat")
            distance += 200.0
        elif folded and verb_after and _CONTRAST.search(folded, cue.end, item.start):
            # past a contrast the item has a verb of its own after it: "has used tanks
            # supplied by Portugal, while 14 more promised by the Netherlands have yet
            # to arrive" (the Dutch tanks are not the ones supplied)
            distance += 200.0
    else:
        distance = (cue.start - item.end) * 1.3
        if folded and _handed_over_after_purchase(folded, item, cue, facts.bought_before):
            distance = 0.0
        elif folded and cue.status == "delivered" and _STAGE_RELATIVE_AFTER.fullmatch(folded, item.end, cue.start):
            # a relative clause right after the things that tells their stage: "including 120
            # Bushmaster vehicles, which have all been delivered", "dont 40 chars, qui ont tous été
            # livrés", "darunter 40 Panzer, die alle bereits geliefert wurden" (the commitment
            # before them is the whole's; the clause is theirs)
            distance = 0.0
        elif folded and _OBJECT_RELATIVE_NAMED.fullmatch(folded, item.end, cue.start) and (
            "requested" in told_before
        ):
            # what is asked for, then what a giver says of it in a relative clause:
            # "Kiev réclame des missiles, que Paris n'exclut pas de fournir", "asks for
            # jets, which Oslo is considering sending": that clause is the giver's news
            distance = 0.0
        elif folded and (
            _CONTRAST.search(folded, item.end, cue.end + 8) or _closes_its_relative_clause(folded, item, cue)
            # a giving verb opening a clause joined after the item governs what follows
            # it: "has promised Ukraine 50 armoured vehicles and has sent eight tanks"
            or cue.status in ("pledged", "delivered") and _JOINED_VERB_BETWEEN.fullmatch(folded, item.end, cue.start)
            # a clause joined after the item with a subject of its own tells of its own
            # things, the item's verb is before it: "would give 3 billion crowns for air
            # defence, and Denmark completed the delivery of its jets"
            or (
                _NEW_SUBJECT_BETWEEN.fullmatch(folded, item.end, cue.start)
                and bool(told_before)
            )
            # a reimbursement's verb is before it; one after tells what it pays back
            # ("blocks the reimbursement of arms sent to Ukraine": the sending is past)
            or REPAID.match(folded, item.start)
            # a verb opening the next comma's phrase, the item's own verb before it,
            # governs what follows it: "pas de décision sur les avions, promesses de
            # défense aérienne", "no decision on jets, pledges of air defence"
            or (_COMMA_GAP.fullmatch(folded, item.end, cue.start) and bool(told_before))
            # a clause of time or condition opened after the item has a verb of its own: "will
            # send Ukraine 20 tanks once it receives new ones", "livrera 12 hélicoptères dès que
            # ses nouveaux appareils seront arrivés" (the donor's own replacements arrive)
            or _TRIGGER_CLAUSE.search(folded, item.end, cue.start) is not None
            # ... and so does an arrival awaited as its time: "cédera 10 obusiers dès l'arrivée de ses
            # canons français", "upon the arrival of its new guns"
            or (
                folded.startswith(("arrivee", "arrival"), cue.start)
                and _ARRIVAL_AWAITED.search(folded, item.end, cue.start) is not None
            )
        ):
            distance += 200.0
        elif folded and cue.status == "pledged" and _RELATIVE_OBJECT_AFTER.match(folded, item.end, cue.start) and not (
            told_before.isdisjoint(("received", "delivered"))
        ):
            # "has received the first four of 12 Archer howitzers that Sweden pledged":
            # the promise in the relative clause names the things; receiving them is the news
            distance += 100.0
        elif folded and _RELATIVE_RIGHT_AFTER.match(folded, item.end, cue.end) and (
            "production" in told_before
        ):
            # "a commandé 18 canons Caesar qui seront livrés à l'Ukraine": the relative
            # clause tells where ordered things go; the order is the news
            distance += 100.0
        elif folded and cue.status == "production" and _ORDER_OF_ORIGIN_BETWEEN.fullmatch(
            folded, item.end, cue.start
        ) and not told_before.isdisjoint(("delivered", "pledged")):
            # the order the things come from, named after them: "a livré les douze
            # derniers canons Caesar d'une commande passée par l'État", "delivered the
            # last 20 vehicles of a contract": the giving verb before them is the news
            distance += 100.0
    return distance


# (folded text: a comma, then a clause that names its things as what replaces the refused
# ones: "..., buys drones instead", "..., et enverra des drones à la place", "... und
# schickt stattdessen Drohnen"; the item stands in that clause)
_REPLACEMENT_AFTER_COMMA = lazy(
    r"(?:,|\b(?:and|et|und)\b)[^,;:.]*\b(?:instead|a la place|en remplacement|stattdessen|statt dessen|dafur nun)\b[^,;:.]*$"
)
_CLAUSE_END = lazy(r"[,;:.]|$")


def _replaces_the_refused(folded: str, cue: Cue, item: Item) -> bool:
    """The item stands in a clause after the refusal that names it as the replacement: the
    comma or "and" opening that clause lies between the refusing cue and the item ("refused
    to send missiles and will send 40 vehicles instead": the missiles are still refused)."""
    found = _REPLACEMENT_AFTER_COMMA.search(folded, cue.end, _clause_end(folded, item.end))
    return found is not None and found.start() < item.start


def _clause_end(folded: str, start: int) -> int:
    """Where the clause going on at `start` ends: its next comma, colon or full stop."""
    found = _CLAUSE_END.search(folded, start)
    return found.start() if found else len(folded)


# (folded text: between an item and a verb after it, a comma and a noun with its article,
# the verb's own subject)
_SUBJECT_OF_ITS_OWN_BETWEEN = lazy(r"[^,;:.]*,\s*(?:the|la|le|les|l'|die|der|das)\s*[\w-]+\s+")
# (folded text: a share of a sum opened after a comma, no clause break since; the words of
# its purpose)
# (a figure's decimal comma or point is no break: "dont 1,2 milliard destinés")
_HELPED_TO_BUY_BEFORE = lazy(HELPED_TO_BUY + r"(?:[\s,]+[\w'-]+){0,6}?[\s,]+$")
_SHARE_OPENED_BEFORE = lazy(r",\s*(?:of which|dont|davon)\b(?:\d[,.]\d|[^,;:.])*$")
_PURPOSE_CUE = lazy(
    r"(?:is |are )?(?:earmarked|intended|meant|destined|reserved|set aside|allocated)(?: for)?|"
    r"destine\w*(?: a| aux| au)?|reserve\w*(?: a| aux| au)?|vorgesehen|bestimmt"
)


# (folded text: a few words of the item, a comma, an object relative and its subject)
_OBJECT_RELATIVE_NAMED = lazy(r"(?:\s+[\w'-]+){0,4}\s*,\s*(?:que |qu'|that |which |die |den )(?:[\w'.-]+\s+){1,3}")


# (folded text: only a comma between an item and a cue after it, the item's recipient
# before the comma allowed: "scraps transfer of shells to Ukraine, offers drone money")
_COMMA_GAP = lazy(r"(?:\s+(?:to|a|an|nach)\s+(?:the\s+|l'|die\s+)?(?:ukraine|kyiv|kiev|kiew|kyjiw)\b)?\s*,\s*")


# (folded text: between an item and a verb after it, a conjunction, then a subject or
# object pronoun, auxiliaries or adverbs only: "and has sent", "and it has delivered", "et
# lui livrera", "et a livré"; "und hat ... geliefert" is no match, its object between)
_JOINED_VERB_BETWEEN = lazy(
    # (the first verb's recipient or year may close its phrase: "delivered 40 launchers to
    # Ukraine, and has committed $44 billion", "a livré 30 chars à Kiev en 2023 et a promis")
    r"(?:\s+(?:to|a|an|nach)\s+(?:the\s+|l'|die\s+)?(?:ukraine|kyiv|kiev|kiew|kyjiw)\b)?(?:\s+(?:in|en|im)\s+\d{4})?"
    r"\s*,?\s*(?:and|et|und)\s+(?:(?:has|have|had|also|then|later|since|already|it|they|a|ont|avait|avaient|aussi|"
    r"ensuite|deja|il|elle|ils|elles|lui|leur|les|en|y|hat|haben|hatte|auch|bereits)\s+)*"
)

# (folded text: between an item and a verb after it, ", and" and a new subject, a noun of
# one to three words, not a pronoun or an auxiliary: ", and Denmark completed the", "et le
# Danemark a achevé la", "und Schweden hat die")
_NEW_SUBJECT_BETWEEN = lazy(
    # (a short phrase of the item's may close its clause first: "8 billion euros in 2027, and
    # this year's budget holds 9 billion")
    r"(?:\s+[\w'-]+){0,3}?\s*,\s*(?:and|et|und)\s+(?!(?:has|have|had|is|are|was|were|will|would|also|then|it|they|he|she|we|a|ont|"
    r"est|sont|va|vont|aussi|il|elle|ils|elles|on|en|y|hat|haben|ist|sind|wird|werden|auch|er|sie|es|wir)\b)"
    r"(?:[\w'-]+\s+){1,4}"
)


# A thing for other things ("les munitions pour les armements", "ammunition for the
# weapons", "Munition für die ... Waffen") and a participle right after those others
# ("fournis aux Ukrainiens", "supplied to Ukraine") or, in German, before them ("für die
# gelieferten Waffen"): the participle tells what the others are (given before), not that
# the thing was given. (Folded text: what stands between the item and the cue.)
_FOR_THE_THINGS_BETWEEN = lazy(
    r"\s+(?:(?:pour|for) (?:les|la|le|l'|des|the|these|those|its|their|leurs|ses|ces) ?(?:[\w'-]+ ){1,3}|"
    r"fur (?:die|den|der|das|diese|ihre|seine) (?:[\w'-]+ ){0,4})"
)
_GIVEN_PARTICIPLE = lazy(
    r"(?:fourni|livre|envoye|cede|donne|transfere|remis|promis|supplied|delivered|provided|sent|donated|given|"
    r"transferred|shipped|promised|pledged|\w*geliefert|zugesagt|uberlassen|ubergeben|versprochen|bereitgestellt|"
    r"gespendet)\w*"
)


def _describes_the_things_it_is_for(folded: str, item: Item, cue: Cue) -> bool:
    """Whether the cue is a participle describing the things the item is for ("les
    munitions pour les armements fournis aux Ukrainiens"): it then tells nothing of the
    item."""
    return bool(
        _FOR_THE_THINGS_BETWEEN.fullmatch(folded, item.end, cue.start) and _GIVEN_PARTICIPLE.match(folded, cue.start)
    )


def _closes_its_relative_clause(folded: str, item: Item, cue: Cue) -> bool:
    """Whether the item stands in a relative clause set off by commas that closes before
    the cue: "Le Danemark, qui a déjà cédé tous ses canons Caesar, en achètera 18 autres"
    (the guns were handed over; buying is the main clause's news)."""
    return "," in folded[item.end : cue.start] and bool(
        _RELATIVE_OPEN_BEFORE.search(folded, max(0, item.start - 100), item.start)
    )


# (folded text: money paid back, see item_words' funding words)
REPAID = lazy(REFUND_WORDS)
# (folded text: a share of things named before, see references._back_reference_words)
# (folded text: a delivered cue opened by welcoming, cue_patterns' "welcomed the first delivery")
_WELCOMED_CUE = lazy(r"welcom|hail|prais|salu|begrus")
_SHARE_CLAUSE = lazy(r"\S+ davon|davon \S+ \S+(?: \S+)?|dont \S+|\S+ of which|(?:die|den) (?:ersten|letzten) \S+")
# (folded text: a relative pronoun right after the item)
# (folded text: a relative clause whose object is the item, its subject named: "that
# Sweden", "que la Suède avait", "die Schweden")
_RELATIVE_OBJECT_AFTER = lazy(r"\s+(?:that|which|que|qu'|die|den)\s*(?:[\w'-]+\s+){1,4}$")
# (... or the passive infinitive telling where they go: "a contract for 18 howitzers to be
# delivered to Ukraine's army")
_RELATIVE_RIGHT_AFTER = lazy(r"\s*,?\s*(?:qui|which|die|der|das|to be)\b")
# (folded text: between things and the order they come from: "d'une", "of the", "aus einem")
_ORDER_OF_ORIGIN_BETWEEN = lazy(
    r"\s+(?:of|from|under|d'|de|du|des|aus|eines)\s*(?:(?:an|a|the|its|their|une|un|la|le|l'|leur|sa|son|cette|ce|"
    r"einem|dem|einer|der|diesem|earlier|previous|last|first|same|premiere?|derniere?|ersten|letzten)\s*){0,2}"
)
# (folded text: the relative pronoun after a comma, no clause break since)
_RELATIVE_OPEN_BEFORE = lazy(r",\s*(?:qui|which|who|das|der|die|dont|lequel|laquelle|lesquels)\b[^,;:.]*$")
# (folded text: what opens a clause of time or condition: "once", "as soon as", "dès que",
# "une fois", "sobald", "erst wenn")
_TRIGGER_CLAUSE = lazy(
    r"\b(?:" + ONCE + r"|as soon as|whenever|when|until|unless|after|before|if|des que|lorsque|quand|sitot que|"
    r"apres que|avant que|jusqu'a ce que|si|s'il|s'ils|sobald|wenn|nachdem|bevor|falls|sofern|solange)\b"
)
_ARRIVAL_AWAITED = lazy(r"\b(?:des\s+l'|(?:upon|on)\s+(?:the\s+)?)$")
_GERMAN_SUBCLAUSE = lazy(r",\s*(?:nachdem|weil|obwohl|seitdem|bevor|sobald|dass)\b")
# (German puts "aber" after the verb: "..., liefert aber weitere Panzer")
# (a French gerund after a comma is another verb's clause: "..., en annonçant un paquet")
_CONTRAST = lazy(r"[,;]\s*(?:but|mais|aber|doch|jedoch|while|whereas|tandis que|alors que|wahrend|\w+ (?:aber|jedoch)|en \w+ant)\b")
