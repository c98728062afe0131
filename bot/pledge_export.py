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


def pledges_to_csv(rows: Sequence[dict]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=[c for _, c in COLUMNS], lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow(_record(row))
    return out.getvalue()


def pledges_to_json(rows: Sequence[dict]) -> str:
    return json.dumps([_record(r) for r in rows], ensure_ascii=False, indent=2) + "\n"
