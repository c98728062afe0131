"""`pledgewatch pledges` on a database filled by real polls of the seed articles and
written items: filters in every form, summary, a real PNG chart, CSV/JSON export."""

from __future__ import annotations

import csv
import io
import json
from datetime import datetime, timedelta, timezone

import pytest

from bot.cli import main
from tests.support.seed_feed import FEB_13, seed_item
from tests.support.servers import FeedServer, rss

NOW = datetime.now(timezone.utc)
WIRE = [
    {"title": "Netherlands to send Patriot launchers to Ukraine", "guid": "n1", "link": "https://e.example/n1",
     "pubDate": NOW - timedelta(days=3),
     "description": "The Netherlands will provide two Patriot launchers and missiles to Ukraine, the Dutch defence "
                    "minister said."},
    {"title": "Berlin pledges 2.7 billion euros in new military aid for Kyiv", "guid": "n2",
     "link": "https://e.example/n2", "pubDate": NOW - timedelta(days=10),
     "description": "Germany will deliver 30 Leopard 1 tanks, four IRIS-T air defence systems and 2.7 billion euros "
                    "in military aid to Ukraine, Defence Minister Pistorius said."},
    # Older than 30 days, so the period filters above keep their answers.
    {"title": "Britain to train more Ukrainian soldiers", "guid": "n3", "link": "https://e.example/n3",
     "pubDate": NOW - timedelta(days=60),
     "description": "The United Kingdom will train 10,000 Ukrainian soldiers next year, the British defence "
                    "ministry said, as part of its military aid to Ukraine."},
    {"title": "Canada sends radars to Ukraine", "guid": "n4", "link": "https://e.example/n4",
     "pubDate": NOW - timedelta(days=61),
     "description": "Canada will send 20 counter-battery radars and night vision goggles to Ukraine as military "
                    "aid, the Canadian defence minister said."},
]


@pytest.fixture(scope="module")
def filled_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("pledges") / "p.db"
    mp = pytest.MonkeyPatch()
    mp.setenv("PLEDGEWATCH_DB", str(path))
    with FeedServer() as server:
        server.set_feed("/afp.xml", rss([seed_item(0, FEB_13)], lang="fr"))
        server.set_feed("/dw.xml", rss([seed_item(1, FEB_13 + timedelta(hours=15))], lang="fr"))
        server.set_feed("/wire.xml", rss(WIRE, lang="en"))
        for feed, name in (("/afp.xml", "AFP"), ("/dw.xml", "DW"), ("/wire.xml", "Wire")):
            main(["feeds", "add", server.url(feed), "--name", name])
            main(["poll", "--once", "--feed", server.url(feed)])
    yield path
    mp.undo()


def pledges(capsys, monkeypatch, db, *words: str) -> list[str]:
    monkeypatch.setenv("PLEDGEWATCH_DB", str(db))
    capsys.readouterr()
    assert main(["pledges", *words]) == 0
    return capsys.readouterr().out.splitlines()


def test_seed_pledges_are_found(filled_db, capsys, monkeypatch):
    rows = json.loads("\n".join(pledges(capsys, monkeypatch, filled_db, "export", "--format", "json")))
    triples = {(r["Donor Code"], r["Type of Aid Specific"], r["Status"]) for r in rows}
    for category in ("artillery", "armoured_vehicles", "tanks", "air_defence"):
        assert ("ALLIES", category, "pledged") in triples
    # "no decision" is undecided, not refused; the allies or NATO, both readings of the seed
    assert {("ALLIES", "aircraft", "discussed"), ("NATO", "aircraft", "discussed")} & triples
    assert any(r["Donor Code"] == "DE" and r["System"] == "Gepard" and r["Status"] == "production" for r in rows)
    assert {"US", "FR", "NO"} <= {r["Donor Code"] for r in rows if r["Status"] == "production"}


@pytest.mark.parametrize("donor", ["germany", "allemagne", "DE", "Deutschland"])
def test_donor_filter_in_any_language(filled_db, capsys, monkeypatch, donor):
    lines = pledges(capsys, monkeypatch, filled_db, donor)[1:]
    assert lines and all(" · Germany — " in line for line in lines)


def test_category_system_and_period_filters_combine(filled_db, capsys, monkeypatch):
    air = pledges(capsys, monkeypatch, filled_db, "air_defence")[1:]
    assert air and all("air defence" in line and "air_defence" not in line for line in air)
    patriot = pledges(capsys, monkeypatch, filled_db, "patriot")[1:]
    assert patriot and all("Patriot" in line for line in patriot)
    recent = pledges(capsys, monkeypatch, filled_db, "30d", "air_defence")[1:]
    assert sorted(line.split(" · ")[1].split(" — ")[0] for line in recent) == ["Germany", "Netherlands"]
    combo = pledges(capsys, monkeypatch, filled_db, "germany", "tanks", "30d")[1:]
    assert len(combo) == 1 and "Leopard 1 tanks ×30" in combo[0]


