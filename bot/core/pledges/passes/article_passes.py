"""The article-level passes that settle the records once every sentence is read.

A sentence's records can be told again, or told better, by the sentences around it or by
the headline; these passes settle them: a sum paid "for that purpose" (or a package's
worth told on its own) is the worth of the thing the sentence before gave, "the
missiles" after a giver's air defence are that air defence, the ordering to come of
things promised and a contract named after its order are no records of their own, and
paying alone with no sum and no thing says nothing new. For the headline: a verbless one
("Des Mirage 2000 pour l'Ukraine") takes the body's one giver, and "the allies" in it
sum up the countries the body names. extract.py calls these; restatements.py then
dedupes what is left.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bot.core.models import Pledge
from bot.core.pledges.donors.donor_groups import donor_group_spans
from bot.core.pledges.donors.non_givers import not_a_giver
from bot.core.pledges.passes.entities import GROUP_DONORS
from bot.core.pledges.passes.records import VAGUE, Cue, Mention
from bot.core.pledges.passes.sentence_reading import FINANCING, sentence_pledges
from bot.core.pledges.quantities.numbers import Count, fold_aligned
from bot.core.pledges.status.status_cues import find_status_cues
from bot.core.pledges.status.status_matches import StatusMatches
from bot.core.text.lazy_pattern import lazy
from bot.core.text.list_headings import LIST_HEADING


def paid_for_what_came_before(body: list[Pledge], first: int, found: list[Pledge]) -> list[Pledge]:
    """The sentence's records once its sums, told as paying for what the last sentence
    that gave named (body[first:], one kind of thing), are that thing's: the thing's
    record takes the sum as its worth (or keeps its count: the sum is then its price, no
    gift of its own); a giver who only pays takes the thing's kind. `body` is changed in
    place; what is left of `found` is returned."""
    # (a sum several givers give jointly is money all the same, its figure left off:
    # item_records._records)
    if any(p.category != "funding" or (p.value is None and not p.shared_with) for p in found):
        return found  # the sentence names things of its own
    before = body[first:]
    kinds = {p.category for p in before} - set(VAGUE)
    if len(kinds) != 1:
        return found  # nothing, or several things, to pay for
    kind = kinds.pop()
    left = []
    for money in found:
        things = [i for i, p in enumerate(body) if i >= first and p.category == kind and p.donor == money.donor]
        if not things:
            left.append(replace(money, category=kind))
            continue
        for i in things:
            if body[i].quantity is None and body[i].value is None:
                body[i] = replace(body[i], value=money.value, currency=money.currency, shared_with=money.shared_with)
    return left


def without_the_worth_of_counted_things(body: list[Pledge], found: list[Pledge]) -> list[Pledge]:
    """A package's worth told with more of what it holds ("Das Paket hat einen Wert von 100 Millionen
    Dollar und umfasst auch Munition", "The package is worth A$100 million and also includes
    ammunition"), after the giver's counted things: the sum is the price of the package's things, the
    count before it their figure, so no funding record beside them (the things it adds keep theirs).
    Only after one kind of thing: after several the worth stays the package's money."""
    things = [p for p in found if p.category != "funding"]
    if not things:
        return found
    givers = {p.donor for p in things}
    before = [p for p in body if p.donor in givers and p.category not in VAGUE and p.category != "funding"]
    # (one kind of thing before, counted: after several, the worth stays the package's money, as
    # paid_for_what_came_before reads it)
    if len({p.category for p in before}) != 1 or not any(p.quantity is not None for p in before):
        return found
    return [p for p in found if not (p.category == "funding" and p.value is not None and p.donor in givers)]


def first_of_giver(body: list[Pledge], found: list[Pledge]) -> int:
    """The index of the first of the body's records when they all have the giver of the
    sentence's records (what a package's worth may be the price of), else past the end."""
    givers = {p.donor for p in found}
    if len(givers) != 1 or any(p.donor not in givers for p in body):
        return len(body)
    return 0


# Air defence missiles named again without their kind: "Britain would send 200 more air
# defence missiles. The missiles will reach the front within weeks", "Patriot-Raketen ...
# Die Raketen sollen in den USA gekauft werden", "ces missiles"; and so are the first or
# last of them: "The first missiles will be handed over next year", "les premiers
# missiles", "die ersten Raketen".
_THE_MISSILES = lazy(
    r"\b(?:the|these|those|die|diese|les|ces) (?:(?:first|last|remaining|premiers|derniers|ersten|letzten|"
    r"restlichen) )?(?:missiles|raketen)\b",
    flags=re.IGNORECASE,
)


