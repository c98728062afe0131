"""An Alert as a Discord embed (a plain dict in Discord's JSON shape), within Discord's limits.

Feed text is untrusted: a headline can hold `@everyone`, `<@&role>`, a slash command
`</name:id>`, a timestamp `<t:1700000000:R>` or markdown that would restyle the message.
Everything taken from a feed is markdown-escaped and has its mentions and other live
tags broken with a zero-width space here; the adapter also sends with no
allowed mentions, so a mention that slipped through still pings nobody.

Pure: no discord.py import (bot.core stays free of platform libraries), so the two
escapes below mirror discord.utils.escape_markdown / escape_mentions.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Sequence
from urllib.parse import urlsplit

from bot.core.chat.alert_footer import alert_footer, digest_footer
from bot.core.chat.alerts import MAX_PLEDGES_CARRIED, describe_pledge, pledges_left_out, shown_sources
from bot.core.chat.topic_names import topic_name
from bot.core.chat.update_note import update_note
from bot.core.feeds.urls import shown_link
from bot.core.iso_times import UTC_MINUTE
from bot.core.models import Alert
from bot.core.text import one_line

# Discord's documented embed limits (characters).
TITLE_LIMIT = 256
DESCRIPTION_LIMIT = 4096
FIELD_COUNT_LIMIT = 25
FIELD_NAME_LIMIT = 256
FIELD_VALUE_LIMIT = 1024
FOOTER_LIMIT = 2048
TOTAL_LIMIT = 6000
URL_LIMIT = 2048
MESSAGE_LIMIT = 2000

MAX_OUTLET = 60  # one outlet's name in the Sources field

# Field names and notes in the chat's language.
LABELS = {
    "en": {"sources": "Sources", "date": "Date", "topics": "Topics", "more_outlets": "+{count} more outlets",
           "untitled": "(untitled)",
           "digest": "Daily digest: {count} stories", "digest_one": "Daily digest: 1 story",
           "digest_more": "… and {count} more", "digest_part": "{heading} (part {part} of {parts})"},
    "fr": {"sources": "Sources", "date": "Date", "topics": "Thèmes", "more_outlets": "+{count} autres médias",
           "untitled": "(sans titre)",
           "digest": "Résumé du jour : {count} articles", "digest_one": "Résumé du jour : 1 article",
           "digest_more": "… et {count} de plus", "digest_part": "{heading} (partie {part} sur {parts})"},
    "de": {"sources": "Quellen", "date": "Datum", "topics": "Themen", "more_outlets": "+{count} weitere Medien",
           "untitled": "(ohne Titel)",
           "digest": "Tagesübersicht: {count} Meldungen", "digest_one": "Tagesübersicht: 1 Meldung",
           "digest_more": "… und {count} weitere", "digest_part": "{heading} (Teil {part} von {parts})"},
}

SUMMARY_SHARE = 1500  # room for the summary; pledges get the rest of the description
MAX_PLEDGE_LINES = MAX_PLEDGES_CARRIED  # the most any renderer shows: what a queued alert carries

# One colour per weapon category; other topics get a stable colour from their name.
TOPIC_COLOURS = {
    "aid": 0x0057B7,  # Ukrainian blue
    "tanks": 0x556B2F,
    "armoured_vehicles": 0x6B8E23,
    "artillery": 0x8B4513,
    "ammunition": 0xB8860B,
    "air_defence": 0x1E90FF,
    "aircraft": 0x4682B4,
    "missiles": 0xB22222,
    "drones": 0x708090,
    "small_arms": 0x2F4F4F,
}
DEFAULT_COLOUR = 0xFFD700  # Ukrainian yellow, when a story has no topic

# A bare URL, left unescaped so that it stays a working link. Brackets end it: otherwise
# "https://a)[x](https://b)" would carry a live masked link through as "one URL".
_URL = re.compile(r"https?://[^\s<>\[\]]+")
URL_KEEP_LIMIT = 512  # a longer "URL" is escaped as text: no real link is that long
# Characters with a markdown meaning anywhere in a line, and those meaningful at a
# line start (headers, quotes, lists).
_INLINE_MARKDOWN = re.compile(r"([\\*_~`|\[\]])")
_LINE_START_MARKDOWN = re.compile(r"(?m)^(\s*)([#>\-+]|\d+\.)")
_MENTION = re.compile(r"@(everyone|here|[!&]?\d{15,21})")
# Discord's other live tags: a slash command (</name sub:id>, a button that runs it), a
# timestamp (<t:1700000000:R>, shown as "in 5 minutes" in each reader's time zone, so a
# feed could make its text say anything about time), a channel (<#id>), a server page
# (<id:customize>) and a custom emoji (<:name:id>, <a:name:id>). A zero-width space after
# the "<" leaves the text as it reads and no longer a tag (as for mentions above).
_LIVE_TAG = re.compile(r"<(?=(?:/|t:|#|id:|a?:)[^<>\n]*>)")


def escape_markdown(text: str) -> str:
    """Backslash every markdown character outside URLs (escaping inside a link would
    break it; Discord does not format text inside a bare URL anyway)."""
    out: list[str] = []
    last = 0
    for link in _URL.finditer(text):
        if len(link.group()) > URL_KEEP_LIMIT:
            continue
        out.append(_escape_plain(text[last : link.start()]))
        out.append(link.group())
        last = link.end()
    out.append(_escape_plain(text[last:]))
    return "".join(out)


def _escape_plain(text: str) -> str:
    text = _INLINE_MARKDOWN.sub(r"\\\1", text)
    return _LINE_START_MARKDOWN.sub(r"\1\\\2", text)


def escape_mentions(text: str) -> str:
    """Break @everyone, @here, user/role mentions and the other live tags (slash commands,
    timestamps, channels) with a zero-width space."""
    return _LIVE_TAG.sub("<\u200b", _MENTION.sub("@\u200b\\1", text))


def neutralise(text: str) -> str:
    """Feed text made safe to show: one line of spaces kept, markdown and mentions disarmed."""
    return escape_mentions(escape_markdown(text))


def shorten(text: str, limit: int) -> str:
    """Cut to `limit` characters with an ellipsis, never inside a backslash escape."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    # An escape cut in half would leave a lone backslash escaping the ellipsis.
    trailing = len(cut) - len(cut.rstrip("\\"))
    if trailing % 2:
        cut = cut[:-1]
    return cut.rstrip() + "…"


