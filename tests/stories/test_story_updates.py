"""Story updates: an article joining an alerted story edits the alert already sent
(through the outbox), never sends a second alert. Pure merge, store, dispatcher and
the pipeline's join point; the real Telegram and Discord clients are in
test_story_updates_chats.py."""

from __future__ import annotations

import asyncio
from dataclasses import replace
from datetime import timedelta

from bot.core.models import Alert, DeliveryResult, Pledge, Subscription
from bot.core.stories.updates import merge_into_alert
from bot.delivery import MAX_ATTEMPTS, OutboxDispatcher
from tests.support.fakes import FakeChat
from tests.support.poll_harness import Harness
from tests.support.seed_feed import FEB_13, seed_item
from tests.support.servers import rss

IRIS = Pledge(donor="DE", category="air_defence", status="pledged", system="IRIS-T SLM", quantity=1)
CAESAR = Pledge(donor="FR", category="artillery", status="delivered", system="CAESAR", quantity=12)


def alert(story_id: int = 1, **changes) -> Alert:
    base = Alert(story_id=story_id, title="Berlin sends IRIS-T", url="https://a.example/1", sources=("AFP",),
                 published=FEB_13, topics=("air_defence",), pledges=(IRIS,), source_urls=("https://a.example/1",))
    return replace(base, **changes)


# -- what counts as new (pure) ------------------------------------------------------------------


def test_another_outlet_is_added_with_its_link():
    grown = merge_into_alert(alert(), "DW", "https://dw.example/2", ())
    assert grown is not None
    assert grown.source_links() == [("AFP", "https://a.example/1"), ("DW", "https://dw.example/2")]
    assert grown.pledges == (IRIS,)


def test_the_same_outlet_again_with_known_pledges_brings_nothing():
    assert merge_into_alert(alert(), "afp", "https://a.example/other", (IRIS, replace(IRIS, quantity=3))) is None


def test_a_new_pledge_from_a_known_outlet_is_added_once():
    grown = merge_into_alert(alert(), "AFP", "https://a.example/3", (CAESAR, CAESAR, IRIS))
    assert grown is not None and grown.pledges == (IRIS, CAESAR) and grown.sources == ("AFP",)


def test_an_alert_stored_before_source_links_keeps_its_first_link():
    old = alert(source_urls=())
    assert old.source_links() == [("AFP", "https://a.example/1")]
    grown = merge_into_alert(old, "DW", "https://dw.example/2", ())
    assert grown.source_urls == ("https://a.example/1", "https://dw.example/2")


# -- the store: who gets an edit ------------------------------------------------------------------


def _queue(store, clock, chats=("1",), platform="fake") -> Alert:
    story = store.create_story("t", "u", clock.now(), None, "{}", ["air_defence"], 3.0)
    first = alert(story)
    for chat in chats:  # subscribed: a chat whose subscription ended gets no edit (OutboxStore.deactivate)
        store.subscribe(platform, chat, [], clock.now())
    store.enqueue(first, [Subscription(platform, c) for c in chats], clock.now())
    return first


def _drain(store, clock, chat):
    return asyncio.run(OutboxDispatcher(store, chat, clock).drain())


def test_an_alert_not_sent_yet_goes_out_complete_and_is_not_edited(store, clock):
    first = _queue(store, clock)
    assert store.update_story_alert(merge_into_alert(first, "DW", "https://dw.example/2", ()), clock.now()) == 0
    chat = FakeChat()
    outcome = _drain(store, clock, chat)
    assert outcome.sent == 1 and outcome.edited == 0
    assert chat.sent[0][1].sources == ("AFP", "DW") and chat.edited == []


