"""Givers: which donor group a sentence's item belongs to: a source or passive agent
right after it, a nationality right after it, the subject before its cue, the only donor the
sentence names, one that reports it; and Ukraine as the subject of a refusal. Which donor
words may give at all is non_givers.py's job; whom a request asks, asked_givers.py's."""

from __future__ import annotations

from bot.core.pledges.donors.donor_groups import REPORTING_AFTER
from bot.core.pledges.donors.leave import ASKED_FOR_LEAVE_AFTER, leave_owner
from bot.core.pledges.donors.order_payers import payer_of_an_order
from bot.core.pledges.donors.paid_purchases import payer_of_a_purchase
from bot.core.pledges.donors.part_payers import pays_for_a_part
from bot.core.pledges.donors.refused_requests import asker_of_a_refused_request
from bot.core.pledges.donors.talks_partners import talks_cue_names_its_partner, talks_subject
from bot.core.pledges.passes.records import Cue, Item
from bot.core.text.lazy_pattern import lazy

# A donor named after the item is its giver only as an agent ("supplied by Britain")
# or as the one reporting it ("..., the Dutch defence ministry said").
_AGENT_BEFORE = lazy(
    r"(?:\b(?:by|par|von|from|aus|de la part d\w*|seitens)\s+(?:[\w'-]+\s+){0,3}(?:l'|d')?"
    r"|\b(?:said|says|confirmed|confirms|announced|told|according to|selon|a (?:\w+ )?(?:indique|annonce|confirme|assure|precise|declare|dit)|"
    r"ont (?:indique|annonce|confirme|assure|precise|dit)|indique|annonce|confirme|sagte|teilte|bestatigte|erklarte|meldete|"
    r"kundigte|hiess es|thank\w*|remerci\w*|dank\w*|bedank\w*)\b(?:\s+[\w'-]+){0,6}\s+(?:l'|d')?)$"
)
# (folded text: a contrast opening another clause)
_CLAUSE_CONTRAST = lazy(r"[,;]\s*(?:but|mais|aber|while|whereas|tandis que|alors que|wahrend)\b")
# (folded text) a fund's endowment cue (cue_patterns' pledged cues) and the owner where the fund sits
_ENDOWMENT = lazy(r"dote|endowed with|ausgestattet mit|dotiert mit|mit [^.;]{0,40}(?:ausgestattet|dotiert)\b")
_WITHIN_BEFORE = lazy(
    r"\b(?:au sein d[eu']|au sein de la|within|innerhalb)\s*(?:la |le |les |l'|the |der |des )?$"
)
_PASSIVE_AGENT = lazy(r"\b(?:by|par|von|seitens)\s+(?:the|la|le|les|l'|die|der|den|dem)?\s*$")
# (folded text: an item's words naming what it is for, "shells for the guns", "obus au canon")
_FOR_ANOTHER_THING_INSIDE = lazy(r"\s(?:for|pour|fur|au|aux)\s")
# (folded text: the agent of a relative clause after the giving, "..., die von", "..., which were supplied by")
_RELATIVE_AGENT_BEFORE = lazy(
    r",\s*(?:die|der|das|welche[nrs]?|qui|that|which)\s+(?:[\w'-]+\s+){0,3}?(?:von|by|par)\s+"
    r"(?:the |la |le |les |l'|der |den |dem )?$"
)


# Ukraine as the subject of a refusal (not "der Ukraine", "à l'Ukraine", "to Ukraine").
_DATIVE_BEFORE = lazy(
    r"(?:\bder|\ba|\bto|\ban|\bau|\baux|\bfor|\bpour|\bfur|\bwith|\bavec|\bmit|\bnach|\bin|\ben|\bde|\bof)\s+"
    r"(?:l'|die|den|the|la)?\s*$"
)


# (folded text, before Ukraine's name) Calls or requests made by Ukraine: "calls from some Ukrainian officials", "les
# appels de responsables ukrainiens", "Forderungen ukrainischer Politiker".
_CALLERS_BEFORE = lazy(
    r"\b(?:calls?|demands?|requests?|appeals?|appels?|demandes?|forderunge?n?|bitten?)\s+(?:(?:from|by|de|des|du|d')\s*)?"
    r"(?:[\w'-]+\s+){0,2}$"
)


