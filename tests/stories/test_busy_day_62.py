"""Busy days of stories round 62, replayed through the real poller in 7 orders and both date modes. Every text, name and
figure is invented; each report was labelled with its event before the first run (data in
tests/data/busy_day_62_*.jsonl, committed before any run). The reports are FEED ITEMS, as the real and held-back sets
are: a title and a summary of 150-350 characters, from papers, agencies, aggregators reposting a wire, a Ukrainian
outlet in three languages and pro-Kremlin sites.

- Day feeds (a Wednesday; Sweden's pledge on the Monday before): Germany's three more IRIS-T told by the wire, an
  agency in German and in French, a finance aggregator reposting the wire's text under a new headline, a pro-Kremlin
  French site's slanted version and a Ukrainian outlet's "Ukraine to receive" version; Germany's second announcement
  of the day (500 million euros of Ukrainian-made long-range drones) in three languages; Norway paying for two IRIS-T
  launchers the same day (two donors, one system) in three; Sweden's ten CV90 pledged on Monday in two and their
  arrival on Wednesday in three (a delivery and the pledge it fulfils), one the Ukrainian outlet's "Ukraine receives";
  the U.S. $400 million package told by the wire, an aggregator's repost with a new headline, an agency, a pro-Kremlin
  English site and the Ukrainian outlet in German; the Netherlands' last F-16 handed over in three; France's six more
  Caesar in two; a second group of Ukrainian F-16 pilots training in Denmark in two; the EU's 5 billion euros for the
  reimbursement fund in three; Poland ruling out more MiG-29 in two; Italy's second SAMP/T arrived in two. Look-alikes:
  the Bundeswehr's own IRIS-T order, Slovakia's own CV90, EU humanitarian aid, defence shares.
- Day flash (a Thursday, NATO defence ministers; stop 61's own_reports/flash_round_ups.py, leftover B2): the wire's
  flash of Spain's Hawk launchers at the meeting and its write-up twenty minutes later, a round-up headed by Spain
  naming Greece's and Portugal's aid; a German agency's round-up headed by the ministers; Spain's Hawk launchers in
  another paper and agency's own reports (one filed before the flash), Greece's shells in two, Portugal's M113 in one;
  a NATO drill over Spain with Hawk units (look-alike). Replayed in 7 orders, so the flash arrives before its write-up,
  after it, before and after the other outlets' reports of Spain's part.
Where the conventions leave a case open (labels):
- an aggregator's repost of a wire under its own headline, a pro-Kremlin site's slanted version and a Ukrainian
  outlet's "will receive" version of a pledge are that pledge's event; "Ukraine receives" of an arrival the arrival's;
- Sweden's pledge (Monday) and the arrival of what it pledged (Wednesday) are two events;
- a meeting's round-up, whichever government its headline names, is the meeting's event, and so is the flash its
  wire's write-up turns into the round-up (round 61); another outlet's report of Spain's part is Spain's event.
First run (2026-12-07, this branch at 51835862 with the labels of 22cdf64b, committed before any run), 7 orders, the
same figures in both date modes:
- day feeds: 41 of 45 pairs in every order, nothing wrong, nothing hidden, every relevant report stored, no look-alike
  stored; 4 pairs missed: the pro-Kremlin English version of the U.S. package ("Washington pours another $400 million
  into Kiev's doomed war") apart from its four other reports. The aggregators' reposts under new headlines, the
  French pro-Kremlin version and the Ukrainian outlet's "will receive" and "receives" versions joined; Germany's and
  Norway's IRIS-T, Germany's two announcements, Sweden's pledge and its arrival stayed apart.
- day flash: 3 of 5 pairs in 5 orders; in 2 orders (1 and 4) the flash joined the paper's and the agency's reports of
  Spain's launchers before its write-up (2 wrong pairs) and stood apart from its write-up (1 more pair missed): B2's
  suspicion measured. In every order the German agency's round-up headed by the ministers stayed apart from the
  wire's flash and its write-up headed by Spain (2 pairs missed). Nothing hidden, no look-alike stored.
After the round's fixes:
- day flash: a flash of one government's pledge at a standing meeting stays apart from other feeds' reports of a
  government's item until its write-up tells what it is (own_reports/flash_round_ups.py): no wrong pair in any order,
  the flash and its write-up one story in every order; and a flash whose write-up, a round-up, is in its story (or
  links two stories) is judged by that write-up, so another outlet's round-up of the meeting headed by the group joins
  them (flash_round_ups.flashes_written_up, in story_score and merges): 5 of 5 pairs in every order and both modes.
- day feeds: unchanged (41 of 45; the slanted package version LEFT below).
"""

from __future__ import annotations

import pytest

from tests.support.busy_days import BusyDays, busy_day_checks
from tests.support.story_replay import labelled_reports

DAYS = {name: labelled_reports(f"busy_day_62_{name}.jsonl") for name in ("feeds", "flash")}
SHUFFLES = 6  # the file's order and 5 shuffles, then newest first: 7 orders

_SLANTED_PACKAGE_APART = (
    "day feeds, in every order and both date modes: 41 of 45 pairs; the pro-Kremlin English version of the U.S. "
    "package ('Washington pours another $400 million into Kiev's doomed war', 'threw another $400 million ... at the "
    "Kiev regime, sending HIMARS rockets and artillery shells') is read as a delivery (US funding and ammunition "
    "delivered), against the decision its four other reports tell: a 'phase' conflict. The slant's verbs of money "
    "thrown or poured are the pledge reading's (status cues), not the grouping's")
LEFT: dict[tuple[str, str, str], str] = {
    ("joined", "feeds", "today"): _SLANTED_PACKAGE_APART, ("joined", "feeds", "real"): _SLANTED_PACKAGE_APART,
}

BUSY_DAYS = BusyDays(DAYS, SHUFFLES, LEFT)

(test_busy_days_62_every_relevant_report_is_stored, test_busy_days_62_no_story_joins_two_events,
 test_busy_days_62_no_event_is_hidden, test_busy_days_62_every_report_joins_its_events_story) = busy_day_checks(
    BUSY_DAYS)


@pytest.mark.parametrize("day", list(DAYS))
def test_busy_days_62_no_look_alike_is_stored(day, analyzer):
    assert BUSY_DAYS.look_alikes_stored(day, analyzer) == []
