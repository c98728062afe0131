"""One line per polling round instead of one warning per failing feed.

On a fresh install without network every shipped feed fails at once; a warning per
feed buried the one thing a new user needs (is it working, when is the next try).
`run` collects its poll results here and logs a summary each minute that saw polls:
how many feeds were polled, ok or failing (with the commonest error), what was new,
and when the next poll is due. `status` keeps the per-feed detail."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime

from bot.core.models import PollResult

_ERROR_CHARS = 200
# Feeds on different hosts fail the same way ("cannot connect to rss.dw.com:443: Name or
# service not known"): errors are counted by their kind, the host left out, and shown by
# their first example.
# Host names as errors print them, in lower case: a dotted Python name in an error
# ("sqlite3.OperationalError") is not one.
_HOST = re.compile(r"\b(?:[a-z0-9-]+\.)+[a-z]{2,}(?::\d+)?\b")


class ErrorKinds:
    """Errors counted by kind (the text with host names left out), each shown by its
    first example."""

    def __init__(self) -> None:
        self._counts: Counter[str] = Counter()
        self._example: dict[str, str] = {}

    def add(self, error: str) -> None:
        error = error[:_ERROR_CHARS]
        kind = _HOST.sub("<host>", error)
        self._counts[kind] += 1
        self._example.setdefault(kind, error)

    def __bool__(self) -> bool:
        return bool(self._counts)

    def commonest(self) -> str:
        """'(19x), e.g.: cannot connect to rss.dw.com:443: Name or service not known'.
        The "e.g." because the 19 failing feeds are on 19 hosts, and the line shows the
        first one's: "(19x): cannot connect to rss.dw.com" read as one host failing 19 times."""
        kind, count = self._counts.most_common(1)[0]
        example = "" if count == 1 else ", e.g."
        return f"({count:,}x){example}: {self._example[kind]}"


def _count_outcome(counts: PollTally | FirstRound, result: PollResult) -> None:
    """A poll's outcome added to a round's counts, as every report of polling counts it: a
    failure by its kind of error, a success by its new and relevant items."""
    if result.error:
        counts.failed += 1
        counts.errors.add(result.error)
    else:
        counts.new_entries += result.new_entries
        counts.relevant += result.matches


@dataclass
class PollTally:
    polled: int = 0
    failed: int = 0
    new_entries: int = 0
    relevant: int = 0
    alerts: int = 0
    errors: ErrorKinds = field(default_factory=ErrorKinds)
    # Set by `run` as it stops: "none polled" means "no feed was due" only once every
    # feed has had its first poll; stopped during those polls, none had finished yet.
    first_round_over: bool = False

    def add(self, result: PollResult) -> None:
        self.polled += 1
        _count_outcome(self, result)
        if not result.error:
            self.alerts += result.alerts_queued

    def summary(self, next_poll: datetime | None, now: datetime) -> str | None:
        """The line to log, then the tally starts over; None when nothing was polled."""
        if not self.polled:
            return None
        line = (f"polled {self.polled} feed(s): {self.polled - self.failed} ok, {self.failed} failed; "
                f"{self.new_entries} new item(s), {self.relevant} relevant, {self.alerts} alert(s) queued")
        if self.errors:
            line += f"; commonest error {self.errors.commonest()}"
        if next_poll is not None:
            line += f"; next poll due {_due(next_poll, now)}"
        self.reset()
        return line

    def stopped(self, seconds: float) -> str:
        """The line `run` ends with, over everything it polled: "stopped cleanly" alone
        left a user who stopped it after a few rounds to wonder whether it had done anything."""
        when = _duration(seconds) if self.first_round_over else f"{_duration(seconds)}, before its first round ended"
        if not self.polled:
            why = "no feed was due, none polled" if self.first_round_over else "none polled"
            return f"pledgewatch stopped cleanly after {when}: {why}"
        return (f"pledgewatch stopped cleanly after {when}: {self.polled:,} poll(s), "
                f"{self.polled - self.failed:,} ok, {self.failed:,} failed; {self.new_entries:,} new item(s), "
                f"{self.relevant:,} relevant, {self.alerts:,} alert(s) queued")

    def reset(self) -> None:
        """Start the next round empty."""
        self.__init__()  # type: ignore[misc]


