"""Who gives an item: the giver a sentence names for one thing it gives.

non_givers.py says which donors a sentence names may give and givers.py which of them gives; this module
picks, for one item and its cue, the giver among them: a passive agent or a nationality
right after the item, else the group before the cue (the subject), else the only group
named; a partner "together with" the giver (or a co-leader of its group) gives too.
Special cases have their own readings: who Ukraine received a thing from, who forbids
a transfer (the clause's first donor), which organisation a member's veto holds up, and
a dateline's city, which names where the copy was filed, not a giver.
"""

from __future__ import annotations

from bot.core.pledges.donors.datelines import DATELINE
from bot.core.pledges.donors.donor_groups import donor_group_spans
from bot.core.pledges.donors.donor_places import a_place, at_a_border
from bot.core.pledges.donors.givers import donors_for, is_agent, item_source
from bot.core.pledges.donors.later_subjects import later_clause_subject
from bot.core.pledges.donors.makers import MAKER_BEFORE, MAKER_REACH
from bot.core.pledges.donors.non_givers import private_group
from bot.core.pledges.donors.other_subjects import another_state_before_its_giver
from bot.core.pledges.passes.records import Cue, Item, Mention
from bot.core.pledges.passes.sentence import Parties, Sentence
from bot.core.pledges.status.nearest_cue import REPAID
from bot.core.pledges.things.item_words import REFUND_SUM_BEFORE
from bot.core.text.lazy_pattern import lazy

# A national body named without its nation: "the defence ministry said", "le ministère
# de la Défense", "das Verteidigungsministerium teilte mit" (folded text).
_UNNAMED_NATIONAL_BODY = lazy(
    r"\b(?:the (?:defen[cs]e|foreign|armed forces) ministry|the ministry of (?:defen[cs]e|foreign affairs)|"
    r"the government|the defen[cs]e (?:secretary|minister)|"
    r"le ministere (?:des armees|de la defense|des affaires etrangeres)|le gouvernement|"
    r"(?:le|la) ministre (?:des armees|de la defense)|"
    # (a minister by title alone, as wire copy names one before the name: "Verteidigungsminister
    # Tobias Brandt", "Defence Minister Tobias Brandt"; not Ukraine's: see _ukraines_own)
    r"(?:defen[cs]e|foreign) (?:minister|secretary)|verteidigungsminister(?:in)?|"
    r"the cabinet|le conseil des ministres|das kabinett|die regierung|der verteidigungsminister|"
    # ("Bund" is the federation the city is capital of: "das Bundeskabinett", "des Bundesverteidigungsministeriums")
    r"bundes\w+|(?:verteidigungs|au(?:ss|s)en)ministeri\w*)\b"
)


# (folded text, right before a national body: Ukraine's own, who gives nothing)
_UKRAINES_OWN = lazy(r"\b(?:ukrain\w*|kyiv's|kiev's)\s+$")


def _national_body_speaks(folded: str, start: int, end: int) -> bool:
    """Whether a national body named without its nation speaks between start and end, not
    Ukraine's ("Ukrainian Defence Minister ...", "der ukrainische Verteidigungsminister")."""
    return any(
        not _UKRAINES_OWN.search(folded, max(start, body.start() - 20), body.start())
        for body in _UNNAMED_NATIONAL_BODY.finditer(folded, start, end)
    )


