"""The things a sentence gives: its noun phrases, less those that are not given.

A noun phrase is not given when it is a purpose or a condition ("against drones", "once
pilots are trained", "bis Piloten ausgebildet sind", but "bis Jahresende" is a
deadline), what a reimbursement pays back, the enemy's weapons, Ukraine's own, a giver's
own forces strengthened or a thing for them (own_forces.py), a repeat or an accessory.
The precise things (with named amounts) are kept, and a vague one only when a gapped
giver names it as its own or it is refused before a contrast ("will not send weapons,
but will pay for drones"); else one vague record stands for them.
"""

from __future__ import annotations

import re

from bot.core.pledges.donors.gapping import gapped_vague_object
from bot.core.pledges.passes.records import VAGUE, Cue, Item, Mention
from bot.core.pledges.passes.sentence import Sentence
from bot.core.pledges.quantities.numbers import Count, Money
from bot.core.pledges.special_pieces.battle_claims import claimed_as_hit
from bot.core.pledges.money.unaided_payments import pays_for_no_aid
from bot.core.pledges.special_pieces.court_rulings import sued_against
from bot.core.pledges.special_pieces.outside_voices import called_for_by_outside_voices
from bot.core.pledges.status.condition_clauses import ONCE as _ONCE
from bot.core.pledges.status.reimbursed_gifts import gift_recalled_after
from bot.core.pledges.things.course_subjects import a_course_subject
from bot.core.pledges.things.found_things import found_not_given
from bot.core.pledges.things.from_abroad import received_from_abroad
from bot.core.pledges.things.meeting_topics import no_thing_of_a_meeting
from bot.core.pledges.things.parts_reserves import a_parts_reserve
from bot.core.pledges.things.scheme_descriptions import described_by_a_scheme
from bot.core.pledges.things.item_words import NAMED_FUND_PAID_INTO, FUEL_WORDS, HELPED_TO_BUY, REFUND_SUM_BEFORE, REFUND_WORDS, SERVICE_WORDS
from bot.core.pledges.things.besides_ukraine import set_apart_from
from bot.core.pledges.things.fund_purchases import described_as_a_funds_purchase
from bot.core.pledges.things.gdp_targets import every_members_target_from
from bot.core.pledges.things.items import accessory_ammunition, item_phrases, repeats_named_item, trained_on_a_thing
from bot.core.pledges.things.own_forces import for_the_givers_own_forces
from bot.core.pledges.things.own_holdings import held_by_its_donor
from bot.core.pledges.things.repaired_things import repaired_ukrainian_thing
from bot.core.text.lazy_pattern import guarded, lazy
from bot.core.text.months import ENGLISH_MONTHS, GERMAN_MONTHS, alternation

# An item after these is a purpose or a condition, not what is given ("against drones",
# "once pilots are trained", "bis Piloten ausgebildet sind"). German "bis" before a time
# is a deadline, not a condition: "bis Jahresende 24 Kampfjets liefern".
_BIS_A_DEADLINE = (
    # "bis zu 24 Kampfjets" is "up to 24"; "bis zu dem Tag, an dem" is a condition again
    # (feasts are times too: "bis Ostern zwei weitere Patriot-Systeme", "bis Weihnachten")
    r"bis(?!\s+zu\s+(?!dem\s|der\s))(?!\s+(?:zum\s+|zur\s+|spatestens\s+)?(?:jahresende|jahresmitte|jahresbeginn|"
    r"jahreswechsel|ostern|weihnachten|pfingsten|ende|anfang|mitte|fruhjahr|sommer|herbst|"
    rf"winter|{alternation(GERMAN_MONTHS)}|kommend\w*|"
    r"nachst\w*|\d|"
    # (and a time up to now is no condition: "hat bis heute 50 Leopard geliefert", "Geliefert ist bis heute nur gut
    # die Hälfte", "bis jetzt", "bis dato", "bis zum heutigen Tag"; review 63)
    r"heute\b|jetzt\b|dato\b|zum heutigen|anhin\b|dahin\b))"
)
# ... and so is English "until" before a time: "postponed until January the shipment of 40
# vehicles" puts the giving off, it sets no condition ("until the jets arrive" does).
_UNTIL_A_DEADLINE = (
    r"until(?!\s+(?:(?:the\s+)?(?:end|start|beginning|middle|spring|summer|autumn|fall|winter|easter|christmas)\b|"
    rf"(?:early|late|mid-?)\s*\w+|{alternation(ENGLISH_MONTHS)}|next\b|\d))"
)
# What a giving leaves out is not given: "will send 40 vehicles, but without the long-range
# missiles", "mais sans avions de combat", "zugesagt, erneut ohne Marschflugkörper" (the
# thing within four words after the preposition, no clause break between; a list of what is
# left out, "without tanks or jets", keeps it). So is a negated pair told after "but", with no
# verb of its own: "livre ses premiers F-16, mais ni chars ni missiles", "but neither tanks nor
# jets", "aber weder Panzer noch Raketen" (a negated verb before the pair is a refusal instead:
# "n'enverra ni chars ni missiles", cue_patterns).
_LEFT_OUT_BEFORE = lazy(
    r"\b(?:without|sans|ohne)\s+(?:[\w'-]+\s+){0,4}$|"
    r"\b(?:mais|but|aber)\s+(?:ni|neither|weder)\s+(?:[\w'-]+\s+){0,4}(?:(?:ni|nor|noch)\s+(?:[\w'-]+\s+){0,4})?$"
)
# What a service is for is serviced, no thing given: "a repair centre in Slovakia for
# Ukraine's Leopard tanks", "spare parts for the CV90", "un centre de maintenance pour les
# canons Caesar", "Ersatzrohre für die Panzerhaubitzen" (folded text, before the thing: the
# service word, up to six words without a clause's end, then "for"; see item_words.SERVICE_WORDS),
# and so is a thing named as the service's own first part: "Leopard repair hub", "Marder-
# Instandsetzungszentrum" (_SERVICE_AFTER).
# (guarded by the words every match holds: asked before each thing of a sentence, over 120 characters
# that seldom hold a service word; the article gate cannot help, too many words; stop 57)
_SERVICED_BEFORE = guarded(
    rf"\b(?:{SERVICE_WORDS})\b"
    # (other services joined to them: "spare parts and repairs for", "pièces détachées et
    # services d'entretien pour", "Ersatzteile und Wartung für")
    r"(?:,?\s+(?:and|et|und|sowie)\s+(?:de |des |d')?(?:repairs?|maintenance|servicing|sustainment|support|services?|"
    r"reparations?|entretien|soutien|\w*wartung\w*|\w*reparatur\w*|\w*instandsetzung\w*)(?:\s+d'entretien|\s+de reparation)?)?"
    r"(?:\s+(?!(?:and|et|und|sowie)\b)[^\s,;:.]+){0,6}?\s+"
    r"(?:for|pour|fur|destinee?s? (?:a|aux))\s+(?:[\w'-]+\s+){0,3}?$",
    ('ersatzrohr', 'ersatzteil', 'instandsetzungs', 'maintenance', 'overhaul', 'pieces de', 'remise en etat',
     'repair', 'reparation', 'reparatur', 'replacement ', 'servicing', 'spare ', 'wartungs'),
)
_SERVICE_AFTER = lazy(rf"(?:\s+|-)(?:{SERVICE_WORDS})\b")
_SERVICE = lazy(rf"{SERVICE_WORDS}|{FUEL_WORDS}")  # (the services that come along with things)
# A service is no gift of its own where it is needed, a problem or under review ("each jet
# needs spare parts", "citing problems with spare parts", "pending a review of spare parts"),
# where Ukraine pays for it ("Ukraine will pay for the spare parts"), or where it comes with
# the things given as theirs ("six Mirage 2000 with their spare parts", "accompagnés de
# pièces détachées", "avec du carburant", "samt Ersatzteilen": part of their record, as their
# ammunition is).
# (folded text, before the service word)
_SERVICE_NOT_GIVEN_BEFORE = lazy(
    r"\b(?:needs?|needed|braucht|brauchen|benotig\w*|besoin (?:de|d')|problems? with|problemes? (?:de|d'|avec)|"
    r"probleme\w* (?:mit|bei)|reviews? of|examen (?:de|des)|uberprufung (?:von|der)|"
    r"(?:ukraine|kyiv|kiev|kiew) (?:will |would |is to |is going to )?(?:pay|pays|paid|buy|buys|bought)(?: for)?|"
    r"(?:with|avec|mit|samt|and|et|und) (?:their|its|leurs|ses|ihren|seinen|ihre|seine)|"
    # (French "avec" after a thing brings a service along with it: "des armements promis avec
    # du carburant et des pièces détachées"; after Ukraine it is the giving itself, "aider
    # l'Ukraine avec du carburant", as "provide Ukraine with" and "mit ... versorgen" are)
    r"(?<!ukraine )(?<!kiev )(?<!kyiv )avec(?: du| des| de la)?|"
    r"accompagne\w* (?:de|d')|along with|together with|zusammen mit)"
    r"(?:[\s,]+[\w'-]+){0,3}?[\s,]+$"
)


