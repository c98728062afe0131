"""The web tracker as a person uses it: a real headless Chromium (Debian's chromium and
chromedriver) against `pledgewatch web` on a database filled by polling loopback feeds.
It opens the pages, narrows the table with the links (a donor, a category, a period),
checks the rows and their sources, downloads the CSV, switches to French, and saves a
screenshot of each page in tests/output/web/ for a person to look at.

Locally it skips when Chromium is not installed; under CI=true it must run.
"""

from __future__ import annotations

import csv
import io
import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

from bot.cli import main
from tests.support.servers import add_outlets
from tests.support.story_articles import IRIST_DE_1, LEOPARD_EN_1, PATRIOT_EN_1
from tests.support.webdriver import Browser, wait_for_file

OUTPUT = Path(__file__).parents[1] / "output" / "web"


@pytest.fixture
def polled_db(tmp_path, monkeypatch, feed_server, capsys):
    """Three outlets polled for real: Germany's Leopard tanks (English), Germany's IRIS-T
    air defence (German), the US Patriot package (English)."""
    db = tmp_path / "web.db"
    monkeypatch.setenv("PLEDGEWATCH_DB", str(db))
    monkeypatch.delenv("PLEDGEWATCH_CONFIG", raising=False)
    monkeypatch.chdir(tmp_path)
    now = datetime.now(UTC)
    feeds = {
        "/wire.xml": ("Wire", "en", LEOPARD_EN_1, now - timedelta(hours=3)),
        "/tagesblatt.xml": ("Tagesblatt", "de", IRIST_DE_1, now - timedelta(hours=2)),
        "/post.xml": ("Post", "en", PATRIOT_EN_1, now - timedelta(hours=1)),
    }
    add_outlets(feed_server, feeds)
    assert main(["poll", "--once"]) == 0
    capsys.readouterr()
    return db


@pytest.fixture
def web_url(polled_db, tmp_path):
    """`pledgewatch web` as a process, on a port the system picks."""
    # The checkout's own `bot` first: run from tmp_path, the process imported whichever `bot` the
    # environment had installed (another checkout's, in a git worktree), not the code under test.
    checkout = str(Path(__file__).resolve().parents[2])
    env = dict(os.environ, PLEDGEWATCH_DB=str(polled_db),
               PYTHONPATH=os.pathsep.join(p for p in (checkout, os.environ.get("PYTHONPATH", "")) if p))
    process = subprocess.Popen([sys.executable, "-m", "bot", "web", "--listen", "127.0.0.1:0"], cwd=tmp_path, env=env,
                               stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        line = process.stdout.readline()
        assert "http://127.0.0.1:" in line, line
        yield line.split("http://", 1)[1].split("/", 1)[0].join(("http://", ""))
    finally:
        process.terminate()
        process.wait(15)


@pytest.mark.timeout(240)
def test_a_person_finds_what_germany_pledged_in_air_defence_in_30_days(chromium, web_url, tmp_path):
    downloads = tmp_path / "downloads"
    downloads.mkdir()
    browser = Browser(*chromium, profile=tmp_path / "profile", downloads=downloads)
    shots = []
    try:
        browser.open(web_url + "/")
        assert browser.url.endswith("/pledges") and browser.title.startswith("Pledges")
        donors = browser.texts("table.pledges td.donor")
        assert {d.split()[-1] for d in donors} >= {"Germany", "States"}, donors
        shots.append(browser.screenshot(OUTPUT / "1-pledges.png"))

        # Narrow the table with links, as a reader would: Germany, then air defence, then 30 days.
        browser.click_link("table.pledges td.donor a", "Germany")
        browser.click_link(".filters .choices a", "air defence")
        browser.click_link(".filters .choices a", "30 days")  # the period in words since stop 41
        query = parse_qs(urlsplit(browser.url).query)
        assert query["q"] == ["DE air_defence 30d"], browser.url
        donors = browser.texts("table.pledges td.donor")
        assert donors and all(d.endswith("Germany") for d in donors), donors
        assert all(w.startswith("air defence") for w in browser.texts("table.pledges td.what")), "category"
        assert any("IRIS-T" in w for w in browser.texts("table.pledges td.what"))
        links = [browser.attribute(a, "href") for a in browser.find_all("table.pledges td.sources a")]
        assert "https://tagesblatt.example/a" in links
        assert browser.texts("table.pledges td.evidence")[0], "the evidence sentence is shown"
        shots.append(browser.screenshot(OUTPUT / "2-pledges-germany-air-defence-30d.png"))

        # The CSV of this view: the same rows, downloaded by the browser.
        # Saved under its view's name and, a period's rows changing by the day, the day made (stop 46).
        saved = downloads / f"pledges_DE_air_defence_30d_as_of_{datetime.now(UTC).date().isoformat()}.csv"
        browser.click(browser.find("a.dl-csv"))
        rows = list(csv.DictReader(io.StringIO(wait_for_file(saved).decode("utf-8-sig"))))
        assert rows and {r["Donor Code"] for r in rows} == {"DE"} and {r["Countries"] for r in rows} == {"Germany"}
        assert {r["Type of Aid Specific"] for r in rows} == {"air_defence"}
        assert len(rows) == len(donors)
        assert any("https://tagesblatt.example/a" in r["Source link"] for r in rows)

        browser.click_link("nav a", "Totals")
        assert browser.find_all("svg.chart rect"), "the chart is drawn"
        assert "Germany" in browser.text(browser.find("table.totals"))
        shots.append(browser.screenshot(OUTPUT / "3-totals-germany-air-defence-30d.png"))

        browser.open(web_url + "/totals")
        donors_in_chart = browser.text(browser.find("table.totals"))
        assert "Germany" in donors_in_chart and "United States" in donors_in_chart
        shots.append(browser.screenshot(OUTPUT / "4-totals.png"))

        browser.click_link("nav a", "Stories")
        titles = browser.texts("article.story h2")
        assert {LEOPARD_EN_1[0], IRIST_DE_1[0], PATRIOT_EN_1[0]} <= set(titles), titles
        assert "de" in browser.texts("article.story .lang-tag")
        shots.append(browser.screenshot(OUTPUT / "5-stories.png"))

        browser.click(browser.find("a.lang"))  # the switch to French
        assert browser.texts("h1") == ["Articles"] and "lang=fr" in browser.url
        browser.click_link("nav a", "Promesses")
        assert "Allemagne" in " ".join(browser.texts("table.pledges td.donor"))
        shots.append(browser.screenshot(OUTPUT / "6-pledges-fr.png"))
    finally:
        browser.close()
    for shot in shots:
        assert shot.read_bytes().startswith(b"\x89PNG"), shot
    print("screenshots:", *(str(s.relative_to(Path(__file__).parents[2])) for s in shots))
