"""The chat command table, run against a real SQLite store and the real RuleAdmin."""

from __future__ import annotations

import re
import string
from dataclasses import replace
from pathlib import Path

import pytest

from bot.core.chat.command_list import COMMANDS, args_help, help_text, parse_command_line
from bot.core.chat.commands import CommandTable
from bot.core.chat.i18n import MESSAGES
from bot.core.chat.pledge_replies import pledge_segments
from bot.core.chat.replies import MAX_REPLY, truncate
from bot.core.chat.subscription_commands import known_topics
from bot.core.models import Feed, FeedState, Pledge, Rule
from bot.rule_admin import RuleAdmin
from bot.store_chat_services import StoreChatServices
from tests.conftest import seed_texts
from tests.support.command_harness import (
    ADMIN,
    GROUP_ADMIN,
    MEMBER,
    RULES_TOML,
    USER,
    add_story_with_pledges,
    run,
    snapshot,
)

ADMIN_COMMANDS = [c.name for c in COMMANDS if c.admin]

# -- parsing a command line -------------------------------------------------------


def test_parse_command_line():
    assert parse_command_line("/rules") == ("rules", "")
    assert parse_command_line("  /Rules@MyBot   a  b \n") == ("rules", "a  b")
    assert parse_command_line("/rules@mybot x", "mybot") == ("rules", "x")
    assert parse_command_line("/rules@MYBOT", "@mybot") == ("rules", "")
    assert parse_command_line("/search line1\nline2") == ("search", "line1\nline2")
    # Longer than Telegram's 32 characters: still a command, answered "Unknown command".
    assert parse_command_line("/" + "a" * 40) == ("a" * 40, "")
    assert parse_command_line("/Règles 3") == ("règles", "3")  # in French: answered "Unknown command" too


@pytest.mark.parametrize("text", ["rules", "", "/", "/ rules", "/rules-x", "hello /rules", "//rules",
                                  "/rules@"])
def test_non_commands_are_none(text):
    assert parse_command_line(text) is None


def test_command_for_another_bot_is_ignored():
    assert parse_command_line("/rules@otherbot", "mybot") is None
    assert parse_command_line("/subscribe@otherbot tanks", "mybot") is None


def test_parse_caps_input():
    parsed = parse_command_line("/search " + "x" * 10_000)
    assert parsed is not None and len(parsed[1]) < 4096


# -- help --------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["en", "fr", "de"])
def test_help_lists_every_command_with_its_arguments(table, lang):
    text = help_text(lang)
    for command in COMMANDS:
        assert f"/{command.name} {args_help(command, lang)}".rstrip() in text
    assert run(table, replace(USER, lang=lang), "/help") == text


def test_every_command_has_both_helps_and_a_handler(table):
    for command in COMMANDS:
        assert command.help_en and command.help_fr and command.help_de and re.fullmatch("[a-z_]+", command.name)
    assert {c.name for c in COMMANDS} >= {
        "start", "help", "lang", "subscribe", "unsubscribe", "topics", "latest", "search", "pledges", "status",
        "mode", "rules", "rule_add", "rule_edit", "rule_del", "rule_undo", "rule_test", "feeds", "feed_add",
        "feed_del"}


@pytest.mark.parametrize("lang", ["fr", "de"])
def test_messages_exist_in_every_language_with_the_same_placeholders(lang):
    assert set(MESSAGES) == {"en", "fr", "de"}
    assert MESSAGES["en"].keys() == MESSAGES[lang].keys()
    fields = lambda s: {f[1] for f in string.Formatter().parse(s) if f[1]}  # noqa: E731
    for key, text in MESSAGES["en"].items():
        assert fields(text) == fields(MESSAGES[lang][key]), key


def test_start_and_unknown_command(table):
    assert "/subscribe" in run(table, USER, "/start")
    assert "/help" in run(table, USER, "/nosuchthing")


# -- subscriptions ----------------------------------------------------------------------------


