"""Alerts and command replies as Telegram HTML (parse_mode=HTML). Pure: no I/O.

Telegram's HTML mode knows only a handful of tags and four named entities, and
counts its 4096-character limit on the text *after* entity parsing, in UTF-16
code units. So every piece of feed-derived text is cut as plain text first and
escaped after; the markup we add ourselves is only <b>, <i> and <a href>.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import timezone
from urllib.parse import urlsplit

from bot.core.chat.alert_footer import alert_footer, digest_footer
from bot.core.chat.alerts import describe_pledge, pledges_left_out, shown_sources
from bot.core.chat.topic_names import topic_name
from bot.core.chat.update_note import update_note
from bot.core.feeds.urls import shown_link
from bot.core.iso_times import UTC_MINUTE
from bot.core.models import Alert
from bot.core.text import one_line

MAX_MESSAGE = 4096  # Telegram's limit on a message's visible text (UTF-16 units)
MAX_TITLE = 400
MAX_SOURCES = 300
MAX_OUTLET = 60  # one outlet's name in the sources line
MAX_PLEDGE_LINES = 10
MAX_URL = 2000
ELLIPSIS = "…"
# "@name" in a message mentions that member of the group, and Telegram notifies them
# whatever the parse mode: a feed title or summary listing @usernames pinged everyone it
# named. A word joiner after the "@" keeps the text as it reads and makes no mention.
_MENTION = re.compile(r"@(?=[A-Za-z0-9_])")
# "/word" starting a word is a command Telegram shows as a link that sends it when tapped:
# a feed title saying "tap /unsubscribe" would unsubscribe a reader who tapped it. Only feed
# text is disarmed so; the commands in our own replies (/help) stay tappable.
_COMMAND = re.compile(r"(?<!\S)/(?=[A-Za-z])")
WORD_JOINER = "\u2060"

_LABELS = {
    "en": {
        "sources": "Sources",
        "date": "Date",
        "topics": "Topics",
        "pledges": "Pledges found",
        "more_pledges": "… and {count} more",
        "more_outlets": "+{count} more outlets",
        "untitled": "(untitled)",
        "date_unknown": "unknown",
        "slow_down": "Too many commands at once: please wait a few seconds.",
        "subscribe_button": "Subscribe to all alerts",
        "digest": "Daily digest: {count} stories",
        "digest_one": "Daily digest: 1 story",
        "digest_more": "… and {count} more",
        "digest_part": "{heading} (part {part} of {parts})",
        "page": "page {index}/{count}",
        "previous": "◀ Previous",
        "next": "Next ▶",
        "not_yours": "Only the person who ran this command can turn its pages; run it yourself to browse.",
        "expired": "These pages have expired; run the command again.",
        "private_answer_sent": "Sent to you in a private chat with me: it is for bot admins only.",
        "private_answer_failed": "This answer is for bot admins only, so it goes to a private chat, but Telegram "
                                 "lets me write there only once you have: open https://t.me/{bot}, press Start, "
                                 "and send the command there.",
        "private_answer_not_sent": "This answer is for bot admins only, so it goes to a private chat, but "
                                   "sending it there failed just now; try again in a minute.",
        "group_refused_answer": "I could not answer your /{name} in that group (Telegram refused: I am no longer "
                                "in it, or may not write there). What it did:",
    },
    "fr": {
        "sources": "Sources",
        "date": "Date",
        "topics": "Thèmes",
        "pledges": "Promesses relevées",
        "more_pledges": "… et {count} de plus",
        "more_outlets": "+{count} autres médias",
        "untitled": "(sans titre)",
        "date_unknown": "inconnue",
        "slow_down": "Trop de commandes à la fois : merci de patienter quelques secondes.",
        "subscribe_button": "S'abonner à toutes les alertes",
        "digest": "Résumé du jour : {count} articles",
        "digest_one": "Résumé du jour : 1 article",
        "digest_more": "… et {count} de plus",
        "digest_part": "{heading} (partie {part} sur {parts})",
        "page": "page {index}/{count}",
        "previous": "◀ Précédent",
        "next": "Suivant ▶",
        "not_yours": "Seule la personne qui a lancé cette commande peut en tourner les pages ; "
                     "lancez-la vous-même pour parcourir.",
        "expired": "Ces pages ont expiré ; relancez la commande.",
        "private_answer_sent": "Envoyé en discussion privée avec moi : c'est réservé aux administrateurs du bot.",
        "group_refused_answer": "Je n'ai pas pu répondre à votre /{name} dans ce groupe (Telegram a refusé : je n'y "
                                "suis plus, ou je n'ai plus le droit d'y écrire). Ce qu'elle a fait :",
        "private_answer_failed": "Cette réponse est réservée aux administrateurs du bot, donc envoyée en discussion "
                                 "privée, mais Telegram ne me laisse y écrire qu'une fois que vous l'avez fait : "
                                 "ouvrez https://t.me/{bot}, appuyez sur Démarrer et envoyez-y la commande.",
        "private_answer_not_sent": "Cette réponse est réservée aux administrateurs du bot, donc envoyée en "
                                   "discussion privée, mais l'envoi a échoué ; réessayez dans une minute.",
    },
    "de": {
        "sources": "Quellen",
        "date": "Datum",
        "topics": "Themen",
        "pledges": "Gefundene Zusagen",
        "more_pledges": "… und {count} weitere",
        "more_outlets": "+{count} weitere Medien",
        "untitled": "(ohne Titel)",
        "date_unknown": "unbekannt",
        "slow_down": "Zu viele Befehle auf einmal: Bitte warten Sie ein paar Sekunden.",
        "subscribe_button": "Alle Benachrichtigungen abonnieren",
        "digest": "Tagesübersicht: {count} Meldungen",
        "digest_one": "Tagesübersicht: 1 Meldung",
        "digest_more": "… und {count} weitere",
        "digest_part": "{heading} (Teil {part} von {parts})",
        "page": "Seite {index}/{count}",
        "previous": "◀ Zurück",
        "next": "Weiter ▶",
        "not_yours": "Nur die Person, die diesen Befehl ausgeführt hat, kann darin blättern; führen Sie ihn "
                     "selbst aus, um zu blättern.",
        "expired": "Diese Seiten sind abgelaufen; führen Sie den Befehl erneut aus.",
        "private_answer_sent": "Ihnen privat im Chat mit mir gesendet: nur für Bot-Administratoren.",
        "group_refused_answer": "Ich konnte Ihr /{name} in dieser Gruppe nicht beantworten (Telegram lehnte ab: Ich "
                                "bin nicht mehr darin oder darf dort nicht schreiben). Was es bewirkt hat:",
        "private_answer_failed": "Diese Antwort ist nur für Bot-Administratoren und geht daher in einen privaten "
                                 "Chat, aber Telegram lässt mich dort erst schreiben, wenn Sie es getan haben: "
                                 "Öffnen Sie https://t.me/{bot}, tippen Sie auf Starten und senden Sie den "
                                 "Befehl dort.",
        "private_answer_not_sent": "Diese Antwort ist nur für Bot-Administratoren und geht daher in einen "
                                   "privaten Chat, aber das Senden ist eben fehlgeschlagen; versuchen Sie es in "
                                   "einer Minute erneut.",
    },
}


def label(lang: str, key: str, **values: object) -> str:
    """A short adapter-side text in the chat's language (English when unknown)."""
    table = _LABELS.get(lang if lang in _LABELS else "en")
    return table[key].format(**values)


