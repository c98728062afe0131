"""Records that restate others, settled once an article's sentences are read. Pure.

- `dedupe`: one record per donor, category, status and system, the most specific;
- `without_present_tense_deliveries`: a present-tense headline the body tells as a
  delivery gives no promise beside it;
- `one_reading`: umbrella words beside precise items, NATO beside "the allies", a
  promise beside the same plan told with caution, an order beside its delivery
  schedule, a question the article answers (see its docstring).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from functools import lru_cache

from bot.core.models import Pledge
from bot.core.pledges.donors.asked_givers import asks_a_donor
from bot.core.pledges.passes.records import VAGUE
from bot.core.pledges.quantities.listed_lots import listed_lots
from bot.core.pledges.status.kit_beside_refusals import donors_giving_only_kit, weapons_refused_beside_kit
from bot.core.text import fold
from bot.core.text.lazy_pattern import lazy
from bot.core.text.months import ENGLISH_MONTHS, FRENCH_MONTHS, GERMAN_MONTHS, alternation


def dedupe(pledges: Iterable[Pledge]) -> list[Pledge]:
    """One record per (donor, category, status, system), keeping the most specific;
    a record without a system is dropped when the same donor, category and status has
    one with a system (the article named what it meant). Lots one sentence lists apart
    ("1,600 directional mines and 3,000 anti-tank mines") stay apart (listed_lots.py)."""
    best: dict[tuple, Pledge] = {}
    pledges = list(pledges)
    years_apart = _counts_of_years_told_apart(pledges)
    # (two lots of one kind a sentence lists with their counts are two records: listed_lots.py)
    lots = listed_lots(pledges)
    for pledge in pledges:
        year = _sum_of_its_year(pledge) or _count_of_its_year(pledge) or _endowment_of_a_fund(pledge)
        if year is None and (pledge.donor, pledge.category, pledge.status, pledge.system) in years_apart:
            year = _year_of_its_count(pledge)
        key = (pledge.donor, pledge.category, pledge.status, pledge.system, year, lots.get(id(pledge)))
        current = best.get(key)
        if current is None or _specificity(pledge) > _specificity(current):
            best[key] = pledge
    # (a record without its sum beside the same one's sums a year each restates them: the
    # headline's "Ukraine aid for 2026 and 2027" over the body's two sums)
    by_year = {key[:4] for key in best if key[4] is not None}
    # (... and a record of the kind told elsewhere beside listed lots is one of them restated)
    by_lot = {key[:5] for key in best if key[5] is not None}
    best = {
        key: p for key, p in best.items()
        if not (key[4] is None and key[:4] in by_year and p.value is None and p.quantity is None)
        and not (key[5] is None and key[:5] in by_lot)
    }
    with_system: dict[tuple, list[Pledge]] = {}
    for p in best.values():
        if p.system:
            with_system.setdefault((p.donor, p.category, p.status), []).append(p)
    counted: dict[int, int] = {}  # id of a named record -> the count its general word told
    summed: dict[int, Pledge] = {}  # id of a named record -> the record of its general word with its sum
    for p in best.values():
        named = with_system.get((p.donor, p.category, p.status))
        if _beside_an_earlier_promise(p, named or []):
            continue  # (its figures are this package's, not the older promise's)
        if id(p) in lots:
            continue  # (a lot of its own beside the named one: "80 tonnes of Caesar parts and 5,000 vests")
        if not p.system and named and len(named) == 1 and named[0].quantity is None and p.quantity is not None:
            # The count told of the thing by its general word is the named thing's count:
            # "gelieferten Leopard-1-Kampfpanzer ... seien bislang 80 Panzer übergeben worden"
            counted.setdefault(id(named[0]), p.quantity)
        if (not p.system and named and len(named) == 1 and named[0].value is None and named[0].quantity is None
                and p.value is not None):
            # ... and so is the sum told for it: the headline's "Gepard-Munition" over the
            # body's "150 Millionen Euro für Munition"
            summed.setdefault(id(named[0]), p)
    return [
        _with_figures_told(p, counted.get(id(p)), summed.get(id(p)))
        for p in best.values()
        if (p.system or (p.donor, p.category, p.status) not in with_system or id(p) in lots
            or _beside_an_earlier_promise(p, with_system[(p.donor, p.category, p.status)]))
        and not _named_more_exactly(p, with_system.get((p.donor, p.category, p.status), []))
    ]


def _beside_an_earlier_promise(pledge: Pledge, named: list[Pledge]) -> bool:
    """Whether a counted record told by its general word ("eight more air defence launchers")
    stands beside named records of its donor, kind and stage that are all told, in another
    sentence, as an earlier promise ("Four IRIS-T launchers promised in March have not yet
    been delivered"): two givings, the new one not the old one restated (dedupe)."""
    if pledge.system or pledge.quantity is None or not named:
        return False
    return all(
        other.evidence != pledge.evidence and _TOLD_AS_EARLIER.search(fold(other.evidence or ""))
        for other in named
    )


# An earlier promise recalled: "promised in January", "promis en janvier", "bereits im Februar
# zugesagt", or one still awaited: "not yet delivered", "pas encore livrés", "noch nicht
# geliefert". (folded text)
_TOLD_AS_EARLIER = lazy(
    r"\b(?:promised|pledged|promise?s?|annonce\w*|zugesagt\w*|versprochen\w*)\s+(?:in|en|au|im|last|earlier|l'an)\b|"
    r"\bbereits\s+(?:im|am|in)\s+\w+\s+(?:zugesagt|versprochen)\w*|"
    r"\bnot yet (?:been )?(?:delivered|sent|handed over|arrived)|\bpas encore (?:ete )?(?:livre|envoye|arrive|remis)\w*|"
    r"\bnoch nicht (?:\w+ )?(?:geliefert|ubergeben|eingetroffen|angekommen)"
)


def _with_figures_told(named: Pledge, count: int | None, summed: Pledge | None) -> Pledge:
    """The named record with the count or the sum its general word told (dedupe)."""
    if count is not None:
        named = replace(named, quantity=count)
    if summed is not None:
        named = replace(named, value=summed.value, currency=summed.currency)
    return named


# A sum told for a year of its own beside another year's ("3.5 billion euros in 2026 and
# another 3 billion euros in 2027", "2026 ... 3,5 Milliarden, 2027 weitere 3 Milliarden"):
# a package split across years is one record a year, not one sum restated.
_YEAR = lazy(r"\b20[2-4]\d\b")


# (folded text) a fund set up with its own sum: "a Ukraine Assistance Fund of 5 billion euros", "un Fonds ...,
# doté de 5 milliards", "ein Fonds ... mit 5 Milliarden Euro ausgestattet"
_FUND_WITH_ITS_SUM = lazy(
    r"\b(?:fund|fonds)\b[^.;]{0,40}?\b(?:of|worth|endowed with|dote\w* de|mit|ausgestattet mit|dotiert mit)\s+"
    r"(?:more than |about |some |plus de |environ |rund |etwa )?(?:[$?]|eur |usd )?\d|"
    # ... or one member's reimbursement: "soll Tschechien 150 Millionen Euro erhalten, als Erstattung", "to receive
    # 150 million euros as a reimbursement", "recevoir 150 millions d'euros en remboursement"
    r"\b(?:erhalten|bekommen|receive|recevoir)\b[^.;]{0,40}?\b(?:als|as a|as|en|zur)\s+(?:\w+\s+)?"
    r"(?:reimbursements?|remboursements?|\w*erstattung\w*)\b|"
    r"\d[^.;]{0,30}?\b(?:erhalten|bekommen)\s*,?\s+als\s+(?:\w+\s+)?\w*erstattung"
)


def _endowment_of_a_fund(pledge: Pledge) -> float | None:
    """A funding record's sum when its sentence sets up a fund with that sum or pays one member back, else None
    (one key): the fund's endowment or the member's reimbursement is money of its own beside the same donor's
    other sums at the same stage ("approved 1.9 billion euros to reimburse members ... Ministers also agreed to
    set up a Ukraine Assistance Fund of 5 billion euros"; "aufgestockt um 3,5 Milliarden ... soll Tschechien 150
    Millionen Euro erhalten, als Erstattung"), not a restatement of them."""
    if pledge.category != "funding" or pledge.value is None or pledge.quantity is not None:
        return None
    return pledge.value if _tells_a_sum_of_its_own(pledge.evidence or "") else None


@lru_cache(maxsize=16)
def _tells_a_sum_of_its_own(evidence: str) -> bool:
    # (the records of one sentence share it as their evidence: folded and searched once, not once a record, so a
    # sentence listing thousands of sums costs no square: tests/pledges/test_long_sentence_53.py)
    folded = fold(evidence)
    return _FUND_WITH_ITS_SUM.search(folded) is not None or _NEXT_YEARS_BUDGET.search(folded) is not None


# (folded text) next year's budget line, money of its own beside this year's release: "Im Haushalt für das kommende
# Jahr sind weitere 8 Mrd. Euro ... eingeplant", "next year's budget sets aside", "le budget de l'an prochain prévoit"
_NEXT_YEARS_BUDGET = lazy(
    r"\b(?:haushalt\w*|budget)\s+(?:fur\s+)?(?:das\s+)?(?:kommende|nachste)n?\s+jahr\w*|"
    r"\bnext year's budget|\bbudget for next year|\bbudget (?:de|pour) l'(?:an|annee) prochain\w*"
)


def _sum_of_its_year(pledge: Pledge) -> float | None:
    """The record's sum when its sentence names two years or more, else None (one key)."""
    if pledge.value is None or pledge.quantity is not None:
        return None
    return pledge.value if _years_told_apart(pledge.evidence or "") else None


def _count_of_its_year(pledge: Pledge) -> tuple[str, int] | None:
    """A counted record's count when its sentence names two years or more and the count is
    told right beside one of them, as a key apart from the sums': "France delivered 30 Caesar
    guns in 2024 and 40 in 2025" is one record a year (gapping._dated_gap), as the same told in
    two sentences is (_counts_of_years_told_apart). (A count told apart from any year, "and 10
    more are coming", is restated as before.)"""
    if pledge.quantity is None or pledge.value is not None or not _years_told_apart(pledge.evidence or ""):
        return None
    return ("count", pledge.quantity) if _count_beside_a_year(pledge.evidence, pledge.quantity) else None


@lru_cache(maxsize=64)
def _count_beside_a_year(evidence: str, count: int) -> bool:
    folded = fold(evidence)
    return re.search(
        rf"(?<![\d.,]){count}\s+(?:in|en|im(?: jahr)?)\s+20[2-4]\d\b|"
        rf"\b20[2-4]\d,?\s+(?:(?:then|dann|puis|another|a further|further|weitere|encore|nochmals)\s+)?{count}(?![\d.,]\d)",
        folded,
    ) is not None


@lru_cache(maxsize=64)
def _years_told_apart(evidence: str) -> bool:
    """Whether a sentence names two years or more, no sum compared with another year's (one
    answer per sentence: the records of a sentence listing thousands of sums share it)."""
    return len(set(_YEAR.findall(evidence))) >= 2 and not _COMPARED.search(evidence.lower())


# (a sum compared with another year's is the news beside its background, one record: "11.5
# billion euros in 2026, up from 8 billion in 2025", "contre 8 milliards en 2025")
_COMPARED = lazy(r"\b(?:up from|down from|compared (?:with|to)|(?:contre|gegenuber|gegenüber|against) (?:[\w-]+ ){0,2}?\d)")


def _year_of_its_count(pledge: Pledge) -> str | None:
    """The one year a counted record's sentence names ("en 2026, nous en avons livré 60"), else None."""
    if pledge.quantity is None:
        return None
    return _the_one_year_told(pledge.evidence or "")


@lru_cache(maxsize=64)
def _the_one_year_told(evidence: str) -> str | None:
    """The one year a sentence names, dates aside, else None (one answer per sentence: the
    records of a sentence listing thousands of things share it)."""
    if not _YEAR.search(evidence):
        return None
    folded = fold(evidence)
    # (a date's year, as a dateline's "10 avril 2027", is when it was said, not the count's year)
    years = {
        m.group(0) for m in _YEAR.finditer(folded)
        if not _MONTH_BEFORE_YEAR.search(folded, max(0, m.start() - 24), m.start())
    }
    return years.pop() if len(years) == 1 else None


_MONTH_BEFORE_YEAR = lazy(rf"\b(?:{alternation(ENGLISH_MONTHS, FRENCH_MONTHS, GERMAN_MONTHS)})\.?(?: \d{{1,2}})?,? $")


def _counts_of_years_told_apart(pledges: list[Pledge]) -> set[tuple]:
    """The (donor, category, status, system) whose counted records are told in sentences of
    different years with different counts: a statement listing a year's deliveries each ("En
    2024, nous avons livré 30 canons Caesar ; ... en 2026, nous en avons livré 60") is one
    record a year (round 26's rule for sums, round 56 for counts), not one count restated."""
    seen: dict[tuple, set[tuple[str, int]]] = {}
    for pledge in pledges:
        year = _year_of_its_count(pledge)
        if year is not None:
            seen.setdefault((pledge.donor, pledge.category, pledge.status, pledge.system), set()).add(
                (year, pledge.quantity))
    return {
        key for key, told in seen.items()
        if len({year for year, _ in told}) >= 2 and len({count for _, count in told}) >= 2
    }


def _named_more_exactly(pledge: Pledge, named: list[Pledge]) -> bool:
    """Whether a record without a figure names its system by the family another record of
    the same donor, kind and stage names exactly: a headline's "Leopard tanks" over the
    body's "Leopard 2 tanks" with their sum is one record (two models, "Leopard 1" and
    "Leopard 2", stay two: neither name begins the other)."""
    if not pledge.system or pledge.quantity is not None or pledge.value is not None:
        return False
    family = pledge.system.lower()
    return any(other.system.lower().startswith((family + " ", family + "-")) for other in named)


def _specificity(pledge: Pledge) -> tuple[bool, bool, bool, bool, int]:
    # A record whose words name its system beats one read from a word standing for it
    # ("avions Mirage 2000 ... Les premiers d'entre eux sont arrivés"): it says what it is.
    named = bool(pledge.system) and pledge.system.lower() in pledge.item.lower()
    # A running total is background to the news: "stockt um 12 Milliarden Kronen auf ...
    # Insgesamt stellt Oslo damit 85 Milliarden Kronen bereit" is the 12 billion's record.
    news = not _tells_a_running_total(pledge.evidence)
    return (pledge.quantity is not None, pledge.value is not None, news, named, -abs(len(pledge.item) - 25))


@lru_cache(maxsize=16)
def _tells_a_running_total(evidence: str) -> bool:
    # The records of one sentence share it as their evidence, and each is compared twice: read
    # once per sentence, not once per record. A sentence listing 5,000 things ("10 Leopard tanks
    # and 10 Leopard tanks and ...", 100,000 characters) cost 53 s of CPU, most of it here (stop 50).
    return _RUNNING_TOTAL.search(evidence.lower()) is not None


_RUNNING_TOTAL = lazy(
    r"\b(?:in all|in total|altogether|so far|to date|since (?:the start|the beginning|20\d\d)|insgesamt|bislang|"
    r"seit (?:kriegsbeginn|beginn|20\d\d)|au total|en tout|jusqu['’]ici|jusqu['’][aà] pr[eé]sent|"
    r"depuis (?:le d[eé]but|20\d\d))\b"
)  # (on the evidence as written, lowercased: accents and curly apostrophes spelled out)


# A headline in the present tense ("Rome envoie un SAMP/T", "Berlin liefert Patriot",
# "US sends Abrams") tells news that has happened as often as news to come; read alone
# it is a promise. When the body tells the same donor delivering the same thing and
# promises nothing of it, the headline was the delivery. A headline saying it is to come
# ("to send", "will", "va livrer", "soll", "annonce", "pledges") keeps its promise.
HEADLINE_FUTURE = lazy(
    r"\b(?:to (?:send|deliver|supply|give|provide|ship|transfer|hand|donate|buy|fund|finance)|will|would|"
    r"plans?|pledg\w*|promis\w*|vows?|offers?|agrees?|wird|werden|soll|sollen|plant|zusag\w*|sagt\w*|"
    r"verspricht|bietet|va|vont|veut|prevoit|promet\w*|annonce\w*|s'engage\w*)\b"
)


def without_present_tense_deliveries(title_pledges: list[Pledge], body_pledges: list[Pledge]) -> list[Pledge]:
    """The headline's records less its promises that the body tells as deliveries (same
    donor and category, and system when the headline names one) and never as promises
    (see HEADLINE_FUTURE)."""
    return [p for p in title_pledges if not _promise_told_at(p, "delivered", body_pledges)]


def without_present_training_the_body_promises(
    title_pledges: list[Pledge], body_pledges: list[Pledge]
) -> list[Pledge]:
    """The headline's records less its training told in the present ("Britain trains
    Ukrainian medics", "Dänemark bildet ukrainische Piloten aus": training under way, a
    delivery) that the body tells only as a promise ("will train 200 medics next year"):
    the headline compresses the body's promise (same donor; never in the past tense, see
    HEADLINE_PAST_DELIVERY)."""

    def told(at: str, donor: str) -> bool:
        return any(b.status == at and b.donor == donor and b.category == "training" for b in body_pledges)

    return [
        p for p in title_pledges
        if not (p.category == "training" and p.status == "delivered" and told("pledged", p.donor)
                and not told("delivered", p.donor))
    ]


# An auxiliary of a past or perfect tense in a headline ("hat ... übergeben", "has handed over", "sind
# eingetroffen", "ont été livrés"), or an arrival in the simple past ("jets ... arrived on Monday", "traf
# ... ein"): its delivery is told as done, not in the present. (Folded text; French "a" is left out, it
# is also the folded "à".)
HEADLINE_PERFECT = lazy(r"\b(?:hat|haben|hatte|hatten|ist|sind|war|waren|wurde|wurden|has|have|had|was|were|"
                        r"ont|avait|avaient|est|sont|etait|arrived|reached|landed|received|traf|trafen|"
                        r"erhielt|erhielten)\b")


def without_present_deliveries_the_body_promises(
    title_pledges: list[Pledge], body_pledges: list[Pledge]
) -> list[Pledge]:
    """The headline's deliveries told in the present ("Italien liefert zweites SAMP/T-System") that the
    body tells only as a promise of the same donor's same thing ("wird ... liefern"): the headline
    compresses the body's promise, as a present training headline does (the caller leaves out headlines
    in a past or perfect tense, HEADLINE_PAST_DELIVERY and HEADLINE_PERFECT, those naming a promise,
    HEADLINE_FUTURE, and those of a first arrival, HEADLINE_FIRST_ARRIVAL). Kept when the body tells
    that thing delivered too (a delivery naming no system counts: "The first six jets are now in
    Ukraine" under "Denmark delivers first F-16 jets"), or promises only the rest of it ("will deliver
    the remaining 21 Abrams tanks": the headline's are the ones before)."""

    def told(at: str, p: Pledge) -> bool:
        return any(b.status == at and b.donor == p.donor and b.category == p.category
                   and (_same_system(p.system, b.system) or (at == "delivered" and b.system is None))
                   and not (at == "pledged" and _THE_REST_IN.search(fold(b.evidence or "")))
                   for b in body_pledges)

    return [p for p in title_pledges
            if not (p.status == "delivered" and told("pledged", p) and not told("delivered", p))]


# (folded text of a body's promise: the rest of what was given, "the remaining 21", "the rest of
# the jets", "les 10 autres", "die restlichen zehn": the headline's delivery came before it)
_THE_REST_IN = lazy(
    r"\b(?:remaining|rest of|restlichen|verbleibenden|ubrigen|autres|restants|restantes|reste des?)\b"
)
# A headline telling a first arrival, or Ukraine receiving ("Ukraine receives first Abrams tanks",
# "L'Ukraine reçoit ses premiers Rafale", "Ukraine erhält erste Leopard"): a delivery made, whatever
# the body promises besides. (Folded text.)
HEADLINE_FIRST_ARRIVAL = lazy(
    r"\b(?:receives?|gets|got|obtains?|erhalt|erhielt|bekommt|bekam|recoit|recoivent|obtient|"
    r"first|erste[nmrs]?|premiers?|premieres?)\b"
)


# A headline telling a wish to give ("Polen will Leopard abgeben", "Niederlande wollen
# Patriot-Startgeräte abgeben", "wants to send", "veut livrer"): German "will" is "wants",
# told by the infinitive of giving it governs. (Folded text.)
HEADLINE_WISH = lazy(
    r"\b(?:(?:will|wollen|mochten?)\b[^.:]*\b(?:abgeben|liefern|uberlassen|schicken|senden|ubergeben|bereitstellen|spenden)|"
    r"wants? to|veulent|veut|souhaitent|souhaite)\b"
)

# ... or a body that says the giving is still weighed: "is considering sending ..., but no decision has been
# taken", "envisage de livrer", "erwägt, ... zu überlassen", "noch nicht entschieden" (a body's "expected to
# begin" alone is a schedule, no weighing: the headline's promise stands). Folded text.
BODY_WEIGHING = lazy(
    r"\b(?:consider(?:s|ing)|weigh(?:s|ing)|no decision|not (?:yet )?(?:been )?decided|envisag\w*|"
    r"aucune decision|(?:pas|rien) (?:encore )?(?:ete )?(?:decide|tranche)\w*|"
    r"erwag\w*|pruf(?:t|en)\b|(?:noch )?nicht entschieden|keine entscheidung)\b"
)


def without_promises_the_body_discusses(title_pledges: list[Pledge], body_pledges: list[Pledge]) -> list[Pledge]:
    """The headline's records less its promises that the body tells only as discussed,
    for a headline telling a wish (HEADLINE_WISH): the wish is the body's examining
    ("prüfen, ob sie ... abgeben können") or its leave asked ("um die Erlaubnis gebeten")."""
    return [p for p in title_pledges if not _promise_told_at(p, "discussed", body_pledges)]


# A headline telling a purchase ("Baltic states to buy ...", "achètent ensemble des obus pour Kiev", "kaufen
# Granaten für Kiew"): its promise is the order the body tells, when the body tells it as production. Folded.
HEADLINE_BUYING = lazy(
    r"\b(?:buy|buys|buying|purchase|purchases|procure|procures|achete|achetent|acheter|achetera|acheteront|acquiert|acquierent|"
    r"kauf(?:t|en)|beschaff(?:t|en)|erwirbt|erwerben)\b"
)


def without_purchases_the_body_orders(title_pledges: list[Pledge], body_pledges: list[Pledge]) -> list[Pledge]:
    """The headline's records less its promises that the body tells as production and never as a promise,
    for a headline telling a purchase (HEADLINE_BUYING): one buying, told twice."""
    return [p for p in title_pledges if not _promise_told_at(p, "production", body_pledges)]


# A headline telling a shipment in the past tense: "US secretly shipped", "sent", "USA
# lieferten", "a livré" (a present, "Italien liefert zweites System", may tell a promise the
# body has). Folded text.
HEADLINE_PAST_DELIVERY = lazy(
    r"\b(?:shipped|sent|delivered|handed|supplied|transferred|gave|lieferte\w*|schickte\w*|ubergab\w*|"
    r"geliefert|(?:a|ont|avait|avaient) (?:\w+ )?(?:livre|envoye|cede|fourni)\w*|livra|envoya)\b"
)


def without_the_promise_behind_a_delivery(title_pledges: list[Pledge], body_pledges: list[Pledge]) -> list[Pledge]:
    """The body's records less the promises its headline tells as delivered, in the past
    tense (HEADLINE_PAST_DELIVERY): "US secretly shipped long-range missiles to Ukraine"
    over "agreed in February to send" tells the shipment as the news and the decision as
    its history (same donor and category, the body telling no delivery of it and no other
    count)."""
    delivered = {
        (p.donor, p.category): p.quantity for p in title_pledges if p.status == "delivered"
    }
    if not delivered:
        return body_pledges
    told_delivered = {(p.donor, p.category) for p in body_pledges if p.status == "delivered"}
    return [
        p for p in body_pledges
        if not (
            p.status == "pledged" and (key := (p.donor, p.category)) in delivered and key not in told_delivered
            and p.quantity in (None, delivered[key])
        )
    ]


def _promise_told_at(pledge: Pledge, status: str, body_pledges: list[Pledge]) -> bool:
    """Whether the headline's promise is one the body tells at `status` and never as a promise."""

    def told(at: str) -> bool:
        return any(
            b.status == at and b.donor == pledge.donor and b.category == pledge.category
            and _same_system(pledge.system, b.system)
            for b in body_pledges
        )

    return pledge.status == "pledged" and told(status) and not told("pledged")


def _same_system(headline_system: str | None, body_system: str | None) -> bool:
    """Whether the body's system is the one the headline names, or a model of it (a
    headline's "Leopard" over the body's "Leopard 2"); a headline naming none names any."""
    if headline_system is None or headline_system == body_system:
        return True
    return body_system is not None and body_system.startswith(headline_system + " ")


def tanks_told_as_armour(pledges: list[Pledge]) -> list[Pledge]:
    """French copy varies its words for tanks: "une première livraison de quatorze blindés"
    beside "jusqu'à 80 Leopard", or under a headline of "chars". The bare word "blindés"
    is the article's tanks when it names tanks and no armoured vehicle otherwise (by system
    or by another word: "25 véhicules blindés")."""
    if not any(p.category == "tanks" for p in pledges) or any(
        # (armour named otherwise too, "25 véhicules blindés", is what "blindés" restates)
        p.category == "armoured_vehicles" and (p.system or not _BARE_BLINDES.fullmatch(p.item.lower()))
        for p in pledges
    ):
        return pledges
    return [
        replace(p, category="tanks")
        if p.category == "armoured_vehicles" and p.system is None and _BARE_BLINDES.fullmatch(p.item.lower())
        # (told beside tanks in its own sentence, "a promis 50 blindés et a livré huit chars",
        # the word names another kind)
        and not _TANKS_BESIDE.search(p.evidence.lower()) else p
        for p in pledges
    ]


_BARE_BLINDES = lazy(r"blind[eé]s")
_TANKS_BESIDE = lazy(r"\bchars?\b|leopard|abrams|challenger|\bt-72")


def one_reading(pledges: list[Pledge], headline: str = "") -> list[Pledge]:
    """Article-level clean-up of records that restate others.

    - Umbrella words: "weapons", "Waffen", "a package" from a donor whose precise
      items the article names are the same aid told vaguely ("Germany will send more
      heavy weapons. Seven PzH 2000 will ..."), or background ("the heavy weapons
      Berlin long refused"): dropped.
    - NATO and "the allies" doing the same thing are one actor seen twice (the
      secretary general speaking for the members): the allies' record is kept.
    - Named equipment (radars, helmets) is recorded under the category "other".
    - One intention, one record: a donor's promise and, elsewhere in the article, the
      same donor's same kind of aid told as possible ("Denmark confirms it will send
      F-16s" / "a possible delivery of F-16s by Denmark") are one plan told with and
      without caution: the promise is kept. (A delivery and more under discussion
      are two steps: both kept.)
    - One thing made, one record: a system's making told once as a contract for it and
      once as a production line ("contrats pour relancer la production de munitions pour
      les Gepard" / "une ligne de production de munitions pour les chars Gepard") is the
      making (category production).
    - An order and the delivery schedule of its units, told by a word standing for
      the ordered system ("hat 18 RCH 155 bestellt; die ersten sechs sollen 2026
      ausgeliefert werden"), are one record: the order (production).
    - A question the article answers: a lead that asks "Soll Deutschland Kampfpanzer
      liefern?" under a headline (or before a sentence) telling the decision is the
      story's set-up, not a second, undecided record of the same donor and category."""
    precise_stages = {(p.donor, p.status) for p in pledges if p.category not in VAGUE}
    precise = {donor for donor, _ in precise_stages}
    precise_given = {donor for donor, status in precise_stages if status != "discussed"}
    giving_only_kit = donors_giving_only_kit(pledges)
    refused_kinds: dict[str, set[str]] = {}
    refused_told: dict[str, set[str]] = {}
    for p in pledges:
        if p.category not in VAGUE and p.status == "refused":
            refused_kinds.setdefault(p.donor, set()).add(p.category)
            refused_told.setdefault(p.donor, set()).add(p.evidence)
    # (a package or tranche told by its sum elsewhere: "approves new Peace Facility
    # tranche" over "a new tranche of 500 million euros" is one package, the sum's record)
    # (not a running total told in the package's sentence: "approved an eleventh package, ...,
    # bringing its total aid to 3 billion euros" is the package and the total, two records;
    # the package's own sum told before the total, "a package worth 500 million euros,
    # bringing its total to 3 billion", still sums it)
    summed_stages = {
        (p.donor, p.status) for p in pledges
        if p.category == "funding" and p.value is not None and not _sum_is_a_running_total(p)
    }
    summed = {donor for donor, _ in summed_stages}
    allies = {(p.category, p.status) for p in pledges if p.donor == "ALLIES"}
    answered = {(p.donor, p.category) for p in pledges if p.status in ("pledged", "delivered", "refused")}
    promised = {(p.donor, p.category) for p in pledges if p.status == "pledged"}
    promised_figures: dict[tuple[str, str], set] = {}
    for p in pledges:
        if p.status == "pledged":
            promised_figures.setdefault((p.donor, p.category), set()).add(_figure(p))
    ordered = {(p.donor, p.category, p.system) for p in pledges if p.status == "production" and p.system}
    # (an order of counted things of one kind names them as well as a system does: "a contract for 50,000
    # artillery shells ... The shells will be delivered next year" is the order and its schedule)
    ordered_kinds = {
        (p.donor, p.category) for p in pledges if p.status == "production" and (p.system or p.quantity)
    }
    delivered_kinds = {(p.donor, p.category) for p in pledges if p.status == "delivered" and p.system}
    # German "Panzer" alone is any armoured vehicle: "die Lieferung von Panzern ... es
    # geht um Flugabwehr-Panzer vom Typ Gepard" names one thing twice.
    kinds_of_panzer = {
        p.donor for p in pledges
        if p.category in ("air_defence", "armoured_vehicles", "artillery") and "anzer" in p.evidence and any(
            not word.startswith(("kampf", "panzer")) for word in _PANZER_COMPOUND.findall(p.evidence.lower())
        )
    }
    # Making a system and buying that system's making, told twice ("des contrats pour
    # relancer la production de munitions pour les Gepard", then "relancer une ligne de
    # production de munitions pour les chars Gepard"): one thing at one stage, one record,
    # the making (the real set labels a donor's own output of a system's ammunition so).
    made = {(p.donor, p.system) for p in pledges if p.status == "production" and p.category == "production" and p.system}
    # (a past refusal is reversed by the news only when the news gives what was refused: the
    # same kind with no other system named in the refusal, or, for "weapons" in general, a
    # thing of its own; "will send MiG-29s ... had ruled out F-16s" and "gives 10 million
    # euros ... had ruled out sending weapons" keep their refusals)
    given_systems: dict[tuple[str, str], set[str | None]] = {}
    given_models: dict[tuple[str, str], set[frozenset[str]]] = {}
    for p in pledges:
        if p.status in ("pledged", "delivered"):
            given_systems.setdefault((p.donor, p.category), set()).add(p.system)
            given_models.setdefault((p.donor, p.category), set()).add(_model_marks(p))
    givers_of_things = {donor for donor, category in given_systems if category not in ("funding", "other")}
    kept = []
    for pledge in pledges:
        if pledge.status == "production" and pledge.category != "production" and (pledge.donor, pledge.system) in made:
            continue
        if (
            pledge.status == "refused"
            and (
                (pledge.donor, pledge.category) in given_systems
                and (pledge.system is None or pledge.system in given_systems[(pledge.donor, pledge.category)])
                # ("will deliver 14 Leopard 2 ... had refused to send Leopard 2A7 tanks": another
                # model of the system, still refused)
                and (not _model_marks(pledge) or _model_marks(pledge) in given_models[(pledge.donor, pledge.category)])
                or pledge.category == "other" and pledge.donor in givers_of_things
            )
            and _REFUSED_BEFORE.search(fold(pledge.evidence or ""))
        ):
            continue  # "will send a Patriot launcher ... had long refused to part with": the stance the news ends
        if (
            kinds_of_panzer and pledge.donor in kinds_of_panzer and _BARE_PANZER.fullmatch(pledge.item.lower())
            and not _PANZER_LISTED_WITH_A_KIND.search(pledge.evidence.lower())
        ):
            continue
        if pledge.status == "discussed" and (pledge.donor, pledge.category) in promised and not _another_sum(
            pledge, promised_figures[(pledge.donor, pledge.category)]
        ) and not asks_a_donor(fold(pledge.evidence or "")):
            continue  # one intention told twice, once with caution (a request for more is new)
        if (
            pledge.status == "pledged" and (pledge.donor, pledge.category, pledge.system) in ordered
            and pledge.system.lower() not in pledge.item.lower()
        ):
            continue  # "the first six" of an order, due next year: the order itself
        if (
            pledge.status == "pledged" and headline and pledge.evidence == headline
            and (pledge.donor, pledge.category, pledge.system) in ordered and _AN_ORDER.search(headline.lower())
        ):
            continue  # a headline's order ("Pentagon orders GMLRS rockets"): the body's contract for them
        if pledge.status == "pledged" and pledge.system is None and pledge.quantity is None and pledge.value is None and (
            (pledge.donor, pledge.category) in ordered_kinds
            and _THE_THINGS.fullmatch(pledge.item.lower()) and _THE_THINGS_IN.search((pledge.evidence or "").lower())
            or (pledge.donor, pledge.category) in delivered_kinds and _PROMISED_BEFORE.search((pledge.evidence or "").lower())
        ):
            # The ordered things told by their kind alone, with their schedule ("Les canons
            # doivent être livrés d'ici la fin de l'année", "The first tanks are due to be
            # handed over"): the order itself. The delivered things' promise told as past
            # background ("Madrid had promised the tanks in the spring"): the delivery.
            continue
        if pledge.status == "discussed" and (pledge.donor, pledge.category) in answered and _QUESTION_END.search(
            pledge.evidence or ""
        ):
            continue
        if (
            pledge.category == "other" and pledge.system is None and pledge.donor in precise
            # (arms refused in general beside precise things only talked about are no
            # restatement: "will deliver no more weapons from army stocks" / "private firms
            # may still sell ammunition" are a refusal and a permission, both kept)
            and not (pledge.status == "refused" and pledge.donor not in precise_given)
            # (nor is a refusal of weapons beside kit that is no weapon, the neutral's "ne livrera pas
            # d'armes" beside its demining money: kit_beside_refusals.py)
            and not weapons_refused_beside_kit(pledge, giving_only_kit)
            # (weapons worth an amount at a stage no precise item is told at are a total of
            # their own: "hat bisher Waffen im Wert von 28 Milliarden Euro geliefert" beside
            # two more systems promised)
            and (pledge.value is None or (pledge.donor, pledge.status) in precise_stages)
            # (a headline refusing arms in general is the news itself: "Germany will
            # not deliver weapons directly", beside one precise refusal in the body, a
            # system, a transit or a re-export refused)
            # (unless the body refuses several kinds of things of the same giver: "Irland liefert
            # keine Waffen" over "weder Panzer noch Raketen liefern" is that list told vaguely)
            # (... and so is a body's sentence refusing arms in general, told apart from the
            # one precise refusal: "will send no weapons to Ukraine. ... also refused to let
            # Leopard tanks cross its territory"; in the precise refusal's own sentence,
            # "weapons" is the umbrella of the things named)
            # (a general refusal with no precise one beside it, told as background, "heavy weapons,
            # which Berlin long refused" beside heavy howitzers promised, stays dropped)
            and not (
                pledge.status == "refused"
                and (
                    headline and pledge.evidence == headline and len(refused_kinds.get(pledge.donor, ())) < 2
                    or len(refused_kinds.get(pledge.donor, ())) == 1
                    and pledge.evidence not in refused_told[pledge.donor]
                )
            )
        ):
            continue
        if (
            pledge.category == "other" and pledge.system is None and pledge.value is None and pledge.quantity is None
            and ((pledge.donor, pledge.status) in summed_stages or _present_headlines_package(pledge, headline, summed))
        ):
            continue
        if pledge.donor == "NATO" and (pledge.category, pledge.status) in allies:
            continue
        kept.append(replace(pledge, category="other") if pledge.category == "equipment" else pledge)
    return kept


def _figure(pledge: Pledge) -> float | None:
    """A record's figure: its count, else its sum."""
    return pledge.quantity if pledge.quantity is not None else pledge.value


def _another_sum(pledge: Pledge, promised: set) -> bool:
    """Whether a record under discussion tells a sum of money of its own beside the same
    giver's promises, each told with another sum ("a second tranche of 2 billion will
    follow" / "Hungary blocks the reimbursement of 6.6 billion"): two moneys, not one
    plan told twice. (A count, or a promise told without a figure, is still one plan.)"""
    return (
        pledge.quantity is None and pledge.value is not None
        and None not in promised and pledge.value not in promised
    )


# (a headline telling an order or a purchase, not a delivery: "Pentagon orders GMLRS
# rockets", "bestellt", "commande", "buys"; "Rheinmetall liefert Skynex" tells the supply)
_AN_ORDER = lazy(r"\b(?:orders?|ordered|bestell\w*|command\w*|buys|bought|kauft|achete\w*|purchas\w*)\b")
# a category word alone, and told as things named before ("the tanks", "les canons", "die Panzer")
_THE_THINGS = lazy(r"[\w-]+")
_THE_THINGS_IN = lazy(r"\b(?:the|these|those|its|their|les|ces|leurs|die|diese)\s+(?:first\s+|premiers?\s+|premieres?\s+|ersten\s+)?[\w-]+")
# a promise told as past: "had promised", "avait promis", "hatte zugesagt", "promised the jets"
_PROMISED_BEFORE = lazy(
    r"\bhad (?:\w+ )?(?:promised|pledged|committed)|"
    # (the simple past, told of the things just delivered: "Stockholm promised the jets in
    # the summer")
    r"\b(?:promised|pledged) (?:the|these|those|them)\b|\bavai(?:t|ent) (?:\w+ )?(?:promis|annonce|engage)|"
    r"\bhatten? (?:[\w-]+ ){0,6}(?:zugesagt|versprochen|angekundigt)\b"
)
_MARK = re.compile(r"\b\w*\d\w*\b")


def _model_marks(pledge: Pledge) -> frozenset[str]:
    """The marks of a model the item names beyond its system's name ("2a7" in "Leopard 2A7
    tanks" of the system Leopard 2; none in "Leopard 2 tanks")."""
    system = set(_MARK.findall((pledge.system or "").lower()))
    return frozenset(m for m in _MARK.findall((pledge.item or "").lower()) if m not in system)


# A refusal told as past, before the news (folded text): "had long refused to part with",
# "avait jusqu'ici refusé de", "hatte bisher ... abgelehnt"
_REFUSED_BEFORE = lazy(
    r"\bhad (?:[\w'-]+ ){0,2}(?:refused|rejected|ruled out|declined|resisted|opposed)\b|"
    r"\bavai(?:t|ent) (?:[\w'-]+ ){0,2}(?:refuse|rejete|exclu|ecarte|oppose)\b|"
    r"\bhatten? (?:[\w-]+ ){0,8}(?:abgelehnt|ausgeschlossen|verweigert)\b"
)
# A sum told as the running total of the giver's aid (folded text): "bringing its total
# military aid to", "portant le total de son aide à", "auf insgesamt ... erhöht"
_TOLD_AS_RUNNING_TOTAL = lazy(
    r"\b(?:bringing|brings|raising|taking|lifting) (?:its|their|the) (?:total|overall|cumulative)\b|"
    r"\b(?:portant|porte|portent) (?:ainsi )?(?:le total|le montant total)\b|"
    r"\b(?:erhoht|steigt|stieg|wachst) (?:[\w-]+ ){0,4}auf insgesamt\b"
)


def _sum_is_a_running_total(pledge: Pledge) -> bool:
    """Whether the record's sum is the one its sentence tells as the giver's running total,
    that is, it stands after "bringing its total to" (a package's own sum before it is not)."""
    evidence = fold(pledge.evidence or "")
    told = _TOLD_AS_RUNNING_TOTAL.search(evidence)
    return told is not None and fold(pledge.item or "") in evidence[told.end():]


_BARE_PANZER = lazy(r"panzern?")
_PANZER_COMPOUND = lazy(r"[a-zäöüß-]*panzer")
# Bare "Panzer" listed beside a kind of them is another thing: "Dutzende Panzer und
# mehrere hundert Schützenpanzer", "40 Panzer, 200 Schützenpanzer" (tanks, and the rest).
_PANZER_LISTED_WITH_A_KIND = lazy(
    r"\bpanzern?\s*(?:,|und|sowie|oder)\s+(?:[\w.-]+\s+){0,3}[a-zäöüß-]+panzer|"
    r"[a-zäöüß-]+panzer\w*\s*(?:,|und|sowie|oder)\s+(?:[\w.-]+\s+){0,3}panzern?\b"
)
_QUESTION_END = lazy(r"\?[\s\"'»”“)]*$")


def _present_headlines_package(pledge: Pledge, headline: str, summed: set[str]) -> bool:
    """Whether the record is a present-tense headline's package or tranche whose sum the
    body tells at whatever stage: "EU zahlt weitere Tranche aus" over "hat ... eine Tranche
    von 4,1 Milliarden Euro ausgezahlt" is that tranche (a headline telling what is to come
    keeps its promise)."""
    return (
        bool(headline) and pledge.evidence == headline and pledge.status == "pledged" and pledge.donor in summed
        and not HEADLINE_FUTURE.search(fold(headline))
    )
