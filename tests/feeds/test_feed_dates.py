"""Dates a broken feed gives (2099, 1970) are no dates: the item counts as published
when it was fetched, so the pledge table's order and its periods stay true. Polled
over loopback HTTP into a real SQLite file, read back through the real CLI."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from bot.cli import main
from bot.core.feeds.dates import plausible_published
from tests.support.servers import rss

NOW = datetime.now(UTC)
ITEMS = [
    {"title": "Germany pledges 14 Leopard 2 tanks to Ukraine", "guid": "d1", "link": "https://d.example/1",
     "pubDate": datetime(2099, 1, 1, tzinfo=UTC),
     "description": "Berlin will send 14 Leopard 2 tanks to Ukraine, the defence ministry said."},
    {"title": "Norway sends NASAMS air defence systems to Ukraine", "guid": "d2", "link": "https://d.example/2",
     "pubDate": datetime(1970, 1, 1, tzinfo=UTC),
     "description": "Oslo will deliver two more NASAMS launchers to Kyiv."},
    {"title": "France delivers Caesar howitzers to Ukraine", "guid": "d3", "link": "https://d.example/3",
     "pubDate": NOW - timedelta(days=2),
     "description": "Paris delivered 12 Caesar howitzers to Ukraine, the armed forces ministry said."},
]


def test_a_date_far_ahead_or_at_the_epoch_counts_as_the_fetch_time(env, capsys, feed_server):
    feed_server.set_feed("/dates.xml", rss(ITEMS))
    url = feed_server.url("/dates.xml")
    assert main(["feeds", "add", url]) == 0
    assert main(["poll", "--feed", url]) == 0
    capsys.readouterr()
    assert main(["pledges", "30d"]) == 0
    lines = [line for line in capsys.readouterr().out.splitlines() if " · " in line]
    today, two_days_ago = NOW.date().isoformat(), (NOW - timedelta(days=2)).date().isoformat()
    # Before: the 2099 pledge stood first (and in every period for 73 years), the 1970 one
    # fell out of "30d" although it was reported today. (The French item is one delivery:
    # its present-tense headline tells what its body reports as delivered.)
    assert [line.split(" · ")[0] for line in lines] == [today, today, two_days_ago], lines
    assert {line.split(" · ")[1] for line in lines[:2]} == {"Norway — NASAMS air defence ×2 — pledged",
                                                           "Germany — Leopard 2 tanks ×14 — pledged"}
    assert "2099" not in "\n".join(lines) and "1970" not in "\n".join(lines)


def test_plausible_dates():
    now = datetime(2026, 12, 2, 12, tzinfo=UTC)
    assert plausible_published(now + timedelta(hours=20), now) == now + timedelta(hours=20)  # a time zone off
    assert plausible_published(now + timedelta(days=2), now) is None
    assert plausible_published(datetime(1970, 1, 1, tzinfo=UTC), now) is None
    assert plausible_published(datetime(2022, 2, 24, tzinfo=UTC), now) == datetime(2022, 2, 24, tzinfo=UTC)
    assert plausible_published(None, now) is None