def test_a_sent_alert_is_edited_once_per_chat_however_many_updates_came(store, clock):
    first = _queue(store, clock, chats=("1", "2"))
    chat = FakeChat()
    _drain(store, clock, chat)
    # Two articles join the story in one poll (one transaction): one edit per chat.
    second = merge_into_alert(first, "DW", "https://dw.example/2", ())
    third = merge_into_alert(second, "Le Monde", "https://lm.example/3", (CAESAR,))
    with store.transaction():
        store.update_story_alert(second, clock.now())
        store.update_story_alert(third, clock.now())
    outcome = _drain(store, clock, chat)
    assert outcome.edited == 2 and outcome.sent == 0
    assert sorted((c, m) for c, m, _ in chat.edited) == [("1", "m1"), ("2", "m2")]
    assert all(a.sources == ("AFP", "DW", "Le Monde") and a.pledges == (IRIS, CAESAR) for _, _, a in chat.edited)
    assert _drain(store, clock, chat).edited == 0  # done: nothing sent again
    assert len(chat.sent) == 2 and store.outbox_counts() == {"sent": 2}


def test_an_update_arriving_while_its_edit_is_in_flight_is_sent_next(store, clock):
    first = _queue(store, clock)
    chat = FakeChat()
    _drain(store, clock, chat)
    second = merge_into_alert(first, "DW", "https://dw.example/2", ())
    store.update_story_alert(second, clock.now())
    outbox_id = store.due_edits("fake", clock.now())[0].outbox_id
    revision, claimed = store.claim_edit(outbox_id)
    third = merge_into_alert(second, "RFI", "https://rfi.example/3", ())
    store.update_story_alert(third, clock.now())  # meanwhile
    store.edit_done(outbox_id, revision)  # the older edit's success must not close the newer one
    _drain(store, clock, chat)
    assert claimed.sources == ("AFP", "DW")
    assert [a.sources for _, _, a in chat.edited] == [("AFP", "DW", "RFI")]


def test_an_edit_queued_while_the_alert_was_being_sent_never_shows_older_content_than_the_alert(store, clock):
    # The send of the alert is under way when an article joins (an edit is queued for the
    # message being sent); the send times out and the alert waits again; another article
    # joins. The alert goes out with all three sources; the old edit must not follow it
    # and turn the message back into two.
    _queue(store, clock)
    [row] = store.due_outbox("fake", clock.now())
    sending = store.claim_alert(row.id, row.platform, row.chat_id)
    second = merge_into_alert(sending, "DW", "https://dw.example/2", ())
    store.update_story_alert(second, clock.now())
    store.mark_retry(row.id, "timeout", clock.now())
    third = merge_into_alert(second, "RFI", "https://rfi.example/3", ())
    store.update_story_alert(third, clock.now())
    chat = FakeChat()
    for _ in range(2):  # the alert, then any edit of it
        clock.advance(minutes=5)
        _drain(store, clock, chat)
    shown = [a.sources for _, a in chat.sent] + [a.sources for _, _, a in chat.edited]
    assert shown[-1] == ("AFP", "DW", "RFI"), shown


def test_a_digest_or_an_uncertain_alert_is_never_edited(store, clock):
    first = _queue(store, clock, chats=("digest", "lost"))
    items = {i.chat_id: i for i in store.due_outbox("fake", clock.now())}
    store.claim_alert(items["digest"].id, "fake", items["digest"].chat_id)
    store.mark_sent(items["digest"].id, clock.now(), None)  # one message for many stories: no id
    store.claim_alert(items["lost"].id, "fake", items["lost"].chat_id)  # ... and the process dies before the answer
    assert store.update_story_alert(merge_into_alert(first, "DW", "https://dw.example/2", ()), clock.now()) == 1
    assert store.recover_interrupted() == 1
    chat = FakeChat()
    outcome = _drain(store, clock, chat)
    assert chat.edited == [] and chat.sent == [] and outcome.edited == 0
    assert store.edit_counts() == {"failed": 1}
    assert store.outbox_counts() == {"sent": 1, "uncertain": 1}


