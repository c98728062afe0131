"""`pledgewatch audit`: the audit log, newest first, as text lines or JSON."""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING, TextIO

from bot.errors import CommandError

if TYPE_CHECKING:  # the app pulls in the rule engine: imported only when the command runs
    from bot.app import App


def cmd_audit(app: App, args: argparse.Namespace, stdin: TextIO, out: TextIO) -> int:
    from bot.core.chat.audit_text import audit_time, change_text, shown_target, without_feed_credentials

    if not 1 <= args.limit <= 10_000:
        raise CommandError("--limit: must be between 1 and 10000")
    for row in app.store.audit_log(limit=args.limit, action_prefix=args.action):
        if not (args.json and args.show_secrets):  # older entries hold feed URLs with their credentials
            row = without_feed_credentials(row)
        if args.json:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
            continue
        change = change_text(row)
        target = shown_target(row)
        out.write(f"{audit_time(row['at'], seconds=True)}  {row['actor']:<12} {row['action']:<14} {target}  {change}\n")
    return 0
