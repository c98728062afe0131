"""Status cues in one sentence (find_status_cues): the cues that say an item is pledged,
delivered, discussed, refused or in production, as the sentence reads them.

The cue kinds are the patterns of cue_patterns.py, found once over the whole text by
status_matches.py; here a sentence's matches become cues: the longest wins where two
overlap, words that only look like a cue are dropped (a plural noun such as "supplies",
"livre des précisions", "Angriffen ausgesetzt", "is ... sending" outside a question),
and the sentence's own readings apply: a participle used as an adjective ("die
versprochenen Haubitzen", attributive_cues.py), a promise told arriving, a denial or an
announcement not made or still to come (denials.py), a permission refused, a
deliberation told as over. What a cue's clause
does to it (a negation, a hedge, a condition) is read in cue_qualifiers.py, its tense
(a future) in tense_readings.py, and Ukraine receiving in receiving.py."""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace

from bot.core.pledges.passes.records import Cue
from bot.core.pledges.special_pieces.court_rulings import rejects_a_legal_action, without_the_suits_words
from bot.core.pledges.special_pieces.motions import motion_voted_down
from bot.core.pledges.status.relative_hedges import hedge_on_the_bill
from bot.core.pledges.status.approvals_given import APPROVAL_GIVEN_AFTER
from bot.core.pledges.status.attributive_cues import attributive
from bot.core.pledges.status.awaited_promises import (
    promises_before_thanks, without_awaiting_of_promises, without_german_promises_unnamed,
)
from bot.core.pledges.status.blocked_loads import blocked_by_people
from bot.core.pledges.status.halted_handovers import without_halted_handovers
from bot.core.pledges.status.upkeep_contracts import upkeep_contract
from bot.core.pledges.status.clock_arrivals import arrives_at_a_clock_time
from bot.core.pledges.status.cue_patterns import FRENCH_SENTENCE_ADVERB
from bot.core.pledges.status.cue_qualifiers import (
    NOT_ONLY_INSIDE,
    cue_as_its_clause_reads,
    umlaut_u,
)
from bot.core.pledges.status.for_things_given import given_before_for
from bot.core.pledges.status.denials import announcement_denied, announcement_to_come, denied
from bot.core.pledges.status.gerund_givings import gerund_givings
from bot.core.pledges.status.held_gifts import given_but_held
from bot.core.pledges.status.month_may import the_month_may
from bot.core.pledges.status.orders_for_ukraine import order_received_to_supply
from bot.core.pledges.status.paper_handovers import handed_to_people
from bot.core.pledges.status.schedule_changes import handover_moved
from bot.core.pledges.status.status_matches import StatusMatches
from bot.core.pledges.status.tense_readings import FUTURE_TIME
from bot.core.pledges.status.timeline_steps import timeline_steps
from bot.core.pledges.things.item_words import trained_as_adjective
from bot.core.pledges.things.weapons_served import describes_weapons_served
from bot.core.text.disjoint_spans import DisjointSpans
from bot.core.text.lazy_pattern import lazy

# Verbs that are also plural nouns ("the urgent needs for more supplies").
_NOUN_CUE = lazy(r"supplies|ships|grants|offers|sends|pledges|promises|commitments?")
# A cue word naming an office: "the finance ministry", "finance minister". (Folded text,
# after the cue.)
_OFFICE_AFTER = lazy(r"\s+(?:ministry|ministries|minister|ministers|committee|department)\b")
# ... and French or English naming it after the office: "le ministère allemand des
# Finances", "the ministry of finance". (Folded text, before the cue.)
_OFFICE_BEFORE = lazy(r"\b(?:ministere|ministre|ministry|minister)\s+(?:[\w-]+\s+)?(?:des|du|de la|of)\s+$")
_NOUN_BEFORE = lazy(
    r"\b(?:more|of|the|for|military|new|continued|arms|weapons|ammunition|its|their|his|her|our|war|urgent|and|"
    r"further|additional|such|these|those|any|financial|long-term|first|previous|earlier)\s+$"
)
# What a giver receives in return for its gift, told as its second verb: "a remis ... et
# recevra en échange des F-35", "and will receive Leopard tanks from Germany in exchange".
_IN_RETURN_AFTER = lazy(
    r"[^.;]{0,60}?\b(?:in exchange|in return|en echange|en contrepartie|im gegenzug|als ersatz|dafur)\b"
)
# A noun whose aim "to fund" tells ("the EU's plan to fund", "a proposal to fund"): what
# became of the plan is the sentence's status. (Folded text, before the cue.)
# The end of a clause: what a German separable verb's particle stands before ("zahlt ...
# aus." or "zahlt ... aus, teilte ... mit"). (Folded text, from the particle's end.)
_CLAUSE_CLOSED = lazy(r"\s*(?:[.,;:!?\"»«)]|(?:und|oder|sowie|aber)\b|$)")
# "Not only" adds to a giving ("will not only send tanks but also"), but "not only no", "nicht nur
# keine" refuses the thing, as "but also no" refuses what it adds ("will send Ukraine not only no
# jets but also no tanks").
_NOT_ONLY_NONE = lazy(r"\b(?:not only|nicht nur|non seulement) (?:no|keine[nmrs]?|keinerlei|aucune?s?|pas)\b")
# ... and a French refusal cue that ends on "pas" right before "seulement" is that "not only" ("ne livrera
# pas seulement des chars, mais aussi des obus", "n'a pas livré uniquement"): more given, nothing refused, in
# every tense (RE2 cannot tell it inside the cue pattern without look-ahead). (Folded text, from the cue's end.)
# (and "pas que", the same "not only" in spoken French: "ne livrera pas que des chars, mais aussi des obus", stop 63)
_ONLY_AFTER = lazy(r"\s*(?:seulement\b|uniquement\b|que\b|qu')")
# What after "send no" is a deadline or a cap, not a thing refused (folded text: the cue).
# (nor what a speaker withholds: "will give no details on the tanks", "provide no timeline")
_NO_TIME_OR_CAP = lazy(
    r"\b(?:send|provide|supply|deliver|give) (?:ukraine |kyiv |kiev )?no (?:later|sooner|earlier|fewer|less|"
    r"doubt|matter|one|"
    r"details?|figures?|numbers?|timeline|timetable|dates?|information|comment|indication|reasons?|explanation)$"
)
_AIM_NOUN_BEFORE = lazy(r"\b(?:plans?|proposals?|bids?|efforts?|attempts?|calls?|requests?|moves?|push|scheme)\s+$")
# "de fabrication française" names a maker, not production; "zu liefern" is an aim.
_CUE_NOT_AFTER = {
    "output": lazy(r"\bde $"),
    "pledged": lazy(r"\bzu $"),
    # ... and so is "zu übergeben" ("kündigten an, ... F-16 zu übergeben"): the verb
    # that governs it tells the status.
    "delivered": lazy(r"\bzu $"),
    # A request accepted is a promise ("ont accepté la demande de Kiev"), not a request.
    "requested": lazy(r"\b(?:accept\w*|granted|accede\w* a) (?:la |the |sa |leur |its |their )?$"),
}
# Receiving a promise is not receiving the things: "Zelensky a obtenu un engagement
# renouvelé de la France", "received assurances", "got a pledge" (the promise is told by
# its own cue, or not at all).
_COMMITMENT_AFTER = lazy(
    r"\s+(?:(?:a|an|the|new|fresh|further|renewed|un|une|des|de|d'|l'|le|la|les|nouvel\w*|nouveaux?)\s*){0,2}"
    r"(?:engagements?|promesses?|assurances?|garanties?|pledges?|promises?|commitments?|guarantees?|"
    r"accords?|agreements?|soutien|support|feu vert|green light)\b"
)
# The inverted question's cue ("Is Canada sending", "are the Dutch still supplying"), but
# not "is now sending": read only in a sentence that ends with a question mark. (After
# "now" or "also" the word before the giving verb is a verb of its own: "is also
# considering sending" is no promise either.)
_INVERTED = lazy(r"(?:is|are) (?:(?:now|also) )?(?!now |also )\S+ .*ing")
# A German promise told verb-last in a conjunction's clause (cue_patterns.py: "wo er der
# Ukraine zehn Panzer zusagte"): beside a delivery the sentence reports ("Nachdem Deutschland
# 18 Panzer zusagte, lieferte es im März alle 18", "dass Deutschland 14 Panzer zusagte und
# alle geliefert hat") it is the delivery's background, and the delivery speaks.
_VERB_LAST_PROMISE = lazy(r"(?:wo|dass|als|nachdem|weil|wobei|womit|indem) .*zusagt\w*")
# Talk about a giving (cue_patterns.py: "um über die Lieferung von Taurus zu sprechen") weighs
# it, but not when the things talked about are told delivered: "um mit Selenskyj über die 20
# gelieferten Panzer zu sprechen" (the participle's own delivered cue speaks then).
_TALK_ABOUT = lazy(r"uber .*(?:sprechen|reden|sprach|sprachen|redete|redeten)")
_DELIVERED_PARTICIPLE = lazy(r"\b(?<!nicht )(?:geliefert|ubergeben|uberlassen|eingetroffen|bereitgestellt)\w*")
_QUESTION_END = lazy(r"\?[\s\"'»”“)]*$")
# "ausgesetzt" after a danger is "exposed to" ("der Ukraine, die täglich Drohnenangriffen
# ausgesetzt ist"), not "suspended" ("hat die Lieferungen ausgesetzt").
_EXPOSED_TO_BEFORE = lazy(
    r"(?:angriffen|attacken|beschuss|bombardements?|druck|gefahre?n?|kritik|risiken|bedrohunge?n?|feuer) $"
)
_LIVRE_FIGURATIVE = lazy(
    r"livre (?:des |du |d'|son |sa |ses |leurs |un |une )?(?:precisions|details|combats?|batailles?|confidences|secrets|"
    r"informations|chiffres|explications|analyses?|conseils|temoignages?|elements|vision|version|regard|point de vue|"
    r"avis|sentiment|bilan|verdict|reponse|message|discours)\b"
)
# A French participle with nothing after it but the end of its line or clause is a
# factbox line's delivery ("- Avril 2023 : 6 obusiers Caesar livrés."); elsewhere the bare
# word is no cue ("un livre", "la livre sterling", "les chars livrés par Paris" is read by
# the longer cues), nor pounds told as money ("100 millions de livres.").
_BARE_FRENCH_PARTICIPLE = lazy(r"(?:livre|fourni|envoye|cede|transfere|remis)(?:e|s|es)?")
_CLAUSE_ENDS_AFTER = lazy(r" ?(?:[.;]|$)")
_MONEY_UNIT_BEFORE = lazy(r"(?:\bde|\bd'|\bdes|\bla|\ble|\bun|\bune|\bles|\bmillions?|\bmilliards?) ?$")
# Where money comes from ("Die Finanzierung erfolgt aus dem Ertüchtigungstitel", "... kommt
# aus dem Haushalt") tells the source of an order's money, not a financing promised.
_MONEY_SOURCE_AFTER = lazy(r" (?:erfolg|komm|stamm)\w* (?:\w+ )?aus\b")
_FRENCH_AUXILIARY_BEFORE = lazy(
    r"\b(?:a|ont|avait|avaient|aura|auront|ete|est|sont|etait|etaient|sera|seront|deja|avoir|etre)\s+"
    # (a sentence adverb may stand between: "a pourtant livré", "ont bel et bien livré")
    rf"(?:{FRENCH_SENTENCE_ADVERB})?$"
)
# A request named as the topic of an answer ("Concernant la demande ukrainienne
# d'avions, la question est prématurée", "As for Kyiv's request for jets, ...", "Zur
# Bitte um Kampfjets sagte er ...") is not what the sentence tells: the answer is.
_TOPIC_BEFORE = lazy(
    r"\b(?:concernant|quant a|s'agissant de|as for|regarding|as to|zur|zu der|bezuglich|hinsichtlich)\s+"
    r"(?:la|le|l'|the|der|die|des)?\s*(?:[\w'-]+\s+){0,2}$"
)
# A refusal after "ne"/"n'" is negated: "n'exclut rien" keeps the door open, as does
# "cannot rule out", "can't rule out", "won't rule out", "n'a pas exclu", "n'a jamais
# exclu"; and refusing to rule out is not ruling out ("refused to rule out sending",
# "declined to rule out").
_DOUBLE_NEGATION = lazy(
    r"(?:\bn'|\bne |\bnicht |\bnot |\bcannot |n't |\bnever |\bpas |\bjamais |\b(?:refus|declin)\w* to )$"
)
# (folded text) a relative clause of buying in the past, up to the purchase cue's end: "that Brazil
# bought", "which Poland had purchased", "que le Brésil avait achetés", "die Brasilien 2013 gekauft"
_BOUGHT_IN_A_RELATIVE = lazy(
    r"\b(?:that|which|que|qu')\s+(?:[\w'-]+\s+){1,3}?(?:(?:had|has|avait|a|avaient|ont)\s+)?"
    r"(?:bought|purchased|achete\w*)$|"
    r",\s*(?:die|welche)\s+(?:[\w'-]+\s+){1,4}?gekauft$|"
    # ... and the French participle right after the things, with no auxiliary: "un système NASAMS
    # acheté aux États-Unis" (where a thing given came from; "a acheté", "va acheter" buy)
    r"\b(?!(?:a|ont|avait|avaient|avons|aura|auront|sera|seront|ete|va|vont|pour|de|d|et|qui|que)\b)[\w-]+\s+"
    r"achete(?:e|s|es)?$"
)
# Which cue wins when two overlap with the same length: the more cautious reading.
_STATUS_PRIORITY = {
    "received": 7, "requested": 6, "discussed": 5, "refused": 4, "production": 3, "manufacture": 3, "output": 3,
    "delivered": 2,
    "pledged": 1, "purchase": 1, "permission": 1, "announced": 0, "include": 0, "delivery": 0, "supplied": 0,
}
_OUTPUT_CHANGE = lazy(
    r"\b(?:relanc\w*|augment\w*|accelere\w*|accelerat\w*|ramp\w*|increas\w*|boost\w*|expand\w*|doubl\w*|tripl\w*|"
    r"passer a|passera|restart\w*|resum\w*|step\w* up|steiger\w*|ausbau\w*|ausgebaut|erhoh\w*|verdoppel\w*|"
    r"hochfahr\w*|investi\w*|invest\w*|wieder aufgenommen|aufnehmen|demarr\w*|launch\w*|lanc\w*)"
)


