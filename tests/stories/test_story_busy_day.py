"""Story grouping on busy news days of wire copy (tests/data/busy_day*.jsonl), each written and
labelled by hand before it was first run, as held-out checks of the rules tuned on the
real-article set and on tests/data/wire_clusters*.jsonl. The first day is described here; the
second at DAYS.

44 reports of 17 events in English, French and German, one feed per outlet, all dated the
same moment (the scorer's busy day) and read by the real poller (`FeedPoller.ingest`) in
several feed orders. What makes it hard is what makes a real day hard:

- one donor with two announcements of the day: the Netherlands handing over its last F-16s
  and pledging money for drones;
- one system from two donors: Germany's two IRIS-T SLM and the one Denmark pays for (its
  amount in "Danish crowns" and in "Kronen"), Norway's F-16s arriving beside the Dutch ones,
  Belgium's still to come;
- a contact-group meeting where several donors announce different things, its round-up in
  three languages beside each donor's own report (Germany, Britain, Canada, France);
- a donor's pledge (twelve more Caesar) and, hours later, Kyiv confirming the arrival of an
  earlier batch (six) of the same system;
- one event in three languages with other number formats and names ("1.5 billion", "1,5
  milliard", "1,5 Mrd."; Kyiv, Kiew, Kiev; IRIS-T SLM, Iris-T, IRIS-T);
- an explainer and a commentary on the day's news, a live blog's entries, an agency's marked
  correction of a figure in its own report, a refusal (Taurus) beside the same government's
  pledge.

Labelling follows ../shared/eval/README.md: reports of one announcement, meeting or delivery
share an event; the explainer and the commentary report the event they explain; the round-up
of the meeting is the meeting, each government's pledge made at it an event of its own.

Before the fixes this day was measured in 6 orders (the file's, then 5 shuffles) at pair
precision 0.81, recall 0.88 and the Caesar receipt or the Caesar pledge hidden in every one:
the two reports named France's Caesar in their headlines, told in one phase (the arrival of
"the six promised in January" is read as the promise), and counted 12 and 6.

Each later day is described beside its figures at DAYS. Round 10 (days 24 and 25, written
and labelled before any run; day 26 after its fixes, held out) put several events of one
kind on one day: first runs 1.00 / 1.00, 1.00 / 0.59 and, held out, 1.00 / 1.00, nothing
hidden, in both date modes and every order; day 25 at 0.86 after the round's fixes (a wire's
update under a new headline, a round-up sharing no likeness with its translations, Kyiv's
follow-up of a counted delivery the next day, an agency's correction of a count). Its first
fix counts a newcomer's gap to a story from the story's nearest report (busy day 22 as
published, 0.84 -> 1.00).

Round 11 (days 27 and 28, written and labelled before any run; day 29 after its fixes, held
out) was adversarial for precision: distinct events sharing donor, system, item, meeting,
day or headline template (see DAYS). First runs, both date modes, 7 orders: 1.00 / 1.00;
0.69 / 1.00 with one of France's two Caesar pledges of one week hidden in every order; held
out, 0.89 / 0.92 in 2 orders (1.00 / 1.00 in 5) with Germany's Patriot pledge hidden in 1.
All three 1.00 / 1.00, nothing hidden, after the round's fixes: a count recalled beside a
report's own batch is no shared detail, and a report weighing several governments' pledges
under a headline naming none agrees with no single government's report. The real-article
set's figures are unchanged (stories 1.00 / 0.86, nothing hidden, both date modes).

This file replays the days whole and holds them to their figures; the single reports and
pairs taken from them, each the case of a fix, are in test_story_busy_day_cases.py.
"""

from __future__ import annotations

import asyncio
import sqlite3
from collections import defaultdict

import pytest

from bot.core.feeds.dates import plausible_published
from bot.core.stories.own_reports.revisions import revision_headline
from tests.support.busy_days import replayed_day, together_in_every_replay
from tests.support.story_replay import by_outlet, item_date, labelled_reports, orders, pair_figures, poll_time, replay