def test_known_topics_exclude_traps_and_disabled_rules():
    rules = [Rule("tanks", "tank"), Rule("trap", '"think tank"', -3), Rule("old", "x", enabled=False)]
    assert known_topics(rules) == ["tanks"]


def test_shipped_rules_give_topics(store, clock):
    shipped = Path(__file__).resolve().parents[2] / "config" / "rules.toml"
    text = shipped.read_text(encoding="utf-8") if shipped.exists() else RULES_TOML
    RuleAdmin(store, clock).import_if_empty(text)
    topics = known_topics(store.list_rules())
    assert topics and "trap" not in topics


def test_subscribe_all_then_topics(table, store):
    assert "every topic" in run(table, USER, "/subscribe")
    [sub] = store.subscriptions()
    assert (sub.chat_id, sub.topics, sub.active) == ("c1", (), True)
    assert "tanks" in run(table, USER, "/subscribe tanks air_defence")
    assert store.subscriptions()[0].topics == ("air_defence", "tanks")
    assert "air defence, tanks" in run(table, USER, "/topics")


def test_subscribe_unknown_topic_lists_valid_ones(table, store):
    text = run(table, USER, "/subscribe tanks bananas")
    assert "bananas" in text and "air defence, NATO meeting, tanks" in text and "trap" not in text
    assert store.subscriptions() == []


def test_subscribe_trap_topic_is_refused(table, store):
    assert "trap" in run(table, USER, "/subscribe trap")
    assert store.subscriptions() == []


def test_subscribe_without_rules_says_so(store, clock):
    admin = RuleAdmin(store, clock)
    table = CommandTable(StoreChatServices(store, admin), clock, admin.entities)
    assert "no rules" in run(table, USER, "/subscribe").lower()
    assert store.subscriptions() == []


def test_unsubscribe_all_and_by_topic(table, store):
    assert "not subscribed" in run(table, USER, "/unsubscribe")
    run(table, USER, "/subscribe")
    text = run(table, USER, "/unsubscribe tanks")
    # Every topic but tanks since stop 43 (the list of the others before, which froze it).
    assert text.startswith("Subscribed to every topic except tanks")
    assert (store.subscriptions()[0].topics, store.subscriptions()[0].excluded) == ((), ("tanks",))
    run(table, USER, "/unsubscribe air_defence nato_meeting")
    assert store.subscriptions() == []
    run(table, USER, "/subscribe tanks")
    assert "Unsubscribed" in run(table, USER, "/unsubscribe")
    assert store.subscriptions() == []


def test_unsubscribe_unknown_topic_changes_nothing(table, store):
    run(table, USER, "/subscribe tanks")
    assert "Valid topics" in run(table, USER, "/unsubscribe zzz")
    assert store.subscriptions()[0].topics == ("tanks",)


def test_group_member_may_not_change_the_chat(table, store):
    for line in ("/subscribe", "/unsubscribe", "/mode digest", "/lang fr"):
        text = run(table, MEMBER, line)
        assert "administrator of this chat" in text
    assert store.subscriptions(active_only=False) == []
    assert "every topic" in run(table, GROUP_ADMIN, "/subscribe")
    assert "administrator of this chat" in run(table, MEMBER, "/unsubscribe")
    assert store.subscriptions()[0].active
    # reading is open to every member
    assert "follows every topic" in run(table, MEMBER, "/topics")


def test_mode_digest_and_instant(table, store):
    assert "not subscribed" in run(table, USER, "/mode digest")
    run(table, USER, "/subscribe")
    assert "07:30" in run(table, USER, "/mode digest 7:30")
    row = next(store.db.query("SELECT mode, digest_time FROM subscriptions"))
    assert row == {"mode": "digest", "digest_time": "07:30"}
    assert "daily digest at 07:30" in run(table, USER, "/topics")
    assert "08:00" in run(table, USER, "/mode digest")
    run(table, USER, "/mode instant")
    assert next(store.db.query("SELECT mode, digest_time FROM subscriptions")) == {"mode": "instant", "digest_time": None}


@pytest.mark.parametrize("args", ["", "weekly", "digest 25:00", "digest 7x", "instant 08:00", "digest 08:00 x",
                                  "digest 08:60"])
