"""Givers: which donor a sentence's item belongs to (a passive agent after it, the
subject before its cue, a donor that reports it), donors joined into one group, and the
donor words that are not givers: a place, a maker, a comparison, a speaker who welcomes
aid, Ukraine as the subject of a refusal."""

from __future__ import annotations

from collections.abc import Callable

from bot.core.pledges.records import Cue, Item
from bot.core.text.lazy_pattern import guarded, lazy
from bot.core.text.months import ENGLISH_MONTHS, FRENCH_MONTHS, GERMAN_MONTHS, MONTH_ABBREVIATIONS, month_names

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
_PASSIVE_AGENT = lazy(r"\b(?:by|par|von|seitens)\s+(?:the|la|le|les|l'|die|der|den|dem)?\s*$")
_REPORTING_AFTER = lazy(
    r"^(?:\s+[\w'-]+){0,4}\s+(?:said|says|confirmed|confirms|announced|told|added|a (?:indique|annonce|confirme|assure)|"
    r"sagte|teilte|bestatigte|erklarte)\b"
)
# Donors joined by these form one group ("Germany, France and Norway").
_COORDINATION = lazy(
    r"^\s*(?:,|;|-)?\s*(?:and|et|und|&|as well as|ainsi que|sowie|or|ou|oder)?\s*"
    # the preposition repeated in each member: "du Danemark et de la Belgique", "by
    # Norway and by Denmark", "von Polen und von Tschechien"
    r"(?:(?:de|d'|of|von|vom|a|au|aux|by|par|from)\s*)?"
    r"(?:the|la|le|les|l'|die|der|den|des|du|d')?\s*$"
)
# A donor word in these places is not the giver: a place visited, a partner, a maker.
# Read on the original text in lower case, where French "à" is not English "a".
_LOCATIVE_BEFORE = lazy(
    r"(?:\b(?:in|at|à|au|aux|en|dans|nach|im|bei|visit\w*|with|avec|mit|against|contre|gegen)\s+(?:l'|l’|the|la|le|les)?\s*)$"
)
# ... a meeting place ("la base américaine de Ramstein", "Ramstein air base") or a
# comparison ("like the US", "wie zum Beispiel den USA", "comme la France"): not the giver.
_PLACE_BEFORE = lazy(
    r"(?:\bbase\s+(?:[\w'-]+\s+){0,3}(?:de|of|d')\s*|\b(?:like|unlike|wie|comme)\s+(?:zum beispiel\s+|z\. ?b\.\s+|[\w]+\s+){0,2}"
    r"(?:the|la|le|les|l'|die|der|den|dem)?\s*)$"
)
# ... but a government or ministry "in" its capital is the government: "teilte das
# Verteidigungsministerium in Rom mit", "the government in Warsaw said" (folded text).
_SEAT_BEFORE = lazy(
    r"(?:regierung|ministerium|government|ministry|gouvernement|ministere|kabinett|administration)\w*\s+(?:in|a)\s+$"
)


# ... but "wie" opening a reporting clause is "as", not "like": "Wie die Bundesregierung
# mitteilte, wurden ...", "Wie Berlin am Freitag bestätigte" name the source, who gives.
_REPORTED_AFTER = lazy(
    r"(?:\s+[\w'-]+){0,6}?\s+(?:mitteilte|mitteilten|sagte|sagten|berichtete|erklarte|erklarten|bestatigte|"
    r"bestatigten|bekanntgab|ankundigte|ankundigten|meldete|informierte|verlautete|betonte|hiess)\b"
)


# Every match of _PLACE_BEFORE holds one of these words ("unlike" holds "like"). This
# runs for every donor word, and most have none of them before: a substring test (in C)
# spares `re` trying the pattern at each of the 40 characters.
_PLACE_WORDS = ("base", "like", "wie", "comme")


def _compared(folded: str, s: int, e: int) -> bool:
    """A donor word in a comparison or at a meeting place (see _PLACE_BEFORE)."""
    window = folded[max(0, s - 40) : s]
    return (
        any(word in window for word in _PLACE_WORDS)
        and bool(_PLACE_BEFORE.search(window)) and not _REPORTED_AFTER.match(folded, e)
    )


def _locative(full: str, folded: str, s: int) -> bool:
    return bool(_LOCATIVE_BEFORE.search(full[max(0, s - 16) : s].lower())) and not _SEAT_BEFORE.search(
        folded, max(0, s - 40), s
    ) and not _CONTRACT_PARTY_BEFORE.search(folded, max(0, s - 60), s) and not _ACTS_AFTER.match(folded, s) and not (
        _THANKED_BEFORE.search(folded, max(0, s - 12), s) and folded.find("bedank", max(0, s - 40), s + 150) >= 0
    )


# The one thanked is no place: "hat sich bei Norwegen für die Panzer bedankt" (folded text).
_THANKED_BEFORE = lazy(r"\bsich bei\s+(?:der\s+|den\s+|dem\s+)?$")


# A country that acts in a relative clause is no place: "fournira des chars à la Tchéquie,
# qui en échange a livré 40 T-72 à l'Ukraine" (its name, then a subject relative).
_ACTS_AFTER = lazy(r"[\w'-]+(?:[ -][\w'-]+){0,2}?\s*,\s*(?:qui|which|who)\s")


# The other party of a contract is the one paying, no place: "signed a contract with the
# Dutch government", "un contrat avec le ministère danois", "einen Vertrag mit der Regierung".
_CONTRACT_PARTY_BEFORE = lazy(
    r"\b(?:contracts?|deal|agreement|contrats?|accord|\w*vertrag|vereinbarung)\s+(?:[\w-]+\s+){0,3}"
    r"(?:with|avec|mit)\s+(?:the\s+|le\s+|la\s+|l'|der\s+|dem\s+|den\s+)?$"
)


