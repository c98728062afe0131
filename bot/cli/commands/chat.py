"""`pledgewatch chat [COMMAND...]`: the chat commands at the terminal, for an operator
with no Telegram or Discord token. Each line is run by the one command table every
platform answers from, as the console chat: the chat `run` prints alerts to when no
token is set, so `/subscribe tanks` or `/mode digest` there decide what `run` prints.

The person at the terminal is a bot admin: they can already change rules and feeds with
`pledgewatch rules ...` and `pledgewatch feeds ...` on the same database."""

from __future__ import annotations

import argparse
import asyncio
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from bot.cli.output import report_note, terminal_text, write_built
from bot.cli.whole_files import write_whole

if TYPE_CHECKING:  # the app pulls in the rule engine: imported only when the command runs
    from bot.app import App
    from bot.core.chat.commands import CommandTable
    from bot.core.chat.services import ChatContext

CHART_FILE = Path("pledges.png")  # where `/pledges chart` goes, as for `pledgewatch pledges chart`
# Words that end an interactive session besides Ctrl-D: what a newcomer types first to leave.
LEAVING_WORDS = frozenset({"quit", "exit", "/quit", "/exit"})
# The most of a line of standard input read (the rest up to its newline is dropped): four
# times what the command table keeps (MAX_INPUT), for the invisible characters cleaned away.
MAX_LINE = 4 * 4096


def cmd_chat(app: App, args: argparse.Namespace, stdin: TextIO, out: TextIO) -> int:
    from bot.adapters.console_chat import CONSOLE_CHAT_ID
    from bot.core.chat.command_group import CONSOLE_OPERATOR
    from bot.core.chat.command_list import MAX_INPUT
    from bot.core.chat.services import ChatContext

    table = app.command_table()
    if not _console_prints(app):
        report_note(_said(table, "console_tokens_set"))
    else:
        app.subscribe_console()  # as `run` does: what /topics says here is what `run` prints
    console = ChatContext(platform="console", chat_id=CONSOLE_CHAT_ID, user_id=CONSOLE_OPERATOR, is_admin=True,
                          can_manage_chat=True)
    given = _typed(" ".join(args.words))
    if given:  # `chat ""` or `chat " "` gave none: the lines of standard input are read
        if given.lower() not in LEAVING_WORDS:
            _answer(app, table, console, given, out)
        return 0
    interactive = getattr(stdin, "isatty", lambda: False)()
    if interactive:
        report_note(_said(table, "console_greeting"))
    while True:
        if interactive:
            out.write("> ")
            out.flush()
        raw, dropped = _read_line(stdin)
        if dropped:
            report_note(_said(table, "console_line_cut", most=MAX_LINE, reads=MAX_INPUT))
        line = _typed(raw)
        if not raw or line.lower() in LEAVING_WORDS:
            return 0
        if line:
            _answer(app, table, console, line, out)


def _read_line(stdin: TextIO) -> tuple[str, bool]:
    """The next line of standard input, its first MAX_LINE characters, and whether more of
    it was dropped. Read whole, 200 MB without a newline took 455 MB of memory, for a
    command of which the table reads 4,096 characters."""
    line = stdin.readline(MAX_LINE)
    if len(line) < MAX_LINE or line.endswith("\n"):
        return line, False
    dropped = False
    while rest := stdin.readline(MAX_LINE):  # on to the line's end, MAX_LINE at a time
        dropped = dropped or bool(rest.rstrip("\r\n"))
        if rest.endswith("\n"):
            break
    return line, dropped


def _typed(line: str) -> str:
    """A command line as typed, without what a person cannot see: the blanks around it, a
    byte-order mark (a command file saved on Windows), an arrow key's escape sequence, a
    zero-width space. Before the slash check: "\ufeff/latest" was "Unknown command //latest"."""
    from bot.core.text.safe_text import clean_typed

    return clean_typed(line)