def test_mode_bad_args(table, store, args):
    run(table, USER, "/subscribe")
    assert "/mode instant" in run(table, USER, f"/mode {args}")
    assert next(store.db.query("SELECT mode FROM subscriptions"))["mode"] == "instant"


# -- language -------------------------------------------------------------------------------


def test_lang_switches_replies_to_french_and_back(table, store):
    assert "Language of this chat: en" in run(table, USER, "/lang")
    assert "français" in run(table, USER, "/lang fr")
    assert "Commandes" in run(table, USER, "/help")
    assert "Abonné à tous les thèmes" in run(table, USER, "/subscribe")
    assert store.subscriptions()[0].lang == "fr"
    assert "Seuls les administrateurs" in run(table, USER, "/rule_del 1")
    assert "English" in run(table, USER, "/lang EN")


def test_lang_before_subscribing_keeps_chat_unsubscribed(table, store):
    run(table, USER, "/lang fr")
    assert store.subscriptions() == []
    assert "pas abonnée" in run(table, USER, "/topics")


def test_platform_language_is_used_until_the_chat_chooses(table):
    assert "Commandes" in run(table, replace(USER, lang="fr"), "/help")
    assert "Befehle" in run(table, replace(USER, lang="de"), "/help")
    assert "Commands" in run(table, replace(USER, lang="es"), "/help")


@pytest.mark.parametrize("args", ["es", "español", "fr en", "<b>fr</b>", "de-x"])
def test_lang_bad_args(table, store, args):
    assert "Choose en, fr or de" in run(table, USER, f"/lang {args}")
    assert store.subscriptions(active_only=False) == []


# -- news ------------------------------------------------------------------------------------


def test_latest_and_search(table, store, clock):
    assert "No stories" in run(table, USER, "/latest")
    add_story_with_pledges(store, clock, [])
    reply = table.handle(USER, "latest", "3")
    # The title links to the article (no raw URL), and the outlets are counted and named.
    assert ("L'Otan veut accélérer ses livraisons d'armes", "https://news.example/a1") in reply.segments
    assert "https://" not in reply.text and reply.text.endswith(" · 1 outlet (Wire FR)")
    assert reply.text == "".join(text for text, _ in reply.segments)
    found = run(table, USER, "/search Stoltenberg")
    assert "https://news.example/a1" in found
    assert "Nothing found" in run(table, USER, "/search zeppelin")
    # FTS syntax in user input is only words
    assert "Nothing found" in run(table, USER, '/search "NEAR(a b)" OR *')


@pytest.mark.parametrize("args", ["0", "21", "-1", "abc", "5 6", "١٢", "99999999999999999999"])
def test_latest_bad_args(table, args):
    assert "from 1 to 20" in run(table, USER, f"/latest {args}")


@pytest.mark.parametrize("args", ["", "   ", "*** ---", "_"])
def test_search_needs_words(table, args):
    assert "Give some words" in table.handle(USER, "search", args).text


# -- pledges ----------------------------------------------------------------------------------


@pytest.fixture
def pledged(store, clock):
    add_story_with_pledges(store, clock, [
        (1, Pledge("DE", "air_defence", "pledged", item="Gepard", system="Gepard", quantity=300)),
        (2, Pledge("FR", "air_defence", "delivered", item="SAMP/T", system="SAMP/T")),
        (3, Pledge("US", "tanks", "pledged", item="Abrams", system="Abrams", quantity=31)),
        (200, Pledge("DE", "tanks", "delivered", item="Leopard 2", system="Leopard 2", quantity=14)),
    ])


def test_pledges_lists_newest_first(table, pledged):
    lines = run(table, USER, "/pledges").splitlines()
    assert lines[0] == "Pledges (4), newest first:"
    assert lines[1] == "2023-02-13 · Germany — Gepard air defence ×300 — pledged · Wire FR"
    assert lines[4].startswith("2022-07-29 · Germany — Leopard 2 tanks ×14 — delivered")
    # The outlet is the link text; the URL is not shown raw.
    assert ("Wire FR", "https://news.example/a1") in table.handle(USER, "pledges", "").segments


