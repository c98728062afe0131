"""Busy days of stop 56, replayed through the real poller in 7 orders and both date modes. Every text, name and
figure is invented; each report was labelled with its event before the first run (data in
tests/data/busy_day_56_*.jsonl).

- Day P (packages, Monday): two donors announcing the same kind of thing on one day with different counts (Canada's
  50 LAV 6 armoured vehicles, Australia's 30 Bushmasters, Australia's English report recalling Canada's "50
  armoured vehicles of its own"), and one donor's two announcements of the day (Norway's air defence package of 3
  billion crowns in the morning, its loan of 10 billion crowns to buy weapons in the evening), beside the Canadian
  Army's own order of armoured vehicles (a look-alike).
- Day S (summit, Thursday): three round-ups of a summit in Rome, each naming five donors and their pledges, beside
  each donor's own report (Italy's SAMP/T in two languages, Spain's Hawk launchers in two, Greece's shells and
  Belgium's money in one each), and a migration deal on the summit's sidelines (a look-alike).
- Day F (flashes, Tuesday): one-line flashes with no body ("BREAKING:", "EILMELDUNG:") beside their full versions
  (France's 12 Caesar howitzers, "douze" and "zwölf"); a US package first told as $1.2 billion and raised by the
  outlet's "UPDATE 1-" to $1.5 billion, told in French and German as "1,5 milliard" and "1,5 Milliarden"; a
  newspaper's report that Germany would send 50 Taurus missiles and the government's denial the same day, told in
  German and French; Belgium's own order of Caesar guns (a look-alike).
Where the conventions leave a case open:
- the round-ups are the summit's event; a donor's own report of its pledge made there is that pledge's event
  (as review 55's day C);
- the first version of the US package and its raised update are one event (one announcement, revised within the
  day);
- the newspaper's report and the denial are two events: the denial is news a reader alerted to the report needs.
"""

from __future__ import annotations

from tests.support.busy_days import BusyDays, busy_day_probe_tests
from tests.support.story_replay import labelled_reports

DAYS = {name: labelled_reports(f"busy_day_56_{name}.jsonl") for name in ("packages", "summit", "flashes")}
SHUFFLES = 6  # the file's order and 5 shuffles, then newest first: 7 orders

LEFT: dict[tuple[str, str, str], str] = {}

BUSY_DAYS = BusyDays(DAYS, SHUFFLES, LEFT)

TestBusyDays = busy_day_probe_tests(BUSY_DAYS)
