"""Busy days of stop 58, replayed through the real poller in 7 orders and both date modes. Every text, name and
figure is invented; each report was labelled with its event before the first run (data in
tests/data/busy_day_58_*.jsonl, committed before any run). Forms the earlier busy days leave out:

- Day L (a live blog and a wire's write-throughs, Wednesday): one live blog's three entries as three feed items,
  each telling another event (Germany's four IRIS-T, Sweden's first Gripen jets landed, Canada's drones), each
  also told by another outlet; a wire's three versions of Canada's drone money, the first without figures
  ("without giving details"), "UPDATE 1-" with 10,000 drones and C$200 million, "UPDATE 2-" with the figures grown
  to 15,000 and C$300 million the same day; a German report of the 10,000; Canada's wildfire drones (a look-alike).
- Day J (jointly and alone, Thursday): Germany and the Netherlands paying jointly for a Patriot system, told in
  three languages and by a Dutch report of the Netherlands' half of it, beside each government's own news of the
  day (Germany's 20 Leopard 1, the Netherlands' 30,000 shells), each told twice; the two armies merging tank
  battalions (a look-alike).
- Day S (a summit's communique and an explainer, Friday): the Nordic summit's final communique setting up a
  1.5 billion euro ammunition fund (three languages), beside two members' own announcements made there (Sweden's
  12 Archers, Finland's 40 Patria), each told twice, and an explainer of every Nordic donor's totals "as leaders
  met"; the leaders' air policing over the Baltic (a look-alike).
Where the conventions leave a case open:
- each live-blog entry is the event it tells, as any outlet's report of it;
- the write-throughs of one wire story are one event, the figures grown in "UPDATE 2-" included (as stop 56's
  raised sum: the same announcement, added to);
- a partner's report of its share of a joint act is the joint act; each partner's own news that day is another;
- the summit's communique is one event and each member's announcement at it another; the explainer of totals
  is an event of its own (it reports none of the day's decisions).

First run (2026-12-07 05:51 UTC, this branch at c60237cd, labels as committed there before any run; load about 20), in
7 orders (the file's, 5 shuffles, newest first) and both date modes, every relevant report stored, no look-alike
stored, nothing hidden, no pair wrong:
- day L: 12 of 12 pairs in every order: each live-blog entry joins its event's other report, and the three
  write-throughs, the German report and the blog's entry of Canada's drones are one story;
- day J: 5 of 8 in every order: the Dutch report of its half of the joint Patriot stays apart from the joint act's
  three reports (its headline names the Netherlands alone, theirs both governments);
- day S: every pair in every order: the communique's three reports, each member's two and the explainer apart.
This branch: 1.00 / 1.00 on all three days in every order and both date modes (a partner's headline over an
opening telling a share of the joint act stands for the act's partners: bot/core/stories/evidence/joint_shares.py).
"""

from __future__ import annotations

from tests.support.busy_days import BusyDays, busy_day_probe_tests
from tests.support.story_replay import labelled_reports

DAYS = {name: labelled_reports(f"busy_day_58_{name}.jsonl") for name in ("live", "joint", "summit")}
SHUFFLES = 6  # the file's order and 5 shuffles, then newest first: 7 orders

LEFT: dict[tuple[str, str, str], str] = {}

BUSY_DAYS = BusyDays(DAYS, SHUFFLES, LEFT)

TestBusyDays = busy_day_probe_tests(BUSY_DAYS)