def test_pledges_in_french_use_french_words(table, pledged):
    run(table, USER, "/lang fr")
    lines = run(table, USER, "/pledges").splitlines()
    assert lines[1] == "2023-02-13 · Allemagne — défense aérienne Gepard ×300 — promis · Wire FR"
    assert "France — défense aérienne SAMP/T — livré" in lines[2]


@pytest.mark.parametrize("args, donors", [
    ("germany", ["Germany", "Germany"]),
    ("allemagne 30d", ["Germany"]),
    ("DE air_defence", ["Germany"]),
    ("air-defense", ["Germany", "France"]),
    ("tanks", ["United States", "Germany"]),
    ('"leopard 2"', ["Germany"]),
    ("leopard 2", ["Germany"]),
    ("12w patriot", []),
    ("6m etats-unis", ["United States"]),
])
def test_pledges_filters(table, pledged, args, donors):
    text = run(table, USER, f"/pledges {args}")
    found = [line.split(" · ")[1].split(" — ")[0] for line in text.splitlines()[1:]]
    assert found == donors or (not donors and "No pledges" in text)


def test_pledges_summary(table, pledged):
    text = run(table, USER, "/pledges summary 30d")
    assert "over the last 30 days: 3 in total" in text
    assert "Germany: 1 pledge(s), 300 unit(s) counted" in text
    assert "air defence: 2 pledge(s), 300 unit(s)" in text
    assert "4 in total" in run(table, USER, "/pledges summary")


def test_pledges_cut_at_fifteen_lines(table, store, clock):
    add_story_with_pledges(store, clock, [
        (0, Pledge(code, "ammunition", "pledged", item="shells")) for code in
        ["DE", "FR", "US", "GB", "PL", "NL", "BE", "IT", "ES", "SE", "NO", "DK", "FI", "CA", "AU", "JP", "CZ"]
    ])
    lines = run(table, USER, "/pledges").splitlines()
    assert len(lines) == 17 and "2 more" in lines[-1]


@pytest.mark.parametrize("args, word", [("atlantis", "atlantis"), ("germany 10x", "10x"),
                                        ("<b>DE</b>", "<b>DE</b>")])
def test_pledges_bad_filter_says_what_is_accepted(table, pledged, args, word):
    text = run(table, USER, f"/pledges {args}")
    assert repr(word) in text and "air defence" in text and "30d" in text


def test_pledges_period_of_no_days_is_out_of_range(table, pledged):
    # "0d" is a period, of no days: answered as such (tests/chat/test_findings_36.py), not "not understood"
    assert "Period '0d' is out of range" in run(table, USER, "/pledges 0d")
    assert "Period '99999d' is out of range" in run(table, USER, "/pledges 99999d")


def test_pledges_same_filter_twice(table, pledged):
    assert "Only one donor filter" in run(table, USER, "/pledges germany france")
    assert "Only one period filter" in run(table, USER, "/pledges 6m 3w")


def test_pledge_line_without_quantity_or_source():
    row = {"reported_at": "2023-02-14T00:00:00+00:00", "donor": "FR", "category": "artillery", "status": "pledged",
           "system": "", "item": "", "quantity": None, "sources": []}
    assert pledge_segments(row) == [("2023-02-14 · France — artillery — pledged", "")]
    assert pledge_segments(row, "fr") == [("2023-02-14 · France — artillerie — promis", "")]


# -- status ------------------------------------------------------------------------------------


def test_status_reports_feeds_and_outbox(table, store, clock):
    ok_id, _ = store.add_feed(Feed(url="https://a.example/rss", name="Good"), clock.now())
    bad_id, _ = store.add_feed(Feed(url="https://b.example/rss", name="Broken"), clock.now())
    store.add_feed(Feed(url="https://c.example/rss", name="New"), clock.now())
    store.save_feed_state(ok_id, FeedState(last_polled=clock.now(), last_success=clock.now()))
    store.save_feed_state(bad_id, FeedState(last_polled=clock.now(), failures=3, last_error="HTTP 503"))
    text = run(table, MEMBER, "/status")
    assert "1 healthy, 1 failing, 1 not polled yet" in text
    assert "FAILING (3x) Broken" in text and "HTTP 503" in text and "last poll 2023-02-14 12:00 UTC" in text
    assert "waiting to be sent: 0" in text


