"""Busy days of stop 61, replayed through the real poller in 7 orders and both date modes. Every text, name and
figure is invented; each report was labelled with its event before the first run (data in
tests/data/busy_day_61_*.jsonl, committed before any run). Forms the earlier busy days leave out:

- Day liveblog (a Monday): Germany's third Patriot system told by three agencies, a live blog's entry and the wire's
  factbox of what Germany has sent so far, which opens on the day's news; Germany's second announcement of the day
  (300 million euros for Ukrainian-made drones, one report hanging it "after its Patriot pledge") in two languages and
  a live entry; the Netherlands' F-16 ammunition, first with a wrong figure (12 million rounds), then the wire's
  "CORRECTED-" version (1.2 million) and another outlet with the right one; the Czech-led initiative's shells arriving,
  one report setting North Korea's shells for Russia beside them; North Korea's shells to Russia alone and the German
  army's own Patriot order (look-alikes).
- Day ministers (a Thursday, NATO defence ministers): a wire's flash of France's howitzers at the meeting naming the
  others there, and its write-up, a round-up headed by France; a German round-up headed by France naming the others
  in its third sentence after "Das sagte ... beim Treffen"; an English one naming them after a quote; a French one
  headed by the group; France's own report of the howitzers in two languages; two donors announcing the same system
  the same day (Canada's NASAMS bought for Ukraine, Norway's NASAMS launchers), each in two languages; Britain's
  drones order placed, in two languages; a NATO drill and a NASAMS sale to Taiwan (look-alikes).
- Day bill (a Tuesday; written after this round's rules, as a held-out check): the U.S. House passing a foreign aid
  bill for Ukraine, Israel and Taiwan, told by three agencies, a live entry and the wire's factbox of what it holds
  for Ukraine; the Pentagon's delivery of 50 Bradley vehicles the same day (the same donor's other news); Denmark's
  Leopard 1 tanks, first with a wrong count (20), then "CORRECTED-" (30), another outlet and a live entry; Germany's
  Leopard 1 tanks the same day (two donors, one system), one report naming Denmark's; Estonia's shells delivered,
  both reports setting North Korea's shells for Russia beside them; an Israeli air defence battery and North Korean
  troops (look-alikes).
Where the conventions leave a case open:
- a meeting's round-up, whichever government its headline names, is the meeting's event (the lead's ruling of stop
  58, upheld at stop 60), a flash that its wire's write-up turns into the round-up included; a government's own report
  of its announcement there is that announcement's event;
- a live entry telling an event, a factbox opening on it and a correction of a report are that event's.

First run (2026-12-07, main at e1c28553 with the labels of 570fe63a, committed before any run), the same figures in
both date modes, counted over 7 orders:
- day liveblog: 5 wrong pairs in 2 orders (the drones report hanging its news "after its Patriot pledge" read the
  Patriot as its own pledge and joined the Patriot story: the three agencies' reports, the live entry, the factbox),
  2 pairs missed in those orders (that report apart from the drones' other reports); nothing hidden;
- day ministers: 3 wrong pairs (the German round-up naming the others third with France's own reports in 2 and 6
  orders, the English one naming them after a quote with the French own report in 4), France's own howitzers hidden
  in 2 orders; 8 pairs missed (those two round-ups apart from the others in every order; France's own reports apart
  in 4).
This branch (stories round 61): both days 1.00 / 1.00 in every order and both date modes, nothing hidden, no
look-alike stored.
- day bill (held out; labels of 3fe2f3bd), first run with this round's rules, both date modes, 7 orders: nothing
  wrong, nothing hidden, no look-alike stored; 10 of the 15 reports labelled relevant stored: the bill's five
  reports are read as no military aid (their texts say "foreign aid bill" and name no weapons, and the factbox's
  "to replenish U.S. weapons stocks sent to Kyiv" fires the stock-replenishment trap: a relevance reading, LEFT);
  3 pairs missed in every order: the French report of Denmark's tanks, "30 chars Leopard 1 remis à neuf" (refurbished),
  read "remis" as a handover, delivered against the English promise. French "remis à neuf" is now no handover
  (pledges status_cues): 1.00 / 1.00 among the reports stored. Main (e1c28553) on this day: the same figures.
"""

from __future__ import annotations

import pytest

from tests.support.busy_days import BusyDays, busy_day_checks
from tests.support.story_replay import labelled_reports

DAYS = {name: labelled_reports(f"busy_day_61_{name}.jsonl") for name in ("liveblog", "ministers", "bill")}
SHUFFLES = 6  # the file's order and 5 shuffles, then newest first: 7 orders

_BILL_READ_AS_NO_MILITARY_AID = (
    "day bill: the U.S. House's foreign aid bill for Ukraine, Israel and Taiwan, five reports labelled relevant: "
    "the agencies' and the live entry's four texts name no weapons, no military purpose and no security assistance, "
    "so by the eval README (about military aid) nothing in them tells the aid military, and they stay unstored "
    "(round 62's decision: a rule reading 'aid bill for Ukraine' as military would store humanitarian and budget "
    "aid bills too). The factbox, which buys 'new weapons for Ukraine', is stored since round 62 (the "
    "replenishment traps stand aside for a purchase for Ukraine)")
LEFT: dict[tuple[str, str, str], str] = {
    ("stored", "bill", "today"): _BILL_READ_AS_NO_MILITARY_AID, ("stored", "bill", "real"): _BILL_READ_AS_NO_MILITARY_AID,
}

BUSY_DAYS = BusyDays(DAYS, SHUFFLES, LEFT)

(test_busy_days_61_every_relevant_report_is_stored, test_busy_days_61_no_story_joins_two_events,
 test_busy_days_61_no_event_is_hidden, test_busy_days_61_every_report_joins_its_events_story) = busy_day_checks(
    BUSY_DAYS)


@pytest.mark.parametrize("day", list(DAYS))
def test_busy_days_61_no_look_alike_is_stored(day, analyzer):
    assert BUSY_DAYS.look_alikes_stored(day, analyzer) == []
