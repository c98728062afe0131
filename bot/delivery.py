"""Drains the durable outbox into one chat platform.

Each alert is claimed (committed) before it is sent and confirmed after, so a crash
can never make it go out twice; what a crash interrupts is marked 'uncertain' on
the next start (see SqliteStore.recover_interrupted). Per-chat problems come back
as DeliveryResult values, so one blocked chat never stops the others.

Story updates edit alerts already sent (an outlet or pledges added). An edit only
replaces a message's text, so it may go out twice without harm: it is retried after
a crash or a timeout (at least once), while the alert itself stays at most once.
"""

from __future__ import annotations

import asyncio
import logging
import math
from collections.abc import Awaitable
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from bot.adapters.sqlite_store import SqliteStore
from bot.adapters.store.outbox import UNSUBSCRIBED
from bot.core.feeds.schedule import retry_delay
from bot.core.models import Alert, DeliveryResult, Digest, EditItem, OutboxItem
from bot.core.ports import ChatSender, Clock
from bot.errors import StoreError

log = logging.getLogger(__name__)

MAX_ATTEMPTS = 8
# The longest wait a platform's 429 may impose on one alert before it is tried again.
# A retry_after is the platform's word, but a proxy or a broken server may send any
# number: 10**12 seconds put the retry past the year 9999 and crashed the drain
# (OverflowError), leaving the alert 'sending', hence lost. Asking again after an hour
# costs one request, which answers with a fresh retry_after if the wait is real.
MAX_RATE_LIMIT_WAIT = 3600.0
# Digests stopped at a failed part that are remembered at once (see DigestUnderway); more
# means chats that left digest mode before the retry: forgetting them renumbers, loses nothing.
MAX_DIGESTS_UNDERWAY = 10_000
# A chat that refuses messages for now, for a reason its admins can undo (a forum topic
# closed, a Discord thread archived or locked, the bot restricted for a time): its alerts
# wait and the oldest is tried again after PAUSED_RETRY, one request an hour rather than
# one refusal per alert. If the chat still refuses when its oldest waiting alert was
# queued PAUSED_LIMIT ago (and first refused as long ago), it is taken for gone: the
# subscription ends (as for a blocked bot) and so do its alerts, news a week old by then.
# The pause is kept in the database (paused_chats): a restart neither sends every waiting
# alert into the refusal again nor gives the chat a new week.
PAUSED_RETRY = timedelta(hours=1)
PAUSED_LIMIT = timedelta(days=7)
# The platform itself failing (Telegram answering 502 or 504, Discord 5xx, no connection) is
# no fault of an alert: counted towards MAX_ATTEMPTS, every alert of an outage longer than
# some twenty minutes was failed for good, and each drain sent every due alert of every chat
# into it. Delivery now waits for the platform: after an outage answer the drain stops, and
# the next one asks again after as long as the outage has lasted so far (OUTAGE_WAIT_MIN to
# OUTAGE_WAIT_MAX); the alerts keep their attempts. One the platform has failed on for
# MAX_OUTAGE since its first outage answer fails (out of an outage that long). Counted from
# its queueing, an alert that had waited days behind a paused chat failed at the first 5xx.
OUTAGE_WAIT_MIN = timedelta(seconds=5)
OUTAGE_WAIT_MAX = timedelta(minutes=5)
MAX_OUTAGE = timedelta(days=2)


def rate_limit_wait(retry_after: float) -> timedelta:
    """The wait a 429 asked for, bounded: none below zero, at most MAX_RATE_LIMIT_WAIT
    (also for an infinite or NaN retry_after, which no timedelta holds)."""
    if not math.isfinite(retry_after) or retry_after > MAX_RATE_LIMIT_WAIT:
        return timedelta(seconds=MAX_RATE_LIMIT_WAIT)
    return timedelta(seconds=max(retry_after, 0.0))


@dataclass
class DrainResult:
    sent: int = 0
    retried: int = 0
    failed: int = 0
    deactivated: int = 0
    edited: int = 0


