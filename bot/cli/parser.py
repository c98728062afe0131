"""The command line's grammar: every command, its arguments and its help text
(argparse). Kept apart from what the commands do so that `--help` and `--version`
answer without loading a command's code, and so that tests/project/test_docs.py can check
README.md against one parser."""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

from bot import __version__
from bot.cli.output import visible_controls
from bot.core.text.near_spelling import did_you_mean
from bot.pledge_export import CSV_SEPARATORS


class _HelpFormatter(argparse.RawDescriptionHelpFormatter):
    """Wider option column, so every argument's help stays on one readable line."""

    def __init__(self, prog: str) -> None:
        super().__init__(prog, max_help_position=32)


# What argparse takes for a value, not an option, when it starts with "-": a minus then a digit
# or a point, whatever follows, and the infinities and NaN. argparse's own test knew only
# "-2" and "-.5": `rules add trap X --weight -1e9` ended in "--weight: expected one argument"
# (only `--weight=-1e9` worked), as did -1E2, -1e-3 and -inf. What follows the minus is then
# judged by the option's type (a bad one: "invalid float value"), a weight by the rule checks.
_NEGATIVE_VALUE = re.compile(r"^-(?:[0-9.][0-9A-Za-z_.+-]*|inf|infinity|nan)$", re.IGNORECASE)


# The commands whose one argument is several words, typed unquoted more often than not.
_ONE_ARGUMENT = {
    ("rules", "add"): "a rule's EXPRESSION is one argument: quote it whole, e.g. "
                      "pledgewatch rules add tanks 'Leopard NEAR/3 Ukraine'",
    ("rules", "edit"): "a rule's EXPRESSION is one argument: quote it whole, e.g. "
                       "pledgewatch rules edit 12 'Leopard NEAR/3 Ukraine'",
    ("rules", "test"): "TEXT is one argument: quote it whole, e.g. "
                       "pledgewatch rules test 'Germany sends Leopard tanks to Ukraine'",
    ("feeds", "add"): "a feed's name is given with --name, quoted: pledgewatch feeds add URL --name 'Wire news'",
}


# The global options that take a value (see _global_options): the word after one is its value.
_VALUED_OPTIONS = ("--config", "--log-level", "--log-format")


def _chat_words(args: list[str]) -> list[str] | None:
    """The words of the chat command given after `chat` (None: the command is not chat).
    They start at the first word after `chat` that is no option, or after a `--` there: the
    options before it (`chat --config F /latest`, `chat -h`) are still chat's own."""
    command_seen = False
    index = 0
    while index < len(args):
        word = args[index]
        if word == "--" and command_seen:
            return args[index:]
        if word.startswith("-") and word != "-":
            # Whole names only, as the parser reads them (allow_abbrev=False).
            valued = word in _VALUED_OPTIONS
            index += 2 if valued else 1
            continue
        if command_seen:
            return args[index:]
        if word != "chat":
            return None
        command_seen = True
        index += 1
    return [] if command_seen else None


