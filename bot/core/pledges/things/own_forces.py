"""What a donor gets for its own forces is no aid to Ukraine, even in a sentence that names Ukraine as the
reason: arms it orders or buys to refill what it gave ("would order 16 Skyranger vehicles for the Bundeswehr",
"Bundeswehr bestellt 22 neue Panzerhaubitzen", "commande 18 Caesar pour l'armée de Terre"), spare parts for
its own tanks, money put into its own air defence, and a debate on its own defence budget. Wire copy tells
these beside the aid, often in the same sentence, so each would otherwise borrow the aid's cue or read as a
pledge of the donor.

The pledge reader asks the question at three points of a sentence, all answered here:
- an order or purchase cue for its own forces (`own_forces_orders`): sentence_cues drops such a cue, and
  without the span read here the things it ordered would then take the sentence's other cue ("had
  delivered 60,000 rounds ..., and that it would order 16 Skyranger ... for the Bundeswehr" gave the
  Skyrangers as delivered). sentence_reading sets the things in the order's reach apart
  (`outside_own_orders`) and drops the order itself (`without_own_orders`) before any cue is given to them;
- a thing named as for its giver's own forces, whatever verb gives it (`for_the_givers_own_forces`):
  given_items leaves it out of what the sentence gives ("buy spare parts for its own Leopard tanks");
- a sentence that only discusses its own forces or defence budget (`a_debate_on_its_own_forces`):
  sentence_reading reads no record from it.
The three read with patterns of their own (after a cue, after or inside a thing, anywhere in the sentence),
each with its own notes below on what it must not take; the real-set figures were measured with them so.
"""

from __future__ import annotations

from bot.core.pledges.passes.records import Cue, Item
from bot.core.pledges.passes.sentence import Sentence
from bot.core.text.lazy_pattern import lazy


Span = tuple[int, int, bool]


def own_forces_orders(sentence: Sentence, cues: list[Cue]) -> list[Span]:
    """The spans of the sentence whose things a donor orders or buys for its own forces: from an
    ordering or buying cue to the use it names after it ("for its own army", "für die Bundeswehr"),
    or, when its own forces are the subject ("die Bundeswehr bestellt"), to the end of the clause.
    Ukraine named as who gets, between the cue and the use ("for Ukraine and 20 for the
    Bundeswehr"), starts the span after it. The third field tells a sum paid into its own
    forces ("put 2 billion euros into its own air defence"): the money in the span is no aid either."""
    folded, start, end = sentence.folded, sentence.start, sentence.end
    spans: list[Span] = []
    for cue in cues:
        if cue.status != "production" and cue.kind != "purchase":
            continue
        if _NEW_ONES_BEFORE.search(folded, max(start, cue.start - 90), cue.start):
            # the new ones that replace what a donor gave are its own forces' order ("the guns would
            # be replaced by new ones ordered from the manufacturer"): the order goes, and the maker it
            # names up to its clause's end ("from the manufacturer"), the gift stays
            clause_end = _CLAUSE_END.search(folded, cue.end, end)
            spans.append((cue.start, clause_end.start() if clause_end else end, False))
            continue
        if _FORCES_AS_SUBJECT.search(folded, max(start, cue.start - 60), cue.start):
            # (an apposition closes where the main clause's verb resumes: "The tanks, retired from
            # the Dutch Army after it bought newer guns, were delivered to Ukraine")
            clause_end = _CLAUSE_END.search(folded, cue.end, end)
            high = clause_end.start() if clause_end else end
            resumes = _MAIN_VERB_RESUMES.search(folded, cue.end, high)
            high = resumes.start() if resumes else high
            if not _FOR_UKRAINE.search(folded, cue.end, high):  # ("Die Bundeswehr bestellt für die Ukraine ...")
                spans.append((cue.start, high, False))
            continue
        placed = _PLACED_BY_FORCES.match(folded, cue.end, end)
        if placed is not None and "ukrain" not in placed.group(0):  # (Ukraine's own army is the receiver)
            # the maker's contract with its own country's forces ("a SEK 4 billion contract the Swedish
            # armed forces placed in March", "a contract from the Norwegian army", "un contrat de l'armée
            # de Terre", "einen Auftrag der Bundeswehr"): their own equipment, unless told for Ukraine
            clause_end = _CLAUSE_END.search(folded, cue.end, end)
            high = clause_end.start() if clause_end else end
            if not _FOR_UKRAINE.search(folded, cue.start, high) and not _TO_SUPPLY_UKRAINE.search(folded, cue.start, high):
                spans.append((cue.start, high, False))
                continue
        # (a paying-in cue ends on its own "into", "dans", "in": the use is read from there)
        use = _OWN_USE_AFTER.search(folded, max(cue.start, cue.end - 5), min(end, cue.end + 120))
        if use is None or _CLAUSE_END.search(folded, cue.end, use.start()):
            part = _GIVEN_IN_PART.search(folded, cue.end, min(end, cue.end + 160))
            if part is not None and cue.kind == "purchase" and not _CLAUSE_END.search(folded, cue.end, part.start()):
                # "will buy six NASAMS launchers and give four to Ukraine": the purchase is the giver's
                # stock, only the count given goes to Ukraine (the purchase's span closes before "and")
                spans.append((cue.start, part.start(), False))
            continue
        low = max((m.end() for m in _FOR_UKRAINE.finditer(folded, cue.end, use.start())), default=cue.start)
        spans.append((low, use.end(), use.group(0).startswith(_PAID_INTO)))
    return spans