def without_dateline_city(
    full: str, folded: str, body_start: int, donors: list[tuple[str, int, int]],
    spans: list[tuple[int, int]] = (),
) -> list[tuple[str, int, int]]:
    """The donors named, less a dateline's city ("BERLIN (Reuters) -", "PARIS, 3 déc (AFP)
    -") that stands for no one the article names: the city is where the copy was filed.
    It stays when the article names its country again ("STOCKHOLM - ... Sweden's agency
    said"), or names no other donor and has a national body speak without its nation
    ("LONDON - ..., the defence ministry said": the British one). It goes when its own
    sentence (`spans`, the article's sentences) names the country itself: there that name
    says what the country does ("KOPENHAGEN (dpa) - ... ein Paket Deutschlands und
    Dänemarks" is the pair's, not Denmark's alone)."""
    dateline = DATELINE.match(full, body_start)
    if dateline is None:
        return donors
    inside = [d for d in donors if dateline.start() <= d[1] < dateline.end()]
    if not inside:
        return donors
    outside = [d for d in donors if not dateline.start() <= d[1] < dateline.end()]
    own_end = next((end for start, end in spans if start <= dateline.end() < end), dateline.end())
    # (a place is no naming of the country that acts: "RAMSTEIN (Reuters) - ... at Ramstein Air Base")
    in_own_sentence = {d[0] for d in outside if dateline.end() <= d[1] < own_end and not a_place(full, folded, d)}
    inside_named_there = [d for d in inside if d[0] in in_own_sentence]
    if inside_named_there:
        donors = [d for d in donors if d not in inside_named_there]
        inside = [d for d in inside if d not in inside_named_there]
        if not inside:
            return donors
    # (a border is no naming of the country either: "WARSAW (Wire) - ... the Polish border", "VARSOVIE -
    # ... la frontière polonaise" tell where things wait, and the count goes to whoever gave them; nor are
    # people of that nationality, "Polnische Landwirte": stop 58, review 57's stuck shells)
    named = {code for code, s, e in outside if not at_a_border(folded, s, e) and not private_group(folded, (code, s, e))}
    # (... or the body speaks in the dateline's own sentence, which names no other donor: "BERLIN - The
    # delivery of two IRIS-T systems slips to 2027, the defence ministry said. ... Sweden brings its
    # howitzers forward" is Berlin's ministry, whoever the later sentences name; review 55)
    speaks = (not outside and _national_body_speaks(folded, dateline.end(), len(folded))) or (
        not any(d[1] < own_end for d in outside)
        and _national_body_speaks(folded, dateline.end(), own_end)
    )
    return [d for d in donors if d not in inside or d[0] in named or speaks]


def ukraine_receives(sentence: Sentence, cue: Cue, ukraine: list[tuple[str, int, int]]) -> bool:
    """Whether a receiving cue has Ukraine as who receives: only Ukraine receiving counts."""
    if not ukraine:
        return False
    # (a long German cue holds its subject: "hat die Ukraine ... erhalten")
    reach = cue.end if sentence.folded.startswith(("hat ", "haben "), cue.start) else cue.start
    return not ukraine[0][1] > reach


def giver_of_a_receipt(sentence: Sentence, item: Item, cue: Cue, parties: Parties) -> tuple[str, ...]:
    """Who gave what Ukraine received: the source right after the item ("received tanks
    from Poland and jets from Denmark"), else the agent after the cue ("received from
    Germany"), else whoever the sentence names as the source ("under the Czech-led
    initiative")."""
    giver = item_source(sentence.folded, item, parties.groups) or _source_after_nationality(
        sentence.folded, item, parties.donors
    ) or _nation_named_with(sentence.folded, item, parties.groups) or next((
        codes for group_start, _, codes in parties.groups
        if group_start >= cue.start and is_agent(sentence.folded, sentence.start, group_start)
    ), ())
    return giver or next((codes for _, _, codes in parties.groups), ()) or parties.borrowed


def _source_after_nationality(folded: str, item: Item, donors: list[tuple[str, int, int]]) -> tuple[str, ...]:
    """The source named after the nationality that follows what Ukraine receives: "des
    chars Leopard allemands de l'Espagne" (the tanks' make is German, Spain gives them)."""
    # (read on the donors one by one: "allemands de l'Espagne" reads as one group of two)
    for index, (_, s, e) in enumerate(donors[:-1]):
        if item.end < s <= item.end + 2 and folded[item.end : s].isspace():
            code, after, _ = donors[index + 1]
            if _FROM_AFTER_NATIONALITY.fullmatch(folded, e, after):
                return (code,)
    return ()