class _Parser(argparse.ArgumentParser):
    """argparse's parser, reading every negative number as a value (see _NEGATIVE_VALUE).
    No option of this command line looks like a negative number, so none is shadowed.

    Options are matched whole, never by a prefix (allow_abbrev=False, inherited by every
    command's parser): `status --healt` ran `--health` and `pledges --lim 3` ran `--limit`,
    so a typo did something other than what was typed and a new option could silently
    change what an old abbreviation meant. A mistyped option is refused with the one it is
    near ("did you mean --health?", see _option_meant)."""

    def __init__(self, *args, **kwargs) -> None:
        kwargs.setdefault("allow_abbrev", False)
        super().__init__(*args, **kwargs)
        self._negative_number_matcher = _NEGATIVE_VALUE

    def parse_args(self, args=None, namespace=None):  # noqa: ANN001, ANN201 - argparse's signature
        """argparse's, with what to do when words are left over where one quoted argument was
        meant: `rules add tanks Leopard 2A6` said only "unrecognized arguments: 2A6"."""
        args = sys.argv[1:] if args is None else list(args)
        chat_words = _chat_words(args)
        if chat_words is not None:
            # A chat command's words are its own, flags included (`chat /rule_add tanks X
            # --force`, `/search Berlin -h`, `-Kiew`, `--`): given to argparse, they were
            # refused, taken for help or for a global option, or dropped.
            args = args[:len(args) - len(chat_words)]
        self._refuse_unknown_leading_option(args)
        parsed, extras = self.parse_known_args(args, namespace)
        if chat_words:
            parsed.words = [*chat_words] if chat_words[0] != "--" else chat_words[1:]
        if extras:
            hint = _ONE_ARGUMENT.get((getattr(parsed, "command", None), getattr(parsed, "action", None)))
            # Said by the command's own parser, under its own usage line, with the option a
            # mistyped one is near: `pledges --lmit 3` was answered under the usage of
            # `pledgewatch` alone, and --limit was left to be found in `pledges --help`.
            command = self._command_parser(parsed)
            meant = _option_meant(extras, command)
            command.error(f"unrecognized arguments: {' '.join(extras)}" + (f" ({hint})" if hint else "")
                          + (meant or ("" if hint else f" (`{command.prog} --help` lists what it takes)")))
        return parsed

    def _refuse_unknown_leading_option(self, args: list[str]) -> None:
        """An unknown option before the command is named as such: `pledgewatch --conf my.toml
        status` (no prefix matching since allow_abbrev=False) left `--conf` aside and took
        `my.toml` for the command, answered "invalid choice: 'my.toml'"."""
        known = {option for action in self._actions for option in action.option_strings}
        index = 0
        while index < len(args):
            word = args[index]
            if not word.startswith("-") or word in ("-", "--"):
                return  # the command begins: the rest is its own
            name = word.split("=", 1)[0]
            if name.startswith("--") and name not in known:
                self.error(f"unrecognized arguments: {word}" + (_option_meant([word], self) or
                                                                 f" (`{self.prog} --help` lists what it takes)"))
            index += 2 if name in _VALUED_OPTIONS and "=" not in word else 1  # past an option's value

    def _command_parser(self, parsed: argparse.Namespace) -> argparse.ArgumentParser:
        """The parser of the command (and its action: `rules add`) that `parsed` ran, else this one."""
        parser: argparse.ArgumentParser = self
        for dest in ("command", "action"):
            chosen = getattr(parsed, dest, None)
            below = next((action for action in parser._actions if isinstance(action, argparse._SubParsersAction)
                          and action.dest == dest), None)
            if below is None or chosen not in below.choices:
                break
            parser = below.choices[chosen]
        return parser

    def error(self, message: str):
        """argparse's error, with the commands named when none was given: `pledgewatch`
        alone said "the following arguments are required: COMMAND" under a usage line
        reading "COMMAND ...", and a newcomer did not learn a single command's name."""
        if re.fullmatch(r"the following arguments are required: (COMMAND|ACTION)", message):
            names = next(action.choices for action in self._actions if isinstance(action, argparse._SubParsersAction))
            kind = "command" if message.endswith("COMMAND") else "action"
            message = (f"no {kind} given: one of {', '.join(names)} (`{self.prog} --help` says what each does)")
        message += _closest_choice(message)
        # "unrecognized arguments: ..." quotes what was typed or pasted as it is.
        super().error(visible_controls(message))


def _option_meant(extras: list[str], parser: argparse.ArgumentParser) -> str:
    """"; did you mean --limit?" for the first left-over word that is a mistyped option of
    `parser` (`--lmit`, `--limit=3` written `--lmit=3`), or ""."""
    options = [option for action in parser._actions for option in action.option_strings if option.startswith("--")]
    for word in extras:
        if word.startswith("--") and (close := did_you_mean(word.split("=", 1)[0], options)):
            return close
    return ""


def _closest_choice(message: str) -> str:
    """For argparse's "invalid choice: 'pledge' (choose from 'run', ...)", the choice a typo
    is closest to (`pledges`; `rules lst`: `list`; `--log-format jsn`: `json`)."""
    found = re.fullmatch(r"argument \S+: invalid choice: '(.*)' \(choose from (.*)\)", message)
    return did_you_mean(found.group(1), re.findall(r"'([^']*)'", found.group(2))) if found else ""


