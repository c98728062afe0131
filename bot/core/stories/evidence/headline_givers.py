"""Who a headline names as giving: the donor countries and groups it names, less makers,
venues and whoever welcomes; the groups it leads with, and a group's decision keyed by its
sum.
"""

from __future__ import annotations

import re

from bot.core.models import Pledge
from bot.core.pledges.donors.makers import names_a_maker, origin_of_weapons
from bot.core.pledges.donors.speakers import welcomes_after
from bot.core.pledges.passes.entities import GROUP_DONORS, Entities
from bot.core.pledges.quantities.numbers import fold_aligned


def givers_in_headline(
    title: str, pledges: tuple[Pledge, ...], entities: Entities | None
) -> tuple[list[str], set[str]]:
    """The donors (and groups) the headline names as giving, in reading order, and of
    those the ones that are its donors.

    Not givers: a maker ("Denmark to fund 16 French-made Caesar guns": the French report
    of France's own pledge that day must not look like it), whoever welcomes something,
    and the country of weapons another country pays for ("Netherlands to fund $500
    million of US weapons", "US-Waffen für Kiew: Norwegen zahlt"; alone, "US weapons
    arrive in Ukraine", it gives).

    The first name of the headline is its subject. Another country it names that does
    nothing the article reports, while others do, is where things come from or whom they
    concern, not who gives: "NATO chief welcomed the first delivery of US military
    equipment" under a scheme the Netherlands paid for; Norway's package of the same kind
    and size is another event. (The subject stays, whatever the pledges say: "Die
    Niederlande geben 100 Millionen Euro für tschechische Munitionsinitiative" is the
    Netherlands' news however its body's giver is read.)"""
    folded_title = fold_aligned(title)
    named = entities.find_donors(title) if entities else []
    headline_named = [code for code, start, end in named if _gives_in_headline(folded_title, (code, start, end))]
    origins = {code for code, start, end in named if origin_of_weapons(folded_title, start, end)}
    if any(code not in origins and code not in GROUP_DONORS for code in headline_named):
        headline_named = [code for code in headline_named if code not in origins]
    subject = min(named, key=lambda mention: mention[1])[0] if named else None
    actors = {p.donor for p in pledges} - GROUP_DONORS
    headline_donors = {
        d for d in headline_named if d == subject or d in GROUP_DONORS or not actors or d in actors
    }
    return headline_named, headline_donors


# Where a headline's first clause ends: a comma, a semicolon, a dash between spaces (not a
# colon: a label before it, "NATO summit: Germany pledges four Patriot", is no clause).
_CLAUSE_BREAK = re.compile(r"[,;]\s|\s[-\u2013\u2014]\s")


def countries_after_a_group_clause(title: str, entities: Entities | None) -> bool:
    """The headline's first clause names a group and no country, and countries come
    after it: "NATO leaders promise Ukraine steady aid at summit, Britain and France add
    weapons" heads the round-up of a meeting (the caller checks that the opening names
    one), which lists what governments added there; the round-ups in other languages
    name the meeting alone, and each government's own report of its pledge is another
    event. Not "Berlin to send two Patriot systems, Pistorius tells the allies": a country
    is its first clause's subject."""
    found = _CLAUSE_BREAK.search(title)
    if found is None or entities is None:
        return False
    named = entities.find_donors(title)
    first = [code for code, start, _ in named if start < found.start()]
    return (bool(first) and all(code in GROUP_DONORS for code in first)
            and any(code not in GROUP_DONORS for code, start, _ in named if start >= found.end()))


def _gives_in_headline(folded_title: str, donor: tuple[str, int, int]) -> bool:
    """Not a maker ("French-made"), except a place things come from: the maker test
    reads every "aus" as a maker's ("aus deutscher Produktion"), and headlines such as
    "Weitere Patriot-Systeme aus Deutschland eingetroffen" lost their giver."""
    code, start, end = donor
    if welcomes_after(folded_title, end) or _PLACE_OF_A_MEETING.search(folded_title, 0, start):
        return False
    if code not in GROUP_DONORS and _names_a_venue(folded_title, start, end):
        return False
    if not names_a_maker(folded_title, donor):
        return True
    return bool(_COMES_FROM.search(folded_title, 0, start)) and not _MADE_AFTER.match(folded_title, end)


def _names_a_venue(folded_title: str, start: int, end: int) -> bool:
    """The place named at [start, end) heads the gathering it hosts ("London summit") or
    opens a French headline as where its news happens ("A Londres, ...")."""
    if _MEETING_AFTER_PLACE.match(folded_title, end):
        return True
    return bool(_PLACE_OPENING.match(folded_title[:start])) and folded_title[end:end + 1] == ","