def _nation_named_with(folded: str, item: Item, groups: list[tuple[int, int, tuple[str, ...]]]) -> tuple[str, ...]:
    """The nation named with one of the things Ukraine received, as a list of examples names each its own:
    "including Germany's PzH 2000 and France's Caesar", "dont les PzH 2000 allemands et les Caesar français",
    "darunter die deutsche PzH 2000 und die französische Caesar" (the possessive or the German adjective right
    before the thing, the French adjective right after it); the English possessive names its owner without the
    list too ("received Germany's PzH 2000 and France's Caesar howitzers")."""
    for s, e, codes in groups:
        if e <= item.start and _POSSESSIVE_GAP.fullmatch(folded, e, item.start) and (
            _EXAMPLES_OPEN_BEFORE.search(folded, max(0, s - 60), s) or folded.startswith(("'s", "’s"), e)
        ):
            return codes
        if item.end <= s and folded[item.end : s].isspace() and s - item.end <= 2 and _EXAMPLES_OPEN_BEFORE.search(
            folded, max(0, item.start - 60), item.start
        ):
            return codes
    return ()


# (folded text) A possessive or an adjective's ending between a nation and its thing ("germany's pzh", "deutsche
# pzh": the donor's span ends before "'s"), and a list of examples opened before them ("including", "dont",
# "darunter", "such as", "wie", "comme").
_POSSESSIVE_GAP = lazy(r"(?:'s|’s|s'|')?\s{1,2}")
_EXAMPLES_OPEN_BEFORE = lazy(
    r"\b(?:including|among them|such as|notably|dont|notamment|comme|darunter|wie|etwa|unter anderem)\b[^.;]*$"
)


# (folded text: "de", "from", "aus" and an article between a nationality and the source)
_FROM_AFTER_NATIONALITY = lazy(r"\s+(?:de|d'|du|des|from|aus|von)\s*(?:la |le |les |l'|the |dem |der )?")


def who_forbids(cue: Cue, mentions: list[Mention], parties: Parties, folded: str = "") -> tuple[str, ...]:
    """Who forbids a transfer: the subject, named first ("Die Schweiz hat Deutschland die
    Weitergabe untersagt"); the one forbidden to give is an object."""
    # A nationality right before what is forbidden is whose transfer it is, not
    # who forbids ("als Bern deutsche Waffenlieferungen verbot").
    # Borrowed, it is the last sentence's first giver: one country bans, and the one it
    # stopped from giving (who_is_forbidden), named after it, is no forbidder.
    before = [
        (group_start, group_end, codes) for group_start, group_end, codes in parties.groups
        if group_start < cue.start and not any(0 <= m.start - group_end <= 1 for m in mentions)
    ]
    # (a headline's topic before its colon is no subject when a giver follows it: "Facilité
    # européenne pour la paix : Budapest maintient son veto" is Hungary's)
    while len(before) > 1 and folded and ":" in folded[before[0][1] : before[1][0]]:
        before = before[1:]
    return (before[0][2] if before else ()) or parties.borrowed[:1]


# (folded text: the forbidden giver opening the clause the refusal governs, "a refusé
# que l'Allemagne transmette", "lehnt ab, dass Deutschland ... weitergibt",
# ... or the French dative right after the ban, "a interdit au Danemark de réexporter")
_FORBIDDEN_GIVING_AFTER = lazy(r"\s+(?:from|to)\s+[\w-]+ing\b|\s+to\s+(?:re-?export|export|send|transfer|deliver|supply|pass)")
_FORBIDDEN_CLAUSE_AFTER = lazy(r"\s*,?\s*(?:que |qu'|dass )(?:l'|la |le |les |die |der )?$|\s+(?:au|aux|a la|a l')\s*$")


