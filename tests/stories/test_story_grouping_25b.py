"""Story grouping round 25b: what a review of round 25 found hiding or splitting events, each fixed with
pairs of invented reports run through the real analyzer and matcher, and a small busy week replayed in
several orders and both date modes.

1. Which chamber voted (approvals.chamber_voting). Round 25 took the first "<chamber> ... passed" of the
   lead. A Senate report often opens by recalling the House's vote ("the bill, which the House approved on
   Tuesday, was passed by the Senate on Friday"), and was read as the House's vote: it split from the other
   Senate reports (conflict 'step') and could join the House's story. A chamber word in a title ("Senate
   Majority Leader", "House Speaker") or another sense ("Chatham House", "Berliner Senat") was read as a
   vote. Decided: the headline's chamber when the headline tells a vote; else the one chamber the lead tells
   voting; when the lead tells both, the one told as following ("the Senate followed on Friday") or the one
   not told in a clause recalling it ("which the House approved", "after the House passed"); else none
   (which one is the news is not said: the pair is left to the other evidence, as before round 25).

Every text and figure here is invented for this file. The events were labelled before the first run.
The pairs' reports are also replayed as a small busy week (BUSY_DAYS, at the end: the file's order, 5
shuffles and newest first, dated now and as published).
"""

from __future__ import annotations

import pytest

from tests.support.busy_days import BusyDays, busy_day_checks, report
from tests.support.story_pairs import matcher_joins, pair_case

# --- 1. The chamber voting -----------------------------------------------------------------------------------
# A $38 billion aid bill: the House votes on a Wednesday, the Senate on the Thursday of the next week.
_HOUSE = ("en", "U.S. House approves $38 billion Ukraine weapons bill",
          "WASHINGTON (Wire) - The U.S. House of Representatives approved a $38 billion weapons aid bill for "
          "Ukraine on Wednesday by 268 votes to 160. The bill now goes to the Senate.")
_SENATE = ("en", "U.S. Senate approves $38 billion Ukraine weapons bill, sending it to Biden's desk",
           "WASHINGTON (Wire) - The U.S. Senate approved the $38 billion weapons aid bill for Ukraine on "
           "Thursday by 66 votes to 31, sending it to the president for signature.")
# Senate reports whose headline names no chamber and whose lead recalls the House's vote first.
_SENATE_RELATIVE = ("en", "$38 billion Ukraine weapons bill heads to the White House",
                    "WASHINGTON (Paper) - The $38 billion weapons aid bill for Ukraine, which the House approved "
                    "on Wednesday, was passed by the Senate on Thursday by 66 votes to 31 and awaits signature.")
_SENATE_AFTER = ("en", "Congress clears $38 billion Ukraine weapons bill",
                 "WASHINGTON (Paper) - Days after the House approved it on Wednesday, the U.S. Senate passed the "
                 "$38 billion weapons aid bill for Ukraine on Thursday by 66 votes to 31.")
_SENATE_FOLLOWED = ("en", "$38 billion Ukraine weapons bill goes to the president",
                    "WASHINGTON (Paper) - The House passed the $38 billion weapons aid bill for Ukraine on "
                    "Wednesday by 268 votes to 160; the Senate followed on Thursday by 66 votes to 31.")
# A House report led by a Senate title.
_HOUSE_LED_BY_A_SENATOR = ("en", "Lawmakers approve $38 billion in Ukraine weapons aid",
                           "WASHINGTON (Paper) - Senate Majority Leader Ann Porter said after the House passed the "
                           "$38 billion weapons aid bill for Ukraine on Wednesday by 268 votes to 160 that her "
                           "chamber would vote on it next week.")

CHAMBER_PAIRS = [
    pair_case("senate-recalling-the-house-relative-joins-the-senate", _SENATE, _SENATE_RELATIVE, 3, True),
    pair_case("senate-recalling-the-house-after-joins-the-senate", _SENATE, _SENATE_AFTER, 3, True),
    pair_case("senate-recalling-the-house-relative-apart-from-the-house", _HOUSE, _SENATE_RELATIVE, 3, False),
    pair_case("senate-recalling-the-house-after-apart-from-the-house", _HOUSE, _SENATE_AFTER, 3, False),
    pair_case("senate-followed-apart-from-the-house", _HOUSE, _SENATE_FOLLOWED, 3, False),
    pair_case("senate-followed-apart-from-the-house-days-later", _HOUSE, _SENATE_FOLLOWED, 30, False),
    pair_case("senate-relative-apart-from-the-house-days-later", _HOUSE, _SENATE_RELATIVE, 30, False),
    pair_case("house-led-by-a-senator-joins-the-house", _HOUSE, _HOUSE_LED_BY_A_SENATOR, 3, True),
    pair_case("house-led-by-a-senator-apart-from-the-senate", _SENATE, _HOUSE_LED_BY_A_SENATOR, 3, False),
    # Controls: the two votes stay apart, the House's own report joins itself in other words.
    pair_case("house-then-senate", _HOUSE, _SENATE, 3, False),
]


