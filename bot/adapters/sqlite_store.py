"""SqliteStore: everything pledgewatch remembers, in one SQLite file via sqlite-utils.

Every statement uses bound parameters (never string formatting of values). The
connection runs in WAL mode with a busy timeout, and the pipeline wraps each
feed's poll in `transaction()` so a crash leaves either all of a poll or none
of it.

The methods live in bot/adapters/store/, one class per concern (feeds, entries and
stories, story merges, pledges, rules and audit, subscriptions and outbox) over one connection and
one transaction per poll; SqliteStore combines them so callers see one store."""

from __future__ import annotations

from bot.adapters.store.entries import EntryStore
from bot.adapters.store.feeds import FeedStore
from bot.adapters.store.merges import StoryMergeStore
from bot.adapters.store.outbox import OutboxStore
from bot.adapters.store.pledges import PledgeStore
from bot.adapters.store.rules import RuleStore


class SqliteStore(FeedStore, EntryStore, StoryMergeStore, PledgeStore, RuleStore, OutboxStore):
    """The Store role on a SQLite file (or ':memory:' for quick tests)."""
