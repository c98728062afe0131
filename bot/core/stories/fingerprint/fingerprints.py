"""A story fingerprint: what an article is about, small enough to store with every story.

Each article is reduced to a small `StoryFingerprint`:
- names: people, places, weapon systems, designations (F-16), amounts ($2bn);
- terms: significant content words, lightly stemmed;
- phrases: pairs of neighbouring content words ("rythme production"), sampled the
  same way in every article, so two long reports quoting one sentence find it;
- headline: the names in the title, i.e. who gives what;
- event: who gives what, in which phase, on which day (bot/core/stories/evidence/events.py).
How words become these features is bot/core/stories/fingerprint/wording.py; how two fingerprints
are compared is bot/core/stories/scoring/likeness.py (wording) and story_score.py (one story or not).

One fingerprint costs about 1-3 KB of JSON. A story keeps its first report's
fingerprint, the event evidence of up to MAX_MEMBERS joining reports and the words of
the first MAX_TEXT_MEMBERS of them (so at most about 20 KB).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import datetime

from bot.core.models import Pledge
from bot.core.pledges.passes.entities import Entities
from bot.core.stories.evidence.events import EventEvidence, event_evidence
from bot.core.stories.fingerprint import legacy_keys
from bot.core.stories.fingerprint.word_keys import KEYS_VERSION
from bot.core.stories.fingerprint.wording import MAX_TEXT_CHARS, MAX_TITLE_CHARS, article_words, plain_text
from bot.core.stories.own_reports.revisions import (
    article_key, marks_flash, marks_revision, revision_headline, without_wire_labels,
)

MAX_MEMBERS = 24
# Words are kept for fewer members: each costs 1-3 KB of JSON (see the module docstring).
# A newcomer, or an outlet's correction of one of the story's reports
# (bot.core.stories.own_reports.corrections), is compared with these words only. Measured in round 7:
# no story of the busy days (tests/stories/test_story_busy_day.py, every feed order) or of the
# real-article set has more than seven reports, and keeping the words of 24 members
# changes none of their figures.
MAX_TEXT_MEMBERS = 6


@dataclass(frozen=True, slots=True)
class StoryFingerprint:
    """What an article is about, small enough to store with every story."""

    names: frozenset[str]
    terms: frozenset[str]
    phrases: frozenset[str] = frozenset()
    headline: frozenset[str] = frozenset()
    # Who gives what, in which phase, on which day (see bot.core.stories.evidence.events).
    event: EventEvidence = EventEvidence()
    # For a story: the evidence of each article that joined it after the first (at
    # most MAX_MEMBERS). A newcomer must agree with all of them, not only with the
    # first report, so the order in which reports arrive matters less.
    members: tuple[EventEvidence, ...] = ()
    # For a story: the words of the first MAX_TEXT_MEMBERS articles that joined it
    # (fingerprints without members of their own). A newcomer is compared with each
    # report of the story and the most alike one counts: the French copy of an
    # announcement may resemble the German one that joined first far more than the
    # story's opening report, written by another outlet in other words.
    member_texts: tuple[StoryFingerprint, ...] = ()
    # The headline's words (bot/core/stories/own_reports/revisions.py: numbers as "#", without a
    # revision marker) and whether the report marks itself as an outlet's update or
    # correction of its own report ("UPDATE 1-", "CORRECTED-", or a correction note in
    # its text): such a report joins its first version.
    headline_key: str = ""
    revision: bool = False
    # Whether the headline marks the report as a wire's urgent first line ("FLASH:", "URGENT -",
    # "EILMELDUNG:"): its feed's full write-up of it, filed minutes later under a headline of its
    # own, is its revision (revision_pairs.revision_of).
    flash: bool = False
    # The address of the article, without the marks of a revision (revisions.article_key):
    # one outlet's report re-issued under a new headline at its address, or at that address
    # with "-update-1" added, is that report rewritten.
    link_key: str = ""
    # The id of the feed that brought the report, when known: an unmarked re-issue settles
    # the day of a report of its own feed only (bot.core.stories.own_reports.corrections). On a story's
    # own fingerprint, its opening report's feed; each member text keeps its own. None for
    # reports stored before feeds were kept: only a marked correction settles their day.
    feed: int | None = None
    # When the report was published by its feed's own date (never the poll time standing in), when
    # known: a wire's flash is the first version only of a write-up filed no earlier than itself
    # (revision_pairs.flash_and_write_up). On a story's own fingerprint, its opening report's; each
    # member text keeps its own. None for reports stored before it was kept.
    published: datetime | None = None

    def to_json(self) -> str:
        return json.dumps({**self._to_dict(), "keys": KEYS_VERSION}, ensure_ascii=False, separators=(",", ":"))

    def _to_dict(self) -> dict[str, object]:
        data: dict[str, object] = {
            "names": sorted(self.names),
            "terms": sorted(self.terms),
            "phrases": sorted(self.phrases),
            "headline": sorted(self.headline),
            "event": self.event.to_dict(),
            "members": [member.to_dict() for member in self.members],
        }
        if self.member_texts:
            data["member_texts"] = [text._to_dict() for text in self.member_texts]
        if self.headline_key:
            data["headline_key"] = self.headline_key
        if self.revision:
            data["revision"] = True
        if self.flash:
            data["flash"] = True
        if self.link_key:
            data["link_key"] = self.link_key
        if self.feed is not None:
            data["feed"] = self.feed
        if self.published is not None:
            data["published"] = self.published.isoformat()
        return data

    @classmethod
    def from_json(cls, s: str) -> StoryFingerprint:
        """Read `to_json` output back. Raises ValueError on anything else. A fingerprint
        stored before names were keyed by the entity lists (no "keys" in it) has its
        old keys translated (bot.core.stories.fingerprint.legacy_keys)."""
        data = json.loads(s)
        return cls._from_dict(data, legacy=isinstance(data, dict) and data.get("keys") != KEYS_VERSION)

    @classmethod
    def _from_dict(cls, data: object, legacy: bool = False) -> StoryFingerprint:
        if not isinstance(data, dict):
            raise ValueError("story fingerprint must be a JSON object")
        fields = {}
        for field_name in ("names", "terms", "phrases", "headline"):
            values = data.get(field_name, [])
            if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
                raise ValueError(f"story fingerprint {field_name!r} must be a list of strings")
            if legacy and field_name != "phrases":
                table = legacy_keys.TERMS if field_name == "terms" else legacy_keys.NAMES
                values = [table.get(value, value) for value in values]
            fields[field_name] = frozenset(values)
        # Stories stored before event evidence existed have none: they then match only
        # near-copies of themselves (see same_event_score).
        event = EventEvidence.from_dict(data["event"]) if "event" in data else EventEvidence()
        members = data.get("members", [])
        texts = data.get("member_texts", [])
        if not isinstance(members, list) or not isinstance(texts, list):
            raise ValueError("story fingerprint 'members' and 'member_texts' must be lists")
        headline_key, revision = data.get("headline_key", ""), data.get("revision", False)
        link_key, flash = data.get("link_key", ""), data.get("flash", False)
        if (not isinstance(headline_key, str) or not isinstance(revision, bool) or not isinstance(link_key, str)
                or not isinstance(flash, bool)):
            raise ValueError("story fingerprint 'headline_key' and 'link_key' must be strings, 'revision' and "
                             "'flash' booleans")
        feed = data.get("feed")
        if feed is not None and (not isinstance(feed, int) or isinstance(feed, bool)):
            raise ValueError("story fingerprint 'feed' must be an integer")
        return cls(**fields, event=event, members=tuple(EventEvidence.from_dict(m) for m in members),
                   member_texts=tuple(cls._from_dict(t, legacy) for t in texts[:MAX_TEXT_MEMBERS]),
                   headline_key=headline_key, revision=revision, flash=flash, link_key=link_key, feed=feed,
                   published=_published_from(data.get("published")))

    def with_member(self, joining: StoryFingerprint) -> StoryFingerprint:
        """This story's fingerprint after the article `joining` joined it: its event
        evidence is kept (up to MAX_MEMBERS), and its words too (up to MAX_TEXT_MEMBERS)."""
        if len(self.members) >= MAX_MEMBERS:
            return self
        texts = self.member_texts
        if len(texts) < MAX_TEXT_MEMBERS:
            texts = (*texts, replace(joining, members=(), member_texts=()))
        return replace(self, members=(*self.members, joining.event), member_texts=texts)

    def reports(self) -> tuple[StoryFingerprint, ...]:
        """This story's reports, as they joined it, each as `with_member` would take it:
        the opening one, then each member (words and evidence for the first
        MAX_TEXT_MEMBERS, which were kept together; only the evidence after them)."""
        opening = replace(self, members=(), member_texts=())
        joined = tuple(
            self.member_texts[i] if i < len(self.member_texts) else StoryFingerprint(frozenset(), frozenset(), event=e)
            for i, e in enumerate(self.members)
        )
        return (opening, *joined)

    def with_story(self, other: StoryFingerprint) -> StoryFingerprint:
        """This story's fingerprint after story `other` was merged into it: every report
        of `other` joins as a member (`with_member`, so within the same limits)."""
        grown = self
        for report in other.reports():
            grown = grown.with_member(report)
        return grown

    def texts(self) -> tuple[StoryFingerprint, ...]:
        """The reports whose words a newcomer is compared with: this one and its members'."""
        return (self, *self.member_texts)


