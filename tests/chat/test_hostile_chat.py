"""Hostile chat input: fuzzed commands through the real CommandTable and both renderers,
and every admin command refused to non-admins on Telegram and Discord (through the
loopback stubs driven by the real libraries), whatever the sender forges."""

from __future__ import annotations

import asyncio
import re
from dataclasses import replace

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.core.chat.command_list import COMMANDS
from bot.core.chat.render_discord import MESSAGE_LIMIT, escape_markdown, neutralise, split_message
from bot.core.chat.render_telegram import MAX_MESSAGE, WORD_JOINER, render_reply, visible_length
from bot.core.chat.replies import MAX_REPLY
from bot.core.chat.services import ChatContext
from tests.support.discord_harness import ADMIN as DISCORD_ADMIN
from tests.support.discord_harness import CHANNEL, EPHEMERAL, GUILD, Harness, content_of, flags_of
from tests.support.discord_harness import run as run_discord
from tests.support.discord_stub import MANAGE_CHANNELS
from tests.support.telegram_harness import ADMIN as TELEGRAM_ADMIN
from tests.support.telegram_harness import FAST, GROUP, USER, Bot, replies
from tests.support.telegram_stub import check_telegram_html

ADMIN_COMMANDS = [c.name for c in COMMANDS if c.admin]
HOSTILE = st.sampled_from([
    "<b>x</b>", "<script>alert(1)</script>", "</a>", "<a href=\"javascript:x\">y</a>", "&amp;", "&nbsp;", "&#60;",
    "@everyone", "@here", "<@&123456789012345678>", "<@!123456789012345678>", "**bold**", "__u__", "~~s~~",
    "`code`", "```py\nx```", "||spoiler||", "[link](https://evil.example)", "# heading", "> quote", "- item",
    "1. item", "\\", "'; DROP TABLE rules; --", "\" OR 1=1 --", "%s%s%n", "{0}{name}", "\x00", "\u202e", "\u200b",
    "😀", "\ud7ff", "\n", "\t", "germany", "tank", "30d", "--force", "air_defence", "1", "999999999999",
])
ARGS = st.one_of(
    st.lists(st.one_of(HOSTILE, st.text(max_size=30)), max_size=25).map(" ".join),
    st.builds(lambda piece, n: piece * n, HOSTILE, st.integers(100, 600)),
)
CONTEXTS = st.builds(
    ChatContext,
    platform=st.sampled_from(["telegram", "discord"]),
    chat_id=st.sampled_from(["1", "-100", "222"]),
    user_id=st.sampled_from(["1", "7000", "x"]),
    is_admin=st.booleans(),
    can_manage_chat=st.booleans(),
    lang=st.sampled_from(["en", "fr", "de"]),
)

# A markdown character Discord would read: one not preceded by an escaping backslash.
_ESCAPED = re.compile(r"\\.", re.S)
_URL = re.compile(r"https?://[^\s<>]+")
_MARKDOWN = re.compile(r"[*_~`|\[\]]")
_LINE_START = re.compile(r"(?m)^\s*(?:[#>\-+]|\d+\.)")


def unescaped_markdown(text: str) -> list[str]:
    """Markdown that Discord would still interpret in `text` (URLs are left alone, as Discord does)."""
    plain = _URL.sub("", _ESCAPED.sub("", text))
    return _MARKDOWN.findall(plain) + _LINE_START.findall(_URL.sub("", text))


@given(ctx=CONTEXTS, name=st.sampled_from([c.name for c in COMMANDS]), args=ARGS)
@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                   HealthCheck.too_slow])
def test_replies_to_hostile_input_carry_no_live_markup(fuzz_table, ctx, name, args):
    reply = fuzz_table.handle(ctx, name, args)
    assert 0 < len(reply.text) <= MAX_REPLY

    # Telegram: valid HTML (Telegram would refuse the message otherwise), no tag or entity
    # of ours, and what the user sees is the reply's own text.
    html = render_reply(reply.text)
    visible = check_telegram_html(html)
    assert "<" not in html.replace("&lt;", "") and ">" not in html.replace("&gt;", "")
    # The text is the reply's own, but an "@name" in it is no mention (a word joiner follows the @).
    assert not re.search(r"@[A-Za-z0-9_]", visible)
    assert visible.replace(WORD_JOINER, "") == reply.text.replace(WORD_JOINER, "") \
        or (visible.endswith("…") and visible_length(visible) <= MAX_MESSAGE)

    # Discord: what the adapter sends (escaped, split) has no markdown left to interpret,
    # and the feed-text neutraliser also disarms mentions.
    for chunk in split_message(escape_markdown(reply.text), MESSAGE_LIMIT):
        assert len(chunk) <= MESSAGE_LIMIT
        assert unescaped_markdown(chunk) == [], chunk
    safe = neutralise(reply.text)
    assert "@everyone" not in safe and "@here" not in safe and not re.search(r"<@[!&]?\d{15,21}>", safe)


def test_the_markdown_checker_sees_what_discord_would_format():
    assert unescaped_markdown("**x**") and unescaped_markdown("# x") and unescaped_markdown("a\n> q")
    assert unescaped_markdown(escape_markdown("**x** # y\n> q [l](u) `c`")) == []
    assert unescaped_markdown("see https://x.org/a_b") == []