@dataclass(frozen=True)
class DigestUnderway:
    """A digest whose parts stopped at a failed one, to be sent on at its retry: the rest
    keeps its place in the digest ("part 2 of 3", not a new "part 1 of 2"). `resumes_at` is
    the outbox id of the first alert not sent, so that only that rest is taken for it."""

    resumes_at: int
    parts_sent: int  # the parts before the failed one
    alerts_sent: int  # the alerts they showed


class OutboxDispatcher:
    def __init__(self, store: SqliteStore, chat: ChatSender, clock: Clock, *, batch: int = 100):
        self.store = store
        self.chat = chat
        self.clock = clock
        self.batch = batch
        self._wake = asyncio.Event()
        # Digests stopped at a failed part, per chat (kept in memory: after a restart the
        # rest is numbered as a digest of its own, which loses no alert).
        self._underway: dict[str, DigestUnderway] = {}
        # Chats refusing messages for now (see PAUSED_RETRY): the refusal (said once in the
        # log while it lasts, and once more when the chat takes messages again) and when the
        # chat is asked again; an alert queued for it meanwhile waits for then too. A copy of
        # the store's paused_chats, read at the first drain (see _read_pauses).
        self._paused: dict[str, tuple[str, datetime]] = {}
        # Since when each paused chat has refused (see _pause_chat).
        self._refused_since: dict[str, datetime] = {}
        self._pauses_read = False
        # While the platform fails (see MAX_OUTAGE): since when, and when to ask it again.
        self._outage_since: datetime | None = None
        self._ask_again_at: datetime | None = None
        # Sends whose outcome the database refused to record (see _record_sends), in order.
        self._unrecorded: list[tuple[OutboxItem, DeliveryResult]] = []

    def wake(self) -> None:
        """Called when new alerts are queued, so they go out without waiting."""
        self._wake.set()

    async def drain(self, stop: asyncio.Event | None = None) -> DrainResult:
        """Send everything due now (or until `stop` is set, between two sends, so a
        shutdown never interrupts a send half-way); returns what happened.
        A digest-mode chat's due alerts go out together as one digest."""
        outcome = DrainResult()
        self._record_kept(outcome)
        if self._waiting_for_platform():
            return outcome
        self._read_pauses()
        if await self._drain_alerts(stop, outcome) and not self._waiting_for_platform():
            await self._drain_edits(stop, outcome)
        return outcome

    def _read_pauses(self) -> None:
        """The pauses a previous run left (see PAUSED_RETRY), once: the store is the truth,
        these dicts its copy. Read at the first drain, not on construction: the database may
        not be migrated yet then."""
        if self._pauses_read:
            return
        for paused in self.store.paused_chats(self.chat.platform):
            self._paused[paused.chat_id] = (paused.reason, paused.ask_again_at)
            self._refused_since[paused.chat_id] = paused.refused_since
        self._pauses_read = True

    def _waiting_for_platform(self) -> bool:
        """Whether the platform failed and is not to be asked again yet (see MAX_OUTAGE)."""
        return self._ask_again_at is not None and self.clock.now() < self._ask_again_at

    def _platform_failed(self, error: str) -> datetime:
        """The platform answered an outage: when to ask it again (said once in the log)."""
        now = self.clock.now()
        if self._outage_since is None:
            self._outage_since = now
            log.warning("%s is failing (%s): delivery waits for it, asking again after as long as it has lasted "
                        "(%d s to %d min); the alerts wait in the outbox", self.chat.platform, error,
                        OUTAGE_WAIT_MIN.total_seconds(), OUTAGE_WAIT_MAX // timedelta(minutes=1))
        wait = min(max(now - self._outage_since, OUTAGE_WAIT_MIN), OUTAGE_WAIT_MAX)
        self._ask_again_at = now + wait
        return self._ask_again_at

    def _platform_answers(self) -> None:
        if self._outage_since is not None:
            log.warning("%s answers again after %s: delivery goes on", self.chat.platform,
                        _duration(self.clock.now() - self._outage_since))
        self._outage_since = self._ask_again_at = None

    async def _drain_alerts(self, stop: asyncio.Event | None, outcome: DrainResult) -> bool:
        """Send the alerts due; False when stopped before the end."""
        while True:
            due = self.store.due_outbox(self.chat.platform, self.clock.now(), self.batch)
            if not due:
                return True
            for as_digest, group in self._groups(due):
                if stop is not None and stop.is_set():
                    return False
                if self._waiting_for_platform():
                    return True  # the platform failed: the rest waits with the alert it failed
                if self._held_while_paused(group[0].chat_id):
                    continue
                if as_digest:
                    if not await self._send_digest_parts(group, stop, outcome):
                        return False
                    continue
                # The claim returns the alert as stored now: a story update since the
                # outbox was read is sent with it rather than lost.
                claimed = self._claimed(group)
                if claimed:
                    result = await self._send(claimed[0].chat_id, claimed[0].alert)
                    self._record_sends(claimed, result, outcome)
            if len(due) < self.batch:
                return True

    def _claimed(self, group: list[OutboxItem]) -> list[OutboxItem]:
        """The items of `group` claimed for sending, each with its alert as stored now.
        Nothing may touch the database between the claims' commit and the send: a crash
        there would leave claimed alerts unsent (see test_crash.py)."""
        return [replace(item, alert=alert) for item in group
                if (alert := self.store.claim_alert(item.id, item.platform, item.chat_id)) is not None]

    async def _send_digest_parts(self, group: list[OutboxItem], stop: asyncio.Event | None,
                                 outcome: DrainResult) -> bool:
        """A digest chat's due alerts, in as many messages as they need, each saying which
        part of how many it is; False when stopped between two parts. A part that fails
        ends the digest for now: its alerts and those after it are sent at their retry."""
        chat_id = group[0].chat_id
        everything = self._whole_digest(group)
        parts = self._digest_parts(everything)
        # The rest of a digest a failed part stopped goes on with its numbers and its total.
        underway = self._underway.pop(chat_id, None)
        if underway is None or everything[0].id != underway.resumes_at:
            underway = DigestUnderway(resumes_at=everything[0].id, parts_sent=0, alerts_sent=0)
        shown_before = underway.alerts_sent
        for number, part in enumerate(parts, start=underway.parts_sent + 1):
            if stop is not None and stop.is_set():
                return False
            claimed = self._claimed(part)
            if not claimed:
                continue
            digest = Digest(tuple(i.alert for i in claimed), part=number, parts=underway.parts_sent + len(parts),
                            total=underway.alerts_sent + len(everything))
            # One message holds several stories: it is not edited later.
            result = replace(await self._send_digest(chat_id, digest), message_id=None)
            self._record_sends(claimed, result, outcome)
            if not result.ok:
                if self._hold_rest_of_digest(chat_id, claimed[0], result):
                    if len(self._underway) >= MAX_DIGESTS_UNDERWAY:  # chats that left digest mode since
                        self._underway.clear()
                    self._underway[chat_id] = DigestUnderway(resumes_at=claimed[0].id, parts_sent=number - 1,
                                                             alerts_sent=shown_before)
                break
            shown_before += len(claimed)
        return True

    def _hold_rest_of_digest(self, chat_id: str, failed: OutboxItem, result: DeliveryResult) -> bool:
        """After a part of a digest failed and will be retried, the parts after it wait
        for that retry too, so that the digest goes on in order (the next batch of the
        outbox sent them at once, as a digest of their own, before the part retried).
        A blocked chat's are ended with its subscription (_record_send). True when the
        digest is held for the failed part's retry."""
        now = self.clock.now()
        if result.paused:
            # Held with the failed part by _pause_chat, unless that ended the subscription.
            subscription = self.store.chat_subscription(self.chat.platform, chat_id)
            return subscription is not None and subscription.active
        if result.retry_after is not None:
            at = now + rate_limit_wait(result.retry_after)
        elif result.outage:
            at = self._ask_again_at or now
        elif result.deactivate or result.permanent or result.uncertain or result.migrate_to:
            return False
        else:
            at = now + timedelta(seconds=retry_delay(failed.attempts + 1))
        self.store.reschedule_pending(self.chat.platform, chat_id, at)
        return True

    def _whole_digest(self, group: list[OutboxItem]) -> list[OutboxItem]:
        """Every alert due to the digest chat of `group`, not only those of this batch of
        the outbox: counted and numbered in parts, the digest must be all of it."""
        reader = getattr(self.store, "due_outbox_of_chat", None)
        if reader is None:
            return group
        whole = reader(self.chat.platform, group[0].chat_id, self.clock.now())
        return whole or group

    def _digest_parts(self, group: list[OutboxItem]) -> list[list[OutboxItem]]:
        """`group` cut into the messages of one digest: as many alerts in each as one
        message shows whole (the platform's digest_room). Sent all together, those past
        what one message holds were summed up as "… and 35 more", marked sent and never
        shown."""
        room = getattr(self.chat, "digest_room", None)
        if room is None:
            return [group]
        parts: list[list[OutboxItem]] = []
        rest = group
        while rest:
            shown = max(1, room(rest[0].chat_id, [item.alert for item in rest]))
            parts.append(rest[:shown])
            rest = rest[shown:]
        return parts

    async def _drain_edits(self, stop: asyncio.Event | None, outcome: DrainResult) -> None:
        """Edit the sent alerts whose story gained an outlet or pledges."""
        editor = getattr(self.chat, "edit", None)
        if editor is None:
            return
        while True:
            due = self.store.due_edits(self.chat.platform, self.clock.now(), self.batch)
            for item in due:
                if stop is not None and stop.is_set():
                    return
                if self._waiting_for_platform():
                    return
                if item.alert_state != "sent" or item.message_id is None:
                    # The alert is not a message of its own (a digest, or never surely sent).
                    self.store.edit_failed(item.outbox_id, f"no message to edit (alert {item.alert_state})")
                    continue
                claimed = self.store.claim_edit(item.outbox_id)
                if claimed is None:
                    continue
                revision, alert = claimed
                result = await self._guarded(editor(item.chat_id, item.message_id, alert))
                self._record_edit(item, revision, result, outcome)
            if len(due) < self.batch:
                return

    def _record_edit(self, item: EditItem, revision: int, result: DeliveryResult, outcome: DrainResult) -> None:
        """Apply an edit's outcome. Like an alert's, except that a timeout is retried:
        editing twice to the same text is harmless."""
        now = self.clock.now()
        if result.ok:
            self.store.edit_done(item.outbox_id, revision)
            outcome.edited += 1
            self._platform_answers()
        elif result.deactivate:
            self.store.edit_failed(item.outbox_id, result.error or "chat unavailable")
            self.store.deactivate(self.chat.platform, item.chat_id, now)
            outcome.deactivated += 1
        elif result.outage:  # the platform's failure: the edit waits for it as alerts do
            ask_again_at = self._platform_failed(result.error or "failing")
            if self._too_old(item.failing_since, MAX_OUTAGE):  # and gives up as late as they do
                self.store.edit_failed(item.outbox_id, f"{result.error or 'platform failing'} "
                                                       f"(still failing {MAX_OUTAGE.days} days after it first failed)")
                outcome.failed += 1
                return
            self.store.edit_wait_out_outage(item.outbox_id, result.error or "platform failing", ask_again_at, now)
            outcome.retried += 1
        elif result.paused:  # the chat refuses messages for now: the edit waits as its alerts do
            if self._subscription_ended(item.chat_id) or self._too_old(item.queued_at, PAUSED_LIMIT):
                self.store.edit_failed(item.outbox_id, result.error or "chat refuses messages for now")
                outcome.failed += 1
                return
            self.store.edit_retry(item.outbox_id, result.error or "chat refuses messages for now",
                                  now + PAUSED_RETRY, refund_attempt=True)
            outcome.retried += 1
        elif result.retry_after is not None:
            self.store.edit_retry(item.outbox_id, result.error or "rate limited",
                                  now + rate_limit_wait(result.retry_after), refund_attempt=True)
            outcome.retried += 1
        elif result.permanent or result.migrate_to or item.attempts + 1 >= MAX_ATTEMPTS:
            # A deleted message, or one left behind in a group that became a supergroup.
            self.store.edit_failed(item.outbox_id, result.error or "failed")
            outcome.failed += 1
        else:
            delay = retry_delay(item.attempts + 1)
            self.store.edit_retry(item.outbox_id, result.error or "retry", now + timedelta(seconds=delay))
            outcome.retried += 1

    def _groups(self, due: list[OutboxItem]) -> list[tuple[bool, list[OutboxItem]]]:
        """(as digest?, alerts): one group per alert, except that a digest chat's alerts
        form one group. Decided before anything is claimed."""
        groups: list[tuple[bool, list[OutboxItem]]] = []
        digests: dict[str, list[OutboxItem]] = {}
        for item in due:
            if self._digest_chat(item.chat_id):
                if item.chat_id not in digests:
                    digests[item.chat_id] = []
                    groups.append((True, digests[item.chat_id]))
                digests[item.chat_id].append(item)
            else:
                groups.append((False, [item]))
        return groups

    def _digest_chat(self, chat_id: str) -> bool:
        """Does this chat take its alerts as one digest (and can the platform send one)?"""
        return hasattr(self.chat, "send_digest") and self.store.chat_mode(self.chat.platform, chat_id) == "digest"

    def _record_sends(self, items: list[OutboxItem], result: DeliveryResult, outcome: DrainResult) -> None:
        """Apply one send's outcome to each of its outbox rows. A database that refuses the
        write after the message went out (its disk filled, or another program locked it, in
        between) left the rows in 'sending' for the rest of the run, the message id lost (so the
        story's later edits were dropped), and marked 'uncertain' at the next start though the
        message was sent. The outcome is kept and written first at the next drain; the refusal
        goes up to `run`, which says it once (_say_refused). A kill before then leaves 'sending',
        which the next start marks 'uncertain': never sent twice."""
        for done, item in enumerate(items):
            try:
                self._record_send(item, result, outcome)
            except StoreError as exc:
                if exc.refusal:
                    self._unrecorded.extend((rest, result) for rest in items[done:])
                raise

    def _record_kept(self, outcome: DrainResult) -> None:
        """Write the outcomes the database refused before (see _record_sends), oldest first;
        raises while it still refuses, so nothing else is sent meanwhile."""
        while self._unrecorded:
            item, result = self._unrecorded[0]
            self._record_send(item, result, outcome)
            self._unrecorded.pop(0)

    def _record_send(self, item: OutboxItem, result: DeliveryResult, outcome: DrainResult) -> None:
        """Apply a send's outcome to one outbox row."""
        now = self.clock.now()
        if result.ok:
            self.store.mark_sent(item.id, now, result.message_id)
            outcome.sent += 1
            self._resumed(item.chat_id)
            self._platform_answers()
        elif result.paused:
            self._pause_chat(item, result, outcome)
        elif result.outage:
            self._wait_for_platform(item, result, outcome)
        elif result.uncertain:
            self.store.mark_uncertain(item.id, result.error or "may have been sent")
            outcome.failed += 1
        elif result.migrate_to:
            self.store.mark_retry(item.id, "chat migrated", now)
            self.store.migrate_chat(self.chat.platform, item.chat_id, result.migrate_to, now)
            outcome.retried += 1
        elif result.deactivate:
            self.store.mark_failed(item.id, result.error or "chat unavailable")
            self.store.deactivate(self.chat.platform, item.chat_id, now)
            outcome.deactivated += 1
        elif result.retry_after is not None:
            # A rate limit is the platform's pacing, not a failure of this alert:
            # it does not count towards MAX_ATTEMPTS.
            self.store.mark_retry(item.id, result.error or "rate limited",
                                  now + rate_limit_wait(result.retry_after), refund_attempt=True)
            outcome.retried += 1
        elif result.permanent or item.attempts + 1 >= MAX_ATTEMPTS:
            self.store.mark_failed(item.id, result.error or "failed")
            outcome.failed += 1
        else:
            delay = retry_delay(item.attempts + 1)
            self.store.mark_retry(item.id, result.error or "retry", now + timedelta(seconds=delay))
            outcome.retried += 1

    def _pause_chat(self, item: OutboxItem, result: DeliveryResult, outcome: DrainResult) -> None:
        """The chat refused `item` for now (see PAUSED_RETRY): it and the chat's other
        waiting alerts are tried again later, or, refused for PAUSED_LIMIT, the chat's
        subscription ends."""
        now = self.clock.now()
        platform, chat_id = self.chat.platform, item.chat_id
        error = result.error or "the chat refuses messages for now"
        if self._subscription_ended(chat_id):
            # Its subscription ended, by the limit below at an earlier item of the same digest
            # part (or by an unsubscribe meanwhile): nothing more goes there, nothing waits.
            self.store.mark_failed(item.id, UNSUBSCRIBED)
            outcome.failed += 1
            return
        # From the first refusal, if later than the oldest alert's queueing: after the bot was
        # down for a week, the first refusal on its return does not end the subscription at once.
        # The first refusal is kept across restarts (paused_chats), as the pause itself.
        refused_since = self._refused_since.setdefault(chat_id, now)
        since = max(self.store.waiting_since(platform, chat_id) or now, refused_since)
        if now - since >= PAUSED_LIMIT:
            self.store.mark_failed(item.id, error)
            self.store.deactivate(platform, chat_id, now)
            self._paused.pop(chat_id, None)
            self._refused_since.pop(chat_id, None)
            outcome.deactivated += 1
            log.warning("%s chat %s: subscription ended: it has refused every alert since %s (%s)",
                        platform, chat_id, since.strftime("%Y-%m-%d %H:%M UTC"), error)
            return
        retry_at = now + PAUSED_RETRY
        self.store.mark_retry(item.id, error, retry_at, refund_attempt=True)
        self.store.hold_pending(platform, chat_id, retry_at)
        self.store.pause_chat(platform, chat_id, error, refused_since, retry_at)
        outcome.retried += 1
        said = self._paused.get(chat_id)
        level = logging.DEBUG if said is not None and said[0] == error else logging.WARNING
        self._paused[chat_id] = (error, retry_at)
        log.log(level, "%s chat %s refuses messages for now (%s): its alerts wait and are tried again every "
                "%d minutes; the subscription ends if it still refuses %d days after the oldest was queued",
                platform, chat_id, error, PAUSED_RETRY // timedelta(minutes=1), PAUSED_LIMIT.days)

    def _wait_for_platform(self, item: OutboxItem, result: DeliveryResult, outcome: DrainResult) -> None:
        """The platform failed on `item` (see MAX_OUTAGE): it waits, keeping its attempts,
        unless the platform has failed on it for MAX_OUTAGE since the first time."""
        error = result.error or "the platform is failing"
        ask_again_at = self._platform_failed(error)
        if self._too_old(item.failing_since, MAX_OUTAGE):
            self.store.mark_failed(item.id, f"{error} (still failing {MAX_OUTAGE.days} days after it first failed)")
            outcome.failed += 1
            return
        self.store.wait_out_outage(item.id, error, ask_again_at, self.clock.now())
        outcome.retried += 1

    def _subscription_ended(self, chat_id: str) -> bool:
        """Whether the chat's subscription ended (a chat without one is not taken for ended)."""
        subscription = self.store.chat_subscription(self.chat.platform, chat_id)
        return subscription is not None and not subscription.active

    def _too_old(self, queued: datetime | None, limit: timedelta) -> bool:
        return queued is not None and self.clock.now() - queued >= limit

    def _held_while_paused(self, chat_id: str) -> bool:
        """Whether the chat refused messages for now and is not to be asked again yet: its
        alerts due meanwhile (queued since, or read in the batch with the one refused) wait
        for that time rather than each be sent and refused in turn."""
        paused = self._paused.get(chat_id)
        if paused is None or self.clock.now() >= paused[1]:
            return False
        if not self.store.chat_paused(self.chat.platform, chat_id):
            # Its subscription ended (or the chat moved) since: the store dropped the pause, and
            # a chat subscribing again must not wait out the old one's hour.
            self._paused.pop(chat_id, None)
            self._refused_since.pop(chat_id, None)
            return False
        self.store.hold_pending(self.chat.platform, chat_id, paused[1])
        return True

    def _resumed(self, chat_id: str) -> None:
        """A chat that refused messages for now took one again."""
        self._refused_since.pop(chat_id, None)
        if self._paused.pop(chat_id, None) is not None:
            self.store.unpause_chat(self.chat.platform, chat_id)
            log.warning("%s chat %s takes messages again: its waiting alerts go out", self.chat.platform, chat_id)

    async def _send(self, chat_id: str, alert: Alert) -> DeliveryResult:
        return await self._guarded(self.chat.send(chat_id, alert))

    async def _send_digest(self, chat_id: str, digest: Digest) -> DeliveryResult:
        return await self._guarded(self.chat.send_digest(chat_id, digest))

    def _say_refused(self, exc: StoreError, said: str | None) -> str:
        """One line for a database that refuses delivery's writes (read-only, full, locked by
        another process), said once while the same refusal lasts. It is an expected
        condition, like a poll's (bot.pipeline._store_failed): it was logged with a
        traceback, as a bug, at every drain (every 5 s) for as long as it lasted. The
        alerts wait in the outbox, and go out at the first drain the database allows. Any
        other StoreError ("no such column", a malformed file) is no passing refusal: it goes
        to the log with its traceback, as every unexpected failure of a drain."""
        error = str(exc)
        level = logging.DEBUG if error == said else logging.ERROR
        log.log(level, "delivery to %s paused: %s; the alerts wait and go out once it takes writes again",
                self.chat.platform, error)
        return error

    async def _guarded(self, sending: Awaitable[DeliveryResult]) -> DeliveryResult:
        """The adapter's send, with any unexpected exception turned into a retry so a
        claimed alert is never left in 'sending'."""
        try:
            return await sending
        except Exception as exc:  # noqa: BLE001 - adapters should not raise; be safe if one does
            log.exception("%s adapter raised while sending", self.chat.platform)
            return DeliveryResult(ok=False, error=f"{self.chat.platform}: unexpected {type(exc).__name__}")

    async def run(self, stop: asyncio.Event, idle_seconds: float = 5.0) -> None:
        """Drain whenever woken (new alerts) or every `idle_seconds` (retries coming due),
        until `stop` is set; the alert being sent then is finished, not abandoned."""
        refused: str | None = None  # the database's refusal said last, while it lasts
        while not stop.is_set():
            try:
                await self.drain(stop)
            except Exception as exc:  # noqa: BLE001 - one bad batch must not end delivery for good
                if isinstance(exc, StoreError) and exc.refusal:
                    refused = self._say_refused(exc, refused)
                else:
                    log.exception("delivery to %s failed; will retry", self.chat.platform)
            else:
                if refused is not None:
                    log.warning("delivery to %s goes on: the database takes writes again", self.chat.platform)
                    refused = None
            self._wake.clear()
            waiters = [asyncio.ensure_future(self._wake.wait()), asyncio.ensure_future(stop.wait())]
            await asyncio.wait(waiters, timeout=idle_seconds, return_when=asyncio.FIRST_COMPLETED)
            for waiter in waiters:
                waiter.cancel()


def _duration(span: timedelta) -> str:
    seconds = int(span.total_seconds())
    if seconds < 120:
        return f"{seconds} s"
    if seconds < 7200:
        return f"{seconds // 60} min"
    return f"{seconds // 3600} h {seconds % 3600 // 60} min"
