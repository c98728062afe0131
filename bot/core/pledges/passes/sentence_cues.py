"""A sentence's status cues as the whole sentence reads them.

status_cues.py finds each cue on its own words; some read differently in their
sentence: a package's "includes" takes the status the package was told with, handing
over "the first" (or "the last") ones is a delivery, a contract's "to supply" is the
contract's purpose, a veto lifted lets what it held up go ahead, a question promises
nothing, and buying for one's own army is no aid. sentence_reading.py corrects the cues
here before any item takes one.
"""

from __future__ import annotations

from dataclasses import replace

from bot.core.pledges.money.money_items import PACKAGE_BEFORE
from bot.core.pledges.passes.records import Cue
from bot.core.pledges.passes.sentence import Sentence
from bot.core.text.lazy_pattern import guarded, lazy
from bot.core.text.months import ENGLISH_MONTHS, FRENCH_MONTHS, GERMAN_MONTHS, alternation


def cues_with_package_status(
    sentence: Sentence, cues: list[Cue], inherited: str | None, context: str | None
) -> list[Cue]:
    """The sentence's cues with each "includes" given the status of the package it opens;
    an "includes" whose package has no told status is dropped."""
    # A package's contents ("includes", or a list after "are:" / items separated by
    # ";") take the status of the package, told in the sentence before.
    # "including" inside a sentence takes the status of the cue before it ("pledged
    # €500 million for needs including Patriot parts"); with none, the package's.
    if inherited is not None and not cues:
        cues = [Cue(sentence.start, sentence.start, inherited)]
    resolved: list[Cue] = []
    resumed: list[Cue] = []
    for cue in cues:
        if cue.status == "include" and _DONT_OPENS_A_CLAUSE.match(sentence.folded, cue.start, sentence.end):
            continue  # "au profit du Rafale, dont l'armée de l'air a commandé ...": whose, not including
        if cue.status == "include":
            before = [c for c in resolved if c.status != "include"]
            package = _main_verbs_status(sentence, cue, cues) or (before[-1].status if before else inherited or context)
            if package is None and PACKAGE_BEFORE.search(sentence.folded, cue.start, cue.end):
                # "a new U.S. package of 40 missiles": the package named inside its contents' cue (cue_patterns)
                # takes the status of its own verb after it ("dürften ... ein neues Paket mit HIMARS ...
                # ankündigen"), else it has been announced
                later = next((c for c in cues if c.start >= cue.end and c.status in _PACKAGE_VERBS), None)
                package = later.status if later is not None else "pledged"
            if package is None and (
                PACKAGE_BEFORE.search(sentence.folded, sentence.start, cue.start)
                # "Among the items in Norway's package are ...": the package follows
                or (sentence.folded.startswith(("among", "parmi"), cue.start)
                    and PACKAGE_BEFORE.search(sentence.folded, cue.end, min(sentence.end, cue.end + 60)))
            ):
                # "Ottawa's latest aid package includes ...": a package whose contents
                # are told has been announced, though no verb says so.
                package = "pledged"
            if package is None:
                continue  # contents of something whose status is not told
            if package == "pledged" and _hedged_contents(sentence, cue):
                resumed += _package_resumed(sentence, cue, package)
                package = "discussed"  # "the package could include a second SAMP/T battery"
            cue = replace(cue, status=package)
        resolved.append(cue)
    return sorted(resolved + resumed, key=lambda cue: cue.start) if resumed else resolved


# The statuses a package's own verb tells.
_PACKAGE_VERBS = ("pledged", "delivered", "discussed", "refused", "production")


# (folded text) French "dont" opening a relative clause with a subject and verb of its own ("dont
# l'armée de l'air a commandé de nouveaux exemplaires", "dont le gouvernement avait promis"): the
# relative pronoun, not "including" ("dont 20 chars", "dont des obus")
_DONT_OPENS_A_CLAUSE = lazy(
    r"dont (?:l'|le |la |les )(?!(?:premier|dernier|autre|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|\d)\w*\b)"
    r"(?:[\w'-]+ ){0,4}?(?:a|ont|avait|avaient|aura|auront|est|sont|etait|etaient)\b"
)


def _main_verbs_status(sentence: Sentence, include: Cue, cues: list[Cue]) -> str | None:
    """The status of the package's own verb when its contents are told in a relative clause
    between it and its subject: "The first tranche, which includes 20 Marder vehicles, arrived
    last week" (the contents arrived with the tranche, whatever the sentence before promised)."""
    folded = sentence.folded
    if not _RELATIVE_CONTENTS_BEFORE.search(folded, max(sentence.start, include.start - 12), include.start):
        return None
    closing = folded.find(",", include.end, sentence.end)
    if closing < 0:
        return None
    main = next((c for c in cues if c.start > closing and c.status in ("pledged", "delivered")), None)
    return main.status if main is not None else None