def missiles_named_again(body: list[Pledge]) -> list[Pledge]:
    """The body's records, "the missiles" told after a giver's air defence being that air
    defence (the same record once deduplicated), unless the giver gave missiles of a kind."""
    defended: set[str] = set()
    kinds: set[str] = set()
    read = []
    for p in body:
        if p.category == "missiles" and p.system is None and p.quantity is None and p.value is None and (
            p.donor in defended and p.donor not in kinds and _THE_MISSILES.search(p.evidence)
        ):
            p = replace(p, category="air_defence")
        elif p.category == "air_defence":
            defended.add(p.donor)
        elif p.category == "missiles":
            kinds.add(p.donor)
        read.append(p)
    return read


# The things promised named again as the subject of their ordering to come: "Die
# Granaten sollen bei europäischen Herstellern bestellt werden", "The shells will be
# ordered from European makers", "Ces obus seront commandés à l'industrie".
_ORDERING_TO_COME = lazy(
    r"\b(?:(?:will|are to|is to|are due to) be ordered|(?:soll|sollen|werden|wird) (?:[\w-]+ ){0,6}bestellt werden|"
    r"(?:seront|sera|(?:doivent|doit) [eê]tre) (?:[\w-]+ ){0,2}command[eé]e?s?)\b",  # (as written: accents)
    flags=re.IGNORECASE,
)
_THE_THINGS_OPEN = lazy(r"(?:the|these|those|die|diese|les|ces)\s+", flags=re.IGNORECASE)


def without_the_ordering_of_a_promise(body: list[Pledge]) -> list[Pledge]:
    """The body's records less the ordering to come of things its giver promised before,
    told by the things named again with a definite article ("Die Granaten sollen ...
    bestellt werden" after "wollen ... 100.000 Artilleriegranaten beschaffen"): how the
    promise is to be kept, not a contract of its own."""
    promised: set[tuple[str, str]] = set()
    read = []
    for p in body:
        if (
            p.status == "production" and p.quantity is None and p.value is None
            and (p.donor, p.category) in promised
            and (_names_the_things_again(p) and _ORDERING_TO_COME.search(p.evidence) or _ordered_told_again(p))
        ):
            continue
        if p.status == "pledged":
            promised.add((p.donor, p.category))
        read.append(p)
    return read


def without_the_making_told_again(body: list[Pledge]) -> list[Pledge]:
    """The body's records less a bare making (category production, no figure) by a giver whose
    making of things the body told before: the plant or venture it pays for told again ("L'usine
    ... doit produire ses premiers obus", "Das Werk soll ... erweitert werden" after the venture's
    shells or drones), no second record (review 60)."""
    making: set[str] = set()
    read = []
    for p in body:
        if p.category == "production" and p.status == "production" and p.quantity is None and p.value is None and (
            p.donor in making
        ) and _THE_PLANT_AGAIN.match(p.evidence):
            continue
        if p.status == "production" and p.category != "production":
            making.add(p.donor)
        read.append(p)
    return read


# (a sentence opening on the plant named again by its definite article: "L'usine, près de Rzeszów, doit
# produire", "The plant is to be expanded", "Das Werk soll ... erweitert werden"; a firm's own plant, "baut
# ... ein eigenes Munitionswerk", is a making of its own, review 59; and so, pledges61, on the venture, its
# contract or one of its partners, an adjective between: "Das Gemeinschaftsunternehmen werde die Drohnen in
# Lizenz bauen", "Der Vertrag hat einen Wert von", "Der ukrainische Partner bringt die Konstruktion ein", "The
# joint venture will build", "Le contrat s'élève à")
_THE_PLANT_AGAIN = re.compile(
    r"\s*(?:The|L'|L’|La|Le|Das|Die|Der)\s*(?:[\w-]+\s+)?(?:plant|factory|usine|site|Werk|Fabrik|Anlage|"
    r"(?:joint )?venture|contract|partners?|coentreprise|contrat|partenaires?|Gemeinschaftsunternehmen|Vertrag|"
    r"Partner|Unternehmen)\b"
)