def outside_own_orders(items: list[Item], spans: list[Span]) -> list[Item]:
    """The items that no own-forces order holds (money keeps its own reading: a sum "to replenish
    stocks" sent to Ukraine is aid money, destinations.py; but not a sum paid into its own forces)."""
    if not spans:
        return items
    return [
        i for i in items
        if not any(s <= i.start < e and (i.category != "funding" or paid_in) for s, e, paid_in in spans)
    ]


def without_own_orders(
    sentence: Sentence, cues: list[Cue], spans: list[Span], told: list[Cue] | None = None
) -> list[Cue]:
    """The cues less the orders and purchases that open an own-forces span: the order is no
    record of its own either (nothing else named, it would stand as production). A giving verb
    that shares the order's auxiliary past the span ("will buy 12 Archers for the British Army
    and send 14 AS90s to Ukraine") is no cue of its own; it takes the order's status instead,
    so the gift is not lost with the order. `told`: the sentence's cues before the sentence read
    them (the default: `cues`), where the order still stands when the whole sentence dropped it
    ("will buy six NASAMS launchers for its own army and give four to Ukraine")."""
    if not spans:
        return cues
    kept = [c for c in cues if not (_in_a_span(c, spans) and (c.status == "production" or c.kind == "purchase"))]
    for c in cues if told is None else told:
        span = _in_a_span(c, spans)
        if span is None or not (c.status == "production" or c.kind == "purchase"):
            continue
        giving = _SHARED_GIVING_VERB.match(sentence.folded, span[1], sentence.end)
        if giving is not None and _UKRAINE_NAMED.search(sentence.folded, giving.end(), min(sentence.end, giving.end() + 100)):
            # (an order's status is "production", no tense; a bare verb after "will order ... and"
            # is a future, a pledge)
            shared = Cue(giving.start(1), giving.end(1), "pledged" if c.status == "production" else c.status)
            if not any(k.start == shared.start for k in kept):
                kept.append(shared)
    return sorted(kept, key=lambda c: c.start)


def _in_a_span(cue: Cue, spans: list[Span]) -> tuple[int, int] | None:
    return next(((s, e) for s, e, _ in spans if s <= cue.start < e), None)


def for_the_givers_own_forces(sentence: Sentence, item: Item) -> bool:
    """Whether the sentence names the item as for its giver's own forces: "for the Bundeswehr" a few words
    after it, or "for its own ..." after it or inside its phrase ("spare parts for its own Leopard tanks").
    "its own" may be Ukraine's ("help Ukraine build drones for its own army"): read so only where the
    sentence names no Ukraine before the item."""
    folded = sentence.folded
    after = min(sentence.end, item.end + 60)
    if _FOR_THE_BUNDESWEHR_AFTER.match(folded, item.end, after):
        return True
    own = _FOR_ITS_OWN_AFTER.match(folded, item.end, after) or _FOR_ITS_OWN_INSIDE.search(folded, item.start, item.end)
    return bool(own) and not _UKRAINE_OR_UKRAINIAN.search(folded, sentence.start, item.end)