@pytest.mark.parametrize(("name", "first", "second", "hours", "one_event"), CHAMBER_PAIRS)
def test_chamber_votes_read_past_a_recalled_vote(name, first, second, hours, one_event, analyzer):
    assert matcher_joins(analyzer, first, second, hours) is one_event


@pytest.mark.parametrize(("lead", "told"), [
    # The headline's vote is the news, whatever the lead recalls first.
    ("Senate passes aid bill\n\nThe House approved it on Monday; the Senate passed it on Friday.",
     {"upper chamber vote"}),
    # No chamber in the headline: the lead's one chamber voting, past a recalled one.
    ("Aid bill heads to the president\n\nThe bill, which the House approved on Monday, was passed by the "
     "Senate on Friday.", {"upper chamber vote"}),
    ("Aid bill clears Congress\n\nAfter the House passed it on Monday, the Senate approved the bill on Friday.",
     {"upper chamber vote"}),
    # Both told, neither as the later nor as a recall: none.
    ("Aid bill goes to the president\n\nThe House passed it on Monday and the Senate approved it on Friday.",
     set()),
    ("Aid bill goes to the president\n\nThe House passed it on Monday; the Senate followed on Friday.",
     {"upper chamber vote"}),
    ("Aid bill goes to the president\n\nThe House and Senate passed the bill this week.", set()),
    ("Aid bill to be signed\n\nThe bill was approved by the Senate on Friday.", {"upper chamber vote"}),
    ("Aid bill passes\n\nLe texte, déjà voté par la Chambre, a été adopté par le Sénat vendredi.",
     {"upper chamber vote"}),
    # A chamber word as a title or a group: no vote of that chamber.
    ("Lawmakers back aid\n\nSenate Majority Leader Ann Porter said after the House passed the bill that",
     {"lower chamber vote"}),
    ("Aid bill advances\n\nSenate Republicans, who backed the bill in March, said", set()),
    ("Aid bill advances\n\nHouse Speaker Tom Reed backed the Senate-passed bill on Monday.", set()),
    # Other senses of the words.
    ("Aid plan praised\n\nChatham House analysts backed the plan on Monday.", set()),
    ("Aide saluée\n\nLa Chambre de commerce a approuvé le plan lundi.", set()),
    ("Hilfe beschlossen\n\nDer Berliner Senat hat die Hilfe am Montag beschlossen.", set()),
    ("House of Lords approves aid motion", set()),
])
def test_the_chamber_that_voted(lead, told):
    from bot.core.stories.evidence.approvals import chamber_voting
    from bot.core.text import fold

    assert chamber_voting(fold(lead)) == told


# --- 2 and 3. A thanks for an arrival ------------------------------------------------------------------------
# Round 25 read any headline with "thanks" in it as a thanks (thanks.py) and waived the weekday against an
# arrival of the same donor and system a day or two earlier (same_event._thanks_for_delivery). So a new batch
# reported under a thanks headline ("... thanks Spain as more launchers arrive", its lead telling Monday's
# arrival) and the causal "thanks to" joined Saturday's arrival: their alerts were never sent. Decided: "thanks
# to" is no thanks; the weekday is waived only when the day the lead names is the thanking's ("thanked Spain
# on Sunday"), not only an arrival's. And a real thanks whose lead adds a second donor in background lost the
# waiver (the donors compared were the lead's): now the donor thanked is the headline's.
_ARRIVAL = ("en", "First Aspide launchers from Spain arrive in Ukraine",
            "MADRID (Wire) - The first three Aspide air defence launchers promised by Spain have arrived in "
            "Ukraine, the Spanish defence ministry said on Saturday.")
_THANKS_SUNDAY = ("en", "Ukraine thanks Spain for Aspide launchers",
                  "KYIV (Paper) - Ukraine's foreign minister thanked Spain on Sunday for the three Aspide launchers "
                  "that reached the country this week, saying they already guard the south.")
_THANKS_NAMING_ANOTHER_DONOR = ("en", "Ukraine thanks Spain for Aspide launchers",
                                "KYIV (Paper) - Ukraine's foreign minister thanked Spain on Sunday for the three "
                                "Aspide launchers that reached the country this week, saying they would work "
                                "alongside the Hawk systems supplied by the United States.")
_NEW_BATCH_WITH_THANKS = ("en", "Zelensky thanks Spain as more Aspide launchers arrive",
                          "KYIV (Paper) - More Aspide launchers from Spain arrived in Ukraine on Monday, President "
                          "Volodymyr Zelensky said, thanking Madrid for the help.")