# (folded text) French "remis à neuf" is refurbished, not handed over ("remis à l'armée ukrainienne").
_REFURBISHED_FR = lazy(r"remis(?:e|es|s)? a neuf\b")
# (folded text, at the cue) "remettre" with its things, then what they are put back into: "remet ses 20 chars en état",
# "remettent les obusiers en service", "remet les chars à neuf" (a repair or a return to service; the cue patterns'
# bare "remet" with its things is a handover, and they run in RE2, without look-ahead, so it is told apart here)
_PUT_BACK_FR = lazy(
    r"remet(?:tent)? (?:[\w'-]+ ){1,6}?(?:en (?:etat|service|ordre de marche|condition)|a (?:neuf|niveau))\b"
)
# (folded text: a factory noun; where the things leave it; a repair done to them)
_FACTORY_NOUN = lazy(r"(?:factory|factories|usines?|\w*werke?|\w*fabrik\w*)")
_FROM_THE_FACTORY_BEFORE = lazy(
    r"\b(?:from|leave|leaves|left|leaving|out of|off) (?:the |its |their )?(?:[\w-]+ )?$|"
    r"\b(?:sorti\w*|sortent|sort|depuis|en) (?:de |d')?(?:l'|leur |son |une )?(?:[\w-]+ )?$|"
    r"\b(?:aus dem|vom|ab|direkt aus dem) (?:[\w-]+ )?$"
)
_REPAIRED = lazy(
    r"\b(?:repaired|refurbished|overhauled|reconditioned|instandgesetzt|instand gesetzt|uberholt|aufbereitet|repare\w*|"
    r"remis\w* en etat|renove\w*|revise\w*|"
    # ... or told with the refurbishment as a noun or a future: "Die Instandsetzung übernimmt ein Werk in Sevilla",
    # "une usine de Séville les remettra en état", "a plant in Seville will refurbish them" (review 63)
    r"instandsetz\w*|refurbish\w*|overhaul\w*|remett\w* en etat|remise en etat|"
    # ... or upgraded there: "in einem tschechischen Werk modernisiert", "upgraded at a plant"
    r"modernis\w*|moderniz\w*|upgraded|aufgerustet|nachgerustet)\b"
)


# A giving told as a noun that a speaker calls something ("Kremlsprecher Peskow nannte die Finanzierung eine direkte
# Beteiligung Deutschlands", "bezeichnete die Lieferungen als", "called the financing a direct involvement", "a
# qualifié ce financement de") is what the reaction is about, told elsewhere: no cue of its own (review 61's
# Kremlin; the English and French forms gave nothing already). Folded text, up to the noun cue.
_NAMED_AS_BEFORE = lazy(
    r"\b(?:nannte|nennt|nennen|nannten|bezeichnete|bezeichnet|bezeichneten|wertete|wertet|called|calls|described|"
    r"a qualifie|qualifie|a denonce|denonce)\s+(?:die|diese|den|das|the|this|that|these|ce|cette|ces|le|la|les)\s+"
    r"(?:[\w-]+\s+){0,2}?$"
)


# Contracts told by how long they take ("US announces $1.2B in Ukraine aid under USAI; contracts to take years",
# "les contrats prendront des années", "die Verträge werden Jahre dauern") tell the pace of a giving the text
# names elsewhere, no order of their own (folded text, after the cue). Stop 63.
_CONTRACTS_TAKE_TIME = lazy(
    r"(?:contracts?|contrats?|vertrage|\w*vertrag\w*|\w*auftrage)(?:"
    r"\s+(?:(?:are |is )?(?:to|will|could|may|would|might|can)\s+)?(?:take|takes)\s+(?:years|months|time|a decade)\b|"
    r"\s+(?:prendront|prendra|pourraient prendre|vont prendre|prennent)\s+(?:des annees|des mois|du temps)\b|"
    r"\s+(?:werden|konnten|durften|dauern)\s+(?:jahre|monate|lange)(?:\s+dauern)?\b)"
)


# Things repaired with a donor's money ("Leopard 1A5 tanks refurbished with German and Danish money",
# "remis en état avec de l'argent danois", "mit dänischem Geld instand gesetzte") are the payer's gift
# made ready: the money names who gave them, no order from a maker (the Danish model's "built with
# Danish money" stays one). Folded text up to the cue's first word ("with", "avec", "mit").
_REPAIRED_WITH_BEFORE = lazy(
    r"\b(?:repaired|refurbished|overhauled|reconditioned|restored|upgraded|remis\w* (?:en etat|a neuf)|renove\w*|"
    r"revise\w*|repare\w*)\s+(?:with|avec|grace a)\b"
)
_REPAIRED_WITH_AFTER = lazy(
    r"(?:mit|dank)\s+(?:[\w-]+\s+){1,3}?(?:instand gesetzte\w*|instandgesetzte\w*|uberholte\w*|aufbereitete\w*|"
    r"modernisierte\w*)\b"
)


# A factory visited or described by its staff and customers is a place too: "lors d'une visite de
# l'usine", "during a visit to the plant", "beim Besuch des Werks" (before it); "L'usine emploie
# environ 2 000 personnes", "the plant employs 2,000 people", "das Werk beschäftigt 2.000
# Menschen" (after it, the factory its subject).
_VISITED_BEFORE = lazy(
    r"\b(?:visit(?:ed|ing|s)?|tour(?:ed|ing)?|visite|visitait|visitant|besuch\w*|besichtig\w*)\s+"
    r"(?:(?:of|to|at|de|des|du|d'|des?|der|das|dem)\s*)?(?:the\s+|its\s+|l'|la\s+|le\s+|leur\s+|son\s+|sa\s+)?(?:[\w-]+\s+)?$"
)
_DESCRIBED_AFTER = lazy(r"(?:\s+[\w-]+){0,3}?\s+(?:employs|employ|emploie|emploient|beschaftigt|beschaftigen)\b")


def _factory_as_a_place(folded: str, cue: Cue, start: int, end: int) -> bool:
    """Is the manufacturing cue only a factory named as the place the things leave, were
    repaired in, or that someone visits or its staff describe, not a making of its own?"""
    if not _FACTORY_NOUN.fullmatch(folded, cue.start, cue.end):
        return False
    return bool(
        _FROM_THE_FACTORY_BEFORE.search(folded, max(start, cue.start - 30), cue.start)
        or _VISITED_BEFORE.search(folded, max(start, cue.start - 40), cue.start)
        or _DESCRIBED_AFTER.match(folded, cue.end, min(end, cue.end + 40))
        or _REPAIRED.search(folded, start, end)
    )


# A purchase named as what money is for ("for the purchase of", "pour l'achat de", "für
# den Kauf von"). (Folded text, before the purchase cue.)
_PURPOSE_BEFORE = lazy(r"\b(?:for|pour|fur|zum|zur)\s+(?:the\s+|its\s+|their\s+|l'|les?\s+|den\s+|die\s+)?$")


def _purpose_of_a_payout(folded: str, cue: Cue, cues: list[Cue]) -> bool:
    """Whether a purchase cue only names what money paid out before it is for: "has paid
    out 500 million euros for the purchase of drones", "a versé 500 millions pour l'achat
    de drones". The payout tells the status (delivered), not the buying still to come."""
    return (
        cue.kind == "purchase"
        and _PURPOSE_BEFORE.search(folded, max(0, cue.start - 12), cue.start) is not None
        and any(c.status == "delivered" and c.end <= cue.start for c in cues)
    )


