"""`pledgewatch run` killed (SIGKILL) in the middle of a story merge, then started again:
nothing is lost and nothing is doubled.

The scene of tests/stories/test_story_merges_run.py, with its real chats: Alpha's alert has
reached the user, Bravo's waits for the user's and the group's digests, and Charlie's
report links the two stories. The run dies at one statement of that poll's transaction
(tests/support/fault_injection.py, the kill hook only a test installs): after entries moved,
with the outbox half re-pointed, with the absorbed row marked before the audit line, at
the COMMIT itself, and, for comparison, just after the COMMIT. A merge that did not
commit must leave both stories as they were; the restarted run then polls Charlie's
report again and merges once. Either way each chat ends with what it would have had
without the crash: the user Alpha's alert once and one edit of it naming the three
outlets, the group one alert of the merged story; the stories table holds one merge.
"""

from __future__ import annotations

import signal

import pytest

from tests.support.fault_injection import KILL_AT_VARIABLE, KILL_OFFSET_VARIABLE, KILL_ON_VARIABLE, TRACE_VARIABLE
from tests.support.merge_scenes import (
    CHARLIE,
    DEADLINE,
    Chats,
    HeldFeeds,
    check_sent_alert_absorbed,
    edit_then_release,
    edits,
    merges,
    outbox,
    sent_and_pending,
    start_run,
    stop_run,
    story_rows,
    wait_until,
    write_settings,
)
from tests.support.telegram_stub import TelegramStub

pytestmark = pytest.mark.timeout(300)

MERGE_BEGINS = "UPDATE entries SET story_id = "  # the first write of StoryMergeStore.merge_story
MARK_ABSORBED = "UPDATE stories SET merged_into"
FEED_SAVED = "UPDATE feeds SET etag"  # a poll's last write; Charlie's is the third poll
# Between it and the COMMIT the store indexes the poll's new entries for /search (FTS5
# runs a varying number of statements of its own), then empties their queue: the last
# statement before the COMMIT (bot/adapters/store/entries.py). Its text is first met in
# the migration that creates the queue's triggers; then Alpha's, Bravo's and Charlie's polls.
QUEUE_EMPTIED = "DELETE FROM entries_unindexed"
CHARLIES_QUEUE_EMPTIED = 4

# (what, statement text, occurrence, offset, the statement it dies at): die `offset`
# statements after the n-th statement containing the text (see tests/support/fault_injection.py).
KILL_POINTS = [
    ("sources half moved", "INSERT INTO story_sources (story_id, entry_id, feed_id, source, url, added_at) SELECT",
     1, 0, "INSERT INTO story_sources"),
    ("outbox half re-pointed", "UPDATE outbox SET story_id", 1, 0, "UPDATE outbox SET story_id"),
    ("marked absorbed, no audit line yet", MARK_ABSORBED, 1, 1, "INSERT INTO audit"),
    ("the poll's COMMIT", QUEUE_EMPTIED, CHARLIES_QUEUE_EMPTIED, 1, "COMMIT"),
    ("just after the COMMIT", QUEUE_EMPTIED, CHARLIES_QUEUE_EMPTIED, 2, ""),
]


def died_at(trace: list[str]) -> tuple[int, str, bool]:
    """Where the killed run died: how many statements after the first write of the merge,
    at which statement (the trace line of the fatal statement is written before it runs),
    and whether the merge of Charlie's poll had committed by then."""
    numbered = [line.split("\t", 1) for line in trace if "\t" in line]
    fatal, fatal_sql = int(numbered[-1][0]), numbered[-1][1]
    begun = max(int(n) for n, sql in numbered if sql.startswith(MERGE_BEGINS))
    committed = any(int(n) > begun and sql == "COMMIT" for n, sql in numbered[:-1])
    return fatal - begun, fatal_sql, committed


@pytest.mark.parametrize("what, text, occurrence, offset, fatal", KILL_POINTS, ids=[p[0] for p in KILL_POINTS])
def test_a_run_killed_during_a_merge_loses_and_doubles_nothing(tmp_path, feed_server, what, text, occurrence, offset,
                                                               fatal):
    feeds = HeldFeeds(feed_server)
    db = tmp_path / "run.db"
    trace = tmp_path / "trace.txt"
    fault = {KILL_ON_VARIABLE: text, KILL_AT_VARIABLE: str(occurrence), KILL_OFFSET_VARIABLE: str(offset),
             TRACE_VARIABLE: str(trace)}
    with TelegramStub() as api:
        settings = write_settings(tmp_path, feed_server, api)
        first = start_run(settings, tmp_path, fault)
        try:
            chats = Chats(api, first, tmp_path)
            chats.connected()
            message_id = sent_and_pending(chats, feeds, db)
            before = outbox(db)
            # Every command confirmed to the API, so the next run is not handed one again.
            wait_until(lambda: api.pending_updates() == 0, first, "the commands confirmed", tmp_path)
            feeds.let_out(CHARLIE)
            assert first.wait(DEADLINE) == -signal.SIGKILL, "the kill point was never reached"
        finally:
            feeds.let_all_out()
            if first.poll() is None:
                first.kill()
                first.wait(DEADLINE)

        into_merge, fatal_sql, committed = died_at(trace.read_text(encoding="utf-8").splitlines())
        assert into_merge >= 1 and fatal_sql.startswith(fatal), f"{what}: died at {fatal_sql!r}"
        assert committed == (what == "just after the COMMIT"), what
        if committed:
            assert len(merges(db)) == 1 and len(story_rows(db)) == 2
        else:
            # Nothing of the merge is kept: both stories and their alerts as they were.
            assert merges(db) == [] and story_rows(db) == {1: None, 2: None}
            assert outbox(db) == before and edits(db) == []

        second = start_run(settings, tmp_path)
        try:
            chats = Chats(api, second, tmp_path)
            connected = len(api.calls_to("deleteWebhook"))
            wait_until(lambda: len(api.calls_to("deleteWebhook")) > connected, second, "the bot to reconnect",
                       tmp_path)
            edit_then_release(chats, second, db, tmp_path)
        finally:
            stop_run(second, tmp_path)
        check_sent_alert_absorbed(api, db, message_id)
