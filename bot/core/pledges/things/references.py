"""Words that stand for a thing named before them, read as mentions of that thing. Pure.

Wire copy names a system once and then refers to it: "au moins 14 exemplaires", "das
erste von vier zugesagten Systemen", "the procurement of the next 18", "le Portugal en
a envoyé 3", "die Schweiz verweigert eine Nachlieferung". Each such word becomes an
item mention with the category and system of what it refers to, so the sentence that
holds it gives a record like any other (bot.core.pledges.extract reads the records).

A mention is any dataclass with `start`, `end`, `category` and `system` (bot.core.pledges.passes.records.Mention); a
reference is a copy of the mention it refers to, moved to its own span.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from typing import Protocol, TypeVar

import re2

from bot.core.pledges.passes.byte_scans import first_match_start, match_spans
from bot.core.pledges.passes.records import as_ascii
from bot.core.pledges.quantities.numbers import number_word


class _MentionLike(Protocol):
    start: int
    end: int
    category: str
    system: str | None


M = TypeVar("M", bound=_MentionLike)

# Categories that name no particular thing ("aid", "weapons"): never referred back to.
_UMBRELLA = ("funding", "other")


def with_references(folded: str, mentions: list[M], data: bytes | None = None) -> list[M]:
    """`mentions` (sorted, of the folded text) with the references found added, sorted.
    Counts of units and bare numbers refer to the system named last, or, in an article
    that names no system, to the precise kind named shortly before ("dix chars ..., et
    cinq autres suivront"); the French partitive and resupply nouns to any precise
    thing. `data` is `as_ascii(folded)` when the caller already has it."""
    data = as_ascii(folded) if data is None else data
    if mentions:
        mentions = _bare_counts(folded, data, _counted_units(folded, data, mentions))
    if mentions and any(verb in folded for verb in _BATCH_COUNT_VERBS):
        mentions = _batch_counts(folded, mentions)
    if mentions and (" en " in folded or "'en " in folded):
        mentions = _partitive_counts(folded, data, mentions)
    if mentions and any(stem in folded for stem in _RESUPPLY_STEMS):
        mentions = _resupplies(folded, mentions)
    if mentions and any(stem in folded for stem in _REFUSED_HANDOVER_STEMS):
        mentions = _refused_handovers(folded, mentions)
    if mentions and any(m.category == "aircraft" for m in mentions):
        mentions = _aircraft_words(folded, data, mentions)
    if mentions:
        mentions = _back_references(folded, data, mentions)
    if mentions:
        mentions = _object_pronouns(folded, data, mentions)
    if mentions and "syst" in folded:
        mentions = _systems_served(folded, data, mentions)
    if len(mentions) > 1:
        mentions = _demonstratives(folded, mentions)
    return mentions


# A demonstrative before a thing's word points back to the thing named before with that word:
# "48 missiles d'interception PAC-3 ... Tokyo a exclu que ces missiles soient transférés" are the
# interceptors (air defence), as "these missiles", "diese Raketen" are. The word alone would read
# as its own kind.
_DEMONSTRATIVE_BEFORE = re.compile(r"\b(?:these|those|ces|diese[nrs]?|jene[nrs]?)\s+$")
_DEMONSTRATIVE_REACH = 600


def _demonstratives(folded: str, mentions: list[M]) -> list[M]:
    found = list(mentions)
    for index, mention in enumerate(mentions):
        if mention.category in _UMBRELLA or not _DEMONSTRATIVE_BEFORE.search(
            folded, max(0, mention.start - 12), mention.start
        ):
            continue
        word = folded[mention.start : mention.end]
        named = next((
            _phrase_head(folded, mentions, before) for before, earlier in reversed(list(enumerate(mentions[:index])))
            if mention.start - earlier.end <= _DEMONSTRATIVE_REACH and earlier.category not in _UMBRELLA
            and word in folded[earlier.start : earlier.end]
        ), None)
        if named is not None and (named.category, named.system) != (mention.category, mention.system):
            found[index] = replace(mention, category=named.category, system=named.system)
    return found


def _phrase_head(folded: str, mentions: list[M], index: int) -> M:
    """The mention at `index`, or, when a word of another kind stands right before it in one
    phrase ("PAC-3 interceptor missiles": "interceptor" before "missiles"), that word's: the
    phrase reads as that kind (items._group_category)."""
    mention = mentions[index]
    if index > 0:
        before = mentions[index - 1]
        if before.category not in _UMBRELLA and 0 <= mention.start - before.end <= 1 and (
            folded[before.end : mention.start].strip() in ("", "-")
        ):
            return before
    return mention


# What is "for the system" serves the system named before: "30 missiles supplémentaires
# pour ce système", "40 weitere Lenkflugkörper für das System", "interceptors for the
# system" are that system's rounds (items._group_category reads missiles or munitions
# with an air-defence system as its interceptors). The noun stands for the system.
_SYSTEM_SERVED_WORDS = (
    r"\b(?:for|pour|fur) (?:the|this|these|that|ce|cet|ces|le|les|das|dieses|diese|die|den) "
    r"(?:(?:same|meme|gleiche) )?(?P<noun>systems?|systemes?|systemen)\b"
)
_SYSTEM_SERVED = re.compile(_SYSTEM_SERVED_WORDS)
_SYSTEM_SERVED_HINT = re2.compile(_SYSTEM_SERVED_WORDS.replace("?P<noun>", "").encode())


def _systems_served(folded: str, data: bytes, mentions: list[M]) -> list[M]:
    found = list(mentions)
    for match in _scan(_SYSTEM_SERVED, _SYSTEM_SERVED_HINT, folded, data):
        s, e = match.span("noun")
        if any(m.start < e and s < m.end for m in found):
            continue  # read already ("for the two systems" counted, a name)
        if any(e < m.start <= e + 2 and m.system for m in mentions):
            continue  # the system named right after its noun, "für das System SAMP/T": that one, no reference back
        named = [m for m in mentions if m.system and m.end <= s and s - m.end <= 300]
        if named:
            found.append(replace(named[-1], start=s, end=e))
    return sorted(found, key=lambda m: m.start) if len(found) > len(mentions) else mentions


# Each pattern below scans the whole article with `re`, which tries it at every
# character (~15-25 µs an article each), and most articles hold no match. Each has an
# RE2 twin, its hint, run on the folded text as ASCII bytes (as_ascii) in a few µs:
# the twin matches wherever the pattern does (it reads the same ASCII words, takes
# any character that is not ASCII, "?" to RE2, as whatever the pattern may take there,
# and leaves out what the pattern checks after its words). So no match of the
# pattern begins before the twin's first match, and the scan starts there: the same
# matches, and none looked for in an article where the twin finds nothing. `re`
# reads the text before the start position, so \b and look-behinds see what a
# full scan sees. (tests/pledges/test_pledges_fast.py compares both ways on random texts.)
def _scan(pattern: re.Pattern[str], hint: re2._Regexp, folded: str, data: bytes) -> Iterator[re.Match[str]]:
    """What `pattern.finditer(folded)` yields, begun at the first match of `hint`."""
    first = first_match_start(hint, data)
    return iter(()) if first is None else pattern.finditer(folded, first)


# What `re`'s \s may match, as RE2 reads the ASCII bytes: its ASCII white space
# (RE2's \s has no \v, nor the separators \x1c-\x1f) or "?", a character that is not ASCII.
_SPACE_HINT = r"[\s\x0b\x1c-\x1f?]"


# Wire copy names jets once and then calls them machines: "Die ersten Maschinen sind
# eingetroffen", "les premiers appareils", "the planes". Such a word right after
# aircraft were named stands for them.
_AIRCRAFT_WORDS = r"\b(?:maschinen|flugzeuge|appareils|avions|planes)\b"
_AIRCRAFT_WORD = re.compile(_AIRCRAFT_WORDS)
_AIRCRAFT_WORD_HINT = re2.compile(_AIRCRAFT_WORDS.encode())  # the same ASCII words


def _aircraft_words(folded: str, data: bytes, mentions: list[M]) -> list[M]:
    found = list(mentions)
    for match in _scan(_AIRCRAFT_WORD, _AIRCRAFT_WORD_HINT, folded, data):
        s, e = match.span()
        if any(m.start <= s < m.end for m in mentions):
            continue  # part of a name already read ("avions de combat")
        named = [m for m in mentions if m.end <= s and m.category not in _UMBRELLA]
        if named and named[-1].category == "aircraft" and s - named[-1].end <= 300:
            found.append(replace(named[-1], start=s, end=e))
    return sorted(found, key=lambda m: m.start) if len(found) > len(mentions) else mentions


# A resupply told as a noun without its object ("die Schweiz verweigert eine
# Nachlieferung", "the replenishment was blocked", "le réapprovisionnement") is more of
# what was named before it: ammunition when ammunition was named shortly before (the
# usual resupply), else the last thing named.
# (a substring test first: the pattern, with its compounds, is slow to run on every text)
_RESUPPLY_STEMS = ("nachliefer", "nachschub", "replenish", "resuppl", "re-suppl", "ravitaill", "reapprovision", "reassort")
_RESUPPLY = re.compile(
    r"\b(?:\w*nachlieferung\w*|nachschub\w*|replenishment|resupply|resupplies|resupplying|re-supply|"
    r"ravitaillement|reapprovisionnement|reassort\w*)\b"
)


def _resupplies(folded: str, mentions: list[M]) -> list[M]:
    found = list(mentions)
    for match in _RESUPPLY.finditer(folded):
        s, e = match.span()
        if any(e <= m.start <= e + 20 for m in mentions):
            continue  # "ravitaillement en munitions": its object is named
        recent = [m for m in mentions if m.end <= s and s - m.end <= 300 and m.category not in _UMBRELLA]
        if recent:
            ammunition = next((m for m in reversed(recent) if m.category == "ammunition"), None)
            named = ammunition or recent[-1]
            found.append(replace(named, start=s, end=e))
    return sorted(found, key=lambda m: m.start) if len(found) > len(mentions) else mentions


# A handover refused as a noun without its object ("Kanzler Scholz lehnt eine Lieferung
# weiterhin ab", "London lehnte eine Zusage ab", "Paris refuse une telle livraison",
# "Berlin rejected such a delivery") refuses the thing named just before: the request
# or the debate of the sentence before it.
_REFUSED_HANDOVER_STEMS = ("lehn", "refus", "reject", "rejet", "declin", "ruled out")
_REFUSED_HANDOVER = re.compile(
    r"\blehn\w* (?:eine|die|jede|weitere|solche|diese) (?:\w+ )?(lieferung|zusage|abgabe|uberlassung|weitergabe)\b|"
    r"\b(?:refus\w*|rejet\w*) (?:une telle|toute|cette|la|une) (livraison|cession|promesse|demande)\b|"
    r"\b(?:refus\w*|reject\w*|ruled out|declin\w*) (?:such an?|any such|any|the|a) (delivery|transfer|commitment|pledge|request)\b"
)


def _refused_handovers(folded: str, mentions: list[M]) -> list[M]:
    found = list(mentions)
    for match in _REFUSED_HANDOVER.finditer(folded):
        group = next(g for g in range(1, 4) if match.group(g))
        s, e = match.span(group)
        if any(e <= m.start <= e + 25 for m in mentions):
            continue  # "lehnt eine Lieferung von Taurus ab": its object is named
        recent = [m for m in mentions if m.end <= s and s - m.end <= 300 and m.category not in _UMBRELLA]
        if recent:
            found.append(replace(recent[-1], start=s, end=e))
    return sorted(found, key=lambda m: m.start) if len(found) > len(mentions) else mentions


# A bare number stands for the system named before it: "the procurement of the next
# 18", "another 12 are to follow", "die restlichen drei werden folgen", "les six
# autres seront livrés". Only a count after such a determiner and followed by no noun
# of its own. (A number of at most 21 digits and six thousands groups, as numbers.py reads
# them: unbounded, a run of figures a comma apart, "100,100,100,...", was read to its end from
# each figure the pattern was tried at, then failed: the square of the run's length.)
_SMALL_NUMBER = (r"\d{1,21}(?:[.,]\d{3}){0,6}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|zwei|drei|vier|"
                 r"funf|sechs|sieben|acht|neun|zehn|zwolf|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|douze|quinze|vingt")
# The hint's number: a digit that is not ASCII is "?" to RE2 (all its digits: a hint may go on after it).
_SMALL_NUMBER_HINT = "[0-9?][0-9?.,]*|" + _SMALL_NUMBER.split("|", 1)[1]
# What may follow a bare number: punctuation or a verb, no noun of its own.
_VERB_AFTER = (
    r"because|as|by|in|will|would|to|for|from|are|were|is|was|have|has|had|ist|sind|wird|"
    r"werden|wurden|soll|sollen|sont|seront|ont|pour|fur|avant|sera|which|that|should|could|due|arrived|arrives|arrive|"
    # German puts the verb last: "Norwegen will weitere acht schicken", "sagte weitere acht zu"
    r"zu|liefern|schicken|ubergeben|uberlassen|bereitstellen|folgen|geliefert|zugesagt|"
    r"suivront|suivra|doit|doivent|devrait|devraient|est|arrivera|"
    # a batch more in a plain present or another verb of coming: "two more follow in May",
    # "zwei weitere folgen", "trois autres partiront" (cue_patterns, "more to come")
    r"follow|follows|folgt|suivent|partiront|arriveront|"
    # jets told by their place in a batch and what they do: "les 19 premiers volent déjà"
    r"volent|fly|fliegen|"
    # what has come of a promise: "seien bislang nur 60.000 eingetroffen", "only 20 have arrived"
    r"eingetroffen|angekommen|arrives|arrivees|parvenus|parvenues|"
    # ... and the German simple past of arriving: "die ersten 500 trafen im Juni ein" (round 53)
    r"traf|trafen|kam|kamen|"
    # the German recipient right after the count: "gibt vier an die Ukraine"
    r"an die ukraine|an kiew"
)
_NO_NOUN_AFTER = rf"(?=\s*(?:[,.;:)](?!\d)|$)|\s+(?:{_VERB_AFTER})\b)"
# (its hint reads the same words, without the look-ahead RE2 does not have)
_NO_NOUN_AFTER_HINT = rf"(?:{_SPACE_HINT}*(?:[,.;:)]|$)|{_SPACE_HINT}+(?:{_VERB_AFTER})\b)"
# A verb of giving before a bare number counts what was named before as well: "Portugal
# sent three, Sweden ten", "Finnland schickte drei" (the span is then the number alone).
_GIVING_VERBS = (
    r"sent|delivered|supplied|provided|donated|gave|pledged|promised|handed over|"
    r"schickte|schickten|lieferte|lieferten|sandte|sandten|ubergab|ubergaben|spendete|spendeten|"
    # ... and in the present or after an auxiliary, the thing named in the clause before: "will buy
    # six NASAMS launchers for its own army and give four to Ukraine", "kauft sechs Caesar für die
    # eigenen Streitkräfte und gibt vier an die Ukraine" (round 52)
    r"give|gives|send|sends|deliver|delivers|supply|supplies|provide|provides|donate|donates|hand over|"
    r"hands over|gibt|geben|liefert|schickt|ubergibt"
)
_GIVING_HEAD = re.compile(rf"(?:{_GIVING_VERBS})\s+(?:(?:another|weitere)\s+)?")
_BARE_COUNT_HEADS = (
    _GIVING_VERBS + "|"
    r"the (?:next|remaining|other|last|first|additional)|another|a further|an additional|an extra|weitere|"
    # a part of what was promised, told with "only": "bislang nur 60.000 eingetroffen", "only 20 have
    # arrived", "seulement 20 sont arrivés"
    r"only|just|nur|erst|seulement|"
    r"(?:die|der|den) (?:nachsten|restlichen|ubrigen|ersten|letzten)|les (?:prochains?|autres|derniers|premiers)"
)
_ONLY_HEAD = re.compile(r"(?:only|just|nur|erst|seulement)\s+")
# ... and a step of a timeline told by its place in it: "delivered the first four in June", "die ersten
# 500 trafen ein" count their things (the number alone is the span, as after "only"; round 52r)
_STEP_HEAD = re.compile(r"(?:the (?:first|last|next|remaining)|(?:die|der|den) (?:ersten|letzten|nachsten|restlichen))\s+")
_BARE_COUNT = re.compile(
    rf"\b(?:(?:{_BARE_COUNT_HEADS})\s+"
    rf"(?:{_SMALL_NUMBER})(?:\s+(?:more|further|additional|weitere\w*|autres|supplementaires))?|"
    rf"les\s+(?:{_SMALL_NUMBER})\s+(?:autres|derniers|premiers|restants|suivants))"
    + _NO_NOUN_AFTER
)
# (a match begins with a head and a number, or "les" and a number: the hint ends there)
_BARE_COUNT_HINT = re2.compile(
    rf"\b(?:{_BARE_COUNT_HEADS}|les){_SPACE_HINT}+(?:{_SMALL_NUMBER_HINT})".encode()
)
# A number with "more" and no noun ("six more would be delivered", "sechs weitere
# sollen folgen", "six autres suivront") and an ordinal with no noun ("the fourth is
# due in May", "le quatrième doit suivre", "das vierte soll folgen"). Found by their
# last word, which is rarer than the numbers and articles before it.
_MORE_OR_ORDINAL_WORDS = (
    r"\b(?:(?P<more>more|further|weitere|autres)|second|third|fourth|fifth|sixth|deuxieme|seconde?|troisieme|quatrieme|"
    r"cinquieme|sixieme|zweite[nrs]?|dritte[nrs]?|vierte[nrs]?|funfte[nrs]?|sechste[nrs]?)\b"
)
# (a batch more also takes a time or a condition right after it, no noun: "could send 30
# more next year if funding holds", "will ship 4 more this year", "weitere 20 bis
# Jahresende", "six autres d'ici à l'été")
_TIME_AFTER_MORE = (
    r"next|this|later|within|over|if|once|until|before|after|starting|early|"
    r"d'ici|dans|apres|si|des|l'an|l'annee|cette|"
    r"bis|ab|im|nachste\w*|noch|falls|wenn|spater|in diesem|innerhalb"
)
_MORE_OR_ORDINAL = re.compile(
    _MORE_OR_ORDINAL_WORDS + rf"(?:{_NO_NOUN_AFTER}|(?=\s+(?:{_TIME_AFTER_MORE})\b))"
)
_MORE_OR_ORDINAL_HINT = re2.compile(
    (_MORE_OR_ORDINAL_WORDS + rf"(?:{_NO_NOUN_AFTER_HINT}|{_SPACE_HINT}+(?:{_TIME_AFTER_MORE})\b)").encode()
)
_NUMBER_BEFORE = re.compile(rf"\b(?:{_SMALL_NUMBER})\s+$")
# A batch more told by a time alone is the donor's next batch only in the donor's own clause:
# when the receiver is the clause's subject or its verb is a wish or a need ("Kyiv wants 30 more
# this year", "Ukraine needs 30 more before the winter", "hopes to get 30 more next year", "Kiev
# en veut 30 autres d'ici à l'été", "Kiew braucht 30 weitere bis Jahresende") the count is what
# is wanted, no batch of the thing given (round 53 reread; a number with a verb after it, "30 more
# will follow", stays the donor's)
_NO_NOUN_AFTER_AT = re.compile(_NO_NOUN_AFTER)
_CLAUSE_START = re.compile(r"(?:[,;:(]|\b(?:and|but|while|whereas|et|mais|tandis que|und|aber|wahrend)\b)(?!.*(?:[,;:(]|\b(?:and|but|while|whereas|et|mais|tandis que|und|aber|wahrend)\b))")
_RECEIVER_SUBJECT = re.compile(
    r"\s*(?:(?:the|l'|die)\s*)?(?:ukraine|kyiv|kiev|kiew|zelensky\w*|zelenskyy|selenskyj)\b"
)
_WISH_VERB = re.compile(
    r"\b(?:wants?|wanted|needs?|needed|hopes?|hoped|hoping|wish(?:es|ed)?|would like|seeks?|sought|"
    r"veut|voulait|voudrait|souhaite\w*|reclame\w*|espere\w*|a besoin|"
    r"mochte|mochten|braucht|brauchen|benotigt|fordert|fordern|hofft|hoffen|erhofft|wunscht|verlangt)\b"
)

_RECEIVING_VERB = re.compile(
    r"\b(?:receive\w*|get|gets|getting|obtain\w*|recevr\w*|recoit|recoivent|obtient|obtiendr\w*|"
    r"erhalt|erhalten|bekommt|bekommen)\b"
)


def _wished_batch(folded: str, count_start: int, match: re.Match) -> bool:
    """A batch more read by the time after it (no verb after it) whose clause's subject is the
    receiver or whose verb is a wish: see _RECEIVER_SUBJECT."""
    if _NO_NOUN_AFTER_AT.match(folded, match.end()):
        return False
    window_start = max(0, count_start - 80)
    window = folded[window_start:count_start]
    opener = _CLAUSE_START.search(window)
    clause = window[opener.end():] if opener else window
    if _WISH_VERB.search(clause):
        return True
    # (the receiver getting them tells the donor's batch: "Ukraine will receive 10 more next year")
    return bool(_RECEIVER_SUBJECT.match(clause)) and not _RECEIVING_VERB.search(clause)
_ARTICLE_BEFORE = re.compile(r"\b(?:the|a|le|la|un|une|das|der|die|ein|eine[nr]?)\s+$")


def _bare_spans(folded: str, data: bytes) -> list[tuple[int, int]]:
    spans = []
    for match in _scan(_BARE_COUNT, _BARE_COUNT_HINT, folded, data):
        s, e = match.span()
        head = _GIVING_HEAD.match(folded, s) or _ONLY_HEAD.match(folded, s) or _STEP_HEAD.match(folded, s)
        if head is not None:
            s = head.end()  # the number alone: the count it is (items.item_phrases)
        spans.append((s, e))
    for match in _scan(_MORE_OR_ORDINAL, _MORE_OR_ORDINAL_HINT, folded, data):
        before = _NUMBER_BEFORE if match.group("more") else _ARTICLE_BEFORE
        found = before.search(folded, max(0, match.start() - 16), match.start())
        # (a French partitive before the count reads it: "en enverra six autres")
        if found and not any(s <= found.start() < e for s, e in spans) and not (
            _PARTITIVE_BEFORE_COUNT.search(folded, max(0, found.start() - 40), found.start())
        ) and not (match.group("more") and _wished_batch(folded, found.start(), match)):
            spans.append((found.start(), match.end()))
    return spans


def _bare_counts(folded: str, data: bytes, mentions: list[M]) -> list[M]:
    found = list(mentions)
    for s, e in _bare_spans(folded, data):
        named = _kind_of_its_sentence(folded, mentions, s) or _named_before(mentions, s, folded)
        if named is not None and s - named.end <= 400 and not any(s <= m.start < e for m in mentions):
            found.append(replace(named, start=s, end=e))
    return sorted(found, key=lambda m: m.start) if len(found) > len(mentions) else mentions


# French partitive "en" with a count stands for the thing named before: "Berlin a
# livré 18 chars, le Portugal en a envoyé 3" (Portugal sent 3 of them). The pronoun is
# an item mention of the last precise thing named before it.
# (the first person too, a minister speaking: "en 2026, nous en avons livré 60")
_PARTITIVE_HEAD = r"\ben (?:a|ont|avait|avaient|aura|auront|avons|avions|aurons|livre|envoi|enverr|fourni|promet|cede|donn)"
_PARTITIVE_HINT = re2.compile(_PARTITIVE_HEAD.encode())  # how every match begins
# (the partitive's own verbs before a count, which _PARTITIVE reads: "en enverra six autres";
# "en achètera 18 autres" is not among them, and the batch more reads it)
_PARTITIVE_BEFORE_COUNT = re.compile(
    r"\ben (?:a|ont|avait|avaient|aura|auront|avons|avions|aurons|livre\w*|envoi\w*|enverr\w*|fourni\w*|promet\w*|cede\w*|donn\w*)"
    r"(?: [\w'-]+){0,3} $"
)
_PARTITIVE = re.compile(
    r"\ben (?:a|ont|avait|avaient|aura|auront|avons|avions|aurons|livre\w*|envoi\w*|enverr\w*|fourni\w*|promet\w*|cede\w*|donn\w*)"
    r"(?: (?:deja|aussi|egalement|lui-meme|elle-meme|pour sa part|a son tour))?"
    r"(?: (?:livre|envoye|fourni|donne|cede|promis|transfere|remis)\w*)?"
    r"(?: (?:deja|aussi|egalement|a kiev|a l'ukraine))?"
    # (a bound before the count: "s'est engagée à en livrer au moins 1,8 million")
    r"(?: (?:au moins|plus de|pres de|environ|jusqu'a|quelque))? (?:\d+|une? |deux|trois|quatre|cinq|six|sept|huit|neuf|dix|"
    r"onze|douze|quinze|vingt|trente|quarante|cinquante|cent|plusieurs|quelques)"
)


# ... and with "more" instead of a count, the pronoun before an infinitive: "n'exclut pas
# d'en envoyer davantage", "prête à en livrer d'autres", "envisage d'en fournir plus"
_PARTITIVE_MORE_HEAD = r"\b(?:d'|a )en (?:livrer|envoyer|fournir|ceder|donner|acheter|transferer)"
_PARTITIVE_MORE_HINT = re2.compile(_PARTITIVE_MORE_HEAD.encode())
_PARTITIVE_MORE = re.compile(_PARTITIVE_MORE_HEAD + r" (?:(?:encore|aussi|egalement) )?(?:davantage|plus\b|d'autres)")


def _partitive_counts(folded: str, data: bytes, mentions: list[M]) -> list[M]:
    found = list(mentions)
    starts = [match.start() for match in _scan(_PARTITIVE, _PARTITIVE_HINT, folded, data)] + [
        match.start() + match.group(0).index("en ")
        for match in _scan(_PARTITIVE_MORE, _PARTITIVE_MORE_HINT, folded, data)
    ]
    for s in starts:
        named = [m for m in mentions if m.end <= s and m.category not in _UMBRELLA]
        if named and s - named[-1].end <= 300:
            found.append(replace(named[-1], start=s, end=s + 2))
    return sorted(found, key=lambda m: m.start) if len(found) > len(mentions) else mentions


# "Au moins 14 exemplaires ont été livrés", "30 Exemplare", "the first 10 units": a
# count of units refers back to the system named last. A unit word followed by what
# it counts ("30 Exemplare des Flugabwehrpanzers Gepard") is left to that name.
# "Das erste von vier zugesagten Systemen", "two more systems": a counted "systems"
# refers back to the system named before as well.
# A launcher counted the same way ("the first launchers", "les premiers lanceurs", "die
# ersten Startgeräte") is a unit of the air-defence or rocket system named before.
# A share told by a generic noun after "of the" is one too: "has delivered 50 of the
# vehicles", "30 des appareils", "20 der Fahrzeuge" (a bare "20 vehicles" may be others).
_UNIT_WORDS = (
    r"\b(?:exemplaires|exemplare|units|unites|stuck|examples|systems?|systemes|systeme|systemen|"
    r"launchers?|lanceurs?|startgerate?n?|"
    # the elliptic nouns of a kind: guns counted as pieces or barrels ("six pièces
    # supplémentaires", "20 more pieces", "zehn Rohre"), air defence as batteries ("two
    # more batteries", "zwei weitere Batterien"); spare parts are no such piece (below)
    r"pieces|rohre|batteries|batterien|"
    # ... and an air-defence system's fire units in German, one word ("zwei weitere
    # Feuereinheiten", as "two more fire units" reads by its "units")
    r"feuereinheit(?:en)?|"
    r"(?:of the|of these|of those|des|de ces|der|dieser) (?:vehicles|vehicules|fahrzeuge|machines|maschinen|appareils|"
    r"engins|jets|aircraft|planes|avions|flugzeuge))\b"
)
_UNIT_WORD = re.compile(_UNIT_WORDS)
_UNIT_WORD_HINT = re2.compile(_UNIT_WORDS.encode())  # the same ASCII words
_COUNT_BEFORE = re.compile(
    r"\b(?:\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|douze|quinze|vingt|zwei|drei|vier|funf|sechs|sieben|acht|"
    r"neun|zehn|zwolf|two|three|four|five|six|seven|eight|nine|ten|twelve|dozen|douzaine|"
    # "the first system", "das erste System", "le premier système", "one system"
    r"first|erste[nrs]?|premiers?|premieres?|one|ein|eine[nrs]?|un|une)\s+(?:[\w-]+\s+){0,2}$"
)


def _counted_units(folded: str, data: bytes, mentions: list[M]) -> list[M]:
    found = list(mentions)
    for unit in _scan(_UNIT_WORD, _UNIT_WORD_HINT, folded, data):
        s, e = unit.span()
        if not _COUNT_BEFORE.search(folded, max(0, s - 24), s):
            continue
        if _RECEIVER_BEFORE.search(folded, max(0, s - 12), s):
            continue  # "3 000 drones aux unités ukrainiennes": the units receive, they are not counted
        gun_unit = _GUN_UNITS.match(folded, s) is not None
        # (a calibre after a piece or barrel is no name counted: "12 de ces pièces de 155 mm")
        if any(e <= m.start <= e + 30 and not (gun_unit and m.category == "ammunition") for m in mentions):
            continue  # "30 Exemplare des Flugabwehrpanzers Gepard": counted by its name
        if any(m.start <= s < m.end for m in mentions):
            continue  # part of a word already read ("two rocket launchers", "grenade launchers")
        if _SPARE_PARTS_AFTER.match(folded, e):
            continue  # "pièces détachées", "pieces of": no gun
        # (a piece, barrel or battery is a gun or launcher, never the rounds or a calibre
        # named last: "12 canons Caesar de 155 mm, en plus des 18 pièces")
        candidates = [m for m in mentions if m.category != "ammunition"] if gun_unit else mentions
        named = _named_before(candidates, s)
        if named is not None:
            found.append(replace(named, start=s, end=e))
    return sorted(found, key=lambda m: m.start) if len(found) > len(mentions) else mentions


_GUN_UNITS = re.compile(r"pieces|rohre|batteri")
# (folded text right before a unit word: the preposition of whom things go to, "aux unités",
# "to the units", "an die Einheiten")
_RECEIVER_BEFORE = re.compile(r"\b(?:aux|to|for|pour|an|fur)\s+(?:the\s+|its\s+|their\s+|die\s+|ses\s+|leurs\s+)?$")

# A batch's count told by a generic noun in a sentence of its own: "Ce lot comptait 16
# véhicules", "The batch numbered 16 vehicles", "Die Lieferung umfasste 16 Fahrzeuge": the
# vehicles are the kind named before (a bare "16 vehicles" elsewhere may be others).
_BATCH_COUNT_VERBS = ("compt", "numbered", "umfasste", "zahlte", "comprenait", "included")
_BATCH_COUNT = re.compile(
    r"\b(?:lot|batch|shipment|consignment|livraison|envoi|lieferung|charge|tranche) "
    r"(?:comptait|comptaient|numbered|included|comprenait|comprenaient|umfasste|zahlte) "
    r"(?:\d[\d.,]{0,29}|\w+) (?P<noun>vehicles|vehicules|fahrzeuge|engins|appareils|machines)\b"
)


def _batch_counts(folded: str, mentions: list[M]) -> list[M]:
    found = list(mentions)
    for match in _BATCH_COUNT.finditer(folded):
        s, e = match.span("noun")
        # (the thing the batch brought, named last before it: a system named later in the
        # article is another's)
        before = [m for m in mentions if m.end <= s and m.category not in _NOT_COUNTED_BACK]
        named = before[-1] if before and s - before[-1].end <= 2 * _KIND_REACH else None
        if named is not None and not any(m.start <= s < m.end for m in mentions):
            found.append(replace(named, start=s, end=e))
    return sorted(found, key=lambda m: m.start) if len(found) > len(mentions) else mentions


# (folded text after "pieces": spare parts, or pieces of something named after them)
_SPARE_PARTS_AFTER = re.compile(r"\s+(?:detachees|de rechange|of\b(?!\s*\d)|de\b(?!\s*\d)|d')")
# How far back a count standing for a kind (no system named) may find that kind: its
# sentence or the one before it.
_KIND_REACH = 200
# Kinds a count never stands for: money, training, and "equipment" in general.
_NOT_COUNTED_BACK = (*_UMBRELLA, "training", "training_weak", "equipment")


# Where a sentence ends, in folded text: its stop and the space after it (a decimal point,
# "1.8 million", has no space after it).
_SENTENCE_END = re.compile(r"[.!?]\s|\n")


def _kind_of_its_sentence(folded: str, mentions: list[M], at: int) -> M | None:
    """A bare count whose sentence names a kind before it, while the last system named lies
    in an earlier sentence, counts that kind: "said it would send 20 Leopard tanks. It has
    delivered 300,000 shells and will ship up to 100,000 more" (more shells, not tanks)."""
    begins = 0
    for match in _SENTENCE_END.finditer(folded, 0, at):
        begins = match.end()
    own = [m for m in mentions if begins <= m.start and m.end <= at and m.category not in _NOT_COUNTED_BACK]
    systems = [m for m in mentions if m.system and m.end <= at]
    if not own or not systems or systems[-1].start >= begins:
        return None
    return own[-1]


def _named_before(mentions: list[M], at: int, folded: str = "") -> M | None:
    """What a count of units or a bare count at `at` stands for: the system named last
    before it; when the article names none, the precise kind named last, close before.
    Given `folded`, a system named only in a later sentence does not stand in the way: "will
    hand over the remaining 25 armoured vehicles. The first 40 are already in use. ... looking
    at sending more NASAMS" (the 40 are vehicles; review 58)."""
    systems = [m for m in mentions if m.system and m.end <= at]
    if systems:
        return systems[-1]
    if folded:
        end = _SENTENCE_END.search(folded, at)
        limit = end.start() if end else len(folded)
        if any(m.system and m.start < limit for m in mentions):
            return None
    elif any(m.system for m in mentions):
        return None
    kinds = [m for m in mentions if m.end <= at and m.category not in _NOT_COUNTED_BACK]
    return kinds[-1] if kinds and at - kinds[-1].end <= _KIND_REACH else None


# A pronoun or a "rest" standing for what was named before, as the subject or object of
# a delivery or promise: "the first of them arrived", "le premier d'entre eux a été
# livré", "das erste davon wurde übergeben", "the remaining ones will follow", "the rest",
# "le reste", "den Rest", "die übrigen", and "the first" with no noun of its own ("the
# first was delivered in May"). Only before a verb or punctuation: "the rest of the
# money", "le reste du monde" and "the first to send tanks" are no such word.
def _back_reference_words(number: str) -> str:
    return (
        rf"\b(?:the (?:first|last)(?: (?:one|ones|{number}))? of them|"
        rf"(?:le|la|les) (?:(?:{number}) )?(?:premier|premiere|dernier|derniere)s? d'entre (?:eux|elles)|"
        r"(?:das|der|die|den) (?:erste|letzte)n? davon|"
        # a share with no count of its own: "half of them", "la moitié d'entre eux", "die
        # Hälfte davon" (the things named, no figure: the share is not counted)
        r"(?:about |roughly )?half of them|la moitie d'entre (?:eux|elles)|(?:die |etwa die |rund die )?halfte davon|"
        # ... and told without "of them", before its verb or at the clause's end (review 63): "Geliefert ist bis
        # heute nur gut die Hälfte", "la moitié seulement a été livrée", "only half have arrived"
        r"(?:(?:nur|gut|knapp|etwa|rund|erst|bislang) )*die halfte|(?:(?:seulement|a peine|pres de|environ) )?la moitie"
        r"(?: seulement)?|(?:only|just|about|roughly|less than|more than|barely) half|"
        # a share of what was named, by its count: "sechs davon", "die ersten 20", "dont
        # six", "six of which" ("Dänemark will 19 F-16 liefern, sechs davon seien bereits
        # eingetroffen": the six are F-16 delivered)
        rf"(?:{number}) davon|(?:die|den) (?:ersten|letzten) (?:{number})|dont (?:{number})|(?:{number}) of (?:which|them)|"
        # ... and told with the auxiliary first: "davon sind 12 bereits übergeben worden"
        rf"davon (?:sind|seien|wurden|waren) (?:{number})(?: (?:bereits|schon|inzwischen))?|"
        # a first part of them, before its verb: "a first batch has arrived", "une première
        # partie a déjà été livrée", "ein erster Teil wurde übergeben"
        r"(?:the|a) first (?:batch|part|shipment|consignment)|une premiere (?:partie|livraison|lot)|un premier lot|"
        r"(?:ein|der) erste[r]? (?:teil|charge)|die erste (?:charge|lieferung)|"
        # the rest of a fleet whose first ones were given, with the time it waits for: "will hand
        # over the rest of its fleet as the air force receives F-35s", "le reste de sa flotte",
        # "den Rest seiner Flotte, sobald ..."
        r"(?P<fleet>the rest of (?:its|their|the) fleet|le reste de (?:sa|leur) flotte|(?:den|der) rest (?:seiner|ihrer) flotte)|"
        r"the remaining(?: ones?)?|the rest(?: of them)?|the remainder|le reste|les restants|"
        r"(?:der|den) rest|die (?:ubrigen|restlichen)|"
        # more of them, told without a noun: "Weitere sollen folgen", "d'autres suivront"
        r"weitere|d'autres|"
        # the same kind by its count and a general noun: "more than 200 such vehicles",
        # "200 solcher Fahrzeuge", "200 véhicules de ce type"
        rf"(?:{number}) (?:such [a-z-]+s|solcher [a-z-]+)|(?:{number}) [a-z-]+s de ce type|"
        # more of the same, by its count: "three more of them", "two more of the same",
        # "trois autres du même type", "drei weitere desselben Typs"
        rf"(?:{number}) (?:more|further|other|additional) of (?:them|these|those|the same)(?: (?:type|model|kind))?|"
        rf"(?:{number}) of the same (?:type|model|kind)|(?:{number}) (?:autres )?du meme (?:type|modele)|"
        rf"(?:{number}) weitere (?:desselben|des gleichen|dieses) (?:typs|modells)|"
        # a possessive pronoun for the owner's own of the thing named, told alone: "céder
        # les siens", "to hand over its own", "seine eigenen abzugeben"
        r"les (?:siens|siennes|leurs)|(?:its|their) own|(?:seine|ihre) eigenen"
        # "the first" alone only before a verb: "Germany was the first, then France"
        r"|(?P<first>the first(?: ones?)?|(?:le|la|les) (?:premier|premiere)s?|(?:das|der|die) ersten?))"
    )


# What may follow such a word: an auxiliary or a verb of arriving, following or giving
# (a narrower list than _VERB_AFTER: "the first in Europe", "the first to" are no reference).
_BACK_REFERENCE_VERBS = (
    r"will|would|should|could|are|were|is|was|have|has|had|arrived|arrive|arrives|followed|follow|follows|came|"
    r"ist|sind|wird|werden|wurde|wurden|soll|sollen|sollten|war|waren|kam|kamen|traf|trafen|folgt|folgen|folgten|"
    r"liefert|liefern|schickt|ubergibt|sei|seien|sont|seront|ont|a|sera|est|doit|doivent|devrait|devraient|arrivera|"
    r"ubergeben|geliefert|ausgeliefert|eingetroffen|angekommen|abgeben|uberlassen|"
    # (a German infinitive after its object: "hatte zugesagt, 20 davon zu liefern")
    r"zu|"
    r"arriveront|arrive|arrivent|suivra|suivront|suit|suivent|etait|etaient|avait|avaient|"
    # the German recipient right after the share: "gibt vier davon an die Ukraine ab"
    r"an die ukraine|an kiew"
)
# (the rest of a fleet may be followed by the time it waits for: "as the air force receives F-35s")
_FLEET_WAITS_FOR = (
    r"as|when|once|after|next|this|later|by|in|quand|lorsque|des que|une fois|d'ici|l'an|l'annee|"
    r"sobald|wenn|nachdem|bis|im|nachstes|nachstes jahr"
)
_BACK_REFERENCE = re.compile(
    _back_reference_words(_SMALL_NUMBER)
    + rf"(?=\s+(?:{_BACK_REFERENCE_VERBS})\b|(?(fleet),?\s+(?:{_FLEET_WAITS_FOR})\b|(?!))|(?(first)(?!)|\s*(?:[,.;:)](?!\d)|$)))"
)
# (its hint: the same words, without the look-ahead)
_BACK_REFERENCE_HINT = re2.compile(
    _back_reference_words(_SMALL_NUMBER_HINT).replace("?P<first>", "").replace("?P<fleet>", "").encode()
)
# Another thing named right after the word, in its sentence, is what the sentence is about:
# "the others are considering sending tanks" (not one named in a clause of cause after a comma: "Geliefert ist nur
# die Hälfte, weil Ersatzteile fehlen", "only half arrived, because spare parts are missing": review 63).
_OWN_THING_AFTER = re.compile(
    r"(?:(?!,\s*(?:weil|da|denn|because|since|as|car|parce que|puisque|faute de)\b)[^.!?]){0,80}"
)


# "The first" as the object of a giving, whatever follows it: "after delivering the first
# in October", "après avoir livré le premier en octobre", "having sent the first last
# year"; in German the participle comes after ("nachdem das erste im Oktober übergeben
# worden war").
_FIRST_WORDS = re.compile(r"\b(?:the first(?: ones?)?|(?:le|la|les) (?:premier|premiere)s?|(?:das|der|die|den) ersten?)\b")
_GIVEN_BEFORE_FIRST = re.compile(
    r"\b(?:deliver(?:ed|ing)|sen(?:t|ding)|suppl(?:ied|ying)|ship(?:ped|ping)|provid(?:ed|ing)|donat(?:ed|ing)|"
    r"transferr(?:ed|ing)|hand(?:ed|ing) over|(?:livre|envoye|fourni|cede|remis|transfere)(?:e|s|es)?)\s+$"
)
# ("das erste von vier zugesagten Systemen übergeben" names its own thing)
_GIVEN_AFTER_FIRST = re.compile(
    r"(?!\s+(?:von|der|des|aus|davon)\b)(?:\s+[\w'-]+){0,4}?\s+(?:ubergeben|geliefert|ausgeliefert|uberlassen|eingetroffen|angekommen)\b"
)


def _first_given(folded: str, at: int) -> re.Match[str] | None:
    match = _FIRST_WORDS.match(folded, at)
    if match is None:
        return None
    if _GIVEN_BEFORE_FIRST.search(folded, max(0, at - 24), at) or (
        folded.startswith("d", at) and _GIVEN_AFTER_FIRST.match(folded, match.end())
    ):
        return match
    return None


# The last of things named before, told by a partitive that needs no verb after it: "delivered
# the last of them in the spring", "a livré le dernier d'entre eux au printemps", "hat das letzte
# davon im Frühjahr geliefert". The last part delivered completes the whole: the reference counts
# the things named (round 52).
_LAST_OF_THEM = re.compile(
    r"\b(?:the last(?: ones?)? of them|(?:le|la|les) dernier(?:e|s|es)? d'entre (?:eux|elles)|"
    r"(?:das|der|die|den) letzten? davon)\b"
)


def _last_of_them(folded: str, at: int, mentions: list[M]) -> M | None:
    match = _LAST_OF_THEM.match(folded, at)
    if match is None:
        return None
    named = [m for m in mentions if m.end <= at and m.category not in _UMBRELLA and at - m.end <= 300]
    if not named:
        return None
    last = ([m for m in named if m.system] or named)[-1]
    return replace(last, start=match.start(), end=match.end(), count=_count_of(folded, mentions, last))


def completes_a_promise(item_text: str) -> bool:
    """The item is the last of things named before ("the last of them"): its delivery completes them."""
    return _LAST_OF_THEM.fullmatch(item_text.lower()) is not None


def _back_references(folded: str, data: bytes, mentions: list[M]) -> list[M]:
    found = list(mentions)
    for match in _LAST_OF_THEM.finditer(folded):
        last = _last_of_them(folded, match.start(), mentions)
        if last is not None and not any(m.start < last.end and last.start < m.end for m in found):
            found.append(last)
    # The hint's words are the pattern's less its look-ahead: the pattern, tried only where
    # the hint matches, finds what a full scan finds (and most such words, "the first",
    # "die ersten", are followed by a noun).
    for hint_start, _ in match_spans(_BACK_REFERENCE_HINT, data):
        match = _BACK_REFERENCE.match(folded, hint_start) or _first_given(folded, hint_start)
        if match is None:
            continue
        s, e = match.span()
        if any(m.start < e and s < m.end for m in found):
            continue  # read already: a count of units, a bare number
        reach = _OWN_THING_AFTER.match(folded, e).end()
        # (the things after the rest of a fleet are what it waits for: "as the air force receives F-35s")
        if match.re is _BACK_REFERENCE and match.group("fleet"):
            reach = e
        if any(e <= m.start < reach and m.category not in _UMBRELLA for m in mentions):
            continue
        named = [m for m in mentions if m.end <= s and m.category not in _UMBRELLA and s - m.end <= 300]
        if named:
            system = [m for m in named if m.system]
            found.append(replace(_gun_of_a_calibre(folded, named, (system or named)[-1]), start=s, end=e))
    return sorted(found, key=lambda m: m.start) if len(found) > len(mentions) else mentions


# A calibre told right after a gun ("canons de 155 mm", "howitzers of 155 mm", "Geschütze im
# Kaliber 155 mm") names the gun's size: what a word refers back to is the gun, not shells.
_CALIBRE_GAP = re.compile(r"\s*(?:-|de|of|du calibre|im kaliber|kaliber|vom kaliber)?\s*")


def _gun_of_a_calibre(folded: str, named: list[M], last: M) -> M:
    if last.category != "ammunition" or last.system is None:
        return last
    gun = next((m for m in reversed(named) if m.end <= last.start and m.category == "artillery"), None)
    if gun is not None and last.start - gun.end <= 16 and _CALIBRE_GAP.fullmatch(folded, gun.end, last.start):
        return gun
    return last


# An object pronoun of a giving verb stands for the things named just before: "said it would
# send them before the summer", "will hand them over", "a annoncé qu'il les livrerait", "va
# les céder", "wird sie bis zum Sommer liefern". The pronoun becomes a mention of the last
# precise thing named (items.item_phrases gives it that thing's count: the same things).
# French "les" only before a verb's infinitive, future or conditional ("les livraisons" is
# an article); German "sie" only after an auxiliary and before an infinitive of giving, with
# no thing of its own between ("werden sie Panzer liefern": "sie" is the subject there).
_OBJECT_PRONOUN_WORDS = (
    r"\b(?:(?:send|sends|sent|sending|deliver|delivers|delivered|delivering|hand|hands|handed|handing|give|gives|"
    r"gave|giving|supply|supplies|supplied|supplying|ship|ships|shipped|shipping|transfer|transfers|transferred|"
    r"donate|donates|donated|donating|provide|provides|provided|providing) (?P<them>them)\b|"
    r"(?P<les>les) (?:livrer\w*|envoyer|enverr\w*|fournir\w*|ceder|cedera\w*|cederai\w*|transferer\w*|"
    r"remettre|remettr\w*|donner|donnera\w*|donnerai\w*)\b|"
    r"(?:wird|werde|werden|will|wolle|wollen|soll|solle|sollen|kann|konne|konnen) (?P<sie>sie)\b"
    r"(?=(?: [\w.-]+){0,6}? (?:liefern|schicken|ubergeben|uberlassen|abgeben|senden|weitergeben|bereitstellen)\b))"
)
_OBJECT_PRONOUN = re.compile(_OBJECT_PRONOUN_WORDS)
# (its hint, see _scan: the same words, the verbs after "les" by their stems, without the
# look-ahead; so it matches wherever the pattern does, and most articles hold none)
_OBJECT_PRONOUN_HINT = re2.compile(
    rb"\b(?:(?:send|sends|sent|sending|deliver|delivers|delivered|delivering|hand|hands|handed|handing|give|gives|"
    rb"gave|giving|supply|supplies|supplied|supplying|ship|ships|shipped|shipping|transfer|transfers|transferred|"
    rb"donate|donates|donated|donating|provide|provides|provided|providing) them\b|"
    rb"les (?:livrer|envoyer|enverr|fournir|ceder|transferer|remettr|donner)|"
    rb"(?:wird|werde|werden|will|wolle|wollen|soll|solle|sollen|kann|konne|konnen) sie\b)"
)
_PART_AT_A_TIME = re.compile(
    r"(?: [\w-]+){0,3}? (?:a few|one by one|in batches|in tranches|piecemeal|a la fois|au compte-gouttes|petit a petit|"
    r"par lots|nach und nach|stuckweise|in tranchen)\b"
)
_MAKER_SUBJECT = re.compile(
    r"\b(?:manufacturers?|makers?|producers?|contractors?|compan(?:y|ies)|firms?|\w*hersteller|\w*konzerns?|firma|"
    r"unternehmen|fabricants?|industriels?|entreprises?|constructeurs?)\b"
)
# ("provide them with 6 systems", "supply them with drones": the pronoun's people are
# supplied with something, so the pronoun is no thing)
_RECEIVER_PRONOUN_AFTER = re.compile(r"\s+(?:with|avec|mit)\b")
_AFTER_BEFORE = re.compile(r"\b(?:after|since|nachdem|seit|seitdem|apres|depuis)\b[^.,;:]{0,60}$")
_PLUPERFECT_BEFORE = re.compile(r"\b(?:had|avait|avaient|s'etait|s'etaient|hatte|hatten)\b[^.;:]{0,60}$")
# Ukraine, Kyiv as the subject of the pronoun's sentence (a dateline "KYIV (Reuters) -" is no
# subject; "Ukraine's allies" are givers)
_UKRAINE_SUBJECT = re.compile(
    r"(?:[^.()]{0,40}\([^)]{0,40}\)\s*-\s*)?(?:[\w'-]+ ){0,2}?(?:l'|d')?(?:ukraine|kyiv|kiev|kiew)\b"
    r"(?! \()(?!'s (?:[\w-]+ )?(?:allies|partners|backers|supporters|friends))"
)
# (a training's people, then "on/sur/an" and the thing they train on, close by in one sentence)
_TRAINED_ON = re.compile(r"\s+(?:on|in|with|sur|a|au|aux|an|auf|am|mit)\b[^.;]{0,30}")
# Kinds a pronoun does not stand for: money, aid in general, people trained.
_TRAINING = ("training", "training_weak")
_NOT_A_THING_GIVEN = (*_UMBRELLA, *_TRAINING)


def _object_pronouns(folded: str, data: bytes, mentions: list[M]) -> list[M]:
    found = list(mentions)
    for match in _scan(_OBJECT_PRONOUN, _OBJECT_PRONOUN_HINT, folded, data):
        group = next(g for g in ("them", "les", "sie") if match.group(g))
        s, e = match.span(group)
        if any(m.start < e and s < m.end for m in found):
            continue
        # ("werden sie Panzer liefern": "sie" the subject; "give them 12 tanks", "provide them
        # with drones": "them" the Ukrainians who receive): a thing of its own after the pronoun,
        # in its clause, or "with" right after it, and the pronoun stands for no thing given.
        # (A training after it, "send them ... and train their crews", is a second promise.)
        if any(
            e <= m.start < match.end() + 60
            and m.start < folded.find(".", e)
            and (group == "sie" or m.category not in _TRAINING)
            for m in mentions
        ):
            continue
        if _RECEIVER_PRONOUN_AFTER.match(folded, e):
            continue
        # ("Der Hersteller KNDS soll sie bis 2027 liefern": a maker handing over what others
        # bought is no giving of its own)
        if _MAKER_SUBJECT.search(folded, max(0, folded.rfind(". ", 0, s)), s):
            continue
        # ("welcomed the first Gripen jets, a year after Stockholm agreed to send them": the
        # promise told as the background of what happened since is no record of its own)
        if _AFTER_BEFORE.search(folded, max(0, s - 70), s):
            continue
        # ("Berlin had promised in January to send them", under a delivery: the background of
        # what was told, the same things at an earlier stage, no second record)
        if _PLUPERFECT_BEFORE.search(folded, max(0, folded.rfind(". ", 0, s)), s):
            continue
        # ("Ukraine received 20 tanks ... Kyiv will send them to the front": the receiver moving
        # what it has is no giving)
        sentence = folded.rfind(". ", 0, s) + 2 if folded.rfind(". ", 0, s) >= 0 else 0
        if _UKRAINE_SUBJECT.match(folded, sentence, s):
            continue
        named = [m for m in mentions if m.end <= s and m.category not in _NOT_A_THING_GIVEN and s - m.end <= 300]
        if named:
            system = [m for m in named if m.system]
            last = (system or named)[-1]
            # ("trained 12 Ukrainian pilots on F-16 jets. It will send them home": the people
            # trained on the thing are the nearer antecedent)
            if any(
                t.category in _TRAINING and t.end <= last.start and _TRAINED_ON.fullmatch(folded, t.end, last.start)
                for t in mentions
            ):
                continue
            # (sent "a few at a time", "nach und nach": not all of them counted at once; and
            # "Kyiv wants 100 more Bradleys. Washington will send them": the count asked for is
            # the request's, not what the giver sends)
            whole = not _PART_AT_A_TIME.match(folded, e) and not _ASKED_FOR_BEFORE.search(
                folded, max(0, last.start - 40), last.start
            )
            found.append(replace(last, start=s, end=e, count=_count_of(folded, mentions, last) if whole else None))
    return sorted(found, key=lambda m: m.start) if len(found) > len(mentions) else mentions


# (folded text before a thing: what a request asks for, "Kyiv wants 100 more", "asked for 25",
# "a demandé 25", "hatte 25 ... verlangt" (German puts the verb last: its noun, "Forderung nach"))
_ASKED_FOR_BEFORE = re.compile(
    r"\b(?:wants?|wanted|asks? for|asked for|requests?|requested|seeks?|sought|calls? for|called for|needs?|"
    r"demande\w*|reclame\w*|reclamait|souhaite\w*|fordert\w*|forderung nach|bitte um|wunscht)\s+"
    r"(?:[\w'-]+\s+){0,3}$"
)
# (words between two mentions of one phrase: "Schützenpanzer vom Typ BMP-1", "chars Leopard")
_ONE_PHRASE_GAP = re.compile(r"\s*(?:vom typ|du type|of the type|de type|type|typ|-)?\s*")
_DIGITS = re.compile(r"\d{1,3}(?:[.,]\d{3})*")


def _count_of(folded: str, mentions: list[M], named: M) -> int | None:
    """The count told right before the noun phrase of `named` (see Mention.count): one of its
    last two words, "12 M270 rocket launchers", "its 19 Caesar howitzers", "30 Schützenpanzer
    vom Typ BMP-1", "twelve used Leopard tanks"."""
    first = named
    for m in reversed([m for m in mentions if m.end <= named.start]):
        if not _ONE_PHRASE_GAP.fullmatch(folded, m.end, first.start):
            break
        first = m
    for word in reversed(folded[max(0, first.start - 30) : first.start].split()[-2:]):
        if _DIGITS.fullmatch(word):
            return int(re.sub(r"[.,]", "", word))
        value = number_word(word)
        if value is not None:
            return value
    return None
