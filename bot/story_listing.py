"""The two forms `pledgewatch stories` (bot/cli/commands/stories.py) prints the stories of a
period in: text for people, JSON Lines for scripts. The JSON form is a stable interface
(documented in README.md, checked by tests/cli/test_stories_cli.py): scripts read it instead
of the database, whose tables may change.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import timezone

from bot.core.feeds.urls import shown_link
from bot.core.iso_times import UTC_MINUTE, utc_iso
from bot.core.models import Pledge
from bot.core.pledges.listing.words import describe

# The keys of each JSON object, in order; adding a key is compatible, renaming is not.
STORY_KEYS = ("id", "first_seen", "published", "title", "url", "topics", "sources", "pledges")
SOURCE_KEYS = ("outlet", "url", "lang")
PLEDGE_KEYS = ("donor", "category", "status", "system", "item", "quantity", "value", "currency")


def story_object(row: dict) -> dict:
    """One story row of SqliteStore.stories_since as its JSON object."""
    return {
        "id": row["id"],
        "first_seen": utc_iso(row["first_seen"]),
        "published": utc_iso(row["published"]),
        "title": row["title"],
        "url": row["url"],
        "topics": list(row["topics"]),
        "sources": [{key: source[key] for key in SOURCE_KEYS} for source in row["sources"]],
        "pledges": [{key: pledge[key] for key in PLEDGE_KEYS} for pledge in row["pledges"]],
    }


def stories_json_lines(rows: Iterable[dict]) -> str:
    """One JSON object per story per line (JSON Lines), oldest first as given."""
    return "".join(json.dumps(story_object(row), ensure_ascii=False) + "\n" for row in rows)


def stories_text(rows: Iterable[dict]) -> str:
    """Each story as a few lines: when first seen, title, sources, pledges."""
    lines: list[str] = []
    for row in rows:
        seen = row["first_seen"].astimezone(timezone.utc).strftime(UTC_MINUTE)
        lines.append(f"#{row['id']}  {seen}  {row['title']}")
        outlets = {source["outlet"] for source in row["sources"]}
        lines.append(f"    {len(outlets)} outlet{'s' if len(outlets) != 1 else ''}:")
        for source in row["sources"]:
            lang = f" [{source['lang']}]" if source["lang"] else ""
            lines.append(f"      {source['outlet']}{lang} {shown_link(source['url'])}")
        for pledge in row["pledges"]:
            lines.append(f"    pledge: {_pledge_text(pledge)}")
    if not lines:
        return "no stories in this period\n"
    return "\n".join(lines) + "\n"


def _pledge_text(pledge: dict) -> str:
    """"Germany — IRIS-T air defence ×2 — pledged", as `pledges`, the alerts and the demo
    word it: the codes and the article's own item words ("ALLIES air_defence défense
    anti-aériens (pledged)", "US production contrats (production)") read as another listing's."""
    return describe(Pledge(**{key: pledge[key] for key in PLEDGE_KEYS}))
