"""The chat commands that tell how the bot is doing: /status (each feed's last poll or
error, and the alerts waiting to be delivered) for everyone, and /audit (who changed
which rule or feed, and the anomalies the poller recorded) for bot admins."""

from __future__ import annotations

import re
from collections import Counter

from bot.core.chat.audit_text import audit_chat_line
from bot.core.chat.command_group import CommandGroup, no_argument_note
from bot.core.chat.command_list import MAX_AUDIT
from bot.core.chat.feed_check import WORDED_PROBLEMS, FeedCheck, problem_text
from bot.core.chat.i18n import t
from bot.core.chat.services import ChatContext
from bot.core.feeds.urls import feed_source_name, short_feed_address, shown_feed_url
from bot.core.text import one_line

DEFAULT_AUDIT = 10
_AUDIT_ACTION = re.compile(r"[A-Za-z][A-Za-z_.]{0,39}")


class StatusCommands(CommandGroup):
    """/status and /audit."""

    def _cmd_status(self, ctx: ChatContext, args: str, lang: str) -> str:
        feeds = self.services.feed_health()
        counts: Counter[str] = Counter()
        lines = []
        for row in feeds:
            # A feed stored with its URL as its name (the old default) is named without its key, by its
            # short address ("nato.int/cps/…/rssFeed.xml"): whole URLs were hard to tell apart (/feeds
            # lists them whole).
            url = row.get("url") or ""
            name = feed_source_name(row.get("name") or "", url)
            name = (short_feed_address(url) if name == shown_feed_url(url) else name) or "?"
            # Stored in UTC ("2026-12-05T11:08:53.2+00:00"); shown as every other time in chat,
            # "2026-12-05 11:08 UTC": the bare ISO form read as the reader's own time.
            stored = str(row.get("last_polled") or "")
            polled = f"{stored[:16].replace('T', ' ')} UTC" if stored else t(lang, "status_never")
            if row.get("failures"):
                counts["failing"] += 1
                error = one_line(str(row.get("last_error") or "?"))[:200]
                kind = row.get("last_error_kind") or ""
                if kind in WORDED_PROBLEMS:
                    # Told in the chat's language as /feed_add tells it (the English message of a
                    # kind without its details is quoted); an error stored before its kind was
                    # (migration 43) is the English message, as before.
                    worded = problem_text(FeedCheck(problem=error, kind=kind,
                                                    details=tuple(row.get("last_error_details") or ())), lang)
                    lines.append(t(lang, "status_failing_worded", failures=row["failures"], name=name, polled=polled,
                                   error=worded))
                else:
                    lines.append(t(lang, "status_failing", failures=row["failures"], name=name, polled=polled,
                                   error=error))
            elif row.get("last_polled"):
                counts["ok"] += 1
                lines.append(t(lang, "status_ok", name=name, polled=polled))
            else:
                counts["waiting"] += 1
                lines.append(t(lang, "status_waiting", name=name))
        outbox = self.services.outbox_counts()
        head = t(lang, "status_title", ok=counts["ok"], failing=counts["failing"], waiting=counts["waiting"])
        tail = t(lang, "status_outbox", pending=outbox.get("pending", 0) + outbox.get("sending", 0),
                 failed=outbox.get("failed", 0), unsubscribed=outbox.get("unsubscribed", 0),
                 uncertain=outbox.get("uncertain", 0))
        # An argument is not read ("/status verbose"): said first, then the status as always.
        note = no_argument_note("status", args, lang)
        return "\n".join([*([note] if note else []), head, *lines, tail])

    def _cmd_audit(self, ctx: ChatContext, args: str, lang: str) -> str:
        """The newest entries of the audit log (rule and feed changes, before and after;
        anomalies the poller recorded), optionally only actions starting with a prefix
        ("rule", "feed.", "anomaly")."""
        count, prefix = DEFAULT_AUDIT, ""
        for word in args.split():
            if word.isascii() and word.isdigit() and 1 <= int(word) <= MAX_AUDIT and count == DEFAULT_AUDIT:
                count = int(word)
            elif _AUDIT_ACTION.fullmatch(word) and not prefix:
                prefix = word.lower()
            else:
                return t(lang, "audit_bad", word=word[:40], max=MAX_AUDIT)
        rows = self.services.audit_log(count, prefix)
        if not rows:
            return t(lang, "audit_none")
        return "\n".join([t(lang, "audit_title", count=len(rows)), *(audit_chat_line(r) for r in rows)])