def who_is_forbidden(
    folded: str, cue: Cue, parties: Parties, forbidder: tuple[str, ...], *, after_only: bool = False
) -> tuple[str, ...]:
    """The would-be giver a transfer is forbidden to: the object between the one who forbids
    and the ban ("Die Schweiz hat Deutschland die Weitergabe untersagt"), or the subject of
    the clause the refusal governs ("La Suisse a refusé que l'Allemagne transmette"). Its
    giving is under discussion, not refused: the refusal is the other country's. (A source
    told with "von"/"from", "die Weitergabe von Deutschland an die Ukraine blockiert", only
    says where the things are.) `after_only`: a refusal, not a ban, names its object after it."""
    for group_start, group_end, codes in parties.groups:
        if codes == forbidder or any(code in forbidder for code in codes):
            continue
        if not after_only and group_start < cue.start and _OBJECT_AFTER_AUXILIARY.search(
            folded, max(0, group_start - 20), group_start
        ) and any(s < group_start for s, _, c in parties.groups if c == forbidder):
            return codes
        if group_start >= cue.end and _FORBIDDEN_CLAUSE_AFTER.search(folded, cue.end, group_start):
            return codes
        if 0 <= group_start - cue.end <= 5 and _FORBIDDEN_GIVING_AFTER.match(folded, group_end):
            return codes  # the English object of the ban: "barred Germany from re-exporting"
    # ("au Danemark" also reads as a place, so it is no giver group: the donor itself)
    return next((
        (code,) for code, s, _ in parties.donors
        if s >= cue.end and code not in forbidder and _FORBIDDEN_CLAUSE_AFTER.search(folded, cue.end, s)
    ), ())


def permit_refused_to(folded: str, sentence: Sentence, parties: Parties) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """A permit one country refuses another, the other named between the refusal and the permit:
    "Switzerland has refused Germany a licence to re-export", "a refusé à l'Allemagne
    l'autorisation de réexporter", "Die Schweiz hat Deutschland die Genehmigung verweigert".
    The licensing state says no to the giving (refused, by the eval's rules: the one who says
    no); the would-be exporter asked to give, so its giving is under discussion (as the real
    set labels Switzerland's re-export ban on German Gepard rounds). Returns (the refuser, the
    one refused), or None when the sentence tells no such refusal."""
    for index, (group_start, group_end, codes) in enumerate(parties.groups):
        subject = next((c for _, _, c in reversed(parties.groups[:index]) if c != codes), None)
        if subject is None or not _PERMIT_AFTER.match(folded, group_end):
            continue
        reach = max(sentence.start, group_start - 30)
        if _REFUSED_TO_BEFORE.search(folded, reach, group_start) or (
            _GERMAN_OBJECT_BEFORE.search(folded, reach, group_start)
            and _GERMAN_REFUSAL.search(folded, reach, sentence.end)
        ):
            return subject, codes
    return None


# (folded text) the refusal right before the one refused ("refused Germany", "denied Berlin",
# "a refusé à l'Allemagne"); German puts the one refused after the auxiliary or the verb
# ("hat Deutschland ... verweigert", "verweigert Deutschland ..."); the permit right after it
_REFUSED_TO_BEFORE = lazy(
    # ("refused to give Denmark the approval": the one refused after "to give")
    r"\b(?:refus\w*|den(?:y|ies|ied|ying)|withh[oe]ld\w*)\s+(?:to\s+(?:give|grant)\s+)?"
    r"(?:(?:a|au|aux)\s+)?(?:the\s+|la\s+|l')?$"
)
_GERMAN_OBJECT_BEFORE = lazy(r"\b(?:hat|haben|hatte|hatten|verweiger\w*|versag\w*)\s+(?:\w+\s+)?$")
_GERMAN_REFUSAL = lazy(r"\b(?:verweiger|versag)")
_PERMIT_AFTER = lazy(
    r"\s+(?:(?:again|once more|erneut|wieder|abermals|weiterhin|a nouveau|encore)\s+)?"
    r"(?:(?:an?|the|its|any|l'|la|le|une?|toute|die|eine|jede|seine|ihre)\s*)?(?:[\w-]+\s+)?"
    r"(?:\w*licen[cs]es?|permits?|permission|approval|authori[sz]ation|clearance|go-ahead|autorisation|feu vert|"
    r"\w*genehmigung|erlaubnis|\w*lizenz|zustimmung|freigabe)\b"
)


# (German puts the object right after the forbidder's auxiliary: "Die Schweiz hat
# Deutschland ... untersagt"; "..., as Hungary kept up its veto" names the one who vetoes)
_OBJECT_AFTER_AUXILIARY = lazy(r"\b(?:hat|haben|hatte|hatten|wird|werden|will|wollen)\s+(?:\w+\s+)?$")