def a_debate_on_its_own_forces(sentence: Sentence, cues: list[Cue], names_ukraine: bool) -> bool:
    """Whether the sentence only discusses a country's own forces or defence budget ("debated the
    defence budget", "Verteidigungshaushalt"): what such a debate weighs is no aid, unless the sentence
    names Ukraine."""
    return (
        not names_ukraine
        and all(c.status == "discussed" for c in cues)
        and _OWN_FORCES_OR_BUDGET.search(sentence.folded, sentence.start, sentence.end) is not None
    )


# ---------------------------------------------------------------- an order or a purchase for its own forces

# A donor's own forces, as written in wire copy: its own army or stocks, or a force by its name
# (folded text). Not "the army" alone, nor a Luftwaffe or navy named bare: Ukraine's may be meant.
_OWN_FORCES = (
    r"(?:(?:its|their) own (?:army|armed forces|forces|military|troops|stocks?|stockpiles?|inventor(?:y|ies)|arsenal|use|fleet)|"
    r"(?:the )?(?:bundeswehr|british army|royal navy|royal air force|u\.?s\.? (?:army|air force|navy|marine corps)|"
    r"(?:french|german|polish|dutch|danish|swedish|norwegian|italian|spanish|czech|finnish) (?:army|armed forces|military)))"
)
_OWN_FORCES_FR = (
    r"(?:(?:ses|leurs|sa|son|leur) (?:propres? )?(?:armees|forces armees|forces|besoins|stocks|troupes|armee)|"
    r"(?:l'armee de terre|l'armee de l'air(?: et de l'espace)?|la marine nationale|les armees francaises|"
    r"l'armee (?:francaise|allemande|britannique|polonaise|neerlandaise|danoise|suedoise|norvegienne|italienne|espagnole|tcheque)|"
    r"la bundeswehr))"
)
_OWN_FORCES_DE = (
    r"(?:(?:die |den |das )?eigenen? (?:armee|streitkrafte|truppe|truppen|bestande|bedarf|lager)|"
    r"(?:die )?bundeswehr|(?:das )?heer)"
)
# The use told after the ordered things, within a few words ("for the Bundeswehr", "pour
# l'armée de Terre", "für die eigene Truppe"), or a purpose of refilling the donor's own
# stocks ("to refill its own stocks", "pour reconstituer ses stocks", "um die eigenen Bestände
# aufzufüllen").
# A sum paid into its own forces ("put 2 billion euros into its own air defence", "injectera 2
# milliards d'euros dans sa propre défense", "steckt 2 Milliarden Euro in die eigene
# Luftverteidigung"): the paying-in cues' "into" (cue_patterns' purchase cues) with the payer's own.
_PAID_INTO = ("into ", "dans ", "in ")
_OWN_USE_AFTER = lazy(
    rf"\b(?:(?:for|to) {_OWN_FORCES}|pour {_OWN_FORCES_FR}|fur {_OWN_FORCES_DE}|"
    r"into (?:its|their) own [\w-]+|dans (?:sa|son|ses|leurs?) propres? [\w-]+|in (?:die|den|das|seine|ihre) eigenen? [\w-]+|"
    r"to (?:refill|replenish|restock) (?:its|their) (?:own )?(?:stocks?|stockpiles?|inventor(?:y|ies)|arsenals?)|"
    r"(?:pour|afin de) (?:reconstituer|recompleter|regarnir) (?:ses|leurs) (?:propres )?stocks|"
    r"um (?:die |ihre |seine )?eigenen? bestande (?:\w+ )?(?:aufzufullen|zu ersetzen))\b"
)
# Its own forces as the subject of the ordering, a few words before it: "the Bundeswehr would
# order", "Bundeswehr bestellt" (a headline), "l'armée de Terre a commandé". Not the US Army: it
# orders for Ukraine too ("US Army expands shell output", its contracts under USAI).
# (and a donor's army named by its nationality: "retired from the Australian Army after it bought
# newer models", "l'armée canadienne a commandé", "das österreichische Bundesheer bestellt")
# (folded text, right before an order's cue) the new things that replace the ones given: "replaced by new
# ones ordered", "replace the howitzers with new ones bought", "remplacés par de nouveaux exemplaires
# commandés", "durch neue ersetzen, die ... bestellt wurden" (a giving told after them is its own cue)
_NEW_ONES_BEFORE = lazy(
    r"\b(?:replac\w*\s+(?:[\w'-]+\s+){0,4}?(?:by|with)|remplac\w*\s+(?:[\w'-]+\s+){0,4}?par|"
    r"ersetz\w*\s+(?:[\w'-]+\s+){0,4}?durch|durch)\s+(?:de\s+|des\s+|d')?"
    r"(?:new|newer|brand-new|nouveaux|nouvelles|neuen?|neuere\w*)\b"
    r"(?:\s+[\w'-]+){0,3}?(?:,?\s+(?:ersetz\w*,?\s+)?(?:which|that|qui|die|welche)?\s*(?:were|was|have been|ont ete|sont|wurden)?)?\s*$"
)
_FORCES_AS_SUBJECT = lazy(
    r"(?:^|[^\w'-])(?:the |die |das |l')?(?:bundeswehr|bundesheer|armee de terre|armee de l'air|british army|royal navy|"
    r"(?:australian|canadian|french|german|polish|dutch|danish|swedish|norwegian|italian|spanish|czech|finnish|"
    r"portuguese|romanian|belgian|austrian|japanese|swiss) (?:army|armed forces|air force|navy)|"
    r"(?:l'armee|la marine) (?:australienne|canadienne|francaise|allemande|polonaise|neerlandaise|danoise|suedoise|"
    r"norvegienne|italienne|espagnole|tcheque|finlandaise|portugaise|roumaine|belge|autrichienne|japonaise|suisse)|"
    r"(?:osterreichische|schweizer|schweizerische) (?:bundesheer|armee))"
    r"\s+(?:[\w-]+\s+){0,3}$"
)
# An order or contract its country's own forces place, told right after the order's word (folded
# text): "contract the Swedish armed forces placed", "order from the Norwegian army", "contrat de
# l'armée de Terre", "commande passée par l'armée", "Auftrag der Bundeswehr".
_FORCES = (
    r"(?:(?:[\w-]+ ){0,2}(?:armed forces|army|navy|air force|military)|(?:forces armees|armee|marine)(?: [\w'-]+){0,4}|"
    r"bundeswehr|(?:[\w-]+ )?streitkrafte|(?:[\w-]+ )?(?:luftwaffe|marine|heer))"
)
_PLACED_BY_FORCES = lazy(
    r"(?:\s+(?:worth|valued at|of|d'un montant de|im wert von|uber)\s+[\w$€£.,\s-]{1,40}?)?"
    rf"\s+(?:(?:the|its) {_FORCES}\s+(?:had |has |have )?(?:placed|awarded|signed|gave|ordered)|"
    rf"(?:from|with|by) (?:the |its )?{_FORCES}|(?:de|avec) (?:l'|la )?{_FORCES}|(?:passee?|signee?) par (?:l'|la )?{_FORCES}|"
    rf"(?:der|des|mit der|mit den) {_FORCES})\b"
)
# Ukraine named as who gets the things ordered (folded text): "for Ukraine", "für die Ukraine",
# "pour l'Ukraine", "to Kyiv".
_FOR_UKRAINE = lazy(r"\b(?:for|to|fur|an|pour|a) (?:die |l')?(?:ukraine|kyiv|kiev|kiew)\b")
# A bare giving verb joined to the order by "and", right after the own-forces span: it has no
# auxiliary of its own, it borrows the order's ("will buy ... and send", "va acheter ... et livrer",
# "et en céder quatre").
_SHARED_GIVING_VERB = lazy(
    r"[^\S\n]*,?[^\S\n]*(?:and|et|und)[^\S\n]+(?:then |also |puis |aussi |dann )?(?:en )?"
    r"(send|give|deliver|provide|supply|donate|transfer|hand over|"
    r"envoyer|livrer|fournir|donner|ceder|transferer|gibt|geben|liefert|liefern|schickt|schicken|ubergibt|uberlasst)\b"
)
_UKRAINE_NAMED = lazy(r"\b(?:ukraine|kyiv|kiev)\b")
# A purchase told with a part of it given on, by a bare count and to Ukraine right after the giving
# verb ("will buy six NASAMS launchers and give four to Ukraine", "va acheter six lanceurs et en
# céder quatre à l'Ukraine", "kauft sechs Startgeräte und gibt vier (davon) an die Ukraine ab"):
# without a use named for the rest, it is no aid but its part (round 53). A count with a noun of its
# own ("and give ten tanks to Ukraine") is another thing, read as before.
_GIVEN_IN_PART = lazy(
    r"[^\S\n]*,?[^\S\n]*(?:and|et|und)[^\S\n]+(?:then |also |puis |aussi |dann )?(?:en )?"
    r"(?:send|give|deliver|provide|supply|donate|transfer|hand over|envoyer|livrer|fournir|donner|ceder|transferer|"
    r"gibt|geben|liefert|liefern|schickt|schicken|ubergibt|uberlasst)\s+(?:der ukraine\s+)?"
    r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|zwei|drei|vier|funf|sechs|sieben|acht|neun|zehn|"
    r"deux|trois|quatre|cinq|six|sept|huit|neuf|dix|douze)(?:\s+davon)?\s+"
    r"(?:to|an|a)\s+(?:die\s+|l')?(?:ukraine|kyiv|kiev|kiew)\b"
)
# ... or as whom the order supplies: "to supply Ukraine", "pour livrer l'Ukraine", "die Ukraine zu beliefern".
_TO_SUPPLY_UKRAINE = lazy(r"\b(?:supply|equip|arm|beliefern|ausrusten|livrer|equiper|fournir)\b[^.;]{0,20}\b(?:ukraine|kyiv|kiev|kiew)")
_MAIN_VERB_RESUMES = lazy(r",\s+(?:were|was|are|is|have|has|had|will|would)\b")
_CLAUSE_END = lazy(r"[;]|,\s+(?:and|but|while|und|aber|et|mais|tandis)\b|\.\s|\b(?:after|nachdem|apres|since|seit|because|weil|parce)\b")


