"""Audit log entries in words, for the CLI (`pledgewatch audit`) and chat (`/audit`). Pure.

An entry's before/after values are JSON of any shape (a rule, a feed, a list of rules
for an import, an anomaly's details); a reader wants one line: a rule as "topic:
expression", an import as "66 rules", anything else compact and cut to a line.
"""

from __future__ import annotations

import json
from datetime import datetime, timezone

from bot.core.feeds.urls import shown_feed_url
from bot.core.text import one_line
from bot.core.text.safe_text import clean_line

MAX_VALUE = 120  # characters of one before/after value on a line


def brief(value: object, limit: int = MAX_VALUE) -> str:
    """An audit before/after value on part of one line (a rule: its expression)."""
    if isinstance(value, dict) and isinstance(value.get("url"), str):
        # A feed, as entries written before feed URLs were audited without credentials hold it.
        value = {**value, "url": shown_feed_url(value["url"])}
    if isinstance(value, dict) and "expression" in value:
        value = f"{value.get('topic')}: {value['expression']}"
    elif isinstance(value, list) and value and all(isinstance(v, dict) and "expression" in v for v in value):
        value = f"{len(value)} rules"  # a bulk import: `pledgewatch audit --json` has them in full
    text = one_line(value if isinstance(value, str) else json.dumps(value, ensure_ascii=False))
    return text if len(text) <= limit else text[: limit - 1] + "…"


def without_feed_credentials(row: dict) -> dict:
    """An audit entry with its feed URLs as shown_feed_url shows them: entries written
    before feed URLs were audited without credentials hold them whole (the target of a
    feed anomaly, the url and the default name of a feed added or removed)."""
    def value(side: object) -> object:
        if isinstance(side, dict) and isinstance(side.get("url"), str):
            url = side["url"]
            side = {**side, "url": shown_feed_url(url)}
            if side.get("name") == url:
                side["name"] = side["url"]
        return side

    target = str(row.get("target") or "")
    return {**row, "target": shown_feed_url(target) if "://" in target else row.get("target"),
            "before": value(row.get("before")), "after": value(row.get("after"))}


def change_text(row: dict) -> str:
    """"before -> after", either side left out when the entry has none; an undo shows a
    missing side as "(none)", since its action does not say whether it removed the rule
    or put it back."""
    if row.get("action") == "rule.undo" and (row.get("before") is None) != (row.get("after") is None):
        return " -> ".join(brief(row[side]) if row.get(side) is not None else "(none)" for side in ("before", "after"))
    return " -> ".join(brief(row[side]) for side in ("before", "after") if row.get(side) is not None)


def shown_target(row: dict) -> str:
    """What an entry is about, as a reader looks it up: an undo's stored target is the id of
    the audit entry it reversed (which `rules undo` reads to skip it), shown as the rule it
    changed ("rule.undo 6" read as rule 6 when rule 112 was removed)."""
    target = str(row.get("target") or "")
    if row.get("action") == "rule.undo":
        rule = row.get("before") if isinstance(row.get("before"), dict) else row.get("after")
        if isinstance(rule, dict) and rule.get("id") is not None:
            return str(rule["id"])
    return shown_feed_url(target) if "://" in target else target


def audit_time(at: object, *, seconds: bool = False) -> str:
    """When an entry was written, in UTC and saying so ("2026-12-02 08:00 UTC"): a line read
    on its own (a chat page without its heading, a terminal line pasted into a ticket) must
    not leave the zone to guess. The store writes times with their offset; one written with
    another offset is turned to UTC, and a text that is no time is shown as it is."""
    text = str(at or "")
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return text
    if moment.tzinfo is not None:
        moment = moment.astimezone(timezone.utc)  # a naive time is the store's own: UTC
    return moment.strftime("%Y-%m-%d %H:%M:%S UTC" if seconds else "%Y-%m-%d %H:%M UTC")


def audit_chat_line(row: dict) -> str:
    """One entry for a chat reply: "2026-12-02 08:00 UTC · telegram:7000 · rule.add 12: tanks: ..."
    (time in UTC to the minute; feed text in anomalies loses control characters)."""
    when = audit_time(row.get("at"))
    target = shown_target(row)
    target = f" {target}" if target else ""
    change = change_text(row)
    line = f"{when} · {row.get('actor') or '?'} · {row.get('action') or '?'}{target}" + (f": {change}" if change else "")
    return clean_line(line)


__all__ = ["audit_chat_line", "audit_time", "brief", "change_text", "shown_target", "without_feed_credentials"]