# Fuel traded, in transit or cut off is no gift ("Slovakia will stop diesel supplies to
# Ukraine unless transit resumes", "Hungary threatened to halt fuel exports", "Poland resumed
# fuel deliveries under a commercial contract"): a word of trade or of a dispute near it.
_FUEL = lazy(FUEL_WORDS)
_FUEL_TRADE = lazy(
    r"\b(?:export\w*|imports?|transit|commerciale?s?|contracts?|contrats?|resum\w*|halt\w*|stop\w*|cut\w* off|"
    r"suspend\w*|repris\w*|reprend\w*|arret\w*|interromp\w*|ausfuhr\w*|handel\w*|vertrag\w*|durchleitung\w*|"
    r"lieferstopp\w*|eingestellt|einstell\w*|wieder ?aufgenommen|gestoppt)\b"
)


def _fuel_traded(folded: str, start: int, item: Item) -> bool:
    return bool(_FUEL.fullmatch(folded, item.start, item.end)
                and _FUEL_TRADE.search(folded, max(start, item.start - 120), min(len(folded), item.end + 80)))


def _service_not_given(folded: str, start: int, item: Item) -> bool:
    return bool(
        _SERVICE.fullmatch(folded, item.start, item.end)
        and _SERVICE_NOT_GIVEN_BEFORE.search(folded, max(start, item.start - 50), item.start)
    )
# A running total of the things given so far, told after the news' own count, is no new
# giving: "portant à neuf le nombre d'appareils remis", "bringing the number of jets
# delivered to 10", "womit die Zahl der gelieferten Panzer auf 45 steigt" (folded text,
# before the item).
_RUNNING_TOTAL_BEFORE = lazy(
    r"\b(?:portant|porte|portent|porter|portera|portait) (?:ainsi )?a (?:[\w-]+ ){1,3}le nombre (?:total )?(?:de |d')"
    r"(?:[\w'-]+ ){0,2}$|"
    r"\b(?:bringing|brings|brought|raising|raises|taking|takes) (?:the|its|their) (?:total )?number of (?:[\w-]+ ){0,2}$|"
    r"\b(?:womit|damit|so dass|sodass) (?:sich )?die (?:gesamt)?zahl der (?:[\w-]+ ){0,2}$"
)
# What an ally puts in the place of a giver's things gives the giver, not Ukraine: "after
# the United States agreed to replace them with Black Hawks", "s'étant engagée à les
# remplacer par des Marder", "Deutschland ersetzt sie durch Marder-Schützenpanzer" (only
# in a swap, see _a_swap: Kyiv replacing its own jets, or a giver replacing Ukraine's
# losses, gives what replaces them)
_REPLACED_WITH_BEFORE = lazy(
    r"\breplac(?:e|es|ed|ing) (?:them|it|these|those|the [\w-]+) with(?:[\s,]+[\w'-]+){0,3}?[\s,]+$|"
    r"\b(?:les|la|le|l') remplac\w* par(?:[\s,]+[\w'-]+){0,3}?[\s,]+$|"
    r"\bersetz(?:t|en|te|ten) (?:sie|diese|es) (?:[\w-]+ ){0,3}?durch(?:[\s,]+[\w'-]+){0,3}?[\s,]+$"
)
# (a swap: the giver's things told given before the replacing, "has sent 40 BMP-1 to Ukraine,
# after Germany agreed to replace them", with no loss told, and Ukraine not the one replacing)
_GIVEN_BEFORE_A_SWAP = lazy(
    r"\b(?:sent|gave|given|delivered|donated|handed over|transferred|supplied|provided|ceded|"
    r"(?:a|ont|avait|avaient) (?:deja )?(?:livre|cede|envoye|donne|transfere|fourni|remis)|"
    r"\w*geliefert|abgegeben|ubergeben|geschickt|uberlassen|abgetreten)\b"
)
_LOSS_BEFORE_A_SWAP = lazy(
    r"\b(?:lost|loss|losses|destroyed|worn|wearing out|wear out|retir\w*|decommission\w*|"
    r"perdu\w*|pertes?|detrui\w*|verlor\w*|verlust\w*|zerstor\w*|ausgemustert\w*|ausmuster\w*)\b"
)
_CLAUSE_BREAK = lazy(r"[,;]|\b(?:after|and|when|once|because|since|apres|et|quand|car|nachdem|und|weil|als)\b")
# (also untitled_leaders.py's: a title's sentence that tells of Ukraine)
UKRAINE_WORD = lazy(r"\b(?:ukrain\w*|kyiv|kiev|kiew)\b")


def _replaced_in_a_swap(folded: str, start: int, item_start: int) -> bool:
    """Whether the item at `item_start` is what replaces a giver's things in a swap."""
    low = max(start, item_start - 60)
    replaced = _REPLACED_WITH_BEFORE.search(folded[low:item_start])
    return replaced is not None and _a_swap(folded, start, low + replaced.start())


