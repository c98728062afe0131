"""A red-team pass over the chat input path (stop 59), with invented hostile or unlucky
inputs, through the real python-telegram-bot against the loopback Bot API stand-in and
through the command table. Each input gets a clear answer in the chat's language (or, when
it is not addressed to this bot, none), loses nothing and holds nothing up.

Fixed here: a command typed in full-width forms ("／ｒｕｌｅｓ", as Chinese and Japanese
keyboards type it) was no command or an unknown one; a rule breaking the rule language's
bounds (too long, nested too deep, too costly) was refused in English in a French or German
chat. The rest was already safe and is held here."""

from __future__ import annotations

import asyncio
import time

import pytest

from bot.core.chat.command_list import parse_command_line
from bot.core.chat.i18n import t
from bot.core.chat.services import ChatContext
from bot.core.rules.cost import MAX_RULE_COST
from bot.core.rules.language import RuleSet
from bot.core.rules.syntax import MAX_DEPTH, MAX_EXPRESSION_CHARS
from tests.support.command_harness import admin, table  # noqa: F401 (fixtures)
from tests.support.telegram_harness import ADMIN, GROUP, USER, Bot, replies
from tests.support.telegram_stub import BOT_USERNAME

# Invented words throughout; nothing here is taken from an article.
DEEP = "aid " + "(" * (MAX_DEPTH + 4) + "Brellick" + ")" * (MAX_DEPTH + 4)
LONG = "aid " + " OR ".join(f"Vantor{n}" for n in range(MAX_EXPRESSION_CHARS // 8))
COSTLY = "aid " + " NEAR/15 ".join(f"Kz{n}" for n in range(130))  # a chain of 129 NEARs
BOUND_WORDS = {  # a word of each bound's answer, per language
    "en": ("longer than", "nested deeper", "too costly"),
    "fr": ("de plus de", "imbriquée", "trop coûteuse"),
    "de": ("länger als", "verschachtelt", "zu aufwendig"),
}


def _admin(lang: str) -> ChatContext:
    return ChatContext("telegram", "77", "77", is_admin=True, can_manage_chat=True, lang=lang)


@pytest.mark.parametrize("lang", ["en", "fr", "de"])
def test_a_rule_breaking_a_bound_is_refused_in_the_chats_language(table, store, lang):
    before = len(store.list_rules())
    said = [table.handle(_admin(lang), "rule_add", expression).text for expression in (LONG, DEEP, COSTLY)]
    assert len(store.list_rules()) == before
    for text, word in zip(said, BOUND_WORDS[lang], strict=True):
        assert word in text, text
        assert text.startswith(t(lang, "rule_error", where="", message="", expected="").split(":")[0].rstrip())
    assert str(MAX_EXPRESSION_CHARS) in said[0] and str(MAX_DEPTH) in said[1] and f"{MAX_RULE_COST:g}" in said[2]
    if lang != "en":  # none of the English message left in it
        assert not any(english in text for text in said for english in BOUND_WORDS["en"])


def test_an_english_chat_reads_the_bounds_as_the_rule_language_says_them(table):
    """The English answer is the RuleError's own message (what `pledgewatch rules add` prints)."""
    from bot.core.rules.language import validate_rule
    from bot.core.models import Rule
    from bot.errors import RuleError

    for expression in (LONG, DEEP, COSTLY):
        with pytest.raises(RuleError) as raised:
            validate_rule(Rule(topic="aid", expression=expression.split(None, 1)[1]), entities=table.entities)
        said = table.handle(_admin("en"), "rule_add", expression).text
        assert raised.value.detail() in said


def test_a_costly_rule_test_on_stored_articles_is_refused_before_it_runs(table, admin, monkeypatch):
    # "Before it runs": its cost is priced on the rule alone (one rule compiled), then no rule set
    # of the bot's rules with it is compiled and no stored article read: counted, where a
    # wall-clock bound of 2 s could fail on a loaded machine.
    asked = []
    compile_rules, newest = RuleSet.compile, admin._newest_of_each_feed
    monkeypatch.setattr(RuleSet, "compile",
                        classmethod(lambda cls, rules, *a, **k: asked.append(len(rules)) or compile_rules(rules, *a, **k)))
    monkeypatch.setattr(admin, "_newest_of_each_feed", lambda *a, **k: asked.append("read") or newest(*a, **k))
    said = table.handle(_admin("fr"), "rule_test", "--stored " + COSTLY.split(None, 1)[1]).text
    assert "trop coûteuse" in said and asked == [1]
    # (a rule of little cost is compiled with the others and tried: what is counted is what runs)
    del asked[:]
    table.handle(_admin("fr"), "rule_test", "--stored Kz1 NEAR/15 Kz2")
    assert asked[-2:] == [len(admin.rules()) + 1, "read"], asked


@pytest.mark.parametrize("typed", ["／rules", "/ｒｕｌｅｓ", "／ｒｕｌｅｓ", "/ℛules", f"/rules@{BOT_USERNAME.upper()}",
                                   "/rules@ｐledgewatch_bot"])
def test_a_command_in_full_width_or_letter_like_forms_reads_as_typed(typed):
    assert parse_command_line(typed + "\u3000aid", BOT_USERNAME) == ("rules", "aid")


def test_a_command_for_a_bot_whose_name_only_looks_like_ours_is_not_ours():
    # A Greek omicron and a Cyrillic а: another bot's name (no username holds either), never ours.
    for name in ("pledgewatch_b\u03bft", "pledgew\u0430tch_bot"):
        assert parse_command_line(f"/rule_del@{name} 3", BOT_USERNAME) is None


def test_a_full_width_command_in_a_french_private_chat_is_answered_as_the_command(tmp_path, stub):
    async def go():
        async with Bot(tmp_path, stub) as bot:
            typed = (await bot.command(USER, "／ｔｏｐｉｃｓ", language_code="fr"))[-1]
            plain = (await bot.command(USER, "/topics", language_code="fr"))[-1]
            return typed, plain

    typed, plain = asyncio.run(go())
    assert typed == plain


def test_hostile_command_names_and_buttons_in_a_group_change_nothing(tmp_path, stub):
    """A member's admin command with a zero-width joiner in its name, an admin's command to a
    bot whose name looks like ours, and buttons a client forged (an admin command pressed by
    a member, a page of a reply never sent, a payload of 64 bytes of nothing): the rules and
    feeds are as they were, each member's command refused as any member's is."""

    async def go():
        async with Bot(tmp_path, stub) as bot:
            state = lambda: ([(r.id, r.expression) for r in bot.store.list_rules()], bot.store.list_feeds())  # noqa: E731
            before = state()
            first = before[0][0][0]
            refused = (await bot.command(GROUP, f"/rule\u200d_del {first}", user_id=USER, chat_type="supergroup"))[-1]
            stub.send_text(GROUP, f"/rule_del@pledgewatch_b\u03bft {first}", user_id=ADMIN, chat_type="supergroup")
            stub.press_button(GROUP, f"/rule_del {first}", user_id=USER)
            await stub.until(lambda: len(stub.messages_to(GROUP)) >= 2)
            stub.press_button(GROUP, "pg:forged:99999", user_id=USER)
            stub.press_button(GROUP, "\u0000" * 64, user_id=USER)
            await stub.until(lambda: len(stub.calls_to("answerCallbackQuery")) >= 3)
            await stub.until(lambda: stub.pending_updates() == 0)
            marker = (await bot.command(GROUP, "/topics", user_id=ADMIN, chat_type="supergroup"))[-1]
            return before, state(), refused, replies(stub, GROUP), marker

    before, after, refused, group_said, marker = asyncio.run(go())
    assert after == before
    assert "administrators" in refused
    # The member's two refusals and the marker: the look-alike bot's command got no answer.
    assert len(group_said) == 3 and group_said[1] == refused and group_said[-1] == marker


@pytest.mark.parametrize("query", [
    " OR ".join(f"Tarvel{n}" for n in range(600)),
    '"' * 4000,
    " ".join(f'"Orm{n} Dask{n}"' for n in range(300)),
    "Kettrin " + " ".join(f"-Fosk{n}" for n in range(600)),
])
def test_a_search_of_a_whole_message_of_terms_or_quotes_is_answered_at_once(tmp_path, stub, query):
    async def go():
        async with Bot(tmp_path, stub) as bot:
            started = time.monotonic()
            said = await bot.command(USER, "/search " + query[:4088])
            return said[-1], time.monotonic() - started

    said, took = asyncio.run(go())
    assert said and len(said) <= 4096 and took < 5.0


def test_discord_options_of_thousands_of_characters_are_answered_within_discords_limits(tmp_path):
    """Discord caps an option at 6,000 characters of a command's whole (4,000 in a message for
    Nitro): a /search of 4,000 characters of OR terms, and a French admin's /rule_add nested too
    deep, are answered at once, within a message's 2,000 characters, the rule refused in French."""
    from tests.support import discord_harness
    from tests.support.discord_harness import ADMIN as DISCORD_ADMIN
    from tests.support.discord_harness import content_of

    seen: dict[str, object] = {}

    async def body(h: discord_harness.Harness) -> None:
        started = time.monotonic()
        searched = await h.command("search", {"words": " OR ".join(f"Tarvel{n}" for n in range(500))[:4000]})
        seen["search"] = (content_of(searched[-1]), time.monotonic() - started)
        deep = await h.command("rule_add", {"topic": "aid", "expression": DEEP.split(None, 1)[1]},
                               user_id=DISCORD_ADMIN, locale="fr")
        seen["deep"] = content_of(deep[-1])
        seen["rules"] = [rule.expression for rule in h.store.list_rules() if "Brellick" in rule.expression]

    discord_harness.run(tmp_path, body)
    text, took = seen["search"]
    assert text and len(text) <= 2000 and took < 5.0
    assert "imbriquée" in str(seen["deep"]) and seen["rules"] == []