def _settings_file_named(text: str) -> str:
    """--config as given: `--config "$CONFIG"` with CONFIG unset or misspelt in a script
    passed an empty name, which read as no --config at all: the shipped settings ran, with
    their database in the current folder, and nothing said the script's settings were not read."""
    if not text.strip():
        raise argparse.ArgumentTypeError("an empty file name; name a settings file, or leave --config out for "
                                         "$PLEDGEWATCH_CONFIG, else the shipped settings")
    return text


def _global_options(parser: argparse.ArgumentParser, *, top: bool) -> None:
    """--config, --log-level and --log-format, accepted before or after the command.

    On the sub-commands the defaults are SUPPRESS, so an option given there
    overrides the top-level value and an option left out does not reset it."""

    def default(value: object) -> object:
        return value if top else argparse.SUPPRESS

    parser.add_argument("--config", metavar="FILE", default=default(None), type=_settings_file_named,
                        help="settings file (default: $PLEDGEWATCH_CONFIG, else the shipped config/pledgewatch.toml)")
    # In any case: `--log-level debug`, as many tools take it, was refused with a usage error.
    parser.add_argument("--log-level", default=default("INFO"), type=str.upper,
                        choices=["DEBUG", "INFO", "WARNING", "ERROR"],
                        help="least severe log level written to standard error (default: INFO)")
    parser.add_argument("--log-format", default=default("text"), choices=["text", "json"],
                        help="log lines as text or one JSON object per line (default: text)")


def _command(group: argparse._SubParsersAction, name: str, summary: str, description: str = "") -> argparse.ArgumentParser:
    """A sub-command whose --help shows its summary, its description and the global options."""
    parser = group.add_parser(name, help=summary, description=description or summary, formatter_class=_HelpFormatter)
    _global_options(parser, top=False)
    return parser


