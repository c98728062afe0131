"""The scenes of story merging (issue 12) as a user meets them, for
tests/stories/test_story_merges_run.py and tests/stories/test_story_merges_crash.py: `python -m bot run`
as a real subprocess, its feeds served over loopback HTTP and held back until the test
lets each report out, its chats on the Telegram stand-in (tests/support/telegram_stub.py).

Three reports of one event from three outlets. Alpha's (A) and Bravo's (B) are not
alike enough to be one story; Charlie's (C) is a rewrite of Alpha's that adds Bravo's
count, day and place, so it qualifies for both stories and they become one.
"""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

from tests.support.discord_stub import DiscordStub
from tests.support.fault_injection import HOOKED_CLI
from tests.support.run_process import clean_environment
from tests.support.servers import Response, rss
from tests.support.telegram_stub import TelegramStub, check_telegram_html

REPO = Path(__file__).resolve().parents[2]
DEADLINE = 90.0  # for one observable step of the subprocess on a loaded machine

USER = 1001  # a private chat: every topic
GROUP = -1002002  # a supergroup that follows training only
GROUP_ADMIN = 2002
DISCORD_TOKEN = "merge.discord.token-secret"
GUILD_ID = 333333333333333333
CHANNEL = 444444444444444444  # a Discord channel: every topic

# Our own sentences (not the evaluation set's). A and C share their wording (C is a
# rewrite of A); B and C share Bravo's count, day and place; A and B share only the
# donor, the system and the beat, which is not enough to join.
_ALPHA_TEXT = (
    "Le gouvernement norvégien a promis {count}lanceurs NASAMS à l'Ukraine, financés par un fonds de soutien "
    "pluriannuel voté par le Storting. Fabriqués par Kongsberg près de Trondheim, ces systèmes doivent protéger "
    "les centrales électriques et les barrages ukrainiens pendant l'hiver.{more}"
)


@dataclass(frozen=True)
class Report:
    path: str
    outlet: str
    lang: str
    title: str
    text: str
    published: datetime


WHEN = datetime(2024, 10, 1, 9, 0, tzinfo=UTC)
ALPHA = Report("/alpha.xml", "Alpha News", "fr", "Défense aérienne : la Norvège promet des NASAMS à l'Ukraine",
               _ALPHA_TEXT.format(count="des ", more=""), WHEN)
BRAVO = Report("/bravo.xml", "Bravo Post", "en", "Sandvik, in Bergen, pledges eight NASAMS launchers to Ukraine",
               "Norway will send Ukraine eight more NASAMS air defence launchers, defence minister Ola Sandvik told "
               "reporters in Bergen on Tuesday. The launchers come from army stocks, and Ukrainian crews will be "
               "trained to use them in Norway.", WHEN + timedelta(hours=1))
CHARLIE = Report("/charlie.xml", "Charlie Radio", "fr", "Défense aérienne : la Norvège promet huit NASAMS à l'Ukraine",
                 _ALPHA_TEXT.format(count="huit ", more=" Le ministre Ola Sandvik l'a annoncé mardi à Bergen."),
                 WHEN + timedelta(hours=2))
REPORTS = (ALPHA, BRAVO, CHARLIE)
OUTLETS = tuple(r.outlet for r in REPORTS)


@dataclass
class HeldFeeds:
    """Each report's feed answers only once the test lets it out (then at once, every time)."""

    server: object
    gates: dict[str, threading.Event] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for report in REPORTS:
            self.gates[report.path] = threading.Event()
            self.server.set_route(report.path, self._handler(report))

    def _handler(self, report: Report):
        def answer(request) -> Response:
            # Holds the first-round poll of this feed (bounded: `run` gives up a fetch
            # after fetch_timeout, and an empty feed then makes the test fail plainly).
            let_out = self.gates[report.path].wait(DEADLINE)
            items = [{"title": report.title, "guid": report.path.strip("/"), "description": report.text,
                      "link": f"https://news.example{report.path.replace('.xml', '/1')}", "pubDate": report.published}]
            return Response(200, rss(items if let_out else [], lang=report.lang),
                            {"Content-Type": "application/rss+xml; charset=utf-8"})

        return answer

    def let_out(self, *reports: Report) -> None:
        for report in reports:
            self.gates[report.path].set()

    def let_all_out(self) -> None:
        self.let_out(*REPORTS)


def write_settings(workdir: Path, server, api: TelegramStub, discord: DiscordStub | None = None) -> Path:
    text = (f'database = "{(workdir / "run.db").as_posix()}"\n'
            f'rules = "{(REPO / "config" / "rules.toml").as_posix()}"\n'
            "poll_interval = 600\nfetch_timeout = 120\n")
    for report in REPORTS:
        text += f'[[feed]]\nurl = "{server.url(report.path)}"\nname = "{report.outlet}"\nlang = "{report.lang}"\n'
    text += f'[telegram]\ntoken = "{api.token}"\napi_url = "{api.url}"\n'
    if discord is not None:
        text += (f'[discord]\ntoken = "{DISCORD_TOKEN}"\napi_url = "{discord.api_url}"\n'
                 f'gateway_url = "{discord.gateway_url}"\nguild_ids = [{GUILD_ID}]\n')
    settings = workdir / "settings.toml"
    settings.write_text(text, encoding="utf-8")
    return settings