def _a_swap(folded: str, start: int, replacing: int) -> bool:
    """Whether the replacing at `replacing` puts things in the place of a giver's own given
    before it in the sentence (not Ukraine's losses, nor Kyiv's own replacing)."""
    before = folded[start:replacing]
    if not _GIVEN_BEFORE_A_SWAP.search(before) or _LOSS_BEFORE_A_SWAP.search(before):
        return False
    breaks = [m.end() for m in _CLAUSE_BREAK.finditer(before)]
    return not UKRAINE_WORD.search(before[breaks[-1] if breaks else 0 :])


_PREREQUISITE = (
    r"\b(?:il (?:faut|faudrait|fallait|faudra)|must first|would first|need(?:s|ed)? first|first need|zuerst|zunachst mussten)"
)
# ... and a German training told after its thing is a prerequisite too, with the trainees
# between: "zuerst müssten aber ukrainische Piloten an den Kampfjets ausgebildet werden"
_PREREQUISITE_BEFORE = lazy(_PREREQUISITE + r"(?:[\s,]+[\w'-]+){0,7}[\s,]+$")
# Ukraine's holdings measured against Russia's are no giving: "says it still has far fewer guns and shells than
# Russia", "bien moins de canons et d'obus que la Russie", "weit weniger Geschütze und Granaten als Russland"
# (folded text; "fewer tanks than promised" is a giving measured against its promise: the enemy must follow).
_FEWER_THAN_THE_ENEMY = lazy(
    r"\b(?:fewer|less|moins|weniger)\b[^.;]{0,80}?\b(?:than|que|qu'|als)\s*"
    r"(?:the |la |les |l'|die |der |den )?(?:russia|russians|moscow|the enemy|russie|russes|moscou|ennemi|russland|"
    r"russen|moskau|feind)\b"
)


