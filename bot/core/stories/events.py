"""Event identity of an article: who gives what, in which phase, on which day.

Two reports of one event name the same donors and the same weapon systems, give the
same numbers and, in wire copy, the same day ("on Wednesday", "mercredi 25 janvier",
"am 25. Januar"). Two different events on one busy day may share the war, the
vocabulary and even the donor (two German announcements) but differ in at least one
of these. So this module reduces an article to `EventEvidence` - language-neutral
codes taken from the extracted pledges and from entity mentions (the days named come
from bot.core.stories.named_days; which pledges are the article's news, and the keys
they are compared by, from bot.core.stories.pledge_news). Whether two articles' evidence conflicts (then they
are never one story) and how much specific evidence they share is decided apart, in
bot.core.stories.same_event.

The evidence holds codes, never words of one language: donor codes (DE, FR, US),
canonical system names (Leopard 2, F-16), counts and amounts as numbers, dates as
"day-month", weekdays as 0..6.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from dataclasses import fields as dataclass_fields

from bot.core.models import Pledge
from bot.core.pledges.entities import GROUP_DONORS, Entities
from bot.core.pledges.item_words import item_mentions
from bot.core.pledges.makers import names_a_maker, origin_of_weapons
from bot.core.pledges.numbers import APPROXIMATELY, CROWNS, find_counts, find_money, fold_aligned
from bot.core.pledges.records import as_ascii
from bot.core.pledges.speakers import welcomes_after
from bot.core.stories.named_days import dates_named, weekdays_named
from bot.core.stories.package_counts import another_one, counted_in_a_period
from bot.core.stories.ordinal_words import ORDINAL_WORD_PATTERN, ordinal_value
from bot.core.stories.pledge_news import (
    FIRST_OF_SEVERAL,
    MIN_TELLING_COUNT,
    PHASE_OF_STATUS,
    PLUPERFECT,
    RUNNING_TOTAL,
    counted_pledge_keys,
    is_counted_news,
    is_news,
    ordinal_deliveries,
    payment_for_what_arrived,
    pledge_keys,
    promise_that_arrived,
    read_in,
    thanked_for_deciding,
    without_recalls,
)
from bot.core.stories.revisions import without_correction_notes
from bot.core.text import fold, sentences
from bot.core.text.list_headings import LIST_HEADING

# Group donors ("the allies", NATO; bot.core.pledges.entities.GROUP_DONORS) appear in
# reports of nearly every event, so they neither prove nor rule out one.

# A headline naming this many governments, under an opening naming a standing meeting, heads
# the meeting's round-up (see EventEvidence.is_about_an_item); two governments may pledge
# jointly ("Denmark and the Netherlands to send F-16s").
ROUND_UP_GOVERNMENTS = 3

# Only the start of an article is read for mentions: the lead states the event, the
# tail is background (earlier deliveries, earlier meetings) that would blur it.
_LEAD_CHARS = 1_200


@dataclass(frozen=True, slots=True)
class EventEvidence:
    """The language-neutral identity of the event an article reports."""

    donors: frozenset[str] = frozenset()  # country codes: in the title or giving in a pledge
    systems: frozenset[str] = frozenset()  # canonical system names in the title or lead
    headline_systems: frozenset[str] = frozenset()  # those named in the title
    phases: frozenset[str] = frozenset()  # decision / delivery / refusal, from the pledges
    counts: frozenset[int] = frozenset()  # counts of things in the title or lead (>= 5)
    amounts: frozenset[str] = frozenset()  # money in the title or lead, "2.5e+09 USD"
    dates: frozenset[str] = frozenset()  # day and month named in the lead, "25-1"
    weekdays: frozenset[int] = frozenset()  # weekdays named in the lead, Monday = 0
    # Who gives what kind of thing with which status, one key per extracted pledge of a
    # government: "DE|armour|pledged" (see `pledge_keys`).
    pledges: frozenset[str] = frozenset()
    headline_donors: frozenset[str] = frozenset()  # donor countries named in the title
    # What the counts of the pledges are counts of: "12|decision", "18|delivery",
    # "800000|production" (see same_event._shared_counts).
    counted: frozenset[str] = frozenset()
    # The pledge keys read in the title itself: the news, where the lead may add background
    # (see same_event._pledges_agree).
    headline_pledges: frozenset[str] = frozenset()
    # Event keys (see same_event.event_keys_shared), from the pledges the article tells as its news:
    # pledge keys with their count, "DE|armour|delivered|18" (see `counted_pledge_keys`),
    # and the systems whose first delivery it reports (see `ordinal_deliveries`).
    counted_pledges: frozenset[str] = frozenset()
    first_deliveries: frozenset[str] = frozenset()
    # The systems whose second, third... delivery it reports, with the ordinal: "IRIS-T|3"
    # (see `ordinal_deliveries`). Like the first, each happens once.
    later_deliveries: frozenset[str] = frozenset()
    # The phase in which each government's pledges name each system: "DE|IRIS-T|delivery"
    # (see same_event._headline_system_phases).
    system_phases: frozenset[str] = frozenset()
    # The groups ("the allies", NATO, the EU) named in the title before any country: its
    # subject, when that is a group (see same_event._subjects_differ).
    headline_groups: frozenset[str] = frozenset()
    # An event key of a group's decision: the group its headline is about and an amount
    # its opening names, "EU|2e+09 EUR" (see `_group_amounts`).
    group_amounts: frozenset[str] = frozenset()
    # The standing meeting the title names first, else the first sentence, "UDCG" (see
    # `_MEETINGS` and `_meeting_of`).
    meetings: frozenset[str] = frozenset()
    # ... and those the title or lead names: a round-up may name its meeting only in its
    # second paragraph, which tells which meeting it is, not that two reports are one
    # (see same_event.compare).
    lead_meetings: frozenset[str] = frozenset()
    # "statement" when the title and lead tell of no gathering at all (no meeting, talks,
    # summit, réunion, Treffen...), "meeting" when they tell of one, standing or not (see
    # `_GATHERING`); empty in evidence stored before it was read.
    occasions: frozenset[str] = frozenset()
    # The amounts told as rough or converted ("about $280 million", "rund 430 Millionen
    # Euro", "soit environ 300 millions d'euros", a figure in brackets beside another): only
    # such a figure may be another outlet's sum in another currency (see
    # same_event._amounts_may_agree and `_ROUGHLY`).
    rough_amounts: frozenset[str] = frozenset()
    # The donor's package by its number in the donor's series, "IT|12" for "Italy's 12th
    # military aid package" (title or first sentence; see `_package_ordinals`): it happens once.
    package_ordinals: frozenset[str] = frozenset()
    # The donor whose firms and Ukraine's are to make arms together, as the opening tells
    # it ("Finland and Ukraine sign deal to produce drones together", "gemeinsame
    # Produktion", "production conjointe"; see `_joint_ventures`): such a deal is read three
    # ways by the pledge extraction (no pledge, the donor's production, its pledge), so its
    # partner and day are what its reports share.
    ventures: frozenset[str] = frozenset()
    # "commentary" when the headline marks the piece as an analysis, a comment, an
    # editorial or an explainer ("Analysis:", "Kommentar:", "Éditorial :"; see
    # `_COMMENTARY`): its body may weigh several events of the week (see
    # same_event._pledges_agree); "week" when it marks a round-up of the week ("Week in
    # review:", "La semaine de ...", "Wochenrückblick"; see `_genres`).
    genres: frozenset[str] = frozenset()
    # The kinds of thing the lead names ("drones", "ammunition", "equipment" for radars;
    # item words and systems, see `_things_named`), whether or not a pledge was read from
    # them: what one agency's template sentence changes from one announcement to the next
    # (see matching._one_template_two_events).
    things: frozenset[str] = frozenset()
    # The governments the opening (title and first sentence) of a refusal names, Ukraine
    # and the groups aside: the refusing one and whom the refusal concerns. "Switzerland
    # will not allow Germany to pass ... on to Ukraine" names Switzerland and Germany, a
    # comment on "the Swiss refusal to let Madrid send ..." Switzerland and Spain (see
    # `_refusal_parties`): one government refuses the same kind of thing to several
    # would-be re-exporters, each its own decision.
    refusal_parties: frozenset[str] = frozenset()
    # What a denial denies, by kind: "pause" (a halt of deliveries), "withdrawal", "ban",
    # "cut" (see `_denied_matters`). One government may deny two reports about one system on
    # one day (a pause of deliveries to Ukraine, a withdrawal of its batteries from Poland).
    denied_matters: frozenset[str] = frozenset()
    # The pledge the opening tells first, its key ("FR|aircraft|delivered" for "France's
    # first Mirage jets have reached Ukraine, capping a day on which Paris also set aside
    # 100 million euros for drones and Spain promised six tanks"; see `_lead_pledge`): the
    # news a report leads with, which for a round-up of several governments' news is the
    # event it reports (see same_event._lead_untold).
    lead_pledge: frozenset[str] = frozenset()
    # A headline-only report telling a handing-over in the present (see `_told_in_either_phase`):
    # its pledges are told in both phases, decision and delivery (and keyed both as pledged
    # and as delivered in `pledges` and `headline_pledges`), and agree with either.
    either_phase: bool = False

    def is_empty(self) -> bool:
        return not (self.donors or self.systems or self.phases or self.counts or self.amounts or self.dates
                    or self.weekdays or self.pledges)

    def is_about_an_item(self) -> bool:
        """True when the article reports a government's pledge or its headline names a
        system. Otherwise it reports a meeting or a statement, which its day identifies.
        A headline naming only a group ("Allies pledge air defence at contact group
        meeting") heads a meeting's round-up, whatever pledges its body lists; so does one
        naming a group and the systems it pledged, when the opening names the standing
        meeting ("Contact group meets online, allies pledge Patriot and artillery"): what a
        group pledges at its meeting is the meeting's outcome, no government's pledge. And so is
        one whose headline names several governments (ROUND_UP_GOVERNMENTS) under an opening
        naming the standing meeting ("Hours before the Ramstein meeting, the US, Britain and
        Sweden announced new arms"): it weighs what the sitting brought, each government's
        own report of its pledge being another event; and the round-up of any other gathering
        (`weighs_several_governments_at_a_gathering`)."""
        if self.headline_groups and not self.headline_donors and (not self.headline_systems or self.meetings):
            return False
        if self.heads_several_governments_at_a_meeting() or self.weighs_several_governments_at_a_gathering():
            return False
        return bool(self.phases or self.headline_systems)

    def weighs_several_governments_at_a_gathering(self) -> bool:
        """The headline names no government, group or system, the lead tells a gathering
        and its opening names a summit by its country (`_gathering_at`), or the pledges are
        several governments', or it tells the gathering over: the round-up of a summit that
        is no standing meeting ("European leaders pledge more air defence for Ukraine at
        London summit", "A Londres, les alliés de Kiev promettent ..." with France, Britain
        and Poland announcing packages in the lead; "The London summit has ended. Starmer
        says leaders agreed ..."). Each government's own report of its pledge there is
        another event; the round-ups in several languages, which read the host's words or
        the governments named in their leads each its own way, are one. (Not governments
        announcing "three days before the Ramstein meeting": a standing meeting's round-ups
        are told apart by `heads_several_governments_at_a_meeting` and the groups their
        headlines name.)"""
        if (self.headline_donors or self.headline_groups or self.headline_systems or "meeting" not in self.occasions
                or "days ahead" in self.occasions or not all(key.startswith(SUMMIT_AT) for key in self.meetings)):
            return False
        summit = bool(self.meetings)
        return summit or "over" in self.occasions or len({key.split("|", 1)[0] for key in self.pledges}) >= 2

    def heads_several_governments_at_a_meeting(self) -> bool:
        """The headline names ROUND_UP_GOVERNMENTS or more governments and the opening a
        standing meeting: the meeting's round-up (see `is_about_an_item`)."""
        return (bool(self.meetings) and len(self.headline_donors) >= ROUND_UP_GOVERNMENTS
                and "days ahead" not in self.occasions)

    def to_dict(self) -> dict[str, list]:
        return {
            "donors": sorted(self.donors),
            "systems": sorted(self.systems),
            "headline_systems": sorted(self.headline_systems),
            "phases": sorted(self.phases),
            "counts": sorted(self.counts),
            "amounts": sorted(self.amounts),
            "dates": sorted(self.dates),
            "weekdays": sorted(self.weekdays),
            "pledges": sorted(self.pledges),
            "headline_donors": sorted(self.headline_donors),
            "counted": sorted(self.counted),
            "headline_pledges": sorted(self.headline_pledges),
            "counted_pledges": sorted(self.counted_pledges),
            "first_deliveries": sorted(self.first_deliveries),
            "later_deliveries": sorted(self.later_deliveries),
            "system_phases": sorted(self.system_phases),
            "headline_groups": sorted(self.headline_groups),
            "group_amounts": sorted(self.group_amounts),
            "meetings": sorted(self.meetings),
            "lead_meetings": sorted(self.lead_meetings),
            "occasions": sorted(self.occasions),
            "rough_amounts": sorted(self.rough_amounts),
            "package_ordinals": sorted(self.package_ordinals),
            "genres": sorted(self.genres),
            "ventures": sorted(self.ventures),
            "things": sorted(self.things),
            "refusal_parties": sorted(self.refusal_parties),
            "denied_matters": sorted(self.denied_matters),
            "lead_pledge": sorted(self.lead_pledge),
            "either_phase": self.either_phase,
        }

    @classmethod
    def stored_complete(cls, data: object) -> bool:
        """Does `to_dict` output hold every field this code reads? Evidence stored by an
        older pledgewatch lacks those added since (`occasions`, `rough_amounts` and
        `package_ordinals` came together, then `genres`, then `ventures`, then `things`, then
        `refusal_parties` and `denied_matters`, then `lead_pledge`, then `either_phase`),
        which `from_dict` reads as empty: the same as found nowhere in the article, which for
        a conflict or an agreement they may not be."""
        return isinstance(data, dict) and all(field.name in data for field in dataclass_fields(cls))

    @classmethod
    def from_dict(cls, data: object) -> EventEvidence:
        """Read `to_dict` output back. Raises ValueError on anything else."""
        if not isinstance(data, dict):
            raise ValueError("event evidence must be a JSON object")
        fields: dict[str, frozenset] = {}
        for name, kind in (("donors", str), ("systems", str), ("headline_systems", str), ("phases", str), ("counts", int), ("amounts", str),
                           ("dates", str), ("weekdays", int), ("pledges", str),
                           ("headline_donors", str), ("counted", str), ("headline_pledges", str),
                           ("counted_pledges", str), ("first_deliveries", str), ("later_deliveries", str),
                           ("system_phases", str), ("headline_groups", str), ("group_amounts", str),
                           ("meetings", str), ("lead_meetings", str), ("occasions", str),
                           ("rough_amounts", str), ("package_ordinals", str), ("genres", str),
                           ("ventures", str), ("things", str), ("refusal_parties", str),
                           ("denied_matters", str), ("lead_pledge", str)):
            values = data.get(name, [])
            if not isinstance(values, list) or not all(isinstance(v, kind) and not isinstance(v, bool)
                                                       for v in values):
                raise ValueError(f"event evidence {name!r} must be a list of {kind.__name__}")
            fields[name] = frozenset(values)
        either_phase = data.get("either_phase", False)
        if not isinstance(either_phase, bool):
            raise ValueError("event evidence 'either_phase' must be true or false")
        return cls(**fields, either_phase=either_phase)


def event_evidence(
    title: str, body: str, pledges: Iterable[Pledge], entities: Entities | None, lang: str | None = None
) -> EventEvidence:
    """What identifies the event of one article: from its extracted pledges and from
    the donors, systems, numbers and days its title and lead name. Without `entities`
    (the core reads no files; callers hand in bot.config.load_entities()) only the
    pledges, numbers and days speak."""
    pledges = tuple(pledges)
    # A correction note names what was wrong beside what is right ("to Monday from
    # Tuesday"): read, the wrong day would be one more day the report names.
    body = without_correction_notes(body)
    lead = f"{title}\n\n{body[:_LEAD_CHARS]}" if body else title
    # Who gives: the donors of the headline (see _headline_donors) and of the pledges,
    # except production contracts (a meeting report lists whose industry signed what) and
    # groups (below).
    headline_named, headline_donors = _headline_donors(title, pledges, entities)
    # A donor whose pledge is dated before the news, beside undated ones, is the context
    # one outlet recalls ("Last week Sweden pledged air defence" under Denmark's drones):
    # as with its pledge keys (`without_recalls`), it is not who gives in this event, and
    # would anchor the report to that donor's new pledge of the day.
    donors = headline_donors | {p.donor for p in without_recalls(pledges) if p.status != "production"}
    headline_systems = {name for name, _, _ in entities.find_systems(title)} if entities else set()
    system_spans = entities.find_systems(lead) if entities else []
    systems = {name for name, _, _ in system_spans}
    systems |= {p.system for p in pledges if p.system}
    money = find_money(lead, lang, conversions=True)
    aligned = fold_aligned(lead)  # (find_counts' spans are spans of the lead as written)
    designations = _designation_starts(lead, system_spans)
    counts = {
        c.value for c in find_counts(lead, lang, money=money, folded=aligned)
        if c.value >= MIN_TELLING_COUNT and not _PARTICIPANTS_AFTER.match(aligned, c.end)
        and c.start not in designations
    }
    folded = fold(lead)
    counts |= {p.quantity for p in pledges if p.quantity and p.quantity >= MIN_TELLING_COUNT}
    # Who gives what: the phase and pledge keys come from pledges that report an event,
    # not from a running total of what was delivered over the whole war.
    telling = tuple(p for p in pledges if not (p.status == "delivered" and RUNNING_TOTAL.search(folded)))
    # The promise a delivery of "the first [k] of N" recalls is background: "the first 14 of
    # the 18 promised tanks have arrived" reports the arrival, not the promise made months
    # before. (A promise told beside a delivery, "delivered 10 and promised 20 more", stays.)
    delivered = {(p.donor, p.category, p.evidence) for p in telling if p.status == "delivered"}
    telling = tuple(
        p for p in telling
        if not (p.status == "pledged" and (p.donor, p.category, p.evidence) in delivered
                and (FIRST_OF_SEVERAL.search(fold(p.evidence)) or _part_of_the_promise(p, lang)))
    )
    telling = without_recalls(telling)
    telling = tuple(replace(p, status="delivered") if promise_that_arrived(p) else p for p in telling)
    telling = tuple(
        replace(p, status="pledged") if thanked_for_deciding(p) or payment_for_what_arrived(p) else p for p in telling
    )
    # A count that names the event stands where wire copy puts the news, in the headline
    # or the first sentence; counts further down are context ("Douze canons ont déjà été
    # livrés" under the news of six more).
    opening = f"{title}\n\n{(sentences(body[:_LEAD_CHARS]) or [''])[0]}"
    meetings = (_meeting_of(fold(title), fold(opening))
                or _gathering_at(title, entities) or _gathering_at(opening, entities))
    countries_in_headline = {d for d in headline_donors if d not in GROUP_DONORS}
    if meetings and _countries_after_a_group_clause(title, entities):
        countries_in_headline = set()
    package_ordinals = _package_ordinals(_package_number_text(opening, body),
                                         countries_in_headline or donors - GROUP_DONORS)
    genres = _genres(fold(title))
    # An analysis of a donor's numbered package is about that package; its verbs tell
    # what the package builds on ("shells for the Archer howitzers Stockholm has already
    # sent", "two weeks after a package that added six of the guns"), read as deliveries
    # that conflicted in phase with every report of the package's announcement; read as
    # decided, the recalled "six" of the last package was a counted pledge of it, and read
    # as delivered, the pledges agreed with a delivery of the same system. Its pledges say
    # nothing of the event then: the package's number, donor, systems and sums do, and the
    # number still conflicts with another package's.
    if genres & {"commentary", "week"} and package_ordinals:  # (a factbox's lead is its news: kept)
        telling = ()
    headline_pledges = pledge_keys(
        p for p in telling if read_in(p, title) and not PLUPERFECT.search(fold(p.evidence))
    )
    # The facts that name one event on their own (see same_event.event_keys_shared) are taken only
    # from what the article reports as its news: pledges of its lead that its headline
    # reports, or any of its lead when the headline reports none. Wire copy recalls
    # earlier batches and first deliveries in the lead of other news ("Norway sends six
    # more F-16s; the first arrived in August"): such a recall is no report of them.
    news = tuple(p for p in telling if read_in(p, lead) and is_news(p, headline_pledges))
    ordinals = ordinal_deliveries(news, entities)
    headline_groups = _leading_groups(headline_named)
    amounts = [(f"{m.value:.2g} {_currency(m.currency, donors)}", m.start) for m in money if m.value >= 1e6]
    occasions = _occasions(folded) | _refusal_told(title, countries_in_headline) | _denial(fold(opening))
    # A headline alone telling a handing-over in the present is read as a promise; a delivery
    # is as likely, so it takes both phases and conflicts with neither report (see
    # `_told_in_either_phase`).
    either_phase = _told_in_either_phase(title, body, telling)
    phases = {PHASE_OF_STATUS[p.status] for p in telling if p.status in PHASE_OF_STATUS and p.donor not in GROUP_DONORS}
    system_phases = {f"{p.donor}|{p.system}|{PHASE_OF_STATUS[p.status]}"
                     for p in telling if p.system and p.status in PHASE_OF_STATUS and p.donor not in GROUP_DONORS}
    if either_phase:
        phases.add(PHASE_OF_STATUS["delivered"])
        system_phases |= {f"{p.donor}|{p.system}|{PHASE_OF_STATUS['delivered']}" for p in either_phase if p.system}
    return EventEvidence(
        donors=frozenset(d for d in donors if d not in GROUP_DONORS),
        systems=frozenset(systems),
        headline_systems=frozenset(headline_systems),
        # "The allies will send more tanks" is the background of every meeting report;
        # only a government's own pledge says which phase the event is in.
        phases=frozenset(phases),
        counts=frozenset(counts),
        amounts=frozenset(key for key, _ in amounts),
        rough_amounts=frozenset(key for key, start in amounts if _told_rough(lead, aligned, start)),
        package_ordinals=package_ordinals,
        dates=frozenset(dates_named(folded)),
        weekdays=frozenset(weekdays_named(folded)),
        pledges=pledge_keys(telling) | pledge_keys(replace(p, status="delivered") for p in either_phase),
        headline_donors=frozenset(countries_in_headline),
        headline_groups=headline_groups,
        meetings=meetings,
        lead_meetings=frozenset(key for key, pattern in _MEETINGS.items() if pattern.search(folded))
        or _gathering_at(lead, entities),
        occasions=occasions,
        refusal_parties=_refusal_parties(opening, telling, occasions, entities),
        denied_matters=_denied_matters(fold(opening)) if "denial" in occasions else frozenset(),
        lead_pledge=_lead_pledge(telling, opening, package_ordinals, entities),
        genres=genres,
        ventures=_joint_ventures(title, opening, countries_in_headline or donors - GROUP_DONORS),
        things=_things_named(lead, entities),
        group_amounts=_group_amounts(
            headline_groups or _unheaded_groups(headline_named, opening[len(title):], entities),
            countries_in_headline, [key for key, start in amounts if start < len(opening)]
        ),
        counted=frozenset(
            f"{p.quantity}|{PHASE_OF_STATUS.get(p.status, p.status)}"
            for p in pledges if p.quantity and p.quantity >= MIN_TELLING_COUNT
        ),
        headline_pledges=headline_pledges | pledge_keys(replace(p, status="delivered") for p in either_phase),
        counted_pledges=counted_pledge_keys(
            p for p in telling if read_in(p, lead) and read_in(p, opening) and is_counted_news(p, headline_pledges)
        ),
        first_deliveries=frozenset(system for system, nth in ordinals if nth == 1),
        later_deliveries=frozenset(f"{system}|{nth}" for system, nth in ordinals if nth > 1),
        system_phases=frozenset(system_phases),
        either_phase=bool(either_phase),
    )


# A handing-over told in the present in a headline (folded): "delivers", "hands ... over",
# "livre", "remet", "liefert", "übergibt" (not "to deliver"). Two matches are wider than
# the verb: "hands" is also the noun ("in Ukrainian hands"), and "liefern" is the German
# infinitive as well as the plural present; a future ("va livrer", "will liefern") is left
# out by _FUTURE_IN_HEADLINE, not here.
_PRESENT_HANDING_OVER = re.compile(
    r"(?<!\bto )(?<!\bwill )\bdeliver(?:s)?\b|\bhands\b|\blivr(?:e|ent)\b|\bremet(?:tent)?\b"
    r"|\bliefer(?:t|n)\b|\bubergib(?:t)?\b|\bubergeben\b"
)
# What makes a headline's verb a plan or a future: "Norway to send", "va livrer", "wollen ... liefern"
# ("will" is English's and German's at once).
_FUTURE_IN_HEADLINE = re.compile(
    r"\b(?:to (?:send|deliver|give|supply|provide)|will|would|plans?|set to|pledges?|promises?|va|vont|veut"
    r"|wird|werden|wollen|soll|sollen|plant|planen|kann|konnen|zusagen|sagt\w* zu)\b"
)


def _told_in_either_phase(title: str, body: str, telling: tuple[Pledge, ...]) -> tuple[Pledge, ...]:
    """The pledges of a headline-only report (no body, or a body of one sentence at most, and
    every pledge of the report read in the headline) read as promised from a headline telling a
    handing-over in the present ("L'Italie livre une batterie SAMP/T à l'Ukraine", "Denmark delivers
    Caesar howitzers to Ukraine"). The pledge extraction reads that narrative present as a promise
    unless an ordinal says otherwise; a body would correct it, a headline alone cannot, and feeds
    of headlines alone are common: its present is no phase evidence against the full report of a
    delivery. A headline in the future ("to send", "va livrer", "wollen liefern") is a decision
    and stays one."""
    folded_title = fold(title)
    if len(sentences(body)) > 1 or not _PRESENT_HANDING_OVER.search(folded_title) or _FUTURE_IN_HEADLINE.search(
            folded_title):
        return ()
    if any(not read_in(p, title) for p in telling):
        return ()
    return tuple(p for p in telling if p.status == "pledged" and p.donor not in GROUP_DONORS)


# The standing meetings about arms for Ukraine, by the names each language gives them (folded
# text): "Ukraine Defence Contact Group", "groupe de contact", "Ukraine-Kontaktgruppe", the
# "Ramstein" format. A round-up, a preview and a quote of one meeting share little more.
# The alliance's and the Union's ministers meet in the same city, often in the same week
# as the contact group, and their round-ups share its words ("allies", "air defence",
# "Brussels"): which meeting a round-up names is what tells them apart (see
# same_event.compare).
_MINISTERS = r"(?:defen[cs]e|foreign) ministers?|ministers?"
_LEADERS_MEET = (r"(?:meeting|met|meet|gathered|at (?:a|the|their) summit"
                 r"|(?:have|has) (?:wrapped up|ended|concluded|closed|opened) (?:a|the|their) summit)\b")
_MEETINGS = {
    "UDCG": re.compile(r"\bcontact group\b|\bgroupe de contact\b|kontaktgruppe|\bramstein\b|\budcg\b"),
    "NATO-MINISTERS": re.compile(
        rf"\bnato (?:{_MINISTERS})\b|\b(?:{_MINISTERS}) (?:of|from) nato\b|\bnato ministerial\b"
        r"|\bministres (?:de la defense |des affaires etrangeres )?de l.otan\b|\bministerielle de l.otan\b"
        r"|\bnato-(?:verteidigungs|aussen)?minister|\b(?:verteidigungs|aussen)minister\w* der nato\b"
    ),
    # A summit is where the leaders meet: "NATO leaders meeting in The Hague" (not "NATO
    # leaders" alone: they speak between summits too).
    "NATO-SUMMIT": re.compile(
        rf"\bnato summit\b|\bsommet de l.otan\b|\bnato-gipfel|\bnato leaders {_LEADERS_MEET}"
    ),
    "EU-MINISTERS": re.compile(
        rf"\b(?:eu|european union) (?:{_MINISTERS})\b|\bforeign affairs council\b"
        r"|\bministres (?:de la defense |des affaires etrangeres )?de l.(?:ue|union europeenne)\b"
        r"|\bministres europeens (?:de la defense|des affaires etrangeres)\b|\bconseil affaires etrangeres\b"
        r"|\beu-(?:verteidigungs|aussen)?minister|\b(?:verteidigungs|aussen)minister\w* der eu\b"
    ),
    "EU-SUMMIT": re.compile(
        r"\beu summit\b|\beuropean council\b|\bsommet (?:europeen|de l.ue)\b|\bconseil europeen\b|\beu-gipfel"
        rf"|\b(?:eu|european union) leaders {_LEADERS_MEET}"
    ),
}


def _meeting_of(folded_title: str, folded_opening: str) -> frozenset[str]:
    """The standing meeting a report's opening is about: the first its title names, else
    the first its first sentence names. Others named after it are its context: "Réunis
    jeudi à Bruxelles, les ministres de la Défense de l'Otan ..., deux jours après la
    réunion du groupe de contact mardi" is the NATO ministers' meeting, and naming the
    contact group's Tuesday must not make it one with that meeting's own round-ups."""
    for text in (folded_title, folded_opening):
        found = sorted((match.start(), key) for key, pattern in _MEETINGS.items() if (match := pattern.search(text)))
        if found:
            # ... unless the other is told as held alongside it: "NATO defence ministers meet
            # in Brussels as the contact group vows more air defence", "en marge de la
            # réunion du groupe de contact", "am Rande des Treffens der Kontaktgruppe": one
            # sitting, which either meeting's round-up may report.
            return frozenset(key for start, key in found
                             if start == found[0][0] or _ALONGSIDE_BEFORE.search(text, 0, start))
    return frozenset()


def _gathering_at(text: str, entities: Entities | None) -> frozenset[str]:
    """A summit or conference that is no standing meeting, by the country it sits in:
    "SUMMIT@GB" for "at London summit", "lors d'un sommet à Londres", "beim Gipfel in
    London". Its round-ups, a live entry telling it over and the governments' reports of
    what they pledged there name it so (see `_MEETINGS` for the standing ones; a press
    conference is no such gathering)."""
    if entities is None:
        return frozenset()
    aligned = fold_aligned(text)
    found = set()
    for pattern in _GATHERING_AT:
        for match in pattern.finditer(aligned):
            place = text[match.start("place"):match.end("place")]
            found |= {f"{SUMMIT_AT}{code}" for code, _, _ in entities.find_donors(place) if code not in GROUP_DONORS}
    return frozenset(found)


SUMMIT_AT = "SUMMIT@"
# A summit or conference and the place it sits in (folded text, aligned): after it, "summit
# in London", "sommet à Londres", "Gipfel in London"; or before it, "London summit"; or, in
# German, the place's "-er" adjective before it, "Londoner Gipfel", "Pariser Ukraine-Gipfel",
# "Warschauer Konferenz" (the place is the word without its "-er"; a word whose stem names
# no place, "neuer Gipfel", names none).
_GATHERING_AT = (
    re.compile(r"\b(?:summit|sommet|gipfel\w*|(?<!press )(?<!news )conference|konferenz)\s+(?:in|at|a|de|en|au)\s+"
               r"(?P<place>[\w'-]+)"),
    re.compile(r"\b(?P<place>[\w'-]+)\s+(?:summit|(?<!press )(?<!news )conference)\b"),
    re.compile(r"\b(?P<place>\w+?)er\s+(?:[\w]+-)?(?:gipfel|konferenz)"),
)


# Right before a second standing meeting named: it is held at the same time (folded text).
_ALONGSIDE_BEFORE = re.compile(
    r"\b(?:as|while|alongside|(?:on|at) the (?:sidelines|margins?) of|in the margins? of|en marge d(?:u|e la|es|e l')|"
    r"tandis que|alors que|parallelement a|am rande (?:des|der)|wahrend|parallel zu[mr]?)"
    r"(?: (?:the|a|la|le|les|l'|du|de|des|der|die|das|des|dem|den|einer?|eines?))?"
    r"(?: (?:\w+ ){0,2}(?:meeting|talks|reunion|treffens?|sitzung|tagung))?(?: (?:of|de|du|der|des))?(?: the| la| l'| le)? ?$"
)


# What wire copy writes right before a figure it rounds or converts from another currency
# (folded text, up to the figure): "about", "some", "roughly", "more than", "environ", "soit",
# "pres de", "plus d'", "rund", "etwa", "fast" (German: almost), "umgerechnet", "uber", or an
# opening bracket ("3 billion crowns ($280 million)"). A donor's own announcement states its
# sum plainly. (The pledge reader's words for a conversion, numbers.APPROXIMATELY, and a
# rounding's.) "over" and "über" are also what a verb or a noun puts before a plain sum:
# see `_told_rough`.
_ROUGHLY = re.compile(
    rf"(?:\b(?P<word>{APPROXIMATELY}|approx|an estimated|more than|over|quelque|approximativement|plus de|fast"
    r"|ungefahr|ca|uber|mehr als|gut)\.?|\bplus d['\u2019]|\()\s*(?:[$\u20ac\u00a3]|us\$|c\$|usd|eur)?\s*$"
)
# "over" that belongs to the word before it, not to the figure after: a verb's particle
# ("handed over $300 million", "turned over", "forked over") or what a quarrel is about ("a
# row over $60 billion", "Congress fights over", "talks over"). Not after verbs whose "over"
# is as often "more than" ("passed over $60 billion", "signed over $500 million in
# contracts"): there it stays rough. (Folded text, up to "over".)
_OVER_OF_ANOTHER_WORD = re.compile(
    r"\b(?:hand|hands|handed|handing|turn|turns|turned|turning|fork|forks|forked"
    r"|row|rows|dispute|disputes|fight|fights|fought|fighting|battle"
    r"|battles|clash|clashes|clashed|standoff|stand-off|wrangle|wrangles|wrangling|talks|negotiations"
    r"|disagreement|split|impasse|deadlock|feud|quarrel|argue|argues|argued|arguing|haggle|haggled|haggling)\s+$"
)
# The word before German "über", as written: a noun (capitalised inside a sentence) makes
# "über" tell what the noun amounts to, "ein Vertrag über 500 Millionen Euro", "ein Paket
# über 400 Millionen Dollar": the sum itself. "im Wert von über", "erhält über" stay "more
# than".
_WORD_BEFORE = re.compile(r"([^\W\d_][\w-]*)\s+$")
_SENTENCE_START = re.compile(r"(?:^|[.!?:;\"\u201e\u201c\u00ab]\s*|\n)\s*$")


def _told_rough(lead: str, folded: str, start: int) -> bool:
    """The figure starting at `start` is told rough or converted by its own qualifier: the
    word (or bracket) right before it, read as qualifying the figure and not as part of
    the words before it (see `_OVER_OF_ANOTHER_WORD`, `_WORD_BEFORE`). `folded` is
    `lead` folded with its offsets kept (numbers.fold_aligned)."""
    qualifier = _ROUGHLY.search(folded, 0, start)
    if qualifier is None:
        return False
    word = qualifier.group("word")
    if word == "over":
        return not _OVER_OF_ANOTHER_WORD.search(folded, 0, qualifier.start())
    if word == "uber":
        before = _WORD_BEFORE.search(lead, 0, qualifier.start())
        noun = (before is not None and before.group(1)[0].isupper()
                and not _SENTENCE_START.search(lead, 0, before.start()))
        return not noun
    return True


# A package's number in its donor's series, in folded text: "12th (military aid) package",
# "12e paquet (d'aide)", "12. Hilfspaket" / "22. Militarhilfepaket" / "12. Paket".
# In words as well ("eleventh package", "onzieme paquet", "elftes Paket", "ein elftes
# Militarpaket": bot/core/stories/ordinal_words.py), read as the same number.
_NTH_PACKAGE = re.compile(
    r"\b(\d{1,3})(?:st|nd|rd|th) (?:[a-z-]+ ){0,3}?(?:package|tranche)\b"
    r"|\b(\d{1,3})(?:e|eme|er) (?:paquet|tranche|train)\b"
    r"|\b(\d{1,3})\. ?[a-z]*paket\b"
    rf"|\b(?P<words>{ORDINAL_WORD_PATTERN}) (?:(?:[a-z-]+ ){{0,3}}?(?:package|tranche)|(?:paquet|tranche|train)"
    r"|(?:[a-z]+ )?[a-z]*paket)\b"
)
# Cheap test before the pattern above, most openings name no package.
_PACKAGE_WORD = re.compile(r"package|tranche|paquet|train|paket")


def _package_number(match: re.Match) -> int:
    """The number a match of _NTH_PACKAGE names, in digits or in words."""
    if match.group("words"):
        return ordinal_value(match.group("words"))
    return int(next(g for g in match.groups() if g))


# A sentence of the lead that says what number the news is in its donor's series, in
# folded text: "It is Denmark's 30th package", "Es ist das 30. Paket", "Il s'agit du 30e
# paquet", "C'est le 30e paquet". Wire copy that does not number the package in its
# headline or first sentence says so next. The number must be what the sentence says the
# news is (at most two words after "it is"): "It is the largest since Denmark's 19th
# package" recalls an earlier one, and so does any other sentence naming a package by its
# number ("after its 29th package in May"); "the 3rd package this year" counts the year's.
_ITS_NUMBER = re.compile(
    r"(?:it is|it's|this is|es ist|es handelt sich um|il s['\u2019]agit|c['\u2019]est)\s+(?:[\w'\u2019-]+\s+){0,2}?"
    rf"(?=\d|{ORDINAL_WORD_PATTERN}\b)"
)


def _package_number_text(opening: str, body: str) -> str:
    """The folded text a package's number is read in: the opening (headline and first
    sentence) and, from the lead's later sentences, each number told as what the news is
    (`_ITS_NUMBER`)."""
    told = []
    for sentence in map(fold, (sentences(body[:_LEAD_CHARS]) or [""])[1:]):
        sentence = sentence.strip()
        opener = _ITS_NUMBER.match(sentence)
        number = _NTH_PACKAGE.match(sentence, opener.end()) if opener else None
        if number and counts_the_series(sentence, number):
            told.append(number.group())
    return "\n".join([fold(opening), *told])


def _package_ordinals(folded_opening: str, donors: set[str] | frozenset[str]) -> frozenset[str]:
    """"IT|12" for "Italy approves its 12th military aid package": the numbers of the
    packages the opening names, keyed by the one donor of the report (none when it names
    several: whose twelfth would be a guess)."""
    if len(donors) != 1:
        return frozenset()
    (donor,) = donors
    if not _PACKAGE_WORD.search(folded_opening):
        return frozenset()
    return frozenset(f"{donor}|{_package_number(m)}" for m in _NTH_PACKAGE.finditer(folded_opening)
                     if counts_the_series(folded_opening, m))


def counts_the_series(folded: str, match: re.Match) -> bool:
    """Whether a match of _NTH_PACKAGE is the number of the package in its donor's series:
    not "the 2nd package this year", "second aid package in a week" (a period's count), nor
    "a second package", "ein zweites Paket" (another one): bot/core/stories/package_counts.py."""
    number = _package_number(match)
    if match.group("words") and another_one(folded, match.start(), number):
        return False
    return not counted_in_a_period(folded, match.start(), match.end(), number)


# The labels wire copy and newspapers put before a headline to mark a piece as no report of
# news but a view on it (folded text): "Analysis:", "Explainer:", "Comment:", "Opinion:",
# "Editorial:", "Analyse :", "Décryptage :", "Éditorial :", "Commentaire :", "Kommentar:",
# "Leitartikel:", "Hintergrund:", "Meinung:".
def _genres(folded_title: str) -> frozenset[str]:
    """"commentary" for an analysis, a comment or an explainer (`_COMMENTARY`); "background"
    for a wire's factbox, timeline or Q+A (`_BACKGROUND`); "week" for a round-up of the week
    (`_WEEK_ROUND_UP`), which tells several events of several days; "this week" for a
    headline saying "this week" (`_THIS_WEEK`), a round-up of the week when it names no
    government (see same_event._weighs_the_week)."""
    found = set()
    if _COMMENTARY.match(folded_title):
        found.add("commentary")
    if _BACKGROUND.match(folded_title):
        found.add("background")
    if _WEEK_ROUND_UP.search(folded_title):
        found.add("week")
    if _THIS_WEEK.search(folded_title):
        found.add("this week")
    return frozenset(found)


# The slugs agencies put before the headline of a background piece filed beside their news
# (bot.core.text.list_headings, shared with the pledge extractor). Such a piece lists what
# led to the day's news and recalls other governments' pledges; it is hung on the news its
# opening tells (see same_event._hung_on_its_lead).
_BACKGROUND = LIST_HEADING

# "This week" anywhere in a headline (folded text): "Air defence pledged to Ukraine this
# week", "Les armes promises à Kiev cette semaine", "Was Kiew diese Woche zugesagt wurde".
# Under a government's name it dates that government's news ("Swedish CV90s pledged this
# week already in Ukraine"); without one, it heads a list of the week's pledges.
_THIS_WEEK = re.compile(r"\b(?:this week|cette semaine|(?:in )?diese[rn]? woche)\b")


# A headline marking a round-up of the week (folded text), at its start or after a rubric:
# "Week in review: ...", "The week in Ukraine aid", "La semaine de l'aide à l'Ukraine :",
# "Retour sur la semaine", "Die Woche im Überblick", "Wochenrückblick". Each event of the
# week it tells has its own reports; joined to one of them, it would head that story or hide
# behind it, and its other events would be told as that one's.
_WEEK_ROUND_UP = re.compile(
    r"^(?:[^:|]{0,30}[:|]\s*)?(?:(?:the )?week in (?:review|ukraine|brief)|this week in|the week that was"
    r"|weekly (?:round-?up|wrap|digest)|la semaine (?:de|en|du|des|a|d')|retour sur la semaine|revue de la semaine"
    r"|die woche (?:im|in|der|des)|wochenruckblick|wochenbilanz|wochenuberblick)"
)


_COMMENTARY = re.compile(
    r"\s*(?:analysis|explainer|comment|commentary|opinion|editorial|analyse|decryptage|commentaire|tribune"
    r"|kommentar|leitartikel|hintergrund|meinung)\s*[:|\u2013\u2014-]"
)


# Making arms together, as wire copy tells a co-production deal (folded text): a word of
# togetherness and one of making in one sentence of the opening ("to build drones
# together", "gemeinsame Produktion von Abfangdrohnen", "la production conjointe",
# "produire des drones ensemble").
_TOGETHER = re.compile(r"\b(?:together|jointly|joint|co-?produc\w*|gemeinsam\w*|ensemble|conjointe?s?|communes?)\b")
_MAKING = re.compile(r"\b(?:produc\w*|build\w*|make|making|manufactur\w*|bauen|herstell\w*|fertig\w*|fabriqu\w*"
                     r"|fabrication)\b")


# What a joint production deal makes, by the stems the three languages share or compose
# (folded text: "Abfangdrohnen", "Artilleriegranaten", "obus de 155 mm"; not "obusiers").
_MADE_KINDS = {
    "drones": re.compile(r"dron|drohn"),
    "ammunition": re.compile(r"shell|obus(?!ier)|granat|munition|\bround"),
    "missiles": re.compile(r"missile|rakete|flugkorper"),
    "artillery": re.compile(r"howitzer|obusier|haubitze|\bcanons?\b|\bguns?\b"),
    "armour": re.compile(r"vehicle|blinde|fahrzeug|\btanks?\b|\bchars?\b|kampfpanzer"),
}


# Item words that name no kind of thing: a package, weapons in general, money (told by the
# amounts), a word that is training only next to trainees.
_NO_KIND_OF_THING = frozenset({"other", "funding", "training_weak"})


def _things_named(lead: str, entities: Entities | None) -> frozenset[str]:
    """The kinds of thing `lead` names (bot.core.pledges.item_words: a system counts as
    its category), given or not: "Radargeräten" is equipment where the extraction reads no
    pledge of it."""
    if entities is None:
        return frozenset()
    folded = fold_aligned(lead)
    return frozenset(
        mention.category for mention in item_mentions(lead, folded, as_ascii(folded), entities)
        if mention.category and mention.category not in _NO_KIND_OF_THING
    )


def _joint_ventures(title: str, opening: str, donors: set[str] | frozenset[str]) -> frozenset[str]:
    """"FI|drones" for "Finland and Ukraine sign deal to produce drones together": the one
    donor of a report whose headline or first sentence tells its firms and Ukraine's making
    arms together (`_TOGETHER`, `_MAKING`), with each kind of thing those sentences say are
    made (`_MADE_KINDS`; "FI|" when they name none). None when the report names several
    donors: whose deal it is would be a guess."""
    if len(donors) != 1:
        return frozenset()
    (donor,) = donors
    parts = [fold(part) for part in (title, *sentences(opening[len(title):].strip())[:1])]
    joint = [part for part in parts if _TOGETHER.search(part) and _MAKING.search(part)]
    if not joint:
        return frozenset()
    kinds = {kind for kind, pattern in _MADE_KINDS.items() if any(pattern.search(part) for part in joint)}
    return frozenset(f"{donor}|{kind}" for kind in kinds) or frozenset({f"{donor}|"})


def _occasions(folded: str) -> frozenset[str]:
    """"meeting" when the lead tells of a gathering, else "statement"; "over" beside a
    meeting the lead tells ended (`_MEETING_OVER`); and "preview" when it tells an
    announcement still to be made (`_ANNOUNCEMENT_AHEAD`)."""
    found = {"meeting"} if _GATHERING.search(folded) else {"statement"}
    if "meeting" in found and _MEETING_OVER.search(folded):
        found.add("over")
    if _ANNOUNCEMENT_AHEAD.search(folded):
        found.add("preview")
    if _MEETING_DAYS_AHEAD.search(folded):
        found.add("days ahead")
    return frozenset(found)


def _refusal_told(title: str, headline_countries: set[str]) -> frozenset[str]:
    """"refusal told" when the headline names a government and tells its refusal as a thing
    already made, by a noun ("Swiss veto leaves Ukraine's guns short of shells", "Was das
    Schweizer Nein für Kiew bedeutet", "le refus allemand"), not one it lifts: a comment, an
    explainer or an analysis of that refusal, filed a day later under its own day and often
    leading with what the refusal blocks (another government's guns, promised long
    before). See same_event._follows_up."""
    folded = fold(title)
    if (not headline_countries or not _REFUSAL_NOUN.search(folded) or _REFUSAL_LIFTED.search(folded)
            or _REFUSAL_RESTATED.search(folded)):
        return frozenset()
    return frozenset({"refusal told"})


def _denial(folded_opening: str) -> frozenset[str]:
    """"denial" when the headline or first sentence denies a report ("Pentagon denies pause
    in Patriot deliveries", "le Pentagone a démenti", "dementiert", "weist den Bericht
    zurück", "calls a report of a pause wrong"): the news is the denial, whose pledges the
    extraction reads as the thing denied (a refusal, a pause) or as the deliveries said to
    go on, one outlet one way and the next the other. See same_event.compare."""
    return frozenset({"denial"}) if _DENIES.search(folded_opening) else frozenset()


def _refusal_parties(opening: str, pledges: tuple[Pledge, ...], occasions: frozenset[str],
                     entities: Entities | None) -> frozenset[str]:
    """The governments the opening names, when it tells a refusal (a refused pledge, or a
    headline telling one by a noun). All of them, the refusing one too: which of two
    governments named is read refusing is the pledge extraction's guess ("Switzerland bars
    Denmark from passing ..." read as Denmark refusing), whom the refusal concerns is not.
    Ukraine, what every refusal here concerns, and the groups are left out; so is a
    government named only as where the refusal was said ("said on a visit to Paris": one
    outlet names the venue, the next does not, and the venue would set two copies apart)."""
    if entities is None or not ("refusal told" in occasions or any(p.status == "refused" for p in pledges)):
        return frozenset()
    folded = fold_aligned(opening)  # offsets into it are the opening's, as find_donors gives them
    beside = {code for code, start, _ in entities.find_donors(opening) if not _SAID_IN.search(folded, 0, start)}
    return frozenset(beside - GROUP_DONORS - {"UA"})


# Where something was said, before a place (folded): "in Paris", "on a visit to Warsaw",
# "bei einem Besuch in Paris", "lors d'une visite a Varsovie". Not French "a" alone, nor "to"
# or "an": "refuse a Copenhague", "re-export to Poland", "an Polen" name whom a refusal concerns.
_SAID_IN = re.compile(r"(?:\bin|\bvisit(?:ing| to)|\bvisite a)\s+$")


def _lead_pledge(pledges: tuple[Pledge, ...], opening: str, package_ordinals: frozenset[str],
                 entities: Entities | None) -> frozenset[str]:
    """The key of the pledge read in the opening (headline and first sentence) whose donor
    it names first, and of that donor's the one whose item it names first: a round-up
    leads with its event and names the day's other news after it ("France's first Mirage
    jets have reached Ukraine, capping a day on which Paris also set aside 100 million
    euros for drones and Spain promised six tanks"). A donor's numbered package counts as
    its pledge ("NO|package|pledged" for "Norway approved its twelfth package on
    Wednesday, on a day when Spain also promised 20 vehicles"): a package told by its
    number often has no item the extraction reads. Empty when neither is there."""
    folded = fold(opening)
    first_named: dict[str, int] = {}
    for code, start, _ in (entities.find_donors(opening) if entities else []):
        first_named.setdefault(code, start)
    unnamed = len(opening) + 1
    first: tuple[int, int, str] | None = None
    for pledge in pledges:
        key = pledge_keys((pledge,))
        evidence = fold(pledge.evidence).strip()
        if not key or not evidence or evidence not in folded:
            continue
        item = fold(pledge.item).strip()
        at = folded.find(item) if item else -1
        place = (first_named.get(pledge.donor, unnamed), at if at >= 0 else unnamed, next(iter(key)))
        if first is None or place < first:
            first = place
    if first is None:
        first = _retold_in_the_opening(pledges, folded, first_named)
    if package_ordinals and _PACKAGE_WORD.search(folded):
        package = next((m for m in _NTH_PACKAGE.finditer(folded) if counts_the_series(folded, m)), None)
        if package:
            donor = next(iter(package_ordinals)).rpartition("|")[0]
            place = (first_named.get(donor, unnamed), package.start(), f"{donor}|package|pledged")
            if first is None or place < first:
                first = place
    return frozenset({first[2]}) if first else frozenset()


def _retold_in_the_opening(pledges: tuple[Pledge, ...], folded_opening: str,
                          first_named: dict[str, int]) -> tuple[int, int, str] | None:
    """When no pledge was read from the opening itself: the place and key of the pledge whose
    donor and system (or item) the opening names, first named first. A factbox opens on the
    day's news ("Canada pledged a NASAMS system on Friday") and lists it again among older
    news ("* Canada - one NASAMS system ..."); the extraction keeps one record of the two, the
    list line's, whose words are not the opening's, but the opening still leads with it."""
    first = None
    for pledge in pledges:
        key = pledge_keys((pledge,))
        if not key or pledge.donor not in first_named:
            continue
        named = [fold(name).strip() for name in (pledge.system, pledge.item) if name]
        spots = [folded_opening.find(name) for name in named if name]
        spots = [at for at in spots if at >= 0]
        if not spots:
            continue
        place = (first_named[pledge.donor], min(spots), next(iter(key)))
        if first is None or place < first:
            first = place
    return first


def _denied_matters(folded_opening: str) -> frozenset[str]:
    """The kinds of thing a denial's opening says the report claimed (`_DENIED_MATTERS`)."""
    return frozenset(kind for kind, pattern in _DENIED_MATTERS.items() if pattern.search(folded_opening))


# What a report that a government denies may claim (folded text): a halt of deliveries, a
# withdrawal of its forces or systems, a ban on their use, a cut. Two denials of one day by
# one government are one event only when what they deny is of one kind (or one of them does
# not say): "denies pausing Patriot deliveries" and "dément vouloir retirer ses Patriot de
# Pologne" are two reports denied.
_DENIED_MATTERS = {
    "pause": re.compile(
        r"\b(?:paus|stop|suspen|freez|froze|interrupt)\w*|\bhalt(?:s|ed|ing)\b|\bhalt (?:to|of|in)\b"
        r"|\bceas(?:e|ed|es|ing)\b|\barret\w*|\bcess\w*"
        r"|\bstopp\w*|\bausgesetzt\b|\baussetz\w*|\beingestellt\b|\beinstell\w*|\bgestoppt\b"
    ),
    "withdrawal": re.compile(
        r"\bwithdr[ae]w\w*|\bpull(?:s|ed|ing)? (?:\w+ ){0,3}out\b|\bretir\w*|\bretrait\b|\babzug\w*|\babzieh\w*"
        r"|\babgezogen\b"
    ),
    "ban": re.compile(
        r"\bbar(?:s|red|ring)?\b|\bforb[ai]d\w*|\bbann?(?:ed|ing|s)?\b|\binterdi\w*|\bverbot\w*|\bverbiet\w*"
        r"|\buntersag\w*"
    ),
    "cut": re.compile(r"\bcut(?:s|ting)?\b|\breduc\w*|\bredui\w*|\bkurzung\w*|\bkurzt\b|\bgekurzt\b|\breduzier\w*"),
}


# Denying a report (folded text).
_DENIES = re.compile(
    r"\bden(?:y|ies|ied|ying)\b|\brejects? (?:a|the) (?:\w+ )?reports?\b"
    r"|\bcall(?:s|ed)? (?:a|the) (?:\w+ )?reports?\b[^.;]{0,60}\b(?:wrong|false|untrue|inaccurate)\b"
    r"|\bdement(?:i|ent|ait)?\b|\bdementi\b"
    r"|\bdementier\w*|\b(?:weist|wies)\b[^.;]{0,60}\bzuruck\b|\bzuruckgewiesen\b"
)


# A refusal named by a noun in a headline (folded text): "veto", "refusal", "rejection",
# "refus", "le non", "Nein", "Absage", "Weigerung", "Ablehnung". ("No" alone is every
# headline's "no decision yet".)
_REFUSAL_NOUN = re.compile(
    r"\bveto\b|\brefusal\b|\brejection\b|\brefus\b|\ble non\b|\bnein\b|\babsage\b|\bweigerung\b|\bablehnung\b"
)
# ... unless the headline tells it lifted: "Berlin drops its veto", "lève son veto", "gibt
# ihr Nein auf", "Veto aufgehoben" (a reversal is an event of its own).
_REFUSAL_LIFTED = re.compile(
    r"\b(?:lifts?|lifted|drops?|dropped|ends?|ended|reverses?|reversed|abandons?|scraps?|u-turn)\b"
    r"|\b(?:leve|levent|renonce|abandonne)\b|\baufgehoben\b|\bgibt\b.*\bauf\b|\bkehrtwende\b|\brucknahme\b"
)

# ... nor restated: "Greece sticks to its no", "bleibt beim Nein", "maintient son refus", "reaffirms its
# refusal" (the government saying no again, on the day its lead names, is news of that day).
_REFUSAL_RESTATED = re.compile(
    r"\b(?:sticks? to|stands? by|maintains?|maintained|reaffirms?|reaffirmed|reiterates?|reiterated|repeats?)\b"
    r"|\b(?:maintient|maintiennent|reaffirme|reitere|confirme)\b|\bbleib(?:t|en) (?:bei|beim)\b|\bbekraftig\w*"
)

# A meeting told as days away from what the lead reports: "two days before the contact group
# meets at Ramstein", "ahead of next week's NATO meeting", "à trois jours de la réunion",
# "eine Woche vor dem Treffen" (folded text). Governments announcing then give their own
# news, not the sitting's outcome (see EventEvidence.heads_several_governments_at_a_meeting);
# "hours before ministers met" is the meeting's day.
_MEETING_DAYS_AHEAD = re.compile(
    r"\b(?:days?|a week|weeks?) (?:before|ahead of)\b|\b(?:ahead of|before) next (?:week|month).s\b"
    r"|\b(?:a|de) (?:deux|trois|quatre|cinq|six|quelques|\d+) jours (?:de|avant)\b|\bjours avant\b"
    r"|\bune semaine avant\b|\b(?:reunion|sommet|rencontre) de la semaine prochaine\b"
    r"|\b(?:tage|eine woche|wochen) vor\b|\b(?:treffen|gipfel|sitzung)\w* (?:in der |der )?(?:nachsten|kommenden) woche\b"
)


# An announcement told as still to be made: "Germany is expected to announce more air
# defence", "is set to unveil", "l'Allemagne devrait annoncer", "s'apprête à dévoiler",
# "Berlin wird voraussichtlich ... zusagen", "Es wird erwartet, dass Berlin ... ankündigt"
# (folded text). Such a preview tells the coming decision, read by the pledge extraction as
# a debate ("discussed"); see same_event._previews.
_ANNOUNCEMENT_AHEAD = re.compile(
    r"\b(?:is|are) (?:expected|set|due|poised) to (?:announce|unveil|pledge|promise|commit|present)\b"
    r"|(?<!\bnot )\bexpected to (?:announce|unveil|pledge)\b"
    r"|\bdevrai(?:t|ent) (?:annoncer|devoiler|promettre|presenter)\b|\bs.appret(?:e|ent) a (?:annoncer|devoiler)\b"
    r"|\bvoraussichtlich\b[^.;]{0,80}\b(?:ankundigen|zusagen|bekanntgeben|vorstellen)\b"
    r"|\b(?:es wird erwartet|erwartet wird), dass\b[^.;]{0,80}\b(?:ankundigt|zusagt|bekanntgibt)\b"
)


# A meeting told ended: "the summit is over", "ministers have wrapped up their meeting",
# "la réunion s'est achevée", "das Treffen ist zu Ende" (folded text). A live blog's
# entry so told retells the sitting's outcome (see matching.MEETING_OVER_SIMILARITY).
_MEETING_OVER = re.compile(
    r"\b(?:is|are|was) (?:now )?over\b(?! (?:\d|a |an |the |half))|\b(?:has|have|had) (?:now )?(?:ended|finished|concluded|wrapped up|closed)\b"
    r"|\b(?:wrapped up|wound up|concluded|ended) (?:their|its|the) (?:meeting|talks|summit|session)\b"
    r"|\bs.est (?:achevee?s?|terminee?s?|close)\b|\ba pris fin\b|\bont (?:acheve|termine|clos) leurs?\b"
    r"|\bist (?:zu ende|beendet|vorbei)\b|\bsind (?:zu ende|beendet|vorbei)\b|\b(?:ging|gingen) zu ende\b"
    r"|\bbeendeten?\b"
)


# Any gathering, standing or not, as wire copy names it in English, French and German (folded
# text). A lead naming none reports a statement: an interview, a news conference, a speech
# (a news or press conference is where a statement is made, not a meeting).
_GATHERING = re.compile(
    r"\b(?:meet|meets|meeting|meetings|met|talks|gathering|gathered|summit|ministerial)\b"
    r"|(?<!news )(?<!press )\bconference\b"
    r"|\breunion|\breuni(?:e|s|es)?\b|\bsommet|\brencontre|\bpourparlers\b|\bconference(?! de presse)"
    r"|treffen|\btrafen\b|\bgetroffen\b|gipfel|\btagung|\bkonferenz|\bsitzung|\bberatungen\b|\bberieten\b"
    # ... ministers conferring ("beraten in Oslo über Ukraine-Hilfe", "haben ... beraten"):
    # a gathering whose place is its venue, not a giver (`_PLACE_OF_A_MEETING`).
    r"|\bberaten\b"
    # ... and met online: "by video conference", "par visioconférence", "tagt per
    # Videokonferenz" (not a leaders' "video call" or an address "by video link": those
    # are statements made elsewhere).
    r"|\bvideo ?conferences?\b|\bvideoconference|\bvisioconference|\ben visio\b"
    r"|videokonferenz|videoschalte|\btagt(?:e|en)?\b"
)


def _group_amounts(groups: frozenset[str], headline_countries: set[str], amounts: list[str]) -> frozenset[str]:
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


def _unheaded_groups(headline_named: list[str], first_sentence: str, entities: Entities | None) -> frozenset[str]:
    """For a headline that names no one ("Kommentar: Zwei Milliarden für Munition sind ein
    Anfang", "Editorial: a start, not more"), the groups its first sentence names before any
    country: a comment or an explainer says whose decision it is about in its lead ("Die
    zwei Milliarden Euro, die die EU am Donnerstag freigegeben hat"), as the decision's own
    reports say it in their headline."""
    if headline_named or entities is None:
        return frozenset()
    return _leading_groups([code for code, _, _ in entities.find_donors(first_sentence)])


# How many countries or ministers took part is every meeting's context, not a fact of one
# event: "over 50 countries" stands in the report of every contact-group meeting, "une
# cinquantaine de ministres" in the French one of another. (Folded text, after the count.)
_PARTICIPANTS_AFTER = re.compile(
    r"(?:\s+(?:de|d'|of|der|allied|nato|member|allies|partner|partenaires))*\s*"
    r"(?:countries|nations|states|allies|members|ministers|delegations|pays|etats|membres|ministres|"
    r"lander|landern|staaten|nationen|verbundete\w*|mitglied\w*|minister\w*|delegation\w*|partner\w*)\b"
)


# The gap between a system's name and a number that is part of its designation: "RBS 70",
# "RBS-70", "Aster 30", "Aster-30-Raketen".
_DESIGNATION_GAP = re.compile(r"[ \u00a0-]?")


# The crowns of each donor that pays in them: "1,2 Milliarden Kronen" under a Danish
# headline are the "1.2 billion Danish crowns" of the English copy.
_CROWNS_OF = {"DK": "DKK", "SE": "SEK", "NO": "NOK", "CZ": "CZK", "IS": "ISK"}


def _currency(currency: str, donors: set[str]) -> str:
    """The currency of an amount, crowns named without their country (numbers.CROWNS)
    read as those of the one donor of the article that pays in crowns; left as they are
    when none or several do (a Danish and a Swedish pledge in one report)."""
    if currency != CROWNS:
        return currency
    crowns = {_CROWNS_OF[donor] for donor in donors if donor in _CROWNS_OF}
    return crowns.pop() if len(crowns) == 1 else currency


def _designation_starts(lead: str, system_spans: list[tuple[str, int, int]]) -> set[int]:
    """Where a number written right after (or inside) a named system's name starts: the
    system's designation ("RBS 70", "Aster 30"), no count of anything. One outlet writes
    "RBS 70 missiles" and the next "RBS-70-Raketen" (no number read there): taken as a
    count, it would be a number the other report lacks, or contradicts."""
    starts = set()
    for _, start, end in system_spans:
        gap = _DESIGNATION_GAP.match(lead, end)
        if gap is not None and gap.end() < len(lead) and lead[gap.end()].isdigit():
            starts.add(gap.end())
        # A name that ends in its number ("RBS 70" as the entity lists spell it).
        digits = re.search(r"\d+$", lead[start:end])
        if digits is not None:
            starts.add(start + digits.start())
    return starts


def _headline_donors(
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


def _countries_after_a_group_clause(title: str, entities: Entities | None) -> bool:
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


def _leading_groups(named: list[str]) -> frozenset[str]:
    """The groups named before the first country, in reading order: "Allies pledge air
    defence" is about the allies, "Berlin to send two Patriot systems, Pistorius tells
    the allies" (a feed item headed by its first sentence) about Germany."""
    leading = set()
    for code in named:
        if code not in GROUP_DONORS:
            break
        leading.add(code)
    return frozenset(leading)


# "Vier der zehn", "four of the 10", "quatre des dix": a count of a part, then the whole it
# is part of. (Folded text, between the two counts.)
_PARTITIVE = re.compile(r"\s+(?:of|out of|der|von|aus|des|sur|d'entre)\s+(?:the |den |les )?$")


def _part_of_the_promise(pledge: Pledge, lang: str | None) -> bool:
    """The promise of N read from a sentence that tells k of those N delivered ("Vier der
    zehn Schützenpanzer, die Schweden zugesagt hatte, sind angekommen"): the arrival is the
    news, the promise its background, as with "the first k of N" (`FIRST_OF_SEVERAL`).
    Only a count of a part right before the promised count: "delivered 4 tanks and
    promised 10 more" tells a new promise."""
    if not pledge.quantity:
        return False
    counts = find_counts(pledge.evidence, lang)
    aligned = fold_aligned(pledge.evidence)
    return any(
        part.value < whole.value == pledge.quantity and _PARTITIVE.search(aligned[part.end:whole.start])
        for part, whole in zip(counts, counts[1:])
    )
