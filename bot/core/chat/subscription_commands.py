"""The chat commands that set up this chat: /lang (the reply language), /subscribe and
/unsubscribe (every topic or those named), /topics (what there is, and what this chat
gets) and /mode (alerts at once, or one daily digest). In a group only those who may
manage the chat run them (Command.manage)."""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence
from dataclasses import replace

from bot.core.chat.chat_addresses import place_link, split_address
from bot.core.chat.command_group import CommandGroup, no_argument_note
from bot.core.chat.digest import DEFAULT_DIGEST_TIME, typed_digest_time  # one default, one reading of a time
from bot.core.chat.i18n import LANGUAGES, t
from bot.core.chat.replies import Reply, linked_reply
from bot.core.chat.services import ChatContext, ChatSettings
from bot.core.chat.topic_names import topic_names, topic_of
from bot.core.models import Rule
from bot.core.text import fold
from bot.errors import CommandError

# What newcomers write for every topic ("/subscribe all" was "Unknown topic(s): all").
_EVERY_TOPIC = {"all", "every", "everything", "all topics", "tout", "tous", "toutes", "tous les themes", "*"}

# The most words one topic is named in ("défense anti-aérienne" is three): a message of
# a thousand words must not be tried as every run of them.
MAX_TOPIC_WORDS = 4


