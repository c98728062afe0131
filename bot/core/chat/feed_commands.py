"""The chat commands about the feeds watched: /feeds for everyone (a private feed's key
is never shown), /feed_add and /feed_del for bot admins. Whether an address may be
fetched is decided behind ChatServices (bot/store_chat_services.py, bot/config/); here are
the arguments and the words of the replies."""

from __future__ import annotations

import re

from bot.core.chat.command_group import CommandGroup, audit_actor, listed_id, shown_word
from bot.core.chat.i18n import t
from bot.core.chat.replies import Reply
from bot.core.chat.services import ChatContext
from bot.core.feeds.urls import feed_source_name, shown_feed_url, with_scheme
from bot.core.text import one_line
from bot.errors import ChatFeedAddressError, ChatFeedLimitError, ConfigError, LookAlikeHostError

MAX_FEED_NAME = 200

# The marks an address is pasted between: <...> (Discord's way to show a link without its
# preview, and Markdown's), `...` (code), quotes and brackets of the sentence around it.
_WRAPPERS = {"<": ">", "`": "`", '"': '"', "'": "'", "(": ")", "[": "]", "«": "»", "“": "”"}
# Characters left by a paste ("https://x/rss>" from "<https://x/rss>" half copied, a quote or
# backtick of the sentence around it): such a feed's every fetch asked for another address.
# ("|", "^", "{" and "}" are no URL's either by RFC 3986, but search feeds' queries hold them
# as typed, "?q=Patriot|IRIS-T", and the fetch sends them encoded: they stay.)
_STRAY = re.compile(r"[<>`\"\\]")


def _unwrapped(url: str) -> str:
    """`url` without one pair of marks around it ("<https://x/rss>" -> "https://x/rss")."""
    if len(url) > 2 and _WRAPPERS.get(url[0]) == url[-1]:
        return url[1:-1].strip()
    return url


class FeedCommands(CommandGroup):
    """/feeds, /feed_add, /feed_del."""

    def _cmd_feeds(self, ctx: ChatContext, args: str, lang: str) -> str:
        feeds = self.services.feeds()
        if not feeds:
            return t(lang, "feeds_none")
        # Everyone may ask: a private feed's key (in its URL) is not shown, nor matched by a word.
        shown = [(f.id, feed_source_name(f.name, f.url), shown_feed_url(f.url)) for f in feeds]
        title = t(lang, "feeds_title")
        if word := shown_word(args):
            # "/feeds nato": the feeds whose name or shown address holds the word, in any case
            # (it listed every feed, and the user took the list for NATO's).
            wanted = word.casefold()
            kept = [feed for feed in shown if wanted in feed[1].casefold() or wanted in feed[2].casefold()]
            if not kept:
                return t(lang, "feeds_none_matching", word=word, total=len(shown))
            title = t(lang, "feeds_matching", word=word, count=len(kept), total=len(shown))
            shown = kept
        return "\n".join([title, *(f"#{number} {name}\n{url}" for number, name, url in shown)])

    def _cmd_feed_add(self, ctx: ChatContext, args: str, lang: str) -> str | Reply:
        parts = args.split(None, 1)
        if not parts:
            return self.usage_reply("feed_add", lang)
        url = _unwrapped(parts[0])
        if stray := _STRAY.search(url):
            return t(lang, "feed_stray_character", char=stray.group(0))
        if with_scheme(url):
            # The address as typed, query and all: its shown form (no query) names another feed.
            # The admin wrote it in this chat, so nothing is revealed by saying it back.
            return t(lang, "feed_no_scheme", url="https://" + url)
        name = one_line(parts[1])[:MAX_FEED_NAME] if len(parts) > 1 else ""
        try:
            added = self.services.feed_add(url, name, self.clock.now(), audit_actor(ctx),
                                           chat=f"{ctx.platform}:{ctx.chat_id}")
        except ChatFeedAddressError as exc:  # said in the chat's language, naming the setting
            return t(lang, f"feed_host_{exc.kind}", host=exc.host[:100], policy=exc.policy)
        except ChatFeedLimitError as exc:
            return t(lang, "feed_limit", limit=exc.limit)
        except LookAlikeHostError as exc:  # another site that reads as a known one: told in full
            return t(lang, "feed_host_look_alike", host=exc.host[:100], mixed=exc.mixed.describe(lang),
                     ascii=exc.ascii_form[:300])
        except ConfigError as exc:
            # The URL checks are shared with `feeds add` and the settings file, whose words are
            # English: a French chat got "feed: 'ftp://...' is not an http:// or https:// URL"
            # bare. Said under the chat's own words, and marked as English where it is not.
            return t(lang, "feed_refused", reason=str(exc).removeprefix("feed: ").rstrip("."))
        url = added.url or url  # as stored: "HTTPS://News.example:443/rss.xml#top" is https://news.example/rss.xml
        shown = shown_feed_url(url)
        if added.ascii_host:  # "аррӏе.com" in Cyrillic letters: its fetched form shows it is not apple.com
            shown += t(lang, "feed_ascii_host", host=added.ascii_host)
        if added.created:
            # The name said back: an address pasted with a blank in it was cut there, the rest
            # taken as the name without a word ("/feed_add https://x.example/a b" added .../a).
            text = (t(lang, "feed_added_named", id=added.id, name=name, url=shown) if name
                    else t(lang, "feed_added", id=added.id, url=shown))
            return Reply(text=text, feed_to_check=(added.id, url))
        current = feed_source_name(added.name, url)
        if added.renamed_from is not None:
            return t(lang, "feed_renamed", id=added.id, old=feed_source_name(added.renamed_from, url), name=current,
                     url=shown)
        if current == shown_feed_url(url):  # named by its address: no name to repeat
            return t(lang, "feed_present_unnamed", id=added.id, url=shown)
        return t(lang, "feed_present", id=added.id, name=current, url=shown)

    def _cmd_feed_del(self, ctx: ChatContext, args: str, lang: str) -> str:
        if not args or len(args.split()) != 1:
            return self.usage_reply("feed_del", lang)
        feed_id = listed_id(args)
        if feed_id is None:
            return t(lang, "feed_id_bad", value=args[:30])
        if not self.services.feed_remove(feed_id, audit_actor(ctx), self.clock.now()):
            return t(lang, "feed_missing", id=feed_id)
        return t(lang, "feed_removed", id=feed_id)
