"""OutboxStore: one part of SqliteStore (bot/adapters/sqlite_store.py), which combines
the parts over one connection."""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import datetime
from typing import Any

from bot.adapters.store.base import StoreBase
from bot.core.chat.alerts import alert_from_json, alert_to_json, chat_payload
from bot.core.chat.digest import send_at
from bot.core.iso_times import from_iso, utc_iso
from bot.core.models import Alert, EditItem, OutboxItem, PausedChat, Subscription

# Why an alert still waiting was not sent: its chat's subscription ended first.
UNSUBSCRIBED = "not sent: the chat's subscription ended (unsubscribed, bot blocked or channel gone)"
# How the counts name the alerts and edits ended that way. They keep the state 'failed'
# (nothing is sent for them, and every reader of the outbox treats them as settled), but
# were counted with the real delivery failures: an operator could not tell a chat that
# left from alerts the platform refused.
ENDED_BY_UNSUBSCRIBE = "unsubscribed"
# Why an alert still waiting was not sent: the chat left every topic it was queued for.
TOPICS_LEFT = "not sent: the chat unsubscribed from its topics"
# The most alerts one digest round reads for a chat (some thirty messages on Telegram);
# a backlog beyond goes out as the next round's digest.
MAX_DIGEST_ALERTS = 1000


def _subscription(row: dict) -> Subscription:
    return Subscription(
        platform=row["platform"],
        chat_id=row["chat_id"],
        topics=tuple(json.loads(row["topics"])),
        # Read where the column may be missing: a database a `run` of a version before
        # migration 26 made, read by this one before it migrates (the CLI's read-only commands).
        excluded=tuple(json.loads(row.get("excluded_topics") or "[]")),
        active=bool(row["active"]),
        mode=row["mode"],
        lang=row["lang"],
        digest_time=row["digest_time"],
    )