# -- rules ----------------------------------------------------------------------------------------


def test_rules_listing_is_open_to_everyone(table):
    text = run(table, MEMBER, "/rules")
    # (the topic by its name since stop 56: "trap" is the look-alikes' code)
    assert "threshold 2" in text and '#4 look-alikes (-3): "think tank"' in text


def test_rule_add_edit_delete_undo(table, store):
    text = run(table, ADMIN, "/rule_add drones drone* AND @ukraine --new-topic")
    assert "Rule 5 added" in text
    rule = store.get_rule(5)
    assert (rule.topic, rule.expression) == ("drones", "drone* AND @ukraine")
    assert "drones" in run(table, USER, "/topics")
    assert "Rule 5 changed" in run(table, ADMIN, "/rule_edit 5 Shahed OR drone*")
    assert store.get_rule(5).expression == "Shahed OR drone*"
    assert "Rule 5 removed" in run(table, ADMIN, "/rule_del 5")
    assert store.get_rule(5) is None
    assert "Undone" in run(table, ADMIN, "/rule_undo")
    assert store.get_rule(5).expression == "Shahed OR drone*"
    assert store.audit_log(limit=1)[0]["actor"] == "console:boss"


def test_rule_warnings_are_shown(table):
    text = run(table, ADMIN, "/rule_add misc le OR the OR der OR la OR die --force --new-topic")
    assert "Rule 5 added" in text and "Warning: matches almost everything" in text


@pytest.mark.parametrize("line, expect", [
    ("/rule_add tanks tank top", "position"),
    ("/rule_add tanks (tank", "expected"),
    ("/rule_add Bad-Topic tank", "Unknown topic 'Bad-Topic'"),  # (no topic's code or name: stop 55)
    ("/rule_add tanks", "Usage: /rule_add"),
    ("/rule_add", "Usage: /rule_add"),
    ("/rule_edit 1", "Usage: /rule_edit"),
    ("/rule_edit x tank", "not a rule id"),
    ("/rule_edit 99 tank", "No rule with id 99 (see /rules)"),
    ("/rule_edit 1 tank AND", "Invalid rule"),
    ("/rule_del", "Usage: /rule_del"),
    ("/rule_del 1 2", "Usage: /rule_del"),
    ("/rule_del -1", "not a rule id"),
    ("/rule_del 99999999999999999999", "not a rule id"),
    ("/rule_del 42", "No rule with id 42 (see /rules)"),
    ("/rule_undo now", "Usage: /rule_undo"),
    ("/rule_undo", "imported a whole rules file"),
    ("/rule_test", "Usage: /rule_test"),
    # The rule to try left out: "--stored" itself was analysed as a text ("no rule fired").
    ("/rule_test --stored", "empty expression"),
    ("/rule_test \u2014stored ", "empty expression"),
])
def test_rule_commands_bad_args_change_nothing(table, store, line, expect):
    before = snapshot(store)
    assert expect in run(table, ADMIN, line)
    assert snapshot(store) == before


def test_rule_error_shows_position_and_fragment(table):
    text = run(table, ADMIN, "/rule_add tanks tank top")
    assert re.search(r"position 5 \(near 'top'\)", text), text


def test_rule_error_in_french(table, store):
    run(table, ADMIN, "/lang fr")
    text = run(table, ADMIN, "/rule_add tanks tank top")
    assert text.startswith("Règle invalide à la position 5")


def test_rule_test_explains(table):
    text = run(table, ADMIN, "/rule_test " + seed_texts()[0][:1500])
    assert "nato_meeting" in text


# -- feeds --------------------------------------------------------------------------------------------