def test_malformed_filter_answers_with_what_is_accepted(filled_db, capsys, monkeypatch):
    monkeypatch.setenv("PLEDGEWATCH_DB", str(filled_db))
    capsys.readouterr()
    assert main(["pledges", "xyzzy"]) == 2  # an error for scripts, with the chat's answer on stderr
    (line,) = capsys.readouterr().err.splitlines()
    assert "not understood" in line and "a donor" in line and "period" in line


def test_summary_totals_by_donor_and_category(filled_db, capsys, monkeypatch):
    text = "\n".join(pledges(capsys, monkeypatch, filled_db, "summary"))
    assert "By donor:" in text and "By category:" in text and "Germany:" in text


def test_chart_is_a_real_png(filled_db, capsys, monkeypatch, tmp_path):
    out = tmp_path / "chart.png"
    pledges(capsys, monkeypatch, filled_db, "chart", "--out", str(out))
    data = out.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 5_000


def test_a_chart_that_cannot_be_written_prints_no_result(filled_db, capsys, monkeypatch, tmp_path):
    # It printed "Pledges on record: ..." to stdout, then failed on the file: a script
    # reading stdout took the half for a result.
    monkeypatch.setenv("PLEDGEWATCH_DB", str(filled_db))
    capsys.readouterr()
    assert main(["pledges", "chart", "--out", str(tmp_path / "no" / "such" / "c.png")]) == 1
    captured = capsys.readouterr()
    assert captured.out == "" and "c.png: no such folder: " in captured.err


def test_csv_export_uses_tracker_column_names(filled_db, capsys, monkeypatch):
    text = "\n".join(pledges(capsys, monkeypatch, filled_db, "export", "--format", "csv"))
    rows = list(csv.DictReader(io.StringIO(text)))
    assert {"Countries", "Donor Code", "Announcement Date", "Type of Aid Specific", "Item", "Quantity",
            "Source link"} <= set(rows[0])
    assert any(r["Donor Code"] == "DE" and r["Quantity"] == "30" for r in rows)


def test_same_pledge_from_both_seed_outlets_is_one_record_with_two_sources(filled_db, capsys, monkeypatch):
    rows = json.loads("\n".join(pledges(capsys, monkeypatch, filled_db, "export", "--format", "json")))
    tanks = [r for r in rows if (r["Donor Code"], r["Type of Aid Specific"], r["Status"]) == ("ALLIES", "tanks", "pledged")]
    assert len(tanks) == 1
    assert sorted(tanks[0]["Source link"].split(" | ")) == ["https://example.org/seed-0", "https://example.org/seed-1"]


# -- issue 13 item 10: every category, system families, export filters, --all/--limit ---


def test_a_family_name_finds_every_model_of_it(filled_db, capsys, monkeypatch):
    # The wire item names "Leopard 1": asking for the family "leopard" finds it.
    lines = pledges(capsys, monkeypatch, filled_db, "leopard")[1:]
    assert lines and any("Leopard 1 tanks ×30" in line for line in lines)
    assert pledges(capsys, monkeypatch, filled_db, "leopard 2") == ["No pledges match: Leopard 2."]  # a model is only itself
    iris = pledges(capsys, monkeypatch, filled_db, "iris-t")[1:]
    assert iris and all("IRIS-T" in line for line in iris)


@pytest.mark.parametrize("word", ["funding", "financial_military", "money", "financement"])
def test_money_is_a_category_one_can_ask_for(filled_db, capsys, monkeypatch, word):
    lines = pledges(capsys, monkeypatch, filled_db, word)[1:]
    assert lines and all(" — funding" in line for line in lines)
    assert any("Germany — funding" in line and "€2.7bn" in line for line in lines)


@pytest.mark.parametrize(("word", "category", "donor"), [("production", "production", "US"),
                                                          ("industrie", "production", "FR"),
                                                          ("training", "training", "GB"),
                                                          ("ausbildung", "training", "GB"),
                                                          ("other", "other", "CA")])
def test_every_category_the_extractor_records_is_a_filter(filled_db, capsys, monkeypatch, word, category, donor):
    lines = pledges(capsys, monkeypatch, filled_db, word)[1:]
    rows = json.loads("\n".join(pledges(capsys, monkeypatch, filled_db, "export", word, "--format", "json")))
    assert rows and len(lines) == len(rows)
    assert all(r["Type of Aid Specific"] == category for r in rows) and donor in {r["Donor Code"] for r in rows}


