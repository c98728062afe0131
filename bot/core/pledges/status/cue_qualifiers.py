"""What a cue's clause does to it: the cue as its clause reads it (cue_as_its_clause_reads).

A cue's words say a status; the clause around them may turn it: a negation or a
refusal before a giving is a refusal ("refused to send", "weigert sich, ... zu liefern";
but "not only", or "not before 2026", a delay, leave the promise standing), a German
verb-last clause negated anywhere before its verb the same; a hedge, a question, a
condition, readiness only signalled or an approval still to come is under discussion;
a delivery told in the future (or in the German present passive) is a promise, as
tense_readings.py reads it. status_cues.find_status_cues runs every cue of a sentence
through here.
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from bot.core.pledges.passes.records import Cue
from bot.core.pledges.quantities.numbers import NOT_THE_OLD_FIGURE
from bot.core.pledges.status.handovers_to_come import present_handover_to_come
from bot.core.pledges.status.parliament_votes import by_a_legislature
from bot.core.pledges.status.tense_readings import (
    FUTURE_BEFORE,
    GERMAN_FUTURE,
    GERMAN_INFINITIVE,
    HANDOVER_NOUN,
    PASSIVE_INFINITIVE_AFTER,
    TO_COME_AFTER,
    WERDEN_AFTER,
    clause_before,
    first_of_the_promised_handed_over,
    german_present_passive,
    infinitive_with_a_deadline,
)
from bot.core.text.lazy_pattern import guarded, lazy
from bot.core.text.months import ENGLISH_MONTHS, FRENCH_MONTHS, GERMAN_MONTHS, alternation

# A promise, a delivery or a production cue right after one of these is negated:
# (?:\bnot|n't|\bnever|\bno|\bne|\bn'|\bpas|\bjamais|\bnicht|\bkein\w*|\bnie)\s+(?:[\w'-]+\s+){0,2}$
# written to start with one character class (then it reads which letter it was), so
# `re` skips to the few places a negation can start. Only whether it is found counts.
NEGATION = lazy(
    r"[npjk](?:(?<=\bn)(?:ot|ever|o|e|'|icht|ie)|(?<=n)'t|(?<=\bp)as|(?<=\bj)amais|(?<=\bk)ein\w*)"
    r"\s+(?:[\w'-]+\s+){0,2}$"
)
# A refusal verb governing the infinitive of giving: the giving verb is nearer the item,
# but the sentence refuses it ("refused to send Taurus", "a refusé de livrer",
# "weigert sich, Taurus zu liefern"). Read on the text before the cue plus the cue's
# first word, since a cue may begin with its "to"/"zu".
_REFUSING_TO = guarded(
    r"\b(?:refus\w*|declin\w*|reject\w*|rul\w* out|turn\w* down|ecart\w*)\s+(?:(?:to|de|d')\s*)?(?:[\w'-]+\s+){0,2}(?:to |de |d')?$|"
    # ... across a time told between them: "has refused for almost three years to give", "has refused,
    # since the war began, to send", "declined until now to supply" (a span of time is no thing given)
    r"\b(?:refus\w*|declin\w*)\s*,?\s+(?:for|since|until|so far|to date|over|throughout)\s+(?:[\w'-]+,?\s+){0,5}?to $|"
    # ... and calls rejected with who made them: "rejected calls from some Ukrainian officials to send", "a
    # refusé les appels de responsables ukrainiens à livrer"
    r"\b(?:refus\w*|reject\w*|rejet\w*|turn\w* down)\s+(?:the\s+|les\s+|des\s+)?(?:calls?|demands?|requests?|appels?|demandes?)\s+"
    r"(?:from|by|de|des|du)\s+(?:[\w'-]+\s+){1,4}?(?:to |a |de |d')$|"
    # a cancellation governs the planned giving it names: "cancelled a planned shipment",
    # "a annulé l'envoi prévu"
    r"\b(?:cancel(?:s|led|ed|ling)?|annul(?:e|ee|es|ees|ent|er|era|ait))\s+(?:[\w-]+\s+){0,2}(?:l')?$|"
    r"\bweiger\w*\b[^.;:]{0,60}\bzu $|"
    # a promise withdrawn governs the giving it promised: "withdrew its offer to send"
    r"\b(?:withdr\w*|retract\w*|retir\w*)\s+(?:its|their|sa|son|leur)\s+"
    r"(?:offer|pledge|promise|offre|promesse)\s+(?:to |de |d')$|"
    # a giving said impossible for the giver named: "it is not possible for Portugal to give up aircraft",
    # "it is impossible for us to send" (the negation stands farther than NEGATION reaches)
    r"\b(?:not possible|impossible)\s+for\s+(?:[\w'-]+\s+){1,2}(?:to\s*)?$",
    ("refus", "declin", "reject", " out", "down", "ecart", "cancel", "annul", "weiger", "withdr", "retract", "retir",
     "possib", "rejet"),
)
# ... unless the refusal is itself negated: "did not refuse to send", "has never declined
# to supply", "hat sich nicht geweigert, ... zu liefern".
_REFUSAL_NEGATED_BEFORE = lazy(
    r"\b(?:not|never|n't|nicht|nie)\s+(?:\w+\s+)?(?:refus\w*|declin\w*|reject\w*|(?:sich )?geweigert)\s+"
    r"(?:to\s+|[^.;:]{0,60}\bzu\s+)?(?:[\w'-]+\s+){0,2}$"
)
# Long German cues ("wird ... keine Waffen liefern", "weder Panzer noch Raketen liefern")
# carry their negation inside.
_NEGATED_INSIDE = lazy(r"\b(?:nicht|kein\w*|nie|not|never|pas|jamais|weder)\b(?!-)")  # ("nicht-tödliche": a compound adjective)
# ... and right after one of these it is only a possibility.
_HYPOTHETICAL = lazy(
    r"(?:\bwhether|\bob|\bsi)\s+(?:[\w'-]+\s+){0,6}$|"
    # ("in May", "since May", "early May": the month; looked behind after "may", so that every
    # alternative opens with the word boundary, which `re` then tests once per position
    # instead of once per alternative: the search of a 60-character window ~10x cheaper;
    # a number after it makes it the month too: a dated line "May 2024 - ...", a dateline
    # "May 12 (Reuters)")
    r"(?:\bcould|\bmight|\bmay(?<!\bin may)(?<!since may)(?<!\bby may)(?<!until may)(?<!early may)(?<!\blate may)(?<!\bof may)(?<!\bmid-may)(?!\s+\d)|\bif|\bpourrai\w*|\bsi|\bkonnte\w*|\bwenn|\bfalls|\beventuell\w*|"
    r"\bexpect\w*|\bhop(?:e|es|ed|ing)|\bespere\w*|\bhofft\w*|\berwartet\w*|"
    r"\beventually|\beventuel\w*|\bpotential\w*|\bpotentiel\w*|\bpossible(?<!made it possible)(?<!make it possible)|"
    # a likelihood is a forecast, not a decision: "is likely to announce", "probablement"
    r"\b(?:un)?likely|\bprobabl\w*|\bvraisemblablement|\bwahrscheinlich)\s+(?:[\w'-]+\s+){0,3}$|"
    # looking for a way to give is not giving: "is exploring ways to supply", "considering
    # options to send", "studying how to deliver"
    r"(?:\bexplor\w*|\bconsider\w*|\bweigh\w*|\bstudy\w*|\bexamin\w*|\bdiscuss\w*|\blook\w* (?:at|into)|\bassess\w*|\breview\w*)\s+"
    r"(?:(?:new|other|possible|further)\s+)?(?:ways?|options?|possibilities|means|how|the (?:possibility|option|idea) of)\s+$|"
    # hesitating to give is not giving: "Why Germany hesitates to send Taurus", "reluctant
    # to deliver", "hésite à livrer" (the hesitation governs the infinitive next to it)
    r"(?:\bhesita\w*|\breluctan\w*|\bhesit\w*)\s+(?:(?:still|encore|toujours|\w+ment)\s+)?(?:(?:to|a|de|d')\s*)?$"
)
# German "würde" (would) is a hedge too, but folded it reads as "wurde" (was), the
# passive past: "der Ukraine wurden weitere Panzer zugesagt" is a promise made. Which
# one it is can only be read on the text as written (see _would_before).
_WURDE_BEFORE = lazy(r"\bwurde\w*\s+(?:[\w'-]+\s+){0,3}$")


def _would_before(text: str, folded: str, low: int, position: int) -> bool:
    """Whether "würde" (not "wurde") stands within three words before `position`.
    Without the text as written, every "wurde" is taken for "würde", as before."""
    if folded.find("wurde", low, position) < 0:
        return False  # (most cues have none before them: no pattern to run)
    match = _WURDE_BEFORE.search(folded, low, position)
    if match is None:
        return False
    return not text or umlaut_u(text, match.start())


# "würden ... geliefert" with no "werden" after it is the passive of reported speech
# ("Caesar-Haubitzen würden weiterhin geliefert", he said: they are being delivered), where
# "würden geliefert werden" and "würde liefern" are conditionals (folded text: a German
# participle of giving, ge- or a separable prefix before ge-).
_GERMAN_GIVING_PARTICIPLE = lazy(r"(?:aus|zu|bereit|ab)?ge(?:liefert|schickt|sendet|spendet|stellt)|ubergeben|uberlassen")


def _reported_passive(folded: str, cue: Cue) -> bool:
    return bool(
        _GERMAN_GIVING_PARTICIPLE.fullmatch(folded, cue.start, cue.end) and not WERDEN_AFTER.match(folded, cue.end)
    )


def umlaut_u(text: str, start: int) -> bool:
    """Whether the word at `start` (folded "wurde...") is written "würde..."."""
    return text[start + 1 : start + 2] in ("ü", "Ü")


ACTION_STATUSES = ("pledged", "delivered", "production", "manufacture")
# The discussed cues that permit giving (export approvals): withheld, they are vetoes.
# (a licence named by what it allows, "licence to export", "Lizenz zur Ausfuhr", is a permit too:
# refused, it is a veto as an approval refused is)
_PERMITTING = lazy(r"(?:approv|authori|autoris|clear|erlaub|genehmig|export|ausfuhr|wiederausfuhr|weitergabe|licen|lizenz)")
# Refusal verbs that take a permit as their object ("denied an export licence", "verweigert eine
# Lizenz", "a rejeté une licence", "blocked the export"), besides those of _REFUSING_TO
_WITHHELD_BEFORE = lazy(
    r"\b(?:den(?:y|ies|ied|ying)|block\w*|withh[oe]ld\w*|verweiger\w*|rejet\w*)\s+(?:[\w'-]+\s+){0,3}$|"
    # ... and a permit refused to another country named before it: "refused the Czech Republic an
    # export licence" (item_givers.permit_refused_to: the refuser's no)
    r"\brefus(?:e|es|ed|ing)\s+(?:[\w'-]+\s+){1,4}?(?:an?|the|its)\s+$"
)
# (folded text before a purchase cue, no clause break between: see cue_as_its_clause_reads)
_WEIGHED_BEFORE = lazy(
    r"\b(?:discuss\w*|consider\w*|weigh\w*|examin\w*|stud(?:y|ies|ying)|debat\w*|mull\w*|explor\w*|assess\w*|"
    r"look\w* (?:at|into)|envisag\w*|etudi\w*|reflechi\w*|discut\w*|pench\w* sur|"
    r"pruf(?:t|en|te|ten)|erwag\w*|berat(?:en|t|ung)\w*|diskut\w*|debattier\w*)\b[^,;:.()]{0,50}$"
)


# (folded text: a giving verb in the imperative, told to give to "us", and what opens a quote)
_IMPERATIVE_PLEA = lazy(
    r"(?:liefert|schickt|gebt|send|give|deliver|livrez|envoyez|donnez|fournissez)(?:-nous| uns| us| nous)\b"
)
_OPENS_A_QUOTE = lazy(r"(?:^|[\"'“„«»‚‘]\s*)$")


# A corrected figure is told with a negation that denies the old figure, not the giving:
# "Es seien 16 und nicht 20 Panzer übergeben worden", "douze, et non vingt", "40, not 30"
# (a number before it in the clause, a number right after; "but not 10 howitzers" stays a
# negation). The negation word is group 1, blanked before the clause is read (the form is
# numbers.NOT_THE_OLD_FIGURE, which items._REPLACED_BETWEEN reads the kept figure by).
_CORRECTION = lazy(r"\d[^.;:\d]{0,60}?" + NOT_THE_OLD_FIGURE + r"(?=\s+\d)")
# What every correction holds, the negation before its number: looked for first, because
# the correction itself is tried from every digit of the clause, 60 characters on, for
# each cue of a sentence; few clauses hold this.
_CORRECTION_HINT = lazy(r"(?:nicht|non|not)\s+\d")


@lru_cache(maxsize=4)
def _without_corrections(folded: str, start: int, end: int) -> str:
    """`folded` with the negations of corrected figures in [start, end) blanked (same length).
    Asked with the same sentence for each of its cues: remembered, or a sentence of thousands
    of cues ("will send " written 9,600 times) was searched whole once per cue, the square of
    its length. (A string keeps its hash, and the one asked again is the same object, so a
    second asking costs no reading of it.)"""
    if _CORRECTION_HINT.search(folded, start, end) is None:
        return folded
    spans = [m.span(1) for m in _CORRECTION.finditer(folded, start, end)]
    if not spans:
        return folded
    parts, last = [], 0
    for s, e in spans:
        parts += [folded[last:s], " " * (e - s)]
        last = e
    return "".join(parts) + folded[last:]


# A lease cue and, after it, the things taken "from" someone (a lessee's words, not a lessor's)
_LEASE = lazy(r"leas(?:e|es|ing)\b")
_FROM_AFTER_LEASED = lazy(r"\s+(?:[\w'-]+\s+){0,6}from\b")
_UKRAINE_LEASING = lazy(r"\b(?:ukraine|ukraine's|kyiv|kiev|ukrainian)\b[^,;]*$")

# German "übernimmt N Millionen" (a payer's share, cue_patterns) and, after the sum, what is
# taken on when it is no payment: debt, shares, stakes, loans
_TAKES_ON = lazy(r"ubern(?:immt|ehmen|ahm|ahmen)\b")
_DEBT_OR_SHARES_AFTER = lazy(
    r"\s+(?:(?:euro|dollar|us-dollar|franken|kronen|pfund)\s+)?"
    r"(?:schulden|aktien|anteile|verbindlichkeiten|kredit\w*|beteiligung\w*|verlust\w*)\b"
)

# Where a clause after a cue ends: a comma, a semicolon or a reason's conjunction
_CLAUSE_OR_REASON = lazy(r"[,;]|\b(?:because|since|weil|da|denn|parce que|car|puisque)\b")


def _end_of_own_clause(folded: str, end: int, reach: int) -> int:
    """Where the clause going on at `end` stops: its first comma, semicolon or reason word,
    else `reach` characters on (and never past the text)."""
    limit = min(len(folded), end + reach)
    stop = _CLAUSE_OR_REASON.search(folded, end, limit)
    return stop.start() if stop is not None else limit


def cue_as_its_clause_reads(folded: str, sentence_start: int, cue: Cue, text: str = "", sentence_end: int = -1) -> Cue:
    """The cue as its clause qualifies it. The checks run in this order and the first
    that applies decides, because a later one would misread what an earlier one found:
    1. a package that leaves something out, or talks that did not take place, give nothing;
    2. a negated or refused action is a refusal (a delivery "not yet" made stays a promise);
    3. a German verb-last clause negated anywhere before the verb, the same;
    4. readiness only signalled, a hypothesis, a question or a condition is discussed;
    5. a delivery told in the future is a promise.
    `text` is the sentence as written, for what folding blurs ("würde" / "wurde")."""
    folded = _without_corrections(folded, sentence_start, sentence_end if sentence_end > 0 else cue.end + 200)
    if cue.status == "include" and (
        NEGATION.search(folded[max(sentence_start, cue.start - 30) : cue.start])
        or _NOT_INCLUDED_AFTER.match(folded, cue.end)
    ):
        # "the package does not include ATACMS", "umfasst keine Marschflugkörper": what
        # is left out is not given (a request-like cue: its items give no record)
        return replace(cue, status="requested")
    if (
        _LEASE.match(folded, cue.start, cue.end)
        and _FROM_AFTER_LEASED.match(folded, cue.end)
        and not _UKRAINE_LEASING.search(folded, sentence_start, cue.start)
    ):
        # leasing things "from" someone is renting them for oneself ("Poland will lease two
        # Patriot batteries from the United States"): nobody gives them to Ukraine. (Ukraine
        # leasing "from" Sweden is Sweden's lease to Ukraine, and stays a promise.)
        return replace(cue, status="requested")
    if _TAKES_ON.match(folded, cue.start, cue.end) and _DEBT_OR_SHARES_AFTER.match(folded, cue.end):
        # a sum taken on that is debt or shares ("Rheinmetall übernimmt 200 Millionen Euro
        # Schulden des Werftbetreibers") is a business deal: nobody pays for aid
        return replace(cue, status="requested")
    if cue.status == "discussed" and _PERMITTING.match(folded, cue.start, cue.end) and (
        NEGATION.search(folded[max(sentence_start, cue.start - 30) : cue.start])
        or _NEGATED_INSIDE.search(folded, cue.start, cue.end)
        or _REFUSING_TO.search(folded[max(sentence_start, cue.start - 60) : cue.start])
        or _WITHHELD_BEFORE.search(folded[max(sentence_start, cue.start - 60) : cue.start])
    ):
        # An export approval withheld or refused is a veto: "did not approve the export
        # of", "a refusé d'autoriser la réexportation", "hat die Ausfuhr nicht genehmigt",
        # "refused a licence to export", "verweigert eine Lizenz zur Ausfuhr".
        return replace(cue, status="refused")
    if (
        cue.status == "discussed" and cue.kind != "open"
        and NEGATION.search(folded[max(sentence_start, cue.start - 30) : cue.start])
        and not _UNDECIDED.search(folded, cue.start, cue.end)
    ):
        return replace(cue, status="requested")  # "did not discuss jets": says nothing
    if cue.status == "refused" and _NEGATED_INSIDE.search(folded, cue.start, cue.end) and (
        _LATER_THAN_AFTER.match(folded, cue.end, min(len(folded), cue.end + 90))
        or _BUT_LATER.match(folded, cue.end, min(len(folded), cue.end + 140))
        or _NOT_BEFORE_A_TIME.search(folded, cue.start, cue.end)
    ):
        # a giving verb negated in one cue ("will not deliver", "ne livrera pas") for a
        # time, with a later one told: "not before 2026", "cette année, mais en 2026",
        # German's time inside its verb-last cue ("sind nicht vor dem Frühjahr geplant"): a
        # delay, the promise stands
        return replace(cue, status="pledged")
    if cue.status == "delivered" and _DELAYED_AFTER.match(folded, cue.end):
        # a handover told as put off ("F-16 handover slips to 2026", "la livraison est
        # reportée", "Übergabe verzögert sich") has not happened: still a promise
        return replace(cue, status="pledged")
    if cue.status == "refused" and _NOT_IN_TIME.search(folded, cue.start, _end_of_own_clause(folded, cue.end, 60)):
        # a refusal cue that is lateness blamed ("nicht rechtzeitig zu liefern", "not deliver
        # ... on time"): the promise stands (see _NOT_IN_TIME). Only in the refusal's own
        # clause: lateness in a reason after it ("lehnt ... ab, weil die EU nicht schnell genug
        # verhandle") is someone else's, and the refusal stands.
        return replace(cue, status="pledged")
    if cue.status not in ACTION_STATUSES:
        return cue
    if _IMPERATIVE_PLEA.match(folded, cue.start) and _OPENS_A_QUOTE.search(folded, max(0, cue.start - 3), cue.start):
        # a plea opening a quotation, in the imperative: "„Liefert uns Taurus!“", "« Livrez-nous
        # des avions »", "\"Send us jets\"" asks, it gives nothing
        return replace(cue, status="requested")
    before = folded[max(sentence_start, cue.start - 60) : cue.start]
    if cue.status == "pledged" and _PREPARED_NOUN_BEFORE.search(before) and not _DENIED_BEFORE.search(
        folded, sentence_start, cue.start
    ):
        return replace(cue, status="discussed")  # "préparerait l'envoi de": a report (see _PREPARING)
    if cue.kind == "purchase" and _WEIGHED_BEFORE.search(before):
        # a purchase weighed is not made: "is discussing with allies the purchase of",
        # "envisage d'acheter", "prüft den Kauf", "a débattu de l'initiative pour l'achat d'obus"
        return replace(cue, status="discussed")
    if cue.status == "delivered" and _YET_TO_BEFORE.search(before):
        # "have yet to arrive", "are still to be handed over": still outstanding, a promise
        return replace(cue, status="pledged")
    if (
        cue.status == "delivered"
        and _ARRIVAL.search(folded, cue.start, cue.end)
        and _NONE_BEFORE_ARRIVAL.search(folded, max(sentence_start, cue.start - 120), cue.start)
    ):
        # An arrival denied is no refusal: what "none of the 24 vehicles Finland promised had
        # arrived", "aucun n'est encore arrivé", "kein einziger sei bislang eingetroffen" tell
        # is a promise still outstanding (nobody refuses an arrival)
        return replace(cue, status="pledged")
    if _REFUSAL_NEGATED_BEFORE.search(before):
        # "did not refuse to send", "has never refused to supply": the door is open, as
        # when not ruling out (the negation before the refusal negates no giving)
        return replace(cue, status="discussed")
    refusing_to = _REFUSING_TO.search(before + folded[cue.start : cue.start + 3])
    if (
        (
            NEGATION.search(before)
            and not _NOT_ONLY.search(before)
            and not _only_that_many(folded, before, cue)
            and not _ONLY_AFTER_THE_VERB.match(folded, cue.end)
            and not NOT_ONLY_INSIDE.search(folded, cue.start, cue.end)
        )
        or _negated_beyond_not_only(folded, cue.start, cue.end)
        or refusing_to
    ):
        around = (max(sentence_start, cue.start - 40), min(len(folded), cue.end + 60))
        if not refusing_to and (
            _NOT_BEFORE_A_TIME.search(folded, *around)
            or _BUT_LATER.match(folded, cue.end, min(len(folded), cue.end + 140))
        ):
            # "would not reach Ukraine before 2026", "ne sera pas livré avant l'été",
            # "nicht vor dem Frühjahr": a later date, a delay; the promise stands.
            return replace(cue, status="pledged")
        if cue.status == "delivered" and (
            _NOT_YET.search(folded, max(sentence_start, cue.start - 40), cue.end)
            # the German arrival ("kamen bislang nicht an") is no giver's act: things not
            # arrived are late, nobody refused them (round 53 reread)
            or folded.startswith(("traf", "kam"), cue.start)
        ):
            # "ne sont toujours pas arrivés", "have not yet been delivered", "sind noch
            # nicht eingetroffen": the promise is still outstanding, nobody refused.
            return replace(cue, status="pledged")
        if not refusing_to and _NOT_IN_TIME.search(folded, max(sentence_start, cue.start - 40), cue.end + 30):
            # lateness blamed is no refusal: "accused Prague of not delivering the promised
            # shells on time", "ne pas livrer à temps", "nicht rechtzeitig zu liefern"
            return replace(cue, status="pledged")
        return replace(cue, status="refused")
    if (
        cue.status == "delivered" and _GERMAN_PARTICIPLE.fullmatch(folded, cue.start, cue.end)
        and _GERMAN_NOT_YET.search(clause_before(folded, sentence_start, cue.start))
    ):
        # the German perfect not yet done, its negation in the middle field ("hat der Ukraine noch nicht
        # die 20 zugesagten Panzer geliefert"): the promise still outstanding, as "have not yet been delivered"
        return replace(cue, status="pledged")
    # The clause is read only when something in it can matter (most cues: nothing).
    verb_last = _VERB_LAST.match(folded, cue.start, cue.end) is not None
    if verb_last or _CLAUSE_QUESTION.search(folded, max(sentence_start, cue.start - 200), cue.start):
        clause = clause_before(folded, sentence_start, cue.start)
    else:
        clause = ""
    # German puts the verb last: its negation and its "ob" can stand anywhere earlier
    # in the clause ("will vorerst keine Marschflugkörper vom Typ Taurus liefern",
    # "ob Deutschland Kampfpanzer an die Ukraine liefern wird").
    if verb_last and _CLAUSE_NEGATION.search(clause):
        if cue.status == "delivered" and _NOT_YET.search(clause):
            return replace(cue, status="pledged")  # "sind noch nicht eingetroffen"
        if _NOT_IN_TIME.search(clause):
            return replace(cue, status="pledged")  # "die Granaten nicht rechtzeitig geliefert habe"
        return replace(cue, status="refused")
    if (_READINESS.match(folded, cue.start) or _READY_BEFORE.search(before)) and (
        _SIGNALLED.search(before) or _would_be(text, before, cue.start)
    ):
        return replace(cue, status="discussed")  # readiness signalled or conditional, not announced
    if (
        _READINESS.match(folded, cue.start) or _READY_BEFORE.search(before) or _preparing_not_denied(folded, sentence_start, cue)
    ) and _MEDIA_REPORT.search(folded, cue.end, sentence_end if sentence_end > 0 else len(folded)):
        # Readiness known from a newspaper, not announced by the giver: "are ready to send
        # F-16s, the New York Times reported", "prêtes à livrer ..., a rapporté le quotidien",
        # "bereit, ... zu liefern, berichtete die Zeitung" (said by the giver, it stays a promise).
        return replace(cue, status="discussed")
    if (_READINESS.match(folded, cue.start) or _READY_BEFORE.search(before)) and _UNNAMED_SOURCES.search(
        folded, cue.end, sentence_end if sentence_end > 0 else len(folded)
    ):
        # ... and so is readiness known from sources unnamed: "prête à livrer ..., selon des
        # sources", "ready to send ..., according to people familiar", "bereit, ... zu liefern,
        # hieß es aus Regierungskreisen" (review 53; a plan or a preparation so told keeps the
        # status the sources tell: "s'apprête à livrer ..., selon des sources" is a promise)
        return replace(cue, status="discussed")
    if _PREPARING_REPORTED.match(folded, cue.start) and _preparing_not_denied(folded, sentence_start, cue):
        # French tells what it has only heard in the conditional: "s'apprêterait à livrer"
        # (the giver announcing it says "s'apprête à livrer").
        return replace(cue, status="discussed")
    if (_READINESS.match(folded, cue.start) or _READY_BEFORE.search(before)) and _CONDITION.search(
        folded, cue.start, sentence_end if sentence_end > 0 else len(folded)
    ):
        # Readiness told with its condition is an offer still open: "is ready to hand its
        # jets to Ukraine if other allies also send jets", "est prête à livrer ... à
        # condition que l'UE en finance l'achat", "ist bereit, ... zu überlassen, sofern".
        return replace(cue, status="discussed")
    would = _would_before(text, folded, max(sentence_start, cue.start - 60), cue.start)
    if would and _reported_passive(folded, cue) and not _HYPOTHETICAL.search(before):
        return replace(cue, status="pledged")  # reported speech: "würden weiterhin geliefert"
    if (
        _HYPOTHETICAL.search(before) or would
        or _CLAUSE_QUESTION.search(clause)
    ) or (
        verb_last and _CLAUSE_CONDITION.search(clause) and not _leave_as_announced(clause)
    ) or _conditional_with_its_condition(folded, sentence_start, sentence_end, cue, before, text) or (
        cue.status == "pledged"
        and (_upon_approval_of_others(folded, cue, sentence_end if sentence_end > 0 else len(folded))
             or _pending_approval_in_its_clause(folded, sentence_start, sentence_end, cue))
    ):
        return replace(cue, status="discussed")
    if cue.status == "delivered" and verb_last and _leave_as_announced(clause):
        return replace(cue, status="pledged")  # "kann damit wie angekündigt ... übergeben": the handover still to come
    # A delivery told in the future is a promise: "will complete the handover",
    # "va achever la livraison", "wird ... übergeben" (a present passive, "wird das erste
    # der zugesagten Systeme übergeben", tells the handover: see tense_readings._FIRST_OF_PROMISED).
    if cue.status == "delivered" and (
        FUTURE_BEFORE.search(before)
        # German passive infinitive: "sollen im kommenden Jahr ausgeliefert werden"
        or PASSIVE_INFINITIVE_AFTER.match(folded, cue.end)
        or (GERMAN_INFINITIVE.search(folded, cue.start, cue.end) and GERMAN_FUTURE.search(clause)
            and not first_of_the_promised_handed_over(clause))
        or german_present_passive(folded, sentence_start, cue)
        or infinitive_with_a_deadline(folded, before, cue)
        or _SECOND_PARTICIPLE_OF_A_FUTURE.search(before)
        # ("Germany hands over 15 Gepard next month": the present with a time to come)
        or present_handover_to_come(folded, sentence_start, sentence_end, cue)
    ):
        return replace(cue, status="pledged")
    if cue.status == "delivered" and HANDOVER_NOUN.fullmatch(folded, cue.start, cue.end) and TO_COME_AFTER.match(
        folded, cue.end, sentence_end if sentence_end > 0 else len(folded)
    ):
        return replace(cue, status="pledged")
    if cue.status == "delivered" and _GERMAN_HANDOVER_NOUN.fullmatch(folded, cue.start, cue.end) and (
        _PREPARED_AFTER.match(folded, cue.end, sentence_end if sentence_end > 0 else len(folded))
        or _PREPARING_BEFORE.search(folded, max(sentence_start, cue.start - 40), cue.start)
    ):
        # a handover being prepared is still to come: "während Berlin die Übergabe von zwei
        # Patriot-Systemen vorbereitet", "bereitet die Übergabe ... vor", "preparing the
        # handover of" (round 56)
        return replace(cue, status="pledged")
    return cue


# The German noun "Übergabe" (read as a handover done by the past "übergab" cue) and the
# English and French handover nouns, prepared after them or before them.
_GERMAN_HANDOVER_NOUN = lazy(r"ubergabe|handover|(?:la |leur |sa )?remise (?:de|des|d')")
_PREPARED_AFTER = lazy(
    r"[^.;:,]{0,100}?\b(?:vorbereit\w*|vorzubereiten|in vorbereitung|"
    r"(?:is|are) being prepared|(?:est|sont) en (?:cours de )?preparation|se prepare)"
)
_PREPARING_BEFORE = lazy(
    r"\b(?:bereite[nt]?|bereitete[nt]?|prepar(?:es|ing|e)|prepar(?:e|ent|ait|aient)|prepare)\s+(?:[\w'-]+\s+){0,2}$"
)


# A bare participle joined by "and" to one under "will be" / "would be" shares its future:
# "would be built by a local firm and shipped in the spring", "will be refitted and then
# delivered" (a delivery still to come, a promise).
_SECOND_PARTICIPLE_OF_A_FUTURE = lazy(
    r"\b(?:will|would|shall|to) be\s+(?:[\w'-]+\s+)?[\w'-]+(?:ed|en|lt|ght)\b(?:\s+[\w'-]+){0,6}\s+and\s+"
    r"(?:then\s+|later\s+|eventually\s+)?$"
)
# The conditional mood ("would send", "enverrait", "serait prêt à livrer", "würden ...
# liefern") tells a promise in reported speech, unless the sentence states the condition:
# "would send jets if the US agreed", "si ses alliés faisaient de même", "wenn die USA
# zustimmen" (a condition of need, "if necessary", leaves the promise standing).
# (the French conditional of "livrer", "fournir", "envoyer": "livrerait", "fournirait",
# "enverrait"; not the imperfect "livrait")
_CONDITIONAL_CUE = lazy(r"would\b|\w+[eir]rai(?:t|ent)\b")
# An offer is made to be taken up: told with its condition ("has offered to send Patriot
# launchers on condition that the United States replaces them", "propose de livrer ... à
# condition que", "bietet ... an, sofern") it is under discussion, as a conditional is.
_OFFER = lazy(r"offer(?:s|ed|ing)?\b|propos\w*|offr\w*|biete\w*|angeboten")
_OFFERED_TO_BEFORE = lazy(r"\b(?:offer(?:s|ed|ing)?|propos\w*|offert|offre)\s+(?:to |de |d')?$")
_CONDITIONAL_BEFORE = lazy(r"\b(?:would|'d|serai(?:t|ent)|wurden?)\s+(?:[\w'-]+\s+){0,12}$")
# A promise made on the condition of an approval still to come is not made yet: "will send
# howitzers if parliament approves the funding", "si le Parlement approuve", "falls das
# Parlament ... billigt" (folded text, read after the cue).
_UPON_APPROVAL = guarded(
    r"\b(?:if|si|s'il|wenn|falls|sofern|provid(?:ed|ing)|once)\s+(?:[\w'-]+\s+){0,8}?"
    r"(?:approves?|approved|votes?|agrees?|backs|approuve\w*|vote\w*|valide\w*|billigt|billigen|zustimm\w*|genehmigt|"
    r"genehmigen|beschlie(?:ss|s)t)\b",
    # (the approving word: rarer than the condition's)
    ("approv", "approuv", "vote", "agree", "backs", "valide", "billig", "zustimm", "genehmig", "beschlie"),
)
# The same condition told as a noun, before or after the promise: "subject to parliamentary
# approval", "pending a vote in Congress", "sous réserve de l'accord du Parlement",
# "vorbehaltlich der Zustimmung des Bundestages" (folded text, the whole sentence: the
# marker and the approving noun are named together, so no other use of "pending" or
# "subject to" reads as one).
_PENDING_APPROVAL = guarded(
    r"\b(?:subject to|pending|sous reserve d(?:e |u |es |')|vorbehaltlich|unter (?:dem )?vorbehalt)"
    r"\s*(?:[\w'-]+\s+){0,4}?(?:[ld]')?(?:[\w-]*(?:approval|ratification|vote|consent)|accord|aval|approbation|feu vert|"
    r"vote|ratification|[a-z]*zustimmung|[a-z]*genehmigung|billigung|[a-z]*beschluss\w*|[a-z]*votum)\b",
    ("subject to", "pending", "sous reserve", "vorbehalt"),
)
# A clause of its own, with its own subject, between the promise and the approval: the
# approval is that clause's, not the promise's ("will send 20 tanks, while a further sum
# remains pending a vote", "tandis que l'aide ... reste sous réserve de", "während die
# Finanzierung ... unter dem Vorbehalt ... steht", "..., adding that further aid was subject
# to approval"). A bare comma keeps it the promise's (", pending approval of the licence").
_OTHER_CLAUSE_BETWEEN = lazy(
    r"[;:]|\b(?:while|whereas|whilst|but|although|though|adding|added|meanwhile|tandis|alors que|mais|"
    r"ajoutant|ajoute|wahrend|wohingegen|aber|doch|jedoch|indes|fugte|hinzu)\b"
)


def _upon_approval_of_others(folded: str, cue: Cue, end: int) -> bool:
    """Whether the promise waits on an approval told as a condition ("if ... approves") by
    someone other than a legislature (a parliament's vote is the promise's normal path:
    parliament_votes.py)."""
    match = _UPON_APPROVAL.search(folded, cue.end, end)
    return match is not None and not _a_promise_before_its_parliament(folded, cue, match.start(), match.end())


def _a_promise_before_its_parliament(folded: str, cue: Cue, start: int, end: int) -> bool:
    """The approval told between start and end is a legislature's and the cue a promise, not an
    offer (an offer awaiting a vote is still to be taken up, as one with any condition is)."""
    return by_a_legislature(folded, start, end) and not (
        _OFFER.match(folded, cue.start, cue.end) or _OFFERED_TO_BEFORE.search(folded, max(0, cue.start - 30), cue.start)
    )


def _pending_approval_in_its_clause(folded: str, sentence_start: int, sentence_end: int, cue: Cue) -> bool:
    """Whether a condition of approval told as a noun ("pending approval of the export
    licence") stands in the cue's own clause, before or after it, and is not a legislature's
    ("subject to parliamentary approval" leaves the promise made: parliament_votes.py)."""
    end = sentence_end if sentence_end > 0 else len(folded)
    match = _PENDING_APPROVAL.search(folded, sentence_start, end)
    while match is not None:
        low, high = (match.end(), cue.start) if match.start() < cue.start else (cue.end, match.start())
        if not _OTHER_CLAUSE_BETWEEN.search(folded, low, max(low, high)) and not _a_promise_before_its_parliament(
            folded, cue, match.start(), match.end()
        ):
            return True
        match = _PENDING_APPROVAL.search(folded, match.end(), end)
    return False


# ("for as long as it takes", a quote that opens wire copy, is a pledge of time, no condition)
_CONDITION = lazy(
    r"\b(?<!even )(?<!meme )(?<!auch )(?<!selbst )(?:if|unless|provided that|as long as(?! it takes| needed| necessary)|"
    r"si|s'il|s'ils|a condition|"
    r"on (?:the )?condition|sous reserve|unter der (?:bedingung|voraussetzung)|vorausgesetzt|"
    r"wenn|falls|sofern)\b(?! (?:needed|necessary|required|need be|besoin|necessaire|notig|erforderlich)\b)"
)


def _conditional_with_its_condition(folded: str, start: int, end: int, cue: Cue, before: str, text: str) -> bool:
    if cue.status not in ("pledged", "delivered"):
        return False
    if _OFFER.match(folded, cue.start, cue.end) or _OFFERED_TO_BEFORE.search(before):
        pass  # an offer with its condition is a question still open: "has offered to send ... on condition that"
    elif not _CONDITIONAL_CUE.match(folded, cue.start, cue.end):
        if not any(word in before for word in ("would", "'d ", "serai", "wurde")):
            return False  # (most cues: no conditional before them, no pattern to run)
        match = _CONDITIONAL_BEFORE.search(before)
        if match is None:
            return False
        if match.group(0).lstrip().startswith("wurde"):
            # (German: "würden", not the passive past "wurden", read on the text as written)
            at = cue.start - len(before) + match.start() + (len(match.group(0)) - len(match.group(0).lstrip()))
            if not text or not umlaut_u(text, at):
                return False
    if end < 0:
        end = len(folded)
    return bool(_CONDITION.search(folded, start, end))


_NOT_INCLUDED_AFTER = lazy(r"\s+(?:nicht|keine?[nmrs]?|pas)\b")
# "not only ... but also" adds, it does not negate: "will not only send tanks but also",
# "wird nicht nur 20 Panzer liefern, sondern auch", "ne livrera pas seulement des chars" (the French
# perfect's participle may stand inside: "n'a pas livré seulement des chars").
# ("pas que" is that "not only" too: "ne livrera pas que des chars, mais aussi des obus", more given)
_NOT_ONLY_WORDS = (
    r"\b(?:not (?:only|just|merely)|nicht (?:nur|blo(?:ss|s)|allein)|"
    r"pas (?:(?:livre|fourni|envoye|donne|cede|transfere)(?:e|s|es)? )?(?:seulement|uniquement|que\b|qu'))"
)
_NOT_ONLY = lazy(_NOT_ONLY_WORDS + r"\s+(?:[\w'-]+\s+){0,2}$")
NOT_ONLY_INSIDE = lazy(_NOT_ONLY_WORDS + r"\b")
# French "ne ... que" restricts, it does not deny: "ne livrera finalement que 10 chars",
# "n'a livré que trois systèmes" (a scaled-back giving, still a giving). The "ne" stands
# right before the verb (or its auxiliary), the "que" right after it (an adverb or two
# between); a "plus" inside is a negation again ("ne livrera plus que des chars" is a cap, read as its
# own), and a "pas" makes it "not only" ("ne livrera pas que des chars, mais aussi": more, stop 63).
# French puts the "pas" of "pas seulement" after the verb ("ne livrera pas seulement des chars, mais aussi",
# "n'a pas livré seulement", "ne livrait pas uniquement"): the "ne" or "pas" before the cue is then that
# "not only" (folded text, from the cue's end).
_ONLY_AFTER_THE_VERB = lazy(r"\s+(?:pas\s+)?(?:seulement|uniquement)\b|\s+pas\s+qu(?:e\b|')")
_NE_BEFORE = lazy(r"\b(?:ne\s+(?:[\w'-]+\s+)?|n')$")
_QUE_AFTER = lazy(r"\s+(?:(?!pas\b|plus\b|jamais\b)[\w-]+\s+){0,2}qu(?:e\b|')")


def _negated_beyond_not_only(folded: str, start: int, end: int) -> bool:
    """True when the cue folded[start:end] carries a negation that is not the "not" of a
    "not only" ("wird nicht nur 20 Panzer liefern" adds; "wird nicht nur keine Panzer liefern"
    still refuses)."""
    adding = {found.start() for found in NOT_ONLY_INSIDE.finditer(folded, start, end)}
    return any(found.start() not in adding for found in _NEGATED_INSIDE.finditer(folded, start, end))


def _only_that_many(folded: str, before: str, cue: Cue) -> bool:
    """True when the negation before the cue is the French restriction "ne ... que"."""
    return _NE_BEFORE.search(before) is not None and _QUE_AFTER.match(folded, cue.end) is not None
# A time after a negated giving: "not ... before 2026", "pas avant l'été", "nicht vor
# Jahresende", "not until next year" (folded text, read around the cue: German puts the
# negation and the time inside its long verb-last cue).
_NOT_BEFORE_A_TIME = lazy(
    r"\b(?:not|nicht|pas)(?:\s+[\w'-]+){0,4}?\s+" + (_BEFORE_A_TIME := r"(?:before|until|till|avant|vor|bis)\s+"
    r"(?:(?:the|la|le|l'|dem|der|den|zum|zur|mid|early|late|"
    r"end of|fin|la fin de|debut|ende|anfang|mitte|next|nachsten|nachstes|l'an|l'annee)\s*)*"
    r"(?:\d{4}\b|(?:spring|summer|autumn|fall|winter|printemps|ete|automne|hiver|fruhjahr|fruhling|sommer|herbst|"
    rf"{alternation(ENGLISH_MONTHS, FRENCH_MONTHS, GERMAN_MONTHS)}|"
    r"jahresende|year|annee|prochaine?|jahr\w*|"
    r"month|mois|monat\w*|week|semaine|woche\w*)\b)")
)
# ... the same after a cue that holds its negation ("will not deliver its last F-16 jets to
# Ukraine before 2026"), the things and their recipient between (folded text).
_LATER_THAN_AFTER = lazy(r"(?:\s+[\w'-]+){0,8}?\s+" + _BEFORE_A_TIME)
# A delivery put off, told right after it (folded text).
_DELAYED_AFTER = lazy(
    r"\s+(?:(?:is|was|has been|have been|are|were|est|a ete|sont|ont ete|wird|wurde|ist)\s+)?(?:again\s+|encore\s+|erneut\s+)?"
    r"(?:slips?|slipped|delayed|postponed|pushed back|put back|deferred|reportee?s?|repoussee?s?|retardee?s?|"
    r"differee?s?|verschoben|verzogert|verzogert sich|verschiebt sich)\b"
)
# ... and so does a time corrected after "but": "will not deliver its first jets this year,
# as planned, but in 2026", "mais en 2026", "nicht mehr in diesem Jahr, sondern erst 2026"
# (folded text, read after the negated cue up to the sentence's end).
_BUT_LATER = lazy(
    r"[^.;!?]*?\b(?:but|mais|sondern)\s+(?:only\s+|seulement\s+|erst\s+|rather\s+|plutot\s+)?"
    r"(?:in\s+|en\s+|im\s+|au\s+|a\s+|from\s+|des\s+|ab\s+|by\s+|d'ici\s+)?(?:(?:the|la|le|l'|dem|der)\s*)?"
    r"(?:\d{4}\b|next (?:year|month|spring|summer|autumn|winter)|l'an prochain|l'annee prochaine|"
    r"(?:nachstes|nachsten|kommendes|kommenden) jahr|(?:early|late|spring|summer|autumn|winter|"
    r"printemps|ete|automne|hiver|fruhjahr|sommer|herbst|debut|fin|anfang|ende)\b)"
)
# "pas toujours" also means "not always"; kept, because without it a negated delivery
# is read as a refusal, which is the worse error for either meaning.
_YET_TO_BEFORE = lazy(r"\b(?:yet|still) to (?:be )?$")
# An arrival (the cue's words) and, before it in its sentence, the negation or the "none" that
# denies it: "none of the 24 ... had arrived", "have not arrived", "aucun n'est arrivé", "kein
# einziger sei eingetroffen"
_ARRIVAL = lazy(r"\b(?:arriv\w*|reached|eingetroffen|angekommen|eintreffen|ankommen|parvenu\w*)\b")
# The negation must be in the arrival's own clause: no comma, semicolon or "but" between them.
# A negation in another clause ("Although Berlin did not disclose the number, the first tanks
# arrived", "Les chars, qui ne sont pas neufs, sont arrivés", "sind nicht neu, aber sie sind
# eingetroffen") denies something else, and the arrival stands.
_NONE_BEFORE_ARRIVAL = lazy(
    r"\b(?:none|not|never|no|not one|n't|aucune?|pas|jamais|nicht|nie|kein\w*)\b"
    r"(?:[^,;](?<!\bbut )(?<!\bmais )(?<!\baber ))*$"
)
# A giving negated with "in time": lateness blamed, not a refusal ("not on time", "not fast
# enough", "pas à temps", "pas assez vite", "nicht rechtzeitig", "nicht schnell genug")
_NOT_IN_TIME = lazy(
    r"\b(?:not|n't|pas|nicht)\s+(?:[\w'-]+\s+){0,6}?(?:on time|in time|fast enough|quickly enough|a temps|"
    r"dans les temps|dans les delais|assez vite|assez rapidement|rechtzeitig|fristgerecht|termingerecht|"
    r"schnell genug)\b"
)
_NOT_YET = lazy(r"\b(?:not yet|yet to|still not|toujours pas|pas encore|noch nicht|noch immer nicht|immer noch nicht|"
                r"noch keine?n?|pas toujours)\b")

# Readiness signalled quietly is not yet a promise: "let it be known privately that
# they were ready to send", "ont discrètement fait savoir qu'ils étaient prêts à
# livrer", "signalisierte Bereitschaft, ... zu liefern" (a readiness confirmed or
# announced stays a promise: "confirmed it was ready to deliver").
_READINESS = lazy(r"(?:is |are |was |were )?(?:ready|prepared|willing|pret|prete|prets|pretes|disposee?s?|bereit)\b")
# A giving being prepared ("is preparing to send", "s'apprête à livrer") is a promise when
# the giver tells it, a report still open when the press does: "..., the paper reported,
# citing sources" (see cue_as_its_clause_reads).
_PREPARING = lazy(r"(?:(?:is|are) (?:now |also )?preparing to|s'appret\w* a)\b")
_PREPARING_REPORTED = lazy(r"s'appreter(?:ait|aient)\b")
# ... and so is a delivery noun prepared in the conditional: "préparerait l'envoi de chars",
# "prépareraient la livraison de" (in the indicative, "prépare l'envoi", the giver's promise)
_PREPARED_NOUN_BEFORE = lazy(r"\bpreparerai(?:t|ent)\s+(?:l'|la |le |les )$")
# (... unless the sentence denies the report: "a démenti des informations selon lesquelles la
# France s'apprêterait à livrer" refuses it, see denials.denied)
_DENIED_BEFORE = lazy(r"\b(?:den(?:y|ies|ied|ying)|dement\w*)\b")


def _preparing_not_denied(folded: str, sentence_start: int, cue: Cue) -> bool:
    return _PREPARING.match(folded, cue.start) is not None and not _DENIED_BEFORE.search(
        folded, sentence_start, cue.start
    )
# "is reportedly ready | to send"
# ("is ready to | pay for": a cue that does not hold its "to")
_READY_BEFORE = guarded(r"\b(?:ready|prepared|willing)\s+(?:to\s+)?$", ("ready", "prepared", "willing"))
# Readiness in the conditional is reported or hypothetical: "serait prête à livrer",
# "would be ready to send", "wäre bereit, ... zu liefern" (not "waren bereit", "were").
_WOULD_BE_BEFORE = lazy(r"\b(?:serai(?:t|ent)|would be|waren?)\s+(?:\w+ment\s+)?$")


def _would_be(text: str, before: str, position: int) -> bool:
    match = _WOULD_BE_BEFORE.search(before)
    if match is None:
        return False
    if not match.group(0).lstrip().startswith("war"):
        return True
    at = position - len(before) + match.start() + (len(match.group(0)) - len(match.group(0).lstrip()))
    return bool(text) and text[at + 1 : at + 2] in ("ä", "Ä")


_SIGNALLED = lazy(
    r"\b(?:signal\w*|indicated|hinted|let it be known|privately|quietly|discreetly|behind closed doors|reportedly|"
    r"angeblich|laut medienberichten|selon la presse|selon des medias|"
    r"fait savoir|laiss\w* entendre|discretement|en prive|signalisier\w*|angedeutet|deutet\w* an|hinter vorgehaltener hand|"
    r"signalis\w*)\b"
)
# (a report told after the readiness, by the press that made it: see cue_as_its_clause_reads)
_MEDIA_REPORT = lazy(
    r"\b(?:reported|reports? (?:says?|said)|citing|"
    r"a rapporte|rapporte(?:nt)? (?:le|la|les)|selon (?:le |la |les |un |une |des )?(?:quotidien|journal|presse|medias?|hebdomadaire)|"
    r"berichtet\w*|laut (?:der |dem |einem )?(?:zeitung|bericht|medien)\w*)|"
    # (a headline's source after a dash: "... ready to send F-16s - report", "– médias")
    r"\s[-\u2013\u2014]\s*(?:report|reports|media|medias|presse|bericht|medien)\s*$"
)
# (folded text, after a readiness cue) sources left unnamed
_UNNAMED_SOURCES = lazy(
    r"\b(?:selon (?:des |plusieurs |deux |trois |de )?sources|according to (?:\w+ ){0,2}(?:sources|people|officials)\b|"
    r"sources (?:said|say|told)|aus (?:\w+)?kreisen|laut (?:\w+ )?(?:quellen|insidern|kreisen))"
)
# "n'a pris aucune décision" is undecided, not "did not discuss".
_UNDECIDED = lazy(r"decision|entscheidung|undecided")
_VERB_LAST = lazy(r"\w+(?:en|ern)(?: (?:wird|werden|will|wollen|soll|sollen|kann|konnen))?$")
# A German past participle closing a perfect ("geliefert", "übergeben", "überlassen"; folded) and the
# not-yet of its middle field ("keine" denies the thing instead: denied_givings.py).
_GERMAN_PARTICIPLE = lazy(r"ge\w+t|ubergeben|uberlassen|ubermittelt")
_GERMAN_NOT_YET = lazy(r"\b(?:noch nicht|noch immer nicht|immer noch nicht)\b")
_CLAUSE_NEGATION = lazy(r"\b(?:nicht|keine?[nmrs]?|nie|niemals|weder)\b(?! nur\b)(?!-)")  # (not "nicht-tödliche")
# "whether"/"ob" open a question, however far before the verb within the clause.
# (\b(?:whether|ob)\b, written to open with a character class so that `re` skips to the
# letters a match can begin with: it is looked for up to 200 characters before each cue)
_CLAUSE_QUESTION = lazy(r"[wo](?:(?<=\bw)hether|(?<=\bo)b)\b")
# ("sollte" opens a condition, "sollte Deutschland Taurus liefern", or tells what
# ought to be done: neither is a promise)
# ("dürfte" is a likelihood: "Die USA dürften bald ... liefern")
# ... but a "kann" told with the promise it keeps is leave to go on, no condition: "Die Bundesregierung kann damit wie
# angekündigt acht Flugkörper übergeben" (after a court's ruling, review 64)
_AS_ANNOUNCED = lazy(r"\bwie (?:angekundigt|geplant|zugesagt|versprochen|vorgesehen)\b")
# (only "kann"/"darf": "wenn", "falls", "sollte" and "könnte" stay conditions however the promise is told)
_LEAVE_MODAL = lazy(r"\b(?:kann|konnen|darf|durfen)\b")
_REAL_CONDITION = lazy(r"\b(?:wenn|falls|sofern|sollte|sollten|konnte\w*|durfte\w*)\b")


def _leave_as_announced(clause: str) -> bool:
    return bool(_AS_ANNOUNCED.search(clause) and _LEAVE_MODAL.search(clause) and not _REAL_CONDITION.search(clause))


_CLAUSE_CONDITION = lazy(r"\b(?:wenn|falls|sofern|kann|kannst|konnen|konnt\w*|darf|durfen|durfte\w*|sollte|sollten)\b")
