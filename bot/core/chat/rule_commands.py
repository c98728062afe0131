"""The chat commands that read and edit the keyword rules: /rules for everyone, and for
bot admins /rule_add, /rule_edit, /rule_del, /rule_undo and /rule_test. The rules
themselves are checked and stored by RuleAdmin (bot/rule_admin.py) behind ChatServices;
here are the arguments, the flags and the words of the replies."""

from __future__ import annotations

import re
from collections.abc import Sequence
from difflib import get_close_matches

from bot.core.analysis import body_of
from bot.core.chat.command_group import CommandGroup, audit_actor, listed_id, shown_word
from bot.core.chat.i18n import t
from bot.core.chat.services import ChatContext
from bot.core.chat.topic_names import topic_name, topic_of
from bot.core.feeds.urls import feed_source_name
from bot.core.rules.topics import score_lowering_topics
from bot.core.text import fold, one_line
from bot.errors import CommandError, RuleError, UnknownTopicError


# A topic's code as rules store it (RuleAdmin refuses any other as an invalid rule).
_TOPIC_CODE = re.compile(r"[a-z][a-z0-9_]{0,39}")
# The most words a topic's name has ("réunion de l'Otan" is three).
_NAME_WORDS = 5


def _topic_named_first(args: str, topics: Sequence[str]) -> tuple[str, str, str] | None:
    """(topic, the rest of `args`, the words that named it) when `args` opens with a topic's
    code or name in any language, the longest name first ("air defence" before "air"), quotes
    around it allowed; at least one word is left for the rule."""
    words = args.split()
    for count in range(min(_NAME_WORDS, len(words) - 1), 0, -1):
        opening = re.match(rf"\s*(?:\S+\s+){{{count}}}", args)
        said = opening.group(0).strip()
        topic = topic_of(said.strip("\"'«»„“”"), topics)
        if topic is not None:
            return topic, args[opening.end():], said
    return None


def _topic_meant(typed: str, rest: str, topics: Sequence[str], lowering: Sequence[str], lang: str) -> str:
    """A line naming the topic a mistyped one is near ("tanx": tanks) and the command to send
    with it; "" when it is near none. The whole list alone left the admin to spot the letter.
    Near as /subscribe reads a topic (difflib's default cutoff: the codes are few and short, and
    "tanx" is 0.67 from tanks)."""
    close = get_close_matches(fold(typed), [topic for topic in topics if topic not in lowering], n=1)
    return "\n" + t(lang, "rule_topic_close", topic=close[0], command=f"/rule_add {close[0]} {rest}") if close else ""


def _topics_listed(topics: Sequence[str], lowering: Sequence[str], lang: str) -> str:
    """The topics a rule added in chat can join (not `trap`, whose rules weigh against
    look-alikes), each by its code and, where it differs, its name in the chat's language:
    "air_defence (défense aérienne), tanks (chars)"."""
    listed = []
    for topic in topics:
        if topic in lowering:
            continue
        name = topic_name(topic, lang)
        listed.append(f"{topic} ({name})" if _differs(name, topic) else topic)
    return ", ".join(listed) or "-"


def _topic_shown(topic: str, lang: str, *, with_code: bool) -> str:
    """"chars" for tanks in French; "chars [tanks]" with its code."""
    name = topic_name(topic, lang)
    return f"{name} [{topic}]" if with_code and _differs(name, topic) else name


def _differs(name: str, topic: str) -> bool:
    """A topic's name that is not just its code written as words ("air defence")."""
    return fold(name).replace(" ", "_") != topic