def test_feeds_add_list_delete(table, store):
    assert "No feeds" in run(table, USER, "/feeds")
    assert "Feed 1 added" in run(table, ADMIN, "/feed_add https://news.example/rss  Wire   FR ")
    assert store.list_feeds()[0].name == "Wire FR"
    assert "already watched, as \u201cWire FR\u201d" in run(table, ADMIN, "/feed_add https://news.example/rss")
    assert "#1 Wire FR" in run(table, USER, "/feeds")
    assert "Feed 1 removed" in run(table, ADMIN, "/feed_del 1")
    assert store.list_feeds() == []
    assert "No feed with id 1" in run(table, ADMIN, "/feed_del 1")


@pytest.mark.parametrize("line, expect", [
    ("/feed_add", "Usage: /feed_add"),
    ("/feed_add file:///etc/passwd", "not an http"),
    ("/feed_add ftp://x.example/rss", "not an http"),
    ("/feed_add news.example/rss", "Send /feed_add https://news.example/rss"),
    ("/feed_add javascript:alert(1)", "not an http"),
    ("/feed_del", "Usage: /feed_del"),
    ("/feed_del abc", "not a feed id"),
    ("/feed_del https://news.example/rss", "not a feed id"),
    ("/feed_del 7", "No feed with id 7"),
])
def test_feed_commands_bad_args_change_nothing(table, store, clock, line, expect):
    store.add_feed(Feed(url="https://news.example/rss", name="Wire"), clock.now())
    before = snapshot(store)
    assert expect in run(table, ADMIN, line)
    assert snapshot(store) == before


# -- admin refusals ---------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ADMIN_COMMANDS)
@pytest.mark.parametrize("ctx", [USER, MEMBER, GROUP_ADMIN])
def test_non_admin_is_refused_and_nothing_changes(table, store, clock, name, ctx):
    store.add_feed(Feed(url="https://news.example/rss", name="Wire"), clock.now())
    args = {"rule_add": "tanks tank", "rule_edit": "1 tank", "rule_del": "1", "rule_test": "tank",
            "feed_add": "https://other.example/rss", "feed_del": "1"}.get(name, "")
    before = snapshot(store)
    text = table.handle(ctx, name, args).text
    assert "Only the bot's administrators" in text
    assert snapshot(store) == before


def test_admin_commands_cover_rules_and_feeds_changes():
    assert set(ADMIN_COMMANDS) == {"rule_add", "rule_edit", "rule_del", "rule_undo", "rule_test", "feed_add",
                                   "feed_del", "audit"}


# -- robustness --------------------------------------------------------------------------------------


def test_long_replies_are_whole_for_the_adapters_to_page(table, store, clock):
    # 60 feeds make a reply longer than any one chat message: it is not cut here (the
    # adapters show it a page at a time), so the last feed is in it.
    for n in range(60):
        store.add_feed(Feed(url=f"https://n{n}.example/rss", name="x" * 90), clock.now())
    text = run(table, USER, "/feeds")
    assert len(text) > 4096 and "https://n59.example/rss" in text and "reply cut" not in text


def test_a_reply_past_the_whole_reply_cap_is_cut_with_a_note():
    text = "\n".join(f"line {n} " + "y" * 80 for n in range(2000))
    cut = truncate(text, "en")
    assert len(text) > MAX_REPLY >= len(cut) and "reply cut" in cut and cut.startswith("line 0 ")


def test_store_failure_becomes_a_reply(table, store):
    store.close()
    reply = table.handle(USER, "rules", "")
    assert reply.text and len(reply.text) <= MAX_REPLY


def test_chat_rule_matching_everything_needs_force(table, store):
    before = snapshot(store)
    reply = run(table, ADMIN, "/rule_add tanks the OR a OR le OR la OR der OR die")
    assert "not saved" in reply and "--force" in reply
    assert snapshot(store) == before
    run(table, ADMIN, "/rule_add tanks the OR a OR le OR la OR der OR die --force")
    assert len(store.list_rules()) == len(before[0]) + 1