_PLACE_AFTER = lazy(r"^\s*(?:air ?base|base|luftwaffenstutzpunkt|stutzpunkt)\b")
# "in Norway's package", "in Germany's latest aid": the donor owns the aid, it is no place.
_OWN_AID_AFTER = lazy(r"'s (?:[\w-]+ ){0,2}(?:package|aid|assistance|support|deliver(?:y|ies)|pledge|donation|contribution)s?\b")
# An organisation as a modifier of its member ("the first NATO ally", "un allié de
# l'Otan", "EU member"): the member is the subject, not the organisation.
_MEMBER_AFTER = lazy(r"^\s*(?:-\s*)?(?:ally|allies|member|members|partner|partners|country|countries|state|states|"
                           r"membre|membres|partenaire|partenaires|mitglied\w*|partner\w*|staat\w*|land|lander)\b")
_MAKER_AFTER = lazy(r"^-?(?:made|built|designed|produced|manufactured)\b")
_MAKER_BEFORE = lazy(
    r"(?:made in|fabrication|fabrique\w* en|de conception|aus|hergestellt in|"
    # the maker as an agent: "conçus par MBDA et Thales", "built by", "entwickelt von"
    r"(?:concu|fabrique|produit|developpe|made|built|designed|produced|manufactured|developed|hergestellt|entwickelt|"
    r"gebaut|produziert)\w* (?:par|by|von) (?:la |le |les |l'|the |der |die |dem |den |des )?|"
    # one of several: "l'un des quatre pays européens", "one of the allies" (the
    # subject is whoever "one" refers to)
    r"(?:l'un|l'une|one|un|une|eine[rs]?) (?:des|of the|of|der|de ces) (?:[\w-]+ ){0,2})\s*$"
)
# Ukraine as the subject of a refusal (not "der Ukraine", "à l'Ukraine", "to Ukraine").
_DATIVE_BEFORE = lazy(
    r"(?:\bder|\ba|\bto|\ban|\bau|\baux|\bfor|\bpour|\bfur|\bwith|\bavec|\bmit|\bnach|\bin|\ben|\bde|\bof)\s+"
    r"(?:l'|die|den|the|la)?\s*$"
)


def recipient_subject(
    folded: str, sentence_start: int, cue: Cue, ukraine: list[tuple[str, int, int]], donors: list[tuple[str, int, int]]
) -> bool:
    """Whether Ukraine is who refuses: named within a few words before the cue, not
    as an indirect object, with no donor between."""
    for _, s, e in ukraine:
        if e <= cue.start and cue.start - e <= 24 and not _DATIVE_BEFORE.search(folded[max(sentence_start, s - 8) : s]):
            if not any(e <= ds < cue.start for _, ds, _ in donors):
                return True
    return False


def donor_group_spans(folded: str, donors: list[tuple[str, int, int]]) -> list[tuple[int, int, tuple[str, ...]]]:
    """Donor mentions joined by commas or "and": (start, end, codes) per group."""
    spans: list[list] = []
    for code, s, e in donors:
        gap = folded[spans[-1][1] : s] if spans else ""
        if spans and _COORDINATION.match(gap) and not (gap.strip() == "," and _REPORTING_AFTER.match(folded[e : e + 60])):
            # (a comma alone before one who reports joins nothing: "... by Norway, Germany said")
            spans[-1][1] = e
            spans[-1][2].append(code)
        else:
            spans.append([s, e, [code]])
    return [(s, e, tuple(dict.fromkeys(codes))) for s, e, codes in spans]


def names_a_maker(folded: str, donor: tuple[str, int, int]) -> bool:
    """A donor word that names who made the thing ("French-made", "made in Germany",
    "de fabrication française", "built by KNDS France"), not who gives it. `folded` is
    the text folded position for position (numbers.fold_aligned)."""
    _, s, e = donor
    return bool(_MAKER_AFTER.match(folded[e : e + 14]) or _MAKER_BEFORE.search(folded[max(0, s - 20) : s]))


def givers_among(
    full: str, folded: str, donors: list[tuple[str, int, int]], is_firm: Callable[[str], bool]
) -> list[tuple[str, int, int]]:
    """The donors that may be givers. The words before a group of donors joined by
    "and" speak for all of them: "25 Leopard-1-Panzer aus Dänemark und Deutschland",
    "in Germany and France" (a place), not only for the first. `is_firm` says whether a
    donor's name (folded) is an arms maker's (Entities.is_firm)."""
    kept = []
    led_by: tuple[str, int, int] | None = None  # the first member of the current group
    last_end = 0
    for donor in donors:
        if led_by is None or not _COORDINATION.match(folded[last_end : donor[1]]):
            led_by = donor
        last_end = donor[2]
        if not_a_giver(full, folded, donor) or (led_by is not donor and _not_a_giver_before(full, folded, led_by)):
            continue
        kept.append(donor)
    # A firm and its nationality ("Czech arms maker Excalibur Army", "German arms maker
    # Rheinmetall", "le groupe français KNDS", "der tschechische Rüstungskonzern CSG") give
    # way to a government the sentence names beside them: the one paying the firm.
    # (a dateline's city, "PRAGUE (Reuters) -", is where the news was filed: no such government)
    firms = [d for d in donors if _names_a_firm(folded, d, is_firm)]
    dateline = DATELINE.match(full)
    paying = [d for d in kept if d not in firms and not (dateline and d[2] <= dateline.end())]
    if firms and paying:
        kept = paying
    return kept