def recipient_subject(
    folded: str, sentence_start: int, cue: Cue, ukraine: list[tuple[str, int, int]], donors: list[tuple[str, int, int]]
) -> bool:
    """Whether Ukraine is who refuses: named within a few words before the cue, not
    as an indirect object, with no donor between."""
    for _, s, e in ukraine:
        if e <= cue.start and cue.start - e <= 24 and not _DATIVE_BEFORE.search(folded[max(sentence_start, s - 8) : s]) and (
            # (nor as who made the calls refused: "rejected calls from some Ukrainian officials to send")
            _CALLERS_BEFORE.search(folded, max(sentence_start, s - 40), s) is None
        ):
            if not any(e <= ds < cue.start for _, ds, _ in donors):
                return True
    return False


# (folded text) A production cue that opens with the money paying: "with Norwegian money",
# "mit norwegischem Geld", "avec de l'argent norvégien", "grâce à des fonds danois"
# (the money word itself, after the payer's adjective or before it: "mit der Fertigung" is no money)
_MONEY_OF_A_PAYER = lazy(
    r"(?:mit|with|avec|grace a) (?:de l'|des |du )?(?:[\w-]+ )?(?:geld|geldern|mitteln|money|funds|funding|fonds|"
    r"financements?|argent)\b"
)


def money_of_a_payer(folded: str, cue_start: int) -> bool:
    """Whether the cue at cue_start opens with the money paying ("with Norwegian money")."""
    return _MONEY_OF_A_PAYER.match(folded, cue_start) is not None


