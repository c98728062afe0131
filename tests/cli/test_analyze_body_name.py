"""`pledgewatch analyze` and a line whose text is under another name than "summary" ("text",
"body", "description", "content", as other tools write it): it was read from its title alone
with no word said, so a file so written looked like the rules missing most articles. Now said
once on standard error, the items still analysed as before."""

from __future__ import annotations

from tests.support.cli_lines import analyze_lines


def test_a_text_under_another_name_is_said_once_and_the_items_still_analysed(env, monkeypatch, capsys):
    body = "Norway will send two tanks to Ukraine as military aid, the defence ministry said."
    results, err = analyze_lines(monkeypatch, capsys, {"id": 1, "title": "Aid for Kyiv", "text": body},
                                 {"id": 2, "title": "Aid for Kyiv", "body": body})
    assert [r["id"] for r in results] == [1, 2]
    assert all(not r["pledges"] for r in results)  # read from the title alone, as before
    assert err.count('is not read: an item\'s text goes in "summary"') == 1, err
    assert 'line 1: the field "text"' in err


def test_a_summary_beside_another_field_says_nothing(env, monkeypatch, capsys):
    title = "Germany pledges ten Leopard 2 tanks to Ukraine"
    results, err = analyze_lines(monkeypatch, capsys,
                                 {"id": 1, "title": title, "summary": "Berlin sends them.", "description": "x"},
                                 {"id": 2, "title": title})
    assert [r["relevant"] for r in results] == [True, True]
    assert "is not read" not in err, err
