"""The current view as CSV or JSON (the columns of `pledgewatch pledges export`), and
an Atom feed of the newest pledges, so others can follow pledgewatch in their reader."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, datetime, timezone
from xml.sax.saxutils import escape as xml_escape

from bot.core.models import Pledge
from bot.core.pledges.listing.words import describe
from bot.pledge_export import for_spreadsheets, pledges_to_csv, pledges_to_json
from bot.web.markup import clip, safe_href
from bot.web.pages import MAX_EVIDENCE_CHARS, MAX_ITEM_CHARS, MAX_NAME_CHARS, MAX_SOURCES_SHOWN
from bot.web.params import View, filter_words, link
from bot.web.texts import w

__all__ = ["for_spreadsheets", "pledges_to_csv", "pledges_to_json", "atom_feed", "download_name"]


# What XML 1.0 has no character for: control characters but tab and line breaks, the
# surrogates, and U+FFFE and U+FFFF (which a feed's text may carry, and Python and SQLite
# keep): one of them anywhere made every reader refuse the whole feed. And, as on the
# pages (bot/web/markup.py), the direction overrides that turn the rest of a line around.
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]|[\u202a-\u202e\u2066-\u2069]")


def _x(value: object) -> str:
    """Text for XML content and attributes, without the characters XML 1.0 forbids."""
    return xml_escape(_NOT_XML.sub("", str(value or "")), {'"': "&quot;"})


def _moment(text: object) -> datetime:
    """The stored ISO text as a UTC time (UTC when it has no zone; the epoch when unreadable)."""
    try:
        moment = datetime.fromisoformat(str(text))
    except ValueError:
        moment = datetime.fromtimestamp(0, timezone.utc)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.astimezone(timezone.utc)


def _stamp(text: object) -> str:
    """An RFC 3339 time for Atom from the stored ISO text."""
    return _moment(text).isoformat()


def _by_time(rows: Sequence[dict]) -> list[dict]:
    """The entries newest first by the time each one shows (its `updated`), as feed
    readers list them: in the order stored, a pledge read late from an older article
    stood above newer ones, and the feed read as out of date order."""
    return sorted(rows, key=lambda row: (_moment(row.get("reported_at")), int(row["id"])), reverse=True)


def _pledge_page(row: dict, lang: str) -> str:
    """The entry's own page (/pledges/<id>), in the feed's language: the pledge with every
    report of it. (It was the donor's list of pledges, where the entry was one row of 50.)"""
    return link(f"/pledges/{int(row['id'])}", View(lang=None if lang == "en" else lang))


def _newest(rows: Sequence[dict]) -> str:
    """The feed's `updated`: its newest entry's. Not its first entry's: the feed lists the
    pledges stored last first, and one stored last may come from an older article."""
    return max((_stamp(row.get("reported_at")) for row in rows), default=_NEVER)


# The Atom ids when no public URL is set. An id must be an absolute IRI and must not
# change, while a link may be relative: the tracker cannot know its own address (the
# Host header is the client's word), so without `[web] public_url` its links are
# relative, which a reader resolves against the URL it fetched, and its ids are these.
_UNADDRESSED_ID = "urn:pledgewatch:"
# The `updated` of a feed with no entry: the date of nothing. The current time made the
# body, and with it the feed's ETag, change on every request.
_NEVER = datetime.fromtimestamp(0, timezone.utc).isoformat()


def atom_feed(rows: Sequence[dict], public_url: str, request_path: str, feed_path: str = "/pledges.atom",
              lang: str = "en") -> str:
    """The pledges stored last (`rows`), newest first by their time; each entry's id is stable (the pledge's id), so a reader
    shows each pledge once. `public_url` ("" when not configured) starts every link;
    `request_path` is the path and query the feed was asked for (its self link);
    `feed_path` names the feed, its filter included, for its id: every filtered feed had
    the unfiltered one's id, though an Atom id names one feed; `lang` the language of
    its titles and of the pages it links to."""
    base_url = public_url.rstrip("/")
    id_base = base_url + "/" if base_url else _UNADDRESSED_ID
    entries = []
    for row in _by_time(rows):
        # The item and the evidence, in the feed's words, are cut as on the pages.
        pledge = Pledge(donor=row.get("donor") or "", category=row.get("category") or "",
                        status=row.get("status") or "", item=clip(row.get("item"), MAX_ITEM_CHARS),
                        system=row.get("system") or None,
                        quantity=row.get("quantity"), value=row.get("value"), currency=row.get("currency"))
        links = "".join(
            f'<link rel="related" href="{_x(href)}" title="{_x(clip(s.get("source"), MAX_NAME_CHARS))}"/>'
            for s in (row.get("sources") or [])[:MAX_SOURCES_SHOWN] if (href := safe_href(s.get("url"))))
        entries.append(
            f"<entry><id>{_x(id_base)}pledges#pledge-{int(row['id'])}</id><title>{_x(describe(pledge, lang))}</title>"
            f"<updated>{_stamp(row.get('reported_at'))}</updated>"
            f'<link rel="alternate" href="{_x(base_url + _pledge_page(row, lang))}"/>{links}'
            f"<summary>{_x(clip(row.get('evidence'), MAX_EVIDENCE_CHARS))}</summary></entry>")
    return (
        f'<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="{lang}">'
        f"<id>{_x(id_base + feed_path.lstrip('/'))}</id><title>{_x(w(lang, 'feed_title'))}</title>"
        f"<updated>{_newest(rows)}</updated>"
        f'<link rel="self" href="{_x(base_url + request_path)}"/><author><name>pledgewatch</name></author>'
        + "".join(entries) + "</feed>\n"
    )


# What a download's file name may hold: a file name on any system, and a quoted header value.
_NOT_IN_NAME = re.compile(r"[^A-Za-z0-9_.-]+")
MAX_NAME_LENGTH = 120


def download_name(view: View, kind: str, today: date, semicolons: bool = False) -> str:
    """The file name a download is saved under, saying what it holds: its filter words and its
    days ("pledges_DE_air_defence_2026-03-01_to_2026-05-31.csv"); a view that does not end on a
    day (a period, all time) is named by the day it was made ("..._30d_as_of_2026-12-05.csv"),
    as its rows change from day to day. Every download was "pledges.csv": a second one of
    another view was saved as "pledges (1).csv", and neither said what it held. The CSV with
    semicolons ends in "_semicolons", so the two forms of one view are two files."""
    parts = ["pledges", *filter_words(view.flt).split()]
    if view.first_day:
        parts.append(f"from_{view.first_day.isoformat()}" if not view.last_day else view.first_day.isoformat())
    parts.append(f"to_{view.last_day.isoformat()}" if view.last_day else f"as_of_{today.isoformat()}")
    name = "_".join(cleaned for part in parts if (cleaned := _NOT_IN_NAME.sub("-", part).strip("-")))
    return f"{name[:MAX_NAME_LENGTH]}{'_semicolons' if semicolons else ''}.{kind}"