def donors_for(
    folded: str, sentence_start: int, cue: Cue, item: Item, groups: list[tuple[int, int, tuple[str, ...]]]
) -> tuple[str, ...]:
    """The donor group nearest before the cue or the item, whichever comes first (the
    subject: "Germany will send tanks"); else the first one after it that is an agent
    ("contracts signed by the US, France and Norway") or a source ("..., Berlin said")."""
    # A long cue can hold the item ("hat Deutschland 52 Gepard übergeben"): then
    # what precedes the item inside the cue counts as before.
    anchor = item.start if cue.start < item.start < cue.end else min(cue.start, item.start)
    # The one whose leave is sought never gives, even when no other giver is named
    # ("Czechs seek Berlin's consent to send howitzers").
    groups = [(s, e, codes) for s, e, codes in groups if not leave_owner(folded, sentence_start, s, e)]
    # Nor does one who pays for a part of the things: it funds what the giver hands over.
    groups = [(s, e, codes) for s, e, codes in groups if not pays_for_a_part(folded, s, e)]
    # Nor does one whose request another turns down ("rejected a request from Spain to pass on ...").
    sentence_end = folded.find(". ", max(cue.end, item.end))
    sentence_end = len(folded) if sentence_end < 0 else sentence_end
    groups = [
        (s, e, codes) for s, e, codes in groups
        if not asker_of_a_refused_request(folded, sentence_start, sentence_end, s, e)
    ]
    # Nor does the mechanism a payer named before passes money through ("la Belgique fera transiter
    # 300 millions d'euros par la Facilité européenne pour la paix"): it is the way, not a giver.
    groups = [
        (s, e, codes) for s, e, codes in groups
        if not (_passed_through(folded, sentence_start, s, e) and any(e2 <= s for _, e2, _ in groups))
    ]
    if cue.status == "production" and (payer := payer_of_an_order(folded, item.end, groups)):
        # an order and its payer told after it ("une commande de 12 CAESAR ..., financée par ... l'Union
        # européenne"): the one ordering and the payer are both on the record (order_payers.py)
        orderer = donors_for(folded, sentence_start, cue, item, [g for g in groups if g[0] != payer[0]])
        return tuple(dict.fromkeys((*orderer, *payer[2])))
    if cue.kind == "permission" or (
        # "talks with Greece on older Mirage jets are continuing": the one talked with (talks_partners.py)
        cue.status == "discussed" and talks_cue_names_its_partner(folded, cue.start, cue.end)
        and not any(s >= sentence_start and talks_subject(folded, e, cue.start) for s, e, _ in groups)
    ):
        # "allowed Poland to send": the one permitted, named inside the cue, gives.
        inside = [codes for s, e, codes in groups if cue.start < s < cue.end]
        if inside:
            return inside[0]
    if cue.status == "production" and _MONEY_OF_A_PAYER.match(folded, cue.start):
        # things made "with Norwegian money", "mit Geld aus Norwegen": the payer named inside
        # the cue gives (cue_patterns' production cues, round 55)
        inside = [codes for s, e, codes in groups if cue.start < s < cue.end]
        if inside:
            return inside[0]
    if _ENDOWMENT.match(folded, cue.start):
        # a fund's endowment is its owner's, named as where the fund sits: "doté de 5 milliards d'euros pour cette
        # année au sein de la FEP", "endowed with 5 billion euros within the European Peace Facility" (not a
        # member named later in the sentence, "..., la Hongrie n'y contribuerait pas"; German names it before the
        # verb-last endowment: "ein Ukraine-Fonds innerhalb der Friedensfazilität mit 4 Milliarden Euro ausgestattet")
        owner = next((
            codes for s, _, codes in groups
            if (cue.end <= s <= cue.end + 70 or cue.start - 70 <= s < cue.start)
            and _WITHIN_BEFORE.search(folded, max(sentence_start, s - 24), s)
        ), ())
        if owner:
            return owner
    paid = payer_of_a_purchase(folded, item, groups)
    if paid:
        # things a seller hands over that a donor paid for, the payer told after them as the
        # money used ("..., bought by Ukraine with money from a Dutch grant": paid_purchases.py)
        return paid
    thanked = _thanked_for(folded, sentence_start, item, groups)
    if thanked:
        # a thanks list with the verb said once: "I thank Denmark for the jets, and Sweden for
        # the howitzers" (the cue holds only the first one thanked)
        return thanked
    if folded.startswith(_THANKS_OPENING, cue.start):
        # "thanked Denmark for the jets and thanked Sweden for the howitzers", "merci à la
        # Suède pour": the one thanked, named inside the cue, gave (not a donor thanked before).
        inside = [codes for s, e, codes in groups if cue.start < s < cue.end]
        if inside:
            return inside[-1]
    if cue.end <= item.start + 1 and _RANKING.fullmatch(folded, cue.start, cue.end):
        # a tracker's ranking, its sum right after: "Germany remained the largest donor with
        # 4.1 billion euros" is the subject's, "followed by Britain with 2.7 billion" the one
        # named inside (not the next one's agent "by Britain")
        inside = [codes for s, e, codes in groups if cue.start < s < cue.end]
        subject = [codes for s, e, codes in groups if sentence_start <= s and e <= cue.start]
        if inside or subject:
            return inside[-1] if inside else subject[-1]
    # A passive agent right after the item or its cue names the giver even when a
    # speaker came first ("Stoltenberg praised contracts signed by the US and France").
    # A source right after the item comes first: each item its own ("tanks from Poland
    # and jets from Denmark", "Haubitzen wurden von Norwegen geliefert, Panzer von Polen").
    # An item told with what it is for ("shells for the guns", "des obus pour le canon", "Munition für die
    # Haubitzen") ends on that other thing: an agent right after it, or in a relative clause after the
    # giving, gave the other thing ("shells for the guns supplied by Denmark", "des obus pour le canon livré
    # par le Danemark", "..., die von Dänemark geliefert wurden"), not the item the sentence gives.
    for_another = item.end >= cue.end and _FOR_ANOTHER_THING_INSIDE.search(folded, item.start, item.end)
    source = (
        (() if for_another else item_source(folded, item, groups)) or _subject_of_a_relative(folded, item, groups)
        or _agent_of_a_handover(folded, item, groups)
    )
    if source:
        return source
    near = max(cue.end, item.end)
    for s, e, codes in groups:
        if near <= s <= near + 40 and _PASSIVE_AGENT.search(folded[max(sentence_start, s - 30) : s]) and not (
            _CLAUSE_CONTRAST.search(folded, near, s)  # "sent tanks, while the jets promised by Norway": Norway's jets
            or for_another
            or (_FOR_ANOTHER_THING_INSIDE.search(folded, item.start, item.end) and _RELATIVE_AGENT_BEFORE.search(
                folded, max(sentence_start, s - 40), s
            ))
        ):
            return codes
    # ... and so does one between the item and a participle of giving after it, in a
    # passive told after someone else ("Berlin teilte mit, zwölf Haubitzen seien von
    # Norwegen geliefert worden"). Not another verb's agent: in "Norway's package follows a
    # contribution by the Netherlands announced earlier" the Dutch announced, Norway gives.
    if _GIVEN_PARTICIPLE.match(folded, cue.start):
        for s, e, codes in groups:
            if item.end < s and e <= cue.start and cue.start - e <= 30 and _PASSIVE_AGENT.search(
                folded[max(sentence_start, s - 30) : s]
            ):
                return codes
    # A nationality right after the item is its giver: "les canons Caesar français",
    # "chars allemands" (a maker, "de fabrication française", was filtered out before);
    # but what a donor named before buys comes from there: "l'Allemagne va financer
    # l'achat de systèmes Patriot américains" (as NATO's PURL scheme buys US weapons).
    buyer = cue.kind == "purchase" and any(e <= anchor for s, e, _ in groups)
    for s, e, codes in groups:
        if item.end <= s <= item.end + 2 and _ADJECTIVE_GAP.fullmatch(folded, item.end, s) and not buyer and not (
            _made_for_a_nations_weapon(folded, sentence_start, s, anchor, groups)
        ):
            return codes
    before = [(s, e, codes) for s, e, codes in groups if e <= anchor]
    if before and _EMPHATIC_SELF.search(folded, max(sentence_start, cue.start - 12), cue.end + 14):
        # "a accepté que la Pologne prenne la tête de la coalition, et livrera elle-même
        # 14 Leopard": the giving's own subject, stressed, is the sentence's first donor,
        # not the one named in the clause between.
        return before[0][2]
    acting = [codes for s, e, codes in before if not _named_but_not_acting(folded, sentence_start, s, e)]
    if acting:
        return acting[-1]
    if before:
        return before[-1][2]
    # The only giver the sentence names is its subject, wherever it stands: German
    # puts it after the verb when something else opens the sentence ("Mit der
    # Lieferung von 14 Kampfpanzern weitet Deutschland seine Hilfe aus").
    # (named twice, it is still the only one: "the first Swedish Gripen jets, a year after
    # Stockholm agreed to send them")
    if len({codes for _, _, codes in groups}) == 1 and not _LOCATIVE_GAP.search(folded, sentence_start, groups[0][0]):
        return groups[0][2]
    # ... and with others named after it, the one right after the German finite verb the cue
    # opens on is the subject: "Zudem genehmigte die Bundesregierung den Niederlanden die
    # Weitergabe von 18 Panzerhaubitzen" (the Netherlands the dative object)
    if groups and cue.start < groups[0][0] < cue.end and _GERMAN_VERB_THEN_SUBJECT.fullmatch(
        folded, cue.start, groups[0][0]
    ):
        return groups[0][2]
    for s, e, codes in groups:
        if s >= anchor and (is_agent(folded, sentence_start, s) or REPORTING_AFTER.match(folded[e : e + 60])):
            return codes
    if item.category == "training":
        # "soldiers trained in Britain": for training, the place is the trainer.
        return next((codes for s, e, codes in groups if s >= anchor), ())
    return ()


