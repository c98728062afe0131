"""Editing the rules safely: validate first, save, audit, and allow undo.

Shared by the CLI and the chat commands. Every change bumps the `rules_version`
setting; the running app recompiles its RuleSet when it sees a new version, so
an edit takes effect on the next poll without a restart.
"""

from __future__ import annotations

import unicodedata
from dataclasses import asdict, dataclass, replace
from datetime import datetime, timedelta

from bot.adapters import ruleset_cache
from bot.adapters.lexicon_cache import DiskLexicon
from bot.adapters.sqlite_store import SqliteStore
from bot.config import load_entities
from bot.core.chat.topic_names import clashing_topic
from bot.core.feeds.urls import feed_source_name
from bot.core.models import Rule
from bot.core.pledges.passes.entities import Entities
from bot.core.ports import Clock
from bot.core.rules.files import dump_rules_toml, load_rules_toml, rule_key
from bot.core.rules.language import RuleSet, validate_rule, validate_rules
from bot.core.rules.match_keys import Lexicon, SharedTable
from bot.core.rules.topics import score_lowering_topics
from bot.core.text.lookalike_letters import article_text, latin_lookalikes_folded
from bot.core.text.safe_text import MAX_TEXT_CHARS, clean_line, clean_text
from bot.errors import (
    ConfigError,
    NoSuchRuleError,
    NothingToUndoError,
    RuleError,
    RuleNotSavedError,
    UnknownTopicError,
)

DEFAULT_THRESHOLD = 2.0
# `/rule_test --stored EXPRESSION`: the recent stored articles it is tried on, and how
# many of those it newly picks out are listed. Bounded so a chat reply stays quick.
STORED_TEST_DAYS = 30
STORED_TEST_LIMIT = 5000
STORED_TEST_SHOWN = 5
_CANDIDATE_ID = -1  # the rule being tried, not yet saved
# A rule added or edited is also tried on the newest stored articles: one firing on most of
# what the feeds bring ("Ukraine", "Russia OR war": words of every article these feeds carry,
# which the unrelated sample sentences of validate_rule never hold) raises the score of each,
# and with one more word of another rule each becomes an alert. Fewer stored articles than
# BROAD_MIN say nothing (a new database); the window is short so a command stays quick.
BROAD_DAYS = 3
BROAD_SAMPLE = 300
BROAD_MIN = 50
BROAD_SHARE = 0.5
_STORED_PREFIXES = ("--stored", "\u2014stored", "\u2013stored", "stored:")


def _typed(expression: str) -> str:
    """An expression as a person typed or pasted it, without what no rule can mean:
    a word copied from a web page may carry a soft hyphen or a zero-width space
    ("Leo\u00adpard"), which feed text never holds any more (clean_text), so the rule
    would never fire; a bidirectional override would garble `/rules` for everyone.
    A line break, tab or other control character inside it is refused (RuleError).
    A Latin word typed with a Cyrillic or Greek letter that looks Latin ("Lеopard" on a
    Cyrillic layout) is written in Latin letters, as article text is before the rules read
    it (bot.core.text.lookalike_letters): as typed, the rule could never fire."""
    expression = expression.strip()
    _refuse_control_characters(expression)
    return latin_lookalikes_folded(clean_text(expression)).strip()


_CONTROL_NAMES = {"\n": "a line break", "\r": "a line break", "\t": "a tab"}


def _refuse_control_characters(expression: str) -> None:
    """A rule typed by a person is one line: a line break in it (a chat message of two
    lines, a pasted export) split the rule across lines of `rules list` and `/rules`,
    where the next line read as another rule. Rules files may still wrap long
    expressions (TOML multi-line strings); those are shown on one line."""
    if expression.isprintable():  # the common case, at C speed
        return
    for position, char in enumerate(expression):
        if unicodedata.category(char) == "Cc":
            what = _CONTROL_NAMES.get(char, f"a control character (U+{ord(char):04X})")
            raise RuleError(f"the expression holds {what} at character {position + 1}; "
                            "write the rule on one line")


