"""The current rules run over stored articles: the work of `pledgewatch reanalyze`
(bot/cli/commands/reanalyze.py reads its period and prints its report).

The rules decide relevance when an article is first polled, and it is never read
again. After the rules change (or after a start with no rules at all), articles
polled meanwhile would stay unmatched forever. This re-reads them:

- a dry run counts what the current rules match among the stored articles of the
  period and lists the first articles they would newly pick out, changing nothing;
- otherwise each newly relevant article gets its hits, its story (joined or new, as
  of when it was fetched) and its pledges, in one transaction, and no alert: it is
  old news, and chats would be flooded by a rule edit.

Articles that matched before and no longer do are counted but left as they are:
their stories may already have been alerted and carry other sources' pledges.
Unrelated entries older than `retention_days` have been deleted, so the period that
can be re-read is at most that long.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from bot.core.analysis import Analyzer, entry_body
from bot.core.feeds.urls import feed_source_name
from bot.core.iso_times import UTC_MINUTE, from_iso
from bot.core.models import Entry, Feed, PollResult
from bot.pipeline import FeedPoller

SHOWN_NEW = 5


@dataclass
class ReanalysisReport:
    since: datetime | None
    rules: int
    examined: int = 0
    relevant_now: int = 0
    newly_relevant: list[dict] = field(default_factory=list)  # entry rows
    no_longer: int = 0
    applied: bool = False
    new_stories: int = 0

    def lines(self) -> list[str]:
        period = f"since {self.since:{UTC_MINUTE}}" if self.since else "on record"
        lines = [
            f"the current rules ({self.rules}) match {self.relevant_now} of the {self.examined} stored articles "
            f"{period}; {len(self.newly_relevant)} of them were not relevant before, "
            f"{self.no_longer} relevant before no longer match (left as they are)"
        ]
        if self.newly_relevant:
            lines.append(f"newly relevant{' (first ' + str(SHOWN_NEW) + ')' if len(self.newly_relevant) > SHOWN_NEW else ''}:")
            for row in self.newly_relevant[:SHOWN_NEW]:
                source = feed_source_name(row["feed_name"] or "", row["feed_url"] or "")  # no feed key shown
                lines.append(f"  {str(row['fetched_at'])[:10]}  {row['title'][:120]}  [{source}]")
        if self.applied:
            lines.append(f"recorded: {len(self.newly_relevant)} article(s) now relevant, {self.new_stories} new "
                         f"story(ies); no alerts sent (old news)")
        elif self.newly_relevant:
            lines.append("dry run: nothing changed (run without --dry-run to record them)")
        return lines


def reanalyze(poller: FeedPoller, analyzer: Analyzer, since: datetime | None, *, dry_run: bool,
              rules: int) -> ReanalysisReport:
    store = poller.store
    report = ReanalysisReport(since=since, rules=rules)
    verdicts = []
    for row in store.entries_since(since):
        entry = _entry(row)
        analysis = analyzer.analyze(entry.title, entry_body(entry), entry.lang, entry.published)
        report.examined += 1
        if analysis.relevant:
            report.relevant_now += 1
            if not row["relevant"]:
                report.newly_relevant.append(row)
                verdicts.append((row, entry, analysis))
        elif row["relevant"]:
            report.no_longer += 1
    if dry_run or not verdicts:
        return report
    result = PollResult(feed_url="(reanalysis)")
    with store.transaction():
        for row, entry, analysis in verdicts:
            feed = Feed(url=row["feed_url"], name=feed_source_name(row["feed_name"], row["feed_url"]), id=row["feed_id"])
            poller.adopt(feed, entry, row["id"], analysis, datetime.fromisoformat(row["fetched_at"]), result,
                         analyzer)
    report.applied = True
    report.new_stories = result.new_stories
    return report


def _entry(row: dict) -> Entry:
    published = from_iso(row["published"])
    return Entry(feed_url=row["feed_url"], guid=row["guid"], url=row["url"], title=row["title"],
                 summary=row["summary"], content=row["content"], published=published, lang=row["lang"])