class RuleCommands(CommandGroup):
    """/rules, /rule_add, /rule_edit, /rule_del, /rule_undo, /rule_test."""

    def _cmd_rules(self, ctx: ChatContext, args: str, lang: str) -> str:
        rules = self.services.rules()
        if not rules:
            return t(lang, "rules_none")
        threshold = f"{self.services.threshold():g}"
        title = t(lang, "rules_title", threshold=threshold)
        if word := shown_word(args):
            # "/rules 12" listed every rule, the twelfth somewhere in it: the rule asked, or a
            # topic's rules ("/rules tanks"), or a line saying what the command takes.
            rule_id = listed_id(word)
            if rule_id is not None:
                rules = [r for r in rules if r.id == rule_id]
                if not rules:
                    return t(lang, "rule_missing", id=rule_id)
            else:
                topics = sorted({r.topic for r in rules})
                # Read as /subscribe reads a topic: its code, or its name in words ("air defence").
                topic = topic_of(word, topics)
                if topic is None:
                    return t(lang, "rules_arg_bad", word=word, example=topic_name(topics[0], lang))
                rules = [r for r in rules if r.topic == topic]
                title = t(lang, "rules_topic_title", topic=topic_name(topic, lang), threshold=threshold)
        # One line per rule: a rules file may wrap a long expression over several. The topic by its
        # name in the chat's language ("chars", not "tanks", to a French chat); an admin also sees
        # its code where the name differs, as `rules add`, `--new-topic` and the rules file spell it.
        names = {topic: _topic_shown(topic, lang, with_code=ctx.is_admin) for topic in {r.topic for r in rules}}
        lines = [f"#{r.id} {names[r.topic]} ({r.weight:g}): {' '.join(r.expression.split())}" for r in rules]
        return "\n".join([title, *lines])

    def _rule_id(self, word: str, lang: str) -> int:
        rule_id = listed_id(word)
        if rule_id is None:
            raise CommandError(t(lang, "rule_id_bad", value=word[:30]))
        return rule_id

    def _with_warnings(self, message: str, warnings: Sequence[str], lang: str) -> str:
        return "\n".join([message, *(t(lang, "rule_warning", warning=w) for w in warnings)])

    def _cmd_rule_add(self, ctx: ChatContext, args: str, lang: str) -> str:
        parts = args.split(None, 1)
        if len(parts) < 2:
            return self.usage_reply("rule_add", lang)
        rules = self.services.rules()
        lowering = score_lowering_topics(rules)
        typed = parts[0]
        topics = sorted({r.topic for r in rules})
        if "--new-topic" not in _split_flags(parts[1], ("--force", "--new-topic"))[1] and typed not in topics:
            # (a code is that topic, whatever words it is) A topic named in words, as /subscribe
            # and /rules read it ("chars", "Panzer", and in several words "air defence", "défense
            # aérienne", quoted or not): a French admin was refused "Thème 'chars' inconnu" for
            # the topic /subscribe chars had just followed, and "défense aérienne" was read as
            # the topic "défense" and a rule "aérienne ...".
            named = _topic_named_first(args, topics)
            if named is not None:
                typed, parts = named[2], [named[0], named[1]]
            elif not _TOPIC_CODE.fullmatch(typed):
                # (no topic's name and no code either: "Raumschiffe" was refused as an invalid rule)
                raise CommandError(t(lang, "rule_topic_unknown", topic=shown_word(typed),
                                     known=_topics_listed(topics, lowering, lang))
                                   + _topic_meant(typed, parts[1], topics, lowering, lang))
        expression, flags = _split_flags(parts[1], ("--force", "--new-topic"))
        if parts[0] in lowering:
            return t(lang, "rule_topic_lowers", topic=parts[0])
        try:
            rule_id, warnings = self.services.rule_add(parts[0], expression, audit_actor(ctx), "--force" in flags,
                                                       new_topic="--new-topic" in flags)
        except UnknownTopicError as exc:
            raise CommandError(t(lang, "rule_topic_unknown", topic=exc.topic[:40],
                                 known=_topics_listed(exc.known, lowering, lang))
                               + _topic_meant(exc.topic, parts[1], exc.known, lowering, lang)) from None
        # Read from words, the topic is named: the admin sees which one "tank" or "chars" was.
        added = t(lang, "rule_added", id=rule_id) if parts[0] == typed else t(lang, "rule_added_as", id=rule_id,
                                                                               topic=parts[0])
        return self._with_warnings(added, warnings, lang)

    def _cmd_rule_edit(self, ctx: ChatContext, args: str, lang: str) -> str:
        parts = args.split(None, 1)
        if len(parts) < 2:
            return self.usage_reply("rule_edit", lang)
        expression, force = _split_force(parts[1])
        rule_id, warnings = self.services.rule_edit(self._rule_id(parts[0], lang), expression, audit_actor(ctx), force)
        return self._with_warnings(t(lang, "rule_changed", id=rule_id), warnings, lang)

    def _cmd_rule_del(self, ctx: ChatContext, args: str, lang: str) -> str:
        if not args or len(args.split()) != 1:
            return self.usage_reply("rule_del", lang)
        rule_id = self._rule_id(args, lang)
        warnings = self.services.rule_remove(rule_id, audit_actor(ctx))
        return self._with_warnings(t(lang, "rule_removed", id=rule_id), warnings, lang)

    def _cmd_rule_undo(self, ctx: ChatContext, args: str, lang: str) -> str:
        if args:
            return self.usage_reply("rule_undo", lang)
        action, rule_id, topic = self.services.rule_undo(audit_actor(ctx))
        # "Undone: undid rule.add of rule 121." named the audit log's code, in English in every chat.
        key = {"rule.add": "rule_undone_add", "rule.edit": "rule_undone_edit"}.get(action, "rule_undone_remove")
        return t(lang, key, id=rule_id, topic=topic)

    def _cmd_rule_test(self, ctx: ChatContext, args: str, lang: str) -> str:
        if not args:
            return self.usage_reply("rule_test", lang)
        if is_article_address(args):
            # An article's address, pasted to ask why it alerted or did not: its words were
            # tested ("no rule fired") as if the rules had missed the article itself.
            return self._article_verdict(args.strip(), lang)
        return self.services.rule_test(args)

    def _article_verdict(self, url: str, lang: str) -> str:
        """What became of the stored article at `url` when it was read, and what the rules
        make of it now; where none was seen, why that can be and what to send instead."""
        found = self.services.article(pasted_address(url))
        if found is None:
            return t(lang, "article_not_seen")
        title = one_line(found["title"])[:200]
        feed = feed_source_name(found["feed_name"] or "", found["feed_url"] or "")
        lines = [t(lang, "article_seen", seen=str(found["fetched_at"])[:16].replace("T", " ") + " UTC", feed=feed,
                   title=title)]
        score = f"{found['score']:g}"
        # "Found", not "read": `pledgewatch reanalyze` may have made it relevant since.
        if not found["relevant"]:
            lines.append(t(lang, "article_not_relevant", score=score, threshold=f"{self.services.threshold():g}"))
        elif found["story_id"] is None:
            # Stored relevant beyond a poll's budget of stories: it is put into one at a later poll.
            lines.append(t(lang, "article_waiting", score=score))
        else:
            # The story keeps its opener's link; the lowest entry id is not the opener once a
            # merge moved an older story's reports in, or a waiting report joined late.
            opened = t(lang, "article_opened", score=score, story=found["story_id"], reports=found["story_reports"])
            lines.append(opened if found["opened_story"] else
                         t(lang, "article_joined", score=score, story=found["story_id"]))
            # What the admin asks is why there was no alert: say whether one was queued at all.
            alerts = found["story_alerts"]
            lines.append(t(lang, "article_alerts", count=alerts) if alerts else t(lang, "article_no_alert"))
        if found.get("sharing_link", 1) > 1:
            lines.append(t(lang, "article_shared_link", count=found["sharing_link"]))
        body = body_of(found["summary"] or "", found["content"] or "")
        lines += [t(lang, "article_rules_now"),
                  self.services.rule_test(f"{found['title']}\n\n{body}" if body else found["title"])]
        return "\n".join(lines)