# (folded text: a relative clause opened right before the contents' verb)
_RELATIVE_CONTENTS_BEFORE = lazy(r",\s*(?:which|that|qui|das|der|die)\s+(?:also\s+|aussi\s+)?$")


def paid_for_what_arrived(sentence: Sentence, cues: list[Cue], context: str | None) -> list[Cue]:
    """A payment told in the past passive of the package the sentence before told as
    arrived is as done as the package: "The first package ... has reached Ukraine. The
    package, worth 500 million dollars, was fully funded by the Netherlands"; "Das Paket
    wurde vollständig von Deutschland bezahlt" (the payer's record is a delivery, not a
    promise to pay)."""
    if context != "delivered" or not _package_is_the_subject(sentence):
        return cues
    return [
        replace(cue, status="delivered") if cue.status == "pledged" and _PAID_PASSIVE.search(
            sentence.folded, max(sentence.start, cue.start - 60), cue.end
        ) else cue
        for cue in cues
    ]


def _package_is_the_subject(sentence: Sentence) -> bool:
    """Whether the package or delivery is the subject: opening the sentence, or a clause
    reported in it ("the alliance said that the new package is paid for in full by the
    Netherlands")."""
    folded = sentence.folded
    if _PACKAGE_SUBJECT.match(folded, sentence.start):
        return True
    reported = _REPORTED_CLAUSE.search(folded, sentence.start, sentence.end)
    return reported is not None and bool(_PACKAGE_SUBJECT.match(folded, reported.end()))


# (folded text: the conjunction opening a reported clause)
_REPORTED_CLAUSE = lazy(r"\b(?:that|que|dass)\s+")
# (folded text: the package or delivery opening the sentence, as its subject)
_PACKAGE_SUBJECT = lazy(
    r"(?:the|this|that|le|ce|cet|la|cette|das|dieses|die|diese)\s+(?:first\s+|premier\s+|premiere\s+|erste\s+)?"
    r"(?:package|shipment|delivery|paquet|lot|livraison|paket|lieferung)\b|"
    # (or the things that arrived, told again: "The shells were paid for by Denmark")
    r"(?:the|these|those|les|ces|die|diese)\s+(?:shells|rounds|weapons|vehicles|systems|jets|obus|armes|vehicules|"
    r"systemes|granaten|waffen|fahrzeuge|systeme)\b"
)
# (folded text: the paying verb in the past passive, up to and with the cue)
_PAID_PASSIVE = lazy(
    # (the present passive too: what has arrived "is fully funded by" its payer)
    r"\b(?:is|are|was|were|has been|have been|had been)\s+(?:\w+\s+){0,2}(?:funded|paid|financed)|"
    r"\b(?:a ete|ont ete|avait ete|etait|est)\s+(?:\w+\s+){0,2}(?:finance|paye|financee|payee)\w*|"
    r"\bwurden?\b[^.;]{0,60}(?:bezahlt|finanziert)"
)


def _package_resumed(sentence: Sentence, cue: Cue, package: str) -> list[Cue]:
    """The package's own status again where a relative clause holding its possible
    contents closes: "The package, which could include a second SAMP/T battery, is worth
    300 million euros" tells the worth of a package announced, not a possible one."""
    folded = sentence.folded
    if not _RELATIVE_OPENED.search(folded, max(sentence.start, cue.start - 40), cue.start):
        return []
    closing = folded.find(",", cue.end, sentence.end)
    # Right after the comma, so that a content before it is read as inside the closed clause
    # (nearest_cue._closes_its_relative_clause): "which could include NASAMS missiles, is worth".
    return [Cue(closing + 1, closing + 1, package)] if closing > 0 else []


def _hedged_contents(sentence: Sentence, cue: Cue) -> bool:
    """Whether the contents are told as only possible: "could include", "pourrait
    comprendre", "könnte ... enthalten" (German puts the verb last)."""
    folded = sentence.folded
    return bool(
        _MAY_BEFORE.search(folded, max(sentence.start, cue.start - 20), cue.start)
        or _MAY_GERMAN.search(folded, sentence.start, cue.start) and _VERB_LAST_CONTENTS.match(folded, cue.start)
    )