def final_status(cues: list[Cue]) -> str | None:
    """The status of a sentence's last cue, what a list after it continues ("include"
    when the sentence only says what something includes)."""
    told = [c for c in cues if c.status != "include"]
    return told[-1].status if told else ("include" if cues else None)


# Making told as where given things come from, no making of its own: "the shells will
# come from British and European production lines", "proviendront des usines de",
# "stammen aus der laufenden Produktion". (Folded text, read before the cue.)
MADE_AS_SOURCE_BEFORE = lazy(
    r"\b(?:comes?|coming|came|sourced|taken|drawn) from\s+(?:[\w'-]+\s+){0,4}$|"
    r"\b(?:proviendr\w*|provien\w*|viendr\w*|issu(?:e|s|es)?) (?:de |des |du |d')(?:[\w'-]+\s+){0,4}$|"
    r"\bstamm\w* (?:[\w-]+ ){0,2}aus\s+(?:[\w-]+\s+){0,4}$|"
    # ... and the makers things are bought from are their sellers: "would buy 300 armoured vehicles
    # from Canadian and Ukrainian manufacturers", "achètera des drones auprès de fabricants
    # ukrainiens", "bei ukrainischen Herstellern kaufen" (German tells the verb after the makers)
    r"\b(?:buy|buys|bought|buying|purchas\w*|achet\w*|acquerir|acquiert|kauf\w*|gekauft)\b[^.;]{0,80}?"
    r"\b(?:from|aupres d(?:e|es|u|')|chez|bei)\s+(?:[\w'-]+\s+){0,4}$|"
    # ... and a plant visited is where someone is, no making for Ukraine: "speaking on a
    # visit to a drone factory", "lors d'une visite dans une usine", "beim Besuch eines Werks"
    r"\b(?:visit(?:s|ed|ing)?|tour(?:s|ed|ing)?|(?:speaking|spoke|speaks) at|visite|visitait|visitant|"
    r"besuch\w*|besichtig\w*) (?:to |of |at |in |dans |de |d')?(?:an? |the |une |un |l'|la |le |les |"
    r"einer |eines |einem |ein |eine |das |den |dem |der |des )?(?:[\w'-]+ ){0,2}$"
)


# A proposal named after the thing it drafted ("a package proposed by the government last
# month", "une enveloppe proposée par le gouvernement", "das von der Regierung
# vorgeschlagene Paket" has no "by" and is left alone) says who drafted what the sentence
# reports; told with its auxiliary ("was proposed by") it is the proposal itself.
_UKRAINE_AFTER = lazy(r"\s+(?:the\s+)?(?:ukraine|kyiv|kiev|ukrainian)\b")
# (folded text: a scheme's noun right before the purchase that names its aim)
_SCHEME_BEFORE = lazy(
    r"\b(?:initiatives?|programmes?|programs?|schemes?|mechanisms?|mecanismes?|coalitions?|\w*initiative|"
    r"\w*programm)\s+(?:to\s+|pour\s+|visant\s+a\s+|zum\s+|zur\s+)?$|"
    # (French names the scheme's aim after "de", its nationality between: "l'initiative
    # tchèque d'achat d'obus")
    r"\b(?:initiatives?|programmes?|mecanismes?|coalitions?)\s+(?:[\w-]+\s+)?(?:d'|de\s+)$"
)
# (not the adverb "par ailleurs", besides: "Le Canada envisage par ailleurs de former des pilotes", review 64)
_PROPOSED_BY_AFTER = lazy(r" (?:by|par)\b(?! ailleurs\b)")
_BE_BEFORE = lazy(r"\b(?:is|are|was|were|be|been|being|est|sont|a ete|ont ete|sera|seront|etait|etaient)\s+$")


# Assets frozen are sanctions on Russia, no aid withheld: "frozen Russian assets", "a
# frozen-asset loan", "les avoirs russes gelés", "Russian assets that were frozen". Funds,
# reserves and holdings frozen are Russia's only when named so ("frozen Russian central bank
# reserves"): bare, they are usually aid held back ("has frozen funds for Ukraine").
_FROZEN_WORD = ("freez", "frozen", "gel")
_RUSSIAN_OWNER = r"(?:russian|russia's|moscow's|central[\s-]bank|sovereign|russes?)"
_ASSETS_AFTER = lazy(
    r"[\s-]+(?:(?:the|of|les|des|de)\s+)?(?:"
    rf"(?:(?:{_RUSSIAN_OWNER}|state)\s+){{0,3}}(?:assets?|avoirs|actifs)|"
    rf"(?:{_RUSSIAN_OWNER}\s+){{1,3}}(?:funds|reserves|holdings|fonds)|"
    r"(?:fonds|reserves)\s+(?:russes?|souverains?)"
    r")\b"
)
_ASSETS_BEFORE = lazy(
    r"(?:\b(?:assets?|avoirs|actifs)|"
    rf"\b{_RUSSIAN_OWNER}\s+(?:funds|reserves|holdings)|\b(?:fonds|reserves)\s+(?:russes?|souverains?))"
    r"\s+(?:[\w'-]+\s+){0,3}$"
)
# A German package "added" ("kam ... hinzu") is a promise unless it is the EU's sanctions
# package: "kam das 19. Sanktionspaket hinzu" adds nothing for Ukraine.
_ADDED_WORD = ("kam ", "kommt ", "kamen ", "kommen ")
_SANCTIONS_IN = lazy(r"sanktion")
# Money paid "out of" a budget or a fund: where it comes from, no payment made ("to be paid
# out of next year's budget"; "has paid out of its own budget" is read by its "has paid").
_PAID_OUT = ("paid out", "pays out")
_SOURCE_OF_MONEY_AFTER = lazy(r" of\b")
# A German plan given up ("hat den Plan ... aufgegeben") is no refusal when an order stands
# between: "hat nach Plan eine Bestellung über 20 Panzer aufgegeben" places the order.
_PLAN_GIVEN_UP = ("plan", "vorhaben", "absicht")
_ORDER_PLACED_IN = lazy(r"\b(?:bestellung|auftrag)")
# A plant that makes power or chemicals is no arms plant ("the Zaporizhzhia nuclear power
# plant in Ukraine").
_POWER_PLANT_BEFORE = lazy(
    r"\b(?:power|nuclear|energy|thermal|coal|gas|chemical|water|treatment|hydroelectric|hydro|solar|heating|"
    r"pumping|desalination)[\s-]+$"
)
# "supply" as a noun before another: "supply lines", "supply chains" (folded text).
_SUPPLY_NOUN_AFTER = lazy(r" (?:lines?|chains?|routes?|depots?|hubs?|networks?|convoys?|problems?|shortages?)\b")


# (folded text after a cue "committing 5": the rest of the count, then people, the donor's own
# forces; the cue's pattern ends at the count's first digits, RE2 has no look-ahead to refuse them).
# The people word must end the counted noun phrase: "personnel carriers", "police vehicles",
# "soldiers' body armour" are things. And only people sent somewhere ("to a reassurance force",
# a comma, the end): "1,000 troops and 14 Challenger 2 tanks" keeps the cue for the tanks.
_PEOPLE_COUNTED_AFTER = lazy(
    r"[\d.,]*\s+(?:more\s+|additional\s+|extra\s+)?(?:[\w-]+\s+)?"
    r"(?:troops|soldiers|personnel|service ?members|servicemen|marines|sailors|airmen|officers|police(?:men|officers)?)"
    r"(?:\s+(?:to|for|in|into|as|under|on|at|from|with|alongside)\b|\s*[;.]|\s*,(?!\s*(?:and\s+)?\d)|\s*$)"
)


# (folded text after a refusal "send no weapons": a restriction of the arms that follows the arms
# word at once (no comma: ", which it says would prolong the war" is the refusal's reason) and names
# the limit: "that can strike Russia", "capable of reaching Moscow", "with a range of"; arms of one
# kind are withheld, not arms)
_RESTRICTED_ARMS_AFTER = lazy(
    r"(?:\s+(?:to|for) (?:ukraine|kyiv|kiev))?\s+(?:"
    r"(?:that|which) (?:can|could|would|might|may|are able to|would be able to|are capable of) (?:be used to )?"
    r"(?:strike|reach|hit|attack|target)|"
    r"capable of (?:striking|reaching|hitting|attacking|targeting)|able to (?:strike|reach|hit|attack|target)|"
    r"with (?:a|the) range|to strike|for (?:attacks|strikes|use) (?:on|in|against)|to be used (?:on|in|against))\b"
)


# (folded text before a cue "are already in Ukraine": people as its subject, "British
# instructors", "des instructeurs français", "Deutsche Ausbilder": forces on the ground, a report
# or an allegation, no thing delivered; "half of them", "the tanks" are things)
_PEOPLE_SUBJECT_BEFORE = lazy(
    r"\b(?:instructors|trainers|advisers|advisors|troops|soldiers|forces|personnel|officers|specialists|experts|"
    r"mercenaries|volunteers|pilots|crews|technicians|engineers|servicemen|service members|"
    r"instructeurs|formateurs|soldats|troupes|militaires|conseillers|mercenaires|techniciens|"
    r"ausbilder|soldaten|truppen|berater|spezialisten|soldner|krafte|militars|techniker)"
    r"\s+(?:[\w'-]+\s+){0,4}$"
)
# The money-going cues ("... euros went to Kyiv"): the place with a possessive is no recipient
# of funding ("went to Kyiv's hospitals").
_MONEY_GONE = ("went to", "flowed to", "gone to", "paid to", "transferred to")
_ALREADY_THERE = ("in ukraine", "en ukraine", "in der ukraine")
# (folded text) combat use told as what the things did ("flew their first combat missions", "played
# a key role in the battle", "ont joué un rôle clé dans la contre-offensive"): a delivery to Ukraine
# only when the sentence is about Ukraine's war, not a NATO mission, Syria or Mosul
_COMBAT_TOLD = lazy(r"\b(?:missions?|sorties|role)\b")
_UKRAINE_AT_WAR = lazy(
    r"\b(?:ukrain|kyiv|kiev|kiew|kyjiw|donbas|kharkiv|kharkov|charkiw|kherson|cherson|zaporiz|saporischschja|"
    r"bakhmut|bachmut|kupiansk|koupiansk|kupjansk|avdiivka|crimea|crimee|krim\b)"
)
# (folded text) French "a engagé + a sum" commits money; to Ukraine only when the sentence names
# Ukraine or aid: "engager" is also the plain verb of a state's own spending
_FRENCH_COMMITTED = lazy(r"(?:a|ont|avait|avaient) (?:[\w' ]+ )?engage ")
_AID_WORD = lazy(r"\b(?:aide|aides|soutien|assistance)\b")


