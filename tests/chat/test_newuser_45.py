"""What a new user and an admin meet on Telegram (stop 45), through the real
python-telegram-bot against the loopback Bot API stand-in (tests/support/telegram_stub.py)
over a real store with the shipped rules. Each test failed before its fix."""

from __future__ import annotations

from bot.core.chat.command_list import COMMANDS
from tests.support.telegram_harness import ADMIN, GROUP, USER, Bot, run

ADMIN_ONLY = {c.name for c in COMMANDS if c.admin}
# /lang and /mode sent bare show the chat's setting to anyone (stop 46): offered to members too.
MANAGERS_ONLY = {c.name for c in COMMANDS if c.manage and not c.shows_bare}
EVERY = [c.name for c in COMMANDS]


def _names(stub, scope: str, lang: str = "") -> list[str]:
    return [command["command"] for command in stub.menus[(scope, lang)]]


def test_menus_offer_each_reader_only_what_they_can_run_in_their_language(tmp_path, stub):
    # One menu for everyone offered /rule_add, /feed_add, /audit... to every user, who was then
    # refused them; and /subscribe to a group's members, whom a group refuses it too.
    async def go():
        async with Bot(tmp_path, stub):
            pass

    run(go())
    for lang in ("", "fr", "de"):
        private = _names(stub, "default", lang)
        members = _names(stub, "all_group_chats", lang)
        group_admins = _names(stub, "all_chat_administrators", lang)
        assert private == [name for name in EVERY if name not in ADMIN_ONLY]
        assert members == [name for name in private if name not in MANAGERS_ONLY]
        assert group_admins == private
        assert "subscribe" in private and "subscribe" not in members and "status" in members
    assert stub.menus[("all_group_chats", "de")][0]["description"] == "Vorstellung"
    assert stub.menus[("all_group_chats", "fr")][0]["description"] == "présentation"


def test_an_admin_gets_the_admin_menu_in_their_private_chat_at_their_first_command(tmp_path, stub):
    # Telegram refuses a chat's menu until its user has started the bot: the start must not
    # fail on it, and the admin's menu comes with their first command.
    async def go():
        async with Bot(tmp_path, stub) as bot:
            refused_at_start = (f"chat:{ADMIN}", "") not in stub.menus
            await bot.command(USER, "/help")
            await bot.command(ADMIN, "/help", language_code="de")
            await stub.until(lambda: (f"chat:{ADMIN}", "de") in stub.menus)
            return refused_at_start

    assert run(go())
    for lang in ("", "fr", "de"):
        assert _names(stub, f"chat:{ADMIN}", lang) == EVERY
    assert (f"chat:{USER}", "") not in stub.menus  # a plain user keeps the shared menu


def test_a_group_listed_among_the_admins_gets_no_admin_menu(tmp_path, stub):
    async def go():
        async with Bot(tmp_path, stub, admins=(ADMIN, GROUP)) as bot:
            await bot.command(GROUP, "/help", user_id=USER)

    run(go())
    assert not [call for call in stub.calls_to("setMyCommands")
                if (call.params.get("scope") or {}).get("chat_id") == GROUP]


def test_an_admin_removed_from_the_settings_loses_the_admin_menu_at_the_next_start(tmp_path, stub):
    async def go():
        async with Bot(tmp_path, stub) as bot:
            await bot.command(ADMIN, "/help")
            await stub.until(lambda: (f"chat:{ADMIN}", "de") in stub.menus)
        async with Bot(tmp_path, stub, admins=(ADMIN,)):  # still an admin: the menu is set again at the start
            set_again = len([c for c in stub.calls_to("setMyCommands")
                             if c.status == 200 and (c.params.get("scope") or {}).get("chat_id") == ADMIN])
        async with Bot(tmp_path, stub, admins=()):
            pass
        return set_again

    assert run(go()) == 6  # three languages at the first command, three at the second start
    assert not [key for key in stub.menus if key[0] == f"chat:{ADMIN}"]
    assert len(stub.calls_to("deleteMyCommands")) == 3


def _store_report(store, now, title: str, summary: str, url: str, *, score: float, story: int | None = None,
                  opens: bool = False) -> int | None:
    """An article stored as the poller stores it (entry, verdict, story source); the story id
    it opened or joined, None when it was not relevant."""
    from bot.core.feeds.urls import canonical_url
    from bot.core.models import Entry, Feed

    feed_id, _ = store.add_feed(Feed(url="https://wire.example/rss", name="Wire EN"), now)
    entry = Entry(feed_url="https://wire.example/rss", guid=url, url=url, title=title, summary=summary,
                  published=now)
    entry_id = store.insert_entry(feed_id, entry, canonical_url(url), now)
    if opens:
        story = store.create_story(title, url, now, now, "{}", ["air_defence"], score)
    if story is not None:
        store.add_story_source(story, entry_id, feed_id, "Wire EN", url, now)
    store.set_entry_verdict(entry_id, story is not None, score, story)
    return story