def _ordered_told_again(pledge: Pledge) -> bool:
    """Whether the record's sentence names its things again, by their article, as ordered already: "La
    livraison des obus commandés en commun se fait attendre", "the shells ordered jointly", "die bestellten
    Granaten" (pledges61: the promise's shells, how it is being kept, no contract of its own)."""
    if not pledge.item:
        return False
    item = re.escape(pledge.item)
    return re.search(
        rf"\b(?:des|les|ces|the|these|die|der|den)\s+{item}\s+(?:command[ée]e?s?|ordered)\b|"
        rf"\b(?:die|der|den)\s+bestellten\s+{item}\b",
        pledge.evidence, re.IGNORECASE,
    ) is not None


def _names_the_things_again(pledge: Pledge) -> bool:
    opening = _THE_THINGS_OPEN.match(pledge.evidence)
    return opening is not None and pledge.evidence.startswith(pledge.item, opening.end())


def without_the_order_again(before: list[Pledge], found: list[Pledge]) -> list[Pledge]:
    """The sentence's records without a contract named after the order it is ("Germany
    has ordered 24 IRIS-T systems from Diehl. The contract, worth about 3 billion euros,
    ...", "Der Auftrag hat einen Wert von ...", "Le contrat est financé par le fonds"): a
    record of the contract or its paying alone, no thing and no figure, by a giver whose
    order the last sentence that gave told."""
    ordered = {p.donor for p in before if p.status == "production"}
    return [
        p for p in found
        if not (
            p.category in ("production", "funding") and p.quantity is None and p.value is None and p.donor in ordered
            and (
                # (a production line named after the order is the making: see one_reading)
                _CONTRACT_WORD.search(p.evidence) and not _MAKING_WORD.search(p.evidence)
                # the things ordered told made, as their subject: "The shells will be produced at a
                # plant in Moravia", "Die Geschosse sollen in Unterlüß gefertigt werden", "Les
                # véhicules seront fabriqués à London": the order's making, no record of its own
                or p.category == "production" and _THE_THINGS_MADE.match(p.evidence) is not None
            )
        )
    ]


_CONTRACT_WORD = lazy(r"\b(?:contracts?|deals?|orders?|auftrag|vertrag|contrats?|commandes?)\b", flags=re.IGNORECASE)
# (a sentence opening on things already named, "the shells", "diese Fahrzeuge", "les obus", with a
# verb of the future or the passive next: not a plant, a line or a firm, whose making is its own)
_THE_THINGS_MADE = lazy(
    r"(?:the|these|those|die|diese|les|ces)\s+(?!(?:plants?|factor(?:y|ies)|usines?|werke?|\w*fabrik\w*|compan(?:y|ies)|"
    r"firms?|\w*unternehmen|\w*konzern|entreprises?|groupes?|lines?|lignes?|maker|makers|hersteller)\b)[\w-]+\s+"
    r"(?:will|would|are|were|is|sollen|werden|wurden|sind|seront|sont|doivent|devraient)\b",
    flags=re.IGNORECASE,
)
_MAKING_WORD = lazy(r"produc|produz|fertig|herstell|fabric|manufactur", flags=re.IGNORECASE)


def bare_paying(pledge: Pledge) -> bool:
    """A record of paying without a sum or a thing: the paying word itself ("finanziert",
    "funded"; not a sum told without its figure, "hundreds of millions of crowns")."""
    return (
        pledge.category == "funding" and pledge.value is None and pledge.quantity is None
        and len(pledge.item.split()) <= 2 and FINANCING.search(pledge.item.lower()) is not None
    )


def sums_up_named_givers(headline_pledge: Pledge, body_pledges: list[Pledge]) -> bool:
    """A headline's allies ("Allies pledge 1.2 billion euros for air defence",
    "Kontaktgruppe: Weitere Flugabwehr") sum up the countries the body names giving the
    same kind of aid at the same step, or the same sum, or any aid at that step when the
    headline names only "weapons" or "aid": no giver of their own."""
    if headline_pledge.donor != "ALLIES":
        return False
    return any(
        p.donor not in GROUP_DONORS and p.status == headline_pledge.status and (
            p.category == headline_pledge.category
            # ("Allies announce new weapons for Ukraine" over the countries' own things)
            or (
                headline_pledge.category in VAGUE
                and headline_pledge.value is None and headline_pledge.quantity is None
            )
            or (headline_pledge.value is not None and p.value == headline_pledge.value)
            # (a sum the body tells as given jointly by several countries, on none of them:
            # "Germany, the Netherlands and Denmark pledged a combined 1.2 billion euros")
            or (
                headline_pledge.category == "funding" and headline_pledge.value is not None
                and len(p.shared_with) > 1 and p.value is None
            )
        )
        for p in body_pledges
    )