# German's past passive of paying tells the price of things already told, as English "were paid
# for with" and French "ont été payés avec" (no cue) do: "Bezahlt wurden die Geschütze mit rund
# 2,2 Milliarden Kronen", "Die Haubitzen wurden mit ... finanziert" (folded text; a price, "mit",
# in the sentence; "wurden ... von Deutschland bezahlt", the payer, stays: sentence_cues)
_PRICE_TOLD_AGAIN = lazy(r"(?:bezahlt|finanziert)\b")
_GERMAN_PASSIVE_PAST_BEFORE = lazy(r"\bwurden?\b(?:[^.;,\d]|\d(?:[.,]\d)?)*$")
_GERMAN_PASSIVE_PAST_AFTER = lazy(r"\s+wurden?\b")
_PRICE_WITH = lazy(r"\smit (?:rund |etwa |knapp |uber |mehr als )?[\d.,]+ ")


# (folded text at a cue "... will leave for Ukraine" that opens on its subject: people)
_TRAVELLERS = lazy(
    r"(?:ministers|officials|leaders|delegates|delegations|diplomats|troops|soldiers|pilots|crews|ukrainians|"
    r"instructors|trainees|journalists|experts|inspectors|lawmakers|senators|members|heads|chiefs|envoys|"
    r"minister|president|chancellor|he|she|we|i) "
    r"(?:will|are to|are due to|are set to|are expected to|is to|is due to|is set to|is expected to) (?:soon )?"
    r"(?:leave|depart|set off|ship out)\b"
)


def _modal_after_the_month(
    spans: list[tuple[int, int]], folded: str, text: str, start: int, end: int, statuses: StatusMatches
) -> list[tuple[int, int]]:
    """The discussed matches, each that opens on the month "May" followed by the one the
    month hid: "said in May it may send" matched "May it may send", which is dropped as the
    month (find_status_cues), and the modal after it is a hedge of its own."""
    if not any(folded.startswith("may ", s) for s, _ in spans):
        return spans  # (most sentences: no "may" opens a match)
    kept: list[tuple[int, int]] = []
    for s, e in spans:
        kept.append((s, e))
        while folded.startswith("may ", s) and the_month_may(text, start, s):
            hidden = statuses.first_from("discussed", s + 4, end)
            if hidden is None or hidden[0] >= e:
                break  # the next match is found by the whole-text scan already
            kept.append(hidden)
            s, e = hidden
    return kept


# The German arrival "traf/kam ... ein/an" tells things arriving only when things are its subject:
# people arrive too (a minister, a delegation, the foreign ministers "trafen in Brüssel ein"), told
# by a person's office or group before the verb or inside the arrival, by a visit, or by what they
# do next in a clause that shares the subject ("... ein und kündigte ... an", ", wo er ... zusagte",
# ", um über ... zu beraten"): things announce and deliberate nothing (round 53 reread)
_PERSON_WORD = lazy(
    # (not the agent of a participle before the things, "die von Verteidigungsminister Pistorius
    # zugesagten Panzer", "die vom Kanzler versprochenen", nor a ministry)
    r"(?<!\bvon )(?<!\bvom )(?<!\bdes )(?<!\bdurch )\b(?!\w*ministerium)(?:\w*minister\w*|\w*prasident\w*|\w*kanzler\w*|delegation\w*|politiker\w*|\w*chef\w*|"
    r"botschafter\w*|\w*sekretar\w*|abgeordnete\w*|vertreter\w*|gesandte\w*|beamte\w*|diplomat\w*|"
    r"journalist\w*|besuch\w*|gesprach\w*)\b"
)
_CLAUSE_OPENER_BEFORE = lazy(r"[.,;:!?]\s*(?:[^.,;:!?]*)$")
_VISITORS_ACT_AFTER = lazy(
    r"\s*(?:,\s*)?(?:und|wo|um)\b[^.;]{0,160}?\b(?:\w*kundigt\w*|\w*kundigte\w*|zusagt\w*|sagte\w*|"
    r"versprach\w*|versprochen|sprach\w*|sprechen|beriet\w*|beraten|verhandel\w*|\w*treffen|traf sich|"
    r"besucht\w*|unterzeichne\w*)\b"
)


def _people_arriving(folded: str, start: int, end: int, s: int, e: int) -> bool:
    """Whether the German arrival cue folded[s:e] ("traf ... ein") tells people arriving: see
    _PERSON_WORD. Only the arrival's own clause is read (its subject before the verb, or the words
    inside the arrival), and the clause after it that shares its subject."""
    opener = _CLAUSE_OPENER_BEFORE.search(folded, max(start, s - 120), s)
    subject_start = opener.start() + 1 if opener else max(start, s - 120)
    if _PERSON_WORD.search(folded, subject_start, e):
        return True
    return bool(_VISITORS_ACT_AFTER.match(folded, e, end))


# A funding joined to a delivery by its auxiliary, "a livré 12 obusiers ... et finance", "hat ... geliefert
# und finanziert", "has delivered ... and funded", is money paid (the lead's ruling A of stop 59, cue_patterns'
# delivered cue running from the auxiliary to the funding); followed by the making it pays for ("la
# production de", "die Herstellung", "the production of"), it is that making, which a production cue of its
# own tells, and only the delivery before the conjunction is delivered. (French folds "financé" and
# "finance" alike; the making after it tells either as production.)
_FUNDING_JOINED_END = lazy(r"\s(?:et|und|and)\s(?:[a-z]+\s)?(?:financ\w*|finanziert|funded|funds)$")
_MAKING_AFTER = lazy(
    r"\s+(?:(?:la|l')\s?(?:fabrication|production|construction)|(?:die|den)\s(?:herstellung|produktion|fertigung)|"
    r"the\s(?:production|manufacture|making|construction))\b"
)


# The German perfect's bracket around the making it paid for, "hat die Herstellung von 12 Haubitzen
# finanziert": the delivered cue "hat ... finanziert" holds the making, which cue_patterns' production cue
# tells (paying for the making of counted things is production, the ruling of stop 59), so the bracket is
# no payment of its own.
_GERMAN_MAKING_BRACKET = lazy(
    r"(?:hat|haben|hatte|hatten)\s(?:[\w-]+\s){0,3}?(?:die|den)\s(?:herstellung|produktion|fertigung|bau)\s"
    r"(?:von\s)?[^,;]*\s(?:finanziert|bezahlt)"
)


def _making_paid_for_apart(
    spans: list[tuple[int, int]], folded: str, statuses: StatusMatches
) -> list[tuple[int, int]]:
    """The delivered matches, each that ends on a funding of the making (see above) cut back to
    the delivery before its conjunction, and a German perfect around the making left out."""
    kept: list[tuple[int, int]] = []
    for s, e in spans:
        if _GERMAN_MAKING_BRACKET.fullmatch(folded, s, e):
            continue
        joined = _FUNDING_JOINED_END.search(folded, s, e) if _MAKING_AFTER.match(folded, e) else None
        if joined is None:
            kept.append((s, e))
        else:
            kept.extend(statuses.alone("delivered", s, joined.start()))
    return kept


