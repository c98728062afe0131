"""What a new user and an admin meet in chat (stop 42), through the real python-telegram-bot
against the loopback Bot API stand-in (tests/support/telegram_stub.py) over a real store.
The command lines are written for these tests; each test failed before its fix."""

from __future__ import annotations

from bot.core.models import Feed, FeedState
from tests.support.telegram_harness import ADMIN, USER, Bot, run, sample_alert


def test_subscribing_to_a_second_topic_keeps_the_first_and_its_waiting_alerts(tmp_path, stub):
    # "/subscribe artillery" in a chat that followed tanks replaced tanks: the chat stopped
    # getting tank alerts, and the tank alert waiting for its digest was ended, unsaid.
    async def go():
        async with Bot(tmp_path, stub) as bot:
            await bot.command(USER, "/subscribe tanks", user_id=USER)
            await bot.command(USER, "/mode digest 20:00", user_id=USER)
            bot.queue(sample_alert(title="Germany sends more Leopard tanks", topics=("tanks",)))
            answer = (await bot.command(USER, "/subscribe artillery", user_id=USER))[-1]
            return answer, bot.store.subscriptions("telegram"), bot.store.outbox_counts()

    answer, subscriptions, outbox = run(go())
    assert answer.startswith("Subscribed to: artillery, tanks.")
    assert [s.topics for s in subscriptions] == [("artillery", "tanks")]
    assert outbox == {"pending": 1}


def test_subscribing_to_topics_after_every_topic_still_keeps_only_those(tmp_path, stub):
    # Kept as it was: a chat that follows everything and names topics follows those.
    async def go():
        async with Bot(tmp_path, stub) as bot:
            await bot.command(USER, "/subscribe", user_id=USER)
            await bot.command(USER, "/subscribe tanks", user_id=USER)
            await bot.command(USER, "/unsubscribe", user_id=USER)
            answer = (await bot.command(USER, "/subscribe drones", user_id=USER))[-1]
            return answer, bot.store.subscriptions("telegram")

    answer, subscriptions = run(go())
    assert answer.startswith("Subscribed to: drones.")  # a chat subscribing again starts afresh
    assert [s.topics for s in subscriptions] == [("drones",)]


def test_a_rule_on_a_word_every_english_sentence_has_is_not_saved_without_force(tmp_path, stub):
    # "the" fired on 7 of the 20 unrelated sample sentences, under the half that warns, so it
    # was saved at once: every English article then scored a point towards relevance.
    async def go():
        async with Bot(tmp_path, stub) as bot:
            rules_before = len(bot.store.list_rules())
            refused = (await bot.command(ADMIN, "/rule_add aid the", user_id=ADMIN))[-1]
            german = (await bot.command(ADMIN, "/rule_add aid der OR die OR das", user_id=ADMIN))[-1]
            kept = len(bot.store.list_rules())
            forced = (await bot.command(ADMIN, "/rule_add aid the --force", user_id=ADMIN))[-1]
            return rules_before, refused, german, kept, forced, len(bot.store.list_rules())

    before, refused, german, kept, forced, after = run(go())
    assert refused == ("Rule not saved: matches almost everything in English: 7 of 7 unrelated English sample "
                       "sentences. Repeat with --force to save it anyway.")
    assert german.startswith("Rule not saved: matches almost everything in German")
    assert kept == before and after == before + 1
    assert "Warning: matches almost everything in English" in forced


def test_status_says_its_poll_times_are_utc(tmp_path, stub):
    # "/status" wrote "last poll 2023-02-14T12:00:00", read as the reader's own time; every
    # other time in chat reads "2023-02-14 12:00 UTC".
    async def go():
        async with Bot(tmp_path, stub) as bot:
            feed_id, _ = bot.store.add_feed(Feed(url="https://a.example/rss", name="Wire"), bot.clock.now())
            bot.store.save_feed_state(feed_id, FeedState(last_polled=bot.clock.now(), last_success=bot.clock.now()))
            english = (await bot.command(USER, "/status", user_id=USER))[-1]
            french = (await bot.command(USER, "/status", user_id=USER, language_code="fr"))[-1]
            return english, french

    english, french = run(go())
    assert "ok Wire: last poll 2023-02-14 12:00 UTC" in english.splitlines()
    assert "ok Wire : dernière interrogation 2023-02-14 12:00 UTC" in french.splitlines()


def test_the_audit_names_the_rule_an_undo_changed_and_what_it_did(tmp_path, stub):
    # "/audit" showed "rule.undo 6: aid: Leopard AND @ukraine": 6 was the audit entry undone,
    # read as rule 6, and the line read as the rule's adding, not its removal.
    async def go():
        async with Bot(tmp_path, stub) as bot:
            added = (await bot.command(ADMIN, "/rule_add aid Leopard AND @ukraine", user_id=ADMIN))[-1]
            await bot.command(ADMIN, "/rule_del 1", user_id=ADMIN)
            await bot.command(ADMIN, "/rule_undo", user_id=ADMIN)  # puts rule 1 back
            await bot.command(ADMIN, "/rule_undo", user_id=ADMIN)  # removes the rule added
            return added, (await bot.command(ADMIN, "/audit 2", user_id=ADMIN))[-1]

    added, audit = run(go())
    rule_id = added.split()[1]  # "Rule 108 added."
    removed_again, put_back = audit.splitlines()[1:]
    assert removed_again.endswith(f" · rule.undo {rule_id}: aid: Leopard AND @\u2060ukraine -> (none)")
    assert " · rule.undo 1: (none) -> " in put_back


def test_a_digest_time_not_understood_is_named_in_the_reply(tmp_path, stub):
    # "/mode digest 25:00" got the usage alone, as if "digest" had been misspelt.
    async def go():
        async with Bot(tmp_path, stub) as bot:
            await bot.command(USER, "/subscribe", user_id=USER)
            english = (await bot.command(USER, "/mode digest 25:00", user_id=USER))[-1]
            german = (await bot.command(USER + 1, "/mode digest 9.75", user_id=USER + 1, language_code="de"))[-1]
            return english, german, bot.store.subscriptions("telegram")

    english, german, subscriptions = run(go())
    assert english.splitlines() == ["'25:00' is not a time of day in UTC (00:00 to 23:59).",
                                    "Choose /mode instant or /mode digest [time] (UTC, e.g. 08:00, 8h or 8 pm)."]
    assert german.splitlines()[0] == "'9.75' ist keine Uhrzeit in UTC (00:00 bis 23:59)."
    assert [s.mode for s in subscriptions] == ["instant"]


def test_removing_the_last_rule_of_a_topic_chats_follow_says_so(tmp_path, stub):
    # The admin was told "Rule 60 removed." and nothing else, while the chats following that
    # topic by name stopped getting its alerts (one following only it, any alert at all).
    async def go():
        async with Bot(tmp_path, stub) as bot:
            training = [rule.id for rule in bot.store.list_rules() if rule.topic == "training"]
            await bot.command(USER, "/subscribe training", user_id=USER)
            first = (await bot.command(ADMIN, f"/rule_del {training[0]}", user_id=ADMIN))[-1]
            last = (await bot.command(ADMIN, f"/rule_del {training[-1]}", user_id=ADMIN))[-1]
            return training, first, last

    training, first, last = run(go())
    assert len(training) == 2
    assert first == f"Rule {training[0]} removed."
    assert last.splitlines() == [
        f"Rule {training[-1]} removed.",
        "Warning: no rule has topic training any more, and 1 chat(s) follow it by name: they get no alerts of it "
        "until a rule has it again (undo puts this one back)"]
