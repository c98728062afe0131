"""StoryMergeStore: one part of SqliteStore (bot/adapters/sqlite_store.py), which combines
the parts over one connection. Carries out a merge of two stories decided by
bot/core/stories/merges.py, inside the poll's transaction: a crash before the commit
leaves both stories as they were, and the next poll decides again."""

from __future__ import annotations

import json
from collections.abc import Collection
from dataclasses import replace
from datetime import datetime

from bot.adapters.store.base import StoreBase
from bot.core.chat.alerts import alert_from_json, alert_to_json, chat_payload
from bot.core.iso_times import utc_iso


class StoryMergeStore(StoreBase):
    """Which stories may be absorbed, and the move of one story's rows into another."""

    def stories_shown(self, story_ids: Collection[int]) -> set[int]:
        """Those of `story_ids` whose alert a chat may have seen: an outbox row in any
        state but pending (sending, sent, uncertain; failed too, to stay on the safe side)."""
        if not story_ids:
            return set()
        rows = self._rows(
            "SELECT DISTINCT story_id FROM outbox WHERE story_id IN (SELECT value FROM json_each(?)) "
            "AND state != 'pending'",
            [json.dumps(sorted(story_ids))],
        )
        return {row["story_id"] for row in rows}

    def stories_as_stored(self, story_ids: Collection[int]) -> dict[int, dict]:
        """Story id -> what the store holds of it now that the poller's story index holds
        too: fingerprint (JSON), merged_into and feeds (a set of the ids of the feeds its
        sources came from). Another process (a `poll --once` beside the bot) may have
        merged the story or added a report to it since the index read it."""
        if not story_ids:
            return {}
        rows = self._rows(
            "SELECT id, fingerprint, merged_into, "
            "(SELECT json_group_array(DISTINCT feed_id) FROM story_sources WHERE story_id = stories.id) AS feeds "
            "FROM stories WHERE id IN (SELECT value FROM json_each(?))",
            [json.dumps(sorted(story_ids))],
        )
        return {row["id"]: {**row, "feeds": set(json.loads(row["feeds"]))} for row in rows}

    def merge_story(self, absorbed_id: int, survivor_id: int) -> None:
        """Move everything of story `absorbed_id` to `survivor_id` and mark it absorbed.

        The caller holds the transaction, has checked that no chat saw the absorbed
        story's alert (`stories_shown`), and stores the survivor's grown fingerprint.
        - entries, sources and pledges move; a pledge both stories have becomes one row
          with the sources of both (UNIQUE story, donor, category, status, system);
        - the absorbed story's pending alerts are dropped for chats that get the
          survivor's, and re-pointed to the survivor for the others (a chat whose topics
          took only the absorbed story, or that the survivor's alert failed to reach, must
          still hear of the event); their payload is
          the survivor's alert, which the caller then extends (update_story_alert). For a
          chat the survivor's alert is being sent to, whether it reaches the chat is not
          known yet: the absorbed alert is left pending and settled when claimed;
        - the absorbed row stays, empty, with merged_into set: ids only grow.
        """
        a, s = absorbed_id, survivor_id
        self._exec("UPDATE entries SET story_id = ? WHERE story_id = ?", [s, a])
        self._exec(
            "INSERT INTO story_sources (story_id, entry_id, feed_id, source, url, added_at) "
            "SELECT ?, entry_id, feed_id, source, url, added_at FROM story_sources WHERE story_id = ? "
            "ON CONFLICT DO NOTHING",
            [s, a],
        )
        self._exec("DELETE FROM story_sources WHERE story_id = ?", [a])
        self._merge_pledges(a, s)
        self._merge_alerts(a, s)
        topics: list[str] = []
        for row in self._rows("SELECT topics FROM stories WHERE id IN (?, ?) ORDER BY id = ? DESC", [s, a, s]):
            topics += [topic for topic in json.loads(row["topics"] or "[]") if topic not in topics]
        self._exec("UPDATE stories SET topics = ? WHERE id = ?", [json.dumps(topics), s])
        # The story's time (what the window runs from: its publication time, else when it was
        # first seen) is its first report's, which may have been the absorbed story's. The
        # row's first_seen stays: it says when the row was made, which keeps it in the window.
        self._exec(
            "UPDATE stories SET published = (SELECT min(coalesce(published, first_seen)) FROM stories "
            "WHERE id IN (?, ?)) WHERE id = ?",
            [s, a, s],
        )
        # A story absorbed earlier into `a` now points at the survivor too.
        self._exec("UPDATE stories SET merged_into = ? WHERE id = ? OR merged_into = ?", [s, a, a])

    def split_story(self, story_id: int, entry_ids: Collection[int], fingerprint: str, now: datetime) -> int:
        """Move the entries `entry_ids` of story `story_id` into a new story (bot.core.stories.resplits
        decided it, inside the poll's transaction); returns its id. The new story's title, address and
        time are its first moved entry's, its topics and score the old story's; the moved entries'
        sources move with them (new rows, as a merge moves them: an export's version changes). The caller
        stores their pledges under the new story, then takes them from the old one (release_pledges), and
        raises the new story's alert; the old story keeps its alert (its first report stays)."""
        ids = json.dumps(sorted(entry_ids))
        first = self._rows(
            "SELECT title, url, published FROM entries WHERE id IN (SELECT value FROM json_each(?)) "
            "ORDER BY id LIMIT 1", [ids])[0]
        old = self._rows("SELECT topics, score FROM stories WHERE id = ?", [story_id])[0]
        new_id = self._rows(
            "INSERT INTO stories (title, url, first_seen, published, fingerprint, topics, score) "
            "VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id",
            [first["title"], first["url"] or "", utc_iso(now), first["published"], fingerprint, old["topics"],
             old["score"]],
        )[0]["id"]
        self._exec("UPDATE entries SET story_id = ? WHERE story_id = ? AND id IN (SELECT value FROM json_each(?))",
                   [new_id, story_id, ids])
        self._exec(
            "INSERT INTO story_sources (story_id, entry_id, feed_id, source, url, added_at) "
            "SELECT ?, entry_id, feed_id, source, url, added_at FROM story_sources WHERE story_id = ? "
            "AND entry_id IN (SELECT value FROM json_each(?)) ORDER BY added_at, entry_id",
            [new_id, story_id, ids])
        self._exec("DELETE FROM story_sources WHERE story_id = ? AND entry_id IN (SELECT value FROM json_each(?))",
                   [story_id, ids])
        return new_id

    def release_pledges(self, story_id: int, entry_ids: Collection[int]) -> list[int]:
        """The entries `entry_ids` left story `story_id` (split_story): every pledge of the story they
        sourced goes, and the ids of the story's other entries that sourced one of them are returned, in
        the order stored, for the caller to store their readings again. A pledge row holds the figures of
        the report that created it (add_pledges: a later report only adds a source), so a row a moved
        report created would otherwise keep the moved batch's count under the story it left."""
        ids = json.dumps(sorted(entry_ids))
        touched = json.dumps([row["pledge_id"] for row in self._rows(
            "SELECT DISTINCT pledge_id FROM pledge_sources WHERE entry_id IN (SELECT value FROM json_each(?)) AND "
            "pledge_id IN (SELECT id FROM pledges WHERE story_id = ?)", [ids, story_id])])
        kept_sources = [row["entry_id"] for row in self._rows(
            "SELECT DISTINCT entry_id FROM pledge_sources WHERE pledge_id IN (SELECT value FROM json_each(?)) "
            "AND entry_id NOT IN (SELECT value FROM json_each(?)) ORDER BY entry_id", [touched, ids])]
        self._exec("DELETE FROM pledge_sources WHERE pledge_id IN (SELECT value FROM json_each(?))", [touched])
        self._exec("DELETE FROM pledges WHERE id IN (SELECT value FROM json_each(?))", [touched])
        return kept_sources

    def _merge_pledges(self, a: int, s: int) -> None:
        for pledge in self._rows("SELECT * FROM pledges WHERE story_id = ?", [a]):
            twin = self._rows(
                "SELECT * FROM pledges WHERE story_id = ? AND donor = ? AND category = ? AND status = ? AND system = ?",
                [s, pledge["donor"], pledge["category"], pledge["status"], pledge["system"]],
            )
            if not twin:
                self._exec("UPDATE pledges SET story_id = ? WHERE id = ?", [s, pledge["id"]])
                continue
            # One row of the two stays: the one with the higher id, so the highest pledge id
            # never goes down (see newest_pledge_id). It takes the survivor's details (what
            # its alert shows), the earliest report time and every source of both; and the
            # absorbed row's count where the survivor's names none, as a later report's count
            # fills a countless row (PledgeStore.add_pledges): the survivor's alert is then
            # revised to show it (StoryAttachment._merge_stories).
            survivor_row = twin[0]
            quantity = survivor_row["quantity"] if survivor_row["quantity"] is not None else pledge["quantity"]
            kept, dropped = sorted((pledge, survivor_row), key=lambda row: row["id"], reverse=True)
            self._exec(
                "INSERT INTO pledge_sources (pledge_id, entry_id, evidence) SELECT ?, entry_id, evidence "
                "FROM pledge_sources WHERE pledge_id = ? ON CONFLICT DO NOTHING",
                [kept["id"], dropped["id"]],
            )
            self._exec("DELETE FROM pledge_sources WHERE pledge_id = ?", [dropped["id"]])
            self._exec("DELETE FROM pledges WHERE id = ?", [dropped["id"]])
            self._exec(
                "UPDATE pledges SET story_id = ?, item = ?, quantity = ?, value = ?, currency = ?, evidence = ?, "
                "shared_with = ?, reported_at = ? WHERE id = ?",
                [s, survivor_row["item"], quantity, survivor_row["value"], survivor_row["currency"],
                 survivor_row["evidence"], survivor_row["shared_with"],
                 min(pledge["reported_at"], survivor_row["reported_at"]), kept["id"]],
            )

    def _merge_alerts(self, a: int, s: int) -> None:
        payload = self._alert_payload(s)
        if payload is None:
            absorbed = self._alert_payload(a)
            if absorbed is not None:
                # The survivor raised no alert (suppressed in a flood): the absorbed one's
                # becomes its alert.
                payload = alert_to_json(replace(alert_from_json(absorbed), story_id=s))
                self._exec("UPDATE story_alerts SET story_id = ?, payload = ? WHERE story_id = ?", [s, payload, a])
        self._exec("DELETE FROM story_alerts WHERE story_id = ?", [a])
        # The absorbed story's alerts are pending only (see stories_shown). An edit may wait
        # on one (queued while it was being sent, before the send was put back to wait):
        # it holds the absorbed story's alert, and would turn the message back into it once
        # the survivor's is sent. A pending alert goes out as stored, so its edits are moot:
        # dropped, for the rows dropped below and for those re-pointed alike.
        self._exec("DELETE FROM outbox_edits WHERE outbox_id IN (SELECT id FROM outbox WHERE story_id = ?)", [a])
        # A chat the survivor's alert failed to reach (failed is never delivered: see
        # OutboxDispatcher._record_send) gets the absorbed story's pending alert, re-pointed
        # below, instead of nothing: the failed row gives way (one row per chat and story).
        failed = [row["id"] for row in self._rows(
            "SELECT t.id FROM outbox t WHERE t.story_id = ? AND t.state = 'failed' AND EXISTS "
            "(SELECT 1 FROM outbox o WHERE o.story_id = ? AND o.platform = t.platform AND o.chat_id = t.chat_id)",
            [s, a],
        )]
        if failed:
            ids = json.dumps(failed)
            self._exec("DELETE FROM outbox_edits WHERE outbox_id IN (SELECT value FROM json_each(?))", [ids])
            self._exec("DELETE FROM outbox WHERE id IN (SELECT value FROM json_each(?))", [ids])
        # A chat the survivor's alert is being sent to right now may yet see that send fail
        # for good: its absorbed alert stays where it is, pending, and is settled when it
        # is claimed, once the send has ended (OutboxStore._settle_absorbed_alert).
        self._exec(
            "DELETE FROM outbox WHERE story_id = ? AND EXISTS (SELECT 1 FROM outbox t WHERE t.story_id = ? "
            "AND t.platform = outbox.platform AND t.chat_id = outbox.chat_id AND t.state != 'sending')",
            [a, s],
        )
        self._exec(
            "UPDATE outbox SET story_id = ?, payload = coalesce(?, payload) WHERE story_id = ? AND NOT EXISTS "
            "(SELECT 1 FROM outbox t WHERE t.story_id = ? AND t.platform = outbox.platform "
            "AND t.chat_id = outbox.chat_id)",
            [s, chat_payload(alert_from_json(payload)) if payload else None, a, s],
        )

    def _alert_payload(self, story_id: int) -> str | None:
        rows = self._rows("SELECT payload FROM story_alerts WHERE story_id = ?", [story_id])
        return rows[0]["payload"] if rows else None