_COMES_FROM = re.compile(r"\baus (?:der |dem |den )?$")
# A country named as where a meeting sits is its venue, not a giver: "EU ministers meeting
# in Luxembourg add drone funds", "Réunis à Luxembourg, les ministres ...", "Gipfel in
# Luxemburg" (a city and a country share the name; so do Monaco and Singapore). (Folded.)
_PLACE_OF_A_MEETING = re.compile(
    r"\b(?:meet(?:s|ing)?|met|gather(?:s|ed|ing)?|summit|talks|conference|reuni(?:e|s|es)?|reunion|sommet"
    r"|treffen|tagung|gipfel|tag(?:en|t|ten)|konferenz|beraten|berieten)\s+(?:in|at|a|en|au)\s+$"
    r"|\b(?:sommet|conference|reunion)\s+de\s+$"
)
# ... or names the gathering it hosts ("at London summit, leaders pledge ...", "Paris
# conference"), or is where a French headline sets its news ("A Londres, les alliés de Kiev
# promettent ..."): the givers are those the headline names after it. (Folded; a group's
# "EU summit" is the group's.)
_MEETING_AFTER_PLACE = re.compile(r"\s+(?:summit|conference|meeting)\b")
_PLACE_OPENING = re.compile(r"\s*(?:a|en|au)\s+$")
_MADE_AFTER = re.compile(r"\s+(?:produktion|fertigung|herstellung)\b")


def leading_groups(named: list[str]) -> frozenset[str]:
    """The groups named before the first country, in reading order: "Allies pledge air
    defence" is about the allies, "Berlin to send two Patriot systems, Pistorius tells
    the allies" (a feed item headed by its first sentence) about Germany."""
    leading = set()
    for code in named:
        if code not in GROUP_DONORS:
            break
        leading.add(code)
    return frozenset(leading)


def group_amounts(groups: frozenset[str], headline_countries: set[str], amounts: list[str]) -> frozenset[str]:
    """The event keys of a group's decision: "EU|2e+09 EUR" for each of `amounts` (those
    the title or first sentence names), when the headline is about a group and no country
    ("EU approves 2 billion euros for ammunition", "Les Vingt-Sept approuvent 2 milliards",
    "EU gibt zwei Milliarden Euro frei").

    A group is no donor of the evidence (it is in the background of every report), so
    such reports share no anchor, and translations of one short item share few words;
    the group and the sum it decided on name the decision as a count names a country's
    pledge (`counted_pledge_keys`)."""
    if headline_countries:
        return frozenset()
    return frozenset(f"{group}|{amount}" for group in groups for amount in amounts)


def donor_totals(headline_countries: set[str], totals: list[str]) -> frozenset[str]:
    """The new totals one government's headline tells its aid raised to, "DE|8e+09 EUR" for each of `totals` (the
    sums its title or first sentence tells as a resulting total: "raises its aid to EUR 8 billion", "porte son aide
    à 8 milliards d'euros", "erhöht auf acht Milliarden Euro"). One donor's aid reaches a given total once: two
    outlets naming the same one on the same day report one decision, however unlike their words (a translation
    rewritten in its own words shares 0.10 of them), as a group's sum names the group's (`group_amounts`). Only
    under a headline naming that one country: a round-up's list may give several governments' totals."""
    if len(headline_countries) != 1:
        return frozenset()
    (country,) = headline_countries
    return frozenset(f"{country}|{amount}" for amount in totals)


def donor_sums(headline_countries: set[str], sums: list[str]) -> frozenset[str]:
    """The sums one government's headline or first sentence tells plainly and with two significant figures or more,
    "IE|1.2e+07 EUR" for "12 millions d'euros" (`sums`: neither rough, nor a total, nor a rate). Two live entries on
    one donor's 12 million euros in two languages share little else (0.11 alike) and name no day; a round sum ("500
    million") recurs in one donor's news too often to name one decision. Only under a headline naming that one
    country, as `donor_totals`."""
    if len(headline_countries) != 1:
        return frozenset()
    (country,) = headline_countries
    return frozenset(f"{country}|{amount}" for amount in sums if _figures(amount) >= 2)


def _figures(amount: str) -> int:
    """The significant figures of a sum as the evidence keeps it ("1.2e+07 EUR": 2, "5e+08 EUR": 1)."""
    mantissa = amount.partition("e")[0].replace(".", "").lstrip("0")
    return len(mantissa.rstrip("0")) or 1


def unheaded_groups(headline_named: list[str], first_sentence: str, entities: Entities | None) -> frozenset[str]:
    """For a headline that names no one ("Kommentar: Zwei Milliarden für Munition sind ein
    Anfang", "Editorial: a start, not more"), the groups its first sentence names before any
    country: a comment or an explainer says whose decision it is about in its lead ("Die
    zwei Milliarden Euro, die die EU am Donnerstag freigegeben hat"), as the decision's own
    reports say it in their headline."""
    if headline_named or entities is None:
        return frozenset()
    return leading_groups([code for code, _, _ in entities.find_donors(first_sentence)])
