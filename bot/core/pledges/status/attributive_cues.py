"""Attributive cues: a participle used as an adjective is background, not a sentence's news.

"die versprochenen Haubitzen", "les chars promis par Berlin", "the promised jets", "the
jets it promised", "aux 18 Caesar déjà livrés", "the drones, funded by Denmark, were
delivered", "die von Schweden finanzierten Schützenpanzer": the participle describes
the things; what the sentence tells of them is the news. A finite verb before it ("has
promised", "a promis") makes it the news again. status_cues.find_status_cues asks here.
"""

from __future__ import annotations

from bot.core.pledges.passes.records import Cue
from bot.core.pledges.quantities.numbers import NUMBER_WORDS
from bot.core.pledges.status.reimbursed_gifts import reimbursed_gift
from bot.core.text.lazy_pattern import lazy

# A participle used as an adjective is background, not the news of the sentence:
# German inflected participles ("versprochenen", "zugesagte"), French "promis" without
# its auxiliary ("les chars promis par Berlin"), English "promised" after a determiner
# or before "by" ("the promised jets", "tanks promised by Berlin").
_ATTRIBUTIVE_WORD = lazy(r"(?:versprochen|zugesagt|angekundigt|promis|pledged|promised)(?:e|en|er|es|em)?$")
_FINITE_BEFORE = lazy(
    r"\b(?:a|ont|avait|avaient|avons|ai|as|avez|aura|auront|avoir|ete|est|sont|etait|etaient|has|have|had|was|were|"
    r"been|is|are|hat|haben|hatte|hatten|wurde|wurden|ist|sind|he|she|they|it|we|who|which|that)\s+"
    # (a word between, or a French adverb of two or three: "qui a en revanche promis",
    # "a pour sa part promis", "a de son côté promis")
    r"(?:\w+\s+|en revanche\s+|pour (?:sa|leur) part\s+|de (?:son|leur) cote\s+|quant a (?:elle|lui|eux)\s+)?$"
)
# A German participle of paying with its adjective ending, after "die von <payer>".
_GERMAN_PAID_ATTRIBUTE = lazy(r"(?:finanziert|bezahlt|gekauft|beschafft)(?:e|en|er|es|em)")
_ARTICLE_VON_BEFORE = lazy(r"\b(?:die|der|den|das|dem|des|ein|eine|einem|einer|eines|einen) von (?:[\w'-]+,? ){1,6}$")
_AGENT_PARTICIPLE = lazy(
    r"(?:financ|command)(?:e|es|ee|ees)|(?:fully |jointly )?(?:funded|financed|ordered)|finanziert|bezahlt"
)
_PAID_FOR_BY = lazy(r"(?:fully |jointly |partly )?paid for by")
_DETERMINER_BEFORE = lazy(r"\b(?:the|its|their|his|her|our|already|previously|long|les|des|ces|die|der|den|das)[\s-]+$")
# "the first of four promised systems": the promise is the whole the first one belongs to.
# Only a number: "the President of France pledged" is the news.
_PART_OF_BEFORE = lazy(
    r"\b(?:of|out of)\s+(?:the\s+)?(?:\d[\d.,]*|" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + r")\s+$"
)
# A relative clause describing a thing by its promise: "the jets it promised", "the
# tanks they had pledged", "les chars qu'il avait promis", with the recipient as a
# pronoun ("les vingt-quatre F-16 qu'ils lui avaient promis": a delivery report recalling
# the promise, not a new one). The thing is a noun phrase
# opened by a determiner and holding no verb, conjunction or time: "Denmark said it
# promised", "said on Tuesday it pledged", "because it pledged", "a déclaré qu'elle
# avait promis" tell the promise as the news.
_NOT_IN_THE_THING = (
    r"(?!(?:said|says|announced|confirmed|stated|added|told|insisted|noted|and|but|or|that|because|as|if|since|"
    r"when|while|after|before|once|is|are|was|were|has|have|had|will|would|day|week|month|year|time|"
    r"a|ont|avait|avaient|est|sont|etait|dit|annonce|declare|affirme|indique|precise|confirme|assure|ajoute|"
    r"estime|explique|souligne|rappele|et|mais|ou|jour|semaine|mois|annee|fois)\b)"
)
# (a figure with a thousands separator is one word of the thing: "the first 200 of 1,000
# interceptor drones it pledged")
_PROMISED_RELATIVE_BEFORE = lazy(
    rf"(?:\b(?:the|its|their|all|these|those)\s+(?:{_NOT_IN_THE_THING}(?:\d[\d,.]*\d|[\w/-]+)\s+){{1,6}}(?:which\s+|that\s+)?"
    r"(?:it|they)\s+(?:had\s+|has\s+|have\s+)?"
    rf"|\b(?:les|des|ces|ses|leurs|la|le|l')\s*(?:{_NOT_IN_THE_THING}[\w/-]+\s+){{1,5}}"
    r"qu'(?:il|elle|ils|elles)\s+(?:(?:lui|leur|nous|vous)\s+|l')?(?:a|avait|ont|avaient)\s+)$"
)