# (folded text: a modal of possibility right before the contents' verb, or in German
# before its object with the verb last)
_MAY_BEFORE = lazy(r"\b(?:could|may|might|pourrai(?:t|ent)|pourra(?:it)?|devrai(?:t|ent))\s+(?:also\s+|aussi\s+|notamment\s+)?$")
_MAY_GERMAN = lazy(r"\b(?:konnte|konnten|durfte|durften)\b")
_VERB_LAST_CONTENTS = lazy(r"(?:enthalten|umfassen|beinhalten)\b")
# (folded text: a relative clause opened after a comma, before its modal: ", which could",
# ", qui pourrait", ", das ... konnte")
_RELATIVE_OPENED = lazy(r",\s*(?:which|that|qui|das|der|die)\b[^,;]*$")


# (folded text, right before a giving verb: a contract, then its purpose's infinitive marker)
_CONTRACT_TO_BEFORE = guarded(
    r"\b(?:contracts?|contrats?|\w*vertrag|\w*auftrag)\b[^.;:]{0,70}?\b(?:to|pour|de|d'|zu)\s*$",
    ("contract", "contrat", "vertrag", "auftrag"),
)
_UNDER_A_CONTRACT = lazy(
    r"\b(?:under (?:a|an|the) (?:[\w-]+ )?(?:contract|order)|"
    r"dans le cadre d'(?:un|une) (?:[\w-]+ )?(?:contrat|commande)|"
    r"au titre d'(?:un|une) (?:contrat|commande)|im rahmen (?:eines|des) (?:[\w-]+ ){0,5}?(?:\w*vertrags?|\w*auftrags?))\b"
)
# (folded text: a veto or blockade lifted, the words before or after it)
_LIFTED_AROUND = lazy(
    r"\b(?:lift(?:s|ed|ing)?|drop(?:s|ped|ping)?|ended|withdr[ae]w\w*|levee?s?|leve|a leve|retir\w*|"
    r"aufgehoben|aufgegeben|aufgibt|aufhob|zuruckgezogen)\s+(?:(?:its|their|her|his|son|leur|sein|ihr)e?n?\s+|"
    r"(?:du|de son|de leur)\s+)?(?:veto|blockade|objection)s?\b|"
    r"\b(?:veto|blockade)\s+(?:[\w-]+\s+){0,2}(?:aufgehoben|aufgegeben|zuruckgezogen|lifted|leve)\b"
)
# (folded text before a lift: one refused or denied lifts nothing: "refused to lift its
# veto", "will not drop its objection", "n'a pas levé son veto"; "n'a levé son veto
# qu'après" is "only lifted after", so "n'a" alone is no denial)
_LIFT_DENIED_BEFORE = lazy(
    r"(?:n't|\b(?:refus\w*|declin\w*|reject\w*|not|never|cannot|nicht|weiger\w*|pas|ne|jamais))"
    r"(?:\s+[\w'-]+){0,2}\s+$"
)
_LIFT_DENIED_INSIDE = lazy(r"\b(?:nicht|noch nicht|not|not yet|pas)\b")  # "Veto nicht aufgehoben"
_INFINITIVE_MARK = lazy(r"(?:to|pour|zu)\s+")  # (a cue may hold it: "to supply")


def _veto_lifted(folded: str, lo: int, hi: int, sentence_start: int) -> bool:
    """A veto or blockade lifted between `lo` and `hi`, not one whose lifting is refused or
    denied (see _LIFT_DENIED_BEFORE): "Hungary refused to lift its veto" still refuses."""
    for lift in _LIFTED_AROUND.finditer(folded, lo, hi):
        before = max(sentence_start, lift.start() - 40)
        if _LIFT_DENIED_INSIDE.search(lift.group()) or _LIFT_DENIED_BEFORE.search(folded, before, lift.start()):
            continue
        return True
    return False


