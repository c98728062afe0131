"""A new user's first look at the tracker, stop 47's round: `pledgewatch demo --db FILE`, then
the pages of that database on a real `WebServer` on loopback.

Found and fixed here, the first test failing before its fix: the demo's samples were dated
February 2023 as shipped, so every "last 30 days" (and 7 days, 6 months, 1 year) view of a
demo database said no pledge matched, and the demo's alerts were three years old. The demo
now moves every item by the same whole number of weeks (bot/demo_dates.py): order, spacing
and weekdays as shipped, the latest item in the week before the run. And the demo's closing
hint named the terminal's commands only, not the tracker: it now names `pledgewatch web`."""

from __future__ import annotations

import re
import sys
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime
from importlib import resources

import pytest

from bot.adapters.sqlite_store import SqliteStore
from bot.config import load_entities
from bot.core.ports import SystemClock
from bot.demo import SAMPLE_NAMES
from bot.web.server import WebServer
from tests.support.run_process import run_demo
from tests.support.web_tracker import get, serving



@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    folder = tmp_path_factory.mktemp("demo")
    db = folder / "demo.db"
    proc = run_demo(db, folder, timeout=120)
    assert proc.returncode == 0, proc.stderr
    return db, proc.stdout


@pytest.fixture(scope="module")
def tracker(demo_db):
    server = WebServer(demo_db[0], load_entities(), SystemClock(), "127.0.0.1", 0)
    yield from serving(server)


def _shipped_dates() -> list[datetime]:
    folder = resources.files("bot.defaults.samples")
    return sorted(parsedate_to_datetime(m.decode("ascii"))
                  for name in SAMPLE_NAMES
                  for m in re.findall(rb"<pubDate>([^<]+)</pubDate>", (folder / name).read_bytes()))


def test_the_recent_views_of_a_demo_database_show_its_pledges(tracker):
    for period in ("30d", "6m", "1y"):
        status, _, body = get(f"{tracker}/pledges?q={period}")
        assert status == 200 and "No pledges match these filters." not in body, period
        assert "/pledges/" in body, period  # rows, each linking to its pledge
    status, _, body = get(f"{tracker}/totals?q=30d")
    assert status == 200 and "No pledges match these filters." not in body


def test_the_demo_keeps_the_samples_order_spacing_and_weekdays(demo_db):
    store = SqliteStore(demo_db[0])
    try:
        stored = sorted(datetime.fromisoformat(r["published"]) for r in
                        store._rows("SELECT published FROM entries WHERE published IS NOT NULL"))
    finally:
        store.close()
    shipped = _shipped_dates()
    assert len(stored) == len(shipped) == 13
    shift = stored[0] - shipped[0]
    assert [s - shift for s in stored] == shipped  # one shift for all: same order and spacing
    assert shift.days % 7 == 0 and shift.seconds == 0
    assert [s.weekday() for s in stored] == [s.weekday() for s in shipped]
    now = datetime.now(UTC)
    assert now - timedelta(days=7) < stored[-1] <= now


def test_every_page_a_new_user_clicks_from_the_front_page_answers(tracker):
    """The front page's links and the links of the pages they lead to (one click further):
    none errs, and the demo's donor, pledge and story pages are among them."""
    seen: dict[str, int] = {}
    todo = ["/"]
    for depth in range(2):
        following = []
        for path in todo:
            if path in seen:
                continue
            status, headers, body = get(tracker + path)
            seen[path] = status
            if depth == 0 or headers.get("Content-Type", "").startswith("text/html"):
                following += [href.replace("&amp;", "&") for href in re.findall(r'href="(/[^"]*)"', body)]
        todo = following
    assert all(status == 200 for status in seen.values()), {p: s for p, s in seen.items() if s != 200}
    assert any(re.fullmatch(r"/pledges/\d+", p) for p in seen), sorted(seen)


def test_the_demo_points_to_the_tracker_on_its_database(demo_db):
    db, out = demo_db
    # run_demo starts `python -m bot`, which the line names (stop 59: a command that runs as pasted).
    assert f"PLEDGEWATCH_DB={db} {sys.executable} -m bot web" in out
