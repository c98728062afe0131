"""One line per polling round instead of one warning per failing feed.

On a fresh install without network every shipped feed fails at once; a warning per
feed buried the one thing a new user needs (is it working, when is the next try).
`run` collects its poll results here and logs a summary each minute that saw polls:
how many feeds were polled, ok or failing (with the commonest error), what was new,
and when the next poll is due. `status` keeps the per-feed detail."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime

from bot.core.models import PollResult

_ERROR_CHARS = 100


@dataclass
class PollTally:
    polled: int = 0
    failed: int = 0
    new_entries: int = 0
    relevant: int = 0
    alerts: int = 0
    errors: Counter[str] = field(default_factory=Counter)

    def add(self, result: PollResult) -> None:
        self.polled += 1
        if result.error:
            self.failed += 1
            self.errors[result.error[:_ERROR_CHARS]] += 1
        else:
            self.new_entries += result.new_entries
            self.relevant += result.matches
            self.alerts += result.alerts_queued

    def summary(self, next_poll: datetime | None, now: datetime) -> str | None:
        """The line to log, then the tally starts over; None when nothing was polled."""
        if not self.polled:
            return None
        line = (f"polled {self.polled} feed(s): {self.polled - self.failed} ok, {self.failed} failed; "
                f"{self.new_entries} new item(s), {self.relevant} relevant, {self.alerts} alert(s) queued")
        if self.errors:
            error, count = self.errors.most_common(1)[0]
            line += f"; commonest error ({count}x): {error}"
        if next_poll is not None:
            wait = max(0, round((next_poll - now).total_seconds() / 60))
            line += f"; next poll due {next_poll.strftime('%H:%M')} UTC (in {wait} min)"
        self.__init__()  # type: ignore[misc] - start the next round empty
        return line
