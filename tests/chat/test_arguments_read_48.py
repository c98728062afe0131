"""Stop 48: a command given a word it did not read answered as if the word had been obeyed.
"/feeds nato" listed every feed, "/rules 12" every rule, "/status verbose" and "/topics tanks"
their plain answers, "/help zzz" the whole list. Now /rules reads a rule's number or a topic,
/feeds a word of the feeds' names or addresses, and the commands that read no argument say
that the word was not read. Real command table over a real SQLite store; the last test goes
through the real python-telegram-bot against the loopback Bot API stand-in."""

from __future__ import annotations

import pytest

from bot.core.chat.command_list import COMMANDS, COMMANDS_BY_NAME, help_line
from bot.core.chat.i18n import t
from bot.core.chat.topic_names import topic_name
from bot.core.models import Feed
from tests.support.command_harness import ADMIN, USER, run

WORD = "zzqx"


@pytest.mark.parametrize("name", [command.name for command in COMMANDS])
def test_no_command_answers_a_word_it_did_not_read_as_if_it_had_none(table, store, clock, name):
    # Every command, as a bot admin in a subscribed private chat with a feed: the answer to
    # "/NAME WORD" is not the bare command's, unless both are the usage (a command that
    # needs more than one word, /rule_add, refuses either alike).
    store.add_feed(Feed(url="https://wire.example/world.xml", name="Wire"), clock.now())
    run(table, ADMIN, "/subscribe")
    with_word = run(table, ADMIN, f"/{name} {WORD}")
    bare = run(table, ADMIN, f"/{name}")
    usage = t("en", "usage", name=name, args=COMMANDS_BY_NAME[name].args_help).rstrip()
    # /start is the exception: a Telegram deep link's payload comes as its word, which the user never typed
    # (see test_start_with_a_deep_link_payload_is_welcomed_as_bare).
    assert with_word != bare or with_word == usage or name == "start", (name, with_word)


@pytest.mark.parametrize("name", ["status", "topics"])
def test_a_command_that_reads_no_argument_says_so_first_and_answers_as_bare(table, name):
    with_word = run(table, USER, f"/{name} verbose").splitlines()
    assert with_word[0] == t("en", "no_argument", name=name, word="verbose")
    bare = run(table, USER, f"/{name}").splitlines()
    assert with_word[-len(bare):] == bare


def test_topics_given_a_topic_says_how_to_follow_it(table):
    lines = run(table, USER, "/topics air defence").splitlines()
    assert lines[1] == t("en", "topics_to_follow", example="air_defence")


def test_rules_with_a_number_shows_that_rule_alone(table, admin):
    rules = admin.rules()
    wanted = rules[1]
    lines = run(table, USER, f"/rules {wanted.id}").splitlines()
    assert len(lines) == 2 and lines[1].startswith(f"#{wanted.id} {topic_name(wanted.topic, 'en')} (")
    assert run(table, USER, f"/rules #{wanted.id}") == "\n".join(lines)  # as /rules shows ids
    assert run(table, USER, "/rules 999") == t("en", "rule_missing", id=999)


def test_rules_with_a_topic_shows_that_topics_rules(table, admin):
    lines = run(table, USER, "/rules Tanks").splitlines()
    assert lines[0] == t("en", "rules_topic_title", topic="tanks", threshold="2")
    assert [line.split()[1] for line in lines[1:]] == ["tanks"] * sum(r.topic == "tanks" for r in admin.rules())
    # In words, as /subscribe reads a topic, in French too.
    # (the title names the topic in the chat's language since stop 56)
    assert run(table, USER, "/rules défense aérienne").splitlines()[0].startswith("Rules of topic air defence")


def test_rules_with_anything_else_says_what_it_takes(table):
    # (the example a topic's name since stop 56, which /rules reads back)
    assert run(table, USER, "/rules verbose") == t("en", "rules_arg_bad", word="verbose", example="air defence")


def test_feeds_with_a_word_keeps_the_feeds_whose_name_or_address_holds_it(table, store, clock):
    store.add_feed(Feed(url="https://www.nato.int/rss.xml", name="Alliance news"), clock.now())
    store.add_feed(Feed(url="https://wire.example/world.xml", name="NATO watch"), clock.now())
    store.add_feed(Feed(url="https://other.example/rss?key=nato-secret", name="Other"), clock.now())
    lines = run(table, USER, "/feeds Nato").splitlines()
    assert lines[0] == t("en", "feeds_matching", word="Nato", count=2, total=3)
    assert [line.split(None, 1)[1] for line in lines[1::2]] == ["Alliance news", "NATO watch"]
    # A private feed's key is not shown, so it is not matched either: the word would reveal it.
    assert run(table, USER, "/feeds secret") == t("en", "feeds_none_matching", word="secret", total=3)
    assert len(run(table, USER, "/feeds").splitlines()) == 1 + 2 * 3


def test_help_names_the_argument_each_command_takes_or_that_it_takes_none(table):
    assert run(table, USER, "/help status") == help_line(COMMANDS_BY_NAME["status"], "en") + " " + t(
        "en", "help_no_argument")
    assert run(table, USER, "/help rules").startswith("/rules [id|topic] - ")
    assert run(table, USER, "/help feeds").startswith("/feeds [word] - ")
    assert t("en", "help_no_argument") not in run(table, USER, "/help help")


def test_through_telegram_feeds_and_rules_read_their_word(tmp_path, stub):
    from tests.support.telegram_harness import USER as TG_USER, Bot, run as run_bot

    async def go():
        async with Bot(tmp_path, stub) as bot:
            return {line: (await bot.command(TG_USER, line))[-1] for line in ("/status verbose", "/rules 1")}

    seen = run_bot(go())
    assert seen["/status verbose"].startswith(t("en", "no_argument", name="status", word="verbose"))
    assert seen["/rules 1"].splitlines()[1].startswith("#1 ")


def test_start_with_a_deep_link_payload_is_welcomed_as_bare(tmp_path, stub):
    # t.me/<bot>?start=ref-2024_news: Telegram sends "/start ref-2024_news" and shows the user "/start" only,
    # so the answer is the welcome alone, with no note about a word the user never typed (review reread48s, 2).
    from tests.support.telegram_harness import USER as TG_USER, Bot, run as run_bot

    async def go():
        async with Bot(tmp_path, stub) as bot:
            return [(await bot.command(TG_USER, line))[-1] for line in ("/start ref-2024_news", "/start")]

    with_payload, bare = run_bot(go())
    assert with_payload == bare == t("en", "welcome")