# The sum of a refund, told right after its word ("the reimbursement of 6.6 billion euros").
_REFUND_SUM_BEFORE = lazy(REFUND_SUM_BEFORE)
# A member's veto holds up aid its organisation is deciding on (folded text).
_HOLDS_UP = lazy(r"block|bloqu|blockier|veto")
# (folded text) the EU's aid named by the Union's adjective: "European military aid", "l'aide militaire
# européenne", "die europäische Militärhilfe" (not "European countries' aid": the adjective on the aid itself)
_EUROPEAN_AID = lazy(
    r"\beuropean (?:military |defen[cs]e |security )?(?:aid|assistance|support|funding|funds)\b|"
    r"\b(?:aide|assistance|soutien|financement)s? (?:militaire |financiere )?europeen\w*|"
    r"\beuropaische\w* (?:militar\w* )?(?:hilfe|militarhilfe|unterstutzung|finanzierung|mittel)\b|"
    r"\beuropaische\w* \w*hilfe\b|\beu-(?:militar)?hilfe\b"
)


# (folded text) a veto its holder refuses to lift, told before it ("refused to lift its veto", "a refusé de
# lever son veto", "will not drop its veto", "weigerte sich, sein Veto") or, in German, after it ("sein Veto
# gegen ... nicht aufgehoben", "... aufzuheben")
_LIFT_REFUSED_BEFORE = lazy(
    r"\b(?:refus\w*|declin\w*|will not|won't|would not|did not|does not|n'a pas|n'ont pas|ne veut pas|"
    # (... or keeps it: "maintains its veto", "maintient son veto", "hält an seinem Veto fest")
    r"maintain\w*|maint\w*|keeps?|kept|uphold\w*|upheld|halt\w* an|hielt\w* an|"
    r"weiger\w*|lehnt\w*)[^.;]{0,30}?\b(?:lift|drop|lever|leve|abandonner|aufheben|aufzuheben)?\s*"
    r"(?:(?:its|their|his|her|son|leur|sein\w*|ihr\w*)\s+)$"
)
_TOLD_BEFORE = lazy(r"\b(?:these|those|ces|cette|diese[nrs]?|jene[nrs]?)\s+$")
_LIFT_REFUSED_AFTER = lazy(r"[^.;]{0,120}?\b(?:nicht aufgehoben|aufzuheben|nicht aufheben)\b")


def blocked_organisation(folded: str, cue: Cue, parties: Parties, item: Item) -> tuple[str, ...]:
    """The organisation whose aid a member holds up: "Hungary blocks EU military aid",
    "la Hongrie bloque l'aide militaire de l'UE", "Ungarn blockiert EU-Militärhilfe". The
    member refuses nothing of its own; the organisation's aid is still undecided, so it is
    the organisation's record, under discussion. (A country vetoing another country's
    transfer, "Germany vetoed the delivery of tanks by Poland", is its own refusal.)
    A reimbursement held up is the EU's even when no body is named ("Hungary blocks the
    reimbursement of member states' deliveries"): paying members back for arms sent to
    Ukraine is what the European Peace Facility does, and the member blocking it gives
    nothing of its own."""
    if not _HOLDS_UP.match(folded, cue.start):
        return ()
    if _LIFT_REFUSED_BEFORE.search(folded, max(0, cue.start - 60), cue.start) or _LIFT_REFUSED_AFTER.match(
        folded, cue.end
    ):
        return ()  # a veto its holder refuses to lift is its own refusal (review 35's reading)
    forbidder = next((codes for s, _, codes in parties.groups if s < cue.start), ())
    named = next((
        (code,) for code, s, _ in parties.donors
        if code in ("EU", "NATO") and s > cue.start and code not in forbidder and forbidder
    ), ())
    if not named and forbidder and "EU" not in forbidder and _EUROPEAN_AID.search(
        folded, cue.start, min(len(folded), max(cue.end, item.end) + 24)
    ):
        # the Union named by its adjective: "a mis son veto à l'aide militaire européenne", "vetoed European
        # military aid", "Veto gegen die europäische Militärhilfe" hold up the EU's aid as "de l'UE" does
        named = ("EU",)
    if not named and forbidder and "EU" not in forbidder and item.start > cue.start and not (
        # (the payments told before, named again: "Budapest bloque ces remboursements" after its veto
        # on them is the holder's blocking restated, no aid of the EU's under discussion)
        _TOLD_BEFORE.search(folded, max(0, item.start - 12), item.start)
    ) and (
        REPAID.match(folded, item.start)
        or (item.category == "funding" and _REFUND_SUM_BEFORE.search(folded, max(cue.end, item.start - 40), item.start))
    ):
        return ("EU",)
    return named