def find_status_cues(folded: str, start: int, end: int, statuses: StatusMatches, text: str = "") -> list[Cue]:
    """The status cues of the sentence folded[start:end]. `text` is the text as written
    (folded is aligned with it), to tell what folding merges ("würde"/"wurde")."""
    raw: list[Cue] = []
    behind: set[int] = set()  # where deliberations told as over start (_deliberation_behind)
    limits: list[tuple[int, int]] = []  # refusals read as a limit on the arms sent (_RESTRICTED_ARMS_AFTER)
    # where private people block things on their way, if they do: the things are stuck, promised (blocked_loads.py)
    held_at = next((s for s, _ in statuses.within("refused", start, end) if blocked_by_people(folded, start, s)), -1)
    for status in statuses.present:
        not_after = _CUE_NOT_AFTER.get(status)
        spans = statuses.within(status, start, end)
        if status == "discussed" and text:
            spans = _modal_after_the_month(spans, folded, text, start, end, statuses)
        if status == "delivered":
            spans = _making_paid_for_apart(spans, folded, statuses)
        for s, e in spans:
            before = folded[max(start, s - 16) : s]
            if not_after is not None and not_after.search(before):
                continue
            if status == "delivered" and trained_as_adjective(folded, s):
                continue
            if status == "delivered" and _REFURBISHED_FR.match(folded, s):
                continue  # "30 chars Leopard 1 remis à neuf": refurbished, no handover (stories round 61)
            if status == "delivered" and _PUT_BACK_FR.match(folded, s):
                continue  # "remet ses 20 chars en état": a repair, the handover's "remet" (cue_patterns) no handover
            if status == "delivered" and APPROVAL_GIVEN_AFTER.match(folded, e):
                continue  # "gave final approval to a $91 billion aid bill": an approval, the bill promised
            if status in ("delivered", "supplied") and given_before_for(folded, start, s, e):
                continue  # "spare parts for weapons already delivered": what the new things are for
            if status == "delivered" and 0 <= held_at < s:
                continue  # "farmers block lorries with shells that Lithuania donated": stuck, not delivered
            if status == "delivered" and given_but_held(folded, s, e, end, statuses):
                continue  # "howitzers donated by Portugal are stuck at the border": not yet delivered
            if status == "delivered" and arrives_at_a_clock_time(folded, start, s, e):
                continue  # "Il arrive à 4 h 20 : six obus partent": the scene's moment, no delivery
            if status == "discussed" and hedge_on_the_bill(folded, start, s, e, end):
                continue  # "The bill, which the Senate is expected to take up, includes": the bill's next step
            if status == "discussed" and folded.startswith("may ", s) and the_month_may(text, start, s):
                continue  # "sent 20 tanks in May and will send 30 more": the month, no hedge
            if status in ("delivered", "delivery") and handed_to_people(folded, start, s, e):
                continue  # "the wish list, handed to U.S. envoys": paper handed to people, no arms
            if status == "delivered" and _BARE_FRENCH_PARTICIPLE.fullmatch(folded, s, e) and (
                not _CLAUSE_ENDS_AFTER.match(folded[:end], e) or _MONEY_UNIT_BEFORE.search(before)
            ):
                continue  # a bare "livrés" tells a delivery only closing a factbox line
            if status in ("pledged", "delivered") and _NAMED_AS_BEFORE.search(folded, max(start, s - 40), s):
                continue  # "nannte die Finanzierung eine direkte Beteiligung": a giving named in a reaction
            if status == "pledged" and folded.startswith("finanzierung", s) and _MONEY_SOURCE_AFTER.match(folded, e):
                continue  # "Die Finanzierung erfolgt aus ...": where the money comes from
            if status == "production" and _CONTRACTS_TAKE_TIME.match(folded, s):
                continue  # "contracts to take years", "les contrats prendront des années": how long, no order
            if status == "production" and upkeep_contract(folded, s, e):
                continue  # "le contrat d'entretien des appareils": upkeep of things given, no new things (upkeep_contracts.py)
            if status == "production" and (
                _REPAIRED_WITH_BEFORE.search(folded, max(start, s - 40), s + 5) or _REPAIRED_WITH_AFTER.match(folded, s)
            ):
                continue  # "tanks refurbished with Danish money have reached": the repair's payer, no order
            if status == "manufacture" and MADE_AS_SOURCE_BEFORE.search(folded, max(start, s - 130), s):
                continue  # "the shells will come from British production lines": where given things come from
            if status == "received" and _SECOND_VERB_BEFORE.search(before) and _IN_RETURN_AFTER.match(folded, e, end):
                continue  # "a remis 10 MiG-29 et recevra en échange des F-35": the giver's return, no aid
            if status == "received" and _COMMITMENT_AFTER.match(folded, e):
                continue  # "a obtenu un engagement de la France": a promise received, told elsewhere
            if status == "pledged" and _VERB_LAST_PROMISE.fullmatch(folded, s, e) and statuses.within(
                "delivered", e, end
            ):
                continue  # "Nachdem Deutschland 18 Panzer zusagte, lieferte es alle 18": the promise is background
            if status == "discussed" and _TALK_ABOUT.fullmatch(folded, s, e) and _DELIVERED_PARTICIPLE.search(
                folded, s, e
            ):
                continue  # "über die 20 gelieferten Panzer zu sprechen": talk about things told delivered
            if status == "pledged" and _INVERTED.fullmatch(folded, s, e) and not _QUESTION_END.search(folded, s, end):
                continue  # "is considering sending": only a question inverts its subject
            if status == "pledged" and folded.startswith("to fund", s) and _AIM_NOUN_BEFORE.search(before):
                continue  # "blocked the EU's plan to fund ammunition": a plan's aim, its fate told elsewhere
            if status == "pledged" and (
                _OFFICE_AFTER.match(folded, e) or _OFFICE_BEFORE.search(folded, max(start, s - 40), s)
            ):
                continue  # "the finance ministry", "le ministère des Finances": an office's name, no funding
            if status == "pledged" and _NOUN_CUE.fullmatch(folded, s, e) and _NOUN_BEFORE.search(folded, max(start, s - 12), s):
                continue  # "more supplies", "arms shipments": a noun, not a verb
            if folded.endswith("supply", s, e) and _SUPPLY_NOUN_AFTER.match(folded, e):
                continue  # "the missiles could hit Russian supply lines": the noun, no giving
            if status == "pledged" and folded.startswith("livre ", s) and (
                _FRENCH_AUXILIARY_BEFORE.search(before) or _LIVRE_FIGURATIVE.match(folded, s)
            ):
                continue  # "a livré des chars" (a participle), "livre son analyse" (tells)
            if status == "pledged" and folded.endswith("paid for by", s, e) and _UKRAINE_AFTER.match(folded, e):
                continue  # "would be paid for by Kyiv": Ukraine buys, nobody gives
            if status == "refused" and folded.endswith("nicht", s, e) and folded.startswith(" nur", e):
                continue  # "liefert die Schweiz nicht nur Decken": more given, nothing refused
            if status == "refused" and rejects_a_legal_action(folded, start, s, e):
                continue  # "dismissed a lawsuit", "a rejeté le recours": the suit is refused, not the aid
            if status == "refused" and folded.startswith("halt", s) and text[s + 1 : s + 2] in ("ä", "Ä"):
                continue  # German "hält ... für möglich" (holds), not English "halts"
            if status == "refused" and folded.startswith("ausgesetzt", s) and _EXPOSED_TO_BEFORE.search(before):
                continue  # "täglich Angriffen ausgesetzt": exposed to a danger, nothing suspended
            if status == "refused" and folded.startswith(_FROZEN_WORD, s) and (
                _ASSETS_AFTER.match(folded, e) or _ASSETS_BEFORE.search(folded, max(start, s - 40), s)
            ):
                continue  # "a loan backed by frozen Russian assets": sanctions, no aid withheld
            if status == "pledged" and folded.startswith(_ADDED_WORD, s) and _SANCTIONS_IN.search(folded, s, e):
                continue  # "kam das 19. Sanktionspaket der EU hinzu": sanctions on Russia, no aid
            if status == "delivered" and folded.endswith(_PAID_OUT, s, e) and _SOURCE_OF_MONEY_AFTER.match(folded, e):
                continue  # "will be paid out of the European Peace Facility": the money's source
            if status == "refused" and folded.startswith(_PLAN_GIVEN_UP, s) and _ORDER_PLACED_IN.search(folded, s, e):
                continue  # "nach Plan eine Bestellung ... aufgegeben": an order placed, nothing given up
            if status == "manufacture" and folded.startswith("plant", s) and _POWER_PLANT_BEFORE.search(before):
                continue  # "a nuclear power plant in Ukraine": no arms made
            if status == "pledged" and folded.startswith("commit", s) and _PEOPLE_COUNTED_AFTER.match(folded, e):
                continue  # "committing 5,000 troops to a reassurance force": its own forces sent, no aid given
            if status == "refused" and _RESTRICTED_ARMS_AFTER.match(folded, e) and folded.endswith(
                ("weapon", "weapons", "arms"), s, e
            ):
                limits.append((s, e))
                continue  # "no weapons that can strike Russia": a limit on what is sent, no refusal of arms
            if status == "delivered" and folded.endswith(_ALREADY_THERE, s, e) and _PEOPLE_SUBJECT_BEFORE.search(
                folded, max(start, s - 60), s
            ):
                continue  # "British instructors are already in Ukraine": people on the ground, nothing delivered
            if status == "delivered" and _COMBAT_TOLD.search(folded, s, e) and not _UKRAINE_AT_WAR.search(
                folded, start, end
            ):
                continue  # "flew their first combat missions over Syria": combat, but not Ukraine's
            if status == "pledged" and _FRENCH_COMMITTED.match(folded, s) and not (
                _UKRAINE_AT_WAR.search(folded, start, end) or _AID_WORD.search(folded, start, end)
            ):
                continue  # "a engagé 5 milliards dans sa propre défense": a donor's own spending
            if status == "delivered" and folded.startswith("'", e) and any(w in folded[s:e] for w in _MONEY_GONE):
                continue  # "2 million euros went to Kyiv's hospitals": no money to Kyiv's army
            if status in ("purchase", "pledged") and _PRICE_TOLD_AGAIN.match(folded, s) and (
                _GERMAN_PASSIVE_PAST_BEFORE.search(folded, max(start, s - 90), s)
                or _GERMAN_PASSIVE_PAST_AFTER.match(folded, e)
            ) and _PRICE_WITH.search(folded, start, end):
                continue  # "Bezahlt wurden die Geschütze mit 2,2 Milliarden Kronen": the price of things told before
            if status == "pledged" and folded.startswith("spending", s) and _OWN_BUDGET_BEFORE.search(before) and (
                "ukrain" not in folded[start:end]  # ("military spending on aid to Ukraine rose to": the aid's)
            ):
                continue  # "Iceland's defence spending is limited to the coast guard": its own budget, a noun
            if status == "pledged" and _CAPACITY_RAISED_AFTER.match(folded, e):
                continue  # "to increase ammunition production capacity": the making's aim (its own cue), no giving
            if status == "pledged" and _TRAVELLERS.match(folded, s):
                continue  # "the ministers will leave for Kyiv": people travelling, no things sent
            if status == "refused" and folded.startswith(" than", e):
                continue  # "will send no more than ten tanks": a cap on a promise, not a refusal
            if status == "refused" and folded[s:e].rstrip().endswith(" pas") and _ONLY_AFTER.match(folded, e):
                continue  # "ne livrera pas seulement des chars, mais aussi": more given, no refusal
            if status == "refused" and _NO_TIME_OR_CAP.search(folded, s, e):
                continue  # "will send ... no later than May", "no fewer than ten tanks": a deadline or a floor
            if status == "requested" and _TOPIC_BEFORE.search(folded, max(start, s - 40), s):
                continue  # "as for Kyiv's request for jets, ...": the topic, the answer follows
            if status == "discussed" and _PROPOSED_BY_AFTER.match(folded, e) and not _BE_BEFORE.search(before):
                continue  # "a package proposed by the government", approved now: who drafted it, no debate
            granted = status == "requested" and _REQUEST_GRANTED_BEFORE.search(folded, max(start, s - 40), s)
            if status == "discussed" and _deliberation_behind(folded, start, s, e):
                behind.add(s)
            double_negation = status == "refused" and _DOUBLE_NEGATION.search(before)
            cue_status = status
            if status == "refused" and s == held_at:
                cue_status = "pledged"  # "Polish farmers are blocking shells": no giver refuses, the things are stuck
            if status == "delivered" and handover_moved(folded, s, e, start, end):
                cue_status = "pledged"  # "zieht die Übergabe ... vor": a handover still to come (schedule_changes.py)
            if status == "received" and order_received_to_supply(folded, s, e, end):
                # "hat einen Auftrag ... erhalten, um die Ukraine mit Munition zu beliefern": the maker
                # receives an order, the supplying is the order's (production: orders_for_ukraine.py)
                cue_status = "pledged"
            if status == "delivered" and folded.startswith("wurde", s) and text and umlaut_u(text, s):
                # "die Niederlande würden der Ukraine 18 F-16 überlassen": the future
                # of reported speech, not the passive past "wurden ... überlassen"
                cue_status = "pledged"
            if (status == "pledged" and folded.startswith(("ubergib", "uberreicht"), s) and _DONE_NOW.search(folded, start, end)
                    and not FUTURE_TIME.search(folded, start, end)):
                # The German present tells both: "Dänemark übergibt der Ukraine seine
                # gesamte Artillerie" announces; with the day of the news or the last of a
                # series it tells a handover done ("Polen übergibt am Mittwoch die letzten
                # MiG-29"), and with a time to come it announces ("übergibt im Herbst").
                cue_status = "delivered"
            if status == "delivered" and folded.startswith(("traf", "kam"), s) and not _CLAUSE_CLOSED.match(folded, e, end):
                continue  # "trafen ein Abkommen", "kamen an die Front": the particle opens a phrase, no arrival
            if status == "delivered" and folded.startswith(("traf", "kam"), s) and _people_arriving(folded, start, end, s, e):
                continue  # "Pistorius traf in Kiew ein und kündigte ... an": a visitor arrives, no things
            if status == "delivered" and folded.startswith("zahl", s) and folded.endswith(" aus", s, e):
                if not _CLAUSE_CLOSED.match(folded, e, end):
                    continue  # "zahlt 500 Millionen aus dem Fonds": "aus" opens a phrase, no payout
                if FUTURE_TIME.search(folded, start, end):
                    cue_status = "pledged"  # "zahlt im März ... aus": a payout to come
            if status == "refused" and NOT_ONLY_INSIDE.search(folded, s, e) and not _NOT_ONLY_NONE.search(folded, s, e):
                cue_status = "pledged"  # "will not only send tanks but also ...": a giving, added to
            if status == "refused" and motion_voted_down(folded, start, end, s, e):
                cue_status = "discussed"  # a motion urging the government, voted down: still open
            if status == "delivered" and (
                (folded.startswith(_THANKING, s) and _ONLY_ANNOUNCED_AFTER.match(folded, e, end))
                # (German puts the thanks last, the things inside the cue: "hat sich bei Norwegen für die
                # zugesagten Panzer bedankt", "hat ... für die versprochenen Jets gedankt")
                or (folded.endswith(("gedankt", "bedankt"), s, e) and _PROMISED_INSIDE.search(folded, s, e))
            ):
                cue_status = "pledged"  # thanks for what was announced: "for the three IRIS-T announced today"
            if status == "requested" and _REQUEST_TURNED_DOWN.search(folded, max(start, s - 40), s):
                cue_status = "refused"  # "a rejeté la demande ukrainienne d'avions"
                if motion_voted_down(folded, start, end, s, e):
                    cue_status = "discussed"  # "rejected a motion calling on the government to send"
            # A request (not a warning) may name whom it asks: see asked_givers.asked_giver.
            # (nor a request already granted: "thanked Denmark for accepting Kyiv's request for
            # F-16s" asks nobody; it promises nothing either)
            kind = "ask" if cue_status == "requested" and not granted and not _WARNING.match(folded, s, e) else ""
            if kind == "ask":
                # A request answered in its own sentence gives the answer's record for the
                # one asked, not a discussion: "asked Spain for Patriot missiles, a request
                # Madrid declined", "ce que Berne a refusé", "doch Dublin lehnte ... ab".
                answer = _REQUEST_ANSWERED_AFTER.match(folded, e, end)
                if answer is not None:
                    kind = "answered-refused" if answer.group("no") else "answered-pledged"
            answer_start = answer.start("answer") if kind.startswith("answered") else 0
            # (a refusal negated keeps the door open: kind "open", which its own negation
            # does not silence, see cue_as_its_clause_reads)
            if double_negation:
                cue_status, kind = "discussed", "open"
            raw.append(Cue(s, e, cue_status, kind, answer_start))
    # A giving told by an adverbial gerund ("by sending", "en livrant"), in its main clause's tense.
    raw += gerund_givings(folded, start, end)
    # The giving verb of a limit ("will send" in "will send no weapons that can strike Russia")
    # promises nothing: no arms are given by it, whatever else the sentence gives.
    raw = [c for c in raw if not (c.status == "pledged" and any(ls < c.end and c.start < le for ls, le in limits))]
    # A request examined ("se penche sur une demande ukrainienne de munitions", "examine
    # une demande de") is still a question: the examining cue takes in the request cue it
    # runs into, which would otherwise outlast it (and say nothing).
    examined = [c for c in raw if c.status == "discussed" and _REQUEST_WORD_END.search(folded, c.start, c.end)]
    if examined:
        asked = [c for c in raw if c.status == "requested"]
        raw = [
            replace(c, end=max([c.end] + [a.end for a in asked if c.start <= a.start < c.end])) if c in examined else c
            for c in raw
        ]
    # A request told as the time of another answer in the sentence ("has no plans to supply
    # air defence systems, a week after Kyiv asked Seoul for its missile batteries", "après
    # que Kiev a demandé", "nachdem Kiew ... gebeten hatte") is background: no one asked.
    if any(c.kind == "ask" for c in raw):
        answers = [c.start for c in raw if c.status in _ANSWERS]
        raw = [
            replace(c, kind="") if c.kind == "ask" and any(a < c.start for a in answers)
            and _REQUEST_AS_A_TIME_BEFORE.search(folded, max(start, c.start - 40), c.start) else c
            for c in raw
        ]
    # Overlapping cues: the longest wins ("not ruled out" over "ruled out"); on a tie
    # the more cautious status wins (a hedged promise is still only discussed).
    raw.sort(key=lambda c: (-(c.end - c.start), -_STATUS_PRIORITY[c.status]))
    kept: list[Cue] = []
    taken = DisjointSpans()  # the kept cues' spans, searched by bisection (disjoint_spans.py)
    for cue in raw:
        if taken.overlaps(cue.start, cue.end):
            continue
        kept.append(cue)
        taken.add(cue.start, cue.end)
    if behind and any(c.start not in behind for c in kept):
        # A deliberation that is over ("after weeks of debate", "which had long considered")
        # is background to what the sentence tells: its news speaks.
        kept = [c for c in kept if c.start not in behind]
    # A factory that only says where the things come from or were mended is no making:
    # "handed to Ukraine as they leave the factory", "straight from the factory", "in einem
    # Werk in Mähren instandgesetzt" (a plant built or a line restarted still is).
    kept = [c for c in kept if not (c.status == "manufacture" and _factory_as_a_place(folded, c, start, end))]
    if any(c.status == "output" for c in kept):
        changed = any(c.status in ("production", "manufacture") for c in kept) or _OUTPUT_CHANGE.search(
            folded, start, end
        )
        kept = [replace(c, status="manufacture") if c.status == "output" else c for c in kept if changed or c.status != "output"]
    kept = [
        replace(c, status="production", kind="manufacture") if c.status == "manufacture"
        else replace(c, status="pledged", kind="purchase") if c.status == "purchase"
        else replace(c, status="pledged", kind="permission") if c.status == "permission"
        else c
        for c in kept
    ]
    kept = [c for c in kept if not (c.kind == "permission" and _permission_refused(folded, c, kept))]
    if any(c.kind == "purchase" for c in kept):
        # A scheme named by what it buys ("a Czech-led initiative to buy ammunition
        # outside Europe has delivered 500,000 shells", "l'initiative pour acheter des
        # obus") is its name, no purchase of its own, when the sentence tells what it did.
        aims = [
            c for c in kept
            if c.kind == "purchase" and _SCHEME_BEFORE.search(folded, max(start, c.start - 30), c.start)
        ]
        if aims and len(aims) < len(kept):
            kept = [c for c in kept if c not in aims]
        # ... and a purchase of the past in a relative clause describes the things beside another
        # cue: "approved the re-export to Ukraine of 12 Gepard guns that Brazil bought in 2013",
        # "que le Brésil avait achetés", "die Brasilien 2013 gekauft hatte" (the approval speaks)
        owned = [
            c for c in kept
            if c.kind == "purchase" and _BOUGHT_IN_A_RELATIVE.search(folded, max(start, c.start - 40), c.end)
        ]
        if owned and len(owned) < len(kept):
            kept = [c for c in kept if c not in owned]
    kept = [c for c in kept if not _purpose_of_a_payout(folded, c, kept)]
    kept = [c for c in kept if not _in_service_is_what_it_serves(folded, c, start)]
    # (... and so is a giving told of the weapons a thing is for: "spare parts for the tanks
    # already delivered")
    kept = [c for c in kept if not describes_weapons_served(folded, c, start)]
    # Weak cues speak only when nothing else does: "announced" (how news reports
    # anything), an attributive participle ("the promised tanks have arrived", "les
    # chars promis par Berlin sont arrivés", "die versprochenen Geschütze") and a
    # package's "includes".
    told_arriving = _promises_told_arriving(folded, kept, start, end)
    # (promised things awaited are the promise's: "die von Kanada zugesagten ... würden erwartet",
    # awaited_promises.py)
    kept = without_awaiting_of_promises(folded, without_german_promises_unnamed(folded, kept), attributive)
    # (a handover halted is no handover, nor the promise it stops a new one: halted_handovers.py)
    kept = without_halted_handovers(folded, start, end, kept)
    strong = [
        c for c in kept
        if c.status not in _WEAK and not attributive(folded, c) and id(c) not in told_arriving
    ] + [
        # a delivery confirmed is that giving's news, whatever else the
        # sentence refuses: "tout en confirmant l'envoi d'un nouveau système", "confirmed
        # the delivery of", "bestätigte die Lieferung"
        replace(c, status="pledged") for c in kept
        if c.status == "delivery" and (
            _CONFIRMED_BEFORE.search(folded, max(start, c.start - 24), c.start) or _CONFIRMED_AFTER.match(folded, c.end, end)
        )
    ]
    # (a promise described before thank-yous for other things still tells of its own: awaited_promises.py)
    strong += promises_before_thanks(folded, kept, strong, attributive)
    if strong:
        # A clause of its own announcing something ("..., as the Pentagon announced a
        # package", "tandis que les Pays-Bas ont annoncé la livraison de", "a annoncé
        # l'envoi de ... et se penche sur") tells that announcement, whatever the other
        # clause weighs or asks: its weak cue speaks there.
        own_clause = [
            replace(c, status="discussed" if announcement_to_come(folded, start, c) else "pledged")
            for c in kept
            if c.status in ("announced", "delivery") and all(_other_clause(folded, c, s) for s in strong)
        ]
        previews = [c for c in kept if c.status == "announced" and announcement_to_come(folded, start, c)]
        kept = sorted(strong + own_clause, key=lambda c: c.start) + [c for c in kept if c.status == "include"]
        # An order an announcement still to come previews is no order placed: "will announce a large order of drones
        # next week", "annoncera la semaine prochaine une importante commande", "wird ... einen Auftrag ankündigen"
        # (stories round 61: read as production in English and discussed in a French headline, one preview split).
        kept = [replace(c, status="discussed") if c.status == "production" and _previewed(folded, c, previews) else c
                for c in kept]
    else:
        # A delivery whose contents are told in the past was made: "the latest delivery
        # included four tanks", "la dernière livraison comprenait", "die Lieferung umfasste".
        made = any(c.status == "include" and _PAST_CONTENTS.fullmatch(folded, c.start, c.end) for c in kept)
        # ... and so were deliveries whose list a past copula opens: "Earlier deliveries, listed
        # in an annex, were: ...", "Les livraisons précédentes étaient :", "Frühere Lieferungen waren:"
        # (not deliveries their subject tells planned or ahead: "Germany's planned deliveries for
        # next year were:", "Les livraisons prévues ... étaient :", "Die geplanten Lieferungen waren:")
        made = made or any(
            c.status == "delivery" and (copula := _PAST_LIST_AFTER.match(folded, c.end, end)) is not None
            and _PLANNED_NEAR.search(folded, max(start, c.start - 30), copula.end()) is None
            for c in kept
        )
        # An announcement still to come previews what it will announce ("doit annoncer
        # l'envoi de", "soll die Lieferung ... bekanntgeben"): the delivery nouns too.
        preview = any(c.status == "announced" and announcement_to_come(folded, start, c) for c in kept)
        kept = [
            replace(c, status="requested") if c.status == "announced" and announcement_denied(folded, start, c)
            # a delivery denied is refused: "Madrid dément l'envoi d'avions", "denies delivery of jets"
            else replace(c, status="refused") if c.status == "delivery" and _DENIED_RIGHT_BEFORE.search(
                folded, max(start, c.start - 25), c.start
            )
            else replace(c, status="delivered") if c.status == "delivery" and made
            else replace(c, status="discussed") if c.status in ("announced", "delivery") and preview
            else replace(c, status="pledged") if c.status in ("announced", "delivery")
            else replace(c, status="delivered") if c.status == "supplied"
            else c
            for c in kept
        ]
    modified = sorted((cue_as_its_clause_reads(folded, start, c, text, end) for c in kept), key=lambda c: c.start)
    modified = timeline_steps(folded, start, modified)
    # (a court rejecting a suit against a delivery: the suit's words are the claimants', court_rulings.py)
    modified = without_the_suits_words(folded, start, end, modified)
    return denied(folded, modified) if any(c.status == "refused" for c in modified) else modified


