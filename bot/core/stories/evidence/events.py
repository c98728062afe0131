"""Event identity of an article: who gives what, in which phase, on which day.

Two reports of one event name the same donors and the same weapon systems, give the
same numbers and, in wire copy, the same day ("on Wednesday", "mercredi 25 janvier",
"am 25. Januar"). Two different events on one busy day may share the war, the
vocabulary and even the donor (two German announcements) but differ in at least one
of these. So this module reduces an article to `EventEvidence` - language-neutral
codes taken from the extracted pledges and from entity mentions (the days named come
from bot.core.stories.evidence.named_days; which pledges are the article's news, and the keys
they are compared by, from bot.core.stories.evidence.pledge_news). Whether two articles' evidence conflicts (then they
are never one story) and how much specific evidence they share is decided apart, in
bot.core.stories.scoring.same_event.

The evidence holds codes, never words of one language: donor codes (DE, FR, US),
canonical system names (Leopard 2, F-16), counts and amounts as numbers, dates as
"day-month", weekdays as 0..6.

This module holds the evidence and puts it together (`event_evidence`); each reading of the
opening it needs is a module of its own: who the headline names as giving
(headline_givers.py), the gatherings and occasions told (gatherings.py), how counts and sums
are told (figures_told.py), a package's number in its donor's series (package_ordinals.py),
the kind of piece (genres.py), refusals and denials (refusals_told.py), the pledge the
opening leads with (lead_pledges.py) and the kinds of thing named (things_named.py).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from dataclasses import fields as dataclass_fields

from bot.core.models import Pledge
from bot.core.pledges.passes.entities import GROUP_DONORS, Entities
from bot.core.pledges.quantities.numbers import find_counts, find_money, fold_aligned
from bot.core.pledges.special_pieces.audits import tells_an_audit
from bot.core.stories.evidence.approvals import approval_recalled, approval_told, chamber_voting, without_earlier_votes
from bot.core.stories.evidence.decisions_approved import without_recalled_decision_days
from bot.core.stories.evidence.fund_payments import fund_payment_told
from bot.core.stories.evidence.gathering_labels import groups_in_a_gathering_label
from bot.core.stories.evidence.gatherings import MEETINGS, SUMMIT_AT, gathering_at, meeting_of, occasions_told
from bot.core.stories.evidence.genres import headline_genres
from bot.core.stories.evidence.government_purchases import firms_own_makings, purchases_previewed
from bot.core.stories.evidence.headline_givers import (
    countries_after_a_group_clause,
    donor_sums,
    donor_totals,
    givers_in_headline,
    group_amounts,
    leading_groups,
    unheaded_groups,
)
from bot.core.stories.evidence.headline_people import government_of_heading_person
from bot.core.stories.evidence.joint_shares import partners_of_a_share
from bot.core.stories.evidence.lead_pledges import headline_figures_bind, lead_pledge, told_in_either_phase
from bot.core.stories.evidence.meeting_round_ups import rounds_up_a_meeting
from bot.core.stories.evidence.named_days import dates_named, weekdays_named
from bot.core.stories.evidence.pledge_cuts import cut_told
from bot.core.stories.evidence.pledge_news import (
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
from bot.core.stories.evidence.recalled_clauses import inside, recall_spans, recalled_pledges
from bot.core.stories.evidence.refusals_told import denial, denied_matters, refusal_parties, refusal_told
from bot.core.stories.evidence.supply_told import supply_told
from bot.core.stories.evidence.thanks import thanks_told
from bot.core.stories.evidence.things_named import joint_ventures, things_named
from bot.core.stories.evidence.told_so_far import so_far_spans, told_so_far
from bot.core.stories.figures.figures_corrected import corrected_counts
from bot.core.stories.figures.figures_told import (
    PARTICIPANTS_AFTER,
    completed_deliveries,
    currency_of,
    designation_starts,
    part_of_the_promise,
    sum_key,
    told_as_total,
    told_as_total_or_rate,
    told_rough,
)
from bot.core.stories.figures.package_ordinals import numbered_packages, package_number_text
from bot.core.stories.own_reports.revisions import without_correction_notes
from bot.core.text import fold, sentences

# Group donors ("the allies", NATO; bot.core.pledges.passes.entities.GROUP_DONORS) appear in
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
    # its opening names, "EU|2e+09 EUR" (see `group_amounts`).
    group_amounts: frozenset[str] = frozenset()
    # A new total its one government's headline tells its aid raised to, "DE|8e+09 EUR" (see
    # headline_givers.donor_totals): with the same day named, it names one decision across languages.
    donor_totals: frozenset[str] = frozenset()
    # A sum one government's headline or first sentence tells plainly with two figures or more, "IE|1.2e+07 EUR" (see
    # headline_givers.donor_sums): within hours, it names one decision across languages.
    donor_sums: frozenset[str] = frozenset()
    # The standing meeting the title names first, else the first sentence, "UDCG" (see
    # `MEETINGS` and `meeting_of`).
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
    # military aid package" (title or first sentence; see `numbered_packages`): it happens once.
    package_ordinals: frozenset[str] = frozenset()
    # The donor whose firms and Ukraine's are to make arms together, as the opening tells
    # it ("Finland and Ukraine sign deal to produce drones together", "gemeinsame
    # Produktion", "production conjointe"; see `joint_ventures`): such a deal is read three
    # ways by the pledge extraction (no pledge, the donor's production, its pledge), so its
    # partner and day are what its reports share.
    ventures: frozenset[str] = frozenset()
    # "commentary" when the headline marks the piece as an analysis, a comment, an
    # editorial or an explainer ("Analysis:", "Kommentar:", "Éditorial :"; see
    # `_COMMENTARY`): its body may weigh several events of the week (see
    # same_event._pledges_agree); "week" when it marks a round-up of the week ("Week in
    # review:", "La semaine de ...", "Wochenrückblick"; see `headline_genres`); "audit" when the opening tells
    # one; "meeting round-up" when a headline naming one government heads a lead telling a gathering whose opening
    # names other governments giving there (see meeting_round_ups).
    genres: frozenset[str] = frozenset()
    # The kinds of thing the lead names ("drones", "ammunition", "equipment" for radars;
    # item words and systems, see `things_named`), whether or not a pledge was read from
    # them: what one agency's template sentence changes from one announcement to the next
    # (see story_score._one_template_two_events).
    things: frozenset[str] = frozenset()
    # The governments the opening (title and first sentence) of a refusal names, Ukraine
    # and the groups aside: the refusing one and whom the refusal concerns. "Switzerland
    # will not allow Germany to pass ... on to Ukraine" names Switzerland and Germany, a
    # comment on "the Swiss refusal to let Madrid send ..." Switzerland and Spain (see
    # `refusal_parties`): one government refuses the same kind of thing to several
    # would-be re-exporters, each its own decision.
    refusal_parties: frozenset[str] = frozenset()
    # What a denial denies, by kind: "pause" (a halt of deliveries), "withdrawal", "ban",
    # "cut" (see `denied_matters`). One government may deny two reports about one system on
    # one day (a pause of deliveries to Ukraine, a withdrawal of its batteries from Poland).
    denied_matters: frozenset[str] = frozenset()
    # What a report that denies nothing says a government stopped, by the same kinds
    # ("Italy has halted arms shipments, paper says": "pause"), when it tells only refusals:
    # the claim a denial of the day may answer (see same_event._denies_report).
    halts_reported: frozenset[str] = frozenset()
    # The counts told rough ("about 400,000 shells", "rund 400.000 Granaten", "environ
    # 500 000 obus"): another outlet may give another round figure for the same thing (see
    # same_event._counts_close).
    rough_counts: frozenset[int] = frozenset()
    # The pledge the opening tells first, its key ("FR|aircraft|delivered" for "France's
    # first Mirage jets have reached Ukraine, capping a day on which Paris also set aside
    # 100 million euros for drones and Spain promised six tanks"; see `lead_pledge`): the
    # news a report leads with, which for a round-up of several governments' news is the
    # event it reports (see same_event._lead_untold).
    lead_pledge: frozenset[str] = frozenset()
    # The sums of the pledges it leads with, at full precision: one payment told two ways is
    # one lead only when these match (same_event.one_payment_told_two_ways), not when any sum
    # of the report does (another donor's, or $1.2bn against $1.25bn at `amounts`' 2 digits).
    lead_amounts: frozenset[str] = frozenset()
    # A headline-only report telling a handing-over in the present (see `told_in_either_phase`):
    # its pledges are told in both phases, decision and delivery (and keyed both as pledged
    # and as delivered in `pledges` and `headline_pledges`), and agree with either.
    either_phase: bool = False
    # The counts of one government's system told in the headline, small ones too, "NL|Patriot|2": the figure a headline
    # alone told in either phase shares with the decision's reports (same_event._present_headline_beside_decision).
    # Kept apart from `counts`, whose counts under MIN_TELLING_COUNT recur too often to make a shared detail.
    headline_system_counts: frozenset[str] = frozenset()

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
        (`weighs_several_governments_at_a_gathering`), and a meeting's round-up headed by one government whose opening
        names others giving there (the genre "meeting round-up", meeting_round_ups)."""
        if self.headline_groups and not self.headline_donors and (not self.headline_systems or self.meetings):
            return False
        if (self.heads_several_governments_at_a_meeting() or self.weighs_several_governments_at_a_gathering()
                or "meeting round-up" in self.genres):
            return False
        # A government's purchase from makers keys as its pledge but tells no phase (a contract can accompany any:
        # government_purchases): "Netherlands to fund 500 million euros of Ukrainian-made drones" is about an item.
        return bool(self.phases or self.headline_systems or self.pledges)

    def weighs_several_governments_at_a_gathering(self) -> bool:
        """The headline names no government, group or system, the lead tells a gathering
        and its opening names a summit by its country (`gathering_at`), or the pledges are
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
            "donor_totals": sorted(self.donor_totals),
            "donor_sums": sorted(self.donor_sums),
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
            "halts_reported": sorted(self.halts_reported),
            "rough_counts": sorted(self.rough_counts),
            "lead_pledge": sorted(self.lead_pledge),
            "lead_amounts": sorted(self.lead_amounts),
            "either_phase": self.either_phase,
            "headline_system_counts": sorted(self.headline_system_counts),
        }

    @classmethod
    def stored_complete(cls, data: object) -> bool:
        """Does `to_dict` output hold every field this code reads? Evidence stored by an
        older pledgewatch lacks those added since (`occasions`, `rough_amounts` and
        `package_ordinals` came together, then `genres`, then `ventures`, then `things`, then
        `refusal_parties` and `denied_matters`, then `lead_pledge`, then `either_phase`, then
        `halts_reported` and `rough_counts`, then `donor_totals` and `donor_sums`, then
        `headline_system_counts`),
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
                           ("donor_totals", str), ("donor_sums", str),
                           ("meetings", str), ("lead_meetings", str), ("occasions", str),
                           ("rough_amounts", str), ("package_ordinals", str), ("genres", str),
                           ("ventures", str), ("things", str), ("refusal_parties", str),
                           ("denied_matters", str), ("lead_pledge", str), ("lead_amounts", str),
                           ("halts_reported", str),
                           ("rough_counts", int), ("headline_system_counts", str)):
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
    # The last part of a promise arriving is the delivery of the whole ("the last four of the 20"):
    # what the other outlets count (`completed_deliveries`).
    pledges = completed_deliveries(tuple(pledges), lang)
    # A correction note names what was wrong beside what is right ("to Monday from
    # Tuesday"): read, the wrong day would be one more day the report names.
    body = without_correction_notes(body)
    lead = f"{title}\n\n{body[:_LEAD_CHARS]}" if body else title
    # Who gives: the donors of the headline (see givers_in_headline) and of the pledges,
    # except production contracts (a meeting report lists whose industry signed what) and
    # groups (below).
    headline_named, headline_donors = givers_in_headline(title, pledges, entities)
    # A headline headed by a minister's surname the entity lists do not know ("Feldmann sagt in Ramstein ... zu") is
    # that government's news, not the meeting's whose place it names (headline_people).
    if entities and (government := government_of_heading_person(title, lead, pledges, entities.find_donors(title))):
        headline_named, headline_donors = [government, *headline_named], headline_donors | {government}
    # A partner's report of its share of a joint act is headed by the act's partners (joint_shares).
    headline_donors = headline_donors | partners_of_a_share(lead, pledges, frozenset(headline_donors))
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
    designations = designation_starts(lead, system_spans)
    # A clause recalling the government's earlier act ("hours after pledging EUR 500 million for
    # drones") tells figures of that act, not of this report's news (recalled_clauses).
    recalls = recall_spans(aligned)
    # ... and so does a sentence of what the donor has given so far ("hat bislang drei Patriot-Systeme
    # übergeben"): one outlet recalls it, the next does not (told_so_far)
    recalls += so_far_spans(aligned)
    money = [m for m in money if not inside(recalls, m.start)]
    found_counts = [
        c for c in find_counts(lead, lang, money=money, folded=aligned)
        if c.value >= MIN_TELLING_COUNT and not PARTICIPANTS_AFTER.match(aligned, c.end)
        and c.start not in designations and not inside(recalls, c.start)
    ]
    counts = {c.value for c in found_counts}
    folded = fold(lead)
    news = f"{title}\n{(sentences(body[:_LEAD_CHARS]) or [''])[0]}"  # (what told_so_far never takes as background)
    counts |= {
        p.quantity for p in pledges if p.quantity and p.quantity >= MIN_TELLING_COUNT and not told_so_far(p, news)
    }
    # A correction's wrong figure ("12 howitzers, not 18") is the figure of the reports it corrects: counted below in
    # the correction's own phases, it is a figure shared with them, not a batch recalled (figures_corrected).
    corrected = {n for n in corrected_counts(folded) if n >= MIN_TELLING_COUNT}
    counts |= corrected
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
                and (FIRST_OF_SEVERAL.search(fold(p.evidence)) or part_of_the_promise(p, lang)))
    )
    telling = without_recalls(telling)
    # (a delivery told as given so far is background too, unless it is all the report tells)
    telling = tuple(p for p in telling if not told_so_far(p, news)) or telling
    # ... and so does a pledge named only in such a clause, unless it is all the report tells.
    telling = tuple(p for p in telling if p not in recalled_pledges(telling)) or telling
    telling = tuple(replace(p, status="delivered") if promise_that_arrived(p) else p for p in telling)
    first_sentence = (sentences(body[:_LEAD_CHARS]) or [''])[0]
    telling = tuple(
        replace(p, status="pledged") if thanked_for_deciding(p, first_sentence) or payment_for_what_arrived(p) else p
        for p in telling
    )
    # (a purchase in a preview of an announcement is the order still to be announced: government_purchases)
    # (... and a firm's own making, "Rheinmetall will build a shell plant", no government's purchase: ibid.)
    telling = purchases_previewed(firms_own_makings(telling, entities), "preview" in occasions_told(folded))
    # A count that names the event stands where wire copy puts the news, in the headline
    # or the first sentence; counts further down are context ("Douze canons ont déjà été
    # livrés" under the news of six more).
    opening = f"{title}\n\n{first_sentence}"
    meetings = (meeting_of(fold(title), fold(opening))
                or gathering_at(title, entities) or gathering_at(opening, entities))
    countries_in_headline = {d for d in headline_donors if d not in GROUP_DONORS}
    if meetings and countries_after_a_group_clause(title, entities):
        countries_in_headline = set()
    package_donors = countries_in_headline or donors - GROUP_DONORS
    package_text = package_number_text(opening, body[:_LEAD_CHARS])
    package_ordinals = numbered_packages(
        package_text, package_donors,
        entities.find_donors(package_text) if entities and len(package_donors) > 1 else ())
    genres = headline_genres(fold(title))
    # (an audit or an inquiry of past giving, told in the opening, is news of its own: same_event's "genre")
    if tells_an_audit(fold(opening)):
        genres |= {"audit"}
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
    # A group named only in a label of the gathering ("Nato-Treffen: London schickt ...") is where, not who
    # (gathering_labels).
    labelled = groups_in_a_gathering_label(title, entities)
    headline_groups = leading_groups([code for code in headline_named if code not in labelled])
    amounts = [(f"{sum_key(m.value)} {currency_of(m.currency, donors)}", m.start) for m in money if m.value >= 1e6]
    # A fund's new total or a rate per year is not the sum a group decided (figures_told.told_as_total_or_rate).
    totals_or_rates = {m.start for m in money if told_as_total_or_rate(aligned, m.start, m.end)}
    totals = {m.start for m in money if told_as_total(aligned, m.start, m.end)}
    # A vote recalled in a clause setting it before the news names the vote's day, not this report's (approvals.py).
    days_told = without_earlier_votes(without_recalled_decision_days(folded))
    occasions = (occasions_told(folded) | refusal_told(title, countries_in_headline) | denial(fold(opening))
                 | approval_told(folded) | chamber_voting(folded) | thanks_told(fold(title), folded)
                 | approval_recalled(folded) | supply_told(folded) | cut_told(fold(title), fold(opening))
                 | fund_payment_told(folded))
    # A meeting's round-up headed by one government, its opening naming others giving there, is no report of that
    # government's announcement (same_event._subjects_differ, meeting_round_ups).
    if rounds_up_a_meeting(body[:_LEAD_CHARS], telling, countries_in_headline, occasions, entities):
        genres |= {"meeting round-up"}
    # A headline alone telling a handing-over in the present is read as a promise; a delivery
    # is as likely, so it takes both phases and conflicts with no report of a delivery, nor with
    # one of a decision that names its figure (see `told_in_either_phase` and
    # same_event._present_headline_beside_decision).
    either_phase = told_in_either_phase(title, body, telling)
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
        rough_amounts=(rough := frozenset(key for key, start in amounts if told_rough(lead, aligned, start))),
        package_ordinals=package_ordinals,
        # A vote's report naming the day of the government's decision it approves: that day is the
        # announcement's, no day of the vote (decisions_approved).
        dates=frozenset(dates_named(days_told)),
        weekdays=frozenset(weekdays_named(days_told)),
        pledges=pledge_keys(telling) | pledge_keys(replace(p, status="delivered") for p in either_phase),
        headline_donors=frozenset(countries_in_headline),
        headline_groups=headline_groups,
        meetings=meetings,
        lead_meetings=frozenset(key for key, pattern in MEETINGS.items() if pattern.search(folded))
        or gathering_at(lead, entities),
        occasions=occasions,
        refusal_parties=refusal_parties(opening, telling, occasions, entities),
        denied_matters=denied_matters(fold(opening)) if "denial" in occasions else frozenset(),
        halts_reported=denied_matters(fold(opening)) if "denial" not in occasions and phases == {"refusal"}
        else frozenset(),
        rough_counts=frozenset(c.value for c in found_counts if told_rough(lead, aligned, c.start)),
        lead_pledge=(leading := lead_pledge(telling, opening, package_ordinals, entities)),
        lead_amounts=frozenset(f"{p.value:.6g} {p.currency}" for p in telling
                               if p.value and pledge_keys((p,)) & leading),
        genres=genres,
        ventures=joint_ventures(title, opening, countries_in_headline or donors - GROUP_DONORS),
        things=things_named(lead, entities),
        donor_totals=donor_totals(
            countries_in_headline, [key for key, start in amounts if start < len(opening) and start in totals]),
        donor_sums=donor_sums(countries_in_headline, [
            key for key, start in amounts if start < len(opening) and start not in totals_or_rates
            and key not in rough]),
        group_amounts=group_amounts(
            headline_groups or unheaded_groups(headline_named, opening[len(title):], entities),
            countries_in_headline, [key for key, start in amounts if start < len(opening) and start not in totals_or_rates]
        ),
        # A headline alone told in either phase counts its things in both ("Denmark sends six more
        # F-16 jets": the six delivered of the full report too, stories round 23).
        counted=frozenset(
            f"{p.quantity}|{PHASE_OF_STATUS.get(p.status, p.status)}"
            for p in (*pledges, *(replace(p, status="delivered") for p in either_phase))
            if p.quantity and p.quantity >= MIN_TELLING_COUNT
        ) | frozenset(f"{n}|{phase}" for n in corrected for phase in phases),
        headline_pledges=headline_pledges | pledge_keys(replace(p, status="delivered") for p in either_phase),
        counted_pledges=counted_pledge_keys(
            p for p in telling if read_in(p, lead) and read_in(p, opening) and is_counted_news(p, headline_pledges)
        ),
        first_deliveries=frozenset(system for system, nth in ordinals if nth == 1),
        later_deliveries=frozenset(f"{system}|{nth}" for system, nth in ordinals if nth > 1),
        system_phases=frozenset(system_phases),
        either_phase=bool(either_phase),
        headline_system_counts=_headline_system_counts(title, lang, telling, headline_systems)
        if not either_phase or headline_figures_bind(body) else frozenset(),
    )


def _headline_system_counts(title: str, lang: str | None, telling: tuple[Pledge, ...],
                            headline_systems: set[str]) -> frozenset[str]:
    """"NL|Patriot|2" for each government's pledge of a system the headline names, counted as the headline counts
    it ("Dutch to send Ukraine two more Patriot launchers" over a lead reading two of them): the headline's
    figure, small ones too (EventEvidence.headline_system_counts)."""
    if not headline_systems:
        return frozenset()
    told = {c.value for c in find_counts(title, lang)}
    return frozenset(f"{p.donor}|{p.system}|{p.quantity}" for p in telling
                     if p.system in headline_systems and p.quantity in told and p.donor not in GROUP_DONORS)
