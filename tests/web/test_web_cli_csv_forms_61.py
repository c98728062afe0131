"""Stop 61: `pledgewatch pledges export --sep semicolon` writes the CSV the web's
`/pledges.csv?sep=semicolon` gives (semicolons between cells, a decimal comma), through the same
code: the command line had the comma-separated form alone. On a real SQLite file, the real
command and a real tracker on loopback HTTP."""

from __future__ import annotations

from bot.cli import main
from bot.core.models import Feed, Pledge
from tests.support.web_tracker import add_story, ask, serving, tracker_over


def _a_sum_with_decimals(store, clock) -> None:
    feed_id = store.add_feed(Feed(url="https://wire.example/feed.xml", name="Wire"), clock.now())[0]
    add_story(store, clock, feed_id, 1, "A grant with cents", "Wire", "https://wire.example/1",
              [Pledge("DE", "funding", "pledged", "grant; for repairs", None, None, 1234567.5, "EUR",
                      evidence="A grant of 1,234,567.50 euros, it said.")], 2)
    add_story(store, clock, feed_id, 2, "Two launchers", "Wire", "https://wire.example/2",
              [Pledge("NO", "air_defence", "pledged", "launchers", None, 2, evidence="Two launchers, it said.")], 3)


def test_the_cli_writes_the_webs_semicolon_csv(store, clock, tmp_path, monkeypatch, capsys):
    _a_sum_with_decimals(store, clock)
    for url in serving(tracker_over(store, clock)):
        port = int(url.rsplit(":", 1)[1])
        _, _, web_semicolons = ask(port, "/pledges.csv?sep=semicolon")
        _, _, web_commas = ask(port, "/pledges.csv")
    monkeypatch.setenv("PLEDGEWATCH_DB", str(store.path))
    semicolons, commas = tmp_path / "semicolons.csv", tmp_path / "commas.csv"
    assert main(["pledges", "export", "--sep", "semicolon", "--out", str(semicolons)]) == 0
    assert main(["pledges", "export", "--out", str(commas)]) == 0
    assert semicolons.read_bytes() == web_semicolons and commas.read_bytes() == web_commas
    text = semicolons.read_text(encoding="utf-8-sig")
    assert text.startswith("ID;Countries;") and ";1234567,5;EUR;" in text
    assert '"grant; for repairs"' in text  # a semicolon in a cell is quoted, not a new cell
    capsys.readouterr()
    assert main(["pledges", "export", "--sep", "comma"]) == 0  # the default, named
    assert ",1234567.5,EUR," in capsys.readouterr().out


def test_the_cli_refuses_a_separator_where_nothing_has_cells(store, clock, monkeypatch, capsys):
    _a_sum_with_decimals(store, clock)
    monkeypatch.setenv("PLEDGEWATCH_DB", str(store.path))
    capsys.readouterr()
    assert main(["pledges", "export", "--sep", "semicolon", "--format", "json"]) == 2
    assert "--sep: only `pledges export` in CSV parts its cells" in capsys.readouterr().err
    assert main(["pledges", "germany", "--sep", "semicolon"]) == 2
    assert "--sep" in capsys.readouterr().err