class SubscriptionCommands(CommandGroup):
    """/lang, /subscribe, /unsubscribe, /topics, /mode."""

    def _mode_text(self, settings: ChatSettings | None, lang: str) -> str:
        if settings and settings.mode == "digest":
            return t(lang, "mode_text_digest", time=settings.digest_time or DEFAULT_DIGEST_TIME)
        return t(lang, "mode_text_instant")

    def _current_mode(self, ctx: ChatContext, lang: str) -> str:
        """How alerts come to this chat now, or that none come."""
        settings = self.services.chat_settings(ctx.platform, ctx.chat_id)
        if settings is None or not settings.subscribed:
            # "Send /subscribe first" only to whom may: a group's member would be refused it.
            return t(lang, "not_subscribed" if ctx.can_manage_chat else "topics_mine_none")
        return t(lang, "mode_current", mode_text=self._mode_text(settings, lang))

    def _cmd_lang(self, ctx: ChatContext, args: str, lang: str) -> str:
        if not args:  # anyone may read it; the choice is the chat's managers' (needs_manager)
            return t(lang, "lang_current" if ctx.can_manage_chat else "lang_current_member", lang=lang)
        choice = language_of(args)
        if choice is None:
            return t(lang, "lang_bad", lang=args[:20])
        self.services.set_lang(ctx.platform, ctx.chat_id, choice, self.clock.now())
        return t(choice, "lang_set")

    def _topics_or_error(self, args: str, lang: str) -> tuple[list[str], list[str]]:
        valid = known_topics(self.services.rules())
        if not valid:
            raise CommandError(t(lang, "no_topics"))
        if fold(args.strip()) in _EVERY_TOPIC and topic_of(args, valid) is None:
            return list(valid), valid  # "/subscribe all": every topic, as /subscribe alone
        asked, bad = read_topics(args, valid)
        if bad:
            message = t(lang, "unknown_topics", bad=", ".join(b[:40] for b in bad[:10]),
                        valid=topic_names(valid, lang))
            guesses = list(dict.fromkeys(g for b in bad for g in difflib.get_close_matches(b.lower(), valid, n=1)))
            if guesses:
                message += " " + t(lang, "unknown_topics_guess", guesses=topic_names(guesses, lang))
            raise CommandError(message)
        return asked, valid

    def _cmd_subscribe(self, ctx: ChatContext, args: str, lang: str) -> str:
        reply = self._subscribe(ctx, args, lang)
        if ctx.bot_cannot_post:
            # Subscribed all the same (an admin may grant the permission next), but told now:
            # the first alert would fail and end the subscription with no word in the chat.
            return f"{reply}\n{t(lang, 'bot_cannot_post', permissions=', '.join(ctx.bot_cannot_post))}"
        return reply

    def _subscribe(self, ctx: ChatContext, args: str, lang: str) -> str:
        topics, valid = self._topics_or_error(args, lang)
        settings = self.services.chat_settings(ctx.platform, ctx.chat_id)
        if topics and settings is not None and settings.subscribed and not settings.topics and settings.excluded:
            # A chat that left some topics of all takes back those named: "/subscribe tanks"
            # after "/unsubscribe tanks" is every topic again, not tanks alone.
            left = [topic for topic in settings.excluded if topic not in topics]
            self.services.subscribe(ctx.platform, ctx.chat_id, [], lang, self.clock.now(), excluded=left)
            return self._every_topic_reply(ctx, left, lang)
        if topics and settings is not None and settings.subscribed and settings.topics:
            # A chat following some topics adds those named: "/subscribe artillery" after
            # "/subscribe tanks" had replaced tanks, ending the tanks alerts still waiting
            # for a digest. A chat following every topic still narrows to those named.
            topics = sorted(set(settings.topics) | set(topics))
        if set(topics) == set(valid):
            topics = []  # naming every topic is "all", which also covers topics added later
        self.services.subscribe(ctx.platform, ctx.chat_id, topics, lang, self.clock.now())
        settings = self.services.chat_settings(ctx.platform, ctx.chat_id)
        mode_text = self._mode_text(settings, lang)
        if not topics:
            return t(lang, "subscribed_all", mode_text=mode_text)
        return t(lang, "subscribed_topics", topics=topic_names(topics, lang), mode_text=mode_text)

    def _cmd_unsubscribe(self, ctx: ChatContext, args: str, lang: str) -> str | Reply:
        settings = self.services.chat_settings(ctx.platform, ctx.chat_id)
        subscribed_here = settings is not None and settings.subscribed
        # A forum's General and its topics are chats of their own: alerts may go on in
        # another of them, which this chat's answer must not hide (see _others_subscribed).
        elsewhere = self._others_subscribed(ctx)
        now = self.clock.now()
        if fold(args.strip()) in _EVERYWHERE:
            stopped = ([ctx.chat_id] if subscribed_here else []) + elsewhere
            if not stopped:
                return t(lang, "not_subscribed")
            for chat_id in stopped:
                self.services.unsubscribe(ctx.platform, chat_id, now)
            return places_reply(lang, "unsubscribed_everywhere", stopped) if elsewhere else t(lang, "unsubscribed")
        if not subscribed_here:
            if not elsewhere:
                return t(lang, "not_subscribed")
            # "Send /subscribe first" while the group's alerts go on in a topic sent the admin
            # the wrong way: say where they go, and how to stop them.
            return replace(places_reply(lang, "not_subscribed_here", elsewhere),
                           buttons=((t(lang, "unsubscribe_everywhere_button"), "/unsubscribe everywhere"),))
        assert settings is not None  # subscribed_here
        if not args:
            self.services.unsubscribe(ctx.platform, ctx.chat_id, now)
            if elsewhere:
                return places_reply(lang, "unsubscribed_elsewhere_left", elsewhere)
            return t(lang, "unsubscribed")
        removed, valid = self._topics_or_error(args, lang)
        current = settings.topics or tuple(topic for topic in valid if topic not in settings.excluded)
        if not set(removed) & set(current):
            # "Removed tanks. Still subscribed to: air defence." was said of a topic never followed.
            return t(lang, "unsubscribe_not_followed", removed=topic_names(removed, lang),
                     mine=self._cmd_topics(ctx, "", lang).splitlines()[-1])
        removed = [topic for topic in removed if topic in current]
        remaining = sorted(set(current) - set(removed))
        if not remaining:
            self.services.unsubscribe(ctx.platform, ctx.chat_id, now)
            return t(lang, "unsubscribed")
        if not settings.topics:
            # Every topic but those left: the list of the others, stored instead, froze it,
            # and topics the rules added later never reached the chat.
            left = sorted(set(settings.excluded) | set(removed))
            self.services.subscribe(ctx.platform, ctx.chat_id, [], lang, now, excluded=left)
            return self._every_topic_reply(ctx, left, lang)
        self.services.subscribe(ctx.platform, ctx.chat_id, remaining, lang, now)
        return t(lang, "unsubscribed_topics", removed=topic_names(removed, lang), topics=topic_names(remaining, lang))

    def _every_topic_reply(self, ctx: ChatContext, left: Sequence[str], lang: str) -> str:
        """What a chat following every topic, but those `left`, now gets."""
        mode_text = self._mode_text(self.services.chat_settings(ctx.platform, ctx.chat_id), lang)
        if not left:
            return t(lang, "subscribed_all", mode_text=mode_text)
        return t(lang, "subscribed_all_but", left=topic_names(left, lang), mode_text=mode_text)

    def _others_subscribed(self, ctx: ChatContext) -> list[str]:
        """The other chats of this chat's group that get alerts (a Telegram forum's General
        and topics); none where the platform has no such groups."""
        if not ctx.group_chat:
            return []
        return [chat_id for chat_id in self.services.subscribed_in_group(ctx.platform, ctx.group_chat)
                if chat_id != ctx.chat_id]

    def _cmd_topics(self, ctx: ChatContext, args: str, lang: str) -> str:
        valid = known_topics(self.services.rules())
        if not valid:
            return t(lang, "no_topics")
        settings = self.services.chat_settings(ctx.platform, ctx.chat_id)
        lines = [t(lang, "topics_list", topics=topic_names(valid, lang))]
        if note := no_argument_note("topics", args, lang):
            # "/topics tanks" is most often meant as "follow tanks": say how, naming it when it is one.
            asked, _ = read_topics(args, valid)
            lines[:0] = [note, t(lang, "topics_to_follow", example=(asked or valid)[0])]
        if settings is None or not settings.subscribed:
            lines.append(t(lang, "topics_mine_none"))
        elif not settings.topics and settings.excluded:
            lines.append(t(lang, "topics_mine_all_but", left=topic_names(settings.excluded, lang),
                           mode_text=self._mode_text(settings, lang)))
        elif not settings.topics:
            lines.append(t(lang, "topics_mine_all", mode_text=self._mode_text(settings, lang)))
        else:
            lines.append(t(lang, "topics_mine", topics=topic_names(settings.topics, lang),
                           mode_text=self._mode_text(settings, lang)))
        return "\n".join(lines)

    def _cmd_mode(self, ctx: ChatContext, args: str, lang: str) -> str:
        if not args:  # anyone may read it; the choice is the chat's managers' (needs_manager)
            how = "mode_bad" if ctx.can_manage_chat else "mode_member"
            return "\n".join([self._current_mode(ctx, lang), t(lang, how)])
        words = args.lower().split()
        words[:1] = [_MODE_WORDS.get(fold(words[0]), words[0])]
        if words[:1] == ["instant"] and len(words) == 1:
            mode, time = "instant", None
        elif words[:1] == ["digest"] and len(words) <= 4:  # digest 8 pm utc
            time = typed_digest_time(" ".join(words[1:])) if len(words) > 1 else DEFAULT_DIGEST_TIME
            if time is None:  # "/mode digest 25:00" was answered with the usage alone, the time unnamed
                return "\n".join([t(lang, "mode_bad_time", time=" ".join(words[1:])[:40]), t(lang, "mode_bad")])
            mode = "digest"
        else:
            # The word named first ("/mode weekly" was told the usage alone).
            return "\n".join([t(lang, "mode_bad_word", word=" ".join(args.split())[:40]), t(lang, "mode_bad")])
        if not self.services.set_mode(ctx.platform, ctx.chat_id, mode, time, self.clock.now()):
            return t(lang, "not_subscribed")
        return t(lang, "mode_set_digest", time=time) if mode == "digest" else t(lang, "mode_set_instant")