# The rule `rules test --stored EXPRESSION` tries when --topic or --weight is not given.
STORED_TRIAL_TOPIC = "aid"
STORED_TRIAL_WEIGHT = 1.0


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="pledgewatch",
        description="Watches the news about military aid to Ukraine and alerts Telegram, Discord or the console.",
        formatter_class=_HelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"pledgewatch {__version__}")
    _global_options(parser, top=True)
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    _command(commands, "run", "the main job: poll feeds on schedule and send alerts until stopped",
             "Poll every feed on its interval and deliver alerts (to the chats whose tokens are set, else the "
             "console) until SIGINT or SIGTERM.")
    demo = _command(commands, "demo", "offline demo: serve sample feeds on loopback, poll them once, print alerts")
    demo.add_argument("--db", type=Path, metavar="FILE",
                      help="keep the demo's database in this new file, to try `pledges`, `pledges chart`... on it "
                           "(default: a temporary database, deleted at the end)")

    poll = _command(commands, "poll", "poll every feed (or one) once, print what matched, exit",
                    "Poll every feed (or the one given by --feed) once, print what matched and the console alerts, "
                    "then exit. For continuous polling use `pledgewatch run`.")
    poll.add_argument("--once", action="store_true",
                      help="accepted for compatibility: poll always polls once")
    poll.add_argument("--feed", metavar="ID_OR_URL", help="only this feed, by id (see `feeds list`) or URL "
                                                          "(default: every feed)")

    analyze = _command(commands, "analyze", "classify JSON Lines from stdin ({id, title, summary, lang?})",
                       "Read one JSON object per line from standard input ({\"id\", \"title\", \"summary\", "
                       "\"lang\"?}) and print one JSON line per input with the verdict and the pledges found. A "
                       "line that cannot be analysed gives an error line and the rest go on.")
    analyze.add_argument("--explain", action="store_true", help="add which rules fired and on which words")

    reanalyze = _command(commands, "reanalyze", "run the current rules again over stored articles",
                         "Run the current rules over the articles stored in the period: newly relevant ones get "
                         "their matches, story and pledges (no alerts: old news). --dry-run only reports what "
                         "would change.")
    reanalyze.add_argument("--since", default="30d", metavar="PERIOD",
                           help="how far back: 24h, 30d, 12w, 6m, 1y or all (default: 30d; unrelated articles older "
                                "than retention_days are already deleted)")
    reanalyze.add_argument("--dry-run", action="store_true",
                           help="report how many articles the rules would match and which are new; change nothing")

    rules = _command(commands, "rules", "list, edit, test, import and export the keyword rules")
    rule_commands = rules.add_subparsers(dest="action", required=True, metavar="ACTION")
    _command(rule_commands, "list", "every rule with its id, topic, weight and expression, and the threshold")
    add = _command(rule_commands, "add", "add a rule (validated first)")
    add.add_argument("topic", metavar="TOPIC",
                     help="the rule's topic, e.g. air_defence (topic `trap` for negative rules)")
    add.add_argument("expression", metavar="EXPRESSION",
                     help="the rule's expression, e.g. 'Patriot NEAR/5 @ukraine' (see README: Rules)")
    add.add_argument("--weight", type=float, default=1.0, help="weight added to the score when it fires (default: 1)")
    add.add_argument("--force", action="store_true", help="save even if validation warns (e.g. matches almost everything)")
    add.add_argument("--new-topic", action="store_true",
                     help="the topic is a new one (default: a topic no rule has is refused, as a likely typo)")
    edit = _command(rule_commands, "edit", "change a rule's expression (and weight)")
    edit.add_argument("id", type=_rule_id, metavar="ID", help="the rule's id (see `rules list`)")
    edit.add_argument("expression", metavar="EXPRESSION", help="the new expression")
    edit.add_argument("--weight", type=float, help="new weight (default: keep the current one)")
    edit.add_argument("--force", action="store_true", help="save even if validation warns")
    remove = _command(rule_commands, "remove", "delete a rule")
    remove.add_argument("id", type=_rule_id, metavar="ID", help="the rule's id (see `rules list`)")
    _command(rule_commands, "undo", "reverse the last rule add, edit or remove")
    test = _command(rule_commands, "test", "show which rules fire on a text, and why; or try a rule on stored articles")
    test.add_argument("text", metavar="TEXT",
                      help="the text to analyse (quote it); with --stored, the rule expression to try")
    test.add_argument("--stored", action="store_true",
                      help="try TEXT as a new rule on the stored articles of the last 30 days: how many it fires on "
                           "and which it would newly make relevant (nothing is saved)")
    # No argparse defaults: given without --stored they did nothing, silently (refused below).
    test.add_argument("--topic", help=f"topic of the rule tried with --stored (default: {STORED_TRIAL_TOPIC})")
    test.add_argument("--weight", type=float,
                      help=f"weight of the rule tried with --stored (default: {STORED_TRIAL_WEIGHT:g})")
    test.set_defaults(check_options=lambda args: _refuse_rule_options_without_stored(test, args))
    imp = _command(rule_commands, "import", "replace all rules with those of a TOML file (all validated first)")
    imp.add_argument("file", type=Path, metavar="FILE", help="a TOML file as written by `rules export`")
    exp = _command(rule_commands, "export", "write the rules as TOML (to stdout or a file)")
    exp.add_argument("file", type=Path, nargs="?", metavar="FILE", help="file to write (default: standard output)")
    diff = _command(rule_commands, "diff", "how the database's rules differ from a rules file (exit 1 when they do)",
                    "Compare the rules in the database (edited from chat, or left from an older release) with a "
                    "rules file, by default the one the settings name, else the shipped config/rules.toml: rules "
                    "changed, only in the database, only in the file, and the threshold. Changes nothing; exit 0 "
                    "when they agree, 1 when they differ.")
    diff.add_argument("file", type=Path, nargs="?", metavar="FILE",
                      help="the rules file to compare with (default: the file the settings' `rules` names, "
                           "else the shipped config/rules.toml)")

    feeds = _command(commands, "feeds", "list, add and remove feeds")
    feed_commands = feeds.add_subparsers(dest="action", required=True, metavar="ACTION")
    feed_list = _command(feed_commands, "list", "every feed with its id and health")
    feed_list.add_argument("--show-secrets", action="store_true",
                           help="show each URL whole, with its user name, password and query (default: without them, "
                                "as in chat)")
    feed_add = _command(feed_commands, "add", "add a feed (the running job picks it up within a minute)")
    feed_add.add_argument("url", metavar="URL", help="the feed's http(s) URL")
    feed_add.add_argument("--name", default="",
                          help="shown as the source of its alerts (default: the URL without credentials or query)")
    feed_add.add_argument("--lang", help="language hint such as en, fr, de (default: the feed's own)")
    feed_add.add_argument("--interval", type=int, metavar="SECONDS",
                          help="seconds between polls, 30 to 604800 (a week) (default: poll_interval)")
    feed_remove = _command(feed_commands, "remove", "stop polling a feed (by id or URL)")
    feed_remove.add_argument("feed", metavar="ID_OR_URL", help="the feed's id (see `feeds list`) or URL")

    pledges = _command(commands, "pledges", "the pledge table: newest first, filtered, summary, chart, export",
                       "The pledges found, newest first (the newest 15 unless --limit or --all). Filters in any "
                       "order: donor (germany, allemagne, DE), category (air_defence, funding, production, "
                       "training, other; also in words: \"air defence\", Flugabwehr), system or family (patriot, "
                       "\"leopard 2\", leopard = every Leopard), status (pledged, delivered, ordered, discussed, refused), "
                       "period (30d, 12w, 6m, 1y). A first word "
                       "`summary`, `chart` or `export` gives totals, a PNG chart or the matching pledges as "
                       "CSV/JSON.")
    pledges.add_argument("words", nargs="*", metavar="FILTER",
                         help="donor, category, system, status, period (30d, 6m) in any order; or summary, chart, export")
    shown = pledges.add_mutually_exclusive_group()
    shown.add_argument("--limit", type=int, metavar="N",
                       help=f"list the newest N pledges (default: {MAX_LISTED_PLEDGES}, as in chat)")
    shown.add_argument("--all", action="store_true", help="list every pledge the filters keep")
    pledges.add_argument("--out", type=Path, metavar="FILE",
                         help="file to write the chart or the export to (default: pledges.png for the chart, "
                              "standard output for the export)")
    # No argparse default: given without `export` it did nothing, silently (refused in commands/pledges.py).
    pledges.add_argument("--format", choices=["csv", "json"], help="export format (default: csv)")
    # The web's `/pledges.csv?sep=semicolon`, the same two forms (bot/pledge_export.py).
    pledges.add_argument("--sep", choices=CSV_SEPARATORS,
                         help="the CSV's cells: comma (the default: commas and a decimal point, for programs and a "
                              "spreadsheet set to English) or semicolon (semicolons and a decimal comma, which Excel "
                              "set to French or German opens in columns)")

    web = _command(commands, "web", "serve the read-only web pledge tracker until stopped",
                   "A read-only site of the pledges (filters, sorting, pages), their totals, the donors and the "
                   "stories, in "
                   "English, French and German, with CSV, JSON and Atom downloads. Stop it with Ctrl-C.")
    web.add_argument("--listen", metavar="HOST:PORT",
                     help="where to listen (default: [web] listen in the settings, else 127.0.0.1:8000)")

    stories = _command(commands, "stories", "the stories of a period with their sources and pledges",
                       "The stories first seen in the period, oldest first: first-seen time, title, each source "
                       "(outlet, link, language) and the pledges found.")
    stories.add_argument("--since", default="7d", metavar="PERIOD",
                         help="how far back, by first-seen time: 30d, 12w, 6m, 1y (default: 7d)")
    stories.add_argument("--json", action="store_true", help="one JSON object per story per line (JSON Lines)")

    chat = _command(commands, "chat", "the chat commands at the terminal, without a token (/pledges, /subscribe...)",
                    "Run chat commands as the console chat, the one `run` prints alerts to when no token is set: "
                    "one given after `chat` (`pledgewatch chat /pledges germany 30d`), else one per line read from "
                    "standard input until its end (Ctrl-D) or `quit`. The slash may be left out. You are the "
                    "chat's bot admin: the commands that add rules and feeds work (/rules add tanks ...); "
                    "/subscribe, /unsubscribe and /mode set what `run` prints. A chart is written to pledges.png.")
    chat.add_argument("words", nargs="*", metavar="COMMAND",
                      help="one command and its words, e.g. /pledges germany 30d, each of them its own, flags "
                           "included (default: read lines from standard input)")

    db = _command(commands, "db", "database maintenance")
    db_commands = db.add_subparsers(dest="action", required=True, metavar="ACTION")
    _command(db_commands, "stats", "row counts, outbox states, schema version and file size, as JSON")
    backup = _command(db_commands, "backup", "copy the database to a new file (safe while running)")
    backup.add_argument("file", type=Path, metavar="FILE", help="the copy to create (never overwritten)")
    _command(db_commands, "upgrade", "bring a database made by an older pledgewatch to this version's schema",
             "Apply the schema migrations this version has and the database lacks (`run` and `poll` do it at "
             "start; commands that only read refuse an older database instead of changing it).")

    status = _command(commands, "status", "feed health, outbox depth and delivery failures (exit 3 when feeds fail)")
    status.add_argument("--health", action="store_true",
                        help="one line and exit 0 while some feed was polled successfully within 3 of its poll "
                             "intervals (or there are no feeds), else 1: the container health check")
    status.add_argument("--full", action="store_true",
                        help="each feed by its whole address, as `feeds list` shows it (default: its name and a "
                             "short address, host and path)")
    audit = _command(commands, "audit", "the audit log: rule and feed changes, feed anomalies, newest first",
                     "The audit log, newest first: who changed which rule or feed when (before and after), and "
                     "the anomalies the poller recorded (floods, feeds serving another site).")
    audit.add_argument("--limit", type=int, default=20, metavar="N", help="how many entries (default: 20)")
    audit.add_argument("--action", default="", metavar="PREFIX",
                       help="only actions starting with this, e.g. rule. or feed. (default: all)")
    audit.add_argument("--json", action="store_true", help="one JSON object per line, with before and after in full")
    audit.add_argument("--show-secrets", action="store_true",
                       help="with --json, feed URLs of entries written by older versions as stored, with their user "
                            "name, password and query (default: without them, as on the text lines)")
    # The text lines are for reading at a terminal and never show a feed's credentials:
    # given without --json, --show-secrets did nothing, silently. Refused, saying how.
    audit.set_defaults(check_options=lambda args: audit.error(
        "--show-secrets applies to --json only (the text lines never show a feed's user name, password or key): "
        "use `pledgewatch audit --json --show-secrets`") if args.show_secrets and not args.json else None)
    return parser


def _refuse_rule_options_without_stored(test: argparse.ArgumentParser, args: argparse.Namespace) -> None:
    """--topic and --weight describe the rule --stored tries; without it TEXT is analysed
    by the rules as they are and they did nothing, silently."""
    for option, value in (("--topic", args.topic), ("--weight", args.weight)):
        if value is not None and not args.stored:
            test.error(f"{option} applies to --stored only (the rule tried on the stored articles): "
                       "use `pledgewatch rules test --stored EXPRESSION " + option + " ...`")


def _rule_id(text: str) -> int:
    """A rule id as argparse reads it: SQLite's integers end at 2**63 - 1, and a larger
    one ended `rules edit` in an OverflowError traceback."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a rule id (see `rules list`)") from None
    if not 1 <= value < 2**63:
        raise argparse.ArgumentTypeError(f"{text!r} is not a rule id (see `rules list`)")
    return value


# `pledges` lists as many as /pledges in chat (bot.core.chat.query_commands.MAX_PLEDGE_LINES; not
# imported here so that --help and --version load no rules; a test keeps them equal).
MAX_LISTED_PLEDGES = 15
