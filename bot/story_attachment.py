"""Story attachment: the step of a poll that puts a relevant entry into its story.

An entry joins the best of the recent stories it qualifies for (merging those it shows
to be one event), or opens a new story with a new alert; its pledges are kept under the
story, and a story's alert is extended when the entry brings another outlet or new
pledges. The decisions are bot.core.stories'; this module carries them out in the store,
inside the poll's transaction, which the caller (bot.pipeline.FeedPoller) holds.

It keeps the window's stories parsed in a StoryIndex, in step with the store, for as
long as the poller lives (see StoryAttacher._recent_stories).
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import datetime, timedelta, timezone

from bot.adapters.sqlite_store import SqliteStore
from bot.core.analysis import Analyzer, body_of
from bot.core.chat.alerts import wants
from bot.core.feeds.urls import feed_source_name
from bot.core.iso_times import from_iso
from bot.core.models import Alert, Analysis, Entry, Feed, Pledge, PollResult, StoryUpdate
from bot.core.stories.fingerprint.fingerprints import StoryFingerprint, evidence_outdated, fingerprint
from bot.core.stories.matching import StoryCandidate
from bot.core.stories.merges import plan_merge
from bot.core.stories.own_reports.revision_pairs import settle_correction
from bot.core.stories.own_reports.revisions import article_key
from bot.core.stories.resplits import plan_resplit, sided_story
from bot.core.stories.scoring.story_score import late_report_reach
from bot.core.stories.story_index import StoryIndex
from bot.core.stories.updates import (
    merge_into_alert,
    merge_story_into_alert,
    pledge_key,
    with_counts_told,
    without_reports,
)
from bot.poll_analysis import report_fingerprint

log = logging.getLogger(__name__)


class StoryAttacher:
    """Attaches a poller's relevant entries to stories. `story_window` is how far back a
    story may be joined; `max_alerts_per_poll` bounds the new-story alerts of one poll."""

    def __init__(self, store: SqliteStore, story_window: timedelta, max_alerts_per_poll: int):
        self.store = store
        self.story_window = story_window
        self.max_alerts_per_poll = max_alerts_per_poll
        # The stories of the window, parsed once and kept in step with the store (see
        # _recent_stories); it lives as long as its poller (the run, or one `poll --once`).
        self._index = StoryIndex()

    @contextmanager
    def index_follows_rollback(self) -> Iterator[None]:
        """A rolled-back poll takes the stories it created with it, and their ids will
        be given again: the index must not keep them."""
        try:
            yield
        except BaseException:
            self._index.clear()
            raise

    def attach(
        self, feed: Feed, entry: Entry, entry_id: int, analysis: Analysis, body: str, now: datetime,
        result: PollResult, analyzer: Analyzer, notify: bool = True, print_: StoryFingerprint | None = None,
    ) -> int:
        """Join the relevant entry to the story it reports, or start one; keep its pledges and
        queue or extend the story's alert (none when `notify` is false). Returns the story's id.
        The caller holds the poll's transaction and has stored the entry as `entry_id`; `print_`
        is the entry's report_fingerprint when the caller made it beforehand."""
        published = entry.published or now
        if print_ is None:
            print_ = report_fingerprint(feed.id, entry, body, analysis, analyzer)
        # (its feed's own date goes with its words into the story: a flash is the first version only of a
        # later report. Never the poll time standing in for a missing date: an undated flash read at the
        # poll would be "filed after" every report of its feed, so no date leaves the rule off)
        print_ = replace(print_, published=entry.published)
        stories, ranked = self._qualifying_stories(print_, published, feed, now, analyzer)
        story_id = ranked[0] if ranked else None
        if len(ranked) > 1 and not result.foreign_site:  # a foreign site's report merges nothing
            story_id = self._merge_stories(stories, ranked, now, result, notify, print_)
        after_split = False
        if story_id is None and not result.foreign_site:
            story_id, after_split = self._resplit(stories, print_, entry, feed, now, result, notify, analyzer)
        source = feed_source_name(feed.name, feed.url)  # a private feed's key stays private
        if story_id is None:
            story_id = self.store.create_story(
                entry.title, entry.url, now, entry.published, print_.to_json(), analysis.topics, analysis.score
            )
            result.new_stories += 1
            self.store.add_story_source(story_id, entry_id, feed.id, source, entry.url, now)
            if not notify:
                pass  # a re-analysed old article (`reanalyze`) raises no alert
            elif result.foreign_site or (result.new_stories - result.stories_split > self.max_alerts_per_poll
                                         and not after_split):
                # Past the cap a feed's flood is stored, not shown; but a report a split kept out of an
                # alert already seen would be in no message at all (_resplit), so it is shown.
                result.alerts_suppressed += 1
            else:
                alert = Alert(
                    story_id=story_id,
                    title=entry.title,
                    url=entry.url,
                    sources=(source,),
                    published=entry.published,
                    topics=analysis.topics,
                    pledges=analysis.pledges,
                    summary=entry.summary[:600],
                    source_urls=(entry.url,),
                )
                chats = [s for s in self.store.subscriptions() if wants(s, analysis.topics)]
                result.alerts_queued += self.store.enqueue(alert, chats, now)
            self._add_pledges(story_id, entry_id, analysis.pledges, entry.published or now)
        else:
            new_outlet = all(s["feed_id"] != feed.id for s in self.store.story_sources(story_id))
            self.store.add_story_source(story_id, entry_id, feed.id, source, entry.url, now)
            stories.note_feed(story_id, feed.id)
            stories.note_report(story_id, published)
            self._remember_member(stories, story_id, print_)
            new_pledges = self._add_pledges(story_id, entry_id, analysis.pledges, entry.published or now)
            result.story_updates.append(
                StoryUpdate(story_id, entry_id, feed.id, source, entry.url, new_outlet, new_pledges)
            )
            # A foreign site's report is stored, not shown (like a new story from that feed);
            # a re-analysed old article extends no alert.
            if notify and not result.foreign_site:
                self._update_alert(story_id, source, entry.url, analysis, now, result)
        return story_id

    def _qualifying_stories(self, print_: StoryFingerprint, published: datetime, feed: Feed, now: datetime,
                            analyzer: Analyzer) -> tuple[StoryIndex, list[int]]:
        """The recent stories, and those the article qualifies for, best first."""
        stories = self._recent_stories(now, analyzer)
        ranked = stories.matching(print_, published, window=self.story_window, feed=feed.id)
        if ranked and self._changed_elsewhere(stories, ranked):
            # Another process (a `poll --once` beside the bot) merged stories this index
            # still holds, or added reports to them: read the window again rather than
            # join an absorbed story, or store a survivor's fingerprint without the
            # reports that process gave it (the joining report's is written over it).
            stories.clear()
            stories = self._recent_stories(now, analyzer)
            ranked = stories.matching(print_, published, window=self.story_window, feed=feed.id)
        return stories, ranked

    def _changed_elsewhere(self, stories: StoryIndex, story_ids: list[int]) -> bool:
        """Does the store hold any of these indexed stories otherwise than the index does?
        The poll's transaction has written already (its entries), so what is read here
        stays as read until the commit."""
        for story_id, row in self.store.stories_as_stored(story_ids).items():
            candidate = stories.candidate(story_id)
            if (candidate is None or row["merged_into"] is not None or row["feeds"] != candidate.feeds
                    or StoryFingerprint.from_json(row["fingerprint"]) != candidate.fingerprint):
                return True
        return False

    def _merge_stories(self, stories: StoryIndex, ranked: list[int], now: datetime, result: PollResult,
                       notify: bool, print_: StoryFingerprint) -> int:
        """The article qualifies for several stories, which opened apart (reports A and C of
        one event before B, which links them): merge those that may be one (see
        bot.core.stories.merges), in this poll's transaction. Returns the story it joins."""
        qualifying = [candidate for candidate in map(stories.candidate, ranked) if candidate is not None]
        plan = plan_merge(qualifying, self.store.stories_shown(ranked), self.story_window, print_)
        if plan is None:
            # Stories that may not merge: two batches of one donor's pledges told with other figures, which
            # a report naming no figure agrees with both (see resplits.sided_story).
            return sided_story(print_, qualifying) or ranked[0]
        # The reports the merging stories' alerts listed: a count only they told may be shown (see below).
        alerted = [self.store.story_alert(story_id) for story_id in (plan.survivor, *plan.absorbed)]
        listed = {url for shown in alerted if shown is not None for url in shown.source_urls}
        for absorbed in plan.absorbed:
            self.store.merge_story(absorbed, plan.survivor)
            stories.absorb(plan.survivor, absorbed, plan.fingerprint)
            self.store.audit("poller", "story.merge", str(absorbed), None, {"merged_into": plan.survivor}, now)
        self.store.set_story_fingerprint(plan.survivor, plan.fingerprint.to_json())
        result.stories_merged += len(plan.absorbed)
        log.info("stories %s merged into story %d", ", ".join(map(str, plan.absorbed)), plan.survivor)
        # The survivor's alert shows the absorbed reports as if they had joined it: a sent
        # alert is edited, a pending one goes out complete (a re-analysed old article
        # extends no alert).
        alert = self.store.story_alert(plan.survivor) if notify else None
        if alert is not None:
            # Only what an alert of the merging stories listed: their outlets (the story's reports at the
            # addresses they list, in the order stored) and their pledges (as those alerts showed them; a
            # row's count may be a report's no alert lists). A report no alert lists (a feed flagged as
            # serving a foreign site, a story held back past the poll's cap, a `reanalyze`d article) was
            # never shown: the merge must not show its outlet or pledge to every chat, as a join would not.
            links = {link for shown in alerted if shown is not None for link in shown.source_links()}
            # (An alert names an outlet without its address when it was stored before alerts kept them.)
            sources = [(row["source"], row["url"]) for row in self.store.story_sources(plan.survivor)
                       if (row["source"], row["url"]) in links or (row["source"], "") in links]
            updated = merge_story_into_alert(alert, sources, _pledges_shown(alerted)) or alert
            # A count the absorbed story told, when every report of that pledge is one an alert of the
            # merging stories listed: a story never alerted (its reports all from a feed flagged as serving
            # a foreign site, say) tells no chat a figure through the merge (see _update_alert).
            told = self.store.story_pledges_told_by(plan.survivor, listed)
            updated = with_counts_told(updated, told) or updated
            if updated is not alert:
                result.updates_queued += self.store.update_story_alert(updated, now)
        return plan.survivor

    def _resplit(self, stories: StoryIndex, print_: StoryFingerprint, entry: Entry, feed: Feed,
                 now: datetime, result: PollResult, notify: bool, analyzer: Analyzer) -> tuple[int | None, bool]:
        """The article qualifies for no story, but a grown story's opening report sides with it rather
        than with the members that keep it out (bot.core.stories.resplits): those members leave for a
        story of their own, with the alert they never had, and the story whose alert showed them is
        edited (never re-sent). Returns the story the article then joins, or None (it opens one): it
        opens one too when it would join the story keeping the opening report after that story's alert
        may have been seen (see the end); and whether a split was made. The moved reports' story is
        counted in new_stories (it is a new story: `reanalyze`'s summary and the anomaly audit read it),
        but its alert is not held to max_alerts_per_poll, nor counted toward it (result.stories_split):
        chats have seen their event in the old alert, which is edited to drop them, so suppressing it would
        take that event out of every message (the cap is for a feed's flood of new items, and a split is one
        newcomer's doing). With
        `notify` false (`reanalyze`) neither alert moves: the old one keeps listing them (stale, not lost)."""
        published = entry.published or now
        plan = plan_resplit(print_, published, stories.grown_candidates(), window=self.story_window, feed=feed.id,
                            report_times=self._report_times)
        if plan is not None and self._changed_elsewhere(stories, [plan.story_id]):
            # Another process (a `poll --once` beside the bot) changed the story since it was indexed:
            # the kept fingerprint written below would drop what that process added. Plan again from
            # the store; should the article now qualify for a story, it splits nothing (it then opens
            # its own: a duplicate at worst, in a rare race).
            stories.clear()
            stories = self._recent_stories(now, analyzer)
            if stories.matching(print_, published, window=self.story_window, feed=feed.id):
                return None, False
            plan = plan_resplit(print_, published, stories.grown_candidates(), window=self.story_window,
                                feed=feed.id, report_times=self._report_times)
        if plan is None:
            return None, False
        moved_keys = set(plan.moved)
        # The story's first report stays (its alert was sent), whatever address a revision of it shares.
        reports = [row for row in self.store.story_reports(plan.story_id)[1:]
                   if row["url"] and article_key(row["url"]) in moved_keys]
        if len(reports) != len(plan.moved) or {article_key(row["url"]) for row in reports} != moved_keys:
            # Not one stored report for each moved one (two at one address, a revision and its
            # original; or a database edited by hand): leave the story as it is.
            return None, False
        shown = self.store.story_alert(plan.story_id)
        if shown is None or not moved_keys <= {article_key(url) for url in shown.source_urls if url}:
            # Only reports the old alert lists move: one it does not (stored from a feed serving a
            # foreign site, re-analysed by `reanalyze`, or joined while the alert was held back) was
            # never to be shown, and the moved story's alert would show it.
            return None, False
        # Whether chats may have seen the old story's alert, asked before this split queues anything.
        old_alert_seen = bool(self.store.stories_shown([plan.story_id]))
        new_id = self.store.split_story(plan.story_id, [row["id"] for row in reports], plan.moved_print.to_json(),
                                        now)
        self.store.set_story_fingerprint(plan.story_id, plan.kept.to_json())
        self.store.audit("poller", "story.split", str(plan.story_id), None, {"moved_to": new_id}, now)
        result.new_stories += 1
        result.stories_split += 1
        log.info("story %d: %d report(s) moved to story %d", plan.story_id, len(reports), new_id)
        topics: tuple[str, ...] = ()
        for row in reports:
            analysis = _stored_report_read(analyzer, row)
            topics = topics or analysis.topics
            self._add_pledges(new_id, row["id"], analysis.pledges, from_iso(row["published"]) or now)
        # After the new story's pledges are in (pledge ids only grow: the tracker's version sees the change).
        # The old story's pledges the moved reports sourced go whole, and the kept reports that sourced
        # them store their own readings again: its pledges are then its kept reports' figures only.
        readers = set(self.store.release_pledges(plan.story_id, [row["id"] for row in reports]))
        for row in self.store.story_reports(plan.story_id):
            if row["id"] in readers:
                analysis = _stored_report_read(analyzer, row)
                self._add_pledges(plan.story_id, row["id"], analysis.pledges, from_iso(row["published"]) or now)
        if notify:
            first = reports[0]
            links = [(s["source"], s["url"]) for s in self.store.story_sources(new_id)]
            # When the article joins the moved reports, they name no figure it contradicts and it names
            # one: it heads their alert (it says which batch the story is). Led by a figureless report
            # whose shared day was the other batch's, the article's event would show under that one's
            # headline.
            head = ((entry.title, entry.url, entry.published, entry.summary) if plan.joins_moved else
                    (first["title"], first["url"], from_iso(first["published"]), first["summary"] or ""))
            alert = Alert(story_id=new_id, title=head[0], url=head[1], sources=tuple(name for name, _ in links),
                          published=head[2], topics=topics, pledges=tuple(self.store.story_pledges(new_id)),
                          summary=head[3][:600], source_urls=tuple(url for _, url in links))
            chats = [s for s in self.store.subscriptions() if wants(s, topics)]
            result.alerts_queued += self.store.enqueue(alert, chats, now)
            shown = self.store.story_alert(plan.story_id)  # as it stands after the pledges moved
            edited = without_reports(shown, [row["url"] for row in reports],
                                     self.store.story_pledges(plan.story_id)) if shown else None
            if edited is not None:
                result.updates_queued += self.store.update_story_alert(edited, now)
        # The index reads both stories again from the store (their reports, feeds and times moved).
        stories.clear()
        self._recent_stories(now, analyzer)
        if plan.joins_moved:
            return new_id, True
        # The newcomer sides with the old story's opening report on a shared day or key, a bet the
        # reports may lose (an agency may name the day it wrote, not the other batch's day). Joined to
        # an alert chats have seen, a lost bet leaves the newcomer's event only as an outlet added to
        # another event's message: hidden. Opening its own story, a lost bet costs a duplicate.
        return (None if old_alert_seen else plan.story_id), True

    def _report_times(self, story_id: int) -> dict[str, datetime]:
        """A story's reports' publication times (else when fetched), by their link keys (article_key of
        their address, as StoryFingerprint.link_key), for a re-split's qualification check."""
        times = {}
        for row in self.store.story_reports(story_id):
            moment = from_iso(row["report_time"])
            if row["url"] and moment is not None:
                times.setdefault(article_key(row["url"]), moment)
        return times

    def _remember_member(self, stories: StoryIndex, story_id: int, print_: StoryFingerprint) -> None:
        """Keep the joining article's event evidence and words with the story (in the store, and
        in the index the poller matches against): later reports must agree with it too, and
        may resemble it rather than the story's first report. A correction of the day of one
        of the story's reports takes back the wrong day there (bot.core.stories.own_reports.corrections):
        later reports of the right day must not be kept out by it."""
        current = stories.fingerprint_of(story_id)
        if current is None:
            return
        settled, print_ = settle_correction(current, print_)
        grown = settled.with_member(print_)
        if grown is not current:
            self.store.set_story_fingerprint(story_id, grown.to_json())
            stories.add_member(story_id, grown)

    def _add_pledges(self, story_id: int, entry_id: int, pledges: tuple[Pledge, ...], when: datetime
                     ) -> tuple[Pledge, ...]:
        """Store an article's pledges under its story; returns those the story did not have."""
        return tuple(p for p in pledges if self.store.add_pledges(story_id, entry_id, [p], when))

    def _update_alert(self, story_id: int, source: str, url: str, analysis: Analysis, now: datetime,
                      result: PollResult) -> None:
        """The entry joined an alerted story: when it brings another outlet, new pledges
        or the count of a pledge shown without one, the story's alert is extended (and
        edited where already sent)."""
        alert = self.store.story_alert(story_id)
        if alert is None:
            return
        updated = merge_into_alert(alert, source, url, analysis.pledges) or alert
        # A count this report told for a pledge the alert shows without one (the store filled the row):
        # the sent alert is edited to show it, as it is for a new outlet or pledge. Only a count THIS
        # report told: the row may hold one from a report no alert lists (a feed flagged as serving a
        # foreign site, a `reanalyze`d article), which no chat was shown and no listed source told.
        told = {pledge_key(p): p.quantity for p in analysis.pledges if p.quantity is not None}
        held = [p for p in self.store.story_pledges(story_id) if told.get(pledge_key(p)) == p.quantity]
        updated = with_counts_told(updated, held) or updated
        if updated is not alert:
            result.updates_queued += self.store.update_story_alert(updated, now)

    def _recent_stories(self, now: datetime, analyzer: Analyzer) -> StoryIndex:
        """The stories first seen within reach of `now` (the window, or a late report's reach), brought up to date
        with the store. Usually that reads nothing: story ids only grow, so only the
        stories after the newest id seen are new (ours, or another process's, such as
        a `poll --once` beside the bot). A new story created here is read
        back here, from its stored row, like any other."""
        # The store compares UTC timestamps; a naive `now` is local time there too. A late
        # report may join a story older than the window (see late_report_reach).
        since = (now - late_report_reach(self.story_window)).astimezone(timezone.utc)
        index = self._index
        newest = self.store.newest_story_id()
        if index.needs_reload(newest, since):
            index.clear()
        if newest > index.newest_id:
            for row in self.store.stories_between(index.newest_id, newest, since):
                stored = StoryFingerprint.from_json(row["fingerprint"])
                if evidence_outdated(row["fingerprint"]):
                    stored = self._evidence_read_again(row["id"], stored, analyzer)
                index.add(
                    StoryCandidate(
                        story_id=row["id"],
                        fingerprint=stored,
                        # Compare publication times when known: two outlets' copies of a
                        # story are close in published time even if we fetch them days apart.
                        first_seen=row["published"] or row["first_seen"],
                        feeds=frozenset(row["feeds"]),
                        # A later article is as near the story as its nearest report
                        # (report_times.nearest_apart).
                        report_times=tuple(row["report_times"]),
                    ),
                    stored_at=row["first_seen"],
                )
        index.forget_before(since)
        index.record_sync(newest, since)
        return index

    def _evidence_read_again(self, story_id: int, stored: StoryFingerprint, analyzer: Analyzer) -> StoryFingerprint:
        """The fingerprint of a story stored by an older pledgewatch, whose event evidence
        lacks what this one reads (a statement's occasion, a figure told rough, a package's
        number: read as found nowhere, they would neither keep another event's report apart
        nor let a converted sum agree), made again from its stored articles as if they
        arrived now, in the order they were stored, and stored in the poll's transaction:
        a poll that fails takes it back, and the next one reads the story again. A story
        none of whose articles is stored (retention keeps relevant ones: a database edited
        by hand) keeps what it has."""
        reports = self.store.story_reports(story_id)
        if not reports:
            return stored
        grown: StoryFingerprint | None = None
        for report in reports:
            body = body_of(report["summary"], report["content"])
            pledges = _stored_report_read(analyzer, report).pledges
            print_ = fingerprint(report["title"], body, pledges=pledges, entities=analyzer.entities,
                                 lang=report["lang"], link=report["url"] or "", feed=report["feed_id"],
                                 published=from_iso(report["published"]))
            if grown is None:
                grown = print_
            else:  # a correction of a day settles it, as when it joined (_remember_member)
                grown, print_ = settle_correction(grown, print_)
                grown = grown.with_member(print_)
        assert grown is not None
        self.store.set_story_fingerprint(story_id, grown.to_json())
        log.info("story %d: event evidence read again from its %d stored articles", story_id, len(reports))
        return grown


def _pledges_shown(alerts: list[Alert | None]) -> list[Pledge]:
    """The pledges the alerts show, each once (the first alert's figures for a pledge two of them show)."""
    shown: dict[tuple[str, str, str, str], Pledge] = {}
    for alert in alerts:
        for pledge in alert.pledges if alert is not None else ():
            shown.setdefault(pledge_key(pledge), pledge)
    return list(shown.values())


def _stored_report_read(analyzer: Analyzer, row) -> Analysis:
    """A stored report read again as the poll first read it: with its stored date, which makes a
    step dated after it a promise (bot.core.pledges.status.future_dates), as poll, `reanalyze` and
    `analyze` pass it."""
    return analyzer.analyze(row["title"], body_of(row["summary"], row["content"]), row["lang"],
                            from_iso(row["published"]))