# Use told of what a thing is for is no delivery of the thing: "200 missiles for the
# systems already in service", "munitions pour les systèmes déjà en service", "Munition für
# die bereits im Einsatz befindlichen Systeme" (the systems are in service, the missiles
# take the sentence's other cue). (Folded text, before the cue.)
_SERVED_THING_BEFORE = lazy(
    r"\b(?:for|pour|fur)\s+(?:the |those |these |its |their |les |ces |ses |leurs |die |den |ihre |seine )?"
    r"(?:[\w-]+ ){0,3}?(?:(?:which|that) (?:are|is) |qui (?:sont |est )?)?(?:(?:already|now|deja|desormais|bereits|schon) )?$"
)
_IN_SERVICE = lazy(
    r"(?:now )?in (?:use|service)|(?:(?:est|sont) (?:desormais |maintenant |deja )?)?en service|im einsatz"
)


def _in_service_is_what_it_serves(folded: str, cue: Cue, start: int) -> bool:
    # (not in thanks, where "for" names the thing given: "merci à la France pour les
    # canons qui sont déjà en service")
    return (
        cue.status == "delivered" and _IN_SERVICE.fullmatch(folded, cue.start, cue.end) is not None
        and _SERVED_THING_BEFORE.search(folded, max(start, cue.start - 60), cue.start) is not None
        and _THANKS_WORD.search(folded, start, cue.start) is None
    )