def _stored_expression(text: str) -> str | None:
    """The expression of "--stored EXPRESSION", else None (a text to test). A bare "--stored"
    gives an empty expression, refused as such: it was analysed as a text ("no rule fired")."""
    stripped = text.strip()
    for prefix in _STORED_PREFIXES:
        if stripped.lower().startswith(prefix) and stripped[len(prefix):][:1] in ("", " ", "\n", "\t"):
            return stripped[len(prefix):].strip()
    return None


def _stored_text(row: dict) -> str:
    """A stored article's text as the rules read it when it was polled: title, summary, and
    its content where that is more than the summary."""
    body = "\n\n".join(p for p in (row["summary"], row["content"] if row["content"] != row["summary"] else "") if p)
    return f"{row['title']}\n\n{body}" if body else row["title"]


# The last text checked, with the lists it was checked against (kept, so `is` compares
# them): a first start checks the seed rules before it makes the database, then imports
# them; the second check of the same text would repeat ~0.3 s of validation.
_last_checked: list[tuple[str, Entities, tuple[Rule, ...], float]] = []


def checked_rules_toml(text: str, entities: Entities, lexicon: Lexicon | None) -> tuple[list[Rule], float]:
    """The rules and threshold of a TOML text (the export format), every rule validated:
    what `rules import` and the seed rules save, checked without a database."""
    for checked_text, checked_entities, rules, threshold in _last_checked:
        if checked_text == text and checked_entities is entities:
            return list(rules), threshold
    rules, threshold = _validated_rules_toml(text, entities, lexicon)
    _last_checked[:] = [(text, entities, tuple(rules), threshold)]
    return rules, threshold


def _validated_rules_toml(text: str, entities: Entities, lexicon: Lexicon | None) -> tuple[list[Rule], float]:
    rules, threshold = load_rules_toml(text)
    if not any(rule.enabled for rule in rules):
        # Importing it deleted every rule; the next command then re-imported the
        # shipped seed rules into the empty table, so the admin's own rules were
        # gone without a word. A database never runs on zero rules (see
        # bot.config.seed_rules_file).
        raise ConfigError("rules: the file has no enabled [[rule]] table; importing it would leave no rules "
                          "(nothing changed)")
    # Errors are named as the file's own are (bot/core/rules/files.py): "rule #3 (aid): ...".
    validate_rules(rules, entities=entities, lexicon=_lexicon_for(rules, entities, lexicon))
    return rules, threshold


def _lexicon_for(rules: list[Rule], entities: Entities, lexicon: Lexicon | None) -> SharedTable | None:
    """For validating `rules` one by one: the cached table of all of them, compiled
    as the poller will compile them (so the table file is the one it reads next)."""
    if lexicon is None:
        return None
    try:
        table = RuleSet.compile(rules, entities=entities, lexicon=lexicon).lemma_table
    except RuleError:
        return None  # validate_rules names the faulty rule
    return SharedTable(lexicon, table)


@dataclass(frozen=True)
class RuleChange:
    rule: Rule | None
    warnings: tuple[str, ...] = ()
    message: str = ""
    undone: str = ""  # the audit action an undo reversed ("rule.add"); `rule` is the rule it was of


# What an undo reverses, by the audit action it reverses: "undid rule.add of rule 121" named
# the audit log's code, which the person who typed /rule_add never saw.
UNDONE_KINDS = {"rule.add": "the addition", "rule.edit": "the edit", "rule.remove": "the deletion"}


