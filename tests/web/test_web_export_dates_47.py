"""Stop 47: the CSV and JSON downloads called the day of a pledge's first report its
"Announcement Date" (the Kiel tracker's name for the day a pledge was announced). A pledge
announced at a ceremony on Tuesday and first reported on Wednesday said Wednesday; one
reported before the ceremony said a day before it was made. pledgewatch knows no
announcement day (the extractor reads no date, a story's date is its first article's), so
the column is now "First Reported", in the same place; "Announcement Date", which the
README listed among the export's columns, stays at the end with the same day, for scripts
written against it. Real SQLite file, real tracker on loopback HTTP, the CLI's export too."""

from __future__ import annotations

import csv
import io
import json
from datetime import timedelta
from pathlib import Path

from bot.core.models import Feed, Pledge
from bot.pledge_export import pledges_to_csv
from tests.support.web_tracker import add_story, ask, serving, tracker_over

README = Path(__file__).resolve().parents[2] / "README.md"


def _one_report_3_days_ago(store, clock) -> str:
    feed_id = store.add_feed(Feed(url="https://wire.example/feed.xml", name="Wire"), clock.now())[0]
    add_story(store, clock, feed_id, 1, "Berlin's IRIS-T, reported the next day", "Wire", "https://wire.example/1",
              [Pledge("DE", "air_defence", "pledged", "IRIS-T", "IRIS-T", 2, evidence="Two more.")], 3)
    return (clock.now() - timedelta(days=3)).date().isoformat()


def test_the_downloads_name_the_first_report_day_so(store, clock):
    day = _one_report_3_days_ago(store, clock)
    for url in serving(tracker_over(store, clock)):
        port = int(url.rsplit(":", 1)[1])
        _, _, csv_body = ask(port, "/pledges.csv")
        _, _, json_body = ask(port, "/pledges.json")
    reader = csv.DictReader(io.StringIO(csv_body.decode("utf-8-sig")))
    (row,) = list(reader)
    # Where "Announcement Date" was (after the donor columns), so a script reading by
    # position reads the same day; the old name last, holding the same day.
    assert reader.fieldnames[4] == "First Reported" and reader.fieldnames[-1] == "Announcement Date"
    assert row["First Reported"] == row["Announcement Date"] == day
    (record,) = json.loads(json_body)
    assert record["First Reported"] == record["Announcement Date"] == day


def test_the_readme_says_what_the_date_columns_mean():
    text = README.read_text(encoding="utf-8")
    assert "`First Reported`" in text
    export = next(line for line in text.splitlines() if line.startswith("| `pledgewatch pledges export"))
    assert "`First Reported`" in export and "no announcement day" in export


def test_the_cli_export_has_the_same_columns(store, clock):
    _one_report_3_days_ago(store, clock)
    header = pledges_to_csv(store.pledge_rows()).splitlines()[0].split(",")
    assert header[4] == "First Reported" and header[-1] == "Announcement Date"