def cues_as_the_sentence_reads(sentence: Sentence, cues: list[Cue]) -> list[Cue]:
    """The cues corrected by what the whole sentence says: handing over the first (or the
    last) ones is a delivery, a question promises nothing, buying for one's own army is no aid."""
    folded, start, end = sentence.folded, sentence.start, sentence.end
    # "France delivers its first Mirage jets", "liefert die ersten", "hands Ukraine its
    # last MiG-29s": handing over the first or the last of a series is news of a delivery,
    # not a promise ("will send its first" still is one).
    # So is handing over the n-th one ("Germany delivers third IRIS-T air defence system",
    # "liefert ein drittes System"), told by a verb of handing over: "approves a third
    # package" is a promise.
    cues = [
        replace(c, status="delivered")
        if c.status == "pledged" and not _FUTURE_CUE.match(folded, c.start)
        and (_FIRST_OR_LAST_AFTER.match(folded, c.end)
             or (_HANDING_OVER.match(folded, c.start) and _NTH_AFTER.match(folded, c.end)))
        else c
        for c in cues
    ]
    # A giving verb governed by a contract tells what the contract buys: "has won a contract
    # from the Dutch government to supply 100,000 shells" is an order (production).
    cues = [
        replace(c, status="production") if c.status == "pledged" and _CONTRACT_TO_BEFORE.search(
            folded, max(start, c.start - 90), (m.end() if (m := _INFINITIVE_MARK.match(folded, c.start)) else c.start)
        ) else c
        for c in cues
    ]
    # ... and so does one told as done under a contract: "Rheinmetall will deliver 20
    # Skynex systems under a contract financed by the Netherlands", "dans le cadre d'un
    # contrat", "im Rahmen eines Vertrags".
    if any(c.status == "pledged" for c in cues) and (under := _UNDER_A_CONTRACT.search(folded, start, end)):
        cues = [
            # (German puts the verb last: "im Rahmen eines ... Vertrags 40.000 Granaten liefern")
            replace(c, status="production")
            if c.status == "pledged" and (c.end <= under.start() or folded.startswith("im rahmen", under.start()))
            else c
            for c in cues
        ]
    # A veto lifted or a blockade ended refuses nothing any more: "after Hungary lifted its
    # veto", "après la levée du veto hongrois", "nachdem Ungarn sein Veto aufgehoben hatte".
    cues = [c for c in cues if not (c.status == "refused" and _veto_lifted(
        folded, max(start, c.start - 24), min(end, c.end + 24), start
    ))]
    # An arrival awaited in a clause of time tells how long something lasts, no delivery:
    # "needs every Gripen until the new aircraft arrive", "jusqu'à ce que les nouveaux
    # blindés soient livrés" (the present or subjunctive only: "until 2024 had sent" told one).
    cues = [c for c in cues if not (c.status == "delivered" and _awaited_until(folded, max(start, c.start - 60), c))]
    # What "will come next week" after a decision or an answer is that decision, still to
    # take: "Germany's decision on sending Taurus missiles will come next week" promises
    # nothing ("its last F-16s will come next spring" does).
    cues = [c for c in cues if not (
        c.status == "pledged" and folded.startswith("will come", c.start)
        and _DECISION_BEFORE.search(folded, max(start, c.start - 80), c.start)
    )]
    # A question promises nothing: "Soll Deutschland Kampfpanzer liefern?"
    if sentence.full[start:end].rstrip(" \"'»”“)").endswith("?"):
        cues = [replace(c, status="discussed") if c.status in ("pledged", "delivered") else c for c in cues]
    # Buying "for its own army" is no aid to Ukraine ("Poland will buy 250 Abrams for its
    # own army", "pour ses propres forces", "für die Bundeswehr").
    if any(c.kind == "purchase" or c.status == "production" for c in cues) and _OWN_USE.search(folded, start, end):
        cues = [c for c in cues if c.kind != "purchase" and c.status != "production"]
    # ... nor is approving such a purchase, when the sentence names no Ukraine: "approved the
    # purchase of 46 tanks for their own army", "den Kauf von 60 Hubschraubern für die
    # Bundeswehr genehmigt" (the approval cue would otherwise promise the army's tanks).
    if (
        any(c.status in ("pledged", "delivered") for c in cues) and _OWN_USE.search(folded, start, end)
        and _PURCHASE_NOUN.search(folded, start, end) and not _UKRAINE_NAMED.search(folded, start, end)
    ):
        cues = [c for c in cues if c.status not in ("pledged", "delivered")]
    return cues


# After a giving cue, Ukraine named as who gets: "hands Ukraine", "übergibt der Ukraine".
_TO_UKRAINE_AFTER_CUE = r"\s+(?:(?:to|an|der|a)\s+(?:l')?(?:ukraine|kyiv|kiev|kiew|kyjiw)\s+)?"
# (Headlines drop the article: "US delivers first Abrams tanks", "übergibt erstes System".)
_FIRST_OR_LAST_AFTER = lazy(
    _TO_UKRAINE_AFTER_CUE +
    r"(?:(?:its|their|the|ses|leurs|les|seine|ihre|die|das|den)\s+)?"
    # (the ordinal's own endings only: the adverbs that number a list, "erstens",
    # "premièrement", and "letztendlich" tell no first batch)
    r"(?:first|premier(?:e|s|es)?|erste[nmrs]?|last|dernier(?:e|s|es)?|letzte[nmrs]?)\b"
    # ("promised last year", "zugesagt letzte Woche", "promised last October", "promis en mars dernier": a time,
    # no last batch)
    r"(?!\s+(?:year|week|month|spring|summer|autumn|fall|winter|time|jahr|woche|monat|fruhjahr|sommer|herbst|winter|mal|"
    + alternation(ENGLISH_MONTHS, FRENCH_MONTHS, GERMAN_MONTHS) + r")\b)"
)