_THANKS_WORD = lazy(r"\b(?:thank|remerci|merci|dank|bedank)")


# What stands between a refusal and the permission it refuses (folded text): "refused to
# allow", "declined to allow", "a refusé d'autoriser", and the day or "again" wire copy puts
# between them ("refused on Tuesday to allow", "a refusé mardi d'autoriser", "a refusé une
# nouvelle fois d'autoriser"). (German puts the one permitted between them, "verweigert
# Deutschland die Erlaubnis, ... zu liefern": not read here; see
# tests/stories/test_story_busy_day_cases.py.)
_REFUSED_PERMISSION_GAP = lazy(
    r"\s*(?:(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday)\s+|"
    r"(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|aujourd'hui)\s+|"
    r"(?:again|once again|once more|de nouveau|a nouveau|encore|une nouvelle fois|encore une fois)\s+){0,2}"
    r"(?:(?:to|d'|de)\s*)?"
)


def _permission_refused(folded: str, permission: Cue, cues: list[Cue]) -> bool:
    """A permission to give that a refusal right before it withholds: "Switzerland has
    again refused to allow Germany to re-export ammunition". The one permitted gives
    nothing, so no pledge of theirs; the refusal speaks for the thing (its giver is the one
    refusing)."""
    return any(
        c.status == "refused" and c.end <= permission.start
        and _REFUSED_PERMISSION_GAP.fullmatch(folded, c.end, permission.start)
        for c in cues
    )


_REQUEST_WORD_END = lazy(r"(?:requests?|appeals?|pleas?|demands?|demandes?|requetes?|sollicitations?|\w*anfrage\w*|bitte|"
                         r"\w*forderung\w*|\w*wunsch\w*)$")
# What parts two clauses: a contrast or a time ("while", "as", "tandis que", "während"),
# a semicolon, or "and" opening a second verb of the same subject ("a annoncé l'envoi de
# ... et se penche sur"). (Folded text.)
# (a French gerund opens one too, "..., a rappelé le ministre, en annonçant un nouveau
# paquet": read up to the weak cue, the "en" right before it)
# (", and" before a new subject opens a clause too: "approved the possible sale of jets to
# Taiwan, and the Pentagon announced a package for Ukraine", ", et le Pentagone a annoncé")
_CLAUSE_PARTS = lazy(
    r"[,;]\s*(?:as|while|whereas|but|tandis que|alors que|mais|wahrend|aber|jedoch)\b|;|,\s*en\s*$|"
    r",\s*(?:and|et|und)\s+(?:the|le|la|les|l'|die|der|das)\s*[\w-]+\s+(?:\w+\s+)?(?:has\s+|have\s+|a\s+|ont\s+|hat\s+|haben\s+)?$"
)
_SECOND_VERB_BEFORE = lazy(r"\b(?:and|et|und)\s+(?:se\s+|s'|is\s+|has\s+|il\s+|elle\s+)?$")
# (... and the weak cue a second verb of the subject, its auxiliary after "and", after the strong one's clause: "a
# déjà livré 6 Mirage et a annoncé une enveloppe pour des munitions", "has delivered ... and has announced")
_SECOND_VERB_OPENS = lazy(r"\b(?:and|et|und)\s+(?:has|have|had|a|ont|avait|hat|haben)\s+$")


def _previewed(folded: str, order: Cue, previews: list[Cue]) -> bool:
    """Whether one of `previews` (announcements still to come) stands in the clause of `order`, a production cue."""
    return any(not _other_clause(folded, preview, order) for preview in previews)


def _other_clause(folded: str, weak: Cue, strong: Cue) -> bool:
    """Whether a weak cue and a strong one stand in two clauses (see _CLAUSE_PARTS)."""
    if strong.start >= weak.end:
        return bool(
            _CLAUSE_PARTS.search(folded, weak.end, strong.start)
            or _SECOND_VERB_BEFORE.search(folded, max(weak.end, strong.start - 12), strong.start)
        )
    return strong.end <= weak.start and bool(
        _CLAUSE_PARTS.search(folded, strong.end, weak.start)
        or _SECOND_VERB_OPENS.search(folded, max(strong.end, weak.start - 12), weak.start)
    )


_PAST_LIST_AFTER = lazy(r"[^.;:!?]{0,60}?\b(?:were|was|etaient|etait|ont ete|waren|war)\s?:")
# Words that make deliveries planned or to come, around the noun (folded text).
_PLANNED_NEAR = lazy(
    r"\b(?:planned|scheduled|upcoming|forthcoming|future|expected|next year|coming|to come|"
    r"prevu\w*|planifie\w*|programme\w*|futur\w*|a venir|prochaine?s?|annee prochaine|l'an prochain|"
    r"geplant\w*|vorgesehen\w*|kunftig\w*|kommend\w*|anstehend\w*|nachste\w* jahr)\b"
)
_PAST_CONTENTS = lazy(r"included|comprenai(?:t|ent)|incluai(?:t|ent)|umfasste\w*|enthielt\w*|beinhaltete\w*")
# Cues that speak only when no other does (see find_status_cues).
_WEAK = ("announced", "include", "delivery", "supplied")
# (folded text: a verb confirming, done, right before a delivery noun; "pourrait
# annoncer l'envoi" is still to come: see announcement_to_come)
_CONFIRMED_BEFORE = lazy(
    r"\b(?<!could )(?<!would )(?<!might )(?<!will )(?:confirm(?:ed|s|ing|ant|e|ee|ait)|bestatigt\w*)\s+"
    r"(?:aber |jedoch |aussi |also )?(?:the |l'|la |le |les |die |den |der )?$"
)


# The promise told as what has now arrived: "the 24 F-16s the Netherlands promised have
# been handed over", "the Caesar France agreed to send in January have arrived", "les
# canons que Paris avait promis sont arrivés", "die Panzer, die Berlin zugesagt hatte,
# sind eingetroffen". The promise describes the things (a relative clause, its pronoun
# often left out in English); the completed arrival or handover is the sentence's news.
_PROMISE_WORD = lazy(
    r"(?:promised|pledged|committed|agreed to|promis|promises?|promise|engage(?:e|s|es)?|zugesagt|versprochen)$"
)
# The arrival or handover as a finite verb, done: a perfect or a passive ("have arrived",
# "were handed over", "sont arrivés", "ont bien été livrés", "sind eingetroffen", "wurden
# übergeben"), its auxiliary within the span from the promise to the cue. (A receipt, "were
# received", is a "received" cue, whose giver is read otherwise: not taken here.)
# Written as a look-ahead, the arrival in group 1: a scan finds one at every place one
# begins, overlapping ones included, each ending as soon as it can (German's words before
# the participle are taken as few as may be: "sind geliefert und an die Truppe übergeben
# worden" arrives at "geliefert", not past the "und"); see _promises_told_arriving.
_ARRIVED_DONE = lazy(
    # (the pluperfect too: "promised in January had all arrived", "étaient arrivés", "waren eingetroffen")
    r"(?=(\b(?:(?:have|has|had)\s+(?:(?:now|all|finally|already)\s+){0,2}(?:arrived|been\s+(?:handed\s+over|delivered|received|transferred))"
    r"|(?:were|was)\s+(?:\w+ly\s+)?(?:handed\s+over|delivered|received|transferred)"
    r"|(?:sont|est|etaient|etait|(?:ont|a|avaient|avait)\s+(?:bien\s+|deja\s+)?ete)\s+(?:\w+ment\s+|bien\s+|deja\s+|enfin\s+|tous\s+|toutes\s+)?"
    r"(?:arrive|livre|remis|recu|transfere)(?:e|s|es)?"
    r"|(?:sind|ist|wurden|wurde|waren|war)\s+(?:[\w'-]+\s+){0,6}?(?:eingetroffen|angekommen|ubergeben|geliefert|uberstellt))\b))"
)
# What keeps the arrival to come ("the jets promised in 2023 will arrive", "sollen ...
# eintreffen") or makes it a clause of its own ("pledged ten more, of which four have
# arrived", "promised tanks, saying the first have arrived", "after", "nachdem").
_ARRIVAL_NOT_THE_PROMISE = lazy(
    r"[;:]|\b(?:will|would|shall|should|could|may|might|sera|seront|serait|seraient|doit|doivent|devrai(?:t|ent)|"
    r"wird|werden|soll|sollen|sollte|sollten|konnte|konnten|of which|of them|which|who|dont|davon|von denen|wovon|"
    r"and|but|while|after|since|once|when|as|saying|said|says|adding|et|mais|alors que|apres|depuis|"
    r"und|aber|nachdem|seit|als|wahrend|sagte|erklarte)\b"
)


