"""Story grouping round 27b: what a re-split of a story (bot/core/stories/resplits.py) must never do.

A re-split moves one batch of a donor's pledges out of a story a figureless report let it join. Found by
review of round 27 and fixed here, each through the real FeedPoller on a real SQLite store:
- the old story keeps no figure of the batch that left (its pledges are its kept reports' readings);
- a newcomer never joins an alert chats have already seen when the figureless report's day may be the
  other batch's: it opens its own story (a duplicate at worst, never a hidden event);
- the moved batch always gets its alert, past the poll's cap too (its event was already shown);
- only reports the old alert lists move (a foreign site's report, stored and never shown, stays);
- a story another process changed is read again before it is split;
- a chamber the headline names in passing ("after months of House delay") is no vote it tells.

Every text here is invented for this file (none from the real-article set or a probe).
"""

from __future__ import annotations

import asyncio
import json
import sqlite3
from pathlib import Path

import pytest

from bot.adapters.sqlite_store import SqliteStore
from bot.core.models import Feed
from bot.core.stories.evidence.approvals import chamber_voting
from bot.core.stories.fingerprint.fingerprints import StoryFingerprint
from bot.core.text import fold
from bot.pipeline import FeedPoller, PollLimits
from tests.support.story_replay import NOW, FixedClock, replay_polls, rss, story_by_guid

# Norway's howitzers, two batches: a figureless report naming no system (and one naming it), both Tuesday,
# a paper's 24 (no day), a figureless report naming the system (no count, no day), and the wire's 9 (Tuesday).
_OPENING = {"id": "NO-DE-1", "lang": "de", "source": "Agentur DE",
            "title": "Norwegen liefert weitere Haubitzen an die Ukraine",
            "summary": "OSLO (Agentur) - Norwegen liefert der Ukraine weitere Haubitzen, teilte das "
                       "Verteidigungsministerium am Dienstag mit."}
_OPENING_M109 = {"id": "NO-DE-4", "lang": "de", "source": "Agentur DE",
                 "title": "Norwegen schickt weitere M109-Haubitzen in die Ukraine",
                 "summary": "OSLO (Agentur) - Norwegen schickt der Ukraine weitere Haubitzen vom Typ M109, teilte "
                            "das Verteidigungsministerium am Dienstag mit."}
_TWENTY_FOUR = {"id": "NO-DE-2", "lang": "de", "source": "Zeitung DE",
                "title": "Norwegen liefert 24 weitere M109-Haubitzen an die Ukraine",
                "summary": "OSLO (Zeitung) - Norwegen liefert der Ukraine 24 weitere Haubitzen vom Typ M109 "
                           "aus Beständen des Heeres."}
_NO_COUNT = {"id": "NO-DE-3", "lang": "de", "source": "Blatt DE",
             "title": "Norwegen liefert weitere M109-Haubitzen an die Ukraine",
             "summary": "OSLO (Blatt) - Norwegen liefert der Ukraine weitere Haubitzen vom Typ M109 aus "
                        "Beständen des Heeres."}
_NINE = {"id": "NO-EN-1", "lang": "en", "source": "Wire EN",
         "title": "Norway to send nine more M109 howitzers to Ukraine",
         "summary": "OSLO (Wire) - Norway will send nine more M109 self-propelled howitzers to Ukraine, the "
                    "defence ministry said on Tuesday."}

# Another donor's news, to fill a poll's alert cap.
_DRONES = {"id": "CA-EN-1", "lang": "en", "source": "Wire EN",
           "title": "Canada to send 800 surveillance drones to Ukraine",
           "summary": "OTTAWA (Wire) - Canada will send Ukraine 800 surveillance drones worth 95 million Canadian "
                      "dollars, the defence minister said."}


def _run(tmp_path: Path, analyzer, polls: list[list[dict]], *, max_alerts: int = 100,
         sent_between: bool = True, foreign: frozenset[int] = frozenset()) -> sqlite3.Connection:
    """One feed per outlet (see story_replay.replay_polls); alerts count as sent between polls."""
    return replay_polls(tmp_path / "store.db", analyzer, polls, max_alerts=max_alerts, sent_between=sent_between,
                        foreign=foreign)


def _shown(db: sqlite3.Connection) -> dict[int, dict]:
    """Story id -> what its message shows now: the alert's payload, or its last edit's."""
    shown = {}
    for row in db.execute("SELECT id, story_id, payload FROM outbox ORDER BY id"):
        edit = db.execute("SELECT payload FROM outbox_edits WHERE outbox_id = ?",  # one row, revised
                          [row["id"]]).fetchone()
        shown[row["story_id"]] = json.loads((edit or row)["payload"])
    return shown