# (folded text: a finite verb, then the German article of its subject)
_GERMAN_VERB_THEN_SUBJECT = lazy(r"[\w-]+\s+(?:die|der|das)\s+")


# A ranking cue (cue_patterns.py, "announced"; folded text): a donor's rank, then "with".
_RANKING = lazy(
    r"(?:[\w'-]+ )*(?:donor|contributor|backer|supporter|donateur|contributeur|bailleur|geber\w*|unterstutzer\w*|"
    r"geldgeber\w*|followed by (?:\w+ ){1,3}|suivie?s? (?:[\w']+ ){1,3}|gefolgt von (?:\w+ ){1,3})"
    r"(?: [\w'-]+)*? ?(?:with|avec|mit)"
)


# The words opening a thanks cue (cue_patterns.py, "delivered"; folded text).
_THANKS_OPENING = ("thank", "remerci", "dank", "bedank", "merci ")


_ADJECTIVE_GAP = lazy(r"\s?")
# (folded text, around a giving verb: its subject stressed by a pronoun of its own)
_EMPHATIC_SELF = lazy(r"\b(?:itself|themselves|elle-meme|lui-meme|eux-memes|elles-memes|selbst)\b")


def _made_for_a_nations_weapon(
    folded: str, sentence_start: int, s: int, anchor: int, groups: list[tuple[int, int, tuple[str, ...]]]
) -> bool:
    """Whether the nationality at `s` follows the weapon the aid is for, where a giver was
    named before: "les Pays-Bas vont livrer des munitions pour des obusiers allemands" (the
    howitzers are German, the Netherlands give the shells), as "for German howitzers" and
    "für deutsche Haubitzen" put it before the weapon."""
    return any(e <= anchor for _, e, _ in groups) and bool(
        _FOR_A_WEAPON_BEFORE.search(folded, max(sentence_start, s - 40), s)
    )