def test_rule_test_of_an_article_address_says_what_became_of_that_article(tmp_path, stub):
    # An admin asking why an article alerted or did not pasted its address into /rule_test:
    # the address's words were tested, "not relevant ... no rule fired", as if the rules had
    # missed the article itself.
    async def go():
        async with Bot(tmp_path, stub) as bot:
            story = _store_report(bot.store, bot.clock.now(), "Norway pledges two more NASAMS launchers to Ukraine",
                                  "Oslo will deliver the air defence systems to Kyiv in the spring, its "
                                  "defence minister said.", "https://wire.example/norway-nasams?utm_source=rss",
                                  score=4, opens=True)
            _store_report(bot.store, bot.clock.now(), "Norway to send NASAMS units to Kyiv",
                          "The Norwegian government pledged further air defence launchers for Ukraine.",
                          "https://other.example/nasams-kyiv", score=3, story=story)
            _store_report(bot.store, bot.clock.now(), "Lottery numbers drawn on Saturday", "The jackpot rolls over to next week.",
                          "https://wire.example/lottery", score=0)
            answers = []
            for typed in ("/rule_test https://wire.example/norway-nasams",
                          "/rule_test <https://other.example/nasams-kyiv>",
                          "/rule_test https://wire.example/lottery", "/rule_test https://wire.example/never-seen"):
                answers.append((await bot.command(ADMIN, typed, user_id=ADMIN))[-1])
            return story, answers

    story, (opened, joined, dropped, unseen) = run(go())
    assert opened.startswith("Seen ") and " in Wire EN: Norway pledges two more NASAMS launchers to Ukraine" in opened
    assert f"Found relevant (score 4): it opened story {story}, which has 2 report(s) now." in opened
    assert f"it joined story {story}, which an earlier report opened" in joined
    assert "Read as not relevant (score 0, under the threshold 2): no alert." in dropped
    for answer in (opened, joined, dropped):
        assert "What the rules make of its title and text now:" in answer
    assert "\nrelevant: score" in opened and "\nnot relevant: score" in dropped
    assert unseen.startswith("No article at this address was seen.") and "/rule_test <text>" in unseen


def test_feed_add_says_the_name_it_took(tmp_path, stub):
    # An address pasted with a blank in it was cut there and the rest taken as the feed's
    # name; the reply named the address only, so the cut went unseen.
    async def go():
        async with Bot(tmp_path, stub) as bot:
            named = (await bot.command(ADMIN, "/feed_add https://wire.example/world news.xml", user_id=ADMIN))[-1]
            plain = (await bot.command(ADMIN, "/feed_add https://wire.example/rss.xml", user_id=ADMIN))[-1]
            return named, plain

    named, plain = run(go())
    assert named.startswith("Feed ") and "added as “news.xml”: https://wire.example/world" in named, named
    assert " added: https://wire.example/rss.xml" in plain, plain


def test_rules_test_of_an_article_address_on_the_command_line_says_the_same(env, capsys):
    from datetime import datetime, timezone

    from bot.adapters.sqlite_store import SqliteStore
    from bot.cli import main
    from tests.conftest import CLI_DB

    store = SqliteStore(env / CLI_DB)
    store.migrate()
    _store_report(store, datetime.now(timezone.utc), "Lottery numbers drawn on Saturday",
                  "The jackpot rolls over to next week.", "https://wire.example/lottery", score=0)
    store.close()
    capsys.readouterr()
    assert main(["rules", "test", "https://wire.example/lottery"]) == 0
    answer = capsys.readouterr().out
    assert " in Wire EN: Lottery numbers drawn on Saturday\nRead as not relevant (score 0, under the threshold" in answer
    assert "\nnot relevant: score 0 < threshold" in answer


def test_two_quick_commands_of_an_admin_set_their_menu_once(tmp_path, stub):
    async def go():
        async with Bot(tmp_path, stub):
            stub.send_text(ADMIN, "/help", user_id=ADMIN)
            stub.send_text(ADMIN, "/topics", user_id=ADMIN)
            await stub.until(lambda: len(stub.messages_to(ADMIN)) >= 2 and (f"chat:{ADMIN}", "de") in stub.menus)

    run(go())
    admin_menus = [call for call in stub.calls_to("setMyCommands")
                   if (call.params.get("scope") or {}).get("chat_id") == ADMIN and call.status == 200]
    assert len(admin_menus) == 3  # English (no language_code), French, German


def test_words_left_over_on_the_command_line_are_told_to_be_quoted(env, capsys):
    # `rules add tanks Leopard 2A6` (the expression typed as in chat) said only
    # "unrecognized arguments: 2A6", and nothing was added.
    import pytest

    from bot.cli import main

    said = {}
    for argv in (["rules", "add", "tanks", "Leopard", "2A6"], ["rules", "test", "Germany", "sends", "tanks"],
                 ["feeds", "add", "https://wire.example/rss.xml", "Wire", "news"], ["rules", "remove", "5", "6"]):
        capsys.readouterr()
        with pytest.raises(SystemExit) as exit_:
            main(argv)
        assert exit_.value.code == 2
        said[argv[1] if argv[0] == "rules" else argv[0]] = capsys.readouterr().err.strip().splitlines()[-1]
    # (Said by the command's own parser, under its usage line, since stop 62.)
    assert said["add"] == ("pledgewatch rules add: error: unrecognized arguments: 2A6 (a rule's EXPRESSION is one argument: "
                           "quote it whole, e.g. pledgewatch rules add tanks 'Leopard NEAR/3 Ukraine')")
    assert said["test"].endswith("unrecognized arguments: sends tanks (TEXT is one argument: quote it whole, e.g. "
                                 "pledgewatch rules test 'Germany sends Leopard tanks to Ukraine')")
    assert said["add"] != said["feeds"] and "(a feed's name is given with --name, quoted:" in said["feeds"]
    assert said["remove"] == ("pledgewatch rules remove: error: unrecognized arguments: 6 "
                              "(`pledgewatch rules remove --help` lists what it takes)")