def giver_of_an_item(sentence: Sentence, item: Item, cue: Cue, parties: Parties) -> tuple[str, ...]:
    """Who gives the item (see givers.donors_for), else the borrowed donor, else the West as
    a whole when the item is called Western; partners giving together join the giver."""
    folded = sentence.folded
    groups = parties.groups
    if parties.partners:
        # a partner is no subject: "Deutschland wird gemeinsam mit den Niederlanden ...
        # liefern" is Germany's delivery, the Netherlands joining it (added below)
        groups = [g for g in groups if not set(g[2]) <= set(parties.partners)] or groups
    giver = donors_for(folded, sentence.start, cue, item, groups)
    # (a later clause's own subject, its verb no cue: "..., where Denmark announced Caesar howitzers")
    giver = later_clause_subject(folded, sentence.start, cue, item, groups, parties.donors) or giver
    if giver and _another_state_acts(folded, sentence.start, cue, item, parties, giver):
        return ()
    if giver and another_state_before_its_giver(folded, sentence.start, cue, item, parties, giver):
        return ()
    giver = giver or parties.borrowed
    if not giver and (
        _WESTERN_BEFORE.search(folded, max(sentence.start, item.start - 20), item.start)
        or _WESTERN_AFTER.match(folded, item.end)
    ) and not (_EXAMPLES_AFTER.match(folded, item.end) or _EXAMPLES_INSIDE.search(folded, item.start, item.end)):
        giver = ("ALLIES",)  # "Western F-16 jets have arrived": the West, no one named
    if giver and parties.partners and not _CONTRAST_BETWEEN.search(
        folded, min(item.start, parties.partners_at), max(item.start, parties.partners_at)
    ):
        # (not past a contrast: "Britain is in talks with Germany about drones, while the
        # Netherlands pledged drones" - the Dutch drones are the Netherlands' alone; nor past
        # a clause joined: "has supplied F-16 jets and, together with Denmark, delivered 14
        # tanks", "a SAMP/T system jointly with Italy, and its CAESAR howitzers")
        giver = tuple(dict.fromkeys(giver + parties.partners))
    return giver


def _another_state_acts(
    folded: str, sentence_start: int, cue: Cue, item: Item, parties: Parties, giver: tuple[str, ...]
) -> bool:
    """Whether a state that gives nothing to Ukraine (one the lists name as no donor:
    Mexico, Russia) opens the clause of the item's cue, after the giver found: "Germany has
    sent 18 Leopard tanks, Mexico refuses shells" - the shells are Mexico's refusal, not
    Germany's. The state must open a clause (after a comma or semicolon, no comma between it
    and the cue: an apposition, "Germany, Russia's largest trading partner, sent ...", is
    none), and the giver must be named before it."""
    if not parties.others:
        return False
    anchor = item.start if cue.start < item.start < cue.end else min(cue.start, item.start)
    giver_before = [s for code, s, _ in parties.donors if code in giver and s < anchor]
    for _, s, e in parties.others:
        if (
            e <= anchor and giver_before and giver_before[-1] < s
            and _CLAUSE_OPENS_BEFORE.search(folded, max(sentence_start, s - 24), s)
            and not _CLAUSE_MARK.search(folded, e, anchor)
        ):
            return True
    return False


# (folded text: what opens a clause right before its subject, and what parts two clauses)
_CLAUSE_OPENS_BEFORE = lazy(
    r"[,;]\s*(?:(?:and|et|und|but|mais|aber|while|whereas|tandis que|alors que|wahrend)\s+)?"
    r"(?:(?:the|le|la|les|die|der|das)\s+|l')?$"
)
_CLAUSE_MARK = lazy(r"[,;]")