# (folded text: "pour des obusiers ", "pour les chars Leopard ", "for the howitzers ")
_FOR_A_WEAPON_BEFORE = lazy(r"\b(?:pour|for|fur)\s+(?:des |les |le |la |l'|ses |leurs |the |its |their )?[\w-]+(?: [\w-]+){0,2}\s?$")
# Participles of handing over or promising (folded text).
_GIVEN_PARTICIPLE = lazy(
    r"(?:geliefert|ubergeben|uberlassen|geschickt|gespendet|zugesagt|bereitgestellt|delivered|supplied|sent|donated|"
    r"given|handed|provided|pledged|promised|transferred|livre|fourni|envoye|donne|cede|promis|transfere|remis)"
)
# Between an item and the donor it comes from: "tanks from Poland", "Panzer aus Polen",
# "Panzer von Polen", "chars venus de Pologne", "chars en provenance de Pologne", "obus
# fournis par la Norvège", "were delivered by Norway" (folded text).
_SOURCE_GAP = lazy(
    r"\s+(?:(?:were|was|have been|has been|had been|wurden|wurde|sind|seien|ont ete|a ete|avaient ete)\s+)?"
    r"(?:(?:venus?|venues?|arrive\w*|sent|delivered|supplied|donated|fournis|fournies|livres|livrees|"
    # promised by: "14 more tanks promised by the Netherlands", "promis par la France"
    r"promised|pledged|promis|promises|zugesagt|versprochen|"
    # paid for by: "tanks financed by Germany, Denmark and the Netherlands", "financés
    # par", "finanziert von" (the payer gives what it pays for)
    r"financed|funded|paid for|finances|financees|finanziert|bezahlt)\s+)?"
    r"(?:from|by|par|von|vom|aus|seitens|en provenance d[eu']?|de la part d[eu']?|venus? d[eu']?|venues? d[eu']?)\s*"
    r"(?:the |la |le |les |l'|der |den |dem |des |du )?"
)


# A thanks list names each thanked country right before its own thing, the verb said once:
# "I thank Canada for the vehicles, and Portugal for its drones", "je remercie la Pologne
# pour les chars, et la Lituanie pour ses drones", "Ich danke Norwegen für die Systeme und
# Finnland für die Mörser" (folded text: "for / pour / für", then a few words, no comma).
# (the thing may be quoted, the thanks told in the speaker's words: 'and Croatia for "every one of the
# 30 machines"', "l'Australie « pour les Bushmaster qui protègent nos soldats »")
_THANKED_FOR_GAP = lazy(
    r"\s+(?:[\"\u201c\u201e\u00ab]\s?)?(?:for|pour|fur)\s+(?:[\"\u201c\u201e\u00ab]\s?)?(?:[\w'-]+\s+){0,6}"
)
_THANKING_BEFORE = lazy(r"\b(?:thank|remerci|merci|dank|bedank)")


