"""Stop 60: the CSV download in the form a spreadsheet set to French or German opens in columns.

Such a spreadsheet parts cells by semicolons and reads a comma as the decimal mark: the
comma-separated download opened there as one column. `sep=semicolon` gives semicolons and a
decimal comma (with the byte order mark, so accents show); the default stays commas and a
decimal point, as programs read it. Every page links both and says which is which.
Through the real tracker on loopback over a real SQLite store.
"""

from __future__ import annotations

import csv
import io
import re

from bot.core.models import Feed, Pledge
from tests.support.web_tracker import add_story, ask, get, serving, tracker_over


def _pledges(store, clock) -> None:
    feed_id = store.add_feed(Feed(url="https://wire.example/feed.xml", name="Wire"), clock.now())[0]
    add_story(store, clock, feed_id, 1, "Invented: Paris sends shells; more later", "Journal", "https://j.example/1",
              [Pledge("FR", "ammunition", "pledged", "obus; charges", None, 1200, 2.5e6, "EUR",
                      evidence="Une phrase inventée ; avec un point-virgule.")], 2)
    add_story(store, clock, feed_id, 2, "Invented: Vienna funds", "Wire", "https://wire.example/2",
              [Pledge("AT", "funding", "pledged", "Geld", None, None, 1234567.5, "EUR", evidence="Erfunden.")], 3)


def test_the_semicolon_csv_opens_in_columns_where_excel_is_french_or_german(store, clock):
    _pledges(store, clock)
    for url in serving(tracker_over(store, clock)):
        _, plain_headers, plain = get(url + "/pledges.csv?q=7d")
        status, headers, text = get(url + "/pledges.csv?q=7d&sep=semicolon")
    assert status == 200 and text.startswith("\ufeffID;Countries;Organisation;Donor Code;")
    rows = list(csv.DictReader(io.StringIO(text.removeprefix("\ufeff")), delimiter=";"))
    plain_rows = list(csv.DictReader(io.StringIO(plain.removeprefix("\ufeff"))))
    assert [row["ID"] for row in rows] == [row["ID"] for row in plain_rows] and len(rows) == 2
    by_donor = {row["Donor Code"]: row for row in rows}
    # A whole sum stays a whole number; a sum with decimals takes the decimal comma.
    assert by_donor["FR"]["Reported Value"] == "2500000" and by_donor["AT"]["Reported Value"] == "1234567,5"
    assert {row["Donor Code"]: row["Reported Value"] for row in plain_rows} == {"FR": "2500000", "AT": "1234567.5"}
    # A semicolon inside a cell is quoted, so the cells stay in their columns.
    assert by_donor["FR"]["Item"] == "obus; charges" and by_donor["FR"]["Countries"] == "France"
    assert by_donor["AT"]["Countries"] == "Austria"
    # The default is as it was: commas, a decimal point, the byte order mark.
    assert plain.startswith("\ufeffID,Countries,Organisation,Donor Code,")
    assert plain_headers["Content-Disposition"].endswith('_7d_as_of_2023-02-14.csv"')
    assert headers["Content-Disposition"].endswith('_7d_as_of_2023-02-14_semicolons.csv"')
    assert headers["Content-Type"] == "text/csv; charset=utf-8"


def test_the_two_forms_are_two_downloads_each_with_its_own_tag(store, clock):
    """A browser holding the comma form's tag asks for the semicolon form: it gets the
    semicolon form, never a 304 for the other file."""
    _pledges(store, clock)
    for url in serving(tracker_over(store, clock)):
        port = int(url.rsplit(":", 1)[1])
        _, plain_headers, _ = ask(port, "/pledges.csv")
        tag = plain_headers["ETag"]
        status, headers, body = ask(port, "/pledges.csv?sep=semicolon", If_None_Match=tag)
        again, _, _ = ask(port, "/pledges.csv?sep=semicolon", If_None_Match=headers["ETag"])
    assert status == 200 and body.startswith("\ufeffID;".encode()) and headers["ETag"] != tag
    assert again == 304


def test_a_separator_not_offered_is_refused_naming_what_is_taken(store, clock):
    _pledges(store, clock)
    for url in serving(tracker_over(store, clock)):
        status, _, text = get(url + "/pledges.csv?sep=tab")
        comma = get(url + "/pledges.csv?sep=comma")
        json_status = get(url + "/pledges.json?sep=semicolon")[0]
    assert status == 400 and text.startswith("sep: 'tab' not accepted. sep: comma (the default")
    assert "semicolon (semicolons and a decimal comma" in text
    assert comma[0] == 200 and comma[2].startswith("\ufeffID,")
    assert json_status == 400  # the JSON has no cells to part


def test_every_list_links_both_forms_and_says_which_is_which(store, clock):
    _pledges(store, clock)
    for url in serving(tracker_over(store, clock)):
        pages = {lang: get(f"{url}/pledges?q=france+30d&sort=donor&lang={lang}")[2] for lang in ("en", "fr", "de")}
    for lang, words in (("en", "CSV for Excel in French or German"),
                        ("fr", "CSV pour Excel en français ou en allemand"),
                        ("de", "CSV für Excel auf Deutsch oder Französisch")):
        page = pages[lang]
        link = re.search(r'<a href="([^"]+)" class="dl-csv-semicolon">([^<]+)</a>', page)
        assert link and link[2] == words, lang
        assert link[1] == "/pledges.csv?q=FR+30d&amp;sort=donor&amp;sep=semicolon"
        assert re.search(r'<a href="/pledges.csv\?q=FR\+30d&amp;sort=donor" class="dl-csv">CSV</a>', page)
        assert 'class="note csv-forms"' in page
    assert "CSV: cells parted by commas, decimal point, for programs" in pages["en"]