# A present tense of handing over, and an ordinal after two (folded text).
_HANDING_OVER = lazy(r"(?:delivers|hands over|liefert|ubergibt|livre)\b")
_NTH_AFTER = lazy(
    _TO_UKRAINE_AFTER_CUE +
    r"(?:(?:its|their|the|a|ses|leurs|son|sa|le|la|un|une|seine|ihre|ein|einen|eine|das|den|die)\s+)?"
    r"(?:second|third|fourth|fifth|sixth|deuxieme|troisieme|quatrieme|cinquieme|sixieme|"
    r"zweite\w*|dritte\w*|vierte\w*|funfte\w*|sechste\w*)\b"
)

# A promise cue told in the future or as an intention: "will send", "'ll hand over",
# "va livrer", "plans to deliver", "to be sent".
_FUTURE_CUE = lazy(
    # (a French negation may open the cue: "ne livrera pas ses derniers F-16 cet automne, mais au printemps")
    r"(?:ne |n')?(?:will|'ll|would|shall|to|(?:is|are) (?:set|going|due|poised|ready|prepared) to|plans? to|"
    # (French futures and conditionals: "livrera", "livrerait les premiers")
    r"va|vont|allons|wird|werden|werde|will|wollen|soll|sollen|\w+r(?:a|ont|ait|aient|ons)|"
    # an intention ("compte livrer ses premiers F-16", "plant, ... zu liefern")
    r"prevoi\w*|compt\w*|souhait\w*|veu\w*|entend\w*|plan\w*|intend\w*|wants?|aims?)\b"
)

# ("acquisition" is English and French alike)
# (folded text: a decision or an answer named in the clause before "will come")
_DECISION_BEFORE = lazy(
    r"\b(?:decisions?|answers?|verdicts?|rulings?|votes?|announcements?|responses?|replies|green light)\b[^.;:]{0,70}$"
)


def _awaited_until(folded: str, low: int, cue: Cue) -> bool:
    until = _UNTIL_BEFORE.search(folded, low, cue.start)
    return until is not None and (until.group("aux") is not None or _PRESENT_ARRIVAL.match(folded, cue.start) is not None)


# "until" and at most five words of the clause's subject before its verb (folded text).
# An arrival awaited "once", "after" or "as soon as" tells as well when a promise is kept, no
# delivery: "will send 19 F-16s once its F-35s arrive", "after its F-35s have arrived" (reread
# 53: the replacement's arrival made the promised jets a delivery).
_UNTIL_BEFORE = lazy(
    r"\b(?:until |till |jusqu'a ce qu(?:e |')|once |after |as soon as )(?:[^\s,;.]+ ){0,5}?"
    r"(?P<aux>(?:are|is|soient|soit|have|has) )?$"
)
_PRESENT_ARRIVAL = lazy(r"(?:arrive|arrives|arrivent|(?:have|has) arrived)\b")
_PURCHASE_NOUN = lazy(r"\b(?:purchase|acquisition|procurement|achat|kauf|ankauf|beschaffung|erwerb)\b")
_UKRAINE_NAMED = lazy(r"\b(?:ukrain|kyiv|kiev|kiew|kyjiw)")
_OWN_USE = lazy(
    r"\b(?:for (?:its|their) own (?:army|armed forces|forces|military|troops|stocks?|use)|"
    r"pour (?:sa|son|ses|leur|leurs) propres? (?:armee|forces|usage|stocks?|besoins)|"
    r"fur (?:die |den )?eigenen? (?:armee|streitkrafte|truppe|bestande|bedarf)|(?:fur|for|pour) (?:die |the |la )?bundeswehr|"
    # replacing what was given to Ukraine: "to replace the tanks sent to Ukraine",
    # "pour remplacer les chars livrés", "als Ersatz für die abgegebenen Panzer"
    r"to replace|to backfill|pour remplacer|en remplacement|als ersatz|zum ersatz|ersetzen)\b"
)