def test_export_honours_the_filters(filled_db, capsys, monkeypatch):
    every = json.loads("\n".join(pledges(capsys, monkeypatch, filled_db, "export", "--format", "json")))
    german = json.loads("\n".join(pledges(capsys, monkeypatch, filled_db, "export", "germany", "--format", "json")))
    assert german and len(german) < len(every)
    assert {r["Donor Code"] for r in german} == {"DE"}
    recent_air = list(csv.DictReader(io.StringIO("\n".join(
        pledges(capsys, monkeypatch, filled_db, "export", "air_defence", "30d")))))
    assert sorted(r["Countries"] for r in recent_air) == ["Germany", "Netherlands"]
    monkeypatch.setenv("PLEDGEWATCH_DB", str(filled_db))
    assert main(["pledges", "export", "xyzzy"]) == 2


def test_export_keeps_only_the_status_asked_for(filled_db, capsys, monkeypatch):
    # The status filter was dropped: `pledges export discussed` wrote every pledge,
    # while the list, /pledges and the web's CSV kept the discussed ones only.
    every = json.loads("\n".join(pledges(capsys, monkeypatch, filled_db, "export", "--format", "json")))
    statuses = {row["Status"] for row in every}
    assert len(statuses) > 1, statuses
    for status in statuses:
        word = {"production": "ordered"}.get(status, status)  # orders from industry are asked for as "ordered"
        kept = json.loads("\n".join(pledges(capsys, monkeypatch, filled_db, "export", word, "--format", "json")))
        assert [row["ID"] for row in kept] == [row["ID"] for row in every if row["Status"] == status], status


@pytest.mark.parametrize(("words", "option"), [
    (["--out", "mine.csv"], "--out"),  # the list went to the terminal, no file, exit 0
    (["summary", "--out", "mine.txt"], "--out"),
    (["--format", "json"], "--format"),
    (["chart", "--format", "json"], "--format"),
    (["export", "--limit", "2"], "--limit"),  # every pledge was exported
    (["summary", "--all"], "--all"),
])
def test_an_option_the_chosen_output_does_not_use_is_refused(filled_db, capsys, monkeypatch, tmp_path, words, option):
    monkeypatch.setenv("PLEDGEWATCH_DB", str(filled_db))
    monkeypatch.chdir(tmp_path)
    capsys.readouterr()
    assert main(["pledges", *words]) == 2
    captured = capsys.readouterr()
    assert captured.out == "" and captured.err.startswith(f"pledgewatch: error: {option}"), captured
    assert list(tmp_path.iterdir()) == []


def test_countries_hold_names_and_organisations_are_not_countries(filled_db, capsys, monkeypatch):
    rows = json.loads("\n".join(pledges(capsys, monkeypatch, filled_db, "export", "--format", "json")))
    by_code = {r["Donor Code"]: r for r in rows}
    assert by_code["DE"]["Countries"] == "Germany" and by_code["DE"]["Organisation"] == ""
    assert by_code["NL"]["Countries"] == "Netherlands"
    assert by_code["ALLIES"]["Countries"] == "" and by_code["ALLIES"]["Organisation"] == "Allies"
    assert all(len(r["Countries"]) > 2 or r["Countries"] == "" for r in rows)  # no bare codes


def test_source_names_and_links_name_the_same_articles(filled_db, capsys, monkeypatch):
    rows = json.loads("\n".join(pledges(capsys, monkeypatch, filled_db, "export", "--format", "json")))
    for row in rows:
        names, links = row["Source of Information"].split(" | "), row["Source link"].split(" | ")
        assert len(names) == len(links)
    tanks = next(r for r in rows if (r["Donor Code"], r["Type of Aid Specific"], r["Status"]) == ("ALLIES", "tanks",
                                                                                                 "pledged"))
    pairs = dict(zip(tanks["Source of Information"].split(" | "), tanks["Source link"].split(" | ")))
    assert pairs == {"AFP": "https://example.org/seed-0", "DW": "https://example.org/seed-1"}


def test_the_list_can_show_everything_or_a_chosen_number(filled_db, capsys, monkeypatch):
    default = pledges(capsys, monkeypatch, filled_db)
    # "Pledges (15, and 1 discussed or refused)": every record listed, counted as the summary counts
    total = sum(int(word) for word in default[0].split("(")[1].split(")")[0].replace(",", " ").split()
                if word.isdigit())
    assert total > 15 and len(default) == 1 + 15 + 1  # title, 15 pledges, "... and N more"
    assert "--all lists every one" in default[-1]
    everything = pledges(capsys, monkeypatch, filled_db, "--all")
    assert len(everything) == 1 + total and "more" not in everything[-1]
    two = pledges(capsys, monkeypatch, filled_db, "--limit", "2")
    assert len(two) == 1 + 2 + 1 and str(total - 2) in two[-1]
    german = pledges(capsys, monkeypatch, filled_db, "germany", "--all")[1:]
    assert german and all(" · Germany — " in line for line in german)
    monkeypatch.setenv("PLEDGEWATCH_DB", str(filled_db))
    with pytest.raises(SystemExit):
        main(["pledges", "--all", "--limit", "3"])