def _promises_told_arriving(folded: str, cues: list[Cue], start: int, end: int) -> set[int]:
    """The ids of the promises (among `cues`, which do not overlap) that describe things the
    sentence folded[start:end] tells have arrived or been handed over: background to a
    delivery, not a new promise. Such a promise has a delivery cue after it, an arrival told
    done between the promise and that cue's end, and nothing between the promise and the
    cue that keeps the arrival to come or makes it a clause of its own.

    The sentence is scanned once for each of the two patterns: searched again from each
    promise to each delivery after it, a sentence of thousands of cues ('"sent" ' written
    4,800 times) cost the square of its length. The deliveries, which do not overlap, end in
    the order they start, so a promise's last delivery before the first keeping word after
    it ends last: an arrival is told for the promise when one begins after it and ends by
    that delivery's end. Every place an arrival begins is found (a look-ahead, so one
    beginning inside another counts), each with its earliest end, and a minimum of the ends
    from each place on answers each promise by one bisection. (Kept to the first end
    after the promise, a German arrival read on past an "und" to a later participle, and
    one beginning before the promise hid the next: the promises of "die zehn Panzer, die
    Deutschland zugesagt hatte, sind geliefert und an die Truppe übergeben worden" read
    as new ones.)"""
    # (the deliveries first: most sentences tell none, and then no promise's words need reading)
    deliveries = sorted((c for c in cues if c.status == "delivered"), key=lambda c: c.start)
    if not deliveries:
        return set()
    promises = [c for c in cues if c.status == "pledged" and _PROMISE_WORD.match(folded[c.start : c.end])]
    if not promises:
        return set()
    reach = max(c.end for c in deliveries)
    arrivals = [(m.start(), m.end(1)) for m in _ARRIVED_DONE.finditer(folded, start, reach)]
    if not arrivals:
        return set()
    arrival_starts = [s for s, _ in arrivals]
    # earliest_end[i]: the earliest end of an arrival beginning at arrival_starts[i] or later
    earliest_end = [e for _, e in arrivals]
    for i in range(len(earliest_end) - 2, -1, -1):
        earliest_end[i] = min(earliest_end[i], earliest_end[i + 1])
    keeping = [(m.start(), m.end()) for m in _ARRIVAL_NOT_THE_PROMISE.finditer(folded, start, reach)]
    delivery_starts = [c.start for c in deliveries]
    told: set[int] = set()
    for promise in promises:
        first_arrival = bisect_left(arrival_starts, promise.end)
        if first_arrival == len(arrivals):
            continue
        first_keeping = bisect_left(keeping, (promise.end, -1))
        # a delivery starting at or after the first keeping word's end is kept apart by it
        open_until = keeping[first_keeping][1] if first_keeping < len(keeping) else reach + 1
        last = bisect_left(delivery_starts, open_until) - 1  # the last delivery starting before it
        if last >= 0 and deliveries[last].start >= promise.end and deliveries[last].end >= earliest_end[first_arrival]:
            told.add(id(promise))
    return told


# The time of the news, or the end of a series, in a German sentence told in the present:
# "am Mittwoch", "heute", "bereits", "die letzten" ("nun", "jetzt" are left out: "übergibt
# nun doch Taurus" tells a decision).
_DONE_NOW = lazy(
    r"\b(?:am (?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|wochenende)|heute|"
    r"bereits|inzwischen|mittlerweile|soeben|letzte[nmrs]?)\b"
)
# A deliberation told as over: after it ("after weeks of debate", "après des semaines de
# discussions", "nach monatelangen Beratungen", "nach langem Zögern"), or in the
# pluperfect ("which had long considered sending", "qui avait longtemps envisagé").
# (a time must be told: "nach Angaben des Ministeriums erwägt" is the news)
_AFTER_BEFORE = lazy(
    r"\b(?:after|following)\s+(?:(?:weeks|months|years|days|long|lengthy|intense|heated|[\w]+-long)\s+(?:of\s+)?)+$|"
    r"\b(?:apres|au terme d\w*|a l'issue d\w*)\s+(?:des |de |d')?(?:(?:semaines|mois|annees|jours|longues?|longs|intenses)\s+(?:de |d')?)+$|"
    r"\bnach\s+(?:\w+langen?|langem|langer|langen|wochen|monaten|jahren)\s+(?:\w+\s+)?$"
)
_PLUPERFECT_BEFORE = lazy(r"\b(?:had|avait|avaient)\s+(?:(?:long|longtemps|\w+ly|\w+ment|for months)\s+)?$")
_DELIBERATION = lazy(r"(?:consider|weigh|debat|discuss|discut|mull|envisag|etudi|examin|hesit|stud|explor|berat|zoger)")


def _deliberation_behind(folded: str, sentence_start: int, start: int, end: int) -> bool:
    if not _DELIBERATION.match(folded, start, end):
        return False
    before = folded[max(sentence_start, start - 40) : start]
    # (... or a participle set off by commas with how long it has lasted: "La livraison
    # d'obusiers, examinée depuis l'été, n'est plus à l'ordre du jour", "The delivery,
    # discussed since the summer, is off": the outcome after it is the news)
    return bool(_AFTER_BEFORE.search(before) or _PLUPERFECT_BEFORE.search(before)) or bool(
        _APPOSITION_OPENS.search(before) and _SINCE_AFTER.match(folded, end)
    )


_APPOSITION_OPENS = lazy(r",\s*$")
_SINCE_AFTER = lazy(r"\s+(?:depuis|since|for months|for weeks|seit)\b")


# The "requested" cues that warn rather than ask ("warned Berlin against", "a menacé",
# "drohte"): whom they name is not asked to give anything.
_WARNING = lazy(r"warn|mis(?:e|es)? en garde|menac|threaten|droh")
# A request named after its acceptance, whoever's it is ("for accepting Kyiv's request",
# "granting Ukraine's request"): the request is no longer open, and asks no one.
_REQUEST_GRANTED_BEFORE = lazy(
    r"\b(?:accept\w*|grant(?:ed|ing)|honou?r(?:ed|ing)|fulfill?(?:ed|ing)|agree(?:d|ing) to|accede\w* a|erfull\w*)\s+"
    r"(?:[\w'-]+\s+){0,2}$"
)
# Thanks tell a giving done ("thanked Britain for the tanks"), unless the things thanked
# for are told, right after, as only announced or promised: "thanked Germany for the three
# IRIS-T announced today", "pour les canons promis", "für die heute angekündigten Systeme".
# (folded text, before "spending") a country's own budget named by the noun: "defence spending", "military
# spending" (a_debate_on_its_own_forces reads the sentence as its own forces' then)
_OWN_BUDGET_BEFORE = lazy(r"\b(?:defen[cs]e|military|arms)\s+$")
# (folded text, after a cue of raising: "increase", "boost") a capacity to make raised, its things before it:
# "to increase ammunition production capacity", "boost shell production capacity" tell the making's aim, which
# its own cue reads (the money "to boost the production capacity for ammunition" is the making's already). Only
# with the things named before it: with none ("to boost production capacity") the raising keeps the sum a
# promise, since the making's own record then carries no sum.
_CAPACITY_RAISED_AFTER = lazy(
    r"\s+(?:the |its |their |european |eu |europe's )?(?:[\w-]+ )?(?:ammunition|munitions?|shells?|artillery|drones?|"
    r"missiles?|weapons?|arms|defen[cs]e) production capacit"
)
_THANKING = ("thank", "remerci", "dank", "bedank")
_PROMISED_INSIDE = lazy(r"\b(?:angekundigt|zugesagt|versprochen)(?:e|en|er|es|em)?\b")
_ONLY_ANNOUNCED_AFTER = lazy(
    r"(?:,?\s+[\w'/-]+){0,8},?\s+(?:announced|pledged|promised|annonce\w*|promis\w*|angekundigt\w*|zugesagt\w*|"
    r"versprochen\w*)\b"
)
# A request named right after its refusal: "a rejeté la demande", "turned down the request".
# The answer to a request, told after it in its sentence: "..., a request Madrid declined",
# "..., which Berlin refused", "..., but Norway agreed", "..., ce que Berne a refusé",
# "..., doch die Regierung lehnte die Anfrage ab". (Folded text, from the request's end.)
_REQUEST_ANSWERED_AFTER = lazy(
    r"[^.;]{0,120}?(?P<answer>,)\s+(?:(?:a|the|this|that|une|la|cette|die|diese|eine)\s+)?"
    r"(?:request|plea|appeal|demande|requete|anfrage|bitte|ersuchen|which|ce qu'|ce que|was|but|mais|doch|aber|jedoch)"
    r"\b[^.;,]{0,50}?\b(?:(?P<no>declin\w*|reject\w*|refus\w*|turn(?:ed|s)? down|denied|dismiss\w*|rejet\w*|"
    r"repouss\w*|lehnt\w*|abgelehnt|wies\w* (?:[\w-]+ ){0,3}zuruck|zuruckgewiesen)|"
    r"accept\w*|grant(?:ed|s)|approv\w*|agreed|accord(?:e|ee|es|ait)|acced\w*|stimmt\w* zu|kam\w* (?:[\w-]+ ){0,3}nach|nachgekommen)\b"
)
# A request told as the time of something else: "a week after Kyiv asked", "days after
# Ukraine requested", "après que Kiev a demandé", "nachdem Kiew ... gebeten hatte".
_REQUEST_AS_A_TIME_BEFORE = lazy(
    r"\b(?:after|following|since|apres que|apres qu'|depuis que|nachdem|seit)\s+(?:[\w'-]+\s+){0,4}$"
)
_ANSWERS = ("refused", "pledged", "delivered", "discussed")
_REQUEST_TURNED_DOWN = lazy(
    # (a time and an adverb may stand between: "a de nouveau rejeté mardi les appels de Kiev")
    r"\b(?:reject\w*|rejet\w*|refus\w*|declin\w*|turned down|abgelehnt|lehnt\w*)\s+(?:\S+\s+){0,3}$"
)
# (German puts the participle last: "hat aber die Lieferung von Munition bestätigt")
_CONFIRMED_AFTER = lazy(r"(?:\s+[\w-]+){0,4}\s+bestatigt\b")


# (folded text, right before a delivery noun) a denial of it: "dément l'envoi", "denies the
# delivery", "dementiert die Lieferung"
_DENIED_RIGHT_BEFORE = lazy(
    r"\b(?:den(?:y|ies|ied|ying)|dement\w*|dementier\w*)\s+(?:(?:the|any|reports? of|l'|la|le|les|toute|die|jede)\s*)?$"
)