def _thanked_for(folded: str, sentence_start: int, item: Item, groups: list[tuple[int, int, tuple[str, ...]]]) -> tuple[str, ...]:
    """The donor group thanked for the item (_THANKED_FOR_GAP) after a word of thanks in the sentence, else ()."""
    # Nearest the item first: with no comma the gap after the first one thanked can run over
    # "the tanks and Finland for the" and would give it the next one's thing too.
    for s, e, codes in sorted(groups, key=lambda group: -group[0]):
        if e < item.start <= e + 60 and _THANKED_FOR_GAP.fullmatch(folded, e, item.start) and (
            _THANKING_BEFORE.search(folded, sentence_start, s)
        ):
            # "a remercié Madrid ainsi que l'Australie « pour les Bushmaster »", "thanked Spain as
            # well as Australia for": the one added last is thanked for the things after it, the
            # first for what was told before (with "and" both are thanked for them)
            if len(codes) > 1 and _THANKED_IN_ADDITION.search(folded, s, e):
                return codes[-1:]
            return codes
    return ()


# (folded text) one thanked added to another, with a reason of its own after it
_THANKED_IN_ADDITION = lazy(r"\s(?:ainsi que|as well as|sowie|de meme que|aussi bien que)\s")


def item_source(folded: str, item: Item, groups: list[tuple[int, int, tuple[str, ...]]]) -> tuple[str, ...]:
    """The donor group named as where the item comes from, right after it (_SOURCE_GAP)."""
    for s, _, codes in groups:
        if item.end < s <= item.end + 45 and _SOURCE_GAP.fullmatch(folded, item.end, s):
            return codes
    return ()


# A relative clause right after the item whose subject is a donor and whose verb gives:
# "les chars que Bratislava a envoyés", "les obus que la Tchéquie a livrés à Kiev",
# "the tanks (that) Poland sent". Its subject gave the item, whoever speaks first ("Selon
# Varsovie, les obus que la Tchéquie a livrés ..."). (Folded text.)
_RELATIVE_BEFORE_SUBJECT = lazy(r"\s+(?:qu'|que\s+|that\s+|which\s+)(?:la |le |les |l'|the )?")
_GIVING_VERB_AFTER_SUBJECT = lazy(
    r"\s+(?:(?:lui|leur|nous|vous)\s+)?(?:(?:a|ont|avait|avaient|aura|auront|has|have|had)\s+)?"
    r"(?:(?:deja|already|so far)\s+)?"
    r"(?:envoye|livre|fourni|donne|cede|promis|remis|transfere|achete|commande|finance|"
    r"sent|delivered|supplied|donated|gave|given|provided|pledged|promised|handed|transferred|bought|ordered)"
)


def _subject_of_a_relative(folded: str, item: Item, groups: list[tuple[int, int, tuple[str, ...]]]) -> tuple[str, ...]:
    """The donors of the group that is the subject of a giving relative clause right after the item, else ()."""
    for s, e, codes in groups:
        if item.end < s <= item.end + 16 and _RELATIVE_BEFORE_SUBJECT.fullmatch(folded, item.end, s) and (
            _GIVING_VERB_AFTER_SUBJECT.match(folded, e)
        ):
            return codes
    return ()


# A handover told as a noun with its agent before the things: "l'envoi par Londres de
# nouveaux missiles", "the delivery by Britain of more Storm Shadow missiles" (folded text).
_HANDOVER_BY_BEFORE = lazy(
    r"\b(?:l'envoi|la livraison|les livraisons|la remise|le transfert|la fourniture|the delivery|the shipment|"
    r"the transfer|the handover)\s+(?:par|by)\s+(?:la |le |les |l'|the )?$"
)
_HANDOVER_OF_BETWEEN = lazy(r"\s+(?:de|des|du|d'|of)\s*(?:[\w'-]+\s+){0,3}")


def _agent_of_a_handover(folded: str, item: Item, groups: list[tuple[int, int, tuple[str, ...]]]) -> tuple[str, ...]:
    """The donors of the group named as the agent of a handover noun right before the item, else ()."""
    for s, e, codes in groups:
        if e < item.start and item.start - e <= 40 and _HANDOVER_OF_BETWEEN.fullmatch(folded, e, item.start) and (
            _HANDOVER_BY_BEFORE.search(folded, max(0, s - 30), s)
        ):
            return codes
    return ()