# ---------------------------------------------------------------- a thing for its giver's own forces

# A giver equipping itself gives nothing: "the Bundeswehr will buy spare parts for its own
# Leopard tanks", "Berlin pays Rheinmetall to build 100 Boxers for the Bundeswehr", "achète des
# pièces pour ses propres Caesar", "kauft Ersatzteile für ihre eigenen Leopard" (folded text
# after the thing).
_FOR_ITS_OWN_AFTER = lazy(
    r"(?:\s+[\w'-]+){0,3}?\s+(?:for|pour|fur)\s+(?:its|their|ses|leurs|seine|ihre|die|den)\s+(?:own|propres?|eigenen?)\b"
)
_FOR_THE_BUNDESWEHR_AFTER = lazy(r"(?:\s+[\w'-]+){0,3}?\s+(?:for|pour|fur)\s+(?:the\s+|die\s+|la\s+)?bundeswehr\b")
# (... or inside the thing's phrase, which may run on over what it serves: "spare parts for its
# own Leopard tanks")
_FOR_ITS_OWN_INSIDE = lazy(r"\s(?:for|pour|fur)\s+(?:its|their|ses|leurs|seine|ihre|die|den)\s+(?:own|propres?|eigenen?)\b")
# Ukraine or a Ukrainian named before the thing: then "its own" may be Ukraine's (given_items.UKRAINE_WORD,
# written again here: given_items imports this module).
_UKRAINE_OR_UKRAINIAN = lazy(r"\b(?:ukrain\w*|kyiv|kiev|kiew)\b")

# ---------------------------------------------------------------- a debate on its own forces

# A country's own forces and defence budget: what a debate about them weighs is no aid
# (when the sentence does not name Ukraine). Not "for the Bundeswehr" alone: "is weighing
# whether to send Patriots and buy replacements for the Bundeswehr". (Folded text.)
_OWN_FORCES_OR_BUDGET = lazy(
    r"\b(?:(?:its|their|[\w-]+'s?) own (?:army|armed forces|forces|military|troops|air defen[cs]es?|defen[cs]es|airspace)|"
    # (... an alliance's own defences too: "the alliance's own air defences", "ses propres défenses
    # aériennes", "die eigene Luftverteidigung")
    r"(?:sa|son|leur|ses|leurs) propres? (?:defenses?(?: aeriennes?| antiaeriennes?)?|armees?|forces)|"
    r"eigenen? (?:luftverteidigung|flugabwehr|verteidigung|streitkrafte|armee)|"
    r"defen[cs]e (?:budget|spending)|military budget|"
    r"budget (?:de la defense|des armees)|loi de programmation militaire|"
    r"\w*(?:verteidigungs|wehr|rustungs)(?:haushalt|etat|budget)\w*)"
)