def _published_from(value: object) -> datetime | None:
    """A stored publication time (`to_json`'s ISO text) read back; None when none was stored."""
    if value is None:
        return None
    if not isinstance(value, str):
        raise ValueError("story fingerprint 'published' must be an ISO date-time string")
    try:
        return datetime.fromisoformat(value)
    except ValueError as exc:
        raise ValueError("story fingerprint 'published' must be an ISO date-time string") from exc


def evidence_outdated(stored: str) -> bool:
    """A story fingerprint (`to_json` output) whose event evidence, or any member's, lacks
    a field this code reads: stored by an older pledgewatch (or before event evidence
    existed), so read again from the story's articles (see bot.story_attachment). Unreadable JSON
    is not this function's to judge: `from_json` raises on it."""
    try:
        data = json.loads(stored)
    except ValueError:
        return False
    if not isinstance(data, dict):
        return False
    members = data.get("members", [])
    return not EventEvidence.stored_complete(data.get("event")) or (
        isinstance(members, list) and not all(EventEvidence.stored_complete(m) for m in members))


def fingerprint(
    title: str,
    text: str,
    *,
    pledges: Iterable[Pledge] = (),
    entities: Entities | None = None,
    lang: str | None = None,
    link: str = "",
    feed: int | None = None,
    published: datetime | None = None,
) -> StoryFingerprint:
    """Names, content words and event evidence of an article; `text` may be plain
    text or HTML. `pledges` are those extracted from it (the pipeline has them; without
    them the evidence comes from the donors and systems the article names); `link` its
    address, `feed` the id of the feed that brought it and `published` when it was published, when known."""
    clean_title = plain_text(title[:MAX_TITLE_CHARS])
    clean_text = plain_text(text[:MAX_TEXT_CHARS])
    # The words and evidence come from the headline without its flash's marker or exclusive's label
    # (revisions.without_wire_labels); whether it has one is kept apart (`revision`, `flash`).
    bare_title = without_wire_labels(clean_title)
    words = article_words(bare_title, clean_text, entities)
    _, headline_key = revision_headline(clean_title)
    revision = marks_revision(clean_title, clean_text)
    return StoryFingerprint(
        names=words.names,
        terms=words.terms,
        phrases=words.phrases,
        headline=words.headline,
        event=event_evidence(bare_title, clean_text, pledges, entities, lang),
        headline_key=headline_key,
        revision=revision,
        flash=marks_flash(clean_title),
        link_key=article_key(link) if link else "",
        feed=feed,
        published=published,
    )