# One http(s) address and nothing else (between the marks it is pasted in, <...> as Discord users do).
_ARTICLE_ADDRESS = re.compile(r"<?https?://\S+?>?", re.I)


def is_article_address(text: str) -> bool:
    """`text` is one web address and nothing else: /rule_test (and `rules test`) reads it as
    the article at that address, not as words to test."""
    return bool(_ARTICLE_ADDRESS.fullmatch(text.strip()))


def pasted_address(text: str) -> str:
    """The address of an is_article_address text, without its blanks and <...> marks."""
    url = text.strip()
    return url[1:-1] if url.startswith("<") and url.endswith(">") else url


def _split_force(expression: str) -> tuple[str, bool]:
    """A trailing --force saves a rule despite validation warnings."""
    expression, flags = _split_flags(expression, ("--force",))
    return expression, bool(flags)


def _split_flags(expression: str, known: tuple[str, ...]) -> tuple[str, set[str]]:
    """The flags among `known` that end an expression, in any order ("... --new-topic
    --force"), taken off it."""
    flags: set[str] = set()
    stripped = expression.rstrip()
    while found := next((flag for flag in known if _ends_with_word(stripped, flag)), None):
        flags.add(found)
        stripped = stripped[: -len(found)].rstrip()
    return (stripped, flags) if flags else (expression, flags)