# (file, items stored as relevant, pairs of one event among them, the pair recall reached:
# a ratchet, raise it as grouping improves, never lower it to let a grouping change land;
# when the rules find more of a day's reports relevant, its pairs change and the figure is
# measured anew, the reason said beside it).
DAYS = [
    # 0.86 until a promise told as arrived was read as the delivery it is, 0.95 until the
    # round-ups of one meeting in three languages joined on the meeting and the day
    ("busy_day.jsonl", 44, 43, 1.0),
    # Written after the first fixes and before measuring: 32 reports of 12 events (one
    # donor's stock package and its industry order of one rocket the same day, a third
    # Patriot delivered beside another donor's Patriot pledge, a receipt without a number,
    # crowns in three languages, an EU decision in three and a comment on it, a live-blog
    # entry without a title, an agency's update). Main before: pairP 0.74, pairR 0.85, the
    # industry order hidden behind the stock package ($725 million and $1 billion) in all 6
    # orders; 1.00 / 0.89 after the first fixes, the EU decision's three reports apart.
    # The comment and the joint venture, once missed by the rules, are found relevant since
    # 2026-12-03 ("freigegeben", "Gemeinschaftsunternehmen"): the joint venture joins its
    # English twin, the comment stayed apart from the decision it comments on, which cost 3 of
    # 31 pairs (0.90) until a headline naming no one took the group of its first sentence.
    ("busy_day_2.jsonl", 32, 31, 1.0),
    # Written after the second day's fix and before measuring: 23 reports of 10 events
    # (a chancellor's package and an arms maker's plant contract at one visit, a joint
    # headline of two donors beside one of them alone, one donor's loan and radars the same
    # day, an arms sale approval beside a delivery, untitled live-blog entries of two events,
    # a refusal at the same press conference). Main before: 1.00 / 1.00, nothing hidden.
    # The British loan in German, once missed by the rules, is found relevant and joins its
    # English twin.
    ("busy_day_3.jsonl", 23, 17, 1.0),
    # Written and labelled before any run, 2026-12-03: 35 reports of 11 events around a NATO
    # defence ministers' meeting (its round-ups in three languages and a live-blog entry;
    # Germany's two Patriot told there, updated twice, with a comment and Kyiv's thanks;
    # Romania's promised Patriot arrived; Norway's two announcements of the day, air defence
    # in crowns, dollars and euros, naval drones in crowns; Belgium's first F-16 beside
    # Denmark's package with F-16 munitions in crowns and in euros; Spain's Leopards beside
    # a repair hub for Leopards; Canadian dollars). Main before: 1.00 / 0.95, nothing
    # hidden, Denmark's package in euros apart from its copies in crowns; 1.00 after a sum
    # in two currencies stopped counting as two sums. The comment is not found relevant.
    ("busy_day_4.jsonl", 34, 43, 1.0),
    # Written with the fourth: 33 reports of 10 events around a contact-group meeting (its
    # round-ups and an analysis; Germany's package there and its industry order of IRIS-T
    # the same day; Sweden's Gripen updated twice, with an editorial and Zelensky's thanks,
    # and its payment for US weapons in dollars, crowns and euros; Norway's promised F-16
    # all handed over beside a US sale of F-16 support; Leopards arriving and Leopards
    # pledged; an EU ministers' meeting the same day). Main before: 1.00 / 0.84, nothing
    # hidden; 0.88 after the sum in two currencies, 0.94 once round-ups of one meeting that
    # list different governments stopped conflicting on donors, 0.96 once the Leopards
    # arriving "aus einem von Deutschland finanzierten Programm" were read as delivered
    # (tests/pledges/test_pledges_wire_11.py; the EU veto's pairs stay apart).
    ("busy_day_5.jsonl", 33, 49, 0.95),
    # Round 3, written and labelled before any run, 2028-01-18: 29 reports of 10 events
    # around a contact-group meeting at Ramstein (its round-ups, a live entry and an
    # analysis; Germany's three news of the day: a package with IRIS-T, money for drones
    # made in Ukraine and a refusal of Taurus; Sweden's package in crowns, dollars and euros
    # beside the arrival of CV90 it promised earlier; Britain's pounds converted to euros;
    # NATO's Secretary General speaking elsewhere; three Mirage delivered, with an
    # editorial; Denmark's last F-16 with a marked correction of the count). Main before:
    # 1.00 / 0.72, nothing hidden, in 7 orders; 0.78 once a sum told rounded ("plus d'un
    # milliard d'euros" for 1.1 billion) stopped counting as another sum.
    ("busy_day_6.jsonl", 29, 32, 0.78),
    # Written with the sixth, 2028-02-17: 30 reports of 11 events around a NATO defence
    # ministers' meeting (its round-ups and an untitled live entry; the US drawdown package
    # and its sale approval the same day; the Netherlands' promised Patriot arrived, with
    # Kyiv's thanks, beside its new pledge; Norway's dollars for PURL and crowns for drones;
    # Canadian dollars one copy gives only in euros; a package whose contents are secret;
    # a delivery total told rounded). Main before: 1.00 / 0.86, nothing hidden, in 7 orders.
    # 0.89 once a donor's n-th package named one event ("12th package", "12e paquet"); 1.00
    # once the untitled live entry naming its meeting and no day joined the round-ups
    # (story_score.MEETING_WITHOUT_DAY_SIMILARITY).
    ("busy_day_7.jsonl", 30, 28, 1.0),
    # Round 4, written and labelled before any run, 2028-03-16: 26 reports of 9 events
    # around a contact-group meeting at Ramstein (its round-ups, an untitled live entry
    # naming no day, an analysis recalling last month's pledges; Britain's missiles in
    # pounds and in converted euros beside its completed delivery of shells the same day;
    # Sweden's 19th package in crowns, "environ" euros and dollars; Norway's crowns
    # converted; a White House statement elsewhere; Germany's fifth IRIS-T with Kyiv's
    # follow-up dated the next day; an EU release of money; Denmark's crowns and "rund"
    # euros for Ukrainian-made guns). Main before: 1.00 / 0.72, nothing hidden, in 7
    # orders; 0.86 once the live entry joined its round-ups (matching.
    # MEETING_WITHOUT_DAY_SIMILARITY), 0.96 once Kyiv's follow-up on Friday of the fifth
    # IRIS-T handed over on Thursday joined it (same_event._same_numbered_event), 1.00 once
    # Denmark's guns, read as an industry order in one language and a pledge in the other,
    # shared their count on the sums that agree (same_event._shared_counts).
    ("busy_day_8.jsonl", 26, 29, 1.0),
    # Written with the eighth, 2028-04-11: 26 reports of 8 events around an EU defence
    # ministers' meeting (its round-ups, a live entry, an analysis recalling last year;
    # Germany's air defence guns pledged and its third Patriot arrived the same day, with
    # Kyiv's thanks and a live entry; France's jets; a US sale in dollars, "environ"
    # euros and "mehr als" dollars; Poland's 48th package recalling the 47th; Canada's
    # vehicles with a follow-up the next day; drones in three languages). Main before:
    # 1.00 / 0.88, nothing hidden, the live entry apart from its round-ups; 1.00 after.
    ("busy_day_9.jsonl", 26, 32, 1.0),
    # Round 5, written and labelled before any run, 2026-12-04: 27 reports of 9 events over a
    # week (12-16 October; replayed all dated now here, as published in SPANNING_DAYS):
    # the contact group meeting online on Tuesday and NATO ministers in Brussels on
    # Thursday (a preview two days before, an untitled live entry, a round-up recalling
    # the contact group's Tuesday); Germany's package on Monday, with the agency's first
    # version naming the wrong day and its marked correction, and another on Friday with
    # the same missiles, one copy without amount or day; a US sum exact, "plus d'un
    # milliard" and converted; drones' range in kilometres and miles; Italy refusing a
    # SAMP/T on Monday and reversing on Friday; an analysis of the week naming no one.
    # Main before: 0.90 / 0.81, two events hidden in every order (the analysis joined
    # Germany's second package); 1.00 / 0.81 once a marked analysis naming no one stopped
    # agreeing on pledges (same_event._commentary_on_no_one), 0.88 once round-ups of one
    # sitting naming its day joined from 0.01 alike (story_score.MEETING_AND_DAY_SIMILARITY).
    # The wrong day of the first version kept it and its correction apart from the other
    # copies until round 6: 1.00 once a correction of the day took back the day of the
    # version it corrects (bot/core/stories/own_reports/corrections.py).
    ("busy_day_10.jsonl", 27, 32, 1.0),
    # Written with the tenth: 26 reports of 8 events over a month (2-26 November): Sweden's
    # 20th package and, weeks later, the same 12 Archer delivered (with an untitled live
    # entry), its 21st package that day; the Netherlands refusing Patriot launchers and
    # reversing two weeks later (an editorial, an analysis two days after); Norway's crowns
    # updated the next day and re-told by a weekly four days later; a US sale; British
    # drones counted 98,000 and "près de 100 000". Main before: 0.91 / 0.91, the package
    # hidden in 1 of 7 orders (the live entry, read as the promise, joined it); 1.00 / 1.00
    # once promised things "now with Ukrainian units" were read as arrived (pledge_news._ARRIVED).
    ("busy_day_11.jsonl", 26, 33, 1.0),
    # Written after round 5's fixes as a held-out check, before any run: 17 reports of 6
    # events (9-13 November): EU foreign ministers' round-ups beside NATO's Secretary General
    # at a news conference the same day, the contact group by video conference with an
    # untitled live entry, France's promised Mirage "now in service" and three days later
    # six more pledged, with an explainer naming no one; Denmark's 28th package in crowns,
    # converted euros and by number. First run: 1.00 / 0.88, nothing hidden (main 1.00 /
    # 1.00); still 0.88 after a verbless headline was read as the arrival: the German
    # headline "Mirage-Jets fliegen jetzt für die Ukraine" was read as a promise, its body
    # as the delivery, and that copy stayed apart; 1.00 once things flying for Ukraine now
    # were read as delivered (status_cues).
    ("busy_day_12.jsonl", 17, 16, 1.0),
    # Round 6, written and labelled before any run, 2026-12-04: 25 reports of 8 events (1-5
    # February), aimed at what makes distinct events look alike: Germany's two packages of
    # IRIS-T three days apart (the first re-told by the wire under a new headline on its
    # second feed); Sweden's ten CV90 pledged on Monday and delivered on Friday; Norway's
    # NASAMS and Spain's on the same Tuesday; an EU summit's round-ups naming Germany's
    # Thursday package or Norway's launchers; Dutch drones, the wire's update raising "at
    # least 500" to 600. First run: 1.00 / 0.93 in every order, nothing hidden (as published
    # too): the English round-up ("EU leaders ... at Brussels summit") named no standing
    # meeting and conflicted with the French one on donors; 1.00 once a summit was read
    # from its leaders meeting ("EU leaders meeting in Brussels", gatherings.MEETINGS) and
    # round-ups of one sitting naming other systems stopped conflicting on them.
    ("busy_day_13.jsonl", 25, 28, 1.0),
    # Written with the thirteenth: 24 reports of 8 events (8-11 March): a NATO summit's
    # round-ups and an untitled live entry beside Britain's, France's and Canada's pledges
    # made there; France's three Mirage arrived on Monday and six more pledged on
    # Wednesday; Denmark's and Belgium's F-16 the same Tuesday, one agency's Danish report
    # on the wrong day and its "KORREKTUR"; a US sale, the wire's update with a new
    # headline and the exact figure. First run: 1.00 / 0.58-0.62, nothing hidden (as
    # published too); 0.73 once the correction took back the wrong day (stories.
    # corrections), 0.81 once "NATO leaders promise ... at summit, Britain and France add
    # weapons" headed the round-up (headline_givers.countries_after_a_group_clause). Round 7: 0.88
    # once a counted sale's "3 350 missiles" and "3,350 munitions" were one batch
    # (pledge_news._COUNTED_FAMILY), 1.00 once the live entry telling the summit over joined the
    # round-up it retells at 0.42 (story_score.MEETING_OVER_SIMILARITY).
    ("busy_day_14.jsonl", 24, 26, 1.0),
    # Written after round 6's fixes as a held-out check, before any run: 23 reports of 8
    # events (12-16 April): Poland's 50th package of 40 tanks and the same 40 delivered three
    # days later; Italy's SAMP/T and France's Aster missiles for it the same Tuesday; the
    # contact group's round-ups and a live entry naming the day, Britain's drone money there
    # in pounds and converted euros, with the wire's rewrite on its second feed; Belgium's
    # first F-16 delivered, one agency's version on the wrong day and its "RECTIFICATIF";
    # an analysis naming no one. First run: 1.00 / 1.00 in every order, nothing hidden, as
    # published too.
    ("busy_day_15.jsonl", 23, 26, 1.0),
    # Round 7, written and labelled before any run, 2026-12-04: 30 reports of 10 events (7-9
    # June), aimed at look-alikes: Germany's two announcements of one Monday (four IRIS-T
    # SLM, with dpa's rewrite "(Zusammenfassung)" under a new headline, and money for
    # long-range drones made in Ukraine, with a German comment); the Netherlands' and
    # Spain's Patriot news the same Tuesday; Sweden's 20 CV90 all handed over; EU defence
    # ministers' round-ups and an untitled live entry naming no day; a US sale of AMRAAM
    # in dollars and converted euros; France's 12 Caesar with the wire's "UPDATE 1-" under
    # a new headline; Poland refusing MiG-29s; Denmark's 29th package in crowns. First run
    # (both date modes, every order): 1.00 / 0.88, nothing hidden: the English "has handed
    # over the last of 20 CV90 ... it promised" read as the promise, apart from its
    # translations (2 pairs), and the comment (2 pairs, see the xfail). 0.94 once a
    # handover told done was read as the delivery of the promise (pledge_news._ARRIVED; busy
    # day 8's English and German copies of shells all delivered, both read as the promise
    # before, are both the delivery now).
    ("busy_day_16.jsonl", 30, 33, 0.93),
    # Written after round 7's fixes as a held-out check, before any run: 23 reports of 9
    # events (13-15 September): the contact group online with an untitled live entry telling
    # it ended; Germany's package there and Norway paying for an IRIS-T the same Tuesday;
    # the US's stock package and a Hellfire sale the same Monday, the sale's "UPDATE 1-"
    # under a new headline counting "munitions"; the Netherlands' F-16 munitions all handed
    # over, with the wire's first version on the wrong day and its "CORRECTED-", beside its
    # drone money the same day; Lithuania's first NASAMS; Italy's refusal of a SAMP/T. First
    # run: 1.00 / 1.00 in every order, both date modes, nothing hidden; the live entry, which
    # names no Ukraine, is not found relevant (22 of 23 stored).
    ("busy_day_17.jsonl", 22, 17, 1.0),
    # Round 8, written and labelled before any run, 2026-12-04: 35 reports of 12 events over a
    # week (1-5 June; replayed all dated now here, as published in SPANNING_DAYS): the contact
    # group at Ramstein on Thursday (a preview on Tuesday, round-ups, an untitled live entry
    # telling it over) where Germany (two IRIS-T SLM, "1.9 billion", "1,9 milliard", "1,9 Mrd.",
    # with a live entry), Britain (pounds, converted euros) and the Netherlands announce;
    # Germany's package of IRIS-T missiles on Monday, re-issued by the wire's second feed
    # under a new headline; Hungary's veto of EU money beside Ukraine's gunners rationing
    # shells the next day; Sweden's 18th package in crowns, dollars and euros; Canada's
    # vehicles in one wire copy run by two outlets with small edits; Norway's promised NASAMS
    # arrived and its drone money the same Friday; a US sale with the wire's "UPDATE 1-".
    # First run (both date modes, every order): 1.00 / 0.97, nothing hidden; the shortage's
    # two reports stay apart (see the xfail). Days 18 to 20 were first dated after the
    # replay's clock, which the poller reads as no date (bot.core.feeds.dates): dated
    # 2026 since, as days 10 to 12, and measured as published on main's code again, with
    # the same first-run figures. Days 13 to 17, dated 2027, were replayed "as published"
    # at that clock all dated now until the replay's clock was set after a file's latest
    # report (story_replay.poll_time): measured then truly as published on main's code,
    # 1.00 / 1.00 (16: 1.00 / 0.94, its comment apart) in every order, nothing hidden, the
    # same as all dated now.
    ("busy_day_18.jsonl", 35, 39, 0.97),
    # Written with the eighteenth: 30 reports of 10 events (5-9 October): NATO defence
    # ministers in Brussels on Wednesday (a preview on Monday, round-ups, a live entry telling
    # it over), France's Mirage (with a live entry) and Spain's Patriot missiles there;
    # Denmark's 29th package on Monday and its 30th on Friday, one copy of the 30th only in
    # converted euros; Switzerland refusing Gepard ammunition beside Ukraine's crews running
    # short; a US package re-issued under a new headline by the wire's second feed; Belgium's
    # F-16 in one wire copy run by two outlets; Norway's crowns in three formats. First run
    # (both date modes, every order): 1.00 / 0.86, nothing hidden; the preview and the
    # shortage's reports are not found relevant (27 of 30 stored). 0.93 once a package's
    # number was read from the lead's sentence saying which it is ("Es ist das 30. Paket":
    # package_ordinals._ITS_NUMBER); 1.00 once the English copy of the refusal ("refused to allow
    # Germany to re-export") stopped being read as Germany's pledge (status_cues.
    # _permission_refused).
    ("busy_day_19.jsonl", 27, 29, 1.0),
    # Written after round 8's fixes as a held-out check, before any run: 22 reports of 8
    # events (2-4 March): the contact group online on Tuesday (round-ups whose headlines
    # name the systems the allies pledged, an untitled live entry telling it over); Germany's
    # Patriot launchers told there and the Netherlands' promised Patriot arrived the same
    # Tuesday; Poland's 51st package on Monday and its Krab howitzers handed over on
    # Wednesday; a US sale with the wire's "UPDATE 1-"; Italy ruling out Storm Shadow beside
    # France's 40 SCALP the same day, in one wire copy run by two outlets. First run (both
    # date modes, every order): 1.00 / 0.77, nothing hidden: the round-ups, headed "allies
    # pledge Patriot and artillery", were read as reports about an item and stayed three
    # stories; 1.00 once a group's headline naming systems, under an opening naming its
    # standing meeting, heads the meeting's round-up (EventEvidence.is_about_an_item).
    ("busy_day_20.jsonl", 22, 22, 1.0),
    # Round 9, written and labelled before any run, 2026-12-04: 24 reports of 8 events (20-23
    # April), aimed at the kind of pair the real set still misses: NATO defence ministers in
    # Brussels on Wednesday with a preview on Monday and the Secretary General's quote on
    # Tuesday that share no donor, system or number with the round-ups (and an untitled live
    # entry telling the meeting over); Germany's two IRIS-T SLM there ("1.2 billion euros",
    # "rund 1,2 Milliarden Euro", "environ 1,3 milliard de dollars", a live entry) with the
    # maker's follow-up on Thursday; Norway paying for one IRIS-T the same Wednesday (crowns,
    # converted euros); a US sale in dollars, converted euros and "knapp 800 Millionen";
    # France's Caesar; Denmark's 31st package; Poland ruling out jets; the Czech shells.
    # First run (both date modes, every order): 1.00 / 0.55 (18 of 33), nothing hidden. Still 0.55
    # after round 9's fixes, what stays apart: the quote before the meeting (Tuesday named,
    # the meeting's Wednesday not: a weekday conflict, 4 pairs and 1 with the live entry);
    # the live entry (0.27 alike to the English round-up, below MEETING_OVER_SIMILARITY,
    # which two sittings of one format reach on the real set: 4 pairs); the maker's
    # follow-up, whose headline "to reach Ukraine by July" is read as the delivery (a phase
    # conflict, 4 pairs, see the xfail); Denmark's package (0.04 alike, below
    # EVENT_KEY_SIMILARITY though both number it 31st) and Poland's refusal (0.09 alike,
    # agreeing pledges but no key), 1 pair each. 0.66 in round 10, once the maker's follow-up
    # "to reach Ukraine by July" was read as to come (tense_readings.infinitive_with_a_deadline).
    # 0.78 in stories round 15 (tests/stories/test_story_grouping_15.py): the live entry telling
    # the ministers' meeting over joins the one round-up story of that meeting (4 pairs).
    ("busy_day_21.jsonl", 24, 33, 0.78),
    # Written with the twenty-first: 24 reports of 8 events (14-18 September): the contact
    # group at Ramstein on Thursday (a preview on Tuesday, Britain's co-chair quoted on
    # Wednesday, round-ups in three languages, an untitled live entry telling it over);
    # Britain's Storm Shadow and France's 40 SCALP (one missile, two donors, the same
    # Thursday); Britain's drone money in pounds and only converted euros; Sweden's 10 CV90
    # pledged on Monday and "four of the ten" arrived on Friday; a US package in dollars and
    # only converted euros with a Pentagon follow-up naming its contents the next day;
    # Belgium's first F-16. First run: 0.87 / 0.77 in 6 of 7 orders (1.00 / 0.81 in one),
    # Sweden's pledge hidden in 2: "Vier der zehn Schützenpanzer CV90, die Schweden am Montag
    # zugesagt hatte, sind ... angekommen" was read as the promise beside the delivery and
    # joined the pledge's reports; the pounds and the dollars apart from their converted
    # euros. Dated as published: 0.84 / 0.62 in 2 orders. The quote is not found relevant
    # (23 of 24 stored). 1.00 / 1.00 once "k of the N promised" told arrived is the delivery
    # (figures_told.part_of_the_promise) and an amount told converted within 10% is a shared
    # detail (same_event._converted_amount_shared). Relevance round 10 (tests/
    # test_rules_relevance_10.py) finds the quote relevant, as labelled ("ahead of Ramstein
    # talks": a Ramstein meeting in an article about Ukraine is the contact group): 24
    # stored, and the quote stays a story of its own, as day 21's does (see its xfail), 5
    # pairs missed in every order.
    ("busy_day_22.jsonl", 24, 31, 0.83),
    # Written after round 9's fixes as a held-out check, before any run: 19 reports of 7
    # events (8-10 June): EU defence ministers meeting in Luxembourg on Tuesday (a preview on
    # Monday, round-ups in three languages); the Netherlands' drone money there in euros and
    # only converted dollars (an untitled live entry), beside Belgium's of nearly the same
    # size; Norway's four NASAMS launchers pledged on Monday and "three of the six" promised
    # in March arrived on Wednesday; a US sale of NASAMS missiles in dollars and converted
    # euros; Canadian dollars given only in euros by the French copy. First run (both date
    # modes, every order): 1.00 / 0.74-0.79, nothing hidden: the venue read as a donor
    # ("meeting in Luxembourg", "Réunis à Luxembourg") set the French round-up apart from
    # the others, and Canada's copies are 0.06 alike (the converted figure agrees, but below
    # SAME_STORY_THRESHOLD only an event key joins). 0.95 once a country named where a
    # meeting sits is its venue, not a giver (headline_givers._PLACE_OF_A_MEETING); Canada's pair stays.
    ("busy_day_23.jsonl", 19, 19, 0.94),
    # Round 10, written and labelled before any run, 2026-12-04: 27 reports of 8 events (20-21
    # October), aimed at distinct events of one kind on one day: NATO defence ministers in
    # Brussels on Tuesday (round-ups in three languages naming three donors, an untitled live
    # entry telling it over) where Germany (two IRIS-T SLM, with a live entry), the
    # Netherlands (Patriot launchers, 250 million euros; the German agency's first version
    # saying 350 million and its "KORREKTUR:"; the ministry's follow-up on Wednesday) and
    # Spain (Hawk missiles) pledge air defence; a Danish-Ukrainian deal on a rocket fuel plant
    # the same Tuesday; Norway's last F-16 handed over on Tuesday and Belgium's two more on
    # Wednesday; a US sale of Patriot parts with the wire's "UPDATE 1-" under a new headline
    # and only converted euros. First run (both date modes, every order): 1.00 / 1.00,
    # nothing hidden, on main's code as on round 10's first fix.
    # Relevance round 11 (tests/rules/test_rules_relevance_11.py) finds the French report of the
    # Ukrainian rocket-fuel plant Denmark hosts: it joins its event (26 -> 27 stored, 36 -> 38 pairs).
    ("busy_day_24.jsonl", 27, 38, 1.0),
    # Written with the twenty-fourth: 26 reports of 8 events (16-17 November): the contact
    # group by video conference on Monday (round-ups in three languages, an untitled live
    # entry telling it over); Britain's 5,000 air defence missiles and Norway's two NASAMS
    # (each with a live entry) and Canada's dollars for NASAMS missiles there; Denmark's 20
    # Leopard 1A5 delivered (the French agency's first version saying thirty and its
    # "RECTIFICATIF -", Kyiv's army on Tuesday) beside Germany's 25 Leopard 1A5 the same
    # Monday; a US package with the wire's "UPDATE 1-" under a new headline naming its
    # contents; a British-Ukrainian drone production deal on Tuesday. First run (both date
    # modes, every order, main's code as round 10's first fix): 1.00 / 0.59, nothing hidden:
    # the German round-up 0.0 alike to the others, the wire's update 0.45 alike to its first
    # version, Kyiv's follow-up naming Tuesday, Canada's copies and the drone deal apart. 0.66
    # once a marked update telling the same figure of the same donor is its first version's
    # revision (revision_pairs._same_figures), 0.76 once round-ups whose openings name one standing
    # meeting first and the same day join at no likeness (sittings.lead_meetings_shared),
    # 0.86 once one donor's delivery of the same count of one system is one delivery on two
    # weekdays (same_event._same_counted_delivery) and a marked correction of a count takes
    # back the count it corrects (stories.corrections). What stays apart: the drone deal (3
    # pairs) and Canada's copies (1), see the xfails. Relevance round 11 finds the untitled live
    # entry of Kyiv thanking Norway for two NASAMS (25 -> 26 stored, 29 -> 32 pairs); it stays a
    # story of its own, apart from Norway's reports (3 pairs missed in every order, both date
    # modes): the floor fell from 0.86 to 0.78. Stories round 12 (tests/stories/
    # test_story_grouping_12.py): 0.97 in every order, both date modes, once a thanks for paying
    # is read as thanks for the decision (pledge_news.thanked_for_deciding) and a joint
    # production deal's partner and day are a shared detail (things_named.joint_ventures): the live
    # entry and the drone deal join their events. 1.00 once pledges round 19 reads "the NASAMS
    # systems it donated" as background, not the sentence's status: Canada's copies join too.
    ("busy_day_25.jsonl", 26, 32, 1.0),
    # Written after round 10's fixes as a held-out check, before any run: 27 reports of 8
    # events (24-25 November): EU defence ministers in Brussels on Tuesday (round-ups in three
    # languages, an untitled live entry telling it over) where France (Mistral, with the
    # German outlet's "(Zusammenfassung)" under a new headline) and Italy (a second SAMP/T,
    # with a live entry and the ministry's follow-up on Wednesday) pledge air defence; the
    # Czech initiative's 100,000 shells delivered; Sweden's 10 CV90 handed over on Tuesday
    # (the wire's first version saying Monday and its "CORRECTED-") and Denmark's 15 CV90 on
    # Wednesday; a Finnish-Ukrainian drone deal; a US sale of HAWK parts in dollars and only
    # converted euros. First run (both date modes, every order): 1.00 / 1.00, nothing hidden
    # (main's code the same); two reports of the drone deal are not found relevant (25 of 27
    # stored). Relevance round 11 finds both (27 stored, 35 pairs): they join each other but not
    # the German report of the deal (2 pairs missed in every order, both date modes; as day
    # 25's British-Ukrainian drone deal stays apart): the floor fell from 1.0 to 0.94; back at
    # 1.0 since stories round 12 (the deal's partner and day, things_named.joint_ventures).
    ("busy_day_26.jsonl", 27, 35, 1.0),
    # Round 11, written and labelled before any run, 2026-12-04, aimed at precision: 27
    # reports of 8 events (22 September): at the contact group by video conference, Germany
    # pledging two more IRIS-T SLM (with a live entry and an analysis recalling the delivery)
    # on the day its fourth IRIS-T SLM promised last year arrived (with a live entry), and
    # Norway paying for one IRIS-T SLM, all three in the round-ups; the EU's 1.5 billion euros
    # for 155 mm shells and the Netherlands' 300 million for the same shells the same day; two
    # US sales under the wire's one template headline ("US approves possible sale of ... to
    # Ukraine"), the first with its "CORRECTED-" figure. First run (both date modes, every
    # order): 1.00 / 1.00, nothing hidden.
    ("busy_day_27.jsonl", 27, 34, 1.0),
    # Written with the twenty-seventh: 27 reports of 7 events over two weeks (5-20 October):
    # Sweden's 21st package (re-issued on the wire's second feed under a new headline) and
    # its 22nd two weeks later (one copy without the number, a live entry, an analysis the
    # next day) beside Denmark's 27th the same Monday, both in crowns and for artillery;
    # France's 12 Caesar on Tuesday, re-told by a weekly on Friday, and six more on Friday
    # "on top of the 12 announced on Tuesday"; Norway's 1.2 billion crowns for interceptors
    # (an agency's 1.5 and its "KORREKTUR:") and, a week later, 800 million more. First run
    # (both date modes, every order): 0.69 / 1.00, one of France's two Caesar pledges hidden
    # in every order: the Friday reports' recalled "12" and "Tuesday" were read as a count and
    # a day shared with Tuesday's pledge; 1.00 / 1.00 once a count a report ties to no pledge,
    # beside its own batch in the phase the other counts it in, is recalled
    # (same_event._recalled_beside_its_own_batch). The analysis is not found relevant (26 of
    # 27 stored). Relevance round 11 finds it (a donor's numbered package with its weapons: 27
    # stored, 40 pairs); it stays apart from Sweden's 22nd package (4 pairs missed in every
    # order, both date modes): the floor fell from 1.0 to 0.9; back at 1.0 since stories
    # round 12: an analysis naming a donor's numbered package reads no pledges from verbs
    # that recall what the package builds on ("the Archer howitzers Stockholm has already
    # sent"), and joins the package's reports on its number, donor, system and sum.
    ("busy_day_28.jsonl", 27, 40, 1.0),
    # Written after round 11's fix as a held-out check, before any run: 28 reports of 8
    # events (9-13 November): Britain pledging more Storm Shadow and, the same Monday, all
    # the Storm Shadow it promised in June handed over; NATO defence ministers in Brussels on
    # Wednesday (round-ups naming both donors, an analysis the next day headed "Two Patriot
    # pledges in Brussels ...") where Germany and the Netherlands each pledge a Patriot
    # system (each with its own reports and an untitled live entry); Canada's money for
    # vehicles on Monday and for drones on Friday under the wire's one template headline
    # ("Canada announces new military aid for Ukraine"); a US radar sale, the wire's
    # "UPDATE 1-" raising "about $200 million" to the exact $240 million. First run (both date
    # modes): 1.00 / 1.00 in 5 of 7 orders, 0.89 / 0.92 in 2, Germany's Patriot hidden in
    # 1: the analysis, naming no government in its headline and both governments' pledges in
    # its lead, agreed with Germany's reports on half of its pledges and on the headline's
    # system; 1.00 / 1.00 in every order once a report weighing several governments' pledges
    # under a headline naming none agrees with no single government's report
    # (same_event._several_governments_beside_one).
    ("busy_day_29.jsonl", 28, 36, 1.0),
    # Round 13, written and labelled before any run, 2026-12-04, aimed at one agency's
    # template: 29 reports of 7 events (8-15 February): the Netherlands' package of drones
    # and shells on a Monday and of radars and Patriot spares the next Monday, told in one
    # template headline by three agencies (the wire's "UPDATE 1-" of the first), a daily's
    # rewrites, a weekly's re-telling and a live entry; Norway's package the second Monday
    # in the same template; Germany's two more IRIS-T SLM on a Tuesday (a live entry) and
    # an IRIS-T SLM promised last autumn arriving on the Friday (a live entry telling it
    # "now in the country"); Sweden's 15 more CV90 (the French agency's "douze" and its
    # "RECTIFICATIF -", a live entry) and Denmark paying for 15 CV90 built in Sweden the
    # same Tuesday. First run (7 orders): dated today 0.70 / 0.82 in the file's order (the
    # wire's update of the first package taken as a revision of the second package's
    # report under the same headline), 0.94 / 0.88 in two (the arrival's live entry read
    # as the promise, joined to the new pledge), 1.00 / 0.94 in four; dated as published
    # 0.94 / 0.88 in two, 1.00 / 0.94 in five; nothing hidden. 1.00 / 1.00 in every order
    # and both date modes after stories round 13 (tests/stories/test_story_grouping_13.py).
    ("busy_day_30.jsonl", 29, 51, 1.0),
    # Written after round 13's fixes as a held-out check, before any run: 22 reports of 6
    # events (1-5 March): Belgium's two announcements of one Monday in one template (F-16
    # munitions; demining vehicles), the Czech-led initiative's 500,000 shells all handed
    # over and Denmark paying for shells through it the same Tuesday (a weekly's re-telling
    # on Friday), Germany's two more Skynex (the German agency's "drei" and its
    # "KORREKTUR:", a live entry) and Denmark paying for one Skynex the same Wednesday.
    # First run: precision 1.00 and nothing hidden in every order and both date modes;
    # recall 0.74 (0.61 in 2 orders dated as published): the initiative's live entry ("have
    # all been handed over") read as the promise, the weekly opening a story of its own
    # that the wire's report linked to the French and German ones but, three days apart,
    # could not merge with. 0.81 in every order once the passive handover is a delivery
    # (pledge_news._ARRIVED) and the report linking two stories counts as a report of each
    # for a merge's likeness (merges.may_merge). Still apart: the Skynex live entry ("two
    # more Skynex systems will go to Ukraine", no pledge read) and the French report of the
    # demining vehicles (0.10 alike to the English ones: no system, no figure).
    ("busy_day_31.jsonl", 22, 31, 0.8),
    # Round 14, written and labelled before any run, 2026-12-04, aimed at the matcher's traps:
    # 29 reports of 8 events (14-18 June): the contact group at Ramstein on Tuesday (round-ups
    # in three languages naming three governments' pledges, an untitled live entry telling it
    # over, a quote before the talks); Germany's two announcements of that Tuesday (two more
    # IRIS-T SLM, with a preview on Monday, "Germany is expected to announce more air
    # defence", the wire's "UPDATE 1-" and a live entry; money for drones made in Ukraine),
    # told by the German agency in one template headline; the Netherlands' Patriot launchers
    # and Spain's Patriot missiles the same Tuesday (the wire's 20 and its "CORRECTED-" 12); a
    # US sale of Patriot parts on Wednesday; Sweden's eight Archer pledged on Monday and
    # handed over on Friday (a live entry). First run (both date modes, the file's order and
    # 7 shuffles): 1.00 / 0.88, nothing hidden: the preview, its expected announcement read as
    # a debate, stayed apart from the decision (5 pairs); the quote is not found relevant (28
    # of 29 stored). 1.00 / 1.00 once a preview of a donor's announcement joins the decision
    # it names the day or meeting of (same_event._previews; tests/stories/
    # test_story_grouping_14.py).
    ("busy_day_32.jsonl", 28, 40, 1.0),
    # Written after round 14's fixes as a held-out check, before any run: 28 reports of 8
    # events (13-17 September): NATO defence ministers in Brussels on Thursday (a preview on
    # Tuesday, round-ups in three languages, one headed by the three governments that
    # announced there, a quote, an untitled live entry telling the meeting over); Britain's
    # 3,000 missiles with a preview on Wednesday ("Britain is expected to announce");
    # Norway's NASAMS launchers and its crowns for drones the same Thursday in the German
    # agency's one template headline; Canada paying for NASAMS missiles the same day (the
    # wire's "CORRECTED-" sum); France's 18 Caesar with the wire's "UPDATE 1-" under a new
    # headline; Poland's 12 Krab pledged on Monday and handed over on Friday (a live entry).
    # First run (both date modes, 8 orders): 1.00 / 0.88, nothing hidden (main's code before
    # the round: 1.00 / 0.69); the meeting's preview and the quote are not found relevant (26
    # of 28 stored). Still apart: the live entry telling the meeting over, 0.07-0.25 alike to
    # the round-ups, below MEETING_OVER_SIMILARITY (4 pairs). 1.00 once a live entry telling
    # a standing meeting over joins the one round-up story of that meeting in the window
    # (sittings.sole_sittings; stories round 15).
    ("busy_day_33.jsonl", 26, 32, 1.0),
    # Round 15, written and labelled before any run, 2026-12-05 (tests/stories/
    # test_story_grouping_15.py): 30 reports of 8 events (19-23 April): Switzerland's veto on
    # Germany passing Swiss Gepard ammunition on to Ukraine (three agencies, a live entry, a
    # German explainer and an English analysis on Tuesday leading with Germany's Gepard of
    # earlier years); Germany's order of Gepard rounds from Rheinmetall on Wednesday ("two days
    # after Switzerland blocked ..."); Denmark's 28th package (the German agency's wrong sum and
    # its "KORREKTUR:", an English lead closing on its F-16 pledge of 2023) and the last of those
    # F-16s handed over the same Tuesday (a live entry); Sweden's 20 CV90 pledged on Wednesday
    # and its ten of January delivered on Friday ("On Wednesday, Stockholm pledged 20 more", a
    # live entry); the Pentagon denying a pause in Patriot deliveries (three agencies, a live
    # entry); the contact group by video conference (round-ups in three languages, an untitled
    # live entry telling it over). First run (both date modes, 8 orders): 1.00 / 0.62-0.67,
    # nothing hidden: the veto's explainer and analysis (a phase and a weekday conflict) and the
    # denial's French copy and live entry apart; the contact group's live entry is not found
    # relevant (29 of 30 stored; see the xfail). 1.00 / 1.00 once a comment on a refusal and two
    # denials join (same_event._follows_up, story_score.story_score). Relevance round 16 finds the
    # contact group's live entry, which joins its event (30 stored, 42 -> 45 pairs).
    ("busy_day_34.jsonl", 30, 45, 1.0),
    # Written after round 15's fixes as a held-out check, before any run: 28 reports of 7
    # events (4-8 October): Germany ruling out Taurus again on Monday (three agencies, two
    # comments on Tuesday, one naming Britain's missiles in its headline) beside its two IRIS-T
    # SLM announced at the same press conference (a live entry telling both); EU defence
    # ministers on Tuesday and NATO's on Thursday, each with an untitled live entry telling it
    # over; Norway denying a halt of NASAMS deliveries (a live entry) and pledging two NASAMS
    # launchers the same Wednesday; Finland's 29th package with the wire's "CORRECTED-" sum.
    # First run (both date modes, 8 orders): 1.00 / 0.91 in 6 orders, 0.86 in 2, nothing hidden
    # (main's code before the round: 1.00 / 0.77): the comment naming Britain was not read as a
    # comment on Germany's refusal. 1.00 / 1.00 once the refusers are those the comment reads
    # refusing (same_event._refusers).
    ("busy_day_35.jsonl", 28, 43, 1.0),
    # Round 16, written and labelled before any run, 2026-12-05 (tests/stories/
    # test_story_grouping_16.py): 26 reports of 8 events (8-11 June): a leaders' summit in London
    # on Tuesday (round-ups in three languages, an untitled live entry telling it over) where
    # France (six Mirage 2000), Poland (its 48th package) and Britain (drone money; the German
    # agency's wrong sum and its "KORREKTUR:") each pledge; Spain's ten Leopard 2A4 handed over on
    # Wednesday and told arrived by Kyiv on Thursday; Germany's two announcements of one Thursday
    # (two Patriot systems; money for drones made in Ukraine); a weekly's "Week in review". First
    # run (both date modes, 8 orders, main's code the same): 0.86 / 0.86, one event hidden in
    # every order: the week's round-up joined Spain's delivery, the London round-ups and live
    # entry apart ("London summit" read as Britain giving). 1.00 / 1.00 once a week's round-up
    # conflicts with single events' reports and a summit is keyed by its country (SUMMIT@GB).
    ("busy_day_36.jsonl", 26, 35, 1.0),
    # Written with the thirty-sixth: 25 reports of 8 events (15-19 March): Canada's two
    # announcements of one Monday (a live entry naming only the minister); a US sale with the
    # wire's "UPDATE 1-" under a new headline; Italy's 13th package; Sweden's eight Archer handed
    # over on Wednesday and told received by Kyiv's army on Thursday; an EU summit's ammunition
    # fund (an untitled live entry telling it over) and Denmark's crowns there (the German
    # agency's "KORREKTUR:"); a French weekly's round-up. First run: 1.00 / 0.81 in 6 orders, 0.95 /
    # 0.74 in 2 (the weekly joined the Archer delivery), nothing hidden; the Archer's live entry is
    # not found relevant (24 of 25 stored). 1.00 / 1.00 after the round's fixes. Relevance round 16
    # finds the Archer's live entry, which joins its event (25 stored, 27 -> 30 pairs).
    ("busy_day_37.jsonl", 25, 30, 1.0),
    # Written after round 16's fixes as a held-out check, before any run: 24 reports of 8 events
    # (8-12 November): the Netherlands' two announcements of one Monday (the wire's "UPDATE 1-"
    # of the second); Denmark's 12 Caesar handed over on Tuesday and told arrived by Kyiv on
    # Wednesday; the White House denying a cut of Patriot deliveries (three agencies, a live
    # entry); a summit in Paris where Belgium and Sweden pledge; a German "Wochenrückblick".
    # First run (both date modes, 8 orders): 1.00 / 0.76-0.80, nothing hidden (main's code the
    # same): the English round-up read only as France's pledge (its host's words), the denial's
    # copies apart in phase. 1.00 / 1.00 once a round-up naming a summit by its country is the
    # summit's and two denials' pledges are no phase answer. The summit's live entry is not
    # found relevant (23 of 24 stored). Relevance round 16 finds it, and it joins the summit's
    # round-ups (24 stored, 25 -> 28 pairs).
    ("busy_day_38.jsonl", 24, 28, 1.0),
    # Round 17, written and labelled before any run, 2026-12-05 (tests/stories/
    # test_story_grouping_17.py): 27 reports of 8 events (13-17 September): Germany's two air
    # defence deals of one Monday (three IRIS-T SLM, the wire's first version without figures and
    # its "UPDATE 1-"; $500 million of US Patriot missiles, a live entry and an analysis the next
    # day); an EU summit in Brussels and a Nordic-Baltic summit in Riga the same Wednesday (a live
    # entry telling Riga over) where Sweden pledges 18 Archer (the French agency's 12 and its
    # "RECTIFICATIF"); Norway's NASAMS on Thursday (the wire's first version without figures and
    # its "UPDATE 1-", a paper running the German agency's copy word for word); another IRIS-T
    # handed over the same Thursday; a German weekly's comment on Monday's pledge and an English
    # "Week in review" on Friday. First run (both date modes, 8 orders): 1.00 / 1.00 in 7 orders,
    # 1.00 / 0.89 in one (the NASAMS first version, arriving after the "UPDATE 1-" had joined the
    # other outlets' copies, was no revision of it: no shared figure, 0.49 alike), nothing hidden;
    # 1.00 / 1.00 once a marked update giving the figures its first version lacked is its revision
    # (revision_pairs._fills_in_figures). The comment and the week's round-up are not found relevant
    # (25 of 27 stored; see the xfails).
    ("busy_day_39.jsonl", 25, 35, 1.0),
    # Written with the thirty-ninth: 26 reports of 9 events (8-12 March): Belgium's first F-16
    # handed over on Monday and told arrived by Kyiv's air force on Wednesday; the US's two
    # announcements of one Tuesday (a drawdown package, the wire's "about $400 million" and its
    # "UPDATE 1-" $425 million; a HAWK support sale, the wire's wrong sum and its "CORRECTED-");
    # a NATO summit in Ankara and a Black Sea conference in Bucharest the same Thursday (an
    # untitled live entry telling the summit over); Canada's 50 armoured vehicles at the summit
    # (the German agency's wrong weekday and its "KORREKTUR:", a comment the next day); the
    # Netherlands' two announcements there (F-16 munitions, drones made in Ukraine); a French
    # weekly's round-up. First run: 1.00 / 1.00 in every order and both date modes.
    ("busy_day_40.jsonl", 26, 31, 1.0),
    # Written after round 17's fixes as a held-out check, labelled before any run: 24 reports of
    # 7 events (17-24 May): Poland's 24 Krab (the wire's first version without the number and its
    # "UPDATE 1-", a live entry, a German weekly on Thursday naming Monday) and its shells the same
    # Monday; a conference in Berlin ("Berliner Konferenz") and a Nordic summit in Helsinki the
    # same Wednesday, Germany's two IRIS-T pledged at the conference with a French editorial the
    # next day; Sweden's 21st package on Thursday (the German agency's wrong sum and its
    # "KORREKTUR:", an explainer the next Monday); a week's round-up. First run: 1.00 / 1.00 in
    # every order dated today; 1.00 / 0.89 in every order dated as published (the explainer, its
    # package's number its only event key, 4 days after, past the window): 1.00 once a late report
    # sharing an event key and the calendar day joins (report_times.same_day_read_back). The
    # conference's live entry telling it over is not found relevant (23 of 24 stored); relevance
    # round 16, merged beside it, finds it and it joins the conference (24 stored, 36 -> 39 pairs).
    ("busy_day_41.jsonl", 24, 39, 1.0),
]
# Days spanning a week or a month, replayed as well with each report dated as published:
# (file, stored, pairs, the pair recall reached then; a ratchet as in DAYS). Day 11's
# analysis two days after the Dutch reversal, 48 hours apart, shares no figure with it and
# was past the 36 hours in which agreeing pledges join (0.88); 1.00 since reports agreeing on
# pledges and system that name the same day join within 48 hours
# (story_score.NAMED_DAY_WINDOW). Day 10 at 0.88 until round 6 for its correction (above).
# Dated as published, a replay's clock lies after the file's latest report (story_replay.
# poll_time): before, days 13 to 17, dated after the fixed clock, were replayed all dated now.
SPANNING_DAYS = [
    ("busy_day_10.jsonl", 27, 32, 1.0),
    ("busy_day_11.jsonl", 26, 33, 1.0),
    ("busy_day_12.jsonl", 17, 16, 1.0),
    ("busy_day_13.jsonl", 25, 28, 1.0),
    ("busy_day_14.jsonl", 24, 26, 1.0),
    ("busy_day_15.jsonl", 23, 26, 1.0),
    ("busy_day_16.jsonl", 30, 33, 0.93),
    ("busy_day_17.jsonl", 22, 17, 1.0),
    ("busy_day_18.jsonl", 35, 39, 0.97),
    ("busy_day_19.jsonl", 27, 29, 1.0),
    ("busy_day_20.jsonl", 22, 22, 1.0),
    ("busy_day_21.jsonl", 24, 33, 0.78),
    # Dated as published, the live entry telling the contact group over may open against a
    # story whose first report is the preview two days before: past the 36 hours in which a
    # meeting's entry joins (story_score.PLEDGE_AGREEMENT_WINDOW), counted from the story's first
    # report, it stayed a story of its own (0.84: 4 pairs, 2 of 7 orders); since the gap counts
    # from the story's nearest report (report_times.nearest_apart, stories round 10) it joins. The
    # preview's quote, stored since relevance round 10, stays apart (as busy day 21's does): 5 pairs of 31 missed in every order.
    ("busy_day_22.jsonl", 24, 31, 0.83),
    ("busy_day_23.jsonl", 19, 19, 0.94),
    # Days 24, 25, 26 and 28 as at DAYS: relevance round 11 stores one or two more reports each;
    # stories round 12 brings 25, 26 and 28 back (0.97, 1.0, 1.0); pledges round 19 day 25 to 1.0.
    ("busy_day_24.jsonl", 27, 38, 1.0),
    ("busy_day_25.jsonl", 26, 32, 1.0),
    ("busy_day_26.jsonl", 27, 35, 1.0),
    ("busy_day_27.jsonl", 27, 34, 1.0),
    ("busy_day_28.jsonl", 27, 40, 1.0),
    ("busy_day_29.jsonl", 28, 36, 1.0),
    ("busy_day_30.jsonl", 29, 51, 1.0),
    ("busy_day_31.jsonl", 22, 31, 0.8),
    ("busy_day_32.jsonl", 28, 40, 1.0),
    ("busy_day_33.jsonl", 26, 32, 1.0),
    ("busy_day_34.jsonl", 29, 42, 1.0),
    ("busy_day_35.jsonl", 28, 43, 1.0),
    ("busy_day_36.jsonl", 26, 35, 1.0),
    ("busy_day_37.jsonl", 24, 27, 1.0),
    ("busy_day_38.jsonl", 24, 28, 1.0),
    ("busy_day_39.jsonl", 25, 35, 1.0),
    ("busy_day_40.jsonl", 26, 31, 1.0),
    ("busy_day_41.jsonl", 24, 39, 1.0),
]