def escape(text: str) -> str:
    """Escape for Telegram HTML with only the entities Telegram names (&amp; &lt; &gt; &quot;)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def quiet_mentions(text: str) -> str:
    """`text` with every "@name" made plain text rather than a mention. Applied to plain
    text before it is measured and cut, so the 4096-unit limit still holds."""
    return _MENTION.sub("@" + WORD_JOINER, text) if "@" in text else text


def _feed_text(text: str) -> str:
    """Feed text with neither a mention nor a tappable command in it."""
    text = quiet_mentions(text)
    return _COMMAND.sub("/" + WORD_JOINER, text) if "/" in text else text


def _quiet_alert(alert: Alert) -> Alert:
    """The alert with no mention or command left in the feed text it shows."""
    return replace(alert, title=_feed_text(alert.title), summary=_feed_text(alert.summary),
                   sources=tuple(_feed_text(name) for name in alert.sources))


def visible_length(text: str) -> int:
    """Length as Telegram counts it: UTF-16 code units (an emoji counts 2)."""
    return len(text.encode("utf-16-le")) // 2


def cut_plain(text: str, limit: int) -> str:
    """`text` cut to at most `limit` UTF-16 units, ending with an ellipsis when cut.
    Never splits a surrogate pair, since it cuts whole code points."""
    if limit <= 0:
        return ""
    if visible_length(text) <= limit:
        return text
    room = limit - 1  # the ellipsis is one unit
    kept: list[str] = []
    used = 0
    for char in text:
        size = 2 if ord(char) > 0xFFFF else 1
        if used + size > room:
            break
        kept.append(char)
        used += size
    return "".join(kept).rstrip() + ELLIPSIS


def safe_link(url: str) -> str | None:
    """The URL when it is fit for an href (absolute http/https, no spaces or
    control characters), else None and the title is shown without a link."""
    if not url or len(url) > MAX_URL or any(c.isspace() or ord(c) < 32 or ord(c) == 127 for c in url):
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    # Without a user name and password (stored before links lost them when read) nor the
    # parameters that only track the click (utm_source ...): bot.core.feeds.urls.shown_link.
    return shown_link(url)


def render_reply(text: str) -> str:
    """A command's plain-text reply as Telegram HTML (escaped, cut to fit)."""
    return escape(cut_plain(quiet_mentions(text or ""), MAX_MESSAGE))