_THANKS_TO = ("en", "Ukraine downs missiles thanks to Spain's Aspide launchers",
              "KYIV (Paper) - Ukrainian air defence shot down 12 cruise missiles over Odesa on Monday with the "
              "Aspide launchers Spain delivered, the air force said.")

THANKS_PAIRS = [
    pair_case("thanks-a-day-after-the-arrival", _ARRIVAL, _THANKS_SUNDAY, 24, True),
    pair_case("thanks-naming-another-donor-a-day-after-the-arrival", _ARRIVAL, _THANKS_NAMING_ANOTHER_DONOR, 24,
              True),
    pair_case("new-batch-under-a-thanks-headline-apart-from-the-arrival", _ARRIVAL, _NEW_BATCH_WITH_THANKS, 48,
              False),
    pair_case("new-batch-under-a-thanks-headline-apart-30h", _ARRIVAL, _NEW_BATCH_WITH_THANKS, 30, False),
    pair_case("thanks-to-apart-from-the-arrival", _ARRIVAL, _THANKS_TO, 48, False),
]


@pytest.mark.parametrize(("name", "first", "second", "hours", "one_event"), THANKS_PAIRS)
def test_thanks_for_an_arrival(name, first, second, hours, one_event, analyzer):
    assert matcher_joins(analyzer, first, second, hours) is one_event


@pytest.mark.parametrize(("title", "lead", "thanks"), [
    ("Ukraine thanks Spain for Aspide launchers", "The minister thanked Spain on Sunday for the launchers.", True),
    ("Kiew dankt Spanien für Aspide", "Der Minister dankte Spanien am Sonntag für die Startgeräte.", True),
    ("L'Ukraine remercie l'Espagne", "Le ministre a remercié dimanche l'Espagne pour les lanceurs.", True),
    ("Ukraine thanks Spain for Aspide launchers", "The minister said the launchers were already in use.", True),
    # A day that is only an arrival's, and the causal "thanks to": no thanks for an earlier arrival.
    ("Zelensky thanks Spain as launchers arrive", "More launchers arrived on Monday, Zelensky said.", False),
    ("Ukraine downs missiles thanks to Spain's launchers", "The air force said so on Monday.", False),
])
def test_a_thanks_is_told_on_the_thanking_day(title, lead, thanks):
    from bot.core.stories.evidence.thanks import THANKS_TOLD, thanks_told
    from bot.core.text import fold

    assert (THANKS_TOLD in thanks_told(fold(title), fold(f"{title}\n\n{lead}"))) is thanks


# The pairs as a busy week (May 2027: Wednesday 12 to Monday 17), labelled before the first run: the House's
# Wednesday vote (two reports), the Senate's Thursday vote (three), Spain's Saturday arrival with Sunday's two
# thanks (one event: the thanks are its follow-ups), Monday's new batch (its own event). Left out: the Senate
# report telling the House's vote first and the Senate's as "followed" (alone with the Senate's report it
# shares too little to join: no chamber conflict, no pledge read alike) and the causal "thanks to" (a report
# of the launchers in use, not of aid).
WIRE, PAPER = "Wire EN", "Paper EN"
WEEK = [
    report("25B-01", "en", WIRE, "2027-05-12", "us-house", *_HOUSE[1:]),
    report("25B-02", "en", PAPER, "2027-05-12", "us-house", *_HOUSE_LED_BY_A_SENATOR[1:]),
    report("25B-03", "en", WIRE, "2027-05-13", "us-senate", *_SENATE[1:]),
    report("25B-04", "en", PAPER, "2027-05-13", "us-senate", *_SENATE_RELATIVE[1:]),
    report("25B-05", "en", "Journal EN", "2027-05-13", "us-senate", *_SENATE_AFTER[1:]),
    report("25B-06", "en", WIRE, "2027-05-15", "es-arrival", *_ARRIVAL[1:]),
    report("25B-07", "en", PAPER, "2027-05-16", "es-arrival", *_THANKS_SUNDAY[1:]),
    report("25B-08", "en", "Journal EN", "2027-05-16", "es-arrival", *_THANKS_NAMING_ANOTHER_DONOR[1:]),
    report("25B-09", "en", PAPER, "2027-05-17", "es-new-batch", *_NEW_BATCH_WITH_THANKS[1:]),
]
BUSY_DAYS = BusyDays({"week": WEEK}, 6, {})

(test_every_report_labelled_relevant_is_stored_as_relevant, test_no_story_joins_two_events, test_no_event_is_hidden,
 test_every_report_joins_the_story_of_its_event) = busy_day_checks(BUSY_DAYS)