@pytest.fixture(scope="module")
def day(analyzer, tmp_path_factory):
    return replayed_day("busy_day.jsonl", analyzer, tmp_path_factory.mktemp("busy-day"))


def _assert_every_order_keeps_its_events(by_id, replays, stored: int, pairs: int, min_recall: float) -> None:
    """In every feed order: at least `stored` reports stored and `pairs` pairs, no two events
    joined, none hidden, and pair recall at its floor."""
    for order_name, order, story_of in replays:
        figures = pair_figures(story_of, order, by_id)
        assert figures.stored >= stored, f"{order_name}: items stored as relevant: {figures}"
        assert figures.pairs >= pairs, figures
        assert figures.precision == 1.0, f"{order_name}: {figures.wrong}"
        assert figures.hidden == [], f"{order_name}: {figures.hidden}"
        assert figures.recall >= min_recall, f"{order_name}: {figures.missed}"


@pytest.mark.parametrize(("name", "stored", "pairs", "min_recall"), DAYS, ids=[d[0] for d in DAYS])
def test_no_event_of_a_busy_day_is_hidden_or_joined_with_another(name, stored, pairs, min_recall, analyzer,
                                                                 tmp_path, day):
    by_id, replays = day if name == "busy_day.jsonl" else replayed_day(name, analyzer, tmp_path)
    _assert_every_order_keeps_its_events(by_id, replays, stored, pairs, min_recall)