def without_a_crossed_list(title_pledges: list[Pledge], body_pledges: list[Pledge]) -> list[Pledge]:
    """A headline listing several givers and several things together ("Zelensky thanks
    Denmark and Sweden for jets and guns", "X and Y send tanks and jets") reads every giver
    with every thing; when the body gives each of those things to one of those givers, the
    body says who gives what: the headline's pairs it does not tell are dropped. So too when
    the headline reads one kind of its list only ("Denmark, Netherlands pledge armour and
    jets", the armour no kind of its own) and the body gives that kind to some of the givers
    and other things to the rest: the jets are the Netherlands' alone (review 60)."""
    donors = {p.donor for p in title_pledges}
    categories = {p.category for p in title_pledges}
    if len(donors) >= 2 and len(categories) == 1 and len({p.status for p in title_pledges}) == 1:
        return _one_kind_told_of_some(title_pledges, body_pledges, donors)
    if len(donors) < 2 or len(categories) < 2:
        return title_pledges
    crossed = {(p.donor, p.category, p.status) for p in title_pledges}
    statuses = {p.status for p in title_pledges}
    if len(statuses) != 1 or len(crossed) != len(donors) * len(categories):
        return title_pledges
    told = {(p.donor, p.category) for p in body_pledges}
    if not all(any((d, c) in told for d in donors) for c in categories) or not all(
        any((d, c) in told for c in categories) for d in donors
    ):
        return title_pledges
    return [p for p in title_pledges if (p.donor, p.category) in told]


def _one_kind_told_of_some(title_pledges: list[Pledge], body_pledges: list[Pledge], donors: set[str]) -> list[Pledge]:
    """The headline's one kind over several givers, less the givers the body gives other
    things only, when the body gives that kind to at least one of them (group names aside)."""
    if donors & GROUP_DONORS:
        return title_pledges
    category = title_pledges[0].category
    told = {p.donor for p in body_pledges if p.category == category}
    others = {p.donor for p in body_pledges if p.category != category}
    if not donors & told:
        return title_pledges
    return [p for p in title_pledges if p.donor in told or p.donor not in others]


def headline_group_told_by_members(title_pledges: list[Pledge], body_pledges: list[Pledge]) -> list[Pledge]:
    """The headline's records without the allies' own where the body tells two or
    more countries giving that kind at any step: "Les pays baltes livrent des missiles Stinger"
    over "L'Estonie, la Lettonie et la Lituanie ont livré des missiles Stinger" names the group
    the body lists member by member (round 55: regional groups give as ALLIES)."""
    givers: dict[str, set[str]] = {}
    for p in body_pledges:
        if p.donor not in GROUP_DONORS:
            givers.setdefault(p.category, set()).add(p.donor)
    return [
        p for p in title_pledges
        if not (p.donor == "ALLIES" and len(givers.get(p.category, ())) >= 2)
    ]


def without_allies_summing_up_members(pledges: list[Pledge]) -> list[Pledge]:
    """The records without the allies' own where they only sum up what the article then
    tells country by country: "Ukraine's allies promised new air defence systems,
    ammunition and vehicles ... Among the pledges: Germany, four IRIS-T systems; Denmark,
    ...", "mehrere Staaten haben neue Militärhilfe zugesagt. Die Zusagen im Überblick:
    ...". An allies' record with no figure gives way when two or more countries give at
    its step and one of them gives its kind of thing; told only as "weapons" or "aid", it
    gives way to even one country giving at its step ("die Verbündeten hatten schwere
    Waffen angekündigt. Deutschland sagte 30 Gepard zu"). A figure of the allies' own ("up
    to 80 Leopard") is no summary."""
    countries_at = {}
    for p in pledges:
        if p.donor not in GROUP_DONORS:
            countries_at.setdefault(p.status, {}).setdefault(p.donor, set()).add(p.category)
    kept = []
    for p in pledges:
        givers = countries_at.get(p.status, {})
        if p.donor == "ALLIES" and p.quantity is None and p.value is None and (
            (p.category in VAGUE and givers)
            or (len(givers) >= 2 and any(p.category in kinds for kinds in givers.values()))
        ):
            continue
        kept.append(p)
    return kept