# A dateline: the city in capitals, two of them for a story filed from both ("SEOUL/KYIV",
# "WASHINGTON/KIEW"), a date, the agency ("BERLIN (dpa) -", "PARIS, 3 déc (AFP) -").
DATELINE = lazy(r"[A-ZÀ-Ý][A-ZÀ-Ý' ./-]+(?:,[^-\u2013\u2014]{1,20})?\s*(?:\([^)]{1,20}\))?\s*[-\u2013\u2014]\s")


# (folded text) a nationality before the firm's noun, or the firm named after it
_FIRM_NOUN_AFTER = lazy(
    r"\s+(?:(?:arms|defen[cs]e|weapons|aerospace|ammunition|munitions|drone|armaments?|state-owned|private)\s+)?"
    r"(?:makers?|manufacturers?|compan(?:y|ies)|firms?|groups?|contractors?|producers?|\w*konzerns?|\w*hersteller|"
    r"\w*unternehmen|\w*firma|\w*schmiede)\b"
)
_FIRM_NOUN_BEFORE = guarded(
    r"\b(?:makers?|manufacturers?|compan(?:y|ies)|firms?|groups?|contractors?|producers?|\w*konzerns?|\w*hersteller|"
    r"\w*unternehmen|\w*firma|groupe|fabricant|industriel|constructeur|entreprise|societe|firme|missilier)"
    # (French puts the nationality between: "le groupe allemand Rheinmetall")
    r"(?:\s+(?:d'armement|de defense|d'armes))?(?:\s+(?!(?:de|du|des|of|von|der|die|das|la|le|les|the)\b)[\w-]+)?\s+$",
    ("maker", "manufacturer", "compan", "firm", "group", "contractor", "producer", "konzern", "hersteller",
     "unternehmen", "fabricant", "industriel", "constructeur", "entreprise", "societe", "missilier"),
)


def _names_a_firm(folded: str, donor: tuple[str, int, int], is_firm: Callable[[str], bool]) -> bool:
    """A firm named bare (one config/entities.toml lists under its country's `firms`:
    "Rheinmetall will deliver ..., paid for by the Netherlands") or told as one ("German
    arms maker", "le groupe français")."""
    _, s, e = donor
    return bool(
        is_firm(folded[s:e]) or _FIRM_NOUN_AFTER.match(folded, e) or _FIRM_NOUN_BEFORE.search(folded, max(0, s - 30), s)
    )


def _not_a_giver_before(full: str, folded: str, donor: tuple[str, int, int]) -> bool:
    """What the words before a donor say of it: a place, a maker, a comparison, a leader
    ("coordinated by Latvia and the United Kingdom")."""
    _, s, e = donor
    return bool(
        _locative(full, folded, s) or _MAKER_BEFORE.search(folded[max(0, s - 20) : s]) or _compared(folded, s, e)
        or _led_by_before(folded, s)
    )


def not_a_giver(full: str, folded: str, donor: tuple[str, int, int]) -> bool:
    """A donor word that names a place visited or a maker, not the giver."""
    code, s, e = donor
    return bool(
        (_locative(full, folded, s) and not _OWN_AID_AFTER.match(folded, e))
        or names_a_maker(folded, donor)
        or _compared(folded, s, e)
        or _PLACE_AFTER.match(folded[e : e + 24])
        or (code in ("NATO", "EU", "G7") and _MEMBER_AFTER.match(folded[e : e + 16]))
        or welcomes_after(folded, e)
        or private_group(folded, donor)
        or _in_relative_clause(folded, s)
        or _owns_a_scheme(folded, s, e)
        or leads_a_scheme(folded, s, e)
        or origin_of_weapons(folded, s, e)
        or where_bought(folded, s, e)
        or chairs_a_meeting(full, folded, s, e)
        or (code == "ALLIES" and (
            bool(_MEETING_OF_BEFORE.search(folded, max(0, s - 40), s)) or _led_in_a_clause(folded, s, e)
        ))
    )


def _led_in_a_clause(folded: str, s: int, e: int) -> bool:
    """A group told as what the giver leads, in a clause between commas: "Großbritannien,
    das die Kontaktgruppe als Ko-Vorsitzender leitet, wird ... liefern", "Britain, which
    co-chairs the contact group, will send", "le Royaume-Uni, qui copréside le groupe de
    contact, va livrer": the group is led, the subject gives."""
    opening = folded.rfind(",", max(0, s - 40), s)
    closing = folded.find(",", e, e + 80)
    if opening < 0 or closing < 0 or any(mark in folded[opening:closing] for mark in ".;:!?"):
        return False
    return bool(_LEADING_VERB.search(folded, opening, closing))


# (folded text: leading, chairing, coordinating, in the three languages)
_LEADING_VERB = lazy(
    r"\b(?:co-?)?(?:leads?|chairs?|heads?|coordinates?)\b|"
    r"\b(?:leitet|leiten|leitete|anfuhrt|koordiniert|vorsitzt)\b|\b(?:co)?(?:dirige|preside|pilote|coordonne)\b"
)


# A format of meetings named as the meeting where others promised is where, not who:
# "beim Treffen der Kontaktgruppe", "lors de la réunion du groupe de contact", "at a
# meeting of the Ukraine Defence Contact Group" (as "at the contact group meeting" is a
# place already). Only the allies' formats: "a meeting of EU leaders agreed" is the EU's
# (folded text).
_MEETING_OF_BEFORE = lazy(
    r"\b(?:meeting|session|talks|treffen|sitzung|tagung|reunion|rencontre|seance)\s+"
    r"(?:of|with|der|des|du|de la|de l'|des|mit der|mit den)\s+(?:the\s+|l')?$"
)


def _owns_a_scheme(folded: str, s: int, e: int) -> bool:
    """A nationality naming whose scheme the money goes to, not who pays: "für die
    tschechische Initiative", "à l'initiative tchèque", "the Danish model". (Alone in its
    sentence it is still read as the giver: see sentence_reading._sentence_parties.)"""
    return bool(_SCHEME_AFTER.match(folded, e) or _SCHEME_BEFORE.search(folded, max(0, s - 16), s))


