"""`pledgewatch analyze` and a line whose text is under another name than "summary" ("text",
"body", "description", "content", as other tools write it): it was read from its title alone
with no word said, so a file so written looked like the rules missing most articles. Now said
once on standard error, the items still analysed as before."""

from __future__ import annotations

import io
import json
import sys

from bot.cli import main


def _analyze(monkeypatch, capsys, *items: dict):
    monkeypatch.setattr(sys, "stdin", io.StringIO("".join(json.dumps(item) + "\n" for item in items)))
    capsys.readouterr()
    assert main(["analyze"]) == 0
    captured = capsys.readouterr()
    return [json.loads(line) for line in captured.out.splitlines()], captured.err


def test_a_text_under_another_name_is_said_once_and_the_items_still_analysed(env, monkeypatch, capsys):
    body = "Norway will send two tanks to Ukraine as military aid, the defence ministry said."
    results, err = _analyze(monkeypatch, capsys, {"id": 1, "title": "Aid for Kyiv", "text": body},
                            {"id": 2, "title": "Aid for Kyiv", "body": body})
    assert [r["id"] for r in results] == [1, 2]
    assert all(not r["pledges"] for r in results)  # read from the title alone, as before
    assert err.count('is not read: an item\'s text goes in "summary"') == 1, err
    assert 'line 1: the field "text"' in err


def test_a_summary_beside_another_field_says_nothing(env, monkeypatch, capsys):
    results, err = _analyze(monkeypatch, capsys, {"id": 1, "title": "Germany pledges ten Leopard 2 tanks to Ukraine",
                                                  "summary": "Berlin will send them soon.", "description": "teaser"},
                            {"id": 2, "title": "Germany pledges ten Leopard 2 tanks to Ukraine"})
    assert [r["relevant"] for r in results] == [True, True]
    assert "is not read" not in err, err