def test_an_edit_interrupted_by_a_crash_is_made_again_but_the_alert_is_not_resent(store, clock):
    first = _queue(store, clock)
    chat = FakeChat()
    _drain(store, clock, chat)
    store.update_story_alert(merge_into_alert(first, "DW", "https://dw.example/2", ()), clock.now())
    store.claim_edit(store.due_edits("fake", clock.now())[0].outbox_id)  # ... killed here
    assert store.recover_interrupted() == 0  # no alert was in flight
    outcome = _drain(store, clock, chat)
    assert outcome.edited == 1 and outcome.sent == 0 and len(chat.sent) == 1
    assert store.edit_counts() == {"done": 1} and store.stats()["edits_by_state"] == {"done": 1}


# -- the dispatcher: an edit's errors ----------------------------------------------------------------


def _sent_with_update(store, clock, chat):
    first = _queue(store, clock)
    _drain(store, clock, chat)
    store.update_story_alert(merge_into_alert(first, "DW", "https://dw.example/2", ()), clock.now())


def test_a_rate_limited_edit_waits_its_retry_after_without_using_attempts(store, clock):
    chat = FakeChat()
    chat.edit_results["1"] = [DeliveryResult(ok=False, error="429", retry_after=30)] * (MAX_ATTEMPTS + 2)
    _sent_with_update(store, clock, chat)
    for _ in range(MAX_ATTEMPTS + 2):
        assert _drain(store, clock, chat).retried == 1
        assert _drain(store, clock, chat).retried == 0  # not before retry_after
        clock.advance(seconds=31)
    assert _drain(store, clock, chat).edited == 1


def test_a_deleted_message_drops_the_edit_and_keeps_the_subscription(store, clock):
    store.subscribe("fake", "1", (), clock.now())
    chat = FakeChat()
    chat.edit_results["1"] = [DeliveryResult(ok=False, error="message to edit not found", permanent=True)]
    _sent_with_update(store, clock, chat)
    assert _drain(store, clock, chat).failed == 1
    assert store.edit_counts() == {"failed": 1} and [s.chat_id for s in store.subscriptions("fake")] == ["1"]


def test_a_blocked_chat_ends_its_subscription_on_an_edit_too(store, clock):
    store.subscribe("fake", "1", (), clock.now())
    chat = FakeChat()
    chat.edit_results["1"] = [DeliveryResult(ok=False, error="blocked", deactivate=True)]
    _sent_with_update(store, clock, chat)
    assert _drain(store, clock, chat).deactivated == 1
    assert store.subscriptions("fake") == []


def test_an_edit_without_an_answer_is_retried_since_editing_twice_is_harmless(store, clock):
    chat = FakeChat()
    chat.edit_results["1"] = [DeliveryResult(ok=False, error="timeout", uncertain=True)]
    _sent_with_update(store, clock, chat)
    assert _drain(store, clock, chat).retried == 1
    clock.advance(hours=1)
    assert _drain(store, clock, chat).edited == 1


# -- the pipeline's join point ---------------------------------------------------------------------------


def test_a_second_outlet_joining_a_sent_story_edits_the_alert_instead_of_a_new_one(store, clock, feed_server):
    harness = Harness(store, clock, feed_server)
    feed_server.set_feed("/afp.xml", rss([seed_item(0, FEB_13)], lang="fr"))
    feed_server.set_feed("/dw.xml", rss([seed_item(1, FEB_13 + timedelta(hours=15))], lang="fr"))
    afp, dw = harness.feed("/afp.xml", "AFP"), harness.feed("/dw.xml", "DW")
    asyncio.run(harness.poll(afp))
    assert len(harness.chat.sent) == 1 and harness.chat.edited == []
    [result] = asyncio.run(harness.poll(dw))
    assert result.new_stories == 0 and result.updates_queued == 1
    assert len(harness.chat.sent) == 1, "never a second alert"
    [(chat_id, message_id, edited)] = harness.chat.edited
    assert (chat_id, message_id) == ("chat-1", "m1")
    assert edited.source_links() == [("AFP", "https://example.org/seed-0"), ("DW", "https://example.org/seed-1")]
    asyncio.run(harness.poll(dw))  # nothing new: nothing edited again
    assert len(harness.chat.edited) == 1