@dataclass
class FirstRound:
    """Progress of `run`'s first round (every feed polled once after start), which at a
    thousand feeds lasts minutes: `progress()` gives one line for the log every so
    often, `finished()` says when the last feed is done."""

    feeds: set[int]
    polled: set[int] = field(default_factory=set)
    failed: int = 0
    new_entries: int = 0
    relevant: int = 0
    waiting: int = 0  # feeds failing since before the start, left to their back-off
    reported_done: bool = False
    errors: ErrorKinds = field(default_factory=ErrorKinds)

    def add(self, feed_id: int, result: PollResult) -> None:
        if feed_id not in self.feeds or feed_id in self.polled:
            return  # a feed added during the round, or polled again
        self.polled.add(feed_id)
        _count_outcome(self, result)

    def not_due(self, feed_id: int) -> None:
        """A feed the round does not poll (failing, backed off until later): the round
        does not wait for it."""
        if feed_id in self.feeds and feed_id not in self.polled:
            self.feeds.discard(feed_id)
            self.waiting += 1

    @property
    def done(self) -> bool:
        return len(self.polled) >= len(self.feeds)

    def progress(self) -> str | None:
        """'first round: 430 of 1,000 feeds, 21,000 items, 12 relevant'; None once done."""
        if self.done:
            return None
        return f"first round: {len(self.polled):,} of {len(self.feeds):,} feeds, {self._what()}"

    def finished(self, seconds: float, next_poll: datetime | None = None, now: datetime | None = None) -> str | None:
        """The line that closes the round, once, when the last feed is done. When feeds
        failed it names the commonest error and where each feed's is: a new install
        without network fails every feed at once, and "19 failed" alone says nothing
        about why. It ends with when the next poll is due: after a round that failed
        everywhere the feeds back off (twice the interval), and the log, quiet until
        then, read as if the bot had stopped."""
        if not self.done or self.reported_done:
            return None
        self.reported_done = True
        if self.feeds:
            line = f"first round done: {len(self.feeds):,} feeds in {_duration(seconds)}, {self._what()}"
        else:
            # A second start without network: every feed still backs off from the first,
            # and the log said "first poll of every feed now", then nothing for 20 minutes.
            line = "first round: no feed due now"
        if self.errors:
            line += f"; commonest error {self.errors.commonest()}"
        if self.waiting:
            line += f"; {self.waiting:,} feed(s) failing since before this start wait out their back-off"
        if self.errors or self.waiting:
            line += "; `pledgewatch status` lists each feed's error"
        if self.feeds and self.failed >= len(self.feeds):
            # A newcomer's first run on a machine without network: the log's next step had been a
            # 20-minute wait. The demo shows the same pipeline at once, on loopback.
            line += "; no network here? `pledgewatch demo` runs the whole pipeline offline"
        if next_poll is not None and now is not None:
            line += f"; next poll due {_due(next_poll, now)}"
        return line

    def _what(self) -> str:
        failed = f", {self.failed:,} failed" if self.failed else ""
        return f"{self.new_entries:,} new items, {self.relevant:,} relevant{failed}"


def _due(moment: datetime, now: datetime) -> str:
    """'09:42 UTC (in 12 min)', '(in 40 s)' under a minute, 'now' once due: rounding to
    whole minutes said "in 0 min" for a feed due in 29 s, and for one a moment overdue."""
    seconds = round((moment - now).total_seconds())
    if seconds <= 0:
        return "now"
    clock = moment.strftime("%H:%M")
    if seconds < 60:
        return f"{clock} UTC (in {seconds} s)"
    minutes = round(seconds / 60)
    hours, rest = divmod(minutes, 60)
    wait = f"{hours} h {rest} min" if hours and rest else f"{hours} h" if hours else f"{minutes} min"
    return f"{clock} UTC (in {wait})"


def _duration(seconds: float) -> str:
    minutes, rest = divmod(round(seconds), 60)
    hours, minutes = divmod(minutes, 60)
    if hours:  # a `run` stopped after days said "7201 min 3 s"
        return f"{hours} h {minutes} min"
    return f"{minutes} min {rest} s" if minutes else f"{rest} s"
