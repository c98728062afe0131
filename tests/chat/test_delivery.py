"""The outbox dispatcher: per-chat outcomes, retries, rate-limit deferrals, shutdown."""

from __future__ import annotations

import asyncio

from bot.core.models import Alert, DeliveryResult, Subscription
from bot.delivery import MAX_ATTEMPTS, OutboxDispatcher
from tests.support.fakes import FakeChat


def queue(store, clock, chats=("1",), platform="fake") -> int:
    story = store.create_story("t", "u", clock.now(), None, "{}", ["tanks"], 3.0)
    alert = Alert(story_id=story, title="t", url="u", sources=("A",), published=None, topics=("tanks",))
    return store.enqueue(alert, [Subscription(platform, c) for c in chats], clock.now())


class RaisingChat(FakeChat):
    async def send(self, chat_id, alert):
        raise RuntimeError("adapter bug")


def test_an_adapter_that_raises_leaves_the_alert_pending_not_stuck(store, clock):
    queue(store, clock)
    asyncio.run(OutboxDispatcher(store, RaisingChat(), clock).drain())
    assert store.outbox_counts() == {"pending": 1}
    clock.advance(hours=1)
    chat = FakeChat()
    asyncio.run(OutboxDispatcher(store, chat, clock).drain())
    assert len(chat.sent) == 1 and store.outbox_counts() == {"sent": 1}


def test_rate_limit_deferrals_do_not_use_up_attempts(store, clock):
    queue(store, clock)
    chat = FakeChat()
    chat.results["1"] = [DeliveryResult(ok=False, error="429", retry_after=1)] * (MAX_ATTEMPTS + 3)
    dispatcher = OutboxDispatcher(store, chat, clock)
    for _ in range(MAX_ATTEMPTS + 3):
        asyncio.run(dispatcher.drain())
        clock.advance(seconds=2)
    asyncio.run(dispatcher.drain())
    assert store.outbox_counts() == {"sent": 1}


def test_transient_errors_give_up_after_max_attempts(store, clock):
    queue(store, clock)
    chat = FakeChat()
    chat.results["1"] = [DeliveryResult(ok=False, error="boom")] * (MAX_ATTEMPTS + 1)
    dispatcher = OutboxDispatcher(store, chat, clock)
    for _ in range(MAX_ATTEMPTS + 1):
        asyncio.run(dispatcher.drain())
        clock.advance(hours=2)
    assert store.outbox_counts() == {"failed": 1}


def test_stop_is_honoured_between_alerts_never_mid_send(store, clock):
    queue(store, clock, chats=("1", "2", "3"))
    stop = asyncio.Event()

    class StoppingChat(FakeChat):
        async def send(self, chat_id, alert):
            stop.set()  # shutdown requested while this alert is being sent
            return await super().send(chat_id, alert)

    chat = StoppingChat()
    asyncio.run(OutboxDispatcher(store, chat, clock).drain(stop))
    assert len(chat.sent) == 1
    assert store.outbox_counts() == {"sent": 1, "pending": 2}


def test_chat_migration_merges_with_an_existing_subscription(store, clock):
    store.subscribe("telegram", "-1", ["tanks"], clock.now())
    store.subscribe("telegram", "-1002", ["air_defence"], clock.now())
    queue(store, clock, chats=("-1", "-1002"), platform="telegram")
    store.migrate_chat("telegram", "-1", "-1002", clock.now())
    assert [(s.chat_id, s.topics) for s in store.subscriptions("telegram")] == [("-1002", ("air_defence",))]
    assert [i.chat_id for i in store.due_outbox("telegram", clock.now())] == ["-1002"]


class DigestChat(FakeChat):
    def __init__(self):
        super().__init__()
        self.digests: list[tuple[str, tuple[str, ...]]] = []

    async def send_digest(self, chat_id, digest):
        self.digests.append((chat_id, tuple(a.title for a in digest.alerts)))
        return DeliveryResult(ok=True)


def _queue_titled(store, clock, titles, subs):
    for title in titles:
        story = store.create_story(title, "u", clock.now(), None, "{}", ["tanks"], 3.0)
        store.enqueue(Alert(story, title, "u", ("A",), None, ("tanks",)), subs, clock.now())


def test_digest_chat_gets_one_message_at_its_time_and_instant_chats_at_once(store, clock):
    from bot.rule_admin import RuleAdmin
    from bot.store_chat_services import StoreChatServices

    store.subscribe("fake", "digest", (), clock.now())
    store.subscribe("fake", "instant", (), clock.now())
    StoreChatServices(store, RuleAdmin(store, clock)).set_mode("fake", "digest", "digest", "18:30", clock.now())
    _queue_titled(store, clock, ["one", "two"], store.subscriptions("fake"))
    chat = DigestChat()
    dispatcher = OutboxDispatcher(store, chat, clock)
    asyncio.run(dispatcher.drain())  # 12:00: only the instant chat
    assert sorted(c for c, _ in chat.sent) == ["instant", "instant"] and chat.digests == []
    clock.advance(hours=6, minutes=29)
    asyncio.run(dispatcher.drain())
    assert chat.digests == []
    clock.advance(minutes=1)  # 18:30
    asyncio.run(dispatcher.drain())
    assert chat.digests == [("digest", ("one", "two"))]
    assert store.outbox_counts() == {"sent": 4}


def test_switching_back_to_instant_releases_waiting_alerts(store, clock):
    from bot.rule_admin import RuleAdmin
    from bot.store_chat_services import StoreChatServices

    services = StoreChatServices(store, RuleAdmin(store, clock))
    store.subscribe("fake", "c", (), clock.now())
    services.set_mode("fake", "c", "digest", "07:00", clock.now())
    _queue_titled(store, clock, ["a"], store.subscriptions("fake"))
    assert store.due_outbox("fake", clock.now()) == []
    services.set_mode("fake", "c", "instant", None, clock.now())
    chat = DigestChat()
    asyncio.run(OutboxDispatcher(store, chat, clock).drain())
    assert [t.title for _, t in chat.sent] == ["a"]


def test_next_digest_time_is_strictly_after_now():
    from datetime import datetime, timezone

    from bot.core.chat.digest import next_digest_at

    now = datetime(2023, 2, 14, 8, 0, tzinfo=timezone.utc)
    assert next_digest_at(now, "08:00") == datetime(2023, 2, 15, 8, 0, tzinfo=timezone.utc)
    assert next_digest_at(now, "08:01") == datetime(2023, 2, 14, 8, 1, tzinfo=timezone.utc)
    assert next_digest_at(now, None).hour == 8