def _ends_with_word(text: str, word: str) -> bool:
    """`text` ends with `word` standing alone: "Leopard--force" is a typo in the
    expression, not the flag."""
    return text.endswith(word) and (len(text) == len(word) or text[-len(word) - 1].isspace())


# The flags each command that saves a rule takes off the end of its expression.
_SAVE_FLAGS = {"rule_add": ("--force", "--new-topic"), "rule_edit": ("--force",)}


def without_flags(name: str, args: str) -> str:
    """The arguments of command `name` as its expression was parsed: without the flags a rule_add or
    rule_edit takes off their end. An error's place is shown in them (describe_rule_error): with the
    flags left in, "/rule_add tanks --force" went wrong "near '--force'", as if the flag were the rule."""
    flags = _SAVE_FLAGS.get(name)
    if not flags:
        return args
    parts = args.split(None, 1)
    if len(parts) < 2:
        return args
    return f"{parts[0]} {_split_flags(parts[1], flags)[0]}"


# The example of a rule written right, per command, in the line after an invalid rule.
_RULE_EXAMPLES = {"rule_add": "/rule_add tanks leopard NEAR/5 ukraine",
                  "rule_edit": "/rule_edit 12 leopard NEAR/5 ukraine",
                  "rule_test": "/rule_test --stored leopard NEAR/5 ukraine"}


def rule_error_next_step(name: str, lang: str) -> str:
    """What to do after an invalid rule: nothing was changed, send the command again, and how
    a rule is written. The error alone named the mistake and left the admin to guess the rest."""
    example = _RULE_EXAMPLES.get(name)
    return t(lang, "rule_error_next", name=name, example=example) if example else ""


def describe_rule_error(exc: RuleError, expression: str, lang: str) -> str:
    """Where the expression went wrong and what was expected there."""
    where = ""
    if exc.position is not None:
        # The error position counts in the expression, which follows the command's
        # first argument(s); show the text around it instead of a bare number.
        # A command given only its first word has an empty expression: "/rule_test --stored"
        # was said to go wrong "near '--stored'".
        tail = expression.split(None, 1)[1] if len(expression.split(None, 1)) > 1 else ""
        fragment = tail[exc.position : exc.position + 20]
        where = (t(lang, "rule_error_where", position=exc.position, fragment=fragment) if fragment
                 else t(lang, "rule_error_where_end", position=exc.position))
        hint = _operator_hint(fragment, lang)
    said, what = _bound_said(exc, lang)
    expected = t(lang, "rule_error_expected", expected=what) if what else ""
    message = t(lang, "rule_error", where=where, message=said, expected=expected)
    return f"{message}\n{hint}" if exc.position is not None and hint else message


def _bound_said(exc: RuleError, lang: str) -> tuple[str, str | None]:
    """The error and what was expected, in `lang` when the expression broke one of the rule
    language's bounds (too long, nested too deep, too costly: what a hostile or unlucky rule
    meets); else as the rule language says them, in English (its operators are English)."""
    if exc.bound in ("too_long", "too_deep"):
        return (t(lang, f"rule_error_{exc.bound}", **exc.values),
                t(lang, f"rule_error_{exc.bound}_expected", **exc.values))
    if exc.bound in ("too_costly", "too_costly_partial"):
        values = dict(exc.values)
        part = t(lang, f"rule_cost_{values.pop('part')}", share=values.pop("share"))
        return t(lang, f"rule_error_{exc.bound}", part=part, **values), exc.expected
    return str(exc), exc.expected


# Operators as French and German admins write them; the rule language has English ones only.
_FOREIGN_OPERATORS = {
    "et": "AND", "ou": "OR", "sauf": "EXCEPT", "non": "NOT", "près": "NEAR/n", "pres": "NEAR/n",
    "und": "AND", "oder": "OR", "nicht": "NOT", "außer": "EXCEPT", "ausser": "EXCEPT",
}


def _operator_hint(fragment: str, lang: str) -> str:
    """"Operators are written in English: AND for ET." when the expression went wrong
    at a French or German operator, else ""."""
    word = (fragment.split() or [""])[0]
    operator = _FOREIGN_OPERATORS.get(word.casefold())
    return t(lang, "rule_error_operator", operator=operator, word=word) if operator else ""
