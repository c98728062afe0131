"""Domain values shared by the core and the adapters. Plain frozen dataclasses:
no behaviour that needs I/O."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime


@dataclass(frozen=True, slots=True)
class Feed:
    """A feed to poll. `interval` is None when the global poll_interval applies."""

    url: str
    name: str = ""
    lang: str | None = None
    interval: int | None = None
    id: int | None = None
    # Added from chat (/feed_add): fetched under chat_feed_addresses as well as feed_addresses.
    from_chat: bool = False
    # The chat it was added in ("telegram:-100123"), while from_chat: max_feeds_per_chat counts them.
    added_in: str | None = None


@dataclass(frozen=True, slots=True)
class FeedAdded:
    """What adding a feed did. `created`: it is new (or a removed one is back); else it was
    already watched, under `name` or, when the admin gave another name, renamed from
    `renamed_from` to `name`. `ascii_host`: its host as fetched ("xn--..."), when that is
    not how the address writes it. `url`: the address as stored, in the one spelling a
    person's add gives it (bot.config.feed_address), when the adder says so."""

    id: int
    created: bool
    name: str
    renamed_from: str | None = None
    ascii_host: str | None = None
    url: str = ""


@dataclass(frozen=True, slots=True)
class FeedState:
    """What we remember about a feed between polls (for conditional GET and backoff)."""

    etag: str | None = None
    last_modified: str | None = None
    content_hash: str | None = None
    last_polled: datetime | None = None
    last_success: datetime | None = None
    last_error: str | None = None
    failures: int = 0
    next_poll: datetime | None = None
    site: str | None = None  # the site the feed's articles usually link to
    foreign_polls: int = 0  # consecutive polls whose articles came from another site
    quiet_polls: int = 0  # consecutive successful polls that brought nothing new
    moved_to: str | None = None  # where it answered from after permanent redirects (its last fetch)
    # What kind of problem `last_error` is (bot.errors.FeedError.kind) and the details its words
    # name, for a chat to tell it in its language; "" and () when it has no such name.
    last_error_kind: str = ""
    last_error_details: tuple[tuple[str, object], ...] = ()


@dataclass(frozen=True, slots=True)
class FetchResult:
    """Outcome of one HTTP fetch. `body` is None when the server said 304 Not Modified."""

    url: str
    status: int
    body: bytes | None
    etag: str | None = None
    last_modified: str | None = None
    final_url: str | None = None
    content_type: str | None = None
    link_header: str | None = None  # where a feed may name its WebSub hub
    warning: str | None = None  # something wrong with the answer that did not stop it being read
    moved_to: str | None = None  # the address it answered from when every redirect was permanent

    @property
    def not_modified(self) -> bool:
        return self.body is None


@dataclass(frozen=True, slots=True)
class Entry:
    """One feed item, as parsed. Text fields are plain text (markup stripped)."""

    feed_url: str
    guid: str
    url: str
    title: str
    summary: str = ""
    content: str = ""
    published: datetime | None = None
    lang: str | None = None

    @property
    def text(self) -> str:
        """Everything the rules and the pledge extractor read, title first."""
        parts = [self.title, self.summary]
        if self.content and self.content != self.summary:
            parts.append(self.content)
        return "\n\n".join(p for p in parts if p)


@dataclass(frozen=True, slots=True)
class Rule:
    """A keyword rule: when `expression` matches, the article scores `weight` for `topic`."""

    topic: str
    expression: str
    weight: float = 1.0
    id: int | None = None
    enabled: bool = True


@dataclass(frozen=True, slots=True)
class RuleHit:
    """One rule that fired on a text, with the words that made it fire."""

    rule_id: int | None
    topic: str
    weight: float
    words: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Pledge:
    """Who promised Ukraine what, as reported by one sentence of one article."""

    donor: str
    category: str
    status: str
    item: str = ""
    system: str | None = None
    quantity: int | None = None
    value: float | None = None
    currency: str | None = None
    evidence: str = ""
    # The givers one figure is told of, when several ("Norway and Germany will jointly buy
    # Patriot missiles worth NOK 2 billion"): each partner's record carries the whole
    # quantity or value, so totals across donors count it once (bot/core/pledges/listing/totals.py).
    # Every partner is named, this record's donor too, sorted; empty when the record's
    # figure is its donor's own.
    shared_with: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Analysis:
    """The verdict of the rules (and pledge extraction) on one text."""

    relevant: bool
    score: float
    topics: tuple[str, ...]
    hits: tuple[RuleHit, ...] = ()
    pledges: tuple[Pledge, ...] = ()


@dataclass(frozen=True, slots=True)
class Alert:
    """What a chat receives for a story: already chat-neutral, each adapter renders it."""

    story_id: int
    title: str
    url: str
    sources: tuple[str, ...]
    published: datetime | None
    topics: tuple[str, ...]
    pledges: tuple[Pledge, ...] = ()
    summary: str = ""
    # The article link of each source, in the order of `sources` ("" when unknown):
    # renderers show the outlet's name as the link text.
    source_urls: tuple[str, ...] = ()
    # Pledges found but left out of `pledges`: an alert queued for chats carries only as
    # many as a chat message shows (bot.core.chat.alerts.for_chats) and counts the rest.
    more_pledges: int = 0

    def source_links(self) -> list[tuple[str, str]]:
        """(outlet, article URL) for each source; the URL is "" when unknown."""
        urls = list(self.source_urls) + [""] * (len(self.sources) - len(self.source_urls))
        if not self.source_urls and self.sources:
            urls[0] = self.url  # an alert stored before source_urls existed: its first source is `url`
        return list(zip(self.sources, urls))


