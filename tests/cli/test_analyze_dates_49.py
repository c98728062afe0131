"""`pledgewatch analyze` and an item's "date" it cannot read: the item is analysed without
one, as before, and the line is named on standard error. It was dropped unseen ("06/12/2026",
20261206), and a chronology dated by it read otherwise than the user meant."""

from __future__ import annotations

from tests.support.cli_lines import analyze_lines


def test_a_date_that_is_not_iso_is_said_and_the_item_still_analysed(env, monkeypatch, capsys):
    text = {"title": "Germany pledges ten Leopard 2 tanks to Ukraine", "summary": "Berlin will send them soon."}
    results, err = analyze_lines(monkeypatch, capsys, {"id": 1, **text, "date": "06/12/2026"},
                                 {"id": 2, **text, "date": 20261206}, {"id": 3, **text, "date": "2026-12-06"},
                                 {"id": 4, **text, "date": None}, {"id": 5, **text})
    assert [r["id"] for r in results] == [1, 2, 3, 4, 5]
    assert all(r["relevant"] for r in results)  # read as before, without the date
    assert 'analyze: line 1: date "06/12/2026" is not an ISO date' in err
    assert "analyze: line 2: date 20261206 is not an ISO date" in err
    assert "line 3" not in err and "line 4" not in err and "line 5" not in err  # ISO, null, none given: nothing said
