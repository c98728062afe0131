"""`pledgewatch stories`: the stories first seen in a period, as text or JSON Lines
(the formats are bot.story_listing's)."""

from __future__ import annotations

import argparse
from datetime import timedelta
from typing import TYPE_CHECKING, TextIO

from bot.errors import CommandError

if TYPE_CHECKING:  # the app pulls in the rule engine: imported only when the command runs
    from bot.app import App


def cmd_stories(app: App, args: argparse.Namespace, stdin: TextIO, out: TextIO) -> int:
    """Stories first seen within --since, oldest first, as text or JSON Lines."""
    from bot.core.pledges.listing.filters import MAX_PERIOD_DAYS, period_days
    from bot.story_listing import stories_json_lines, stories_text

    days = period_days(args.since)
    if days is None:
        raise CommandError(f"--since: {args.since!r} is not a period such as 30d, 12w, 6m or 1y "
                           f"(at most {MAX_PERIOD_DAYS // 365} years)")
    rows = app.store.stories_since(app.clock.now() - timedelta(days=days))
    out.write(stories_json_lines(rows) if args.json else stories_text(rows))
    return 0