def start_run(settings: Path, workdir: Path, fault: dict[str, str] | None = None) -> subprocess.Popen:
    """`run` as a user starts it; with `fault`, through the test-only kill hook
    (tests/support/fault_injection.py, never installed by the package)."""
    command = ["-c", HOOKED_CLI] if fault else ["-m", "bot"]
    return subprocess.Popen(
        [sys.executable, *command, "--config", str(settings), "run"], cwd=REPO, stdin=subprocess.DEVNULL,
        stdout=(workdir / "stdout.log").open("a"), stderr=(workdir / "stderr.log").open("a"),
        env=clean_environment(workdir / "rules-cache") | {"PYTHONPATH": str(REPO)} | (fault or {}),
    )


def stop_run(proc: subprocess.Popen, workdir: Path) -> None:
    proc.send_signal(signal.SIGTERM)
    code = proc.wait(timeout=DEADLINE)
    assert code == 0, (workdir / "stderr.log").read_text(encoding="utf-8")[-3000:]


def wait_until(predicate, proc: subprocess.Popen, what: str, workdir: Path):
    """Wait (bounded) for something the subprocess does that the test can observe."""
    end = time.monotonic() + DEADLINE
    while True:
        value = predicate()
        if value:
            return value
        assert proc.poll() is None, f"`run` exited while the test waited for {what}: " + \
            (workdir / "stderr.log").read_text(encoding="utf-8")[-3000:]
        assert time.monotonic() < end, f"timed out waiting for {what}"
        time.sleep(0.05)  # watching another process's progress, bounded by DEADLINE


def query(db: Path, sql: str, params: tuple = ()) -> list[tuple]:
    """Read the run's database without writing to it (nothing until the run made it)."""
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=10)
        try:
            return conn.execute(sql, params).fetchall()
        finally:
            conn.close()
    except sqlite3.OperationalError:
        return []


def outbox(db: Path) -> list[tuple]:
    """(chat id, story id, state) of every alert queued, by chat."""
    return query(db, "SELECT chat_id, story_id, state FROM outbox ORDER BY chat_id, story_id")


def edits(db: Path) -> list[tuple]:
    """(chat id, state) of every edit queued."""
    return query(db, "SELECT o.chat_id, e.state FROM outbox_edits e JOIN outbox o ON o.id = e.outbox_id "
                     "ORDER BY o.chat_id")


def merges(db: Path) -> list[tuple]:
    return query(db, "SELECT target, after FROM audit WHERE action = 'story.merge'")


def settled(db: Path) -> bool:
    """Every alert and every edit queued has gone out: nothing more will reach a chat
    until the feeds change (their next poll is minutes away and finds the same items)."""
    rows, queued_edits = outbox(db), edits(db)
    return bool(rows) and all(state == "sent" for *_, state in rows) and all(
        state == "done" for _, state in queued_edits)


# -- what the chats see -------------------------------------------------------------------------


class Chats:
    """The two chats, as their users drive them through the Telegram stand-in."""

    def __init__(self, api: TelegramStub, proc: subprocess.Popen, workdir: Path):
        self.api, self.proc, self.workdir = api, proc, workdir

    def command(self, chat_id: int, text: str) -> None:
        """A user writes a command; returns once the bot has answered it."""
        before = len(self.api.messages_to(chat_id))
        user = GROUP_ADMIN if chat_id == GROUP else chat_id
        self.api.send_text(chat_id, text, user_id=user)
        wait_until(lambda: len(self.api.messages_to(chat_id)) > before, self.proc, f"the answer to {text!r}",
                   self.workdir)

    def connected(self) -> None:
        self.api.set_member(GROUP, GROUP_ADMIN, "administrator")
        wait_until(lambda: self.api.calls_to("deleteWebhook"), self.proc, "the bot to connect", self.workdir)


def digest_time() -> str:
    """A digest time half a day away: the digest never comes due during the test."""
    return (datetime.now(UTC) + timedelta(hours=12)).strftime("%H:%M")


def alerts_to(api: TelegramStub, chat_id: int) -> list[tuple[int, str]]:
    """(message id, visible text as first sent) of the story alerts sent to a chat: the
    messages that open with one of the reports' titles (the rest answer commands)."""
    return [(message_id, text) for message_id, text in api.sent_texts(chat_id)
            if any(text.startswith(report.title) for report in REPORTS)]


def sources_line(visible: str) -> str:
    return next(line for line in visible.splitlines() if line.startswith("Sources:"))


def story_rows(db: Path) -> dict[int, int | None]:
    """Story id -> merged_into, for every story row."""
    return dict(query(db, "SELECT id, merged_into FROM stories ORDER BY id"))