# -- Telegram: permissions through the real PTB application ----------------------------------

ADMIN_ARGS = {"rule_add": 'aid "zeitenwende"', "rule_edit": '1 "leopard"', "rule_del": "1", "rule_undo": "",
              "rule_test": "Germany sends tanks", "feed_add": "https://evil.example/rss", "feed_del": "1",
              "audit": ""}


def test_telegram_admin_commands_are_refused_to_everyone_else(tmp_path, stub):
    assert set(ADMIN_ARGS) == set(ADMIN_COMMANDS), "a new admin command needs a case here"
    stub.set_member(GROUP, USER, "creator")  # owning the group does not make one a bot admin

    async def go():
        # The per-user command throttle would silence this many commands; it is tested elsewhere.
        async with Bot(tmp_path, stub, replace(FAST, commands_per_user=1000)) as bot:
            state = lambda: (bot.store.list_rules(include_disabled=True), bot.store.list_feeds(True))  # noqa: E731
            before = state()
            answers = []
            for name, args in ADMIN_ARGS.items():
                for chat_id, kwargs in ((USER, {}), (GROUP, {"user_id": USER, "chat_type": "supergroup"})):
                    text = f"/{name}@pledgewatch_bot {args}" if chat_id == GROUP else f"/{name} {args}"
                    answers.append((await bot.command(chat_id, text, **kwargs))[-1])
                # The admin's id forged where it is not the sender: in the text, and as the group's id.
                answers.append((await bot.command(GROUP, f"/{name} {TELEGRAM_ADMIN} {args}", user_id=USER))[-1])
            # An admin's edited message and a command for another bot are not commands to us.
            stub.send_text(USER, '/rule_add aid "edited"', user_id=TELEGRAM_ADMIN, edited=True)
            stub.send_text(GROUP, '/rule_add@otherbot aid "other"', user_id=TELEGRAM_ADMIN)
            stub.send_text(GROUP, "/feed_del@otherbot 1", user_id=TELEGRAM_ADMIN)
            await stub.until(lambda: stub.pending_updates() == 0)
            marker = (await bot.command(USER, "/start"))[-1]
            return before, state(), answers, marker

    before, after, answers, marker = asyncio.run(go())
    assert after == before
    assert len(answers) == 3 * len(ADMIN_ARGS)
    assert all("administrators" in answer for answer in answers), answers
    assert marker.startswith("Hello")
    # Nothing answered the commands for the other bot; the edit is only told it was not run (stop 37).
    assert len(replies(stub, USER)) == len(ADMIN_ARGS) + 2 and len(replies(stub, GROUP)) == 2 * len(ADMIN_ARGS)
    assert replies(stub, USER)[-2].startswith("I do not run edited messages: send /rule_add again")


# -- Discord: permissions through the real discord.py client ------------------------------------------

ADMINISTRATOR = 1 << 3
DISCORD_OPTIONS = {"rule_add": {"topic": "aid", "expression": "zeitenwende"},
                   "rule_edit": {"id": "1", "expression": "leopard"}, "rule_del": {"id": "1"}, "rule_undo": None,
                   "rule_test": {"text": "Germany sends tanks"}, "feed_add": {"url": "https://evil.example/rss"},
                   "feed_del": {"id": "1"}, "audit": {"filter": "rule"}}


def test_discord_admin_commands_are_refused_to_everyone_else(tmp_path):
    assert set(DISCORD_OPTIONS) == set(ADMIN_COMMANDS), "a new admin command needs a case here"
    seen: list[tuple[str, int, str]] = []

    async def body(h: Harness) -> None:
        before = (h.store.list_rules(include_disabled=True), h.store.list_feeds(True))
        for name, options in DISCORD_OPTIONS.items():
            # Guild owners' powers (ADMINISTRATOR, MANAGE_CHANNELS) do not make a bot admin,
            # nor does a direct message, nor the admin's id typed into an option.
            for extra in ({"permissions": ADMINISTRATOR | MANAGE_CHANNELS}, {"guild_id": None},
                          {"permissions": MANAGE_CHANNELS}):
                forged = {k: f"{DISCORD_ADMIN} {v}" for k, v in (options or {}).items()} if "guild_id" in extra \
                    else options
                kwargs = {"channel_id": CHANNEL, "guild_id": GUILD, "user_id": 9, **extra}
                token = await asyncio.to_thread(h.stub.slash_command, name, forged, **kwargs)
                # A refusal is never deferred: one answer, at once (Harness.command expects two
                # for the commands that are deferred when allowed).
                (answer,) = await h.stub.wait_async(lambda: h.stub.interaction_replies(token) or None)
                seen.append((name, flags_of(answer), content_of(answer)))
        assert (h.store.list_rules(include_disabled=True), h.store.list_feeds(True)) == before

    run_discord(tmp_path, body)
    assert len(seen) == 3 * len(DISCORD_OPTIONS)
    # Refused as non-admin, or (after five quick commands) by the per-user throttle: either way privately.
    assert all(flags & EPHEMERAL and ("administrators" in text or "Too many commands" in text)
               for _, flags, text in seen), seen

