"""Busy days of stop 60, replayed through the real poller in 7 orders and both date modes. Every text, name and
figure is invented; each report was labelled with its event before the first run (data in
tests/data/busy_day_60_*.jsonl, committed before any run). Forms the earlier busy days leave out:

- Day ministers (a NATO defence ministers' meeting, Thursday): three agencies' round-ups of the meeting headed by
  Germany, whose pledge they tell first, their openings naming the others who announced there, and a paper's round-up
  headed by the ministers; Germany's own announcement of the IRIS-T told by three national reports (one closing on
  the others at the meeting) and Zelensky's thanks; Germany's separate announcement of a training mission that
  morning; the Netherlands' F-16 ammunition; Norway's drones (a flash, its write-up, another agency); Sweden's Archer
  howitzers arriving and its new CV90 pledge (whose report recalls the arrival at its end); Denmark's CV90 the same
  day; Poland's call on the allies to follow Germany (a reaction piece); the German army's own IRIS-T order and a
  NATO budget preview (look-alikes).
- Day package (a Tuesday): a US package first told without figures, then in a marked update with them, by two
  agencies and in a thanks; the US's other news of the day (F-16 pilots trained); France's last Mirage jets of a promise
  handed over and its new SAMP/T pledge (whose French report closes on Italy's); Italy's SAMP/T the same day in three
  languages; Britain's word that it will follow with drones next week (a reaction piece); a sale to another country
  and an air show (look-alikes).
Where the conventions leave a case open:
- a meeting's round-up, whichever government its headline names, is the meeting's event (the lead's ruling of stop
  58); a government's own report of its announcement there is that announcement's event, its closing paragraph on
  the others' news background;
- a thanks for a promise is the promise's event; another government's reaction or preview is its own event.
"""

from __future__ import annotations

from tests.support.busy_days import BusyDays, busy_day_probe_tests
from tests.support.story_replay import labelled_reports

DAYS = {name: labelled_reports(f"busy_day_60_{name}.jsonl") for name in ("ministers", "package")}
SHUFFLES = 6  # the file's order and 5 shuffles, then newest first: 7 orders

LEFT: dict[tuple[str, str, str], str] = {}

BUSY_DAYS = BusyDays(DAYS, SHUFFLES, LEFT)

TestBusyDays = busy_day_probe_tests(BUSY_DAYS)
