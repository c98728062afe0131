"""Busy days of stop 59, replayed through the real poller in 7 orders and both date modes. Every text, name and
figure is invented; each report was labelled with its event before the first run (data in
tests/data/busy_day_59_*.jsonl, committed before any run). Forms the earlier busy days leave out:

- Day ramstein (a contact-group day, Tuesday): eight donors announce at one meeting; three agencies report the
  meeting in English, French and German, each naming two of the donors' pledges (not the same two), and a paper's
  round-up lists all eight; two national reports restate their own government's share (Germany's four IRIS-T in
  German, France's twelve Caesar in French); an airlift exercise at the base, the German army's own IRIS-T order
  and an arms fair (look-alikes).
- Day arrival (an arrival and a new pledge of the same kind, Thursday): Germany's first Leopard 2A6 tanks of an earlier
  promise arriving, told from Kyiv in three languages, and Germany's new pledge of Leopard 2A6 the same morning,
  told by a wire with a wrong count (12), by two others with the right one (10), and the wire's correction filed
  that afternoon ("CORRECTED-", "Corrects number of tanks to 10 from 12"); snow leopards at a zoo and the German
  army's own new tanks (look-alikes).
Where the conventions leave a case open:
- the agencies' reports of the meeting and the round-up listing every donor are one event (the meeting);
  a national report of one government's share is that government's announcement, another event (as stop 58's
  summit: a member's announcement at a gathering is its own event);
- the arrival and the new pledge are two events (same donor, same tank, two phases); the wire's report with the
  wrong count, its correction and the other outlets' reports of the pledge are one event.

First run (2026-12-07 08:29 UTC, this branch at bc28957d = main at e3d6c4fb with the labels, committed before any
run), in 7 orders (the file's, 5 shuffles, newest first) and both date modes, the same figures in every order: every
relevant report stored, no look-alike stored, nothing hidden, no pair wrong:
- day ramstein: 6 of 6 pairs (precision 1.00, recall 1.00): the three agencies' reports and the round-up are one
  story, each national report of one government's share a story of its own;
- day arrival: 9 of 9 pairs (1.00 / 1.00): the arrival told from Kyiv in three languages is one story, the pledge's
  four reports (the wrong count, its correction and the two others) another.
This branch, with stop 59's audits, meeting round-ups and generic aircraft words: the same figures on both days.
"""

from __future__ import annotations

from tests.support.busy_days import BusyDays, busy_day_probe_tests
from tests.support.story_replay import labelled_reports

DAYS = {name: labelled_reports(f"busy_day_59_{name}.jsonl") for name in ("ramstein", "arrival")}
SHUFFLES = 6  # the file's order and 5 shuffles, then newest first: 7 orders

LEFT: dict[tuple[str, str, str], str] = {}

BUSY_DAYS = BusyDays(DAYS, SHUFFLES, LEFT)

TestBusyDays = busy_day_probe_tests(BUSY_DAYS)