# A country where things are bought is the seller, not the giver: "Die Raketen sollen in
# den USA gekauft werden", "will be bought in the United States", "seront achetés aux
# États-Unis" (whoever pays was named before).
_BUYING_PLACE_BEFORE = lazy(r"\b(?:in|in den|in der|aux|au|en)\s+$")
_BOUGHT_AFTER = lazy(r"\s+(?:gekauft|beschafft|erworben)\b")
_BOUGHT_IN_BEFORE = lazy(
    r"\b(?:bought|purchased|procured|achete(?:e|s|es)?|acquis(?:e|es)?)\s+(?:in|from|aux|au|en)\s+(?:the\s+)?$"
)


def where_bought(folded: str, s: int, e: int) -> bool:
    low = max(0, s - 32)
    return bool(
        (_BUYING_PLACE_BEFORE.search(folded, low, s) and _BOUGHT_AFTER.match(folded, e))
        or _BOUGHT_IN_BEFORE.search(folded, low, s)
    )


def origin_of_weapons(folded: str, s: int, e: int) -> bool:
    """A nationality of weapons in general ("US weapons", "US-Waffen", "armes américaines"),
    where the sentence names another donor: where they come from, as under NATO's PURL
    scheme, where allies pay for American weapons. (Alone in its sentence it is still read
    as the giver, "US weapons arrive in Ukraine"; a kind of thing, "German tanks", names
    who gives it.)"""
    low = max(0, s - 24)
    # (every match of _WEAPONS_BEFORE holds "arme": most donors have none before them)
    return bool(
        _WEAPONS_AFTER.match(folded, e) or (folded.find("arme", low, s) >= 0 and _WEAPONS_BEFORE.search(folded, low, s))
    )


_WEAPONS_AFTER = lazy(r"(?:-made)?[- ](?:military )?(?:weapons|arms|armaments?|waffen|rustungs\w*|militargut\w*)\b")
_WEAPONS_BEFORE = lazy(r"\b(?:armes?|armements?)(?: militaires?)? $")


# The scheme named after the nationality (English, German) or before it (French). (Folded text.)
_SCHEME_NOUNS_EN_DE = (
    r"initiative|coalition|scheme|mechanism|model|koalition|mechanismus|modell|munitionsinitiative"
)
# ("Czech-led initiative", "die von Tschechien geführte Initiative")
_SCHEME_AFTER = lazy(r"(?:-(?:led|run)|\s+gefuhrte[nmrs]?)?\s+(?:" + _SCHEME_NOUNS_EN_DE + r")\b")
# (not across a line break: a headline ending "... drone coalition" is no scheme of the
# donor opening the body)
_SCHEME_BEFORE = lazy(r"\b(?:initiative|coalition|mecanisme|modele)s?[^\S\n]+$")