_TO_UKRAINE_AFTER = lazy(r" to (?:ukraine|kyiv|kiev)\b")
# An English participle after the thing, its main verb a few words on: "A dozen tanks
# promised in the spring were handed over in October", "the jets pledged last year have
# arrived". A giver cannot stand there ("Britain promised in May were ..." is no English),
# so the participle is a reduced relative describing the things, and the verb after it is
# the news. No clause may open between ("pledged tanks that were", "pledged, and were").
_MAIN_VERB_AFTER_PARTICIPLE = lazy(
    # (the participle's own phrase opens on a time or a preposition: "promised in the spring",
    # "pledged last year"; "the jets the Netherlands promised have reached" is a relative
    # clause with its subject, left as it was read)
    r"\s+(?:in|last|this|earlier|on|at|by|during|since|from|under|back|previously|two|three|several|months|weeks|"
    r"years)\b"
    r"(?:\s+(?!(?:that|which|who|and|but|or|to|if|when|after|before|because|as|while|since|until|though|although|amid|despite|where|so|even|whose)\b)[\w'/-]+){0,5}?\s+"
    r"(?:were|was|(?:have|has|had) (?:now |already |since |finally )?(?:been|arrived|reached)|arrived|reached)\b"
)

# A relative clause naming an earlier gift describes the thing the sentence's news is
# about: "missiles for the NASAMS systems it donated to Ukraine", "munitions for the F-16
# jets it gave Ukraine", "les canons Caesar qu'elle a livrés", "die Gepard-Panzer, die es
# der Ukraine geliefert hat". The relative's subject is a pronoun and the thing its object
# ("Poland, which has delivered MiG-29s, ..." or "das der Ukraine ... geliefert hat" tell
# the giver's own deed: not here). The auxiliary may open the cue ("a livrés").
# (a headline drops the article: "ammunition for Leopard tanks it sent Ukraine")
_GIFT_FOR_RELATIVE_BEFORE = lazy(
    rf"\bfor\s+(?:{_NOT_IN_THE_THING}[\w/-]+\s+){{1,5}}(?:which\s+|that\s+)?(?:it|they)\s+(?:had\s+|has\s+|have\s+)?$"
)
_AUXILIARY_IN_CUE = lazy(r"(?:a|ont|avait|avaient|has|have|had) ")
_GERMAN_GIFT_RELATIVE_BEFORE = lazy(
    r",\s*(?:die|den|das|welche[ns]?)\s+(?:es|sie|er)\s+(?:[\w-]+\s+){0,6}(?:bereits\s+|schon\s+)?$"
)
_GERMAN_PERFECT_AFTER = lazy(r"\s+(?:hat|haben|hatte|hatten)\b")


def _gift_recalled_in_a_relative(folded: str, cue: Cue) -> bool:
    """Whether the delivery cue is a relative clause recalling an earlier gift of the
    thing before it: background to what the sentence tells of that thing now."""
    anchor = cue.start
    if (auxiliary := _AUXILIARY_IN_CUE.match(folded, cue.start, cue.end)) is not None:
        anchor = auxiliary.end()
    low = max(0, cue.start - 80)
    if _PROMISED_RELATIVE_BEFORE.search(folded, low, anchor) or _GIFT_FOR_RELATIVE_BEFORE.search(folded, low, anchor):
        return True
    return bool(
        _GERMAN_GIFT_RELATIVE_BEFORE.search(folded, low, cue.start) and _GERMAN_PERFECT_AFTER.match(folded, cue.end)
    )


# A purchase participle describing the things by how they were bought: "weapons bought
# under NATO's PURL scheme", "des armes achetées dans le cadre de", "die über PURL gekaufte
# Lieferung" (German: with its adjective ending). What became of them is the news.
_BOUGHT_PARTICIPLE = lazy(r"bought|purchased|achete(?:e|s|es)?|gekauft(?:e|en|er|es|em)|beschafft(?:e|en|er|es|em)")
_BOUGHT_HOW_AFTER = lazy(r"\s+(?:under|through|via|with|using|from|dans le cadre|grace|avec|par le biais|via)\b")


# (a passive tells the buying as news: "will be bought from the manufacturer")
_PASSIVE_BEFORE = lazy(r"\b(?:be|being|wird|werden|sera|seront|etre)\s+(?:\w+\s+)?$")


def _bought_as_attribute(folded: str, cue: Cue, word: str) -> bool:
    before = (max(0, cue.start - 24), cue.start)
    if not _BOUGHT_PARTICIPLE.fullmatch(word) or _FINITE_BEFORE.search(folded, *before) or _PASSIVE_BEFORE.search(
        folded, *before
    ):
        return False
    return word.startswith(("gekauft", "beschafft")) or bool(_BOUGHT_HOW_AFTER.match(folded, cue.end))


