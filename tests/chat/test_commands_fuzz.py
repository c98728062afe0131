"""Random input never breaks the command table: no exception, bounded replies,
and nothing changes for someone who is not allowed to change it."""

from __future__ import annotations

from dataclasses import asdict

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.core.chat.command_list import COMMANDS, MAX_INPUT, parse_command_line
from bot.core.chat.replies import MAX_REPLY
from bot.core.chat.services import ChatContext

NAMES = [c.name for c in COMMANDS] + ["nosuch", "", "RULES", "rule_add@x"]
MARKUP = st.sampled_from(["<b>", "</a>", "*", "_", "`", "```", "[x](http://e)", "&amp;", "\\", "||", "@everyone",
                          "\u202e", "\x00", "\n", '"', "NEAR/5", "AND", "re:/(a+)+/", "30d", "germany", "tank"])
TEXT = st.lists(st.one_of(st.text(max_size=40), MARKUP), max_size=30).map(" ".join)
HUGE = st.builds(lambda piece, n: piece * n, st.text(min_size=1, max_size=8), st.integers(500, 3000))
ARGS = st.one_of(TEXT, HUGE)
CONTEXTS = st.builds(
    ChatContext,
    platform=st.sampled_from(["console", "telegram"]),
    chat_id=st.sampled_from(["1", "-100", "c"]),
    user_id=st.text(max_size=10),
    is_admin=st.booleans(),
    can_manage_chat=st.booleans(),
    lang=st.sampled_from(["en", "fr", "de", "", "FR-fr"]),
)



@given(text=st.one_of(TEXT, HUGE, st.builds("/{}{}".format, st.sampled_from(NAMES), ARGS)),
       bot=st.one_of(st.none(), st.text(max_size=10)))
@settings(max_examples=300, deadline=None)
def test_parse_command_line_never_raises(text, bot):
    parsed = parse_command_line(text, bot)
    if parsed is not None:
        name, args = parsed
        assert name == name.lower() and len(args) <= MAX_INPUT and args == args.strip()


@given(ctx=CONTEXTS, name=st.sampled_from(NAMES), args=ARGS)
@settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                   HealthCheck.too_slow])
def test_handle_never_raises_and_bounds_replies(fuzz_table, ctx, name, args):
    reply = fuzz_table.handle(ctx, name, args)
    assert isinstance(reply.text, str) and 0 < len(reply.text) <= MAX_REPLY
    # an internal error means a bug: every bad input deserves its own answer
    assert "went wrong" not in reply.text and "erreur s'est produite" not in reply.text
    assert "Fehler aufgetreten" not in reply.text


@given(ctx=CONTEXTS.map(lambda c: ChatContext(**{**asdict(c), "is_admin": False})),
       name=st.sampled_from([c.name for c in COMMANDS if c.admin]), args=ARGS)
@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_non_admins_never_change_rules_or_feeds(fuzz_table, ctx, name, args):
    store = fuzz_table.services.store
    before = (store.list_rules(include_disabled=True), store.list_feeds(include_disabled=True))
    fuzz_table.handle(ctx, name, args)
    assert (store.list_rules(include_disabled=True), store.list_feeds(include_disabled=True)) == before