def check_consistent(db: Path) -> int:
    """The stories table after one merge of two stories, and nothing left behind by the
    absorbed one; returns the survivor's id."""
    rows = story_rows(db)
    assert len(rows) == 2, rows
    [survivor] = [story for story, merged_into in rows.items() if merged_into is None]
    [absorbed] = [story for story, merged_into in rows.items() if merged_into is not None]
    assert rows[absorbed] == survivor
    for table in ("outbox", "story_sources", "pledges", "story_alerts"):
        assert query(db, f"SELECT count(*) FROM {table} WHERE story_id = ?", (absorbed,)) == [(0,)], table
    assert query(db, "SELECT count(*) FROM entries WHERE story_id = ?", (absorbed,)) == [(0,)]
    assert [source for (source,) in query(db, "SELECT source FROM story_sources WHERE story_id = ? ORDER BY source",
                                          (survivor,))] == sorted(OUTLETS)
    # No pledge counted twice: the reports' NASAMS pledge is one row with three sources.
    keys = query(db, "SELECT donor, category, status, system FROM pledges WHERE story_id = ?", (survivor,))
    assert len(keys) == len(set(keys))
    # Nothing points at a row that is gone (the outbox, its edits, the pledges' sources).
    assert query(db, "SELECT count(*) FROM outbox_edits WHERE outbox_id NOT IN (SELECT id FROM outbox)") == [(0,)]
    assert query(db, "SELECT count(*) FROM outbox WHERE story_id NOT IN (SELECT id FROM stories)") == [(0,)]
    assert query(db, "SELECT count(*) FROM pledge_sources WHERE pledge_id NOT IN (SELECT id FROM pledges)") == [(0,)]
    assert query(db, "PRAGMA integrity_check") == [("ok",)]
    assert merges(db) == [(str(absorbed), f'{{"merged_into": {survivor}}}')], "the audit log records the merge once"
    return survivor


def sent_and_pending(chats: Chats, feeds: HeldFeeds, db: Path) -> int:
    """Alpha's alert sent to the user; then the user takes a digest, so Bravo's alert
    waits for both chats. Returns the message id of Alpha's alert."""
    proc, workdir = chats.proc, chats.workdir
    chats.command(USER, "/subscribe")
    chats.command(GROUP, "/subscribe training")
    chats.command(GROUP, f"/mode digest {digest_time()}")
    feeds.let_out(ALPHA)
    wait_until(lambda: outbox(db) == [(str(USER), 1, "sent")], proc, "Alpha's alert sent", workdir)
    [(message_id, _)] = alerts_to(chats.api, USER)
    chats.command(USER, f"/mode digest {digest_time()}")
    feeds.let_out(BRAVO)
    # Alpha's story does not take training, so the group gets Bravo's alert only.
    wait_until(lambda: len(outbox(db)) == 3, proc, "Bravo's alerts queued", workdir)
    assert outbox(db) == [(str(GROUP), 2, "pending"), (str(USER), 1, "sent"), (str(USER), 2, "pending")]
    return message_id


def edit_then_release(chats: Chats, proc: subprocess.Popen, db: Path, workdir: Path) -> None:
    """Once Charlie is let out: the merge, the edit of the user's sent alert, then both
    chats back to instant mode until nothing is left to send."""
    wait_until(lambda: merges(db), proc, "C to merge the two stories", workdir)
    wait_until(lambda: edits(db) == [(str(USER), "done")], proc, "the edit of the sent alert", workdir)
    for chat_id in (USER, GROUP):
        chats.command(chat_id, "/mode instant")
    wait_until(lambda: settled(db), proc, "every alert sent", workdir)


def check_sent_alert_absorbed(api: TelegramStub, db: Path, message_id: int) -> None:
    """What the chats saw and the database kept when Alpha's sent alert absorbed Bravo's story."""
    survivor = check_consistent(db)
    assert survivor == 1, "a story whose alert was seen is never absorbed"
    assert outbox(db) == [(str(GROUP), survivor, "sent"), (str(USER), survivor, "sent")]
    # The user: Alpha's alert, once, then that very message edited to show every outlet.
    [(first_id, first)] = alerts_to(api, USER)
    assert first_id == message_id and sources_line(first) == f"Sources: {ALPHA.outlet}"
    assert not any(BRAVO.title in check_telegram_html(m["text"]) for m in api.messages_to(USER))
    assert [int(edit["message_id"]) for edit in api.edits_to(USER)] == [message_id]
    now_shows = check_telegram_html(api.message_text(USER, message_id))
    assert ALPHA.title in now_shows and all(outlet in sources_line(now_shows) for outlet in OUTLETS), now_shows
    # The group: not a word of Alpha's story before the merge; the merged story's alert after it, once.
    [(_, alert)] = alerts_to(api, GROUP)
    assert ALPHA.title in alert and all(outlet in sources_line(alert) for outlet in OUTLETS), alert
    assert api.edits_to(GROUP) == []
    assert edits(db) == [(str(USER), "done")]