@pytest.mark.parametrize(("name", "stored", "pairs", "min_recall"), SPANNING_DAYS, ids=[d[0] for d in SPANNING_DAYS])
def test_no_event_of_a_busy_week_dated_as_published_is_hidden_or_joined_with_another(name, stored, pairs, min_recall,
                                                                                    analyzer, tmp_path):
    by_id, replays = replayed_day(name, analyzer, tmp_path, dates="real")
    _assert_every_order_keeps_its_events(by_id, replays, stored, pairs, min_recall)


@pytest.mark.parametrize("name", [d[0] for d in SPANNING_DAYS])
def test_the_clock_of_a_week_replayed_as_published_believes_every_reports_date(name):
    """The poller reads a date more than a day after its clock as none (bot.core.feeds.dates):
    at a clock before a file's latest report, its week is replayed all dated now, as days 13
    to 17 (dated 2027) were at the fixed NOW."""
    items = labelled_reports(name)
    now = poll_time(items, "real")
    for item in items:
        assert plausible_published(item_date(item), now) == item_date(item), (item["id"], now)


def test_a_week_replayed_as_published_stores_each_reports_own_date(analyzer, tmp_path):
    items = labelled_reports("busy_day_17.jsonl")
    order = orders(by_outlet(items), 1)[0]
    asyncio.run(replay(order, analyzer, tmp_path / "week.db", dates="real"))
    with sqlite3.connect(tmp_path / "week.db") as db:
        published = dict(db.execute("SELECT guid, published FROM entries").fetchall())
    assert published == {item["id"]: item_date(item).isoformat() for item in items}