class OutboxStore(StoreBase):
    """Subscriptions and the outbox: who gets alerts (and each chat's language and alert
    mode), and each alert and edit from queued to sent, retried, failed or uncertain. The
    one owner of the subscriptions table: other modules go through these methods.
    """

    def subscribe(self, platform: str, chat_id: str, topics: Iterable[str], now: datetime, lang: str = "en",
                  excluded: Iterable[str] = ()) -> None:
        """Subscribe a chat to `topics` (none: every topic, but those `excluded`), or
        change its topics."""
        chosen = json.dumps(sorted(set(topics)))
        left = json.dumps(sorted(set(excluded)) if chosen == "[]" else [])
        with self.transaction():
            self._exec(
                "INSERT INTO subscriptions (platform, chat_id, topics, excluded_topics, active, lang, created_at, "
                "updated_at) VALUES (?, ?, ?, ?, 1, ?, ?, ?) ON CONFLICT(platform, chat_id) DO UPDATE SET "
                "topics = excluded.topics, excluded_topics = excluded.excluded_topics, active = 1, "
                "updated_at = excluded.updated_at",
                [platform, str(chat_id), chosen, left, lang, utc_iso(now), utc_iso(now)],
            )
            if chosen != "[]":
                self._end_alerts_of_topics_left(platform, str(chat_id), chosen)
            elif left != "[]":
                self._end_alerts_of_topics_excluded(platform, str(chat_id), left)

    def _end_alerts_of_topics_left(self, platform: str, chat_id: str, chosen: str) -> None:
        """The chat's alerts still waiting that match none of the topics it keeps (each
        alert carries its topics) end, as all of them do when it stops everything: after
        `/unsubscribe artillery` a digest-mode chat still got the artillery alerts queued
        for it. Matching as `alerts.wants` does: an alert shares a topic with the chat."""
        self._exec(
            "UPDATE outbox SET state = 'failed', last_error = ? WHERE platform = ? AND chat_id = ? "
            "AND state = 'pending' AND NOT EXISTS (SELECT 1 FROM json_each(outbox.payload, '$.topics') AS t "
            "WHERE t.value IN (SELECT value FROM json_each(?)))",
            [TOPICS_LEFT, platform, chat_id, chosen],
        )

    def _end_alerts_of_topics_excluded(self, platform: str, chat_id: str, left: str) -> None:
        """The chat's alerts still waiting whose topics are all among those it left end,
        as `alerts.wants` reads them for a chat that follows every topic but those."""
        self._exec(
            "UPDATE outbox SET state = 'failed', last_error = ? WHERE platform = ? AND chat_id = ? "
            "AND state = 'pending' AND EXISTS (SELECT 1 FROM json_each(outbox.payload, '$.topics')) "
            "AND NOT EXISTS (SELECT 1 FROM json_each(outbox.payload, '$.topics') AS t "
            "WHERE t.value NOT IN (SELECT value FROM json_each(?)))",
            [TOPICS_LEFT, platform, chat_id, left],
        )

    def deactivate(self, platform: str, chat_id: str, now: datetime) -> bool:
        """End a chat's subscription (/unsubscribe, a blocked bot, a deleted channel) and
        the alerts still waiting for it. Those were sent anyway: after /unsubscribe a
        digest-mode chat still got its digest, and a chat that blocked the bot was sent
        every alert queued for it, each answered 403, in that round and later ones."""
        with self.transaction():
            cursor = self._exec(
                "UPDATE subscriptions SET active = 0, updated_at = ? WHERE platform = ? AND chat_id = ? AND active = 1",
                [utc_iso(now), platform, str(chat_id)],
            )
            self._exec(
                "UPDATE outbox SET state = 'failed', last_error = ? WHERE platform = ? AND chat_id = ? "
                "AND state = 'pending'",
                [UNSUBSCRIBED, platform, str(chat_id)],
            )
            # And the edits waiting for its alerts already sent: a blocked chat was sent one
            # edit per sent alert, each answered 403.
            self._exec(
                "UPDATE outbox_edits SET state = 'failed', last_error = ? WHERE state = 'pending' AND outbox_id IN "
                "(SELECT id FROM outbox WHERE platform = ? AND chat_id = ?)",
                [UNSUBSCRIBED, platform, str(chat_id)],
            )
            # Nothing waits for it any more: a chat subscribing again starts unpaused.
            self._exec("DELETE FROM paused_chats WHERE platform = ? AND chat_id = ?", [platform, str(chat_id)])
        return cursor.rowcount > 0

    def reactivate(self, platform: str, chat_id: str, now: datetime) -> bool:
        """Resume a chat's ended subscription as it was: its topics, those it left, its
        mode and language (subscribe would reset the topics to those it is given)."""
        return self._exec(
            "UPDATE subscriptions SET active = 1, updated_at = ? WHERE platform = ? AND chat_id = ? AND active = 0",
            [utc_iso(now), platform, str(chat_id)],
        ).rowcount > 0

    def note_chat_server(self, platform: str, chat_id: str, server_id: str) -> None:
        """Keep which server (a Discord guild) a subscribed chat belongs to, for when that
        server removes the bot (see chats_of_server). Read first, written only when new: it
        is asked after each command, and a read never waits for a poll's write lock."""
        rows = self._rows("SELECT server_id FROM subscriptions WHERE platform = ? AND chat_id = ?",
                          [platform, str(chat_id)])
        if rows and rows[0]["server_id"] != str(server_id):
            self._exec("UPDATE subscriptions SET server_id = ? WHERE platform = ? AND chat_id = ?",
                       [str(server_id), platform, str(chat_id)])

    def chats_of_server(self, platform: str, server_id: str) -> list[str]:
        """The chats with an active subscription known to belong to that server."""
        return [r["chat_id"] for r in self._rows(
            "SELECT chat_id FROM subscriptions WHERE platform = ? AND server_id = ? AND active = 1 ORDER BY id",
            [platform, str(server_id)])]

    def migrate_chat(self, platform: str, old_chat_id: str, new_chat_id: str, now: datetime) -> None:
        """A chat changed id (Telegram group -> supergroup): move its subscription and pending alerts."""
        old, new = str(old_chat_id), str(new_chat_id)
        with self.transaction():
            # If the new id already has a subscription it wins; otherwise the old one moves.
            self._exec(
                "DELETE FROM subscriptions WHERE platform = ? AND chat_id = ? AND EXISTS "
                "(SELECT 1 FROM subscriptions WHERE platform = ? AND chat_id = ?)",
                [platform, old, platform, new],
            )
            self._exec(
                "UPDATE subscriptions SET chat_id = ?, updated_at = ? WHERE platform = ? AND chat_id = ?",
                [new, utc_iso(now), platform, old],
            )
            # A pause was the old chat's refusal: the supergroup is asked afresh.
            self._exec("DELETE FROM paused_chats WHERE platform = ? AND chat_id = ?", [platform, old])
            # Alerts the new id already has are dropped; the rest move over.
            self._exec(
                "DELETE FROM outbox WHERE platform = ? AND chat_id = ? AND state IN ('pending', 'sending') AND "
                "story_id IN (SELECT story_id FROM outbox WHERE platform = ? AND chat_id = ?)",
                [platform, old, platform, new],
            )
            self._exec(
                "UPDATE outbox SET chat_id = ?, state = 'pending' WHERE platform = ? AND chat_id = ? "
                "AND state IN ('pending', 'sending')",
                [new, platform, old],
            )
            # The feeds its admins added from chat count against the chat under its new id:
            # left on the old one, a supergroup could add max_feeds_per_chat more.
            self._exec("UPDATE feeds SET added_in = ? WHERE added_in = ?",
                       [f"{platform}:{new}", f"{platform}:{old}"])

    def subscriptions(self, platform: str | None = None, active_only: bool = True) -> list[Subscription]:
        sql = "SELECT * FROM subscriptions WHERE 1 = 1"
        params: list[Any] = []
        if platform:
            sql += " AND platform = ?"
            params.append(platform)
        if active_only:
            sql += " AND active = 1"
        return [_subscription(r) for r in self._rows(sql + " ORDER BY id", params)]

    def chat_subscription(self, platform: str, chat_id: str) -> Subscription | None:
        """A chat's row, active or not (None: the chat never subscribed nor chose a language)."""
        rows = self._rows("SELECT * FROM subscriptions WHERE platform = ? AND chat_id = ?", [platform, str(chat_id)])
        return _subscription(rows[0]) if rows else None

    def set_chat_lang(self, platform: str, chat_id: str, lang: str, now: datetime) -> None:
        # A chat may choose its language before subscribing: keep an inactive row.
        self._exec(
            "INSERT INTO subscriptions (platform, chat_id, topics, active, lang, created_at, updated_at) "
            "VALUES (?, ?, '[]', 0, ?, ?, ?) ON CONFLICT(platform, chat_id) DO UPDATE SET "
            "lang = excluded.lang, updated_at = excluded.updated_at",
            [platform, str(chat_id), lang, utc_iso(now), utc_iso(now)],
        )

    def set_alert_mode(self, platform: str, chat_id: str, mode: str, digest_time: str | None, now: datetime) -> bool:
        """Store the alert mode of a subscribed chat; False when it is not subscribed."""
        return self._exec(
            "UPDATE subscriptions SET mode = ?, digest_time = ?, updated_at = ? "
            "WHERE platform = ? AND chat_id = ? AND active = 1",
            [mode, digest_time, utc_iso(now), platform, str(chat_id)],
        ).rowcount > 0

    def enqueue(self, alert: Alert, chats: Iterable[Subscription], now: datetime) -> int:
        """Queue one alert per chat; a chat that already has this story is skipped.
        The alert is also kept as the story's current alert, which updates extend."""
        self._exec(
            "INSERT INTO story_alerts (story_id, payload, updated_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
            [alert.story_id, alert_to_json(alert), utc_iso(now)],
        )
        payload = chat_payload(alert)  # each chat's copy: only the pledges a message shows
        queued = 0
        for sub in chats:
            # Digest-mode chats get the alert at their next digest time, together with the others.
            cursor = self._exec(
                "INSERT INTO outbox (platform, chat_id, story_id, payload, next_attempt, created_at) "
                "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                [sub.platform, sub.chat_id, alert.story_id, payload, utc_iso(send_at(sub, now)), utc_iso(now)],
            )
            queued += cursor.rowcount
        return queued

    def story_alert(self, story_id: int) -> Alert | None:
        """The story's alert as it stands (first alert plus updates); None when the
        story was never alerted (suppressed, or queued before alerts were kept)."""
        rows = self._rows("SELECT payload FROM story_alerts WHERE story_id = ?", [story_id])
        return alert_from_json(rows[0]["payload"]) if rows else None

    def update_story_alert(self, alert: Alert, now: datetime) -> int:
        """A story's alert grew (bot.core.stories.updates). Alerts not sent yet simply go
        out complete; each alert already sent (or being sent) gets an edit of its
        message while its chat is subscribed, one per chat however many updates come
        before it is made. Returns the number of edits queued or refreshed. Runs inside
        the poll's transaction."""
        self._exec("UPDATE story_alerts SET payload = ?, updated_at = ? WHERE story_id = ?",
                   [alert_to_json(alert), utc_iso(now), alert.story_id])
        payload = chat_payload(alert)
        self._exec("UPDATE outbox SET payload = ? WHERE story_id = ? AND state = 'pending'",
                   [payload, alert.story_id])
        # An edit queued while such an alert was being sent (then put back to wait) would
        # follow the complete alert with older content: the alert carries it all now.
        self._exec("DELETE FROM outbox_edits WHERE outbox_id IN "
                   "(SELECT id FROM outbox WHERE story_id = ? AND state = 'pending')", [alert.story_id])
        # An edit already waiting keeps its time (it may be waiting out a rate limit);
        # one that failed for good (message deleted) stays failed.
        return self._exec(
            "INSERT INTO outbox_edits (outbox_id, payload, next_attempt, updated_at) "
            "SELECT id, ?, ?, ? FROM outbox WHERE story_id = ? AND "
            "(state = 'sending' OR (state = 'sent' AND message_id IS NOT NULL)) "
            # not for a chat whose subscription ended (see deactivate)
            "AND NOT EXISTS (SELECT 1 FROM subscriptions s WHERE s.platform = outbox.platform "
            "AND s.chat_id = outbox.chat_id AND s.active = 0) "
            # A made (or failed-out) edit's row is reused for the next revision: that is a new edit,
            # and an outage answered on an old one must not count against it (failing_since);
            # one still waiting out an outage keeps counting from its first outage answer.
            "ON CONFLICT(outbox_id) DO UPDATE SET payload = excluded.payload, revision = revision + 1, "
            "attempts = 0, updated_at = excluded.updated_at, "
            "failing_since = CASE WHEN state = 'pending' THEN failing_since ELSE NULL END, "
            "next_attempt = CASE WHEN state = 'pending' THEN next_attempt ELSE excluded.next_attempt END, "
            "state = 'pending' WHERE state != 'failed'",
            [payload, utc_iso(now), utc_iso(now), alert.story_id],
        ).rowcount

    def due_edits(self, platform: str, now: datetime, limit: int = 100) -> list[EditItem]:
        """Edits due now whose alert is settled (sent, uncertain, failed); an edit of an
        alert still waiting to be sent waits with it."""
        rows = self._rows(
            # By when each became due (as due_outbox): one edit put back to wait is not read first
            # at every drain, ahead of all the others.
            "SELECT e.outbox_id, e.payload, e.revision, e.attempts, e.updated_at, e.failing_since, o.platform, "
            "o.chat_id, "
            "o.message_id, o.state AS alert_state FROM outbox_edits e JOIN outbox o ON o.id = e.outbox_id "
            "WHERE e.state = 'pending' AND e.next_attempt <= ? AND o.platform = ? "
            "AND o.state NOT IN ('pending', 'sending') ORDER BY e.next_attempt, e.outbox_id LIMIT ?",
            [utc_iso(now), platform, limit],
        )
        return [
            EditItem(outbox_id=r["outbox_id"], platform=r["platform"], chat_id=r["chat_id"],
                     message_id=r["message_id"], alert_state=r["alert_state"], revision=r["revision"],
                     alert=alert_from_json(r["payload"]), attempts=r["attempts"],
                     queued_at=from_iso(r["updated_at"]),
                     failing_since=from_iso(r["failing_since"]) if r.get("failing_since") else None)
            for r in rows
        ]

    def claim_edit(self, outbox_id: int) -> tuple[int, Alert] | None:
        """Take a pending edit for sending: (revision, the newest alert), or None when
        it is no longer pending. Read and marked in one statement, so the edit sent is
        the newest update stored at that moment."""
        with self.transaction():
            rows = self._rows(
                "UPDATE outbox_edits SET state = 'sending', attempts = attempts + 1 "
                "WHERE outbox_id = ? AND state = 'pending' RETURNING revision, payload",
                [outbox_id],
            )
        return (rows[0]["revision"], alert_from_json(rows[0]["payload"])) if rows else None

    def edit_done(self, outbox_id: int, revision: int) -> None:
        """The message shows `revision`. A newer update stored meanwhile left the edit
        pending (with the newer payload), so it is sent next. Made, it was no longer failing:
        a later revision's outage limit counts from its own first outage answer."""
        self._exec("UPDATE outbox_edits SET state = 'done', last_error = NULL, failing_since = NULL "
                   "WHERE outbox_id = ? AND revision = ?", [outbox_id, revision])

    def edit_retry(self, outbox_id: int, error: str, next_attempt: datetime, refund_attempt: bool = False) -> None:
        """Back to pending until `next_attempt`, as mark_retry (an answer other than an outage's)."""
        self._exec(
            "UPDATE outbox_edits SET state = 'pending', last_error = ?, next_attempt = ?, "
            "attempts = attempts - ?, failing_since = NULL WHERE outbox_id = ?",
            [error, utc_iso(next_attempt), int(refund_attempt), outbox_id],
        )

    def edit_wait_out_outage(self, outbox_id: int, error: str, next_attempt: datetime, now: datetime) -> None:
        """Back to pending until `next_attempt`, keeping its attempts, as wait_out_outage."""
        self._exec(
            "UPDATE outbox_edits SET state = 'pending', last_error = ?, next_attempt = ?, attempts = attempts - 1, "
            "failing_since = coalesce(failing_since, ?) WHERE outbox_id = ?",
            [error, utc_iso(next_attempt), utc_iso(now), outbox_id],
        )

    def edit_failed(self, outbox_id: int, error: str) -> None:
        """Give the edit up (message deleted, chat gone, alert never sent as a message)."""
        self._exec("UPDATE outbox_edits SET state = 'failed', last_error = ? WHERE outbox_id = ?",
                   [error[:500], outbox_id])

    def edit_counts(self) -> dict[str, int]:
        """Edits by state; those ended with their chat's subscription apart (see deactivate)."""
        return self._counts(
            "SELECT CASE WHEN state = 'failed' AND last_error = ? THEN ? ELSE state END AS state, count(*) AS n "
            "FROM outbox_edits GROUP BY 1", [UNSUBSCRIBED, ENDED_BY_UNSUBSCRIBE])

    def reschedule_pending(self, platform: str, chat_id: str, at: datetime) -> int:
        """Move a chat's waiting alerts to `at` (its mode or digest time changed)."""
        return self._exec(
            "UPDATE outbox SET next_attempt = ? WHERE platform = ? AND chat_id = ? AND state = 'pending'",
            [utc_iso(at), platform, str(chat_id)],
        ).rowcount

    def hold_pending(self, platform: str, chat_id: str, until: datetime) -> int:
        """Keep a chat's waiting alerts until `until` at least (its chat refuses messages for
        now); those already due later (a digest's time) keep their time. The platform answered
        (the chat's refusal is no outage): an alert held that had met an outage before starts
        its outage limit again at its next outage answer, as mark_retry does for the one refused."""
        at = utc_iso(until)
        return self._exec(
            "UPDATE outbox SET next_attempt = ?, failing_since = NULL WHERE platform = ? AND chat_id = ? "
            "AND state = 'pending' AND next_attempt < ?",
            [at, platform, str(chat_id), at],
        ).rowcount

    def pause_chat(self, platform: str, chat_id: str, reason: str, refused_since: datetime,
                   ask_again_at: datetime) -> None:
        """Keep that a chat refuses messages for now (see bot.delivery.PAUSED_RETRY); a chat
        already paused keeps its first refusal's time."""
        self._exec(
            "INSERT INTO paused_chats (platform, chat_id, reason, refused_since, ask_again_at) VALUES (?, ?, ?, ?, ?) "
            "ON CONFLICT(platform, chat_id) DO UPDATE SET reason = excluded.reason, "
            "ask_again_at = excluded.ask_again_at, refused_since = min(refused_since, excluded.refused_since)",
            [platform, str(chat_id), reason[:500], utc_iso(refused_since), utc_iso(ask_again_at)],
        )

    def unpause_chat(self, platform: str, chat_id: str) -> bool:
        """The chat took a message again; True when it had been paused."""
        return self._exec("DELETE FROM paused_chats WHERE platform = ? AND chat_id = ?",
                          [platform, str(chat_id)]).rowcount > 0

    def chat_paused(self, platform: str, chat_id: str) -> bool:
        """Whether the store still keeps a pause for the chat (its subscription's end, or its
        migration, deletes it)."""
        return bool(self._rows("SELECT 1 FROM paused_chats WHERE platform = ? AND chat_id = ?",
                               [platform, str(chat_id)]))

    def paused_chats(self, platform: str) -> list[PausedChat]:
        """The platform's chats refusing messages for now, as delivery left them (a restart reads them)."""
        return [PausedChat(chat_id=r["chat_id"], reason=r["reason"], refused_since=from_iso(r["refused_since"]),
                           ask_again_at=from_iso(r["ask_again_at"]))
                for r in self._rows("SELECT * FROM paused_chats WHERE platform = ? ORDER BY chat_id", [platform])]

    def waiting_since(self, platform: str, chat_id: str) -> datetime | None:
        """When the oldest alert still waiting for (or being sent to) a chat was queued."""
        rows = self._rows("SELECT min(created_at) AS since FROM outbox WHERE platform = ? AND chat_id = ? "
                          "AND state IN ('pending', 'sending')", [platform, str(chat_id)])
        return from_iso(rows[0]["since"]) if rows else None

    def ever_sent_to(self, platform: str, chat_id: str) -> bool:
        """Whether an alert was ever delivered to this chat (kept in the outbox)."""
        rows = self._rows("SELECT EXISTS (SELECT 1 FROM outbox WHERE platform = ? AND chat_id = ? AND state = 'sent') "
                          "AS sent", [platform, str(chat_id)])
        return bool(rows[0]["sent"])

    def chat_mode(self, platform: str, chat_id: str) -> str:
        rows = self._rows("SELECT mode FROM subscriptions WHERE platform = ? AND chat_id = ?", [platform, str(chat_id)])
        return rows[0]["mode"] if rows else "instant"

    def due_outbox(self, platform: str, now: datetime, limit: int = 100) -> list[OutboxItem]:
        rows = self._rows(
            # By when each alert became due, not by id: an alert refused and put back to wait
            # (an outage answered for its chat) would otherwise be read first at every drain and
            # stop it, starving every other chat; the outbox_due index gives this order.
            "SELECT * FROM outbox WHERE state = 'pending' AND platform = ? AND next_attempt <= ? "
            "ORDER BY next_attempt, id LIMIT ?",
            [platform, utc_iso(now), limit],
        )
        return self._outbox_items(rows)

    def due_outbox_of_chat(self, platform: str, chat_id: str, now: datetime,
                           limit: int = MAX_DIGEST_ALERTS) -> list[OutboxItem]:
        """The alerts due to one chat, oldest first: a digest's, all of them (to `limit`)."""
        rows = self._rows(
            "SELECT * FROM outbox WHERE state = 'pending' AND platform = ? AND chat_id = ? AND next_attempt <= ? "
            "ORDER BY id LIMIT ?",
            [platform, str(chat_id), utc_iso(now), limit],
        )
        return self._outbox_items(rows)

    @staticmethod
    def _outbox_items(rows: list[dict]) -> list[OutboxItem]:
        return [
            OutboxItem(
                id=r["id"],
                platform=r["platform"],
                chat_id=r["chat_id"],
                story_id=r["story_id"],
                alert=alert_from_json(r["payload"]),
                attempts=r["attempts"],
                queued_at=from_iso(r["created_at"]),
                failing_since=from_iso(r["failing_since"]) if r.get("failing_since") else None,
            )
            for r in rows
        ]

    def claim_alert(self, outbox_id: int, platform: str, chat_id: str) -> Alert | None:
        """Mark an alert as being sent and return it as stored at that moment (None when
        it was not pending). Committed before the send, so after a crash we know it may
        have gone out and do not send it again (at most once). A story update may have
        extended the alert since the outbox was read, and what goes out must be what
        updates after the claim will edit.

        Only while the row is still the alert of `platform`'s chat `chat_id` (as the
        sender read it): outbox ids are not AUTOINCREMENT, so once a story merge or a
        chat migration deleted the newest row, the next alert queued takes its id, and
        the sender, holding the row as it read it, would send another chat's alert to
        this chat and mark it sent."""
        # BEGIN, the claim, COMMIT: tests/run/test_crash.py finds the claim by its statement's start
        # ("UPDATE outbox SET state = 'sending'") and kills the process around it.
        with self.transaction():
            self._settle_absorbed_alert(outbox_id, platform, str(chat_id))
            rows = self._rows(
                "UPDATE outbox SET state = 'sending', attempts = attempts + 1 WHERE id = ? AND state = 'pending' "
                "AND platform = ? AND chat_id = ? RETURNING payload",
                [outbox_id, platform, str(chat_id)],
            )
        return alert_from_json(rows[0]["payload"]) if rows else None

    def _settle_absorbed_alert(self, outbox_id: int, platform: str, chat_id: str) -> None:
        """An alert of a story merged into another while the survivor's alert was being
        sent to the same chat (StoryMergeStore._merge_alerts leaves it pending): now that
        the send has ended, it gives way to the survivor's alert, unless that failed for
        good; then it becomes the survivor's alert for this chat, as when the survivor's
        had failed before the merge. Deleted, it is simply not claimed."""
        rows = self._rows(
            "SELECT s.merged_into FROM outbox o JOIN stories s ON s.id = o.story_id WHERE o.id = ? "
            "AND o.state = 'pending' AND o.platform = ? AND o.chat_id = ? AND s.merged_into IS NOT NULL",
            [outbox_id, platform, chat_id],
        )
        if not rows:
            return
        survivor = rows[0]["merged_into"]
        theirs = self._rows("SELECT id, state FROM outbox WHERE story_id = ? AND platform = ? AND chat_id = ?",
                            [survivor, platform, chat_id])
        if theirs and theirs[0]["state"] != "failed":
            self._exec("DELETE FROM outbox WHERE id = ?", [outbox_id])
            return
        if theirs:
            self._exec("DELETE FROM outbox_edits WHERE outbox_id = ?", [theirs[0]["id"]])
            self._exec("DELETE FROM outbox WHERE id = ?", [theirs[0]["id"]])
        survivors = self.story_alert(survivor)
        self._exec("UPDATE outbox SET story_id = ?, payload = coalesce(?, payload) WHERE id = ?",
                   [survivor, chat_payload(survivors) if survivors else None, outbox_id])

    def mark_sent(self, outbox_id: int, now: datetime, message_id: str | None = None) -> None:
        """Delivered; `message_id` (the platform's) is kept so that story updates can
        edit the message. A digest's alerts share one message and keep none."""
        self._exec("UPDATE outbox SET state = 'sent', sent_at = ?, last_error = NULL, message_id = ? WHERE id = ?",
                   [utc_iso(now), message_id, outbox_id])

    def mark_retry(self, outbox_id: int, error: str, next_attempt: datetime, refund_attempt: bool = False) -> None:
        """Back to pending until `next_attempt`. `refund_attempt` un-counts the claim
        (a rate-limit deferral is not a failed attempt). An answer other than an outage's:
        a platform failing on it later fails anew (see wait_out_outage)."""
        self._exec(
            "UPDATE outbox SET state = 'pending', last_error = ?, next_attempt = ?, "
            "attempts = attempts - ?, failing_since = NULL WHERE id = ?",
            [error, utc_iso(next_attempt), int(refund_attempt), outbox_id],
        )

    def wait_out_outage(self, outbox_id: int, error: str, next_attempt: datetime, now: datetime) -> None:
        """Back to pending until `next_attempt`, keeping its attempts: the platform failed on
        it (an outage), since `now` unless it had already failed on it since earlier."""
        self._exec(
            "UPDATE outbox SET state = 'pending', last_error = ?, next_attempt = ?, attempts = attempts - 1, "
            "failing_since = coalesce(failing_since, ?) WHERE id = ?",
            [error, utc_iso(next_attempt), utc_iso(now), outbox_id],
        )

    def mark_failed(self, outbox_id: int, error: str) -> None:
        self._exec("UPDATE outbox SET state = 'failed', last_error = ? WHERE id = ?", [error, outbox_id])

    def mark_uncertain(self, outbox_id: int, error: str) -> None:
        """The send may or may not have reached the chat: never resend (at most once)."""
        self._exec("UPDATE outbox SET state = 'uncertain', last_error = ? WHERE id = ?", [error, outbox_id])

    def recover_interrupted(self) -> int:
        """After a crash: alerts caught between claim and confirmation are marked
        'uncertain' (not resent, so nobody gets a duplicate; counted in status)."""
        recovered = self._exec("UPDATE outbox SET state = 'uncertain' WHERE state = 'sending'").rowcount
        # An edit only replaces a message's text with the same newer text: sending it
        # again is harmless, so an interrupted edit simply goes out again.
        self._exec("UPDATE outbox_edits SET state = 'pending' WHERE state = 'sending'")
        return recovered

    def outbox_counts(self) -> dict[str, int]:
        """Alerts by state; those ended with their chat's subscription apart (see deactivate)."""
        return self._counts(
            "SELECT CASE WHEN state = 'failed' AND last_error IN (?, ?) THEN ? ELSE state END AS state, "
            "count(*) AS n FROM outbox GROUP BY 1", [UNSUBSCRIBED, TOPICS_LEFT, ENDED_BY_UNSUBSCRIBE])

    def _counts(self, sql: str, params: list[str]) -> dict[str, int]:
        return {r["state"]: r["n"] for r in self._rows(sql, params)}