def topic_colour(topics: tuple[str, ...]) -> int:
    if not topics:
        return DEFAULT_COLOUR
    first = topics[0]
    if first in TOPIC_COLOURS:
        return TOPIC_COLOURS[first]
    return zlib.crc32(first.encode("utf-8")) & 0xFFFFFF


def safe_url(url: str) -> str | None:
    """Discord rejects a whole message whose embed URL is not http(s): drop such URLs. A
    user name and password goes (stored before links lost them when read), and so do the
    parameters that only track the click (utm_source ...): bot.core.feeds.urls.shown_link."""
    try:
        parts = urlsplit(url or "")
    except ValueError:  # an invalid IPv6 literal: no link rather than an exception
        return None
    if parts.scheme in ("http", "https") and parts.netloc and len(url) <= URL_LIMIT and not any(c.isspace() for c in url):
        return shown_link(url)
    return None


def masked_link(text: str, url: str) -> str:
    """`text` (already neutralised) as a Discord masked link to `url`, or just `text`
    when the URL is not one Discord accepts. Brackets in the URL are percent-encoded:
    a ")" would end the link early and let the rest of the URL show as text."""
    link = safe_url(url)
    if not link:
        return text
    link = link.replace("(", "%28").replace(")", "%29").replace("<", "%3C").replace(">", "%3E")
    return f"[{text}]({link})"


def render_linked_text(segments: Sequence[tuple[str, str]]) -> str:
    """A reply in pieces (text, URL or "") as Discord markdown: every piece disarmed
    (markdown, mentions), those with a usable URL as masked links on their own text."""
    return "".join(masked_link(neutralise(text), url) if url and text.strip() else neutralise(text)
                   for text, url in segments)


def _sources_value(alert: Alert, lang: str) -> str:
    """Each outlet's name linked to its article, at most a few named, the rest counted."""
    shown, more = shown_sources(alert)
    parts = [masked_link(shorten(neutralise(name), MAX_OUTLET), url) for name, url in shown]
    if not parts:
        return ""
    text = ", ".join(parts)
    if more:
        text += " " + LABELS[lang]["more_outlets"].format(count=more)
    if len(text) > FIELD_VALUE_LIMIT:  # never cut a link in half: drop the links instead
        text = neutralise(", ".join(name for name, _ in shown))
    return text


def render_embed(alert: Alert, lang: str = "en", *, updated: bool = False) -> dict:
    """The embed for one alert: title linked to the article, summary and pledges in the
    description, sources/date/topics as fields, colour from the first topic. `updated`: the
    alert is an edit of one sent before, said first in the description (bot.core.chat.update_note)."""
    lang = lang if lang in LABELS else "en"
    names = LABELS[lang]
    # An alert with no title was "(untitled)" in every language.
    title = shorten(neutralise(one_line(alert.title)) or names["untitled"], TITLE_LIMIT)
    parts: list[str] = [f"*{update_note(alert, lang)}*"] if updated else []
    summary = one_line(alert.summary)
    if summary:
        parts.append(shorten(neutralise(summary), SUMMARY_SHARE))
    pledge_lines = [f"• {neutralise(one_line(describe_pledge(p, lang)))}" for p in alert.pledges[:MAX_PLEDGE_LINES]]
    if more := pledges_left_out(alert, MAX_PLEDGE_LINES):
        pledge_lines.append(f"… +{more}")
    if pledge_lines:
        parts.append("\n".join(pledge_lines))
    description = shorten("\n\n".join(parts), DESCRIPTION_LIMIT)

    fields = []
    sources = _sources_value(alert, lang)
    if sources:
        fields.append((names["sources"], sources))
    if alert.published:
        fields.append((names["date"], alert.published.strftime(UTC_MINUTE)))
    if alert.topics:
        fields.append((names["topics"], neutralise(", ".join(topic_name(t, lang) for t in alert.topics))))

    embed: dict = {"type": "rich", "title": title, "color": topic_colour(alert.topics)}
    url = safe_url(alert.url)
    if url:
        embed["url"] = url
    if description:
        embed["description"] = description
    embed["fields"] = [
        {"name": shorten(name, FIELD_NAME_LIMIT), "value": shorten(value, FIELD_VALUE_LIMIT), "inline": True}
        for name, value in fields[:FIELD_COUNT_LIMIT]
    ]
    # Where to see more and how to stop (no markdown in a footer: the commands as typed).
    embed["footer"] = {"text": alert_footer(alert, lang)[:FOOTER_LIMIT]}
    return _within_total(embed)