def test_the_marked_correction_joins_the_report_it_corrects(day):
    assert together_in_every_replay(day, "B-EN-06", "B-EN-06C", "B-FR-06")


def test_one_announcement_in_three_languages_and_number_formats_is_one_story(day):
    assert together_in_every_replay(day, "B-EN-10", "B-FR-10", "B-DE-10")
    assert together_in_every_replay(day, "B-EN-03", "B-DE-03", "B-FR-03", "B-EN-L1", "B-EN-EX")


def test_the_reports_of_a_completed_delivery_are_one_story(day):
    """'The last of the 24 F-16s the Netherlands promised have been handed over' is read by
    the pledge extraction as the delivery; 'Die Niederlande haben ihre Zusage erfüllt: Alle 24
    ... übergeben worden' as the promise of 24, which told as kept is the delivery's
    (pledge_news.promise_that_arrived), as the French report's 'livraison des vingt-quatre F-16
    promis' is read."""
    assert together_in_every_replay(day, "B-EN-01", "B-DE-01", "B-FR-01", "B-EN-OP")


def test_the_round_ups_of_a_meeting_in_three_languages_are_one_story(day):
    """The German round-up shares with the English and French ones only words of other
    languages (Kontaktgruppe, Drohnen, Abfangraketen) and names of the beat, 0.10-0.14 alike;
    the standing meeting and the day all three name join them (gatherings.MEETINGS)."""
    assert together_in_every_replay(day, "B-EN-05", "B-FR-05", "B-DE-05")
    # ... and none of them joins a government's pledge made at the meeting.
    _, replays = day
    for _, _, story_of in replays:
        assert story_of["B-DE-05"] not in {story_of[i] for i in ("B-DE-03", "B-EN-06", "B-FR-07", "B-DE-08")}


