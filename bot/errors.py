"""One exception tree. Library errors are wrapped at the adapter boundary so the
core and the CLI only ever see these."""

from __future__ import annotations


class PledgewatchError(Exception):
    """Base of every error pledgewatch raises on purpose."""


class ConfigError(PledgewatchError):
    """Invalid settings; the message names the key and the problem."""


class EnvironmentSettingError(ConfigError):
    """An invalid value of an environment variable (the message names it): no settings
    file is at fault, so none is named beside it."""


class ChatFeedAddressError(ConfigError):
    """A feed added from chat names a host the chat address policy refuses (this machine,
    or a private network). `host` as written, `kind` ("loopback" or "private"), `policy`
    the chat_feed_addresses in force: the chat reply is worded from these, in the chat's
    language."""

    def __init__(self, host: str, kind: str, policy: str):
        self.host, self.kind, self.policy = host, kind, policy
        super().__init__(f"feed: {host} is a {kind} host; feeds added from chat may not name one while "
                         f"chat_feed_addresses is {policy!r} (the operator's setting)")


class LookAlikeHostError(ConfigError):
    """A feed URL's host mixes scripts ("nеws.example.com" with a Cyrillic "е": another site
    that reads as news.example.com). `host` as written in Unicode, `mixed` its
    bot.core.feeds.host_scripts.MixedLabel, `ascii_form` the host as fetched: a chat words
    the refusal from these, in its language."""

    def __init__(self, key: str, host: str, mixed: object, ascii_form: str):
        self.host, self.mixed, self.ascii_form = host, mixed, ascii_form
        super().__init__(f"{key}: the host {host!r} mixes {mixed.describe()}; in ASCII it is "  # type: ignore[attr-defined]
                         f"{ascii_form}, not the site it looks like. Type the address in one script")


class ChatUnreachable(PledgewatchError):
    """A chat platform could not be reached at `run`'s start for a reason that may pass (the
    network, a timeout, a 5xx, a gateway dropping the connection, a 429): `run` goes on without
    that chat, its alerts waiting in the outbox, and tries it again in the background
    (bot/adapters/late_chat_start.py). A refused token or setting is a ConfigError instead,
    which stops the start. `retry_after`: the least wait the platform asked for, if any."""

    def __init__(self, message: str, retry_after: float | None = None):
        super().__init__(message)
        self.retry_after = retry_after


class ChatFeedLimitError(PledgewatchError):
    """A chat already holds as many feeds added from it as max_feeds_per_chat allows."""

    def __init__(self, limit: int):
        self.limit = limit
        super().__init__(f"feed: this chat has added {limit} feeds, the most max_feeds_per_chat allows")


class FeedError(PledgewatchError):
    """A feed could not be fetched or parsed. One feed's error never stops the others.

    The message is English, for the log, `status` and the operator. `kind` and `details`
    name the commoner problems apart ("http" with its status, "dns" with its host...), so a
    chat can tell them in its own language (bot/core/chat/feed_check.py); "" when the
    problem has no such name, and the chat quotes the message."""

    def __init__(self, message: str, *, kind: str = "", **details: object):
        super().__init__(message)
        self.kind = kind
        self.details = details


class FetchError(FeedError):
    """Network-level failure: unreachable, timeout, HTTP error status, redirect loop, too big.
    `retry_after` is the seconds a server asked us to wait (429 or 503 with Retry-After)."""

    def __init__(self, message: str, retry_after: float | None = None, *, kind: str = "", **details: object):
        self.retry_after = retry_after
        super().__init__(message, kind=kind, **details)


class ParseError(FeedError):
    """The body was fetched but is not a usable feed (malformed, entities declared, ...)."""


class RuleError(PledgewatchError):
    """A rule expression is invalid. `position` is the 0-based character offset in the
    expression; `subject` what the error is about when that is more than the rule typed in
    ("rules.toml: rule #3 (aid)"), already at the head of the message."""

    def __init__(self, message: str, position: int | None = None, expected: str | None = None,
                 subject: str = "", *, bound: str = "", values: dict[str, object] | None = None):
        self.position = position
        self.expected = expected
        self.subject = subject
        # Which of the rule language's bounds the expression broke ("too_long", "too_deep",
        # "too_costly"; "" for any other error) and its figures: the chats say these in their
        # own language (rule_commands.describe_rule_error), the message is English.
        self.bound = bound
        self.values = dict(values or {})
        super().__init__(message)

    def about(self, subject: str) -> RuleError:
        """The same error named as being about `subject` (a file, a rule of it), outermost first."""
        inner = f"{subject}: {self.subject}" if self.subject else subject
        return RuleError(f"{subject}: {self}", self.position, self.expected, subject=inner, bound=self.bound,
                         values=self.values)

    def detail(self) -> str:
        """The message without its subject: what is wrong in the expression."""
        return str(self).removeprefix(f"{self.subject}: ") if self.subject else str(self)


def naming_the_rules_file(exc: ConfigError | RuleError, where: str) -> ConfigError | RuleError:
    """The same error with the rules file it is about named first ("seed rules FILE: ...",
    "FILE: ..."): "rules: invalid TOML" or "rule #1: ..." alone left the user to guess
    which file the line or the rule number was in."""
    if isinstance(exc, RuleError):
        return exc.about(where)
    return ConfigError(f"{where}: {str(exc).removeprefix('rules: ')}")


class StoreError(PledgewatchError):
    """The database cannot be used (read-only, full disk, locked by another process...).
    `refusal`: it refuses writes for a reason outside the bot (read-only, full or failing
    disk, locked, a folder it may not write), an expected condition that passes, unlike a
    missing table or a malformed file (a bug or damage). One class for both: its name is
    shown in a poll's error ("storing failed: StoreError: ...")."""

    def __init__(self, *args: object, refusal: bool = False) -> None:
        super().__init__(*args)
        self.refusal = refusal


class ListenError(PledgewatchError):
    """A server could not listen where it was told (the port taken, no such address):
    an operation tried that failed, not a setting written wrong."""


class CommandError(PledgewatchError):
    """A chat or CLI command was refused; the message is safe to show to the user."""


class NoSuchRuleError(CommandError):
    """A rule id that no rule has (edited, removed or undone meanwhile, or mistyped)."""

    def __init__(self, rule_id: int):
        self.rule_id = rule_id
        super().__init__(f"no rule with id {rule_id} (see the list of rules)")


class RuleNotSavedError(CommandError):
    """A rule that validation warns about (matches almost everything, a bare NOT...),
    saved only with --force; the warnings say why."""

    def __init__(self, warnings: list[str]):
        self.warnings = warnings
        super().__init__(f"rule not saved: {'; '.join(warnings)}. Repeat with --force to save it anyway.")


class NothingToUndoError(CommandError):
    """No rule change to undo: none was made (`after_import` False), or the last one
    imported a whole rules file, which undo does not reverse (`after_import` True)."""

    def __init__(self, after_import: bool):
        self.after_import = after_import
        super().__init__("the last change was a bulk import; undo it by importing the previous export"
                         if after_import else "nothing to undo")


class UnknownTopicError(CommandError):
    """A rule added under a topic no rule has yet, without saying a new topic is meant:
    most often a typo ("tank" for "tanks"), which would make a topic nobody subscribes to."""

    def __init__(self, topic: str, known: list[str]):
        self.topic = topic
        self.known = known
        super().__init__(f"unknown topic {topic[:40]!r}; the topics are {', '.join(known) or 'none yet'}. "
                         "Repeat with --new-topic to start a new one.")