def render_digest_embed(alerts: Sequence[Alert], lang: str = "en", *, part: int = 1, parts: int = 1,
                        total: int = 0) -> dict:
    """A digest as one embed: one line per story (linked title, sources), as many as fit,
    under a heading in the channel's language (it was English in a French channel, whose
    alerts and replies are French, as Telegram's digest is). Embed `part` of a digest sent
    in `parts` says so in its title, which counts the whole digest (see render_telegram)."""
    embed = _digest_embed(alerts, lang)[0]
    return {**embed, "title": _digest_title(lang, total or len(alerts), part, parts)}


def _digest_title(lang: str, count: int, part: int, parts: int) -> str:
    names = LABELS[lang if lang in LABELS else "en"]
    heading = names["digest_one"] if count == 1 else names["digest"].format(count=count)
    return names["digest_part"].format(heading=heading, part=part, parts=parts) if parts > 1 else heading


def digest_embed_room(alerts: Sequence[Alert], lang: str = "en") -> int:
    """How many of `alerts`, from the first, one digest embed shows whole: the outbox
    sends those and keeps the rest for the next message (bot/delivery.py)."""
    return _digest_embed(alerts, lang)[1]


def _digest_embed(alerts: Sequence[Alert], lang: str) -> tuple[dict, int]:
    """The digest's embed and how many alerts it shows."""
    names = LABELS[lang if lang in LABELS else "en"]
    lines: list[str] = []
    shown = 0
    for index, alert in enumerate(alerts):
        title = shorten(neutralise(one_line(alert.title)) or names["untitled"], 200)
        url = safe_url(alert.url)
        head = f"[{title}]({url})" if url else title
        sources = neutralise(", ".join(one_line(s) for s in alert.sources if one_line(s)))
        line = f"• {head}" + (f" — {shorten(sources, 120)}" if sources else "")
        more = names["digest_more"].format(count=len(alerts) - index)
        if sum(len(x) + 1 for x in lines) + len(line) + len(more) + 2 > DESCRIPTION_LIMIT:
            lines.append(more)
            break
        lines.append(line)
        shown += 1
    topics = tuple(t for a in alerts for t in a.topics)
    title = names["digest_one"] if len(alerts) == 1 else names["digest"].format(count=len(alerts))
    embed = {"type": "rich", "title": title, "color": topic_colour(topics),
             "description": "\n".join(lines), "footer": {"text": digest_footer(lang)}}
    return _within_total(embed), shown


def embed_length(embed: dict) -> int:
    """The characters Discord counts towards the 6000 total."""
    total = len(embed.get("title", "")) + len(embed.get("description", ""))
    total += sum(len(f["name"]) + len(f["value"]) for f in embed.get("fields", []))
    total += len(embed.get("footer", {}).get("text", "")) + len(embed.get("author", {}).get("name", ""))
    return total


def _within_total(embed: dict) -> dict:
    """Shrink the description (the only long part) until the whole embed fits."""
    excess = embed_length(embed) - TOTAL_LIMIT
    if excess > 0 and "description" in embed:
        embed["description"] = shorten(embed["description"], max(1, len(embed["description"]) - excess))
    return embed


def split_message(text: str, limit: int = MESSAGE_LIMIT) -> list[str]:
    """Cut a long reply into messages of at most `limit` characters, at line breaks
    when possible (Discord refuses longer messages)."""
    chunks: list[str] = []
    rest = text
    while len(rest) > limit:
        cut = rest.rfind("\n", limit // 2, limit)
        if cut <= 0:
            cut = _outside_urls(rest, limit)
            trailing = len(rest[:cut]) - len(rest[:cut].rstrip("\\"))
            if trailing % 2:  # keep a backslash escape with the character it escapes
                cut -= 1
        chunks.append(rest[:cut])
        rest = rest[cut:].lstrip("\n")
    if rest or not chunks:
        chunks.append(rest)
    return chunks


def _outside_urls(text: str, cut: int) -> int:
    """Move a cut that falls inside a link back to the link's start: half a URL in each
    message would be neither a link nor escaped text."""
    for link in _URL.finditer(text, 0, cut + URL_KEEP_LIMIT + 1):
        if link.start() < cut < link.end() and link.start() > 0 and len(link.group()) <= URL_KEEP_LIMIT:
            return link.start()
    return cut
