"""A giving denied as a fact, in any article: "Norway transferred no aircraft", "n'a livré aucun char",
"hat der Ukraine bislang keine Panzer geschickt" give no record.

The lead's ruling (stop 58, docs/reading-pledges.md): the denial of a fact tells no delivery (nothing was
given) and no refusal (a refusal needs a decision: refuses, will not, rules out, lehnt ab, exclut).
fact_checks.py drops such readings in an article that calls a claim false, where "has not sent" is a
denial too; elsewhere only the denial by a determiner ("no", "aucun", "kein", and "any" after the negated
verb, "has not delivered any tanks": pledges60) is dropped here, told of the record's own thing: "has not
delivered" keeps its reading (the real set labels a donor's own account of what it has not yet delivered
as it reads), and a thing given beside the denied one keeps its record ("sent no tanks but delivered 12
howitzers"). Things denied that the sentence tells as promised ("any of the 20 promised tanks", "aucun des
20 chars promis", "keinen der 20 zugesagten Panzer") are that promise, still outstanding, with its figure.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bot.core.models import Pledge
from bot.core.pledges.quantities.numbers import fold_aligned
from bot.core.pledges.special_pieces.fact_checks import DECISION
from bot.core.text.lazy_pattern import lazy

# (folded text) Up to three words between the determiner and the thing ("no new", "aucun autre",
# "keine weiteren modernen").
_WORDS = r"(?:[\w'-]+ ){0,3}?"
# (folded text) A past giving denied by its object's determiner, the thing's words after `{thing}`:
# English "sent no", French "n'a (encore) livré aucun" and "aucun ... n'a été livré", German "hat ...
# keine ... geliefert" (perfect: the preterite "liefert keine" is a present policy, a refusal).
_DENIED_BEFORE = (
    r"\b(?:(?:has|have|had) (?:so far |yet |thus far )?)?(?:sent|delivered|supplied|transferred|given|shipped|"
    r"donated|handed over|provided) (?:ukraine |kyiv |kiev )?(?:no|none of|not a single|not one) " + _WORDS + "{thing}|"
    # (the negated verb with "any": "has not (yet) delivered any tanks", "did not send any of the 20 tanks")
    r"\b(?:has|have|had|did|does|do) (?:not|n't) (?:yet |so far |thus far )?(?:sent|send|delivered|deliver|supplied|"
    r"supply|transferred|transfer|given|give|shipped|ship|donated|handed over|provided|provide) (?:ukraine |kyiv |kiev )?"
    r"any (?:of )?" + _WORDS + "{thing}|"
    r"\bn'(?:a|ont|avait|avaient) (?:encore |toujours |jamais |pour l'instant |jusqu'ici )?(?:livre|envoye|fourni|"
    r"cede|donne|transfere)e?s? (?:a l'ukraine |a kiev )?aucune? " + _WORDS + "{thing}|"
    r"\baucune? " + _WORDS + r"{thing}\b[^.;]*?\bn'(?:a|ont|avait|avaient) (?:encore |jamais )?(?:ete |pas )?"
    r"(?:livre|envoye|fourni|cede|donne|transfere)|"
    r"\b(?:hat|haben|hatte|hatten)\b[^.;]*?\b(?:keine?[nmrs]?|keinerlei) " + _WORDS + r"[\w-]*{thing}[^.;]*?"
    r"\b(?:ge(?:liefert|schickt|sendet|spendet)|ubergeben|uberlassen)\b|"
    # ... and the giving as a noun that did not take place (review 63): "no delivery of tanks has taken place",
    # "aucune livraison de chars n'a eu lieu", "keine Lieferung von Panzern hat stattgefunden"
    r"\bno (?:deliver(?:y|ies)|shipments?|transfers?|handovers?) of " + _WORDS + r"{thing}\b[^.;]*?"
    r"\b(?:(?:has|have|had) (?:yet |so far )?(?:taken place|been made)|took place)|"
    r"\baucune? (?:livraisons?|envois?|cessions?|transferts?|remises?) (?:de |d'|des )" + _WORDS + r"{thing}\b[^.;]*?"
    r"\bn'(?:a|ont|avait|avaient) (?:encore |jamais |pas )?eu lieu|"
    r"\bkeine (?:lieferung|ubergabe)\w* (?:von |der |an )?" + _WORDS + r"[\w-]*{thing}[^.;]*?"
    r"\b(?:stattgefunden|gegeben|erfolgt)\b"
)


# (folded text) The determiners that deny: a sentence without one denies nothing here (read once a sentence).
_DENYING_DETERMINER = lazy(r"\b(?:no|none|not a single|not one|any|aucune?|keine?[nmrs]?|keinerlei)\b")
# (folded text) The denied things told as promised, "any of the 20 promised tanks", "aucun des 20 chars
# promis", "keinen der 20 zugesagten Panzer", "any of the tanks it pledged": the promise still outstanding.
_TOLD_PROMISED = lazy(
    r"\b(?:promised|pledged|committed|promis|promises|annonces|zugesagt\w*|versprochen\w*|angekundigt\w*)\b"
)


def without_denied_givings(pledges: list[Pledge]) -> list[Pledge]:
    """The records less those read from a denial of their own thing's giving: a delivery with no figure, or
    a refusal whose sentence tells no decision. A denied giving of things told as promised ("has not
    delivered any of the 20 promised tanks") is that promise, still outstanding: pledged, its figure kept."""
    # (the records of one sentence quote it alike: each sentence folded and searched once, not once a record,
    # which a list of thousands of things would pay as the square of its length)
    denying: dict[str, str | None] = {}
    kept = []
    for pledge in pledges:
        if _may_be_denied(pledge):
            if pledge.evidence not in denying:
                folded = fold_aligned(pledge.evidence)
                denying[pledge.evidence] = folded if _DENYING_DETERMINER.search(folded) else None
            folded = denying[pledge.evidence]
            if folded is not None and _denied(pledge, folded):
                if _TOLD_PROMISED.search(folded):
                    kept.append(replace(pledge, status="pledged"))
                elif pledge.quantity is None and pledge.value is None or pledge.status != "delivered":
                    continue
                else:
                    kept.append(pledge)
                continue
        kept.append(pledge)
    return kept


def _may_be_denied(pledge: Pledge) -> bool:
    # (a delivery with a figure only as the promise it denies: "aucun des 20 chars promis n'a été livré"; a
    # promise as the not-yet read of "hat noch keine Panzer geliefert", which names no promise)
    return bool(pledge.item) and pledge.status in ("delivered", "refused", "pledged")


def _denied(pledge: Pledge, evidence: str) -> bool:
    if pledge.status == "refused" and DECISION.search(evidence) is not None:
        return False
    thing = re.escape(fold_aligned(pledge.item).lower())
    return re.search(_DENIED_BEFORE.replace("{thing}", thing), evidence) is not None