# A request's participle describing the things: French and English with its agent after
# it, German with an adjective ending after "die von <asker>" (folded text).
_REQUEST_PARTICIPLE = lazy(r"(?:reclame|demande|sollicite)(?:e|s|es)?|requested|demanded|sought|asked for")
_GERMAN_REQUEST_ATTRIBUTE = lazy(r"(?:gefordert|erbeten|gewunscht|erbet)(?:e|en|er|es|em)")


def _request_as_attribute(folded: str, cue: Cue) -> bool:
    word = folded[cue.start : cue.end]
    if _GERMAN_REQUEST_ATTRIBUTE.fullmatch(word):
        return bool(_ARTICLE_VON_BEFORE.search(folded, max(0, cue.start - 60), cue.start))
    return (
        _REQUEST_PARTICIPLE.fullmatch(word) is not None and folded.startswith((" par ", " by "), cue.end)
        and not _FINITE_BEFORE.search(folded, max(0, cue.start - 24), cue.start)
    )


def attributive(folded: str, cue: Cue) -> bool:
    """Whether the cue is a participle used as an adjective, describing the things rather
    than telling the sentence's news: a promise ("the promised jets", "die zugesagten
    Panzer", "les chars promis"), a delivery without its auxiliary ("déjà livrés"), or a
    payer or orderer named as agent ("funded by Denmark", "die von Schweden finanzierten"),
    or a request told of the things ("les avions réclamés par Kiev", "the jets requested by
    Kyiv", "die von Kiew geforderten Kampfjets": what the sentence tells of them is the news)."""
    if cue.status == "requested":
        return _request_as_attribute(folded, cue)
    if cue.status == "delivered":
        if _gift_recalled_in_a_relative(folded, cue):
            # (... unless a reimbursement pays the giver back for the things themselves: "als Erstattung für
            # die Kampfpanzer, die es an Kiew abgegeben hat", reimbursed_gifts.py)
            return not reimbursed_gift(folded, cue.start, cue.end)
        # "aux 18 Caesar déjà livrés par la France": a participle without its auxiliary
        text = folded[cue.start : cue.end]
        if text.startswith(("deja ", "livre", "fourni")) and not text.startswith(("deja en", "livrees")):
            return not _FINITE_BEFORE.search(folded, max(0, cue.start - 24), cue.start)
        return False
    if (
        cue.status in ("pledged", "production")
        and _AGENT_PARTICIPLE.fullmatch(folded, cue.start, cue.end)
        and folded.startswith((" par ", " by ", " von "), cue.end)
    ):
        # "les canons commandés par l'Ukraine et financés par le Danemark ont été livrés",
        # "the drones, funded by Denmark, were delivered": participles with their agent
        # describe the things; the delivery is the news.
        return not _FINITE_BEFORE.search(folded, max(0, cue.start - 24), cue.start)
    if cue.status == "pledged" and _PAID_FOR_BY.fullmatch(folded, cue.start, cue.end):
        # "20 tanks, paid for by Denmark, arrived": the payer describes the things, as
        # "funded by" does; "were paid for by" (its auxiliary in the cue) is the news
        return not _FINITE_BEFORE.search(folded, max(0, cue.start - 24), cue.start)
    if cue.status != "pledged":
        return False
    word = folded[cue.start : cue.end]
    if cue.kind == "purchase" and _bought_as_attribute(folded, cue, word):
        return True
    if _GERMAN_PAID_ATTRIBUTE.fullmatch(word) and _ARTICLE_VON_BEFORE.search(folded, max(0, cue.start - 60), cue.start):
        # "die von Schweden und Dänemark finanzierten Schützenpanzer sind eingetroffen":
        # the payer describes the things; what became of them is the news
        return True
    if not _ATTRIBUTIVE_WORD.match(word) or " " in word:
        return False
    before = folded[max(0, cue.start - 24) : cue.start]
    if word.endswith(("e", "en", "er", "es", "em")) and word.startswith(("versproch", "zugesagt", "angekund")):
        return True  # German participle with an adjective ending
    if _PROMISED_RELATIVE_BEFORE.search(folded, max(0, cue.start - 80), cue.start):
        return True
    if folded.startswith(" by", cue.end) or folded.startswith(" par", cue.end):
        return True
    if _FINITE_BEFORE.search(before):
        return False
    if word in ("promised", "pledged") and _TO_UKRAINE_AFTER.match(folded, cue.end):
        # "the first of six Mirage jets promised to Ukraine": a participle after the thing
        # names it by its promise ("Germany promised to Ukraine ..." is no English order)
        return True
    if word in ("promised", "pledged") and _MAIN_VERB_AFTER_PARTICIPLE.match(folded, cue.end):
        return True
    if word.startswith("promis") and not word.startswith("promise"):
        return True  # French "promis(es)" without an auxiliary
    return bool(_DETERMINER_BEFORE.search(before) or _PART_OF_BEFORE.search(before))