# What stops every chat of a group (a forum's General and topics) at once: "/unsubscribe everywhere".
_EVERYWHERE = {"everywhere", "partout", "all chats", "all places", "uberall"}


def stops_every_topic(args: str) -> bool:
    """Whether `/unsubscribe args` asks to stop every alert of the chat (no topic named)."""
    return not args.strip() or fold(args.strip()) in _EVERYWHERE


def places_reply(lang: str, key: str, addresses: Sequence[str]) -> Reply:
    """The text `key` with its {places} the chats at `addresses` ("General", "topic 77"),
    each a link that opens it where Telegram gives one."""
    before, _, after = t(lang, key, places="\x00").partition("\x00")
    pieces: list[tuple[str, str]] = [(before, "")]
    for number, address in enumerate(addresses):
        if number:
            pieces.append((", ", ""))
        _, topic = split_address(address)
        name = t(lang, "place_general") if topic is None else t(lang, "place_topic", topic=topic)
        pieces.append((name, place_link(address)))
    pieces.append((after, ""))
    return linked_reply(pieces)


# The modes as French and German users name them (the replies call a digest "résumé
# quotidien", "tägliche Zusammenfassung").
_MODE_WORDS = {"instantane": "instant", "immediat": "instant", "resume": "digest", "quotidien": "digest",
               "sofort": "instant", "zusammenfassung": "digest", "taglich": "digest"}

# A language as people name it: its code, a regional code, or its name in English, French
# or German.
_LANGUAGE_NAMES = {"english": "en", "anglais": "en", "englisch": "en", "french": "fr", "francais": "fr",
                   "franzosisch": "fr", "german": "de", "allemand": "de", "deutsch": "de"}


def language_of(typed: str) -> str | None:
    """"fr" for "fr", "FR", "fr-FR", "français", "french"; "de" for "de", "de_AT", "de-CH",
    "Deutsch"; None for a language not offered."""
    word = fold(typed.strip())
    code = _LANGUAGE_NAMES.get(word) or re.sub(r"[-_][a-z]{2}$", "", word)
    return code if code in LANGUAGES else None


def read_topics(args: str, valid: Sequence[str]) -> tuple[list[str], list[str]]:
    """The topics named in `args` and the words that name none. A topic is named by its
    code in any case, or in words as /pledges reads a category ("air-defence", "défense
    aérienne", "chars", "Flugabwehr"); the longest run of words that names one wins, so
    "défense aérienne" is one topic, not two unknown words."""
    # Commas and semicolons part topics as blanks do ("tanks,drones" was one unknown word).
    words = [w for w in re.split(r"[\s,;]+", args) if w]
    topics: list[str] = []
    bad: list[str] = []
    start = 0
    while start < len(words):
        longest = min(len(words), start + MAX_TOPIC_WORDS)
        end, topic = next(((end, topic) for end in range(longest, start, -1)
                           if (topic := topic_of(" ".join(words[start:end]), valid))), (start + 1, None))
        if topic is None:
            if words[start] not in bad:  # ("Unknown topic(s): dronez, tankz, dronez" named a word twice)
                bad.append(words[start])
        elif topic not in topics:
            topics.append(topic)
        start = end
    return topics, bad




def known_topics(rules: Sequence[Rule]) -> list[str]:
    """Topics one can subscribe to: those of enabled rules that add to a score
    (negative-weight 'trap' rules only cancel look-alikes)."""
    return sorted({r.topic for r in rules if r.enabled and r.weight > 0})
