"""`pledgewatch demo`: the real pipeline, fully offline.

Serves the sample feeds shipped in config/samples/ (two seed articles plus items
written for the project, relevant and not) from a loopback HTTP server, polls
them once into a throw-away database, prints the alerts and stops. The items are dated
in the weeks before the run (bot/demo_dates.py), so the tracker's recent views show them.
"""

from __future__ import annotations

import shlex
import tempfile
import threading
import time
from dataclasses import replace
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib import resources
from pathlib import Path
from typing import TextIO

from bot.app import App
from bot.config import Settings
from bot.core.feeds.urls import shown_feed_url
from bot.core.models import Feed, Pledge
from bot.core.pledges.listing.words import describe
from bot.demo_console import HeldConsole
from bot.demo_dates import dated_near
from bot.errors import CommandError

SAMPLE_NAMES = {
    "wire-fr.xml": ("Fil démo — Europe", "fr"),
    "dw-fr.xml": ("DW démo (français)", "fr"),
    "world-en.xml": ("Demo World Wire", "en"),
    "news-de.xml": ("Demo-Nachrichten", "de"),
}


def sample_bodies(now: datetime) -> dict[str, bytes]:
    """The sample feeds, their items moved to the weeks before `now` (same order, spacing
    and weekdays as shipped)."""
    folder = resources.files("bot.defaults.samples")
    return dated_near({name: (folder / name).read_bytes() for name in SAMPLE_NAMES}, now)


class _SampleServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, bodies: dict[str, bytes]):
        self.bodies = bodies

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 - http.server's naming
                body = bodies.get(self.path.lstrip("/"))
                if body is None:
                    self.send_error(404)
                    return
                self.send_response(200)
                self.send_header("Content-Type", "application/rss+xml; charset=utf-8")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args: object) -> None:  # keep the demo's output clean
                pass

        super().__init__(("127.0.0.1", 0), Handler)


async def run_demo(settings: Settings, out: TextIO, keep_db: Path | None = None,
                   now: datetime | None = None, command: str = "pledgewatch") -> int:
    """The demo; with `keep_db` its database is written there and kept (it must not exist
    yet: a second poll of the same samples would find nothing new). `command` is how its
    closing lines name the program, to be pasted (see bot.cli.output.command_as_typed)."""
    if keep_db is not None and keep_db.exists():
        raise CommandError(f"--db: {keep_db} already exists; remove it or name a new file")
    server = _SampleServer(sample_bodies(now or datetime.now(UTC)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    feeds = tuple(Feed(url=f"{base}/{name}", name=label, lang=lang) for name, (label, lang) in SAMPLE_NAMES.items())
    try:
        with tempfile.TemporaryDirectory(prefix="pledgewatch-demo-") as folder:
            demo_settings = replace(settings, database=keep_db or Path(folder) / "demo.db", feeds=feeds)
            app = App(demo_settings)
            try:
                app.prepare()
                console = HeldConsole(out)
                app.use_chats([console])
                out.write(f"pledgewatch demo: polling {len(feeds)} sample feeds served on {base}\n\n")
                started = time.perf_counter()
                results = await app.poll_once()
                elapsed = time.perf_counter() - started
                # By publication time, then feed order: sent as the fetches ended, 1 December came
                # before 17 November.
                await console.print_held([feed.name for feed in feeds])
                stats = app.store.stats()
                status_counts = app.store.pledge_status_counts()
                joined = _joined_stories(app)
            finally:
                app.close()
    finally:
        server.shutdown()
        server.server_close()
    items = sum(r.entries for r in results)
    relevant = sum(r.matches for r in results)
    errors = [r for r in results if r.error]
    alerts = stats["outbox_by_state"].get("sent", 0)
    out.write(
        f"demo done in {elapsed:.2f} s: {items} items, {relevant} relevant, {stats['stories']} stories, "
        f"{alerts} alerts, {_pledges_counted(status_counts)}\n"
    )
    extra = relevant - stats["stories"]
    if extra > 0:
        # Why fewer alerts than relevant articles: copies of one event make one story.
        out.write(f"  {relevant} relevant articles make {stats['stories']} stories: {extra} article(s) reported an "
                  f"event already in a story and joined it as another source instead of alerting again.\n")
    for title, sources, pledges in joined:
        out.write(f"  joined story: {title}\n    sources: {', '.join(sources)}\n")
        for line in pledges:
            out.write(f"    pledge: {line}\n")
    if keep_db is not None:
        # Quoted for a shell: the lines are there to be pasted, and --db may hold a space or a $.
        in_shell = shlex.quote(str(keep_db))
        out.write(f"database kept at {keep_db}; try: PLEDGEWATCH_DB={in_shell} {command} pledges "
                  f"(or pledges summary, pledges chart)\n")
        # The tracker is what the README's web section offers to try on a demo database.
        out.write(f"  or browse it: PLEDGEWATCH_DB={in_shell} {command} web (it prints the address to open)\n")
    else:
        # The Quick start's demo, run as written, kept nothing and said nothing of how to keep
        # it: the README offers its database to the tracker and `pledges` a section later.
        out.write(f"the database was temporary: `{command} demo --db demo.db` keeps it, to try "
                  "`pledges` or the web tracker on it\n")
    for r in errors:
        out.write(f"  feed error: {shown_feed_url(r.feed_url)}: {r.error}\n")
    return 1 if errors else 0


def _joined_stories(app: App) -> list[tuple[str, list[str], list[str]]]:
    """The stories that more than one article joined: title, sources, pledges."""
    joined = []
    for story in app.store.latest_stories(limit=50):
        sources = app.store.story_sources(story["id"])
        if len(sources) < 2:
            continue
        # In words, as the alert above printed them: codes ("DE · production · contrats ·
        # production") were the only place a newcomer met the stored form.
        pledges = [describe(Pledge(donor=p["donor"], category=p["category"], status=p["status"], item=p["item"] or "",
                                   system=p["system"] or None, quantity=p["quantity"], value=p["value"],
                                   currency=p["currency"]))
                   for p in app.store.pledge_rows(with_sources=False) if p["story_id"] == story["id"]]
        # In the order its alert above listed them (the stored order read as another list).
        alert = app.store.story_alert(story["id"])
        shown = {describe(p): place for place, p in enumerate(alert.pledges)} if alert else {}
        pledges.sort(key=lambda line: shown.get(line, len(shown)))
        joined.append((story["title"], [s["source"] for s in sources], pledges))
    return joined


def _pledges_counted(status_counts: dict[str, int]) -> str:
    """The pledges as `pledges summary` counts them (commitments), the discussed and refused
    beside them: "17 pledges" had met "16 in total" in the summary the demo points to."""
    from bot.core.pledges.listing.totals import commitments_and_others

    committed, others = commitments_and_others(status_counts)
    return f"{committed} pledges" + (f" (and {others} discussed or refused)" if others else "")