# A headline without a verb names what goes to Ukraine and leaves the giver to the body:
# "Des Mirage 2000 pour l'Ukraine", "More Patriots for Ukraine?", "Leopard-Panzer für die
# Ukraine". (Folded text.)
FOR_UKRAINE = lazy(r"\b(?:pour l'ukraine|for ukraine|fur die ukraine|for (?:kyiv|kiev)|pour kiev|fur (?:kiew|kyjiw))\b")




def verbless_headline(
    full: str, folded: str, start: int, end: int, mentions: list[Mention], statuses: StatusMatches,
    body_pledges: list[Pledge], counts: list[Count], donors: list[tuple[str, int, int]] = (),
) -> list[Pledge]:
    """The records of a headline that has no verb ("Des Mirage 2000 pour l'Ukraine"):
    its items, promised (under discussion when it asks), by the one government the body
    names as giving - a headline that leaves the giver out relies on the body naming one.
    Several givers in the body, or none, and the headline gives nothing."""
    marker = FOR_UKRAINE.search(folded, start, end)
    if marker is None or not mentions or find_status_cues(folded, start, end, statuses, full):
        return []
    if LIST_HEADING.match(folded, start):  # a factbox's or timeline's topic, no giving
        return []  # "CHRONOLOGIE - Finnlands Militärhilfe für die Ukraine": the topic of a list
    # A giver the headline names itself ("Kanada: 200 Panzerfahrzeuge für Kiew") is its
    # giver; else organisations and "the allies" name no government whose headline this is.
    # "Keine Taurus für die Ukraine", "No jets for Kyiv", "Pas de Rafale pour l'Ukraine":
    # a headline that says none refuses.
    status = "refused" if _NONE_BEFORE.search(folded, start, mentions[0].start) else "pledged"
    named = donor_group_spans(folded, [d for d in donors if not not_a_giver(full, folded, d)])
    givers = set(named[0][2]) if len(named) == 1 else {
        p.donor for p in body_pledges if p.donor not in GROUP_DONORS and p.status != "production"
        # (a body's donor that only refuses is no giver of a headline's money or things: "EU releases
        # 1.9 billion euros for Ukraine arms" over "Slovakia ... will send no more weapons")
        and (status == "refused" or any(o.donor == p.donor and o.status != "refused" for o in body_pledges))
    }
    if len(givers) != 1:
        return []
    # ... and one over a body that only weighs the giving ("Ottawa looking at more air
    # defence for Kyiv" over "was looking at sending") promises nothing either.
    told = [p.status for p in body_pledges if p.donor in givers]
    if status == "pledged" and told and all(s == "discussed" for s in told):
        status = "discussed"
    cue = Cue(marker.start(), marker.end(), status)  # a question becomes discussed there
    return sentence_pledges(full, folded, start, end, mentions, [], counts, [], [], [], tuple(givers), [cue])


_NONE_BEFORE = lazy(r"\b(?:no|keine?[nr]?|pas de|pas d'|aucun\w*|nein zu\w*|non aux?)\s+(?:[\w'-]+\s+){0,2}$")


# A headline's paying verb: "Sweden to fund ... howitzers", "Dänemark bezahlt ... Haubitzen",
# "La Norvège finance des canons" (folded text of the record's evidence).
_PAYING_HEADLINE = lazy(
    r"\b(?:fund|funds|funding|finance|finances|financing|pay for|pays for|paying for|bezahlt|bezahlen|finanziert|"
    r"finanzieren|financer?|financera|financent|paie|paiera)\b"
)


def paying_for_the_making_told(title_pledges: list[Pledge], body_pledges: list[Pledge]) -> list[Pledge]:
    """A headline's things a giver pays for, with no figure ("Sweden to fund Ukrainian-made
    howitzers"), over a body telling that giver paying for their making in Ukraine (status
    production, the things in their own category since the lead's ruling of stop 48) name what
    is made: the body's record is the news."""
    makers_paid = {p.donor for p in body_pledges if p.status == "production"}
    if not makers_paid:
        return title_pledges
    return [
        p for p in title_pledges
        if not (
            p.donor in makers_paid and p.category != "funding" and p.value is None and p.quantity is None
            and p.status in ("production", "pledged") and _PAYING_HEADLINE.search(fold_aligned(p.evidence))
        )
    ]