# Words after which a lone donor name is where something happens or goes, not who acts.
_LOCATIVE_GAP = lazy(r"\b(?:via|through|par l'intermediaire de|uber|to|vers|nach|towards|from|aus|de la part)\s+(?:the |la |le |les |l'|die |der |den )?$")


def is_agent(folded: str, sentence_start: int, donor_start: int) -> bool:
    return bool(_AGENT_BEFORE.search(folded[max(sentence_start, donor_start - 70) : donor_start]))


# A group named before the item that is neither subject nor agent: the owner of the
# scheme the giving goes through ("under NATO's PURL scheme", "through NATO's fund",
# "dans le cadre du mécanisme PURL de l'Otan") or the make of the things paid for ("a
# package of U.S. weapons"). Another group before it gives (folded text).
_THROUGH_BEFORE = lazy(
    r"\b(?:under|through|via|within|dans le cadre d[eu]|au titre d[eu]|par le biais d[eu]|im rahmen|uber)\s+"
    r"(?:the |l'|la |le |du |der |des |die |den )?$"
)
_SCHEME_NAMED_AFTER = lazy(
    r"(?:'s)?(?:-|\s+(?:[\w-]+\s+){0,2}?)(?:scheme|initiative|mechanism|programme|program|fund|facility|purl|"
    r"mecanisme|fonds|dispositif|programm|fonds?|mechanismus)\b"
)
_MAKE_BEFORE = lazy(r"\b(?:of|d'|de|von)\s+$")
_MAKE_AFTER = lazy(r"\.?\s+(?:weapons|arms|equipment|munitions|armes|waffen|rustungsguter)\b")


# (French names the owner after the scheme: "dans le cadre du mécanisme PURL de l'Otan")
_SCHEME_OWNED_BEFORE = lazy(
    r"\b(?:dans le cadre|au titre|par le biais|via|a travers)\s+(?:du|de la|des|de l')\s*"
    r"(?:mecanisme|initiative|fonds|dispositif|programme|facilite)\s+(?:[\w-]+\s+)?(?:de l'|de la |du |des |d')$"
)


# (French names the owner as an adjective after the mechanism money passes through: "fera transiter 300
# millions d'euros par la Facilité européenne pour la paix", review 55; "par" before a fund's name, not
# before a giver: "livrés par la France" is the agent)
_FACILITY_PASSED_THROUGH_BEFORE = lazy(
    r"\b(?:par|via|a travers|au moyen|through|uber)\s+(?:du|de la|des|de l'|la|le|l'|the|die|den)\s*"
    r"(?:(?:mecanisme|fonds|dispositif|programme|facilite|instrument)\s+)?$"
)
# (... the mechanism itself named as the donor: "par la Facilité européenne pour la paix", "through the
# European Peace Facility", "über die Europäische Friedensfazilität")
_FACILITY_NAMED = lazy(r"(?:facilite|european peace facility|europaische friedensfazilitat|friedensfazilitat)\b")


def _passed_through(folded: str, sentence_start: int, s: int, e: int) -> bool:
    """Whether the donor group folded[s:e] is the European Peace Facility named as the way money
    goes ("par la Facilité européenne pour la paix", "through the European Peace Facility")."""
    return bool(
        _FACILITY_PASSED_THROUGH_BEFORE.search(folded, max(sentence_start, s - 30), s)
        and _FACILITY_NAMED.search(folded, max(sentence_start, s - 12), e)
    )


def _named_but_not_acting(folded: str, sentence_start: int, s: int, e: int) -> bool:
    lo = max(sentence_start, s - 30)
    return bool(
        ASKED_FOR_LEAVE_AFTER.match(folded, e)
        or _THROUGH_BEFORE.search(folded, lo, s) and _SCHEME_NAMED_AFTER.match(folded, e)
        or _SCHEME_OWNED_BEFORE.search(folded, max(sentence_start, s - 70), s)
        or _MAKE_BEFORE.search(folded, lo, s) and _MAKE_AFTER.match(folded, e)
    )
