"""Do two articles report one event? `compare` takes the `EventEvidence` of each (see
bot.core.stories.evidence.events, which reads it from an article) and says whether they
conflict, two different answers to one question (other donors, other systems, a
decision against a delivery, another day), in which case they are never one story, and
how much specific evidence they share, which the story matcher adds to its text
similarity (bot.core.stories.matching).

Apart from the reading of the evidence: these rules decide which reports join, and are
tuned on pairs of reports (bench/bench_story_pairs.py); the reading is tuned on single
articles' pledges and mentions."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date

from bot.core.pledges.quantities.numbers import CROWNS
from bot.core.stories.evidence.approvals import (
    APPROVAL_EARLIER,
    APPROVAL_GIVEN,
    APPROVAL_PENDING,
    APPROVAL_RECALLED,
    LOWER_CHAMBER_VOTE,
    PROCEDURAL_STEP,
    UPPER_CHAMBER_VOTE,
)
from bot.core.stories.evidence.events import EventEvidence
from bot.core.stories.evidence.fund_payments import FUND_NAMED, FUND_PAYMENT
from bot.core.stories.evidence.pledge_cuts import PLEDGE_CUT
from bot.core.stories.evidence.pledge_news import PHASE_OF_STATUS, category_family
from bot.core.stories.evidence.supply_told import SUPPLY_TOLD
from bot.core.stories.evidence.thanks import THANKS_TOLD
from bot.core.stories.scoring.calibres import systems_beside
from bot.core.stories.scoring.group_decisions import group_decisions_differ, group_sums_shared, kinds_differ

# Two reports agree on their pledges when the keys both name are at least this share of
# all the keys either names (Jaccard; see `_pledges_agree`).
_PLEDGE_AGREEMENT = 0.5


@dataclass(frozen=True, slots=True)
class EventMatch:
    """The verdict on two articles' evidence.

    `conflict` names the first question the two answer differently ("donors", "meeting",
    "systems", "product", "kinds", "subject", "genre", "party", "matter", "phase", "step", "act", "date",
    "weekday", "ordinal", "count"; empty when none). `anchors` counts the shared donors and systems: who gives
    what. `details` counts the shared numbers and dates: what makes a coincidence unlikely
    when one donor gives one system twice (the decision in January, the delivery in March).
    `days` counts the shared dates and weekdays; `systems` the shared systems.
    `pledges_agree` says the two report the same pledges (see `_pledges_agree`), with nothing in their numbers or
    headlines saying otherwise."""

    conflict: str
    anchors: int
    details: int
    days: int = 0
    pledges_agree: bool = False
    systems: int = 0  # the shared systems among the anchors
    # The same event named by what only it can be (see `event_keys_shared`): the same
    # counted pledge, or the first delivery of the same system.
    event_keys: int = 0
    # Both headlines name one donor's system, told in the same phase on both sides (see
    # `_headline_systems_agree`).
    headline_systems_agree: bool = False
    # The standing meetings both name in their opening (see EventEvidence.meetings).
    meetings: int = 0
    # One side previews the decision the other reports (see `_previews`).
    previews: bool = False
    # One side comments on the refusal the other reports (see `_follows_up`).
    follows_up: bool = False
    # Both deny a report (refusals_told.denial): the denial is their news, not the pledges read.
    denials: bool = False
    # Both tell nothing but refusals (see `_only_refusals`).
    refusals: bool = False
    # One side denies the halt the other reports, of the same government (see `_denies_report`),
    # or both deny a report of the same kind of halt.
    denies_report: bool = False
    # Both report the same kind of halt by the same government, neither denying it (see `_halts_agree`).
    halts_agree: bool = False
    # The same pledges but for their counts, which are close (see `_counts_close`): outlets
    # quoting different figures for one delivery.
    close_figures: bool = False
    # Both headlines tell a thanks to the same governments, at least two, on the same day named
    # (see `_thanks_shared`).
    thanks: bool = False
    # The same sum decided by the same group its headline is about, named no country ("EU|1.5e+09 EUR":
    # EventEvidence.group_amounts), or one outlet's rounding of it (group_decisions.group_sums_shared).
    group_sums: int = 0
    # The same new total one government's headline tells its aid raised to ("DE|8e+09 EUR":
    # EventEvidence.donor_totals).
    totals: int = 0
    # The same sum told plainly with two figures or more under one government's headline ("IE|1.2e+07 EUR":
    # EventEvidence.donor_sums), the kinds of thing named agreeing where both name some.
    sums: int = 0
    # Both tell an audit, an inquiry or an annual report of past giving (see `_audits`).
    audits: bool = False


def compare(a: EventEvidence, b: EventEvidence) -> EventMatch:
    """Do two articles report one event, as far as their evidence says?

    Conflicts (each is the other article giving a *different* answer to the same
    question, never one article being silent):
    - donors: both name donor countries and none in common (unless both are round-ups of
      one standing meeting, below: each lists a few of the governments that spoke there,
      not the same few);
    - meeting: both report a meeting or a statement (no government's pledge, no system in
      the headline: `EventEvidence.is_about_an_item`) and their leads name different
      standing meetings (a NATO ministers' meeting and the contact group's of the same
      week; see gatherings.MEETINGS), or their openings are about different ones (the first
      each names, gatherings.meeting_of: "NATO ministers met on Thursday, two days after the
      contact group met on Tuesday" is the ministers' meeting); or one lead
      names a standing meeting and the other tells of no gathering at all (a statement
      made elsewhere that day: `_statement_beside_meeting`);
    - systems: both name systems and none in common (a family counts: "Leopard" and
      "Leopard 2" agree, "Leopard 1" and "Leopard 2" do not), unless both are round-ups of
      one standing meeting, as for donors: each names a few of the systems pledged there;
    - decision: both tell a decision of the same group (no country in either headline, no
      standing meeting both name) and each names a sum of the group or kinds of thing, none
      shared (`group_decisions.group_decisions_differ`: the EU Council's fund top-up and its
      training mission's extension of one Monday);
    - product: both tell one donor's joint production deal with Ukraine, making other
      kinds of thing (`_ventures_differ`);
    - kinds: both tell of one and the same government and their leads name kinds of thing, none
      of one family (`_one_government_other_kinds`: its jets and its drone money of one day), or one
      names three kinds or more and the other one of them (`_several_announcements_beside_one`: the
      round-up of a president's visit and the report of one of its announcements);
    - subject: one headline names only a group (a meeting), or a number of countries over an
      opening naming several systems, the other only countries (one government's pledge made
      at it; see `_subjects_differ`), or one is a meeting's round-up headed by one government, the
      other a report of a government's pledge (`_round_up_beside_one_government`);
    - genre: one is a round-up of the week telling several governments' news, the other
      is not (`_weighs_the_week`): it reports none of those events alone; or one tells an
      audit or an inquiry of past giving, the other not (`_audits`);
    - party: both tell a refusal and each names a government the other does not
      (Switzerland barring Germany's re-export, and Spain's: `_parties_differ`);
    - matter: both deny a report and say what it claimed, not the same kind of thing (a
      pause of deliveries, a withdrawal: EventEvidence.denied_matters);
    - phase: both report pledges and no phase in common (a decision is not a delivery),
      or one donor's system that both headlines name is told in no common phase (see
      `_system_phase_conflict`), or one is a headline alone told in either phase and the
      other a decision sharing no figure with it (`_present_headline_beside_decision`); not
      between two denials, whose pledges read are the thing denied;
    - step: one tells a parliament's approval given, the other that approval still to come
      (`_steps_differ`: the government's announcement and the vote days later), or each tells
      another chamber's vote (`_chambers_differ`: the House's, then the Senate's), or one tells a
      procedural vote taken and the other none (`_procedural_step_beside_other`), or one tells the vote
      and the other only recalls it as before its news (`_vote_beside_earlier_vote`);
    - act: one leads with nothing but training, the other with things given
      (`_training_beside_supply`: crews trained on a system are no pledge of it), or one
      headline tells aid or a pledge cut and the other none (`_cut_beside_other`: a cut is
      news of its own, told in the pledge's words), or one tells money paid into a fund naming no kind of
      thing and the other a kind bought or given, paid into no fund (`_fund_payment_beside_purchase`);
    - date / weekday: both name the day and no day in common, unless both report the same
      n-th delivery or package (`_same_numbered_event`: a follow-up told the next day);
    - ordinal: both report the n-th delivery of one system, not the same n (the first
      IRIS-T handed over and the third), or one donor's n-th package, not the same n;
    - count: both name one and the same kind of thing and count it exactly, every count
      far from every count of the other (`_exact_counts_differ`: 250 drones and 5,000).
    """
    verdict = _verdict(a, b, conflict_ends_it=False)
    assert verdict is not None  # (never None unless a conflict ends it)
    return verdict


def unless_conflict(a: EventEvidence, b: EventEvidence) -> EventMatch | None:
    """`compare(a, b)`, or None when the two conflict. What decides a story (story_score) reads
    nothing else of a pair that conflicts: any conflict keeps two reports apart. Three pairs in
    four that reach the comparison in a first cycle conflict (donors, systems, a meeting's
    subject), and the rest of a verdict (shared counts, amounts, keys and pledges: some twenty
    more questions) cost as much as the conflict's; this asks them only of pairs that agree."""
    return _verdict(a, b, conflict_ends_it=True)


def _verdict(a: EventEvidence, b: EventEvidence, conflict_ends_it: bool) -> EventMatch | None:
    """`compare`'s work; None at a conflict when `conflict_ends_it` (`unless_conflict`)."""
    shared_systems = _shared_systems(a.systems, b.systems)
    round_ups = not a.is_about_an_item() and not b.is_about_an_item()
    one_sitting = round_ups and bool(a.meetings & b.meetings)
    # The conflicts are asked in three stages, each question's answers made just before the
    # first that needs them: `unless_conflict` stops at the first stage finding one (any conflict
    # gives None, whichever it is, and every question here is pure), and `compare` names the
    # first, as one chain of questions would. In a first cycle's story matching three pairs in
    # four compared conflict, nine in ten of those in the first two stages (bench/README.md,
    # stop 61), which then skip the follow-ups, denials and numbered acts of the third.
    if a.donors and b.donors and not a.donors & b.donors and not one_sitting:
        conflict = "donors"
    elif round_ups and ((a.lead_meetings and b.lead_meetings and not a.lead_meetings & b.lead_meetings)
                        or (a.meetings and b.meetings and not a.meetings & b.meetings)
                        or _statement_beside_meeting(a, b) or _statement_beside_meeting(b, a)):
        conflict = "meeting"
    elif a.systems and b.systems and not shared_systems and not one_sitting and _models_differ(a, b):
        conflict = "systems"
    elif group_decisions_differ(a, b):
        conflict = "decision"
    elif _ventures_differ(a, b):
        conflict = "product"
    elif (_one_government_other_kinds(a, b) or _several_announcements_beside_one(a, b)
          or _several_announcements_beside_one(b, a)):
        conflict = "kinds"
    else:
        conflict = ""
    if conflict and conflict_ends_it:
        return None
    # A wire's factbox beside the news it was filed for: its headline may name only "allies"
    # and its list the week's other news, neither of which makes it another event.
    hung = _hung_on_its_lead(a, b) or _hung_on_its_lead(b, a)
    if conflict:
        pass  # (named by an earlier stage)
    elif _subjects_differ(a, b) and not hung:
        conflict = "subject"
    elif (_weighs_the_week(a) != _weighs_the_week(b) or _audits(a) != _audits(b)) and not hung:
        conflict = "genre"
    elif _parties_differ(a.refusal_parties, b.refusal_parties):
        conflict = "party"
    elif _denials_differ(a.denied_matters, b.denied_matters):
        conflict = "matter"
    if conflict and conflict_ends_it:
        return None
    # A comment on a refusal tells it under its own day and beside what it blocks: its day
    # and the phase of that background are no answer to the refusal's questions.
    follows_up = _follows_up(a, b) or _follows_up(b, a) or _thanks_for_news(a, b) or _thanks_for_news(b, a)
    # Two denials of a report: the pledges each outlet's words are read as (the cut denied,
    # the deliveries said to go on, a refusal) are the thing denied, in any phase.
    denials = "denial" in a.occasions and "denial" in b.occasions
    denies_report = (_denies_report(a, b) or _denies_report(b, a)
                     or (denials and bool(_as_kinds(a.denied_matters) & _as_kinds(b.denied_matters))))
    one_act = _one_numbered_act(a, b)
    if conflict:
        pass  # (named by an earlier stage)
    elif not follows_up and not denials and not denies_report and (
            (a.phases and b.phases and not a.phases & b.phases) or _system_phase_conflict(a, b)
            or _present_headline_beside_decision(a, b) or _present_headline_beside_decision(b, a)):
        conflict = "phase"
    elif (_steps_differ(a, b) or _steps_differ(b, a) or _chambers_differ(a, b)
          or _procedural_step_beside_other(a, b) or _procedural_step_beside_other(b, a)
          or _vote_beside_earlier_vote(a, b) or _vote_beside_earlier_vote(b, a)):
        conflict = "step"
    elif (_training_beside_supply(a, b) or _training_beside_supply(b, a)
          or _cut_beside_other(a, b) or _cut_beside_other(b, a)
          or _fund_payment_beside_purchase(a, b) or _fund_payment_beside_purchase(b, a)):
        conflict = "act"
    elif leads_differ(a, b) and not one_act:
        conflict = "lead"
    elif a.dates and b.dates and not a.dates & b.dates and not one_act and not follows_up:
        conflict = "date"
    elif (a.weekdays and b.weekdays and not a.weekdays & b.weekdays and not one_act
          and not _same_counted_delivery(a, b) and not follows_up):
        conflict = "weekday"
    elif _ordinals_differ(a, b):
        conflict = "ordinal"
    elif not one_sitting and not follows_up and not denials and _exact_counts_differ(a, b):
        conflict = "count"
    if conflict and conflict_ends_it:
        return None
    anchors = len(a.donors & b.donors) + shared_systems
    # A day both name is a shared detail only when they are about the same system too: on
    # a busy day every report of a government names that day, so the day alone would join
    # one donor's two different announcements of it.
    shared_dates = len(a.dates & b.dates) if shared_systems else 0
    details = (len(_shared_counts(a, b)) + len(a.amounts & b.amounts) + _converted_amount_shared(a, b) + shared_dates
               + _venture_days_shared(a, b) + _refusal_day_shared(a, b))
    days = len(a.dates & b.dates) + len(a.weekdays & b.weekdays)
    # A report weighing several governments' pledges agrees with none of them on its own
    # (see `_several_governments_beside_one`).
    several = _several_governments_beside_one(a, b) or _several_governments_beside_one(b, a)
    # A legislature's vote and a government's word agree on no pledges (`_vote_beside_word`).
    acts_apart = _vote_beside_word(a, b) or _vote_beside_word(b, a)
    same_keys = _pledges_agree(a, b) and not _headline_donors_differ(a, b) and not several and not acts_apart
    agree = (same_keys and not _numbers_differ(a, b)) or (
        hung and bool(a.lead_pledge & b.lead_pledge))  # a factbox's list is the week's, its lead the news
    close = (same_keys and not agree and not (a.amounts and b.amounts and not _amounts_may_agree(a, b))
             and _counts_close(a, b))
    # A package's number names the package, not which of its acts: its announcement and parliament's vote on it
    # share it and are two events (`_one_numbered_act`).
    keys = event_keys_shared(a, b) - (len(a.package_ordinals & b.package_ordinals) if acts_apart else 0)
    return EventMatch(conflict, anchors, details, days, agree, shared_systems, keys,
                      _headline_systems_agree(a, b) and not several and not acts_apart, len(a.meetings & b.meetings),
                      _previews(a, b) or _previews(b, a), follows_up, denials,
                      _only_refusals(a) and _only_refusals(b), denies_report, _halts_agree(a, b), close,
                      _thanks_shared(a, b), group_sums_shared(a, b),
                      len(a.donor_totals & b.donor_totals),
                      # (the kinds are compared only for a sum both tell: compare runs for every pair of reports)
                      len(shared_sums) if (shared_sums := a.donor_sums & b.donor_sums) and not kinds_differ(a, b)
                      else 0,
                      _audits(a) and _audits(b))


def leads_differ(a: EventEvidence, b: EventEvidence) -> bool:
    """One of the two is a round-up leading with other news than the other reports (see
    `_lead_untold`). A conflict unless the two report the same numbered event (the n-th
    delivery of a system, a package's number: `_same_numbered_event`; "More Dutch F-16s
    arrive as France delivers its first Mirage" is the Mirage's first delivery, whatever it
    leads with); then the story the round-up leads with is preferred (matching.keep_ranked). A
    count shared is no such event: "Spain promised six more Leopard tanks" in a round-up
    led by France's jets is the count of Spain's news, told second."""
    return _lead_untold(a, b) or _lead_untold(b, a)


def _lead_untold(round_up: EventEvidence, other: EventEvidence) -> bool:
    """`round_up` tells several governments giving (`_giving_donors`), `other` one (or reads none but
    names kinds of thing in its lead), and the two lead with different news
    (EventEvidence.lead_pledge: another donor or kind of thing; the status is left to the
    phase checks). "France's first Mirage jets have reached Ukraine, capping a day on which
    Paris also set aside 100 million euros for drones and Spain promised six tanks" reports
    the Mirage delivery: it shares a sum with the reports of the drone money and a count
    with Spain's tanks, so whichever story came first took it, and an event whose reports
    came after it was told as that story's. (Two round-ups are left to the other checks:
    each leads with the government its outlet chose, and so are reports telling a
    gathering, EventEvidence.occasions: whom a round-up of a meeting names first says
    nothing of which sitting it is.)"""
    if (len(_giving_donors(round_up)) < 2 or not round_up.lead_pledge or "meeting" in round_up.occasions
            or "meeting" in other.occasions):
        return False
    leads = {key.rpartition("|")[0] for key in round_up.lead_pledge}
    if not other.pledges:  # "Frankreich stellt 100 Millionen Euro für ... Drohnen bereit"
        kinds = {lead.partition("|")[2] for lead in leads}
        return bool(other.things) and not kinds & {category_family(thing) for thing in other.things}
    other_leads = {key.rpartition("|")[0] for key in other.lead_pledge}
    if (len(_pledge_donors(other)) != 1 or not other_leads or leads & other_leads
            or one_payment_told_two_ways(round_up, other)):
        return False
    # The same kind of thing of a system both name, from two donors: a system two
    # governments make and give together ("le SAMP/T franco-italien"), each copy naming
    # first the one its outlet chose.
    kinds = {lead.partition("|")[2] for lead in leads}
    return not (kinds & {lead.partition("|")[2] for lead in other_leads}
                and _shared_systems(round_up.systems, other.systems))


def one_payment_told_two_ways(a: EventEvidence, b: EventEvidence) -> bool:
    """Both lead with one donor's money, the same sum, one telling it as funding and the other as the
    thing it buys: "Sweden to pay $400 million for US weapons" (a flash: funding) and its write-up's
    "pay $400 million for American Patriot interceptors" (a sum for one named thing is read as that
    thing, as the real set labels it). One payment, not two leads. Two payments of one donor on one
    day name different sums and stay apart; so do two kinds of thing neither of which is funding."""
    if not a.lead_amounts & b.lead_amounts:
        return False
    a_leads = [key.split("|")[:2] for key in a.lead_pledge]
    b_leads = [key.split("|")[:2] for key in b.lead_pledge]
    return any(a_donor == b_donor and a_kind != b_kind and "funding" in (a_kind, b_kind)
               for a_donor, a_kind in a_leads for b_donor, b_kind in b_leads)


def _giving_donors(side: EventEvidence) -> set[str]:
    """The donors `side` tells giving (pledging, delivering, paying), not refusing or
    debating: a refusal is read several ways by the extraction ("Switzerland will not allow
    Denmark to send ..." as Denmark refusing, "Berne refuse à Copenhague ..." as
    Switzerland refusing and Denmark debating), which names two donors in one event."""
    return {key.split("|", 1)[0] for key in side.pledges if not key.endswith(("|refused", "|discussed"))}


def _only_refusals(side: EventEvidence) -> bool:
    """Every pledge `side` reads is a refusal ("Canada rules out giving Ukraine its CF-18
    jets"): a government says no to a kind of thing once on a day, whatever each outlet
    calls the thing, and wire copy of a refusal rarely has a number to share."""
    return bool(side.pledges) and all(key.endswith("|refused") for key in side.pledges)


def _weighs_the_week(side: EventEvidence) -> bool:
    """The headline marks a round-up of the week (genres.headline_genres: "Week in review:",
    "La semaine de ...", "Wochenrückblick") and the report names several governments as
    givers or several days: it tells several events (a summit on Wednesday, a delivery on
    Friday), and joined to one of them it would head that story or hide behind it; so does a
    headline saying "this week" that names no government ("Air defence pledged to Ukraine
    this week"), and a wire's factbox or timeline (genres._BACKGROUND) naming several. A
    weekly re-telling one government's news of one day ("Week in review: The Hague's
    drones and shells for Kyiv") is a report of that news."""
    several = len(side.donors) >= 2 or len(side.weekdays) >= 2 or len(side.dates) >= 2
    this_week = "this week" in side.genres and not side.headline_donors
    return (this_week or bool({"week", "background"} & side.genres)) and several


def _hung_on_its_lead(background: EventEvidence, news: EventEvidence) -> bool:
    """`background` is a wire's factbox, timeline or Q+A (genres._BACKGROUND) and the news its
    opening leads with is `news`'s: the same donor giving the same kind of thing
    (EventEvidence.lead_pledge), or the one government its headline names is the only one
    `news` names. A factbox hung on Canada's NASAMS pledge recalls the week's
    other pledges, so it weighs the week against every other report, but it was filed for
    Canada's news and is no second event of it."""
    if "background" not in background.genres or "background" in news.genres:
        return False
    if len(background.headline_donors) == 1:  # "REPÈRES - Les drones danois et les autres aides"
        return bool(news.donors) and news.donors <= background.headline_donors
    leads = {key.rpartition("|")[0] for key in background.lead_pledge}
    return bool(leads & {key.rpartition("|")[0] for key in news.lead_pledge})


def _parties_differ(a: frozenset[str], b: frozenset[str]) -> bool:
    """Two refusals' openings name one government in common (the refusing one) and each
    another that the other does not name (EventEvidence.refusal_parties): Switzerland and
    Germany, Switzerland and Spain, two would-be re-exporters refused. A comment naming
    only the refusing government, or one copy naming more than the other, differs in
    nothing."""
    return bool(a & b) and bool(a - b) and bool(b - a)


def _denials_differ(a: frozenset[str], b: frozenset[str]) -> bool:
    """Two denials say what they deny and it is of two kinds (EventEvidence.denied_matters).
    A cut and a pause of deliveries are one kind here: one outlet's "cut supplies" is the
    next one's "mettrait fin aux livraisons" or "Stopp", whereas a withdrawal or a ban is
    another report denied."""
    return bool(a and b) and not _as_kinds(a) & _as_kinds(b)


def _as_kinds(matters: frozenset[str]) -> frozenset[str]:
    return frozenset(_DENIED_KIND.get(matter, matter) for matter in matters)


# A denied cut of deliveries is told as a halt in other words and languages.
_DENIED_KIND = {"cut": "pause"}


def _denies_report(denial: EventEvidence, report: EventEvidence) -> bool:
    """`denial` denies a report (EventEvidence.occasions) of the halt `report` tells
    (EventEvidence.halts_reported: "Italy has halted arms shipments to Ukraine, paper says"
    against "Rome dément toute suspension", "Italien weist Bericht über Stopp ... zurück"):
    the same government, and the same kind of halt or the same system. Both read only a
    refusal of vague "other" things, which the pledge keys leave out, and the denial may name
    no day; what it answers is the claim. A denial of another kind of thing by that government
    (a withdrawal of its batteries) answers another report."""
    if "denial" not in denial.occasions or "denial" in report.occasions or not report.halts_reported:
        return False
    if not denial.donors & report.donors:
        return False
    return bool(_as_kinds(denial.denied_matters) & _as_kinds(report.halts_reported)) or bool(
        _shared_systems(denial.systems, report.systems))


def _halts_agree(a: EventEvidence, b: EventEvidence) -> bool:
    """Both report (neither denies) that one government halted the same kind of thing
    (EventEvidence.halts_reported): "Slovakia suspends arms deliveries", "La Slovaquie suspend
    ses livraisons d'armes". Such a halt reads as a refusal of vague "other" things, which the
    pledge keys leave out, so the pledges cannot agree on it."""
    return (bool(a.donors & b.donors) and "denial" not in a.occasions and "denial" not in b.occasions
            and bool(_as_kinds(a.halts_reported) & _as_kinds(b.halts_reported)))


# Two outlets' figures for one delivery may differ ("about 400,000 shells" from the minister's
# briefing, "500 000 obus" from another count): counts within this share of the larger are
# close when either is told rough ("about", "rund", "environ"); when both are exact, within the
# smaller share and only for counts an outlet rounds or tallies itself (shells, drones: from
# _EXACT_COUNTS_FROM on). An exact 12 and 14 howitzers are two batches, or a correction
# (bot/core/stories/own_reports/revision_pairs.py). Two deliveries of one kind by one donor on one day are
# rare and seldom this close; story_score asks for the same day named and likeness beside.
_ROUGH_COUNT_CLOSENESS = 0.25
_EXACT_COUNT_CLOSENESS = 0.1
_EXACT_COUNTS_FROM = 1_000


def _counts_close(a: EventEvidence, b: EventEvidence) -> bool:
    """Both give counts, none in common, and some count of each is close to one of the other's
    (see `_ROUGH_COUNT_CLOSENESS`)."""
    if not a.counts or not b.counts or a.counts & b.counts:
        return False
    return _any_close(a.counts, b.counts, a, b)


# Two exact counts of one kind of thing conflict only this far apart (the larger at least this many
# times the smaller): an outlet's wrong figure and its correction ("12" for "18" howitzers, busy day 39)
# and a batch told beside its running total differ less, two handovers of one day often more (250 FPV
# drones from a campaign, 5,000 from the government: review 47, day C). Counts from a million on are
# left out: they are as often sums whose currency the reading missed ("800 Millionen auf zwei Milliarden
# Kronen", busy day 28) as things counted; so are a lead's numbers beside pledges that count nothing
# (`_news_counts`: "well beyond 100 guns in Ukraine", stories round 25).
_COUNTS_APART_FACTOR = 2
_COUNTS_BELOW = 1_000_000


def _exact_counts_differ(a: EventEvidence, b: EventEvidence) -> bool:
    """Both name one kind of thing only, the same, and every count of its news on one side
    (`_news_counts`) is at least _COUNTS_APART_FACTOR times apart from every one of the other's:
    "250 FPV drones" and "5 000 drones FPV" are two handovers, whoever gives them. A report whose
    giver is no state (a crowdfunding campaign, a foundation) gives no pledge, so no phase or pledge
    key to differ on, and would otherwise join one state's report of another handover on the
    donor's country and the weekday alone (review 47, day C)."""
    if len(a.things) != 1 or a.things != b.things:
        return False
    counts_a, counts_b = _news_counts(a), _news_counts(b)
    if not counts_a or not counts_b:
        return False
    return all(max(x, y) >= _COUNTS_APART_FACTOR * min(x, y) for x in counts_a for y in counts_b)


def _news_counts(side: EventEvidence) -> set[int]:
    """The exact counts (none told rough, none from _COUNTS_BELOW on) of what the report gives: its
    pledges' counts (EventEvidence.counted, production too) when it counts some; the counts of its
    title and lead when it reads no pledge at all (a campaign's handover, whose giver is no state);
    none when it reads pledges and counts none of them: its lead's other numbers ("well beyond 100
    guns in Ukraine" beside a promise of more) count nothing given."""
    counted = {int(key.split("|", 1)[0]) for key in side.counted if key.split("|", 1)[0].isdigit()}
    if not counted and not side.pledges and not side.phases:
        counted = set(side.counts)
    return {count for count in counted if count < _COUNTS_BELOW and count not in side.rough_counts}


# A thanks speech names this many governments at least to be told apart from its day's other
# news by them: one government thanked is as often thanked twice a day (by the president in the
# morning, the defence minister in the evening) as its own announcement is thanked for.
_THANKED_GOVERNMENTS = 2


def _thanks_shared(a: EventEvidence, b: EventEvidence) -> bool:
    """Both headlines tell a thanks (thanks.py) to the same governments, at least
    _THANKED_GOVERNMENTS of them, and both name the same day: one statement, told by two
    outlets. Two speeches thanking the same several governments on one day are rare, and a
    donor's own report of its pledge is no thanks, so this joins no government's news to a
    speech that thanks it."""
    return (THANKS_TOLD in a.occasions and THANKS_TOLD in b.occasions
            and len(a.headline_donors) >= _THANKED_GOVERNMENTS and a.headline_donors == b.headline_donors
            and bool(a.dates & b.dates or a.weekdays & b.weekdays))


def _refusal_day_shared(a: EventEvidence, b: EventEvidence) -> int:
    """1 when both tell a refusal naming the same governments, at least two (the refusing
    one and whom it concerns: EventEvidence.refusal_parties), on the same day named: the
    pledge extraction reads such a refusal several ways ("Switzerland bars Denmark from
    passing ..." as Denmark refusing, "Berne refuse à Copenhague ..." as Switzerland), so
    who refused whom, and when, is what its reports share."""
    shared_day = a.dates & b.dates or a.weekdays & b.weekdays
    return int(len(a.refusal_parties) >= 2 and a.refusal_parties == b.refusal_parties and bool(shared_day))


def _previews(preview: EventEvidence, decision: EventEvidence) -> bool:
    """`preview` tells an announcement still to be made ("Germany is expected to announce
    more air defence for Ukraine at Ramstein on Tuesday": EventEvidence.occasions), and
    every donor and kind of thing it names is pledged in `decision` ("Germany to send two
    more IRIS-T systems"). The pledge extraction reads what is expected as debated, which
    agrees with no decision; the preview is the decision's news told the day before. (A
    debate without an announcement ahead, "Berlin is considering more air defence", stays
    its own event: whether and when a decision comes is not told.)"""
    if "preview" not in preview.occasions or "preview" in decision.occasions:
        return False
    # A preview told vaguely ("ein neues Paket mit Flugabwehrsystemen", read as "other" things,
    # which make no pledge key) still names who and what: its donors and the kinds of thing it names.
    expected = ({key.rsplit("|", 1)[0] for key in preview.pledges}
                or {f"{donor}|{category_family(thing)}" for donor in preview.donors for thing in preview.things})
    decided = {key.rsplit("|", 1)[0] for key in decision.pledges if key.endswith("|pledged")}
    return bool(expected) and expected <= decided


def _follows_up(comment: EventEvidence, refusal: EventEvidence) -> bool:
    """`comment`'s headline tells a government's refusal as made ("Swiss veto leaves
    Ukraine's Gepard guns short of shells", "Was das Schweizer Nein für Kiew bedeutet":
    EventEvidence.occasions), the government pledges nothing in it but refusals, and
    `refusal` reports that government refusing a kind of thing `comment` names (a system
    both name, or the kind of thing): the comment filed a day later on that refusal. Its
    lead names its own day and what the refusal blocks ("Berlin promised Kyiv 30 more
    Gepard last year"), read as another government's pledge; neither is the refusal's day
    or phase. A refusal lifted is no such comment (refusals_told._REFUSAL_LIFTED), nor is a
    government's later decision told beside the refusal.)"""
    if "refusal told" not in comment.occasions:
        return False
    refusers = _refusers(comment)
    if any(key.split("|")[0] in refusers and not key.endswith("|refused") for key in comment.pledges):
        return False
    refused = {key.split("|")[1] for key in refusal.pledges
               if key.endswith("|refused") and key.split("|")[0] in refusers}
    return (bool(refused) and bool(refused & comment.things or _shared_systems(comment.systems, refusal.systems))
            and _told_days_after(comment, refusal))


def _thanks_for_news(thanks: EventEvidence, news: EventEvidence) -> bool:
    """`thanks`'s headline tells a thanks (thanks.py) of one donor (the headline's, else the lead's), and
    both tell nothing but one phase, the same (deliveries, or decisions: a thanks for a promise reads as the
    promise, pledge_news.thanked_for_deciding; a present headline read in either phase holds both), by that donor, of a system both name; `thanks` names no day,
    or one or two days after a day `news` names (`_told_days_after`), and no figure of one differs from the
    other's (`figures_differ`: thanks for "ten more" is for another batch): the recipient's thanks for that
    arrival or that promise, filed a day later under its own day. A thanks adds no news of its own, so
    joined it hides none; a new batch or a new promise of the donor tells its own figures or phase."""
    if THANKS_TOLD not in thanks.occasions or THANKS_TOLD in news.occasions:
        return False
    # The donor thanked is the headline's; the lead may add background naming another ("they will join the
    # NASAMS supplied by the United States").
    thanked = thanks.headline_donors or thanks.donors
    # A present headline ("Australien schickt 40 weitere Bushmaster") is read in either phase
    # (EventEvidence.either_phase): the thanks's one phase among its two is the news's.
    phases_alike = thanks.phases == news.phases or (news.either_phase and thanks.phases < news.phases)
    # A promise is thanked for as the one government's news: a meeting's round-up telling the host's pledge
    # beside other governments' is no report of it (busy day 42's Nordic ministers and Norway's NASAMS).
    givers_alike = thanked <= news.donors if thanks.phases == {"delivery"} else thanked == news.donors
    return (len(thanks.phases) == 1 and phases_alike and len(thanked) == 1
            and givers_alike and bool(_shared_systems(thanks.systems, news.systems))
            and _thanked_systems_told(thanks, news)
            and _told_days_after(thanks, news) and not figures_differ(thanks, news))


def _thanked_systems_told(thanks: EventEvidence, news: EventEvidence) -> bool:
    """Every system the thanks names is one `news` names too. A thanks for two promises of one donor ("dankt
    Deutschland für IRIS-T und Patriot", promised in two announcements the day before) follows up neither: joined to
    the story of whichever came first, it took in the other promise's report when that report came after it, and
    that promise's alert was lost. It stands alone; a thanks for one announcement naming both systems joins it. The
    systems are the headline's, where it names some: the lead may add others in background ("alongside the Hawk
    systems supplied by the United States")."""
    thanked = thanks.headline_systems or thanks.systems
    return all(_shared_systems(frozenset({system}), news.systems) for system in thanked)


# How many days after a refusal a comment on it names its own day ("analysts said on
# Tuesday" of Monday's veto).
_COMMENT_DAYS_AFTER = (1, 2)


def _told_days_after(comment: EventEvidence, refusal: EventEvidence) -> bool:
    """The comment names no day the refusal's report could be compared with, or a day one
    or two days after the refusal's (_COMMENT_DAYS_AFTER). A government repeats a refusal
    ("Scholz sticks to his no to Taurus" on a Wednesday, a month after he refused on a
    Saturday): a day further off is that statement's own day, not a comment's."""
    if comment.weekdays and refusal.weekdays and not any(
            (told - refused) % 7 in _COMMENT_DAYS_AFTER for told in comment.weekdays for refused in refusal.weekdays):
        return False
    if comment.dates and refusal.dates and not any(
            _days_between(refused, told) in _COMMENT_DAYS_AFTER for told in comment.dates for refused in refusal.dates):
        return False
    return True


def _days_between(earlier: str, later: str) -> int | None:
    """Days from one "day-month" key (events.dates) to another, the later taken within the
    following year; None for a key that names no calendar day."""
    try:
        (day_a, month_a), (day_b, month_b) = (map(int, key.split("-")) for key in (earlier, later))
        # A leap year, so that "29-2" is a day.
        start, end = date(2024, month_a, day_a), date(2024, month_b, day_b)
    except ValueError:
        return None
    return (end - start).days % 366


def _refusers(comment: EventEvidence) -> frozenset[str]:
    """The governments whose refusal a comment's headline tells: those of its headline read
    refusing in it, else every government its headline names. Another government a headline
    names is what the refusal leaves to others ("Berlin's Taurus refusal leaves Kyiv
    counting on British missiles")."""
    refusing = {key.split("|")[0] for key in comment.pledges if key.endswith("|refused")}
    return frozenset(comment.headline_donors & refusing or comment.headline_donors)


def _venture_days_shared(a: EventEvidence, b: EventEvidence) -> int:
    """1 when both tell one donor's joint production deal with Ukraine (EventEvidence.
    ventures) on the same day named, making the same kind of thing where both say what:
    the deal's reports in three languages share no figure and are read as no pledge, the
    donor's production or its pledge. A donor's two deals signed on one day (shells, then
    drones) make other things."""
    if not (a.dates & b.dates or a.weekdays & b.weekdays):
        return 0
    kinds_a, kinds_b = _venture_kinds(a), _venture_kinds(b)
    for donor in kinds_a.keys() & kinds_b.keys():
        made_a, made_b = kinds_a[donor] - {""}, kinds_b[donor] - {""}
        if not made_a or not made_b or made_a & made_b:
            return 1
    return 0


def _ventures_differ(a: EventEvidence, b: EventEvidence) -> bool:
    """Both tell one donor's joint production deal and say what it makes, and nothing in
    common: a donor's shells deal and its drones deal signed at one visit. Read as no
    pledge on either side, both would be statements of the day, joined on their day and
    their likeness."""
    kinds_a, kinds_b = _venture_kinds(a), _venture_kinds(b)
    for donor in kinds_a.keys() & kinds_b.keys():
        made_a, made_b = kinds_a[donor] - {""}, kinds_b[donor] - {""}
        if made_a and made_b and not made_a & made_b:
            return True
    return False


def _one_government_other_kinds(a: EventEvidence, b: EventEvidence) -> bool:
    """Both tell of one and the same government (EventEvidence.donors: an order of things made in Ukraine
    too, "to fund Ukrainian-made drones"), and the kinds of thing their leads name
    (EventEvidence.things, by family) have none in common: "France to send Ukraine six more Mirage
    jets" and "Paris débloque 200 millions d'euros pour des drones", two announcements of one day
    (stories round 57). Each shared the government, the phase and the day, and a round-up of the
    day naming both ("jets, drones and training") joined either story and let the other's reports
    follow it in. A report naming no kind of thing (money alone, "weapons") conflicts with none, and
    a round-up naming both kinds with neither."""
    return len(a.donors) == 1 and a.donors == b.donors and kinds_differ(a, b)


# A lead naming this many kinds of thing of one government tells several of its announcements (a visit's
# round-up, "jets, drones and training"), or a package's list.
SEVERAL_KINDS = 3
# ... and a lead telling a visit, two: "pledged four more F-16 jets and 150 million euros for drones
# during a visit to Kyiv" rounds up two announcements of the visit (the lead's ruling, stop 58: a round-up of one
# visit or meeting is its own story, never joined to one of the announcements it lists). Without the occasion two
# kinds are as often one package's two items beside an outlet's report naming one of them: joined, as before.
SEVERAL_KINDS_AT_A_VISIT = 2
# (a visit's lead; a meeting's lead names other governments' news beside one's, and a single announcement made there
# is often read as two kinds: tests/stories/test_story_busy_day.py's summits and contact groups kept one government's
# two kinds in one story. A meeting's round-up counts as a visit's with a figure for each of two announcements
# under a headline naming the government alone: `_meetings_round_up`, round 59)
_ROUND_UP_OCCASIONS = frozenset(("visit",))
SEVERAL_FIGURES_AT_A_MEETING = 2


def _several_announcements_beside_one(several: EventEvidence, one: EventEvidence) -> bool:
    """Both tell of one and the same government; `several`'s lead names SEVERAL_KINDS kinds of thing or more,
    `one`'s a single kind among them: a round-up of the government's day ("Morel visits Kyiv, pledges jets,
    drones and training") beside the report of one of its announcements ("France to send six more Mirage
    jets", stories round 57). Joined, whichever came first hid the other: the round-up's news beyond that one
    announcement, or the announcement in the round-up's story. A package's full list beside an outlet's report
    of one of its items is kept apart too: a duplicate alert, the smaller harm."""
    # The several kinds are those given (its pledges), not any its lead names: "IRIS-T, which stops drones and
    # missiles" names three kinds and gives one.
    kinds_several, kinds_one = _kinds_given(several), _kinds_told(one)
    figures = len(several.counts) + len(several.amounts)
    at_a_visit = bool(several.occasions & _ROUND_UP_OCCASIONS) or _meetings_round_up(several, figures)
    # Several announcements give several figures (six jets, 200 million euros); one batch read as several kinds
    # ("350 missiles to shoot down drones and cruise missiles") gives one. One phase on both sides: a government's
    # list telling one system arrived and more things on their way ("another IRIS-T arrives; the list also shows
    # Gepard ammunition on its way") is the arrival's report. At a visit the kinds given are its
    # announcements, figured or not: leaders pledge "four more jets", a count under those the evidence keeps.
    return (len(several.donors) == 1 and several.donors == one.donors
            and len(kinds_several) >= (SEVERAL_KINDS_AT_A_VISIT if at_a_visit else SEVERAL_KINDS)
            and len(kinds_one) == 1 and kinds_one < kinds_several and len(several.phases) == 1
            and several.phases == one.phases and (at_a_visit or figures >= 2))


def _meetings_round_up(several: EventEvidence, figures: int) -> bool:
    """A meeting's round-up of one government's announcements ("Après sa rencontre avec Zelensky, le Danemark promet
    des F-16 et des obus": six jets and 20,000 shells): a lead telling a meeting, a headline naming that one government
    and no other, and a figure for each of two announcements or more. A meeting's single announcement read as two
    kinds names one figure or none ("350 ASRAAM missiles to shoot down drones and cruise missiles" at a NATO summit,
    two IRIS-T systems at the contact group "and their missiles"), and a summit's report headed by the group ("EU
    leaders vow to speed up air defence", "Nordic and Baltic leaders pledge") names no government in its headline:
    the visit's threshold applied to them split 11 busy-day pairs (round 58), none of which these three tests let
    through (round 59)."""
    return ("meeting" in several.occasions and figures >= SEVERAL_FIGURES_AT_A_MEETING
            and bool(several.headline_donors) and several.headline_donors == several.donors)


def _kinds_told(side: EventEvidence) -> set[str]:
    """The kinds of thing a report's lead names or its pledges give, by family: "la formation de 2 000 soldats"
    is a pledge of training though no kind of thing named (things_named leaves a bare "formation" out)."""
    return {category_family(thing) for thing in side.things} | _kinds_given(side)


def _kinds_given(side: EventEvidence) -> set[str]:
    """The kinds of thing its pledges give, by family (pledge keys), money and vague "other" things aside."""
    return {key.split("|")[1] for key in side.pledges} - {"funding", "other"}


def _venture_kinds(side: EventEvidence) -> dict[str, set[str]]:
    """"FI|drones" -> {"FI": {"drones"}} ("FI|": the kind not told)."""
    return _by_donor(side.ventures, str.partition)


def _by_donor(keys: Iterable[str], split: Callable[[str, str], tuple[str, str, str]]) -> dict[str, set[str]]:
    """Evidence keys "DONOR|VALUE" grouped by donor; `split` is str.partition where the
    value may hold a "|", str.rpartition where the donor may."""
    found: dict[str, set[str]] = {}
    for key in keys:
        donor, _, value = split(key, "|")
        found.setdefault(donor, set()).add(value)
    return found


def _statement_beside_meeting(meeting: EventEvidence, statement: EventEvidence) -> bool:
    """`meeting`'s lead names a standing meeting, `statement`'s tells of no gathering at
    all: NATO's Secretary General in an interview or at a news conference with a head of
    government, on the day the alliance's ministers meet. Both report no government's
    pledge, name the day and share the alliance's words; said at the meeting (or before
    it), the statement's lead would say so."""
    return bool(meeting.lead_meetings) and not statement.lead_meetings and "statement" in statement.occasions


def _subjects_differ(a: EventEvidence, b: EventEvidence) -> bool:
    """One headline names only a group ("Allies pledge air defence at contact group
    meeting"), the other a country first ("Germany to give Ukraine two more Patriot
    systems", "Berlin va fournir deux Patriot, a annoncé Pistorius lors d'une réunion des
    alliés"): the meeting and one government's pledge made at it are two events, two
    alerts, though the round-up tells the pledge in its body and so shares its donor,
    system and day. (On the real-article set no two reports of one event are headed so.)"""
    def group_only(side: EventEvidence) -> bool:
        return (bool(side.headline_groups) or _counted_countries_naming_several(side)) and not side.headline_donors

    def country_first(side: EventEvidence) -> bool:
        # Not a round-up whose headline names several governments, or one whose opening does
        # (EventEvidence.is_about_an_item).
        return (bool(side.headline_donors) and not side.headline_groups
                and not side.heads_several_governments_at_a_meeting() and "meeting round-up" not in side.genres)

    return ((group_only(a) and country_first(b)) or (group_only(b) and country_first(a))
            or _round_up_beside_one_government(a, b) or _round_up_beside_one_government(b, a))


def _round_up_beside_one_government(round_up: EventEvidence, other: EventEvidence) -> bool:
    """`round_up` is a meeting's round-up headed by one government ("Germany pledges more air defence as NATO
    ministers meet", its opening telling that the Netherlands, Norway and Sweden also announced aid there:
    genre "meeting round-up", evidence.meeting_round_ups), `other` the report of a government's pledge
    (`EventEvidence.is_about_an_item`: no round-up of a meeting), whose closing paragraph may recall the others, and
    whose headline may name only the minister ("Feldmann: Zwei weitere IRIS-T-Systeme für die Ukraine"). Both tell
    the headline government's pledge in the same words and phase on the same day, so the round-up joined the
    announcement's story with one figure or none (stories round 60; with a figure for each of two announcements
    `_numbers_differ` withheld the agreement already). The lead's ruling of stop 58: a round-up of one meeting's
    announcements is its own story. Two round-ups of the meeting, whichever government or group each puts first,
    are about no item, and left to the other checks. So is a round-up whose headline names several governments at a
    standing meeting ("NATO ministers: Britain, Estonia and U.S. pledge more arms") beside a report headed by one
    government alone ("Nato-Treffen: London schickt Kiew 200 Starstreak-Raketen"): review 60's day C joined them
    (stories round 61)."""
    if not other.is_about_an_item():
        return False
    return "meeting round-up" in round_up.genres or (
        round_up.heads_several_governments_at_a_meeting() and len(other.headline_donors) == 1
        and not other.headline_groups)


def _system_phase_conflict(a: EventEvidence, b: EventEvidence) -> bool:
    """One donor's system that both headlines name, told in no common phase: "Germany
    pledges two more IRIS-T" and "Another German IRIS-T arrives in Ukraine", on the day of
    a contact-group meeting. Each report's other pledges (ammunition in the delivery list,
    money beside the pledge) may share a phase and so hide the conflict from the
    article-wide phases; the headline system's own phase does not. (Systems named only
    in the body are left out: "ammunition for the Archer guns already sent" tells the
    phase of the guns, not of the news.)"""
    phases_a = _headline_system_phases(a)
    if not phases_a:
        return False
    phases_b = _headline_system_phases(b)
    if any(phases_b.get(key) and not phases & phases_b[key] for key, phases in phases_a.items()):
        return True
    return _headline_news_in_other_phases(phases_a, phases_b)


def _headline_news_in_other_phases(phases_a: dict[tuple[str, str], set[str]],
                                   phases_b: dict[tuple[str, str], set[str]]) -> bool:
    """The two headlines name no system in common, and a donor both tell of is told in no
    common phase of them: "Berlin va fournir trois IRIS-T" (a decision) and "Weiterhin keine
    Taurus" (a refusal), two news of one press conference. The French copy of the pledge
    closes on the refusal ("qui a en revanche exclu toute livraison de missiles Taurus"), so
    it names both systems and agrees on half the pledges with the refusal's reports; coming
    first, it took them into the pledge's story and hid the refusal. Headlines picking two
    systems of one package (one outlet's HIMARS rockets, the next one's Bradleys) tell them
    in one phase and stay free to join. A headline naming a system both do is left to the
    comparison of that system's phases above."""
    if not phases_b or {family for _, family in phases_a} & {family for _, family in phases_b}:
        return False
    by_donor_a, by_donor_b = _phases_by_donor(phases_a), _phases_by_donor(phases_b)
    return any(donor in by_donor_b and not phases & by_donor_b[donor] for donor, phases in by_donor_a.items())


def _phases_by_donor(phases: dict[tuple[str, str], set[str]]) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for (donor, _), told in phases.items():
        found.setdefault(donor, set()).update(told)
    return found


def _headline_system_phases(evidence: EventEvidence) -> dict[tuple[str, str], set[str]]:
    """(donor, system family) -> phases, for the systems named in the headline: a family
    ("Leopard") takes the phases of all its variants, so that "Leopard" and "Leopard 2"
    are compared (as in `compare`)."""
    headline = {_family(system)[0] for system in evidence.headline_systems}
    found: dict[tuple[str, str], set[str]] = {}
    for key in evidence.system_phases:
        donor, system, phase = key.split("|", 2)
        family = _family(system)[0]
        if family in headline:
            found.setdefault((donor, family), set()).add(phase)
    return found


def _headline_systems_agree(a: EventEvidence, b: EventEvidence) -> bool:
    """Both headlines name a system, and each donor's pledges of the systems both name are
    told in the same phases on both sides (and at least one is told on both): "Another
    IRIS-T system arrives" and "Weiteres Iris-T-System übergeben". Pledge agreement
    (`_pledges_agree`) weighs every pledge a report names, so a delivery list's last line
    ("also Gepard ammunition and drones") keeps a longer report from agreeing with a
    shorter one; the headline's system is the news. Unless their numbers differ (see
    `_numbers_differ`): "France to send 12 more Caesar howitzers" and, hours later, "Kyiv
    confirms the six Caesar promised in January have arrived" name one donor's system in
    their headlines, and when the arrival is read as the January promise the phases agree
    too; 12 and 6 are two batches. A headline-only report told in the present
    (EventEvidence.either_phase) is told in both phases and agrees with either."""
    phases_a, phases_b = _headline_system_phases(a), _headline_system_phases(b)
    shared = phases_a.keys() & phases_b.keys()
    return (bool(shared) and all(_phases_agree(phases_a[key], phases_b[key], a, b) for key in shared)
            and not _headline_donors_differ(a, b) and not _numbers_differ(a, b))


def _steps_differ(a: EventEvidence, b: EventEvidence) -> bool:
    """`a` tells a parliament's approval given, `b` the same approval still to come (approvals.py):
    the announcement of a package that parliament must still approve and the vote days later are two
    events, which name the same donor, sum and system in the same phase."""
    return APPROVAL_GIVEN in a.occasions and APPROVAL_PENDING in b.occasions


def _procedural_step_beside_other(step: EventEvidence, other: EventEvidence) -> bool:
    """`step` tells a legislature's procedural vote as done and no approval given ("the aid bill clears a
    procedural hurdle in the Senate": approvals.PROCEDURAL_STEP), `other` tells no such step. Both tell the
    approval as still to come, so nothing else told them apart from a government's announcement of the
    same package and sum on the same day ("..., pending Congress"): joined, the later one's alert was never
    sent. Two acts of two actors; the step's reports in other languages tell the step too."""
    return (PROCEDURAL_STEP in step.occasions and APPROVAL_GIVEN not in step.occasions
            and PROCEDURAL_STEP not in other.occasions)


def _vote_beside_earlier_vote(vote: EventEvidence, after: EventEvidence) -> bool:
    """`vote` tells a legislature's approval given, `after` tells one only in a clause setting it before its own news
    (approvals.APPROVAL_EARLIER: "Nachdem das Parlament zugestimmt hat, liefert ...", "..., was der Bundestag am
    Dienstag beschlossen hatte"): the report of what the vote allowed, a government's act, beside the vote's report.
    They share the donor, the sum and, dated now, the vote's day, and the later one's alert was lost."""
    return (APPROVAL_GIVEN in vote.occasions and APPROVAL_EARLIER in after.occasions
            and APPROVAL_GIVEN not in after.occasions)


def _vote_beside_word(vote: EventEvidence, word: EventEvidence) -> bool:
    """`vote` tells a legislature's approval given (a budget committee freeing the money, a chamber
    passing a package: approvals.py), `word` tells no approval, given or to come: a government's or a
    minister's announcement. On one day one donor's minister may pledge three more systems of a kind
    in the morning and its parliament's budget committee free the money for that system's missiles in
    the afternoon: the same donor, system, phase and day, and a minister's pledge names no sum, so
    their pledges agreed and the later news joined the first story, unalerted. Two acts: they join
    only on a shared figure or a fact naming one event (story_score), as a government's report of the
    vote naming its sum does, never on agreeing pledges or headline systems alone. A word naming the
    legislature's consent as done in passing ("after Congress signed off on the money": APPROVAL_RECALLED)
    tells the approval: the government's report of the act the vote allowed, one event with it."""
    approvals = {APPROVAL_GIVEN, APPROVAL_PENDING, APPROVAL_RECALLED}
    return APPROVAL_GIVEN in vote.occasions and not word.occasions & approvals


def _training_beside_supply(training: EventEvidence, supply: EventEvidence) -> bool:
    """`training` leads with nothing but training (Ukrainian soldiers taught to use a system), `supply`
    with things given and tells no training and no money (which may pay for the training). Training
    crews on a system is no pledge of the system: "Germany to train 200 Ukrainian IRIS-T crews" and
    "Germany pledges three more IRIS-T" of the same morning share donor, system, phase and day, and the
    headlines' system joined them, hiding the training's news; a report telling both ("will send IRIS-T
    and train the crews") conflicts with neither, nor does one whose supply the extraction missed: a
    training report sharing a count or sum with the other's lead, or telling more of a kind given
    ("and send Kyiv three more of the systems": supply_told) about a system the other names."""
    kinds = {key.split("|")[1] for key in training.lead_pledge}
    other_kinds = {key.split("|")[1] for key in supply.pledges}
    if not (kinds == {"training"} and bool(supply.lead_pledge) and not other_kinds & {"training", "funding"}):
        return False
    return not _supply_beside_training(training, supply)


def _cut_beside_other(cut: EventEvidence, other: EventEvidence) -> bool:
    """`cut`'s headline tells aid or a pledge cut (pledge_cuts.py), `other`'s tells none and is no report of a halt
    or a denial: a cut is news of its own beside the pledge's reports, told in their words ("kürzt die zugesagte
    Militärhilfe"), but one outlet's "cut" is the next one's "halt" or "pause" of deliveries, and a denial names
    the cut it denies in its own words."""
    return (PLEDGE_CUT in cut.occasions and PLEDGE_CUT not in other.occasions
            and "denial" not in cut.occasions | other.occasions and "refusal" not in cut.phases | other.phases)


def _fund_payment_beside_purchase(fund: EventEvidence, purchase: EventEvidence) -> bool:
    """`fund`'s lead tells money paid into a fund or a scheme (fund_payments.py) and names no kind of thing, its
    pledges the donor's funding alone; `purchase` names no fund (FUND_NAMED) and names a kind of thing it
    pledges: one donor's two payments (PURL money for American weapons, shells bought from makers), even of one
    sum on one day."""
    # A purchase naming any fund may be the fund payment told another way (fund_payments.FUND_NAMED); evidence
    # stored before that tag existed names it only by FUND_PAYMENT.
    if (FUND_PAYMENT not in fund.occasions or fund.things
            or FUND_NAMED in purchase.occasions or FUND_PAYMENT in purchase.occasions):
        return False
    funded = {key.split("|")[0] for key in fund.pledges if key.split("|")[1] == "funding"}
    if not funded or any(key.split("|")[1] != "funding" for key in fund.pledges):
        return False
    return bool(purchase.things) and any(
        key.split("|")[0] in funded and key.split("|")[1] != "funding" for key in purchase.pledges)


def _supply_beside_training(training: EventEvidence, supply: EventEvidence) -> bool:
    """The training report tells the other's supply too, though no pledge of it was read: a count or a
    sum of the other's lead pledge, or more things of a kind given about a system both name."""
    lead_counts = {int(key.split("|")[0]) for key in supply.counted if key.split("|")[0].isdigit()}
    shares_figure = bool(training.counts & (supply.counts | lead_counts)
                         or training.amounts & (supply.amounts | supply.lead_amounts))
    return shares_figure or (SUPPLY_TOLD in training.occasions and bool(training.systems & supply.systems))


def _chambers_differ(a: EventEvidence, b: EventEvidence) -> bool:
    """Each tells the vote of one chamber, not the same (approvals.chamber_voting): two votes on one bill
    at two sittings, two events, though they name the same donor, sum and phase."""
    chambers = {LOWER_CHAMBER_VOTE, UPPER_CHAMBER_VOTE}
    told_a, told_b = a.occasions & chambers, b.occasions & chambers
    return bool(told_a and told_b and told_a != told_b)


def _present_headline_beside_decision(headline: EventEvidence, other: EventEvidence) -> bool:
    """`headline` is a headline alone telling a handing-over in the present (EventEvidence.either_phase:
    "Sweden delivers Archer howitzers to Ukraine"), `other` a report of a decision only (no headline of
    that kind itself), and the two share no count and no sum. Told in either phase, such a headline
    conflicts with no report, so on a day when one donor both delivers a system and pledges more of it,
    it joined whichever story of that system came first: the pledge's, when it came before the full
    report of the delivery (tests/stories/test_story_grouping_23.py, day D). Its verb tells a delivery;
    a decision it reports names the same figure ("Sweden delivers 18 Archers" beside "Sweden to send 18
    more"), and without one it is left apart from the decision: a missed pair at worst, where joining
    the wrong story hid the delivery or the pledge. A small count of the same government's same system in both
    headlines is such a figure too ("Niederlande schicken zwei weitere Patriot-Startgeräte" beside "Dutch to send
    two more Patriot launchers", review 55): under MIN_TELLING_COUNT a count is no shared detail of two reports,
    but here it only keeps the headline's either phase from conflicting; the donor, the system and the number
    must all agree, and a system or count told otherwise still keeps them apart."""
    return (headline.either_phase and not other.either_phase and other.phases == {PHASE_OF_STATUS["pledged"]}
            and not (headline.counts & other.counts or headline.amounts & other.amounts
                     or headline.headline_system_counts & other.headline_system_counts))


def _phases_agree(phases_a: set[str], phases_b: set[str], a: EventEvidence, b: EventEvidence) -> bool:
    """One system's phases on both sides are the same, or the side told in either phase
    (EventEvidence.either_phase) names all the other's."""
    return phases_a == phases_b or (a.either_phase and phases_b <= phases_a) or (b.either_phase
                                                                                 and phases_a <= phases_b)


def event_keys_shared(a: EventEvidence, b: EventEvidence) -> int:
    """How many facts that identify one event on their own the two report alike, each
    as its news (see `event_evidence`):

    - the same count of the same kind of thing from the same donor in the same phase
      ("DE|armour|delivered|18");
    - the first (or the n-th) delivery of the same system: it happens once;
    - the same amount decided by the same group its headline is about ("EU|2e+09 EUR");
    - the same donor's package by its number in the series ("IT|12": "12th package",
      "12e paquet", "12. Hilfspaket").

    Such a fact makes two reports one event even when they share few words (a
    translation, a rewrite); the conflicts of `compare` still keep them apart."""
    return (len(a.first_deliveries & b.first_deliveries) + len(a.later_deliveries & b.later_deliveries)
            + len(a.counted_pledges & b.counted_pledges) + len(a.group_amounts & b.group_amounts)
            + len(a.package_ordinals & b.package_ordinals))


def _pledges_agree(a: EventEvidence, b: EventEvidence) -> bool:
    """The two report the same pledges: the keys both name are at least half of all the
    keys either names, one of them is more than a debate, and what either headline
    reports is among them.

    A short report names the headline pledge, a longer one adds a little of the package;
    a report naming five pledges shares one with many others. Two reports that only
    agree that a donor is "considering" something are the recurring debate about it
    (weeks of "Berlin is still weighing Taurus"), not one piece of news. And the headline
    is the news: "US secretly shipped missiles" recalls in its lead that Washington
    "agreed to send" them, which the report of that promise, months before, shares; the
    shipment it does not. An analysis or a comment whose headline names no one agrees with
    nothing (see `_commentary_on_no_one`)."""
    if _commentary_on_no_one(a) or _commentary_on_no_one(b):
        return False
    pledges_a, pledges_b = _headline_donors_pledges(a, b), _headline_donors_pledges(b, a)
    shared = pledges_a & pledges_b
    # (two previews of an announcement still to be made, "will announce a large order of drones next week", read it as
    # debated: one piece of news, not the recurring debate)
    if not any(not key.endswith("|discussed") for key in shared) and not _both_preview(a, b):
        return False
    for side in (a, b):
        news = _headline_news(side)
        if news and not news & shared:
            return False
    return len(shared) >= _PLEDGE_AGREEMENT * len(pledges_a | pledges_b)


def _both_preview(a: EventEvidence, b: EventEvidence) -> bool:
    """Both tell an announcement still to be made (occasion "preview"), by the same one government."""
    return "preview" in a.occasions and "preview" in b.occasions and len(a.donors) == 1 and a.donors == b.donors


def _headline_news(side: EventEvidence) -> frozenset[str]:
    """The pledges `side`'s headline reports, without money when the report names no sum:
    "Italy announces new military aid for Ukraine" is read as Italy's funding, but "aid"
    with no figure is the umbrella word of the template, not a payment, and the copy
    headed "Italy to send Ukraine shells and air defence missiles" reports the same news."""
    if side.amounts:
        return side.headline_pledges
    return frozenset(key for key in side.headline_pledges if key.split("|")[1] != "funding")


def _counted_countries_naming_several(side: EventEvidence) -> bool:
    """A headline whose subject is a number of countries it does not name ("Ukraine-Gipfel in Rom: Fünf Länder sagen
    Flugabwehr, Munition und Hubschrauber zu": genres._COUNTED_COUNTRIES) over an opening naming two systems or
    more: a summit's round-up, as a headline naming only a group heads one (stop 56: with its German list of five
    pledges read as none, it joined Spain's own report of its Hawk launchers, the one system they shared). One
    system is left out: "Three Nordic countries buy Patriots" is as often the joint act every partner's report tells."""
    return "countries" in side.genres and len(side.systems) >= 2


def _several_governments_beside_one(side: EventEvidence, other: EventEvidence) -> bool:
    """`side`'s headline names no government and its pledges are several governments'
    ("Two Patriot pledges in Brussels leave Kyiv's winter gap open": Germany's and the
    Netherlands'), while `other`'s headline names a government and its pledges are fewer
    governments'. The first weighs or rounds up several announcements; half of its pledges
    are each government's own report's, so it agreed with whichever came first and, when it
    came first itself, hid that government's news behind it: neither its pledges nor its
    headline's system agree with that report's. A shared figure or a fact that names one
    event still joins them (see `compare`, `event_keys_shared`)."""
    if side.headline_donors or not other.headline_donors:
        return False
    givers = _pledge_donors(side)
    return len(givers) >= 2 and len(_pledge_donors(other)) < len(givers)


def _pledge_donors(side: EventEvidence) -> set[str]:
    return {key.split("|", 1)[0] for key in side.pledges}


def _audits(side: EventEvidence) -> bool:
    """The report's opening tells an audit, an inquiry or an annual report of past giving (the lead's ruling of stop
    59, bot/core/pledges/special_pieces/audits.py): news of its own, no pledge of the day. Beside a report of a
    government's announcement or delivery it is another event ("genre"), though it recalls the same tanks in the same
    words
    ("Spain has delivered half of its Leopards" and the auditors on "the weapons it donated, including spare parts
    for the Leopard tanks": 0.50 alike)."""
    return "audit" in side.genres


def _commentary_on_no_one(side: EventEvidence) -> bool:
    """A piece its headline marks as an analysis, a comment or an explainer, naming no
    donor, no group and no system ("Analysis: A week of air defence promises, and one
    U-turn"): it reports no news of its own, and the pledges its body weighs may be several
    events' (two German packages of one week, a third government's change of mind).
    Agreeing on them with one government's report says nothing about which of them it is
    about; a shared figure or a fact that names one event still joins it (see `compare`,
    `event_keys_shared`). (A feed item without a title, headed by its first sentence, is
    no such piece, whatever that sentence names.)"""
    return "commentary" in side.genres and not (side.headline_donors or side.headline_groups
                                                or side.headline_systems)


def _headline_donors_pledges(side: EventEvidence, other: EventEvidence) -> frozenset[str]:
    """The pledges of `side` that say what its news is: when both headlines name the same
    donors, only theirs. Wire copy closes on the background ("Denmark, Norway and Belgium
    have also pledged F-16s", "the scheme is funded by Germany, the Netherlands and
    Canada"), which one outlet gives and another leaves out; counted in, it keeps the
    longer report from agreeing with the shorter one on the headline donor's pledges."""
    donors = side.headline_donors
    if not donors or donors != other.headline_donors:
        return side.pledges
    return frozenset(key for key in side.pledges if key.split("|", 1)[0] in donors)


def _same_numbered_event(a: EventEvidence, b: EventEvidence) -> bool:
    """Both report the same n-th delivery of one system or the same n-th package of one
    donor, each of which happens once. The day a report names is the day something was
    said about it: Berlin's ministry on Thursday ("fifth IRIS-T handed over"), Kyiv's air
    force on Friday ("the fifth IRIS-T delivered this week is on duty"), one delivery."""
    return bool(a.first_deliveries & b.first_deliveries or a.later_deliveries & b.later_deliveries
                or a.package_ordinals & b.package_ordinals)


def _one_numbered_act(a: EventEvidence, b: EventEvidence) -> bool:
    """Both report the same numbered event (`_same_numbered_event`) and neither is a legislature's vote beside
    the other's government word (`_vote_beside_word`): "Italy's cabinet approves 13th arms package" on Monday
    and "Parliament approves Italy's 13th package" on Thursday name one package and its two acts, whose two
    days tell them apart (review 54, d1), as they do for unnumbered packages."""
    return _same_numbered_event(a, b) and not (_vote_beside_word(a, b) or _vote_beside_word(b, a))


def one_numbered_event_led_alike(a: EventEvidence, b: EventEvidence) -> bool:
    """Both report the same n-th delivery of a system or the same n-th package of a donor
    (`_same_numbered_event`, which happens once), lead with the same pledge and give no
    figures that differ: one outlet's report of the first Mirage jets in Ukraine and its
    round-up of the day led by them (see same_feed.own_reports_of_one_numbered_event). Its
    two texts of one package with other sums are its report and an unmarked correction, or
    a template's two announcements: a doubt, and in doubt two reports stay apart."""
    return bool(a.lead_pledge and a.lead_pledge == b.lead_pledge and _same_numbered_event(a, b)
                and not figures_differ(a, b))


def _same_counted_delivery(a: EventEvidence, b: EventEvidence) -> bool:
    """Both tell a donor's delivery of the same number of one system, and no other count:
    Copenhagen on Monday ("20 more Leopard 1A5 delivered"), Kyiv's army on Tuesday ("the 20
    Leopard tanks delivered this week are already with a brigade"), two weekdays of one
    delivery. A batch arrives once; the next one of the same donor and system comes weeks
    later and seldom counts the same. A report that also counts another batch (six guns
    "en route" beside the twelve delivered in May) tells news of its own."""
    counted = a.counted
    return bool(counted and counted == b.counted and all(count.endswith("|delivery") for count in counted)
                and a.donors & b.donors and _shared_systems(a.systems, b.systems))


def _ordinals_differ(a: EventEvidence, b: EventEvidence) -> bool:
    """Both report the n-th delivery of a system (of one family), or the n-th package of
    one donor, and no n in common."""
    ordinals_a, ordinals_b = _delivery_ordinals(a), _delivery_ordinals(b)
    if any(ordinals_b.get(family) and not nths & ordinals_b[family] for family, nths in ordinals_a.items()):
        return True
    packages_a, packages_b = _package_numbers(a), _package_numbers(b)
    return any(packages_b.get(donor) and not nths & packages_b[donor] for donor, nths in packages_a.items())


def _package_numbers(evidence: EventEvidence) -> dict[str, set[str]]:
    """Donor -> the numbers of its packages the evidence names ("IT|12")."""
    return _by_donor(evidence.package_ordinals, str.rpartition)


def _delivery_ordinals(evidence: EventEvidence) -> dict[str, set[int]]:
    """System family -> the ordinals of the deliveries of it the evidence reports."""
    found: dict[str, set[int]] = {}
    for system in evidence.first_deliveries:
        found.setdefault(_family(system)[0], set()).add(1)
    for key in evidence.later_deliveries:
        system, _, nth = key.rpartition("|")
        found.setdefault(_family(system)[0], set()).add(int(nth))
    return found


def _numbers_differ(a: EventEvidence, b: EventEvidence) -> bool:
    """Both give amounts and none in common, or both give counts and none in common:
    "$400 million" and "$820 million" are two packages of one donor, "12 guns" and "18
    guns" two batches. (Not a conflict on its own: reports of one event may quote the
    running total beside the new package; here it only withholds pledge agreement.) So do both headlines
    counting one government's same system, small counts too, with no count in common (EventEvidence.
    headline_system_counts): "two more Patriot launchers" and "drei weitere Patriot-Startgeräte" of one
    day are two batches, as 12 and 18 guns are (round 57)."""
    return bool((a.amounts and b.amounts and not _amounts_may_agree(a, b))
                or (a.counts and b.counts and not _shared_counts(a, b))
                or _headline_system_counts_differ(a, b))


def _headline_system_counts_differ(a: EventEvidence, b: EventEvidence) -> bool:
    """Both headlines count one government's same system ("NL|Patriot|2", "NL|Patriot|3"), never alike."""
    counts_a = _by_donor(a.headline_system_counts, str.rpartition)
    counts_b = _by_donor(b.headline_system_counts, str.rpartition)
    return any(not counts_a[key] & counts_b[key] for key in counts_a.keys() & counts_b.keys())


def figures_contradict(a: EventEvidence, b: EventEvidence) -> bool:
    """The two report the same pledges (the same donors, kinds of thing and status, the same
    headline donors: `_pledges_agree`), and one of those pledges is counted on both sides, with no
    count in common and none close (`_counts_close`' closeness): "19 more Caesar" and "eight more
    Caesar" of one donor are two batches. Only the pledges' own counts (EventEvidence.counted_pledges)
    are compared: the other numbers of a lead ("several hundred missiles", "well beyond ten
    launchers in Ukraine") are no figure of the news. Not a conflict between two reports (they join
    or not on what else they share); a story grown by chaining is held to it (chains.py)."""
    if not (_pledges_agree(a, b) and not _headline_donors_differ(a, b)):
        return False
    counts_a, counts_b = _pledge_counts(a), _pledge_counts(b)
    return any(not counts_a[key] & counts_b[key] and not _any_close(counts_a[key], counts_b[key], a, b)
               for key in counts_a.keys() & counts_b.keys())


def _pledge_counts(evidence: EventEvidence) -> dict[str, set[int]]:
    """Pledge key ("DK|artillery|pledged") -> the counts the report gives it (EventEvidence.counted_pledges)."""
    counts: dict[str, set[int]] = {}
    for counted in evidence.counted_pledges:
        key, _, count = counted.rpartition("|")
        if count.isdigit():
            counts.setdefault(key, set()).add(int(count))
    return counts


def _any_close(xs: set[int], ys: set[int], a: EventEvidence, b: EventEvidence) -> bool:
    """Some count of one is close to one of the other's, as `_counts_close` reads closeness."""
    for x in xs:
        for y in ys:
            if x in a.rough_counts or y in b.rough_counts:
                closeness = _ROUGH_COUNT_CLOSENESS
            elif min(x, y) >= _EXACT_COUNTS_FROM:
                closeness = _EXACT_COUNT_CLOSENESS
            else:
                continue
            if abs(x - y) <= closeness * max(x, y):
                return True
    return False


def figures_differ(a: EventEvidence, b: EventEvidence) -> bool:
    """Both give amounts and none may be the other's, or both give counts and none in
    common, whatever each counts: the figures as written differ ("200 Millionen Euro" and
    "300 Millionen Euro"), not what the numbers count (a thanks for "dix véhicules" read as
    delivered still names the ten of the promise)."""
    return bool((a.amounts and b.amounts and not _amounts_may_agree(a, b))
                or (a.counts and b.counts and not a.counts & b.counts))


# Roughly what one unit of each currency is worth in euros, and how far apart two amounts
# in different currencies may be, so converted, and still be one sum: rates move (the
# dollar has been worth 0.85 to 1.05 euros in this war, the Norwegian crown 0.08 to 0.11)
# and outlets round the converted figure ("5 billion crowns ($465 million)", "rund 430
# Millionen Euro"). Crowns without their country may be any of them.
_EUROS_PER_UNIT = {
    "EUR": (1.0,), "USD": (0.92,), "GBP": (1.16,), "CAD": (0.67,), "AUD": (0.6,), "CHF": (1.0,),
    "NZD": (0.55,), "NOK": (0.087,), "SEK": (0.088,), "DKK": (0.134,), "CZK": (0.04,), "JPY": (0.0062,), "PLN": (0.23,),
    "ISK": (0.0066,), "RON": (0.2,), "BGN": (0.51,), "HUF": (0.0025,), "UAH": (0.022,), "KRW": (0.00068,),
    CROWNS: (0.04, 0.087, 0.088, 0.134),
}
_CONVERSION_SLACK = 1.5
# How far a figure told as rough ("more than 1 billion", "rund 800 Millionen") may be from
# the exact one in the same currency: rounding to one or two figures.
_ROUNDING_SLACK = 1.25


def _amounts_may_agree(a: EventEvidence, b: EventEvidence) -> bool:
    """Some amount of `a` may be one of `b`: the same amount in the same currency (or within
    _ROUNDING_SLACK when one is told as rough: "plus d'un milliard d'euros" and "1.1 billion
    euros"), or, when the two share no currency, within _CONVERSION_SLACK of each other in euros, one of the
    two told as rough or converted (EventEvidence.rough_amounts). One outlet gives the
    donor's own money ("1.1 billion Danish crowns"), the next converts it ("environ 147
    millions d'euros"): two currencies are no two sums. But one minister's dollars paid into
    a fund and his government's own crowns, each stated plainly, are two sums however close
    they convert. (Not a shared detail either: only the same figure is one; see `compare`.)"""
    if a.amounts & b.amounts:
        return True
    amounts_a, amounts_b = [_amount(key) for key in a.amounts], [_amount(key) for key in b.amounts]
    if {currency for _, _, currency in amounts_a} & {currency for _, _, currency in amounts_b}:
        # In the currency both use, two figures are two sums, unless one is the other
        # rounded ("plus d'un milliard d'euros" for 1.1 billion).
        return any(
            currency_a == currency_b and value_a and value_b
            and (key_a in a.rough_amounts or key_b in b.rough_amounts)
            and max(value_a, value_b) <= _ROUNDING_SLACK * min(value_a, value_b)
            for key_a, value_a, currency_a in amounts_a for key_b, value_b, currency_b in amounts_b
        )
    for key_a, value_a, currency_a in amounts_a:
        for key_b, value_b, currency_b in amounts_b:
            if value_a is None or value_b is None:
                continue
            if key_a not in a.rough_amounts and key_b not in b.rough_amounts:
                continue
            rates_a, rates_b = _EUROS_PER_UNIT.get(currency_a), _EUROS_PER_UNIT.get(currency_b)
            if rates_a is None or rates_b is None:
                return True  # a currency without a rate: nothing says the sums differ
            if any(max(x, y) <= _CONVERSION_SLACK * min(x, y)
                   for x in (value_a * r for r in rates_a) for y in (value_b * r for r in rates_b)):
                return True
    return False


# How far an amount told converted ("environ 370 millions d'euros" for "$400 million") may
# be from the other currency's figure, in euros at the rates above, and still be that figure
# as a shared detail: the rate of the day and the outlet's rounding, not the swings of the
# war's years that _CONVERSION_SLACK allows for merely not conflicting.
_CONVERTED_DETAIL_SLACK = 1.1


def _converted_amount_shared(a: EventEvidence, b: EventEvidence) -> int:
    """1 when an amount of one side, told rough or converted (EventEvidence.rough_amounts),
    is an amount of the other in another currency, within _CONVERTED_DETAIL_SLACK: one
    outlet's pounds and the next one's "l'équivalent de quelque 400 millions d'euros" are
    one figure, as two copies' "350 million pounds" are. Two figures each stated plainly
    are two sums, however close they convert (`_amounts_may_agree`); so are two figures in
    a currency both give, whatever another figure beside one of them converts to ("3.4
    billion crowns ($320 million)" against "3.5 billion crowns")."""
    amounts_a, amounts_b = [_amount(key) for key in a.amounts], [_amount(key) for key in b.amounts]
    if {currency for _, _, currency in amounts_a} & {currency for _, _, currency in amounts_b}:
        return 0
    for key_a, value_a, currency_a in amounts_a:
        for key_b, value_b, currency_b in amounts_b:
            if (value_a is None or value_b is None
                    or (key_a not in a.rough_amounts and key_b not in b.rough_amounts)):
                continue
            rates_a, rates_b = _EUROS_PER_UNIT.get(currency_a, ()), _EUROS_PER_UNIT.get(currency_b, ())
            if len(rates_a) == 1 and len(rates_b) == 1 and max(
                    x := value_a * rates_a[0], y := value_b * rates_b[0]) <= _CONVERTED_DETAIL_SLACK * min(x, y):
                return 1
    return 0


def _amount(key: str) -> tuple[str, float | None, str]:
    """"1.1e+09 DKK" -> ("1.1e+09 DKK", 1.1e9, "DKK")."""
    number, _, currency = key.partition(" ")
    try:
        return key, float(number), currency
    except ValueError:
        return key, None, currency


def _shared_counts(a: EventEvidence, b: EventEvidence) -> set[int]:
    """The counts both name, except those both tie to pledges of different phases.

    Wire copy quotes the running total beside the new batch, and the new batch of one
    announcement is the earlier delivery of the next: "12 more guns, after the 18
    delivered" and, months later, "6 more guns are on the way, after the 12 delivered".
    The same number counting what is promised in one report and what was delivered (or
    ordered from industry) in the other is two facts, not one detail in common. Unless
    one is an order from industry and the other a pledge, and their sums agree: a donor
    paying for guns made in Ukraine is read as an order in one outlet's words ("will finance
    24 howitzers built in Ukraine") and as a pledge in the next ("bezahlt der Ukraine 24
    Haubitzen"); a stock package and an industry order of one day have their own sums."""
    shared = set(a.counts & b.counts)
    for count in list(shared):
        phases_a = _phases_counting(a, count)
        phases_b = _phases_counting(b, count)
        if _recalled_beside_its_own_batch(a, phases_b, phases_a) or _recalled_beside_its_own_batch(
                b, phases_a, phases_b):
            shared.discard(count)
            continue
        if phases_a and phases_b and not phases_a & phases_b and not (
                {"production", "decision"} == phases_a | phases_b and a.amounts and b.amounts
                and _amounts_may_agree(a, b)):
            shared.discard(count)
    return shared


def _recalled_beside_its_own_batch(side: EventEvidence, other_phases: set[str], own_phases: set[str]) -> bool:
    """`side` names a count the other report counts as its news in some phase, ties it to
    no pledge of its own, and counts another batch in that phase as its news: "six more
    Caesar, on top of the 12 announced on Tuesday" recalls Tuesday's twelve beside Friday's
    six, two pledges of one donor in one week, not one detail in common. (A number that
    only names a model, "50 LAV 6 vehicles", must not be read as the batch: the system's
    name keeps it out, config/entities.toml.)"""
    if own_phases or not other_phases:
        return False
    own_batches = {key.partition("|")[2] for key in side.counted}
    return bool(own_batches & other_phases)


def _phases_counting(evidence: EventEvidence, count: int) -> set[str]:
    prefix = f"{count}|"
    return {key[len(prefix):] for key in evidence.counted if key.startswith(prefix)}


def _headline_donors_differ(a: EventEvidence, b: EventEvidence) -> bool:
    """Both headlines name donor countries, not the same ones: "Denmark to send F-16s"
    and "Denmark and the Netherlands to send F-16s" are usually two announcements (one
    government's, then a joint one), though their pledges overlap."""
    return bool(a.headline_donors and b.headline_donors and a.headline_donors != b.headline_donors)


def _family(system: str) -> tuple[str, str]:
    """"Leopard 2" -> ("leopard", "2"); "Leopard" -> ("leopard", ""); "F-16" -> ("f-16", "")."""
    head, _, variant = system.lower().partition(" ")
    if variant[:1].isdigit() and head.isalpha():
        return head, variant.split()[0]
    return system.lower(), ""


def system_family(system: str) -> str:
    """The family a system belongs to ("Leopard 2" -> "leopard"): two reports share a system
    only when they name one family (_shared_systems)."""
    return _family(system)[0]


def _models_differ(a: EventEvidence, b: EventEvidence) -> bool:
    """Both name systems beside each other, none in common, a calibre one tells against the other's shells told
    without it left out (calibres.py): "obus de 155 mm" and the CV90 of "Artilleriegranaten ... Ersatzteile für
    CV90" are one package's copies."""
    systems_a, systems_b = systems_beside(a.systems, b.things), systems_beside(b.systems, a.things)
    return bool(systems_a and systems_b and not _shared_systems(systems_a, systems_b))


def _shared_systems(a: frozenset[str], b: frozenset[str]) -> int:
    """How many of a's systems b names too, a family name matching any of its variants."""
    if not a or not b:
        return 0
    families_b = {}
    for system in b:
        head, variant = _family(system)
        families_b.setdefault(head, set()).add(variant)
    shared = 0
    for system in a:
        head, variant = _family(system)
        variants = families_b.get(head)
        if variants is not None and (not variant or "" in variants or variant in variants):
            shared += 1
    return shared