_CONTRAST_BETWEEN = lazy(
    r"[,;]\s*(?:but|mais|aber|while|whereas|tandis que|alors que|wahrend|and|et|und)\b|\b(?:and|et|und)\s*,|;|"
    # ... nor past a second verb the partner is told with: "has delivered 24 F-16 jets and has trained,
    # together with Denmark, pilots", "ont livré 24 F-16 et ont formé, avec le Danemark, des pilotes",
    # "geliefert und zusammen mit Dänemark Piloten ausgebildet" (the jets are the giver's alone)
    r"\b(?:and|et)\s+(?:(?:has|have|had|will|a|ont|avait|avaient|va|vont)\s+(?:also\s+|aussi\s+|egalement\s+)?"
    r"[\w'-]+|(?:also\s+)?[\w'-]+ed)\s*,?\s*(?:together with|jointly with|alongside|along with|with|conjointement avec|avec)\s+"
    r"(?:the |le |la |les |l')?$|"
    r"\bund\s+(?:auch\s+)?(?:zusammen|gemeinsam)\s+mit\s+(?:dem |den |der )?$|"
    # ... nor past an afterthought added after a comma, once the giving's clause is closed (pledges61): "a déjà
    # livré avec les États-Unis des NASAMS à l'Ukraine, ainsi que des obus", "delivered NASAMS to Ukraine together
    # with the United States, as well as shells", "gemeinsam mit den USA ... geliefert, sowie Granaten" (the
    # shells are the giver's alone)
    r",\s*(?:ainsi que|as well as|sowie|de meme que)\b"
)

# "Western" before what is given names the givers as a whole when no one else is named
# ("a new batch of Western fighter jets has arrived", "des chars occidentaux", "westliche
# Kampfpanzer"): the allies. ("Western-made" names a maker, not a giver.)
_WESTERN_BEFORE = lazy(r"\b(?:western|westliche[nmrs]?)\s+(?:[\w-]+\s+)?$")
_WESTERN_AFTER = lazy(r"\s+occidenta(?:l|le|ux|les)\b")
# ... but not a class told by its examples, a comparison or a survey of the front: "Western tanks such
# as the Leopard 2 are in use only in small numbers", "les chars occidentaux comme le Leopard",
# "Westliche Kampfpanzer wie der Leopard 2" (review 60)
_EXAMPLES_AFTER = lazy(r"(?:\s+occidenta(?:l|le|ux|les))?,?\s+(?:such as|like|wie|comme|tels que|telles que|tel que)\s")
# (... the examples inside an item that runs on to the system named: "Kampfpanzer wie der Leopard 2")
_EXAMPLES_INSIDE = lazy(r"\s(?:such as|like|wie|comme|tels que|telles que|tel que)\s")
WESTERN_ITEM = lazy(r"\b(?:western|westliche[nmrs]?|occidenta(?:l|le|ux|les))\b(?!-)")
# A partner named "together with" the giver gives too ("will buy 100 Leopard 1 tanks
# together with Denmark", "gemeinsam mit Dänemark", "conjointement avec le Danemark").
# (Its "with" makes it no giver of its own: see donor_places.py.)
_JOINTLY_BEFORE = lazy(
    r"\b(?:together with|jointly with|alongside|along with|in cooperation with|in partnership with|"
    r"zusammen mit|gemeinsam mit|conjointement avec|en cooperation avec|aux cotes d[eu']?|de concert avec|"
    # ... or a plain "avec" right after a French participle of giving: "la batterie fournie
    # avec la France", "des chars livrés avec le Danemark" (not "développé avec": a maker)
    r"(?:livre|fourni|envoye|cede|transfere|remis|finance)(?:e|s|es)? avec|"
    # ... and one the giver is in talks with about it: both weigh it ("is in talks with
    # Germany about jointly funding", "en discussion avec", "in Gesprächen mit")
    r"in talks with|in negotiations with|en discussions? avec|en pourparlers avec|in gesprachen mit|im gesprach mit|"
    # ... and one named as also giving: "Neben Deutschland haben auch Polen ... zugesagt",
    # "Besides Germany, Poland has pledged", "Outre la France, ..."
    r"neben|outre|besides|in addition to|apart from)\s*"
    r"(?:the |la |le |les |l'|die |der |den |dem |des |du )?$"
)