def _comparisons_with_the_enemy(folded: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of the sentence's comparisons of Ukraine's holdings with Russia's (_FEWER_THAN_THE_ENEMY), read
    once a sentence: a long list's every item would otherwise scan to the sentence's end."""
    if not _FEWER_WORD.search(folded, start, end):
        return []
    return [match.span() for match in _FEWER_THAN_THE_ENEMY.finditer(folded, start, end)]


_FEWER_WORD = lazy(r"\b(?:fewer|less|moins|weniger)\b")


# A veto told with "against" is the veto of what follows, not an opposition to it: "legte ein Veto gegen die
# Militärhilfe der EU ein", "a veto against the EU's aid" (folded text, before the thing).
_VETO_AGAINST_BEFORE = lazy(r"\b(?:veto|vetos|einspruch)\s+(?:gegen|against|contre)\s+(?:[\w'-]+\s+){0,3}$")
_NOT_GIVEN_BEFORE = lazy(
    r"(?:\b(?:against|contre|gegen|counter|sobald|" + _ONCE + r"|as soon as|des que|" + _BIS_A_DEADLINE
    + r"|" + _UNTIL_A_DEADLINE + r"|jusqu'a ce que|lorsque)"
    r"(?:[\s,]+[\w'-]+){0,6}[\s,]+|\banti-|"
    # What is missing, told as the cause of a shortfall, is not given: "faute de pièces détachées", "for lack of
    # spare parts", "mangels Ersatzteilen" (review 63; told as a clause, see _MISSING_AFTER)
    r"\b(?:faute de|for (?:a )?lack of|for want of|a shortage of|mangels|wegen fehlender|mangel an)(?:[\s,]+[\w'-]+){0,2}?[\s,]+|"
    # An arrival awaited as a time is no delivery: "pas avant l'arrivée de ses nouveaux
    # appareils", "before the arrival of its F-35s", "bis zur Ankunft der eigenen F-35", and as
    # the trigger of a promise: "dès l'arrivée de ses hélicoptères américains", "upon the arrival of"
    r"\b(?:avant|before|until|jusqu'a|bis zur|vor der|des|upon) (?:l'arrivee|the arrival|ankunft)"
    r" (?:de|des|du|d'|of|der)(?:[\s,]+[\w'-]+){0,3}[\s,]+|"
    # A prerequisite is not given either: "il fallait d'abord former des pilotes",
    # "pilots must first be trained", "zuerst müssten Piloten ausgebildet werden".
    + _PREREQUISITE + r"(?:[\s,]+[\w'-]+){0,4}[\s,]+|"
    # What trainees learn to use is not given: "former des soldats à l'utilisation des
    # systèmes Patriot", "training on F-16 jets", "Ausbildung am Leopard".
    r"\b(?:training on|trained on|a l'utilisation d\w*|au maniement d\w*|ausbildung (?:an|am|auf)|ausgebildet (?:an|am|auf))"
    r"(?:[\s,]+[\w'-]+){0,3}[\s,]+|"
    # ... nor what the trainees are trained on: "bildet ukrainische Soldaten am Patriot-System
    # aus", "forme des pilotes sur Mirage", "training crews on the Patriot system"
    # (French puts their nationality between: "des pilotes ukrainiens sur F-16")
    # (technicians and medics too: "40 techniciens ukrainiens sur F-16", and the French
    # "troupes", nurses and paramedics as the other trainee lists have them)
    r"\b(?:pilot\w*|soldat\w*|soldiers?|crews?|troops?|troupes?|besatzung\w*|equipages?|recrues?|recruits?|technici\w*|"
    r"techniker\w*|medics?|paramedics?|nurses?|infirmi\w*|sanitater\w*)\s+"
    # (and words of more: "60 pilotes ukrainiens supplémentaires sur Mirage 2000")
    r"(?:(?:ukrain\w*|supplementaires?|additionnels?|additional|more|further|zusatzliche\w*|weitere\w*)\s+){0,2}"
    r"(?:on|sur|an|am|auf|au|aux)(?:[\s,]+[\w'-]+){0,2}[\s,]+|"
    # A giver's own forces strengthened are not given: "strengthen its own air defence",
    # "renforcer sa propre défense aérienne", "die eigene Luftverteidigung stärken".
    r"\b(?:strengthen\w*|bolster\w*|reinforc\w*|boost\w*|renforc\w*)\s+(?:its|their|sa|son|ses|leur|leurs)\s+"
    r"(?:own\s+|propres?\s+)?|\b(?:die|der|den) eigenen?\s+|"
    # What a giver's or Ukraine's forces lack is a need, not a giving: "ceux-ci manquent de
    # missiles", "the jets lack spare parts", "diesen fehlt es an Munition".
    r"\b(?:manqu(?:e|ent|aient|ait|eront) (?:[\w'-]+ ){0,2}?(?:de |d')|lack(?:s|ed|ing)?(?: of)? |short of |"
    r"shortages? of |for (?:lack|want) of |faute (?:de |d')|penurie (?:de |des |du |d')|engpass\w* (?:bei|an) (?:den )?|(?:fehlt|fehlte|fehlen|mangelt|mangelte) es (?:[\w-]+ ){0,5}?an |mangel an )"
    r"(?:[\w'-]+[\s,]+){0,2}?|"
    # The enemy's weapons are not given: "Russian missiles", "russische Drohnen".
    r"\b(?:russian|russe|russes|russisch\w*|iranian|iranien\w*|iranisch\w*|north korean|nord-coreen\w*|nordkoreanisch\w*|"
    r"shahed|enemy|ennemi\w*|feindlich\w*)(?:\s+[\w'-]+){0,1}\s+)$"
)
# What a reimbursement pays back was given before: "blocked the reimbursement of member
# states from the European Peace Facility for arms sent to Ukraine", "le remboursement
# des armes livrées", "Rückerstattungen für Waffenlieferungen": the reimbursement is the
# money at stake, not the things (no clause break between). So does the verb: "500
# million euros to reimburse member states for ammunition sent", "pour rembourser les
# États membres des armes livrées", "um den Staaten ... zu erstatten". (Folded text.)
# The verbs spelled out, not "rembours\w*": a loan "remboursable" (repayable) buys what it names.
_PAID_BACK_BEFORE = lazy(
    rf"\b(?:{REFUND_WORDS}|reimburs(?:e[sd]?|ing)|rembours(?:er|e|ent|ons|ez|era\w*|ait|aient|e[es]?)|"
    # (not over a second verb of paying: "reimburse member states ... and pay for joint
    # purchases of ammunition" buys the ammunition)
    r"\w*erstatte[nt]?)\b(?:(?!\s(?:and|et|und) (?:pay|buy|fund|financ|achet|pai|finanzier|kauf|bezahl))[^,;:.]){0,90}$"
)
# (... but the refund's own sum is the money at stake: "the reimbursement of 6.6 billion euros")
_REFUND_SUM_BEFORE = lazy(REFUND_SUM_BEFORE)
# Training told as a condition is not given: "si les pilotes sont formés à temps", "if
# crews are trained in time", "wenn die Soldaten ausgebildet sind".
_CONDITION_BEFORE = lazy(r"\b(?:if|si|wenn|falls|unless|provided)\s+(?:[\w'-]+\s+){0,4}$")
# ... and the subject of a clause of cause that says it is missing: "Geliefert ist nur die Hälfte, weil Ersatzteile
# fehlen", "because spare parts are missing", "parce que les pièces détachées manquent" (the conjunction a word or
# two before the thing, the lack right after it; folded text)
_CAUSE_BEFORE = lazy(r",\s*(?:weil|because|parce qu(?:e|')|car|da)(?:\s+[\w'-]+){0,2}?\s+$")
_MISSING_AFTER = lazy(
    r"\s+(?:(?:are|is|were|was|remain) (?:still )?(?:missing|lacking|in short supply|short)|"
    r"(?:manqu\w*|font defaut|sont introuvables)|(?:noch )?(?:fehl(?:en|t|ten|te)|knapp sind|nicht lieferbar))\b"
)
_NOT_GIVEN_AFTER = lazy(
    r"\s+(?:russes?|russian|iraniens?|nord-coreens?|"
    # Ukraine's own ("la défense aérienne de l'Ukraine", "Ukraine's air defences"
    # is what is strengthened, not what is given).
    r"(?:de l'|of |der )ukraine\b(?!-)|ukrainien(?:ne)?s?\b|ukrainische[nmrs]?\b)"
)
# What a fund, a coalition or a scheme buys, told in a relative clause on it, is what it
# does, not what its payer gives: "$400 million to NATO's trust fund, which buys fuel,
# body armour and field hospitals", "au fonds de l'Otan, qui achète des gilets", "in den
# Treuhandfonds ein, aus dem Treibstoff und Schutzwesten bezahlt werden" (the list may run
# on: folded text, up to the item's start).
_BOUGHT_BY_A_FUND_BEFORE = lazy(
    r"\b(?:funds?|fonds|\w*fonds|initiative|coalition|koalition|scheme|mechanism|mecanisme|facility|facilite)\b"
    r"[^.;:]{0,50}?,\s+(?:(?:which|that|qui|der|die|das)\s+(?:[\w'-]+\s+){0,3}?"
    r"(?:buys|pays for|finances|funds|purchases|acquires|achete|finance|acquiert|paie|kauft|finanziert|beschafft)|"
    r"(?:aus|mit|uber) (?:dem|der|denen|den)|from which|with which|avec lequel|grace auquel)"
    r"(?:[\s,]+(?!(?:and|et|und)\b)[\w'-]+|[\s,]+(?:and|et|und)){0,12}[\s,]+$"
)
# Money paid into a fund or an initiative is its payer's funding: what the fund is for,
# named after it ("in den Nato-Fonds zum Kauf von Munition ... ein", "au fonds de
# l'initiative tchèque pour des munitions", "into the initiative that buys artillery
# shells") or in its compound name ("in die Munitionsinitiative", "in den Drohnenfonds"),
# is what the fund does with it, no thing the payer gives. (Folded text, before the item;
# not a coalition: "contribute to the air defence coalition" is money for air defence.
# Only with a sum paid: refusing to take part "an der Initiative zum Kauf von Munition"
# refuses the ammunition.)
_FUND_WORD = r"(?:[\w-]*fonds|funds?|[\w-]*initiative|facility|facilite|fazilitat|mechanism|mecanisme|[\w-]*mechanismus)"
# ("au titre de la Facilité", "under", is the programme a sum comes from, not one it is paid
# into: "5 milliards d'euros au titre de la Facilité européenne pour la paix pour l'achat de
# munitions" buys the munitions, review 53)
_PAID_INTO = (
    r"\b(?:into|to|for|in|au(?! titre)|aux|a|pour|dans|an|fur)\s+(?:(?:the|its|their|a|den|die|das|dem|der|seinen|seine|ihren|ihre|einen|eine|le|la|l'|"
    r"un|une|son|sa|leur)\s*)?(?:[\w'-]+\s+){0,3}?"
)
_FUNDS_PURPOSE_BEFORE = lazy(
    _PAID_INTO + _FUND_WORD + r"\b(?:\s+(?!(?:and|und|et)\b)[\w'-]+){0,5}?\s+"
    r"(?:zum kauf von|zur beschaffung von|zum erwerb von|zur finanzierung von|fur|to buy|to purchase|for buying|"
    r"for the purchase of|(?:that|which) (?:buys|purchases|procures|finances|funds)|pour l'achat d(?:e|es|')|"
    # (the French and German relative with no comma: "à l'initiative tchèque qui achète des obus")
    r"(?:qui|der|die|das) (?:achete|acquiert|finance|kauft|beschafft|finanziert)|"
    r"pour acheter|pour financer|pour|d'achat d(?:e|es|')|destine\w* a l'achat d(?:e|es|'))(?:\s+|(?<='))(?:[\w'-]+\s+){0,3}?$"
)
_PAID_INTO_A_COMPOUND = lazy(_PAID_INTO + r"$")
_NAMED_FUND_BEFORE = lazy(
    r"\b" + NAMED_FUND_PAID_INTO + r",?\s+(?:(?!(?:and|und|et)\b)[\w'-]+\s+){0,6}?$"
)
_PAID_INTO_A_FUND = lazy(_PAID_INTO + _FUND_WORD + r"\b")


def paid_into_a_fund(folded: str) -> bool:
    """Whether a sentence (folded) tells money paid into a fund or an initiative."""
    return _PAID_INTO_A_FUND.search(folded) is not None
# (English names the purpose as a word of its own: "into the Czech-led ammunition initiative")
_FUND_COMPOUND_AFTER = lazy(r"(?:s|en|n|-| )?" + _FUND_WORD + r"\b")


# ... and so is what the money buys when the next sentence opens on that money as its
# means: "Schweden zahlt 250 Millionen Dollar in PURL ein. Mit dem Geld sollen
# Abfangraketen beschafft werden", "With the money, ...", "Ces fonds doivent permettre
# d'acquérir ..." (folded text). Not the money as the subject of its own use ("The money
# will ... pay for joint purchases of ammunition", after the EU adds money to its own
# Peace Facility: the fund's owner buying is left to the sentence's reading.)
_THE_MONEY_OPENING = lazy(
    r"\s*(?:with (?:the|this|that|these) (?:money|funds?|sum)|"
    r"mit (?:dem|diesem) geld|mit (?:den|diesen) (?:mitteln|geldern)|"
    r"avec (?:cet argent|ces fonds|cette somme|l'argent)|grace a (?:cet argent|ces fonds|cette somme)|"
    r"(?:ces fonds|cet argent|cette somme) (?:doi(?:t|vent)|devr(?:a|ont)) permettre)\b"
)
_SENTENCE_BREAK = lazy(r"[.!?]\s")


# ... and so are the things a fund buys, told in the general present passive with no giver right after money
# paid into it ("Die Granaten werden auf dem Weltmarkt beschafft", "The shells are bought on the world market",
# "Les obus sont achetés sur le marché mondial"): the fund's working, no thing of the payer's (the lead's
# ruling of stop 63: the payer's funding alone). Folded text, from the sentence's start.
_BOUGHT_BY_THE_FUND = lazy(
    r"\s*(?:die|diese|the|these|les|ces)\s+[\w-]+\s+(?:werden|are|sont)\s+(?:[\w-]+\s+){0,8}?"
    r"(?:beschafft|gekauft|erworben|eingekauft|bought|purchased|procured|sourced|achetes|achetees|acquis|acquises)\b"
)


def bought_with_a_funds_money(folded: str, start: int) -> bool:
    """Whether the sentence at `start` opens on the money the sentence before paid into a fund,
    or tells what the fund buys in the general present (_BOUGHT_BY_THE_FUND)."""
    if not (_THE_MONEY_OPENING.match(folded, start) or _BOUGHT_BY_THE_FUND.match(folded, start)):
        return False
    # (the two sentences before: "Sweden and Canada take part in PURL with 400 million
    # dollars together. Sweden pays 250 million of it. With the money, ...")
    low = max(0, start - 400)
    breaks = [m.end() for m in _SENTENCE_BREAK.finditer(folded, low, max(low, start - 2))]
    return paid_into_a_fund(folded[breaks[-2] if len(breaks) > 1 else low : start])


def _payer_gives_again(folded: str, start: int, end: int, donors) -> bool:
    """Whether the sentence opening on a fund's money names, before its things (up to `end`),
    as its giver the payer named in the sentence before ("... pays 500 million euros into
    PURL. With the money, Germany will also send 10 IRIS-T systems"): the payer's own giving,
    not what the fund buys ("..., hieß es in Den Haag" after the things is no giver). The
    payer is a donor named in the sentence before, ahead of its paying verb: a seller named
    after it ("pays ... into PURL, which buys weapons from the United States") is none."""
    low = max(0, start - 400)
    breaks = [m.end() for m in _SENTENCE_BREAK.finditer(folded, low, max(low, start - 2))]
    previous = breaks[-1] if breaks else low
    paying = _PAYERS_VERB.search(folded, previous, start)
    before = folded[previous : paying.start() if paying else start]
    return any(
        start <= s < end and len(folded[s:e]) > 2 and re.search(rf"\b{re.escape(folded[s:e])}\b", before)
        for _, s, e in donors
    )


# (the paying verb after the payer: "pays" of "les Pays-Bas" is none)
_PAYERS_VERB = lazy(
    r"\b(?:pay|pays|paid|paying|zahlt|zahlen|zahlte|zahlten|einzahl\w*|verser|verse|versent|versera|verseront|"
    r"abonde\w*)\b(?!-)"
)


# (a paying verb stands in for the sum a headline leaves out: "Dänemark zahlt in
# Munitionsfonds ein", "Norway pays into ammunition fund")
_PAYING_IN = lazy(r"\b(?:pay|pays|paid|paying|zahlt|zahlen|zahlte|zahlten|einzahl\w*|verse|versent|versera|verseront|abonde\w*)\b")


# A coalition of countries buying one kind of thing is named by it, paid into as a fund: "into
# the drone coalition", "à la coalition des drones" (money into a fund is the payer's funding).
_COALITION_AFTER = lazy(r"\s+coalition\b")
_NAMED_BY_ITS_THING_BEFORE = lazy(_PAID_INTO + r"(?:coalition|fonds|initiative) (?:des|de la|du|de|d')\s*$")


def _named_as_a_funds_purpose(folded: str, start: int, item: Item) -> bool:
    compound = (
        _FUND_COMPOUND_AFTER.match(folded, item.end) or _COALITION_AFTER.match(folded, item.end)
        or folded.endswith(("fonds", "initiative"), item.start, item.end)
    )
    if compound and _PAID_INTO_A_COMPOUND.search(
        folded, max(start, item.start - 60), item.start
    ):
        return True  # "in die Munitionsinitiative"
    if _NAMED_BY_ITS_THING_BEFORE.search(folded, max(start, item.start - 60), item.start):
        return True  # "à la coalition des drones"
    # (a fund paid into by a name that tells no kind, "to the European Peace Facility for
    # non-lethal equipment", leaves the purpose to the sum: items._FOR_PURPOSE, the ruling of stop 63)
    return _FUNDS_PURPOSE_BEFORE.search(folded, max(start, item.start - 140), item.start) is not None and not (
        _NAMED_FUND_BEFORE.search(folded, max(start, item.start - 140), item.start)
    )


# Money sent "to help Ukraine buy" things of several kinds is the payer's funding alone:
# Ukraine buys with it, as a fund does with money paid in, so what is bought is no thing the
# payer gives ("transferred $300 million to help Ukraine buy air defence and ammunition"); one
# kind is that thing's record carrying the sum (the stop-47 ruling, _bought_by_ukraine_with_the_sums).
# (folded text, before the item; the list may run on)
_HELPED_TO_BUY = HELPED_TO_BUY
_HELPED_TO_BUY_BEFORE = lazy(
    _HELPED_TO_BUY + r"(?:[\s,]+(?!(?:and|et|und)\b)[\w'-]+|[\s,]+(?:and|et|und)){0,12}?[\s,]+$"
)
_HELPING_TO_BUY = lazy(_HELPED_TO_BUY)


def helps_ukraine_buy(folded: str) -> bool:
    """Whether a sentence (folded) tells money sent to help Ukraine buy things."""
    return _HELPING_TO_BUY.search(folded) is not None


def _bought_by_ukraine_with_the_sum(folded: str, start: int, item: Item, money: list[Money]) -> bool:
    """Whether the item is what a sum told before it helps Ukraine buy (see _HELPED_TO_BUY_BEFORE)."""
    return item.category != "funding" and any(m.end <= item.start for m in money) and bool(
        _HELPED_TO_BUY_BEFORE.search(folded, max(start, item.start - 140), item.start)
    )


def _bought_by_ukraine_with_the_sums(folded: str, start: int, phrases: list[Item], money: list[Money]) -> list[Item]:
    """The things a sum helps Ukraine buy that give way to the payer's funding record: all of
    them when they are of several kinds or a general word ("weapons"), none when they are one
    precise kind. The stop-47 ruling, as the real set labels a sum whose purpose is one kind of
    thing ("EUR 400 million for long-range drones": the drones' record carrying the sum): "$100
    million to help Ukraine buy air-defence missiles" is that air defence, promised; "... buy
    air defence and ammunition" or "... buy US weapons" stays the funding."""
    bought = [i for i in phrases if _bought_by_ukraine_with_the_sum(folded, start, i, money)]
    if len({i.category for i in bought}) == 1 and bought[0].category not in VAGUE:
        return []
    # (counted things are records of their own, as "25 millions pour l'achat de 20 radars et
    # 500 drones" reads: "to help Ukraine buy 20 drones and five radars")
    if bought and all(i.quantity is not None for i in bought):
        return []
    return bought


# (folded text: inside an item, what joins a thing to the platform it is for)
_FOR_THE_PLATFORM_INSIDE = lazy(r"\s(?:pour|for|fur|destine(?:e|s|es)? (?:a|aux|au))\s")
_UKRAINES_OWN_BEFORE = lazy(r"\b(?:ukraine's|kyiv's|kiev's|ukraines|ukrainian)\s+(?:own\s+)?$")


# A sum paid for Ukraine's own forces buys for them: "2 billion crowns for Ukraine's air
# defence", "pour renforcer la défense aérienne de l'Ukraine", "für die Flugabwehr der
# Ukraine" (folded text, from the sum's end to the item's start).
# A possessive there is Ukraine's when the sum goes to Ukraine: "give Ukraine 7 billion crowns
# to strengthen its air defence", "verser 3 milliards à l'Ukraine pour renforcer sa défense",
# "der Ukraine 7 Milliarden Kronen geben, um ihre Luftverteidigung zu stärken".
_PAID_FOR_OWN_GAP = lazy(
    r"(?:\s*\([^()]{1,40}\))?(?P<to>\s+(?:to|a|an) (?:l'|die )?(?:ukraine|kyiv|kiev|kiew)\b)?"
    r"\s+(?:to (?:strengthen|bolster|boost|reinforce)|pour(?: renforcer)?|for|fur|zur starkung|"
    # (devoted to Ukraine's air defence: "consacrer 100 millions à la défense aérienne de l'Ukraine")
    r"zur verstarkung|\w+, um|a(?= la ))\s+(?:the |la |le |l'|les |die |der |des |(?P<its>its |sa |son |ses |ihre ))?"
    r"(?:ukraine's |kyiv's |ukrainian |ukrainischen )?"
)
# (folded text: a sum told as the worth of what is named before it)
_WORTH_BEFORE = lazy(r"\b(?:worth|valued at|d'une valeur de|d'un montant de|im wert von|im umfang von)\s+(?:about |some |nearly |rund |environ |pres de )?$")
# (folded text: Ukraine named right before the sum, as the one it goes to)
_UKRAINE_BEFORE_SUM = lazy(r"\b(?:ukraine|kyiv|kiev|kiew|kyjiw)\s+$")


def _paid_for(folded: str, item: Item, money: list[Money]) -> bool:
    """Whether a sum right before the item is told as paying for it (Ukraine's, not the
    giver's own forces)."""
    for m in money:
        if _WORTH_BEFORE.search(folded, max(0, m.start - 24), m.start):
            continue  # the worth of things named before: "rockets worth $1bn for Ukraine's HIMARS launchers"
        gap = _PAID_FOR_OWN_GAP.fullmatch(folded, m.end, item.start) if m.end <= item.start <= m.end + 60 else None
        if gap and (
            not gap.group("its") or gap.group("to") or _UKRAINE_BEFORE_SUM.search(folded, max(0, m.start - 12), m.start)
        ):
            return True
    return False


def given_items(
    sentence: Sentence, mentions: list[Mention], counts: list[Count], money: list[Money],
    donors: list[tuple[str, int, int]] = (),
    requests: list[Cue] = (),
    refusals: list[Cue] = (),
) -> list[Item]:
    """The things the sentence gives, as items: its noun phrases less a purpose, a condition,
    Ukraine's own, a repeat or an accessory; the precise ones (with named amounts) and any
    vague one a gapped giver names as its own ("..., and Sweden a new aid package"), else
    one vague record."""
    folded, start, end = sentence.folded, sentence.start, sentence.end
    # (things found or seized are no aid, and leave the vague word beside them its place: found_things.py;
    # nor are things received "from abroad", no giver named: from_abroad.py)
    phrases = item_phrases(folded, [
        m for m in mentions if not (found_not_given(folded, start, end, m) or received_from_abroad(folded, end, m))
    ], counts)
    bought_by_ukraine = _bought_by_ukraine_with_the_sums(folded, start, phrases, money)
    compared = _comparisons_with_the_enemy(folded, start, end)
    # (a target for every member, things set apart from the aid to Ukraine: read once a sentence)
    target_from = every_members_target_from(folded, start, end)
    apart_from = set_apart_from(folded, start, end)
    items = [
        i for i in phrases
        # (a German training told after what it trains on, "Soldaten an den Panzern ausgebildet",
        # is the training itself: what trainees learn to use gives way to it, see items.py)
        if (
            not (
                _NOT_GIVEN_BEFORE.search(folded[max(start, i.start - 60) : i.start])
                or _replaced_in_a_swap(folded, start, i.start)
            )
            or _paid_for(folded, i, money)
            or sued_against(folded, start, i.start)  # (a suit against them: court_rulings.py)
            # (a veto against them holds them up, as "vetoed" does: item_givers.blocked_organisation)
            or _VETO_AGAINST_BEFORE.search(folded, max(start, i.start - 50), i.start)
            or (
                trained_on_a_thing(folded, i)
                and not _PREREQUISITE_BEFORE.search(folded, max(start, i.start - 60), i.start)
            )
        )
        and (
            not _PAID_BACK_BEFORE.search(folded, max(start, i.start - 100), i.start)
            or (i.category == "funding" and _REFUND_SUM_BEFORE.search(folded, max(start, i.start - 40), i.start))
            # (... unless a relative clause tells them given by the one paid back: reimbursed_gifts.py)
            or gift_recalled_after(folded, i.end, end)
        )
        and not (i.category == "training" and _CONDITION_BEFORE.search(folded, max(start, i.start - 40), i.start))
        # (what a course teaches is no thing given: "in courses on mine clearance and the Leopard tanks")
        and not a_course_subject(folded, start, i)
        # (... nor the spare parts a fleet's remainder serves as: "servir de réserve de pièces détachées")
        and not a_parts_reserve(folded, start, i)
        # (... nor what nobody pledged anew or a meeting's topics: "keine neuen Zusagen für Kampfpanzer")
        and not no_thing_of_a_meeting(folded, start, end, i)
        # (... nor what a scheme, described, lets its members buy: "PURL permet aux alliés de financer l'achat")
        and not described_by_a_scheme(folded, start, i)
        and not _LEFT_OUT_BEFORE.search(folded, max(start, i.start - 50), i.start)
        and not (_CAUSE_BEFORE.search(folded, max(start, i.start - 40), i.start) and _MISSING_AFTER.match(folded, i.end))
        and not (i.category != "equipment" and (
            _SERVICED_BEFORE.search(folded, max(start, i.start - 120), i.start) or _SERVICE_AFTER.match(folded, i.end)
        ))
        and not (i.category == "equipment" and (_service_not_given(folded, start, i) or _fuel_traded(folded, start, i)))
        and not _RUNNING_TOTAL_BEFORE.search(folded, max(start, i.start - 60), i.start)
        and not any(s <= i.start and i.end <= e for s, e in compared)
        and not claimed_as_hit(folded, start, end, i)
        and not called_for_by_outside_voices(folded, start, end, i)
        and not (i.category not in ("funding", "other") and repaired_ukrainian_thing(folded, start, end, i))
        and not for_the_givers_own_forces(sentence, i)
        # (a paying verb read as a funding word, its object civil or the payer's own army: unaided_payments.py)
        and not (i.category == "funding" and i.value is None and pays_for_no_aid(folded, start, end, i.start, i.end))
        and not (i.category not in ("funding", "training") and held_by_its_donor(sentence, i))
        and not (
            i.category != "training" and _COST_OF_BEFORE.search(folded, max(start, i.start - 90), i.start)
            and _MAINTAINED_BEFORE.search(folded, max(start, i.start - 50), i.start)
        )
        and not _BOUGHT_BY_A_FUND_BEFORE.search(folded, max(start, i.start - 160), i.start)
        and not described_as_a_funds_purchase(folded, start, i)
        and not (target_from is not None and i.start >= target_from)
        and not (apart_from is not None and i.start >= apart_from)
        # (the purpose first: it reads the 140 characters before the thing, the payment the whole
        # sentence before it, once per thing: a sentence listing thousands cost time squared)
        and not (_named_as_a_funds_purpose(folded, start, i) and (money or _PAYING_IN.search(folded, start, i.start)))
        and not any(i is b for b in bought_by_ukraine)
        # (a pronoun takes no genitive: "wird sie der Ukraine liefern" is to Ukraine)
        and (i.category == "training" or _paid_for(folded, i, money) or folded[i.start : i.end] == "sie" or not (
            # (a thing for Ukraine's own platforms is given: "des obus pour les canons
            # ukrainiens", "leurs livraisons de munitions pour les F-16 ukrainiens")
            _NOT_GIVEN_AFTER.match(folded, i.end, min(end, i.end + 18))
            and not _FOR_THE_PLATFORM_INSIDE.search(folded, i.start, i.end)
            or _UKRAINES_OWN_BEFORE.search(folded, max(start, i.start - 14), i.start)
        ))
    ]
    items = [i for i in items if not _purpose_of_a_thing(folded, start, end, i, items)]
    items = [i for i in items if not _jets_the_munitions_are_for(folded, i, items)]
    if items and bought_with_a_funds_money(folded, start) and not _payer_gives_again(
        folded, start, min(i.start for i in items), donors
    ):
        items = [i for i in items if i.category == "funding"]
    # "send 12 Challenger 2 tanks ..., the first units of the armoured vehicles should
    # ...": a generic word after "the"/"these" repeats an item named before it.
    items = [i for i in items if not repeats_named_item(folded, i, items)]
    items = [i for i in items if not accessory_ammunition(folded, start, i, items)]
    precise = [i for i in items if i.category not in VAGUE]
    # What Ukraine asks for right after a request ("ruled out supplying weapons, after Kyiv
    # asked for air defence systems") is not what the sentence gives: the vague thing the
    # giver refuses or sends does not give way to it.
    # (the item phrases left the vague word out beside the precise one: taken from the mentions)
    if precise and not money and all(any(c.end <= i.start <= c.end + 30 for c in requests) for i in precise):
        vague = next((
            Item(m.start, m.end, "other", None) for m in mentions
            if m.category == "other" and m.end <= precise[0].start and not any(c.start <= m.start for c in requests)
        ), None)
        if vague is not None:
            return [vague]
    if precise or money:
        # (the item phrases leave vague words out beside precise ones: taken from the mentions;
        # a package told with its amount, "ein Paket im Wert von ...", is that amount's record)
        gapped = [
            Item(m.start, m.end, "other", None) for m in mentions
            if m.category == "other" and precise and gapped_vague_object(folded, m, precise, donors)
            and not any(m.start - 16 <= amount.start <= m.end + 25 for amount in money)
        ]
        refused = [
            Item(m.start, m.end, "other", None) for m in mentions
            if m.category == "other" and precise and _refused_before_a_contrast(folded, m, precise, refusals)
        ]
        return precise + [i for i in items if i.category == "funding" and i.value is not None] + gapped + refused
    other = [i for i in items if i.category == "other"]
    return other[:1] or items[:1]  # one vague record: "arms", or "aid" if that is all


# The jets munitions are for, told after them ("munitions for the F-16 jets it gave Ukraine",
# "Munition für die an die Ukraine abgegebenen F-16-Kampfjets"), are no jets given: the
# munitions are. (Folded text, from the munitions' end to the jets' start: "for / für / pour"
# and up to six words, none of them "and / as well as / sowie" joining a thing of its own,
# the first of them not Ukraine: "shells for Ukraine as well as 30 F-16 jets" gives the jets.)
_FOR_THE_JETS_GAP = lazy(
    r"\s+(?:for|fur|pour)\s+(?!(?:l')?(?:ukraine|kyiv|kiev|kiew)\b)"
    r"(?:(?!(?:and|et|und|as|ainsi|sowie)\b)[\w'-]+\s+){0,6}?"
)


def _jets_the_munitions_are_for(folded: str, item: Item, items: list[Item]) -> bool:
    return item.category == "aircraft" and any(
        other.category in ("ammunition", "missiles") and other.end < item.start
        and _FOR_THE_JETS_GAP.fullmatch(folded, other.end, item.start)
        for other in items
    )


# What a thing named before is meant for, told in a clause of destination, is no giving of
# its own: "5,000 shells destined for the Caesar guns", "des obus destinés aux canons
# Caesar", "Munition, die für die Flugabwehrpanzer Gepard bestimmt ist". (Money for a
# thing names what it buys instead: that is the money's category, see money_items.)
_DESTINED_FOR_BEFORE = lazy(
    r"\b(?:(?:intended|meant|earmarked|destined|designed|reserved) for|for use (?:in|with|by)|"
    r"(?:destine|prevu|reserve|concu)(?:e|s|es)? (?:a|aux|au|pour)|"
    r"(?:die|der|das|welche[rs]?) (?:fur|an))\s+(?:the |its |their |l'|la |le |les |ses |leurs |die |den |das |der |dem |ihre |seine )?$"
)
# What trainees will look after, in a sentence about their training, is no thing given:
# "trained 150 technicians to service the NASAMS systems", "la formation de 25
# techniciens chargés de la maintenance des chars", "Techniker für die Wartung von
# Kampfjets ausgebildet".
# (and what the cost borne is for, keeping things in repair: "will cover the cost of
# repairing the tanks", "le coût de la réparation des blindés ukrainiens", "die Kosten für die
# Instandsetzung der M113" are money for upkeep, no things given; one adjective allowed.
# Money paid "for the maintenance of the F-16s" stays the jets' worth, as before.)
# (a headline pays the repair itself: "Frankreich zahlt Reparatur ukrainischer Schützenpanzer")
# (guarded by the words every match holds, too many for the article gate: asked before each thing; stop 57)
_COST_OF_BEFORE = guarded(
    r"\b(?:costs?|cout|couts|frais|kosten)\b|"
    r"\b(?:zahl|bezahl|finanzier)(?:t|en)\s+(?:die\s+)?(?:wartung|reparatur|instandsetzung)\b|"
    r"\b(?:pays?|pay for|funds?|finances?)\s+(?:the\s+)?(?:repairs?|maintenance|upkeep)\b|"
    r"\b(?:paie|paient|finance|financent)\s+(?:la\s+|l')?(?:reparation|entretien)\b",
    ('cost', 'cout', 'entretien', 'frais', 'instandsetzung', 'kosten', 'maintenance', 'repair', 'reparation',
     'reparatur', 'upkeep', 'wartung'),
)
_MAINTAINED_BEFORE = lazy(
    r"\b(?:to (?:service|maintain|repair)|(?:servicing|maintaining|repairing)|(?:maintenance|servicing|upkeep|repairs?) of|"
    r"(?:maintenance|entretien|reparation|remise en etat)s? (?:des|du|de la|de l'|d'|de(?= \d))|"
    r"(?:wartung|instandhaltung|instandsetzung|reparatur) (?:von|der|des)?|"
    r"(?:zu )?(?:warten|reparieren|instand halten|instand setzen))\s*(?:the |its |their |these |those |les |la |le |l'|ses |leurs |"
    r"die |der |den |das |dem |ihre |seine )?(?:(?:about |some |around |rund |etwa |environ )?[\d.,]+ )?"
    r"(?:(?:damaged|worn|ukrainian|ukrainisch\w*|beschadigt\w*|endommage\w*) )?$"
)
# (German tells the destination's verb after the thing: "die für die Gepard bestimmt ist")
_GERMAN_DESTINATION_AFTER = lazy(r"(?:\s+[\w-]+){0,4}?\s+(?:bestimmt|vorgesehen|gedacht)\b")


# Orders that money is tied up in are where it goes, no order placed now: "das Geld sei
# bereits für Aufträge verplant, die in früheren Jahren vergeben wurden", "already
# earmarked for existing contracts", "déjà engagé dans des commandes passées".
_TIED_UP_IN_BEFORE = lazy(
    r"\b(?:earmarked for|committed to|tied up in|set aside for|allocated to|spent on|"
    r"engage\w* (?:dans|pour)|affecte\w* (?:a|aux)|reserve\w* (?:a|aux|pour)|(?P<fur>fur))"
    r"\s+(?:[\w'-]+\s+){0,2}$"
)
_GERMAN_TIED_UP_AFTER = lazy(r"(?:\s+[\w-]+){0,3}?\s+(?:verplant|gebunden|reserviert|eingeplant|vorgesehen)\b")


def orders_money_is_tied_up_in(folded: str, start: int, end: int, at: int, to: int) -> bool:
    """Whether folded[at:to], in the sentence folded[start:end], names orders that money is
    tied up in (_TIED_UP_IN_BEFORE)."""
    tied = _TIED_UP_IN_BEFORE.search(folded, max(start, at - 30), at)
    return tied is not None and (not tied.group("fur") or _GERMAN_TIED_UP_AFTER.match(folded, to, end) is not None)


def _purpose_of_a_thing(folded: str, start: int, end: int, item: Item, items: list[Item]) -> bool:
    """Whether the item only tells what another thing, named before it, is meant for, or is
    an order that money is tied up in."""
    if item.category == "production" and orders_money_is_tied_up_in(folded, start, end, item.start, item.end):
        return True
    if _MAINTAINED_BEFORE.search(folded, max(start, item.start - 40), item.start) and any(
        other.category == "training" and other is not item for other in items
    ):
        return True
    before = _DESTINED_FOR_BEFORE.search(folded, max(start, item.start - 40), item.start)
    if before is None:
        return False
    if before.group().startswith(("die ", "der ", "das ", "welche")) and not _GERMAN_DESTINATION_AFTER.match(
        folded, item.end, end
    ):
        return False
    return any(
        other.end <= item.start and other.category not in VAGUE and other.category != item.category
        for other in items
    )


def _refused_before_a_contrast(folded: str, item: Mention, precise: list[Item], refusals: list[Cue]) -> bool:
    """Whether a vague thing refused stands before a contrast that opens what the giver
    does instead: "will not send weapons directly, but will pay for air defence systems",
    "ne livrera pas d'armes mais financera des drones" (the weapons refused are a record
    of their own, as in a headline)."""
    return any(c.start <= item.start <= c.end + 40 for c in refusals) and all(
        p.start > item.end and _BUT_BETWEEN.search(folded, item.end, p.start) for p in precise
    )


_BUT_BETWEEN = lazy(r"\b(?:but|mais|aber|sondern|doch|jedoch|instead|plutot)\b")
