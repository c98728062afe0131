"""`pledgewatch run` whose first round outlasts the poll interval, as a real subprocess
against slow loopback feeds: the log stays quiet (no APScheduler "skipped: maximum
number of running instances" warnings), reports the round's progress, and a SIGTERM
in the middle of the round ends the process with exit code 0 and no traceback,
losing nothing: feeds stored before the signal are answered 304 on restart, the
others are fetched again in full.

The round must outlast poll_interval, whose floor is 30 s, and the progress line
comes every 30 s (bot.run_loop.PROGRESS_SECONDS): this test takes about 40 s."""

from __future__ import annotations

import signal
import sqlite3
import threading
import time
from pathlib import Path

import pytest

from tests.support.run_process import REPO, start, wait_for
from tests.support.servers import RecordedRequest, Response, rss

pytestmark = pytest.mark.timeout(180)

FEEDS = 40
ITEMS = 3
CONCURRENCY = 2
DELAY = 2.0  # seconds per response: 40 feeds, 2 at a time -> a first round of ~40 s > the 30 s interval


class SlowFeeds:
    """FEEDS feeds of ITEMS plain items each, every answer held DELAY seconds, with an
    ETag so a feed stored before the stop is answered 304 after the restart."""

    def __init__(self, server) -> None:
        self.server = server
        self.delay = DELAY
        self.full_answers: dict[int, int] = {}  # feed -> 200s sent
        self.lock = threading.Lock()
        for index in range(FEEDS):
            server.set_route(self.path(index), self._handler(index))

    @staticmethod
    def path(index: int) -> str:
        return f"/slow/{index}.xml"

    def _handler(self, index: int):
        items = [{"title": f"Town council {index} meets about road works, part {n}", "guid": f"f{index}-i{n}",
                  "link": f"https://local.example/{index}/{n}", "description": "The agenda lists road works."}
                 for n in range(ITEMS)]
        body = rss(items, title=f"Town {index}")
        etag = f'"town-{index}"'

        def handle(request: RecordedRequest) -> Response:
            time.sleep(self.delay)
            headers = {"Content-Type": "application/rss+xml; charset=utf-8", "ETag": etag}
            if request.headers.get("if-none-match") == etag:
                return Response(304, b"", headers)
            with self.lock:
                self.full_answers[index] = self.full_answers.get(index, 0) + 1
            return Response(200, body, headers)

        return handle


def write_settings(tmp_path: Path, server) -> Path:
    settings = tmp_path / "settings.toml"
    feeds = "".join(f'[[feed]]\nurl = "{server.url(SlowFeeds.path(i))}"\nname = "Town {i}"\n' for i in range(FEEDS))
    settings.write_text(
        f'database = "{(tmp_path / "run.db").as_posix()}"\n'
        f'rules = "{(REPO / "config" / "rules.toml").as_posix()}"\n'
        f"poll_interval = 30\nmax_concurrent_fetches = {CONCURRENCY}\nfetch_timeout = 20\n" + feeds,
        encoding="utf-8",
    )
    return settings


def entries_per_feed(db: Path) -> dict[str, int]:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        rows = conn.execute("SELECT f.url, count(e.id) FROM feeds f LEFT JOIN entries e ON e.feed_id = f.id "
                            "GROUP BY f.id").fetchall()
    finally:
        conn.close()
    return {url.rsplit("/", 1)[1]: count for url, count in rows}


def test_a_first_round_longer_than_the_interval_logs_progress_and_stops_cleanly(tmp_path, feed_server):
    feeds = SlowFeeds(feed_server)
    settings = write_settings(tmp_path, feed_server)
    stderr = tmp_path / "stderr.log"
    proc = start(settings, tmp_path / "stdout.log")
    try:
        wait_for(lambda: stderr.exists() and "first round: " in stderr.read_text(encoding="utf-8"), proc,
                 "a progress line")
        started_before_stop = len(feed_server.requests)
    finally:
        proc.send_signal(signal.SIGTERM)
        code = proc.wait(timeout=30)
    log = stderr.read_text(encoding="utf-8")
    assert code == 0, log
    assert "Traceback" not in log and "CancelledError" not in log, log
    assert "maximum number of running instances" not in log, log
    assert "first round done" not in log, "the round should still have been running at the signal"
    assert started_before_stop < FEEDS, "the signal should come in the middle of the round"
    progress = next(line for line in log.splitlines() if "first round: " in line)
    polled = int(progress.split("first round: ", 1)[1].split(" of ", 1)[0])
    assert f"of {FEEDS} feeds" in progress and polled >= 1

    # Each feed's poll is one transaction: all its items or none.
    stored = entries_per_feed(tmp_path / "run.db")
    assert set(stored.values()) <= {0, ITEMS}, stored
    kept = {name for name, count in stored.items() if count}
    assert len(kept) >= polled, "every feed counted in the progress line is stored"
    assert len(kept) < FEEDS

    # Restart: the feeds stored before the signal answer 304 (their ETag was committed);
    # the others are fetched in full again and stored; nothing is doubled.
    feeds.delay = 0.0
    answers_before = dict(feeds.full_answers)
    proc = start(settings, tmp_path / "stdout.log")
    try:
        wait_for(lambda: set(entries_per_feed(tmp_path / "run.db").values()) == {ITEMS}, proc,
                 "every feed stored after the restart")
    finally:
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=30) == 0
    assert "Traceback" not in stderr.read_text(encoding="utf-8")
    refetched = {f"{i}.xml" for i in range(FEEDS) if feeds.full_answers.get(i, 0) > answers_before.get(i, 0)}
    assert refetched == set(stored) - kept, "only the feeds not stored before the signal are fetched in full again"
