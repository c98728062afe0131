"""Which pledges of an article are its news, and the keys reports of one event share.

An article's extracted pledges mix the news with its background: a promise the day's
delivery recalls, last week's pledge of another donor, a running total over the war, a
pluperfect recall in the headline. bot.core.stories.evidence.events reads the event evidence of
an article from the pledges this module keeps (`without_recalls`, `is_news`,
`promise_that_arrived`, `RUNNING_TOTAL`...), and compares them by language-neutral keys:
`pledge_keys` ("DE|armour|pledged"), `counted_pledge_keys` ("DE|armour|delivered|18")
and `ordinal_deliveries` (the first, or n-th, delivery of a system).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from bot.core.models import Pledge
from bot.core.pledges.passes.entities import GROUP_DONORS, Entities
from bot.core.stories.evidence.chronology_lines import is_timeline_step
from bot.core.stories.evidence.government_purchases import VAGUE_CATEGORIES, as_story_pledge
from bot.core.text import fold
from bot.core.text.literal_gate import gated

# Pledge statuses grouped by the phase of an event they report. A decision, a delivery
# and a refusal of the same system by the same donor are separate news, usually months
# apart; "discussed" belongs with the decision it precedes (reports of one announcement
# mix "has decided" with "is still considering the rest"), and production contracts
# can accompany any phase, so they are no evidence either way.
PHASE_OF_STATUS = {"pledged": "decision", "discussed": "decision", "delivered": "delivery", "refused": "refusal"}
# Counts below this are everywhere ("two battalions", "three systems") and prove little.
MIN_TELLING_COUNT = 5
# Newsrooms name tanks by the wider word as often as by their own: "quatorze blindés",
# "heavy armour", "schwere Panzerfahrzeuge" stand for the Leopards of the headline. So a
# pledge of tanks and one of armoured vehicles are one kind of thing here (a Leopard and
# a Marder named as such still differ: see the systems conflict in same_event.compare).
_CATEGORY_FAMILY = {"tanks": "armour", "armoured_vehicles": "armour"}


def category_family(category: str) -> str:
    """The kind of thing a category is compared as in pledge keys ("tanks" -> "armour")."""
    return _CATEGORY_FAMILY.get(category, category)


# "first" in the three languages, as folded text.
_FIRST_ORDINAL = r"\b(?:first|erste[nrs]?|premi(?:er|ere)s?)"
FIRST_OF_SEVERAL = re.compile(
    _FIRST_ORDINAL + r"\s+(?:[\w-]+\s+)?(?:of|out of|von|aus|des|d'entre)\s"
)


def without_recalls(pledges: tuple[Pledge, ...]) -> tuple[Pledge, ...]:
    """The pledges without those their sentence dates before the news ("building on the
    steps taken last week by Germany to provide Patriot systems", "la semaine dernière",
    "vergangene Woche"), when the article reports others undated: those others are its
    news, the dated ones the context one outlet recalls and the next leaves out. An
    article whose pledges are all dated reports them as its news ("hat der Ukraine im
    Verlauf der letzten Woche ein drittes System übergeben": a weekly's report). A
    chronology's dated steps ("October 2022: the first system reaches Ukraine",
    chronology_lines.py) are dated before the news so too."""
    undated = tuple(p for p in pledges
                    if not _DATED_EARLIER.search(fold(p.evidence)) and not is_timeline_step(p.evidence))
    return undated or pledges


_MONTHS_EN = (r"(?:january|february|march|april|may|june|july|august|september|october|november"
              r"|december)\b")
_MONTHS_FR = r"(?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)\b"
_MONTHS_DE = (r"(?:januar|februar|marz|april|mai|juni|juli|august|september|oktober|november"
              r"|dezember)\b")
# "last week", "la semaine dernière", "vergangene Woche", "months ago". (Folded text.)
_DATED_EARLIER = gated(
    r"\b(?:last|past) (?:week|month|year)\b|\bearlier this (?:week|month|year)\b|\b(?:weeks|months) ago\b"
    r"|\b(?:la semaine|le mois|l'an|l'annee) (?:derniere?|passee?)\b|\bil y a (?:\w+ )?(?:semaines|mois)\b"
    r"|\b(?:letzte[nr]?|vergangene[nr]?|vorige[nr]?) (?:woche|monat|jahr)(?:es|s)?\b"
    r"|\bvor (?:\w+ )?(?:wochen|monaten)\b"
    # A statement recalled by its month ("Petr Pavel said in February that ...", "a déclaré en
    # février", "sagte im Februar"): a past verb of saying dates it before the news.
    r"|\b(?:said|announced|stated|declared) in " + _MONTHS_EN
    + r"|\b(?:a|avait|ont|avaient) (?:dit|declare|annonce|affirme|indique) en " + _MONTHS_FR
    + r"|\b(?:sagte|erklarte|kundigte|teilte|hatte) (?:\w+ )?im " + _MONTHS_DE
)


def is_news(pledge: Pledge, headline_pledges: frozenset[str]) -> bool:
    """The headline reports no pledge, or this one (a group's pledge has no key: it is
    news only under a headline that reports none)."""
    return not headline_pledges or _pledge_key(pledge) in headline_pledges


# A sentence telling that promised things have arrived, in the ways the pledge extraction
# still reads as the promise itself: the arrival told as a noun ("Kyiv confirmed the receipt
# of the six Caesar promised in January", "la réception des canons promis par Paris") and the
# promise said kept ("Die Niederlande haben ihre Zusage erfüllt: Alle 24 ... sind übergeben
# worden", "has kept its promise", "a tenu sa promesse"). An arrival told by a verb ("the
# F-16s the Netherlands promised have been handed over", "die zugesagten Panzer sind
# eingetroffen") the extraction reads as the delivery it is (bot.core.pledges.status.status_cues,
# `_promises_told_arriving`). (Folded text.)
_ARRIVED = gated(
    r"\b(?:confirm(?:s|ed)? (?:the )?(?:arrival|receipt)|(?:la )?reception des?"
    r"|(?:kept|fulfill?ed|honou?red) (?:its|their) (?:promise|pledge)"
    r"|(?:a|ont) tenu (?:sa|leur|ses|leurs) promesses?"
    r"|(?:zusage|zusagen|versprechen) (?:erfullt|eingehalten)"
    # ... and the promised things told as now in the hands of the army that uses them: "the
    # 12 Archer it promised this month are now with Ukrainian artillery units", "sont
    # desormais entre les mains de l'armee", "sind inzwischen bei der Truppe".
    # A headline drops the verb: "promised to Ukraine now in service", "promis par Paris
    # désormais en service".
    r"|(?:(?:are|is) )?(?:now|already) (?:with|in the hands of|in (?:service|use)|on duty|operational)"
    # ... or the handover told done, the promise completed: "has handed over the last of
    # the 20 CV90 it promised", "completed the delivery of the jets pledged", "a achevé la
    # livraison des blindés promis", "a livré tous les canons promis", "hat alle 100.000
    # Granaten, die es zugesagt hatte, geliefert" (not "has delivered 18 and promised 14
    # more": a new promise beside a delivery).
    r"|(?:has|have) (?:now )?(?:handed over|delivered|sent|transferred) (?:the last|all|the remaining|the rest)\b"
    r"|complet(?:ed|es|e) (?:the |its |their )?deliver(?:y|ies) of|a acheve la livraison"
    # ... and told in the passive: "the 500,000 shells it promised have all been handed
    # over", "ont tous été livrés", "sind inzwischen alle übergeben worden".
    r"|(?:has|have) (?:now )?all been (?:handed over|delivered|sent|transferred)"
    r"|(?:ont|a) (?:maintenant )?(?:tous|toutes|tout) ete (?:livre|remis|transfere|envoye)e?s?"
    r"|(?:sind|wurden) (?:nun |jetzt |inzwischen )?alle (?:[\w-]+ ){0,3}(?:geliefert|ubergeben|ausgeliefert)\b"
    r"|(?:a|ont) (?:livre|remis|transfere|cede) (?:l.ensemble|tou(?:s|tes) les|les derni(?:ers|eres)|le reste)\b"
    r"|\b(?:hat|haben) (?:nun |jetzt |inzwischen )?(?:alle|die letzten|den rest|die restlichen)\b"
    r"(?:[^.]|\.(?=\d))*\b(?:geliefert|ubergeben|uberstellt|ausgeliefert)\b"
    r"|(?:(?:sont|est) )?(?:desormais|deja|maintenant) (?:entre les mains|aux mains|en service|operationnels?)"
    r"|(?:sind|ist) (?:jetzt|nun|inzwischen|bereits) (?:bei der truppe|(?:[\w-]+ ){0,4}im einsatz|in dienst))\b"
)
# ... or in the country: "the IRIS-T Berlin pledged last autumn is now in the country",
# "désormais en Ukraine", "ist inzwischen in der Ukraine". Only after the promise is told
# (`_arrival`): a minister "now in Ukraine" on a visit who "promised two more IRIS-T" is
# there himself, and his promise is new.
_IN_THE_COUNTRY = re.compile(
    r"\b(?:(?:(?:are|is) )?(?:now|already) in (?:the country|ukraine)"
    r"|(?:(?:sont|est) )?(?:desormais|deja|maintenant) (?:en ukraine|dans le pays)"
    r"|(?:sind|ist) (?:jetzt|nun|inzwischen|bereits) (?:in der ukraine|im land))\b"
)
# ... and the promise it recalls: a participle or noun of promising in the same sentence.
_PROMISED = re.compile(
    r"\b(?:promised|pledged|agreed to (?:send|supply|provide|deliver)|promise|pledge"
    r"|promise?s?|engagee?s?|zugesagt(?:e[nmrs]?)?|versprochene[nmrs]?|zusage)\b"
)
# A future, a modal, a negation or a wait keeps the sentence a promise: "the jets promised
# in 2023 will arrive", "the tanks Germany pledged have not arrived in Ukraine", "Kiev attend
# toujours la réception des canons promis", "la réception ... n'est pas prévue avant l'été".
# Not in a clause joined after the arrival that gives nothing: it tells what comes next to
# things that are there ("is now in the country and will soon be on duty"); one that gives
# is a new promise beside the handover ("has handed over the last of 40 Marder it promised
# and will send 20 more", "and 10 more will be delivered": `_promises_more_after`).
_NOT_YET = re.compile(
    r"\b(?:will|would|shall|to arrive|due to|expected|sera(?:ient|it)?|seront|doi(?:ven)?t|devrai(?:en)?t"
    r"|wird|werden|soll(?:en)?|sollte[n]?|not|never|yet to|pas|jamais|nicht|nie|noch keine?"
    r"|awaits?|awaiting|waiting|attend(?:ent)?|wartet|warten|erwartet)\b|n't\b"
)


_NEXT_CLAUSE = re.compile(r",? (?:and|et|und) ")
# A giving in any voice or tense ("will send 20 more", "10 more will be delivered", "six
# autres seront livrés", "zwei weitere sollen geliefert werden"), or more things told to
# follow: a wire tells the next batch in the passive as often as in the active.
_GIVING = re.compile(
    r"\b(?:send|sent|supply|supplied|provide|provided|deliver(?:ed)?|give|given|donate|donated|pledge|pledged"
    r"|promise|promised|follow|more|further|additional|another"
    r"|envoyer|envoye(?:e?s)?|livrer|livre(?:e?s)?|fournir|fourni(?:e?s)?|donner|donne(?:e?s)?|ceder|cede(?:e?s)?"
    r"|promettre|promis(?:es?)?|suivront|autres|supplementaires"
    r"|liefern|geliefert|schicken|geschickt|senden|gesendet|bereitstellen|bereitgestellt|geben|gegeben|zusagen"
    r"|zugesagt|uberlassen|ubergeben|folgen|weitere[nr]?)\b"
)


def _promises_more_after(sentence: str, arrival_end: int) -> bool:
    """A clause joined after the arrival gives, or tells more to come ("and 10 more will
    be delivered", "et d'autres suivront"): a new promise told beside the handover."""
    after = _NEXT_CLAUSE.search(sentence, arrival_end)
    return after is not None and _GIVING.search(sentence, after.end()) is not None


def _said_of_the_arrival(sentence: str, arrival_end: int) -> str:
    """The sentence without a clause joined after the arrival (one that gives nothing)."""
    after = _NEXT_CLAUSE.search(sentence, arrival_end)
    return sentence if after is None else sentence[:after.start()]


def _arrival(sentence: str) -> re.Match[str] | None:
    """Where `sentence` tells promised things arrived: `_ARRIVED`, or `_IN_THE_COUNTRY`
    after a word of promising."""
    arrived = _ARRIVED.search(sentence)
    if arrived is not None:
        return arrived
    there = _IN_THE_COUNTRY.search(sentence)
    if there is not None and _PROMISED.search(sentence, 0, there.start()):
        return there
    return None


def promise_that_arrived(pledge: Pledge) -> bool:
    """A pledge read from a sentence that tells the promised things arrived: the delivery
    of an earlier promise, not a new one. Kyiv confirming "la réception des six canons
    Caesar promis par Paris en janvier" reports a delivery, hours after France's pledge of
    more Caesar; read as a promise, it would agree with that pledge in donor, system and
    phase and hide one of the two. (Only the forms the extraction still misses: `_ARRIVED`.)"""
    if pledge.status != "pledged":
        return False
    sentence = fold(pledge.evidence)
    arrived = _arrival(sentence)
    if not (arrived and _PROMISED.search(sentence)) or _promises_more_after(sentence, arrived.end()):
        return False
    return not _NOT_YET.search(_said_of_the_arrival(sentence, arrived.end()))


# Thanks for a payment or a promise: "thanks Norway for paying for two more NASAMS
# systems", "remercie Oslo d'avoir financé", "dankt Norwegen für die Finanzierung". The
# extraction reads a thanks as thanks for something given (bot.core.pledges.status.cue_patterns);
# thanked for paying, funding or promising, the donor has decided, and the live entry is one
# more report of that decision. (Folded text. Not "thanks Norway for the NASAMS it paid for":
# the thing thanked for comes first there, and it may well have arrived.)
_LATELY = (r"am vortag|gestern|am (?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)|la veille|hier"
           r"|(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)|a day earlier|the day before|yesterday"
           r"|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)")
_THANKS_WORD = re.compile(r"\b(?:thank(?:s|ed|ing)?|remerci\w*|(?:ge)?dank(?:t|te|ten|en)?|bedank\w*)\b")
_THANKED_FOR_DECIDING = re.compile(
    r"\b(?:thank(?:s|ed|ing)?|remerci\w*|dank(?:t|te|ten|en)?|bedank\w*)\b(?:\s+[\w'-]+){0,5}?\s+"
    r"(?:for (?:paying|funding|financing|pledging|promising|committing|(?:its|their|the) (?:pledge|promise|decision))"
    r"|(?:pour avoir|d'avoir) (?:finance|paye|promis)|de financer|pour (?:le financement|sa promesse|son engagement)"
    r"|fur (?:die|ihre|seine) (?:finanzierung|zusage)|fur das versprechen"
    # (a new package is a decision: "thanked the United States for its new $400 million package", "pour son nouveau
    # paquet", "für das neue Hilfspaket"; thanks for things arrived name the things or their delivery)
    r"|for (?:its|their|the|this) (?:new|latest)(?:\s+[\w$.,'-]+){0,4}?\s+package"
    r"|pour (?:son|leur|le|ce) (?:nouveau|dernier)(?:\s+[\w$.,'-]+){0,4}?\s+paquet"
    r"|fur (?:das|sein|ihr) (?:neue|neues|jungste|jungstes)(?:\s+[\w$.,'-]+){0,4}?\s+\w*paket)\b"
)
# ... or for the things promised the day before, named after the thanks word or before it as German puts its verb
# last ("hat Spanien für die am Vortag zugesagten 20 Kampfpanzer gedankt", "pour les 20 chars promis la veille",
# "for the 20 tanks Madrid promised a day earlier"): things promised so lately are no arrival.
_FOR_PROMISED_LATELY = re.compile(
    rf"\b(?:fur (?:die|den|das) (?:[\w-]+ ){{0,2}}?(?:{_LATELY}) (?:zugesagten?|versprochenen?)"
    rf"|pour (?:les|la|le|l')\s?(?:[\w'-]+ ){{0,5}}?(?:promise?s?|annoncee?s?) (?:{_LATELY})"
    rf"|for the (?:[\w-]+ ){{0,6}}?(?:promised|pledged) (?:{_LATELY}))\b"
)


def _thanks_for_deciding(folded: str) -> bool:
    return bool(_THANKED_FOR_DECIDING.search(folded)) or (
        bool(_THANKS_WORD.search(folded)) and bool(_FOR_PROMISED_LATELY.search(folded)))


def thanked_for_deciding(pledge: Pledge, first_sentence: str = "") -> bool:
    """A pledge read as delivered from a sentence thanking the donor for paying for it or
    promising it: the decision thanked for, hours after its announcement, not a delivery
    (read so, its phase conflicted with every report of the decision; busy day 25's live
    entry thanking Norway for paying for two NASAMS stayed a story of its own). A headline's
    thanks for things ("Selenskyj dankt Spanien für 20 Leopard-2-Panzer") says what it thanks
    for in the first sentence below it (`first_sentence`: "für die am Vortag zugesagten")."""
    if pledge.status != "delivered":
        return False
    evidence = fold(pledge.evidence)
    return _thanks_for_deciding(evidence) or (
        bool(_THANKS_WORD.search(evidence)) and _thanks_for_deciding(fold(first_sentence)))


# A payment told in the passive with its payer: "the first package is fully funded by the
# Netherlands", "financé par les Pays-Bas", "von Deutschland bezahlt" (folded text).
_PAID_BY = re.compile(
    r"\b(?:funded|paid for|financed|finance[es]{0,2}|payee?s?)\s+(?:[\w'-]+\s+){0,2}?(?:by|par)\b"
    r"|\bvon\s+(?:[\w-]+\s+){1,2}(?:bezahlt|finanziert)\b"
)


def payment_for_what_arrived(pledge: Pledge) -> bool:
    """Money read as delivered from a sentence telling who paid for what arrived ("The first
    PURL package ... is fully funded by the Netherlands"): for grouping, the payer's decision
    to pay, one more report of the pledge that announced it, not a delivery of its own (the
    things are handed over by others; read so, the arrival's report and the payer's pledge
    split one real event, P-EN-029 and P-EN-031 of the real set)."""
    return pledge.status == "delivered" and pledge.category == "funding" and bool(_PAID_BY.search(fold(pledge.evidence)))


# "Berlin avait finalement accepté de fournir des chars", "had agreed to send", "hatte
# zugesagt": the pluperfect tells what came before the news, even in a headline (a feed
# item without a title is headed by its first sentence, often such a recall).
PLUPERFECT = re.compile(r"\b(?:had|avait|avaient|hatte|hatten)\b")


def read_in(pledge: Pledge, title: str) -> bool:
    """The pledge was read in the title (its evidence is the title or a sentence of it)."""
    evidence = fold(pledge.evidence).strip()
    return bool(evidence) and evidence in fold(title)


def _pledge_key(pledge: Pledge) -> str | None:
    # A government's purchase from makers for Ukraine is its pledge in story terms (government_purchases).
    pledge = as_story_pledge(pledge)
    if pledge.category == "other" and pledge.system and pledge.status in PHASE_OF_STATUS and (
        pledge.donor not in GROUP_DONORS
    ):
        # a service for a named system ("spare parts for Patriot systems": category other,
        # system Patriot, see pledges/items._group_category) says what is given as a category does
        return f"{pledge.donor}|service-{pledge.system}|{pledge.status}"
    if pledge.status not in PHASE_OF_STATUS or pledge.donor in GROUP_DONORS or pledge.category in VAGUE_CATEGORIES:
        return None
    return f"{pledge.donor}|{_CATEGORY_FAMILY.get(pledge.category, pledge.category)}|{pledge.status}"


# Missiles and munitions are one kind of thing when counted: an arms sale's "3,350
# extended-range attack munitions" are the "3 350 missiles" of the next outlet's headline,
# and "loitering munitions" are drones' warheads flown as missiles. The same count of either
# from one donor in one phase is one batch; uncounted, the two stay apart (a package of
# shells and one of missiles are two pledges: see `pledge_keys`).
_COUNTED_FAMILY = {"missiles": "munitions", "ammunition": "munitions"}


def _counted_key(pledge: Pledge) -> str | None:
    """The pledge's key with its category's counted family ("US|munitions|discussed")."""
    key = _pledge_key(pledge)
    return None if key is None else _counted_key_of(key)


def is_counted_news(pledge: Pledge, headline_pledges: frozenset[str]) -> bool:
    """`is_news`, the kinds of thing compared by their counted family: "US clears missile
    sale" heads the "3,350 attack munitions" of its first sentence."""
    if not headline_pledges:
        return True
    key = _counted_key(pledge)
    return key is not None and key in {_counted_key_of(headline) for headline in headline_pledges}


def _counted_key_of(pledge_key: str) -> str:
    donor, category, status = pledge_key.split("|")
    return f"{donor}|{_COUNTED_FAMILY.get(category, category)}|{status}"


def counted_pledge_keys(pledges: Iterable[Pledge]) -> frozenset[str]:
    """The pledge keys whose count the text gives: "DE|armour|delivered|18".

    One donor giving the same count of the same kind of thing in the same phase is one
    fact, whichever language reports it and however else the reports are worded:
    "18 Leopard 2 sont arrivés" and "Berlin a fourni 18 blindés lourds" (kinds by their
    counted family, _COUNTED_FAMILY). Small counts recur too often to tell anything (see
    MIN_TELLING_COUNT). A government's purchase from makers keys as its pledge (government_purchases) but counts
    no batch here: "18 ordered" and "18 pledged" are one fact only when their sums agree (same_event's shared
    counts), and "Norway joins Denmark in paying for howitzers", recalling Denmark's 18, is no report of Denmark's
    order of 18 (busy day 52)."""
    keys = set()
    for pledge in pledges:
        if pledge.status == "production":
            continue
        key = _counted_key(pledge)
        if key is not None and pledge.quantity and pledge.quantity >= MIN_TELLING_COUNT:
            keys.add(f"{key}|{pledge.quantity}")
    return frozenset(keys)


# "The first F-16s have arrived", "la France a livré de premiers Mirage 2000", "das erste
# Flugabwehrsystem Iris-T SLM übergeben", "ein drittes System Iris-T SLM": the ordinal
# placed shortly before the system, not "first" anywhere in the sentence ("More F-16s
# arrive as France delivers its first Mirage" is the Mirage's first delivery, not the
# F-16s'), and not the "Premier ministre", "second-hand" or "third countries".
_ORDINAL_WORDS = {
    1: r"first|premi(?:er|ère|ere)s?|erste[nrs]?",
    2: r"second|secondes?|deuxi[eè]mes?|zweite[nrs]?",
    3: r"third|troisi[eè]mes?|dritte[nrs]?",
    4: r"fourth|quatri[eè]mes?|vierte[nrs]?",
    5: r"fifth|cinqui[eè]mes?|f(?:ü|ue)nfte[nrs]?",
    6: r"sixth|sixi[eè]mes?|sechste[nrs]?",
}
_ORDINAL = re.compile(
    r"\b(?:" + "|".join(f"(?P<n{nth}>{words})" for nth, words in _ORDINAL_WORDS.items()) + r")\b"
    r"(?!-|\s+(?:ministre|minister|lady|dame|fois|time|mal|countr(?:y|ies)|pays|l(?:ä|ae)nder|staaten|part(?:y|ies))\b)",
    re.IGNORECASE,
)
# At most this many words between the ordinal and the system: "the first batch of
# US-made F-16 jets", "le premier lot de chars à roues français AMX-10 RC".
_ORDINAL_REACH_WORDS = 6
# ... or before a word standing for a system named earlier: "the first of the four
# systems", "le premier des quatre systèmes", "das erste von vier zugesagten Systemen".
# ... and "the first of them", "les premiers d'entre eux", "das erste davon", "the first
# launchers" (a launcher counted stands for its system too).
_FIRST_OF_UNITS = re.compile(
    _FIRST_ORDINAL + r"\b(?:(?: [\w'-]+){0,4}? "
    r"(?:systems?|systemen?|systemes?|units?|unites?|exemplaires?|exemplare|einheiten|launchers?|lanceurs?|"
    r"startgerate?n?)\b| (?:(?:one|ones|\w+) )?(?:of them|d.entre (?:eux|elles)|davon)\b)"
)


def ordinal_deliveries(pledges: Iterable[Pledge], entities: Entities | None) -> set[tuple[str, int]]:
    """(system, n) for each system whose n-th delivery one of these pledges reports.

    The first delivery of a system happens once, and so does the third: two reports of
    the first F-16s arriving are one event, even when one names no donor and their wording
    has little in common (a translation, a video page), and the first and the third IRIS-T
    handed over are two. A promise of the first delivery ("the first jets will arrive in
    the autumn") is no delivery: only delivered pledges count."""
    if entities is None:
        return set()
    found = set()
    for pledge in pledges:
        if pledge.status != "delivered" or not pledge.system:
            continue
        mentions = entities.find_systems(pledge.evidence)
        if not any(name == pledge.system for name, _, _ in mentions):
            # The system named a sentence before and referred to by a unit word here: "das
            # erste von vier zugesagten Systemen wurde übergeben" (bot.core.pledges.things.references).
            if _FIRST_OF_UNITS.search(fold(pledge.evidence)):
                found.add((pledge.system, 1))
            continue
        for name, start, _ in mentions:
            if name != pledge.system:
                continue
            before = pledge.evidence[:start]
            ordinals = list(_ORDINAL.finditer(before))
            if not ordinals:
                continue
            ordinal = ordinals[-1]  # the nearest one is the one that may qualify the system
            if len(before[ordinal.end():].split()) > _ORDINAL_REACH_WORDS:
                continue
            # Another system in between takes the ordinal: "the first Patriot and later IRIS-T".
            if any(ordinal.end() <= other_start < start for _, other_start, _ in mentions):
                continue
            found.add((pledge.system, int(ordinal.lastgroup[1:])))
    return found


def pledge_keys(pledges: Iterable[Pledge]) -> frozenset[str]:
    """One key per government pledge: donor, category and status ("DE|armour|pledged";
    tanks and armoured vehicles are one family, see _CATEGORY_FAMILY).

    Copies of one announcement, in any language, report the same pledges: "Berlin will
    send Leopard tanks", "l'Allemagne va livrer des chars", "Deutschland liefert
    Kampfpanzer" all give DE|armour|pledged. The category rather than the system is
    kept, since one outlet names the system ("Leopard 2") where another says "tanks";
    different systems are a conflict of their own (see same_event.compare). The status rather
    than the phase is kept, so that a report of a debate ("discussed") can be told from
    the decision. Groups ("the allies"), vague categories and production contracts say
    nothing about who gives what, except a government's purchase of a thing or for a sum, which
    is its pledge here (government_purchases)."""
    return frozenset(key for key in map(_pledge_key, pledges) if key is not None)


# "Some forty guns have been delivered since the start of the war": a running total over
# the war, the background of a budget, an industry or an anniversary piece, is no
# delivery of the day; the delivery of the day is reported without it. (Folded text.)
RUNNING_TOTAL = re.compile(
    r"\bsince the (?:start|beginning|outbreak) of the (?:war|invasion|conflict)\b"
    r"|\bsince the (?:war|invasion) (?:began|started)\b"
    r"|\bdepuis le debut (?:de la guerre|du conflit|de l.invasion|de l.offensive)\b"
    r"|\bseit (?:kriegsbeginn|kriegsausbruch|beginn des (?:krieges|angriffskrieges)|beginn der invasion)\b"
)