@dataclass(frozen=True, slots=True)
class Digest:
    """The stories a digest-mode chat collected since its last digest, oldest first.

    A digest too long for one message goes out in `parts` messages; this is message
    `part` of them, showing `alerts`, a share of the digest's `total` stories (0: all of
    them are here)."""

    alerts: tuple[Alert, ...]
    part: int = 1
    parts: int = 1
    total: int = 0

    @property
    def story_count(self) -> int:
        return self.total or len(self.alerts)


@dataclass(frozen=True, slots=True)
class Subscription:
    """A chat that receives alerts. Empty `topics` means every topic, but those in
    `excluded` ("/unsubscribe tanks" in a chat that follows every topic)."""

    platform: str
    chat_id: str
    topics: tuple[str, ...] = ()
    active: bool = True
    mode: str = "instant"
    lang: str = "en"
    digest_time: str | None = None  # "HH:MM" UTC, when mode == "digest"
    excluded: tuple[str, ...] = ()  # only when `topics` is empty


@dataclass(frozen=True, slots=True)
class OutboxItem:
    """One alert waiting to be delivered to one chat."""

    id: int
    platform: str
    chat_id: str
    story_id: int
    alert: Alert
    attempts: int = 0
    queued_at: datetime | None = None
    # When the platform first failed on it (an outage answer), None while it has not.
    failing_since: datetime | None = None


@dataclass(frozen=True, slots=True)
class PausedChat:
    """A chat refusing messages for now (see bot.delivery.PAUSED_RETRY): the refusal, since
    when it has refused, and when it is asked again."""

    chat_id: str
    reason: str
    refused_since: datetime
    ask_again_at: datetime


@dataclass(frozen=True, slots=True)
class EditItem:
    """A sent alert whose story grew (another outlet, new pledges): its message in
    `chat_id` is to be edited to show `alert`. `revision` counts the story's updates,
    so an update that arrives while an edit is being sent is not lost."""

    outbox_id: int
    platform: str
    chat_id: str
    message_id: str | None  # None: the alert never became a message of its own (digest, uncertain)
    alert_state: str
    revision: int
    alert: Alert
    attempts: int = 0
    queued_at: datetime | None = None  # when the story's latest update queued it
    # When the platform first failed on it (an outage answer), None while it has not.
    failing_since: datetime | None = None


@dataclass(frozen=True, slots=True)
class DeliveryResult:
    """Outcome of one send. `retry_after` (seconds) asks the outbox to try again later;
    `deactivate` says the chat is gone (blocked, kicked, deleted) and its subscription ends;
    `migrate_to` carries a new chat id (a Telegram group that became a supergroup);
    `uncertain` says the request may have reached the platform (a read timeout): it is
    not resent, so nobody gets it twice (the outbox is at most once). `paused` says the
    chat refuses messages for now for a reason its admins can undo (a closed forum topic,
    an archived Discord thread): its alerts wait and are tried again later (see
    bot.delivery.PAUSED_RETRY). `outage` says the platform itself failed (a 5xx, no
    connection): no fault of the alert or the chat, so the outbox waits for it (see
    bot.delivery.MAX_OUTAGE). `message_id` is the platform's id of the message sent,
    kept so the alert can be edited later."""

    ok: bool
    error: str | None = None
    retry_after: float | None = None
    deactivate: bool = False
    migrate_to: str | None = None
    permanent: bool = False
    uncertain: bool = False
    paused: bool = False
    outage: bool = False
    message_id: str | None = None


@dataclass(frozen=True, slots=True)
class StoryUpdate:
    """An article joined an existing story. `new_outlet` is True when no source of the
    story came from this article's feed before; `new_pledges` are the pledges the story
    did not have yet (as stored: one per donor, category, status and system)."""

    story_id: int
    entry_id: int
    feed_id: int
    source: str
    url: str
    new_outlet: bool
    new_pledges: tuple[Pledge, ...] = ()


@dataclass(slots=True)
class PollResult:
    """Outcome of polling one feed: counts, or the error that stopped it."""

    feed_url: str
    fetched: bool = False
    not_modified: bool = False
    unchanged: bool = False
    entries: int = 0
    new_entries: int = 0
    matches: int = 0
    new_stories: int = 0
    alerts_queued: int = 0
    alerts_suppressed: int = 0
    updates_queued: int = 0  # edits of sent alerts whose story gained an outlet or pledges
    stories_merged: int = 0  # stories absorbed into another that a new report linked them to
    # new stories (counted in new_stories too) made of reports a newcomer took out of a story
    # (bot.core.stories.resplits): their alerts are not held to the poll's cap
    stories_split: int = 0
    foreign_site: str | None = None  # set when this poll's content came from another site
    error: str | None = None
    matched_titles: list[str] = field(default_factory=list)
    # Articles that joined an existing story, in order: what an alert already sent
    # could be edited with (another outlet, new pledges). Written in the poll's
    # transaction, so they are exactly what this poll stored.
    story_updates: list[StoryUpdate] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.error is None