def scheme_mentions(folded: str, donors: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """(code, start, end) of a scheme named again without its nationality: after "the
    Czech-led initiative", "l'initiative tchèque", "die tschechische Munitionsinitiative",
    wire copy goes on with "the initiative", "ce mécanisme", "über die Initiative", which
    name the same scheme, so the same donor (as a surname names a leader's country)."""
    found = []
    for code, s, e in donors:
        scheme = _SCHEME_AFTER.match(folded, e) or _SCHEME_BEFORE.search(folded, max(0, s - 16), s)
        if scheme is None:
            continue
        after = max(e, scheme.end())
        for again in _SCHEME_AGAIN.finditer(folded, after):
            # (not one named with its nationality again, before or after: "l'initiative tchèque")
            if not any(ds <= again.end() + 2 and again.start() < de for _, ds, de in donors):
                found.append((code, again.start(1), again.end(1)))
        break  # the first scheme named is the one the article goes on about
    return found


# (folded text) the scheme again, with a definite article or a demonstrative
_SCHEME_AGAIN = lazy(
    r"\b(?:the|this|that|die|diese|der|dieser|den|l'|cette|ce|le|la)\s*"
    r"(initiative|scheme|mechanism|mechanismus|munitionsinitiative|mecanisme|dispositif)\b"
)


def bloc_mentions(folded: str, donors: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """(code, start, end) of "the bloc", "le bloc", "die Staatengemeinschaft" after the EU
    was named: wire copy's word for the EU named once (config/entities.toml cannot list
    "bloc" itself, which names the Soviet or a Western one elsewhere)."""
    first_eu = next((e for code, _, e in donors if code == "EU"), None)
    if first_eu is None:
        return []
    return [
        ("EU", again.start(1), again.end(1))
        for again in _BLOC_AGAIN.finditer(folded, first_eu)
        if not any(ds < again.end() and again.start() < de for _, ds, de in donors)
    ]


def brussels_mentions(folded: str, donors: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """(code, start, end) of "Brussels", "Bruxelles", "Brüssel" acting after the EU or
    Belgium was named, the other not: wire copy names the giver by its seat ("Brussels
    has committed 18.1 billion euros", "Selon Bruxelles, elle servira ..."). Alone it
    stays a meeting place (config/entities.toml): which of the two it stands for, only the
    article tells. A place ("in Brussels", "à Bruxelles") or a dateline names nobody."""
    codes = {code for code, _, _ in donors}
    if ("EU" in codes) == ("BE" in codes):
        return []
    code = "EU" if "EU" in codes else "BE"
    first = next(e for c, _, e in donors if c == code)
    return [
        (code, seat.start(1), seat.end(1))
        for seat in _BRUSSELS.finditer(folded, first)
        if not _SEAT_AS_PLACE_BEFORE.search(folded, max(0, seat.start() - 8), seat.start())
        and not _DATELINE_AFTER.match(folded, seat.end())
    ]


_BRUSSELS = lazy(r"\b(brussels|bruxelles|brussel)\b")
_SEAT_AS_PLACE_BEFORE = lazy(r"\b(?:in|at|to|from|near|a|au|de|vers|pres de|nach|aus|bei|von)\s+$")
# A dateline after the seat: "BRUSSELS (Reuters)", "BRUXELLES, 3 mars", "BRUSSELS, Dec 3
# (Reuters)", "BRUSSELS, March 3" (the month named or cut short, then the day).
_DATELINE_MONTHS = "|".join(
    sorted(month_names(ENGLISH_MONTHS, FRENCH_MONTHS, GERMAN_MONTHS, *MONTH_ABBREVIATIONS), key=len, reverse=True)
)
_DATELINE_AFTER = lazy(rf"\s*(?:\(|,\s*\d|,\s*(?:{_DATELINE_MONTHS})\.?\s+\d|-based|-basee?s?)")


# (folded text: the bloc, with its article, its size told or not: "the 27-nation bloc")
_BLOC_AGAIN = lazy(
    r"\b(?:the|this|le|ce|die|der|den)\s+(?:\d+-(?:member|nation|country)\s+|(?:european\s+)?)?"
    r"(bloc|block|staatengemeinschaft|staatenbund)\b"
)


def leads_a_scheme(folded: str, s: int, e: int) -> bool:
    """A donor named as who leads or coordinates a coalition, an initiative, a group ("the
    drone coalition led by Latvia", "coordinated by", "menée par la Lettonie", "pilotée
    par", "unter Führung Lettlands", "unter lettischer Führung", "die von Lettland geführte
    Koalition", "the Latvia-led coalition"): leading is not giving, and another donor's
    payment to the scheme is that donor's. (Alone in its sentence it is still read as the
    giver, "the coalition led by Latvia will send drones": see sentence_reading._sentence_parties.)"""
    return _led_by_before(folded, s) or bool(_LEADER_AFTER.match(folded, e))


# (folded text)
_LEADER_BEFORE = lazy(
    r"\b(?:(?:led|co-led|coordinated|headed|chaired|run|spearheaded|steered)\s+(?:jointly\s+)?by|"
    r"(?:menee?s?|pilotee?s?|coordonnee?s?|dirigee?s?|conduite?s?|presidee?s?)\s+(?:conjointement\s+)?par|"
    r"sous (?:la )?(?:direction|houlette|egide|conduite|presidence|coordination) d[eu']?|"
    r"unter (?:der )?(?:fuhrung|leitung|federfuhrung|koordination|vorsitz)(?: von| vom| des| der)?|"
    r"angefuhrt von|geleitet von|koordiniert von)"
    r"\s*(?:the |la |le |les |l'|die |der |den |dem |des |du )?$"
)
# Every match of _LEADER_BEFORE holds one of these words. This runs for every donor word,
# and most have none of them in the 40 characters before: a substring test (in C) spares
# `re` trying the pattern at each of those characters.
_LEADER_WORDS = ("by", "par", "sous", "unter", "von")


def _led_by_before(folded: str, s: int) -> bool:
    low = max(0, s - 40)
    window = folded[low:s]
    return any(word in window for word in _LEADER_WORDS) and bool(_LEADER_BEFORE.search(folded, low, s))


_LEADER_AFTER = lazy(
    r"(?:-(?:led|coordinated|run)\b|\s+(?:gefuhrt|angefuhrt|geleitet|koordiniert)\w*|"
    r"(?:er|en|e|es)?\s+(?:fuhrung|leitung|federfuhrung)\b)"
)


# A donor inside a relative clause describes the subject, it does not give: "La Suède
# et la Finlande, qui ont rejoint l'Otan, ont annoncé", "Poland, which borders Belarus,
# will send". (German "der/die/das" are articles as often as pronouns: left out.)
_RELATIVE_OPENING = lazy(r",\s*(?:qui|which|who|whose|dont|lequel|laquelle|lesquels|lesquelles|welche[rsnm]?)\s[^,;:]*$")


def _in_relative_clause(folded: str, s: int) -> bool:
    # (the clause is closed by a comma within the sentence: a clause that runs to the
    # sentence's end may well name the giver, "the jets, which Kyiv begged its allies for")
    low = max(0, s - 60)
    if folded.find(",", low, s) < 0:
        return False  # (most donors have no comma before them: no pattern to run)
    return bool(_RELATIVE_OPENING.search(folded, low, s)) and bool(_CLAUSE_CLOSED.match(folded, s, s + 80))


_CLAUSE_CLOSED = lazy(r"[^.!?;:\n]*,")


# A nationality describing private people or groups names no government: "a group of
# U.S. veterans", "American volunteers", "deutsche Spender" (the word after it),
# "des bénévoles français" (the word before it). Word starts, compared
# without a pattern: this runs for every donor word.
_PRIVATE_AFTER = (
    "veterans", "volunteers", "citizens", "donors", "activists", "charit", "foundation", "crowdfund", "diaspora",
    "businessm", "bloggers", "freiwillige", "burger", "spender", "stiftung", "aktivist",
)
_PRIVATE_MODIFIERS = frozenset(("military", "army", "private", "civilian", "retired", "former", "war"))
_PRIVATE_BEFORE = frozenset((
    "benevoles", "citoyens", "donateurs", "volontaires", "militants", "veterans", "association", "associations",
    "fondation", "fondations",
))


def private_group(folded: str, donor: tuple[str, int, int]) -> bool:
    """A nationality describing private people or groups (see _PRIVATE_AFTER)."""
    _, s, e = donor
    after = folded[e : e + 40].split()[:2] if folded[e : e + 1].isspace() else []
    if after and after[0] in _PRIVATE_MODIFIERS:
        after = after[1:]  # "U.S. military veterans", "private donors"
    if after and after[0].startswith(_PRIVATE_AFTER):
        return True
    before = folded[max(0, s - 24) : s].split()
    return bool(before) and folded[s - 1 : s].isspace() and before[-1] in _PRIVATE_BEFORE


# Who chairs a meeting speaks for it, not for his country: "co-chair John Healey said",
# "said John Healey, the group's co-chair", "le coprésident du groupe, le ministre
# britannique", "der Ko-Vorsitzende John Healey" (what the group or other countries
# announced is theirs). The office is told right before the name, with no verb between,
# or right after it as an apposition or a relative clause (folded text).
_CHAIR_WORD = (
    r"(?:co-?chair\w*|chair(?:s|ed|ing|man|woman)?|co-?presid\w*|ko-?vorsitz\w*|vorsitzende\w*)"
)
# (no verb between the office and the name: "co-chair John Healey said Britain would
# send" names Britain as the giver)
_NO_VERB = r"(?!(?:said|says|told|announced|added|a|ont|sagte|erklarte|teilte|will|would|has|have|is|was)\b)"
_CHAIR_BEFORE = lazy(
    rf"\b{_CHAIR_WORD}(?:\s+(?:of|du|de|der|des)\s+(?:the\s+|la\s+|le\s+|l')?(?:group|meeting|groupe|reunion|\w*gruppe)\w*)?"
    rf",?\s+(?:{_NO_VERB}[\w'-]+,?\s+){{0,5}}$"
)
# (as written: the name's other words are capitalised, "John Healey, the group's co-chair")
_NAME_THEN_COMMA = lazy(r"(?:\s+[A-ZÀ-Ý][\w'-]*){0,4},\s*")
_CHAIR_APPOSITION = lazy(rf"(?:who\s+|qui\s+|der\s+|die\s+)?(?:{_NO_VERB}[\w'-]+\s+){{0,3}}{_CHAIR_WORD}")


def chairs_a_meeting(full: str, folded: str, s: int, e: int) -> bool:
    """Whether the donor word names one told as a meeting's chair (_CHAIR_BEFORE)."""
    if _CHAIR_BEFORE.search(folded, max(0, s - 60), s):
        return True
    name = _NAME_THEN_COMMA.match(full, e, e + 60)
    office = name and _CHAIR_APPOSITION.match(folded, name.end(), name.end() + 50)
    return bool(office) and not _CHAIR_THEN_OWN_VERB.match(folded, office.end(), office.end() + 120)


# An office told in a clause that closes before the main verb makes the one named its
# subject: "Britain, which co-chairs the group with Germany, will send missiles" gives;
# "John Healey, who chairs the group, said allies would send" only reports (folded text).
_CHAIR_THEN_OWN_VERB = lazy(
    r"[^,.;:!?]{0,80},\s+(?!(?:said|says|told|announced|added|adding|stated|noted|explained|insisted|confirmed|"
    r"a (?:\w+ )?(?:dit|declare|indique|annonce|affirme|souligne|explique|precise|ajoute|assure|confirme)|"
    r"declare|indique|annonce|ajoute|sagte|sagt|erklarte|erklart|teilte|betonte|kundigte|bestatigte|fugte)\b)\w"
)


# Who welcomes or praises aid is a speaker, not its giver: "NATO's secretary general
# welcomed the first delivery", "le président français a salué la livraison", "Die
# EU-Kommission begrüßte die Lieferung" (the thanked party may well be the giver).
_WELCOME_VERB = lazy(r"welcom|prais|hail|applaud|salu|begrus|lobt")


def welcomes_after(folded: str, end: int) -> bool:
    # (the verbs are rare: look for one before running the whole pattern)
    return bool(_WELCOME_VERB.search(folded, end, end + 70) and _WELCOMES_AFTER.match(folded, end, end + 70)) or bool(
        _WELCOME_VERB.search(folded, end, end + 200) and _WELCOMED_IN_THE_PERFECT.match(folded, end, end + 200)
    )


# The German perfect puts the welcoming participle last, far from its subject:
# "Nato-Generalsekretär Mark Rutte hat die Lieferung der ersten F-16 ... begrüßt".
_WELCOMED_IN_THE_PERFECT = lazy(
    r"(?:[\s-]+[\w.'-]+){0,4}?\s+(?:hat|haben|hatte|hatten)\s[^.;:!?]{0,160}?\b(?:begruss?t|gelobt)\b"
)


_WELCOMES_AFTER = lazy(
    r"(?:'s)?(?:\s+[\w.'-]+){0,5}?\s+(?:welcomed|welcomes|praised|praises|hailed|hails|applauded|applauds|"
    r"(?:a |ont )?salue|saluent)\b|"
    # German puts the finite verb right after its subject ("Die EU-Kommission begrüßte");
    # a participle at the end ("hat die Lieferung der F-16 aus Dänemark begrüßt") is the
    # subject's at the front, not the source's named before it
    r"(?:\s+[\w.'-]+)?\s+(?:begrus\w*|lobte|lobt)\b(?! (?:hat|haben|hatte|hatten)\b)"
)


def a_place(full: str, folded: str, donor: tuple[str, int, int]) -> bool:
    _, s, e = donor
    return bool(
        (_locative(full, folded, s) and not _OWN_AID_AFTER.match(folded, e))
        or _compared(folded, s, e)
        or _PLACE_AFTER.match(folded[e : e + 24])
    )


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
    groups = [(s, e, codes) for s, e, codes in groups if not _leave_owner(folded, sentence_start, s, e)]
    if cue.kind == "permission":
        # "allowed Poland to send": the one permitted, named inside the cue, gives.
        inside = [codes for s, e, codes in groups if cue.start < s < cue.end]
        if inside:
            return inside[0]
    # A passive agent right after the item or its cue names the giver even when a
    # speaker came first ("Stoltenberg praised contracts signed by the US and France").
    # A source right after the item comes first: each item its own ("tanks from Poland
    # and jets from Denmark", "Haubitzen wurden von Norwegen geliefert, Panzer von Polen").
    source = (
        item_source(folded, item, groups) or _subject_of_a_relative(folded, item, groups)
        or _agent_of_a_handover(folded, item, groups)
    )
    if source:
        return source
    near = max(cue.end, item.end)
    for s, e, codes in groups:
        if near <= s <= near + 40 and _PASSIVE_AGENT.search(folded[max(sentence_start, s - 30) : s]) and not (
            _CLAUSE_CONTRAST.search(folded, near, s)  # "sent tanks, while the jets promised by Norway": Norway's jets
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
    for s, e, codes in groups:
        if s >= anchor and (is_agent(folded, sentence_start, s) or _REPORTING_AFTER.match(folded[e : e + 60])):
            return codes
    if item.category == "training":
        # "soldiers trained in Britain": for training, the place is the trainer.
        return next((codes for s, e, codes in groups if s >= anchor), ())
    return ()


_ADJECTIVE_GAP = lazy(r"\s?")


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


# Whom a request asks: a donor named after the request verb is asked unless it is where
# the asking happens ("asked in Berlin for tanks", "lors d'une visite à Paris").
_ASKED_PLACE_BEFORE = lazy(r"\b(?:in|at|en|dans|im|bei|nach|during|visit\w*|lors|base)\s+(?:[\w'-]+\s+)?$")
_CLAUSE_BREAK = lazy(r"[,;:]")
# Where the thing asked for should come from, right after it: "HIMARS from the United
# States", "des avions de combat à la France" (folded text: "à" is "a").
_ASKED_FROM_GAP = lazy(
    r"(?:\s+[\w'-]+){0,3}?\s+(?:from|von|vom|a|au|aux|aupres d\w*|de la part d\w*)\s+"
    r"(?:the |la |le |les |l'|den |dem |der |die )?"
)
# ... or, the German verb last, before it: "hat von den USA weitere Patriot-Systeme gefordert".
_ASKED_FROM_BEFORE = lazy(r"\b(?:from|von|vom|aupres d\w*|de la part d\w*)\s+(?:the |la |le |les |l'|den |dem |der |die )?$")


def asked_giver(
    folded: str, sentence_start: int, cue: Cue, item: Item, groups: list[tuple[int, int, tuple[str, ...]]]
) -> tuple[str, ...]:
    """Whom a request asks for the item: the donor group named after the request verb and
    before the item ("asked Sweden to supply Gripen jets", "bittet Deutschland um weitere
    Gepard", "a demandé aux Pays-Bas davantage de Patriot"), else the one named right after
    the item as where it should come from ("requested HIMARS from the United States",
    "réclame des avions à la France"), else, the verb last, the one it is asked "von" or
    who is asked "um" it ("hat Berlin um ... gebeten").
    Who asks stands before the verb and is not asked. () when the request names no one:
    a request to nobody in particular gives no record. `groups` are all the sentence's
    donor groups: "à la France" is no place here."""
    # (within the request's clause: in "urged allies to send air defence, saying Russia
    # had fired a record number of drones" the drones are not asked for)
    if asks_leave_to_give(folded, sentence_start, cue):
        # "Poland asked Germany for permission to send tanks": who asks would give.
        # (not the one asked, German naming it before the leave and the asking last:
        # "Tschechien hat die Bundesregierung um die Zustimmung zur Weitergabe ... gebeten")
        asker = [
            codes for s, e, codes in groups
            if sentence_start <= s and e <= cue.start and not _ASKED_FOR_LEAVE_AFTER.match(folded, e)
            and not _leave_owner(folded, sentence_start, s, e)
        ]
        return asker[-1] if asker else ()
    if _CLAUSE_BREAK.search(folded, cue.end, item.start) or _CLAUSE_BREAK.search(folded, item.end, cue.start):
        return ()
    for s, e, codes in groups:
        if cue.start < s and e <= item.start and s - cue.start <= 80 and not _ASKED_PLACE_BEFORE.search(
            folded, max(sentence_start, s - 20), s
        ):
            return codes
    for s, _, codes in groups:
        if item.end < s <= item.end + 45 and _ASKED_FROM_GAP.fullmatch(folded, item.end, s):
            return codes
    if cue.start >= item.end:
        for s, e, codes in groups:
            if s < item.start and (
                _ASKED_FROM_BEFORE.search(folded, max(sentence_start, s - 20), s)
                # ... or the one asked "um" it: "hat Berlin um die Lieferung von Taurus gebeten"
                or folded.startswith(" um ", e)
            ):
                return codes
    return ()


# A request for leave to give: "asked Germany for permission to send", "a demandé à
# Berlin l'autorisation de livrer", "hatte Berlin um die Erlaubnis gebeten, ... zu
# liefern" (folded text). The one asked only permits; the one asking would give.
_LEAVE = (
    r"(?:approval|permission|authori[sz]ation|green light|go-ahead|consent|blessing|autorisation|feu vert|"
    r"erlaubnis|genehmigung|zustimmung|einverstandnis)"
)
# French "accord" and "aval" are leave only as someone's: "sollicité l'accord de Berlin".
_SOMEONES_ACCORD = r"(?:l'|son |leur )(?:accord|aval)\b"
# (whose leave it is may be told between: "requested Finland's consent to send")
_LEAVE_ASKED = lazy(
    rf"\b(?:for |um |l'|le |son |leur |[\w.-]+'s )(?:the |an? |die |eine )?{_LEAVE}\b|"
    rf"\b{_SOMEONES_ACCORD}"
)
# (German may name what the leave is for between: "um die Zustimmung zur Weitergabe von
# Haubitzen an die Ukraine gebeten")
_LEAVE_ASKED_BEFORE = lazy(rf"\bum (?:die |eine )?{_LEAVE}\s+(?:(?:zur|zum|fur)\s+(?:[\w-]+\s+){{1,8}})?$")


def asks_leave_to_give(folded: str, sentence_start: int, cue: Cue) -> bool:
    """Whether the request asks for leave to give, not for the things themselves (the
    cue may take in whom it asks and the leave: "asked germany for permission to send")."""
    return bool(
        _LEAVE_ASKED.search(folded, cue.start, cue.end + 50)
        or _LEAVE_ASKED_BEFORE.search(folded, max(sentence_start, cue.start - 110), cue.start)
    )


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


# ... nor is the one asked for leave to give: "Polen hat Deutschland um die Erlaubnis
# gebeten, Leopard-Panzer ... zu liefern", "a demandé à l'Allemagne son feu vert pour
# livrer" (the asker gives, see asks_leave_to_give).
_ASKED_FOR_LEAVE_AFTER = lazy(rf"\s+(?:um (?:die |eine |ihre |seine )?|(?:son |leur |l')){_LEAVE}\b")


# ... nor is the one whose leave is sought or given: "has sought Germany's approval to
# send", "a sollicité l'accord de l'Allemagne pour livrer", "die Zustimmung der
# Bundesregierung", "hat bei der Bundesregierung eine Genehmigung ... beantragt" (it only
# permits; the real set gives an export approval to the exporter).
_LEAVE_OWNER_AFTER = lazy(rf"(?:'s|')?\s+{_LEAVE}\b")
_LEAVE_OWNED_BEFORE = lazy(
    r"\b(?:accord|aval|feu vert|autorisation|approbation|consentement)\s+(?:de l'|de la |du |des |d'|de )$|"
    r"\b(?:zustimmung|genehmigung|erlaubnis|einverstandnis)\s+(?:der |des |von |aus )?$"
)
_ASKED_AT_BEFORE = lazy(r"\bbei\s+(?:der |dem |den )?$")
_LEAVE_SOON_AFTER = lazy(rf"\s+(?:[\w-]+\s+){{0,2}}?(?:eine |die |um (?:die |eine )?)?{_LEAVE}\b")


def _leave_owner(folded: str, sentence_start: int, s: int, e: int) -> bool:
    """Whether the donor group at s..e is the one whose leave to give is sought or given."""
    lo = max(sentence_start, s - 30)
    return bool(
        _LEAVE_OWNER_AFTER.match(folded, e)
        or _LEAVE_OWNED_BEFORE.search(folded, lo, s)
        or _ASKED_AT_BEFORE.search(folded, lo, s) and _LEAVE_SOON_AFTER.match(folded, e)
    )


def _named_but_not_acting(folded: str, sentence_start: int, s: int, e: int) -> bool:
    lo = max(sentence_start, s - 30)
    return bool(
        _ASKED_FOR_LEAVE_AFTER.match(folded, e)
        or _THROUGH_BEFORE.search(folded, lo, s) and _SCHEME_NAMED_AFTER.match(folded, e)
        or _SCHEME_OWNED_BEFORE.search(folded, max(sentence_start, s - 70), s)
        or _MAKE_BEFORE.search(folded, lo, s) and _MAKE_AFTER.match(folded, e)
    )


# Leave asked before a giving told next: "um die Erlaubnis gebeten, ... zu liefern", "a
# demandé ... son feu vert pour livrer", "asked ... for permission to send": the giving is
# the asker's wish, under discussion, not a promise (folded text, up to the giving cue's end).
LEAVE_ASKED_BEFORE_GIVING = lazy(
    rf"(?:\bum (?:die |eine |ihre |seine )?{_LEAVE}\s+(?:gebeten|ersucht)\w*|"
    rf"\b(?:demande\w*|sollicit\w*)\s+(?:[\w'-]+\s+){{0,4}}?(?:son |leur |l')?{_LEAVE}|"
    rf"\b(?:demande\w*|sollicit\w*)\s+(?:[\w'-]+\s+){{0,4}}?{_SOMEONES_ACCORD}|"
    rf"\b(?:ask|asked|asks|request|requests|requested|seek|sought|seeks)\s+(?:[\w.'-]+\s+){{0,4}}?(?:for )?(?:the )?{_LEAVE})"
)


# German tells the leave before the giving and the asking last: "hat eine Genehmigung für
# die Lieferung von Leopard-Panzern beantragt" (folded text: the leave right before the
# giving cue, the asking after it in the sentence).
_LEAVE_FOR_BEFORE = lazy(rf"\b{_LEAVE}\s+(?:fur|zur|zum)\s+(?:die |den |das )?$")
# (a headline puts the asking first: "Polen beantragt Genehmigung für Leopard-Lieferung")
_ASKING = lazy(r"\b(?:beantrag\w*|angefragt|ersucht|erbeten|gebeten|bittet|bitten|bat)\b")


def leave_sought_for_giving(folded: str, start: int, end: int, cue: Cue) -> bool:
    """Whether the giving cue names what leave is sought for, the asking told last (or,
    in a headline, first): the giving is the asker's wish, under discussion."""
    return bool(
        _LEAVE_FOR_BEFORE.search(folded, max(start, cue.start - 40), cue.start)
        and _ASKING.search(folded, start, end)
    )
