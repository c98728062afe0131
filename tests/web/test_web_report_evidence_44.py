"""Each report of a pledge keeps its own evidence sentence (migration 28), stop 44. A pledge
row kept the first article's sentence only: the page of a pledge could not show what the
second and third outlet wrote. Real SQLite files; the sentences are written for these tests.
"""

from __future__ import annotations

from datetime import timedelta

from bot.adapters.migrations import MIGRATIONS, migrate
from bot.adapters.sqlite_store import SqliteStore
from bot.core.models import Entry, Feed, Pledge
from tests.support.old_databases import insert_entry_before_38
from tests.support.web_tracker import ask_tracker

BEFORE_28 = [m for m in MIGRATIONS if m[0] < 28]


def _sentences(store, pledge_id: int) -> list[str]:
    rows = store.db.conn.execute("SELECT evidence FROM pledge_sources WHERE pledge_id = ? ORDER BY entry_id",
                                 [pledge_id]).fetchall()
    return [row[0] for row in rows]


def _entry(store, clock, feed_id: int, n: int, before_38: bool = False) -> int:
    """Entry n; `before_38`: as the release before migration 28 (and 38) wrote it."""
    when = clock.now() - timedelta(days=n)
    entry = Entry(feed_url="", guid=f"g{n}", url=f"https://wire.example/{n}", title=f"Report {n}", published=when)
    insert = insert_entry_before_38 if before_38 else type(store).insert_entry
    return insert(store, feed_id, entry, f"https://wire.example/{n}", when)


def test_each_report_of_a_pledge_keeps_its_own_sentence(store, clock):
    feed_id = store.add_feed(Feed(url="https://wire.example/feed.xml", name="Wire"), clock.now())[0]
    story = store.create_story("Tanks", "https://wire.example/1", clock.now(), clock.now(), "{}", ["aid"], 1.0)
    for n, sentence in ((1, "Ten tanks were promised."), (2, "The ten tanks are on their way.")):
        store.add_pledges(story, _entry(store, clock, feed_id, n),
                          [Pledge("PL", "tanks", "pledged", "tanks", None, 10, evidence=sentence)], clock.now())
    [pledge] = store.pledge_rows(None, with_sources=False)
    assert pledge["evidence"] == "Ten tanks were promised."  # the record's: the first report's
    assert _sentences(store, pledge["id"]) == ["Ten tanks were promised.", "The ten tanks are on their way."]


def test_a_merge_keeps_each_reports_sentence(store, clock):
    feed_id = store.add_feed(Feed(url="https://wire.example/feed.xml", name="Wire"), clock.now())[0]
    stories = [store.create_story(f"Tanks {n}", f"https://wire.example/{n}", clock.now(), clock.now(), "{}", ["aid"],
                                  1.0) for n in (1, 2)]
    for n, (story, sentence) in enumerate(zip(stories, ("Warsaw pledges ten.", "Poland will send ten.")), 1):
        store.add_pledges(story, _entry(store, clock, feed_id, n),
                          [Pledge("PL", "tanks", "pledged", "tanks", None, 10, evidence=sentence)], clock.now())
    with store.transaction():
        store.merge_story(stories[1], stories[0])
    [pledge] = store.pledge_rows(None, with_sources=False)
    assert sorted(_sentences(store, pledge["id"])) == ["Poland will send ten.", "Warsaw pledges ten."]


def test_a_database_from_before_28_is_migrated_with_its_reports_kept(tmp_path, clock):
    path = tmp_path / "old.db"
    old = SqliteStore(path)
    migrate(old.db, BEFORE_28)  # as the release before wrote it
    feed_id = old.add_feed(Feed(url="https://wire.example/feed.xml", name="Wire"), clock.now())[0]
    story = old.create_story("Tanks", "https://wire.example/1", clock.now(), clock.now(), "{}", ["aid"], 1.0)
    entry = _entry(old, clock, feed_id, 1, before_38=True)
    # What that release's add_pledges wrote: the pledge, and its source without a sentence.
    pledge_id = old.db.conn.execute(
        "INSERT INTO pledges (story_id, donor, category, status, system, item, quantity, evidence, reported_at) "
        "VALUES (?, 'PL', 'tanks', 'pledged', '', 'tanks', 10, 'Ten tanks were promised.', ?) RETURNING id",
        [story, clock.now().isoformat()]).fetchone()[0]
    old.db.conn.execute("INSERT INTO pledge_sources (pledge_id, entry_id) VALUES (?, ?)", [pledge_id, entry])
    old.db.conn.commit()
    old.close()

    upgraded = SqliteStore(path)
    try:
        assert upgraded.migrate() == [v for v, _, _ in MIGRATIONS if v >= 28]  # 28 and any later
        assert _sentences(upgraded, pledge_id) == [""]  # not known for a report stored before
        upgraded.add_pledges(story, _entry(upgraded, clock, feed_id, 2),
                             [Pledge("PL", "tanks", "pledged", "tanks", None, 10, evidence="They leave in May.")],
                             clock.now())
        assert _sentences(upgraded, pledge_id) == ["", "They leave in May."]
    finally:
        upgraded.close()


def test_the_pledge_page_says_which_reports_kept_no_sentence(tmp_path, clock):
    path = tmp_path / "old.db"
    old = SqliteStore(path)
    migrate(old.db, BEFORE_28)
    feed_id = old.add_feed(Feed(url="https://wire.example/feed.xml", name="Wire"), clock.now())[0]
    story = old.create_story("Tanks", "https://wire.example/1", clock.now(), clock.now(), "{}", ["aid"], 1.0)
    entry = _entry(old, clock, feed_id, 1, before_38=True)
    old.add_story_source(story, entry, feed_id, "Wire", "https://wire.example/1", clock.now())
    pledge_id = old.db.conn.execute(
        "INSERT INTO pledges (story_id, donor, category, status, system, item, quantity, evidence, reported_at) "
        "VALUES (?, 'PL', 'tanks', 'pledged', '', 'tanks', 10, 'Ten tanks were promised.', ?) RETURNING id",
        [story, clock.now().isoformat()]).fetchone()[0]
    old.db.conn.execute("INSERT INTO pledge_sources (pledge_id, entry_id) VALUES (?, ?)", [pledge_id, entry])
    old.db.conn.commit()
    old.close()
    upgraded = SqliteStore(path)
    try:
        upgraded.migrate()
        later = _entry(upgraded, clock, feed_id, 2)
        upgraded.add_story_source(story, later, feed_id, "Post", "https://post.example/2", clock.now())
        upgraded.add_pledges(story, later, [Pledge("PL", "tanks", "pledged", "tanks", None, 10,
                                                   evidence="They leave in May.")], clock.now())
        status, page = ask_tracker(upgraded, clock, f"/pledges/{pledge_id}")[f"/pledges/{pledge_id}"]
    finally:
        upgraded.close()
    reports = page.split("<h2>Reports</h2>", 1)[1]
    assert status == 200 and "2 articles reported it" in reports
    assert "They leave in May." in reports and "(not kept: stored before reports kept their own)" in reports
