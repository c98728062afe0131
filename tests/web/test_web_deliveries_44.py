"""Totals, stop 44: per donor, what was committed against what the news reported delivered,
counts per category and money per currency (never converted, never mixed with counts), and the
page saying what "delivered" means here. Real SQLite file, real tracker on loopback; the
stories are written for these tests. Before stop 44 Totals had no delivered figure at all.
"""

from __future__ import annotations

import re

from bot.core.models import Feed, Pledge
from bot.web.deliveries import deliveries, percent
from tests.support.web_tracker import add_story, ask_tracker


def _germany_and_poland(store, clock):
    feed_id = store.add_feed(Feed(url="https://wire.example/feed.xml", name="Wire"), clock.now())[0]
    reports = [
        ("DE", "air_defence", "pledged", "IRIS-T SLM", 4, None, None),
        ("DE", "air_defence", "delivered", "IRIS-T SLM", 1, None, None),
        ("DE", "tanks", "production", "Leopard 2A6", 10, None, None),
        ("DE", "funding", "pledged", None, None, 5e8, "EUR"),
        ("DE", "funding", "delivered", "x", None, 2e8, "EUR"),
        ("DE", "funding", "pledged", "y", None, 3e8, "USD"),
        ("DE", "aircraft", "refused", "Taurus", None, None, None),  # no commitment: on neither side
        ("PL", "tanks", "delivered", "T-72", 30, None, None),
    ]
    for n, (donor, category, status, system, quantity, value, currency) in enumerate(reports, 1):
        add_story(store, clock, feed_id, n, f"Story {n}", "Wire", f"https://wire.example/{n}",
                  [Pledge(donor, category, status, category, system, quantity, value, currency,
                          evidence=f"Sentence {n}.")], n)


def _table_rows(page: str, caption: str) -> list[list[str]]:
    """The rows of the table with `caption`, as lists of cell texts (tags dropped)."""
    table = re.search(rf"<caption>{re.escape(caption)}</caption>(.*?)</table>", page, re.S).group(1)
    rows = re.findall(r"<tr>(.*?)</tr>", table, re.S)
    return [[re.sub(r"<[^>]+>", "", cell).strip() for cell in re.findall(r"<t[hd][^>]*>(.*?)</t[hd]>", row, re.S)]
            for row in rows]


def test_totals_show_per_donor_what_was_committed_against_what_was_reported_delivered(store, clock):
    _germany_and_poland(store, clock)
    answers = ask_tracker(store, clock, "/totals", "/totals?lang=de", "/totals?q=delivered", "/totals?q=germany")
    status, page = answers["/totals"]
    assert status == 200
    assert "it is not an official figure" in page and "the news the bot read" in page
    rows = _table_rows(page, "Commitments and reported deliveries per donor and category: records and units")
    assert rows[0] == ["Donor", "Category", "Committed records", "Reported delivered", "Delivered share",
                       "Units committed", "Units reported delivered"]
    # Germany first (6 commitments; the refusal is on neither side), its row for every category first.
    assert rows[1] == ["🇩🇪 Germany", "all categories", "6", "2", "33%", "15", "1"]
    assert ["air defence", "2", "1", "50%", "5", "1"] in rows
    assert ["arms production", "1", "0", "0%", "", ""] not in rows  # tanks ordered: counted under tanks
    assert ["tanks", "1", "0", "0%", "10", ""] in rows
    assert ["🇵🇱 Poland", "all categories", "1", "1", "100%", "30", "30"] in rows
    # Money per donor and currency, never converted, never added to the counts.
    money = _table_rows(page, "Money committed and reported delivered per donor, per currency (never converted)")
    assert money[1:] == [["🇩🇪 Germany", "EUR", "700,000,000", "200,000,000", "28%"],
                         ["🇩🇪 Germany", "USD", "300,000,000", "0", "0%"]]
    german = answers["/totals?lang=de"][1]
    assert "keine amtliche Zahl" in german and "28\u202f%" in german and "700.000.000" in german
    # Under a status filter one side is empty by choice: not shown.
    assert "Reported delivered" not in answers["/totals?q=delivered"][1]
    assert "Poland" not in answers["/totals?q=germany"][1].split("Pledged and reported delivered", 1)[1]


def test_the_delivered_share_is_rounded_down_and_never_zero_when_something_was_delivered():
    table = deliveries([
        {"donor": "DE", "category": "tanks", "status": "pledged", "currency": None, "n": 999, "quantity": 0,
         "value": 0},
        {"donor": "DE", "category": "tanks", "status": "delivered", "currency": None, "n": 1, "quantity": 0,
         "value": 0},
        {"donor": "DE", "category": "tanks", "status": "discussed", "currency": None, "n": 50, "quantity": 0,
         "value": 0},
    ])
    split = table["DE"].records["tanks"]
    assert (split.committed, split.delivered) == (1000, 1)
    assert percent(split.share(), "en") == "<1%"
    assert percent(0.996, "en") == "99%" and percent(None, "fr") == "–" and percent(0.5, "fr") == "50\u202f%"