@pytest.mark.parametrize(("name", "least", "events_least"), [("busy_day.jsonl", 40, 15), ("busy_day_2.jsonl", 30, 12),
                                                          ("busy_day_3.jsonl", 20, 10),
                                                          ("busy_day_4.jsonl", 30, 11), ("busy_day_5.jsonl", 30, 10),
                                                          ("busy_day_6.jsonl", 29, 10), ("busy_day_7.jsonl", 30, 11),
                                                          ("busy_day_8.jsonl", 26, 9), ("busy_day_9.jsonl", 26, 8),
                                                          ("busy_day_10.jsonl", 27, 9), ("busy_day_11.jsonl", 26, 8),
                                                          ("busy_day_12.jsonl", 17, 6), ("busy_day_13.jsonl", 25, 8),
                                                          ("busy_day_14.jsonl", 24, 8),
                                                          ("busy_day_15.jsonl", 23, 8), ("busy_day_16.jsonl", 30, 10),
                                                          ("busy_day_17.jsonl", 23, 9), ("busy_day_18.jsonl", 35, 12),
                                                          ("busy_day_19.jsonl", 30, 10), ("busy_day_20.jsonl", 22, 8),
                                                          ("busy_day_21.jsonl", 24, 8), ("busy_day_22.jsonl", 24, 8),
                                                          ("busy_day_23.jsonl", 19, 7), ("busy_day_24.jsonl", 27, 8),
                                                          ("busy_day_25.jsonl", 26, 8), ("busy_day_26.jsonl", 27, 8),
                                                          ("busy_day_27.jsonl", 27, 8), ("busy_day_28.jsonl", 27, 7),
                                                          ("busy_day_29.jsonl", 28, 8), ("busy_day_30.jsonl", 29, 7),
                                                          ("busy_day_31.jsonl", 22, 6), ("busy_day_32.jsonl", 29, 8),
                                                          ("busy_day_33.jsonl", 28, 8), ("busy_day_34.jsonl", 30, 8),
                                                          ("busy_day_35.jsonl", 28, 7), ("busy_day_39.jsonl", 27, 8),
                                                          ("busy_day_40.jsonl", 26, 9), ("busy_day_41.jsonl", 24, 7)])
def test_the_days_are_well_formed(name, least, events_least):
    items = labelled_reports(name)
    assert len(items) >= least and len({item["id"] for item in items}) == len(items)
    # One day, or a week or a month of them dated as published.
    spanning = {file for file, *_ in SPANNING_DAYS}
    assert len({item["date"] for item in items}) == 1 or name in spanning
    events = defaultdict(set)
    for item in items:
        assert item["lang"] in ("en", "fr", "de") and item["relevant"] and item["summary"], item["id"]
        events[item["event"]].add(item["source"])
    assert len(events) >= events_least
    # An outlet files one report per event, but for its marked revision of its own report.
    firsts = [i for i in items if not revision_headline(i["title"] or "")[0]]
    assert all(len(sources) == sum(i["event"] == e for i in firsts) for e, sources in events.items())
    assert any({i["lang"] for i in items if i["event"] == e} == {"en", "fr", "de"} for e in events)