def render_linked_reply(segments: Sequence[tuple[str, str]]) -> str:
    """A reply in pieces (text, URL or "") as Telegram HTML: each piece escaped, those
    with a usable URL as links on their own text, cut to 4096 visible characters."""
    html: list[str] = []
    room = MAX_MESSAGE
    for text, url in segments:
        if room <= 0:
            break
        text = quiet_mentions(text)
        shown = cut_plain(text, room)
        room -= visible_length(shown)
        link = safe_link(url) if shown == text else None
        html.append(f'<a href="{escape(link)}">{escape(shown)}</a>' if link and shown.strip() else escape(shown))
    return "".join(html)


def _pledge_lines(alert: Alert, lang: str) -> list[str]:
    lines = [f"• {one_line(quiet_mentions(describe_pledge(p, lang)))}" for p in alert.pledges[:MAX_PLEDGE_LINES]]
    if more := pledges_left_out(alert, MAX_PLEDGE_LINES):
        lines.append(label(lang, "more_pledges", count=more))
    return lines


def _sources_line(alert: Alert, lang: str) -> tuple[str, str]:
    """(plain, html) of the sources: each outlet's name linked to its article, at most
    a few named and the rest counted, so a story from forty outlets still fits."""
    shown, more = shown_sources(alert)
    plain: list[str] = []
    html: list[str] = []
    for name, url in shown:
        name = cut_plain(name, MAX_OUTLET)
        link = safe_link(url)
        plain.append(name)
        html.append(f'<a href="{escape(link)}">{escape(name)}</a>' if link else escape(name))
    if not plain:
        return "-", "-"
    extra = f" {label(lang, 'more_outlets', count=more)}" if more else ""
    return ", ".join(plain) + extra, ", ".join(html) + escape(extra)


def render_alert(alert: Alert, lang: str = "en", *, updated: bool = False) -> str:
    """One alert as Telegram HTML: bold linked title, sources, date, topics,
    pledges, then as much of the summary as still fits in 4096 characters. `updated`: the
    alert is an edit of one sent before, said under the title (bot.core.chat.update_note)."""
    alert = _quiet_alert(alert)
    title = cut_plain(one_line(alert.title) or label(lang, "untitled"), MAX_TITLE)
    if alert.published:
        date = alert.published.astimezone(timezone.utc).strftime(UTC_MINUTE)
    else:
        date = label(lang, "date_unknown")
    topics = ", ".join(one_line(topic_name(t, lang)) for t in alert.topics) or "-"
    # (plain text, html) pairs: the plain text is what Telegram will count.
    parts: list[tuple[str, str]] = []
    link = safe_link(alert.url)
    head = f'<a href="{escape(link)}">{escape(title)}</a>' if link else escape(title)
    parts.append((title, f"<b>{head}</b>"))
    if updated:
        note = update_note(alert, lang)
        parts.append((note, f"<i>{escape(note)}</i>"))
    sources_plain, sources_html = _sources_line(alert, lang)
    name = label(lang, "sources")
    parts.append((f"{name}: {sources_plain}", f"<i>{escape(name)}:</i> {sources_html}"))
    for key, value in (("date", date), ("topics", cut_plain(topics, MAX_SOURCES))):
        name = label(lang, key)
        parts.append((f"{name}: {value}", f"<i>{escape(name)}:</i> {escape(value)}"))
    pledge_lines = _pledge_lines(alert, lang)
    if pledge_lines:
        name = label(lang, "pledges")
        parts.append((f"{name}:", f"<b>{escape(name)}:</b>"))
        parts += [(cut_plain(line, 300), escape(cut_plain(line, 300))) for line in pledge_lines]
    return _join_with_summary(parts, one_line(alert.summary), MAX_MESSAGE, alert_footer(alert, lang))