def test_the_cli_lists_as_many_as_the_chat_by_default():
    from bot.cli.parser import MAX_LISTED_PLEDGES
    from bot.core.chat.query_commands import MAX_PLEDGE_LINES

    assert MAX_LISTED_PLEDGES == MAX_PLEDGE_LINES


class _Terminal(io.StringIO):
    """Standard output as an interactive terminal shows it."""

    def isatty(self) -> bool:
        return True


def test_on_a_terminal_each_outlet_is_a_hyperlink_to_its_article(filled_db, monkeypatch):
    # The list wrapped each outlet in an OSC 8 hyperlink, and standard output's filter of
    # escape sequences (for feed text) then stripped it: no link ever reached a terminal.
    terminal = _Terminal()
    monkeypatch.setenv("PLEDGEWATCH_DB", str(filled_db))
    monkeypatch.setattr("sys.stdout", terminal)
    assert main(["pledges", "netherlands"]) == 0
    shown = terminal.getvalue()
    assert "\x1b]8;;https://e.example/n1\x1b\\Wire\x1b]8;;\x1b\\" in shown, shown
    piped = io.StringIO()  # not a terminal: plain text, the links are in `pledges export`
    monkeypatch.setattr("sys.stdout", piped)
    assert main(["pledges", "netherlands"]) == 0
    assert "\x1b" not in piped.getvalue() and "Wire" in piped.getvalue()


def test_feed_text_brings_no_escape_of_its_own_into_the_hyperlinked_list():
    from bot.cli.output import terminal_text
    from bot.core.chat.replies import Reply

    pieces = (("2026-12-01 · Norway — NASAMS — pledged · ", ""),
              ("Wire\x1b]8;;https://evil.example\x1b\\ \x1b[2J\u202eenil", "https://e.example/n1"),
              ("\n", ""), ("Bad\x07link", "https://e.example/x\x1b]8;;"))
    shown = terminal_text(Reply(text="".join(text for text, _ in pieces), segments=pieces), _Terminal())
    assert shown.count("\x1b") == 4  # the one hyperlink's own two escapes, each with its ST
    assert "evil" not in shown and "\u202e" not in shown and "\x07" not in shown
    assert shown.endswith("\nBadlink")  # a URL holding a control character is no link


def test_a_csv_file_says_it_is_utf8_and_standard_output_does_not(filled_db, capsys, monkeypatch, tmp_path):
    # A file written by --out is most often opened in a spreadsheet: Excel reads a UTF-8
    # file without a byte order mark as the local ANSI code page ("Kyjiw" and "«» " came
    # out as mojibake). Standard output goes to other programs, which a BOM would hand
    # "\ufeffID" for the first column's name: none there.
    out = tmp_path / "mine.csv"
    pledges(capsys, monkeypatch, filled_db, "export", "--out", str(out))
    written = out.read_bytes()
    assert written.startswith(b"\xef\xbb\xbfID,") and written.count(b"\xef\xbb\xbf") == 1
    rows = list(csv.DictReader(io.StringIO(written.decode("utf-8-sig"))))
    assert rows and all(row["ID"] for row in rows)
    printed = "\n".join(pledges(capsys, monkeypatch, filled_db, "export"))
    assert printed.startswith("ID,") and printed == written.decode("utf-8-sig").rstrip("\n")
    pledges(capsys, monkeypatch, filled_db, "export", "--format", "json", "--out", str(tmp_path / "p.json"))
    assert json.loads((tmp_path / "p.json").read_bytes())  # JSON never carries one (RFC 8259)


def test_when_no_pledge_is_kept_the_list_says_why_as_chat_does(filled_db, tmp_path, capsys, monkeypatch):
    """`pledgewatch pledges` said "No pledges match." both on a database where nothing was found
    yet and where the filters kept nothing; /pledges in chat, whose filters the README says it
    shares, says which, and how the words were read ("Deutschland chars" as Germany, tanks)."""
    assert pledges(capsys, monkeypatch, filled_db, "Deutschland", "chars", "1d") == [
        "No pledges match: Germany · tanks · last day."]
    new = tmp_path / "new.db"
    monkeypatch.setenv("PLEDGEWATCH_DB", str(new))
    assert main(["feeds", "add", "https://news.example/rss"]) == 0
    assert pledges(capsys, monkeypatch, new) == ["No pledges found yet: they appear as the feeds are read."]
    # Filtered, on a database without any pledge: none found yet, not "No pledges match".
    assert pledges(capsys, monkeypatch, new, "germany", "30d") == [
        "No pledges found yet: they appear as the feeds are read (filters read as: Germany · last 30 days)."]