class RuleAdmin:
    def __init__(self, store: SqliteStore, clock: Clock, entities: Entities | None = None,
                 lexicon: Lexicon | None = None):
        self.store = store
        self.clock = clock
        # The lists that @donor, @system and @ukraine refer to: the shipped ones unless given.
        self.entities = entities if entities is not None else load_entities()
        self.lexicon = lexicon  # word tables kept between runs (bot.adapters.lexicon_cache)

    # -- reading ----------------------------------------------------------

    def rules(self) -> list[Rule]:
        return self.store.list_rules()

    def threshold(self) -> float:
        return float(self.store.get_setting("threshold", str(DEFAULT_THRESHOLD)))

    def version(self) -> str:
        return self.store.get_setting("rules_version", "0") or "0"

    def compile(self) -> RuleSet:
        return self.compile_these(self.rules(), self.threshold())

    def compile_these(self, rules: list[Rule], threshold: float) -> RuleSet:
        """`rules` compiled as compile() compiles the database's; reads nothing from the store,
        so that it may run on a thread while the event loop goes on (App.analyzer_ready)."""
        if isinstance(self.lexicon, DiskLexicon):  # compiled sets kept between runs beside its tables
            return ruleset_cache.compile_rules(rules, threshold=threshold, entities=self.entities,
                                               lexicon=self.lexicon)
        return RuleSet.compile(rules, threshold=threshold, entities=self.entities, lexicon=self.lexicon)

    def test(self, text: str) -> str:
        """Which rules fire on `text`; or, for "--stored EXPRESSION" (also "—stored", which
        phones make of "--", and "stored:"), what that rule would do on stored articles."""
        expression = _stored_expression(text)
        if expression is not None:
            return self.test_on_stored(expression)
        ruleset = self.compile()
        # Cleaned as feed text is before the poller reads it: an article pasted with its
        # soft hyphens ("Leo\u00adpard"), or its lookalike letters ("Lеopard"), fired fewer
        # rules here than it would when polled.
        return ruleset.explain(ruleset.analyze(article_text(text)[:MAX_TEXT_CHARS]))

    def test_on_stored(self, expression: str, *, topic: str = "aid", weight: float = 1.0,
                       days: int = STORED_TEST_DAYS, limit: int = STORED_TEST_LIMIT) -> str:
        """A rule tried before it is added: on how many of the recent stored articles it
        fires, and which articles it would make relevant that are not (the first few).
        Nothing is saved."""
        candidate = Rule(topic=clean_line(topic) or "aid", expression=_typed(expression), weight=weight,
                         id=_CANDIDATE_ID)
        validate_rule(candidate, entities=self.entities)  # a syntax error names its position, as for /rule_add
        ruleset = RuleSet.compile([*self.rules(), candidate], threshold=self.threshold(), entities=self.entities,
                                  lexicon=self.lexicon)
        rows = self._newest_of_each_feed(days, limit)
        fires, new = 0, []
        for row in rows:
            verdict = ruleset.analyze(_stored_text(row), title=row["title"])
            if any(hit.rule_id == _CANDIDATE_ID for hit in verdict.hits):
                fires += 1
                if verdict.relevant and not row["relevant"]:
                    new.append(row)
        lines = [f"rule {candidate.expression!r} (topic {candidate.topic}, weight {weight:g}) fires on {fires} of "
                 f"{len(rows)} sampled stored articles (the newest of each feed, last {days} days); with it, {len(new)} more would be relevant"
                 + (":" if new else ".")]
        # Sources named as alerts name them, without a feed's key: a chat reads this (/rule_test --stored).
        lines += [f"  {str(row['fetched_at'])[:10]} {row['title'][:100]} "
                  f"[{feed_source_name(row['feed_name'] or '', row['feed_url'] or '')}]"
                  for row in new[:STORED_TEST_SHOWN]]
        if len(new) > STORED_TEST_SHOWN:
            lines.append(f"  ... and {len(new) - STORED_TEST_SHOWN} more")
        lines.append("Nothing saved. After adding it, `pledgewatch reanalyze` records the articles it picks out.")
        return "\n".join(lines)

    def export_toml(self) -> str:
        return dump_rules_toml(self.rules(), self.threshold())

    # -- changing ---------------------------------------------------------------

    def topics(self) -> list[str]:
        """Every topic a rule has, disabled rules and `trap` included."""
        return sorted({rule.topic for rule in self.store.list_rules(include_disabled=True)})

    def add(self, topic: str, expression: str, weight: float = 1.0, *, actor: str, force: bool = False,
            new_topic: bool = False) -> RuleChange:
        """Add a rule under an existing topic, or a new one when `new_topic` says so: a
        typo in the topic had silently made a topic no chat is subscribed to."""
        rule = Rule(topic=clean_line(topic), expression=_typed(expression), weight=weight)
        warnings = self._checked(rule, force)  # first: a topic that is no name at all is an invalid rule
        known = self.topics()
        if not new_topic and rule.topic not in known:
            raise UnknownTopicError(rule.topic, known)
        if rule.topic not in known and (other := clashing_topic(rule.topic, known)):
            # Not even with --force: no chat could tell the two apart (topic_names.clashing_topic).
            raise RuleError(f"invalid topic {rule.topic!r}: it reads as the topic {other!r} (the same letters, "
                            f"'_' aside); add the rule to {other!r}, or name the new topic in other letters", None,
                            f"the topic {other}, or a name of other letters")
        now = self.clock.now()
        with self.store.transaction():
            rule = replace(rule, id=self.store.insert_rule(rule, now))
            self._changed(actor, "rule.add", rule, None, rule, now)
        return RuleChange(rule, tuple(warnings), f"rule {rule.id} added")

    def edit(self, rule_id: int, expression: str, *, actor: str, weight: float | None = None,
             force: bool = False) -> RuleChange:
        before = self._get(rule_id)
        after = replace(before, expression=_typed(expression), weight=before.weight if weight is None else weight)
        warnings = self._checked(after, force)
        now = self.clock.now()
        with self.store.transaction():
            self.store.update_rule(after, now)
            self._changed(actor, "rule.edit", after, before, after, now)
        return RuleChange(after, tuple(warnings), f"rule {rule_id} changed")

    def remove(self, rule_id: int, *, actor: str) -> RuleChange:
        before = self._get(rule_id)
        now = self.clock.now()
        with self.store.transaction():
            self.store.delete_rule(rule_id)
            self._changed(actor, "rule.remove", before, before, None, now)
        return RuleChange(before, self._topic_left_to_followers(before.topic), f"rule {rule_id} removed")

    def _topic_left_to_followers(self, topic: str) -> tuple[str, ...]:
        """A warning when no enabled rule has `topic` any more while chats follow it by name:
        they get none of its alerts (a chat following only it, none at all), which the admin
        who removed its last rule was not told."""
        if any(rule.topic == topic for rule in self.store.list_rules()):
            return ()
        followers = sum(1 for chat in self.store.subscriptions() if topic in chat.topics)
        if not followers:
            return ()
        return (f"no rule has topic {topic} any more, and {followers} chat(s) follow it by name: they get no "
                f"alerts of it until a rule has it again (undo puts this one back)",)

    def undo(self, *, actor: str) -> RuleChange:
        """Reverse the most recent rule change that has not been undone yet."""
        log = self.store.audit_log(limit=200, action_prefix="rule.")
        undone = {int(row["target"]) for row in log if row["action"] == "rule.undo" and row["target"].isdigit()}
        for row in log:
            if row["action"] in ("rule.undo", "rule.import") or row["id"] in undone:
                if row["action"] == "rule.import":
                    raise NothingToUndoError(after_import=True)
                continue
            now = self.clock.now()
            before, after = row["before"], row["after"]
            with self.store.transaction():
                if after and not before:  # an add: delete it
                    self.store.delete_rule(after["id"])
                elif before and not after:  # a removal: put it back with its old id
                    self.store.insert_rule(Rule(**before), now)
                else:  # an edit: restore the old version
                    self.store.update_rule(Rule(**before), now)
                self.store.audit(actor, "rule.undo", str(row["id"]), after, before, now)
                self._bump()
            rule = Rule(**(before or after))
            kind = UNDONE_KINDS.get(row["action"], row["action"])
            return RuleChange(rule, (), f"undid {kind} of rule {rule.id} ({rule.topic})", row["action"])
        raise NothingToUndoError(after_import=False)

    def import_toml(self, text: str, *, actor: str) -> int:
        """Replace every rule with those of a TOML text (the export format). All are
        validated before any is saved."""
        rules, threshold = checked_rules_toml(text, self.entities, self.lexicon)
        now = self.clock.now()
        with self.store.transaction():
            before = [asdict(r) for r in self.store.list_rules(include_disabled=True)]
            self.store.delete_all_rules()
            for rule in rules:
                self.store.insert_rule(rule, now)
            self.store.set_setting("threshold", repr(float(threshold)))
            self.store.audit(actor, "rule.import", "all", before, [asdict(r) for r in rules], now)
            self._bump()
        return len(rules)

    def import_if_empty(self, text: str, *, actor: str = "seed") -> int:
        if self.store.rule_count():
            return 0
        return self.import_toml(text, actor=actor)

    # -- internals --------------------------------------------------------------

    def _checked(self, rule: Rule, force: bool) -> list[str]:
        """Validate; a rule that looks wrong (matches almost everything...) is only
        saved when the admin insists, so nobody floods every chat by accident. So is a
        rule another enabled one already is (rule_key): its weight would count twice."""
        warnings = list(validate_rule(rule, entities=self.entities))
        others = [other for other in self.store.list_rules() if other.id != rule.id]
        warnings += [f"rule {other.id} is the same rule (topic and expression): its weight would count twice for "
                     "every article both match" for other in others
                     if other.enabled and rule_key(other) == rule_key(rule)]
        if rule.weight > 0 and (broad := self._broad_on_stored(rule)):
            warnings.append(broad)
        if rule.weight > 0 and rule.topic in score_lowering_topics(others):
            # `trap` holds the rules that pull look-alikes down: one of weight +1 there raises
            # the score of what it names (chat's /rule_add refuses it for that reason).
            warnings.append(f"every rule of topic {rule.topic} has a negative weight (they lower the score of "
                            f"look-alikes): this one, of weight {rule.weight:g}, would raise it; give it a "
                            "negative --weight, e.g. --weight -2")
        if warnings and not force:
            raise RuleNotSavedError(warnings)
        return warnings

    def _broad_on_stored(self, rule: Rule) -> str | None:
        """A warning when `rule` fires on most of the newest stored articles (BROAD_SHARE of
        them), else None. The newest of each feed, each an equal share at most: one feed
        flooding the database (a broken or hostile one) weighs as one feed, not as all."""
        rows = self._newest_of_each_feed(BROAD_DAYS, BROAD_SAMPLE)
        if len(rows) < BROAD_MIN:
            return None
        alone = RuleSet.compile([replace(rule, id=_CANDIDATE_ID, weight=1.0)], threshold=1.0, entities=self.entities,
                                lexicon=self.lexicon, name_rules=False)
        fires = sum(1 for row in rows if alone.analyze(_stored_text(row), title=row["title"]).hits)
        if fires <= BROAD_SHARE * len(rows):
            return None
        return (f"fires on {fires} of the {len(rows)} newest stored articles: nearly everything the feeds bring, "
                f"each of which it would raise by {rule.weight:g} (try it first with rule test --stored, "
                "/rule_test --stored in chat)")

    def _newest_of_each_feed(self, days: int, count: int) -> list[dict]:
        """The stored articles a rule is tried on (/rule_test --stored, and the broad check of
        /rule_add and /rule_edit): up to `count` fetched in the last `days`, the newest of each
        feed, each feed an equal share at most. The newest of all feeds let one feed flooding
        the database (a broken feed storing its items again at each poll, or a hostile one)
        fill the sample alone: a rule was tried on that feed's articles and no other's."""
        return self.store.newest_entries_per_feed_since(self.clock.now() - timedelta(days=days), count)

    def _get(self, rule_id: int) -> Rule:
        rule = self.store.get_rule(rule_id)
        if rule is None:
            raise NoSuchRuleError(rule_id)
        return rule

    def _changed(self, actor: str, action: str, rule: Rule, before: Rule | None, after: Rule | None,
                 now: datetime) -> None:
        self.store.audit(actor, action, str(rule.id), before and asdict(before), after and asdict(after), now)
        self._bump()

    def _bump(self) -> None:
        self.store.set_setting("rules_version", str(int(self.version()) + 1))