def _answer(app: App, table: CommandTable, console: ChatContext, line: str, out: TextIO) -> None:
    """One command line, cleaned (_typed), answered: its reply, the chart it drew, what the
    feed it added holds."""
    from bot.core.chat.command_list import parse_command_line
    from bot.core.chat.subscription_commands import stops_every_topic

    # The slash is optional here ("pledges germany"): no other text is said at a terminal.
    parsed = parse_command_line(line if line.startswith("/") else f"/{line}")
    if parsed is None:  # "/" alone, or a name that is no word
        name, words = line.lstrip("/").partition(" ")[::2]
    else:
        name, words = parsed
    if not line.startswith("/") and (note := _not_a_command(table, name, words)):
        write_built(out, note + "\n\n")
        out.flush()
        return
    reply = table.handle(console, name, words)
    write_built(out, terminal_text(reply, out) + "\n")
    if name == "unsubscribe" and not app.store.subscriptions("console"):
        if stops_every_topic(words):
            # Said while a token parked the console: its topics are not to come back either.
            app.unpark_console()
        app.console_left(True)  # kept by `run`'s next start: no alert, no digest until /subscribe
        if _console_prints(app):
            out.write(_unsubscribed_note(table) + "\n")
    elif name == "subscribe" and app.store.subscriptions("console"):
        app.console_left(False)
    if reply.photo is not None:
        out.write(_save_chart(table, reply.photo) + "\n")
    if reply.feed_to_check is not None:
        out.write(_feed_check(app, table, *reply.feed_to_check) + "\n")
    out.write("\n")
    out.flush()


def _not_a_command(table: CommandTable, name: str, words: str) -> str:
    """For a line typed without a slash whose first word is no command and near none ("hello",
    "what about tanks"): that it is not one, how a line is written, and the `search` line that
    looks for its words, ready to send; else "" (the table answers it). Said, not searched at
    once: "lates 3" or "pldges germany" would then be searched, and the answer "no story
    mentions ..." would hide the typo that the table names ("did you mean /latest?").
    A line with its slash ("/hello") is the table's "Unknown command", as in every chat."""
    from bot.core.chat.command_guess import guessed_command
    from bot.core.chat.command_list import command_meant

    if not name or command_meant(name, words) is not None or guessed_command(name):
        return ""
    return _said(table, "console_not_command", word=name[:40], words=" ".join(f"{name} {words}".split())[:200])


def _unsubscribed_note(table: CommandTable) -> str:
    """After the console's /unsubscribe from all: `run` prints nothing, not even a digest,
    until /subscribe (it had subscribed the console again at its next start, and a digest
    came after the user stopped everything). In the chat's language, as the reply above it."""
    return _said(table, "console_unsubscribed")


def _console_prints(app: App) -> bool:
    """Whether `run` prints alerts to the console: no chat token is set."""
    return not (app.settings.telegram.enabled or app.settings.discord.enabled)


def _save_chart(table: CommandTable, png: bytes) -> str:
    """Where the chart went. A folder it cannot be written to is said, and the session goes
    on: one failed chart is no reason to end the commands typed after it."""
    try:
        write_whole(CHART_FILE, png)
    except OSError as exc:
        return _said(table, "console_chart_not_written", file=CHART_FILE, error=exc.strerror or exc)
    return _said(table, "console_chart_written", file=CHART_FILE)


def _said(table: CommandTable, key: str, **values: object) -> str:
    """One of the session's own notes, in the console chat's language as its replies are:
    after /lang fr, "chart written to pledges.png" and the other notes stayed English."""
    from bot.adapters.console_chat import CONSOLE_CHAT_ID
    from bot.core.chat.i18n import t
    from bot.core.chat.services import chosen_lang

    lang = chosen_lang(table.services, "console", CONSOLE_CHAT_ID)
    # A count's thousands as each language writes them: 16,384, 16 384, 16.384.
    grouped = {name: f"{value:,}".replace(",", _THOUSANDS[lang]) if isinstance(value, int) else value
               for name, value in values.items()}
    return t(lang, key, **grouped)


_THOUSANDS = {"en": ",", "fr": " ", "de": "."}


def _feed_check(app: App, table: CommandTable, feed_id: int, url: str) -> str:
    """What /feed_add's new feed holds, fetched once as the chat adapters do after it."""
    from bot.adapters.console_chat import CONSOLE_CHAT_ID
    from bot.adapters.feed_check import FeedChecker
    from bot.core.chat.feed_check import feed_check_text
    from bot.core.chat.services import chosen_lang

    check = asyncio.run(FeedChecker(app.feed_source).check(url))
    return feed_check_text(check, feed_id, chosen_lang(table.services, "console", CONSOLE_CHAT_ID))