def test_a_split_leaves_no_figure_of_the_moved_batch_on_the_old_story(tmp_path, analyzer):
    """The 24 created the story's M109 pledge, the count-less report only added a source to it; the 9
    (Tuesday, as the opening report) moves the 24 out: the old story's pledge is the kept report's reading
    (no count), its message does not show 24, and the tracker holds the 24 once."""
    db = _run(tmp_path, analyzer, [[_OPENING], [_TWENTY_FOUR], [_NO_COUNT], [_NINE]])
    story_of = story_by_guid(db)
    old, moved = story_of["NO-DE-1"], story_of["NO-DE-2"]
    assert old != moved, "the split happened"
    pledges = db.execute("SELECT id, story_id, system, quantity FROM pledges").fetchall()
    assert [row["story_id"] for row in pledges if row["quantity"] == 24] == [moved]
    for row in pledges:
        if row["story_id"] == old:
            sources = {r[0] for r in db.execute("SELECT e.guid FROM pledge_sources s JOIN entries e ON "
                                                "e.id = s.entry_id WHERE s.pledge_id = ?", [row["id"]])}
            assert "NO-DE-2" not in sources
    assert 24 not in {p.get("quantity") for p in _shown(db)[old]["pledges"]}


def test_a_newcomer_opens_its_own_story_rather_than_join_an_alert_already_seen(tmp_path, analyzer):
    """The opening report's Tuesday may be the day its agency wrote about the 24, not the 9's: the 24
    still leave for a story and alert of their own, but the 9 do not join the opening report's alert,
    which chats have seen (their event would show only as an outlet added to it): they open their own."""
    db = _run(tmp_path, analyzer, [[_OPENING_M109], [_TWENTY_FOUR], [_NINE]])
    story_of = story_by_guid(db)
    assert len({story_of["NO-DE-4"], story_of["NO-DE-2"], story_of["NO-EN-1"]}) == 3
    titles = {row["story_id"]: json.loads(row["payload"])["title"] for row in db.execute("SELECT * FROM outbox")}
    assert titles[story_of["NO-EN-1"]] == _NINE["title"]
    assert titles[story_of["NO-DE-2"]] == _TWENTY_FOUR["title"]
    assert _shown(db)[story_of["NO-DE-4"]]["sources"] == ["Agentur DE"]


def test_a_newcomer_still_joins_the_opening_report_when_its_alert_is_not_seen_yet(tmp_path, analyzer):
    """Its alert still pending (no chat has seen it), the opening report's story takes the 9: the alert
    goes out once, listing both outlets; the 24 get their own."""
    db = _run(tmp_path, analyzer, [[_OPENING_M109], [_TWENTY_FOUR], [_NINE]], sent_between=False)
    story_of = story_by_guid(db)
    assert story_of["NO-DE-4"] == story_of["NO-EN-1"] != story_of["NO-DE-2"]
    assert _shown(db)[story_of["NO-DE-4"]]["sources"] == ["Agentur DE", "Wire EN"]


def test_a_split_past_the_polls_alert_cap_hides_no_event(tmp_path, analyzer):
    """One alert a poll: the drones take it, then the 9 split the 24 out of the opening report's story.
    The 24, which chats saw listed in that alert, get their own alert though the cap is reached, and the
    9 theirs (they open their own story: that alert was seen); nothing is held back."""
    db = _run(tmp_path, analyzer, [[_OPENING_M109], [_TWENTY_FOUR], [_DRONES, _NINE]], max_alerts=1)
    story_of = story_by_guid(db)
    assert len({story_of[key] for key in ("NO-DE-4", "NO-DE-2", "NO-EN-1", "CA-EN-1")}) == 4
    titles = {json.loads(row["payload"])["title"] for row in db.execute("SELECT payload FROM outbox")}
    assert titles == {_OPENING_M109["title"], _TWENTY_FOUR["title"], _DRONES["title"], _NINE["title"]}
    assert _shown(db)[story_of["NO-DE-4"]]["sources"] == ["Agentur DE"]


def test_a_report_from_a_foreign_sites_poll_is_not_moved_into_an_alert(tmp_path, analyzer):
    """The 24 came from a feed serving another site's articles: stored under the opening report's story,
    never shown. The 9 split nothing out (the old alert does not list the 24), so no alert shows the 24;
    the 9 open their own story with their own alert."""
    db = _run(tmp_path, analyzer, [[_OPENING_M109], [_TWENTY_FOUR], [_NINE]], foreign=frozenset({1}))
    story_of = story_by_guid(db)
    assert story_of["NO-DE-2"] == story_of["NO-DE-4"] != story_of["NO-EN-1"]
    titles = {json.loads(row["payload"])["title"] for row in db.execute("SELECT payload FROM outbox")}
    assert titles == {_OPENING_M109["title"], _NINE["title"]}
    assert db.execute("SELECT count(*) FROM audit WHERE action = 'story.split'").fetchone()[0] == 0