_JOINTLY_WORD = lazy(r"\b(?:with|mit|avec|alongside|cotes|concert|neben|outre|besides|addition|apart)\b")


def joint_partners(folded: str, start: int, end: int, donors: list[tuple[str, int, int]]) -> tuple[str, ...]:
    """The donors a sentence names as giving together with its giver (_JOINTLY_BEFORE)."""
    if not donors or not _JOINTLY_WORD.search(folded, start, end):
        return ()
    joined = tuple(
        code for s, e, codes in donor_group_spans(folded, donors)
        if _JOINTLY_BEFORE.search(folded, max(start, s - 30), s) and not _co_leader(folded, start, end, s, e)
        # (a partner in the making gives nothing: "a system it developed jointly with the
        # United States")
        and not MAKER_BEFORE.search(folded, max(start, s - MAKER_REACH), s)
        for code in codes
    )
    # (one by one: the comma after a partner opening the sentence would group it with the subject)
    opening = tuple(code for code, s, e in donors if _with_opening(folded, start, s, e))
    return tuple(dict.fromkeys(joined + opening))


def _with_opening(folded: str, start: int, s: int, e: int) -> bool:
    """Whether the donor group at s..e is told as a partner in a phrase of its own opening
    the sentence or a clause: "Avec le Danemark, Berlin a déjà livré ...", "et, avec le
    Danemark, des chars remis en état", "With Denmark, Germany has delivered ..." (a "with"
    inside a clause, "a contract with Denmark", joins no one)."""
    opening = _WITH_BEFORE.search(folded, max(start, s - 12), s)
    # (German puts the finite verb right after the opening phrase, no comma: "Mit Dänemark
    # hat Deutschland ... geliefert")
    if opening is None or not (_COMMA_AFTER.match(folded, e) or _GERMAN_VERB_SECOND_AFTER.match(folded, e)):
        return False
    lead = folded[start : opening.start()].strip()
    # (a dateline may open the sentence: "STOCKHOLM (AFP) - Avec la Norvège, ...")
    return not lead or lead.endswith((",", "-", "\u2013", "\u2014")) or _JOIN_THEN_COMMA.search(lead) is not None


_WITH_BEFORE = lazy(r"\b(?:avec|with|mit)\s+(?:the |le |la |les |l'|dem |den |der )?$")
_COMMA_AFTER = lazy(r"\s*,")
_GERMAN_VERB_SECOND_AFTER = lazy(
    r"\s+(?:hat|haben|hatte|hatten|wird|werden|will|wollen|soll|sollen|liefert|liefern|lieferte|lieferten|"
    r"schickt|schickte|ubergibt|ubergab|gibt|gab|stellt|stellte)\s+(?!sie\b|er\b|es\b|man\b)"
)
_JOIN_THEN_COMMA = lazy(r"\b(?:and|et|und)\s*,?$")


def _co_leader(folded: str, start: int, end: int, s: int, e: int) -> bool:
    """Whether the partner at folded[s:e] is named in a clause telling who leads a group
    with it ("Britain, which leads the group together with Germany, ...", "Healey, der die
    Gruppe gemeinsam mit Deutschland leitet", "qui copréside le groupe avec l'Allemagne"):
    leading together is no giving together."""
    low = max(start, folded.rfind(",", start, s) + 1)
    high = next((i for i in (folded.find(",", e, end), folded.find(";", e, end)) if i >= 0), end)
    return bool(_LEADS_A_GROUP.search(folded, low, min(high, end)))


# (folded text: the verbs of leading, chairing or coordinating, in the three languages)
_LEADS_A_GROUP = lazy(
    r"\b(?:co-?)?(?:leads?|chairs?|heads?|coordinates?)\b|\bco-?(?:led|chaired|headed)\b|"
    r"\b(?:leitet|leiten|leitete|leiteten|anfuhrt|anfuhren|vorsitzt|koordiniert|den vorsitz)\b|"
    r"\b(?:co)?(?:dirige|dirigent|preside|presides|pilote|pilotent|coordonne|coordonnent)\b"
)