def render_digest(alerts: Sequence[Alert], lang: str = "en", *, part: int = 1, parts: int = 1,
                  total: int = 0) -> str:
    """Several alerts as one Telegram HTML message: a heading, then one line per
    story (linked title, sources, topics), as many as fit in 4096 characters. Message
    `part` of a digest sent in `parts` says so in its heading, which counts the whole
    digest's `total` stories: each message had repeated "Daily digest: N stories" with N
    its own share, as if each were another day's digest."""
    return _digest(alerts, lang, digest_heading(lang, total or len(alerts), part, parts))[0]


def digest_heading(lang: str, count: int, part: int = 1, parts: int = 1) -> str:
    """"Daily digest: 45 stories", with "(part 2 of 3)" when it is one of several messages."""
    # One story is common: two queued alerts whose stories merged before the digest.
    heading = label(lang, "digest_one" if count == 1 else "digest", count=count)
    return label(lang, "digest_part", heading=heading, part=part, parts=parts) if parts > 1 else heading


def digest_room(alerts: Sequence[Alert], lang: str = "en") -> int:
    """How many of `alerts`, from the first, one digest message shows whole: the outbox
    sends those and keeps the rest for the next message (bot/delivery.py). Counted under
    the longest heading a part can have, so that the part shows them whatever its number."""
    return _digest(alerts, lang, digest_heading(lang, 99_999, 999, 999))[1]


def _digest(alerts: Sequence[Alert], lang: str, heading: str) -> tuple[str, int]:
    """The digest's HTML and how many alerts it shows."""
    shown = 0
    lines: list[str] = [f"<b>{escape(heading)}</b>"]
    footer = digest_footer(lang)  # last, its room kept from the start
    used = visible_length(heading) + 1 + visible_length(footer)
    for index, alert in enumerate(alerts):
        alert = _quiet_alert(alert)
        title = cut_plain(one_line(alert.title) or label(lang, "untitled"), MAX_TITLE)
        # The topics by name, as the alert names them: the digest listed their codes
        # ("air_defence, nato_meeting") in every language.
        topics = ", ".join(topic_name(t, lang) for t in alert.topics)
        detail = cut_plain(" · ".join(p for p in (", ".join(alert.sources), topics) if p), 200)
        plain = f"• {title}" + (f" — {detail}" if detail else "")
        more = label(lang, "digest_more", count=len(alerts) - index)
        if used + 1 + visible_length(plain) + 1 + visible_length(more) > MAX_MESSAGE:
            lines.append(escape(more))
            break
        link = safe_link(alert.url)
        head = f'<a href="{escape(link)}">{escape(title)}</a>' if link else escape(title)
        lines.append(f"• {head}" + (f" — <i>{escape(detail)}</i>" if detail else ""))
        used += 1 + visible_length(plain)
        shown += 1
    lines.append(f"<i>{escape(footer)}</i>")
    return "\n".join(lines), shown


def _join_with_summary(parts: Sequence[tuple[str, str]], summary: str, limit: int, footer: str = "") -> str:
    """The parts, then as much of the summary as fits, then the footer (where to see more,
    how to stop), in italics on the last line; room for the footer is kept first."""
    used = sum(visible_length(plain) for plain, _ in parts) + max(len(parts) - 1, 0)
    html = "\n".join(markup for _, markup in parts)
    footer_room = 1 + visible_length(footer) if footer else 0
    if used + footer_room > limit:
        footer, footer_room = "", 0
    room = limit - used - 2 - footer_room  # the blank line before the summary
    if summary and room > 20:
        html += "\n\n" + escape(cut_plain(summary, room))
    return html + (f"\n<i>{escape(footer)}</i>" if footer else "")


__all__ = ["MAX_MESSAGE", "cut_plain", "digest_heading", "digest_room", "escape", "label", "render_alert", "render_digest",
           "render_linked_reply",
           "quiet_mentions", "render_reply", "safe_link", "visible_length"]