async def _two_pollers(path: Path, analyzer, polls: list[tuple[int, dict]]) -> None:
    """Two pollers on one database (the bot and a `poll --once` beside it), each item from its own feed,
    polled by the poller numbered with it; every alert counts as sent before the next poll."""
    stores = [SqliteStore(path), SqliteStore(path)]
    try:
        stores[0].migrate()
        stores[0].subscribe("telegram", "100", [], NOW)
        pollers = [FeedPoller(store, None, lambda: analyzer, FixedClock(NOW), PollLimits(max_alerts_per_poll=100))
                   for store in stores]
        for which, item in polls:
            store = stores[which]
            feed_id, _ = store.add_feed(Feed(url=f"https://example.org/{item['id']}.xml", name=item["source"]), NOW)
            await pollers[which].ingest(feed_id, rss([item], "today", NOW), "application/rss+xml")
            with store.transaction():
                store._exec("UPDATE outbox SET state = 'sent', sent_at = ?, message_id = id WHERE state = 'pending'",
                            [NOW.isoformat()])
    finally:
        for store in stores:
            store.close()


def test_a_split_keeps_what_another_process_added_to_the_story(tmp_path, analyzer):
    """The bot indexed the opening report's story with the 24; a `poll --once` beside it then added the
    count-less M109 report. When the 9 split the 24 out, the story's stored fingerprint must keep that
    report's evidence (read again from the store), not be written from the bot's stale index."""
    path = tmp_path / "store.db"
    asyncio.run(_two_pollers(path, analyzer, [(0, _OPENING_M109), (0, _TWENTY_FOUR), (1, _NO_COUNT), (0, _NINE)]))
    db = sqlite3.connect(path)
    db.row_factory = sqlite3.Row
    story_of = story_by_guid(db)
    old = story_of["NO-DE-4"]
    assert story_of["NO-DE-3"] == old != story_of["NO-DE-2"], "the split happened, the count-less report stayed"
    stored = db.execute("SELECT fingerprint FROM stories WHERE id = ?", [old]).fetchone()["fingerprint"]
    assert len(StoryFingerprint.from_json(stored).reports()) == 2


# Both votes told unmarked in the lead: the headline's chamber decides only when the headline tells it
# acting (its subject, or the bill passing through it); a chamber named in passing says nothing.
_BOTH_VOTES = "\n\nThe House approved the package on Monday and the Senate passed it on Thursday."


@pytest.mark.parametrize(("headline", "told"), [
    ("Ukraine package passes after weeks of House gridlock", set()),
    ("Ukraine package becomes law, ending House standoff", set()),
    ("Ukraine package heads to the president after House drama", set()),
    ("Ukraine package clears Senate", {"upper chamber vote"}),
    ("Ukraine package: Senate sends bill to the president", {"upper chamber vote"}),
    ("House vote ends months of wrangling over Ukraine package", {"lower chamber vote"}),
])
def test_a_chamber_the_headline_names_in_passing_is_no_vote(headline, told):
    assert chamber_voting(fold(headline + _BOTH_VOTES)) == told


def test_the_newcomer_heads_the_alert_of_the_reports_that_leave_with_it(tmp_path, analyzer):
    """The 24 opened the story and the opening agency report (Tuesday, no count) joined it; the 9 (Tuesday)
    take that report along into a story of their own. Its alert leads with the 9's report, which names the
    figure, not with the figureless one (whose Tuesday may have been the 24's)."""
    db = _run(tmp_path, analyzer, [[_TWENTY_FOUR], [_OPENING_M109], [_NINE]])
    story_of = story_by_guid(db)
    assert story_of["NO-DE-4"] == story_of["NO-EN-1"] != story_of["NO-DE-2"]
    shown = _shown(db)[story_of["NO-EN-1"]]
    assert shown["title"] == _NINE["title"]
    assert shown["sources"] == ["Agentur DE", "Wire EN"]


def test_the_newcomer_qualifies_for_the_story_it_joins_by_that_storys_own_feeds(tmp_path, analyzer):
    """The paper that told the 24 later reports the 9 (Tuesday) from the same feed. The 9 join the opening
    report's story once the 24 have left it, and that story has no report of the paper's feed: the split
    is made (judged with the old story's feeds, the paper's second report was refused, and the 24 stayed
    hidden in the opening report's story)."""
    nine_from_the_paper = {**_NINE, "id": "NO-EN-2", "source": "Zeitung DE"}
    db = _run(tmp_path, analyzer, [[_OPENING_M109], [_TWENTY_FOUR], [nine_from_the_paper]])
    story_of = story_by_guid(db)
    assert story_of["NO-DE-2"] != story_of["NO-DE-4"]
    titles = {json.loads(row["payload"])["title"] for row in db.execute("SELECT payload FROM outbox")}
    assert {_TWENTY_FOUR["title"], _NINE["title"]} <= titles
