"""Stories stored by an older pledgewatch, whose event evidence lacks fields read since
(`occasions`, `rough_amounts`, `package_ordinals`: read back as empty, as if the article
named no occasion, no rough figure, no package number), get their evidence read again
from their stored articles when the poller first loads them (bot.story_attachment,
`StoryAttacher._evidence_read_again`), in the poll's transaction. On a real SQLite file whose story
rows are rewritten to the shape the older code stored."""

from __future__ import annotations

import asyncio
import json
import sqlite3
from pathlib import Path

import pytest

from bot.adapters.sqlite_store import SqliteStore
from bot.core.models import Feed
from bot.core.stories.fingerprint.fingerprints import StoryFingerprint, evidence_outdated
from bot.errors import StoreError
from bot.pipeline import FeedPoller, PollLimits
from tests.support.story_replay import NOW, rss

# The fields the evidence gained at once; a story stored before them lacks all three.
_ADDED_TOGETHER = ("occasions", "rough_amounts", "package_ordinals")

# A statement made elsewhere (an interview) and, the same day, the round-up of a standing
# meeting: two events (same_event._statement_beside_meeting reads the statement's occasion).
# Read with the old evidence, nothing sets the round-up against the statement, and it joins
# it on the day and the words both share: its alert is never sent.
STATEMENT = {"id": "rutte", "lang": "en", "title": "Rutte urges allies to send Ukraine more air defence",
             "summary": "NATO Secretary General Mark Rutte said on Thursday in an interview that allies must send "
                        "Ukraine more air defence before winter."}
MEETING = {"id": "ministers", "lang": "en", "title": "NATO defence ministers promise Ukraine more air defence",
           "summary": "NATO defence ministers meeting in Brussels on Thursday promised to send Ukraine more air "
                      "defence before winter, Secretary General Mark Rutte said."}
# A donor's package by its number: the French copy of the report joined it when it was
# stored; the German one joins the story by that number alone (package_ordinals.numbered_packages).
PACKAGE = {"id": "pkg-12", "lang": "en", "title": "Italy approves 12th military aid package for Ukraine",
           "summary": "ROME - Italy's government approved its 12th military aid package for Ukraine on Thursday, "
                      "the defence minister said, without disclosing what it contains."}


class _Clock:
    def now(self):
        return NOW


def _ingest(path: Path, feed: str, item: dict, analyzer, store_hook=None) -> None:
    """One poll of one outlet's feed holding `item`, by a poller started afresh (as after
    an upgrade: it loads the stored stories)."""
    store = SqliteStore(path)
    try:
        store.migrate()
        if store_hook is not None:
            store_hook(store)
        poller = FeedPoller(store, None, lambda: analyzer, _Clock(), PollLimits(max_alerts_per_poll=1_000))
        feed_id, _ = store.add_feed(Feed(url=f"https://example.org/{feed}.xml", name=feed), NOW)
        asyncio.run(poller.ingest(feed_id, rss([item]), "application/rss+xml"))
    finally:
        store.close()


def _as_stored_before(path: Path) -> None:
    """Rewrite every story's fingerprint to the shape the older code stored: evidence
    without the fields added since (and nothing else changed)."""
    with sqlite3.connect(path) as db:
        for story_id, stored in db.execute("SELECT id, fingerprint FROM stories").fetchall():
            data = json.loads(stored)
            for evidence in (data["event"], *data["members"]):
                for name in _ADDED_TOGETHER:
                    del evidence[name]
            db.execute("UPDATE stories SET fingerprint = ? WHERE id = ?", [json.dumps(data), story_id])


def _stories(path: Path) -> dict[str, int]:
    with sqlite3.connect(path) as db:
        return dict(db.execute("SELECT guid, story_id FROM entries WHERE relevant = 1").fetchall())


def _fingerprints(path: Path) -> dict[int, str]:
    with sqlite3.connect(path) as db:
        return dict(db.execute("SELECT id, fingerprint FROM stories").fetchall())


def test_a_story_stored_with_older_evidence_is_read_again_and_keeps_another_event_apart(analyzer, tmp_path):
    first, other = STATEMENT, MEETING
    path = tmp_path / "old.db"
    _ingest(path, "wire", first, analyzer)
    _as_stored_before(path)
    (story_id, old), = _fingerprints(path).items()
    assert evidence_outdated(old)
    assert StoryFingerprint.from_json(old).event.occasions == frozenset()  # what the old shape reads as

    _ingest(path, "agency", other, analyzer)
    stories = _stories(path)
    assert stories[first["id"]] == story_id and stories[other["id"]] != story_id
    upgraded = _fingerprints(path)[story_id]
    assert not evidence_outdated(upgraded)
    assert StoryFingerprint.from_json(upgraded).event.occasions == {"statement"}


def test_a_report_of_the_same_event_still_joins_the_upgraded_story(analyzer, tmp_path):
    """The story read again is the story as it was: its members too, in the order they
    joined, and a copy of its event still joins it."""
    first = PACKAGE
    path = tmp_path / "old.db"
    _ingest(path, "wire", first, analyzer)
    copy = {"id": "pkg-12-fr", "lang": "fr", "title": "L'Italie approuve un 12e paquet d'aide militaire à l'Ukraine",
            "summary": "Le gouvernement italien a approuvé jeudi son 12e paquet d'aide militaire à l'Ukraine, sans "
                       "en dévoiler le contenu, a indiqué le ministre de la Défense."}
    _ingest(path, "agence", copy, analyzer)
    (story_id, before), = _fingerprints(path).items()
    _as_stored_before(path)
    german = {"id": "pkg-12-de", "lang": "de", "title": "Italien beschließt 12. Hilfspaket für die Ukraine",
              "summary": "Italien hat am Donnerstag sein 12. Militärhilfepaket für die Ukraine beschlossen. Der "
                         "Inhalt bleibt geheim."}
    _ingest(path, "agentur", german, analyzer)
    assert set(_stories(path).values()) == {story_id}
    after = StoryFingerprint.from_json(_fingerprints(path)[story_id])
    # The first two reports read again as they were first read; the third joined them.
    assert after.event == StoryFingerprint.from_json(before).event
    assert after.members[0] == StoryFingerprint.from_json(before).members[0]
    assert after.members[1].package_ordinals == {"IT|12"}


def test_a_poll_that_fails_leaves_the_old_story_for_the_next_one(analyzer, tmp_path):
    """The evidence read again is written in the poll's transaction: a poll that fails
    after it takes it back with everything else, and the next poll reads it again."""
    first, other = STATEMENT, MEETING
    path = tmp_path / "old.db"
    _ingest(path, "wire", first, analyzer)
    _as_stored_before(path)
    (story_id, old), = _fingerprints(path).items()

    def fail_on_the_verdict(store):
        def failing(*args, **kwargs):
            raise StoreError("disk I/O error (injected)")
        store.set_entry_verdict = failing

    with pytest.raises(StoreError):
        _ingest(path, "agency", other, analyzer, store_hook=fail_on_the_verdict)
    assert _fingerprints(path)[story_id] == old
    assert other["id"] not in _stories(path)

    _ingest(path, "agency", other, analyzer)
    assert _stories(path)[other["id"]] != story_id
    assert not evidence_outdated(_fingerprints(path)[story_id])


def test_what_counts_as_outdated():
    current = StoryFingerprint(frozenset(), frozenset()).to_json()
    assert not evidence_outdated(current)
    data = json.loads(current)
    del data["event"]["package_ordinals"]
    assert evidence_outdated(json.dumps(data))
    # A story stored before event evidence existed has none at all.
    del data["event"]
    assert evidence_outdated(json.dumps(data))
    # A member stored in the old shape is enough.
    data = json.loads(current)
    member = dict(data["event"])
    del member["occasions"]
    data["members"] = [member]
    assert evidence_outdated(json.dumps(data))
    # Not JSON, or not a fingerprint: from_json says what is wrong, not this.
    assert not evidence_outdated("not json") and not evidence_outdated("[]")


def test_a_story_without_stored_articles_keeps_its_evidence(analyzer, tmp_path):
    path = tmp_path / "old.db"
    _ingest(path, "wire", STATEMENT, analyzer)
    _as_stored_before(path)
    with sqlite3.connect(path) as db:
        db.execute("UPDATE entries SET story_id = NULL")
    (story_id, old), = _fingerprints(path).items()
    _ingest(path, "agency", MEETING, analyzer)  # no error: the story is matched as stored
    assert StoryFingerprint.from_json(_fingerprints(path)[story_id]).event == StoryFingerprint.from_json(old).event
